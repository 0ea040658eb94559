"""Reply templates edited in the browser: overrides, their versions, a change counter.

Revision ID: 0007
Revises: 0002
Create Date: 2025-01-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0002"
branch_labels = None
depends_on = None


def when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "template_overrides",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brand", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("version_id", sa.Integer, nullable=False),
        sa.Column("updated_by", sa.String(128), nullable=False),
        when("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_template_overrides"),
        sa.UniqueConstraint("brand", "name", name="uq_template_overrides_brand_name"),
    )
    op.create_table(
        "template_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brand", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("body", sa.Text, nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        when("at"),
        sa.Column("note", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_template_versions"),
    )
    op.create_index("ix_template_versions_brand_name", "template_versions", ["brand", "name"])
    counter = op.create_table(
        "template_counter",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_template_counter"),
    )
    op.bulk_insert(counter, [{"id": 1, "version": 0}])


def downgrade() -> None:
    for table in ("template_counter", "template_versions", "template_overrides"):
        op.drop_table(table)
