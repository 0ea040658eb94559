"""Admin commands: ``templates check``, ``templates preview`` and ``replay``.

    mailbot templates check
    mailbot templates preview BRAND NAME [--case ID | --eml FILE [--ledger FILE]]
    mailbot templates export DIR / import DIR / history BRAND NAME   (mailbot.cli.template_cmds)
    mailbot replay PATH... [--ledger F] [--out FILE.csv|FILE.jsonl] [--compare OTHER_CONFIG]
"""

from __future__ import annotations

import importlib
import sys
import time
from typing import Callable, TextIO

from mailbot.clock import FixedClock, SystemClock
from mailbot.config import Config, load_config
from mailbot import preview
from mailbot.drafting import TEMPLATE_NAMES, Drafter, check_templates
from mailbot.errors import MailbotError
from mailbot.ledger import Ledger, load_ledger
from mailbot.pipeline import Triage
from mailbot.replay import FORMATS, Comparison, DecisionWriter, Replay, Summary, emails_at


def register(sub) -> None:
    templates = sub.add_parser("templates", help="lint and preview the reply templates")
    actions = templates.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="render every template of every brand against sample cases "
                                             "of every outcome; one line per problem")
    check.add_argument("--store", action="store_true",
                       help="check the texts admins saved in the database too (as the worker uses them)")
    check.set_defaults(handler=templates_check)
    preview = actions.add_parser("preview", help="print one rendered reply")
    preview.add_argument("brand", metavar="BRAND")
    preview.add_argument("name", metavar="NAME", help=f"template name: {', '.join(TEMPLATE_NAMES)}")
    given = preview.add_mutually_exclusive_group()
    given.add_argument("--case", type=int, metavar="ID", help="render against this stored case")
    given.add_argument("--eml", metavar="FILE", help="render against the decision for this email")
    preview.add_argument("--ledger", metavar="FILE.json", help="billing records for --eml")
    preview.add_argument("--now", metavar="ISO8601", help="fix 'today' in the reply; naive = UTC")
    preview.set_defaults(handler=templates_preview)
    importlib.import_module("mailbot.cli.template_cmds").register(actions)  # export, import, history

    replay = sub.add_parser("replay", help="decide every email of an mbox, a Maildir or a folder of .eml "
                                           "files as the worker would, storing and sending nothing")
    replay.add_argument("paths", nargs="+", metavar="PATH")
    replay.add_argument("--ledger", metavar="FILE.json", help="billing records to check claims against")
    replay.add_argument("--brand", help="decide for this brand whatever the addresses say")
    replay.add_argument("--now", metavar="ISO8601", help="fix 'today' (draft dates, overdue flag); naive = UTC")
    replay.add_argument("--out", metavar="FILE", help="write every decision to FILE.csv or FILE.jsonl")
    replay.add_argument("--compare", metavar="OTHER_CONFIG",
                        help="decide also under this configuration and list what would change")
    replay.add_argument("--format", choices=FORMATS, default="auto",
                        help="how named files are read: auto (an mbox if it starts with a 'From ' line), "
                             "eml (one email per file, as 'triage --each'), mbox, maildir")
    replay.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    replay.set_defaults(handler=replay_command)


# -- templates ---------------------------------------------------------------------

def templates_check(args) -> int:
    config = load_config(args.config)
    if getattr(args, "store", False):
        from mailbot.service.templates import StoredTemplates
        from mailbot.store.database import Store

        store = Store.open(config.database_url)
        try:
            problems = one_per_problem(check_templates(config, templates=StoredTemplates(store)))
        finally:
            store.close()
    else:
        problems = one_per_problem(check_templates(config))
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"templates OK: {len(TEMPLATE_NAMES)} replies for each of {len(config.brands)} brands "
          f"({', '.join(config.brands)})")
    return 0


def one_per_problem(lines: list[str]) -> list[str]:
    """One line per broken spot: the same ``file:line: what`` met by several
    sample cases is printed once, naming the first sample and how many more."""
    first: dict[str, str] = {}
    more: dict[str, int] = {}
    for line in lines:
        spot = line.split(" (brand ", 1)[0]
        if spot in first:
            more[spot] += 1
        else:
            first[spot], more[spot] = line, 0
    return [line if not more[spot] else f"{line[:-1]}; and {more[spot]} more)" if line.endswith(")") else
            f"{line} (and {more[spot]} more samples)" for spot, line in first.items()]


def templates_preview(args) -> int:
    config = load_config(args.config)
    brand = config.brands.get(args.brand)
    if brand is None:
        raise MailbotError(f"unknown brand {args.brand!r} (known: {', '.join(config.brands)})")
    if args.name not in TEMPLATE_NAMES:
        raise MailbotError(f"unknown template {args.name!r} (known: {', '.join(TEMPLATE_NAMES)})")
    if args.ledger and not args.eml:
        raise MailbotError("--ledger goes with --eml (a stored case uses the stored ledger)")
    now = _now(args.now)
    if args.case is not None:
        decided = _stored_case(config, args.case, now)
    elif args.eml:
        decided = _eml_case(config, args.eml, args.ledger, brand.name, now)
    else:
        decided = preview.sample(brand, args.name)
    if decided.case.brand != brand.name:
        raise MailbotError(f"{decided.label} belongs to brand {decided.case.brand or '(none)'}, not {brand.name}")
    reply = preview.render_reply(_drafter(config, stored=args.case is not None), brand, args.name, decided, now)
    if decided.label.startswith("sample"):
        print(f"# {reply.template} rendered with sample data ({decided.label})")
    else:
        print(f"# {reply.template} for {decided.label} (status {decided.verdict.status}; "
              f"the worker would use {decided.chosen or 'no template'})")
    print(reply.as_text(), end="")
    return 0


def _drafter(config: Config, *, stored: bool) -> Drafter:
    """For a stored case, the texts admins saved in the database too (as the worker drafts it)."""
    if not stored:
        return Drafter(config)
    from mailbot.drafting.overrides import FixedOverrides
    from mailbot.service.templates import stored_overrides
    from mailbot.store.database import Store

    store = Store.open(config.database_url)
    try:
        return Drafter(config, FixedOverrides(stored_overrides(store)))
    finally:
        store.close()


def _eml_case(config: Config, path: str, ledger_path: str | None, brand: str, now) -> preview.Decided:
    from mailbot.cli.triage_cmds import read_email

    ledger = load_ledger(ledger_path, config.zone_of) if ledger_path else Ledger()
    return preview.decided_from(Triage(config, ledger, FixedClock(now)).decide([read_email(path, config)], brand))


def _stored_case(config: Config, case_id: int, now) -> preview.Decided:
    from mailbot.store.database import Store

    store = Store.open(config.database_url)
    try:
        with store.connect() as conn:
            return preview.stored_case(conn, config, case_id, now)
    finally:
        store.close()


def _now(text: str | None):
    from mailbot.cli.triage_cmds import parse_now

    return parse_now(text) if text else SystemClock().now()


# -- replay --------------------------------------------------------------------------

def replay_command(args) -> int:
    config = load_config(args.config)
    if args.brand and args.brand not in config.brands:
        raise MailbotError(f"--brand: unknown brand {args.brand!r} (known: {', '.join(config.brands)})")
    clock = FixedClock(_now(args.now))  # one 'today' for the whole run, and for both configurations
    current = Replay(_triage(config, args.ledger, clock), args.brand)
    comparison = None
    if args.compare:
        other = load_config(args.compare)
        comparison = Comparison(current, Replay(_triage(other, args.ledger, clock), args.brand))
    emails = list(emails_at(args.paths, args.format))
    fmt = DecisionWriter.format_of(args.out) if args.out else None
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else None
    summary = Summary()
    progress = Progress(len(emails)) if sys.stderr.isatty() and not args.no_progress else None
    started = time.perf_counter()
    try:
        writer = DecisionWriter(out, fmt, ("changed",) if comparison else ()) if out else None
        for done, email in enumerate(emails, start=1):
            if comparison is not None:
                change = comparison.decide(email)
                replayed, extra = change.before, {"changed": change.what}
            else:
                replayed, extra = current.decide(email), {}
            summary.add(replayed)
            if writer is not None:
                writer.write(replayed, **extra)
            if progress is not None:
                progress(done)
    finally:
        if progress is not None:
            progress.finish()
        if out is not None:
            out.close()
    elapsed = time.perf_counter() - started
    for line in summary.lines():
        print(line)
    for line in summary.errors:
        print(f"  unreadable: {line}")
    if comparison is not None:
        print(f"compared with {args.compare}:")
        for line in comparison.lines():
            print(f"  {line}" if not line[0].isdigit() else line)
    rate = f", {summary.emails / elapsed:,.0f} emails/s" if elapsed > 0 and summary.emails else ""
    print(f"replayed in {elapsed:.2f} s{rate}" + (f"; decisions written to {args.out}" if args.out else ""))
    return 0


def _triage(config: Config, ledger_path: str | None, clock) -> Triage:
    ledger = load_ledger(ledger_path, config.zone_of) if ledger_path else Ledger()
    return Triage(config, ledger, clock)


class Progress:
    """``[#####.....]  412/1000  2,103/s`` on standard error, redrawn at most
    ten times a second, shown only once a run has lasted half a second."""

    WIDTH = 30

    def __init__(self, total: int, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.stream = stream or sys.stderr
        self.clock = clock
        self.started = clock()
        self.drawn_at = 0.0
        self.shown = False

    def __call__(self, done: int) -> None:
        now = self.clock()
        if now - self.started < 0.5 or (now - self.drawn_at < 0.1 and done != self.total):
            return
        self.drawn_at = now
        self.shown = True
        filled = self.WIDTH * done // max(self.total, 1)
        rate = done / max(now - self.started, 1e-9)
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total}  {rate:,.0f}/s")
        self.stream.flush()

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
