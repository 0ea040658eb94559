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
- ``oauth_tokens``: OAuth2 tokens (encrypted) and the "needs sign-in" mark.
- ``leases``: which worker holds what (a mailbox, or its own presence), until
  when, with the fencing token checked in every commit that moves a mailbox.
- ``draft_claims``: which worker took a draft into ``sending``.
- ``users``: staff accounts of the web UI (a scrypt hash, never the password).
- ``template_overrides`` (an admin's text of a reply template, per brand and
  file name), ``template_versions`` (every save, rollback, reset and import,
  with who and when) and ``template_counter`` (one row whose number grows with
  every change: each process reads it before drafting to know whether its
  compiled templates are current).
- ``users``: staff accounts of the web UI (a scrypt hash, never the password;
  ``session_epoch`` ends every session of the account when it moves).
- ``sign_in_limits``: sign-in tries counted per account and client.
- ``notices``: emails to staff (escalation, overdue, digest), each sent once
  (``key`` is unique).
- ``case_search_text``: the words of each case for search; on SQLite an FTS5
  table ``case_search_fts`` (not declared here: a virtual table) indexes it.
- ``ledger_customers``, ``ledger_projects``, ``ledger_payments``: the imported
  billing records; ``record`` keeps each record as imported, so the stored
  ledger loads back through the same validation as a file.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from mailbot.store.utc_datetime import UtcDateTime

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
    Column("owner", String(128), nullable=True),
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
    Column("errors_total", Integer, nullable=False, default=0, server_default="0"),
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
    Column("hold_reason", Text, nullable=True),
    Index(None, "case_id"),
    Index(None, "status"),
    Index(None, "message_id"),
    Index(None, "to_address", "created_at"),
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
    Index(None, "action"),
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
    Column("session_epoch", Integer, nullable=False, default=0, server_default="0"),
    Column("email", String(320), nullable=True),
    UniqueConstraint("name"),
)

sign_in_limits = Table(
    "sign_in_limits",
    metadata,
    Column("key", String(400), primary_key=True),
    _when("window_start"),
    Column("tries", Integer, nullable=False, default=0, server_default="0"),
)
"""Sign-in tries per account and client (and per client), counted atomically
(:mod:`mailbot.store.signin`); a row's window restarts once it has passed."""

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

template_overrides = Table(
    "template_overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("brand", String(64), nullable=False),
    Column("name", String(255), nullable=False),
    Column("body", Text, nullable=False),
    Column("version_id", Integer, nullable=False),
    Column("updated_by", String(128), nullable=False),
    _when("updated_at"),
    UniqueConstraint("brand", "name"),
)

template_versions = Table(
    "template_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("brand", String(64), nullable=False),
    Column("name", String(255), nullable=False),
    Column("body", Text, nullable=True),
    Column("action", String(16), nullable=False),
    Column("who", String(128), nullable=False),
    _when("at"),
    Column("note", Text, nullable=False, default=""),
    Index(None, "brand", "name"),
)

template_counter = Table(
    "template_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("version", Integer, nullable=False, default=0),
)

oauth_tokens = Table(
    "oauth_tokens",
    metadata,
    Column("account", String(160), primary_key=True),
    Column("provider", String(32), nullable=False),
    Column("refresh_token", Text, nullable=True),
    Column("access_token", Text, nullable=True),
    _when("expires_at", nullable=True),
    Column("needs_sign_in", Boolean, nullable=False, default=False),
    Column("reason", Text, nullable=True),
    Column("version", Integer, nullable=False, default=0),
    _when("signed_in_at", nullable=True),
    _when("refreshed_at", nullable=True),
    _when("updated_at"),
)
"""OAuth2 tokens of a mailbox (``mailbox:NAME``) or SMTP server (``smtp:NAME``),
both encrypted (Fernet); ``version`` grows with every change so a rotated
refresh token is saved only over the one it replaces."""

NOTICE_STATUSES = ("pending", "sending", "sent", "failed", "skipped")

notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(255), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("brand", String(64), nullable=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=True),
    Column("to_address", String(320), nullable=True),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("error", Text, nullable=True),
    _when("created_at"),
    _when("updated_at"),
    _when("sent_at", nullable=True),
    UniqueConstraint("key"),
    Index(None, "status"),
)

case_search_text = Table(
    "case_search_text",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("text", Text, nullable=False),
    _when("indexed_at"),
)

UNDECLARED = ("case_search_fts", "ix_case_search_text_tsv")
"""What the migrations make that SQLAlchemy cannot declare: the FTS5 table
(and its shadow tables) on SQLite, the full-text index on PostgreSQL."""


def declared_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """``include_name`` for Alembic's comparison: everything but :data:`UNDECLARED`."""
    return not (name or "").startswith(UNDECLARED)


leases = Table(
    "leases",
    metadata,
    Column("name", String(255), primary_key=True),
    Column("holder", String(255), nullable=False),
    Column("token", Integer, nullable=False),
    _when("acquired_at"),
    _when("renewed_at"),
    _when("expires_at"),
)

draft_claims = Table(
    "draft_claims",
    metadata,
    Column("draft_id", Integer, ForeignKey("drafts.id"), primary_key=True),
    Column("holder", String(255), nullable=False),
    _when("claimed_at"),
)

__all__ = [
    "metadata", "cases", "messages", "mailbox_positions", "decisions", "drafts", "audit_log", "users",
    "ledger_customers", "ledger_projects", "ledger_payments", "template_overrides", "template_versions",
    "template_counter", "oauth_tokens", "notices", "case_search_text", "leases", "draft_claims",
    "MESSAGE_STATUSES", "DRAFT_STATUSES", "USER_ROLES", "NOTICE_STATUSES",
]
