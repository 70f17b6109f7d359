"""Forums in the browser: a question asked, answered with a quote, and the answer accepted."""

from framework import scenario


@scenario("forum question gets an accepted answer")
def accepted_answer(s):
    anna = s.admin("anna")
    lena, kai = s.member("lena"), s.member("kai")
    category = f"IT-Fragen {s.unique('it')}"

    # An administrator opens a category in the company-wide forum.
    anna.visit("/forums")
    anna.fill("name", category)
    anna.press("Kategorie anlegen")
    anna.expect_text("Die Kategorie wurde angelegt.")
    category_path = anna.path

    # Lena asks.
    title = f"VPN verbindet nicht {s.unique('vpn')}"
    lena.visit("/forums")
    lena.press(category)
    lena.fill("title", title, within="#new-topic")
    lena.fill("body", "Seit gestern meldet der Client **Zertifikat abgelaufen**.", within="#new-topic")
    lena.press("Thema eröffnen")
    lena.expect_text("Das Thema wurde eröffnet.")
    lena.expect_text("Zertifikat abgelaufen", within="#topic .post-text")
    topic = lena.path

    # Kai sees it as new, quotes the question and answers below the quote.
    kai.visit(category_path)
    kai.expect_text("neu", within=".forum-topics")
    kai.press(title)
    kai.press("Zitieren", within="#topic")
    quote = kai.js("return document.querySelector('#reply-form textarea').value")
    if f"> **{lena.display_name}** schrieb:" not in quote or "Zertifikat abgelaufen" not in quote:
        raise AssertionError(f"the reply form does not hold the quote: {quote!r}")
    kai.fill("body", quote + "Einmal im Büro anmelden und im VPN-Client *Zertifikat aktualisieren* wählen.",
             within="#reply-form")
    kai.press("Antwort senden")
    kai.expect_text("Ihre Antwort wurde gespeichert.")
    kai.expect_text(f"{lena.display_name} schrieb:", within=".forum-replies blockquote")
    kai.expect_text("Zertifikat aktualisieren", within=".forum-replies")
    kai.expect_no_text("Als Antwort akzeptieren")

    # Lena marks the answer as accepted: it is shown first and the topic is solved.
    lena.visit(topic)
    lena.press("Als Antwort akzeptieren", within=".forum-replies")
    lena.expect_text("Die Antwort ist als Lösung markiert.")
    lena.expect_text("Akzeptierte Antwort", within="#accepted-answer")
    lena.expect_text("Zertifikat aktualisieren", within="#accepted-answer")
    lena.expect_text("gelöst", within="#topic h1")
    kai.visit(category_path)
    kai.expect_text("gelöst", within=".forum-topics")

    # The question is found by search.
    kai.visit(f"/search?q={title.replace(' ', '+')}")
    kai.expect_text(title)
