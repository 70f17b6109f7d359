"""A browser-like session for the form fuzzer that talks to the local server and nothing else.

Every request is checked against the server's origin, which must be a loopback address; redirects
are followed by hand, and only while they stay on that origin.
"""

import ipaddress
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from form_pages import parse_page

REDIRECTS = (301, 302, 303, 307, 308)


class OffHost(Exception):
    """A request or redirect would have left the local server."""


def _origin(url):
    parts = urlsplit(url)
    return parts.scheme, parts.hostname, parts.port


def require_loopback(base_url):
    host = urlsplit(base_url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise OffHost(f"{base_url} is not a loopback address; the form fuzzer talks to a local server only")


@dataclass
class Hop:
    """One answer on the way: the request's address and the response."""
    url: str
    response: requests.Response


class LocalSession:
    def __init__(self, base_url, name):
        require_loopback(base_url)
        self.base = base_url.rstrip("/")
        self.name = name
        self.http = requests.Session()
        self.http.trust_env = False  # no proxies from the environment: loopback only
        self.requests = 0

    def absolute(self, url):
        absolute = urljoin(self.base + "/", url)
        if _origin(absolute) != _origin(self.base):
            raise OffHost(absolute)
        return absolute

    def send(self, method, url, **kwargs):
        """One request, redirects not followed."""
        self.requests += 1
        return self.http.request(method, self.absolute(url), allow_redirects=False, timeout=30, **kwargs)

    def follow(self, method, url, limit=4, **kwargs):
        """The request and every on-host redirect after it (as GET), at most `limit` of them."""
        hops = [Hop(self.absolute(url), self.send(method, url, **kwargs))]
        while hops[-1].response.status_code in REDIRECTS and len(hops) <= limit:
            target = urljoin(hops[-1].url, hops[-1].response.headers.get("Location", ""))
            if _origin(target) != _origin(self.base):
                break  # never off-host; the redirect itself is checked by the caller
            hops.append(Hop(target, self.send("GET", target)))
        return hops

    def login(self, username, password):
        """Logs in through the login form, as a person would; raises when that fails."""
        page = self.send("GET", "/login")
        _, forms = parse_page(self.absolute("/login"), page.text)
        form = next(f for f in forms if f.method == "POST" and urlsplit(f.action).path == "/login")
        data = {name: f.value for name, f in form.fields.items() if f.kind == "hidden"}
        data.update(identifier=username, password=password)
        answer = self.send("POST", form.action, data=data)
        if answer.status_code not in REDIRECTS:
            raise RuntimeError(f"login as {username} answered {answer.status_code}: {answer.text[:300]}")
