"""``mailbot triage``: decide without side effects (POLICY_SPEC section 7)."""

from __future__ import annotations

import json
import os
import signal
import threading
from contextlib import contextmanager
from datetime import datetime, timezone

from mailbot.clock import FixedClock, SystemClock
from mailbot.config import Config, load_config
from mailbot.errors import MailbotError, MessageError
from mailbot.ledger import Ledger, load_ledger
from mailbot.models import InboundMessage, SenderTrust, TriageResult
from mailbot.reading.limits import DEFAULT_LIMITS
from mailbot.reading.parse import parse_message
from mailbot.pipeline import Triage


def register(sub) -> None:
    p = sub.add_parser("triage", help="decide emails of one case (or each) without side effects")
    p.add_argument("files", nargs="+", metavar="FILE.eml", help="the emails of one thread, oldest first")
    p.add_argument("--ledger", metavar="FILE.json", help="billing records to check claims against")
    p.add_argument("--brand", help="decide for this brand whatever the addresses say")
    p.add_argument("--now", metavar="ISO8601", help="fix 'today' (draft dates, overdue flag); naive = UTC")
    p.add_argument("--each", action="store_true", help="every file is its own case; one JSON object per line")
    p.add_argument("--json", action="store_true", help="print the decision as JSON")
    p.add_argument("--mailbox", metavar="NAME", help="judge senders by this mailbox's trust_authserv_id and "
                   "trust_spf settings (Authentication-Results)")
    p.add_argument("--trust-authserv-id", metavar="ID", help="trust Authentication-Results from this authserv-id "
                   "(overrides --mailbox)")
    p.add_argument("--trust-spf", action="store_true", help="with --trust-authserv-id: an aligned SPF pass is "
                   "enough")
    p.set_defaults(handler=run)


def sender_trust(config, args) -> SenderTrust | None:
    """The trust setting for this run: the flag, else the named mailbox's, else none."""
    if args.trust_authserv_id:
        return SenderTrust(args.trust_authserv_id.strip(), bool(args.trust_spf))
    if args.mailbox:
        found = next((m for m in config.mailboxes if m.name == args.mailbox), None)
        if found is None:
            raise MailbotError(f"--mailbox: unknown mailbox {args.mailbox!r} "
                               f"(known: {', '.join(m.name for m in config.mailboxes) or 'none'})")
        return found.sender_trust
    return None


def run(args) -> int:
    config = load_config(args.config)
    if args.brand and args.brand not in config.brands:
        raise MailbotError(f"--brand: unknown brand {args.brand!r} (known: {', '.join(config.brands)})")
    ledger = load_ledger(args.ledger, config.zone_of) if args.ledger else Ledger()
    read = lambda path: read_email(path, config)  # noqa: E731
    triage = Triage(config, ledger, FixedClock(parse_now(args.now)) if args.now else SystemClock())
    trust = sender_trust(config, args)
    if args.each:
        for path in args.files:
            try:
                with time_budget(config.email_seconds, path):
                    message = read(path)
                prepare_reader(triage, [message], args.brand)
                with time_budget(config.email_seconds, path):
                    result = triage.decide([message], args.brand, trust=trust)
            except MailbotError as e:
                print(json.dumps({"file": path, "error": str(e)}, ensure_ascii=False), flush=True)
                continue
            print(json.dumps(result.as_dict(), ensure_ascii=False))
        return 0
    budget = config.email_seconds * len(args.files)
    with time_budget(budget, ", ".join(args.files)):
        messages = [read(p) for p in args.files]
    prepare_reader(triage, messages, args.brand)
    with time_budget(budget, ", ".join(args.files)):
        result = triage.decide(messages, args.brand, trust=trust)
    print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) if args.json else describe(result))
    return 0


def prepare_reader(triage: Triage, messages: list[InboundMessage], brand: str | None) -> None:
    """(fix38l) Build the reader of the emails' brand (its patterns compiled, about a second a brand) before an
    email's ``email_seconds`` budget starts, as a parse worker has it built before it reads: the budget is the
    email's own reading.  Under load the first email of a run paid it, and past the budget it was reported as an
    error line with no brand (tests/test_third_brand.py's KeyError 'brand' under ``-n 2``)."""
    chosen = triage.brand_of(messages, brand)
    if chosen is not None:
        triage.extractor(chosen)


@contextmanager
def time_budget(seconds: int, what: str):
    """The ``email_seconds`` budget of ingest, for ``mailbot triage``: past it
    the command stops with one line (exit 2) instead of hanging.  Only in the
    main thread (signals); elsewhere the budget is not enforced."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expired(signum, frame):
        raise MessageError(f"{what}: reading took more than {seconds} s (email_seconds): stopped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_now(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise MailbotError(f"--now: not an ISO 8601 date-time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def read_email(path: str, config: Config | None = None) -> InboundMessage:
    """One file, parsed within the same bounds as ingest: the size guard
    (``triage_max_bytes``, like a mailbox's ``max_bytes``) and the read limits."""
    limit = config.triage_max_bytes if config is not None else None
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if limit is not None and size > limit:
                raise MessageError(f"{path}: {size} bytes, over the {limit}-byte limit (triage_max_bytes): not read")
            raw = handle.read()
    except OSError as e:
        raise MessageError(f"{path}: cannot read: {e.strerror}") from None
    return parse_message(raw, source=path, limits=config.read_limits if config is not None else DEFAULT_LIMITS)


def describe(result: TriageResult) -> str:
    """A staff-readable summary of one decision."""
    data = result.as_dict()
    lines = [f"case {data['case_ref'] or '-'}  brand {data['brand'] or '-'}  status {data['status']}"
             + (f"  rules {', '.join(data['rules'])}" if data["rules"] else "")]
    if data["missing"]:
        lines.append("missing: " + ", ".join(data["missing"]))
    lines += [f"  {k}: {v}" for k, v in data["fields"].items() if v]
    for d in data["decisions"]:
        amount = f" {d['amount']} {d['currency']}" if d["amount"] else ""
        until = f" effective {d['effective_date']}" if d["effective_date"] else ""
        lines.append(f"{d['intent']}: {d['outcome']}{amount}{until}  ({', '.join(d['rules'])})")
    lines += [f"  · {t}" for t in data["trace"]]
    if result.draft:
        lines += ["", f"Subject: {result.draft.subject}", "", result.draft.body]
    return "\n".join(lines)

