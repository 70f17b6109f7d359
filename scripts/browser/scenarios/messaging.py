"""Messaging in the browser: two members in two windows chat; a message appears in the other's open chat
live, without a reload, "… schreibt …" shows while someone types, and the sender sees who read it."""

from framework import scenario


def _expect_same_page(browser) -> None:
    if not browser.js("return window.__treffpunktSamePage === true"):
        raise AssertionError(f"{browser.name}'s chat was reloaded instead of updated")


@scenario("a chat message appears live in the other window, with typing indicator and read receipt")
def live_chat(s):
    anna, ben = s.member("anna"), s.member("ben")

    # From Ben's profile to the one-to-one chat.
    anna.visit(ben.profile)
    anna.press("Nachricht senden")
    chat = anna.path
    ben.visit(chat)
    for browser in (anna, ben):
        browser.expect_visible('html[data-live="open"]')
        browser.js("window.__treffpunktSamePage = true")     # gone if the page were loaded again

    # Anna types: Ben sees it.
    anna.fill("text", "Hallo Ben, kommst du")
    ben.expect_text(f"{anna.display_name} schreibt", within="#chat-typing")

    text = f"Hallo Ben, kommst du zur Messe? {s.unique('messe')}"
    anna.fill("text", text)
    anna.press("Senden", within="#chat-composer", navigates=False)
    ben.expect_text(text, within="#chat-messages")
    anna.expect_text(text, within="#chat-messages")
    if anna.js("return document.querySelector('#chat-composer textarea').value") != "":
        raise AssertionError("the composer was not emptied after sending")
    _expect_same_page(ben)
    _expect_same_page(anna)

    # Ben's open chat reads it, and Anna's window shows so.
    anna.expect_text(f"Gelesen von {ben.display_name}", within="#chat-messages")

    answer = f"Ja, Dienstag bin ich da. {s.unique('dienstag')}"
    ben.fill("text", answer)
    ben.press("Senden", within="#chat-composer", navigates=False)
    anna.expect_text(answer, within="#chat-messages")
    _expect_same_page(anna)
    s.shot(ben, "chat")

    # Someone else gets no glimpse of the chat.
    s.member("carl").visit(chat, status=404)

    # On a phone's width, nothing sticks out.
    anna.resize(360)
    for path in ("/messages", chat, f"/messages/search?q={s.unique('messe')}"):
        anna.visit(path)
        anna.expect_no_horizontal_overflow()
    anna.expect_text(text, within=".chat-search-results")


@scenario("a group chat is started by username; renaming it and adding someone shows live")
def group_chat(s):
    anna, ben, carl = s.member("anna"), s.member("ben"), s.member("carl")
    anna.visit("/messages")
    anna.fill("usernames", ben.username, within="#new-chat")
    anna.fill("name", "Messeteam", within="#new-chat")
    anna.press("Unterhaltung beginnen")
    chat = anna.path
    anna.expect_text("Messeteam", within="h1")

    ben.visit(chat)
    ben.expect_visible('html[data-live="open"]')
    ben.js("window.__treffpunktSamePage = true")
    anna.press("Gruppe verwalten", navigates=False)
    anna.fill("name", f"Messeteam Stuttgart {s.unique('stuttgart')}", within=".chat-settings")
    anna.press("Umbenennen")
    ben.expect_text(f"Messeteam Stuttgart {s.unique('stuttgart')}", within="h1")
    anna.press("Gruppe verwalten", navigates=False)
    anna.fill("usernames", carl.username, within=".chat-settings")
    anna.press("Hinzufügen")
    ben.expect_text(carl.display_name, within="#chat-people")
    _expect_same_page(ben)
    carl.visit("/messages")
    carl.expect_text(f"Messeteam Stuttgart {s.unique('stuttgart')}", within="#chat-list")
