"""Company pages in the browser: an administrator creates a page and names a moderator, a member rates
it, cannot rate it twice, and the moderator answers publicly."""

from framework import scenario


@scenario("rate a company page")
def rate_company_page(s):
    petra = s.admin("petra")
    rita, mona = s.member("rita"), s.member("mona")
    slug = s.unique("beispielfirma")
    name = f"Beispielfirma {slug}"

    petra.visit("/c")
    petra.fill("name", name, within="#create-page")
    petra.fill("slug", slug, within="#create-page")
    petra.fill("owner", petra.username, within="#create-page")
    petra.press("Seite anlegen")
    petra.expect_text("Die Seite ist angelegt.")
    petra.expect_path(f"/c/{slug}")
    petra.press("Seite bearbeiten")
    petra.fill("member", mona.username, within="#grant-role")
    petra.choose("role", "moderator", within="#grant-role")
    petra.press("Rolle vergeben")
    petra.expect_text("Die Rolle ist vergeben.")
    petra.expect_text(mona.display_name, within=".page-team")

    # A member finds the page by name and gives it four stars.
    rita.visit("/c")
    rita.fill("q", slug)
    rita.press("Suchen")
    rita.press(name)
    rita.expect_path(f"/c/{slug}")
    rita.expect_text("Noch keine Bewertungen.", within=".page-reviews")
    rita.submit('label[for="stars-4"]', navigates=False)
    rita.fill("text", "Freundliches Team und schnelle Antworten.", within="#review-form")
    rita.press("Bewertung abgeben")
    rita.expect_text("Danke für Ihre Bewertung!")
    rita.expect_text("4,0 von 5 Sternen (1 Bewertung)", within=".page-reviews")
    rita.expect_text("Freundliches Team und schnelle Antworten.", within=".review-list")
    rita.expect_text("Bewertung ändern", within="#review-form")

    # The first review's form, still open in another tab, sent again: refused, the review to edit shown.
    rita.js("var f = document.getElementById('review-form'); f.action = f.action.replace('/reviews/mine', '/reviews')")
    rita.fill("text", "Noch eine Bewertung", within="#review-form")
    rita.press("Bewertung ändern")
    rita.expect_text("Sie haben diese Seite bereits bewertet – Sie können Ihre Bewertung bearbeiten.")
    rita.expect_text("1 Bewertung", within=".page-reviews")
    rita.expect_no_text("Noch eine Bewertung")

    # The moderator answers; everyone sees the answer under the review.
    mona.visit(f"/c/{slug}")
    mona.expect_text("Ihre Rolle: Moderation")
    mona.fill("reply", "Danke für das Lob!", within=".review-reply-form")
    mona.press("Antwort speichern")
    mona.expect_text("Die Antwort ist gespeichert.")
    rita.visit(f"/c/{slug}")
    rita.expect_text("Danke für das Lob!", within=".review-reply")
    s.shot(rita, "reviewed")
