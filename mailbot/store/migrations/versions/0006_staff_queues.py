"""Staff queues: case owners, held drafts, notices sent once, case search.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("owner", sa.String(128), nullable=True))
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("hold_reason", sa.Text, nullable=True))
    op.create_index("ix_drafts_to_address_created_at", "drafts", ["to_address", "created_at"])

    op.create_table(
        "notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("brand", sa.String(64), nullable=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_notices_case_id_cases"), nullable=True),
        sa.Column("to_address", sa.String(320), nullable=True),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        when("created_at"),
        when("updated_at"),
        when("sent_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_notices"),
        sa.UniqueConstraint("key", name="uq_notices_key"),
    )
    op.create_index("ix_notices_status", "notices", ["status"])
    op.create_table(
        "case_search_text",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_case_search_text_case_id_cases"),
                  nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        when("indexed_at"),
        sa.PrimaryKeyConstraint("case_id", name="pk_case_search_text"),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # FTS5 index of case_search_text; its rowid is the case id.
        op.execute("CREATE VIRTUAL TABLE case_search_fts USING fts5(text)")
    elif dialect == "postgresql":
        op.execute("CREATE INDEX ix_case_search_text_tsv ON case_search_text "
                   "USING gin (to_tsvector('simple', text))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS case_search_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_case_search_text_tsv")
    op.drop_table("case_search_text")
    op.drop_index("ix_notices_status", table_name="notices")
    op.drop_table("notices")
    op.drop_index("ix_drafts_to_address_created_at", table_name="drafts")
    with op.batch_alter_table("drafts") as batch:
        batch.drop_column("hold_reason")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("owner")
