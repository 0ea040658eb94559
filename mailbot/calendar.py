"""Counting days as the policies do (POLICY_SPEC section 1).

Pure functions: calendar-day windows on local dates in the brand's zone,
elapsed-hour windows on instants, business days skipping weekends and the
brand's holidays.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Collection
from zoneinfo import ZoneInfo


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    """The calendar date of an aware instant in the brand's zone."""
    return moment.astimezone(tz).date()


def day_number(start: datetime | date, request: datetime, tz: ZoneInfo) -> int:
    """Which day of a window the request falls on: the start's local date is
    day 0 (a date without time is taken as already local)."""
    start_day = start if not isinstance(start, datetime) else local_date(start, tz)
    return (local_date(request, tz) - start_day).days


def within_days(start: datetime | date, request: datetime, days: int, tz: ZoneInfo) -> bool:
    """Inside an N-day window: the request's local date is at most day N."""
    return day_number(start, request, tz) <= days


def hours_between(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def is_business_day(day: date, holidays: Collection[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_business_days(day: date, n: int, holidays: Collection[date]) -> date:
    """The date ``n`` business days after ``day`` (``day`` itself not counted).

    With the brand's holidays as a ``frozenset`` (as the configuration keeps them), the
    answer is remembered (:func:`_remembered_business_days`): every decided email asks for
    its deadline, and an approved refund four dates more, nearly always for the same few
    days; counting ten business days costs about 10 us, a remembered answer well under one."""
    if type(holidays) is frozenset:
        return _remembered_business_days(day, n, holidays)
    return _count_business_days(day, n, holidays)


@lru_cache(maxsize=4096)
def _remembered_business_days(day: date, n: int, holidays: frozenset[date]) -> date:
    return _count_business_days(day, n, holidays)


def _count_business_days(day: date, n: int, holidays: Collection[date]) -> date:
    while n > 0:
        day += timedelta(days=1)
        if is_business_day(day, holidays):
            n -= 1
    return day


def business_deadline(start: datetime, n: int, tz: ZoneInfo, holidays: Collection[date]) -> datetime:
    """The end (local midnight) of the n-th business day after ``start``'s local date."""
    last = add_business_days(local_date(start, tz), n, holidays)
    return datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=tz)
