"""Alembic environment: runs on the connection the program hands over."""

from alembic import context

from irev_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from pathlib import Path

        from irev_desktop.db.engine import sqlite_engine

        url = config.get_main_option("sqlalchemy.url") or ""
        engine = sqlite_engine(Path(url.removeprefix("sqlite+pysqlite:///")))
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
        engine.dispose()
    else:
        _run(connection)


def _made_by_hand(_object: object, name: str | None, type_: str, *_: object) -> bool:
    """Keep autogenerate away from the search index and the extracted texts (0003_search),
    which are not in the models."""
    by_hand = name == "attachment_text" or (name or "").startswith("search_index")
    return not (type_ == "table" and by_hand)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_made_by_hand,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
