"""the date members were convened, and a title for each attachment

Revision ID: 0006_convocation_and_annex_titles
Revises: 0005_item_removal
Create Date: 2026-12-01 22:40:00.000000

``meeting.convened_on``: the day the convocation was sent (« régulièrement convoqués
le … »). ``attachment.title``: the title an annex is listed under; empty, the file name
stands for it. Both are added in place, so the search triggers stay.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_convocation_and_annex_titles"
down_revision = "0005_item_removal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("meeting", sa.Column("convened_on", sa.Date(), nullable=True))
    op.add_column(
        "attachment",
        sa.Column("title", sa.String(length=300), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE attachment DROP COLUMN title")
    op.execute("ALTER TABLE meeting DROP COLUMN convened_on")
