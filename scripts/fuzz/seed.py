"""Seeds a fresh Treffpunkt server through its API, so that the fuzzer's ids name real things.

Registers an app and three members through the API, as a Mastodon client would: `fuzzer` (whose
token the fuzzer uses), `freundin` (a friend of fuzzer) and `fremder` (who asks fuzzer for
friendship and is left pending). Then posts with every visibility, a comment, a share, a
favourite, an edit and a read marker, so that timelines, threads, histories, notifications and
follow requests have something in them, and fuzzer's pictures (one on a friends-only post, one
not yet posted; made with `vips`). Returns the tokens (fuzzer's and the app's) and the ids it made.
"""

import subprocess
import tempfile
from pathlib import Path

import requests

PASSWORD = "fuzz-password-1"
SCOPES = "read write follow push"


class Seeder:
    def __init__(self, url, suffix=""):
        self.url = url.rstrip("/")
        # Usernames are unique: each seeding of the same server needs a suffix of its own.
        self.suffix = suffix
        self.http = requests.Session()

    def call(self, method, path, token=None, expect=200, **kwargs):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = self.http.request(method, self.url + path, headers=headers, timeout=30, **kwargs)
        if response.status_code != expect:
            raise RuntimeError(f"seeding: {method} {path} answered {response.status_code}, not {expect}: {response.text[:300]}")
        return response.json()

    def seed(self):
        app = self.call("POST", "/api/v1/apps", data={"client_name": "Fuzzer", "scopes": SCOPES,
                                                      "redirect_uris": "urn:ietf:wg:oauth:2.0:oob"})
        app_token = self.call("POST", "/oauth/token", data={
            "grant_type": "client_credentials", "client_id": app["client_id"],
            "client_secret": app["client_secret"], "scope": "read write"})["access_token"]

        tokens, ids = {}, {}
        usernames = {name: name + self.suffix for name in ("fuzzer", "freundin", "fremder")}
        for name, username in usernames.items():
            tokens[name] = self.call("POST", "/api/v1/accounts", token=app_token, data={
                "username": username, "email": f"{username}@example.org", "password": PASSWORD,
                "agreement": "true", "locale": "de"})["access_token"]
            ids[name] = self.call("GET", "/api/v1/accounts/verify_credentials", token=tokens[name])["id"]
        me, friend, stranger = tokens["fuzzer"], tokens["freundin"], tokens["fremder"]

        # fuzzer and freundin are friends; fremder waits for fuzzer's answer.
        self.call("POST", f"/api/v1/accounts/{ids['freundin']}/follow", token=me)
        self.call("POST", f"/api/v1/follow_requests/{ids['fuzzer']}/authorize", token=friend)
        self.call("POST", f"/api/v1/accounts/{ids['fuzzer']}/follow", token=stranger)

        def post(token, text, visibility, **extra):
            return self.call("POST", "/api/v1/statuses", token=token,
                             json={"status": text, "visibility": visibility, **extra})["id"]

        statuses = [
            post(me, f"Guten Morgen, @{usernames['freundin']}! #treffpunkt", "public"),
            post(me, "Nur für Freunde #intern", "private"),
            post(friend, "Willkommen im Team #treffpunkt", "public"),
            post(friend, "Für alle Mitglieder", "unlisted"),
            post(friend, f"Unter uns, @{usernames['fuzzer']}", "direct"),
            post(stranger, "Hallo zusammen #fremd", "public"),
        ]
        statuses.append(post(me, "Danke!", "public", in_reply_to_id=statuses[2]))
        self.call("PUT", f"/api/v1/statuses/{statuses[0]}", token=me,
                  json={"status": f"Guten Morgen, @{usernames['freundin']}! #treffpunkt (bearbeitet)"})
        self.call("POST", f"/api/v1/statuses/{statuses[0]}/favourite", token=friend)
        statuses.append(self.call("POST", f"/api/v1/statuses/{statuses[0]}/reblog", token=friend)["id"])
        self.call("POST", f"/api/v1/statuses/{statuses[2]}/favourite", token=me)

        media = [self.upload_picture(me, "Regal im Lager") for _ in range(2)]
        statuses.append(post(me, "Das neue Regal", "private", media_ids=media[:1]))

        notifications = [n["id"] for n in self.call("GET", "/api/v1/notifications", token=me)]
        if notifications:
            self.call("POST", "/api/v1/markers", token=me, json={"notifications": {"last_read_id": notifications[0]}})
        return {
            "token": me,
            "app_token": app_token,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "password": PASSWORD,
            "accounts": [ids["fuzzer"], ids["freundin"], ids["fremder"]],
            "usernames": list(usernames.values()),
            "statuses": statuses,
            "notifications": notifications,
            "hashtags": ["treffpunkt", "intern", "fremd"],
            "media": media,
        }

    def upload_picture(self, token, description):
        with tempfile.TemporaryDirectory(prefix="treffpunkt-fuzz-seed.") as folder:
            picture = Path(folder) / "regal.png"
            subprocess.run(["vips", "black", str(picture), "64", "48", "--bands", "3"], check=True)
            files = {"file": ("regal.png", picture.read_bytes(), "image/png")}
        return self.call("POST", "/api/v2/media", token=token, files=files, data={"description": description})["id"]
