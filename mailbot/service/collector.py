"""Python's garbage collector while a poll stores emails (issue 8: CPU of the main process).

Python frees nearly every object by reference counting; its cycle collector is
for the rest (objects that refer to each other), and it runs a pass over the
young objects every 700 container allocations (net), moving the survivors to
older generations, which it passes over in turn, and now and then over every
object of the process (a full collection: about 50 ms for the poll's main
process, which holds SQLAlchemy, Jinja2, Babel and the configuration).

A poll's main process makes many containers per email that live a fraction of a
second (the readings of the emails in flight, a group's rows, a reply's context)
and no cyclic garbage: with the collector off, ingesting 1,500 benchmark emails
left 0 unreachable objects for ``gc.collect()`` to find.  So the collector's
passes during a poll only walk the emails in flight and promote them, which
later makes the full collections come.  Measured (``bench/poll_profile.py
--stages``, 3,000 emails, 2 workers): 33 us of the main process's CPU an email
in the collector (young 12, middle 3, full 18: one 54 ms collection); with the
young threshold at :data:`POLL_THRESHOLD`, see :func:`fewer_collections`.

Decision: while a poll ingests, the young threshold is :data:`POLL_THRESHOLD`
instead of 700; the collector still runs (a cycle made by anything, say an
exception's traceback, is still collected, a little later: a pass every
20,000 allocations instead of 700, a bounded delay), and the process's own
thresholds come back when the last poll running in it ends.  The parse workers
are processes of their own (``python -m mailbot.reading.serve``): not affected.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

POLL_THRESHOLD = 20_000
"""The young generation's threshold while a poll ingests (Python's default: 700)."""

_lock = threading.Lock()
_polls = 0
_saved: tuple[int, ...] | None = None
"""The thresholds before the first running poll raised them (None: left as they were)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the young generation's threshold to :data:`POLL_THRESHOLD` inside this
    block (unless the collector is off, or already collects less often); the
    thresholds found are put back when the last such block of the process ends
    (polls of several mailboxes may run in threads)."""
    global _polls, _saved
    with _lock:
        if _polls == 0:
            found = gc.get_threshold()
            if 0 < found[0] < POLL_THRESHOLD:
                _saved = found
                gc.set_threshold(POLL_THRESHOLD, *found[1:])
        _polls += 1
    try:
        yield
    finally:
        with _lock:
            _polls -= 1
            if _polls == 0 and _saved is not None:
                if gc.get_threshold()[0] == POLL_THRESHOLD:  # nobody changed it meanwhile
                    gc.set_threshold(*_saved)
                _saved = None
