#!/usr/bin/env python3
"""Checks Treffpunkt's raw JSON answers against the Mastodon OpenAPI description.

    .venv/bin/python scripts/clients/contract_check.py --url http://127.0.0.1:8080 \\
        --schema ../shared/mastodon-openapi/schema.json [--suffix 2]

Walks an explicit list of the Mastodon-compatible operations Treffpunkt implements (OPERATIONS
below): each is one HTTP request made with `requests` (not Mastodon.py, which converts types), as
the members dora, emil and fritz that the script registers itself. For the status code that comes
back, the documented response schema of that operation is looked up in the OpenAPI 3.1 document
and the body validated as JSON Schema 2020-12 (`$ref`s resolved through a `referencing` registry
built from the document; formats date-time, date, uri and email are checked too). Every violation
is printed with its JSON path; paths inside arrays are folded to [*] and counted.

Uploads make their picture with `vips` and their video with `ffmpeg`, as the server does.

Also checks the Link header of paged timelines (rel="next" first, carrying max_id), that the
answer is JSON, and that documented empty answers are still a JSON body (Mastodon sends {}).

An operation that answers 404 where success is expected is reported as "FAIL missing …": the
server most likely lacks the endpoint. Operations that depend on a failed one print "skip".
Closes with "N passed, N failed, N skipped"; exits 1 if anything failed.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional

import requests
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

DOC_URI = "urn:mastodon-openapi"
PASSWORD = "contract-check-password-1"
SCOPES = "read write follow push"


# --- the contract -------------------------------------------------------------------------------

FORMATS = FormatChecker(formats=())
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value):
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        raise ValueError("not an RFC 3339 date-time")
    datetime.fromisoformat(value.replace("z", "Z"))
    return True


@FORMATS.checks("date", raises=ValueError)
def _date(value):
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("not a YYYY-MM-DD date")
    datetime.strptime(value, "%Y-%m-%d")
    return True


@FORMATS.checks("uri", raises=ValueError)
def _uri(value):
    if not isinstance(value, str):
        return True
    parts = urllib.parse.urlsplit(value)
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*", parts.scheme or "") or re.search(r"\s", value):
        raise ValueError("not an absolute URI")
    if parts.scheme in ("http", "https") and not parts.netloc:
        raise ValueError("http(s) URI without a host")
    return True


@FORMATS.checks("email")
def _email(value):
    return not isinstance(value, str) or re.fullmatch(r"[^@\s]+@[^@\s]+", value) is not None


def pointer(*tokens):
    return "/" + "/".join(str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


class Contract:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.doc = json.load(f)
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(DOC_URI, resource)
        self.validators = {}

    def operation(self, method, template):
        return self.doc["paths"].get(template, {}).get(method.lower())

    def response(self, method, template, status):
        """(documented?, JSON pointer of the JSON schema or None, schema name) for one status code."""
        responses = self.operation(method, template)["responses"]
        key = str(status) if str(status) in responses else f"{str(status)[0]}XX" if f"{str(status)[0]}XX" in responses else None
        if key is None:
            return False, None, None
        schema = responses[key].get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return True, None, "empty"
        where = pointer("paths", template, method.lower(), "responses", key, "content", "application/json", "schema")
        return True, where, schema_name(schema)

    def violations(self, where, instance):
        if where not in self.validators:
            ref = {"$ref": DOC_URI + "#" + urllib.parse.quote(where, safe="/~")}
            self.validators[where] = Draft202012Validator(ref, registry=self.registry, format_checker=FORMATS)
        found = Counter()
        for error in self.validators[where].iter_errors(instance):
            for leaf in leaves(error):
                path = re.sub(r"\[\d+\]", "[*]", leaf.json_path)
                found[(path, short(leaf.message))] += 1
        return sorted(found.items())


def schema_name(schema):
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return "[" + schema["items"]["$ref"].rsplit("/", 1)[-1] + "]"
    if "oneOf" in schema:
        return " | ".join(schema_name(s) for s in schema["oneOf"])
    return schema.get("type", "schema")


def leaves(error):
    """The errors worth showing: for oneOf/anyOf, those of the branch the answer was meant to match
    (not the branches whose type does not even fit, e.g. the null of a nullable object, nor the
    branches that miss their own required properties, e.g. ScheduledStatus for a Status)."""
    if not error.context:
        return [error]
    branches = {}
    for sub in error.context:
        branches.setdefault(sub.schema_path[0], []).append(sub)
    fitting = [errs for errs in branches.values()
               if not any(e.validator == "type" and not e.relative_path for e in errs)]
    if not fitting:
        return [error]
    # The branch meant is the one whose own required properties are there; deeper trouble counts less.
    best = min(fitting, key=lambda errs: (sum(e.validator == "required" and not e.relative_path for e in errs), len(errs)))
    return [leaf for sub in best for leaf in leaves(sub)]


def short(message):
    return message if len(message) <= 200 else message[:200] + "…"


# --- the operations -----------------------------------------------------------------------------

def sample_media():
    """A small PNG (vips) and a two-second MP4 (ffmpeg), the tools the server itself needs."""
    with tempfile.TemporaryDirectory(prefix="treffpunkt-contract-check.") as folder:
        picture, video = Path(folder) / "regal.png", Path(folder) / "rundgang.mp4"
        subprocess.run(["vips", "black", str(picture), "64", "48", "--bands", "3"], check=True)
        subprocess.run(["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=10",
                        "-pix_fmt", "yuv420p", str(video)], check=True)
        return {"png": picture.read_bytes(), "mp4": video.read_bytes()}


@dataclass
class Op:
    method: str
    template: str            # path template exactly as in the OpenAPI document
    who: Optional[str] = None  # name of a token in the state, or None for no token
    path: Callable[[dict], dict] = lambda s: {}
    query: Any = None        # dict or list of pairs, or a callable taking the state
    form: Any = None         # form-encoded body (as Mastodon.py sends), or a callable
    json: Any = None         # JSON body (as toot sends), or a callable
    files: Any = None        # multipart files (an upload; `form` then holds its other fields), or a callable
    expect: int = 200
    save: Optional[Callable[[dict, Any], None]] = None
    needs: tuple = ()        # state keys this operation needs
    note: str = ""           # shown after the operation in the report
    link: bool = False       # check the Link header of this paged answer
    token: Optional[str] = None  # a literal bearer token instead of `who`


def value(x, state):
    return x(state) if callable(x) else x


def account_id(name):
    return lambda s: {"id": s[f"id_{name}"]}


def status_id(key):
    return lambda s: {"id": s[key]}


def operations(suffix, media):
    people = {p: f"{p}{suffix}" for p in ("dora", "emil", "fritz")}

    def register(name):
        return Op("POST", "/api/v1/accounts", who="app_token", note=f"({people[name]})",
                  form={"username": people[name], "email": f"{people[name]}@example.org", "password": PASSWORD,
                        "agreement": "true", "locale": "de"},
                  save=lambda s, b: s.update({f"tok_{name}": b["access_token"]}), needs=("app_token",))

    def me(name):
        return Op("GET", "/api/v1/accounts/verify_credentials", who=f"tok_{name}", note=f"(as {people[name]})",
                  save=lambda s, b: s.update({f"id_{name}": b["id"]}), needs=(f"tok_{name}",))

    def post(key, text, visibility="public", who="tok_dora", reply_to=None):
        body = {"status": text, "visibility": visibility}
        return Op("POST", "/api/v1/statuses", who=who,
                  note=f"({visibility}{', reply' if reply_to else ''}, JSON body)",
                  json=lambda s: {**body, **({"in_reply_to_id": s[reply_to]} if reply_to else {})},
                  save=lambda s, b: s.update({key: b["id"]}), needs=(who,) + ((reply_to,) if reply_to else ()))

    def relation(action, actor, target):
        return Op("POST", f"/api/v1/accounts/{{id}}/{action}", who=f"tok_{actor}", path=account_id(target),
                  note=f"({people[actor]} -> {people[target]})", needs=(f"tok_{actor}", f"id_{target}"))

    def first_notification(s, body):
        if body:
            s["notification"] = body[0]["id"]

    return [
        Op("GET", "/api/v1/instance", note="(logged out)"),
        Op("GET", "/api/v2/instance", note="(logged out)"),
        Op("GET", "/api/v1/instance", token="not-a-valid-token", note="(bad token: Mastodon ignores it here)"),
        Op("POST", "/api/v1/apps",
           form={"client_name": "Treffpunkt contract check", "redirect_uris": "urn:ietf:wg:oauth:2.0:oob",
                 "scopes": SCOPES, "website": "https://example.org"},
           save=lambda s, b: s.update(client_id=b["client_id"], client_secret=b["client_secret"])),
        Op("POST", "/oauth/token", note="(client_credentials)",
           form=lambda s: {"grant_type": "client_credentials", "client_id": s["client_id"],
                           "client_secret": s["client_secret"], "scope": SCOPES},
           save=lambda s, b: s.update(app_token=b["access_token"]), needs=("client_id",)),
        Op("GET", "/api/v1/apps/verify_credentials", who="app_token", needs=("app_token",)),
        register("dora"), register("emil"), register("fritz"),
        Op("POST", "/oauth/token", note=f"(password grant, {people['fritz']})",
           form=lambda s: {"grant_type": "password", "username": f"{people['fritz']}@example.org", "password": PASSWORD,
                           "client_id": s["client_id"], "client_secret": s["client_secret"], "scope": SCOPES},
           save=lambda s, b: s.update(tok_fritz=b["access_token"]), needs=("client_id", "tok_fritz")),
        Op("POST", "/oauth/token", note="(wrong password)", expect=400,
           form=lambda s: {"grant_type": "password", "username": f"{people['fritz']}@example.org",
                           "password": "wrong-password-1", "client_id": s["client_id"],
                           "client_secret": s["client_secret"], "scope": SCOPES}, needs=("client_id", "tok_fritz")),
        Op("POST", "/api/v1/accounts", who="app_token", note="(username taken)", expect=422,
           form={"username": people["dora"], "email": f"other-{people['dora']}@example.org", "password": PASSWORD,
                 "agreement": "true", "locale": "de"}, needs=("app_token", "tok_dora")),
        me("dora"), me("emil"), me("fritz"),
        Op("GET", "/api/v1/apps/verify_credentials", who="tok_fritz", note="(member's token)", needs=("tok_fritz",)),
        Op("PATCH", "/api/v1/accounts/update_credentials", who="tok_dora",
           form={"display_name": "Dora Demir", "note": "Lager und Logistik"}, needs=("tok_dora",)),
        Op("PATCH", "/api/v1/accounts/update_credentials", who="tok_dora", note="(avatar, multipart)",
           files={"avatar": ("dora.png", media["png"], "image/png")}, needs=("tok_dora",)),
        Op("GET", "/api/v1/accounts/lookup", who="tok_emil", query={"acct": people["dora"]}, needs=("tok_emil",)),
        Op("GET", "/api/v1/accounts/{id}", who="tok_emil", path=account_id("dora"), needs=("tok_emil", "id_dora")),
        relation("follow", "emil", "dora"),
        Op("GET", "/api/v1/follow_requests", who="tok_dora", needs=("tok_dora",)),
        Op("POST", "/api/v1/follow_requests/{account_id}/authorize", who="tok_dora",
           path=lambda s: {"account_id": s["id_emil"]}, note=f"({people['emil']})", needs=("tok_dora", "id_emil")),
        relation("follow", "fritz", "dora"),
        Op("POST", "/api/v1/follow_requests/{account_id}/reject", who="tok_dora",
           path=lambda s: {"account_id": s["id_fritz"]}, note=f"({people['fritz']})", needs=("tok_dora", "id_fritz")),
        Op("GET", "/api/v1/accounts/relationships", who="tok_dora",
           query=lambda s: [("id[]", s["id_emil"]), ("id[]", s["id_fritz"])], needs=("tok_dora", "id_emil", "id_fritz")),
        Op("GET", "/api/v1/accounts/{id}/followers", who="tok_emil", path=account_id("dora"), needs=("tok_emil", "id_dora")),
        Op("GET", "/api/v1/accounts/{id}/following", who="tok_emil", path=account_id("dora"), needs=("tok_emil", "id_dora")),
        relation("mute", "dora", "fritz"), relation("unmute", "dora", "fritz"),
        relation("block", "dora", "fritz"), relation("unblock", "dora", "fritz"),
        post("st_public", "Neue Regale im Lager sind da #treffpunkt"),
        post("st_private", "Nur für Freunde: Grillabend am Samstag", "private"),
        post("st_edit", "Entwurf: Inventur am Montag"),
        Op("GET", "/api/v1/statuses/{id}", who="tok_emil", path=status_id("st_private"), note="(friends-only, as friend)",
           needs=("tok_emil", "st_private")),
        Op("PUT", "/api/v1/statuses/{id}", who="tok_dora", path=status_id("st_edit"),
           json={"status": "Inventur am Dienstag (verschoben)"}, needs=("tok_dora", "st_edit")),
        Op("GET", "/api/v1/statuses/{id}/history", who="tok_dora", path=status_id("st_edit"), needs=("tok_dora", "st_edit")),
        post("st_reply", "Super, danke!", who="tok_emil", reply_to="st_public"),
        Op("GET", "/api/v1/statuses/{id}/context", who="tok_emil", path=status_id("st_public"), needs=("tok_emil", "st_public")),
        Op("POST", "/api/v1/statuses/{id}/favourite", who="tok_emil", path=status_id("st_public"),
           needs=("tok_emil", "st_public")),
        Op("POST", "/api/v1/statuses/{id}/unfavourite", who="tok_emil", path=status_id("st_public"),
           needs=("tok_emil", "st_public")),
        Op("POST", "/api/v1/statuses/{id}/favourite", who="tok_emil", path=status_id("st_public"), note="(again, to notify)",
           needs=("tok_emil", "st_public")),
        Op("POST", "/api/v1/statuses/{id}/reblog", who="tok_emil", path=status_id("st_public"), needs=("tok_emil", "st_public")),
        Op("POST", "/api/v1/statuses/{id}/unreblog", who="tok_emil", path=status_id("st_public"),
           needs=("tok_emil", "st_public")),
        # Media: a picture (ready at once) described and posted friends-only, the older upload, a video
        # still being processed. The timelines below then carry the picture too.
        Op("POST", "/api/v2/media", who="tok_dora", note="(picture, multipart)",
           files={"file": ("regal.png", media["png"], "image/png")}, form={"description": "Regal", "focus": "0.5,-0.25"},
           save=lambda s, b: s.update(media_picture=b["id"]), needs=("tok_dora",)),
        Op("PUT", "/api/v1/media/{id}", who="tok_dora", path=lambda s: {"id": s["media_picture"]}, note="(description)",
           form={"description": "Das neue Regal im Lager"}, needs=("tok_dora", "media_picture")),
        Op("GET", "/api/v1/media/{id}", who="tok_dora", path=lambda s: {"id": s["media_picture"]},
           needs=("tok_dora", "media_picture")),
        Op("POST", "/api/v1/media", who="tok_dora", note="(picture, multipart)",
           files={"file": ("regal.png", media["png"], "image/png")}, needs=("tok_dora",)),
        Op("POST", "/api/v2/media", who="tok_dora", note="(video, still being processed)", expect=202,
           files={"file": ("rundgang.mp4", media["mp4"], "video/mp4")}, needs=("tok_dora",)),
        Op("POST", "/api/v1/statuses", who="tok_dora", note="(private, with the picture, JSON body)",
           json=lambda s: {"status": "Die Regale sind da", "visibility": "private", "media_ids": [s["media_picture"]]},
           save=lambda s, b: s.update(st_media=b["id"]), needs=("tok_dora", "media_picture")),
        Op("GET", "/api/v1/statuses/{id}", who="tok_emil", path=status_id("st_media"), note="(with a picture, as friend)",
           needs=("tok_emil", "st_media")),
        post("st_delete", "Versehentlich gepostet"),
        Op("DELETE", "/api/v1/statuses/{id}", who="tok_dora", path=status_id("st_delete"), needs=("tok_dora", "st_delete")),
        Op("GET", "/api/v1/accounts/{id}/statuses", who="tok_emil", path=account_id("dora"), query={"limit": 2}, link=True,
           needs=("tok_emil", "id_dora")),
        Op("GET", "/api/v1/timelines/home", who="tok_emil", query={"limit": 2}, link=True, needs=("tok_emil",)),
        Op("GET", "/api/v1/timelines/public", query={"limit": 2}, link=True, note="(logged out)"),
        Op("GET", "/api/v1/timelines/tag/{hashtag}", who="tok_emil", path=lambda s: {"hashtag": "treffpunkt"},
           needs=("tok_emil",)),
        Op("GET", "/api/v1/notifications", who="tok_dora", query={"limit": 2}, link=True, save=first_notification,
           needs=("tok_dora",)),
        Op("POST", "/api/v1/markers", who="tok_dora", form=lambda s: {"notifications[last_read_id]": s["notification"]},
           needs=("tok_dora", "notification")),
        Op("GET", "/api/v1/markers", who="tok_dora", query=[("timeline[]", "notifications"), ("timeline[]", "home")],
           needs=("tok_dora",)),
        Op("GET", "/api/v1/notifications/{id}", who="tok_dora", path=lambda s: {"id": s["notification"]},
           needs=("tok_dora", "notification")),
        Op("POST", "/api/v1/notifications/{id}/dismiss", who="tok_dora", path=lambda s: {"id": s["notification"]},
           needs=("tok_dora", "notification")),
        Op("POST", "/api/v1/notifications/clear", who="tok_dora", needs=("tok_dora",)),
        Op("GET", "/api/v2/search", who="tok_emil", query={"q": "treffpunkt", "resolve": "false"}, needs=("tok_emil",)),
        relation("unfollow", "emil", "dora"),
        # Errors, checked against the schema documented for their status code.
        Op("GET", "/api/v1/statuses/{id}", who="tok_fritz", path=status_id("st_private"), expect=404,
           note="(friends-only, as a member who is no friend)", needs=("tok_fritz", "st_private")),
        Op("GET", "/api/v1/accounts/verify_credentials", token="not-a-valid-token", expect=401, note="(bad token)"),
        Op("POST", "/api/v1/statuses", who="tok_dora", json={"status": ""}, expect=422, note="(empty status)",
           needs=("tok_dora",)),
        Op("POST", "/api/v1/statuses", who="tok_dora", json={"status": "Hallo", "visibility": "geheim"}, expect=422,
           note="(unknown visibility)", needs=("tok_dora",)),
        Op("GET", "/api/v1/media/{id}", who="tok_emil", path=lambda s: {"id": s["media_picture"]}, expect=404,
           note="(someone else's upload)", needs=("tok_emil", "media_picture")),
        Op("POST", "/api/v2/media", who="tok_dora", files={"description": (None, "ohne Datei")}, expect=422,
           note="(no file)", needs=("tok_dora",)),
        Op("POST", "/oauth/revoke", note=f"({people['fritz']}'s token)",
           form=lambda s: {"client_id": s["client_id"], "client_secret": s["client_secret"], "token": s["tok_fritz"]},
           save=lambda s, b: s.update(revoked=s["tok_fritz"]), needs=("client_id", "tok_fritz")),
        Op("GET", "/api/v1/accounts/verify_credentials", who="revoked", expect=401, note="(revoked token)",
           needs=("revoked",)),
    ]


# --- running them -------------------------------------------------------------------------------

@dataclass
class Report:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    missing: list = field(default_factory=list)

    def ok(self, text):
        self.passed += 1
        print(f"ok {text}", flush=True)

    def fail(self, text, details=()):
        self.failed += 1
        print(f"FAIL {text}", flush=True)
        for line in details:
            print(f"    {line}", flush=True)

    def skip(self, text):
        self.skipped += 1
        print(f"skip {text}", flush=True)


def body_excerpt(response):
    text = response.text.strip().replace("\n", " ")
    return text[:200] + ("…" if len(text) > 200 else "")


def check_link(base, response):
    """Mastodon's paging header: <…?max_id=…>; rel="next", <…?min_id=…>; rel="prev"."""
    problems = []
    header = response.headers.get("Link", "")
    try:
        items = response.json()
    except ValueError:
        items = None
    if not header:
        if isinstance(items, list) and len(items) >= 2:
            problems.append("no Link header on a full page (limit=2 answered 2 items)")
        return problems
    links = requests.utils.parse_header_links(header.rstrip(">").replace(">,<", ",<"))
    rels = [link.get("rel") for link in links]
    if rels[0] != "next":
        problems.append(f'the first link is rel="{rels[0]}", clients (toot) expect rel="next" first: {header}')
    for link in links:
        url = urllib.parse.urlsplit(link["url"])
        query = urllib.parse.parse_qs(url.query)
        if not link["url"].startswith(base + "/"):
            problems.append(f"{link.get('rel')} link is not an absolute URL under {base}: {link['url']}")
        if url.path != urllib.parse.urlsplit(response.url).path:
            problems.append(f"{link.get('rel')} link points to another path: {url.path}")
        if link.get("rel") == "next":
            if "max_id" not in query:
                problems.append(f'rel="next" carries no max_id: {link["url"]}')
            elif isinstance(items, list) and items and query["max_id"][0] != str(items[-1].get("id")):
                problems.append(f'rel="next" max_id={query["max_id"][0]} is not the last item\'s id {items[-1].get("id")}')
        if link.get("rel") == "prev":
            if "min_id" not in query and "since_id" not in query:
                problems.append(f'rel="prev" carries neither min_id nor since_id: {link["url"]}')
            elif isinstance(items, list) and items and "min_id" in query and query["min_id"][0] != str(items[0].get("id")):
                problems.append(f'rel="prev" min_id={query["min_id"][0]} is not the first item\'s id {items[0].get("id")}')
    if "next" not in rels:
        problems.append(f'no rel="next" link: {header}')
    return problems


def run_operation(contract, base, op, state, report):
    label = f"{op.method} {op.template}" + (f" {op.note}" if op.note else "")
    lacking = [k for k in op.needs if k not in state]
    if lacking:
        report.skip(f"{label} (needs {', '.join(lacking)} from an earlier step)")
        return
    try:
        url = base + op.template.format(**{k: urllib.parse.quote(str(v), safe="") for k, v in op.path(state).items()})
        headers = {"Accept": "application/json"}
        token = op.token or (state.get(op.who) if op.who else None)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response = requests.request(op.method, url, headers=headers, params=value(op.query, state),
                                    data=value(op.form, state), json=value(op.json, state), files=value(op.files, state),
                                    timeout=30)
    except requests.RequestException as e:
        report.fail(f"{label}: request failed: {e}")
        return
    except (KeyError, TypeError, ValueError) as e:
        report.fail(f"{label}: could not build the request from earlier answers: {e!r}")
        return
    status = response.status_code
    problems = []
    if status != op.expect:
        if status == 404 and (200 <= op.expect < 300 or f"{op.method} {op.template}" in report.missing):
            report.missing.append(f"{op.method} {op.template}")
            report.fail(f"missing {label}: answered 404 {body_excerpt(response)}")
            return
        problems.append(f"expected HTTP {op.expect}, got {status}: {body_excerpt(response)}")

    documented, where, name = contract.response(op.method, op.template, status)
    content_type = response.headers.get("Content-Type", "")
    try:
        body = response.json()
        is_json = True
    except ValueError:
        body, is_json = None, False
    if not documented:
        problems.append(f"status {status} is not documented for this operation")
    if not is_json:
        problems.append(f"body is not JSON (Content-Type {content_type!r}): {body_excerpt(response)!r}"
                        + (" — Mastodon answers {} here, and Mastodon.py fails on an empty body" if name == "empty" else ""))
    elif not content_type.startswith("application/json"):
        problems.append(f"Content-Type is {content_type!r}, not application/json")
    if where is not None and is_json:
        for (path, message), count in contract.violations(where, body):
            problems.append(f"{path}: {message}" + (f" (x{count})" if count > 1 else ""))
    if op.link and status == 200:
        problems += [f"Link: {p}" for p in check_link(base, response)]

    if problems:
        report.fail(f"{label} -> {status} {name or ''}".rstrip(), problems)
    else:
        report.ok(f"{label} -> {status} {name or ''}".rstrip())
    if status == op.expect and op.save and is_json:
        try:
            op.save(state, body)
        except (KeyError, TypeError, IndexError) as e:
            print(f"    (could not keep a value from this answer for later steps: {e!r})", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="Treffpunkt's PUBLIC_URL")
    parser.add_argument("--schema", default="../shared/mastodon-openapi/schema.json",
                        help="the Mastodon OpenAPI document (default: ../shared/mastodon-openapi/schema.json)")
    parser.add_argument("--suffix", default="", help="appended to the usernames (for a server that has them)")
    args = parser.parse_args()
    base = args.url.rstrip("/")
    contract = Contract(args.schema)

    ops = operations(args.suffix, sample_media())
    unknown = [f"{op.method} {op.template}" for op in ops if contract.operation(op.method, op.template) is None]
    if unknown:
        print(f"contract_check: operations not in {args.schema}: {unknown}", file=sys.stderr)
        return 2

    state, report = {}, Report()
    for op in ops:
        run_operation(contract, base, op, state, report)
    if report.missing:
        print(f"missing endpoints ({len(set(report.missing))}): {', '.join(sorted(set(report.missing)))}", flush=True)
    print(f"contract_check: {report.passed} passed, {report.failed} failed, {report.skipped} skipped", flush=True)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
