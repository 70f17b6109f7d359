"""Wikis in the browser: two people edit the same page at once and the second gets the conflict view
instead of losing text; old revisions are compared and restored."""

from selenium.webdriver.common.by import By

from framework import StepFailed, scenario


def _body(browser) -> str:
    """What the page's text field holds now (a textarea's value is not part of the visible text)."""
    return browser.driver.find_element(By.NAME, "body").get_attribute("value").replace("\r\n", "\n")


def _expect_diff_line(browser, kind: str, text: str) -> None:
    """Checks that one of the diff's `kind` (added or removed) lines reads `text`."""
    browser.scenario.step(f"{browser.name}: expect the {kind} line “{text}” in the diff")
    lines = [e.text.strip() for e in browser.driver.find_elements(By.CSS_SELECTOR, f".wiki-diff .diff-{kind}")]
    if not any(line.endswith(text) for line in lines):
        raise StepFailed(f"no {kind} line “{text}” in the diff: {lines}")


@scenario("wiki edit conflict")
def wiki_edit_conflict(s):
    anna, ben = s.member("anna"), s.member("ben")
    title = f"Drucker {s.unique('drucker')}"

    anna.visit("/wiki")
    anna.press("Neue Seite")
    anna.fill("title", title)
    anna.fill("body", "Drucken über Follow-me.\nPapierstau: Ticket an die [[IT-Hilfe]].")
    anna.fill("note", "Erste Fassung")
    anna.press("Seite anlegen")
    anna.expect_text("Die Seite wurde angelegt.")
    page = anna.path
    anna.expect_visible(".wiki-text a.wiki-missing")

    # Both open the edit form of the same revision.
    ben.visit(page)
    ben.press("Bearbeiten")
    anna.press("Bearbeiten")

    anna.fill("body", "Drucken über Follow-me.\nPapierstau: Ticket an die [[IT-Hilfe]].\nToner liegt im Lager.")
    anna.fill("note", "Toner ergänzt")
    anna.press("Speichern")
    anna.expect_text("Die Änderungen wurden gespeichert.")

    bens_text = "Drucken über Follow-me mit dem Ausweis.\nPapierstau: Ticket an die [[IT-Hilfe]]."
    ben.fill("body", bens_text)
    ben.press("Speichern")
    ben.expect_text("Bearbeitungskonflikt")
    ben.expect_text("Toner liegt im Lager.", within=".wiki-theirs")
    ben.expect_text(anna.display_name, within=".wiki-conflict")
    _expect_diff_line(ben, "removed", "Toner liegt im Lager.")
    _expect_diff_line(ben, "added", "Drucken über Follow-me mit dem Ausweis.")
    if _body(ben) != bens_text:
        raise StepFailed(f"Ben's own text is not kept in the form: {_body(ben)!r}")
    ben.shot("conflict view")

    # Ben merges both and saves on top of Anna's revision.
    ben.fill("body", bens_text + "\nToner liegt im Lager.")
    ben.fill("note", "Zusammengeführt")
    ben.press("Speichern")
    ben.expect_text("Die Änderungen wurden gespeichert.")
    ben.expect_text("Drucken über Follow-me mit dem Ausweis.", within=".wiki-text")
    ben.expect_text("Toner liegt im Lager.", within=".wiki-text")
    ben.expect_text("Version 3", within=".wiki-history")

    # Anna compares the first and the last revision and restores the first.
    anna.visit(page)
    oldest = anna.driver.find_elements(By.CSS_SELECTOR, '.wiki-compare select[name="from"] option')[-1].get_attribute("value")
    anna.choose("from", oldest, within=".wiki-compare")
    anna.press("Vergleichen")
    anna.expect_text("Version 1 → Version 3")
    _expect_diff_line(anna, "removed", "Drucken über Follow-me.")
    _expect_diff_line(anna, "added", "Toner liegt im Lager.")
    anna.press("Zurück zur Seite")
    anna.press("Wiederherstellen – Version 1")
    anna.expect_text("Version 1 wurde wiederhergestellt.")
    anna.expect_text("Wiederhergestellt aus Version 1", within=".wiki-history")
    anna.expect_no_text("Toner liegt im Lager.", within=".wiki-text")

    # The page is found in search.
    anna.search(title)
    anna.expect_visible(f'a[href="{page}"]')
