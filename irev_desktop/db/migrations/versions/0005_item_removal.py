"""agenda items removed without being deleted: removed_at

Revision ID: 0005_item_removal
Revises: 0004_attendance_history
Create Date: 2026-12-01 22:00:00.000000

A removed item keeps its id, its notes and their revisions, and the deliberations, actions
and attachments linked to it: undo puts it back as it was. The search index forgets it
while it is removed and finds it again when it comes back.
"""

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0005_item_removal"
down_revision = "0004_attendance_history"
branch_labels = None
depends_on = None


def _search() -> ModuleType:
    """The search migration's own definitions (views, folding), not a copy of them."""
    path = Path(__file__).with_name("0003_search.py")
    spec = importlib.util.spec_from_file_location("irev_migration_0003_search", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _recreate_views(search: ModuleType) -> None:
    op.execute("DROP VIEW IF EXISTS search_document")
    op.execute("DROP VIEW IF EXISTS search_document_item")
    op.execute(search.view_sql("item"))
    op.execute(
        "CREATE VIEW search_document AS "
        + " UNION ALL ".join(f"SELECT * FROM search_document_{kind}" for kind in search.KINDS)
    )


def on_sqlite() -> bool:
    """The search views and triggers of 0003_search exist on SQLite only (on PostgreSQL,
    full-text search comes with the search part of the team mode)."""
    return bool(op.get_bind().dialect.name == "sqlite")


def upgrade() -> None:
    op.add_column("agenda_item", sa.Column("removed_at", sa.DateTime(), nullable=True))
    if not on_sqlite():
        return
    search = _search()
    search.SOURCES["item"] = search.SOURCES["item"] + " WHERE i.removed_at IS NULL"
    _recreate_views(search)
    code = search.KINDS["item"]
    op.execute(
        f"""CREATE TRIGGER search_agenda_item_removal AFTER UPDATE OF removed_at ON agenda_item
        WHEN OLD.removed_at IS NOT NEW.removed_at BEGIN
            DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};
            {search.index("item", "= NEW.id")}
        END"""
    )


def downgrade() -> None:
    if on_sqlite():
        op.execute("DROP TRIGGER IF EXISTS search_agenda_item_removal")
    op.execute("DELETE FROM agenda_item WHERE removed_at IS NOT NULL")
    if on_sqlite():
        _recreate_views(_search())
    # In place: rebuilding the table would drop its search triggers with it.
    op.execute("ALTER TABLE agenda_item DROP COLUMN removed_at")
