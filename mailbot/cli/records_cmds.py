"""Looking at what is stored: ``messages list``, ``cases list/show`` (with whether a case is
overdue) and ``drafts list/show``, each with ``--json`` (one JSON object per line).  Registered
with the other data commands by :func:`mailbot.cli.store_cmds.register`."""

from __future__ import annotations

from datetime import datetime

from mailbot.calendar import business_deadline
from mailbot.clock import SystemClock
from mailbot.config import Config
from mailbot.cli.shared import NotFoundError, _age, _open, _print_json, _short, _table
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store


def messages_list(args) -> int:
    _, store = _open(args)
    try:
        with store.connect() as conn:
            found = message_store.list_messages(conn, status=args.status, mailbox=args.mailbox, limit=args.limit)
    finally:
        store.close()
    if args.json:
        _print_json(m.as_dict() for m in found)
        return 0
    _table([[m.id, m.status, m.mailbox, m.uid if len(m.uid) < 20 else m.uid[:19] + "…", _short(m.sender, 30),
             _short(m.subject, 40), _what_became(m)] for m in found],
           ["ID", "STATUS", "MAILBOX", "UID", "FROM", "SUBJECT", "WHAT BECAME OF IT"])
    return 0


def _what_became(m: message_store.StoredMessage) -> str:
    if m.status == "case":
        return f"case {m.case_id}"
    return _short(m.error or m.reason, 60)


def _is_overdue(config: Config, case: case_store.StoredCase, now: datetime, replied: bool) -> bool:
    brand = config.brands.get(case.brand)
    if brand is None or case.request_time is None or replied or case.status not in ("decided", "need_info"):
        return False
    return now > business_deadline(case.request_time, brand.overdue_business_days, brand.tz, brand.holidays)


def _case_dict(config: Config, case: case_store.StoredCase, now: datetime, replied: bool) -> dict:
    return {**case.as_dict(), "overdue": _is_overdue(config, case, now, replied)}


def _replied_cases(conn) -> set[int]:
    return {d.case_id for d in case_store.list_drafts(conn, status="sent")}


def cases_list(args) -> int:
    config, store = _open(args)
    now = SystemClock().now()
    try:
        with store.connect() as conn:
            found = case_store.list_cases(conn, status=args.status, brand=args.brand, limit=args.limit)
            replied = _replied_cases(conn)
    finally:
        store.close()
    rows = [_case_dict(config, c, now, c.id in replied) for c in found]
    if args.json:
        _print_json(rows)
        return 0
    _table([[r["id"], r["reference"], r["brand"], r["status"], r["outcome"], _short(r["customer"], 30),
             r["emails"], _age(c.request_time or c.created_at, now), "OVERDUE" if r["overdue"] else "",
             _short(r["subject"], 40)] for r, c in zip(rows, found)],
           ["ID", "REF", "BRAND", "STATUS", "OUTCOME", "CUSTOMER", "EMAILS", "AGE", "", "SUBJECT"])
    return 0


def cases_show(args) -> int:
    config, store = _open(args)
    now = SystemClock().now()
    try:
        with store.connect() as conn:
            case = case_store.get_case(conn, args.id)
            if case is None:
                raise NotFoundError(f"case {args.id}: no such case")
            emails = [m for m in message_store.list_messages(conn) if m.case_id == case.id]
            decisions = case_store.case_decisions(conn, case.id)
            drafts = case_store.list_drafts(conn, case_id=case.id)
    finally:
        store.close()
    replied = any(d.status == "sent" for d in drafts)
    data = _case_dict(config, case, now, replied)
    if args.json:
        data.update(messages=[m.as_dict() for m in emails],
                    decisions=[{"id": d.id, "message_id": d.message_id, "status": d.status, "result": d.result,
                                "created_at": d.created_at.isoformat()} for d in decisions],
                    drafts=[d.as_dict(with_body=False) for d in drafts])
        _print_json([data])
        return 0
    print(f"case {case.id} [{case.reference}] {case.brand}: {case.status} / {case.outcome}"
          + ("  OVERDUE" if data["overdue"] else ""))
    print(f"customer: {case.customer}")
    print(f"subject:  {case.subject}")
    print(f"request:  {case.request_time.isoformat() if case.request_time else '-'}")
    print("fields:   " + ", ".join(f"{k}={v}" for k, v in (case.fields or {}).items() if v is not None))
    print("\nemails:")
    for m in emails:
        print(f"  {m.id}  {m.internaldate.isoformat() if m.internaldate else '-'}  {m.sender}  {_short(m.subject)}")
    if decisions:
        last = decisions[-1]
        print(f"\nlatest decision ({last.created_at.isoformat()}, {len(decisions)} in all):")
        for d in last.result.get("decisions", []):
            amount = f" {d['amount']} {d['currency']}" if d.get("amount") else ""
            print(f"  {d['intent']}: {d['outcome']}{amount} ({', '.join(d.get('rules', []))})")
        if last.result.get("missing"):
            print(f"  missing: {', '.join(last.result['missing'])}")
        for line in last.result.get("trace", []):
            print(f"  · {line}")
    print("\ndrafts:")
    for d in drafts:
        print(f"  {d.id}  {d.status:<10}  {d.template}  {_short(d.subject, 60)}")
    return 0


def drafts_list(args) -> int:
    _, store = _open(args)
    status = None if args.status == "all" else args.status
    try:
        with store.connect() as conn:
            found = case_store.list_drafts(conn, status=status, case_id=args.case, limit=args.limit)
    finally:
        store.close()
    if args.json:
        _print_json(d.as_dict(with_body=False) for d in found)
        return 0
    _table([[d.id, d.case_id, d.status, d.template, _short(d.to_address, 30), _short(d.subject, 50)] for d in found],
           ["ID", "CASE", "STATUS", "TEMPLATE", "TO", "SUBJECT"])
    return 0


def drafts_show(args) -> int:
    _, store = _open(args)
    try:
        with store.connect() as conn:
            draft = case_store.get_draft(conn, args.id)
    finally:
        store.close()
    if draft is None:
        raise NotFoundError(f"draft {args.id}: no such draft")
    if args.json:
        _print_json([draft.as_dict()])
        return 0
    print(f"draft {draft.id} of case {draft.case_id}: {draft.status} ({draft.template})")
    print(f"To: {draft.to_address}")
    print(f"Subject: {draft.subject}")
    print(f"Message-ID: {draft.message_id}")
    if draft.in_reply_to:
        print(f"In-Reply-To: {draft.in_reply_to}")
    print()
    print(draft.body)
    return 0
