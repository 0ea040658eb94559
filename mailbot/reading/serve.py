"""The parse workers: ``python -m mailbot.reading.serve TASKS,RESULTS,SLOT ...``
starts a *zygote* that imports the reading modules and nothing else (no
database, no IMAP, no templates), makes ready what every email needs, then
forks one worker per ``TASKS,RESULTS,SLOT`` triple of file descriptors and
exits (given one triple, it serves it itself, without forking).  The main side
is :mod:`mailbot.service.worker_pool`.

Why a zygote (memory, issue 8): what a worker holds is mostly the same in
every worker: the interpreter and the reading modules, the language packs and
the brand's compiled patterns, Babel's locale data, the language-id model and
the first automaton states of the pattern engine.  The zygote builds all of
it once (:meth:`mailbot.reading.intake.Reader.prepare`, then, when it forks
more than one worker, :meth:`~mailbot.reading.intake.Reader.warm` on the
shipped example emails),
moves its objects out of the garbage collector's sight (``gc.freeze()``, so
a collection in a worker does not write to, and so copy, the shared pages)
and forks: the workers share those pages copy-on-write and each pays only for
what it changes.  The main process is a *child subreaper*
(``PR_SET_CHILD_SUBREAPER``), so when the zygote exits its workers become the
main process's own children (it reaps them and reads their exit codes) and
the whole tree stays under the main process.

The first frame on the zygote's standard input is the parse function (a
:class:`mailbot.reading.intake.Reader`: parse, screen and extract), the second
the workers' memory bound in bytes (0: none; :mod:`mailbot.reading.retire`).  Each
worker then receives tasks on its TASKS descriptor and sends results on its
RESULTS descriptor, as pickled frames (``multiprocessing.connection.Connection``);
its first result is ``(READY, pid, None)``.  Its SLOT (a 16-byte shared
memory file) holds the email in hand and since when, so the main process can
enforce each email's time budget.  Not a ``multiprocessing`` process: its
``spawn`` always starts a resource-tracker process as well (14 MB for nothing
here).  End of input, the main process's exit even after ``kill -9``, stops
a worker."""

from __future__ import annotations

import gc
import mmap
import os
import pickle
import queue
import signal
import struct
import sys
import threading
import time
from multiprocessing.connection import Connection

from mailbot.errors import MailbotError
from mailbot.reading.heap import EVERY, release_free_memory
from mailbot.reading.retire import past_bound


class ParseWorkerError(MailbotError):
    """A parse worker process died, or sent back an error that could not travel."""


READY = "ready"
RETIRING = "retiring"
"""A worker's last message when it retires at its memory bound: ``(RETIRING, rss_bytes, None)``
(:mod:`mailbot.reading.retire`)."""
SLOT = struct.Struct("=qd")
"""The slot: sequence number of the email in hand (0: none), and its start (monotonic)."""


BATCH = 32
"""Emails a worker reads together at most, when they are waiting (see :func:`_read_together`).
Measured (one worker fed as a poll feeds it, 800 benchmark emails, worker CPU an email, shared
machine): one at a time ~3,700 µs, 16 together ~2,750, 32 ~2,300-2,400 (perf23c).  Issue 8
(perf26a): 32, since the prescan's warm-up (the main set's automata brought back into the CPU's
cache) is paid once a batch: the same measure, alternated 16/32 three times, 2,020/1,879,
1,889/1,758, 1,918/1,905 µs (~-130 µs, ~6%).  A poll keeps up to 64 emails in flight
(:data:`mailbot.service.workers.WINDOW`), so one worker finds 32 waiting; an email alone (IDLE)
is still read at once (no wait for more).  The cost: 16 more parsed emails and their main-set
scans held by a worker at the end of a batch (see the end-to-end A/B in the report)."""


def serve(tasks, results, parse, slot, memory_bytes: int = 0) -> None:  # pragma: no cover - in the worker
    """Parse until told to stop (None) or until the input ends.  Results are
    sent synchronously, in the order the tasks came: whatever was read before
    a crash reaches the main process.  A parse function that reads in stages
    (a :class:`~mailbot.reading.intake.Reader`) reads the emails waiting, up
    to :data:`BATCH`, together (:func:`_read_together`).  ``memory_bytes``
    (0: none): past it, checked between batches, the worker retires
    (:mod:`mailbot.reading.retire`): it sends :data:`RETIRING` after the
    results of the batch it had in hand and exits, reading nothing more."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and a service manager's SIGTERM to
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the whole group: the main process stops us
    waiting: queue.SimpleQueue = queue.SimpleQueue()

    def drain() -> None:
        """Read every task as it comes, so that the main process never blocks
        sending one while this worker blocks sending a result (a deadlock)."""
        try:
            while True:
                task = tasks.recv()
                waiting.put(task)
                if task is None:
                    return
        except (EOFError, OSError):  # the main process closed the pipe, or is gone
            waiting.put(None)

    threading.Thread(target=drain, name="tasks", daemon=True).start()
    stages = getattr(parse, "reads_in_stages", None)
    staged = stages is not None and stages()
    watch = _Watch(slot)
    read = 0
    try:
        results.send((READY, os.getpid(), None))
        while True:
            task = waiting.get()
            if task is None:
                return
            if not staged:
                seq, raw, source = task
                SLOT.pack_into(slot, 0, seq, time.monotonic())  # the main process's watch
                try:
                    parsed, error = parse(raw, source), None
                except Exception as exc:  # one email's error goes back to its own crash barrier
                    parsed, error = None, _portable(exc)
                SLOT.pack_into(slot, 0, 0, 0.0)
                results.send((seq, parsed, error))
                done = [seq]
            else:
                batch, last = _waiting_batch(task, waiting)
                done = []
                for seq, parsed, error in _read_together(batch, parse, watch):
                    results.send((seq, parsed, error))
                    done.append(seq)
                if last:
                    return
            for _ in done:
                read += 1
                if read % EVERY == 0:
                    release_free_memory()
            rss = past_bound(memory_bytes)
            if rss:
                results.send((RETIRING, rss, None))
                return
    except (BrokenPipeError, EOFError, OSError):  # the main process is gone
        return


def _waiting_batch(first, waiting: queue.SimpleQueue) -> tuple[list, bool]:
    """``first`` and the tasks already waiting after it, :data:`BATCH` at most (no wait for
    more: an email alone is read at once); and whether the stop sign came among them."""
    batch = [first]
    while len(batch) < BATCH:
        try:
            task = waiting.get_nowait()
        except queue.Empty:
            break
        if task is None:
            return batch, True
        batch.append(task)
    return batch, False


def _read_together(batch: list, reader, watch: _Watch):  # pragma: no cover - runs in the worker process
    """Read the emails of ``batch`` (``(seq, raw, source)`` each) in stages: parse each, run the
    main pattern set over all their texts together (:meth:`~mailbot.reading.intake.Reader.prescan`),
    then screen and extract each; yields ``(seq, reading, error)`` in the batch's order, each as
    soon as it is read.  The readings are the same as one email at a time.

    Why (perf23c): the main set's pass over an email's text cost ~1,090 µs inside the reading of
    one email at a time and ~550 µs for 16 texts back to back (~130 µs for the pieces' sets in a
    long loop): between two emails the rest of the reading evicts the set's automaton states from
    the CPU's cache (figures: :meth:`~mailbot.reading.parts.PartedSet.match_many`).  The worker's
    CPU an email went from ~3,700 to ~2,750 µs (:data:`BATCH`).

    Each email keeps its own crash barrier and its own time budget: an error in any stage fails
    that email only (a failed prescan only means each email scans for itself), and the slot names
    the email being worked on with the time its own reading took so far (:class:`_Watch`), so the
    main process kills a worker for the email that is past its budget, whatever the batch's order,
    and hands the others (read or not, their results unsent) to the replacement.

    A worker that dies outright (killed from outside, the interpreter itself crashing) fails the
    email its slot names, whichever stage of the batch it was in, and the main process hands the
    others to a replacement (:meth:`~mailbot.service.worker_pool.ParseWorkers._replace_dead`)."""
    messages, errors = [], []
    for seq, raw, source in batch:
        watch.on(seq)
        try:
            messages.append(reader.parse(raw, source))
            errors.append(None)
        except Exception as exc:  # one email's error goes back to its own crash barrier
            messages.append(None)
            errors.append(_portable(exc))
    try:
        if len(batch) > 1:
            reader.prescan(messages, lambda at: watch.on(batch[at][0]))
    except Exception:  # noqa: BLE001 - an optimisation only: each email then scans in its own barrier
        reader.forget_prescans()
    try:
        for (seq, _, _), message, error in zip(batch, messages, errors):
            parsed = None
            if message is not None:
                watch.on(seq)
                try:
                    parsed = reader.of_message(message)
                except Exception as exc:  # one email's error goes back to its own crash barrier
                    error = _portable(exc)
            watch.off()
            yield seq, parsed, error
    finally:
        watch.off()
        watch.spent.clear()
        reader.forget_prescans()


class _Watch:
    """The slot across the stages of a batch: the email being worked on, and since when, counted
    so that only that email's own reading so far is behind it (``email_seconds`` is a budget for
    one email's reading, not for the batch's).  Bound: one float per email of the batch."""

    __slots__ = ("slot", "spent", "seq", "since")

    def __init__(self, slot):
        self.slot = slot
        self.spent: dict[int, float] = {}
        self.seq, self.since = 0, 0.0

    def on(self, seq: int) -> None:
        """Email ``seq`` is in hand from now on."""
        now = time.monotonic()
        self._stop(now)
        self.seq, self.since = seq, now
        SLOT.pack_into(self.slot, 0, seq, now - self.spent.get(seq, 0.0))

    def off(self) -> None:
        """No email in hand."""
        self._stop(time.monotonic())
        SLOT.pack_into(self.slot, 0, 0, 0.0)

    def _stop(self, now: float) -> None:
        if self.seq:
            self.spent[self.seq] = self.spent.get(self.seq, 0.0) + now - self.since
            self.seq = 0


def main(argv: list[str]) -> int:  # pragma: no cover - runs in the zygote, then in each worker
    """The zygote: read the parse function, make it ready, fork a worker per
    triple of descriptors, exit."""
    triples = [tuple(int(fd) for fd in arg.split(",")) for arg in argv[1:]]
    control = Connection(os.dup(0), writable=False)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # a stray print goes to standard error
    sys.stdout = sys.stderr
    try:
        parse = control.recv()
        memory_bytes = control.recv()
    except (EOFError, OSError):
        return 0
    control.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as the workers: the main process stops us
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _make_ready(parse, warm=len(triples) > 1)
    gc.collect()
    release_free_memory()  # what compiling the patterns freed (about 6 MB): not inherited by every worker
    gc.freeze()  # what is built so far stays shared: no collection in a worker touches it
    if len(triples) == 1:  # one worker: this process is it (see _serve_here)
        _serve_here(triples[0], parse, memory_bytes)
    every_fd = [fd for triple in triples for fd in triple]
    for triple in triples:
        if os.fork() == 0:
            for fd in every_fd:
                if fd not in triple:
                    os.close(fd)
            _serve_here(triple, parse, memory_bytes)
    for fd in every_fd:
        os.close(fd)
    sys.stderr.flush()
    os._exit(0)  # at once: finalising the interpreter would keep its pages a while longer (memory)


def _serve_here(triple, parse, memory_bytes: int = 0) -> None:  # pragma: no cover - runs in a worker
    """Serve the worker of ``triple`` in this process, then exit.  A forked
    worker does it; so does a zygote of one worker, itself, without forking
    (decision, issue 8): nothing would share the pages a fork shares, and for
    the moment both lived they were the same memory counted twice in the
    tree's RSS.  Its pid is the one its READY names, as for a forked worker."""
    tasks_fd, results_fd, slot_fd = triple
    slot = mmap.mmap(slot_fd, SLOT.size)
    os.close(slot_fd)
    try:
        serve(Connection(tasks_fd, writable=False), Connection(results_fd, readable=False), parse, slot,
              memory_bytes)
    finally:
        sys.stderr.flush()
        os._exit(0)


def _make_ready(parse, warm: bool) -> None:
    """Build what every email needs before the first one: ``prepare`` (compiled
    patterns, language packs), and ``warm`` (caches, the language-id model)
    when ``warm`` is set and the parse function has them.  Decision: a zygote
    of one worker (a small poll, a replacement) does not warm: nothing would
    share it, and it costs about half a second before the first email.  A
    failure here is raised again by the first email, inside its crash barrier."""
    for step in ("prepare", "warm") if warm else ("prepare",):
        method = getattr(parse, step, None)
        if method is not None:
            try:
                method()
            except Exception:  # noqa: BLE001 - see the docstring
                pass


def _portable(error: Exception) -> Exception:
    """The error itself when it survives pickling, else its one line."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        text = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return ParseWorkerError(f"{type(error).__name__}: {text}" if text else type(error).__name__)




if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv))
