"""Reads what the form fuzzer needs from an HTML page: its links, its forms and their fields.

Python's own html.parser, no browser: the server renders every form without JavaScript.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

CSRF = "_csrf"


@dataclass
class Field:
    """One named control of a form. `kind` is the input type ("text", "hidden", "file", …),
    "textarea", "select" or "submit" (buttons and submit inputs that carry a name)."""
    name: str
    kind: str
    value: str = ""
    options: list = field(default_factory=list)  # select options, radio values, submit buttons' values
    required: bool = False
    maxlength: int | None = None
    minimum: int | None = None     # min and max, when they are whole numbers
    maximum: int | None = None
    accept: str = ""


@dataclass
class Form:
    page: str      # the page it is on
    method: str    # GET or POST
    action: str    # absolute URL (a multipart form carries its _csrf here)
    multipart: bool
    fields: dict = field(default_factory=dict)  # name -> Field, in document order


def _number(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


class _PageParser(HTMLParser):
    def __init__(self, url):
        super().__init__(convert_charrefs=True)
        self.url = url
        self.links, self.forms = [], []
        self.form = None        # the form being read
        self.select = None      # the select being read
        self.textarea = None    # the textarea being read

    def handle_starttag(self, tag, attrs):
        attributes = {name: (value if value is not None else "") for name, value in attrs}
        if tag == "a" and attributes.get("href"):
            self.links.append(urldefrag(urljoin(self.url, attributes["href"]))[0])
        elif tag == "form":
            self.form = Form(page=self.url, method=attributes.get("method", "get").upper(),
                             action=urljoin(self.url, attributes.get("action", "") or self.url),
                             multipart=attributes.get("enctype", "").lower() == "multipart/form-data")
            self.forms.append(self.form)
        elif self.form is not None:
            self._control(tag, attributes)

    def _control(self, tag, attributes):
        name = attributes.get("name")
        if tag == "input" and name:
            kind = attributes.get("type", "text").lower()
            if kind in ("submit", "image"):
                self._button(name, attributes.get("value", ""))
            if kind in ("submit", "image", "button", "reset"):
                return
            existing = self.form.fields.get(name)
            if existing and kind in ("radio", "checkbox"):
                existing.options.append(attributes.get("value", "on"))
                return
            self.form.fields[name] = Field(
                name=name, kind=kind, value=attributes.get("value", "on" if kind in ("radio", "checkbox") else ""),
                options=[attributes.get("value", "on")] if kind in ("radio", "checkbox") else [],
                required="required" in attributes, maxlength=_number(attributes.get("maxlength")),
                minimum=_number(attributes.get("min")), maximum=_number(attributes.get("max")), accept=attributes.get("accept", ""))
        elif tag == "textarea" and name:
            self.textarea = self.form.fields[name] = Field(
                name=name, kind="textarea", required="required" in attributes,
                maxlength=_number(attributes.get("maxlength")))
        elif tag == "select" and name:
            self.select = self.form.fields[name] = Field(name=name, kind="select", required="required" in attributes)
        elif tag == "option" and self.select is not None:
            self.select.options.append(attributes.get("value", ""))
            if "selected" in attributes or len(self.select.options) == 1:
                self.select.value = attributes.get("value", "")
        elif tag == "button" and name and attributes.get("type", "submit").lower() == "submit":
            self._button(name, attributes.get("value", ""))

    def _button(self, name, value):
        existing = self.form.fields.get(name)
        if existing:
            existing.options.append(value)
        else:
            self.form.fields[name] = Field(name=name, kind="submit", value=value, options=[value])

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def parse_page(url, html):
    """(links, forms) of a page: links as absolute URLs without fragment, forms with their fields."""
    parser = _PageParser(url)
    parser.feed(html)
    parser.close()
    return parser.links, parser.forms


def kind_of(url):
    """What stands for a page or form address when one of a kind is enough: ids, usernames and slugs
    become placeholders, and the query keeps its names only."""
    parts = urlsplit(url)
    path = re.sub(r"\d+", "N", parts.path)
    path = re.sub(r"^/(@|s/|org/people/|messages/with/)[^/]+", r"/\1X", path)
    path = re.sub(r"/(c|members|requests)/[^/]+", r"/\1/X", path)  # pages, forum categories, space members
    names = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True) if name != CSRF})
    return path + ("?" + "&".join(names) if names else "")
