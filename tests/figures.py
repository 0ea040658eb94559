"""Figures a test prints (held-out accuracy, chaos counts, corpus tallies).

Under pytest-xdist the tests run in worker processes whose own output never
reaches the terminal, so ``print`` (even under ``capsys.disabled()`` or ``-s``)
would lose them. A test prints its figures inside ``with shown():`` instead:
the text is kept on the test's report (``user_properties``), which travels
from the worker to the controlling process, and ``tests/conftest.py`` prints
every kept text in a "figures" section at the end of the run, serial or
parallel, passed or failed.

    with shown():
        print(f"held-out round 3: {right}/{total}")
"""

from __future__ import annotations

import contextlib
import io
from typing import Iterator

PROPERTY = "figures"
"""The ``user_properties`` key the printed text is kept under."""

current_item = None
"""The test running in this process; set by the hook in tests/conftest.py."""


@contextlib.contextmanager
def shown() -> Iterator[None]:
    """Keep what is printed inside the block for the end-of-run figures section."""
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            yield
    finally:
        keep(buffer.getvalue())


def keep(text: str) -> None:
    """Keep ``text`` on the running test's report (printed as-is when no test runs)."""
    if not text.strip():
        return
    if current_item is None:
        print(text)
        return
    current_item.user_properties.append((PROPERTY, text.strip("\n")))
