"""Walking the MIME tree: the body part a reader sees first, every readable
text when there is none, attachments, and forwarded (message/rfc822) emails.

The walk is bounded (:class:`~mailbot.reading.limits.ReadLimits`): nesting
depth, parts visited, and characters of text read from each part.
"""

from __future__ import annotations

import re
from email.message import Message

from mailbot.models import Attachment
from mailbot.reading import linear
from mailbot.reading.decoding import (content_charset, decode_bytes, decode_header_text, payload_bytes,
                                      unescape_8bit)
from mailbot.reading.fallbacks import unsplit_multipart
from mailbot.reading.headers import Headers
from mailbot.reading.htmltext import html_to_text, strip_tags
from mailbot.reading.limits import ReadLimits

FALLBACK = "fallback"
"""Prefix of the defect recorded when no body part was found."""

_META_CHARSET = linear.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_SKIPPED_TEXT = ("text/calendar", "text/x-vcard", "text/vcard", "text/css", "text/javascript")


class Body:
    """What the walk over the MIME tree collects."""

    __slots__ = ("defects", "attachments", "parts", "forwarded", "parts_seen", "used", "limits")

    def __init__(self, limits: ReadLimits) -> None:
        self.defects: list[str] = []
        self.attachments: list[Attachment] = []
        self.parts: list[Message] = []
        """The part of each attachment, in the same order (to serve its bytes on request)."""
        self.forwarded: list[str] = []
        self.parts_seen = 0
        self.used: set[int] = set()
        self.limits = limits


IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def image_type(data: bytes) -> str | None:
    """The image type these bytes start with (PNG, JPEG, GIF, WebP), else None."""
    for magic, kind in IMAGE_MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def attachment_bytes(part: Message) -> bytes:
    """The decoded bytes of an attachment's part (a forwarded email as its bytes)."""
    if ctype(part).startswith("message/"):
        inner = part._payload[0] if isinstance(part._payload, list) and part._payload else None
        try:
            return inner.as_bytes() if isinstance(inner, Message) else b""
        except (UnicodeError, LookupError, ValueError):
            return str(inner).encode("utf-8", "surrogateescape")
    return payload_bytes(part)


def ctype(part: Message) -> str:
    """``part.get_content_type()``, computed once per part (it is asked often)."""
    try:
        return part.__dict__["_mailbot_ctype"]
    except KeyError:
        found = part.__dict__["_mailbot_ctype"] = part.get_content_type()[:200]
        return found


def _maintype(part: Message) -> str:
    return ctype(part).split("/", 1)[0]


def _is_attachment(part: Message) -> bool:
    disposition = part.get("content-disposition")
    return disposition is not None and str(disposition).strip().lower().startswith("attachment")


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
    return decode_header_text(name, 1000) or None


_EXACT_SIZE = 2_000_000


def _payload_size(part: Message, body: Body) -> int:
    """Decoded bytes of an attachment; estimated from the encoded length when
    it is big (decoding it only to count would double the memory)."""
    payload = part._payload
    if not isinstance(payload, str):
        return 0
    if len(payload) <= _EXACT_SIZE:
        return len(payload_bytes(part, body.defects))
    if "base64" in str(part.get("content-transfer-encoding", "")).lower():
        return (len(payload) - payload.count("\n") * 2) * 3 // 4
    return len(payload)


def _message_size(inner: Message) -> int:
    """Bytes of a forwarded email; 0 when it cannot be written back (damaged)."""
    try:
        return len(inner.as_bytes())
    except Exception:  # noqa: BLE001 - re-split or mislabelled parts that do not serialise
        try:
            return len(inner.as_string().encode("utf-8", "surrogateescape"))
        except Exception:  # noqa: BLE001
            return 0


def _status_block(block: Message) -> str:
    """One block of a delivery report's fields as text.  A field line holding undecodable bytes
    (``\\x80``) makes ``as_string`` raise UnicodeEncodeError: the fields are then written one by
    one, their raw bytes kept as surrogate escapes for :func:`unescape_8bit`."""
    try:
        return block.as_string()
    except Exception:  # noqa: BLE001 - a field the serialiser cannot encode
        lines = []
        for name, value in block._headers:
            lines.append(f"{name}: {value if isinstance(value, str) else ''}")
        return "\n".join(lines)


def leaf_text(part: Message, body: Body) -> str:
    """Readable text of one text/* (or message/delivery-status) leaf, at most
    the text limit (the cut is recorded by :func:`bounded`)."""
    kind = ctype(part)
    limit = body.limits.text_chars
    if kind == "message/delivery-status":
        blocks = part._payload
        if isinstance(blocks, list):
            return "\n\n".join(unescape_8bit(_status_block(b)) for b in blocks if isinstance(b, Message))[:limit + 1]
        return unescape_8bit(str(blocks)[:limit + 1])
    charset = content_charset(part)
    if kind == "text/html":
        html_limit = body.limits.html_chars
        data = payload_bytes(part, body.defects, html_limit)
        if charset is None:
            meta = _META_CHARSET.search(data[:4096])
            if meta:
                charset = meta.group(1).decode("ascii", "replace")
        markup = decode_bytes(data, charset, body.defects)
        if len(markup) > html_limit:
            body.defects.append(body.limits.text_note)
            markup = markup[:html_limit]
        return html_to_text(markup)
    data = payload_bytes(part, body.defects, limit)
    text = decode_bytes(data, charset, body.defects)
    if kind in ("text/enriched", "text/richtext"):
        return strip_tags(text[:limit * 4])
    return text


def _is_text(part: Message) -> bool:
    kind = ctype(part)
    return kind.startswith("text/") or kind == "message/delivery-status"


def find_body(part: Message, depth: int, limits: ReadLimits) -> Message | None:
    """The part a reader sees first: text/plain preferred to text/html.

    Like ``EmailMessage.get_body``: attachments, forwarded messages and
    reports are not the body.
    """
    if depth > limits.mime_depth:
        return None
    kind = ctype(part)
    if not part.is_multipart():
        if kind in ("text/plain", "text/html") and not _is_attachment(part):
            if isinstance(part._payload, str):
                return part
        return None
    subtype = kind.split("/", 1)[-1]
    if subtype in ("report", "digest") or kind.startswith("message/"):
        return None
    children = [c for c in part.get_payload()[:limits.parts] if isinstance(c, Message)]
    if subtype == "alternative":
        found = [b for c in children if (b := find_body(c, depth + 1, limits)) is not None]
        for wanted in ("text/plain", "text/html"):
            for candidate in found:
                if ctype(candidate) == wanted and payload_bytes(candidate, None, 64).strip():
                    return candidate
        return found[0] if found else None
    if subtype == "related":
        start = part.get_param("start")
        if start:
            for child in children:
                if str(child.get("content-id", "")).strip() == str(start).strip():
                    return find_body(child, depth + 1, limits)
        return find_body(children[0], depth + 1, limits) if children else None
    if subtype == "signed":
        return find_body(children[0], depth + 1, limits) if children else None
    for child in children:
        found = find_body(child, depth + 1, limits)
        if found is not None:
            return found
    return None


def walk(part: Message, depth: int, body: Body, texts: list[str] | None, in_forward: bool) -> None:
    """Visit every part: list attachments, gather forwards and, when ``texts``
    is a list, every readable text (the fallback when no body was found)."""
    limits = body.limits
    body.parts_seen += 1
    if body.parts_seen > limits.parts:
        if body.parts_seen == limits.parts + 1:
            body.defects.append(f"more than {limits.parts} parts; rest ignored")
        return
    if depth > limits.mime_depth:
        body.defects.append(f"nested deeper than {limits.mime_depth}; rest ignored")
        return
    for defect in getattr(part, "defects", ())[:20]:
        body.defects.append(defect_name(defect))
    kind = ctype(part)
    maintype = _maintype(part)
    payload = part._payload  # get_payload() decodes, and fails on a tuple charset

    if maintype == "multipart" and isinstance(payload, str):
        resplit = unsplit_multipart(part, body.defects) if depth < limits.mime_depth else None
        if resplit is not None:
            walk(resplit, depth + 1, body, texts, in_forward)
            return
        if texts is not None and payload.strip():
            texts.append(decode_bytes(payload_bytes(part, body.defects, limits.text_chars),
                                      content_charset(part), body.defects))
        return

    if isinstance(payload, list) and maintype != "message":
        children = [c for c in payload if isinstance(c, Message)]
        if texts is not None and depth == 0 and part.preamble and part.preamble.strip():
            preamble = part.preamble
        else:
            preamble = ""
        if kind.split("/", 1)[-1] == "alternative" and texts is not None:
            best = find_body(part, depth, limits)
            for child in children:
                walk(child, depth + 1, body, texts if best is None else None, in_forward)
            if best is not None and id(best) not in body.used:
                body.used.add(id(best))
                texts.append(leaf_text(best, body))
        else:
            for child in children:
                walk(child, depth + 1, body, texts, in_forward)
        if preamble and texts is not None and not any(t.strip() for t in texts):
            texts.append(unescape_8bit(preamble[:limits.text_chars + 1]))
        return

    if maintype == "message" and kind != "message/delivery-status":
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            forwarded = _forwarded_text(inner, depth + 1, body)
            if forwarded.strip():
                body.forwarded.append(forwarded)
                if texts is not None:
                    texts.append(forwarded)
            name = _filename(part)
            if name:
                body.attachments.append(Attachment(name, kind, _message_size(inner)))
                body.parts.append(part)
        elif texts is not None and isinstance(payload, str) and payload.strip():
            texts.append(unescape_8bit(payload[:limits.text_chars + 1]))
        return

    # A leaf.
    name = _filename(part)
    text_leaf = _is_text(part)
    if name or (not text_leaf and maintype != "multipart") or (_is_attachment(part) and not text_leaf):
        body.attachments.append(Attachment(name, kind, _payload_size(part, body),
                                           image_type(payload_bytes(part, None, 16)[:16])))
        body.parts.append(part)
    if text_leaf and texts is not None and id(part) not in body.used:
        body.used.add(id(part))
        if kind in _SKIPPED_TEXT:
            return
        texts.append(leaf_text(part, body))


def _forwarded_text(inner: Message, depth: int, body: Body) -> str:
    """A forwarded (message/rfc822) email: a few headers, then its text."""
    headers = Headers(inner)
    lines = []
    for label in ("From", "Date", "Subject", "To"):
        value = headers.get(label.lower())
        if value:
            lines.append(f"{label}: {decode_header_text(value, 1000)}")
    found = find_body(inner, depth, body.limits)
    if found is not None:
        body.used.add(id(found))
        text = leaf_text(found, body)
        # Still list its attachments and nested forwards.
        if inner.is_multipart():
            for child in inner.get_payload():
                if isinstance(child, Message):
                    walk(child, depth + 1, body, None, True)
    else:
        texts: list[str] = []
        walk(inner, depth, body, texts, True)
        text = "\n\n".join(t for t in texts if t.strip())
    return ("\n".join(lines) + "\n\n" + text) if lines else text


def defect_name(defect: object) -> str:
    """``MissingHeaderBodySeparatorDefect`` as "missing header body separator"."""
    name = type(defect).__name__
    if name.endswith("Defect"):
        name = name[: -len("Defect")]
    return "".join(" " + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))


def read_body(msg: Message, body: Body) -> str:
    """``text``: the body part, else every text part (recorded as a defect)."""
    best = find_body(msg, 0, body.limits)
    if best is not None:
        body.used.add(id(best))
        text = leaf_text(best, body)
        if best is msg:
            body.defects.extend(defect_name(d) for d in msg.defects[:20])
        else:
            walk(msg, 0, body, None, False)
        if text.strip():
            return text
        body.used.discard(id(best))
    texts: list[str] = []
    body.forwarded.clear()
    body.attachments.clear()
    body.parts.clear()
    body.parts_seen = 0
    walk(msg, 0, body, texts, False)
    texts = [t for t in texts if t.strip()]
    if not texts and msg.is_multipart() and msg.preamble and msg.preamble.strip():
        texts.append(unescape_8bit(msg.preamble[:body.limits.text_chars + 1]))
    if texts and (best is not None or msg.is_multipart() or ctype(msg) != "text/plain"):
        body.defects.append(f"{FALLBACK}: no body part in {ctype(msg)}; used every text part")
    return "\n\n".join(texts)
