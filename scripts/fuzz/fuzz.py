#!/usr/bin/env python3
"""Fuzzes Treffpunkt's JSON API with schemathesis against a running server.

    scripts/with-server.sh .venv/bin/python scripts/fuzz/fuzz.py      (make test-fuzz)

Needs TREFFPUNKT_URL (scripts/with-server.sh exports it). Seeds the server through its API
(seed.py: members, a friendship, a pending request, posts of every visibility, a comment, a share,
reactions, notifications, pictures), then runs schemathesis twice, each with a bounded number of
examples:

  ours      our own document, /api/openapi.json, every operation: no 5xx (not_a_server_error),
            every answer documented (status_code_conformance) and in its schema
            (response_schema_conformance).
  mastodon  Mastodon's document (../shared/mastodon-openapi/schema.json), limited to the operations
            Treffpunkt implements (the operationIds both documents share): no 5xx, and every answer
            in the schema Mastodon documents for its status.

Requests carry the member's token; registration gets an app token. Path and query parameters draw
real ids, usernames and hashtags from the seeded data half of the time, so requests reach past 404.

Environment: FUZZ_SEED (default 4, fixed so that CI runs the same cases; `random` for a new seed),
FUZZ_MAX_EXAMPLES (default 8 per operation), FUZZ_WORKERS (default 2), FUZZ_ONLY (`ours` or
`mastodon`), FUZZ_ARGS (more options for schemathesis, e.g.
`--include-operation-id postOauthToken --report har`), MASTODON_OPENAPI (default ../shared/mastodon-openapi/schema.json beside the repository).
Exits 1 when a run found a failure.
"""

import json
import os
import random
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed import Seeder  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "Sources/TreffpunktApp/Resources/openapi.json"

# Treffpunkt's deliberate deviations from Mastodon's document, left out of the Mastodon run.
# (operationId, reason)
MASTODON_EXCLUSIONS = [
    *((operation, "a stream of server-sent events never ends, so a request cannot finish; RealtimeTests and "
                  "scripts/realtime/two_processes.py check the streams")
      for operation in ("getStreamingUser", "getStreamingUserNotification", "getStreamingPublic", "getStreamingPublicLocal",
                        "getStreamingHashtag", "getStreamingHashtagLocal", "getStreamingDirect")),
]


# Strings that break servers: NUL (PostgreSQL cannot store it), escapes that only look like one,
# many non-ASCII characters, markup, SQL, numbers at the edges, handles and addresses.
NASTY = [
    "a\u0000b", "\u0000", "x\u0000", "\\u0000", "%00", "ä" * 300, "😀" * 100, "\u202eevil", " ", "\t\n", "' OR '1'='1", "\"; DROP TABLE posts; --",
    "<script>alert(1)</script>", "#treffpunkt @fuzzer https://example.org/", "@", "#", "-1", "0", "9223372036854775807",
    "99999999999999999999", "1.5", "true", "null", "acct:fuzzer@localhost", "../../etc/passwd",
]


# Free-text fields of the request bodies (ours and Mastodon's), where the nasty strings go too.
TEXT_FIELDS = ["status", "spoiler_text", "display_name", "note", "position", "department", "client_name", "website",
               "scopes", "username", "email", "password", "locale", "reason", "invite_code", "client_id", "client_secret",
               "code", "redirect_uri", "code_verifier", "scope", "token", "description", "focus"]


def log(message):
    print(f"fuzz: {message}", file=sys.stderr, flush=True)


def toml_string(value):
    return json.dumps(str(value), ensure_ascii=False)


def config_file(directory, seeded, url):
    """A schemathesis.toml with the token, the seeded values as dictionaries and where they go."""
    domain = urlsplit(url).netloc
    # Parameters with a dictionary of their own get some of the nasty strings there.
    worst = NASTY[:3] + ["ä" * 300]
    dictionaries = {
        "accounts": seeded["accounts"],
        "statuses": seeded["statuses"],
        "notifications": seeded["notifications"] or ["1"],
        "media": seeded["media"],
        "hashtags": seeded["hashtags"] + worst,
        "handles": seeded["usernames"] + [f"@{seeded['usernames'][1]}", f"{seeded['usernames'][2]}@{domain}"] + worst,
        "resources": [f"acct:{seeded['usernames'][0]}", f"acct:{seeded['usernames'][1]}@{domain}",
                      f"{url}/@{seeded['usernames'][2]}"] + worst,
        "client_ids": [seeded["client_id"]],
        "client_secrets": [seeded["client_secret"]],
        "usernames": seeded["usernames"][:1],
        "passwords": [seeded["password"]],
        "scopes": ["read", "read write", "write:statuses follow"],
        "new_usernames": [f"neu{n}{seeded['usernames'][0][len('fuzzer'):]}" for n in range(1, 6)],
        "new_emails": [f"neu{n}{seeded['usernames'][0][len('fuzzer'):]}@example.org" for n in range(1, 6)],
        "agreements": ["true"],
        "queries": ["treffpunkt", "#treffpunkt", f"@{seeded['usernames'][1]}", "Morgen", seeded["usernames"][0]] + worst,
    }
    lines = [f"headers = {{ Authorization = {toml_string('Bearer ' + seeded['token'])} }}", "", "[dictionaries]"]
    for name, values in {**dictionaries, "nasty": NASTY}.items():
        lines.append(f"{name} = {{ values = [{', '.join(toml_string(v) for v in values)}] }}")
    # Any string parameter and any field of a body, now and then: text that broke servers before.
    lines.extend(["", "[generation.dictionaries]", 'string = { dictionary = "nasty", probability = 0.2 }', "", "[parameters]"])
    lines.extend(f'"body.{field}" = {{ dictionary = "nasty", probability = 0.2 }}' for field in TEXT_FIELDS)
    # A header carries Latin-1 only, so no nasty strings there; this one is ignored anyway.
    lines.append('"header.Idempotency-Key" = "fuzz"')

    def bind(regex, **parameters):
        lines.extend(["", "[[operations]]", f"include-path-regex = {toml_string(regex)}"])
        pairs = [f"{toml_string(key)} = {{ dictionary = {toml_string(name)}, probability = 0.5 }}"
                 for key, name in parameters.items()]
        lines.append(f"parameters = {{ {', '.join(pairs)} }}")

    bind(r"^/api/v1/(accounts|follow_requests)/\{", **{"path.id": "accounts", "path.account_id": "accounts"})
    bind(r"^/api/v1/statuses/\{", **{"path.id": "statuses"})
    bind(r"^/api/v1/statuses$", **{"body.in_reply_to_id": "statuses", "body.quote_id": "statuses"})
    bind(r"^/api/v1/notifications/\{", **{"path.id": "notifications"})
    bind(r"^/api/v1/media/\{", **{"path.id": "media"})
    bind(r"^/api/v1/timelines/tag/", **{"path.hashtag": "hashtags"})
    bind(r"^/api/v1/accounts/lookup$", **{"query.acct": "handles"})
    bind(r"^/api/v2/search$", **{"query.q": "queries"})
    bind(r"^/\.well-known/webfinger$", **{"query.resource": "resources"})
    # The OAuth endpoints and registration get right credentials and fields now and then, so that
    # they answer more than "invalid client" and "invalid field".
    bind(r"^/oauth/(token|revoke)$", **{"body.client_id": "client_ids", "body.client_secret": "client_secrets",
                                       "body.username": "usernames", "body.password": "passwords", "body.scope": "scopes"})
    bind(r"^/api/v1/accounts$", **{"body.username": "new_usernames", "body.email": "new_emails",
                                  "body.password": "passwords", "body.agreement": "agreements"})
    # Registration needs an app's token, not a member's.
    lines.extend(["", "[[operations]]", 'include-operation-id = "createAccount"',
                  f"headers = {{ Authorization = {toml_string('Bearer ' + seeded['app_token'])} }}"])
    Path(directory).mkdir()
    path = Path(directory) / "schemathesis.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def shared_operation_ids(mastodon):
    ours = json.loads(OURS.read_text(encoding="utf-8"))
    theirs = json.loads(Path(mastodon).read_text(encoding="utf-8"))

    def ids(document):
        return {operation["operationId"] for item in document["paths"].values() for operation in item.values()
                if isinstance(operation, dict) and "operationId" in operation}

    excluded = {operation for operation, _ in MASTODON_EXCLUSIONS}
    return sorted((ids(ours) & ids(theirs)) - excluded)


def schemathesis(name, config, location, arguments, seed, max_examples, workers):
    command = [str(Path(sys.executable).parent / "st"), "--config-file", str(config), "run", location,
               "--seed", str(seed), "--max-examples", str(max_examples), "--workers", str(workers),
               "--phases", "coverage,fuzzing", "--generation-database", "none", "--request-timeout", "20",
               "--no-color", *arguments, *shlex.split(os.environ.get("FUZZ_ARGS", ""))]
    log(f"{name}: {' '.join(command[1:])}")
    started = time.monotonic()
    # A bound of its own, so a hanging run cannot hold CI: far above the usual minute.
    result = subprocess.run(command, cwd=config.parent, timeout=600)
    log(f"{name}: exit {result.returncode} after {time.monotonic() - started:.0f} s")
    return result.returncode


def main():
    url = os.environ.get("TREFFPUNKT_URL", "").rstrip("/")
    if not url:
        sys.exit("fuzz: TREFFPUNKT_URL is not set (run under scripts/with-server.sh)")
    mastodon = os.environ.get("MASTODON_OPENAPI", str(ROOT.parent / "shared/mastodon-openapi/schema.json"))
    seed_setting = os.environ.get("FUZZ_SEED", "4")
    seed = random.randrange(2**31) if seed_setting == "random" else int(seed_setting)
    max_examples = int(os.environ.get("FUZZ_MAX_EXAMPLES", "8"))
    workers = int(os.environ.get("FUZZ_WORKERS", "2"))
    only = os.environ.get("FUZZ_ONLY", "")
    log(f"seed {seed} (FUZZ_SEED={seed} repeats this run), {max_examples} examples per operation, {workers} workers")

    def seeded_config(directory, run):
        """Fresh members and posts for each run: the run before may have blocked, deleted and dismissed."""
        seeded = Seeder(url, suffix=run).seed()
        log(f"{run}: seeded {len(seeded['accounts'])} members, {len(seeded['statuses'])} posts, "
            f"{len(seeded['notifications'])} notifications, {len(seeded['media'])} pictures")
        return config_file(Path(directory) / run, seeded, url)

    failed = []
    with tempfile.TemporaryDirectory(prefix="treffpunkt-fuzz.") as directory:
        if only in ("", "ours"):
            config = seeded_config(directory, "ours")
            checks = "not_a_server_error,status_code_conformance,response_schema_conformance"
            # The endless event streams are left out here too (see MASTODON_EXCLUSIONS).
            arguments = ["--checks", checks, "--exclude-path-regex", r"^/api/v1/streaming/(?!health$)"]
            if schemathesis("ours", config, f"{url}/api/openapi.json", arguments,
                            seed, max_examples, workers):
                failed.append("ours")
        if only in ("", "mastodon"):
            config = seeded_config(directory, "mastodon")
            operations = shared_operation_ids(mastodon)
            log(f"mastodon: {len(operations)} operations Treffpunkt implements")
            arguments = ["--url", url, "--checks", "not_a_server_error,response_schema_conformance"]
            for operation in operations:
                arguments += ["--include-operation-id", operation]
            if schemathesis("mastodon", config, str(Path(mastodon).resolve()), arguments, seed, max_examples, workers):
                failed.append("mastodon")
    if failed:
        log(f"failures in: {', '.join(failed)} (repeat with FUZZ_SEED={seed})")
        sys.exit(1)
    log("no failures")


if __name__ == "__main__":
    main()
