"""Worker leases (mailboxes held by one worker, fencing tokens, presence) and
the claims of drafts being sent.

Revision ID: 0004
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0006"
branch_labels = None
depends_on = None


def when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "leases",
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("holder", sa.String(255), nullable=False),
        sa.Column("token", sa.Integer, nullable=False),
        when("acquired_at"),
        when("renewed_at"),
        when("expires_at"),
        sa.PrimaryKeyConstraint("name", name="pk_leases"),
    )
    op.create_table(
        "draft_claims",
        sa.Column("draft_id", sa.Integer, nullable=False),
        sa.Column("holder", sa.String(255), nullable=False),
        when("claimed_at"),
        sa.ForeignKeyConstraint(["draft_id"], ["drafts.id"], name="fk_draft_claims_draft_id_drafts"),
        sa.PrimaryKeyConstraint("draft_id", name="pk_draft_claims"),
    )


def downgrade() -> None:
    op.drop_table("draft_claims")
    op.drop_table("leases")
