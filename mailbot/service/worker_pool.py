"""The parse workers seen from the main process: :class:`ParseWorkers`, a few processes forked by a
zygote, fed and answering through pipes, each email under its time budget (:class:`ReadTimeout`),
a worker that dies replaced (at most :data:`REPLACED_DEATHS` times a run); and what one gave back
for an email (:class:`Parsed`).  How a poll feeds them in order is :mod:`mailbot.service.workers`."""

from __future__ import annotations

import logging
import select
import subprocess
import time
from dataclasses import dataclass

from mailbot.errors import MailbotError
from mailbot.models import InboundMessage
from mailbot.reading.intake import Reading
from mailbot.reading.serve import READY as _READY
from mailbot.reading.serve import RETIRING as _RETIRING
from mailbot.reading.serve import ParseWorkerError
from mailbot.service.processes import SUBREAPER, WorkerProcess, start_zygote

log = logging.getLogger(__name__)


class ReadTimeout(MailbotError):
    """An email took longer than its time budget (``email_seconds``) to read;
    its worker was stopped and replaced, the email is recorded as failed."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """One fetched email and what its worker gave: its reading (parsed,
    screened, extracted: :class:`~mailbot.reading.intake.Reading`) or, from a
    plain parse function, the message; or the error to raise inside the
    email's crash barrier."""

    message: Reading | InboundMessage | None = None
    error: BaseException | None = None

    def result(self) -> Reading | InboundMessage:
        if self.error is not None:
            raise self.error
        assert self.message is not None
        return self.message


REPLACED_DEATHS = 3
"""Workers that died reading an email replaced in one run before the rest is read in-process."""


class ParseWorkers:
    """A few parse processes fed through one pipe each, each answering on its
    own pipe; results are matched to emails by sequence number, so the order
    of storing stays the caller's.  ``parse`` must be importable by name."""

    def __init__(self, processes: int, parse=None, email_seconds: float | None = None,
                 memory_mb: int = 0):
        """``email_seconds``: the time budget of one email; a worker past it is
        killed and replaced, and that email fails with :class:`ReadTimeout`.
        ``memory_mb`` (setting ``worker_memory_mb``; 0: none): a worker whose
        RSS passes it retires after its batch and is replaced (:meth:`_retire`).
        ``parse`` None: :func:`~mailbot.reading.parse.parse_message` (imported only then, see
        :meth:`mailbot.reading.intake.Reader.parse`)."""
        if parse is None:
            from mailbot.reading.parse import parse_message as parse
        self._parse = parse
        self._budget = email_seconds
        self._memory_mb = memory_mb
        self.retired = 0
        """Workers retired at the memory bound so far (not deaths: no email failed)."""
        self._closing = False
        """Set by :meth:`close`: a worker retiring then is not replaced."""
        self._done: dict[int, tuple[InboundMessage | None, BaseException | None]] = {}
        self._ready = 0
        self._processes: list[WorkerProcess] = []
        self._readers: list = []
        self._handed: dict[WorkerProcess, dict[int, tuple[bytes, str]]] = {}  # worker -> seq -> task, until its result
        self._zygotes: list[subprocess.Popen] = []
        self._started = 0
        self._deaths = 0
        self._poller = select.poll()
        self._polled: set[int] = set()
        """The descriptors registered in ``_poller`` (see :meth:`_readable`)."""
        if processes > 0:
            self._start(processes)
        log.debug("started %d parse worker(s)", processes)

    def _start(self, count: int = 1) -> list[WorkerProcess]:
        """``count`` workers forked by one zygote."""
        started = []
        for _ in range(count):
            self._started += 1
            worker = WorkerProcess(f"mailbot-parse-{self._started}")
            self._processes.append(worker)
            self._readers.append(worker.results)
            self._handed[worker] = {}
            started.append(worker)
        self._zygotes.append(start_zygote(started, self._parse, self._memory_mb * 1024 * 1024))
        return started

    def _enforce_budget(self) -> None:
        """Kill and replace a worker whose email is past its time budget; that
        email fails with :class:`ReadTimeout`; the emails handed to that
        worker after it go to its replacement."""
        if not self._budget:
            return
        now = time.monotonic()
        for process in list(self._processes):
            seq, since = process.in_hand()
            if not seq or not since or now - since <= self._budget:
                continue  # idle, or a slot caught half-written (its other half still 0): not a clock
            if process.in_hand() != (seq, since):
                continue  # it moved on meanwhile
            process.kill()
            process.join(timeout=2)
            self._replace(process, seq, ReadTimeout(
                f"reading took more than {self._budget:g} s (email_seconds): stopped; the parse worker "
                f"was replaced"))
            log.error("parse worker %s: email %d past its %g s budget: killed and replaced",
                      process.name, seq, self._budget)

    def _replace(self, process: WorkerProcess, seq: int = 0, error: BaseException | None = None) -> None:
        """Email ``seq`` (0: none, a worker retiring) fails with ``error``; ``process``
        (killed, dead or retiring) is replaced, and the other emails handed to it go
        to its replacement."""
        self._processes.remove(process)
        if process.results in self._readers:
            self._readers.remove(process.results)
        process.results.close()
        process.tasks.close()
        if seq:
            self._done.setdefault(seq, (None, error))
        (replacement,) = self._start()
        for other, (raw, source) in self._handed.pop(process).items():
            if other != seq:
                self._send(replacement, other, raw, source)

    def _retire(self, process: WorkerProcess, rss: int) -> None:
        """``process`` said it is retiring at its memory bound (its last message,
        after the results of the batch it had in hand: :mod:`mailbot.reading.retire`);
        it exits by itself.  The emails handed to it that it had not started go to
        a fresh worker from a zygote, as after a death, but no email fails and no
        death is counted (:data:`REPLACED_DEATHS`)."""
        self.retired += 1
        log.info("parse worker %s retired at %.0f MB RSS (worker_memory_mb %d): a fresh one takes its %d "
                 "email(s) waiting", process.name, rss / 1048576, self._memory_mb, len(self._handed[process]))
        self._replace(process)
        process.join(timeout=2)  # it exits right after its message: reap it now
        if process.is_alive():
            process.kill()
            process.join(timeout=2)

    def _replace_dead(self, process: WorkerProcess) -> bool:
        """A worker that died while reading an email it had in hand (its slot
        names it, and its pipe has been read to its end): that email alone fails,
        and the worker is replaced.  A worker reads the emails waiting for it
        together, in stages (``mailbot/reading/serve.py``), so the email that
        killed it is not always the first one awaited.  False when the slot
        names no email of this worker (it died idle or while starting), or
        after :data:`REPLACED_DEATHS` replacements in one run (a fault that kills
        every worker would cost a worker start per email): the caller then fails
        the awaited email and reads the rest in-process, as before."""
        seq, _ = process.in_hand()
        if (not seq or seq not in self._handed[process] or process.results in self._readers
                or self._deaths >= REPLACED_DEATHS):
            return False
        self._deaths += 1
        self._replace(process, seq, ParseWorkerError(
            f"parse worker {process.name} exited with code {process.exitcode} while parsing this email"))
        log.error("parse worker %s exited with code %s while reading email %d: replaced",
                  process.name, process.exitcode, seq)
        return True

    @property
    def reusable(self) -> bool:
        """Every worker alive and nothing in flight: another poll may use them.
        A worker retiring after a poll's last batch is replaced here (its message read)."""
        if self._ready and not self._done and not any(self._handed.values()):
            self._collect(timeout=0)
        return (bool(self._processes) and not self._done and not any(self._handed.values())
                and all(p.results in self._readers and p.is_alive() for p in self._processes))

    @property
    def ready(self) -> bool:
        """True once a worker is up (the emails before are parsed in-process)."""
        if not self._ready:
            self._collect(timeout=0)
        return self._ready > 0

    def wait_ready(self) -> None:
        """Wait until a worker is up; raises if they all died first."""
        while not self._ready:
            if not self._collect(timeout=0.5) and not any(p.is_alive() for p in self._processes):
                raise ParseWorkerError("parse workers exited before they were ready")

    def submit(self, seq: int, raw: bytes, source: str) -> None:
        """Hand an email to the live worker with the fewest in hand."""
        live = [p for p in self._processes if p.results in self._readers] or self._processes
        self._send(min(live, key=lambda p: len(self._handed[p])), seq, raw, source)

    def _send(self, process: WorkerProcess, seq: int, raw: bytes, source: str) -> None:
        self._handed[process][seq] = (raw, source)
        try:
            process.tasks.send((seq, raw, source))
        except OSError:  # that worker is gone: its exit is seen when the result is awaited
            pass

    def result(self, seq: int) -> Parsed:
        """The parse of email ``seq``, waiting for it."""
        while seq not in self._done:
            self._enforce_budget()
            if seq in self._done:
                break
            if not self._collect(timeout=0.5):
                if not self._readers:  # every worker has closed its pipe: wait for its exit code
                    for process in self._processes:
                        process.join(timeout=1)
                dead = [p for p in self._processes if not p.is_alive()]
                if any(p.results in self._readers for p in dead):
                    continue  # its last words (results, a retirement, its pipe's end) are read first
                if dead and self._replace_dead(dead[0]):
                    continue
                if dead:
                    raise ParseWorkerError(f"parse worker {dead[0].name} exited with code {dead[0].exitcode} "
                                           f"while parsing this email")
        message, error = self._done.pop(seq)
        return Parsed(message, error)

    def _reap_zygotes(self) -> None:
        """Forget the zygotes that have exited (their workers are ours now)."""
        for zygote in list(self._zygotes):
            if zygote.poll() is not None:
                self._zygotes.remove(zygote)
                SUBREAPER.zygote_gone()

    def _collect(self, timeout: float) -> bool:
        """Read what the workers sent; False when nothing came."""
        if self._zygotes:
            self._reap_zygotes()
        came = False
        owner = {id(p.results): p for p in self._processes}
        for reader in self._readable(timeout):
            try:
                seq, message, error = reader.recv()
            except (EOFError, OSError):  # that worker is gone
                self._readers.remove(reader)
                if id(reader) in owner:
                    owner[id(reader)].ended = True
                continue
            came = True
            process = owner.get(id(reader))
            if seq == _READY:
                self._ready += 1
                if process is not None:
                    process.pid = message
            elif seq == _RETIRING:
                if process is not None and not self._closing:
                    self._retire(process, message)
            else:
                if process is not None:
                    self._handed[process].pop(seq, None)
                self._done[seq] = (message, error)
        return came

    def _readable(self, timeout: float) -> list:
        """The readers with a result (or an end) to read, waiting up to
        ``timeout`` seconds: ``multiprocessing.connection.wait(self._readers,
        timeout)``, with one ``poll`` object kept while the readers stay the
        same, instead of a selector built, filled and closed on every call
        (about 30 us of the main process's time per email)."""
        by_fd = {reader.fileno(): reader for reader in self._readers}
        if self._polled != by_fd.keys():
            self._poller = select.poll()
            for fd in by_fd:
                self._poller.register(fd, select.POLLIN)
            self._polled = set(by_fd)
        return [by_fd[fd] for fd, _ in self._poller.poll(timeout * 1000)]

    def close(self) -> None:
        """Stop the workers: an idle one reads the stop sign, one blocked on a
        result nobody reads any more gets a broken pipe; stragglers are killed."""
        self._closing = True
        for process in self._processes:
            try:
                process.tasks.send(None)
            except OSError:
                pass
            process.tasks.close()
        deadline = time.monotonic() + 2  # learn the pid of a worker still starting, to reap it
        while time.monotonic() < deadline and any(p.pid is None and not p.ended for p in self._processes) \
                and self._readers:
            self._collect(timeout=0.1)
        for reader in self._readers:
            reader.close()
        for process in self._processes:
            process.join(timeout=2)
            if process.is_alive():
                process.kill()
                process.join(timeout=2)
        for zygote in list(self._zygotes):  # each exits once it has forked its workers
            try:
                zygote.wait(timeout=2)
            except subprocess.TimeoutExpired:
                zygote.kill()
                zygote.wait()
        self._reap_zygotes()
        log.debug("parse worker(s) stopped")
