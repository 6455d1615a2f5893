"""Edits made from a version of a row (``row_version``): an edit a form started from an
older version than the stored one does not overwrite the other person's values. It is
refused with both values side by side, and the refused values are kept in the audit log,
so that the user chooses knowingly. Equal values are no conflict."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain import french
from irev_desktop.domain.errors import RowConflictError

# The columns that name a row of another table: shown by that row's name.
_NAMED_BY: dict[str, type[models.Base]] = {
    "chair_id": models.Person,
    "secretary_id": models.Person,
    "rapporteur_id": models.Person,
    "member_id": models.Member,
}


def shown(session: Session, column: str, value: Any) -> str:
    """A stored or typed value as a user reads it."""
    if value is None or value == "":
        return "—"
    model = _NAMED_BY.get(column)
    if model is not None:
        row = session.get(model, value)
        if isinstance(row, models.Person):
            return f"{row.first_name} {row.last_name}".strip()
        if isinstance(row, models.Member):
            return row.name
        return f"n° {value}"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, dt.date):
        return french.format_date_short(value)
    if isinstance(value, dt.time):
        return french.format_time(value)
    return str(value)


def stale_edit(
    session: Session,
    row: models.Base,
    values: dict[str, Any],
    based_on: int | None,
    what: str,
) -> RowConflictError | None:
    """The conflict if ``values`` were typed from an older version of ``row`` and some of
    them differ from what is stored; None when the edit may be applied."""
    stored_version: int = getattr(row, "row_version")  # noqa: B009 (the versioned models')
    if based_on is None or based_on == stored_version:
        return None
    differing = [name for name, value in values.items() if getattr(row, name) != value]
    if not differing:
        return None  # the other person made the very same change
    fields = tuple(
        (name, shown(session, name, values[name]), shown(session, name, getattr(row, name)))
        for name in differing
    )
    return row_conflict(fields, stored_version, what)


def row_conflict(
    fields: tuple[tuple[str, str, str], ...], version: int, what: str
) -> RowConflictError:
    """The refusal of an edit typed from an older version than ``version``; ``what`` is
    one of the phrases the interface translates (``ui.error_texts``)."""
    return RowConflictError(
        "Une autre personne a modifié {what} pendant que vous faisiez votre modification : "
        "rien n'a été écrasé, et vos valeurs sont gardées dans le journal des modifications.",
        fields,
        version,
        what=what,
    )
