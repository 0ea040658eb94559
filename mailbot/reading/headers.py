"""Header fields: addresses, dates and Message-IDs, decoded by hand.

The stdlib's modern header registry is several times slower and crashes on
real-world oddities (``To: unlisted-recipients:;``); its general address
parser is quadratic on junk, so it only sees short values (see
:class:`~mailbot.reading.limits.ReadLimits`).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from mailbot.reading import linear
from mailbot.reading.decoding import MAX_HEADER, decode_header_text, unescape_8bit
from mailbot.reading.limits import DEFAULT_LIMITS, ReadLimits

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

_MSG_ID = linear.compile(r"<[^<>]+>")
_ADDRESS_WORD = linear.lazy(r"[\w.+'=-]+@[\w-]+(?:\.[\w-]+)+")  # mem46: for damaged headers only
_SIMPLE_MAILBOX = linear.compile(
    r'\s*(?:"([^"\\]*)"|([^"<>,;:()@\\\[\]]*?))\s*<([^<>\s@",;:()]+@[^<>\s@",;:()]+)>\s*'
    r'|\s*([^<>\s@",;:()]+@[^<>\s@",;:()]+)\s*'
)
_LONGEST_OFFSET = timedelta(hours=14)
"""The widest real UTC offset (Kiribati); a Date beyond it is not believed."""


class Headers:
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


def simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """The common forms (``Name <a@b>``, ``"Name" <a@b>``, ``a@b``, comma
    separated) without the stdlib's slow general parser; None otherwise."""
    if "(" in value or ";" in value or "\\" in value or "\n" in value and "\r" in value:
        return None
    found = []
    pieces = value.split(",") if '"' not in value else [value]
    for piece in pieces:
        if not piece.strip():
            continue
        groups = linear.fullmatch_groups(_SIMPLE_MAILBOX, piece)
        if groups is None:
            return None
        _, quoted, bare, addr, alone = groups
        if alone:
            found.append(("", alone.lower()))
        else:
            found.append((decode_header_text(quoted if quoted is not None else bare), addr.lower()))
    return found


def addresses(values: list[str], limits: ReadLimits = DEFAULT_LIMITS) -> list[tuple[str, str]]:
    """(display name, lower-cased addr-spec) pairs; junk and groups skipped."""
    cleaned = [unescape_8bit(v[:limits.header_chars]) for v in values[:limits.header_count]]
    if len(cleaned) == 1:
        simple = simple_addresses(cleaned[0])
        if simple:
            return simple
    short = [v for v in cleaned if len(v) <= limits.address_chars]
    pairs = []
    if len(short) == len(cleaned):
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
        # getaddresses gives up on some damage (or was not asked): take what looks like addresses.
        for value in cleaned:
            for addr in _ADDRESS_WORD.findall(value):
                found.append(("", addr.lower()))
    return found


def parse_date(value: str | None, defects: list[str]) -> datetime | None:
    """The Date header, time-zone aware; None (and a defect) when unreadable
    or beyond any real calendar or UTC offset (``+9999``)."""
    if not value:
        return None
    value = unescape_8bit(value[:1000]).strip()
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        when = _date_fallback(value)
        if when is None:
            defects.append("unparseable Date")
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    try:
        offset = when.utcoffset()
        if offset is not None and abs(offset) > _LONGEST_OFFSET:
            raise ValueError("offset beyond any real zone")
        when.astimezone(timezone.utc)
        (when + timedelta(days=2)).astimezone(timezone.utc)  # room for deadlines and zones
        (when - timedelta(days=2)).astimezone(timezone.utc)
    except (ValueError, OverflowError):
        defects.append("impossible Date")
        return None
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
    except (ValueError, OverflowError, TypeError, ImportError, ArithmeticError):
        return None


def message_ids(value: str | None) -> list[str]:
    if not value:
        return []
    value = unescape_8bit(value[:MAX_HEADER])
    ids = ["".join(m.split()) for m in linear.find_all(_MSG_ID, value)]
    if not ids:
        bare = value.strip().split()
        if bare and "@" in bare[0]:
            ids = [f"<{bare[0].strip('<>')[:998]}>"]
    return ids
