"""Setting up a team's server: the schema, the two roles of the team, its members.

``irev-desktop server init`` is run once, by the owner of the database (the person who
administers the server): the program's tables are made, then two roles without login,
named after the database:

- « secrétariat » (``<base>_secretariat``): reads and writes the register;
- « lecture » (``<base>_lecture``): reads only.

Each person of the team then gets a login role of their own, member of one of them
(``server user``). Neither may alter a table, disable a trigger or empty a table
(TRUNCATE): the triggers that freeze signed minutes (migration ``0010_server_guards``)
hold for every one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from irev_desktop.db import server_errors, server_schema
from irev_desktop.domain.errors import StoreError, ValidationError
from irev_desktop.paths import server_label

ROLES = {"secretariat": "secrétariat", "lecture": "lecture"}
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
MIN_PASSWORD_CHARS = 12


@dataclass(frozen=True)
class ServerInit:
    database: str
    revision: str
    roles: tuple[str, ...]
    created: tuple[str, ...]  # the roles made now (the others existed)


def team_role(database: str, role: str) -> str:
    """The PostgreSQL name of the team's role ``role`` (« secretariat », « lecture »)."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())
    return f"{base}_{role}"[:63]


def _grants(admin: str, secretariat: str, lecture: str, database: str) -> list[Any]:
    from psycopg import sql

    ident = sql.Identifier
    both = sql.SQL("{}, {}").format(ident(secretariat), ident(lecture))
    statements = [
        "GRANT CONNECT ON DATABASE {db} TO {both}",
        # No temporary tables: nothing a team role makes may stand in for a table.
        "REVOKE TEMPORARY ON DATABASE {db} FROM PUBLIC",
        "GRANT USAGE ON SCHEMA public TO {both}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {lecture}",
        "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {lecture}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {secretariat}",
        "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {secretariat}",
        # The tables a later version's migrations make, run by the same owner.
        "ALTER DEFAULT PRIVILEGES FOR ROLE {admin} IN SCHEMA public "
        "GRANT SELECT ON TABLES TO {lecture}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {admin} IN SCHEMA public "
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {secretariat}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {admin} IN SCHEMA public "
        "GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {secretariat}",
    ]
    return [
        sql.SQL(statement).format(
            db=ident(database),
            both=both,
            admin=ident(admin),
            secretariat=ident(secretariat),
            lecture=ident(lecture),
        )
        for statement in statements
    ]


def init_server(url: str) -> ServerInit:
    """Bring the database at ``url`` to the program's schema and make the team's roles.
    Run again, it changes nothing but what is missing."""
    import psycopg
    from psycopg import sql

    url = server_schema.with_saved_password(url)
    label = server_label(url)
    try:
        server_schema.check_upgradable(label, server_schema.stored_revision_url(url), write=True)
        server_schema.upgrade_url(url)
        with psycopg.connect(server_schema.libpq_conninfo(url), autocommit=True) as connection:
            admin, database = connection.execute(
                "SELECT current_user, current_database()"
            ).fetchone() or ("", "")
            created = []
            names = {role: team_role(database, role) for role in ROLES}
            for name in names.values():
                exists = connection.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)
                ).fetchone()
                if not exists:
                    connection.execute(
                        sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name))
                    )
                    created.append(name)
            with connection.transaction():
                for statement in _grants(admin, names["secretariat"], names["lecture"], database):
                    connection.execute(statement)
    except Exception as error:
        refusal = _refusal(
            error,
            label,
            StoreError(
                "La préparation de la base {db} demande son propriétaire (ou un "
                "administrateur du serveur) : votre rôle ne peut pas créer les tables ni "
                "les rôles de l'équipe.",
                db=label,
            ),
        )
        if refusal is error:
            raise
        raise refusal from error
    return ServerInit(
        database, server_schema.head_revision(), tuple(names.values()), tuple(created)
    )


def add_user(url: str, name: str, role: str, password: str) -> str:
    """Make ``name`` a login role of the team, member of ``role`` (« secretariat » or
    « lecture »); an existing role gets the new password and membership. Returns the
    PostgreSQL role it joined."""
    import psycopg
    from psycopg import sql

    if role not in ROLES:
        raise ValidationError(
            "Rôle inconnu : {role} (choisissez « secretariat » ou « lecture »).", role=role
        )
    if not _ROLE_NAME.fullmatch(name):
        raise ValidationError(
            "« {name} » ne peut pas être un identifiant : lettres minuscules sans accent, "
            "chiffres et « _ », 63 caractères au plus, sans commencer par un chiffre.",
            name=name,
        )
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValidationError(
            "Le mot de passe doit compter au moins {count} caractères.", count=MIN_PASSWORD_CHARS
        )
    url = server_schema.with_saved_password(url)
    label = server_label(url)
    try:
        with psycopg.connect(server_schema.libpq_conninfo(url), autocommit=True) as connection:
            row = connection.execute("SELECT current_database()").fetchone()
            group = team_role(row[0] if row else "", role)
            if not connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)
            ).fetchone():
                raise StoreError(
                    "La base {db} n'a pas encore les rôles de l'équipe : lancez d'abord "
                    "« irev-desktop --db URL server init ».",
                    db=label,
                )
            exists = connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)
            ).fetchone()
            verb = "ALTER" if exists else "CREATE"
            with connection.transaction():
                # Hashed here: the server's log never sees the password itself.
                hashed = connection.pgconn.encrypt_password(
                    password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256"
                ).decode("ascii")
                connection.execute(
                    sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(name), sql.Literal(hashed)
                    )
                )
                other = team_role(
                    row[0] if row else "", "lecture" if role != "lecture" else "secretariat"
                )
                connection.execute(
                    sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(name))
                )
                connection.execute(
                    sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name))
                )
    except Exception as error:
        refusal = _refusal(
            error,
            label,
            StoreError(
                "Votre rôle sur {db} ne peut pas créer d'identifiants : demandez-le à la "
                "personne qui administre le serveur.",
                db=label,
            ),
        )
        if refusal is error:
            raise
        raise refusal from error
    return group


def _refusal(error: Exception, label: str, not_allowed: StoreError) -> Exception:
    """``error`` as the user reads it: ``not_allowed`` when the role lacked a privilege."""
    if isinstance(error, (StoreError, ValidationError)):
        return error
    if (
        server_errors.is_server_error(error)
        and server_errors.sqlstate(error) == server_errors.PRIVILEGE_SQLSTATE
    ):
        return not_allowed
    return server_errors.translate(error, label)
