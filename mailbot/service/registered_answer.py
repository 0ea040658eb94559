"""Which case a follow-up joins, a part of :class:`mailbot.service.ingest.Ingestor` (issue 9, fix46t).

A follow-up (In-Reply-To/References to a case's emails or our replies, or the case reference in the subject)
joins the case when it comes from the case's own sender, as always.  It also joins when it comes from ANOTHER
address that is on record for the brand (a customer's registered email, a project's contract email: what
:meth:`mailbot.pipeline.Triage.on_record` says) and the case is a C2 case (its latest decision holds C2) whose
account is that address, or names none on record: the registered customer answering "yes, this is my account
address, please go ahead" after C2 asked them to write from it.  The case is then decided again with all its
emails, for that address, and the draft goes only to it (:func:`mailbot.pipeline.reply_address`); that address
becomes the case's customer (a reply written by hand goes to it too).  Later follow-ups from it join as the
customer's, and the first sender's still join the case they began (decided for the address on record all the
same: their email verifies nothing).

Anything else keeps opening a case of its own exactly as before: an unknown address never joins a case (and so
never receives its reply), nor does an address on record of another account than the one the case names, nor an
email whose From the mailbox's trust setting does not authenticate.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, bindparam, select

from mailbot.config import Brand
from mailbot.models import InboundMessage, SenderTrust, TriageResult
from mailbot.pipeline import Triage
from mailbot.reading.authres import check_sender
from mailbot.store import cases as case_store
from mailbot.store.audit import BOT, audit
from mailbot.store.deferred import DeferredWrites
from mailbot.store.schema import messages

log = logging.getLogger(__name__)

_WROTE = select(messages.c.id).where(messages.c.case_id == bindparam("case_id"),
                                     messages.c.sender == bindparam("sender")).limit(1)
"""An email of the case from this sender: an address the case took in already (its first sender)."""

JOIN = "case.join"
"""The audit action naming the address that joined a case and why."""


def followed_case(conn: Connection, triage: Triage, msg: InboundMessage, brand: Brand, candidates: list[int],
                  trust: SenderTrust | None = None) -> tuple[int, str | None, str | None] | None:
    """(case id, reference, why another address joined it or None) of the case ``msg`` follows up, among the
    ``candidates`` its headers or subject point at (newest first), or None: a case of its own."""
    ordered = sorted(set(candidates), reverse=True)
    owners = {case_id: case_store.case_customer(conn, case_id) for case_id in ordered}
    for case_id, owner in owners.items():
        if owner and owner[1] and owner[1] == msg.sender:
            return case_id, owner[2], None
    for case_id, owner in owners.items():  # the first sender of a case an answer made another address's
        if owner and msg.sender and conn.execute(_WROTE, {"case_id": case_id, "sender": msg.sender}).first():
            return case_id, owner[2], None
    for case_id, owner in owners.items():
        why = joins(conn, triage, brand, case_id, owner[1] if owner else None, msg, trust)
        if why is not None:
            log.info("message %s from %s joins case %s of %s: %s", msg.message_id, msg.sender, case_id,
                     owner[1] if owner else None, why)
            return case_id, owner[2] if owner else None, why
    if candidates:
        log.info("message %s from %s follows up case %s of another address: a case of its own",
                 msg.message_id, msg.sender, ordered[0])
    return None


def joins(conn: Connection, triage: Triage, brand: Brand, case_id: int, customer: str | None,
          msg: InboundMessage, trust: SenderTrust | None) -> str | None:
    """Why ``msg``, from another address than the case's sender, joins the case; None: it does not."""
    sender = (msg.sender or "").lower()
    if not sender or not triage.on_record(brand, sender):
        return None  # an unknown address never joins a case, nor receives its reply
    if trust is not None and not check_sender(msg, trust).verified:
        return None
    decisions = case_store.case_decisions(conn, case_id)
    if not decisions:
        return None
    latest = decisions[-1].result or {}
    account = triage.case_account(brand, latest.get("fields") or {})
    label = brand.account_field.replace("_", " ")
    if account is not None and account.lower() == sender:
        if "C2" in (latest.get("rules") or ()):
            return (f"{msg.sender}, the {label} on record the case names, answered the C2 thread {customer} "
                    "began: the case is decided again for it, and the reply goes only to it")
        return f"{msg.sender}, the {label} on record the case was decided for, wrote in its thread"
    if account is None and "C2" in (latest.get("rules") or ()):
        return (f"{msg.sender}, a {label} on record, answered the C2 thread {customer} began, which named no "
                "account on record: the case is decided again for it, and the reply goes only to it")
    return None  # another account's address: not this case's customer


def record_join(conn: Connection, writes: DeferredWrites | None, case_id: int, why: str, result: TriageResult,
                msg: InboundMessage, now) -> None:
    """The join in the audit log (the decision's trace names the address the case was decided for), held for
    the group's flush inside an ingest transaction, else written at once.  When the case was decided for the
    address that joined (its replies go to it), that address becomes the case's customer: the case list and
    page show it, and a reply written by hand goes to it, never to the first, unverified address."""
    customer = case_store.case_customer(conn, case_id)
    if result.recipient and result.recipient == msg.sender and customer and customer[1] != msg.sender:
        case_store.set_customer(conn, case_id, msg.sender, now)
        why += f"; the case's customer is now {msg.sender} (was {customer[1] or 'unknown'})"
    if writes is not None:
        writes.audit(who=BOT, action=JOIN, object_type="case", object_id=case_id, detail=why, at=now)
    else:
        audit(conn, who=BOT, action=JOIN, object_type="case", object_id=case_id, detail=why, at=now)
