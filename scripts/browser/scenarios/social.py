"""The social network in the browser: friendships, who sees a post, comments and reactions, the
Pinnwand, search, the newsfeed's live updates and its "new posts" notice."""

from framework import scenario


@scenario("send and accept a friendship")
def friendship(s):
    anna, ben = s.member("anna"), s.member("ben")

    anna.visit(ben.profile)
    anna.press("Als Freund hinzufügen")
    anna.expect_text("Freundschaftsanfrage gesendet.")
    anna.expect_text("Anfrage gesendet", within=".relationship")

    ben.visit("/notifications")
    ben.expect_text(f"{anna.display_name} möchte mit Ihnen befreundet sein.")
    ben.visit("/friends")
    ben.expect_text(anna.display_name, within="main div > section:nth-of-type(1)")
    ben.press("Annehmen", within="main div > section:nth-of-type(1)")
    ben.expect_text("Sie sind jetzt befreundet.")
    ben.expect_text("Keine offenen Anfragen.", within="main div > section:nth-of-type(1)")
    ben.expect_text(anna.display_name, within="main div > section:nth-of-type(3)")

    anna.visit(ben.profile)
    anna.expect_text("Ihr Freund / Ihre Freundin", within=".relationship")
    anna.visit("/notifications")
    anna.expect_text(f"{ben.display_name} hat Ihre Freundschaftsanfrage angenommen.")


@scenario("a friends-only post reaches friends and nobody else")
def friends_only_post(s):
    anna, ben, carl = s.member("anna"), s.member("ben"), s.member("carl")
    s.make_friends(anna, ben)
    text = f"Nur für Freunde: Grillfest am Freitag bei mir, {s.unique('grillfest')}"
    post_id = anna.post(text, visibility="friends")
    anna.expect_text("Nur Freunde", within=f"#post-{post_id} .post-meta")

    ben.visit("/")
    ben.expect_text(text, within=".post-list")
    ben.visit(f"/posts/{post_id}")
    ben.expect_text(text)

    carl.visit("/")
    carl.expect_no_text(text)
    carl.visit(anna.profile)
    carl.expect_no_text(text)
    carl.visit(f"/posts/{post_id}", status=404)
    carl.expect_text("Seite nicht gefunden")
    carl.expect_no_text(text)


@scenario("comment and react")
def comment_and_react(s):
    anna, ben = s.member("anna"), s.member("ben")
    text = f"Wer kommt mit zum Sommerfest? {s.unique('sommerfest')}"
    post_id = anna.post(text, visibility="members")

    ben.comment(post_id, "Ich bin dabei und bringe Kuchen mit!")
    ben.expect_text("Ich bin dabei und bringe Kuchen mit!", within="#comments")
    ben.expect_text("1 Kommentar", within=f"#post-{post_id} .post-counts")
    ben.react(post_id, "celebrate")
    ben.expect_text("🎉 1", within=f"#post-{post_id} .reaction-summary")
    ben.expect_visible(f'#post-{post_id} button[value="celebrate"][aria-pressed="true"]')

    anna.visit("/")
    anna.expect_text("1 Kommentar", within=f"#post-{post_id} .post-counts")
    anna.expect_text("🎉 1", within=f"#post-{post_id} .post-counts")
    anna.react(post_id, "like")                       # from the newsfeed, which stays open
    anna.expect_path("/")
    anna.expect_text("👍 1 🎉 1", within=f"#post-{post_id} .reaction-summary")
    anna.visit("/notifications")
    anna.expect_text(f"{ben.display_name} hat kommentiert.")
    anna.expect_text(f"{ben.display_name} hat auf Ihren Beitrag reagiert.")

    # Taking a reaction back lowers the count again.
    ben.visit(f"/posts/{post_id}")
    ben.press("Reaktion zurücknehmen", within=f"#post-{post_id}")
    ben.expect_text("👍 1", within=f"#post-{post_id} .reaction-summary")
    ben.expect_no_text("🎉", within=f"#post-{post_id} .post-counts")


@scenario("write on a friend's Pinnwand; the owner removes it")
def pinnwand(s):
    anna, ben, carl = s.member("anna"), s.member("ben"), s.member("carl")
    s.make_friends(ben, anna)
    text = f"Alles Gute zum Geburtstag, Anna! {s.unique('geburtstag')}"

    ben.visit(anna.profile)
    ben.expect_text(f"Etwas an die Pinnwand von {anna.display_name} schreiben", within="#composer")
    post_id = ben.post(text, visibility="friends", wall_of=anna)
    ben.expect_path(anna.profile)
    ben.expect_text(f"auf der Pinnwand von {anna.display_name}", within=f"#post-{post_id}")

    carl.visit(anna.profile)                          # no friend: no form, no friends-only wall post
    carl.expect_no_text("Etwas an die Pinnwand")
    carl.expect_no_text(text)

    anna.visit("/notifications")
    anna.expect_text(f"{ben.display_name} hat auf Ihre Pinnwand geschrieben.")
    anna.visit(anna.profile)
    anna.expect_text(text, within=".profile-posts")
    anna.press("Entfernen", within=f"#post-{post_id}")
    anna.expect_text("Beitrag gelöscht.")
    anna.visit(anna.profile)
    anna.expect_no_text(text)
    ben.visit(anna.profile)
    ben.expect_no_text(text)


@scenario("search people, posts and hashtags; friends-only stays hidden")
def search(s):
    anna, ben = s.member("anna", display_name=f"Anna Suchbeispiel{s.number}"), s.member("ben")
    tag = s.unique("sommerfest")
    word = s.unique("kuchenbuffet")
    secret = s.unique("geheimplan")
    anna.post(f"Planung für das #{tag}: wer hilft beim {word}?", visibility="members")
    anna.post(f"Der {secret} für die Überraschungsfeier", visibility="friends")

    ben.search(f"Suchbeispiel{s.number}")
    ben.expect_text(anna.display_name, within="#search-people")
    ben.expect_text(f"@{anna.username}", within="#search-people")

    ben.search(word)
    ben.expect_text(f"wer hilft beim {word}", within="#search-posts")

    ben.search(f"#{tag}")
    ben.expect_text(f"#{tag}", within="#search-hashtags")
    ben.press(f"#{tag}", within="#search-hashtags")
    ben.expect_text(f"Beiträge mit #{tag}", within="main h1")
    ben.expect_text(word, within=".post-list")

    ben.search(secret)                                # friends-only, and ben is no friend
    ben.expect_text("Nichts gefunden.", within="#search-nothing")
    ben.expect_no_text(secret, within="main")
    anna.search(secret)                               # its author finds it
    anna.expect_text(f"Der {secret} für die Überraschungsfeier", within="#search-posts")


def without_live_connection(browser):
    """Pages loaded from now on have no WebSocket, as in a browser or network that does not pass it:
    live.js gives up at once and the newsfeed falls back on its notice."""
    result = browser.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": "delete window.WebSocket;"})
    browser.injected_scripts.append(result["identifier"])


@scenario("the newsfeed shows a notice when friends post (without a live connection)")
def new_posts_notice(s):
    anna, ben = s.member("anna"), s.member("ben")
    s.make_friends(anna, ben)
    anna.post("Guten Morgen zusammen!", visibility="friends")
    without_live_connection(anna)

    # feed.js asks /feed/new-count when the page becomes visible again; nothing new yet.
    anna.visit("/")
    anna.expect_hidden("#new-posts")
    anna.js("document.dispatchEvent(new Event('visibilitychange'))")
    anna.js("return new Promise(function (done) { setTimeout(done, 500); })")
    anna.expect_hidden("#new-posts")

    first = f"Frische Brötchen in der Küche! {s.unique('broetchen')}"
    ben.post(first, visibility="friends")
    anna.js("document.dispatchEvent(new Event('visibilitychange'))")
    anna.expect_visible("#new-posts")
    anna.expect_no_text(first)                        # the notice, not the post itself
    anna.press("Neue Beiträge – jetzt anzeigen")
    anna.expect_text(first, within=".post-list")
    anna.expect_hidden("#new-posts")

    # And on its own, once a minute: timers sped up 600×, so a minute passes in 0.1 s.
    anna.speed_up_timers(600)
    anna.visit("/")
    second = f"Die Kaffeemaschine ist repariert. {s.unique('kaffee')}"
    ben.post(second, visibility="friends")
    anna.expect_visible("#new-posts")


@scenario("a friend's new post appears live in the open newsfeed and on his profile, and goes when deleted")
def live_newsfeed(s):
    anna, ben = s.member("anna"), s.member("ben")
    s.make_friends(anna, ben)
    own = anna.post(f"Mein Beitrag für den Zähler {s.unique('zaehler')}", visibility="friends")

    anna.visit("/")
    anna.expect_visible('html[data-live="open"]')
    anna.js("window.__treffpunktSamePage = true")     # gone if the page were loaded again

    text = f"Live aus der Werkhalle: die neue Presse läuft! {s.unique('presse')}"
    post_id = ben.post(text, visibility="friends")
    anna.expect_text(text, within=f".post-list #post-{post_id}")
    if not anna.js("return window.__treffpunktSamePage === true"):
        raise AssertionError("the newsfeed was reloaded instead of updated")
    if anna.js("return document.querySelectorAll('#post-' + arguments[0]).length", str(post_id)) != 1:
        raise AssertionError("the new post shows more than once")
    first_card = anna.js("return document.querySelector('.post-list article.post').id")
    if first_card != f"post-{post_id}":
        raise AssertionError(f"the new post is not on top (the first card is {first_card})")
    anna.expect_hidden("#new-posts")

    # Ben's reaction to anna's post raises her notification badge, also without a reload.
    before = int(anna.js("var b = document.getElementById('unread-notifications'); return b ? b.textContent : '0'") or 0)
    ben.react(own)
    anna.expect_text(str(before + 1), within="#unread-notifications")

    # Ben's profile, open in anna's window, shows his next post live too.
    anna.visit(ben.profile)
    anna.expect_visible('html[data-live="open"]')
    anna.js("window.__treffpunktSamePage = true")
    later = f"Nachtrag: die Presse schafft 40 Teile pro Minute. {s.unique('nachtrag')}"
    later_id = ben.post(later, visibility="friends")
    anna.expect_text(later, within=f".profile-posts #post-{later_id}")
    if not anna.js("return window.__treffpunktSamePage === true"):
        raise AssertionError("ben's profile was reloaded instead of updated")

    anna.expect_visible(f".profile-posts #post-{post_id}")
    ben.visit(f"/posts/{post_id}")
    ben.press("Löschen", within=f"#post-{post_id}")
    gone = anna.js(
        "var id = 'post-' + arguments[0], started = Date.now();"
        "return new Promise(function (done) { (function wait() {"
        "  if (!document.getElementById(id)) return done(true);"
        "  if (Date.now() - started > 5000) return done(false);"
        "  setTimeout(wait, 100); })(); })", str(post_id))
    if not gone:
        raise AssertionError("the deleted post is still in anna's newsfeed after 5 s")
    if not anna.js("return window.__treffpunktSamePage === true"):
        raise AssertionError("the newsfeed was reloaded instead of updated")
