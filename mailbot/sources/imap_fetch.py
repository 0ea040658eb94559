"""``UID FETCH`` without imapclient's generic response parser, for the two
FETCHes a poll makes (sizes and dates, then whole bodies).

imapclient reads a FETCH response with a general IMAP lexer that looks at
every character of the response text in Python (about 120 characters an
email for the two FETCHes, a third of the main process's IMAP time).  The
answers a poll asks for have a fixed, simple shape::

    * 12 FETCH (UID 40 RFC822.SIZE 8123 INTERNALDATE "30-Nov-2026 08:19:00 +0000")
    * 12 FETCH (UID 40 BODY[] {8123}
    <8123 bytes>)

so :func:`fetch` sends the command through imaplib (as imapclient does),
and reads each response by splitting its few words.  The email's bytes are
imaplib's literal, taken as they are (never scanned here).  Anything of
another shape (an item it does not know, a parenthesised list such as an
unsolicited ``FLAGS``, a quoted body, an escaped quote) sends the whole
answer to imapclient's own parser instead, so the result is always what
``IMAPClient.fetch`` gives: a dict by UID of dicts by item name (with
``SEQ``), only for the UIDs asked for.
"""

from __future__ import annotations

from datetime import datetime

from imapclient.datetime_util import parse_to_datetime
from imapclient.fixed_offset import FixedOffset
from imapclient.imapclient import join_message_ids
from imapclient.response_parser import parse_fetch_response

KNOWN_ITEMS = frozenset((b"UID", b"RFC822.SIZE", b"INTERNALDATE"))
"""The items read here (beside ``BODY[]`` as a literal)."""


class _Unusual(Exception):
    """A response this reader does not take: imapclient's parser reads it."""


def fetch(client, uids: list[int], items: bytes) -> dict[int, dict[bytes, object]]:
    """``client.fetch(uids, items)`` for ``items`` such as
    ``b"(RFC822.SIZE INTERNALDATE)"`` or ``b"(BODY.PEEK[])"`` (with
    ``normalise_times`` off and UIDs as keys, as the poll sets the client)."""
    if not uids:
        return {}
    imap = client._imap
    tag = imap._command("UID", "FETCH", join_message_ids(uids), items)
    typ, data = imap._command_complete("FETCH", tag)
    client._checkok("fetch", typ, data)
    typ, data = imap._untagged_response(typ, data, "FETCH")
    found = read_answer(data, client.normalise_times)
    return {uid: found[uid] for uid in uids if uid in found}


def read_answer(data: list, normalise_times: bool = False) -> dict[int, dict[bytes, object]]:
    """The FETCH answer by UID: read here when of the usual shape (and
    ``normalise_times`` is off), else by imapclient's parser."""
    if not normalise_times:
        try:
            return read_fetch_data(data)
        except _Unusual:
            pass
    return parse_fetch_response(data, normalise_times, True)


def read_fetch_data(data: list) -> dict[int, dict[bytes, object]]:
    """imaplib's untagged FETCH data (bytes, and (text, literal) pairs) read
    into imapclient's shape; raises :class:`_Unusual` for any other shape."""
    found: dict[int, dict[bytes, object]] = {}
    if data == [None]:
        return found
    pieces = iter(data)
    for piece in pieces:
        if isinstance(piece, tuple):  # "<seq> (<items> BODY[] {n}" <literal>, then "<items>)"
            text, literal = piece
            trailer = next(pieces, None)
            if not isinstance(text, bytes) or not isinstance(literal, bytes) or not isinstance(trailer, bytes):
                raise _Unusual
            seq, head = _opening(text)
            if not head.endswith(b"}"):
                raise _Unusual
            head, _, size = head[:-1].rpartition(b"{")
            if not size.isdigit() or int(size) != len(literal):
                raise _Unusual
            head = head.rstrip(b" ")
            before, _, name = head.rpartition(b" ")
            if name.upper() != b"BODY[]" or not trailer.endswith(b")"):
                raise _Unusual
            values = _pairs(before) + _pairs(trailer[:-1])
            values.append((b"BODY[]", literal))
        elif isinstance(piece, bytes):  # "<seq> (<items>)"
            seq, head = _opening(piece)
            if not head.endswith(b")"):
                raise _Unusual
            values = _pairs(head[:-1])
        else:
            raise _Unusual
        _add(found, seq, values)
    return found


def _opening(text: bytes) -> tuple[int, bytes]:
    """``<seq> (`` and what follows it."""
    seq, _, rest = text.partition(b" ")
    if not seq.isdigit() or not rest.startswith(b"("):
        raise _Unusual
    return int(seq), rest[1:]


def _pairs(text: bytes) -> list[tuple[bytes, object]]:
    """``NAME value NAME "quoted value" ...`` (only :data:`KNOWN_ITEMS`)."""
    pairs = []
    at, end = 0, len(text)
    while True:
        while at < end and text[at] == 32:
            at += 1
        if at >= end:
            return pairs
        space = text.find(b" ", at)
        if space < 0:
            raise _Unusual
        name = text[at:space].upper()
        if name not in KNOWN_ITEMS:
            raise _Unusual
        at = space + 1
        if text.startswith(b'"', at):
            close = text.find(b'"', at + 1)
            if close < 0:
                raise _Unusual
            value = text[at + 1:close]
            if b"\\" in value:
                raise _Unusual
            at = close + 1
            if at < end and text[at] != 32:
                raise _Unusual
        else:
            stop = text.find(b" ", at)
            stop = end if stop < 0 else stop
            value = text[at:stop]
            if not value.isdigit():
                raise _Unusual
            at = stop
        pairs.append((name, value))


def _add(found: dict[int, dict[bytes, object]], seq: int, values: list[tuple[bytes, object]]) -> None:
    """One response's items, as imapclient keeps them: by UID, with ``SEQ``."""
    key = seq
    item: dict[bytes, object] = {b"SEQ": seq}
    for name, value in values:
        if name == b"UID":
            key = int(value)
        elif name == b"RFC822.SIZE":
            item[name] = int(value)
        elif name == b"INTERNALDATE":
            item[name] = _internaldate(value)
        else:
            item[name] = value
    found.setdefault(key, {}).update(item)


def _internaldate(value: bytes) -> datetime | None:
    """As imapclient converts it (``normalise_times`` off): None when unreadable."""
    try:
        return _usual_internaldate(value)
    except (_Unusual, ValueError):
        pass
    try:
        return parse_to_datetime(value, normalise=False)
    except ValueError:
        return None


_MONTHS = {name.encode(): number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
_ZONES: dict[bytes, FixedOffset] = {}
"""One imapclient ``FixedOffset`` per zone text (``+0000``): a mailbox's dates share a few."""


def _usual_internaldate(value: bytes) -> datetime:
    """An INTERNALDATE of RFC 3501's shape, ``30-Nov-2026 08:19:00 +0000`` (the day may be
    one digit, or space-padded), read by splitting it: the same value as
    ``parse_to_datetime(value, normalise=False)`` (the same fields, and an imapclient
    ``FixedOffset`` of the same minutes and name), without ``email.utils.parsedate_tz`` and
    a new ``FixedOffset`` for every email (about 15 us of the main process an email, ten
    times this).  Raises :class:`_Unusual` for any other shape (a two-digit year, a
    ``-0000`` zone, a month not written ``Nov``...), and ValueError for an impossible date:
    imapclient then reads it as before."""
    day, month, year = value[:-24].lstrip(b" "), value[-23:-20], value[-19:-15]
    clock, zone = value[-14:-6], value[-5:]
    if (value[-24:-23] != b"-" or value[-20:-19] != b"-" or value[-15:-14] != b" " or value[-6:-5] != b" "
            or clock[2:3] != b":" or clock[5:6] != b":" or not 1 <= len(day) <= 2 or month not in _MONTHS
            or not (day + year + clock[:2] + clock[3:5] + clock[6:] + zone[1:]).isdigit()
            or zone[:1] not in (b"+", b"-") or zone == b"-0000" or int(year) < 100):
        raise _Unusual
    tz = _ZONES.get(zone)
    if tz is None:
        digits = int(zone[1:])
        minutes = (digits // 100) * 60 + digits % 100
        tz = FixedOffset(float(-minutes if zone.startswith(b"-") else minutes))
        if len(_ZONES) < 64:  # a few zones in practice; whatever a server sends, a bounded table
            _ZONES[zone] = tz
    return datetime(int(year), _MONTHS[month], int(day), int(clock[:2]), int(clock[3:5]), int(clock[6:]), tzinfo=tz)
