"""Render time per draft: every sample case of every brand, many times over.

    python bench/drafting_bench.py [ROUNDS]

Prints microseconds per draft (context building + rendering + tidying) and
per render alone.  Templates are compiled before the clock starts, as a
long-running worker has them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from mailbot.config import load_config
from mailbot.drafting import Drafter, choose_template, sample_cases
from mailbot.drafting.build import build_context
from mailbot.drafting.check import SAMPLE_NOW
from mailbot.drafting.drafter import reply_subject
from mailbot.drafting.environment import render


def main(rounds: int = 2000) -> None:
    config = load_config(Path(__file__).resolve().parents[1] / "mailbot" / "defaults" / "config" / "mailbot.toml")
    drafter = Drafter(config)
    work = [(b, s) for b in config.brands.values() for s in sample_cases(b)]
    for brand, s in work:  # compile everything first
        drafter.draft(s.case, s.extraction, s.verdict, brand, SAMPLE_NOW)
    start = time.perf_counter()
    for _ in range(rounds):
        for brand, s in work:
            drafter.draft(s.case, s.extraction, s.verdict, brand, SAMPLE_NOW)
    whole = (time.perf_counter() - start) / (rounds * len(work))
    prepared = []
    for brand, s in work:
        name = choose_template(s.verdict)
        subject = reply_subject(s.case.first.subject, s.case.reference)
        context = build_context(name, s.case, s.extraction, s.verdict, brand, drafter.brand_view(brand),
                                subject, SAMPLE_NOW)
        prepared.append((drafter.template(brand, name), context.variables()))
    start = time.perf_counter()
    for _ in range(rounds):
        for template, variables in prepared:
            render(template, variables)
    alone = (time.perf_counter() - start) / (rounds * len(prepared))
    print(f"{len(work)} sample drafts x {rounds} rounds")
    print(f"draft (context + render + tidy): {whole * 1e6:.1f} µs per draft")
    print(f"render alone:                    {alone * 1e6:.1f} µs per draft")
    per_template: dict[str, list[float]] = {}
    for template, variables in prepared:
        t0 = time.perf_counter()
        for _ in range(rounds // 4):
            render(template, variables)
        per_template.setdefault(template.name, []).append((time.perf_counter() - t0) / (rounds // 4))
    for name, times in sorted(per_template.items()):
        print(f"  {name:45s} {max(times) * 1e6:6.1f} µs (slowest sample)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
