"""Runs the browser scenarios of scripts/browser/scenarios/ against a running Treffpunkt server.

    make test-browser        # builds, starts a throw-away server (scripts/with-server.sh) and runs them all

By hand, against a server you started (a new --suffix on each run against the same database):

    .venv/bin/python scripts/browser/run.py --url http://localhost:8080 --suffix x1 [-k friend] [-v]

Prints one line per scenario and exits non-zero when one failed. Screenshots (one per scenario) and,
for a failed scenario, each of its browsers' screenshot and page source land in test-artifacts/browser/.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True   # no __pycache__ folders in the repository

import framework  # noqa: E402  (after the path is set)
from framework import Run, Scenario, StepFailed  # noqa: E402


def load_scenarios() -> list[framework.ScenarioDefinition]:
    for path in sorted((HERE / "scenarios").glob("*.py")):
        if path.stem != "__init__":
            importlib.import_module(f"scenarios.{path.stem}")
    return sorted(framework.SCENARIOS, key=lambda d: (d.order, d.position))


def scenario_line(error: BaseException) -> str:
    """Where in the scenarios (or the framework) the failure happened, innermost first."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if str(HERE) in f.filename]
    lines = [f"at {Path(f.filename).relative_to(HERE)}:{f.lineno} ({f.name}): {f.line}" for f in reversed(frames)
             if not f.filename.endswith("run.py")]
    return "\n".join(lines[:3])


def run_one(run: Run, definition: framework.ScenarioDefinition, number: int) -> tuple[bool, str]:
    """Runs one scenario; returns whether it passed and the report lines for a failure."""
    s = Scenario(run, definition, number)
    report = ""
    passed = False
    try:
        definition.function(s)
        # Late problems: a script's request that failed after the last step, an error logged meanwhile.
        last = s.last_browser
        for browser in s.browsers.values():
            s.last_browser = browser
            browser.check_console()
            browser.check_server()
        s.last_browser = last
        passed = True
    except (StepFailed, AssertionError) as failure:
        report = f"{failure}\n{scenario_line(failure)}"
    except Exception as error:  # noqa: BLE001 - a Selenium or script error is a failure of this scenario
        # Selenium's messages end in a long native stack trace of chromedriver: keep the first line.
        message = getattr(error, "msg", None) or str(error)
        report = f"{type(error).__name__}: {message.strip().splitlines()[0] if message.strip() else ''}\n" \
                 f"{scenario_line(error)}"

    lines = []
    if passed:
        if s.last_browser:
            s.shot(s.last_browser)
    else:
        step = s.steps[-1] if s.steps else "(before the first step)"
        lines.append(f"     step {len(s.steps)}: {step}")
        lines.extend("     " + line for line in report.splitlines())
        for name, browser in s.browsers.items():
            base = run.artifacts / f"{number:02d}-{definition.slug}-FAILED-{framework._slug(name)}"
            try:
                browser.driver.save_screenshot(f"{base}.png")
                url = browser.driver.current_url
                base.with_suffix(".html").write_text(f"<!-- {url} -->\n" + browser.driver.page_source, encoding="utf-8")
                lines.append(f"     {name} at {url}: {base.name}.png, {base.name}.html")
            except Exception as error:  # noqa: BLE001
                lines.append(f"     {name}: no screenshot ({type(error).__name__})")
        steps_file = run.artifacts / f"{number:02d}-{definition.slug}-FAILED-steps.txt"
        steps_file.write_text("".join(f"{i:3d}. {text}\n" for i, text in enumerate(s.steps, 1)) + "\n" + report + "\n",
                              encoding="utf-8")
        lines.append(f"     all steps: {steps_file.name}")
    for browser in s.browsers.values():
        run.release_driver(browser.driver, browser.injected_scripts)
    return passed, "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Treffpunkt's browser scenarios")
    parser.add_argument("--url", default=os.environ.get("TREFFPUNKT_URL"), help="the server (default $TREFFPUNKT_URL)")
    parser.add_argument("--server-log", default=os.environ.get("TREFFPUNKT_SERVER_LOG"),
                        help="the server's log, scanned for ERROR lines (default $TREFFPUNKT_SERVER_LOG)")
    parser.add_argument("--artifacts", default=str(HERE.parent.parent / "test-artifacts" / "browser"),
                        help="folder for screenshots and page sources (emptied first)")
    parser.add_argument("--suffix", default="", help="appended to usernames, for runs against a used database")
    parser.add_argument("-k", dest="select", action="append", default=[],
                        help="run only scenarios whose name contains this (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every step")
    args = parser.parse_args()

    definitions = load_scenarios()
    if args.select:
        definitions = [d for d in definitions if any(k.lower() in d.name.lower() for k in args.select)]
    if args.list:
        for definition in definitions:
            print(definition.name)
        return 0
    if not args.url:
        parser.error("no --url and no $TREFFPUNKT_URL (run through scripts/with-server.sh)")
    if not definitions:
        print("browser: no scenario selected", file=sys.stderr)
        return 2

    artifacts = Path(args.artifacts)
    if artifacts.exists():
        shutil.rmtree(artifacts)
    artifacts.mkdir(parents=True)

    # SIGTERM (from with-server.sh or a CI timeout) ends like Ctrl-C, so the browsers are closed.
    def interrupt(*_):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupt)

    run = Run(args.url, args.server_log, artifacts, suffix=args.suffix, verbose=args.verbose)
    started = time.monotonic()
    failed = []
    try:
        for number, definition in enumerate(definitions, 1):
            began = time.monotonic()
            if args.verbose:
                print(f"  {definition.name}", flush=True)
            passed, report = run_one(run, definition, number)
            took = time.monotonic() - began
            print(f"{'ok  ' if passed else 'FAIL'} {definition.name} ({took:.1f} s)", flush=True)
            if not passed:
                print(report, flush=True)
                failed.append(definition.name)
    except KeyboardInterrupt:
        print("browser: interrupted", file=sys.stderr)
        return 130
    finally:
        run.close()

    total = time.monotonic() - started
    passed_count = len(definitions) - len(failed)
    print(f"browser: {passed_count} passed, {len(failed)} failed in {total:.1f} s; screenshots in {artifacts}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
