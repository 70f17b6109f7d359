#!/usr/bin/env python3
"""Fuzzes Treffpunkt's web forms: every form a visitor, a member and an administrator can reach.

    scripts/with-server.sh .venv/bin/python scripts/fuzz/forms.py      (part of make test-fuzz)

Needs TREFFPUNKT_URL, TREFFPUNKT_DATA_DIR and TREFFPUNKT_SERVER_LOG (scripts/with-server.sh exports
them) and the server's binary (TREFFPUNKT_BIN, default .build/debug/treffpunkt). It talks to that
local server only: the address must be a loopback one, and no request or redirect leaves it.

1. Loads the demo company into the server (`treffpunkt seed --demo` on the server's database; on
   PostgreSQL give it as FORMS_DATABASE_URL) and logs in through the login form as julia.weber (a
   member) and anna.schmidt (an administrator); a third session stays a visitor.
2. Crawls each session's pages from the start pages (newsfeed, profiles, company pages, spaces,
   blogs, forums, wikis, messages, settings, administration, org chart, search), at most
   FUZZ_MAX_PAGES pages a session and a few of each kind (one post stands for all posts), and reads
   every <form>: method, action, fields with type, maxlength, required, min/max, options, _csrf,
   file inputs (form_crawl.py, form_pages.py).
3. Fills each kind of form FUZZ_MAX_EXAMPLES times with values drawn by hypothesis (form_values.py):
   plausible and random Unicode text, control characters, markup payloads (form_markup.py), text
   beyond maxlength, empty and missing fields, numbers out of range, options that are not offered,
   changed hidden fields, extra fields, small generated files or none, NUL in multipart text (the
   NUL middleware does not read those bodies), now and then a missing or wrong _csrf. Each time,
   the form's page is read (and checked) first, so that hidden values (a wiki page's revision) and
   what the form offers are current. Forms that destroy or end something (delete, leave, remove,
   revoke, decline, role changes, relationships, password, login, registration) come last, so that
   they cannot take pages and forms away from the others; logging out is never sent.
4. Reads every crawled page again, to find input stored and shown unescaped elsewhere.

Checks (form_checks.py), on the answer and every page its redirects lead to:
  - no 5xx;
  - no payload as live markup: raw `<svg onload=`, `<form action=https://attacker.invalid`,
    `<img src=x onerror=`, an injected on…= attribute or a javascript: address — on any page, later
    ones included; each payload carries its submission's number, which names the form to blame;
  - no redirect off the site;
  - a POST with a missing or wrong _csrf answers 403;
  - input that breaks the form's own rules (maxlength, required, options, min/max, a file that is
    not what it claims) answers 4xx, or redirects to a page with an error message;
  - a 422 to a form with typed text shows the form again, not a bare error page.
Each failure is printed with session, method, address, fields and files, and the server's log lines
of that moment (form_report.py). The closing line reads "forms: N passed, N failed" (a form kind
passes when all its submissions did); exits 1 when anything failed.

Environment: FUZZ_SEED (default 4, fixed so that CI sends the same cases; `random` for a new one),
FUZZ_MAX_EXAMPLES (default 25 per form kind: about 80 s on SQLite, 100 s on PostgreSQL),
FUZZ_MAX_PAGES (default 150 per session), FORMS_DATABASE_URL (the server's PostgreSQL, for seeding),
FUZZ_VERBOSE (any value: the status codes each form kind answered, to see how far the fuzzing got).
"""

import os
import random
import re
import subprocess
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(Path(__file__).resolve().parent))
from hypothesis import HealthCheck, Phase, given, seed as hypothesis_seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
import requests  # noqa: E402

from form_checks import csrf_refused, form_kept, invalid_refused, markup_in, off_host_redirect, server_errors  # noqa: E402
from form_client import LocalSession  # noqa: E402
from form_crawl import Crawler, checked_get  # noqa: E402
from form_markup import is_html  # noqa: E402
from form_pages import CSRF, kind_of, parse_page  # noqa: E402
from form_report import Report, ServerLog  # noqa: E402
from form_values import draw_submission  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "treffpunkt-demo"
ACCOUNTS = [("visitor", None), ("member", "julia.weber"), ("admin", "anna.schmidt")]
# Forms that end or destroy something, or change who the session is: fuzzed after all others.
LAST = re.compile(r"/(delete|leave|remove|revoke|decline|role|relationship)$|/roles/|^/settings/account/(password|delete)$"
                  r"|^/(login|register)$")
NEVER = re.compile(r"^/logout$")


def log(message):
    print(f"forms: {message}", file=sys.stderr, flush=True)


def load_demo_company():
    """`treffpunkt seed --demo` on the server's own database (its DATA_DIR, or FORMS_DATABASE_URL)."""
    binary = os.environ.get("TREFFPUNKT_BIN") or str(ROOT / ".build/debug/treffpunkt")
    data_dir = os.environ.get("TREFFPUNKT_DATA_DIR")
    if not data_dir:
        sys.exit("forms: TREFFPUNKT_DATA_DIR is not set (run under scripts/with-server.sh)")
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment.update(DATA_DIR=data_dir, BCRYPT_COST="4")
    if os.environ.get("FORMS_DATABASE_URL"):
        environment["DATABASE_URL"] = os.environ["FORMS_DATABASE_URL"]
    result = subprocess.run([binary, "seed", "--demo"], env=environment, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        sys.exit(f"forms: seed --demo failed: {result.stdout}{result.stderr}")


class FormFuzzer:
    def __init__(self, report, seed, max_examples):
        self.report, self.seed, self.max_examples = report, seed, max_examples
        self.statuses = defaultdict(Counter)  # form kind -> first answers' status codes, for FUZZ_VERBOSE

    def fuzz(self, session, form):
        kind = f"{form.method} {kind_of(form.action)}"
        if kind not in self.report.kinds:
            self.report.kinds.append(kind)
        form_seed = self.seed + zlib.crc32(kind.encode())

        @settings(max_examples=self.max_examples, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @hypothesis_seed(form_seed)
        @given(st.data())
        def submit_drawn(data):
            # Drawn for the form as crawled, so that hypothesis sees the same choices every time.
            self.submit(session, self.current(session, form), kind, draw_submission(data, form))

        submit_drawn()

    def current(self, session, form):
        """The form as its page shows it now: earlier submissions change what it offers (a draft that
        was published, a wiki page's newest revision). The page is checked like any other; when the
        form is gone from it (its post deleted), the form as it was crawled."""
        response = checked_get(session, self.report, form.page)
        if response.status_code == 200 and is_html(response):
            _, forms = parse_page(form.page, response.text)
            for candidate in forms:
                if (candidate.method, candidate.action) == (form.method, form.action):
                    return candidate
        return form

    def submit(self, session, form, kind, submission):
        number = self.report.next_number()
        fields = submission.rendered(number, form)
        action = self.action_with_csrf(form.action, submission.csrf)
        request = (session.name, form.method, action, fields, submission.files)
        self.report.remember(number, request)
        mark = self.report.server_log.mark()
        try:
            hops = self.send(session, form, action, fields, submission.files)
        except requests.RequestException as error:
            self.report.fail(kind, f"no answer ({error.__class__.__name__})", request, self.report.server_log.since(mark))
            return
        self.statuses[f"{session.name} {kind}"][hops[0].response.status_code] += 1
        problems = server_errors(hops) + off_host_redirect(hops, session.base)
        if form.method == "POST":
            problems += (csrf_refused(hops, submission) + invalid_refused(hops, submission, submission.refusals(form))
                         + form_kept(hops, form, submission))
        log_lines = self.report.server_log.since(mark) if problems else []
        for problem in problems:
            self.report.fail(kind, problem, request, log_lines)
        self.report.markup(markup_in(hops), seen_in=number)

    @staticmethod
    def send(session, form, action, fields, files):
        """The submission as a browser sends it; the hops through its redirects."""
        if form.method == "GET":
            return session.follow("GET", urlunsplit(urlsplit(action)._replace(query=urlencode(fields))))
        if form.multipart:
            # Without any file part requests would not send multipart at all.
            return session.follow("POST", action, data=fields, files=files or [("_", ("", b"", "application/octet-stream"))])
        return session.follow("POST", action, data=fields)

    @staticmethod
    def action_with_csrf(action, csrf):
        """A multipart form carries its token in the address: left out or spoiled there too."""
        parts = urlsplit(action)
        query = parse_qsl(parts.query, keep_blank_values=True)
        if not any(name == CSRF for name, _ in query):
            return action
        if csrf == "missing":
            query = [(n, v) for n, v in query if n != CSRF]
        elif csrf == "wrong":
            query = [(n, "falsch" + v[6:] if n == CSRF else v) for n, v in query]
        return urlunsplit(parts._replace(query=urlencode(query)))


def plan(crawls):
    """(session, form) pairs to fuzz: one form of each kind, found by the least privileged session,
    those in LAST at the end; plus the kinds never sent."""
    regular, last, never, taken = [], [], set(), set()
    for session, crawler in crawls:
        for form in crawler.forms:
            path = urlsplit(form.action).path
            kind = (form.method, kind_of(form.action), tuple(sorted(form.fields)))
            if kind in taken or not form.action.startswith(session.base):
                continue
            taken.add(kind)
            if NEVER.search(path):
                never.add(f"{form.method} {path}")
            else:
                (last if LAST.search(path) else regular).append((session, form))
    return regular + last, sorted(never)


def main():
    url = os.environ.get("TREFFPUNKT_URL", "").rstrip("/")
    if not url:
        sys.exit("forms: TREFFPUNKT_URL is not set (run under scripts/with-server.sh)")
    seed_setting = os.environ.get("FUZZ_SEED", "4")
    seed = random.randrange(2**31) if seed_setting == "random" else int(seed_setting)
    max_examples = int(os.environ.get("FUZZ_MAX_EXAMPLES", "25"))
    max_pages = int(os.environ.get("FUZZ_MAX_PAGES", "150"))
    log(f"seed {seed} (FUZZ_SEED={seed} repeats this run), {max_examples} examples per form kind, "
        f"at most {max_pages} pages a session")
    started = time.monotonic()
    report = Report(ServerLog(os.environ.get("TREFFPUNKT_SERVER_LOG")))

    load_demo_company()
    sessions = []
    for name, username in ACCOUNTS:
        session = LocalSession(url, name)
        if username:
            session.login(username, DEMO_PASSWORD)
        sessions.append(session)

    crawls = [(session, Crawler(session, report, max_pages).crawl()) for session in sessions]
    for session, crawler in crawls:
        log(f"{session.name}: {len(crawler.pages)} pages, {len(crawler.forms)} forms")
    to_fuzz, never = plan(crawls)
    log(f"{len(to_fuzz)} kinds of form to fuzz; never sent: {', '.join(never) or 'none'}")

    fuzzer = FormFuzzer(report, seed, max_examples)
    for session, form in to_fuzz:
        fuzzer.fuzz(session, form)
    for session, crawler in crawls:
        for page in crawler.pages:
            crawler.visit(page)  # stored input shows up here, if anywhere
    if os.environ.get("FUZZ_VERBOSE"):
        for kind, statuses in fuzzer.statuses.items():
            log(f"{kind}: {dict(sorted(statuses.items()))}")

    requests_sent = sum(session.requests for session in sessions)
    failed = [kind for kind in report.kinds if report.failures.get(kind)]
    report.print_failures()
    log(f"{len(report.submissions)} submissions, {requests_sent} requests in {time.monotonic() - started:.0f} s"
        + (f"; repeat with FUZZ_SEED={seed}" if failed else ""))
    print(f"forms: {len(report.kinds) - len(failed)} passed, {len(failed)} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
