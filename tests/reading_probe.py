"""Readers for the parse-worker tests.  A worker imports this module by name
to unpickle them, so it imports nothing but the reading modules."""

from __future__ import annotations

import sys
import time

from mailbot.reading.intake import Reader

HANG_MARK = b"X-Test-Hang-Reader: yes"


class ModulesReader(Reader):
    """Reads like mailbot (parse, screen, extract), then answers with the
    names of the modules loaded in its process."""

    def __call__(self, raw: bytes, source: str = ""):
        super().__call__(raw, source)
        return sorted(sys.modules)


class HangingReader(Reader):
    """Reads like mailbot, but hangs (as a pathological email would) on a marked email."""

    def __call__(self, raw: bytes, source: str = ""):
        if HANG_MARK in raw:
            while True:
                time.sleep(1)
        return super().__call__(raw, source)
