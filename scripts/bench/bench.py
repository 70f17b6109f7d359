#!/usr/bin/env python3
"""Treffpunkt's benchmark: one database at a time (SQLite or PostgreSQL).

Seeds the standard data set with `treffpunkt bench seed` (SQLite: cached under bench/data/),
starts the release server, creates API tokens and logged-in browser sessions for random bench
members, and measures each endpoint with wrk (2 threads, 32 connections). Prints one table,
writes it as JSON under bench/results/, and gives every figure as a ratio to the ceiling
(`GET /health`, which touches no database).

Usage: scripts/bench/bench.py --binary .build/release/treffpunkt --database sqlite|postgres
       (postgres reads its address from DATABASE_URL or TEST_DATABASE_URL)
"""
import argparse
import datetime
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LUA = os.path.join(ROOT, "scripts", "bench", "request.lua")
SEARCH_WORDS = ["Messe", "Kunde", "Angebot", "Projekt", "Lieferung", "Schulung", "Sommerfest", "Qualität",
                "Audit", "Bestellung", "Wartung", "Sensor", "Software", "Jubiläum", "Betriebsrat"]

# The targets of issue 4, for SQLite; PostgreSQL may take twice as long (and reach half the rate).
TARGETS = {
    "api_home": {"p99_ms": 25, "ratio": 0.25},
    "create_post": {"rps": 1000},
    "search": {"p99_ms": 50},
}
PEAK_MEMORY_MB = 512


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(binary, env, size):
    arguments = [binary, "bench", "seed"] + [part for name, value in size.items() for part in (f"--{name}", str(value))]
    log("seeding: " + " ".join(arguments[1:]))
    started = time.time()
    subprocess.run(arguments, env=env, check=True, stdout=sys.stderr)
    return time.time() - started


def server_environment(port):
    """The environment of a benchmarked server on `port`: this one's, without a database or data folder."""
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "DATA_DIR")}
    env.update(HOST="127.0.0.1", PORT=str(port), PUBLIC_URL=f"http://127.0.0.1:{port}",
               LOGIN_MAX_FAILURES="1000", AUTO_MIGRATE="true", LOG_LEVEL="warning")
    return env


def start_server(binary, env, port):
    log_file = open(os.path.join(tempfile.gettempdir(), f"treffpunkt-bench-{port}.log"), "w")
    server = subprocess.Popen([binary, "serve", "--env", "production"], env=env, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit(f"the server exited during start-up (log: {log_file.name})")
        try:
            urllib.request.urlopen(url + "/health", timeout=2).read()
            return server, url
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not answer within 60 s")


def browser_sessions(url, usernames, password):
    """Logs members in through the login form, as a browser does; returns their session cookies."""
    cookies = []
    for username in usernames:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(url + "/login").read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"_csrf": token, "identifier": username, "password": password}).encode()
        opener.open(url + "/login", data=form).read()
        session = next((c.value for c in jar if c.name == "treffpunkt_session"), None)
        if session:
            cookies.append(f"Cookie: treffpunkt_session={session}")
    if not cookies:
        raise SystemExit("no bench member could log in")
    return cookies


def wrk(url, name, paths, auth, method="GET", body=None, seconds=10, connections=32):
    work = tempfile.mkdtemp(prefix="treffpunkt-wrk-")
    paths_file, auth_file = os.path.join(work, "paths"), os.path.join(work, "auth")
    with open(paths_file, "w") as f:
        f.write("\n".join(paths) + "\n")
    with open(auth_file, "w") as f:
        f.write("\n".join(auth) + "\n")
    env = dict(os.environ, BENCH_METHOD=method, BENCH_PATHS=paths_file, BENCH_AUTH=auth_file)
    if body:
        env["BENCH_BODY"] = body
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", LUA, url],
                            env=env, capture_output=True, text=True, check=True).stdout

    def duration(text):
        number, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    result = {
        "name": name,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": duration(re.search(r"\s50%\s+(\S+)", output).group(1)),
        "p99_ms": duration(re.search(r"\s99%\s+(\S+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "errors": int(re.search(r"BENCH-ERRORS (\d+)", output).group(1)),
    }
    log(f"{name}: {result['rps']:.0f} req/s, p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms, "
        f"{result['errors']} errors")
    return result


def prewarm_postgres(database_url):
    """Reads every table and index of the data set into the operating system's file cache, as on a
    server that has been running for a while. SQLite's file is warm already: each run copies it."""
    started = time.time()
    subprocess.run(["psql", database_url, "-q", "-v", "ON_ERROR_STOP=1", "-c", "CREATE EXTENSION IF NOT EXISTS pg_prewarm",
                    "-c", "SELECT sum(pg_prewarm(c.oid::regclass, 'read')) FROM pg_class c "
                          "WHERE c.relkind IN ('r', 'i') AND c.relnamespace = 'public'::regnamespace"],
                   check=True, stdout=subprocess.DEVNULL)
    log(f"prewarmed the PostgreSQL files in {time.time() - started:.0f} s")


def peak_memory_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--friends", type=int, default=150)
    parser.add_argument("--comments", type=int, default=200_000)
    parser.add_argument("--reactions", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--seeded", action="store_true",
                        help="postgres: the database already holds this data set (seeded by an earlier run); do not seed again")
    args = parser.parse_args()
    size = {"members": args.members, "posts": args.posts, "friends": args.friends,
            "comments": args.comments, "reactions": args.reactions}

    port = free_port()
    env = server_environment(port)
    seed_seconds = None
    if args.database == "sqlite":
        data = os.path.join(ROOT, "bench", "data", "sqlite-" + "-".join(str(v) for v in size.values()))
        env["DATA_DIR"] = data
        if not os.path.exists(os.path.join(data, "seeded")):
            subprocess.run(["rm", "-rf", data], check=True)
            os.makedirs(data)
            seed_seconds = seed(args.binary, env, size)
            open(os.path.join(data, "seeded"), "w").write(json.dumps({"seconds": seed_seconds}))
        else:
            seed_seconds = json.load(open(os.path.join(data, "seeded")))["seconds"]
            log(f"reusing the data set in {data}")
        # Each run works on a copy, so posts created by one run do not change the next one's data set.
        run_copy = tempfile.mkdtemp(prefix="treffpunkt-bench-")
        subprocess.run(["cp", "-a", data + "/.", run_copy], check=True)
        env["DATA_DIR"] = run_copy
    else:
        database_url = os.environ.get("DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
        if not database_url:
            raise SystemExit("postgres needs DATABASE_URL or TEST_DATABASE_URL")
        env["DATABASE_URL"] = database_url
        env["DATA_DIR"] = tempfile.mkdtemp(prefix="treffpunkt-bench-")
        seed_seconds = None if args.seeded else seed(args.binary, env, size)
        prewarm_postgres(database_url)

    output = subprocess.run([args.binary, "bench", "tokens", "--count", "200"], env=env, check=True,
                            capture_output=True, text=True).stdout
    # Start-up may log migrations on the same stream; a token is one long base64url word.
    tokens = [line for line in output.split() if re.fullmatch(r"[A-Za-z0-9_-]{40,}", line)]
    bearer = [f"Authorization: Bearer {token}" for token in tokens]
    server, url = start_server(args.binary, env, port)
    try:
        members = [f"mitglied{n:05d}" for n in range(1, args.members + 1, max(1, args.members // 100))]
        cookies = browser_sessions(url, members, "bench-passwort")
        profiles = [f"/@mitglied{n:05d}" for n in range(1, args.members + 1, max(1, args.members // 500))]
        searches = [f"/api/v2/search?type=statuses&q={urllib.parse.quote(word)}" for word in SEARCH_WORDS]
        results = [
            wrk(url, "ceiling", ["/health"], [], seconds=args.seconds),
            wrk(url, "api_home", ["/api/v1/timelines/home"], bearer, seconds=args.seconds),
            wrk(url, "web_home", ["/"], cookies, seconds=args.seconds),
            wrk(url, "profile", profiles, cookies, seconds=args.seconds),
            wrk(url, "search", searches, bearer, seconds=args.seconds),
            wrk(url, "create_post", ["/api/v1/statuses"], bearer, method="POST", seconds=args.seconds,
                body='{"status": "Lasttest {n}: neue Lieferung für das Projekt #bench", "visibility": "members"}'),
        ]
        memory = peak_memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    ceiling = results[0]["rps"]
    for result in results:
        result["ratio"] = round(result["rps"] / ceiling, 3) if ceiling else None
    report = {
        "database": args.database,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "size": size,
        "seed_seconds": round(seed_seconds, 1) if seed_seconds else None,
        "peak_memory_mb": round(memory, 1) if memory else None,
        "connections": 32,
        "results": results,
    }
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"{report['date'][:10]}-{args.database}.json")
    with open(path, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")

    factor = 1 if args.database == "sqlite" else 2
    print(f"\n{args.database}: {size['members']} members, {size['posts']} posts, seeded in {report['seed_seconds']} s, "
          f"peak memory {report['peak_memory_mb']} MB (target ≤ {PEAK_MEMORY_MB})")
    print(f"{'endpoint':<12} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'× ceiling':>10} {'errors':>7}  target")
    for result in results:
        target = TARGETS.get(result["name"], {})
        verdicts = []
        if "p99_ms" in target:
            verdicts.append(("met" if result["p99_ms"] <= target["p99_ms"] * factor else "MISSED") + f" p99 ≤ {target['p99_ms'] * factor} ms")
        if "ratio" in target:
            verdicts.append(("met" if result["ratio"] >= target["ratio"] / factor else "MISSED") + f" ≥ {target['ratio'] / factor:g} × ceiling")
        if "rps" in target:
            verdicts.append(("met" if result["rps"] >= target["rps"] / factor else "MISSED") + f" ≥ {target['rps'] / factor:g}/s")
        print(f"{result['name']:<12} {result['rps']:>9.0f} {result['p50_ms']:>8.2f} {result['p99_ms']:>8.2f} "
              f"{result['ratio']:>10.3f} {result['errors']:>7}  {', '.join(verdicts)}")
    print(f"written to {os.path.relpath(path, ROOT)}")
    if any(result["errors"] for result in results):
        raise SystemExit("some requests failed: the figures do not count")


if __name__ == "__main__":
    main()
