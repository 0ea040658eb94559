"""Which send run took a draft into ``sending``.

:func:`claim_next_draft` moves the next due approved draft to ``sending``
and records the claiming worker, in one transaction:

- on PostgreSQL the candidate is picked with ``SELECT … FOR UPDATE SKIP
  LOCKED``, so two senders never wait for, nor take, the same draft;
- on SQLite (one writer at a time) the claim is the conditional UPDATE
  ``WHERE status = 'approved'``; a draft another sender took in between
  is simply passed over.

A draft found in ``sending`` is "interrupted" only when the worker that
claimed it is gone (:func:`claims_of`, checked against the live workers),
never while a live sender is still in the middle of it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, select, update

from mailbot.store.cases import StoredDraft, get_draft
from mailbot.store.schema import draft_claims, drafts


def _due(now: datetime):
    return (drafts.c.status == "approved",
            drafts.c.next_attempt_at.is_(None) | (drafts.c.next_attempt_at <= now))


def due_draft_ids(conn: Connection, now: datetime, limit: int, exclude: frozenset[int] = frozenset()) -> list[int]:
    """Up to ``limit`` due approved drafts, oldest first (a plain read)."""
    query = select(drafts.c.id).where(*_due(now)).order_by(drafts.c.id).limit(limit)
    if exclude:
        query = query.where(drafts.c.id.not_in(sorted(exclude)))
    return list(conn.execute(query).scalars())


def claim_draft(conn: Connection, draft_id: int, holder: str, now: datetime) -> StoredDraft | None:
    """approved → sending for ``holder``, counting the attempt; None when it
    is no longer approved and due (another sender took it)."""
    taken = conn.execute(update(drafts).where(drafts.c.id == draft_id, *_due(now))
                         .values(status="sending", attempts=drafts.c.attempts + 1, send_error=None,
                                 updated_at=now))
    if taken.rowcount != 1:
        return None
    conn.execute(delete(draft_claims).where(draft_claims.c.draft_id == draft_id))
    conn.execute(draft_claims.insert().values(draft_id=draft_id, holder=holder, claimed_at=now))
    return get_draft(conn, draft_id)


def claim_next_draft(conn: Connection, holder: str, now: datetime,
                     exclude: frozenset[int] = frozenset()) -> StoredDraft | None:
    """The next due draft, claimed for ``holder`` (PostgreSQL: FOR UPDATE SKIP
    LOCKED); None when there is none.  On SQLite use :func:`due_draft_ids`
    then :func:`claim_draft` in a fresh transaction per draft."""
    query = select(drafts.c.id).where(*_due(now)).order_by(drafts.c.id).limit(1)
    if exclude:
        query = query.where(drafts.c.id.not_in(sorted(exclude)))
    draft_id = conn.execute(query.with_for_update(skip_locked=True)).scalar()
    if draft_id is None:
        return None
    return claim_draft(conn, draft_id, holder, now)


def release_claim(conn: Connection, draft_id: int, now: datetime, *, send_error: str | None = None) -> bool:
    """sending → approved without an SMTP transaction (the server could not be
    reached, or the configuration lacks it): the attempt does not count."""
    released = conn.execute(update(drafts).where(drafts.c.id == draft_id, drafts.c.status == "sending")
                            .values(status="approved", attempts=drafts.c.attempts - 1, send_error=send_error,
                                    updated_at=now))
    conn.execute(delete(draft_claims).where(draft_claims.c.draft_id == draft_id))
    return released.rowcount == 1


def claims_of(conn: Connection, draft_ids: list[int]) -> dict[int, str]:
    """The holder that claimed each of ``draft_ids`` (missing: no claim recorded)."""
    if not draft_ids:
        return {}
    rows = conn.execute(select(draft_claims.c.draft_id, draft_claims.c.holder)
                        .where(draft_claims.c.draft_id.in_(draft_ids)))
    return {draft_id: holder for draft_id, holder in rows}


def sending_by_holder(conn: Connection) -> dict[str, int]:
    """How many drafts each worker has in ``sending`` right now (``mailbot status``)."""
    rows = conn.execute(select(draft_claims.c.holder, drafts.c.id)
                        .join(drafts, drafts.c.id == draft_claims.c.draft_id)
                        .where(drafts.c.status == "sending", drafts.c.send_error.is_(None)))
    counts: dict[str, int] = {}
    for holder, _ in rows:
        counts[holder] = counts.get(holder, 0) + 1
    return counts
