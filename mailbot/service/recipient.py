"""Who a reply goes to: the verified customer, and only by a person's choice anyone else.

POLICY_SPEC section 8: the sender is the ``From`` address, and ``Reply-To``
never verifies anyone.  So every draft is addressed to the case's customer
(the ``From`` of its first email, the address C2 checked), and the send run
refuses any other recipient unless a member of staff chose it on the case
page, which the audit log records (``draft.answer_reply_to``).

When an email's ``Reply-To`` differs from its ``From``, the case page warns
and offers one action: answer the ``Reply-To`` address by hand.  It readdresses
the pending draft; the person still reads and approves it before anything is
sent, and the choice, who made it and when stay in the audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from mailbot.errors import MessageError
from mailbot.reading.parse import parse_message
from mailbot.service.review import ReviewError
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.audit import audit
from mailbot.store.database import Store
from mailbot.store.schema import audit_log

log = logging.getLogger(__name__)

ANSWER_REPLY_TO = "draft.answer_reply_to"


@dataclass(frozen=True, slots=True)
class ReplyToWarning:
    """A case email whose ``Reply-To`` is not its ``From``."""

    sender: str | None
    reply_to: str


def same_address(one: str | None, other: str | None) -> bool:
    return bool(one and other) and one.strip().casefold() == other.strip().casefold()


def reply_to_warnings(conn: Connection, case_id: int) -> list[ReplyToWarning]:
    """Every distinct ``Reply-To`` of the case's emails that differs from that email's ``From``."""
    found: dict[str, ReplyToWarning] = {}
    for message_id, raw, _ in message_store.case_message_rows(conn, case_id):
        if raw is None:
            continue
        try:
            msg = parse_message(raw, f"message {message_id}")
        except MessageError:
            continue
        if msg.reply_to and not same_address(msg.reply_to, msg.sender):
            found.setdefault(msg.reply_to.casefold(), ReplyToWarning(msg.sender, msg.reply_to))
    return list(found.values())


def answer_reply_to(store: Store, draft_id: int, *, who: str, now: datetime) -> case_store.StoredDraft:
    """Readdress a pending draft to the case's ``Reply-To`` address, as a
    person explicitly chose; the draft still waits for approval."""
    who = " ".join((who or "").split())[:128]
    if not who:
        raise ReviewError("who: choosing another recipient names the person who chooses it")
    with store.begin() as conn:
        draft = case_store.get_draft(conn, draft_id)
        if draft is None:
            raise ReviewError(f"draft {draft_id}: no such draft")
        if draft.status != "pending":
            raise ReviewError(f"draft {draft_id}: is {draft.status}; only a pending draft can be readdressed")
        warnings = reply_to_warnings(conn, draft.case_id)
        if not warnings:
            raise ReviewError(f"draft {draft_id}: the case's emails carry no Reply-To other than their From")
        target = warnings[-1].reply_to
        if not case_store.change_draft(conn, draft_id, expected="pending", now=now, to_address=target):
            raise ReviewError(f"draft {draft_id}: changed by someone else meanwhile")
        audit(conn, who=who, action=ANSWER_REPLY_TO, object_type="draft", object_id=draft_id,
              detail=chosen_detail(target, draft.to_address), at=now)
    log.warning("draft %d of case %d readdressed by %s to the Reply-To address %s (was %s)",
                draft_id, draft.case_id, who, target, draft.to_address)
    with store.connect() as conn:
        return case_store.get_draft(conn, draft_id)


def chosen_detail(target: str, before: str | None) -> str:
    return f"to {target} instead of {before or 'nobody'}: chosen by a person on the case page"


def recipient_allowed(conn: Connection, draft_id: int, recipient: str, customer: str | None) -> bool:
    """The send run's last check: the case's customer, or an address a
    person chose for this very draft (audit log)."""
    if same_address(recipient, customer):
        return True
    query = select(audit_log.c.detail).where(
        audit_log.c.action == ANSWER_REPLY_TO, audit_log.c.object_type == "draft",
        audit_log.c.object_id == str(draft_id)).order_by(audit_log.c.id.desc()).limit(1)
    detail = conn.execute(query).scalar()
    return bool(detail) and detail.casefold().startswith(f"to {recipient.casefold()} ")
