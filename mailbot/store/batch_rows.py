"""One statement over many rows on SQLite, with the parameters prepared once per statement.

A group commit writes each table's rows with one ``executemany`` (:mod:`mailbot.store.deferred`).
Through :meth:`Connection.execute`, SQLAlchemy builds every row's parameters anew (a dictionary
per row from the compiled statement, then each value through its type's bind processor by
name): about 73 us of the main process's CPU per email on realistic mail (``bench/poll_profile.py``,
3,000 emails, perf26b), as much as SQLite's own work for the same rows (66 us).

:func:`write_rows` compiles the statement once per set of row keys and keeps, for each ``?`` of
its SQL in order, the row key it takes and that key's bind processor (the very ones SQLAlchemy
would apply: :meth:`TypeEngine.bind_processor` of the bound type's dialect implementation), and
a column's plain default when the rows leave it out (``drafts.attempts``); each row becomes a
tuple in one pass and the whole batch goes to the driver through
:meth:`Connection.exec_driver_sql` (the same connection, transaction and cursor events).  The
database receives the same SQL and the same values as before (``tests/test_batch_rows.py``).
Measured: SQLAlchemy's parameter work 73 -> 10 us an email, the whole flush 150 -> 125 us (the
bind processors themselves, JSON and dates, now run here); main-process CPU during a poll, median of
six alternated runs, 690 -> 665 us an email.

Any statement this cannot prepare exactly (a default computed per row, a parameter expanded at
run time, another database than SQLite) goes through :meth:`Connection.execute` as before.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable

from sqlalchemy import Connection


class _Plan:
    """A statement's SQL and how a row (a dictionary) becomes its tuple of values."""

    __slots__ = ("statement", "sql", "take", "defaults", "processed")

    def __init__(self, statement, sql: str, take: Callable[[dict], tuple], defaults: dict,
                 processed: tuple[tuple[int, Callable[[Any], Any]], ...]):
        self.statement = statement  # kept: the cache's key is its id
        self.sql = sql
        self.take = take
        """The row's values in the order of the SQL's ``?`` (one C call)."""
        self.defaults = defaults
        """Plain column defaults for the keys the rows leave out (already processed)."""
        self.processed = processed
        """(position, bind processor) of the values SQLAlchemy would process."""

    def values(self, row: dict) -> tuple:
        found = self.take({**self.defaults, **row} if self.defaults else row)
        if not self.processed:
            return found
        found = list(found)
        for at, process in self.processed:
            found[at] = process(found[at])
        return tuple(found)


_PLANS: dict[tuple[int, tuple[str, ...]], _Plan | None] = {}
"""(id of the statement, row keys) -> its plan, or None when it must go through SQLAlchemy."""


def write_rows(conn: Connection, statement, rows: list[dict]) -> None:
    """``conn.execute(statement, rows)``: every row has the same keys (as ``executemany`` needs)."""
    if conn.dialect.name != "sqlite" or len(rows) < 2:
        conn.execute(statement, rows)
        return
    key = (id(statement), tuple(rows[0]))
    plan = _PLANS.get(key)
    if plan is None and key not in _PLANS:
        plan = _PLANS[key] = _prepare(conn, statement, key[1])
    if plan is None or plan.statement is not statement:
        conn.execute(statement, rows)
        return
    values = plan.values
    conn.exec_driver_sql(plan.sql, [values(row) for row in rows])


def _prepare(conn: Connection, statement, keys: tuple[str, ...]) -> _Plan | None:
    dialect = conn.dialect
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    names = compiled.positiontup
    if not names or len(names) < 2 or compiled.literal_execute_params or compiled.post_compile_params:
        return None
    defaults = {}
    for column in compiled.insert_prefetch:
        if column.default is None or not column.default.is_scalar:
            return None  # computed per row: SQLAlchemy's own path
        defaults[column.key] = column.default.arg
    if compiled.update_prefetch:
        return None
    processed = []
    for at, name in enumerate(names):
        if name not in keys and name not in defaults:
            return None  # a parameter the rows do not give: SQLAlchemy says so
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            if name in keys:
                processed.append((at, process))
            else:
                defaults[name] = process(defaults[name])
    return _Plan(statement, compiled.string, itemgetter(*names), defaults, tuple(processed))
