"""UtcDateTime writes on SQLite the very text SQLAlchemy's two steps would (UTC, then DATETIME)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator

from mailbot.store.schema import UtcDateTime

MOMENTS = [
    datetime(2026, 11, 30, 8, 19, tzinfo=timezone.utc),
    datetime(2025, 7, 8, 11, 0, 0, 123456, tzinfo=ZoneInfo("Asia/Kolkata")),
    datetime(2025, 3, 9, 2, 30, 0, 1, tzinfo=ZoneInfo("America/New_York")),  # the skipped hour
    datetime(2025, 11, 2, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York")),  # the repeated hour
    datetime(1, 1, 2, 0, 0, tzinfo=timezone(timedelta(hours=14))),
    datetime(9999, 12, 31, 20, 29, 59, 999999, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
    datetime(99, 5, 6, 7, 8, 9, tzinfo=timezone.utc),
]


def sqlalchemys_own(value):
    dialect = sqlite.dialect()
    return TypeDecorator.bind_processor(UtcDateTime().dialect_impl(dialect), dialect)(value)


@pytest.mark.parametrize("moment", MOMENTS)
def test_the_text_is_sqlalchemys(moment):
    ours = UtcDateTime()._cached_bind_processor(sqlite.dialect())(moment)
    assert ours == sqlalchemys_own(moment)
    assert isinstance(ours, str) and ours.endswith(f".{moment.astimezone(timezone.utc).microsecond:06d}")


def test_none_and_a_naive_date_time_are_as_before():
    process = UtcDateTime()._cached_bind_processor(sqlite.dialect())
    assert process(None) is None
    with pytest.raises(ValueError, match="naive date-time"):
        process(datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="naive date-time"):
        sqlalchemys_own(datetime(2025, 1, 1))


def test_stored_and_read_back_on_sqlite():
    metadata = MetaData()
    table = Table("t", metadata, Column("id", Integer, primary_key=True), Column("at", UtcDateTime()))
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(table), [{"id": n, "at": m} for n, m in enumerate(MOMENTS)])
        stored = conn.execute(text("SELECT at FROM t ORDER BY id")).scalars().all()
        back = conn.execute(select(table.c.at).order_by(table.c.id)).scalars().all()
    assert stored == [sqlalchemys_own(m) for m in MOMENTS]
    assert back == [m.astimezone(timezone.utc) for m in MOMENTS] and all(b.tzinfo is timezone.utc for b in back)
