"""The data commands: ``db upgrade``, ``ledger import``, ``poll --once``,
``status``, ``messages list``, ``cases list/show``, ``drafts list/show``,
``retry ID`` and ``demo``.

Every list command takes ``--json``: one JSON object per line.
"""

from __future__ import annotations

import getpass
import json
import logging
from datetime import datetime
from typing import Iterable

from mailbot.calendar import business_deadline
from mailbot.clock import SystemClock
from mailbot.config import Config, load_config
from mailbot.errors import MailbotError
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.database import Store, safe_url, upgrade
from mailbot.store.oauth import needs_sign_in_reasons
from mailbot.store.positions import list_mailbox_states
from mailbot.service.lease import who_holds_what


class NotFoundError(MailbotError):
    """Raised when a command names a case, draft or message that does not exist."""


def register(sub) -> None:
    # Alembic announces its context on every upgrade; keep the commands' output to what matters.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    db = sub.add_parser("db", help="the database")
    db_actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    db_actions.add_parser("upgrade", help="apply database migrations").set_defaults(handler=db_upgrade)

    ledger = sub.add_parser("ledger", help="the billing ledger")
    ledger_actions = ledger.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = ledger_actions.add_parser("import", help="validate a ledger export and import it, all or nothing")
    imp.add_argument("file", metavar="FILE.json")
    _who(imp)
    imp.set_defaults(handler=ledger_import)

    poll = sub.add_parser("poll", help="read every configured mailbox")
    poll.add_argument("--once", action="store_true", required=True, help="one pass, then exit")
    poll.set_defaults(handler=poll_command)

    status = sub.add_parser("status", help="each mailbox: last poll, position, errors; queue sizes")
    _json(status)
    status.set_defaults(handler=status_command)

    msgs = sub.add_parser("messages", help="every email received and what became of it")
    msg_actions = msgs.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = msg_actions.add_parser("list", help="list received emails")
    listing.add_argument("--status", help="only this status (received, case, ignored, failed, oversized)")
    listing.add_argument("--mailbox", help="only this mailbox")
    _json(listing)
    _limit(listing)
    listing.set_defaults(handler=messages_list)

    cases = sub.add_parser("cases", help="customer requests")
    case_actions = cases.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = case_actions.add_parser("list", help="cases with status, brand, customer, outcome, age")
    listing.add_argument("--status", help="only this status (decided, need_info, other)")
    listing.add_argument("--brand", help="only this brand")
    _json(listing)
    _limit(listing)
    listing.set_defaults(handler=cases_list)
    show = case_actions.add_parser("show", help="one case: emails, decisions with trace, drafts")
    show.add_argument("id", type=int)
    _json(show)
    show.set_defaults(handler=cases_show)

    drafts = sub.add_parser("drafts", help="reply drafts awaiting approval")
    draft_actions = drafts.add_subparsers(dest="action", metavar="ACTION", required=True)
    drafts.actions = draft_actions  # staff_cmds adds approve, edit, reject, escalate, resolve
    listing = draft_actions.add_parser("list", help="drafts (pending ones by default)")
    listing.add_argument("--status", default="pending", help="only this status ('all' for every draft)")
    listing.add_argument("--case", type=int, help="only this case's drafts")
    _json(listing)
    _limit(listing)
    listing.set_defaults(handler=drafts_list)
    show = draft_actions.add_parser("show", help="one draft, with its text")
    show.add_argument("id", type=int)
    _json(show)
    show.set_defaults(handler=drafts_show)

    retry = sub.add_parser("retry", help="triage a failed email again")
    retry.add_argument("id", type=int, help="the message id (see `mailbot messages list --status failed`)")
    _who(retry)
    retry.set_defaults(handler=retry_command)

    demo = sub.add_parser("demo", help="fill a Maildir with sample emails, triage them, show the drafts")
    demo.add_argument("--once", action="store_true", help="exit after the summary")
    demo.add_argument("--host", default="127.0.0.1", help="address the staff UI listens on (default 127.0.0.1)")
    demo.add_argument("--port", type=int, help="port of the staff UI (default 8000, or a free one if it is busy)")
    demo.add_argument("--shipped-dates", action="store_true",
                      help="keep the samples' 2025 dates (default: move them and the ledger to now, keeping intervals)")
    demo.set_defaults(handler=demo_command)


def _json(parser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def _limit(parser) -> None:
    parser.add_argument("--limit", type=int, help="at most this many")


def _who(parser) -> None:
    parser.add_argument("--as", dest="who", default=None, help="who does it, for the audit log")


def _user(args) -> str:
    if args.who:
        return args.who
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def _open(args) -> tuple[Config, Store]:
    config = load_config(args.config)
    return config, Store.open(config.database_url)


def _print_json(rows: Iterable[dict]) -> None:
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str))


def _table(rows: list[list[object]], header: list[str]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in [header, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def _short(text: str | None, width: int = 50) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return ""
    seconds = int((now - moment).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{max(seconds, 0)}s"


# -- handlers -------------------------------------------------------------------

def db_upgrade(args) -> int:
    config = load_config(args.config)
    revision = upgrade(config.database_url)
    print(f"database {safe_url(config.database_url)}: at revision {revision}")
    return 0


def ledger_import(args) -> int:
    from mailbot.store.ledger import import_ledger

    config = load_config(args.config)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    try:
        done = import_ledger(store, args.file, config.zone_of, who=_user(args), now=SystemClock().now())
    finally:
        store.close()
    print(f"{args.file}: imported {done.customers} customers, {done.projects} projects, {done.payments} payments "
          f"for {', '.join(done.brands) or 'no brand'}")
    return 0


def poll_command(args) -> int:
    from mailbot.service.poll import poll_once
    from mailbot.sources import open_source

    config = load_config(args.config)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    sources = [open_source(m, config, store=store) for m in config.mailboxes]
    try:
        report = poll_once(config, store, sources, SystemClock())
    finally:
        for source in sources:
            source.close()
        store.close()
    for mailbox in report.mailboxes:
        print(mailbox.summary())
    return 1 if report.failed_mailboxes else 0


def status_command(args) -> int:
    config, store = _open(args)
    try:
        with store.connect() as conn:
            states = {s.mailbox: s for s in list_mailbox_states(conn)}
            queues = {"messages": message_store.count_by_status(conn), "cases": case_store.count_cases(conn),
                      "drafts": case_store.count_drafts(conn)}
            signed_out = needs_sign_in_reasons(conn)
            holders = who_holds_what(conn, SystemClock().now())
    finally:
        store.close()
    from mailbot.service.health import mailbox_health

    rows = []
    now = SystemClock().now()
    for mailbox in config.mailboxes:
        state = states.get(mailbox.name)
        health = mailbox_health(mailbox, state, now)
        rows.append({"mailbox": mailbox.name, "brand": mailbox.brand,
                     **(state.as_dict() if state else {"last_poll_at": None, "last_success_at": None,
                                                       "last_error": None, "consecutive_failures": 0,
                                                       "errors_total": 0, "uidvalidity": None, "last_uid": None}),
                     "healthy": health.ok and mailbox.account not in signed_out, "health": health.reason,
                     "needs_sign_in": mailbox.account in signed_out, **holders.mailbox(mailbox.name)})
    smtp_signed_out = [f"smtp.{s.name}" for s in config.smtp.values() if s.account in signed_out]
    if args.json:
        _print_json(rows)
        _print_json([{"workers": holders.workers}])
        _print_json([{"queues": queues, "healthy": all(r["healthy"] for r in rows),
                      "smtp_needs_sign_in": smtp_signed_out}])
        return 0
    for r in rows:
        if r["needs_sign_in"]:
            r["last_error"] = "NEEDS SIGN-IN: " + (r["last_error"] or "run `mailbot auth login " + r["mailbox"] + "`")
    _table([[r["mailbox"], r["brand"], _age(_parse_time(r["last_poll_at"]), now) + " ago" if r["last_poll_at"]
             else "never", f"{r['uidvalidity']}:{r['last_uid']}" if r["uidvalidity"] is not None else "",
             r["held_by"] or "", r["consecutive_failures"] or "", _short(r["last_error"], 60)] for r in rows],
           ["MAILBOX", "BRAND", "LAST POLL", "POSITION", "HELD BY", "FAILURES", "ERROR"])
    print()
    print(holders.summary())
    for name, counts in queues.items():
        print(f"{name}: " + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "none"))
    for name in smtp_signed_out:
        print(f"{name}: NEEDS SIGN-IN: replies wait approved; run `mailbot auth login {name}`")
    return 0


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


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


def retry_command(args) -> int:
    from mailbot.service.retry import retry_message

    config, store = _open(args)
    try:
        outcome = retry_message(config, store, args.id, SystemClock(), who=_user(args))
    finally:
        store.close()
    if outcome.kind == "failed":
        print(f"message {args.id}: failed again: {outcome.detail}")
        return 1
    where = f" (case {outcome.case}{', draft ' + str(outcome.draft) if outcome.draft else ''})" if outcome.case else ""
    print(f"message {args.id}: {outcome.kind}{where}")
    return 0


def demo_command(args) -> int:
    from mailbot.service.demo import run_demo

    config = load_config(args.config)
    summary = run_demo(config, SystemClock(), live=not args.shipped_dates)
    print(f"demo: {summary.delivered} sample emails delivered; database {safe_url(config.database_url)}")
    if summary.ledger:
        print(f"ledger: {summary.ledger.customers} customers, {summary.ledger.projects} projects, "
              f"{summary.ledger.payments} payments")
    for mailbox in summary.poll.mailboxes:
        print(mailbox.summary())
    print()
    _table([[c.id, c.reference, c.brand, c.status, c.outcome, _short(c.customer, 30), _short(c.subject, 40)]
            for c in summary.cases], ["ID", "REF", "BRAND", "STATUS", "OUTCOME", "CUSTOMER", "SUBJECT"])
    print()
    _table([[d.id, d.case_id, d.template, _short(d.subject, 60)] for d in summary.drafts],
           ["DRAFT", "CASE", "TEMPLATE", "SUBJECT"])
    for d in summary.drafts:  # each draft as the customer would read it
        print(f"\n--- draft {d.id} of case {d.case_id} to {d.to_address}: {d.subject}")
        print(d.body.rstrip())
    print("\nsee one with `mailbot drafts show ID`, a case with `mailbot cases show ID`")
    if not args.once:
        from mailbot.cli.ops_cmds import stop_on_sigterm, usable_port
        from mailbot.cli.web_cmds import DEFAULT_PORT, demo_ui

        stop_on_sigterm()
        return demo_ui(config, SystemClock(), host=args.host, port=usable_port(args.host, args.port, DEFAULT_PORT))
    return 0
