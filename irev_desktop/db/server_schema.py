"""The schema of a server database (PostgreSQL, the store a team shares).

The same Alembic chain as a SQLite file (``migrations/``, up to ``schema.SCHEMA_HEAD``)
brings an empty PostgreSQL database to the program's schema. The SQLite-only search
objects of 0003_search (FTS5, its views and triggers) are not made there: PostgreSQL's
full-text search comes with the search part of the team mode.

A password is never written in the settings: it comes from the URL, from libpq's own
``~/.pgpass``, or from the OS keyring (``keyring``), where the connection dialog keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

from irev_desktop.db.schema import MIGRATIONS_DIR, SCHEMA_HEAD
from irev_desktop.domain.errors import StoreError

# The driver the program speaks PostgreSQL with (psycopg 3).
DRIVER = "postgresql+psycopg"
# The keyring service the passwords of servers are kept under, one per user@server/base.
KEYRING_SERVICE = "irev-desktop/serveur"
# The tables a role must be allowed to write to count as « secrétariat ».
_WRITE_PROBE_TABLE = "meeting"

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Engine


def _parts(url: str) -> dict[str, Any]:
    """What libpq needs of ``url``, read without SQLAlchemy (half a second to import,
    which the start-up on a server does not pay before the list is shown)."""
    split = urlsplit(url)
    return {
        "user": unquote(split.username) if split.username else None,
        "password": unquote(split.password) if split.password is not None else None,
        "host": split.hostname,
        "port": split.port,
        "dbname": unquote(split.path.lstrip("/")) or None,
        **dict(parse_qsl(split.query)),
    }


def head_revision() -> str:
    return SCHEMA_HEAD


def keyring_user(url: str) -> str:
    """The name a server password is kept under: « user@host:port/base »."""
    parts = _parts(url)
    return (
        f"{parts['user'] or ''}@{parts['host'] or 'localhost'}:{parts['port'] or 5432}/"
        f"{parts['dbname'] or ''}"
    )


def with_saved_password(url: str) -> str:
    """``url``, with the password kept in the OS keyring when it carries none."""
    if _parts(url)["password"] is not None:
        return url
    try:
        import keyring

        saved = keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:  # no keyring on this system: libpq may still find ~/.pgpass
        return url
    if not saved:
        return url
    split = urlsplit(url)
    host = split.netloc.rsplit("@", 1)[-1]
    user = split.netloc.rsplit("@", 1)[0] if "@" in split.netloc else ""
    netloc = f"{user}:{quote(saved, safe='')}@{host}"
    return urlunsplit(split._replace(netloc=netloc))


def save_password(url: str, password: str) -> None:
    """Keep ``password`` for the database at ``url`` in the OS keyring."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_user(url), password)


def libpq_conninfo(url: str) -> str:
    """The libpq connection string of ``url`` (for psycopg used without SQLAlchemy)."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**{k: v for k, v in _parts(url).items() if v is not None})


def probe(connection: psycopg.Connection[Any]) -> tuple[str | None, bool]:
    """The revision recorded in the database of ``connection`` (an autocommit psycopg
    connection; None before any migration) and whether its role may write the register.

    A database of the program answers in one round trip; one that lacks its tables (new,
    or never migrated) is asked step by step."""
    import psycopg

    try:
        row = connection.execute(
            "SELECT (SELECT version_num FROM alembic_version LIMIT 1), "
            "has_table_privilege(%s, 'INSERT')",
            (_WRITE_PROBE_TABLE,),
        ).fetchone()
    except psycopg.errors.UndefinedTable:
        return _probe_step_by_step(connection)
    assert row is not None
    revision, allowed = row
    return (None if revision is None else str(revision)), bool(allowed)


def _probe_step_by_step(connection: psycopg.Connection[Any]) -> tuple[str | None, bool]:
    row = connection.execute(
        "SELECT to_regclass('alembic_version') IS NOT NULL, "
        "to_regclass(%s) IS NOT NULL, has_schema_privilege('public', 'CREATE')",
        (_WRITE_PROBE_TABLE,),
    ).fetchone()
    assert row is not None
    versioned, tables, may_create = row
    revision = None
    if versioned:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if found is None else str(found[0])
    if not tables:
        return revision, bool(may_create)
    allowed = connection.execute(
        "SELECT has_table_privilege(%s, 'INSERT')", (_WRITE_PROBE_TABLE,)
    ).fetchone()
    return revision, bool(allowed and allowed[0])


def may_write(url: str) -> bool:
    """Whether the role of ``url`` may write the register (« secrétariat »): in a new
    database, whether it may create the tables."""
    from sqlalchemy import text

    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            exists = connection.execute(
                text("SELECT to_regclass(:table) IS NOT NULL"), {"table": _WRITE_PROBE_TABLE}
            ).scalar_one()
            if exists:
                query = "SELECT has_table_privilege(:table, 'INSERT')"
                return bool(
                    connection.execute(text(query), {"table": _WRITE_PROBE_TABLE}).scalar_one()
                )
            return bool(
                connection.execute(
                    text("SELECT has_schema_privilege('public', 'CREATE')")
                ).scalar_one()
            )
    finally:
        engine.dispose()


def check_upgradable(label: str, revision: str | None, *, write: bool) -> None:
    """Refuse a database the program cannot bring to its schema: one of a newer program,
    or one it would have to set up while opened only for reading."""
    from irev_desktop.db.schema import known_revisions

    if revision is not None and revision not in known_revisions():
        raise StoreError(
            "La base {db} a été créée par une version plus récente du programme "
            "(révision {revision}) : mettez IREV Desktop à jour pour l'ouvrir.",
            db=label,
            revision=revision,
        )
    if not write:
        if revision is None:
            raise StoreError(
                "La base {db} n'est pas encore une base IREV Desktop ; rien n'a été créé. "
                "Ouvrez-la une fois pour la préparer, ou lancez « irev-desktop server init ».",
                db=label,
            )
        raise StoreError(
            "La base {db} a été créée par une version précédente du programme : une "
            "consultation ne la modifie pas. Ouvrez-la une fois avec IREV Desktop, qui la "
            "met à jour.",
            db=label,
        )


def server_url(url: str) -> str:
    """``url`` with the program's PostgreSQL driver (a bare ``postgresql://`` gets
    psycopg 3, SQLAlchemy's default being psycopg2, which the program does not ship)."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(
            f"not a PostgreSQL URL: {parsed.render_as_string(hide_password=True)} "
            "(a SQLite file is brought up to date by db.schema.upgrade)"
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername=DRIVER)
    return parsed.render_as_string(hide_password=False)


# A server that does not answer is given up on after this long (libpq's connect_timeout).
CONNECT_TIMEOUT_SECONDS = 5


def server_engine(url: str) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(server_url(url), connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})


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
    from sqlalchemy import text

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
