"""Hypothesis strategies for what a person (or an attacker) could type into a form's fields.

`draw_submission` draws one filled-in form: a value for each field chosen by its type, and notes
why the server must refuse it when a value breaks what the form itself declares (longer than
`maxlength`, a required field empty or left out, a select value that is not offered, a number
outside `min`/`max`, a file that is not what it claims, a missing or wrong `_csrf`). Markup
payloads carry PLACEHOLDER, replaced by the submission's number just before sending.
"""

import struct
import zlib
from dataclasses import dataclass, field

from hypothesis import strategies as st

from form_markup import PAYLOADS
from form_pages import CSRF

PLACEHOLDER = "\ue000"  # a private-use character, never drawn by the text strategies below
AS_GIVEN = "\ue001"     # a hidden field's value as the page gives it when the form is sent

PLAUSIBLE = ["Hallo Welt", "Grüße aus Augsburg 😀", "Übermorgen um 10 Uhr in Halle 2", "a", "Treffpunkt",
             "Zeile eins\r\nZeile zwei", "#treffpunkt @anna.schmidt https://example.org/"]
# Any character but NUL, surrogates and private use (where PLACEHOLDER lives).
UNICODE = st.characters(exclude_categories=("Cs", "Co"), exclude_characters="\x00")
CONTROL = st.sampled_from([chr(c) for c in range(1, 32)] + ["\x7f", "\x85", "\x9b", "\u2028", "\u202e", "\ufeff", "\u200b"])
# Fields no form has, some named like what an attacker would like to set.
EXTRA_NAMES = st.sampled_from(["role", "is_admin", "user_id", "visibility", "author_id", "zusatz"])


@dataclass
class Submission:
    """A filled-in form, drawn for the form as it was crawled and sent to the form as it is now
    (a hidden field's value, the options, whether a field is there at all may have changed since)."""
    fields: list            # (name, text) pairs; a name may repeat
    files: list             # (name, (filename, bytes, content type)) pairs
    csrf: str = "keep"      # "keep", "missing" or "wrong"
    invalid: list = field(default_factory=list)  # (field name, why the server must refuse it)

    def rendered(self, number, current):
        """The fields to send: each payload's PLACEHOLDER replaced by `number`, hidden values taken
        as `current` (the form now) gives them."""
        def value(name, text):
            if text == AS_GIVEN:
                return current.fields[name].value if name in current.fields else ""
            return text.replace(PLACEHOLDER, str(number))
        return [(name, value(name, text)) for name, text in self.fields]

    def refusals(self, current):
        """Why the server must refuse this, judged by the form now: a field it no longer has, or whose
        only button is left (a published article's), may be ignored."""
        def still_binding(name):
            spec = current.fields.get(name)
            return spec is not None and (spec.kind != "submit" or len(set(spec.options)) > 1)
        return [why for name, why in self.invalid if still_binding(name)]


def tiny_png():
    """A valid 2×2 PNG, made here so the fuzzer needs no image tools."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff\x80\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _payload(limit=None):
    """A markup payload that fits `limit` characters if one does; the first, which tries everything, most often."""
    fitting = [t for t in PAYLOADS if limit is None or len(t) + 12 <= limit] or PAYLOADS
    weighted = [fitting[0]] * (len(fitting) - 1) + fitting
    return st.sampled_from(weighted).map(lambda template: template.replace("{id}", PLACEHOLDER))


def _very_long(form):
    """Beyond 50,000 bytes, SQLite's limit for a LIKE pattern, where it fits: in an address, all fields
    together stay below the 80 KB a request's head may have."""
    if form.method != "GET":
        return ["x" * 55000, "ä" * 30000]
    typed = sum(1 for spec in form.fields.values() if spec.kind not in ("hidden", "submit", "select", "checkbox", "radio"))
    return ["x" * min(55000, 70000 // max(typed, 1))]


def _text_choices(spec, form):
    """(label, strategy of a text, whether it is invalid) for a free-text field."""
    limit = spec.maxlength
    short = min(limit or 80, 80)
    choices = [
        ("plausible", st.sampled_from(PLAUSIBLE).map(lambda t: t[:limit] if limit else t), False),
        ("unicode", st.text(UNICODE, min_size=1, max_size=short), False),
        ("control characters", st.text(CONTROL, min_size=1, max_size=12).map(lambda t: "x" + t + "y"), False),
        # Markup twice as often as the rest: unescaped input is what this fuzzer looks for most.
        *[("markup", st.tuples(st.sampled_from(["", "Hallo "]), _payload(limit)).map("".join), False)] * 2,
        ("empty", st.just(""), spec.required),
        ("blank", st.sampled_from([" ", "\t\r\n"]), False),
    ]
    if limit:
        choices.append(("longer than maxlength", st.integers(1, 40).map(lambda extra: "x" * (limit + extra)), True))
    else:
        choices.append(("very long", st.sampled_from(_very_long(form)), False))
    if spec.kind == "email":
        choices.append(("not an address", st.sampled_from(["kein-at-zeichen", "@", "a@"]), True))
    if form.multipart:
        # The NUL middleware reads form bodies, not files: the multipart reader must refuse it itself.
        choices.append(("NUL", st.sampled_from(["a\x00b", "\x00"]), True))
    return choices


def _number_choices(spec):
    low, high = spec.minimum, spec.maximum
    valid_low, valid_high = (low if low is not None else -5), (high if high is not None else 1000)
    choices = [("in range", st.integers(valid_low, max(valid_low, valid_high)).map(str), False),
               ("not a number", st.sampled_from(["abc", "1e999", "NaN", "0x10", "½"]), True),
               ("huge", st.sampled_from(["99999999999999999999", "-9223372036854775809"]), high is not None),
               ("empty", st.just(""), spec.required)]
    if low is not None:
        choices.append(("below min", st.integers(low - 1000, low - 1).map(str), True))
    if high is not None:
        choices.append(("above max", st.integers(high + 1, high + 1000).map(str), True))
    return choices


def _date_choices(spec):
    examples = {"date": "2027-01-15", "datetime-local": "2027-01-15T10:30", "time": "10:30", "month": "2027-01"}
    return [("plausible", st.just(examples.get(spec.kind, "2027-01-15")), False),
            # Only a required date must be valid: an optional one may not matter (a draft's publication time).
            ("garbage", st.sampled_from(["32.13.2027", "2027-02-30", "morgen", "99999-01-01T00:00"]), spec.required),
            ("empty", st.just(""), spec.required)]


def _option_choices(spec):
    offered = [o for o in spec.options if o is not None] or [spec.value]
    # A form's only button says "sent", not which of several actions: any value may mean the same.
    choosing = spec.kind != "submit" or len(set(offered)) > 1
    return [("offered", st.sampled_from(offered), False),
            ("not offered", st.sampled_from(["nicht-vorhanden", "-1", "99999999999"]).filter(lambda v: v not in offered), choosing),
            ("markup", _payload(), choosing)]


def _hidden_choices():
    return [("as given", st.just(AS_GIVEN), False),
            ("changed", st.one_of(st.sampled_from(["", "0", "-1", "99999999999999999999", "/\\evil.invalid", "//evil.invalid/"]),
                                  _payload(), st.text(UNICODE, max_size=20)), False)]


def _checkbox_choices(spec):
    return [("checked", st.just(spec.options[0] if spec.options else "on"), False),
            ("odd value", st.sampled_from(["ja", "2", ""]), False)]


def field_choices(spec, form):
    """Every way of filling one field: (label, strategy, invalid)."""
    if spec.kind in ("number", "range"):
        return _number_choices(spec)
    if spec.kind in ("date", "datetime-local", "time", "month"):
        return _date_choices(spec)
    if spec.kind in ("select", "radio", "submit"):
        return _option_choices(spec)
    if spec.kind == "hidden":
        return _hidden_choices()
    if spec.kind == "checkbox":
        return _checkbox_choices(spec)
    return _text_choices(spec, form)


def _file_choices(spec):
    if "csv" in spec.accept or "text" in spec.accept:
        return [("CSV", st.text(UNICODE, max_size=200).map(
                    lambda t: ("mitarbeiter.csv", ("Name;E-Mail;Position\n" + t).encode(), "text/csv")), False),
                ("none", st.just(("", b"", "application/octet-stream")), spec.required)]
    return [("picture", st.just(("bild.png", tiny_png(), "image/png")), False),
            ("not a picture", st.just(("bild.png", b"<svg onload=alert(1)>", "image/png")), True),
            # An empty file is what a browser sends when none was chosen; taking it as none is fine.
            ("empty", st.just(("leer.png", b"", "image/png")), False),
            ("none", st.just(("", b"", "application/octet-stream")), spec.required)]


def _draw_one(data, spec, form, mode):
    """One field's value: (values, files, why it is invalid or None). `mode` limits the choice."""
    if spec.kind == "file":
        choices = _file_choices(spec)
    else:
        choices = field_choices(spec, form)
    if mode == "valid":
        choices = [c for c in choices if not c[2]] or choices
    elif mode == "invalid":
        choices = [c for c in choices if c[2]] or choices
    missing_invalid = spec.required and spec.kind not in ("checkbox", "submit")
    if mode != "valid" and data.draw(st.integers(0, 9), label=f"{spec.name} left out?") == 0:
        return [], [], "required field left out" if missing_invalid else None
    label, strategy, invalid = data.draw(st.sampled_from(choices), label=f"{spec.name} kind")
    value = data.draw(strategy, label=f"{spec.name} ({label})")
    why = f"{spec.name}: {label}" if invalid else None
    if spec.kind == "file":
        return [], [(spec.name, value)], why
    return [(spec.name, value)], [], why


def _matters(name, kind, form, files):
    """Whether a field's value counts, given the files sent: an uploaded file takes the place of one
    chosen from a list (a company page's image block), and a field named after a file input
    (media_description for media) describes the file, so without one it describes nothing."""
    uploaded = any(content for _, (_, content, _) in files)
    if uploaded:
        return kind != "select"
    return not any(name.startswith(other + "_") for other, spec in form.fields.items() if spec.kind == "file")


def draw_submission(data, form):
    """One filled-in form, drawn from hypothesis's `data`: all fields valid, one of them invalid, or anything."""
    mode = data.draw(st.sampled_from(["valid", "valid", "one invalid", "anything"]), label="mode")
    names = [name for name in form.fields if name != CSRF]
    spoiled = data.draw(st.sampled_from(names), label="invalid field") if mode == "one invalid" and names else None
    submission, refusals = Submission(fields=[], files=[]), []
    for name in names:
        field_mode = {"valid": "valid", "anything": "anything"}.get(mode, "invalid" if name == spoiled else "valid")
        values, files, why = _draw_one(data, form.fields[name], form, field_mode)
        submission.fields += values
        submission.files += files
        if why:
            refusals.append((name, form.fields[name].kind, why))
    submission.fields += data.draw(st.lists(st.tuples(EXTRA_NAMES, st.one_of(st.sampled_from(["admin", "true", "1"]), _payload())),
                                            max_size=2), label="extra fields")
    submission.invalid = [(name, why) for name, kind, why in refusals if _matters(name, kind, form, submission.files)]
    if CSRF in form.fields or "_csrf=" in form.action:
        submission.csrf = data.draw(st.sampled_from(["keep"] * 18 + ["missing", "wrong"]), label="_csrf")
        token = form.fields[CSRF].value if CSRF in form.fields else None
        if token is not None and submission.csrf != "missing":
            submission.fields.insert(0, (CSRF, token if submission.csrf == "keep" else "falsch" + token[6:]))
    return submission
