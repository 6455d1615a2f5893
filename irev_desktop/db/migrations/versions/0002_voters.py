"""deliberation voters

Revision ID: 0002_voters
Revises: 0001_initial
Create Date: 2026-11-26 00:35:13.811427
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_voters"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deliberation_voter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliberation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("represented_by_id", sa.Integer(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column(
            "choice",
            sa.Enum(
                "for",
                "against",
                "abstention",
                "not_taking_part",
                name="votechoice",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["deliberation_id"],
            ["deliberation.id"],
            name=op.f("fk_deliberation_voter_deliberation_id_deliberation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_deliberation_voter_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["represented_by_id"],
            ["person.id"],
            name=op.f("fk_deliberation_voter_represented_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliberation_voter")),
        sa.UniqueConstraint(
            "deliberation_id",
            "person_id",
            name=op.f("uq_deliberation_voter_deliberation_id_person_id"),
        ),
    )
    with op.batch_alter_table("deliberation_voter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deliberation_voter_deliberation_id"), ["deliberation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("deliberation_voter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliberation_voter_deliberation_id"))

    op.drop_table("deliberation_voter")
