"""What every answer to a fuzzed form must satisfy, as plain functions of the hops it went through.

Each check returns a list of problems (strings); an empty list means it passed.
"""

from urllib.parse import urljoin, urlsplit

from form_client import REDIRECTS
from form_markup import injected_ids, is_html
from form_pages import parse_page


def server_errors(hops):
    """No 5xx, on the answer or on any page a redirect leads to."""
    return [f"{hop.response.status_code} from GET {hop.url}" if index else f"answered {hop.response.status_code}"
            for index, hop in enumerate(hops) if hop.response.status_code >= 500]


def off_host_redirect(hops, base):
    """A form never sends the browser to another site (an open redirect)."""
    last = hops[-1]
    if last.response.status_code not in REDIRECTS:
        return []
    target = urljoin(last.url, last.response.headers.get("Location", ""))
    origin = urlsplit(base)
    if (urlsplit(target).hostname, urlsplit(target).port) != (origin.hostname, origin.port):
        return [f"redirects off the site, to {target}"]
    return []


def markup_in(hops):
    """{payload number: (address of the page it showed up on unescaped, the markup there)}, over all hops."""
    found = {}
    for hop in hops:
        if is_html(hop.response):
            for number, snippet in injected_ids(hop.response.text).items():
                found.setdefault(number, (hop.url, snippet))
    return found


def csrf_refused(hops, submission):
    """A POST without the session's token is refused with 403 before it does anything (or refused as a
    whole even earlier: a malformed or too large body)."""
    if submission.csrf == "keep":
        return []
    status = hops[0].response.status_code
    return [] if status in (400, 403, 413) else [f"_csrf {submission.csrf}, yet answered {status} (expected 403)"]


def invalid_refused(hops, submission, reasons):
    """Input that breaks the form's own rules (`reasons`) gets a 4xx, or a redirect to a page with an
    error message (a visitor's redirect to the login page counts as refused too) — never a success."""
    if not reasons or submission.csrf != "keep":
        return []
    first, last = hops[0].response, hops[-1]
    if 400 <= first.status_code < 500:
        return []
    if first.status_code in REDIRECTS and len(hops) > 1:
        if "flash-error" in last.response.text or urlsplit(last.url).path == "/login":
            return []
        return [f"invalid input ({'; '.join(reasons)}) was accepted: "
                f"{first.status_code} to {last.url} without an error message"]
    if first.status_code < 300:
        return [f"invalid input ({'; '.join(reasons)}) answered {first.status_code}, not 4xx"]
    return []


TYPED = {"text", "textarea", "search", "email", "url", "tel"}


def form_kept(hops, form, submission):
    """A 422 to a form with text in it shows that form again (with what was typed, as the server keeps
    it, and the message), not a bare error page: some form on the page has its text fields. Forms of
    buttons and choices have nothing typed to lose."""
    first = hops[0].response
    typed = {name for name, value in submission.fields
             if name in form.fields and form.fields[name].kind in TYPED and value.strip()}
    if first.status_code != 422 or not is_html(first) or not typed:
        return []
    text_fields = {name for name, spec in form.fields.items() if spec.kind in TYPED}
    _, forms = parse_page(hops[0].url, first.text)
    if any(text_fields <= set(shown.fields) for shown in forms):
        return []
    return ["answered 422 without the form (what was typed is lost)"]
