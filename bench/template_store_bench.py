"""What texts kept in the store cost a draft: the change counter read before
each draft, the reload after a save, and a lint on save.

    python bench/template_store_bench.py [ROUNDS]

Prints microseconds per draft with the files only and with the store's
source (one SQLite file, one stored text), the time to pick up a save (the
first draft after it: read the texts, compile again), and milliseconds per
lint of a partial used by three replies.  Figures vary with the machine's load.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from mailbot.config import load_config
from mailbot.drafting import Drafter, sample_cases
from mailbot.drafting.check import SAMPLE_NOW
from mailbot.drafting.lint import lint_template
from mailbot.service.templates import StoredTemplates, save_template, stored_overrides
from mailbot.store.database import Store, upgrade

ROOT = Path(__file__).resolve().parents[1]
NAME = "part_refund_denied.txt.j2"


def per_draft(drafter: Drafter, work, rounds: int) -> float:
    for brand, s in work:
        drafter.draft(s.case, s.extraction, s.verdict, brand, SAMPLE_NOW)
    start = time.perf_counter()
    for _ in range(rounds):
        for brand, s in work:
            drafter.draft(s.case, s.extraction, s.verdict, brand, SAMPLE_NOW)
    return (time.perf_counter() - start) / (rounds * len(work))


def main(rounds: int = 200) -> None:
    config = load_config(ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml")
    shipped = (ROOT / "mailbot" / "defaults" / "templates" / "_shared" / NAME).read_text(encoding="utf-8")
    work = [(b, s) for b in config.brands.values() for s in sample_cases(b)]
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        upgrade(url)
        store = Store.open(url)
        now = datetime.now(timezone.utc)
        save_template(store, config, "leadsoptima", NAME, shipped.replace("carefully", "closely"), who="bench", now=now)
        files = per_draft(Drafter(config), work, rounds)
        source = StoredTemplates(store)
        drafter = Drafter(config, source)
        stored = per_draft(drafter, work, rounds)
        pickups = []
        brand = config.brands["leadsoptima"]
        sample = next(s for s in sample_cases(brand) if s.label == "refund denied")
        for i in range(20):
            save_template(store, config, "leadsoptima", NAME, shipped.replace("carefully", f"closely ({i})"),
                          who="bench", now=now)
            start = time.perf_counter()
            drafter.draft(sample.case, sample.extraction, sample.verdict, brand, SAMPLE_NOW)
            pickups.append(time.perf_counter() - start)
        overrides = stored_overrides(store)
        start = time.perf_counter()
        for _ in range(10):
            lint_template(config, overrides, brand, NAME, shipped)
        lint = (time.perf_counter() - start) / 10
        store.close()
    print(f"draft, files only:            {files * 1e6:8.0f} µs")
    print(f"draft, with the store source: {stored * 1e6:8.0f} µs  (+{(stored - files) * 1e6:.0f} µs: the counter read)")
    print(f"first draft after a save:     {sorted(pickups)[len(pickups) // 2] * 1e3:8.1f} ms  (median of 20)")
    print(f"lint of {NAME} on save: {lint * 1e3:8.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
