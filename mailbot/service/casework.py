"""What staff do with a case besides reviewing mailbot's draft: take it (or give
it to a colleague), write a reply by hand, and turn an ignored email into a case.

Decisions (a support lead's):

- A hand-written reply is a *draft* like mailbot's (template ``by_hand``),
  pending: it goes through the same approval and the same exactly-once send,
  threaded on the case's emails, with the case reference in the subject.  It
  supersedes a pending draft of mailbot's, and it goes to the case's customer
  (the verified sender), never to an address an email merely names.
- An ignored email made into a case is NOT triaged again (the screen said
  it was automatic mail; a person says it is not, so a person answers): the
  case waits in "For a person", its customer is the email's sender.
- The owner is any active staff account; "nobody" clears it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Iterable
from email.utils import make_msgid, parseaddr

from sqlalchemy import Connection, bindparam, func, select

from mailbot.config import Brand, Config
from mailbot.errors import MailbotError
from mailbot.service.review import ReviewError, _who, clean_body, clean_subject
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store import queues
from mailbot.store import users as user_store
from mailbot.store.audit import audit
from mailbot.store.database import Store, utc
from mailbot.store.schema import drafts

log = logging.getLogger(__name__)

BY_HAND = "by_hand"
"""The template name of a reply a person wrote."""
PERSON_STATUS = "person"
"""The status of a case made by hand from an ignored email."""
LIMIT_WINDOW = timedelta(hours=24)


class CaseworkError(MailbotError):
    """Raised when a case action is refused: no such case or email, an email
    that is not ignored, no customer address to answer, an unknown owner."""


# -- owners ------------------------------------------------------------------------------

def assign_case(store: Store, case_id: int, *, owner: str | None, who: str, now: datetime) -> str | None:
    """Give the case to ``owner`` (an active account), or to nobody (None or "")."""
    who = _who(who)
    owner = (owner or "").strip() or None
    with store.begin() as conn:
        case = case_store.get_case(conn, case_id)
        if case is None:
            raise CaseworkError(f"case {case_id}: no such case")
        if owner is not None:
            user = user_store.get_user_by_name(conn, owner)
            if user is None or not user.active:
                raise CaseworkError(f"case {case_id}: {owner!r} is not an active staff account")
        queues.set_owner(conn, case_id, owner, now)
        audit(conn, who=who, action="case.assign", object_type="case", object_id=case_id,
              detail=f"owner {owner or 'nobody'} (was {case.owner or 'nobody'})", at=now)
    log.info("case %d: owner %s, set by %s", case_id, owner or "nobody", who)
    return owner


# -- hand-written replies -------------------------------------------------------------------

def _domain(brand: Brand | None) -> str:
    if brand is None:
        return "mailbot.invalid"
    address = parseaddr(brand.reply_from)[1] or (brand.addresses[0] if brand.addresses else "")
    return address.rpartition("@")[2] or "mailbot.invalid"


def write_reply(config: Config, store: Store, case_id: int, *, who: str, now: datetime, subject: str,
                body: str) -> case_store.StoredDraft:
    """A reply written by a person on the case: a pending draft (supersedes a
    pending one), to the case's customer, threaded on its emails."""
    who = _who(who)
    text = clean_body(body)
    with store.begin() as conn:
        case = case_store.get_case(conn, case_id)
        if case is None:
            raise CaseworkError(f"case {case_id}: no such case")
        if not case.customer:
            raise CaseworkError(f"case {case_id}: no customer address to answer")
        title = clean_subject(subject or _re(case.subject), case.reference)
        thread = case_store.case_message_ids(conn, case_id)
        superseded = case_store.supersede_pending_drafts(conn, case_id, now)
        draft_id = case_store.add_draft(
            conn, case_id, decision_id=None, template=BY_HAND, subject=title, body=text,
            to_address=case.customer, in_reply_to=thread[-1] if thread else None,
            message_id=make_msgid(domain=_domain(config.brands.get(case.brand))), now=now)
        detail = f"case {case_id}: written by hand to {case.customer}"
        if superseded:
            detail += f"; supersedes draft {', '.join(map(str, superseded))}"
        audit(conn, who=who, action="draft.write", object_type="draft", object_id=draft_id, detail=detail, at=now)
        log.info("case %d: reply written by %s (draft %d)", case_id, who, draft_id)
        return case_store.get_draft(conn, draft_id)


def _re(subject: str) -> str:
    subject = " ".join((subject or "").split())
    if not subject:
        return "Your request"
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


# -- ignored emails ---------------------------------------------------------------------------

def make_case(config: Config, store: Store, message_id: int, *, who: str, now: datetime) -> tuple[int, str]:
    """Turn an ignored email into a case for a person; returns (case id, reference)."""
    who = _who(who)
    with store.begin() as conn:
        message = message_store.get_message(conn, message_id)
        if message is None:
            raise CaseworkError(f"email {message_id}: no such email")
        if message.status != "ignored":
            raise CaseworkError(f"email {message_id}: is {message.status}, not ignored")
        if not message.sender:
            raise CaseworkError(f"email {message_id}: has no sender address to answer")
        brand = config.brands.get(message.brand)
        prefix = brand.case_prefix if brand else "CASE"
        case_id, reference = case_store.open_case(
            conn, brand=message.brand, prefix=prefix, customer=message.sender, subject=message.subject or "",
            request_time=message.internaldate or message.created_at, now=now)
        case_store.update_case(conn, case_id, status=PERSON_STATUS, outcome=None, fields=None, now=now,
                               reference=reference)
        message_store.set_message_outcome(conn, message_id, status="case", case_id=case_id, now=now)
        audit(conn, who=who, action="message.make_case", object_type="message", object_id=message_id,
              detail=f"not automatic mail: case {reference} made (it was ignored: {message.reason or 'no reason'})",
              at=now)
        audit(conn, who=who, action="case.open_by_hand", object_type="case", object_id=case_id,
              detail=f"from ignored email {message_id}", at=now)
    log.info("email %d: made into case %s by %s", message_id, reference, who)
    return case_id, reference


# -- the per-sender limit (called by ingest in the draft's transaction) -----------------------

def replies_to_sender(conn: Connection, brand: str, address: str, since: datetime) -> int:
    """Drafts mailbot made for this address since ``since`` (superseded ones
    count: a mail loop supersedes its own drafts).  Addresses are stored
    lower-cased, so the index on (to_address, created_at) serves."""
    return conn.execute(_REPLIES_TO_SENDER, {"address": address.lower(), "since": since, "brand": brand}).scalar() or 0


_REPLIES_TO_SENDER = (  # built once: building a statement costs more than running it
    select(func.count()).select_from(drafts.join(case_store.cases, case_store.cases.c.id == drafts.c.case_id))
    .where(drafts.c.to_address == bindparam("address"), drafts.c.created_at >= bindparam("since"),
           case_store.brand_of_drafts_case(), drafts.c.template != BY_HAND))


def hold_over_limit(conn: Connection, brand: Brand, draft_id: int, address: str | None, now: datetime) -> str | None:
    """When this draft is beyond the brand's ``max_replies_per_sender_per_day``,
    hold it for a person (never sent automatically) and return why."""
    if not address:
        return None
    reason = over_limit(brand, address, replies_to_sender(conn, brand.name, address, now - LIMIT_WINDOW))
    if reason is not None:
        case_store.change_draft(conn, draft_id, expected="pending", now=now, hold_reason=reason)
    return reason


def over_limit(brand: Brand, address: str, made: int) -> str | None:
    """Why the ``made``-th reply to ``address`` in 24 hours is held for a
    person (it is over the brand's ``max_replies_per_sender_per_day``), or None."""
    limit = getattr(brand, "max_replies_per_sender_per_day", 5)
    if made <= limit:
        return None
    return (f"reply {made} to {address} in 24 hours, over the limit of {limit} "
            "(max_replies_per_sender_per_day): a mail loop or abuse? A person decides")


class RecentReplies:
    """The per-sender limit for a group commit, asked once: the creation times
    of the drafts made in the 24 hours before the group began for the group's
    senders (one query), plus the drafts the group makes itself.

    :meth:`made` counts as :func:`replies_to_sender` would, the new draft
    included: every draft of the brand to the address (superseded ones too,
    never a hand-written one) created at or after ``now - 24 h``.  An address
    not asked for, another brand, or a ``now`` before the group began (the
    clock went back) is not known here: :meth:`made` returns None, and the
    caller writes what it holds and asks the database (:func:`replies_to_sender`).

    Decision: drafts another process commits while the group is open (at
    most :data:`mailbot.service.poll.GROUP_SECONDS`) are not seen by this
    group; the one-query-per-draft path saw them only if they committed before
    its own query, which was as much a race."""

    def __init__(self, conn: Connection, brand: str, addresses: Iterable[str], now: datetime):
        self.brand = brand
        self.since = now - LIMIT_WINDOW
        wanted = sorted({a.lower() for a in addresses if a})
        self._before: dict[str, list[datetime]] = {a: [] for a in wanted}
        if wanted:
            rows = conn.execute(_RECENT_TO_SENDERS, {"addresses": wanted, "since": self.since, "brand": brand})
            for address, created_at in rows:
                self._before.setdefault(address, []).append(utc(created_at))
        self._made: dict[str, list[datetime]] = {}

    def made(self, brand: str, address: str, now: datetime) -> int | None:
        """Drafts to ``address`` in the 24 hours before ``now``, counting the
        one being made now (and noting it); None when not known here."""
        key = address.lower()
        if brand != self.brand or key not in self._before or now - LIMIT_WINDOW < self.since:
            return None
        self.note(brand, address, now)
        since = now - LIMIT_WINDOW
        return sum(1 for at in self._before[key] if at >= since) + sum(1 for at in self._made.get(key, ()) if at >= since)

    def note(self, brand: str, address: str, now: datetime) -> None:
        """A draft of ``brand`` to ``address`` (as stored) made by the group.  Like the
        query, the count finds it under its stored address only."""
        if brand == self.brand:
            self._made.setdefault(address, []).append(now)


_RECENT_TO_SENDERS = (
    select(drafts.c.to_address, drafts.c.created_at)
    .select_from(drafts.join(case_store.cases, case_store.cases.c.id == drafts.c.case_id))
    .where(drafts.c.to_address.in_(bindparam("addresses", expanding=True)), drafts.c.created_at >= bindparam("since"),
           case_store.brand_of_drafts_case(), drafts.c.template != BY_HAND))


__all__ = ["assign_case", "write_reply", "make_case", "hold_over_limit", "CaseworkError", "ReviewError", "BY_HAND"]
