"""Time, injected: the pipeline never calls ``datetime.now()`` itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, time-zone aware."""


class SystemClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


@dataclass(frozen=True)
class FixedClock:
    """A clock stopped at one instant (``mailbot triage --now``, tests)."""

    instant: datetime

    def now(self) -> datetime:
        return self.instant
