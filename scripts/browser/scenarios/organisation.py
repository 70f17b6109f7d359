"""Organisation in the browser: the org chart with its person search, the directory and the CSV import."""

import tempfile
from pathlib import Path

from framework import StepFailed, scenario


def _option_value(browser, form: str, field: str, label: str) -> str:
    """The value of the option of a select whose text contains `label` (units are chosen by id)."""
    value = browser.js(
        "var o = [...document.querySelectorAll(arguments[0] + ' select[name=\"' + arguments[1] + '\"] option')]"
        ".find(o => o.textContent.includes(arguments[2])); return o ? o.value : null", form, field, label)
    if not value:
        raise StepFailed(f"no option “{label}” in {form} {field}")
    return value


def _create_unit(admin, name: str, kind: str, parent: str | None) -> str:
    admin.visit("/org/admin")
    admin.fill("name", name, within="#org-new-unit")
    admin.choose("kind", kind, within="#org-new-unit")
    if parent:
        admin.choose("parent_id", _option_value(admin, "#org-new-unit", "parent_id", parent), within="#org-new-unit")
    admin.submit("#org-new-unit button[type=submit]")
    admin.expect_flash("success")
    admin.visit("/org/admin")
    return _option_value(admin, "#org-new-unit", "parent_id", name)


def _place(admin, person, unit_id: str, manager=None, position: str = "") -> None:
    admin.visit("/org/admin")
    admin.fill("person", person.username, within="#org-placement")
    admin.choose("unit_id", unit_id, within="#org-placement")
    admin.fill("manager", manager.username if manager else "", within="#org-placement")
    admin.fill("position", position, within="#org-placement")
    admin.submit("#org-placement button[type=submit]")
    admin.expect_flash("success")


@scenario("org chart search")
def org_chart_search(s):
    olga = s.admin("olga", "Olga Obermann")
    karl = s.member("karl", "Karl Kaufmann")
    lena = s.member("lena", "Lena Lagerist")

    # An administrator sets up a company with a warehouse and places three people in a reporting line.
    company = s.unique("Musterwerk")
    company_id = _create_unit(olga, company, "company", None)
    warehouse_id = _create_unit(olga, s.unique("Lager"), "department", company)
    _place(olga, olga, company_id, position="Geschäftsführerin")
    _place(olga, karl, warehouse_id, manager=olga, position="Lagerleiter")
    _place(olga, lena, warehouse_id, manager=karl, position="Fachkraft Lagerlogistik")

    # Lena finds Karl: he is highlighted in the opened tree, with his manager and his team beside it.
    lena.visit("/org")
    lena.fill("q", karl.username)
    lena.submit("form.org-search button[type=submit]")
    lena.expect_visible(".org-person.is-focus")
    lena.expect_text("Karl Kaufmann", within=".org-person.is-focus")
    lena.expect_text("Lagerleiter", within=".org-person.is-focus")
    lena.expect_text("Olga Obermann", within=".org-focus .org-chain")
    lena.expect_text("Lena Lagerist", within=".org-focus .org-team")
    lena.expect_text("2 Personen", within=f"#unit-{warehouse_id} > details > summary")
    lena.expect_text("Leitung: Karl Kaufmann", within=f"#unit-{warehouse_id} > details > summary")
    lena.shot("karl found")

    # The warehouse folds up and opens again without leaving the page.
    lena.submit(f"#unit-{warehouse_id} > details > summary", navigates=False)
    lena.expect_hidden(".org-person.is-focus")
    lena.submit(f"#unit-{warehouse_id} > details > summary", navigates=False)
    lena.expect_visible(".org-person.is-focus")

    # His reporting line on a page of its own, and a name nobody has.
    lena.press("Karl Kaufmann", within=".org-person.is-focus")
    lena.expect_path(f"/org/people/{karl.username}")
    lena.expect_text("Olga Obermann", within=".org-chain")
    lena.visit("/org?q=" + s.unique("niemand"))
    lena.expect_text("Niemand im Organigramm heißt")
    lena.expect_hidden(".org-person.is-focus")

    # On a phone the chart stays within the screen.
    lena.resize(390)
    lena.visit(f"/org?person={karl.username}")
    lena.expect_visible(".org-person.is-focus")
    lena.expect_no_horizontal_overflow()


@scenario("directory finds a colleague by skill")
def directory_by_skill(s):
    mia = s.member("mia", "Mia Monteur")
    noah = s.member("noah", "Noah Neumann")
    skill = s.unique("Staplerschein")

    # Mia enters her skills in the settings; they show on her profile.
    mia.visit("/settings/skills")
    mia.fill("skills", f"{skill}, Schweißen")
    mia.submit('form[action="/settings/skills"] button[type=submit]')
    mia.expect_flash("success")
    mia.visit(mia.profile)
    mia.expect_text(skill, within="article.profile .profile-details")

    # Noah looks for the skill in the directory (any letter case) and finds her, and only her.
    noah.visit("/org/directory")
    noah.fill("skills", skill.upper())
    noah.submit("form.directory-filters button[type=submit]")
    noah.expect_text("Mia Monteur", within=".directory-results")
    noah.expect_no_text("Noah Neumann", within=".directory-results")
    noah.press(skill, within=".directory-results")
    noah.expect_text("Mia Monteur", within=".directory-results")
    noah.resize(390)
    noah.expect_no_horizontal_overflow()


IMPORT_FILE = Path(__file__).resolve().parents[3] / "Tests" / "OrganisationTests" / "Fixtures" / "mitarbeiter-200.csv"


@scenario("CSV import with preview")
def csv_import_with_preview(s):
    hedda = s.admin("hedda", "Hedda Hansen")
    max_ = s.member("max", "Max Mitglied")

    # Members may not import.
    max_.visit("/org/admin/import", status=403)

    # A file with a manager nobody knows: the preview names the row and offers no import.
    with tempfile.TemporaryDirectory() as folder:
        broken = Path(folder) / "fehlerhaft.csv"
        broken.write_text("Name;E-Mail;Stelle;Einheit;Vorgesetzte/r E-Mail\n"
                          f"Gösta Groß;{s.unique('goesta')}@beispiel.de;Monteur;Beispiel GmbH / Werk;unbekannt@beispiel.de\n",
                          encoding="utf-8")
        hedda.visit("/org/admin")
        hedda.press("Aus CSV importieren")
        hedda.attach("#import-file", str(broken))
        hedda.submit("#org-import-upload button[type=submit]")
    hedda.expect_text("0 neue Personen, 0 Aktualisierungen, 1 fehlerhafte Zeilen", within="#import-summary")
    hedda.expect_text("Vorgesetzte/r „unbekannt@beispiel.de“ ist weder in der Datei noch Mitglied.", within="#import-rows")
    hedda.expect_hidden("#org-import-confirm")

    # The HR export of 200 people (Windows-1252, semicolons): preview, then import.
    hedda.attach("#import-file", str(IMPORT_FILE))
    hedda.submit("#org-import-upload button[type=submit]")
    hedda.expect_text("200 Zeilen (gelesen als Windows-1252)", within="#import-summary")
    hedda.expect_text("0 fehlerhafte Zeilen", within="#import-summary")
    hedda.expect_text("Jörg Dürr", within="#import-rows")
    hedda.expect_text("Musterfirma GmbH / Standort Augsburg / Produktion / Frühschicht", within="#import-rows")
    hedda.shot("preview")
    hedda.submit("#org-import-confirm button[type=submit]")
    hedda.expect_flash("success")
    hedda.expect_path("/org/admin")
    hedda.expect_text("Import abgeschlossen", within=".flashes")
    hedda.expect_text("Standort Leipzig", within="#org-units")
    hedda.shot("imported")

    # The managing director's profile shows his name and position with their umlauts.
    hedda.visit("/@joerg.duerr")
    hedda.expect_text("Jörg Dürr")
    hedda.expect_text("Geschäftsführer")
