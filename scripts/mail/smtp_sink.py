#!/usr/bin/env python3
"""A real SMTP server for Treffpunkt's mail tests (Tests/MailTests), built on aiosmtpd.

  smtp_sink.py serve --port N --maildir DIR [--tls-cert C --tls-key K [--implicit-tls]]
                     [--auth USER:PASSWORD [--auth-mechanism PLAIN|LOGIN]] [--refuse-prefix PREFIX]
      Accepts mail on 127.0.0.1:N and writes each message into the maildir DIR (new/). With a
      certificate it requires STARTTLS (or speaks TLS from the first byte with --implicit-tls); with
      --auth it requires that login; recipients starting with PREFIX are refused with 550.

  smtp_sink.py read FILE
      Prints one stored message as JSON, decoded by Python's email package: the headers, the subject,
      the plain-text and HTML parts and their transfer encodings, and any defects the parser found.
"""
import argparse
import asyncio
import email
import json
import ssl
import sys
from email import policy

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Sink(Mailbox):
    def __init__(self, maildir, refuse_prefix):
        super().__init__(maildir)
        self.refuse_prefix = refuse_prefix

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_prefix and address.startswith(self.refuse_prefix):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def authenticator(login, password):
    def check(server, session, envelope, mechanism, auth_data):
        accepted = (isinstance(auth_data, LoginPassword)
                    and auth_data.login == login.encode() and auth_data.password == password.encode())
        return AuthResult(success=accepted)
    return check


async def serve(args):
    tls = None
    if args.tls_cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.tls_cert, args.tls_key)
    options = {"hostname": "sink.test"}
    if tls and not args.implicit_tls:
        options.update(tls_context=tls, require_starttls=True)
    if args.auth:
        login, password = args.auth.split(":", 1)
        options.update(authenticator=authenticator(login, password), auth_required=True,
                       auth_require_tls=bool(tls) and not args.implicit_tls)
        if args.auth_mechanism:
            options["auth_exclude_mechanism"] = [m for m in ("PLAIN", "LOGIN") if m != args.auth_mechanism]
    handler = Sink(args.maildir, args.refuse_prefix)
    server = await asyncio.get_running_loop().create_server(
        lambda: SMTP(handler, **options), "127.0.0.1", args.port, ssl=tls if args.implicit_tls else None)
    print(f"smtp_sink listening on 127.0.0.1:{args.port}", flush=True)
    await server.serve_forever()


def read(path):
    with open(path, "rb") as file:
        message = email.message_from_binary_file(file, policy=policy.default)
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    print(json.dumps({
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "date": str(message["Date"]),
        "message_id": str(message["Message-ID"]),
        "content_type": message.get_content_type(),
        "text": text.get_content() if text else None,
        "html": html.get_content() if html else None,
        "transfer_encodings": [str(part["Content-Transfer-Encoding"]) for part in message.iter_parts()],
        "defects": [type(defect).__name__ for part in message.walk() for defect in part.defects],
    }, ensure_ascii=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser("serve")
    serve_parser.add_argument("--port", type=int, required=True)
    serve_parser.add_argument("--maildir", required=True)
    serve_parser.add_argument("--tls-cert")
    serve_parser.add_argument("--tls-key")
    serve_parser.add_argument("--implicit-tls", action="store_true")
    serve_parser.add_argument("--auth")
    serve_parser.add_argument("--auth-mechanism", choices=["PLAIN", "LOGIN"])
    serve_parser.add_argument("--refuse-prefix")
    read_parser = commands.add_parser("read")
    read_parser.add_argument("file")
    args = parser.parse_args()
    if args.command == "serve":
        asyncio.run(serve(args))
    else:
        read(args.file)


if __name__ == "__main__":
    sys.exit(main())
