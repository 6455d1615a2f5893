"""attendance as a history: stretches of presence and proxies with their moments

Revision ID: 0004_attendance_history
Revises: 0003_search
Create Date: 2026-12-01 21:00:00.000000

Each attendance row's single arrival and departure becomes one row of ``presence``, and
its proxy holder one row of ``proxy`` (given and ended at unknown moments: the whole
meeting). A row gets a stretch when it was present or when a time was recorded, so no
time is lost. Minutes signed before this revision keep their digest, marked
``seal_version`` 1: it is checked against the rows as they were, rebuilt from these.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_attendance_history"
down_revision = "0003_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("meeting", sa.Column("seal_version", sa.Integer(), nullable=True))
    op.execute("UPDATE meeting SET seal_version = 1 WHERE signed_digest IS NOT NULL")
    # Rebuilding attendance drops the old table, which would cascade to rows that
    # reference it: keep the old columns aside, rebuild, then write the history.
    op.execute(
        "CREATE TEMP TABLE old_attendance AS "
        "SELECT id, status, arrived_at, left_at, proxy_holder_id FROM attendance"
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_constraint("fk_attendance_proxy_holder_id_person", type_="foreignkey")
        batch_op.drop_column("proxy_holder_id")
        batch_op.drop_column("arrived_at")
        batch_op.drop_column("left_at")
    op.create_table(
        "presence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attendance_id", sa.Integer(), nullable=False),
        sa.Column("arrived_at", sa.Time(), nullable=True),
        sa.Column("left_at", sa.Time(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attendance_id"],
            ["attendance.id"],
            name=op.f("fk_presence_attendance_id_attendance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_presence")),
    )
    op.create_index(op.f("ix_presence_attendance_id"), "presence", ["attendance_id"])
    op.create_table(
        "proxy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attendance_id", sa.Integer(), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.Time(), nullable=True),
        sa.Column("ended_at", sa.Time(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attendance_id"],
            ["attendance.id"],
            name=op.f("fk_proxy_attendance_id_attendance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["holder_id"],
            ["person.id"],
            name=op.f("fk_proxy_holder_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proxy")),
    )
    op.create_index(op.f("ix_proxy_attendance_id"), "proxy", ["attendance_id"])
    op.execute(
        "INSERT INTO presence (attendance_id, arrived_at, left_at) "
        "SELECT id, arrived_at, left_at FROM old_attendance "
        "WHERE status = 'present' OR arrived_at IS NOT NULL OR left_at IS NOT NULL "
        "ORDER BY id"
    )
    op.execute(
        "INSERT INTO proxy (attendance_id, holder_id) "
        "SELECT id, proxy_holder_id FROM old_attendance WHERE proxy_holder_id IS NOT NULL "
        "ORDER BY id"
    )
    op.execute("DROP TABLE old_attendance")


def downgrade() -> None:
    # Added in place (no rebuild, which would cascade to the history before it is read);
    # the old foreign key on the proxy holder is not put back.
    op.add_column("attendance", sa.Column("arrived_at", sa.Time(), nullable=True))
    op.add_column("attendance", sa.Column("left_at", sa.Time(), nullable=True))
    op.add_column("attendance", sa.Column("proxy_holder_id", sa.Integer(), nullable=True))
    # Only the first stretch and the latest proxy fit the old columns.
    op.execute(
        "UPDATE attendance SET "
        "arrived_at = (SELECT arrived_at FROM presence WHERE attendance_id = attendance.id "
        "ORDER BY id LIMIT 1), "
        "left_at = (SELECT left_at FROM presence WHERE attendance_id = attendance.id "
        "ORDER BY id DESC LIMIT 1), "
        "proxy_holder_id = (SELECT holder_id FROM proxy WHERE attendance_id = attendance.id "
        "ORDER BY id DESC LIMIT 1)"
    )
    op.drop_index(op.f("ix_proxy_attendance_id"), table_name="proxy")
    op.drop_table("proxy")
    op.drop_index(op.f("ix_presence_attendance_id"), table_name="presence")
    op.drop_table("presence")
    op.drop_column("meeting", "seal_version")
