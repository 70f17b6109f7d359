"""A tiny scenario framework for Treffpunkt's browser tests (Selenium driving Debian's headless Chromium).

A scenario is a function with the `@scenario("name")` decorator in a module of scenarios/. It receives a
`Scenario` (`s`) and uses `s.browser(name)` for independent browsers (each its own cookies, like two
people at two computers) and the helpers of `Browser`:

    @scenario("a friend sees a friends-only post")
    def friends_only(s):
        anna, ben = s.member("anna"), s.member("ben")     # two browsers, each registered and logged in
        s.make_friends(anna, ben)
        post_id = anna.post("Grillfest am Freitag", visibility="friends")
        ben.visit("/")
        ben.expect_text("Grillfest am Freitag")

Every helper is a named step. After each page load the framework fails the scenario on an error page
(unless the step expects that status), on JavaScript errors, Content-Security-Policy violations and
5xx answers in the browser's console, and on ERROR lines in the server log. At the end of a scenario
one screenshot is saved; on failure every browser of the scenario leaves a screenshot and its page
source, and the failing step is named.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")
PASSWORD = "browser-test-secret"
WAIT_SECONDS = 5.0
DESKTOP_SIZE = (1280, 900)


# --- registration of scenarios --------------------------------------------------------------------

@dataclass
class ScenarioDefinition:
    name: str
    function: Callable[["Scenario"], None]
    order: int
    position: int

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")[:60]


SCENARIOS: list[ScenarioDefinition] = []


def scenario(name: str, order: int = 50):
    """Registers a scenario. Scenarios run by `order` (default 50), then in the order they are defined."""
    def register(function):
        SCENARIOS.append(ScenarioDefinition(name, function, order, len(SCENARIOS)))
        return function
    return register


class StepFailed(AssertionError):
    """A check of a step did not hold; the message says what was expected and what was there."""


# --- one test run: the server, the artifacts, a pool of browsers ------------------------------------

def run_command(arguments: list[str]) -> str:
    """Runs a `treffpunkt` subcommand on the server's data (TREFFPUNKT_DATA_DIR, as scripts/with-server.sh
    exports it; binary TREFFPUNKT_BIN, default .build/debug/treffpunkt) and returns the name it acted on."""
    data_dir = os.environ.get("TREFFPUNKT_DATA_DIR")
    if not data_dir:
        raise StepFailed("this needs the server's data folder (TREFFPUNKT_DATA_DIR; run with scripts/with-server.sh)")
    binary = os.environ.get("TREFFPUNKT_BIN") or str(Path(__file__).resolve().parents[2] / ".build" / "debug" / "treffpunkt")
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment["DATA_DIR"] = data_dir
    result = subprocess.run([binary, *arguments], env=environment, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise StepFailed(f"treffpunkt {arguments[0]} failed: {result.stdout}{result.stderr}")
    return arguments[arguments.index("--username") + 1]


class AdminSession:
    """An administrator signed in through the login form, outside the browsers, for administrative steps."""

    def __init__(self, url: str, username: str):
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(), NoRedirect())
        self.post("/login", {"identifier": username, "password": PASSWORD})

    def csrf_token(self) -> str:
        # Every page carries the session's form token in its language form; a missing page is the cheapest.
        try:
            page = self.opener.open(self.url + "/__page-for-form-token", timeout=10).read()
        except urllib.error.HTTPError as answer:
            page = answer.read()
        found = re.search(r'name="_csrf" value="([^"]+)"', page.decode("utf-8", "replace"))
        if not found:
            raise StepFailed("no form token on a page")
        return found.group(1)

    def post(self, path: str, fields: dict[str, str]) -> None:
        body = urllib.parse.urlencode({**fields, "_csrf": self.csrf_token()}).encode()
        try:
            self.opener.open(urllib.request.Request(self.url + path, data=body, method="POST"), timeout=10)
        except urllib.error.HTTPError as answer:
            if answer.code != 303:
                raise StepFailed(f"POST {path} as administrator: {answer.code}") from answer


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A form's 303 is the answer to check, not a page to fetch."""

    def redirect_request(self, *arguments):
        return None


class Run:
    def __init__(self, url: str, server_log: str | None, artifacts: Path, suffix: str = "", verbose: bool = False):
        self.url = url.rstrip("/")
        self.server_log = Path(server_log) if server_log else None
        self.server_log_offset = self.server_log.stat().st_size if self.server_log and self.server_log.exists() else 0
        self.artifacts = artifacts
        self.suffix = suffix
        self.verbose = verbose
        self.idle_drivers: list[webdriver.Chrome] = []
        self.all_drivers: list[webdriver.Chrome] = []
        self.admin_session: AdminSession | None = None

    # Browsers are expensive to start (about a second), so finished scenarios hand theirs back,
    # cleaned: no cookies, no storage, no injected scripts, desktop size, an empty page.
    def acquire_driver(self) -> webdriver.Chrome:
        while self.idle_drivers:
            driver = self.idle_drivers.pop()
            try:
                driver.get("about:blank")
                driver.get_log("browser")
                return driver
            except WebDriverException:
                self.discard_driver(driver)
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=de-DE",
                         f"--window-size={DESKTOP_SIZE[0]},{DESKTOP_SIZE[1]}", "--disable-gpu",
                         "--disable-extensions", "--no-first-run", "--disable-background-networking"):
            options.add_argument(argument)
        # German first, as most people of a German company will have it; the language scenario switches.
        options.add_experimental_option("prefs", {"intl.accept_languages": "de-DE,de"})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        driver.set_page_load_timeout(20)
        self.all_drivers.append(driver)
        return driver

    def release_driver(self, driver: webdriver.Chrome, injected: list[str]) -> None:
        try:
            for identifier in injected:
                driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier})
            driver.get("about:blank")
            driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
            driver.execute_cdp_cmd("Storage.clearDataForOrigin", {"origin": self.url, "storageTypes": "all"})
            driver.set_window_size(*DESKTOP_SIZE)
            driver.get_log("browser")
            self.idle_drivers.append(driver)
        except WebDriverException:
            self.discard_driver(driver)

    def discard_driver(self, driver: webdriver.Chrome) -> None:
        try:
            driver.quit()
        except Exception:  # noqa: BLE001 - it is going away anyway
            pass
        if driver in self.all_drivers:
            self.all_drivers.remove(driver)

    def close(self) -> None:
        for driver in list(self.all_drivers):
            self.discard_driver(driver)
        self.idle_drivers.clear()

    def new_server_errors(self) -> list[str]:
        """ERROR and CRITICAL lines the server logged since the last call (every 5xx is logged so)."""
        if not self.server_log or not self.server_log.exists():
            return []
        with self.server_log.open("rb") as log:
            log.seek(self.server_log_offset)
            data = log.read()
        # Only whole lines; a line being written stays for the next call.
        end = data.rfind(b"\n") + 1
        self.server_log_offset += end
        lines = data[:end].decode("utf-8", "replace").splitlines()
        return [line for line in lines if re.search(r"\[ (ERROR|CRITICAL) \]", line)]

    def api(self, path: str) -> dict:
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.load(response)

    def make_employee(self, username: str) -> None:
        """Makes `username` an employee as an administrator does, through the people page's form
        (POST /admin/people/USERNAME/affiliation). Anyone who registers freely is a guest; the scenarios
        play among colleagues. The administrator is made once per run with `treffpunkt create-admin`."""
        if self.admin_session is None:
            self.admin_session = AdminSession(self.url, run_command(["create-admin", "--username", "browser-admin",
                                                                      "--email", "browser-admin@example.com",
                                                                      "--display-name", "Browser Admin", "--password", PASSWORD]))
        self.admin_session.post(f"/admin/people/{urllib.parse.quote(username)}/affiliation", {"affiliation": "employee"})

    def setup_address(self) -> str | None:
        """The path of the one-time address that makes the first administrator, as the server printed it
        at its start while it had none; None without the server's log or when it printed none."""
        if not self.server_log or not self.server_log.exists():
            return None
        found = re.findall(r"/register\?setup=[A-Za-z0-9_-]+", self.server_log.read_text("utf-8", "replace"))
        return found[-1] if found else None


# --- one scenario -------------------------------------------------------------------------------------

class Scenario:
    """What a scenario function receives: its browsers, unique names, shared multi-browser helpers."""

    def __init__(self, run: Run, definition: ScenarioDefinition, number: int):
        self.run = run
        self.definition = definition
        self.number = number
        self.browsers: dict[str, Browser] = {}
        self.steps: list[str] = []
        self.last_browser: Browser | None = None
        self.shots: list[Path] = []
        self.started = time.monotonic()

    @property
    def url(self) -> str:
        return self.run.url

    def browser(self, name: str) -> "Browser":
        """An independent browser window (own cookies) called `name`; the same name gives the same one."""
        if name not in self.browsers:
            self.step(f"{name}: open a browser")
            self.browsers[name] = Browser(self, name, self.run.acquire_driver())
        return self.browsers[name]

    def member(self, name: str, display_name: str | None = None, employee: bool = True) -> "Browser":
        """A browser `name` with a freshly registered, logged-in account of the same name: an employee
        (made one by an administrator), or with `employee=False` the guest a free registration makes."""
        browser = self.browser(name)
        browser.register(display_name=display_name)
        if employee:
            self.step(f"{name}: made an employee by an administrator")
            self.run.make_employee(browser.username)
        return browser

    def admin(self, name: str, display_name: str | None = None) -> "Browser":
        """A member (as `member`) whom `treffpunkt create-admin` then appoints administrator. Needs the
        server's DATA_DIR in TREFFPUNKT_DATA_DIR, as scripts/with-server.sh exports it, and its binary
        (TREFFPUNKT_BIN, default .build/debug/treffpunkt)."""
        browser = self.member(name, display_name, employee=False)
        self.step(f"{name}: appoint administrator with create-admin")
        run_command(["create-admin", "--username", browser.username])
        return browser

    def username(self, name: str) -> str:
        """The unique username of `name` in this scenario, e.g. anna_3 (plus --suffix when given)."""
        return f"{name}_{self.number}{self.run.suffix}"

    def unique(self, word: str) -> str:
        """A word no other scenario uses, for texts to search for: unique("grillfest") -> "grillfest3"."""
        return f"{word}{self.number}{self.run.suffix}"

    def step(self, description: str) -> None:
        self.steps.append(description)
        if self.run.verbose:
            print(f"    {time.monotonic() - self.started:6.2f} s {len(self.steps):3d}. {description}", flush=True)

    def make_friends(self, asker: "Browser", accepter: "Browser") -> None:
        """`asker` sends a friend request from the other's profile; `accepter` accepts it under Freunde."""
        asker.visit(accepter.profile)
        asker.submit(f'form[action="{accepter.profile}/relationship"] button[value="befriend"]')
        asker.expect_flash("success")
        accepter.visit("/friends")
        accepter.submit(f'form[action="{asker.profile}/relationship"] button[value="accept"]')
        accepter.expect_flash("success")

    def shot(self, browser: "Browser", label: str | None = None) -> Path:
        name = f"{self.number:02d}-{self.definition.slug}" + (f"-{_slug(label)}" if label else "") + ".png"
        path = self.run.artifacts / name
        browser.driver.save_screenshot(str(path))
        self.shots.append(path)
        return path


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40]


# --- one browser ----------------------------------------------------------------------------------------

class Browser:
    """One person's browser. Every public method is a named step; failures raise StepFailed."""

    def __init__(self, scenario: Scenario, name: str, driver: webdriver.Chrome):
        self.scenario = scenario
        self.name = name
        self.driver = driver
        self.username: str | None = None
        self.display_name: str | None = None
        self.injected_scripts: list[str] = []

    # -- identity

    @property
    def profile(self) -> str:
        """The path of this browser's account's profile, e.g. /@anna_3."""
        if not self.username:
            raise StepFailed(f"{self.name} has no account yet (register first)")
        return f"/@{self.username}"

    # -- steps

    def _step(self, description: str) -> None:
        self.scenario.step(f"{self.name}: {description}")
        self.scenario.last_browser = self

    def visit(self, path: str, status: int | None = None) -> None:
        """Opens `path` of the server. `status` (e.g. 404): the error page with that code is expected."""
        self._step(f"visit {path}" + (f" (expecting {status})" if status else ""))
        self.driver.get(self.scenario.url + path)
        self.check_page(status)

    def press(self, label: str, within: str | None = None, status: int | None = None, navigates: bool = True) -> None:
        """Clicks the first visible button, link or summary whose text, title or aria-label is `label`
        (inside the CSS selector `within` when given) and waits for the page it leads to."""
        self._step(f"press “{label}”" + (f" in {within}" if within else ""))
        element = self.driver.execute_script(_FIND_CLICKABLE, label, within)
        if element is None:
            raise StepFailed(f"no visible button or link “{label}”" + (f" in {within}" if within else ""))
        self._click(element, navigates, status)

    def submit(self, css: str, status: int | None = None, navigates: bool = True) -> None:
        """Clicks the element `css` (usually a form's submit button) and waits for the next page."""
        self._step(f"click {css}")
        elements = [e for e in self.driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]
        if not elements:
            raise StepFailed(f"no visible element {css}")
        self._click(elements[0], navigates, status)

    def _click(self, element, navigates: bool, status: int | None) -> None:
        # A mark on the old page's window: the next page has none.
        self.driver.execute_script("window.__treffpunktOldPage = true; arguments[0].scrollIntoView({block: 'center'})",
                                   element)
        element.click()
        if navigates:
            try:
                WebDriverWait(self.driver, WAIT_SECONDS * 2, poll_frequency=0.05,
                              ignored_exceptions=(WebDriverException,)).until(_new_page_loaded)
            except TimeoutException:
                raise StepFailed("the click did not lead to a new page") from None
        self.check_page(status)

    def fill(self, name: str, value: str, within: str | None = None) -> None:
        """Puts `value` into the visible form field called `name` (replacing what was there), as typing
        would: with input and change events. (One script call instead of a keystroke each: much faster.)"""
        self._step(f"fill {name}" + (f" in {within}" if within else "") + f" with “{_short(value)}”")
        css = (f"{within} " if within else "") + f'[name="{name}"]'
        if not self.driver.execute_script(_FILL, css, value):
            raise StepFailed(f"no visible form field {css}")

    def choose(self, name: str, value: str, within: str | None = None) -> None:
        """Chooses the option with value `value` in the select field `name`."""
        self._step(f"choose {value} in {name}" + (f" in {within}" if within else ""))
        Select(self._field(name, within)).select_by_value(value)

    def attach(self, css: str, path: str) -> None:
        """Chooses the file `path` in the file field `css`, as picking it in the file dialog would."""
        self._step(f"attach {Path(path).name} to {css}")
        fields = [e for e in self.driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]
        if not fields:
            raise StepFailed(f"no visible file field {css}")
        fields[0].send_keys(path)

    def _field(self, name: str, within: str | None):
        css = (f"{within} " if within else "") + f'[name="{name}"]'
        fields = [e for e in self.driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]
        if not fields:
            raise StepFailed(f"no visible form field {css}")
        return fields[0]

    # -- expectations

    def text(self, within: str | None = None) -> str:
        """The visible text of the page (or of `within`), white space folded to single spaces."""
        value = self.driver.execute_script(
            "var e = arguments[0] ? document.querySelector(arguments[0]) : document.body; return e ? e.innerText : null",
            within)
        if value is None:
            raise StepFailed(f"nothing matches {within} on {self.driver.current_url}")
        return _fold(value)

    def expect_text(self, text: str, within: str | None = None, timeout: float = WAIT_SECONDS) -> None:
        """Waits (up to `timeout` seconds) until `text` is visible on the page or inside `within`."""
        self._step(f"expect “{_short(text)}”" + (f" in {within}" if within else ""))
        wanted = _fold(text)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if wanted in self.text(within):
                    return
            except StepFailed:
                if time.monotonic() >= deadline:
                    raise
            if time.monotonic() >= deadline:
                raise StepFailed(f"“{text}” does not show on {self._where()}" + (f" in {within}" if within else ""))
            time.sleep(0.1)

    def expect_no_text(self, text: str, within: str | None = None) -> None:
        """Checks that `text` is not visible on the page as it is now (or inside `within`, when it exists)."""
        self._step(f"expect no “{_short(text)}”" + (f" in {within}" if within else ""))
        exists = within is None or self.driver.execute_script("return !!document.querySelector(arguments[0])", within)
        if exists and _fold(text) in self.text(within):
            raise StepFailed(f"“{text}” shows on {self._where()}, but must not")

    def expect_path(self, path: str) -> None:
        """Checks that the browser is at `path` (with its query, without the #fragment)."""
        self._step(f"expect to be at {path}")
        if self.path.split("#")[0] != path:
            raise StepFailed(f"at {self._where()}, not at {path}")

    def expect_flash(self, kind: str = "success") -> None:
        """Checks that the page shows a flash message of `kind` (success, info, error)."""
        self._step(f"expect a {kind} message")
        if not self.driver.find_elements(By.CSS_SELECTOR, f".flashes .flash-{kind}"):
            shown = [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, ".flashes .flash")]
            raise StepFailed(f"no {kind} message on {self._where()}; messages: {shown or 'none'}")

    def expect_visible(self, css: str, timeout: float = WAIT_SECONDS) -> None:
        """Waits until the element `css` is displayed."""
        self._step(f"expect {css} visible")
        try:
            WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(
                lambda d: any(e.is_displayed() for e in d.find_elements(By.CSS_SELECTOR, css)))
        except TimeoutException:
            raise StepFailed(f"{css} is not visible on {self._where()} after {timeout:g} s") from None

    def expect_image(self, css: str, timeout: float = WAIT_SECONDS) -> str:
        """Waits until the picture `css` is displayed and loaded; returns its address (src). A picture
        that failed to load does not show in the console checks: its address looks like a page's."""
        self._step(f"expect the picture {css} loaded")
        try:
            WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(lambda d: d.execute_script(
                "var i = document.querySelector(arguments[0]);"
                "return !!i && i.getClientRects().length > 0 && i.complete && i.naturalWidth > 0", css))
        except TimeoutException:
            raise StepFailed(f"no loaded picture {css} on {self._where()} after {timeout:g} s") from None
        return self.driver.execute_script("return document.querySelector(arguments[0]).getAttribute('src')", css)

    def expect_hidden(self, css: str) -> None:
        """Checks that no element `css` is displayed right now."""
        self._step(f"expect {css} hidden")
        if any(e.is_displayed() for e in self.driver.find_elements(By.CSS_SELECTOR, css)):
            raise StepFailed(f"{css} is visible on {self._where()}, but must not be")

    def expect_no_horizontal_overflow(self) -> None:
        """Checks document.documentElement.scrollWidth <= window.innerWidth and names what sticks out."""
        self._step(f"expect no horizontal overflow on {self.path}")
        # clientWidth is innerWidth less a vertical scroll bar, where the page has one: stricter.
        scroll, inner, client = self.driver.execute_script(
            "var d = document.documentElement; return [d.scrollWidth, window.innerWidth, d.clientWidth]")
        if scroll > min(inner, client):
            culprits = self.driver.execute_script(_WIDE_ELEMENTS, client)
            raise StepFailed(f"{self.path} is {scroll} px wide in a {inner} px window ({client} px without the "
                             f"scroll bar); too wide: " + ("; ".join(culprits) or "(no element found)"))

    # -- things people do

    def register(self, name: str | None = None, display_name: str | None = None, form_path: str = "/register") -> None:
        """Registers the account `name` (default: this browser's name; made unique per scenario) and
        stays logged in. `display_name` defaults to e.g. “Anna Test3”; `form_path` may be the setup address."""
        name = name or self.name
        self.username = self.scenario.username(name)
        self.display_name = display_name or f"{name.capitalize()} Test{self.scenario.number}{self.scenario.run.suffix}"
        self.visit(form_path)
        self.fill("username", self.username)
        self.fill("display_name", self.display_name)
        self.fill("email", f"{self.username}@example.com")
        self.fill("password", PASSWORD)
        self.submit('form[action="/register"] button[type="submit"]')
        self.expect_flash("success")
        self.expect_logged_in()

    def login(self, username: str | None = None, password: str = PASSWORD) -> None:
        """Logs in through the login form (default: as this browser's account)."""
        username = username or self.username
        self.visit("/login")
        self.fill("identifier", username)
        self.fill("password", password)
        self.submit('form[action="/login"] button[type="submit"]')
        self.expect_logged_in()

    def logout(self) -> None:
        """Logs out with the button in the navigation."""
        self.submit('form[action="/logout"] button[type="submit"]')
        self._step("expect to be logged out")
        if self.driver.find_elements(By.CSS_SELECTOR, 'form[action="/logout"]'):
            raise StepFailed(f"still logged in on {self._where()}")

    def expect_logged_in(self) -> None:
        self._step("expect to be logged in")
        if not self.driver.find_elements(By.CSS_SELECTOR, 'form[action="/logout"]'):
            raise StepFailed(f"not logged in on {self._where()}")

    def post(self, text: str, visibility: str = "public", wall_of: "Browser | None" = None) -> int:
        """Writes a post from the newsfeed (or on `wall_of`'s Pinnwand, from their profile) with the
        visibility public, members, friends or direct; returns the new post's id."""
        self.visit(wall_of.profile if wall_of else "/")
        self.fill("text", text, within="#composer")
        self.choose("visibility", visibility, within="#composer")
        self.submit('#composer button[type="submit"]')
        self.expect_flash("success")
        return self.post_id(text)

    def post_id(self, text: str) -> int:
        """The id of the first post card on the page whose text contains `text`."""
        self._step(f"find the post “{_short(text)}”")
        post_id = self.driver.execute_script(
            """var wanted = arguments[0];
               var fold = function (s) { return s.replace(/\\s+/g, ' ').trim(); };
               var cards = document.querySelectorAll('article.post');
               for (var i = 0; i < cards.length; i++) {
                 var body = cards[i].querySelector('.post-text');
                 if (body && fold(body.innerText).indexOf(wanted) >= 0) return cards[i].getAttribute('data-post-id');
               }
               return null;""", _fold(text))
        if post_id is None:
            raise StepFailed(f"no post with “{text}” on {self._where()}")
        return int(post_id)

    def comment(self, post_id: int, text: str) -> None:
        """Comments on post `post_id` from its page."""
        self.visit(f"/posts/{post_id}")
        self.fill("text", text, within="#comment-form")
        self.submit('#comment-form button[type="submit"]')
        self.expect_flash("success")

    def react(self, post_id: int, kind: str = "like") -> None:
        """Reacts to post `post_id` (like, love, celebrate, insightful, funny) on the page where it is
        shown, or on its own page."""
        css = f'#post-{post_id} form.reactions button[value="{kind}"]'
        if not self.driver.find_elements(By.CSS_SELECTOR, css):
            self.visit(f"/posts/{post_id}")
        self.submit(css)

    def search(self, query: str) -> None:
        """Searches with the form of the search page."""
        self.visit("/search")
        self.fill("q", query, within="form.search-form")
        self.submit('form.search-form button[type="submit"]')

    def switch_language(self, code: str) -> None:
        """Switches the language with the form in the footer (de or en)."""
        self.choose("language", code, within="form.language-switch")
        self.submit('form.language-switch button[type="submit"]')
        self._step(f"expect the page in {code}")
        lang = self.driver.execute_script("return document.documentElement.lang")
        if not lang.startswith(code):
            raise StepFailed(f"the page is in “{lang}”, not in {code}")

    def resize(self, width: int, height: int = 800) -> None:
        """Makes the window `width` × `height` CSS pixels."""
        self._step(f"resize to {width}×{height}")
        self.driver.set_window_size(width, height)
        inner = self.driver.execute_script("return window.innerWidth")
        if inner != width:
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def speed_up_timers(self, factor: int) -> None:
        """Makes setInterval and setTimeout of the pages loaded from now on `factor` times faster,
        so that a script that polls once a minute polls every 60/`factor` seconds."""
        self._step(f"speed up timers {factor}×")
        source = ("(function (f) { var si = window.setInterval, st = window.setTimeout;"
                  " window.setInterval = function (fn, ms) { var rest = [].slice.call(arguments, 2);"
                  "   return si.apply(window, [fn, Math.max(1, (ms || 0) / f)].concat(rest)); };"
                  " window.setTimeout = function (fn, ms) { var rest = [].slice.call(arguments, 2);"
                  "   return st.apply(window, [fn, Math.max(0, (ms || 0) / f)].concat(rest)); };"
                  f"}})({int(factor)});")
        result = self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})
        self.injected_scripts.append(result["identifier"])

    def js(self, script: str, *arguments):
        """Runs JavaScript in the page and returns its result."""
        self._step(f"run script “{_short(script)}”")
        return self.driver.execute_script(script, *arguments)

    def shot(self, label: str) -> Path:
        """Saves a screenshot now, in addition to the one at the end of the scenario."""
        self._step(f"screenshot {label}")
        return self.scenario.shot(self, label)

    # -- checks after every page

    @property
    def path(self) -> str:
        url = self.driver.current_url
        return url[len(self.scenario.url):] if url.startswith(self.scenario.url) else url

    def _where(self) -> str:
        return f"{self.path} (“{self.driver.title}”)"

    def check_page(self, status: int | None = None) -> None:
        """Fails on an error page other than the expected `status`, on console problems and on server errors."""
        error = self.driver.execute_script(
            "var c = document.querySelector('.error-page .error-code');"
            "return c ? [c.textContent.trim(), document.querySelector('.error-page').innerText] : null")
        if error and (status is None or error[0] != str(status)):
            raise StepFailed(f"{self.path} shows error {error[0]}: {_fold(error[1])}")
        if status is not None and not error:
            raise StepFailed(f"expected the error page {status} at {self.path}, got “{self.driver.title}”")
        self.check_console()
        self.check_server()

    def check_console(self) -> None:
        """Fails on JavaScript errors, console.error, CSP violations and 5xx or failed requests."""
        problems = []
        for entry in self.driver.get_log("browser"):
            message, source = entry.get("message", ""), entry.get("source", "")
            if source == "network":
                # A page answering 4xx is visited on purpose (error pages, refused forms), and Chromium
                # asks for /favicon.ico; a stylesheet, script, image or script request must not fail.
                url = message.split(" ", 1)[0]
                path = urllib.parse.urlsplit(url).path
                page = "." not in path.rsplit("/", 1)[-1] and not path.startswith(("/api/", "/feed/"))
                if re.search(r"status of 4\d\d", message) and (page or path == "/favicon.ico"):
                    continue
                problems.append(f"network: {message}")
            elif entry.get("level") == "SEVERE" or source in ("javascript", "security"):
                problems.append(f"{source or entry.get('level')}: {message}")
        if problems:
            raise StepFailed(f"the browser console on {self.path} reports:\n      " + "\n      ".join(problems))

    def check_server(self) -> None:
        errors = self.scenario.run.new_server_errors()
        if errors:
            raise StepFailed("the server logged errors:\n      " + "\n      ".join(errors))


# --- small helpers --------------------------------------------------------------------------------------

def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _short(text: str, limit: int = 50) -> str:
    text = _fold(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _new_page_loaded(driver) -> bool:
    return driver.execute_script("return !window.__treffpunktOldPage && document.readyState === 'complete'")


_FILL = """
var fields = document.querySelectorAll(arguments[0]);
for (var i = 0; i < fields.length; i++) {
  var field = fields[i];
  if (field.getClientRects().length === 0 || field.disabled || field.readOnly) continue;
  field.focus();
  field.value = arguments[1];
  field.dispatchEvent(new Event('input', {bubbles: true}));
  field.dispatchEvent(new Event('change', {bubbles: true}));
  return true;
}
return false;
"""

_FIND_CLICKABLE = """
var label = arguments[0], scope = arguments[1];
var roots = scope ? document.querySelectorAll(scope) : [document];
var fold = function (s) { return (s || '').replace(/\\s+/g, ' ').trim(); };
for (var r = 0; r < roots.length; r++) {
  var candidates = roots[r].querySelectorAll('button, a, input[type=submit], summary');
  for (var i = 0; i < candidates.length; i++) {
    var e = candidates[i];
    var names = [fold(e.innerText), e.getAttribute('title'), e.getAttribute('aria-label'),
                 e.tagName === 'INPUT' ? e.value : null];
    if (names.indexOf(label) >= 0 && e.getClientRects().length > 0) return e;
  }
}
return null;
"""

# The innermost elements that reach past the right edge of the page or whose content spills out
# sideways, for the failure message.
_WIDE_ELEMENTS = """
var limit = arguments[0], found = [];
function sticksOut(e) {
  var r = e.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  if (r.right > limit + 0.5) return true;
  return e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0;
}
document.querySelectorAll('body *').forEach(function (e) {
  if (!sticksOut(e) || e.getBoundingClientRect().right < 0) return;
  for (var c = e.firstElementChild; c; c = c.nextElementSibling) { if (sticksOut(c)) return; }
  var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
             (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  found.push(name + ' (' + Math.round(Math.max(e.getBoundingClientRect().right, e.getBoundingClientRect().left + e.scrollWidth)) +
             ' px: “' + (e.innerText || '').trim().slice(0, 40) + '”)');
});
return found.slice(0, 8);
"""
