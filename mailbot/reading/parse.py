"""Bytes to :class:`~mailbot.models.InboundMessage`: the first step of the pipeline.

The steps live in their own modules: :mod:`~mailbot.reading.fallbacks`
(header and nesting limits, repairs done on the bytes), the MIME tree
(:mod:`~mailbot.reading.fastmime` for the common shapes, else the stdlib's
``compat32`` parser, which builds the same tree), :mod:`~mailbot.reading.headers` (addresses, dates,
Message-IDs), :mod:`~mailbot.reading.mimetree` (the walk that finds the
text), :mod:`~mailbot.reading.decoding` (charsets and encodings).  Damaged
mail is never an error: what is wrong, and every bound that cut something,
is recorded in ``defects`` and every readable text part is kept.  Only bytes
that are not an email at all raise :class:`~mailbot.errors.MessageError`.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from mailbot.models import Attachment, InboundMessage
from mailbot.reading import fastmime, linear
from mailbot.reading.decoding import decode_bytes, decode_header_text
from mailbot.reading.fallbacks import (HEADER_LINE, has_obsolete_headers, limit_headers, limit_nesting,
                                       not_an_email, repair_obsolete_headers)
from mailbot.reading.headers import AUTO_HEADERS, RECIPIENT_HEADERS, Headers, addresses, message_ids, parse_date
from mailbot.reading.limits import DEFAULT_LIMITS, ReadLimits
from mailbot.reading.mimetree import FALLBACK, Body, attachment_bytes, ctype, read_body

MAX_AUTH_HEADERS = 16
"""Authentication-Results headers kept per email (topmost first); the trusted
one is added last, on top, by the receiving server."""

__all__ = ["FALLBACK", "decode_bytes", "decode_header_text", "parse_message"]

_MIME_TYPE = linear.lazy(r"[\w.+-]+/[\w.+-]+")  # mem46: for a damaged Content-Type only


def _content_type(msg: Message) -> str:
    kind = ctype(msg)
    if " " in kind or "\n" in kind or "\t" in kind:
        match = _MIME_TYPE.match(kind)
        return match.group(0) if match else "text/plain"
    return kind


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def _bounded(text: str, limits: ReadLimits, defects: list[str]) -> str:
    if len(text) > limits.text_chars:
        defects.append(limits.text_note)
        return text[:limits.text_chars]
    return text


def _mime(raw: bytes, source: str, limits: ReadLimits) -> tuple[Message, bool, list[str]]:
    """The MIME tree of ``raw`` within the limits: (message, headerless, defects)."""
    if not raw or not raw.strip():
        raise not_an_email(source, "empty")
    start = raw.lstrip(b"\r\n\t \xef\xbb\xbf")
    headerless = not HEADER_LINE.match(start[:1000])
    if headerless:
        if b"\x00" in start[:4096]:
            raise not_an_email(source, "binary data without a header line")
        start = b"\n" + start  # an empty header block: everything is body
    start, defects = limit_headers(start, limits)
    start, deep = limit_nesting(start, limits)
    defects += deep
    msg = fastmime.message_from_bytes(start) or email.message_from_bytes(start, policy=email.policy.compat32)
    if has_obsolete_headers(msg, start):
        msg = email.message_from_bytes(repair_obsolete_headers(start), policy=email.policy.compat32)
        defects.insert(0, "obsolete header syntax (space before colon)")
    if headerless or not msg._headers:
        defects.append("no header lines: the whole text is read as the body")
    return msg, headerless, defects


def parse_message(raw: bytes, source: str = "", limits: ReadLimits = DEFAULT_LIMITS) -> InboundMessage:
    """Parse one email from its bytes, within ``limits``.

    Raises :class:`MessageError` only when ``raw`` is empty, or is binary data
    without a single header line; everything else wrong is listed in
    ``defects``.  Text without headers is read as a body (no text is lost).
    """
    msg, _, defects = _mime(raw, source, limits)
    headers = Headers(msg)
    senders = addresses(headers.all.get("from", []), limits)
    if not senders and headers.get("sender"):
        senders = addresses([headers.get("sender")], limits)
    sender_name, sender = senders[0] if senders else ("", None)
    if not senders:
        defects.append("no From address")

    recipients: list[str] = []
    for name in RECIPIENT_HEADERS:
        values = headers.all.get(name)
        if values:
            for _, addr in addresses(values, limits):
                if addr not in recipients:
                    recipients.append(addr)
    reply_to = addresses(headers.all.get("reply-to", []), limits)

    auto = {}
    for name in AUTO_HEADERS:
        value = headers.get(name)
        if value is not None:
            auto[name] = decode_header_text(value, limits.header_chars)
    if headers.get("content-type") is not None:
        auto["content-type"] = decode_header_text(headers.get("content-type"), limits.header_chars)

    ids = message_ids(headers.get("message-id"))
    in_reply_to = message_ids(headers.get("in-reply-to"))
    references = tuple(dict.fromkeys(message_ids(headers.get("references"))))[:100]

    date = parse_date(headers.get("date"), defects)
    body = Body(limits)
    text = _bounded(_normalise(read_body(msg, body)), limits, body.defects)
    forwarded = _bounded(_normalise("\n\n".join(body.forwarded)), limits, body.defects)
    from mailbot.reading.quotes import find_forward, split_reply  # here, not at the top: the main process
    # imports this module and reads no body while parse workers run (issue 8, memory: 3 MB of patterns)

    new_text, rest = split_reply(text)
    inline_forward = find_forward(text)
    if inline_forward:
        forwarded = f"{forwarded}\n\n{inline_forward}" if forwarded else inline_forward

    defects.extend(body.defects)
    return InboundMessage(
        sender=sender,
        sender_name=sender_name,
        recipients=tuple(recipients[:100]),
        subject=decode_header_text(headers.get("subject"), limits.header_chars),
        date=date,
        message_id=ids[0] if ids else None,
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


def attachment_files(raw: bytes, limits: ReadLimits = DEFAULT_LIMITS) -> list[tuple[Attachment, bytes]]:
    """Each attachment :func:`parse_message` lists for ``raw``, in the same order, with its
    decoded bytes: what the staff UI serves as a download (numbered from 1 as listed)."""
    msg, _, _ = _mime(raw, "", limits)
    body = Body(limits)
    read_body(msg, body)
    return [(found, attachment_bytes(part)) for found, part in zip(body.attachments, body.parts)]
