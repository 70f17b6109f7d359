"""Spaces in the browser: a closed space joined after an admin's approval, its feed reaching the
members' newsfeeds, and a secret space that outsiders cannot find."""

from framework import scenario


@scenario("join a closed space after approval")
def closed_space_approval(s):
    claudia, oliver, kai = s.member("claudia"), s.member("oliver"), s.member("kai")
    name = f"Qualitätszirkel {s.unique('qz')}"

    claudia.visit("/spaces")
    claudia.fill("name", name, within="#new-space")
    claudia.fill("description", "Verbesserungsvorschläge aus Produktion und Prüfung", within="#new-space")
    claudia.choose("access", "closed", within="#new-space")
    claudia.press("Raum anlegen")
    claudia.expect_text("Der Raum wurde angelegt.")
    space = claudia.driver.current_url.split(s.url, 1)[1]
    claudia.expect_text("Geschlossen", within=".space-header")

    oliver.visit("/spaces")
    oliver.press(name)
    oliver.expect_text("Die Beiträge dieses Raums sehen nur seine Mitglieder.")
    oliver.fill("message", "Ich prüfe gern mit.")
    oliver.press("Beitritt anfragen")
    oliver.expect_text("Ihre Anfrage wurde gesendet.")
    oliver.expect_text("Ihre Beitrittsanfrage wartet auf die Admins.")

    claudia.visit(space)
    claudia.expect_text(oliver.display_name, within=".space-requests")
    claudia.expect_text("Ich prüfe gern mit.", within=".space-requests")
    claudia.press("Aufnehmen", within=".space-requests")
    claudia.expect_text("Die Person wurde aufgenommen.")
    claudia.expect_no_text("Offene Beitrittsanfragen")

    text = f"Neue Messschieber sind kalibriert, {s.unique('messschieber')}"
    oliver.visit(space)
    oliver.expect_text("Raum verlassen")
    oliver.fill("text", text, within="#composer")
    oliver.submit('#composer button[type="submit"]')
    oliver.expect_flash("success")
    oliver.expect_path(space)
    oliver.expect_text(text, within=".post-list")
    oliver.expect_text("Nur Mitglieder des Raums", within=".post-list")

    # The member's post reaches the admin's newsfeed, and no outsider's.
    claudia.visit("/")
    claudia.expect_text(text, within=".post-list")
    post_id = claudia.post_id(text)
    kai.visit("/")
    kai.expect_no_text(text)
    kai.visit(f"/posts/{post_id}", status=404)


@scenario("a secret space stays hidden from outsiders")
def secret_space(s):
    anna, thomas, kai = s.member("anna"), s.member("thomas"), s.member("kai")
    name = f"Führungskreis {s.unique('fk')}"
    anna.visit("/spaces")
    anna.fill("name", name, within="#new-space")
    anna.choose("access", "secret", within="#new-space")
    anna.press("Raum anlegen")
    space = anna.driver.current_url.split(s.url, 1)[1]

    kai.visit("/spaces")
    kai.expect_no_text(name)
    kai.visit(space, status=404)

    anna.visit(space)
    anna.fill("username", s.username("thomas"))
    anna.press("Einladen")
    anna.expect_text("Die Einladung wurde verschickt.")
    thomas.visit("/spaces")
    thomas.expect_text(name, within=".space-section")
    thomas.press(name)
    thomas.expect_text("Sie wurden in diesen Raum eingeladen.")
    thomas.press("Einladung annehmen")
    thomas.expect_text("Sie sind jetzt Mitglied des Raums.")
