"""The schema of a server database (PostgreSQL, the store a team shares).

The same Alembic chain as a SQLite file (``migrations/``, up to ``schema.SCHEMA_HEAD``)
brings an empty PostgreSQL database to the program's schema. The SQLite-only search
objects of 0003_search (FTS5, its views and triggers) are not made there: PostgreSQL's
full-text search comes with the search part of the team mode.

Nothing in the program opens a server database yet; this is the foundation the team
mode is built on, tested against a real server (tests/db/test_postgresql_schema.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, make_url, text

from irev_desktop.db.schema import MIGRATIONS_DIR

# The driver the program speaks PostgreSQL with (psycopg 3).
DRIVER = "postgresql+psycopg"


def server_url(url: str) -> str:
    """``url`` with the program's PostgreSQL driver (a bare ``postgresql://`` gets
    psycopg 3, SQLAlchemy's default being psycopg2, which the program does not ship)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(
            f"not a PostgreSQL URL: {parsed.render_as_string(hide_password=True)} "
            "(a SQLite file is brought up to date by db.schema.upgrade)"
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername=DRIVER)
    return parsed.render_as_string(hide_password=False)


def server_engine(url: str) -> Engine:
    return create_engine(server_url(url))


def alembic_config(url: str) -> Any:
    """An Alembic configuration on the program's migrations for the database at ``url``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Alembic's configuration interpolates '%': a password may hold one.
    config.set_main_option("sqlalchemy.url", server_url(url).replace("%", "%%"))
    return config


def upgrade_url(url: str) -> None:
    """``alembic upgrade head`` on the PostgreSQL database at ``url``, in one transaction
    (PostgreSQL's DDL is transactional: a failed upgrade leaves nothing behind)."""
    from alembic import command

    config = alembic_config(url)
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
    finally:
        engine.dispose()


def stored_revision_url(url: str) -> str | None:
    """The revision recorded in the database at ``url`` (None before any migration)."""
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            exists = connection.execute(
                text("SELECT to_regclass('alembic_version') IS NOT NULL")
            ).scalar_one()
            if not exists:
                return None
            revision = connection.execute(
                text("SELECT version_num FROM alembic_version")
            ).scalar_one_or_none()
            return None if revision is None else str(revision)
    finally:
        engine.dispose()
