"""OAuth2 tokens of mailboxes and SMTP servers (encrypted), and their
"needs sign-in" mark.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "oauth_tokens",
        sa.Column("account", sa.String(160), nullable=False),
        sa.Column("provider", sa.String(32), nullable=False),
        sa.Column("refresh_token", sa.Text, nullable=True),
        sa.Column("access_token", sa.Text, nullable=True),
        when("expires_at", nullable=True),
        sa.Column("needs_sign_in", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
        when("signed_in_at", nullable=True),
        when("refreshed_at", nullable=True),
        when("updated_at"),
        sa.PrimaryKeyConstraint("account", name="pk_oauth_tokens"),
    )


def downgrade() -> None:
    op.drop_table("oauth_tokens")
