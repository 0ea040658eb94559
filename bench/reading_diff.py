"""Record every reading and decision on a fixed body of mail, to prove a change decides the same.

    python bench/reading_diff.py --out /tmp/before.json            # record
    python bench/reading_diff.py --out /tmp/after.json --diff /tmp/before.json

Reads (a) ``bench/mailgen.py`` support mail (seed 7, ``--count``, 3,000 by default) against the
ledger of ``bench/triage_bench.py``, (b) the varied mail of ``bench/triage_bench.py``, (c) every
held-out round under ``tests/data/heldout*`` (each case as its thread, with the round's ledger and
the harness's NOW, and each of its emails alone) and (d) every other email file under
``tests/data/`` (alone, empty ledger).  For each it writes the whole extraction (fields, intents,
dispute, stated email, invoice candidates, mentioned dates and amounts, languages, notes) and the
decision (status, rules, missing, outcomes, amounts, trace, draft text) as JSON; with ``--diff`` it
prints how many readings differ from an earlier file and the first few differences.  Exit status
1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mailbot.clock import FixedClock  # noqa: E402
from mailbot.config import load_config  # noqa: E402
from mailbot.errors import MailbotError  # noqa: E402
from mailbot.ledger import Ledger, ledger_from_data, load_ledger  # noqa: E402
from mailbot.pipeline import Triage  # noqa: E402
from mailbot.reading.parse import parse_message  # noqa: E402

CONFIG = ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml"
HELDOUT_NOW = datetime.fromisoformat("2025-10-01T10:00:00+05:30")
BENCH_NOW = datetime(2025, 8, 1, tzinfo=timezone.utc)


def reading(result) -> dict:
    """The whole extraction and decision of one case, as plain JSON values."""
    data = result.as_dict()
    ex = result.extraction
    data["extraction"] = {
        "intents": sorted(ex.intents), "dispute": ex.dispute, "stated_email": ex.stated_email,
        "stated_email_labelled": ex.stated_email_labelled, "invoice_candidates": list(ex.invoice_candidates),
        "mentioned_dates": [d.isoformat() for d in ex.mentioned_dates],
        "mentioned_amounts": [str(a) for a in ex.mentioned_amounts], "language": ex.language,
        "languages": list(ex.languages), "unread_language": ex.unread_language, "notes": list(ex.notes),
    }
    return data


def decide(triage: Triage, raws: list[bytes]) -> dict:
    try:
        return reading(triage.decide([parse_message(raw) for raw in raws]))
    except MailbotError as e:
        return {"error": f"{type(e).__name__}: {e}"}


def bench_mail(config, count: int) -> dict:
    from mailgen import support_mailbox
    from triage_bench import make_email, make_ledger

    rng = random.Random(42)
    ledger = ledger_from_data(make_ledger(rng, 2_000), config.zone_of)
    triage = Triage(config, ledger, FixedClock(BENCH_NOW))
    out = {}
    for i, (raw, _) in enumerate(support_mailbox(count, seed=7)):
        out[f"mailgen/{i}"] = decide(triage, [raw])
    for i in range(count // 3):
        out[f"varied/{i}"] = decide(triage, [make_email(rng, i, 2_000)])
    return out


def heldout_mail(config) -> tuple[dict, set[Path]]:
    out, seen = {}, set()
    for data in sorted((ROOT / "tests" / "data").glob("heldout*")):
        if not (data / "expected.json").is_file():
            continue
        ledger = load_ledger(data / "ledger.json", config.zone_of) if (data / "ledger.json").is_file() else Ledger()
        triage = Triage(config, ledger, FixedClock(HELDOUT_NOW))
        for case in json.loads((data / "expected.json").read_text())["cases"]:
            paths = [data / f for f in case["files"]]
            seen.update(paths)
            out[f"{data.name}/{case['id']}"] = decide(triage, [p.read_bytes() for p in paths])
            if len(paths) > 1:
                for p in paths:
                    out[f"{data.name}/{case['id']}/{p.name}"] = decide(triage, [p.read_bytes()])
    return out, seen


def other_files(config, seen: set[Path], skip: tuple[str, ...] = ()) -> dict:
    triage = Triage(config, Ledger(), FixedClock(HELDOUT_NOW))
    out = {}
    data = ROOT / "tests" / "data"
    for path in sorted(data.rglob("*")):
        if path in seen or not path.is_file() or path.suffix not in {".eml", ".txt", ".msg", ""}:
            continue
        if path.relative_to(data).parts[0].startswith(skip):
            continue
        out[str(path.relative_to(ROOT))] = decide(triage, [path.read_bytes()])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="where to write the readings (JSON)")
    parser.add_argument("--diff", help="an earlier file to compare with")
    parser.add_argument("--count", type=int, default=3_000)
    parser.add_argument("--skip", action="append", default=[], metavar="PREFIX",
                        help="leave out tests/data folders starting with PREFIX (a held-out round kept unseen "
                             "while fixes are made, e.g. --skip fresh9); may be repeated")
    args = parser.parse_args()
    config = load_config(CONFIG)
    started = time.perf_counter()
    readings = bench_mail(config, args.count)
    held, seen = heldout_mail(config)
    readings.update(held)
    readings.update(other_files(config, seen, tuple(args.skip)))
    Path(args.out).write_text(json.dumps(readings, ensure_ascii=False, indent=0, sort_keys=True))
    print(f"{len(readings)} readings in {time.perf_counter() - started:.1f} s -> {args.out}")
    if not args.diff:
        return 0
    before = json.loads(Path(args.diff).read_text())
    keys = sorted(set(before) | set(readings))
    differ = [k for k in keys if before.get(k) != readings.get(k)]
    print(f"{len(differ)} of {len(keys)} readings differ from {args.diff}")
    for key in differ[:10]:
        old, new = before.get(key) or {}, readings.get(key) or {}
        fields = sorted(f for f in set(old) | set(new) if old.get(f) != new.get(f))
        print(f"  {key}:")
        for f in fields:
            print(f"    {f}: {json.dumps(old.get(f), ensure_ascii=False)[:300]}")
            print(f"    {' ' * len(f)}  -> {json.dumps(new.get(f), ensure_ascii=False)[:300]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
