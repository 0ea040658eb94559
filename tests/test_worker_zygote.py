"""Parse workers are forked by a zygote that made the reader ready once: they
share its pages (copy-on-write), become the main process's own children when
the zygote exits, and read exactly as a reader in this process does."""

from __future__ import annotations

import os
import time
from pathlib import Path

from mailbot.reading.intake import Reader
from mailbot.reading.languages import pack_dirs
from mailbot.service.worker_pool import ParseWorkers
from tests.dovecot import varied_emails
from tests.test_parallel_ingest import cfg  # noqa: F401


def shared_dirty_kb(pid: int) -> int:
    """Pages this process shares with another after writing them before the fork (KB)."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Shared_Dirty:"):
            return int(line.split()[1])
    return 0


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def test_two_workers_share_the_zygotes_pages_and_are_children_of_the_main_process(cfg):  # noqa: F811
    brand = cfg.brands["leadsoptima"]
    reader = Reader.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)
    emails = varied_emails(30)
    subreaper_before = is_subreaper()  # another test's standing workers may hold it on
    workers = ParseWorkers(2, reader, email_seconds=60)
    try:
        deadline = time.monotonic() + 60
        while sum(p.pid is not None for p in workers._processes) < 2 and time.monotonic() < deadline:
            workers._collect(timeout=0.2)
        pids = [p.pid for p in workers._processes]
        assert None not in pids and len(set(pids)) == 2
        for seq, raw in enumerate(emails, start=1):
            workers.submit(seq, raw, f"lo-support:{seq}")
        there = [workers.result(seq).result() for seq in range(1, len(emails) + 1)]
        deadline = time.monotonic() + 10
        while {parent_of(pid) for pid in pids} != {os.getpid()} and time.monotonic() < deadline:
            time.sleep(0.05)  # the zygote exits once it has forked them
        assert {parent_of(pid) for pid in pids} == {os.getpid()}
        # A spawned process shares no written page with anyone; forked ones share
        # the interpreter, the reading modules and the compiled patterns.
        assert all(shared_dirty_kb(pid) > 5 * 1024 for pid in pids), [shared_dirty_kb(p) for p in pids]
    finally:
        workers.close()
    here = Reader.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)
    assert there == [here(raw, f"lo-support:{n}") for n, raw in enumerate(emails, start=1)]
    for pid in pids:  # reaped by close(): no zombie left behind
        assert not Path(f"/proc/{pid}").exists()
    assert is_subreaper() == subreaper_before  # on only while a zygote may exit


def is_subreaper() -> bool:
    import ctypes

    flag = ctypes.c_int(0)
    ctypes.CDLL(None, use_errno=True).prctl(37, ctypes.byref(flag), 0, 0, 0)  # PR_GET_CHILD_SUBREAPER
    return bool(flag.value)


def test_a_one_worker_zygote_reaped_by_its_popen_keeps_the_workers_exit_code():
    """With one parse worker the zygote is the worker (same pid).  When the worker pool's
    ``Popen.poll()`` reaps that zygote first, the worker's exit code is the one Popen kept, not
    -1 ("exited with code -1" lost why a worker died)."""
    import subprocess
    import sys

    from mailbot.service.processes import WorkerProcess

    worker = WorkerProcess("parse-1")
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.exit(3)"])
    worker.zygote, worker.pid = child, child.pid
    assert child.wait(timeout=30) == 3  # reaped here, as workers._reap_zygotes does
    assert worker.exitcode == 3
    assert not worker.is_alive()
