"""Reads a session's pages breadth first from the start pages and keeps every form on them.

Bounded: at most `max_pages` pages, and PAGES_PER_KIND of each kind (kind_of: one post, profile or
topic stands for all of them). Every page is checked on the way (no 5xx, no payload as live markup),
and again at the end, when stored input would show up.
"""

import re
from collections import defaultdict
from urllib.parse import urlsplit

from form_checks import markup_in
from form_client import Hop, OffHost
from form_markup import is_html
from form_pages import kind_of, parse_page

START_PAGES = ["/", "/public", "/people", "/@anna.schmidt", "/@julia.weber", "/@julia.weber/media", "/friends",
               "/notifications", "/c", "/spaces", "/blogs", "/forums", "/forums/subscriptions", "/wiki", "/messages",
               "/messages/search?q=Messe", "/settings/profile", "/settings/account", "/settings/tokens",
               "/settings/posting", "/settings/skills", "/admin/invitations", "/org", "/org/directory",
               "/org/projects", "/org/admin", "/org/admin/import", "/search?q=treffpunkt", "/login", "/register"]
# Not crawled: files, feeds, the API and OAuth (fuzzed by fuzz.py), and what only scripts fetch.
NOT_CRAWLED = re.compile(r"^/(media|api|oauth|\.well-known|nodeinfo|css|js|images|fonts)/|\.(rss|atom|css|js|png|jpe?g|webp|svg|ico)$"
                         r"|^/feed/|/items(/|$)|/card$|^/logout$")
PAGES_PER_KIND = 3


class Crawler:
    """Reads a session's pages breadth first and keeps every form it finds."""

    def __init__(self, session, report, max_pages):
        self.session, self.report, self.max_pages = session, report, max_pages
        self.pages, self.forms = [], []

    def crawl(self):
        queue, seen, per_kind = [self.session.absolute(p) for p in START_PAGES], set(), defaultdict(int)
        while queue and len(self.pages) < self.max_pages:
            url = queue.pop(0)
            kind = kind_of(url)
            if url in seen or per_kind[kind] >= PAGES_PER_KIND or NOT_CRAWLED.search(urlsplit(url).path):
                continue
            seen.add(url)
            per_kind[kind] += 1
            response = self.visit(url)
            if response.status_code != 200 or not is_html(response):
                continue
            links, forms = parse_page(url, response.text)
            self.pages.append(url)
            self.forms.extend(forms)
            for link in links:
                try:
                    queue.append(self.session.absolute(link))
                except OffHost:
                    pass  # links to other sites are not followed
        return self

    def visit(self, url):
        return checked_get(self.session, self.report, url)


def checked_get(session, report, url):
    """One page, checked: a 5xx or live markup on it is a failure."""
    mark = report.server_log.mark()
    response = session.send("GET", url)
    if response.status_code >= 500:
        report.fail(f"GET {kind_of(url)}", f"answered {response.status_code}",
                    (session.name, "GET", url, [], []), report.server_log.since(mark))
    if is_html(response):
        report.markup(markup_in([Hop(url, response)]), seen_in=None)
    return response
