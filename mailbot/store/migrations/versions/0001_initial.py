"""The first schema: messages, positions, cases, decisions, drafts, audit log, ledger.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brand", sa.String(64), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("customer", sa.String(320), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(64), nullable=True),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("request_time", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fields", sa.JSON, nullable=True),
        when("created_at"),
        when("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
    )
    op.create_index("ix_cases_brand_reference", "cases", ["brand", "reference"])

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mailbox", sa.String(128), nullable=False),
        sa.Column("uidvalidity", sa.Integer, nullable=False),
        sa.Column("uid", sa.String(255), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=True),
        sa.Column("brand", sa.String(64), nullable=False),
        sa.Column("sender", sa.String(320), nullable=True),
        sa.Column("subject", sa.Text, nullable=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("internaldate", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("case_id", sa.Integer, nullable=True),
        sa.Column("raw", sa.LargeBinary, nullable=True),
        when("created_at"),
        when("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_messages_case_id_cases"),
        sa.UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_messages_mailbox_uidvalidity_uid"),
        sa.UniqueConstraint("brand", "message_id", name="uq_messages_brand_message_id"),
    )
    op.create_index("ix_messages_case_id", "messages", ["case_id"])
    op.create_index("ix_messages_status", "messages", ["status"])

    op.create_table(
        "mailbox_positions",
        sa.Column("mailbox", sa.String(128), nullable=False),
        sa.Column("uidvalidity", sa.Integer, nullable=False),
        sa.Column("last_uid", sa.Integer, nullable=False),
        when("last_poll_at", nullable=True),
        when("last_success_at", nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("consecutive_failures", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("mailbox", name="pk_mailbox_positions"),
    )

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("message_id", sa.Integer, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
        when("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_decisions_case_id_cases"),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], name="fk_decisions_message_id_messages"),
    )
    op.create_index("ix_decisions_case_id", "decisions", ["case_id"])

    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("decision_id", sa.Integer, nullable=True),
        sa.Column("template", sa.String(255), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("to_address", sa.String(320), nullable=True),
        sa.Column("in_reply_to", sa.String(998), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=False),
        sa.Column("reviewed_by", sa.String(128), nullable=True),
        when("reviewed_at", nullable=True),
        sa.Column("reject_reason", sa.Text, nullable=True),
        when("sent_at", nullable=True),
        sa.Column("send_error", sa.Text, nullable=True),
        when("created_at"),
        when("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_drafts"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_drafts_case_id_cases"),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"], name="fk_drafts_decision_id_decisions"),
    )
    op.create_index("ix_drafts_case_id", "drafts", ["case_id"])
    op.create_index("ix_drafts_status", "drafts", ["status"])
    op.create_index("ix_drafts_message_id", "drafts", ["message_id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        when("at"),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("object_type", sa.String(32), nullable=False),
        sa.Column("object_id", sa.String(64), nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )

    op.create_table(
        "ledger_customers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brand", sa.String(64), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("plan", sa.String(64), nullable=True),
        sa.Column("status", sa.String(64), nullable=True),
        sa.Column("record", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ledger_customers"),
        sa.UniqueConstraint("brand", "email", name="uq_ledger_customers_brand_email"),
    )
    op.create_table(
        "ledger_projects",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brand", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("contract_email", sa.String(320), nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ledger_projects"),
        sa.UniqueConstraint("brand", "name", name="uq_ledger_projects_brand_name"),
    )
    op.create_table(
        "ledger_payments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brand", sa.String(64), nullable=False),
        sa.Column("payment_id", sa.String(128), nullable=False),
        sa.Column("invoice", sa.String(128), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("amount", sa.String(32), nullable=False),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("customer_email", sa.String(320), nullable=True),
        sa.Column("project", sa.String(255), nullable=True),
        sa.Column("record", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ledger_payments"),
        sa.UniqueConstraint("brand", "payment_id", name="uq_ledger_payments_brand_payment_id"),
    )


def downgrade() -> None:
    for table in ("ledger_payments", "ledger_projects", "ledger_customers", "audit_log", "drafts",
                  "decisions", "mailbox_positions", "messages", "cases"):
        op.drop_table(table)
