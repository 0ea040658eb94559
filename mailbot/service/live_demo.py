"""The live demo: the sample emails and the sample ledger moved to "now".

The shipped samples date from 2025; shown as they are, every case would be a
red "overdue" hundreds of days old.  The live demo moves each brand's emails
and ledger records by the same whole number of weeks, chosen so that the
brand's latest sample email falls within the last seven days.  Whole weeks
keep every interval, the weekday and the time of day, so business days,
refund windows and decisions come out as they did on the original dates, and
ages and overdue flags look as they would on a real day.

The shift is chosen once and kept in ``var/demo-shift.json``: a demo run
again later adds nothing and keeps the emails and the ledger in step.  Each
email's ``Date`` header is rewritten; the demo then gives the Maildir file
that date as its time (the request time of a Maildir email).
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

log = logging.getLogger(__name__)

WEEK = timedelta(days=7)
SHIFT_FILE = "demo-shift.json"
_DATE_LINE = re.compile(rb"^Date:[ \t]*([^\r\n]*)(\r?\n)", re.IGNORECASE | re.MULTILINE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?)?")


def email_date(raw: bytes) -> datetime | None:
    """The Date header of an email's bytes (header block only), or None."""
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    found = _DATE_LINE.search(head + b"\n")
    if not found:
        return None
    try:
        moment = parsedate_to_datetime(found.group(1).decode("ascii", "replace").strip())
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else None


def weeks_to_now(latest: datetime, now: datetime) -> int:
    """Whole weeks that bring ``latest`` into the seven days before ``now``."""
    return (now - latest) // WEEK


def shifted_email(raw: bytes, weeks: int) -> tuple[bytes, datetime | None]:
    """The email with its Date header moved by ``weeks`` (its zone kept), and the new date."""
    moment = email_date(raw)
    if moment is None or weeks == 0:
        return raw, moment
    moved = moment + weeks * WEEK
    head, sep, body = _split(raw)
    head = _DATE_LINE.sub(lambda m: b"Date: " + format_datetime(moved).encode("ascii") + m.group(2), head + b"\n",
                          count=1)[:-1]
    return head + sep + body, moved


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    parts = re.split(rb"(\r?\n\r?\n)", raw, maxsplit=1)
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return raw, b"", b""


def shift_value(value, weeks: int):
    """An ISO date or date-time string moved by ``weeks``; anything else as it is."""
    if not isinstance(value, str) or not _ISO.fullmatch(value):
        return value
    try:
        if "T" in value:
            return (datetime.fromisoformat(value.replace("Z", "+00:00")) + weeks * WEEK).isoformat()
        return (date.fromisoformat(value) + weeks * WEEK).isoformat()
    except ValueError:
        return value


def shifted_ledger(data: dict, weeks_of: dict[str, int]) -> dict:
    """The ledger with every record's dates moved by its brand's weeks."""
    moved = {}
    for section, records in data.items():
        if not isinstance(records, list):
            moved[section] = records
            continue
        moved[section] = [
            {k: shift_value(v, weeks_of.get(r.get("brand"), 0)) for k, v in r.items()} if isinstance(r, dict) else r
            for r in records]
    return moved


def load_shift(var_dir: Path) -> dict[str, int] | None:
    path = var_dir / SHIFT_FILE
    try:
        found = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return {str(k): int(v) for k, v in found.items()} if isinstance(found, dict) else None


def save_shift(var_dir: Path, weeks_of: dict[str, int]) -> None:
    var_dir.mkdir(parents=True, exist_ok=True)
    (var_dir / SHIFT_FILE).write_text(json.dumps(weeks_of, indent=2, sort_keys=True) + "\n")


def choose_shift(latest_of: dict[str, datetime], now: datetime) -> dict[str, int]:
    return {brand: weeks_to_now(latest, now) for brand, latest in latest_of.items()}
