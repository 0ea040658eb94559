"""Opening the database and bringing its schema up to date.

SQLite (the default) is opened in WAL mode with foreign keys on and a busy
timeout, so the worker and the commands can use the same file at once.  Any
other SQLAlchemy URL (PostgreSQL through ``DATABASE_URL``) is used as given,
except that ``postgres://`` (as Heroku, Dokku and Render write it) is read as
``postgresql://`` (:func:`normalise_url`, the one place that happens).  For
``postgresql://`` SQLAlchemy 2.1 picks psycopg 3, which ``pip install
'mailbot[postgres]'`` installs; ``postgresql+psycopg2://`` still works with psycopg2.
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from mailbot.errors import StoreError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


def utc(moment: datetime | None) -> datetime | None:
    """A date-time read back from the database, made time-zone aware (UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def safe_url(database_url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(normalise_url(database_url)).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def driver_error(error: SQLAlchemyError) -> str:
    """The database driver's complaint on one line (psycopg2's spans several)."""
    reason = getattr(error, "orig", None) or error
    return " ".join(str(reason).split()) or type(reason).__name__


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
    cursor.close()


SQLITE_CACHE_KB = 256
"""The page cache of each SQLite connection, KB (SQLite's default: 2,000 KB).

Issue 8, memory: a poll's connections filled their default caches, about 2 MB
of the main process's RSS for pages the operating system's file cache holds
anyway.  Measured on a noisy shared machine (load ~14): ``mailbot poll --once``
over 2,000 benchmark emails, main process 65/51 and 64/50 MB (RSS/PSS) at the
tree's peak with the default, 63/48 with 256 KB; ``bench/store_bench.py``
(decide, draft and store, 3,000 emails, alternated) 583/548 us CPU an email
with the default, 491/574 with 256 KB: no cost seen above the noise."""


_POSTGRES_ALIAS = re.compile(r"^postgres(?=[+:])")


def normalise_url(database_url: str) -> str:
    """``postgres://...`` and ``postgres+driver://...`` as SQLAlchemy names them
    (``postgresql``); any other URL unchanged."""
    return _POSTGRES_ALIAS.sub("postgresql", database_url.strip(), count=1)


def create_store_engine(database_url: str) -> Engine:
    """An engine for ``database_url``; a SQLite file's folder is created."""
    database_url = normalise_url(database_url)
    try:
        url = make_url(database_url)
    except ArgumentError:
        raise StoreError(f"database url: not a valid SQLAlchemy URL: {database_url!r}") from None
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as e:
        raise StoreError(f"database {safe_url(database_url)}: its driver is not installed ({e}); for PostgreSQL: "
                         "pip install 'mailbot[postgres]'") from None
    except SQLAlchemyError as e:
        raise StoreError(f"database {safe_url(database_url)}: {e}") from None


# Alembic is imported only when a migration has to run: importing it costs
# more than a whole ``mailbot poll --once`` with nothing new.

def alembic_config(connection: Connection | None = None):
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN_REVISION = re.compile(r'^down_revision\s*=\s*(?:None|["\']([^"\']+)["\'])', re.M)


def _head_from_files() -> str | None:
    """The head revision read from the migration files (no Alembic import);
    None when the files are not a plain chain (Alembic decides then)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(connection: Connection) -> str | None:
    """The revision recorded in ``alembic_version`` (no Alembic import); None
    when there is no such table or it does not hold exactly one revision."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def _at_head(connection: Connection) -> str | None:
    """The head revision when the database is already at it, else None."""
    head = _head_from_files()
    return head if head is not None and _stored_revision(connection) == head else None


def upgrade(database_url: str) -> str:
    """Apply every migration (``mailbot db upgrade``, and the worker at start).
    Returns the revision the database is now at."""
    engine = create_store_engine(database_url)
    try:
        with engine.connect() as connection:
            at_head = _at_head(connection)
        if at_head is not None:
            return at_head
        from alembic import command

        with engine.begin() as connection:
            before = current_revision(connection)
            command.upgrade(alembic_config(connection), "head")
            after = current_revision(connection)
        if before != after:
            log.info("database %s upgraded from %s to %s", safe_url(database_url), before, after)
        return after
    except OperationalError as e:
        raise StoreError(f"database {safe_url(database_url)}: {driver_error(e)}") from None
    finally:
        engine.dispose()


class Store:
    """The database: one engine, and a transaction per unit of work."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, database_url: str, *, check: bool = True) -> Store:
        """Open the store; with ``check``, refuse a database that is not at the
        latest migration (the message says to run ``mailbot db upgrade``)."""
        store = cls(create_store_engine(database_url))
        if check:
            store.check_schema(database_url)
        return store

    def check_schema(self, database_url: str = "") -> None:
        where = safe_url(database_url or str(self.engine.url))
        try:
            with self.engine.connect() as connection:
                if _at_head(connection) is not None:
                    return
                current = current_revision(connection)
        except OperationalError as e:
            raise StoreError(f"database {where}: {driver_error(e)}") from None
        head = head_revision()
        if current != head:
            raise StoreError(f"database {where}: schema is at {current or 'nothing'}, expected {head}: "
                             "run `mailbot db upgrade`")

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back on error."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading."""
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()
