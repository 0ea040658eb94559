"""The data commands: ``db upgrade``, ``ledger import``, ``poll --once``,
``status``, ``messages list``, ``cases list/show``, ``drafts list/show``,
``retry ID`` and ``demo``.

Every list command takes ``--json``: one JSON object per line.

This module registers them all and holds those that act (upgrade, import, poll, status, retry,
demo); the listings of what is stored are :mod:`mailbot.cli.records_cmds`, the helpers every
command module shares :mod:`mailbot.cli.shared`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from mailbot.clock import SystemClock
from mailbot.config import load_config
from mailbot.cli.records_cmds import cases_list, cases_show, drafts_list, drafts_show, messages_list
from mailbot.cli.shared import _age, _json, _limit, _open, _print_json, _short, _table, _user, _who
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.database import Store, safe_url, upgrade
from mailbot.store.oauth import needs_sign_in_reasons
from mailbot.store.positions import list_mailbox_states
from mailbot.service.lease import who_holds_what


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
