"""What is done to bytes before and around the MIME parse so that damaged or
hostile mail is still read, cheaply: header limits, the nesting limit, RFC 822
obsolete syntax, a multipart whose boundary never occurs, headerless text.

Each repair returns what it changed as defects; none of them raises, and each
is one linear pass (``bytes.find`` and RE2) over the bytes it looks at.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from mailbot.errors import MessageError
from mailbot.reading import linear
from mailbot.reading.limits import ReadLimits

HEADER_LINE = linear.compile(rb"^(?:From |[\x21-\x39\x3b-\x7e]+[ \t]*:)")
_BOUNDARY_LINE = linear.compile(r"^--([^\s]{1,70}?)(?:--)?[ \t]*$", re.M)
_OBSOLETE_NAME = linear.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]+:", re.M)
_CONTAINER_HINT = linear.compile(rb"boundary|message/", re.I)
_CONTENT_TYPE = linear.compile(rb"^content-type[ \t]*:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)\n?", re.I | re.M)
_BOUNDARY_PARAM = linear.compile(rb"""boundary[ \t]*=[ \t]*(?:"([^"\n]*)"|([^\s;"]+))""", re.I)
_OPAQUE = b"Content-Type: application/octet-stream; x-mailbot=nested-too-deep\r\n"
# Headers read by the pipeline: kept past the header count limit (a few of each).
_READ_HEADERS = frozenset({
    b"from", b"sender", b"reply-to", b"to", b"cc", b"delivered-to", b"x-original-to", b"subject", b"date",
    b"message-id", b"in-reply-to", b"references", b"content-type", b"content-transfer-encoding",
    b"mime-version", b"content-disposition", b"auto-submitted", b"precedence", b"list-id", b"return-path",
    b"x-autoreply", b"x-autorespond", b"x-failed-recipients", b"list-unsubscribe",
})
_EXTRA_READ_HEADERS = 50


def not_an_email(source: str, why: str) -> MessageError:
    return MessageError(f"{source or '<bytes>'}: not an email: {why}")


def head_end(raw: bytes, start: int = 0) -> tuple[int, int]:
    """(end of the header block, start of the body) from ``start``; the body
    starts after the first empty line, or nowhere (``len(raw)``)."""
    if raw.startswith(b"\n", start):
        return start, start + 1
    if raw.startswith(b"\r\n", start):
        return start, start + 2
    crlf = raw.find(b"\n\r\n", start)
    # a bare-LF blank line counts only before the first CRLF one: look no further (in CRLF
    # mail every line would stop a search of the whole email for "\n\n")
    lf = raw.find(b"\n\n", start, crlf + 1 if crlf >= 0 else len(raw))
    candidates = [(i + 1, i + 2) for i in (lf,) if i >= 0] + [(i + 1, i + 3) for i in (crlf,) if i >= 0]
    return min(candidates) if candidates else (len(raw), len(raw))


# -- header limits ------------------------------------------------------------------

def limit_headers(raw: bytes, limits: ReadLimits) -> tuple[bytes, list[str]]:
    """The top-level header block cut to ``header_count`` fields of at most
    ``header_chars`` each (the fields the pipeline reads are kept past the
    count, a few of each)."""
    end, body = head_end(raw)
    if end <= limits.header_chars and raw.count(b"\n", 0, end) <= limits.header_count:
        return raw, []
    fields: list[bytes] = []
    for line in raw[:end].split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            if len(fields[-1]) <= limits.header_chars:
                fields[-1] += b"\n" + line
        elif line.strip():
            fields.append(line)
    kept: list[bytes] = []
    extra = dropped = cut = 0
    for field in fields:
        if len(kept) >= limits.header_count:
            name = field.split(b":", 1)[0].strip().lower()
            if name not in _READ_HEADERS or extra >= _EXTRA_READ_HEADERS:
                dropped += 1
                continue
            extra += 1
        if len(field) > limits.header_chars:
            field = field[:limits.header_chars].rstrip(b"\r")
            cut += 1
        kept.append(field if field.endswith(b"\r") else field)
    defects = []
    if dropped:
        defects.append(f"{dropped} header fields over the limit of {limits.header_count} not read")
    if cut:
        defects.append(f"{cut} header fields longer than {limits.header_chars} characters cut")
    separator = b"\r\n" if raw[:end].count(b"\r\n") * 2 >= raw.count(b"\n", 0, end) else b"\n"
    rebuilt = separator.join(f.rstrip(b"\r") for f in kept) + separator + separator
    return rebuilt + raw[body:], defects


# -- the nesting limit ------------------------------------------------------------------

def limit_nesting(raw: bytes, limits: ReadLimits) -> tuple[bytes, list[str]]:
    """Containers (multipart, message/*) nested deeper than ``mime_depth`` made
    opaque: their Content-Type becomes ``application/octet-stream``, so the
    MIME parser (recursive in the standard library) keeps them as raw bytes.

    Only emails that name more containers than the limit are scanned: one
    pass that follows the boundaries of the open multiparts."""
    lowered = raw.lower()
    if lowered.count(b"boundary") + lowered.count(b"message/") <= limits.mime_depth:
        # Each container the scan below can open names one of these words in ASCII (a boundary
        # parameter, a message/ type), so it would make nothing opaque: not scanned.
        return raw, []
    if len(linear.find_all(_CONTAINER_HINT, raw, limits.mime_depth + 1)) <= limits.mime_depth:
        return raw, []
    out: list[bytes] = []
    copied = pos = made_opaque = 0
    stack: list[bytes | None] = []  # open containers: a multipart's boundary, None for message/*
    in_head = True
    size = len(raw)
    while pos < size:
        if in_head:
            end, body = head_end(raw, pos)
            kind, boundary, span = _container(raw, pos, end)
            pos = body
            if kind and len(stack) >= limits.mime_depth:
                out += [raw[copied:span[0]], _OPAQUE]
                copied = span[1]
                made_opaque += 1
                kind = None
            if kind == "message":
                stack.append(None)
                continue  # the body is the inner message's header block
            if kind == "multipart":
                stack.append(boundary)
            in_head = False
            continue
        found = _next_boundary(raw, pos, stack)
        if found is None:
            break
        index, closing, pos = found
        del stack[index + 1:]
        if closing:
            stack.pop()
        else:
            in_head = True
    if not made_opaque:
        return raw, []
    out.append(raw[copied:])
    return b"".join(out), [f"MIME nested deeper than {limits.mime_depth} levels: {made_opaque} deeper "
                           f"part(s) kept as raw bytes, not read"]


def _container(raw: bytes, start: int, end: int) -> tuple[str | None, bytes | None, tuple[int, int]]:
    """The kind of part a header block declares: multipart (and its boundary), message, or None."""
    match = _CONTENT_TYPE.search(raw[start:end + 1])
    if match is None:
        return None, None, (0, 0)
    value = match.group(1).lstrip().lower()
    span = (start + match.start(), start + match.end())
    if value.startswith(b"multipart/"):
        param = _BOUNDARY_PARAM.search(match.group(1))
        if param is None:
            return None, None, span
        boundary = (param.group(1) if param.group(1) is not None else param.group(2)).rstrip()
        return ("multipart", boundary, span) if boundary else (None, None, span)
    if value.startswith(b"message/") and not value.startswith((b"message/delivery-status",
                                                                 b"message/disposition-notification")):
        return "message", None, span
    return None, None, span


def _next_boundary(raw: bytes, pos: int, stack: list[bytes | None]) -> tuple[int, bool, int] | None:
    """The next line ``--boundary`` (or ``--boundary--``) of an open multipart
    after ``pos``: (its index in ``stack``, closing, where the line ends)."""
    if not any(stack):
        return None
    at = pos - 1
    while True:
        at = raw.find(b"\n--", at)
        if at < 0:
            return None
        line_start = at + 3
        line_end = raw.find(b"\n", line_start)
        line_end = len(raw) if line_end < 0 else line_end
        line = raw[line_start:min(line_end, line_start + 200)].rstrip()
        for index in range(len(stack) - 1, -1, -1):
            boundary = stack[index]
            if boundary and line.startswith(boundary):
                rest = line[len(boundary):]
                if rest in (b"", b"--"):
                    return index, rest == b"--", min(line_end + 1, len(raw))
        at = line_start


# -- obsolete syntax and lost boundaries -------------------------------------------------

def has_obsolete_headers(msg: Message, raw: bytes) -> bool:
    """RFC 822's ``Name : value`` (space before the colon), which the stdlib
    parser takes for the start of the body."""
    if msg._headers and not any(
        type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in msg.defects
    ):
        return False
    end, _ = head_end(raw)
    return _OBSOLETE_NAME.search(raw[:min(end, 65536)]) is not None


def repair_obsolete_headers(raw: bytes) -> bytes:
    end, _ = head_end(raw)
    cut = min(end, 65536)
    return _OBSOLETE_NAME.sub(rb"\1:", raw[:cut]) + raw[cut:]


def unsplit_multipart(part: Message, defects: list[str]) -> Message | None:
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
    if '"' in boundary or "\\" in boundary:
        return None
    rebuilt = f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n{payload}'
    defects.append("boundary not found; re-split on --" + boundary[:30])
    sub = email.message_from_string(rebuilt, policy=email.policy.compat32)
    return sub if sub.is_multipart() else None
