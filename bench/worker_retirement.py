"""A parse worker's memory over varied mail, with and without its bound (``worker_memory_mb``).

    python bench/worker_retirement.py [--count 2000] [--memory-mb 120] [--no-held-out]

One :class:`~mailbot.service.worker_pool.ParseWorkers` of one worker, fed as a poll feeds it (64
emails in flight), reads ``--count`` benchmark emails (``bench/mailgen.py``, seed 7), then the
held-out mail of six languages (``tests/data/fresh*_*/emails``), whose variety grows a worker's
automata far more.  A thread samples the RSS of every worker process (this process's
descendants) every 20 ms; printed: the benchmark part's emails/s and the workers' peak RSS in each
part, and the retirements.  Run it with another tree's ``PYTHONPATH`` to measure that tree (a
tree without the bound ignores ``--memory-mb``).  Issue 8 (memory): figures, not a test.
"""

from __future__ import annotations

import argparse
import inspect
import logging
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 64


def descendants_rss() -> int:
    """The summed RSS (bytes) of this process's descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, list(children.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


class Peak:
    """The highest :func:`descendants_rss` seen since the last :meth:`take`."""

    def __init__(self) -> None:
        self.peak = 0
        self.stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self.stop.wait(0.02):
            self.peak = max(self.peak, descendants_rss())

    def take(self) -> int:
        peak, self.peak = self.peak, descendants_rss()
        return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--memory-mb", type=int, default=120)
    parser.add_argument("--no-held-out", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="  %(name)s: %(message)s")
    sys.path.insert(0, str(ROOT / "bench"))
    from mailgen import support_mailbox

    from mailbot.config import load_config
    from mailbot.ledger import ledger_from_data
    from mailbot.pipeline import Triage
    from mailbot.service.worker_pool import ParseWorkers

    config = load_config(ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml")
    triage = Triage(config, ledger_from_data({"customers": [], "projects": [], "payments": []}, config.zone_of))
    reader = triage.reader(config.brands["leadsoptima"])
    parts = [("benchmark", [raw for raw, _ in support_mailbox(args.count, seed=7)])]
    if not args.no_held_out:
        parts.append(("held-out", [p.read_bytes() for p in sorted((ROOT / "tests" / "data").glob(
            "fresh*_*/emails/*.eml"))]))
    bounded = "memory_mb" in inspect.signature(ParseWorkers).parameters
    options = {"memory_mb": args.memory_mb} if bounded else {}
    workers = ParseWorkers(1, reader, 600, **options)
    peak = Peak()
    try:
        workers.wait_ready()
        print(f"tree {os.environ.get('PYTHONPATH', '?')}; bound {args.memory_mb if bounded else 'none'} MB; "
              f"worker ready at {descendants_rss() / 1048576:.0f} MB")
        peak.take()
        seq = 0
        for name, emails in parts:
            start, failed = time.perf_counter(), 0
            first = seq + 1
            for n, raw in enumerate(emails):
                seq += 1
                workers.submit(seq, raw, f"{name}:{n}")
                if seq - first + 1 > WINDOW:
                    failed += workers.result(seq - WINDOW).error is not None
            for done in range(max(first, seq - WINDOW + 1), seq + 1):
                failed += workers.result(done).error is not None
            spent = time.perf_counter() - start
            print(f"{name}: {len(emails)} emails, {len(emails) / spent:.0f} emails/s, failed {failed}, "
                  f"workers' peak RSS {peak.take() / 1048576:.0f} MB, retired so far "
                  f"{getattr(workers, 'retired', 0)}")
    finally:
        peak.stop.set()
        workers.close()


if __name__ == "__main__":
    main()
