"""Blogs in the browser: a member writes a draft, schedules it, publishes it, and finds it on the blog,
in /blogs and in the blog's RSS feed; another member cannot see it before."""

import urllib.request
import xml.etree.ElementTree as ElementTree
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from framework import StepFailed, scenario


@scenario("blog draft, schedule, publish and RSS")
def blog_draft_schedule_publish_rss(s):
    anna, ben = s.member("anna"), s.member("ben")
    s.make_friends(anna, ben)
    title = f"Neue Pausenräume {s.unique('pause')}"
    blog = f"{anna.profile}/blog"

    anna.visit(blog)
    anna.press("Neuer Artikel")
    anna.fill("title", title)
    anna.fill("body", "Ab **Montag** sind die Pausenräume in Halle 2 offen.\n\n- Kaffee\n- Obst")
    anna.fill("tags", "werk, pause")
    anna.press("Als Entwurf speichern")
    anna.expect_text("Artikel gespeichert.")
    anna.expect_text("Entwurf", within=".article-meta")
    article = anna.driver.current_url.split(s.url, 1)[1]

    ben.visit(article, status=404)
    ben.visit(blog)
    ben.expect_no_text(title)

    # Scheduled for tomorrow, in the company's time zone as the form means it.
    tomorrow = datetime.now(ZoneInfo("Europe/Berlin")) + timedelta(days=1)
    anna.visit(article)
    anna.press("Artikel bearbeiten")
    anna.fill("publish_at", tomorrow.strftime("%Y-%m-%dT%H:%M"))
    anna.press("Planen")
    anna.expect_text("Artikel geplant.")
    anna.expect_text("geplant für", within=".article-meta")
    anna.visit(blog)
    anna.expect_text("geplant für", within=".blog-unpublished")
    ben.visit(article, status=404)

    anna.visit(article)
    anna.press("Artikel bearbeiten")
    anna.press("Jetzt veröffentlichen")
    anna.expect_text("Artikel veröffentlicht.")
    anna.expect_text("Montag", within=".article-body")

    anna.visit(blog)
    anna.expect_text(title, within=".blog-published")
    ben.visit("/blogs")
    ben.expect_text(title)
    ben.press(title)
    ben.expect_text("Reaktionen und Kommentare")
    ben.visit("/")
    ben.expect_text(title, within=".post-list")

    s.step(f"the RSS feed of {blog} lists the article")
    with urllib.request.urlopen(s.url + blog + "/feed.rss") as response:
        feed = ElementTree.fromstring(response.read())
    titles = [item.findtext("title") for item in feed.iter("item")]
    if title not in titles:
        raise StepFailed(f"“{title}” is not in the RSS feed: {titles}")
