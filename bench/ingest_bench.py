"""Ingest benchmark: a private Dovecot filled with realistic support mail
(``bench/mailgen.py``), read by ``mailbot poll --once`` into SQLite.  Prints
figures; asserts nothing.

    python bench/ingest_bench.py [--sizes 5000] [--reference PATH] [--extras]

Figures, for each size:
- emails/s end to end of ``mailbot poll --once`` as a whole process (start to
  exit; emails in, cases and drafts stored), goal 2,000/s on 2 cores;
- side by side in the same run, the bound: a process that fetches the same
  folder with imapclient in batches of 500 and parses each email with the
  standard library (``email.policy.default``, ``get_body()``);
- the peak RSS of the whole ``poll --once`` process tree (parse workers
  included), sampled every 10 ms, goal 100 MB;
- the same poll on the previous benchmark mail (short customer text padded
  with quoted history), as a second figure.
``--reference PATH`` also generates the same number of emails with another
generator (a ``make_message(rng, i, tag, base_date, user)`` function, such as
the team's reference ``fill_mailbox.py``) and measures them in the same run,
to check that ``mailgen`` gives the same figures.  ``--extras`` adds the older
figures: Maildir polls in this process, a poll with nothing new, IDLE latency.

The memory goal is for a 50,000-email backlog:

    python bench/ingest_bench.py --sizes 50000 --no-padded [--parse-workers 2 --no-auto]

(no other flag is needed; it takes a while: the mail is generated and held by
this process, about 600 MB that are not part of the measured poll's tree, and
the poll reads 590 MB of mail; on two busy cores allow half an hour).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from dovecot import PASSWORD_ENV, PrivateDovecot, TestProject, message_id, support_email  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from mailgen import figures, support_mailbox  # noqa: E402

from mailbot.clock import SystemClock  # noqa: E402
from mailbot.service.workers import worker_count  # noqa: E402
from mailbot.sources.maildir import MaildirSource  # noqa: E402
from mailbot.service.poll import Poller  # noqa: E402
from mailbot.sources.imap import ImapSource  # noqa: E402
from mailbot.store import Store, upgrade  # noqa: E402
from mailbot.store.schema import drafts, messages  # noqa: E402

KINDS = ("plain", "html", "attachment", "alternative", "plain", "plain", "html", "auto_reply")


def padded(n: int) -> bytes:
    """The previous benchmark mail: about 10 KB, short text padded with quoted history."""
    return support_email(n, kind=KINDS[n % len(KINDS)], pad_to=10_000)


def realistic(count: int) -> list[bytes]:
    """Realistic support mail (``bench/mailgen.py``, seed 7)."""
    return [raw for raw, _ in support_mailbox(count, seed=7)]


def reference_mail(path: Path, count: int) -> list[bytes]:
    """``count`` emails of another generator (``make_message``), seed 7."""
    import importlib.util
    import random
    from datetime import datetime, timezone

    spec = importlib.util.spec_from_file_location("reference_generator", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = random.Random(7)
    start = datetime(2025, 3, 1, 8, 0, tzinfo=timezone.utc)
    return [module.make_message(rng, i, "ref", start, "support@leadsoptima.com")[0] for i in range(count)]


def deliver(server: PrivateDovecot, emails: list[bytes], folder: str, batch: int = 200) -> None:
    """APPEND every email to ``folder``, with MULTIAPPEND in batches when offered."""
    client = server.client()
    try:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        if not client.has_capability("MULTIAPPEND"):
            client.logout()
            client = None
            deliver_in_parallel(server, emails, folder)
            return
        for i in range(0, len(emails), batch):
            client.multiappend(folder, emails[i:i + batch])
    finally:
        if client is not None:
            client.logout()


@dataclass
class Measured:
    """One command run by :func:`run_measured`."""

    wall: float
    """Seconds, start to exit."""
    cpu: float
    """CPU seconds (user + system) of the command and every descendant it reaped."""
    rss: float
    """Peak RSS of the process tree, MB (a page shared by forked processes counts in each)."""
    pss: float
    """Peak PSS of the process tree, MB (a shared page is divided among its sharers)."""
    output: str
    code: int
    at_peak: list[tuple[str, float, float]]
    """Each process of the tree (name, RSS MB, PSS MB) at the peak of the tree's RSS."""

    def breakdown(self) -> str:
        return ", ".join(f"{name} {rss:.0f}/{pss:.0f}" for name, rss, pss in self.at_peak)


def tree_memory_kb(pid: int) -> list[tuple[str, int, int]]:
    """Each process of the tree under ``pid``: (name, RSS KB, PSS KB).  RSS
    counts a page shared by forked processes in each of them; PSS divides it
    among its sharers, so the tree's PSS is what the tree costs the machine."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            rss = pss = 0
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Rss:"):
                        rss = int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss = int(line.split()[1])
            with open(f"/proc/{current}/cmdline", "rb") as cmdline:
                words = cmdline.read().split(b"\0")
            name = "worker" if b"mailbot.reading.serve" in words else "main"
            found.append((name, rss, pss))
            with open(f"/proc/{current}/task/{current}/children") as children:
                todo += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return found


def run_measured(argv: list[str], env: dict, cwd: Path) -> Measured:
    """Run one command, sampling the memory of its process tree every 10 ms."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = peak_pss = 0
    at_peak: list = []
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(proc.stdout.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        tree = tree_memory_kb(proc.pid)
        rss, pss = sum(t[1] for t in tree), sum(t[2] for t in tree)
        if rss > peak:
            peak, at_peak = rss, [(name, r / 1024, p / 1024) for name, r, p in tree]
        peak_pss = max(peak_pss, pss)
        time.sleep(0.01)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reader.join()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measured(wall, cpu, peak / 1024, peak_pss / 1024, b"".join(output).decode(errors="replace").strip(),
                    proc.returncode, at_peak)


_BOUND = """
import sys, time
from email import message_from_bytes, policy
from imapclient import IMAPClient
port, user, password, folder = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
client = IMAPClient("127.0.0.1", port=int(port), ssl=False, timeout=120)
client.login(user, password)
client.select_folder(folder, readonly=True)
uids = client.search("ALL")
read = 0
for i in range(0, len(uids), 500):
    for uid, data in client.fetch(uids[i:i + 500], ["RFC822"]).items():
        msg = message_from_bytes(data[b"RFC822"], policy=policy.default)
        body = msg.get_body(("plain", "html"))
        if body is not None:
            body.get_content()
        read += 1
client.logout()
print(read)
"""


def bound(server: PrivateDovecot, folder: str) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) and emails read of the imapclient + policy.default bound."""
    run = run_measured([sys.executable, "-c", _BOUND, str(server.port), server.user, server.password, folder],
                       dict(os.environ), REPO)
    return run.wall, run.rss, int(run.output.splitlines()[-1]) if run.output else 0


def deliver_in_parallel(server: PrivateDovecot, emails: list[bytes], folder: str, workers: int = 2) -> None:
    server.deliver([], folder)  # create the folder once
    chunks = [emails[i::workers] for i in range(workers)]
    threads = [threading.Thread(target=server.deliver, args=(chunk, folder)) for chunk in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def failures(url: str, limit: int = 5) -> list[str]:
    """The errors of the first failed records."""
    store = Store.open(url)
    try:
        with store.connect() as conn:
            return list(conn.execute(select(messages.c.error).where(messages.c.status == "failed")
                                     .limit(limit)).scalars())
    finally:
        store.close()


def counts(url: str) -> tuple[int, int]:
    store = Store.open(url)
    try:
        with store.connect() as conn:
            return (conn.execute(select(func.count()).select_from(messages)).scalar(),
                    conn.execute(select(func.count()).select_from(drafts)).scalar())
    finally:
        store.close()


def poll_once_process(project: TestProject) -> Measured:
    """``python -m mailbot poll --once`` as a whole process (its output: the
    last lines when it failed)."""
    env = dict(os.environ, MAILBOT_CONFIG=str(project.config_path))
    env.pop("DATABASE_URL", None)
    run = run_measured([sys.executable, "-m", "mailbot", "poll", "--once"], env, project.root)
    if run.code != 0:
        run.output = f"exit {run.code}: {run.output[-300:]}"
    return run


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


def measure(server: PrivateDovecot, root: Path, label: str, emails: list[bytes], folder: str,
            workers: int | str = "auto") -> None:
    """Deliver ``emails`` to ``folder``, then print poll --once (with ``workers`` parse workers) beside the bound."""
    t = time.perf_counter()
    deliver(server, emails, folder)
    size = len(emails)
    print(f"\n== {label}: {size} emails, {sum(map(len, emails)) / 1e6:.1f} MB, delivered in "
          f"{time.perf_counter() - t:.1f}s")
    bound_wall, bound_rss, read = bound(server, folder)
    project = TestProject(root / f"project-{folder}", server)
    project.write(folder=folder, batch_size=200)
    if workers != "auto":
        with_parse_workers(project, workers)
    upgrade(project.database_url)
    run = poll_once_process(project)
    stored, draft_count = counts(project.database_url)
    rate, bound_rate = size / run.wall, read / bound_wall
    print(f"poll --once ({worker_count(workers)} parse worker(s)): {run.wall:.2f}s, {rate:,.0f} emails/s end to end "
          f"(goal 2,000); CPU {run.cpu:.1f}s ({run.cpu / size * 1e6:,.0f} us/email, all processes)")
    print(f"  peak of the process tree: RSS {run.rss:.0f} MB (goal 100), PSS {run.pss:.0f} MB; at the RSS peak "
          f"(RSS/PSS MB): {run.breakdown()}")
    print(f"bound, imapclient + policy.default: {bound_wall:.2f}s, {bound_rate:,.0f} emails/s "
          f"({read} read), peak RSS {bound_rss:.0f} MB")
    print(f"ratio poll/bound {rate / bound_rate:.2f}; ratio to django-helpdesk (26-34 emails/s) "
          f"{rate / 34:.0f}-{rate / 26:.0f}x")
    print(f"  stored {stored} records, {draft_count} drafts; {run.output.splitlines()[-1] if run.output else ''}")
    for error in failures(project.database_url):
        print(f"  failed: {error}")
    return project


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000])
    parser.add_argument("--reference", type=Path, help="another generator to compare mailgen with (make_message)")
    parser.add_argument("--no-padded", action="store_true", help="skip the previous (padded) benchmark mail")
    parser.add_argument("--extras", action="store_true", help="also Maildir polls, nothing-new and IDLE figures")
    parser.add_argument("--idle-samples", type=int, default=40)
    parser.add_argument("--parse-workers", type=int, nargs="*", default=[],
                        help="also measure the realistic mail with these parse_workers counts (default: auto only)")
    parser.add_argument("--no-auto", action="store_true",
                        help="with --parse-workers: measure only those counts, not auto as well (the 50,000 backlog)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    server = PrivateDovecot(root / "dovecot").start()
    os.environ[PASSWORD_ENV] = server.password
    os.environ.pop("DATABASE_URL", None)
    print(f"private Dovecot on 127.0.0.1:{server.port}; cores: {os.cpu_count()}; load average "
          f"{os.getloadavg()[0]:.1f} (a shared machine makes every figure noisy)")
    try:
        for size in args.sizes:
            emails = realistic(size)
            print(f"\nmailgen mail: {figures(emails[:2000])}")
            project = None
            if not (args.no_auto and args.parse_workers):
                project = measure(server, root, "realistic support mail (bench/mailgen.py, seed 7)", emails,
                                  f"Real{size}")
            for workers in args.parse_workers:
                measured = measure(server, root, f"realistic support mail, parse_workers = {workers}", emails,
                                   f"Real{size}w{workers}", workers)
                project = project or measured
            if args.reference:
                others = reference_mail(args.reference, size)
                print(f"\nreference mail: {figures(others[:2000])}")
                measure(server, root, f"reference generator {args.reference.name}", others, f"Ref{size}")
            del emails
            if not args.no_padded:
                measure(server, root, "previous benchmark mail (short text padded with quoted history)",
                        [padded(n) for n in range(size)], f"Padded{size}")
            if args.extras:
                extras(server, root, project, f"Real{size}", size)
    finally:
        server.stop()
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


def extras(server: PrivateDovecot, root: Path, project: TestProject, folder: str, size: int) -> None:
    median, source_median = nothing_new_ms(project)
    print(f"poll with nothing new: {median:.2f} ms median (goal 2 ms); IMAP part alone {source_median:.2f} ms")
    emails = realistic(min(size, 10000))
    figures_ = []
    for workers in (0, 1):
        seconds = maildir_poll(root / f"maildir-{size}-{workers}", server, emails, workers)
        figures_.append(f"parse_workers = {workers}: {len(emails) / seconds:,.0f} emails/s")
    print("Maildir poll in this process, " + "; ".join(figures_))
    latencies = idle_latency(server, project, folder, 40)
    print(f"IDLE: arrival-to-draft over {len(latencies)} emails: p50 {percentile(latencies, 50) * 1000:.0f} ms, "
          f"p95 {percentile(latencies, 95) * 1000:.0f} ms (goal p95 1 s)")


if __name__ == "__main__":
    raise SystemExit(main())
