"""CPU time of each reading stage a parse worker runs, per email, and how it grows with languages.

    python bench/reading_bench.py [--count 1000] [--mail realistic|multilingual] [--languages en,hi,...]
                                  [--profile]

Reads the same emails as ``bench/triage_bench.py`` (``realistic``: the benchmark support mail of
``bench/mailgen.py``, seed 7, with the ledger of ``triage_bench.py``, whose 2,000 project names
the extractor looks for) or ``multilingual``: every email of the held-out rounds under
``tests/data/heldout*/emails`` and ``tests/data/fresh*/emails`` (six languages), repeated up to ``--count``.
Prints process CPU time per email of parse, screen (C7) and extract, and of decide + draft in
the main process, for the LeadsOptima brand reading the shipped languages; then extract again
with the brand reading ``--compare`` (English only by default), so the cost of more languages
shows (issue 8: it must not grow with their number).  ``--profile`` prints the 30 functions of
screen + extract with the most time of their own (cProfile, sorted by tottime).

CPU time, not the wall clock: on a shared machine it is the steadier figure; still noisy.
"""

from __future__ import annotations

import argparse
import copy
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
from mailbot.ledger import ledger_from_data  # noqa: E402
from mailbot.pipeline import Triage  # noqa: E402
from mailbot.reading.parse import parse_message  # noqa: E402
from mailbot.reading.screen import why_ignored  # noqa: E402

CONFIG = ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml"
BRAND = "leadsoptima"


def realistic(count: int) -> list[bytes]:
    from mailgen import support_mailbox

    return [raw for raw, _ in support_mailbox(count, seed=7)]


def multilingual(count: int) -> list[bytes]:
    data = ROOT / "tests" / "data"
    files = sorted(p for pattern in ("heldout*/emails/*.eml", "fresh*/emails/*.eml") for p in data.glob(pattern))
    raws = [p.read_bytes() for p in files]
    return [raws[i % len(raws)] for i in range(count)] if raws else []


REPEAT = 1


def cpu_per_email(function, items, repeat: int | None = None) -> float:
    """Process CPU time per item, the least of ``repeat`` (default :data:`REPEAT`) passes (the steadiest figure)."""
    best = None
    for _ in range(repeat or REPEAT):
        started = time.process_time()
        for item in items:
            function(item)
        spent = time.process_time() - started
        best = spent if best is None else min(best, spent)
    return best / max(1, len(items)) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--mail", choices=("realistic", "multilingual"), default="realistic")
    parser.add_argument("--compare", default="en", help="languages of the second run of extract (comma-separated)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the emails; the least time is shown")
    parser.add_argument("--profile", action="store_true", help="cProfile screen + extract, sorted by tottime")
    args = parser.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)

    from triage_bench import make_ledger

    config = load_config(CONFIG)
    ledger = ledger_from_data(make_ledger(random.Random(42), 2_000), config.zone_of)
    triage = Triage(config, ledger, FixedClock(datetime(2025, 8, 1, tzinfo=timezone.utc)))
    brand = config.brands[BRAND]
    emails = realistic(args.count) if args.mail == "realistic" else multilingual(args.count)
    parsed = [parse_message(raw) for raw in emails]
    parse = cpu_per_email(parse_message, emails)
    own = brand.own_addresses
    screen = cpu_per_email(lambda m: why_ignored(m, own), parsed)
    people = [m for m in parsed if why_ignored(m, own) is None]

    def extract_with(languages: tuple[str, ...]) -> tuple[float, list]:
        chosen = copy.copy(brand)
        chosen.languages = languages
        chosen.name = f"{brand.name}-{len(languages)}"  # a reader of its own
        extractor = Triage(config, ledger).extractor(chosen)
        for msg in people[:20]:
            extractor.extract(msg)  # compile, warm the automata
        spent = cpu_per_email(extractor.extract, people)
        return spent, [extractor.extract(m) for m in people]

    extract, extractions = extract_with(brand.languages)
    decide = cpu_per_email(lambda pair: triage.decide([pair[0]], BRAND, extractions=[pair[1]]),
                           list(zip(people, extractions)))
    fewer = tuple(args.compare.split(","))
    extract_fewer, _ = extract_with(fewer)
    print(f"{args.mail} mail, {len(emails)} emails ({len(people)} read by a person's rules); "
          f"process CPU µs/email, least of {REPEAT} passes (noisy on a shared machine):")
    print(f"  parse          {parse:8.0f}")
    print(f"  screen         {screen:8.0f}")
    print(f"  extract        {extract:8.0f}   ({len(brand.languages)} languages: {','.join(brand.languages)})")
    print(f"  decide+draft   {decide:8.0f}")
    print(f"  extract        {extract_fewer:8.0f}   ({len(fewer)} language(s): {','.join(fewer)})")
    if args.profile:
        import cProfile
        import pstats

        chosen = triage.extractor(brand)
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [chosen.extract(m) for m in people if why_ignored(m, own) is None])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
