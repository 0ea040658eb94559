"""The parse worker's loop, in the reading package so that a worker process
(started with ``spawn``) imports the reading modules and nothing else: no
database, no IMAP, no templates.  The main side is
:mod:`mailbot.service.workers`."""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import signal
import time

from mailbot.errors import MailbotError


class ParseWorkerError(MailbotError):
    """A parse worker process died, or sent back an error that could not travel."""


READY = "ready"


def serve(tasks, results, parse, slot) -> None:  # pragma: no cover - runs in the worker process
    """Parse until told to stop or until the main process is gone.  Results are
    sent synchronously: whatever was parsed before a crash reaches the main
    process, so a crash fails only the email in hand."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and a service manager's SIGTERM to
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the whole group: the main process stops us
    parent = multiprocessing.parent_process()
    try:
        results.send((READY, None, None))
        while True:
            try:
                task = tasks.get(timeout=0.5)
            except queue.Empty:
                if parent is not None and not parent.is_alive():
                    return
                continue
            if task is None:
                return
            seq, raw, source = task
            slot[1] = time.monotonic()  # the main process's watch: which email, since when
            slot[0] = seq
            try:
                parsed, error = parse(raw, source), None
            except Exception as exc:  # one email's error goes back to its own crash barrier
                parsed, error = None, _portable(exc)
            slot[0] = 0
            results.send((seq, parsed, error))
    except (BrokenPipeError, EOFError, OSError):  # the main process is gone
        return


def _portable(error: Exception) -> Exception:
    """The error itself when it survives pickling, else its one line."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        text = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return ParseWorkerError(f"{type(error).__name__}: {text}" if text else type(error).__name__)


