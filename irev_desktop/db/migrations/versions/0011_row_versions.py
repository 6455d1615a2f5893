"""every row a form edits carries an edit version

Revision ID: 0011_row_versions
Revises: 0010_server_guards
Create Date: 2026-12-02 06:00:00.000000

``row_version`` on the meeting (its header), agenda items, attendance lines, people,
members, bodies (their rules) and mandates. The services raise it on each edit and
refuse an edit made from an older version (``services.versions``): on a team's server,
the second of two people editing the same row sees both values and chooses, instead of
silently overwriting the first. Existing rows start at 1. Seals do not cover it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_row_versions"
down_revision = "0010_server_guards"
branch_labels = None
depends_on = None

TABLES = ("member", "person", "body", "mandate", "meeting", "attendance", "agenda_item")


def upgrade() -> None:
    for table in TABLES:
        column = sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        op.add_column(table, column)


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+ and PostgreSQL): rebuilding the table would break
    # the search views that name it.
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
