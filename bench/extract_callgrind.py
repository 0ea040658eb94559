"""Instructions an email of ``extract``, counted by callgrind (CPU time swings too much on a loaded machine).

    python bench/extract_callgrind.py [--warm 300] [--count 60] [--out /tmp/cg.out] [--repeat]

Builds a brand's extractor, parses ``bench/mailgen.py`` support mail (seed 7, 1,250 emails), keeps the
emails a person sent, reads ``--warm`` of them (the automaton states RE2 builds for new text, as a worker
past its first minutes has them), then counts the instructions of ``extract`` on the last ``--count``
(60: perf45's emails) under callgrind, instrumentation switched on only for them.  Prints the total and
the figure an email.  ``--repeat`` reads the counted emails once more before counting (every text seen).
Needs ``valgrind`` (``callgrind_control``); the counted process is this script run again with ``--child``.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def child(warm_n: int, count: int, repeat: bool, signal: str) -> None:
    """Warm up, say so in ``signal + '.ready'``, wait for ``signal + '.go'``, then read the counted emails."""
    from mailgen import support_mailbox
    from triage_bench import make_ledger

    from mailbot.clock import FixedClock
    from mailbot.config import load_config
    from mailbot.ledger import ledger_from_data
    from mailbot.pipeline import Triage
    from mailbot.reading.parse import parse_message
    from mailbot.reading.screen import why_ignored

    config = load_config(ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml")
    ledger = ledger_from_data(make_ledger(random.Random(42), 2_000), config.zone_of)
    triage = Triage(config, ledger, FixedClock(datetime(2025, 8, 1, tzinfo=timezone.utc)))
    brand = config.brands["leadsoptima"]
    extractor = triage.extractor(brand)
    mail = [raw for raw, _ in support_mailbox(1250, seed=7)]
    people = [m for m in map(parse_message, mail) if why_ignored(m, brand.own_addresses) is None]
    work = people[-count:]
    warm = people[-count - warm_n:-count] + (work if repeat else [])
    for message in warm:
        extractor.extract(message)
    Path(signal + ".ready").write_text(f"{len(work)} {len(warm)}")
    while not os.path.exists(signal + ".go"):
        time.sleep(0.05)
    for message in work:
        extractor.extract(message)
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm", type=int, default=300)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--repeat", action="store_true")
    parser.add_argument("--out", help="callgrind's output file (default: a temporary one)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.warm, args.count, args.repeat, args.child)
        return
    work = tempfile.mkdtemp(prefix="extract_cg")
    out = args.out or os.path.join(work, "callgrind.out")
    signal = os.path.join(work, "sig")
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
               sys.executable, __file__, "--warm", str(args.warm), "--count", str(args.count), "--child", signal]
    if args.repeat:
        command.append("--repeat")
    with open(os.path.join(work, "valgrind.log"), "w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        while not os.path.exists(signal + ".ready"):
            if process.poll() is not None:
                sys.exit(f"the counted process ended early: see {log.name}")
            time.sleep(0.5)
        subprocess.run(["callgrind_control", "-i", "on", str(process.pid)], check=True, stdout=subprocess.DEVNULL)
        Path(signal + ".go").touch()
        process.wait()
    total = next(int(line.split()[1]) for line in open(out) if line.startswith(("summary:", "totals:")))
    print(f"extract of {args.count} emails after {args.warm} warm-up{' (and themselves)' if args.repeat else ''}: "
          f"{total:,} instructions, {total / args.count / 1e6:.2f} M an email ({out})")


if __name__ == "__main__":
    main()
