"""A PostgreSQL failure as the French message a user can act on.

The SQLSTATE codes are PostgreSQL's (Appendix A of its manual); a failure with no code
is one of the connection (refused, timed out, dropped).
"""

from __future__ import annotations

from irev_desktop.domain.errors import (
    FrozenError,
    IrevError,
    ServerUnreachableError,
    StoreError,
    StoreInUseError,
    StoreWriteError,
)

# Raised by the database's own trigger on signed minutes (``server_roles``).
FROZEN_SQLSTATE = "IRV01"
_AUTHENTICATION = {"28P01", "28000"}
PRIVILEGE_SQLSTATE = "42501"
_PRIVILEGE = {PRIVILEGE_SQLSTATE}
_READ_ONLY = {"25006"}
_NO_DATABASE = {"3D000"}
_SERIALIZATION = {"40001", "40P01"}
_DISK_FULL = {"53100"}


class AlreadyAppliedError(Exception):
    """An act of a séance journal that the server has already (``ServerStore.applying``)."""


def read_only_message(label: str, *, role_may_write: bool) -> str:
    if role_may_write:
        return f"La base {label} est ouverte en lecture seule."
    return (
        f"Votre rôle sur la base {label} permet de la consulter, pas de la modifier "
        "(rôle « lecture »)."
    )


def sqlstate(error: BaseException) -> str | None:
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None)
    return state if isinstance(state, str) else None


def is_server_error(error: BaseException) -> bool:
    """Whether ``error`` comes from the driver (psycopg) or SQLAlchemy's wrap of it."""
    original = getattr(error, "orig", None) or error
    return type(original).__module__.startswith("psycopg")


def translate(error: BaseException, label: str) -> Exception:
    """``error``, raised while speaking to the server of ``label``, as an ``IrevError``."""
    if isinstance(error, IrevError):
        return error
    original = getattr(error, "orig", None) or error
    state = sqlstate(error)
    if state == FROZEN_SQLSTATE:
        return FrozenError(
            "Le procès-verbal de cette séance est signé : le serveur refuse toute "
            "modification ; rien n'a été écrit."
        )
    said = str(original)
    # libpq says a refused login, a missing database or an unknown host with no SQLSTATE:
    # read from its words, or they would be taken for a server that does not answer.
    if (
        state in _AUTHENTICATION
        or "password authentication failed" in said
        or ('role "' in said and "does not exist" in said)
    ):
        return StoreError(
            "Le serveur de la base {db} refuse la connexion : identifiant ou mot de passe "
            "incorrect.",
            db=label,
        )
    if "no password supplied" in said:
        return StoreError(
            "Le serveur de la base {db} demande un mot de passe : saisissez-le.", db=label
        )
    if "could not translate host name" in said:
        return StoreError(
            "Le serveur « {host} » est introuvable : vérifiez son nom et le réseau.",
            host=label.rsplit(":", 1)[0],
        )
    if state in _NO_DATABASE or ('database "' in said and "does not exist" in said):
        return StoreError(
            "La base {db} n'existe pas sur ce serveur ; vérifiez son nom, ou créez-la "
            "(« irev-desktop server init »).",
            db=label,
        )
    if state in _PRIVILEGE or state in _READ_ONLY:
        return StoreInUseError(read_only_message(label, role_may_write=False))
    if state in _SERIALIZATION:
        return StoreInUseError(
            "Une autre personne modifiait la même chose sur {db} au même instant : rien "
            "n'a été écrit ; réessayez.",
            db=label,
        )
    if state in _DISK_FULL:
        return StoreWriteError(
            "Le disque du serveur de {db} est plein : rien n'a été écrit.", db=label
        )
    # No code (the link), or the server shutting down or the link broken (57P01-03,
    # class 08): the server does not answer, for now.
    if state is None or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return ServerUnreachableError(
            "Le serveur de la base {db} ne répond pas : rien n'y a été lu ni écrit. "
            "Vérifiez le réseau, puis réessayez.",
            db=label,
        )
    return StoreError(
        "Le serveur de la base {db} a refusé l'opération (code {code}) ; rien n'a été écrit.",
        db=label,
        code=state,
    )
