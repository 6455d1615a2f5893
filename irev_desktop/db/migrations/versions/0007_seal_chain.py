"""the seal table: what was signed, and the chain of signatures

Revision ID: 0007_seal_chain
Revises: 0006_convocation_and_annex_titles
Create Date: 2026-12-01 23:00:00.000000

A version 3 seal keeps the minutes as signed (``snapshot``, canonical JSON), their
``digest`` and the digest of the organisation's previous version 3 seal
(``previous_digest``). Seals of versions 1 and 2 stay on ``meeting`` as they were.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_seal_chain"
down_revision = "0006_convocation_and_annex_titles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("previous_digest", sa.String(length=64), nullable=True),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_seal_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seal")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_seal_meeting_id")),
    )


def downgrade() -> None:
    op.drop_table("seal")
