"""Ingest benchmark: a private Dovecot filled with realistic emails, read by
``mailbot poll --once`` into SQLite.  Prints figures; asserts nothing.

    python bench/ingest_bench.py [--sizes 1000 10000] [--idle-samples 40]

Figures (goals from issue 3):
- end-to-end messages/s of ``poll --once`` (process start to exit; emails in,
  drafts stored)                                   goal 2,000/s
  with the ``parse_workers`` setting as shipped, and in-process (``0``)
- the same emails read from a Maildir by ``Poller.poll_mailbox`` in this
  process, in-process and with a parse worker
- peak RSS of that process                           goal 100 MB
- a poll with nothing new, connection open (ms)      goal 2 ms
- arrival-to-draft latency under IDLE (p50, p95)     goal p95 1 s
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from dovecot import PASSWORD_ENV, PrivateDovecot, TestProject, message_id, support_email  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from mailbot.clock import SystemClock  # noqa: E402
from mailbot.service.workers import worker_count  # noqa: E402
from mailbot.sources.maildir import MaildirSource  # noqa: E402
from mailbot.service.poll import Poller  # noqa: E402
from mailbot.sources.imap import ImapSource  # noqa: E402
from mailbot.store import Store, upgrade  # noqa: E402
from mailbot.store.schema import drafts, messages  # noqa: E402

KINDS = ("plain", "html", "attachment", "alternative", "plain", "plain", "html", "auto_reply")


def realistic(n: int) -> bytes:
    """About 10 KB: quoted history, some HTML, some attachments."""
    return support_email(n, kind=KINDS[n % len(KINDS)], pad_to=10_000)


def deliver_in_parallel(server: PrivateDovecot, emails: list[bytes], folder: str, workers: int = 2) -> None:
    server.deliver([], folder)  # create the folder once
    chunks = [emails[i::workers] for i in range(workers)]
    threads = [threading.Thread(target=server.deliver, args=(chunk, folder)) for chunk in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def counts(url: str) -> tuple[int, int]:
    store = Store.open(url)
    try:
        with store.connect() as conn:
            return (conn.execute(select(func.count()).select_from(messages)).scalar(),
                    conn.execute(select(func.count()).select_from(drafts)).scalar())
    finally:
        store.close()


# The child reports its own high-water mark (VmHWM of its own address space):
# ``ru_maxrss`` of a forked child starts at the parent's size, and this parent
# holds every delivered email.
_REPORT_PEAK = """
import atexit, os, runpy, sys
def _peak(path=os.environ["MAILBOT_BENCH_PEAK"]):
    with open("/proc/self/status") as status, open(path, "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM")).split()[1])
atexit.register(_peak)
sys.argv = ["mailbot", "poll", "--once"]
runpy.run_module("mailbot", run_name="__main__", alter_sys=True)
"""


def poll_once_process(project: TestProject) -> tuple[float, float, str]:
    """Wall seconds and peak RSS (MB) of ``python -m mailbot poll --once``."""
    peak_file = project.root / "peak-kb"
    env = dict(os.environ, MAILBOT_CONFIG=str(project.config_path), MAILBOT_BENCH_PEAK=str(peak_file))
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _REPORT_PEAK], env=env, cwd=project.root,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    return wall, int(peak_file.read_text()) / 1024, proc.stdout.decode().strip()


def with_parse_workers(project: TestProject, workers: int | str) -> None:
    """Set ``[mailbot] parse_workers`` in the project's main file."""
    value = f'"{workers}"' if isinstance(workers, str) else str(workers)
    text = project.config_path.read_text().replace("[mailbot]\n", f"[mailbot]\nparse_workers = {value}\n", 1)
    project.config_path.write_text(text)


def maildir_poll(root: Path, server: PrivateDovecot, emails: list[bytes], workers: int) -> float:
    """Seconds of one ``Poller.poll_mailbox`` over a Maildir holding ``emails``, in this process."""
    import mailbox as stdlib_mailbox

    project = TestProject(root, server)
    maildir = root / "maildir"
    box = stdlib_mailbox.Maildir(maildir, create=True)
    for raw in emails:
        box.add(raw)
    project.write(dict(name="support", brand="leadsoptima", maildir=str(maildir)))
    upgrade(project.database_url)
    config = project.config()
    store = Store.open(config.database_url)
    try:
        poller = Poller(config, store, SystemClock(), parse_workers=workers)
        t = time.perf_counter()
        report = poller.poll_mailbox(MaildirSource(config.mailboxes[0], maildir))
        elapsed = time.perf_counter() - t
        assert not report.error and report.stored == len(emails), report.summary()
        return elapsed
    finally:
        store.close()


def nothing_new_ms(project: TestProject, rounds: int = 200) -> tuple[float, float]:
    config = project.config()
    store = Store.open(config.database_url)
    poller = Poller(config, store, SystemClock())
    source = ImapSource(config.mailboxes[0])
    try:
        poller.poll_mailbox(source)  # connect; everything is already stored
        samples = []
        for _ in range(rounds):
            t = time.perf_counter()
            report = poller.poll_mailbox(source)
            samples.append((time.perf_counter() - t) * 1000)
            assert not report.error and not report.stored, report.summary()
        source_only = []
        position = None
        with store.connect() as conn:
            from mailbot.store.positions import mailbox_position
            position = mailbox_position(conn, config.mailboxes[0].name)
        for _ in range(rounds):
            t = time.perf_counter()
            list(source.fetch_new(position))
            source_only.append((time.perf_counter() - t) * 1000)
        return statistics.median(samples), statistics.median(source_only)
    finally:
        source.close()
        store.close()


def idle_latency(server: PrivateDovecot, project: TestProject, folder: str, samples: int) -> list[float]:
    from mailbot.scheduler import Worker

    project.write(folder=folder, idle=True, poll_seconds=3600)
    worker = Worker(project.config())
    worker.start()
    latencies = []
    store = Store.open(project.database_url)
    try:
        deadline = time.monotonic() + 120
        while worker.jobs["support"].health.polls < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        worker.watchers["support"].wait_until_idling(10)
        client = server.client()
        with_draft = 0
        for i in range(samples):
            raw = support_email(900_000 + i * 5, kind="plain", pad_to=10_000)  # refund requests
            wanted = message_id(raw)
            t = time.perf_counter()
            client.append(folder, raw)
            # The record, its case and its draft are committed in one transaction.
            query = (select(messages.c.id, drafts.c.id).outerjoin(drafts, drafts.c.case_id == messages.c.case_id)
                     .where(messages.c.message_id == wanted))
            found = None
            while found is None and time.perf_counter() - t < 30:
                with store.connect() as conn:
                    found = conn.execute(query).first()
                if found is None:
                    time.sleep(0.002)
            latencies.append(time.perf_counter() - t if found else float("inf"))
            with_draft += bool(found and found[1])
            time.sleep(0.05)
        print(f"  {with_draft} of {samples} IDLE emails got a draft")
        client.logout()
    finally:
        store.close()
        worker.stop()
    return latencies


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--idle-samples", type=int, default=40)
    parser.add_argument("--maildir-max", type=int, default=10000,
                        help="largest size also measured from a Maildir in this process")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    server = PrivateDovecot(root / "dovecot").start()
    os.environ[PASSWORD_ENV] = server.password
    os.environ.pop("DATABASE_URL", None)
    print(f"private Dovecot on 127.0.0.1:{server.port}; cores: {os.cpu_count()}")
    try:
        first_project = None
        for size in args.sizes:
            folder = f"Bench{size}"
            emails = [realistic(n) for n in range(size)]
            average = sum(map(len, emails)) / len(emails)
            t = time.perf_counter()
            deliver_in_parallel(server, emails, folder)
            print(f"\n== {size} emails (average {average / 1024:.1f} KB) delivered in "
                  f"{time.perf_counter() - t:.1f}s")
            project = TestProject(root / f"project-{size}", server)
            in_process = TestProject(root / f"project-{size}-in-process", server)
            in_process.write(folder=folder, batch_size=200)
            with_parse_workers(in_process, 0)
            upgrade(in_process.database_url)
            wall, rss, output = poll_once_process(in_process)
            print(f"poll --once, parse_workers = 0 (in-process): {wall:.2f}s wall, {size / wall:,.0f} msgs/s "
                  f"end to end; peak RSS {rss:.0f} MB")
            project.write(folder=folder, batch_size=200)
            upgrade(project.database_url)
            wall, rss, output = poll_once_process(project)
            stored, draft_count = counts(project.database_url)
            print(f"poll --once, parse_workers = auto ({worker_count('auto')} worker): {wall:.2f}s wall, "
                  f"{size / wall:,.0f} msgs/s end to end (goal 2,000); peak RSS {rss:.0f} MB (goal 100)")
            print(f"  stored {stored} records, {draft_count} drafts; {output}")
            median, source_median = nothing_new_ms(project)
            print(f"poll with nothing new: {median:.2f} ms median (goal 2 ms); "
                  f"IMAP part alone {source_median:.2f} ms")
            first_project = first_project or (project, folder)
            if size <= args.maildir_max:
                figures = []
                for workers in (0, 1):
                    seconds = maildir_poll(root / f"maildir-{size}-{workers}", server, emails, workers)
                    figures.append(f"parse_workers = {workers}: {size / seconds:,.0f} msgs/s")
                print("Maildir poll in this process, " + "; ".join(figures))
        if args.idle_samples and first_project:
            project, folder = first_project
            latencies = idle_latency(server, project, folder, args.idle_samples)
            print(f"\n== IDLE: arrival-to-draft over {len(latencies)} emails: "
                  f"p50 {percentile(latencies, 50) * 1000:.0f} ms, p95 {percentile(latencies, 95) * 1000:.0f} ms, "
                  f"max {max(latencies) * 1000:.0f} ms (goal p95 1 s)")
    finally:
        server.stop()
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
