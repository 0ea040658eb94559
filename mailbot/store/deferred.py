"""The rows of one group commit, written together: one statement per table.

Storing an email used to cost one INSERT or UPDATE per row (its record, its
case's decision, its draft, an audit line), each a whole SQLAlchemy execution
(about 100 us of Python) for a fraction of that in the database.  The ingest
now hands these rows to a :class:`DeferredWrites` and :meth:`DeferredWrites.flush`
writes each table's rows with ONE ``executemany`` (``INSERT ... RETURNING id``
in batches, so every row still learns its id), in the order the tables depend
on each other: new cases (SQLite), message records, case updates, decisions,
drafts, audit lines.

A row's id is a :class:`Slot` until the flush fills it; a row that names
another row (a decision its message record, a draft its decision, an audit
line its draft) holds that row's slot.  Everything is written on the group's
own connection inside its transaction, so the flush (and with it the mailbox
position, written after it) commits all or nothing, exactly as before.

Reading what the buffer holds is the caller's duty: the ingest flushes before
any query that could see these rows (a case's emails and owner, a duplicate
Message-ID within the group, the per-sender count when it must ask); see
:mod:`mailbot.service.ingest`.  Threading asks the rows this transaction wrote
(flushed or not: :meth:`DeferredWrites.cases_of_reply_ids` and its siblings)
beside the store as it was before the group began.
Within each table the rows keep their order, so the ids are the same as when
they were written one by one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, false, func, select, update

from mailbot.errors import StoreError
from mailbot.store.batch_rows import write_rows
from mailbot.store.cases import _UPDATE_CASE
from mailbot.store import cases as case_store
from mailbot.store.schema import audit_log, cases, decisions, drafts, mailbox_positions, messages


_CLAIM = update(mailbox_positions).where(false()).values(last_uid=mailbox_positions.c.last_uid)


def claim_writes(conn: Connection) -> None:
    """On SQLite, take the database's write lock now, at the start of the
    transaction (a write that changes nothing), and hold it to the commit.

    Its rows are written at the end of the group; a SQLite transaction that
    has only read so far is refused its first write (at once, "database is
    locked") when another connection (the lease heartbeat, another mailbox)
    committed in the meantime.  Taken first, the lock waits for the other
    writer instead (the busy timeout), and no other connection writes
    until this transaction ends, so the ids :func:`_insert_sqlite` reads stay
    the largest.  PostgreSQL needs nothing of the kind."""
    if conn.dialect.name == "sqlite":
        conn.execute(_CLAIM)


class Slot:
    """The id of a row written at the next flush (``id`` is None until then)."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None

    def __repr__(self) -> str:
        return f"Slot({self.id})"


def resolve(value: Any) -> Any:
    """``value``, or the id its slot was given."""
    return value.id if isinstance(value, Slot) else value


class _Inserts:
    """A table's INSERT, built once (building a statement costs more than running it):
    with ``RETURNING id`` in parameter order, and plain with the ids given."""

    def __init__(self, table):
        self.table = table
        self.returning = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        self.plain = table.insert()
        self.last_id = select(func.max(table.c.id))


_INSERT_CASES = _Inserts(cases)
_INSERT_MESSAGES = _Inserts(messages)
_INSERT_DECISIONS = _Inserts(decisions)
_INSERT_DRAFTS = _Inserts(drafts)
_INSERT_AUDIT = audit_log.insert()


class DeferredWrites:
    """Rows held for one transaction; :meth:`flush` writes them."""

    def __init__(self) -> None:
        self._cases: dict[int, dict] = {}
        """New cases (SQLite only), by the id they will have."""
        self._next_case: int | None = None
        self._messages: list[tuple[Slot, dict]] = []
        self._case_updates: list[dict] = []
        self._decisions: list[tuple[Slot, dict]] = []
        self._drafts: list[tuple[Slot, dict]] = []
        self._audits: list[dict] = []
        # What threading asks, over every row of this transaction (kept after a flush:
        # the caller asks the store as it was before the transaction, or after a flush):
        self._replies: dict[str, list[tuple[int, str]]] = {}
        """The drafts' own Message-IDs: [(case id, case brand)]."""
        self._references: dict[tuple[str, str], int] = {}
        """The case updates' references: (brand, reference) -> case id."""
        self._message_cases: dict[tuple[str, str], list[int]] = {}
        """The records' Message-IDs: (brand, Message-ID) -> [case id]."""

    def __bool__(self) -> bool:
        return bool(self._cases or self._messages or self._case_updates or self._decisions or self._drafts or self._audits)

    # -- the rows -------------------------------------------------------------------

    def add_message(self, *, mailbox: str, uidvalidity: int, uid: str, brand: str, size: int,
                    raw: bytes | None, internaldate: datetime | None, status: str, now: datetime,
                    message_id: str | None = None, sender: str | None = None, subject: str | None = None,
                    reason: str | None = None, error: str | None = None, case_id: int | None = None,
                    reading: str | None = None) -> Slot:
        """:func:`mailbot.store.messages.add_message`, written at the flush."""
        slot = Slot()
        if message_id is not None and case_id is not None:
            self._message_cases.setdefault((brand, message_id), []).append(case_id)
        self._messages.append((slot, {
            "mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid, "message_id": message_id,
            "brand": brand, "sender": sender, "subject": subject, "size": size, "internaldate": internaldate,
            "status": status, "reason": reason, "error": error, "case_id": case_id, "raw": raw,
            "reading": reading, "created_at": now, "updated_at": now,
        }))
        return slot

    def open_case(self, conn: Connection, *, brand: str, prefix: str, customer: str | None, subject: str,
                  request_time: datetime | None, now: datetime) -> tuple[int, str]:
        """:func:`mailbot.store.cases.open_case`.  On SQLite the case is written
        at the flush, with the id SQLite would give it (see :func:`_insert_sqlite`);
        elsewhere at once (the id comes from the database's sequence)."""
        if conn.dialect.name != "sqlite":
            return case_store.open_case(conn, brand=brand, prefix=prefix, customer=customer, subject=subject,
                                        request_time=request_time, now=now)
        if self._next_case is None:
            self._next_case = (conn.execute(_INSERT_CASES.last_id).scalar() or 0) + 1
        case_id, self._next_case = self._next_case, self._next_case + 1
        self._cases[case_id] = {
            "id": case_id, "brand": brand, "customer": customer, "status": "received", "subject": subject,
            "request_time": request_time, "created_at": now, "updated_at": now, "outcome": None, "fields": None,
            "reference": None,
        }
        return case_id, case_store.case_reference(prefix, case_id)

    def discard_case(self, conn: Connection, case_id: int) -> None:
        """:func:`mailbot.store.cases.discard_case`: a held case is dropped, and its id
        is the next one's again (as SQLite gives the largest id plus one)."""
        if self._cases.pop(case_id, None) is None:
            case_store.discard_case(conn, case_id)
        if self._next_case is not None and case_id == self._next_case - 1:
            self._next_case = case_id

    def update_case(self, case_id: int, *, status: str, outcome: str | None, fields: dict | None,
                    now: datetime, reference: str | None, brand: str | None = None) -> None:
        """:func:`mailbot.store.cases.update_case`, written at the flush (a held new
        case is written with these values at once); ``brand``: the case's, so
        that :meth:`case_by_reference` finds it before then."""
        if reference is not None and brand is not None:
            self._references.setdefault((brand, reference), case_id)
        held = self._cases.get(case_id)
        if held is not None:
            held.update(status=status, outcome=outcome, fields=fields, updated_at=now, reference=reference)
            return
        self._case_updates.append({"case_id": case_id, "new_status": status, "new_outcome": outcome,
                                   "new_fields": fields, "now": now, "new_reference": reference})

    def add_decision(self, case_id: int, *, status: str, result: dict, now: datetime,
                     message_id: int | Slot | None = None) -> Slot:
        """:func:`mailbot.store.cases.add_decision`, written at the flush."""
        slot = Slot()
        self._decisions.append((slot, {"case_id": case_id, "message_id": message_id, "status": status,
                                       "result": result, "created_at": now}))
        return slot

    def add_draft(self, case_id: int, *, decision_id: int | Slot | None, template: str, subject: str,
                  body: str, to_address: str | None, in_reply_to: str | None, message_id: str,
                  now: datetime, hold_reason: str | None = None, brand: str | None = None) -> Slot:
        """:func:`mailbot.store.cases.add_draft` (pending), written at the flush;
        ``hold_reason`` set at once when the draft is held for a person; ``brand``:
        the case's, so that :meth:`cases_of_reply_ids` finds it before then."""
        slot = Slot()
        if brand is not None:
            self._replies.setdefault(message_id, []).append((case_id, brand))
        self._drafts.append((slot, {
            "case_id": case_id, "decision_id": decision_id, "template": template, "subject": subject,
            "body": body, "to_address": to_address, "in_reply_to": in_reply_to, "status": "pending",
            "message_id": message_id, "created_at": now, "updated_at": now, "hold_reason": hold_reason,
        }))
        return slot

    def audit(self, *, who: str, action: str, object_type: str, object_id: object = None,
              detail: str = "", at: datetime) -> None:
        """:func:`mailbot.store.audit.audit`, written at the flush (``object_id`` may be a slot)."""
        self._audits.append({"at": at, "who": who, "action": action, "object_type": object_type,
                             "object_id": object_id, "detail": detail})

    # -- what the held rows answer (the queries of threading, for rows not written yet) --

    def cases_of_message_ids(self, brand: str, header_ids: list[str]) -> list[int]:
        """:func:`mailbot.store.messages.cases_of_message_ids` over this transaction's records."""
        return [case_id for header_id in dict.fromkeys(header_ids)
                for case_id in self._message_cases.get((brand, header_id), ())]

    def cases_of_reply_ids(self, brand: str, header_ids: list[str]) -> list[int]:
        """:func:`mailbot.store.cases.cases_of_reply_ids` over this transaction's drafts."""
        return [case_id for header_id in dict.fromkeys(header_ids)
                for case_id, of in self._replies.get(header_id, ()) if of == brand]

    def case_by_reference(self, brand: str, reference: str) -> int | None:
        """:func:`mailbot.store.cases.case_by_reference` over this transaction's case updates."""
        return self._references.get((brand, reference))

    # -- the flush --------------------------------------------------------------------

    def flush(self, conn: Connection) -> None:
        """Write every row held, one statement per table, in the order the
        tables refer to each other; the slots get their ids."""
        if self._cases:
            write_rows(conn, _INSERT_CASES.plain, list(self._cases.values()))
            self._cases = {}
        if self._messages:
            _insert(conn, _INSERT_MESSAGES, self._messages)
            self._messages = []
        if self._case_updates:
            write_rows(conn, _UPDATE_CASE, self._case_updates)
            self._case_updates = []
        if self._decisions:
            for _, row in self._decisions:
                row["message_id"] = resolve(row["message_id"])
            _insert(conn, _INSERT_DECISIONS, self._decisions)
            self._decisions = []
        if self._drafts:
            for _, row in self._drafts:
                row["decision_id"] = resolve(row["decision_id"])
            _insert(conn, _INSERT_DRAFTS, self._drafts)
            self._drafts = []
        if self._audits:
            for row in self._audits:
                found = resolve(row["object_id"])
                row["object_id"] = None if found is None else str(found)
            write_rows(conn, _INSERT_AUDIT, self._audits)
            self._audits = []


def _insert(conn: Connection, inserts: _Inserts, rows: list[tuple[Slot, dict]]) -> None:
    if len(rows) == 1:  # one row: a plain INSERT, no batch to sort
        slot, params = rows[0]
        slot.id = conn.execute(inserts.returning, params).scalar_one()
        return
    if conn.dialect.name == "sqlite":
        _insert_sqlite(conn, inserts, rows)
        return
    ids = conn.execute(inserts.returning, [params for _, params in rows]).scalars().all()
    if len(ids) != len(rows):  # never expected: the database gave fewer ids than rows
        raise StoreError(f"{len(rows)} rows written but the database returned {len(ids)} ids")
    for (slot, _), new_id in zip(rows, ids):
        slot.id = new_id


def _insert_sqlite(conn: Connection, inserts: _Inserts, rows: list[tuple[Slot, dict]]) -> None:
    """SQLite cannot tie ``RETURNING`` rows to a batch's parameters (SQLAlchemy
    then inserts row by row), so the rows get the ids SQLite itself would
    give them, one after the other from the largest id in the table (these
    tables are rowid tables without AUTOINCREMENT: a new row's id is the
    largest plus one), and are written with one ``executemany``.

    The largest id is read in this transaction, which holds the write lock
    (:func:`claim_writes`; without it, SQLite would refuse this transaction's
    write had another connection written since its snapshot), so the ids
    read are still the largest when the rows are written."""
    last = conn.execute(inserts.last_id).scalar() or 0
    params = []
    for offset, (slot, row) in enumerate(rows, start=1):
        slot.id = row["id"] = last + offset
        params.append(row)
    write_rows(conn, inserts.plain, params)
