"""Finding a case: by its reference, the customer's address, an invoice, or
words of its emails.

The words of each case live in ``case_search_text`` (reference, customer,
subject, what mailbot read, the ledger records and invoices of its decision,
the text of its emails and of the replies written on it).  SQLite searches
them with FTS5 (``case_search_fts``, rowid = case id), PostgreSQL with its
full-text search (``to_tsvector('simple', text)``, a GIN index).

The index catches up in the worker's send job (:func:`refresh_index`, every
30 s) and, for at most :data:`INDEX_PER_SEARCH` cases, before each search: a
case whose ``updated_at`` is not older than its ``indexed_at`` (or never
indexed) is read again, so ingest pays nothing for search.  Indexing costs
about 5 ms a case (``bench/queues_bench.py``), so a first search on a large
store without a worker finds the cases indexed so far.  What a person types is never FTS syntax: each word
becomes a quoted phrase (``LO-INV-1002`` is the phrase lo inv 1002), all must
match.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from sqlalchemy import Connection, delete, func, or_, select, text

from mailbot.errors import MessageError
from mailbot.reading.parse import parse_message
from mailbot.store.cases import case_id_of_reference
from mailbot.store.schema import case_search_text, cases, decisions, drafts, ledger_payments, messages

log = logging.getLogger(__name__)

LONGEST_QUERY = 200
MOST_RESULTS = 500
LONGEST_TEXT = 200_000
INDEX_PER_SEARCH = 200
_WORD = re.compile(r"[^\s\"]+")


def case_words(conn: Connection, case_id: int) -> str:
    """Everything a person may search a case by, as one text."""
    case = conn.execute(select(cases).where(cases.c.id == case_id)).first()
    if case is None:
        return ""
    parts = [case.reference or "", case.customer or "", case.subject or "", case.brand, case.owner or ""]
    parts += [str(v) for v in (case.fields or {}).values() if v]
    payment_ids = []
    for (result,) in conn.execute(select(decisions.c.result).where(decisions.c.case_id == case_id)):
        for decided in (result or {}).get("decisions", []) or []:
            if decided.get("payment_id"):
                payment_ids.append(str(decided["payment_id"]))
            if decided.get("invoice"):
                parts.append(str(decided["invoice"]))
        fields = (result or {}).get("fields") or {}
        parts += [str(v) for v in fields.values() if isinstance(v, str)]
    if payment_ids:
        parts += payment_ids
        parts += [inv for (inv,) in conn.execute(
            select(ledger_payments.c.invoice).where(ledger_payments.c.brand == case.brand,
                                                    ledger_payments.c.payment_id.in_(payment_ids))) if inv]
    for row in conn.execute(select(messages.c.id, messages.c.sender, messages.c.subject, messages.c.raw)
                            .where(messages.c.case_id == case_id).order_by(messages.c.id)):
        parts += [row.sender or "", row.subject or ""]
        if row.raw:
            try:
                msg = parse_message(row.raw, f"message {row.id}")
            except MessageError:
                continue
            parts += [msg.text, msg.forwarded_text or ""]
    parts += [f"{s}\n{b}" for s, b in conn.execute(
        select(drafts.c.subject, drafts.c.body).where(drafts.c.case_id == case_id, drafts.c.template == "by_hand"))]
    return "\n".join(p for p in parts if p)[:LONGEST_TEXT]


def refresh_index(conn: Connection, now: datetime, limit: int | None = None) -> int:
    """Index the cases changed since they were last indexed; returns how many."""
    stale = (select(cases.c.id).select_from(cases.outerjoin(case_search_text, case_search_text.c.case_id == cases.c.id))
             .where(or_(case_search_text.c.case_id.is_(None), cases.c.updated_at >= case_search_text.c.indexed_at))
             .order_by(cases.c.id))
    if limit:
        stale = stale.limit(limit)
    ids = list(conn.execute(stale).scalars())
    sqlite = conn.dialect.name == "sqlite"
    for case_id in ids:
        words = case_words(conn, case_id)
        conn.execute(delete(case_search_text).where(case_search_text.c.case_id == case_id))
        conn.execute(case_search_text.insert(), {"case_id": case_id, "text": words, "indexed_at": now})
        if sqlite:
            conn.execute(text("DELETE FROM case_search_fts WHERE rowid = :id"), {"id": case_id})
            conn.execute(text("INSERT INTO case_search_fts (rowid, text) VALUES (:id, :words)"),
                         {"id": case_id, "words": words})
    if ids:
        log.info("search: %d case(s) indexed", len(ids))
    return len(ids)


def fts5_query(query: str) -> str:
    """The words typed, each a quoted FTS5 phrase, all required."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in _WORD.findall(query))


def search_cases(conn: Connection, query: str, now: datetime) -> list[int]:
    """The ids of the cases that match, best first (references and addresses first)."""
    query = " ".join((query or "").split())[:LONGEST_QUERY]
    if not query:
        return []
    refresh_index(conn, now, limit=INDEX_PER_SEARCH)
    found: list[int] = []
    reference = case_id_of_reference(query.upper()) if re.fullmatch(r"[A-Za-z]+-\d+", query) else None
    if reference is not None:
        found += conn.execute(select(cases.c.id).where(func.upper(cases.c.reference) == query.upper())).scalars()
    if "@" in query and " " not in query:
        found += conn.execute(select(cases.c.id).where(func.lower(cases.c.customer) == query.lower())
                              .order_by(cases.c.id)).scalars()
    found += full_text(conn, query)
    return list(dict.fromkeys(found))[:MOST_RESULTS]


def full_text(conn: Connection, query: str) -> list[int]:
    if conn.dialect.name == "sqlite":
        phrase = fts5_query(query)
        if not phrase:
            return []
        rows = conn.execute(text("SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH :q "
                                 "ORDER BY rank LIMIT :n"), {"q": phrase, "n": MOST_RESULTS})
        return [r[0] for r in rows]
    if conn.dialect.name == "postgresql":
        rows = conn.execute(text("SELECT case_id FROM case_search_text WHERE to_tsvector('simple', text) "
                                 "@@ plainto_tsquery('simple', :q) ORDER BY ts_rank(to_tsvector('simple', text), "
                                 "plainto_tsquery('simple', :q)) DESC LIMIT :n"), {"q": query, "n": MOST_RESULTS})
        return [r[0] for r in rows]
    pattern = "%" + query.replace("%", "").replace("_", "") + "%"
    return list(conn.execute(select(case_search_text.c.case_id).where(case_search_text.c.text.ilike(pattern))
                             .limit(MOST_RESULTS)).scalars())
