"""Bytes to :class:`~mailbot.models.InboundMessage`: the first step of the pipeline.

MIME is parsed with the stdlib's fast ``compat32`` policy; headers are decoded
here, by hand, because the modern header registry is several times slower and
crashes on real-world oddities (``To: unlisted-recipients:;``).  Damaged mail
is never an error: what is wrong is recorded in ``defects`` and every readable
text part is kept.  Only bytes that are not an email at all raise
:class:`~mailbot.errors.MessageError`.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import logging
import re
from datetime import datetime, timezone
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from mailbot.errors import MessageError
from mailbot.reading.htmltext import html_to_text, strip_tags
from mailbot.models import Attachment, InboundMessage
from mailbot.reading.quotes import find_forward, split_reply

log = logging.getLogger(__name__)

MAX_DEPTH = 12
"""Nesting levels of multipart and message/rfc822 parts that are read."""
MAX_PARTS = 400
"""Parts visited at most in one message."""
MAX_TEXT = 1_000_000
"""Characters of ``text`` (and of ``forwarded_text``) kept at most."""
MAX_HEADER = 65_536
"""Characters of one header value decoded at most."""

AUTO_HEADERS = (
    "auto-submitted",
    "precedence",
    "list-id",
    "return-path",
    "x-autoreply",
    "x-autorespond",
    "x-failed-recipients",
    "list-unsubscribe",
)
# The addresses the mail was delivered to come first: they decide the brand (C1)
# when To or Cc name several.
RECIPIENT_HEADERS = ("delivered-to", "x-original-to", "to", "cc")
FALLBACK = "fallback"
"""Prefix of the defect recorded when no body part was found."""

_HEADER_LINE = re.compile(rb"^(?:From |[\x21-\x39\x3b-\x7e]+[ \t]*:)")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)\s+(?==\?)")
_MSG_ID = re.compile(r"<[^<>]+>")
_SPACES = re.compile(r"\s+")
_QP_WORD = re.compile(r"=([0-9A-Fa-f]{2})")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_BOUNDARY_LINE = re.compile(r"^--([^\s]{1,70}?)(?:--)?[ \t]*$", re.M)

# Charset names that lie or that Python does not know under that name.
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "windows-874": "cp874",
    "unicode-1-1-utf-7": "utf-7",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "utf8": "utf-8",
}
_UNKNOWN_CHARSETS = frozenset(
    {"", "us-ascii", "ascii", "x-unknown", "unknown", "unknown-8bit", "x-user-defined",
     "default", "charset", "none", "us_ascii", "ansi_x3.4-1968"}
)


# --------------------------------------------------------------------------- text decoding


def decode_bytes(data: bytes, charset: str | None, defects: list[str] | None = None) -> str:
    """Text of ``data`` in ``charset``; never raises.

    An unknown or missing charset tries UTF-8 and then windows-1252; bytes the
    charset cannot decode are replaced, and the problem noted in ``defects``.
    """
    name = (charset or "").strip().strip("\"'").lower()
    if name in _UNKNOWN_CHARSETS or data.isascii():
        if data.isascii():
            return data.decode("ascii")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")
    codec = _CHARSET_ALIASES.get(name, name)
    try:
        return data.decode(codec)
    except LookupError:
        if defects is not None:
            defects.append(f"unknown charset {name[:40]}")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    except UnicodeDecodeError:
        if codec != "utf-8":
            # Mislabelled UTF-8 is common; try it before replacing.
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        if defects is not None:
            defects.append(f"undecodable {name[:40]} text")
        return data.decode(codec, "replace")


def _unescape_8bit(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes; decode them."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        data = value.encode("utf-8", "surrogateescape")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")


def _decode_word(match: re.Match[str]) -> str:
    charset, encoding, payload = match.group(1), match.group(2), match.group(3)
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix
    try:
        if encoding in "bB":
            payload = payload.strip()
            payload += "=" * (-len(payload) % 4)
            data = binascii.a2b_base64(payload.encode("ascii", "replace"))
        else:
            data = _QP_WORD.sub(
                lambda m: chr(int(m.group(1), 16)), payload.replace("_", " ")
            ).encode("latin-1", "replace")
    except (binascii.Error, ValueError):
        return match.group(0)
    return decode_bytes(data, charset)


def decode_header_text(value: object) -> str:
    """An unstructured header (Subject, a display name) as one line of text."""
    if value is None:
        return ""
    text = _unescape_8bit(str(value)[:MAX_HEADER])
    if "=?" in text:
        text = _BETWEEN_WORDS.sub(r"\1", text)
        text = _ENCODED_WORD.sub(_decode_word, text)
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------------- headers


MAX_AUTH_HEADERS = 16
"""Authentication-Results headers kept per email (topmost first); the trusted
one is added last, on top, by the receiving server."""


class _Headers:
    """First value of each header, by lower-case name, raw (folded) text."""

    __slots__ = ("first", "all")

    def __init__(self, msg: Message) -> None:
        self.first: dict[str, str] = {}
        self.all: dict[str, list[str]] = {}
        for name, value in msg._headers:  # raw (name, value) pairs, as parsed
            key = name.lower()
            if not isinstance(value, str):
                value = str(value)
            self.first.setdefault(key, value)
            self.all.setdefault(key, []).append(value)

    def get(self, name: str) -> str | None:
        return self.first.get(name)


_SIMPLE_MAILBOX = re.compile(
    r'\s*(?:"([^"\\]*)"|([^"<>,;:()@\\\[\]]*?))\s*<([^<>\s@",;:()]+@[^<>\s@",;:()]+)>\s*'
    r'|\s*([^<>\s@",;:()]+@[^<>\s@",;:()]+)\s*'
)


def _simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """The common forms (``Name <a@b>``, ``"Name" <a@b>``, ``a@b``, comma
    separated) without the stdlib's slow general parser; None otherwise."""
    if "(" in value or ";" in value or "\\" in value or "\n" in value and "\r" in value:
        return None
    found = []
    pieces = value.split(",") if '"' not in value else [value]
    for piece in pieces:
        if not piece.strip():
            continue
        match = _SIMPLE_MAILBOX.fullmatch(piece)
        if match is None:
            return None
        quoted, bare, addr, alone = match.groups()
        if alone:
            found.append(("", alone.lower()))
        else:
            found.append((decode_header_text(quoted if quoted is not None else bare), addr.lower()))
    return found


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    """(display name, lower-cased addr-spec) pairs; junk and groups skipped."""
    cleaned = [_unescape_8bit(v[:MAX_HEADER]) for v in values]
    if len(cleaned) == 1:
        simple = _simple_addresses(cleaned[0])
        if simple:
            return simple
    try:
        pairs = getaddresses(cleaned)
    except Exception:  # noqa: BLE001 - malformed headers must not stop parsing
        pairs = []
    found = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" not in addr or " " in addr:
            continue
        found.append((decode_header_text(name), addr))
    if not found:
        # getaddresses gives up on some damage; take what looks like addresses.
        for value in cleaned:
            for addr in re.findall(r"[\w.+'=-]+@[\w-]+(?:\.[\w-]+)+", value):
                found.append(("", addr.lower()))
    return found


def _date(value: str | None, defects: list[str]) -> datetime | None:
    if not value:
        return None
    value = _unescape_8bit(value).strip()
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        when = _date_fallback(value)
        if when is None:
            defects.append("unparseable Date")
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when


# Zone abbreviations a sender's software writes without an offset; IST is
# India's here (the brands' customers), not Ireland's or Israel's.
_ZONE_ABBREVIATIONS = {"IST": 19800, "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "BST": 3600, "CET": 3600,
                       "CEST": 7200, "EST": -18000, "EDT": -14400, "PST": -28800, "PDT": -25200}


def _date_fallback(value: str) -> datetime | None:
    """A date the RFC 5322 parser refuses ("30/09/2025 08:00 IST"): day first."""
    try:
        from dateutil import parser as dateparser

        return dateparser.parse(value[:200], fuzzy=True, dayfirst=True, tzinfos=_ZONE_ABBREVIATIONS)
    except (ValueError, OverflowError, TypeError, ImportError):
        return None


def _message_ids(value: str | None) -> list[str]:
    if not value:
        return []
    value = _unescape_8bit(value[:MAX_HEADER])
    ids = [_SPACES.sub("", m) for m in _MSG_ID.findall(value)]
    if not ids:
        bare = value.strip().split()
        if bare and "@" in bare[0]:
            ids = [f"<{bare[0].strip('<>')}>"]
    return ids


# --------------------------------------------------------------------------- body


class _Body:
    """What the walk over the MIME tree collects."""

    __slots__ = ("defects", "attachments", "forwarded", "parts_seen", "used")

    def __init__(self) -> None:
        self.defects: list[str] = []
        self.attachments: list[Attachment] = []
        self.forwarded: list[str] = []
        self.parts_seen = 0
        self.used: set[int] = set()


def _cte(part: Message) -> str:
    value = part.get("content-transfer-encoding")
    if value is None:
        return ""
    return str(value).split(";", 1)[0].strip().strip("\"'").lower()


def payload_bytes(part: Message, body: _Body | None = None) -> bytes:
    """The decoded bytes of a leaf part (Content-Transfer-Encoding undone)."""
    # The raw payload: get_payload() would already decode 8-bit text lossily.
    payload = part._payload
    if isinstance(payload, list):
        return b""
    if not isinstance(payload, str):
        payload = str(payload)
    try:
        data = payload.encode("ascii", "surrogateescape")
    except UnicodeError:
        data = payload.encode("raw-unicode-escape")
    cte = _cte(part)
    if cte == "base64":
        try:
            return binascii.a2b_base64(data)
        except binascii.Error:
            cleaned = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
            cleaned = cleaned[: len(cleaned) - len(cleaned) % 4]
            if body is not None:
                body.defects.append("bad base64")
            try:
                return binascii.a2b_base64(cleaned)
            except binascii.Error:
                return data
    if cte == "quoted-printable":
        return binascii.a2b_qp(data)
    if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
        decoded = part.get_payload(decode=True)
        return decoded if isinstance(decoded, bytes) else data
    return data


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001 - RFC 2231 damage
        return None


def _ctype(part: Message) -> str:
    """``_ctype(part)``, computed once per part (it is asked often)."""
    try:
        return part.__dict__["_mailbot_ctype"]
    except KeyError:
        ctype = part.__dict__["_mailbot_ctype"] = part.get_content_type()
        return ctype


def _maintype(part: Message) -> str:
    return _ctype(part).split("/", 1)[0]


def _is_attachment(part: Message) -> bool:
    disposition = part.get("content-disposition")
    if disposition is not None and str(disposition).strip().lower().startswith("attachment"):
        return True
    return False


def _filename(part: Message) -> str | None:
    disposition = part.get("content-disposition")
    if (disposition is None or "name" not in str(disposition).lower()) and "name" not in str(
        part.get("content-type", "")
    ).lower():
        return None
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        return None
    if name is None:
        return None
    return decode_header_text(name) or None


def _leaf_text(part: Message, body: _Body) -> str:
    """Readable text of one text/* (or message/delivery-status) leaf."""
    ctype = _ctype(part)
    if ctype == "message/delivery-status":
        blocks = part.get_payload()
        if isinstance(blocks, list):
            return "\n\n".join(_unescape_8bit(b.as_string()) for b in blocks if isinstance(b, Message))
        return _unescape_8bit(str(blocks))
    data = payload_bytes(part, body)
    charset = _charset(part)
    if ctype == "text/html":
        if charset is None:
            meta = _META_CHARSET.search(data[:4096])
            if meta:
                charset = meta.group(1).decode("ascii", "replace")
        return html_to_text(decode_bytes(data, charset, body.defects))
    text = decode_bytes(data, charset, body.defects)
    if ctype in ("text/enriched", "text/richtext"):
        return strip_tags(text)
    return text


def _is_text(part: Message) -> bool:
    ctype = _ctype(part)
    return ctype.startswith("text/") or ctype == "message/delivery-status"


def _find_body(part: Message, depth: int) -> Message | None:
    """The part a reader sees first: text/plain preferred to text/html.

    Like ``EmailMessage.get_body``: attachments, forwarded messages and
    reports are not the body.
    """
    if depth > MAX_DEPTH:
        return None
    ctype = _ctype(part)
    if not part.is_multipart():
        if ctype in ("text/plain", "text/html") and not _is_attachment(part):
            if isinstance(part.get_payload(), str):
                return part
        return None
    subtype = _ctype(part).split("/", 1)[-1]
    if subtype in ("report", "digest") or ctype.startswith("message/"):
        return None
    children = [c for c in part.get_payload() if isinstance(c, Message)]
    if subtype == "alternative":
        found = [b for c in children if (b := _find_body(c, depth + 1)) is not None]
        for wanted in ("text/plain", "text/html"):
            for candidate in found:
                if _ctype(candidate) == wanted and payload_bytes(candidate).strip():
                    return candidate
        return found[0] if found else None
    if subtype == "related":
        start = part.get_param("start")
        if start:
            for child in children:
                if str(child.get("content-id", "")).strip() == str(start).strip():
                    return _find_body(child, depth + 1)
        return _find_body(children[0], depth + 1) if children else None
    if subtype in ("signed",):
        return _find_body(children[0], depth + 1) if children else None
    for child in children:
        found = _find_body(child, depth + 1)
        if found is not None:
            return found
    return None


def _unsplit_multipart(part: Message, body: _Body) -> Message | None:
    """Re-read a multipart whose declared boundary never occurs.

    The body is parsed again with the first ``--token`` line as boundary;
    ``None`` when there is no such line.
    """
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    match = _BOUNDARY_LINE.search(payload)
    if match is None:
        return None
    boundary = match.group(1)
    rebuilt = f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n{payload}'
    body.defects.append("boundary not found; re-split on --" + boundary[:30])
    sub = email.message_from_string(rebuilt, policy=email.policy.compat32)
    return sub if sub.is_multipart() else None


def _walk(part: Message, depth: int, body: _Body, texts: list[str] | None, in_forward: bool) -> None:
    """Visit every part: list attachments, gather forwards and, when ``texts``
    is a list, every readable text (the fallback when no body was found)."""
    body.parts_seen += 1
    if body.parts_seen > MAX_PARTS:
        if body.parts_seen == MAX_PARTS + 1:
            body.defects.append(f"more than {MAX_PARTS} parts; rest ignored")
        return
    if depth > MAX_DEPTH:
        body.defects.append(f"nested deeper than {MAX_DEPTH}; rest ignored")
        return
    for defect in getattr(part, "defects", ()):
        body.defects.append(_defect_name(defect))
    ctype = _ctype(part)
    maintype = _maintype(part)
    payload = part.get_payload()

    if maintype == "multipart" and isinstance(payload, str):
        resplit = _unsplit_multipart(part, body)
        if resplit is not None:
            _walk(resplit, depth + 1, body, texts, in_forward)
            return
        if texts is not None and payload.strip():
            texts.append(decode_bytes(payload_bytes(part, body), _charset(part), body.defects))
        return

    if isinstance(payload, list) and maintype != "message":
        children = [c for c in payload if isinstance(c, Message)]
        if texts is not None and depth == 0 and part.preamble and part.preamble.strip():
            preamble = part.preamble
        else:
            preamble = ""
        if _ctype(part).split("/", 1)[-1] == "alternative" and texts is not None:
            best = _find_body(part, depth)
            for child in children:
                _walk(child, depth + 1, body, texts if best is None else None, in_forward)
            if best is not None and id(best) not in body.used:
                body.used.add(id(best))
                texts.append(_leaf_text(best, body))
        else:
            for child in children:
                _walk(child, depth + 1, body, texts, in_forward)
        if preamble and texts is not None and not any(t.strip() for t in texts):
            texts.append(_unescape_8bit(preamble))
        return

    if maintype == "message" and ctype != "message/delivery-status":
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            forwarded = _forwarded_text(inner, depth + 1, body)
            if forwarded.strip():
                body.forwarded.append(forwarded)
                if texts is not None:
                    texts.append(forwarded)
            name = _filename(part)
            if name:
                body.attachments.append(Attachment(name, ctype, len(inner.as_bytes())))
        elif texts is not None and isinstance(payload, str) and payload.strip():
            texts.append(_unescape_8bit(payload))
        return

    # A leaf.
    name = _filename(part)
    text_leaf = _is_text(part)
    if name or (not text_leaf and maintype != "multipart") or (_is_attachment(part) and not text_leaf):
        body.attachments.append(Attachment(name, ctype, len(payload_bytes(part, body))))
    if text_leaf and texts is not None and id(part) not in body.used:
        body.used.add(id(part))
        if ctype in ("text/calendar", "text/x-vcard", "text/vcard", "text/css", "text/javascript"):
            return
        texts.append(_leaf_text(part, body))


def _forwarded_text(inner: Message, depth: int, body: _Body) -> str:
    """A forwarded (message/rfc822) email: a few headers, then its text."""
    headers = _Headers(inner)
    lines = []
    for label in ("From", "Date", "Subject", "To"):
        value = headers.get(label.lower())
        if value:
            lines.append(f"{label}: {decode_header_text(value)}")
    found = _find_body(inner, depth)
    if found is not None:
        body.used.add(id(found))
        text = _leaf_text(found, body)
        # Still list its attachments and nested forwards.
        _walk_children_only(inner, depth, body)
    else:
        texts: list[str] = []
        _walk(inner, depth, body, texts, True)
        text = "\n\n".join(t for t in texts if t.strip())
    return ("\n".join(lines) + "\n\n" + text) if lines else text


def _walk_children_only(part: Message, depth: int, body: _Body) -> None:
    if part.is_multipart():
        for child in part.get_payload():
            if isinstance(child, Message):
                _walk(child, depth + 1, body, None, True)


def _defect_name(defect: object) -> str:
    name = type(defect).__name__
    if name.endswith("Defect"):
        name = name[: -len("Defect")]
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


def _bounded(text: str, body: _Body) -> str:
    if len(text) > MAX_TEXT:
        body.defects.append(f"text longer than {MAX_TEXT} characters; truncated")
        return text[:MAX_TEXT]
    return text


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def _read_body(msg: Message, body: _Body) -> str:
    """``text``: the body part, else every text part (recorded as a defect)."""
    best = _find_body(msg, 0)
    if best is not None:
        body.used.add(id(best))
        text = _leaf_text(best, body)
        if best is msg:
            body.defects.extend(_defect_name(d) for d in msg.defects)
        else:
            _walk(msg, 0, body, None, False)
        if text.strip():
            return text
        body.used.discard(id(best))
    texts: list[str] = []
    body.forwarded.clear()
    body.attachments.clear()
    body.parts_seen = 0
    _walk(msg, 0, body, texts, False)
    texts = [t for t in texts if t.strip()]
    if not texts and msg.is_multipart() and msg.preamble and msg.preamble.strip():
        texts.append(_unescape_8bit(msg.preamble))
    if texts and (best is not None or msg.is_multipart() or _ctype(msg) != "text/plain"):
        body.defects.append(f"{FALLBACK}: no body part in {_ctype(msg)}; used every text part")
    return "\n\n".join(texts)


# --------------------------------------------------------------------------- message

_OBSOLETE_NAME = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]+:", re.M)
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_MIME_TYPE = re.compile(r"[\w.+-]+/[\w.+-]+")


def _has_obsolete_headers(msg: Message, raw: bytes) -> bool:
    """RFC 822's ``Name : value`` (space before the colon), which the stdlib
    parser takes for the start of the body."""
    if msg._headers and not any(
        type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in msg.defects
    ):
        return False
    end = _HEAD_END.search(raw)
    head = raw[: end.start() if end else 65536]
    return _OBSOLETE_NAME.search(head) is not None


def _repair_obsolete_headers(raw: bytes) -> bytes:
    end = _HEAD_END.search(raw)
    cut = end.start() if end else min(len(raw), 65536)
    return _OBSOLETE_NAME.sub(rb"\1:", raw[:cut]) + raw[cut:]


def _content_type(msg: Message) -> str:
    ctype = _ctype(msg)
    if " " in ctype or "\n" in ctype or "\t" in ctype:
        match = _MIME_TYPE.match(ctype)
        return match.group(0) if match else "text/plain"
    return ctype



def _not_an_email(source: str, why: str) -> MessageError:
    return MessageError(f"{source or '<bytes>'}: not an email: {why}")


def parse_message(raw: bytes, source: str = "") -> InboundMessage:
    """Parse one email from its bytes.

    Raises :class:`MessageError` only when ``raw`` is empty, or is binary data
    without a single header line; everything else wrong is listed in
    ``defects``.  Text without headers is read as a body (no text is lost).
    """
    if not raw or not raw.strip():
        raise _not_an_email(source, "empty")
    start = raw.lstrip(b"\r\n\t \xef\xbb\xbf")
    headerless = not _HEADER_LINE.match(start)
    if headerless:
        if b"\x00" in start[:4096]:
            raise _not_an_email(source, "binary data without a header line")
        start = b"\n" + start  # an empty header block: everything is body
    msg = email.message_from_bytes(start, policy=email.policy.compat32)
    repaired = False
    if _has_obsolete_headers(msg, start):
        msg = email.message_from_bytes(_repair_obsolete_headers(start), policy=email.policy.compat32)
        repaired = True
    headers = _Headers(msg)
    defects: list[str] = ["obsolete header syntax (space before colon)"] if repaired else []
    if headerless or not msg._headers:
        defects.append("no header lines: the whole text is read as the body")
    senders = _addresses(headers.all.get("from", []))
    if not senders and headers.get("sender"):
        senders = _addresses([headers.get("sender")])
    sender_name, sender = senders[0] if senders else ("", None)
    if not senders:
        defects.append("no From address")

    recipients: list[str] = []
    for name in RECIPIENT_HEADERS:
        values = headers.all.get(name)
        if values:
            for _, addr in _addresses(values):
                if addr not in recipients:
                    recipients.append(addr)
    reply_to = _addresses(headers.all.get("reply-to", []))

    auto = {}
    for name in AUTO_HEADERS:
        value = headers.get(name)
        if value is not None:
            auto[name] = decode_header_text(value)
    if headers.get("content-type") is not None:
        auto["content-type"] = decode_header_text(headers.get("content-type"))

    message_ids = _message_ids(headers.get("message-id"))
    in_reply_to = _message_ids(headers.get("in-reply-to"))
    references = tuple(dict.fromkeys(_message_ids(headers.get("references"))))

    date = _date(headers.get("date"), defects)
    body = _Body()
    text = _bounded(_normalise(_read_body(msg, body)), body)
    forwarded = _bounded(_normalise("\n\n".join(body.forwarded)), body)
    new_text, rest = split_reply(text)
    inline_forward = find_forward(text)
    if inline_forward:
        forwarded = f"{forwarded}\n\n{inline_forward}" if forwarded else inline_forward

    defects.extend(body.defects)
    return InboundMessage(
        sender=sender,
        sender_name=sender_name,
        recipients=tuple(recipients),
        subject=decode_header_text(headers.get("subject")),
        date=date,
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=references,
        text=text,
        new_text=new_text,
        forwarded_text=forwarded,
        attachments=tuple(body.attachments),
        defects=tuple(dict.fromkeys(defects)),
        auto_headers=auto,
        content_type=_content_type(msg),
        reply_to=reply_to[0][1] if reply_to else None,
        authentication_results=tuple(headers.all.get("authentication-results", ())[:MAX_AUTH_HEADERS]),
        raw_size=len(raw),
        source=source,
    )
