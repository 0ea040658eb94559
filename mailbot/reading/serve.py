"""The parse workers: ``python -m mailbot.reading.serve TASKS,RESULTS,SLOT ...``
starts a *zygote* that imports the reading modules and nothing else (no
database, no IMAP, no templates), makes ready what every email needs, then
forks one worker per ``TASKS,RESULTS,SLOT`` triple of file descriptors and
exits (given one triple, it serves it itself, without forking).  The main side
is :mod:`mailbot.service.workers`.

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
:class:`mailbot.reading.intake.Reader`: parse, screen and extract).  Each
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


class ParseWorkerError(MailbotError):
    """A parse worker process died, or sent back an error that could not travel."""


READY = "ready"
SLOT = struct.Struct("=qd")
"""The slot: sequence number of the email in hand (0: none), and its start (monotonic)."""


def serve(tasks, results, parse, slot) -> None:  # pragma: no cover - runs in the worker process
    """Parse until told to stop (None) or until the input ends.  Results are
    sent synchronously: whatever was parsed before a crash reaches the main
    process, so a crash fails only the email in hand."""
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
    read = 0
    try:
        results.send((READY, os.getpid(), None))
        while True:
            task = waiting.get()
            if task is None:
                return
            seq, raw, source = task
            SLOT.pack_into(slot, 0, seq, time.monotonic())  # the main process's watch
            try:
                parsed, error = parse(raw, source), None
            except Exception as exc:  # one email's error goes back to its own crash barrier
                parsed, error = None, _portable(exc)
            SLOT.pack_into(slot, 0, 0, 0.0)
            results.send((seq, parsed, error))
            read += 1
            if read % EVERY == 0:
                release_free_memory()
    except (BrokenPipeError, EOFError, OSError):  # the main process is gone
        return


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
        _serve_here(triples[0], parse)
    every_fd = [fd for triple in triples for fd in triple]
    for triple in triples:
        if os.fork() == 0:
            for fd in every_fd:
                if fd not in triple:
                    os.close(fd)
            _serve_here(triple, parse)
    for fd in every_fd:
        os.close(fd)
    sys.stderr.flush()
    os._exit(0)  # at once: finalising the interpreter would keep its pages a while longer (memory)


def _serve_here(triple, parse) -> None:  # pragma: no cover - runs in a worker
    """Serve the worker of ``triple`` in this process, then exit.  A forked
    worker does it; so does a zygote of one worker, itself, without forking
    (decision, issue 8): nothing would share the pages a fork shares, and for
    the moment both lived they were the same memory counted twice in the
    tree's RSS.  Its pid is the one its READY names, as for a forked worker."""
    tasks_fd, results_fd, slot_fd = triple
    slot = mmap.mmap(slot_fd, SLOT.size)
    os.close(slot_fd)
    try:
        serve(Connection(tasks_fd, writable=False), Connection(results_fd, readable=False), parse, slot)
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
