"""How the pages fit a phone: at 360 px nothing may stick out sideways."""

from framework import StepFailed, scenario

LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
LONG_LINK = "https://intranet.musterfirma.example/abteilungen/vertrieb/protokolle/2026/quartalsplanung-" + "x" * 40


@scenario("pages fit a 360 px wide screen")
def narrow_screen(s):
    anna, ben = s.member("anna"), s.member("ben")
    s.make_friends(anna, ben)
    anna.visit("/settings/profile")
    anna.fill("bio", f"Mehr über mich: {LONG_LINK}")
    anna.fill("position", "Leiterin Nachhaltigkeitsberichterstattung")
    anna.fill("department", "Vertrieb und Kundenbetreuung")
    anna.submit('main form button[type="submit"]')
    anna.expect_flash("success")
    tag = s.unique("nachhaltigkeitsberichterstattung")
    post_id = anna.post(f"Lange Wörter wie {LONG_WORD} und Links wie {LONG_LINK} #{tag}", visibility="friends")
    ben.comment(post_id, f"Ein Kommentar mit {LONG_WORD}{LONG_WORD}")
    ben.post("Auf die Pinnwand!", visibility="friends", wall_of=anna)
    ben.visit(f"/posts/{post_id}")
    ben.react(post_id, "love")

    anna.resize(360, 780)
    pages = ["/", anna.profile, ben.profile, f"/posts/{post_id}", "/friends", f"/search?q={tag}",
             f"/search?q=Test{s.number}", f"/tags/{tag}", "/notifications", "/settings/profile", "/settings/account",
             "/settings/posting", "/settings/tokens", "/people", "/public", "/admin/invitations"]
    too_wide = []
    for path in pages:
        # Only administrators see the invitations page.
        status = None if path != "/admin/invitations" or "Einladungen" in anna.text("header nav") else 403
        anna.visit(path, status=status)
        try:
            anna.expect_no_horizontal_overflow()
        except StepFailed as failure:
            too_wide.append(str(failure))
            anna.shot(f"too-wide-{path}")
    anna.visit("/")
    anna.shot("home-360")

    # Logged out too: the login and registration forms.
    anna.logout()
    for path in ["/login", "/register"]:
        anna.visit(path)
        anna.expect_no_horizontal_overflow()
    if too_wide:
        raise StepFailed("\n".join(too_wide))
