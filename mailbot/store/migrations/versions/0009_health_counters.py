"""Health and metrics: a mailbox's failed polls in all (``errors_total``, for
``mailbot_mailbox_errors_total``), and an index on the audit log's action (the
send results ``/metrics`` counts on every scrape).

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mailbox_positions") as batch:
        batch.add_column(sa.Column("errors_total", sa.Integer, nullable=False, server_default="0"))
    # Polls that failed before this revision are counted from their current run of failures.
    op.execute("UPDATE mailbox_positions SET errors_total = consecutive_failures")
    op.create_index("ix_audit_log_action", "audit_log", ["action"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_action", table_name="audit_log")
    with op.batch_alter_table("mailbox_positions") as batch:
        batch.drop_column("errors_total")
