"""``UtcDateTime``: the store's column type for a time-zone-aware date-time, kept in UTC.

Every date-time column of ``schema.py`` uses it (moved out of ``schema.py`` to keep
that module to the tables; ``schema`` still exports the name)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, TypeDecorator


class UtcDateTime(TypeDecorator):
    """A time-zone-aware date-time stored in UTC, whatever its zone was.

    SQLite keeps no offset, so every value is turned to UTC on the way in and
    marked UTC on the way out; PostgreSQL gets ``timestamp with time zone``."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive date-time {value.isoformat()} cannot be stored: give it a time zone")
        return value.astimezone(timezone.utc)

    def bind_processor(self, dialect):
        """On SQLite, :meth:`process_bind_param` and SQLite's DATETIME text in one
        step: ``2026-11-30 08:19:00.000000``, the very text SQLAlchemy's DATETIME
        writes (its ``%(year)04d-...%(microsecond)06d`` format is ``isoformat(" ",
        "microseconds")`` of the UTC value without its offset), about 1 us less a
        value than its dictionary and %-formatting after the zone change; an
        email's rows carry nine of them (``tests/test_store_datetime_text.py`` checks the texts
        are the same).  Elsewhere SQLAlchemy's own two steps."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        to_utc = self.process_bind_param

        def process(value: datetime | None) -> str | None:
            value = to_utc(value, dialect)  # the one check of a naive value, and UTC
            return None if value is None else value.replace(tzinfo=None).isoformat(" ", "microseconds")

        return process

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
