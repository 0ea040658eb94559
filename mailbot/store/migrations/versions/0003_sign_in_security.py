"""Sign-in security: revocable sessions (users.session_epoch) and the sign-in
limit counted atomically (sign_in_limits).

Revision ID: 0003
Revises: 0009
Create Date: 2025-01-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("session_epoch", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "sign_in_limits",
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tries", sa.Integer, nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("key", name="pk_sign_in_limits"),
    )


def downgrade() -> None:
    op.drop_table("sign_in_limits")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_epoch")
