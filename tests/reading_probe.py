"""Readers for the parse-worker tests.  A worker imports this module by name
to unpickle them, so it imports nothing but the reading modules."""

from __future__ import annotations

import os
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


class StagedProbeReader(Reader):
    """Reads like mailbot, in the stages a worker runs for a batch (it keeps :meth:`Reader.__call__`),
    but an email whose subject names a probe misbehaves in one stage: ``fail-parse`` and
    ``fail-read`` raise, ``hang-parse`` and ``hang-read`` hang, ``die-parse`` and ``die-read`` end
    the worker process (exit code 3), ``slow-N`` sleeps N tenths of a second in each stage.  A person's email is answered with the size of the batch its worker
    read it in (in ``ignored``: a plain value that travels back)."""

    batch = 1

    def parse(self, raw: bytes, source: str = ""):
        self._probe(raw.decode("latin-1"), "parse")
        return super().parse(raw, source)

    def prescan(self, messages, before=None) -> None:
        self.batch = len(messages)
        super().prescan(messages, before)

    def of_message(self, message):
        self._probe(message.subject or "", "read")
        reading = super().of_message(message)
        return reading if reading.ignored else type(reading)(reading.message, f"batch of {self.batch}")

    @staticmethod
    def _probe(text: str, stage: str) -> None:
        if f"fail-{stage}" in text:
            raise ValueError(f"probe: failed in the {stage} stage")
        if f"die-{stage}" in text:
            os._exit(3)
        if f"hang-{stage}" in text:
            while True:
                time.sleep(1)
        for word in text.split():
            if word.startswith("slow-") and word[5:].isdigit():
                time.sleep(int(word[5:]) / 10)
