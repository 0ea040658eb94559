"""The main process of ``mailbot poll --once`` alone: decide, draft and store.

    python bench/store_bench.py [--count 2000] [--repeat 3] [--profile] [--ledger]
                                [--mail MAIL.pickle] [--drafts OUT.json]

The emails (``bench/mailgen.py``, seed 7, the mail ``bench/ingest_bench.py``
measures) are read first, outside the measure, as the parse workers read them
(:class:`mailbot.reading.intake.Reader`: parse, screen, extract).  Then the
readings go through :class:`mailbot.service.ingest.Ingestor` in group commits
of :data:`mailbot.service.poll.GROUP_EMAILS`, on one connection to a real
SQLite file, the way the poll's main process stores them.  Prints the CPU
time and wall time per email of that part alone (best of ``--repeat`` runs,
each into a fresh database); ``--profile`` prints where the time goes
(cProfile, cumulative).

``--drafts`` writes what was stored (every draft's template, subject, body,
recipient, status and hold reason; every message record's status, reason
and reading; every case, decision and audit line) to a JSON file, to check
that a change stores the same bytes: compare two such files made from the
same ``--mail`` (the generator's MIME boundaries are random); the clock is
fixed, and the drafts' random Message-IDs are left out.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = ROOT / "mailbot" / "defaults"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mailgen import support_mailbox  # noqa: E402
from sqlalchemy import select  # noqa: E402

from mailbot.clock import FixedClock  # noqa: E402
from mailbot.config import load_config  # noqa: E402
from mailbot.ledger import Ledger  # noqa: E402
from mailbot.pipeline import Triage  # noqa: E402
from mailbot.service.ingest import Ingestor  # noqa: E402
from mailbot.service.poll import GROUP_EMAILS  # noqa: E402
from mailbot.service.templates import StoredTemplates  # noqa: E402
from mailbot.service.worker_pool import Parsed  # noqa: E402
from mailbot.sources.base import Fetched  # noqa: E402
from mailbot.store import Store, upgrade  # noqa: E402
from mailbot.store.schema import audit_log, cases, decisions, drafts, messages  # noqa: E402

NOW = datetime(2025, 3, 20, 9, 30, tzinfo=timezone.utc)


def write_config(root: Path, database: Path) -> Path:
    path = root / "config" / "mailbot.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([
        "[mailbot]", f'brands_dir = "{DEFAULTS / "config" / "brands"}"', f'templates_dir = "{DEFAULTS / "templates"}"',
        "", "[database]", f'url = "sqlite:///{database}"', "",
        "[[mailboxes]]", 'name = "support"', 'brand = "leadsoptima"', 'host = "127.0.0.1"', "port = 1",
        'security = "none"', 'username = "bench"', 'password_env = "MAILBOT_BENCH_PASSWORD"', ""]))
    return path


def the_mail(count: int, path: Path | None) -> list[tuple[bytes, datetime]]:
    """The benchmark mail; kept in ``path`` (pickled) when given, so two runs
    (before and after a change) read the same bytes (the MIME boundaries of
    the generator are random)."""
    import pickle

    if path is not None and path.exists():
        mail = pickle.loads(path.read_bytes())
        if len(mail) >= count:
            return mail[:count]
    mail = list(support_mailbox(count, seed=7))
    if path is not None:
        path.write_bytes(pickle.dumps(mail))
    return mail


def readings(config, triage: Triage, mail: list[tuple[bytes, datetime]]) -> list[tuple[Fetched, Parsed]]:
    """The emails as the parse workers hand them over (read here, outside the measure)."""
    mailbox = config.mailboxes[0]
    reader = triage.reader(config.brands[mailbox.brand])
    out = []
    for uid, (raw, when) in enumerate(mail, start=1):
        fetched = Fetched(mailbox=mailbox.name, uid=str(uid), uidvalidity=1, raw=raw, size=len(raw), internaldate=when)
        out.append((fetched, Parsed(reader(raw, f"{mailbox.name}:{uid}"))))
    return out


def fresh_reader(item: tuple[Fetched, Parsed], reader) -> tuple[Fetched, Parsed]:
    """The same reading again (the ingest changes the message's ``received_at``)."""
    fetched, _ = item
    return fetched, Parsed(reader(fetched.raw, f"support:{fetched.uid}"))


def run(root: Path, config_path: Path, items, ledger: Ledger, profile: cProfile.Profile | None):
    database = root / "var" / "mailbot.db"
    if database.exists():
        database.unlink()
    database.parent.mkdir(parents=True, exist_ok=True)
    config = load_config(config_path)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    mailbox = config.mailboxes[0]
    clock = FixedClock(NOW)
    triage = Triage(config, ledger, clock, StoredTemplates(store))
    position = None
    cpu, wall = time.process_time(), time.perf_counter()
    if profile is not None:
        profile.enable()
    with store.connect() as conn:
        ingestor = Ingestor(config, store, triage, clock, conn)
        for start in range(0, len(items), GROUP_EMAILS):
            _, position = ingestor.ingest_group(items[start:start + GROUP_EMAILS], mailbox, position)
    if profile is not None:
        profile.disable()
    return time.process_time() - cpu, time.perf_counter() - wall, store


def stored(store: Store) -> dict:
    with store.connect() as conn:
        return {
            "messages": [list(r) for r in conn.execute(
                select(messages.c.uid, messages.c.status, messages.c.reason, messages.c.case_id,
                       messages.c.message_id, messages.c.sender, messages.c.subject, messages.c.reading)
                .order_by(messages.c.id))],
            "cases": [[r.id, r.brand, r.reference, r.customer, r.status, r.outcome, r.subject, r.request_time, r.fields,
                       r.created_at, r.updated_at] for r in conn.execute(select(cases).order_by(cases.c.id))],
            "decisions": [[r.case_id, r.message_id, r.status, r.result] for r in conn.execute(
                select(decisions).order_by(decisions.c.id))],
            "drafts": [[r.case_id, r.decision_id, r.template, r.subject, r.body, r.to_address, r.in_reply_to,
                        r.status, r.hold_reason] for r in conn.execute(select(drafts).order_by(drafts.c.id))],
            "audit": [[r.who, r.action, r.object_type, r.object_id, r.detail] for r in conn.execute(
                select(audit_log).order_by(audit_log.c.id))],
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--ledger", action="store_true", help="with the sample ledger (default: none, as ingest_bench)")
    parser.add_argument("--mail", type=Path, help="keep the generated mail in this file (the same bytes for two runs)")
    parser.add_argument("--drafts", type=Path, help="write what was stored to this JSON file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config_path = write_config(root, root / "var" / "mailbot.db")
        config = load_config(config_path)
        ledger = Ledger()
        if args.ledger:
            from mailbot.ledger import load_ledger

            ledger = load_ledger(DEFAULTS / "examples" / "ledger.json", config.zone_of)
        reader = Triage(config, ledger, FixedClock(NOW)).reader(config.brands[config.mailboxes[0].brand])
        t = time.perf_counter()
        items = readings(config, Triage(config, ledger, FixedClock(NOW)), the_mail(args.count, args.mail))
        print(f"{args.count} emails read (outside the measure) in {time.perf_counter() - t:.1f}s")
        best = None
        for attempt in range(args.repeat):
            profile = cProfile.Profile() if args.profile and attempt == args.repeat - 1 else None
            batch = [fresh_reader(item, reader) for item in items] if attempt else items
            cpu, wall, store = run(root, config_path, batch, ledger, profile)
            print(f"run {attempt + 1}: {cpu / args.count * 1e6:,.0f} us CPU/email, {wall / args.count * 1e6:,.0f} us "
                  f"wall/email ({args.count / wall:,.0f} emails/s)")
            best = cpu if best is None else min(best, cpu)
            if profile is not None:
                pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
                pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        print(f"best: {best / args.count * 1e6:,.0f} us CPU/email in the main process's decide + draft + store "
              f"({args.count / best:,.0f} emails/s of CPU); peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        if args.drafts:
            data = stored(store)
            args.drafts.write_text(json.dumps(data, ensure_ascii=False, indent=0, default=str))
            print(f"{len(data['drafts'])} drafts, {len(data['messages'])} message records written to {args.drafts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
