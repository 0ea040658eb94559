"""The parse worker: ``python -m mailbot.reading.serve SLOT_FD``, a plain
child process that imports the reading modules and nothing else (no
database, no IMAP, no templates).  The main side is :mod:`mailbot.service.workers`.

Tasks arrive on standard input and results leave on standard output, as
pickled frames (``multiprocessing.connection.Connection`` on the two file
descriptors); the first frame is the parse function (a
:class:`mailbot.reading.intake.Reader`: parse, screen and extract; its
``prepare`` runs before the worker says it is ready).  The slot (a 16-byte
shared memory file, descriptor ``SLOT_FD``) holds the email in hand and since
when, so the main process can enforce each email's time budget.  Not a
``multiprocessing`` process: its ``spawn`` always starts a resource-tracker
process as well (14 MB for nothing here).  End of input, the main process's
exit even after ``kill -9``, stops the worker."""

from __future__ import annotations

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
    prepare = getattr(parse, "prepare", None)
    if prepare is not None:  # patterns compiled before the first email, not during it
        try:
            prepare()
        except Exception:  # noqa: BLE001 - raised again by the first email, inside its crash barrier
            pass
    try:
        results.send((READY, None, None))
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
    except (BrokenPipeError, EOFError, OSError):  # the main process is gone
        return


def main(argv: list[str]) -> int:  # pragma: no cover - runs in the worker process
    slot = mmap.mmap(int(argv[1]), SLOT.size)
    tasks = Connection(os.dup(0), writable=False)
    results = Connection(os.dup(1), readable=False)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # a stray print must not corrupt the frames
    sys.stdout = sys.stderr
    try:
        parse = tasks.recv()
    except (EOFError, OSError):
        return 0
    serve(tasks, results, parse, slot)
    return 0


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
