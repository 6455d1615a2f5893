"""the organisation's signing key, the signature of a seal and the signed PDF

Revision ID: 0008_signing_key
Revises: 0007_seal_chain
Create Date: 2026-12-02 00:00:00.000000

``signing_key`` keeps the public half of an organisation's Ed25519 keys; a seal may carry
the signature of its digest by one of them (``signing_key_id``, ``signature``) and the
SHA-256 of the PDF of the signed minutes (``pdf_sha256``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_signing_key"
down_revision = "0007_seal_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("after_seal_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_signing_key_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
        sa.UniqueConstraint("public_key", name=op.f("uq_signing_key_public_key")),
    )
    with op.batch_alter_table("seal") as batch:
        batch.add_column(sa.Column("signing_key_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("signature", sa.String(length=128), nullable=True))
        batch.add_column(sa.Column("pdf_sha256", sa.String(length=64), nullable=True))
        batch.create_foreign_key(
            op.f("fk_seal_signing_key_id_signing_key"),
            "signing_key",
            ["signing_key_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("seal") as batch:
        batch.drop_constraint(op.f("fk_seal_signing_key_id_signing_key"), type_="foreignkey")
        batch.drop_column("pdf_sha256")
        batch.drop_column("signature")
        batch.drop_column("signing_key_id")
    op.drop_table("signing_key")
