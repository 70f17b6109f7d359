#!/usr/bin/env python3
"""Uses Treffpunkt the way a Mastodon app does, through Mastodon.py (pinned in requirements.txt).

    .venv/bin/python scripts/clients/mastodon_py_check.py --url http://127.0.0.1:8080 [--suffix 2]

Registers an app, creates the members alice, bob and carol (plus --suffix, for a server that already
has them), logs one of them in with the password grant and then checks what each of them sees:
visibilities, friendships (accounts are locked, so a follow is a friendship request), paging,
favourites, boosts, comments, edits, notifications, search, photos (uploaded, described, posted,
loaded by who may see them), live events (stream_user), direct conversations and error answers. Makes its picture with `vips`.

Treffpunkt's audiences map to Mastodon's visibilities: public -> public, members (every logged-in
member) -> unlisted, friends -> private, direct -> direct (only the mentioned people).

Prints one line per check ("ok ...", "FAIL ...", "skip ..." when a check could not run because an
earlier one failed) and a closing "N passed, N failed, N skipped" line; exits 1 if any check failed.
"""

import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

import requests
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonNotFoundError,
    MastodonUnauthorizedError,
    StreamListener,
)
from mastodon.versions import parse_version_string

PASSWORD = "client-check-password-1"


# --- the check runner ---------------------------------------------------------------------------

class Skip(Exception):
    """A check cannot run (an earlier step it needs failed, or an optional feature is absent)."""


class LastResponse:
    """Remembers the last HTTP answer of every client, so a failure can say which request failed."""

    def __init__(self):
        self.response = None

    def hook(self, response, *args, **kwargs):
        self.response = response

    def describe(self):
        r = self.response
        if r is None:
            return ""
        path = requests.utils.urlparse(r.request.url)
        target = path.path + (f"?{path.query}" if path.query else "")
        body = r.text.strip().replace("\n", " ")
        if len(body) > 300:
            body = body[:300] + "…"
        return f"{r.request.method} {target} -> {r.status_code} {body}"


LAST = LastResponse()


def session():
    s = requests.Session()
    s.hooks["response"].append(LAST.hook)
    return s


class Runner:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def check(self, name, fn, needs=None):
        """Runs fn(); prints ok/FAIL/skip. Returns fn's result, or None when it did not pass.
        `needs` maps a description to a value an earlier check produced; None means it failed."""
        for what, value in (needs or {}).items():
            if value is None:
                self.skipped += 1
                print(f"skip {name} (needs {what})", flush=True)
                return None
        LAST.response = None
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                result = fn()
            # Mastodon.py warns about answers it finds odd (e.g. a version without api_versions).
            odd = [str(w.message) for w in caught if "mastodon" in (w.filename or "").lower()]
            if odd:
                raise AssertionError("Mastodon.py warned: " + "; ".join(odd))
        except Skip as e:
            self.skipped += 1
            print(f"skip {name} ({e})", flush=True)
            return None
        except AssertionError as e:
            self.failed += 1
            print(f"FAIL {name}: {e}", flush=True)
            return None
        except Exception as e:  # noqa: BLE001 - any client error is a failed check
            self.failed += 1
            print(f"FAIL {name}: {describe_error(e)}", flush=True)
            return None
        self.passed += 1
        print(f"ok {name}", flush=True)
        return True if result is None else result


def describe_error(e):
    text = f"{type(e).__name__}: {e}"
    if isinstance(e, MastodonAPIError) and len(e.args) >= 4:
        text = f"{type(e).__name__} {e.args[1]} {e.args[3]!r}"
    last = LAST.describe()
    if last:
        text += f" [{last}]"
        if LAST.response is not None and LAST.response.status_code == 404:
            text += " (404: endpoint missing?)"
    if isinstance(e, RecursionError):
        text += " (Mastodon.py 2.3.3 loops in its version check when /api/v1/instance fails)"
    if not isinstance(e, (MastodonAPIError, requests.RequestException)):
        frame = traceback.extract_tb(e.__traceback__)[-1]
        text += f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"
    return text


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def api_status(e):
    return e.args[1] if isinstance(e, MastodonAPIError) and len(e.args) > 1 else None


def expect_error(fn, error_type, status, what):
    """fn() must raise error_type with HTTP status `status`."""
    try:
        result = fn()
    except error_type as e:
        got = api_status(e)
        expect(got == status, f"{what}: expected HTTP {status}, got {got} ({e.args[3] if len(e.args) > 3 else e})")
        return
    raise AssertionError(f"{what}: expected {error_type.__name__} {status}, but the call succeeded "
                         f"({summary(result)}) [{LAST.describe()}]")


def text_of(status):
    """The plain text of a status' HTML content."""
    return html.unescape(re.sub(r"<[^>]+>", " ", status["content"] or "")).strip()


def sid(x):
    return str(x["id"] if isinstance(x, dict) else x)


def ids(items):
    return [sid(s) for s in items]


def id_key(value):
    """Mastodon ids are numbers in strings: compare them as numbers."""
    value = str(value)
    return (0, int(value), "") if value.isdigit() else (1, 0, value)


def summary(result):
    if isinstance(result, list):
        return f"list of {len(result)}"
    if isinstance(result, dict) and "id" in result:
        return f"id {result['id']}"
    return repr(result)[:100]


# --- the scenario -------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="Treffpunkt's PUBLIC_URL")
    parser.add_argument("--suffix", default="", help="appended to the usernames (for a server that has them)")
    args = parser.parse_args()
    base = args.url.rstrip("/")
    run = Runner()
    mode = "none"

    def client(token=None, client_id=None, client_secret=None):
        return Mastodon(client_id=client_id, client_secret=client_secret, access_token=token, api_base_url=base,
                        version_check_mode=mode, session=session(), ratelimit_method="throw", request_timeout=30)

    # Instance and version: Mastodon.py refuses the password grant from 4.4.0 on.
    version_warnings = []

    def instance_version():
        anonymous = Mastodon(api_base_url=base, version_check_mode="none", session=session(), request_timeout=30)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            version = anonymous.retrieve_mastodon_version(fail_hard=True)
        version_warnings.extend(str(w.message) for w in caught)
        parsed = parse_version_string(version)
        expect(parsed < (4, 4, 0), f"version {version!r} is 4.4.0 or later: Mastodon.py then refuses the password grant")
        expect(parsed >= (4, 0, 0), f"version {version!r} is below 4.0.0: Mastodon.py's version checks refuse newer endpoints")
        return version

    version = run.check("instance reports a Mastodon version in [4.0.0, 4.4.0) (retrieve_mastodon_version)", instance_version)
    run.check("Mastodon.py reads the instance without warnings (api_versions in /api/v2/instance)",
              lambda: expect(not version_warnings, "; ".join(version_warnings)), needs={"the version": version})
    if version:
        mode = "created"  # as careful apps do: Mastodon.py then checks each endpoint against the version
    else:
        print("note: continuing without Mastodon.py's version checks (version_check_mode='none')", flush=True)

    # App registration.
    def create_app():
        cid, secret = Mastodon.create_app("Treffpunkt client check", api_base_url=base, website="https://example.org",
                                          session=session(), request_timeout=30)
        expect(cid and secret, f"empty client_id/client_secret: {cid!r} {secret!r}")
        return cid, secret

    app = run.check("create_app registers an app (POST /api/v1/apps)", create_app)
    cid, secret = app if app else (None, None)

    # Accounts: client_credentials token, then POST /api/v1/accounts.
    people = {}
    for name in ("alice", "bob", "carol"):
        username = f"{name}{args.suffix}"

        def create(username=username):
            api = client(client_id=cid, client_secret=secret)
            token = api.create_account(username, PASSWORD, f"{username}@example.org", agreement=True, locale="de")
            expect(token, "no access token")
            me = api.me()
            expect(me.username == username, f"me().username is {me.username!r}, expected {username!r}")
            expect(me.locked is True, f"account is not locked (locked={me.locked!r}): follows would not be requests")
            return api, me

        made = run.check(f"create_account {username} (client_credentials + POST /api/v1/accounts), me() answers",
                         create, needs={"an app": app})
        people[name] = made or (None, None)
    (alice, alice_me), (bob, bob_me), (carol, _) = people["alice"], people["bob"], people["carol"]

    def password_login():
        api = client(client_id=cid, client_secret=secret)
        api.log_in(f"carol{args.suffix}@example.org", PASSWORD, allow_http=True)
        me = api.me()
        expect(me.username == f"carol{args.suffix}", f"logged in as {me.username!r}")
        return api

    carol_login = run.check("log_in with the password grant (carol)", password_login, needs={"carol": carol})

    def app_credentials():
        app_info = carol_login.app_verify_credentials()
        expect(app_info.name == "Treffpunkt client check", f"app name is {app_info.name!r}")

    run.check("app_verify_credentials with a member's token names the app", app_credentials,
              needs={"carol's password login": carol_login})

    # Friendship: accounts are locked, so following asks first; accepting makes it mutual.
    def follow_request():
        rel = bob.account_follow(alice_me)
        expect(rel.requested is True and rel.following is False,
               f"expected a pending request (requested true, following false), got requested={rel.requested} "
               f"following={rel.following}")
        return True

    requested = run.check("bob's account_follow(alice) is a pending friendship request", follow_request,
                          needs={"alice": alice, "bob": bob})

    def sees_request():
        waiting = alice.follow_requests()
        expect(sid(bob_me) in ids(waiting), f"bob not in alice's follow_requests(): {ids(waiting)}")

    run.check("alice sees bob in follow_requests()", sees_request, needs={"the request": requested})

    def request_notified():
        found = [n for n in alice.notifications(limit=40)
                 if n.type in ("follow_request", "follow") and n.account and sid(n.account) == sid(bob_me)]
        expect(found, "no follow_request notification by bob; alice has "
                      f"{[(n.type, n.account and n.account.username) for n in alice.notifications(limit=40)]}")

    run.check("alice's notifications() contain a follow_request by bob (before she answers)", request_notified,
              needs={"the request": requested})

    def authorize():
        rel = alice.follow_request_authorize(bob_me)
        expect(rel.followed_by is True, f"after authorize, relationship says followed_by={rel.followed_by}")
        expect(rel.following is True, f"after authorize, alice does not follow bob (following={rel.following}): "
                                      "a friendship is a mutual follow")
        return True

    friends = run.check("alice accepts with follow_request_authorize (mutual follow)", authorize,
                        needs={"the request": requested})

    def mutual():
        for who, api, other in (("bob", bob, alice_me), ("alice", alice, bob_me)):
            rel = api.account_relationships(other)[0]
            expect(rel.following is True and rel.followed_by is True,
                   f"{who}'s relationship: following={rel.following} followed_by={rel.followed_by}")
            expect(rel.requested is False, f"{who}'s relationship still requested")
        waiting = alice.follow_requests()
        expect(sid(bob_me) not in ids(waiting), "bob is still in alice's follow_requests()")

    run.check("both relationships show following and followed_by; the request is gone", mutual,
              needs={"the friendship": friends})

    def not_friends():
        rel = carol.account_relationships(alice_me)[0]
        expect(rel.following is False and rel.followed_by is False,
               f"carol and alice: following={rel.following} followed_by={rel.followed_by}")

    run.check("carol is no friend of alice (account_relationships)", not_friends, needs={"alice": alice, "carol": carol})

    # Alice posts once with each visibility.
    posts = {}
    texts = {
        "public": "Sommerfest am Freitag im Hof, alle sind eingeladen! #treffpunkt",
        "unlisted": "Kantinenplan für alle Mitglieder: Montag gibt es Linsensuppe",
        "private": "Geheimplan nur für Freunde: Überraschungsfeier für Jana",
        "direct": f"@bob{args.suffix} nur für dich: der Schlüssel liegt am Empfang",
    }
    for visibility, text in texts.items():
        def post(visibility=visibility, text=text):
            status = alice.status_post(text, visibility=visibility)
            expect(status.visibility == visibility, f"answer has visibility {status.visibility!r}")
            expect(sid(status.account) == sid(alice_me), "answer's account is not alice")
            if visibility == "direct":
                expect(sid(bob_me) in [sid(m) for m in status.mentions], f"bob not in mentions: {status.mentions}")
            return status

        posts[visibility] = run.check(f"alice posts with visibility {visibility}", post, needs={"alice": alice})
    public, unlisted, private, direct = (posts[v] for v in ("public", "unlisted", "private", "direct"))

    def bob_home_has_private():
        home = bob.timeline_home(limit=40)
        expect(sid(private) in ids(home), f"private post {sid(private)} not in bob's home timeline {ids(home)}")

    run.check("bob (friend) sees alice's private post in timeline_home", bob_home_has_private,
              needs={"the friendship": friends, "the private post": private})

    def bob_reads(post_):
        def read():
            status = bob.status(post_)
            expect(sid(status) == sid(post_), f"got status {sid(status)}")
            expect(text_of(status) == text_of(post_), f"content differs: {text_of(status)!r} vs {text_of(post_)!r}")
        return read

    run.check("bob (friend) reads the private post by status(id)", bob_reads(private),
              needs={"the friendship": friends, "the private post": private})
    run.check("bob (mentioned) reads the direct post by status(id)", bob_reads(direct),
              needs={"bob": bob, "the direct post": direct})

    run.check("carol (member, no friend) gets 404 for the private post",
              lambda: expect_error(lambda: carol.status(private), MastodonNotFoundError, 404, "carol status(private)"),
              needs={"carol": carol, "the private post": private})
    run.check("carol (not mentioned) gets 404 for the direct post",
              lambda: expect_error(lambda: carol.status(direct), MastodonNotFoundError, 404, "carol status(direct)"),
              needs={"carol": carol, "the direct post": direct})

    # carol registered through a client app, as a customer would: a guest, who reads public posts but
    # never the company's intern ones (Mastodon's unlisted).
    def carol_reads_public_not_intern():
        status = carol.status(public)
        expect(sid(status) == sid(public), f"public: got {sid(status)}")
        expect_error(lambda: carol.status(unlisted), MastodonNotFoundError, 404, "guest carol status(unlisted)")

    run.check("carol, a guest, reads the public post by status(id) and gets 404 for the intern (unlisted) one",
              carol_reads_public_not_intern, needs={"carol": carol, "the public post": public, "the unlisted post": unlisted})

    def carol_account_statuses():
        seen = ids(carol.account_statuses(alice_me, limit=40))
        expect(sid(public) in seen, f"public post missing from alice's account_statuses: {seen}")
        expect(sid(unlisted) not in seen, "guest carol sees the intern (unlisted) post in alice's account_statuses")
        expect(sid(private) not in seen, "carol sees the private (friends) post in alice's account_statuses")
        expect(sid(direct) not in seen, "carol sees the direct post in alice's account_statuses")

    run.check("carol, a guest, sees only the public post on alice's account_statuses", carol_account_statuses,
              needs={"carol": carol, "alice's posts": public and unlisted and private and direct})

    def bob_account_statuses():
        seen = ids(bob.account_statuses(alice_me, limit=40))
        expect(sid(private) in seen, f"friend bob misses the private post in alice's account_statuses: {seen}")

    run.check("bob (friend) sees the private post on alice's account_statuses", bob_account_statuses,
              needs={"the friendship": friends, "the private post": private})

    def carol_home_lacks_private():
        seen = ids(carol.timeline_home(limit=40))
        expect(sid(private) not in seen and sid(direct) not in seen, "carol's home timeline shows a post not meant for her")

    run.check("carol's timeline_home has neither the private nor the direct post", carol_home_lacks_private,
              needs={"carol": carol, "the private post": private, "the direct post": direct})

    anonymous = Mastodon(api_base_url=base, version_check_mode=mode, session=session(), ratelimit_method="throw",
                         request_timeout=30)

    def logged_out_public_timeline():
        seen = ids(anonymous.timeline_public(limit=40))
        expect(sid(public) in seen, f"public post missing from the logged-out public timeline: {seen}")
        for label, post_ in (("unlisted", unlisted), ("private", private), ("direct", direct)):
            expect(sid(post_) not in seen, f"logged-out public timeline shows the {label} post")

    run.check("logged out: timeline_public shows the public post only", logged_out_public_timeline,
              needs={"alice's posts": public and unlisted and private and direct})

    def logged_out_reads():
        expect(sid(anonymous.status(public)) == sid(public), "public post not readable logged out")
        for label, post_ in (("unlisted", unlisted), ("private", private), ("direct", direct)):
            expect_error(lambda: anonymous.status(post_), MastodonNotFoundError, 404, f"logged-out status({label})")

    run.check("logged out: status(public) works, unlisted/private/direct are 404", logged_out_reads,
              needs={"alice's posts": public and unlisted and private and direct})

    # Paging: 25 more posts, read back 10 at a time.
    def write_many():
        return [sid(alice.status_post(f"Seite {n}: Notiz aus dem Lager", visibility="public")) for n in range(1, 26)]

    paging = run.check("alice writes 25 public posts", write_many, needs={"alice": alice})

    def page_home():
        page = bob.timeline_home(limit=10)
        expect(len(page) == 10, f"first page has {len(page)} statuses, expected 10")
        collected, pages = [], 0
        while page:
            pages += 1
            expect(pages <= 20, "more than 20 pages: fetch_next does not end")
            collected += ids(page)
            page = bob.fetch_next(page)
        expect(len(collected) == len(set(collected)), f"duplicates while paging: {collected}")
        expect(collected == sorted(collected, key=id_key, reverse=True), f"not newest first: {collected}")
        missing = [i for i in paging if i not in collected]
        expect(not missing, f"paging missed {len(missing)} of the 25 posts: {missing}")
        expect(collected[:25] == list(reversed(paging)), "the 25 newest are not alice's 25 posts, newest first")
        whole = ids(bob.timeline_home(limit=40))
        expect(collected[:len(whole)] == whole, f"pages differ from one timeline_home(limit=40): {whole}")
        expect(pages >= 3, f"only {pages} pages")

    run.check("bob pages timeline_home(limit=10) with fetch_next: newest first, no duplicates, nothing missed",
              page_home, needs={"the friendship": friends, "the 25 posts": paging})

    def min_id_paging():
        oldest_first = paging  # in posting order
        page = bob.timeline_home(min_id=oldest_first[4], limit=5)
        expect(ids(page) == list(reversed(oldest_first[5:10])),
               f"min_id={oldest_first[4]} limit=5 gave {ids(page)}, expected {list(reversed(oldest_first[5:10]))}")
        newer = bob.fetch_previous(page)
        expect(newer is not None, "no rel=\"prev\" link on the min_id page")
        expect(ids(newer) == list(reversed(oldest_first[10:15])),
               f"fetch_previous gave {ids(newer)}, expected {list(reversed(oldest_first[10:15]))}")

    run.check("min_id paging goes towards newer posts (timeline_home(min_id=…), fetch_previous)", min_id_paging,
              needs={"the friendship": friends, "the 25 posts": paging})

    def since_id_paging():
        page = bob.timeline_home(since_id=paging[19], limit=3)
        expect(ids(page) == list(reversed(paging[22:25])),
               f"since_id={paging[19]} limit=3 gave {ids(page)}, expected the 3 newest {list(reversed(paging[22:25]))}")
        expect(bob.timeline_home(since_id=paging[24]) == [], "since_id of the newest post is not empty")

    run.check("since_id returns the newest posts after it", since_id_paging,
              needs={"the friendship": friends, "the 25 posts": paging})

    # Favourite.
    def favourite():
        status = bob.status_favourite(public)
        expect(status.favourited is True, f"favourited={status.favourited}")
        expect(status.favourites_count == 1, f"favourites_count={status.favourites_count}")
        again = alice.status(public)
        expect(again.favourites_count == 1, f"alice sees favourites_count={again.favourites_count}")
        return status

    faved = run.check("bob favourites alice's post: favourited, favourites_count 1", favourite,
                      needs={"bob": bob, "the public post": public})

    # Boost.
    def reblog():
        boost = bob.status_reblog(public)
        expect(boost.reblog is not None and sid(boost.reblog) == sid(public),
               f"answer is not a boost of the post (reblog={boost.reblog and sid(boost.reblog)})")
        expect(boost.reblog.reblogged is True, f"reblog.reblogged={boost.reblog.reblogged}")
        status = bob.status(public)
        expect(status.reblogged is True and status.reblogs_count == 1,
               f"after reblog: reblogged={status.reblogged} reblogs_count={status.reblogs_count}")
        return boost

    boosted = run.check("bob reblogs alice's public post", reblog, needs={"bob": bob, "the public post": public})

    def unreblog():
        status = bob.status_unreblog(public)
        expect(sid(status) == sid(public), f"unreblog answered with status {sid(status)}")
        status = bob.status(public)
        expect(status.reblogged is False and status.reblogs_count == 0,
               f"after unreblog: reblogged={status.reblogged} reblogs_count={status.reblogs_count}")

    run.check("bob unreblogs it", unreblog, needs={"the boost": boosted})

    # Comments.
    def comment():
        reply = bob.status_post("Ich bringe Kuchen mit!", in_reply_to_id=public)
        expect(sid(reply["in_reply_to_id"]) == sid(public), f"in_reply_to_id={reply['in_reply_to_id']}")
        return reply

    reply = run.check("bob comments with status_post(in_reply_to_id=…)", comment,
                      needs={"bob": bob, "the public post": public})

    def context():
        descendants = ids(alice.status_context(public).descendants)
        expect(sid(reply) in descendants, f"comment not in status_context().descendants: {descendants}")
        ancestors = ids(bob.status_context(reply).ancestors)
        expect(sid(public) in ancestors, f"post not in the comment's ancestors: {ancestors}")
        expect(alice.status(public).replies_count == 1, "replies_count is not 1")

    run.check("status_context: the comment is a descendant, the post its ancestor, replies_count 1", context,
              needs={"the comment": reply})

    # Notifications.
    def notifications_have(kind, kinds):
        def find():
            found = [n for n in alice.notifications(limit=40)
                     if n.type in kinds and n.account and sid(n.account) == sid(bob_me)]
            expect(found, f"no {kind} notification by bob; alice has "
                          f"{[(n.type, n.account and n.account.username) for n in alice.notifications(limit=40)]}")
            return found[0]
        return find

    fav_note = run.check("alice's notifications() contain a favourite by bob",
                         notifications_have("favourite", {"favourite"}), needs={"the favourite": faved})

    def read_marker():
        newest = alice.notifications(limit=1)
        expect(newest, "no notifications")
        try:
            alice.markers_set(["notifications"], [newest[0]])
        except MastodonNotFoundError:
            raise Skip("read markers not implemented (POST /api/v1/markers is 404); optional")
        marker = alice.markers_get(["notifications"])
        expect(sid(marker["notifications"]["last_read_id"]) == sid(newest[0]),
               f"markers_get says {marker['notifications']}")

    run.check("read marker for notifications (markers_set, markers_get)", read_marker, needs={"alice": alice})

    def dismiss():
        alice.notifications_dismiss(fav_note)
        left = ids(alice.notifications(limit=40))
        expect(sid(fav_note) not in left, "dismissed notification still listed")

    run.check("notifications_dismiss removes one notification", dismiss, needs={"the notification": fav_note})

    def clear():
        alice.notifications_clear()
        left = alice.notifications(limit=40)
        expect(len(left) == 0, f"{len(left)} notifications left after notifications_clear()")

    run.check("notifications_clear leaves none", clear, needs={"alice": alice})

    # Editing.
    def edit():
        draft = alice.status_post("Entwurf: Betriebsausflug nach Bamberg", visibility="public")
        edited = alice.status_update(draft, "Betriebsausflug nach Würzburg (korrigiert)")
        expect("Würzburg" in text_of(edited), f"edited content is {text_of(edited)!r}")
        expect(edited.edited_at is not None, "edited_at is null after an edit")
        history = alice.status_history(draft)
        expect(len(history) >= 2, f"status_history has {len(history)} entries")
        expect("Bamberg" in text_of(history[0]), f"first version is {text_of(history[0])!r}")
        expect("Würzburg" in text_of(history[-1]), f"last version is {text_of(history[-1])!r}")
        again = carol.status(draft) if carol else alice.status(draft)
        expect("Würzburg" in text_of(again), "status(id) still shows the old text")

    run.check("status_update edits a post; status_history lists both versions", edit, needs={"alice": alice})

    # Search and hashtags.
    def search_post():
        found = carol.search_v2("Sommerfest")
        expect(sid(public) in ids(found.statuses), f"public post not found: statuses {ids(found.statuses)}")

    run.check("search_v2 finds alice's public post by its text", search_post,
              needs={"carol": carol, "the public post": public})

    def search_account():
        found = carol.search_v2(f"alice{args.suffix}")
        expect(sid(alice_me) in ids(found.accounts), f"alice not found: accounts {[a.acct for a in found.accounts]}")

    run.check("search_v2 finds the account alice", search_account, needs={"carol": carol, "alice": alice})

    def search_hashtag():
        found = carol.search_v2("#treffpunkt")
        names = [t.name.lower() for t in found.hashtags]
        expect("treffpunkt" in names, f"hashtag not found: hashtags {names}")

    run.check("search_v2 finds the hashtag #treffpunkt", search_hashtag, needs={"carol": carol, "the public post": public})

    def hashtag_timeline():
        seen = ids(carol.timeline_hashtag("treffpunkt"))
        expect(sid(public) in seen, f"post not in timeline_hashtag('treffpunkt'): {seen}")

    run.check("timeline_hashtag('treffpunkt') lists the post", hashtag_timeline,
              needs={"carol": carol, "the public post": public})

    def search_hides_private():
        found = carol.search_v2("Geheimplan")
        expect(sid(private) not in ids(found.statuses), "carol's search returns alice's friends-only post")

    run.check("carol's search_v2 does not return alice's friends-only post", search_hides_private,
              needs={"carol": carol, "the private post": private})

    # Photos: uploaded first, then attached; apps load the files without their token.
    picture_folder = tempfile.TemporaryDirectory(prefix="treffpunkt-client-check.")
    picture = Path(picture_folder.name) / "lager.png"
    subprocess.run(["vips", "black", str(picture), "64", "48", "--bands", "3"], check=True)

    def upload_picture():
        # An open file rather than a path: Mastodon.py leaves a path's file open (a ResourceWarning).
        with picture.open("rb") as file:
            media = alice.media_post(file, mime_type="image/png", description="Das neue Regal", focus=(0.5, -0.25))
        expect(media.type == "image", f"type is {media.type!r}")
        expect(media.get("url"), f"no url: a picture is processed at once ({dict(media)})")
        expect(media.description == "Das neue Regal", f"description is {media.get('description')!r}")
        expect(media.meta.original.width == 64 and media.meta.original.height == 48, f"meta.original is {media.meta.original}")
        expect((media.meta.focus.x, media.meta.focus.y) == (0.5, -0.25), f"meta.focus is {media.meta.get('focus')}")
        return media

    uploaded = run.check("alice uploads a picture with media_post (description, focus)", upload_picture, needs={"alice": alice})

    def describe_picture():
        media = alice.media_update(uploaded, description="Das neue Regal im Lager, noch leer")
        expect(media.description == "Das neue Regal im Lager, noch leer", f"description is {media.get('description')!r}")
        expect(alice.media(uploaded).description == media.description, "media(id) still shows the old description")

    described = run.check("media_update changes its description; media(id) shows it", describe_picture,
                          needs={"the upload": uploaded})

    run.check("carol gets 404 for alice's upload with media(id)",
              lambda: expect_error(lambda: carol.media(uploaded), MastodonNotFoundError, 404, "carol media(alice's upload)"),
              needs={"carol": carol, "the upload": uploaded})

    def post_picture():
        status = alice.status_post("Regal ist aufgebaut", visibility="private", media_ids=[uploaded])
        attached = status.media_attachments
        expect(ids(attached) == [sid(uploaded)], f"media_attachments are {ids(attached)}, expected [{sid(uploaded)}]")
        expect(attached[0].description == "Das neue Regal im Lager, noch leer", f"description is {attached[0].get('description')!r}")
        return status

    photo_post = run.check("alice posts it friends-only with status_post(media_ids=…)", post_picture,
                           needs={"the upload": uploaded, "its description": described})

    def friend_loads_picture():
        attached = bob.status(photo_post).media_attachments
        expect(ids(attached) == [sid(uploaded)], f"bob sees media_attachments {ids(attached)}")
        response = requests.get(attached[0].url, timeout=30)
        expect(response.status_code == 200, f"GET {attached[0].url} without a token answered {response.status_code}")
        expect(response.headers.get("Content-Type") == "image/webp", f"Content-Type is {response.headers.get('Content-Type')!r}")
        expect(response.content[8:12] == b"WEBP", f"not a WebP file: {response.content[:12]!r}")
        return attached[0].url

    picture_url = run.check("bob (friend) reads the post and loads its url without a token: 200 image/webp",
                            friend_loads_picture, needs={"the friendship": friends, "the photo post": photo_post})

    def stranger_gets_no_picture():
        path = picture_url.split("?", 1)[0]
        expect("?access=" in picture_url, f"the url carries no access parameter: {picture_url}")
        response = requests.get(path, headers={"Authorization": f"Bearer {carol.access_token}"}, timeout=30)
        expect(response.status_code == 404, f"carol's GET {path} answered {response.status_code}")
        response = requests.get(path, timeout=30)
        expect(response.status_code == 404, f"GET {path} without a token answered {response.status_code}")

    run.check("carol (no friend) and a visitor get 404 for the picture's address without access",
              stranger_gets_no_picture, needs={"carol": carol, "the picture's url": picture_url})
    picture_folder.cleanup()

    # Errors.
    run.check("an empty status is refused with 422",
              lambda: expect_error(lambda: alice.status_post(""), MastodonAPIError, 422, "status_post('')"),
              needs={"alice": alice})

    def unknown_visibility():
        # Mastodon.py refuses unknown visibilities itself, so send the request through its request layer.
        expect_error(lambda: alice._Mastodon__api_request(
            "POST", "/api/v1/statuses", {"status": "Hallo", "visibility": "geheim"}),
            MastodonAPIError, 422, "visibility=geheim")

    run.check("an unknown visibility is refused with 422", unknown_visibility, needs={"alice": alice})

    # Live: Mastodon.py's stream_user reads server-sent events at /api/v1/streaming/user.
    def stream_user():
        received = {"update": [], "notification": []}

        class Listener(StreamListener):
            def on_update(self, status):
                received["update"].append(status)

            def on_notification(self, notification):
                received["notification"].append(notification)

        liked_post = alice.status_post("Live: wer mag das?", visibility="public")
        handle = alice.stream_user(Listener(), run_async=True)
        try:
            deadline = time.time() + 5
            while not handle.is_receiving() and time.time() < deadline:
                time.sleep(0.05)
            expect(handle.is_receiving(), "the stream did not open within 5 s")
            posted = bob.status_post("Live für meine Freunde", visibility="private")
            bob.status_favourite(liked_post)
            deadline = time.time() + 5
            while time.time() < deadline and not (
                    any(sid(s) == sid(posted) for s in received["update"])
                    and any(n.type == "favourite" for n in received["notification"])):
                time.sleep(0.05)
        finally:
            handle.close()
        expect(any(sid(s) == sid(posted) for s in received["update"]),
               f"on_update did not get bob's post within 5 s (got {[sid(s) for s in received['update']]})")
        liked = [n for n in received["notification"] if n.type == "favourite"]
        expect(liked and sid(liked[0].account) == sid(bob_me) and sid(liked[0].status) == sid(liked_post),
               f"on_notification did not get bob's favourite within 5 s (got {[n.type for n in received['notification']]})")
        bob.status_delete(posted)
        alice.status_delete(liked_post)

    run.check("stream_user: a friend's post arrives at on_update and a favourite at on_notification within 5 s",
              stream_user, needs={"the friendship": friends})

    def conversations():
        message = alice.status_post(f"@bob{args.suffix} eine Unterhaltung unter vier Augen", visibility="direct")
        found = [c for c in bob.conversations() if c.last_status and sid(c.last_status) == sid(message)]
        expect(found, f"bob's conversations() lack the direct post: {[sid(c.last_status) for c in bob.conversations()]}")
        conversation = found[0]
        expect(conversation.unread is True, "a new message is not unread")
        expect([sid(a) for a in conversation.accounts] == [sid(alice_me)],
               f"accounts are {[a.username for a in conversation.accounts]}, not alice")
        read = bob.conversations_read(conversation.id)
        expect(read.unread is False, "conversations_read left it unread")
        expect(all(not c.last_status or sid(c.last_status) != sid(message) for c in carol.conversations()),
               "carol, not addressed, sees the conversation")
        expect_error(lambda: carol.conversations_read(conversation.id), MastodonNotFoundError, 404,
                     "conversations_read by someone outside")

    run.check("conversations(): a direct status_post is bob's unread conversation with alice; read; 404 for carol",
              conversations, needs={"alice": alice, "bob": bob, "carol": carol})

    def revoke():
        token = carol_login.access_token
        carol_login.revoke_access_token(allow_http=True)
        revoked = Mastodon(access_token=token, api_base_url=base, version_check_mode="none", session=session(),
                           ratelimit_method="throw", request_timeout=30)
        expect_error(lambda: revoked.me(), MastodonUnauthorizedError, 401, "me() with the revoked token")
        return token

    revoked_token = run.check("revoke_access_token: the token is refused with 401 afterwards", revoke,
                              needs={"carol's password login": carol_login})

    def stale_token_client():
        # An app builds its client from the stored token before it learns that the token was revoked;
        # with version checks on, Mastodon.py first reads /api/v1/instance with that token (Mastodon
        # ignores a bad token there) and loops without end when that answers 401.
        stale = Mastodon(access_token=revoked_token, api_base_url=base, version_check_mode="created",
                         session=session(), ratelimit_method="throw", request_timeout=30)
        expect(stale.mastodon_major == 4, f"version not detected ({stale.mastodon_major}.{stale.mastodon_minor})")
        expect_error(lambda: stale.me(), MastodonUnauthorizedError, 401, "me() with the revoked token")

    run.check("a client built with the revoked token still reads the instance version, then gets 401",
              stale_token_client, needs={"the revoked token": revoked_token})

    # A company page is an account: found, followed without a request, its posts in the follower's home.
    def demo_company():
        data_dir = os.environ.get("TREFFPUNKT_DATA_DIR")
        expect(data_dir, "the server's data folder (TREFFPUNKT_DATA_DIR, set by scripts/with-server.sh) is needed to seed it")
        binary = os.environ.get("TREFFPUNKT_BIN") or str(Path(__file__).resolve().parents[2] / ".build" / "debug" / "treffpunkt")
        environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        environment["DATA_DIR"] = data_dir
        result = subprocess.run([binary, "seed", "--demo"], env=environment, capture_output=True, text=True,
                                timeout=300)
        expect(result.returncode == 0, f"seed --demo failed: {result.stdout}{result.stderr}")
        return True

    seeded = run.check("the demo company is loaded into the running server (treffpunkt seed --demo)", demo_company)

    def follow_company_page():
        page = bob.account_lookup("musterfirma")
        expect(page.display_name == "Musterfirma GmbH", f"display_name is {page.display_name!r}")
        expect(page.locked is False, "a company page is followed without a request")
        found = bob.account_search("Musterfirma")
        expect(any(sid(a.id) == sid(page.id) for a in found), "account_search does not find the page")
        relationship = bob.account_follow(page.id)
        expect(relationship.following is True, f"following is {relationship.following!r} after account_follow")
        statuses = bob.account_statuses(page.id)
        expect(statuses, "the page has no statuses")
        expect(all(sid(s.account.id) == sid(page.id) for s in statuses), "statuses of others among the page's")
        home = bob.timeline_home(limit=40)
        expect(any(sid(s.account.id) == sid(page.id) for s in home), "the page's posts are not in the follower's home")
        bob.account_unfollow(page.id)

    run.check("a company page is an account: lookup, search, follow, its statuses in the follower's home",
              follow_company_page, needs={"bob": bob, "the demo company": seeded})

    print(f"mastodon_py_check: {run.passed} passed, {run.failed} failed, {run.skipped} skipped", flush=True)
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
