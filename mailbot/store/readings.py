"""What was read from an email at ingest, stored beside its bytes.

The case page, the drafts' previews and a follow-up's re-decision use this
reading (an :class:`~mailbot.models.InboundMessage` as JSON) instead of
parsing the raw bytes again: a page view costs a JSON load, whatever the
email, and shows exactly what triage read (the bytes stay whole for staff
and ``mailbot retry``).  Records stored before the reading existed (or a
failed email) have none; their callers parse the bytes, within the read
limits, as before.

The customer's own text (``new_text``) is nearly always the start of the
whole text (``text`` without the quoted history and signature that follow
it); it is then stored as its length, ``new_text_end``, not a second copy:
the reading is half the size to encode, write and load.  Any other
``new_text`` is stored whole, and a reading stored with it whole (before
this) loads as before.
"""

from __future__ import annotations

import json
from datetime import datetime
from operator import attrgetter

from sqlalchemy import Connection, select

from mailbot.models import Attachment, InboundMessage
from mailbot.store.database import utc
from mailbot.store.schema import messages

_FIELDS = tuple(name for name in InboundMessage.__slots__ if not name.startswith("__"))
_VALUES = attrgetter(*_FIELDS)
"""Every field's value at once (one C call instead of a getattr per field)."""
_ENCODE = json.JSONEncoder(ensure_ascii=False, default=list).encode
"""``json.dumps(data, ensure_ascii=False, default=list)`` without building an encoder per email."""
_DATES = ("date", "received_at")
_NEW_TEXT_END = "new_text_end"
"""The key of ``new_text`` stored as its length, when it is the start of ``text``."""


def reading_json(msg: InboundMessage) -> str:
    """``msg`` as JSON text."""
    data = dict(zip(_FIELDS, _VALUES(msg)))
    for name in _DATES:
        data[name] = data[name].isoformat() if data[name] is not None else None
    data["attachments"] = [[a.filename, a.content_type, a.size, a.image_type] for a in msg.attachments]
    if (end := msg.new_text_end) is not None:
        del data["new_text"]
        data[_NEW_TEXT_END] = end
    return _ENCODE(data)


def message_from_reading(text: str) -> InboundMessage:
    """The :class:`InboundMessage` stored by :func:`reading_json`."""
    data = json.loads(text)
    end = data.pop(_NEW_TEXT_END, None)
    if end is not None:
        data["new_text"] = data.get("text", "")[:end]
    known = set(InboundMessage.__slots__)
    data = {k: v for k, v in data.items() if k in known}
    for name in _DATES:
        data[name] = datetime.fromisoformat(data[name]) if data.get(name) else None
    data["attachments"] = tuple(Attachment(*a) for a in data.get("attachments", ()))
    for name in ("recipients", "references", "defects", "authentication_results"):
        data[name] = tuple(data.get(name, ()))
    return InboundMessage(**data)


def case_readings(conn: Connection, case_id: int) -> list[tuple[int, InboundMessage | None, bytes | None,
                                                                 datetime | None]]:
    """(id, reading, raw, internaldate) of a case's emails, oldest first; the
    raw bytes only for a record without a reading."""
    rows = conn.execute(select(messages.c.id, messages.c.reading, messages.c.internaldate)
                        .where(messages.c.case_id == case_id).order_by(messages.c.id)).all()
    out = []
    for row in rows:
        msg = message_from_reading(row.reading) if row.reading else None
        raw = None
        if msg is None:
            raw = conn.execute(select(messages.c.raw).where(messages.c.id == row.id)).scalar()
        out.append((row.id, msg, raw, utc(row.internaldate)))
    return out
