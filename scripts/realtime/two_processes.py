#!/usr/bin/env python3
"""Two `treffpunkt serve` processes on one PostgreSQL deliver each other's live events.

    scripts/with-postgres.sh .venv/bin/python scripts/realtime/two_processes.py      (make test-realtime)

Needs TEST_DATABASE_URL (scripts/with-postgres.sh exports it): a throw-away PostgreSQL whose database the
test may fill. Starts process A and, once A has migrated, process B, each on a free port of 127.0.0.1 with
its own DATA_DIR ($TREFFPUNKT_BIN, default .build/debug/treffpunkt). Registers alice and bob through the
API (app, client_credentials token, POST /api/v1/accounts), makes them friends, and checks with WebSocket
clients (Python `websockets`):

  A -> B   bob listens at B (stream=user), alice posts friends-only through A: the `update` arrives.
  B -> A   alice listens at A, bob posts through B: the `update` arrives.
  notify   bob listens at B (stream=user:notification), alice favourites bob's post through A.
  large    alice posts 5,000 characters through A (beyond a notification's 8,000 bytes): bob gets it at B.
  stranger carol listens at B and gets none of alice's friends-only posts.

Each check must pass within 10 s. Prints `ok`/`FAIL` per check and the servers' logs on failure; exits 1 then.
"""

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import websockets

sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 10.0


def log(message):
    print(f"two-processes: {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One `treffpunkt serve` process with its own port and data folder."""

    def __init__(self, name, database_url, work):
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(work) / f"{name}.log"
        data = Path(work) / name
        data.mkdir()
        binary = os.environ.get("TREFFPUNKT_BIN", str(ROOT / ".build/debug/treffpunkt"))
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("INSTANCE_NAME", "REGISTRATION_DOMAINS", "COOKIE_SECURE", "LOGIN_WINDOW_SECONDS")}
        environment.update(HOST="127.0.0.1", PORT=str(self.port), PUBLIC_URL=self.url, DATA_DIR=str(data),
                           DATABASE_URL=database_url, BCRYPT_COST="4", LOGIN_MAX_FAILURES="50",
                           REGISTRATION_MODE="open", AUTO_MIGRATE="true")
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen([binary, "serve"], cwd=ROOT, env=environment, stdin=subprocess.DEVNULL,
                                        stdout=self.log_file, stderr=subprocess.STDOUT)

    def wait_until_up(self, timeout=60):
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"server {self.name} exited with {self.process.returncode} during start-up")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v1/streaming/health", timeout=2) as answer:
                    if answer.read() == b"OK":
                        log(f"{self.name} answers at {self.url} (pid {self.process.pid})")
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server {self.name} did not answer within {timeout} s")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()

    def print_log(self):
        log(f"log of server {self.name} ({self.log_path}):")
        for line in self.log_path.read_text(errors="replace").splitlines():
            print(f"    {line}", file=sys.stderr)

    def api(self, method, path, token=None, fields=None):
        data = urllib.parse.urlencode(fields or {}, doseq=True).encode() if fields is not None else None
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method)
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{method} {path} at {self.name}: {error.code} {error.read()[:300]!r}") from None

    def register(self, username):
        """A member as Mastodon.py's create_account makes one: an app, its token, then the account."""
        app = self.api("POST", "/api/v1/apps", fields={"client_name": "two-processes", "redirect_uris": "urn:ietf:wg:oauth:2.0:oob",
                                                       "scopes": "read write follow"})
        grant = self.api("POST", "/oauth/token", fields={"grant_type": "client_credentials", "client_id": app["client_id"],
                                                         "client_secret": app["client_secret"], "scope": "read write follow"})
        made = self.api("POST", "/api/v1/accounts", token=grant["access_token"],
                        fields={"username": username, "email": f"{username}@example.org", "password": "zwei-prozesse-passwort",
                                "agreement": "true", "locale": "de"})
        token = made["access_token"]
        return {"name": username, "token": token, "id": self.api("GET", "/api/v1/accounts/verify_credentials", token)["id"]}


class Listener:
    """A WebSocket client of one server's streaming API, collecting its frames."""

    def __init__(self, server, member, stream="user"):
        self.address = f"ws://127.0.0.1:{server.port}/api/v1/streaming?stream={urllib.parse.quote(stream)}"
        self.token = member["token"]
        self.frames = []
        self.socket = None
        self.reader = None

    async def __aenter__(self):
        self.socket = await websockets.connect(self.address, additional_headers={"Authorization": f"Bearer {self.token}"},
                                               max_size=2 ** 20)
        self.reader = asyncio.create_task(self._read())
        return self

    async def __aexit__(self, *exc):
        self.reader.cancel()
        await self.socket.close()

    async def _read(self):
        async for text in self.socket:
            self.frames.append(json.loads(text))

    async def wait_for(self, event, matches):
        """The first frame of `event` whose parsed payload `matches`; fails after DEADLINE seconds."""
        started = time.monotonic()
        while time.monotonic() - started < DEADLINE:
            for frame in self.frames:
                if frame.get("event") == event and matches(json.loads(frame["payload"])):
                    return time.monotonic() - started
            await asyncio.sleep(0.02)
        raise AssertionError(f"no `{event}` arrived within {DEADLINE:.0f} s; frames: {[f.get('event') for f in self.frames]}")


async def checks(a, b):
    alice, bob, carol = a.register("alice"), b.register("bob"), b.register("carol")
    a.api("POST", f"/api/v1/accounts/{bob['id']}/follow", alice["token"])
    b.api("POST", f"/api/v1/follow_requests/{alice['id']}/authorize", bob["token"])
    failed = []

    async def check(name, body):
        try:
            seconds = await body()
            print(f"ok    {name} ({seconds:.2f} s)", flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported, the others still run
            print(f"FAIL  {name}: {error}", flush=True)
            failed.append(name)

    async def a_to_b():
        async with Listener(b, bob) as bobs, Listener(b, carol) as carols:
            post = a.api("POST", "/api/v1/statuses", alice["token"], {"status": "Grillfest am Freitag (A)", "visibility": "private"})
            seconds = await bobs.wait_for("update", lambda status: status["id"] == post["id"])
            await asyncio.sleep(0.5)
            leaked = [f for f in carols.frames if post["id"] in f.get("payload", "")]
            assert not leaked, f"carol got alice's friends-only post: {leaked}"
            return seconds

    async def b_to_a():
        async with Listener(a, alice) as alices:
            post = b.api("POST", "/api/v1/statuses", bob["token"], {"status": "Bin dabei (B)", "visibility": "private"})
            return await alices.wait_for("update", lambda status: status["id"] == post["id"])

    async def notification():
        post = b.api("POST", "/api/v1/statuses", bob["token"], {"status": "Wer bringt Salat mit?", "visibility": "private"})
        async with Listener(b, bob, "user:notification") as bells:
            a.api("POST", f"/api/v1/statuses/{post['id']}/favourite", alice["token"])
            return await bells.wait_for("notification", lambda n: n["account"]["id"] == alice["id"])

    async def large():
        async with Listener(b, bob) as bobs:
            text = "Ä" * 5000
            post = a.api("POST", "/api/v1/statuses", alice["token"], {"status": text, "visibility": "private"})
            return await bobs.wait_for("update", lambda status: status["id"] == post["id"] and "Ä" * 100 in status["content"])

    await check("A -> B: bob at B gets alice's friends-only post made through A; carol at B does not", a_to_b)
    await check("B -> A: alice at A gets bob's post made through B", b_to_a)
    await check("notification: alice's favourite through A reaches bob's notification stream at B", notification)
    await check("large: a 5,000-character post (over 8,000 bytes as JSON) crosses from A to B", large)
    return failed


def main():
    database_url = os.environ.get("TEST_DATABASE_URL", "")
    if not database_url:
        sys.exit("two-processes: TEST_DATABASE_URL is not set (run under scripts/with-postgres.sh)")
    with tempfile.TemporaryDirectory(prefix="treffpunkt-two-processes.") as work:
        a = Server("A", database_url, work)
        servers = [a]
        failed = ["start-up"]
        try:
            a.wait_until_up()
            b = Server("B", database_url, work)
            servers.append(b)
            b.wait_until_up()
            failed = asyncio.run(checks(a, b))
        except Exception as error:  # noqa: BLE001
            log(f"error: {error}")
        finally:
            for server in servers:
                server.stop()
            if failed:
                for server in servers:
                    server.print_log()
    if failed:
        log(f"failed: {', '.join(failed)}")
        sys.exit(1)
    log("both directions, notifications and large events cross between the processes")


if __name__ == "__main__":
    main()
