"""One fetched email through parse → screen → thread → triage → store.

Everything one email changes (its record, its case, the decision, the draft,
the superseded draft, the mailbox position) is written in ONE transaction.
Around it sits the crash barrier: whatever goes wrong, the email is recorded
as failed with a one-line error and its raw bytes, so ``mailbot retry`` can
triage it again after a fix, and the next email goes on.
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Callable, Iterator

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from mailbot.clock import Clock
from mailbot.config import Brand, Config
from mailbot.config.app import Mailbox
from mailbot.models import InboundMessage, SenderTrust
from mailbot.reading import linear
from mailbot.pipeline import Triage, find_reference
from mailbot.reading.intake import Reading
from mailbot.service.casework import RecentReplies
from mailbot.service.ingest_keys import GroupKeys
from mailbot.service.ingest_rows import RowWriting
from mailbot.service.registered_answer import followed_case, record_join
from mailbot.service.faults import is_passing, is_unique_race
from mailbot.service.worker_pool import Parsed
from mailbot.service.workers import source_label
from mailbot.sources.base import Fetched, Position
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.audit import BOT, audit
from mailbot.store.database import Store
from mailbot.store.deferred import DeferredWrites, Slot, claim_writes, resolve
from mailbot.store.positions import advance_position, position_after, write_position
from mailbot.store.readings import case_readings, reading_json

log = logging.getLogger(__name__)

# What became of one fetched email.
NEW_CASE, MERGED, IGNORED, FAILED, OVERSIZED, DUPLICATE, KNOWN = (
    "case", "merged", "ignored", "failed", "oversized", "duplicate", "known")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one email became: ``kind`` is one of case, merged, ignored, failed,
    oversized, duplicate (same Message-ID already stored for the brand) or
    known (this mailbox position is already stored)."""

    kind: str
    message: int | None = None
    """The id of the stored message record (None for duplicate)."""
    case: int | None = None
    draft: int | None = None
    detail: str = ""

    def resolved(self) -> Outcome:
        """This outcome with the ids of rows written at the group's flush
        (:class:`~mailbot.store.deferred.Slot`) filled in."""
        if not isinstance(self.message, Slot) and not isinstance(self.draft, Slot):
            return self
        return Outcome(self.kind, resolve(self.message), self.case, resolve(self.draft), self.detail)


def one_line(error: BaseException) -> str:
    """An exception as one line for staff: its type and first line."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


_MESSAGE_ID_HEADER = linear.compile(rb"^message-id:[ \t]*(<[^>\r\n]{1,998}>)", re.IGNORECASE | re.MULTILINE)


def header_message_id(raw: bytes | None) -> str | None:
    """The Message-ID of bytes that could not be parsed, if one is readable."""
    if not raw:
        return None
    head = raw[:65536].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    m = _MESSAGE_ID_HEADER.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


class Ingestor(RowWriting):
    """Turns fetched emails into stored records, cases and drafts.

    ``triage`` is a :class:`mailbot.pipeline.Triage` built once per poll
    (it holds the ledger).  With ``conn`` (one connection for a whole poll)
    each email is still its own transaction on it.

    ``fence`` (set by the poll) runs last inside every transaction that may
    move the mailbox position: the lease check of :mod:`mailbot.service.lease`,
    which raises LeaseLost (and so rolls the commit back) when another worker
    now holds the mailbox."""

    fence: Callable[[Connection], None] | None = None

    def __init__(self, config: Config, store: Store, triage: Triage, clock: Clock,
                 conn: Connection | None = None):
        self.config = config
        self.store = store
        self.triage = triage
        self.clock = clock
        self.conn = conn
        self._writes: DeferredWrites | None = None
        """Inside :meth:`transaction`: the rows held for its flush (see :mod:`mailbot.store.deferred`)."""
        self._keys = GroupKeys()
        """Inside :meth:`transaction`: what the group's emails already are in the store."""
        self._recent: RecentReplies | None = None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One email's (or group's) transaction: committed at the end, rolled
        back on error.  The rows it writes are held and written together
        (:meth:`flush`) before the fence and the commit."""
        if self.conn is None:
            with self.store.begin() as conn:
                with self._deferring(conn):
                    yield conn
                self._fenced(conn)
        else:
            if self.conn.in_transaction():
                self.conn.rollback()
            with self.conn.begin():
                with self._deferring(self.conn):
                    yield self.conn
                self._fenced(self.conn)

    @contextmanager
    def _deferring(self, conn: Connection) -> Iterator[None]:
        self._writes, self._keys, self._recent = DeferredWrites(), GroupKeys(), None
        claim_writes(conn)  # SQLite: the write lock first, as the rows are written at the end
        try:
            yield
            self.flush(conn)
        finally:
            self._writes, self._keys, self._recent = None, GroupKeys(), None

    def flush(self, conn: Connection) -> None:
        """Write the rows held so far (before a query that must see them)."""
        if self._writes:
            self._writes.flush(conn)

    def _fenced(self, conn: Connection) -> None:
        if self.fence is not None:
            self.fence(conn)

    # -- the crash barrier ------------------------------------------------------

    def ingest(self, fetched: Fetched, mailbox: Mailbox, position: Position | None = None,
               parsed: Parsed | None = None) -> tuple[Outcome, Position | None]:
        """Store one email; returns what it became and the mailbox position
        after it (moved in the same commit).  ``parsed`` is its parse when a
        worker process made it (a worker's error fails this email only).

        A passing fault (database locked or down, disk full, lease lost; see
        :mod:`mailbot.service.faults`) is raised, not recorded: the email stays
        unstored, the position unmoved, and the poll is tried again later.  A
        unique-key race (another writer stored the same email first) is
        looked at once more, and then is known or a duplicate."""
        for attempt in (1, 2):
            try:
                with self.transaction() as conn:
                    outcome, after = self._ingest(conn, fetched, mailbox, position, parsed)
                return outcome.resolved(), after
            except IntegrityError as error:
                if attempt == 1 and is_unique_race(error):
                    log.info("mailbox %s: message %s:%s was being stored by another writer too; looking again",
                             mailbox.name, fetched.uidvalidity, fetched.uid)
                    continue
                failure: Exception = error
            except Exception as error:
                if is_passing(error):
                    raise
                failure = error
            break
        # the crash barrier: record, keep the bytes, go on
        log.error("mailbox %s: message %s:%s failed", mailbox.name, fetched.uidvalidity, fetched.uid,
                  exc_info=failure)
        return self._record_failure(fetched, mailbox, position, one_line(failure))

    def ingest_group(self, group: list[tuple[Fetched, Parsed | None]], mailbox: Mailbox,
                     position: Position | None = None) -> tuple[list[Outcome], Position | None]:
        """Group commit: store several emails in ONE transaction, the mailbox
        position moved in it after the last, so a crash keeps all or none of
        them (exactly once).  When any of them fails, the transaction is
        rolled back and each email of the group is stored again in its own
        transaction behind the crash barrier: the failure costs that email
        only, and failures are rare enough that the second pass is cheap."""
        with self._templates_held():  # one look at the stored template texts per group
            return self._ingest_group(group, mailbox, position)

    def _templates_held(self):
        held = getattr(getattr(self.triage, "templates", None), "held", None)
        return held() if held is not None else nullcontext()

    def _ingest_group(self, group: list[tuple[Fetched, Parsed | None]], mailbox: Mailbox,
                      position: Position | None) -> tuple[list[Outcome], Position | None]:
        if len(group) == 1:
            outcome, position = self.ingest(group[0][0], mailbox, position, group[0][1])
            return [outcome], position
        start = position
        try:
            with self.transaction() as conn:
                self._keys = GroupKeys.of(conn, mailbox, group)  # one query: what is stored already
                self._recent = RecentReplies(conn, mailbox.brand, self._keys.senders, self.clock.now())
                outcomes = []
                for fetched, parsed in group:
                    outcome = self._place(conn, fetched, mailbox, parsed)
                    if outcome.kind != KNOWN:
                        position = position_after(fetched.uidvalidity, fetched.uid, position)
                    outcomes.append(outcome)
                self.flush(conn)  # the group's rows, one statement per table
                if position != start:  # once, after the last email of the group, in its transaction
                    write_position(conn, mailbox.name, position)
            return [outcome.resolved() for outcome in outcomes], position
        except Exception as error:  # noqa: BLE001 - found again, and recorded, one by one below
            if is_passing(error):
                raise  # the database, not an email: nothing stored, the position unmoved, retried later
            log.debug("mailbox %s: a group of %d failed (%s); storing them one by one", mailbox.name,
                      len(group), one_line(error))
        outcomes, position = [], start
        for fetched, parsed in group:
            outcome, position = self.ingest(fetched, mailbox, position, parsed)
            outcomes.append(outcome)
        return outcomes, position

    def _record_failure(self, fetched: Fetched, mailbox: Mailbox, position: Position | None,
                        error: str) -> tuple[Outcome, Position | None]:
        with self.transaction() as conn:
            known = message_store.stored_uid(conn, mailbox.name, fetched.uidvalidity, fetched.uid)
            if known is not None:
                return Outcome(KNOWN, known), position
            header_id = header_message_id(fetched.raw)
            if header_id and message_store.stored_message_id(conn, mailbox.brand, header_id) is not None:
                header_id = None  # the failure is about that clash; keep the record anyway
            row = message_store.add_message(
                conn, mailbox=mailbox.name, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
                brand=mailbox.brand, size=fetched.size, raw=fetched.raw, internaldate=fetched.internaldate,
                status=FAILED, error=error, message_id=header_id, now=self.clock.now())
            position = advance_position(conn, mailbox.name, fetched.uidvalidity, fetched.uid, position)
        return Outcome(FAILED, row, detail=error), position

    # -- one email, inside its transaction ----------------------------------------

    def _ingest(self, conn: Connection, fetched: Fetched, mailbox: Mailbox,
                position: Position | None, parsed: Parsed | None = None) -> tuple[Outcome, Position | None]:
        outcome = self._place(conn, fetched, mailbox, parsed)
        self.flush(conn)
        if outcome.kind != KNOWN:
            position = advance_position(conn, mailbox.name, fetched.uidvalidity, fetched.uid, position)
        return outcome.resolved(), position

    def _place(self, conn: Connection, fetched: Fetched, mailbox: Mailbox, parsed: Parsed | None = None) -> Outcome:
        now = self.clock.now()
        record = dict(mailbox=mailbox.name, uidvalidity=fetched.uidvalidity, uid=fetched.uid,
                      brand=mailbox.brand, size=fetched.size, raw=fetched.raw,
                      internaldate=fetched.internaldate, now=now)
        if fetched.raw is None:
            known, _ = self._stored_as(conn, mailbox, fetched, None)
            if known is not None:
                return Outcome(KNOWN, known)
            reason = f"{fetched.size} bytes, over the {mailbox.max_bytes}-byte limit: not downloaded"
            row = self._add_message(status=OVERSIZED, reason=reason, **record) if self._writes is not None \
                else message_store.add_message(conn, status=OVERSIZED, reason=reason, **record)
            return Outcome(OVERSIZED, row, detail=reason)
        reader = self.triage.reader(self.config.brands[mailbox.brand])
        got = parsed.result() if parsed is not None else reader(fetched.raw, source_label(mailbox.name, fetched))
        reading = got if isinstance(got, Reading) else reader.of_message(got)
        msg = reading.message
        if fetched.internaldate is not None:
            msg.received_at = fetched.internaldate
        known, duplicate = self._stored_as(conn, mailbox, fetched, msg.message_id)
        if known is not None:
            return Outcome(KNOWN, known)
        if duplicate is not None:
            log.info("mailbox %s: %s already stored as message %d", mailbox.name, msg.message_id, duplicate)
            return Outcome(DUPLICATE, duplicate, detail=msg.message_id or "")
        record.update(message_id=msg.message_id, sender=msg.sender, subject=msg.subject[:2000],
                      reading=reading_json(msg))
        return self.triage_message(conn, msg, mailbox.brand, record, reading=reading)

    def triage_message(self, conn: Connection, msg: InboundMessage, brand_name: str, record: dict,
                       row: int | None = None, reading: Reading | None = None) -> Outcome:
        """Screen, thread, decide and store one parsed email.  ``record`` holds
        the message record's columns; ``row`` is the id of an existing record
        to update (a retry) instead of inserting one; ``reading`` is what the
        email's bytes gave already (screened and extracted, by a parse worker)."""
        brand = self.config.brands[brand_name]
        now = record["now"]
        if reading is None or reading.message is not msg:
            reading = self.triage.reader(brand).of_message(msg)
        reason = reading.ignored
        if reason:
            row = self._save_message(conn, row, record, status=IGNORED, reason=reason)
            return Outcome(IGNORED, row, detail=reason)
        followed = self.thread(conn, msg, brand, self.sender_trust(record))
        if followed is not None:
            return self._merge(conn, msg, brand, record, row, *followed, reading=reading)
        opener = self._writes if self._writes is not None else case_store
        case_id, reference = opener.open_case(
            conn, brand=brand.name, prefix=brand.case_prefix, customer=msg.sender, subject=msg.subject[:2000],
            request_time=msg.request_time, now=now)
        result = self.triage.decide([msg], brand.name, reference, trust=self.sender_trust(record),
                                    extractions=[reading.extraction])
        if result.verdict.status == "ignore":
            opener.discard_case(conn, case_id)
            reason = "; ".join(f"{s.rule}: {s.note}" for s in result.verdict.trace) or "ignored"
            row = self._save_message(conn, row, record, status=IGNORED, reason=reason)
            return Outcome(IGNORED, row, detail=reason)
        row = self._save_message(conn, row, record, status="case", case_id=case_id)
        draft = self._save_result(conn, case_id, row, result, reference, now, in_reply_to=msg.message_id)
        return Outcome(NEW_CASE, row, case_id, draft, reference)

    def _merge(self, conn: Connection, msg: InboundMessage, brand: Brand, record: dict, row: int | None,
               case_id: int, reference: str | None, joined: str | None = None,
               reading: Reading | None = None) -> Outcome:
        """A follow-up from the case's customer (or, ``joined`` saying why, from the address on record that
        answered its C2 thread): decide the case again with all its emails."""
        now = record["now"]
        earlier = self.case_emails(conn, case_id, exclude=row)
        made = [None] * len(earlier) + [reading.extraction if reading is not None else None]
        result = self.triage.decide([*earlier, msg], brand.name, reference, trust=self.sender_trust(record),
                                    extractions=made)
        if joined:
            record_join(conn, self._writes, case_id, joined, result, msg, now)
        row = self._save_message(conn, row, record, status="case", case_id=case_id)
        superseded = case_store.supersede_pending_drafts(conn, case_id, now)
        draft = self._save_result(conn, case_id, row, result, reference, now, in_reply_to=msg.message_id)
        if superseded:
            self.flush(conn)  # the detail names the new rows' ids
            row, draft = resolve(row), resolve(draft)
            audit(conn, who=BOT, action="draft.supersede", object_type="case", object_id=case_id,
                  detail=f"message {row} re-decided the case; drafts {', '.join(map(str, superseded))} "
                         f"superseded by {draft}", at=now)
        return Outcome(MERGED, row, case_id, draft, reference or "")

    def sender_trust(self, record: dict) -> SenderTrust | None:
        """The trust setting of the mailbox the email arrived in (None without one)."""
        name = record.get("mailbox")
        return next((m.sender_trust for m in self.config.mailboxes if m.name == name), None)

    def thread(self, conn: Connection, msg: InboundMessage, brand: Brand,
               trust: SenderTrust | None = None) -> tuple[int, str | None, str | None] | None:
        """The case (id, reference, why another address joined it) this email follows up, when it comes from
        that case's customer (or the address on record answering its C2 thread: :mod:`.registered_answer`):
        by In-Reply-To/References (our replies and the case's emails), else by the case reference in the
        subject."""
        candidates: list[int] = []
        held = self._writes  # the rows this transaction wrote (the queries see the store as it was before)
        refs = list(dict.fromkeys(r for r in (msg.in_reply_to, *msg.references) if r))
        if refs:
            found = self._keys.cases_of_refs(brand.name, refs)  # the group's one query
            if found is None:
                found = (case_store.cases_of_reply_ids(conn, brand.name, refs)
                         + message_store.cases_of_message_ids(conn, brand.name, refs))
            candidates += found
            if held is not None:
                candidates += held.cases_of_reply_ids(brand.name, refs) + held.cases_of_message_ids(brand.name, refs)
        if not candidates:
            found = find_reference(msg.subject, self.config)
            if found is not None and found[0].name == brand.name:
                by_reference = case_store.case_by_reference(conn, brand.name, found[1])
                if by_reference is None and held is not None:
                    by_reference = held.case_by_reference(brand.name, found[1])
                if by_reference is not None:
                    candidates.append(by_reference)
        if not candidates:
            return None
        self.flush(conn)  # the cases' rows (and decisions), as this transaction left them
        return followed_case(conn, self.triage, msg, brand, candidates, trust)

    def case_emails(self, conn: Connection, case_id: int, exclude: int | None = None) -> list[InboundMessage]:
        """The case's stored emails as read at ingest (parsed again only when
        a record has no stored reading), oldest first."""
        emails = []
        self.flush(conn)
        for row_id, msg, raw, internaldate in case_readings(conn, case_id):
            if row_id == exclude or (msg is None and raw is None):
                continue
            if msg is None:
                from mailbot.reading.parse import parse_message  # rarely needed: see Reader.parse

                msg = parse_message(raw, f"message {row_id}", self.config.read_limits)
            if internaldate is not None:
                msg.received_at = internaldate
            emails.append(msg)
        return emails
