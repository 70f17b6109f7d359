"""Accounts in the browser: registration, logging in and out, the language of the pages."""

from framework import scenario


@scenario("register and log in", order=0)
def register_and_log_in(s):
    # The first account of an empty database is an ordinary member like any other: only the one-time
    # address the server printed at its start makes an administrator. (Against a used database, e.g. by
    # hand with --suffix, or without the server's log there is no such address.)
    setup = s.run.setup_address()
    # A free registration: a guest, before any administrator exists to make anyone an employee.
    anna = s.member("anna", employee=False)
    anna.expect_text(f"Willkommen bei Treffpunkt, {anna.display_name}!")
    anna.expect_text("Newsfeed", within="main h1")
    anna.expect_no_text("Einladungen", within="header nav")
    if setup:
        chefin = s.browser("chefin")
        chefin.register(form_path=setup)
        chefin.expect_text("Einladungen", within="header nav")
        chefin.visit(chefin.profile)
        chefin.expect_text("Administrator/in", within="article.profile")

    anna.logout()
    anna.expect_text("Sie sind abgemeldet. Bis bald!")
    anna.visit("/")
    anna.expect_path("/login")                # the newsfeed sends visitors to the login

    anna.visit("/login")
    anna.fill("identifier", anna.username)
    anna.fill("password", "not-the-password")
    anna.submit('form[action="/login"] button[type="submit"]')
    anna.expect_text("Benutzername oder Passwort ist falsch.")

    anna.login()
    anna.expect_text("Sie sind angemeldet.")
    anna.expect_text("Newsfeed", within="main h1")

    ben = s.member("ben")
    ben.expect_no_text("Einladungen", within="header nav")
    ben.visit("/admin/invitations", status=403)


@scenario("switch the language to English and back")
def language(s):
    anna = s.member("anna")
    anna.visit("/friends")
    anna.expect_text("Abmelden", within="header nav")
    anna.expect_text("Freundschaftsanfragen an Sie")

    anna.switch_language("en")
    anna.expect_text("The language is now English.")
    anna.expect_text("Log out", within="header nav")
    anna.expect_no_text("Abmelden")
    anna.expect_text("Friend requests to you")          # back on the page it was switched on
    anna.visit("/")
    anna.expect_text("What's new?", within="#composer")

    # The choice belongs to the account: it holds after logging out and in again.
    anna.logout()
    anna.login()
    anna.expect_text("Log out", within="header nav")

    anna.switch_language("de")
    anna.expect_text("Die Sprache ist jetzt Deutsch.")
    anna.expect_text("Abmelden", within="header nav")
    anna.expect_no_text("Log out")
    anna.expect_text("Was gibt es Neues?", within="#composer")
