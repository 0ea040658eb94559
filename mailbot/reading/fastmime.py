"""The MIME tree of the common shapes of mail, split on the bytes directly.

The standard library's ``compat32`` feed parser reads an email line by line
through several Python calls per line, and compiles a new regular expression
for every multipart boundary it meets (a cache miss on nearly every email,
since boundaries are unique): about half the cost of reading one email.
:func:`message_from_bytes` builds the very same :class:`~email.message.Message`
tree for the shapes nearly all mail has, with ``bytes.find`` and one ``split``
of the header block:

- a header block of well-formed fields (a name of printable ASCII, a colon,
  folded continuation lines), ended by an empty line;
- a leaf body, or a multipart whose parts are leaves or such multiparts
  again (at most :data:`MAX_DEPTH` levels), with a start and a close
  boundary line, and no two boundary lines in a row;
- lines ended by LF or CRLF; a bare CR (a line end for the feed parser)
  only inside a leaf's body, where it changes no line that matters.

Anything else (a Unix ``From`` line, a header line the feed parser would
take for the body, a missing close boundary, ``message/*`` parts,
``multipart/digest``, a bare CR, an encoding the feed parser notes as a
defect) makes it decline (``None``), and the caller uses the stdlib parser:
so the fast path never has to copy a repair or a defect.  Where it does not
decline, the tree is equal to the stdlib's, field for field (headers as
their raw folded values, payloads with surrogate-escaped 8-bit bytes,
preamble, epilogue, no defects); ``tests/test_fastmime.py`` checks that on
mutated real mail with Hypothesis, and ``bench/reading_diff.py`` on 5,615
emails.

Every step is one linear pass: each boundary search moves forward, the
parts' regions do not overlap, and nesting is bounded.
"""

from __future__ import annotations

import email.policy
from email.message import Message

MAX_DEPTH = 4
"""Multipart levels split here; a deeper tree is left to the stdlib parser
(each level searches its own region once for a blank line)."""

_NAME_CHARS = bytes(range(0x21, 0x3A)) + bytes(range(0x3B, 0x7F))
"""The bytes of a field name (RFC 5322 ftext: printable ASCII but the colon),
as the feed parser's ``headerRE`` accepts them."""
_LEAF_OK_CTE = ("7bit", "8bit", "binary")
_POLICY = email.policy.compat32


class _Decline(Exception):
    """This email is not of a shape split here: the stdlib parser reads it."""


def message_from_bytes(raw: bytes) -> Message | None:
    """``email.message_from_bytes(raw, policy=compat32)`` for the common
    shapes, or None when ``raw`` is of another shape (see the module doc)."""
    try:
        return _part(raw, 0, len(raw), 0)
    except _Decline:
        return None
    except Exception:  # noqa: BLE001 - a header the stdlib's own methods trip on: its parser decides
        return None


def _part(raw: bytes, start: int, end: int, depth: int) -> Message:
    """The message (``depth`` 0) or the part in ``raw[start:end]``; a part's
    region ends just before the next boundary line of its parent."""
    head_stop, body = _blank_line(raw, start, end)
    msg = Message(policy=_POLICY)
    msg._headers = _fields(raw, start, head_stop)
    main = msg.get_content_maintype()
    if main == "message":
        raise _Decline
    if main == "multipart":
        _multipart(msg, raw, body, end, depth)
        return msg
    payload = raw[body:end]
    if depth:  # the line end before a boundary belongs to the boundary
        if payload.endswith(b"\r\n"):
            payload = payload[:-2]
        elif payload.endswith(b"\n"):
            payload = payload[:-1]
    msg._payload = payload.decode("ascii", "surrogateescape")
    return msg


def _blank_line(raw: bytes, start: int, end: int) -> tuple[int, int]:
    """(where the empty line ending the header block starts, where the body
    starts) within ``raw[start:end]``."""
    if raw.startswith(b"\n", start, end):
        return start, start + 1
    if raw.startswith(b"\r\n", start, end):
        return start, start + 2
    crlf = raw.find(b"\n\r\n", start, end)
    lf = raw.find(b"\n\n", start, crlf + 2 if crlf >= 0 else end)
    if lf >= 0:
        return lf + 1, lf + 2
    if crlf >= 0:
        return crlf + 1, crlf + 3
    raise _Decline  # headers up to the end: rare, left to the stdlib


def _fields(raw: bytes, start: int, stop: int) -> list[tuple[str, str]]:
    """The header fields of ``raw[start:stop]`` as the ``compat32`` policy
    stores them: (name, value with its folding, line ends stripped at the end)."""
    if stop == start:
        return []
    block = raw[start:stop]
    if b"\r" in block and block.count(b"\r") != block.count(b"\r\n"):
        raise _Decline  # a bare CR ends a header line for the feed parser
    lines = block.split(b"\n")
    lines.pop()  # the block ends with a line end
    fields: list[list[bytes]] = []
    for line in lines:
        first = line[:1]
        if first == b" " or first == b"\t":
            if not fields:
                raise _Decline  # a continuation first: a defect
            fields[-1].append(line)
            continue
        colon = line.find(b":")
        if colon <= 0 or line[:colon].translate(None, _NAME_CHARS):
            raise _Decline  # not a field line: the feed parser starts the body here
        fields.append([line])
    found = []
    for field in fields:
        first = field[0]
        colon = first.find(b":")
        value = first[colon + 1:].lstrip(b" \t")
        if len(field) > 1:
            value = value + b"\n" + b"\n".join(field[1:])
        value = value.rstrip(b"\r\n")
        found.append((first[:colon].decode("ascii"), value.decode("ascii", "surrogateescape")))
    return found


def _multipart(msg: Message, raw: bytes, body: int, end: int, depth: int) -> None:
    if depth >= MAX_DEPTH or msg.get_content_type() == "multipart/digest":
        raise _Decline
    boundary = msg.get_boundary()
    if not boundary or not boundary.isascii() or "\n" in boundary or "\r" in boundary:
        raise _Decline  # a folded boundary never matches a line for the feed parser
    if str(msg.get("content-transfer-encoding", "8bit")).lower() not in _LEAF_OK_CTE:
        raise _Decline
    separator = b"--" + boundary.encode("ascii")
    if raw.find(b"\r" + separator, body, end) >= 0:
        raise _Decline  # a boundary line after a bare CR, which ends a line for the feed parser
    lines = _boundary_lines(raw, separator, body, end)
    if len(lines) < 2 or lines[0][2] or not lines[-1][2]:
        raise _Decline  # no start boundary, or no close boundary
    first = lines[0][0]
    if first > body:  # the preamble, without the line end that belongs to the boundary
        preamble = raw[body:first]
        preamble = preamble[:-2] if preamble.endswith(b"\r\n") else preamble[:-1]
        msg.preamble = preamble.decode("ascii", "surrogateescape")
    children = []
    for (_, after, _), (following, _, _) in zip(lines, lines[1:]):
        if after >= following:
            raise _Decline  # two boundary lines in a row (or one without a line end)
        children.append(_part(raw, after, following, depth + 1))
    msg._payload = children
    epilogue = raw[lines[-1][1]:end]
    if depth:  # as the feed parser cleans a nested multipart's epilogue
        if not epilogue:
            msg.epilogue = None
            return
        if epilogue.endswith(b"\r\n"):
            epilogue = epilogue[:-2]
        elif epilogue.endswith(b"\n"):
            epilogue = epilogue[:-1]
    msg.epilogue = epilogue.decode("ascii", "surrogateescape")


def _boundary_lines(raw: bytes, separator: bytes, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The boundary lines in ``raw[start:end]`` up to the first close one:
    (where the line starts, where the next line starts, is the close line).

    A boundary line is ``--boundary``, then ``--`` for the close one, then
    spaces or tabs only (the feed parser's ``boundaryendRE``)."""
    found = []
    size = len(separator)
    pos = start
    while True:
        at = raw.find(separator, pos, end)
        if at < 0:
            return found
        if at != start and raw[at - 1] != 0x0A:  # not at the start of a line
            pos = at + 1
            continue
        newline = raw.find(b"\n", at + size, end)
        line_end = end if newline < 0 else newline
        rest = raw[at + size:line_end]
        if rest.endswith(b"\r"):
            rest = rest[:-1]
        if b"\r" in rest:
            raise _Decline  # a bare CR ends the line there for the feed parser: it may be a boundary
        closing = rest.startswith(b"--")
        if closing:
            rest = rest[2:]
        if rest.strip(b" \t"):
            pos = at + 1
            continue
        found.append((at, line_end if newline < 0 else newline + 1, closing))
        if closing:
            return found
        pos = line_end
