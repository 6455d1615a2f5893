"""Alembic environment: runs on the connection the program hands over."""

from alembic import context
from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    inspect,
    text,
)

from irev_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url") or ""
        if url.startswith("sqlite"):
            from pathlib import Path

            from irev_desktop.db.engine import sqlite_engine

            engine = sqlite_engine(Path(url.removeprefix("sqlite+pysqlite:///")))
        else:  # a server database (PostgreSQL): see db/server_schema.py
            from irev_desktop.db.server_schema import server_engine

            engine = server_engine(url)
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


# Alembic makes ``alembic_version.version_num`` a VARCHAR(32); some of the program's
# revision ids are longer ("0006_convocation_and_annex_titles" has 33 characters).
# SQLite ignores the length; a server database gets a wider column before Alembic
# writes to it.
VERSION_NUM_LENGTH = 64


def _version_table_for_long_ids(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        return
    inspector = inspect(connection)
    if not inspector.has_table("alembic_version"):
        Table(
            "alembic_version",
            MetaData(),
            Column("version_num", String(VERSION_NUM_LENGTH), nullable=False),
            PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
        ).create(connection)
        return
    column = {c["name"]: c for c in inspector.get_columns("alembic_version")}["version_num"]
    length = getattr(column["type"], "length", None)
    if length is not None and length < VERSION_NUM_LENGTH:
        connection.execute(
            text(
                "ALTER TABLE alembic_version ALTER COLUMN version_num "
                f"TYPE VARCHAR({VERSION_NUM_LENGTH})"
            )
        )


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_made_by_hand,
        # SQLite alters tables by copying them; on PostgreSQL batch operations are
        # plain ALTER TABLE statements.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        _version_table_for_long_ids(connection)
        context.run_migrations()


run_migrations_online()
