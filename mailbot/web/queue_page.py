"""What a queue page lists: the cases of one queue (or the cases found by a
search), with their money, age, deadline and overdue flag, one page of them.

Sorting is done by the database (request time by default, oldest first);
the outcome and overdue filters, which need the brand's calendar and the
draft's template, are applied to the sorted rows before paging.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection

from mailbot.calendar import business_deadline
from mailbot.config import Config
from mailbot.service.review import NEED_INFO_TEMPLATES, _amount, draft_outcomes
from mailbot.store import cases as case_store
from mailbot.store import queues


@dataclass(frozen=True)
class ListedCase:
    row: queues.QueueRow
    outcome: str | None
    """The case's outcome, or the request for details its draft makes."""
    outcomes: tuple[str, ...]
    amount: Decimal | None
    currency: str | None
    age: timedelta
    deadline: datetime | None
    overdue: bool
    note: str = ""
    """The escalation note."""

    @property
    def case_id(self) -> int:
        return self.row.case_id


@dataclass(frozen=True)
class ListedPage:
    items: list
    total: int
    page: int
    pages: int


def _deadline(config: Config, row: queues.QueueRow) -> datetime | None:
    brand = config.brands.get(row.brand)
    if brand is None:
        return None
    return business_deadline(row.started, brand.overdue_business_days, brand.tz, brand.holidays)


def owes_reply(state: str) -> bool:
    return state in ("review", "escalated", "person")


def listed_cases(conn: Connection, config: Config, now: datetime, *, state: str | None, brand: str | None = None,
                 owner: str | None = None, outcome: str | None = None, overdue: bool | None = None,
                 case_ids: list[int] | None = None, sort: str = "request", descending: bool = False,
                 page: int = 1, per_page: int = 50) -> ListedPage:
    rows = queues.queue_rows(conn, state=state, brand=brand, owner=owner, case_ids=case_ids, sort=sort,
                             descending=descending)
    if case_ids is not None and sort == "relevance":
        rank = {case_id: n for n, case_id in enumerate(case_ids)}
        rows.sort(key=lambda r: rank.get(r.case_id, len(rank)))
    chosen = []
    for row in rows:
        outcomes = draft_outcomes(row.template, row.outcome) if row.template else tuple(
            o for o in (row.outcome or "").split("+") if o)
        if outcome and outcome not in outcomes:
            continue
        deadline = _deadline(config, row)
        late = owes_reply(row.state) and deadline is not None and now > deadline
        if overdue is not None and late != overdue:
            continue
        chosen.append((row, outcomes, deadline, late))
    total = len(chosen)
    pages = max(1, math.ceil(total / max(per_page, 1)))
    page = min(max(1, page), pages)
    shown = chosen[(page - 1) * per_page: page * per_page]
    results = case_store.decision_results(conn, [r.decision_id for r, *_ in shown if r.decision_id])
    notes = queues.escalation_notes(conn, [r.draft_id for r, *_ in shown if r.state == "escalated" and r.draft_id])
    items = []
    for row, outcomes, deadline, late in shown:
        amount, currency = _amount(results.get(row.decision_id))
        short = (row.template or "").rsplit("/", 1)[-1]
        items.append(ListedCase(row, short if short in NEED_INFO_TEMPLATES else row.outcome, outcomes, amount,
                                currency, now - (row.sent_at if row.state == "waiting" and row.sent_at else row.started),
                                deadline, late, notes.get(row.draft_id, "")))
    return ListedPage(items, total, page, pages)


def listed_ignored(conn: Connection, *, brand: str | None, descending: bool, page: int, per_page: int) -> ListedPage:
    total = queues.count_ignored(conn, brand=brand)
    pages = max(1, math.ceil(total / max(per_page, 1)))
    page = min(max(1, page), pages)
    items = queues.ignored_messages(conn, brand=brand, descending=descending, limit=per_page,
                                    offset=(page - 1) * per_page)
    return ListedPage(items, total, page, pages)


def review_outcomes(conn: Connection) -> list[str]:
    """The outcomes the cases waiting for review answer, for the filter."""
    found = set()
    for row in queues.queue_rows(conn, state="review"):
        found.update(draft_outcomes(row.template or "", row.outcome))
    return sorted(found)
