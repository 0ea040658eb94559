"""Where the main process of a poll spends its CPU, per email.

    python bench/poll_profile.py [--count 3000] [--parse-workers 2] [--rounds 3]
                                 [--stages] [--profile [--dump FILE] [--top 40]] [--gc-freeze]

A private Dovecot is filled once with realistic support mail
(``bench/mailgen.py``, seed 7); each round polls that folder into a fresh
SQLite store with :class:`~mailbot.service.poll.Poller` in this process
(the parse workers are their own processes, as in ``mailbot poll --once``),
and prints the main process's CPU microseconds per email (this process's
user + system time around the poll only: fetching, handing over, deciding,
drafting, storing) and the workers' (the CPU time of the reaped children:
workers and zygote, their start included).  Prints figures; asserts nothing
but that every email was stored.

``--stages`` adds a round with a CPU timer around each stage's entry point
(:data:`TIMED`; a few microseconds per email of overhead, no cProfile) and
the garbage collector's time.  ``--profile`` adds a round under cProfile
with a CPU-time clock (it inflates code made of many small calls, Jinja2
above all: use it for where, the plain rounds for how much), split by stage
(:data:`STAGES`) and the top functions by their own time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from dovecot import PASSWORD_ENV, PrivateDovecot, TestProject  # noqa: E402
from ingest_bench import deliver, with_parse_workers  # noqa: E402
from mailgen import support_mailbox  # noqa: E402

from mailbot.clock import SystemClock  # noqa: E402
from mailbot.service.poll import Poller  # noqa: E402
from mailbot.sources.imap import ImapSource  # noqa: E402
from mailbot.store import Store, upgrade  # noqa: E402

STAGES = [
    # (stage, (file suffix, function name) entry points whose cumulative time is the stage's)
    ("fetch + IMAP parsing", [("sources/imap.py", "fetch_new")]),
    ("hand-off to workers (send, wait, unpickle)", [("service/workers.py", "submit"),
                                                    ("service/worker_pool.py", "submit"),
                                                    ("service/worker_pool.py", "result"),
                                                    ("service/worker_pool.py", "__init__"),
                                                    ("service/worker_pool.py", "wait_ready"),
                                                    ("service/worker_pool.py", "close")]),
    ("group keys + thread (queries)", [("service/ingest_keys.py", "of"), ("service/casework.py", "__init__"),
                                       ("service/ingest.py", "thread")]),
    ("decide (policy, without drafting)", [("mailbot/pipeline.py", "decide")]),
    ("  of which draft/render", [("drafting/drafter.py", "draft")]),
    ("reading/decision JSON", [("store/readings.py", "reading_json"), ("service/case_reading.py", "with_reading"),
                               ("mailbot/models.py", "as_dict")]),
    ("store: flush rows (SQL)", [("store/deferred.py", "flush")]),
    ("commit", [("sqlalchemy/engine/base.py", "commit")]),
    ("position + fence", [("store/positions.py", "write_position"), ("service/lease.py", "check")]),
    ("release_free_memory", [("reading/heap.py", "release_free_memory")]),
    ("logging", [("logging/__init__.py", "debug"), ("logging/__init__.py", "info"),
                 ("logging/__init__.py", "warning")]),
]


TIMED = [
    ("[ingest_group: everything from here to the commit]", "mailbot.service.ingest.Ingestor", "ingest_group"),
    ("[_place: one email, from its reading to its rows]", "mailbot.service.ingest.Ingestor", "_place"),
    # (stage, module, attribute path): the main process's CPU inside these calls, without cProfile
    ("fetch: IMAP FETCH + reading the answer", "mailbot.sources.imap_fetch", "fetch"),
    ("hand-off: send to a worker (pickle, write)", "mailbot.service.worker_pool", "ParseWorkers._send"),
    ("hand-off: collect results (wait, read, unpickle)", "mailbot.service.worker_pool", "ParseWorkers._collect"),
    ("  of which waiting on the pipes (select)", "multiprocessing.connection", "wait"),
    ("  of which receiving (read, unpickle)", "multiprocessing.connection", "Connection.recv"),
    ("    of which reading the pipe", "multiprocessing.connection", "Connection._recv_bytes"),
    ("group keys (queries)", "mailbot.service.ingest_keys", "GroupKeys.of"),
    ("thread (In-Reply-To, reference)", "mailbot.service.ingest.Ingestor", "thread"),
    ("decide, drafting included", "mailbot.pipeline", "Triage.decide"),
    ("  draft: context + render + tidy", "mailbot.drafting.drafter", "Drafter.draft"),
    ("  draft: render (Jinja2)", "mailbot.drafting.drafter", "render"),
    ("reading JSON (the stored reading)", "mailbot.service.ingest", "reading_json"),
    ("decision record (as_dict + reading record)", "mailbot.service.ingest_rows", "with_reading"),
    ("store: flush the group's rows (SQL)", "mailbot.store.deferred", "DeferredWrites.flush"),
    ("commit", "sqlalchemy.engine.base", "Connection._commit_impl"),
    ("position + lease fence", "mailbot.service.ingest.Ingestor", "_fenced"),
    ("release_free_memory", "mailbot.service.poll", "release_free_memory"),
]


def timed_stages() -> dict[str, list[float]]:
    """Wrap each :data:`TIMED` callable with a CPU timer; returns stage -> [seconds, calls]."""
    import importlib

    totals: dict[str, list[float]] = {}
    for stage, module_name, path in TIMED:
        try:
            owner = importlib.import_module(module_name)
        except ImportError:
            module_name, _, cls = module_name.rpartition(".")
            owner = getattr(importlib.import_module(module_name), cls)
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        original = getattr(owner, name)
        cell = totals.setdefault(stage, [0.0, 0])

        def wrapper(*a, __original=original, __cell=cell, **k):
            started = time.process_time()
            try:
                return __original(*a, **k)
            finally:
                __cell[0] += time.process_time() - started
                __cell[1] += 1

        setattr(owner, name, wrapper)
    return totals


class GcTimer:
    """CPU seconds spent in the garbage collector, by generation (``gc.callbacks``)."""

    def __init__(self) -> None:
        import gc

        self.seconds = [0.0, 0.0, 0.0]
        self.counts = [0, 0, 0]
        self._started = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds[info["generation"]] += time.process_time() - self._started
            self.counts[info["generation"]] += 1


def one_round(root: Path, server: PrivateDovecot, folder: str, workers: int, count: int,
              profiler: cProfile.Profile | None) -> tuple[float, float, float]:
    """(wall s, main-process CPU s, children CPU s) of one poll into a fresh store."""
    project = TestProject(root, server)
    project.write(folder=folder, batch_size=200)
    with_parse_workers(project, workers)
    upgrade(project.database_url)
    config = project.config()
    store = Store.open(config.database_url)
    source = ImapSource(config.mailboxes[0])
    try:
        poller = Poller(config, store, SystemClock())
        children = os.times()
        cpu = time.process_time()
        wall = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        report = poller.poll_mailbox(source)
        if profiler is not None:
            profiler.disable()
        wall = time.perf_counter() - wall
        cpu = time.process_time() - cpu
        after = os.times()
        kids = (after.children_user - children.children_user) + (after.children_system - children.children_system)
        assert not report.error and report.stored == count, report.summary()
        return wall, cpu, kids
    finally:
        source.close()
        store.close()


def stage_table(stats: pstats.Stats, count: int) -> list[tuple[str, float]]:
    rows = []
    for stage, entries in STAGES:
        total = 0.0
        for (path, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
            if any(path.endswith(suffix) and name == fn for suffix, fn in entries):
                total += ct
        rows.append((stage, total / count * 1e6))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--parse-workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="one more round under cProfile, with the stage split")
    parser.add_argument("--stages", action="store_true",
                        help="one more round with CPU timers around each stage (no cProfile)")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="gc.collect() and gc.freeze() before the polls (an experiment: the product does not)")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--dump", type=Path, help="with --profile: write the pstats file there")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="mailbot-pollprof-"))
    server = PrivateDovecot(root / "dovecot").start()
    os.environ[PASSWORD_ENV] = server.password
    os.environ.pop("DATABASE_URL", None)
    folder = f"Prof{args.count}"
    try:
        deliver(server, [raw for raw, _ in support_mailbox(args.count, seed=7)], folder)
        print(f"{args.count} realistic emails; {args.parse_workers} parse worker(s); load average "
              f"{os.getloadavg()[0]:.1f} (a shared machine makes every figure noisy)")
        if args.gc_freeze:
            import gc

            gc.collect()
            gc.freeze()
        for n in range(args.rounds):
            wall, cpu, kids = one_round(root / f"r{n}", server, folder, args.parse_workers, args.count, None)
            print(f"round {n + 1}: {args.count / wall:,.0f} emails/s in this process's poll; main process CPU "
                  f"{cpu / args.count * 1e6:,.0f} us/email; workers {kids / args.count * 1e6:,.0f} us/email")
        if args.stages:
            totals = timed_stages()
            collector = GcTimer()
            wall, cpu, _ = one_round(root / "staged", server, folder, args.parse_workers, args.count, None)
            print(f"\nwith stage timers: main process CPU {cpu / args.count * 1e6:,.0f} us/email; by stage "
                  f"(CPU us/email; nested stages are indented and included in the one above):")
            counted = 0.0
            for stage, (seconds, calls) in totals.items():
                if not stage.startswith((" ", "[")):
                    counted += seconds
                print(f"  {stage:52s} {seconds / args.count * 1e6:7,.0f}   ({calls:.0f} calls)")
            print(f"  {'everything else (ingest steps, generators, SQL building)':52s} "
                  f"{(cpu - counted) / args.count * 1e6:7,.0f}")
            print("  garbage collector, anywhere above, by generation: " + ", ".join(
                f"gen {g}: {collector.seconds[g] / args.count * 1e6:,.0f} us/email ({collector.counts[g]} runs)"
                for g in range(3)))
        if args.profile:
            profiler = cProfile.Profile(time.process_time)  # CPU only: waiting for the workers or the disk is not counted
            wall, cpu, _ = one_round(root / "profiled", server, folder, args.parse_workers, args.count, profiler)
            stats = pstats.Stats(profiler)
            total = sum(tt for (_cc, _nc, tt, _ct, _c) in stats.stats.values())
            print(f"\nunder cProfile: main process CPU {cpu / args.count * 1e6:,.0f} us/email, profiled "
                  f"{total / args.count * 1e6:,.0f} us/email; by stage (cumulative at the entry points, us/email):")
            for stage, us in stage_table(stats, args.count):
                print(f"  {stage:48s} {us:8,.0f}")
            if args.dump:
                stats.dump_stats(str(args.dump))
            stats.sort_stats("tottime").print_stats(args.top)
    finally:
        server.stop()
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
