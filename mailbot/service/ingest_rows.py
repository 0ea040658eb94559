"""Where one email's rows go, a part of :class:`mailbot.service.ingest.Ingestor`:
its record, the case's decision and new values, the draft (with the
per-sender limit), and whether the email is stored already.

Inside an ingest transaction the rows are held for the group's flush
(:mod:`mailbot.store.deferred`) and the questions are answered from the
group's one query (:mod:`mailbot.service.ingest_keys`, and
:class:`~mailbot.service.casework.RecentReplies`); outside one (a retry)
they are written and asked at once, as before.
"""

from __future__ import annotations

from email.utils import make_msgid, parseaddr

from sqlalchemy import Connection

from mailbot.config import Brand
from mailbot.config.app import Mailbox
from mailbot.models import TriageResult
from mailbot.service.case_reading import with_reading
from mailbot.service.casework import LIMIT_WINDOW, hold_over_limit, over_limit, replies_to_sender
from mailbot.service.review import auto_approve, draft_outcomes
from mailbot.sources.base import Fetched
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.audit import BOT, audit
from mailbot.store.deferred import Slot, resolve


def case_outcome(result: TriageResult) -> str | None:
    """The case's outcome in one word (``approve+cancel`` for a two-part request)."""
    status = result.verdict.status
    if status != "decided":
        return status
    outcomes = list(dict.fromkeys(d.outcome for d in result.verdict.decisions))
    return "+".join(outcomes) or None


def reply_domain(brand: Brand) -> str:
    """The domain of the brand's reply address (for the drafts' Message-IDs)."""
    key = (brand.reply_from, brand.addresses[0] if brand.addresses else "")
    found = _REPLY_DOMAINS.get(key)
    if found is None:
        found = _REPLY_DOMAINS[key] = _reply_domain(brand)
    return found


_REPLY_DOMAINS: dict[tuple[str, str], str] = {}
"""By the brand's reply_from and first address: parseaddr is slow, and asked once per draft
(one entry per brand configuration)."""


def _reply_domain(brand: Brand) -> str:
    address = parseaddr(brand.reply_from)[1] or (brand.addresses[0] if brand.addresses else "")
    return address.rpartition("@")[2] or "mailbot.invalid"


class RowWriting:
    """The ingestor's steps that write rows or ask whether they exist (a mixin:
    it uses the ingestor's ``config``, ``_writes``, ``_keys``, ``_recent`` and
    ``flush``)."""

    def _stored_as(self, conn: Connection, mailbox: Mailbox, fetched: Fetched,
                   message_id: str | None) -> tuple[int | None, int | None]:
        """(id stored at this mailbox position, id of another message of the brand
        with this Message-ID): from the group's one query and the rows the group
        holds, else one query for this email."""
        found = self._keys.stored(mailbox, fetched, message_id)
        if found is None:
            found = message_store.stored_as(conn, mailbox=mailbox.name, uidvalidity=fetched.uidvalidity,
                                            uid=fetched.uid, brand=mailbox.brand, message_id=message_id)
        held = self._keys.held(mailbox, fetched, message_id)
        if held is None:
            return found
        self.flush(conn)  # an earlier email of this group: its row is written first, for its id
        return (found[0] if found[0] is not None else resolve(held[0]),
                found[1] if found[1] is not None else resolve(held[1]))

    def _add_message(self, **record) -> Slot:
        """A new message record, held for the flush (and known to the group's later emails)."""
        slot = self._writes.add_message(**record)
        self._keys.hold(record["mailbox"], record["uidvalidity"], record["uid"], record["brand"],
                        record.get("message_id"), slot)
        return slot

    def _save_message(self, conn: Connection, row: int | None, record: dict, *, status: str,
                      reason: str | None = None, case_id: int | None = None) -> int:
        if row is None:
            if self._writes is not None:
                return self._add_message(status=status, reason=reason, case_id=case_id, **record)
            return message_store.add_message(conn, status=status, reason=reason, case_id=case_id, **record)
        message_store.set_message_outcome(conn, row, status=status, reason=reason, case_id=case_id,
                                          now=record["now"], header_id=record.get("message_id"),
                                          sender=record.get("sender"), subject=record.get("subject"),
                                          reading=record.get("reading"))
        return row

    def _save_result(self, conn: Connection, case_id: int, row: int | Slot, result: TriageResult,
                     reference: str | None, now, *, in_reply_to: str | None) -> int | Slot | None:
        """Store the decision, update the case, and add the new pending draft."""
        writes = self._writes
        if writes is None:  # outside a transaction of this ingestor (a retry): written at once
            return self._save_result_now(conn, case_id, row, result, reference, now, in_reply_to=in_reply_to)
        writes.update_case(case_id, status=result.verdict.status, outcome=case_outcome(result),
                           fields=result.extraction.fields.as_dict(), now=now, reference=reference,
                           brand=result.brand)
        decision = writes.add_decision(case_id, status=result.verdict.status,
                                       result=with_reading(result.as_dict(), result.extraction), now=now,
                                       message_id=row)
        if result.draft is None:
            return None
        brand, domain, to = self._envelope(result)
        held = self._over_limit(conn, brand, to, now) if brand is not None and to else None
        draft = writes.add_draft(case_id, decision_id=decision, template=result.draft.template,
                                 subject=result.draft.subject, body=result.draft.body, to_address=to,
                                 in_reply_to=in_reply_to, message_id=make_msgid(domain=domain), now=now,
                                 hold_reason=held, brand=result.brand)
        if held:
            writes.audit(who=BOT, action="draft.hold", object_type="draft", object_id=draft,
                         detail=f"case {case_id}: {held}", at=now)
        elif brand is not None and brand.auto_send and result.sender_known:  # never to an unknown sender
            self.flush(conn)
            auto_approve(conn, draft.id, outcomes=draft_outcomes(result.draft.template, case_outcome(result)),
                         allowed=brand.auto_send, now=now)
        return draft

    def _envelope(self, result: TriageResult) -> tuple[Brand | None, str, str]:
        """The draft's brand, the domain of its Message-ID, and its recipient: the From
        address the case was read from, never Reply-To (POLICY_SPEC 8)."""
        brand = self.config.brands[result.brand] if result.brand else None
        domain = reply_domain(brand) if brand else "mailbot.invalid"
        return brand, domain, result.draft.to or result.case.customer

    def _over_limit(self, conn: Connection, brand: Brand, to: str, now) -> str | None:
        """Why the draft being made to ``to`` is held (the per-sender limit of
        :func:`~mailbot.service.casework.hold_over_limit`), counted from the
        group's one query when it can be, else from the database."""
        made = self._recent.made(brand.name, to, now) if self._recent is not None else None
        if made is None:
            self.flush(conn)
            made = replies_to_sender(conn, brand.name, to, now - LIMIT_WINDOW) + (to == to.lower())
            if self._recent is not None:
                self._recent.note(brand.name, to, now)
        return over_limit(brand, to, made)

    def _save_result_now(self, conn: Connection, case_id: int, row: int, result: TriageResult,
                         reference: str | None, now, *, in_reply_to: str | None) -> int | None:
        """Store the decision, update the case, and add the new pending draft."""
        case_store.update_case(conn, case_id, status=result.verdict.status, outcome=case_outcome(result),
                               fields=result.extraction.fields.as_dict(), now=now, reference=reference)
        decision = case_store.add_decision(conn, case_id, status=result.verdict.status,
                                           result=with_reading(result.as_dict(), result.extraction), now=now,
                                           message_id=row)
        if result.draft is None:
            return None
        brand, domain, to = self._envelope(result)
        draft = case_store.add_draft(conn, case_id, decision_id=decision, template=result.draft.template,
                                     subject=result.draft.subject, body=result.draft.body, to_address=to,
                                     in_reply_to=in_reply_to, message_id=make_msgid(domain=domain), now=now)
        held = hold_over_limit(conn, brand, draft, to, now) if brand is not None else None
        if held:
            audit(conn, who=BOT, action="draft.hold", object_type="draft", object_id=draft,
                  detail=f"case {case_id}: {held}", at=now)
        elif brand is not None and brand.auto_send and result.sender_known:  # never to an unknown sender
            auto_approve(conn, draft, outcomes=draft_outcomes(result.draft.template, case_outcome(result)),
                         allowed=brand.auto_send, now=now)
        return draft
