#!/usr/bin/env python3
"""Treffpunkt's realtime benchmark: many WebSocket clients on one server process (SQLite).

Seeds members with API tokens (`treffpunkt bench realtime-seed`), starts the server, puts the members
into group chats of --group people through the chat API and opens one WebSocket per member
(`/api/v1/streaming?stream=chat`), all from this one asyncio process. Then it measures

- memory per connection: the server's resident memory before and after the clients connected;
- delivery: --rate messages a second for --seconds through `POST /api/v1/chats/:id/messages`, each
  text carrying its number and send time; every other participant of that chat must receive it on its
  socket. Latency of each received copy (p50/p95/p99/max), delivered/expected, lost, the server's CPU;
- a reconnect storm: --storm connect/disconnect cycles beside the connected clients; afterwards the
  server must still answer, hold no listener of the closed sockets and still deliver to the clients;
- that every message the API accepted is stored (read back page by page).

Prints one table and writes JSON to bench/results/<date>-realtime.json.

Usage: scripts/bench/realtime.py --binary .build/release/treffpunkt [--members 2000 --group 20 --rate 20
       --seconds 30 --storm 5000]   (needs the `websockets` package: scripts/python-venv.sh scripts/bench/requirements.txt)
"""
import argparse
import asyncio
import concurrent.futures
import datetime
import http.client
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException

from bench import ROOT, log, free_port, peak_memory_mb, server_environment, start_server

MESSAGE = re.compile(r"Lasttest (\d+) (\d+)")


class Api:
    """JSON calls to the server, one kept-alive connection per thread; the event loop runs them in threads
    so that a slow answer never holds up the WebSocket readers."""

    def __init__(self, url):
        self.host, self.port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
        self.local = threading.local()
        self.connections = []  # every thread's, so the socket count can leave them out

    def call(self, method, path, token, body=None):
        connection = getattr(self.local, "connection", None)
        if connection is None:
            connection = self.local.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.connections.append(connection)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        try:
            connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            connection.close()
            self.local.connection = None
            raise
        if response.status >= 300:
            raise RuntimeError(f"{method} {path}: {response.status} {data[:300]!r}")
        return json.loads(data) if data else None


class Member:
    def __init__(self, index, account_id, token):
        self.index, self.account_id, self.token = index, account_id, token
        self.chat = None


class Chat:
    def __init__(self, chat_id, members):
        self.id, self.members = chat_id, members


class Deliveries:
    """What the clients received: per message number the members that got it, and each copy's latency."""

    def __init__(self):
        self.expected = {}  # message number -> indices of the members who must receive it
        self.senders = {}  # message number -> index of the member who sent it
        self.received = {}  # message number -> indices of the members who did
        self.latencies_ms = []
        self.copies_ms = {}  # message number -> latency of each of its copies
        self.duplicates = 0
        self.to_sender = 0
        self.unexpected = 0
        self.events = {}  # event name -> frames
        self.closed_by_server = 0
        self.closing = False  # set before the benchmark closes its sockets itself

    def expect(self, number, sender, members):
        self.expected[number] = members
        self.senders[number] = sender.index
        self.received[number] = set()

    def forget(self, number):
        """A message whose sending failed: nobody has to receive it."""
        self.expected.pop(number, None)
        self.received.pop(number, None)

    def record(self, member, raw, arrived_ns):
        frame = json.loads(raw)
        event = frame.get("event") or ("error" if "error" in frame else "?")
        self.events[event] = self.events.get(event, 0) + 1
        if event != "chat.message":
            return
        match = MESSAGE.search(frame.get("payload", ""))
        if not match:
            return
        number, sent_ns = int(match.group(1)), int(match.group(2))
        expected = self.expected.get(number)
        if expected is None or member.index not in expected:
            if self.senders.get(number) == member.index:
                self.to_sender += 1  # the sender's other devices see it too: not counted
            else:
                self.unexpected += 1
            return
        if member.index in self.received[number]:
            self.duplicates += 1
            return
        self.received[number].add(member.index)
        latency = (arrived_ns - sent_ns) / 1e6
        self.latencies_ms.append(latency)
        self.copies_ms.setdefault(number, []).append(latency)

    def split_ms(self):
        """Where the time goes: until a message's first copy arrives (the POST's work up to the publish,
        plus one socket), and from its first copy to its last (the fan-out to the other sockets)."""
        first = [min(copies) for copies in self.copies_ms.values()]
        spread = [max(copies) - min(copies) for copies in self.copies_ms.values()]
        return summary_ms(first), summary_ms(spread)

    def delivered(self):
        return sum(len(got) for got in self.received.values())

    def expected_count(self):
        return sum(len(members) for members in self.expected.values())


def percentile(values, fraction):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, int(round(fraction * len(ordered))) - 1))], 2)


def summary_ms(values):
    return {"p50": percentile(values, 0.50), "p95": percentile(values, 0.95), "p99": percentile(values, 0.99),
            "max": round(max(values), 2) if values else None}


class Server:
    """The figures the benchmark reads from the server process: memory, CPU time, open sockets, listeners."""

    def __init__(self, process, url):
        self.process, self.url = process, url

    def status_kb(self, field):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return None

    def rss_mb(self):
        return round(self.status_kb("VmRSS") / 1024, 1)

    def cpu_seconds(self):
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def cpu_waits(self):
        """Per thread, the seconds it was ready to run but waited for a core (the kernel's schedstat):
        large when other processes crowd the cores."""
        waits = {}
        folder = f"/proc/{self.process.pid}/task"
        for thread in os.listdir(folder):
            try:
                with open(os.path.join(folder, thread, "schedstat")) as f:
                    waits[thread] = int(f.read().split()[1]) / 1e9
            except (OSError, IndexError, ValueError):
                pass
        return waits

    def sockets(self):
        folder = f"/proc/{self.process.pid}/fd"
        count = 0
        for name in os.listdir(folder):
            try:
                count += os.readlink(os.path.join(folder, name)).startswith("socket:")
            except OSError:
                pass
        return count

    def health(self):
        """`GET /health` as JSON, or None when the server does not answer."""
        connection = http.client.HTTPConnection(urllib.parse.urlsplit(self.url).hostname,
                                                urllib.parse.urlsplit(self.url).port, timeout=5)
        try:
            connection.request("GET", "/health")
            response = connection.getresponse()
            return json.loads(response.read()) if response.status == 200 else None
        except (OSError, http.client.HTTPException, ValueError):
            return None
        finally:
            connection.close()

    def listeners(self):
        """Connections listening to the realtime hub, as /health tells (None if it does not)."""
        health = self.health() or {}
        return health.get("realtime_listeners")


class Usage:
    """CPU time of the server and of this load generator over one phase."""

    def __init__(self, server):
        self.server = server
        self.started = time.monotonic()
        self.server_cpu = server.cpu_seconds()
        self.server_waits = server.cpu_waits()
        self.own_cpu = self.own_seconds()

    @staticmethod
    def own_seconds():
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def result(self):
        wall = time.monotonic() - self.started
        server = self.server.cpu_seconds() - self.server_cpu
        own = self.own_seconds() - self.own_cpu
        return {"seconds": round(wall, 2), "server_cpu_seconds": round(server, 2),
                "server_cpu_percent": round(100 * server / wall, 1) if wall else None,
                # A lower bound: threads that ended during the phase take their waits with them.
                "server_cpu_wait_seconds": round(sum(wait - self.server_waits.get(thread, 0)
                                                     for thread, wait in self.server.cpu_waits().items()), 2),
                "client_cpu_percent": round(100 * own / wall, 1) if wall else None}


def seed(binary, env, members):
    tokens_file = os.path.join(env["DATA_DIR"], "realtime-tokens.tsv")
    started = time.time()
    subprocess.run([binary, "bench", "realtime-seed", "--members", str(members), "--output", tokens_file],
                   env=env, check=True, stdout=sys.stderr)
    log(f"seeded {members} members with tokens in {time.time() - started:.1f} s")
    with open(tokens_file) as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return [Member(index, account_id, token) for index, (account_id, _username, token) in enumerate(rows)]


def make_chats(api, members, group):
    """Group chats of `group` members each, created by their first member through the chat API."""
    groups = [members[start:start + group] for start in range(0, len(members), group)]
    groups = [people for people in groups if len(people) >= 2]

    def create(number_and_people):
        number, people = number_and_people
        chat = api.call("POST", "/api/v1/chats", people[0].token,
                        {"account_ids": [m.account_id for m in people[1:]], "name": f"Lasttest {number}"})
        return Chat(chat["id"], people)

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        chats = list(pool.map(create, enumerate(groups)))
    for chat in chats:
        for member in chat.members:
            member.chat = chat
    return chats


def streaming_url(url, stream="chat"):
    return url.replace("http://", "ws://", 1) + f"/api/v1/streaming?stream={stream}"


async def open_socket(url, token):
    return await connect(url, additional_headers={"Authorization": f"Bearer {token}"}, ping_interval=None,
                         open_timeout=60, close_timeout=10, max_queue=None)


async def connect_all(url, members, concurrency):
    """One socket per member; returns the sockets (None where the handshake failed) and handshake times."""
    gate = asyncio.Semaphore(concurrency)
    handshakes_ms = []

    async def one(member):
        async with gate:
            started = time.perf_counter()
            try:
                socket = await open_socket(url, member.token)
            except (OSError, WebSocketException, asyncio.TimeoutError) as error:
                log(f"member {member.index} could not connect: {error!r}")
                return None
            handshakes_ms.append((time.perf_counter() - started) * 1000)
            return socket

    sockets = await asyncio.gather(*(one(member) for member in members))
    return sockets, handshakes_ms


async def read(socket, member, deliveries):
    try:
        async for raw in socket:
            deliveries.record(member, raw, time.time_ns())
    except WebSocketException:
        pass
    if not deliveries.closing:
        deliveries.closed_by_server += 1


async def send_messages(api, chats, deliveries, rate, seconds, first_number, pool):
    """`rate` messages a second, round-robin over the chats, each by the next member of its chat; every
    other member of that chat must receive it. Returns the POST round trips and the failures."""
    loop = asyncio.get_running_loop()
    round_trips_ms, failures = [], []
    count = int(rate * seconds)

    async def post(number, chat, sender):
        deliveries.expect(number, sender, {m.index for m in chat.members if m is not sender})
        sent_ns = time.time_ns()
        try:
            await loop.run_in_executor(pool, api.call, "POST", f"/api/v1/chats/{chat.id}/messages", sender.token,
                                       {"content": f"Lasttest {number} {sent_ns}"})
            round_trips_ms.append((time.time_ns() - sent_ns) / 1e6)
        except Exception as error:  # a failed send is reported, not fatal
            deliveries.forget(number)
            failures.append(repr(error))

    started = loop.time()
    posts = []
    for offset in range(count):
        await asyncio.sleep(max(0.0, started + offset / rate - loop.time()))
        chat = chats[offset % len(chats)]
        sender = chat.members[(offset // len(chats)) % len(chat.members)]
        posts.append(asyncio.create_task(post(first_number + offset, chat, sender)))
    await asyncio.gather(*posts)
    return round_trips_ms, failures


async def wait_for_deliveries(deliveries, timeout):
    deadline = time.monotonic() + timeout
    while deliveries.delivered() < deliveries.expected_count() and time.monotonic() < deadline:
        await asyncio.sleep(0.1)


async def storm(url, members, cycles, concurrency):
    """`cycles` sockets opened and closed again, `concurrency` at a time."""
    gate = asyncio.Semaphore(concurrency)
    failures = []

    async def cycle(number):
        async with gate:
            try:
                socket = await open_socket(url, members[number % len(members)].token)
                await socket.close()
            except (OSError, WebSocketException, asyncio.TimeoutError) as error:
                failures.append(repr(error))

    started = time.monotonic()
    await asyncio.gather(*(cycle(number) for number in range(cycles)))
    return time.monotonic() - started, failures


async def settle(server, listeners, sockets, timeout=30):
    """Waits until the server holds no more than `listeners` listeners (when /health tells) and
    `sockets` sockets; returns the seconds it took and the last figures."""
    started = time.monotonic()
    while True:
        count, open_sockets = server.listeners(), server.sockets()
        if ((count is None or count <= listeners) and open_sockets <= sockets) or time.monotonic() - started > timeout:
            return time.monotonic() - started, count, open_sockets
        await asyncio.sleep(0.2)


def stored_messages(api, chats):
    """Messages the server holds in the chats, read back page by page (newest first, max_id)."""
    total = 0
    for chat in chats:
        max_id = None
        while True:
            query = "?limit=40" + (f"&max_id={max_id}" if max_id else "")
            page = api.call("GET", f"/api/v1/chats/{chat.id}/messages{query}", chat.members[0].token)
            total += sum(1 for message in page if MESSAGE.search(message.get("text") or message.get("content") or ""))
            if len(page) < 40:
                break
            max_id = page[-1]["id"]
    return total


async def run(args, server, members, chats, api):
    url = streaming_url(server.url)
    report = {}
    # Baseline: the server has served HTTP and handled a few sockets, so its own start-up allocations are made.
    warm, _ = await connect_all(url, members[:10], 10)
    await asyncio.gather(*(socket.close() for socket in warm if socket))
    await asyncio.sleep(1)
    # The server's own sockets (its listening one), without this process's kept-alive API connections.
    rss_before, sockets_before = server.rss_mb(), server.sockets() - len(api.connections)

    usage = Usage(server)
    sockets, handshakes_ms = await connect_all(url, members, args.connect_concurrency)
    connected = [(socket, member) for socket, member in zip(sockets, members) if socket]
    deliveries = Deliveries()
    readers = [asyncio.create_task(read(socket, member, deliveries)) for socket, member in connected]
    report["connect"] = dict(usage.result(), clients=len(members), connected=len(connected),
                             handshake_ms=summary_ms(handshakes_ms))
    await asyncio.sleep(2)
    rss_after = server.rss_mb()
    report["memory"] = {
        "rss_before_mb": rss_before, "rss_connected_mb": rss_after,
        "per_connection_kb": round((rss_after - rss_before) * 1024 / max(1, len(connected)), 1),
        "sockets_before": sockets_before, "sockets_connected": server.sockets(), "listeners_connected": server.listeners(),
    }
    log(f"{len(connected)} of {len(members)} clients connected in {report['connect']['seconds']} s; "
        f"server memory {rss_before} → {rss_after} MB ({report['memory']['per_connection_kb']} KB a connection)")

    pool = concurrent.futures.ThreadPoolExecutor(16)
    usage = Usage(server)
    # Where the server spends the sending phase: `perf report -i FILE` shows it afterwards.
    profiler = subprocess.Popen(["perf", "record", "-g", "-q", "-o", args.perf, "-p", str(server.process.pid)],
                                stdout=subprocess.DEVNULL) if args.perf else None
    round_trips_ms, failures = await send_messages(api, chats, deliveries, args.rate, args.seconds, 0, pool)
    if profiler:
        profiler.send_signal(signal.SIGINT)
        profiler.wait(timeout=60)
    await wait_for_deliveries(deliveries, args.drain)
    expected, delivered = deliveries.expected_count(), deliveries.delivered()
    report["messages"] = dict(
        usage.result(), rate=args.rate, sent=len(round_trips_ms), send_failures=len(failures),
        first_failures=failures[:3], post_ms=summary_ms(round_trips_ms), expected=expected, delivered=delivered,
        lost=expected - delivered, duplicates=deliveries.duplicates, to_sender=deliveries.to_sender,
        unexpected=deliveries.unexpected, latency_ms=summary_ms(deliveries.latencies_ms),
        first_copy_ms=deliveries.split_ms()[0], fan_out_ms=deliveries.split_ms()[1],
        peak_rss_mb=round(peak_memory_mb(server.process.pid), 1))
    log(f"messages: {delivered}/{expected} delivered, latency p50 {report['messages']['latency_ms']['p50']} ms, "
        f"p99 {report['messages']['latency_ms']['p99']} ms")

    if args.storm:
        # Two halves, each followed by a heartbeat's wait: a closed socket is held until its next ping
        # (WebSocketKit's timer), after that the memory the first half freed is there for the second
        # to reuse. What the second half adds on top is what closed connections keep for good.
        heartbeat = int(os.environ.get("REALTIME_HEARTBEAT_SECONDS", "30"))
        halves, rss_after_half, storm_failures = [args.storm // 2, args.storm - args.storm // 2], [], []
        seconds = server_cpu = 0.0
        for cycles in halves:
            usage = Usage(server)
            took, failures = await storm(url, members, cycles, args.storm_concurrency)
            seconds, server_cpu = seconds + took, server_cpu + usage.result()["server_cpu_seconds"]
            storm_failures += failures
            await asyncio.sleep(heartbeat + 5)
            rss_after_half.append(server.rss_mb())
        settle_seconds, listeners, sockets_after = await settle(server, len(connected),
                                                                sockets_before + len(connected) + len(api.connections))
        answers = server.health() is not None
        # The held clients must still be served: one more message into every chat.
        before = (deliveries.expected_count(), deliveries.delivered())
        after_storm, _ = await send_messages(api, chats, deliveries, rate=len(chats) / 2, seconds=2,
                                             first_number=10_000_000, pool=pool)
        await wait_for_deliveries(deliveries, args.drain)
        report["messages_after_storm"] = len(after_storm)
        report["storm"] = dict(seconds=round(seconds, 2), server_cpu_seconds=round(server_cpu, 2),
                               server_cpu_percent=round(100 * server_cpu / seconds, 1), cycles=args.storm,
                               concurrency=args.storm_concurrency, cycles_per_second=round(args.storm / seconds, 1),
                               failed=len(storm_failures), first_failures=storm_failures[:3],
                               settle_seconds=round(settle_seconds, 2), health_answers=answers, listeners_after=listeners,
                               held_clients=len(connected), sockets_after=sockets_after,
                               rss_after_halves_mb=rss_after_half,
                               retained_kb_per_cycle=round((rss_after_half[1] - rss_after_half[0]) * 1024 / halves[1], 2),
                               delivered_after=deliveries.delivered() - before[1],
                               expected_after=deliveries.expected_count() - before[0])
        log(f"storm: {args.storm} cycles in {seconds:.1f} s, {len(storm_failures)} failed; then "
            f"{listeners} listeners for {len(connected)} clients, {sockets_after} sockets")

    deliveries.closing = True
    await asyncio.gather(*(socket.close() for socket, _ in connected))
    await asyncio.gather(*readers)
    settle_seconds, listeners, sockets_closed = await settle(server, 0, sockets_before + len(api.connections))
    report["closed"] = {"listeners": listeners, "sockets": sockets_closed, "api_connections": len(api.connections),
                        "settle_seconds": round(settle_seconds, 2), "rss_mb": server.rss_mb(),
                        "closed_by_server": deliveries.closed_by_server, "events": deliveries.events}
    pool.shutdown()
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--members", type=int, default=2_000, help="WebSocket clients, one per member")
    parser.add_argument("--group", type=int, default=20, help="members per group chat")
    parser.add_argument("--rate", type=float, default=20, help="messages a second")
    parser.add_argument("--seconds", type=float, default=30, help="how long to send")
    parser.add_argument("--drain", type=float, default=10, help="seconds to wait for late deliveries")
    parser.add_argument("--storm", type=int, default=5_000, help="reconnect cycles (0: none)")
    parser.add_argument("--storm-concurrency", type=int, default=50)
    parser.add_argument("--connect-concurrency", type=int, default=100)
    parser.add_argument("--label", default="", help="a note stored with the figures, e.g. 'debug build'")
    parser.add_argument("--perf", metavar="FILE", help="record the server with `perf record -g` while messages are sent")
    args = parser.parse_args()

    # Every client is a file descriptor here and one in the server (which inherits the limit).
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if hard < args.members + args.storm_concurrency + 100:
        raise SystemExit(f"the file descriptor limit {hard} is too low for {args.members} clients")

    load_before = os.getloadavg()
    port = free_port()
    env = server_environment(port)
    env["DATA_DIR"] = tempfile.mkdtemp(prefix="treffpunkt-realtime-")
    try:
        members = seed(args.binary, env, args.members)
        process, url = start_server(args.binary, env, port)
        server = Server(process, url)
        try:
            api = Api(url)
            started = time.time()
            chats = make_chats(api, members, args.group)
            log(f"{len(chats)} chats of up to {args.group} members made in {time.time() - started:.1f} s")
            report = asyncio.run(run(args, server, members, chats, api))
            report["stored"] = {"messages": stored_messages(api, chats),
                                "accepted": report["messages"]["sent"] + report.pop("messages_after_storm", 0)}
            report["memory"]["peak_mb"] = round(peak_memory_mb(process.pid), 1)
        finally:
            process.terminate()
            process.wait(timeout=30)
    finally:
        shutil.rmtree(env["DATA_DIR"], ignore_errors=True)

    date = datetime.datetime.now(datetime.timezone.utc)
    report = dict(date=date.isoformat(timespec="seconds"), database="sqlite", label=args.label,
                  binary=os.path.relpath(os.path.abspath(args.binary), ROOT), members=args.members, group=args.group,
                  chats=len(chats), machine={"cores": os.cpu_count(), "load_before": [round(x, 2) for x in load_before],
                                             "load_after": [round(x, 2) for x in os.getloadavg()]}, **report)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"{date:%Y-%m-%d}-realtime.json")
    with open(path, "w") as f:
        json.dump(report, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print_table(report)
    print(f"written to {os.path.relpath(path, ROOT)}")
    messages = report["messages"]
    if messages["lost"] or messages["send_failures"] or report["connect"]["connected"] < args.members:
        raise SystemExit("messages were lost, sends failed or clients could not connect: see above")


def print_table(report):
    connect, memory, messages = report["connect"], report["memory"], report["messages"]
    latency = messages["latency_ms"]
    print(f"\nrealtime on {report['database']}{' (' + report['label'] + ')' if report['label'] else ''}: "
          f"{connect['connected']}/{connect['clients']} clients in {report['chats']} chats of {report['group']}, "
          f"load average before {report['machine']['load_before'][0]} on {report['machine']['cores']} cores")
    rows = [
        ("connect", f"{connect['seconds']} s, handshake p50 {connect['handshake_ms']['p50']} ms, "
                    f"p99 {connect['handshake_ms']['p99']} ms, server CPU {connect['server_cpu_percent']} %"),
        ("memory", f"{memory['rss_before_mb']} → {memory['rss_connected_mb']} MB: {memory['per_connection_kb']} KB "
                   f"a connection; peak {memory['peak_mb']} MB"),
        ("messages", f"{messages['sent']} sent at {messages['rate']}/s ({messages['send_failures']} failed), POST p50 "
                     f"{messages['post_ms']['p50']} ms, p99 {messages['post_ms']['p99']} ms"),
        ("delivery", f"{messages['delivered']}/{messages['expected']} copies, {messages['lost']} lost, "
                     f"{messages['duplicates']} twice"),
        ("latency", f"p50 {latency['p50']} ms, p95 {latency['p95']} ms, p99 {latency['p99']} ms, max {latency['max']} ms"),
        ("  of it", f"to a message's first copy p50 {messages['first_copy_ms']['p50']} ms, p99 "
                    f"{messages['first_copy_ms']['p99']} ms; first to last copy p50 {messages['fan_out_ms']['p50']} ms, "
                    f"p99 {messages['fan_out_ms']['p99']} ms"),
        ("CPU", f"server {messages['server_cpu_percent']} % of a core ({messages['server_cpu_seconds']} s; its threads "
                f"waited at least {messages['server_cpu_wait_seconds']} s for a free core), this client {messages['client_cpu_percent']} %"),
    ]
    if "storm" in report:
        storm = report["storm"]
        rows.append(("storm", f"{storm['cycles']} cycles in {storm['seconds']} s ({storm['cycles_per_second']}/s, "
                              f"{storm['failed']} failed), server CPU {storm['server_cpu_percent']} %"))
        rows.append(("after storm", f"health {'answers' if storm['health_answers'] else 'DOES NOT ANSWER'}, "
                                    f"{storm['listeners_after']} listeners for {storm['held_clients']} clients, "
                                    f"{storm['sockets_after']} sockets, {storm['delivered_after']}/"
                                    f"{storm['expected_after']} delivered"))
        rows.append(("  memory", f"{' → '.join(str(mb) for mb in storm['rss_after_halves_mb'])} MB after each half: "
                                 f"{storm['retained_kb_per_cycle']} KB kept per closed connection"))
    closed = report["closed"]
    rows.append(("all closed", f"{closed['listeners']} listeners, {closed['sockets']} sockets (of them "
                               f"{closed['api_connections']} kept-alive API connections), {closed['rss_mb']} MB"))
    rows.append(("stored", f"{report['stored']['messages']} messages stored of {report['stored']['accepted']} accepted"))
    for name, text in rows:
        print(f"{name:<12} {text}")


if __name__ == "__main__":
    main()
