"""The tables of the store, declared once with SQLAlchemy Core.

The Alembic migrations in ``migrations/versions`` create exactly these tables;
``tests/test_store.py`` checks that the two never drift apart.  Only portable
types are used (no SQLite-only SQL), so PostgreSQL works through
``DATABASE_URL``.  Date-times are stored in UTC.

- ``messages``: every inbound email with its raw bytes and what became of it.
  ``messages.case_id`` is the link between a case and its emails.
- ``mailbox_positions``: how far each mailbox has been read, and its health.
- ``cases``, ``decisions`` (each decision with its trace), ``drafts``.
- ``audit_log``: who did what, when.
- ``users``: staff accounts of the web UI (a scrypt hash, never the password).
- ``ledger_customers``, ``ledger_projects``, ``ledger_payments``: the imported
  billing records; ``record`` keeps each record as imported, so the stored
  ledger loads back through the same validation as a file.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)


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

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

MESSAGE_STATUSES = ("received", "case", "ignored", "failed", "oversized")
DRAFT_STATUSES = ("pending", "superseded", "approved", "rejected", "escalated", "sending", "sent", "failed")
USER_ROLES = ("staff", "admin")


def _when(name: str, nullable: bool = False) -> Column:
    return Column(name, UtcDateTime(), nullable=nullable)


cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("brand", String(64), nullable=False),
    Column("reference", String(64), nullable=True),
    Column("customer", String(320), nullable=True),
    Column("status", String(16), nullable=False),
    Column("outcome", String(64), nullable=True),
    Column("subject", Text, nullable=False, default=""),
    Column("request_time", UtcDateTime(), nullable=True),
    Column("fields", JSON, nullable=True),
    _when("created_at"),
    _when("updated_at"),
    Index(None, "brand", "reference"),
)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("mailbox", String(128), nullable=False),
    Column("uidvalidity", Integer, nullable=False),
    Column("uid", String(255), nullable=False),
    Column("message_id", String(998), nullable=True),
    Column("brand", String(64), nullable=False),
    Column("sender", String(320), nullable=True),
    Column("subject", Text, nullable=True),
    Column("size", Integer, nullable=False),
    Column("internaldate", UtcDateTime(), nullable=True),
    Column("status", String(16), nullable=False),
    Column("reason", Text, nullable=True),
    Column("error", Text, nullable=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=True),
    Column("raw", LargeBinary, nullable=True),
    Column("reading", Text, nullable=True),  # what triage read, as JSON (mailbot.store.readings)
    _when("created_at"),
    _when("updated_at"),
    UniqueConstraint("mailbox", "uidvalidity", "uid"),
    UniqueConstraint("brand", "message_id"),
    Index(None, "case_id"),
    Index(None, "status"),
)

mailbox_positions = Table(
    "mailbox_positions",
    metadata,
    Column("mailbox", String(128), primary_key=True),
    Column("uidvalidity", Integer, nullable=False, default=0),
    Column("last_uid", Integer, nullable=False, default=0),
    _when("last_poll_at", nullable=True),
    _when("last_success_at", nullable=True),
    Column("last_error", Text, nullable=True),
    Column("consecutive_failures", Integer, nullable=False, default=0),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("message_id", Integer, ForeignKey("messages.id"), nullable=True),
    Column("status", String(16), nullable=False),
    Column("result", JSON, nullable=False),
    _when("created_at"),
    Index(None, "case_id"),
)

drafts = Table(
    "drafts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=True),
    Column("template", String(255), nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("to_address", String(320), nullable=True),
    Column("in_reply_to", String(998), nullable=True),
    Column("status", String(16), nullable=False),
    Column("message_id", String(998), nullable=False),
    Column("reviewed_by", String(128), nullable=True),
    _when("reviewed_at", nullable=True),
    Column("reject_reason", Text, nullable=True),
    _when("sent_at", nullable=True),
    Column("send_error", Text, nullable=True),
    _when("created_at"),
    _when("updated_at"),
    Column("attempts", Integer, nullable=False, default=0, server_default="0"),
    _when("next_attempt_at", nullable=True),
    Index(None, "case_id"),
    Index(None, "status"),
    Index(None, "message_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    _when("at"),
    Column("who", String(128), nullable=False),
    Column("action", String(64), nullable=False),
    Column("object_type", String(32), nullable=False),
    Column("object_id", String(64), nullable=True),
    Column("detail", Text, nullable=False, default=""),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(128), nullable=False),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    _when("created_at"),
    _when("updated_at"),
    UniqueConstraint("name"),
)

ledger_customers = Table(
    "ledger_customers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("brand", String(64), nullable=False),
    Column("email", String(320), nullable=False),
    Column("plan", String(64), nullable=True),
    Column("status", String(64), nullable=True),
    Column("record", JSON, nullable=False),
    UniqueConstraint("brand", "email"),
)

ledger_projects = Table(
    "ledger_projects",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("brand", String(64), nullable=False),
    Column("name", String(255), nullable=False),
    Column("contract_email", String(320), nullable=False),
    Column("record", JSON, nullable=False),
    UniqueConstraint("brand", "name"),
)

ledger_payments = Table(
    "ledger_payments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("brand", String(64), nullable=False),
    Column("payment_id", String(128), nullable=False),
    Column("invoice", String(128), nullable=True),
    Column("kind", String(32), nullable=False),
    Column("amount", String(32), nullable=False),
    Column("currency", String(8), nullable=False),
    Column("customer_email", String(320), nullable=True),
    Column("project", String(255), nullable=True),
    Column("record", JSON, nullable=False),
    UniqueConstraint("brand", "payment_id"),
)

__all__ = [
    "metadata", "cases", "messages", "mailbox_positions", "decisions", "drafts", "audit_log", "users",
    "ledger_customers", "ledger_projects", "ledger_payments", "MESSAGE_STATUSES", "DRAFT_STATUSES",
    "USER_ROLES",
]
