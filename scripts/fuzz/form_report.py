"""The form fuzzer's findings: every submission by number, the failures by form kind, and their report.

A failure is printed so that it can be repeated by hand: the session (visitor, member, admin), the
method and address, the fields and files, and the server's log lines of that moment.
"""

import re
from collections import Counter, defaultdict
from pathlib import Path

from form_pages import kind_of


def shorten(value):
    """A value as Python source, long ones shortened so a report stays readable."""
    if len(value) <= 120:
        return repr(value)
    if len(set(value)) == 1:
        return f"{value[0]!r} * {len(value)}"
    return f"{value[:60]!r} + … ({len(value)} characters)"


class ServerLog:
    """The server's output since a mark, for the failure report."""

    def __init__(self, path):
        self.path = Path(path) if path else None

    def mark(self):
        return self.path.stat().st_size if self.path and self.path.exists() else 0

    def since(self, mark, limit=12):
        if not self.path or not self.path.exists():
            return []
        with self.path.open("rb") as file:
            file.seek(mark)
            lines = file.read().decode("utf-8", "replace").splitlines()
        interesting = [line for line in lines if re.search(r"error|warning|fatal|crash", line, re.I)]
        return (interesting or lines)[:limit]


class Report:
    """Submissions by number (a payload's number leads back to its request) and failures by form kind."""

    def __init__(self, server_log):
        self.server_log = server_log
        self.submissions = {}           # number -> (session name, method, url, fields, files)
        self.failures = defaultdict(list)
        self.kinds = []                 # every form kind fuzzed, and every page kind that failed

    def next_number(self):
        return len(self.submissions) + 1

    def remember(self, number, request):
        """`request` is (session name, method, address, fields, files)."""
        self.submissions[number] = request

    def fail(self, kind, problem, request=None, log_lines=()):
        if kind not in self.kinds:
            self.kinds.append(kind)
        self.failures[kind].append((problem, request, list(log_lines)))

    def markup(self, found, seen_in):
        """Payloads shown unescaped: blamed on the form that sent each one."""
        for number, (page, snippet) in sorted(found.items()):
            session, method, url, fields, files = self.submissions.get(number, ("?", "?", "?", [], []))
            kind = f"{method} {kind_of(url)}"
            where = f"in its own answer ({page})" if seen_in == number else f"on {page}"
            self.fail(kind, f"payload #{number} shown as live markup {where}: {snippet!r}",
                      (session, method, url, fields, files))

    @staticmethod
    def headline(problem):
        """A problem without its numbers and addresses, to tell repeats apart from new problems."""
        return re.sub(r"#\d+|https?://\S+|\d+", "#", problem)

    def print_failures(self):
        for kind in self.kinds:
            problems = self.failures.get(kind, [])
            if not problems:
                continue
            print(f"FAIL {kind}: {len(problems)} problem(s)")
            alike = Counter(self.headline(problem) for problem, _, _ in problems)
            shown = set()
            for problem, request, log_lines in problems:
                headline = self.headline(problem)
                if headline in shown:
                    continue  # one example of each problem is enough to repeat it
                shown.add(headline)
                more = f" (and {alike[headline] - 1} more like it)" if alike[headline] > 1 else ""
                print(f"  - {problem}{more}")
                if request:
                    session, method, url, fields, files = request
                    print(f"    as {session}: {method} {url}")
                    print(f"    fields: [{', '.join(f'({name!r}, {shorten(value)})' for name, value in fields)}]")
                    if files:
                        print(f"    files: {[(name, (f[0], f'{len(f[1])} bytes', f[2])) for name, f in files]!r}")
                for line in log_lines:
                    print(f"    server: {line}")
