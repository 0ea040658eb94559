"""Throughput of ``mailbot replay`` over the test corpora's raw messages.

    python bench/replay_bench.py [--brand leadsoptima] [--rounds 3]

Reads every ``kind: raw`` message of tests/data/corpora (MANIFEST.json)
into memory, then times parse + Triage.decide for each, with the one Triage
the replay reuses, and prints messages per second and the outcome mix.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = ROOT / "mailbot" / "defaults"
sys.path.insert(0, str(ROOT))

from mailbot.clock import FixedClock  # noqa: E402
from mailbot.config import load_config  # noqa: E402
from mailbot.pipeline import Triage  # noqa: E402
from mailbot.replay import Replay, SourceEmail, summarise  # noqa: E402


CORPORA = ROOT / "tests" / "data" / "corpora"


def corpora() -> Path:
    if not (CORPORA / "MANIFEST.json").exists():
        raise SystemExit(f"{CORPORA / 'MANIFEST.json'}: file not found")
    return CORPORA


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--brand", help="decide every email for this brand (default: by address)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    root = corpora()
    manifest = json.loads((root / "MANIFEST.json").read_text(encoding="utf-8"))
    paths = [root / e["path"] for e in manifest if e["kind"] == "raw"]
    raws = [(str(p), p.read_bytes()) for p in paths]
    emails = [SourceEmail(label, (lambda raw=raw: raw)) for label, raw in raws]
    config = load_config(DEFAULTS / "config" / "mailbot.toml")
    replay = Replay(Triage(config, None, FixedClock(datetime(2025, 10, 17, 10, tzinfo=timezone.utc))), args.brand)
    best = None
    for _ in range(args.rounds):
        started = time.perf_counter()
        replayed = [replay.decide(e) for e in emails]
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    size = sum(len(raw) for _, raw in raws)
    print(f"{len(emails)} raw messages, {size / 1e6:.1f} MB, brand {args.brand or '(by address)'}")
    print(f"best of {args.rounds}: {best:.3f} s = {len(emails) / best:,.0f} messages/s, "
          f"{best / len(emails) * 1e6:,.0f} µs/message")
    for line in summarise(replayed).lines():
        print(f"  {line}")


if __name__ == "__main__":
    main()
