"""An action item typed in one line: "@Name: task, due date"."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from irev_desktop.domain.errors import ValidationError

MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
}
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$")
_WORDS = re.compile(r"^(?:le\s+)?(\d{1,2})(?:er)?\s+([a-z]+)(?:\s+(\d{4}))?$")


@dataclass(frozen=True)
class ActionLine:
    person_id: int | None
    description: str
    due_date: dt.date | None


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def parse_due_date(text: str, today: dt.date) -> dt.date | None:
    """ "15/04", "15/04/2021", "15 avril", "1er mars 2022"; None if it is not a date.

    A date without a year is the next one from ``today``.
    """
    folded = fold(text).removeprefix("avant le ").removeprefix("pour le ").strip()
    day = month = year = None
    if match := _NUMERIC.match(folded):
        day, month = int(match[1]), int(match[2])
        year = int(match[3]) if match[3] else None
        if year is not None and year < 100:
            year += 2000
    elif (match := _WORDS.match(folded)) and match[2] in MONTHS:
        day, month = int(match[1]), MONTHS[match[2]]
        year = int(match[3]) if match[3] else None
    if day is None or month is None:
        return None
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(today.year, month, day)
        return candidate if candidate >= today else dt.date(today.year + 1, month, day)
    except ValueError as error:
        raise ValidationError("« {text} » n'est pas une date valide.", text=text.strip()) from error


def match_people(wanted: str, people: Mapping[int, str]) -> list[int]:
    """People whose name is ``wanted``, or else starts with it (first or last name).

    A whole word wins over a prefix: "ala" is Milouda Ala, not Alain.
    """
    folded = {ident: fold(name) for ident, name in people.items()}
    exact = [i for i, name in folded.items() if name == wanted or wanted in name.split(" ")]
    if exact:
        return exact
    return [
        i
        for i, name in folded.items()
        if name.startswith(wanted) or any(w.startswith(wanted) for w in name.split(" "))
    ]


def parse_action_line(text: str, people: Mapping[int, str], today: dt.date) -> ActionLine:
    """Read "@Name: task, due date"; the name matches the start of a person's name."""
    line = text.strip()
    person_id = None
    if line.startswith("@"):
        head, separator, rest = line[1:].partition(":")
        if not separator:
            raise ValidationError("Écrivez « @Nom : action, échéance ».")
        wanted = fold(head)
        matches = match_people(wanted, people)
        if len(matches) != 1:
            raise ValidationError(
                "« {name} » ne désigne personne."
                if not matches
                else "« {name} » ne désigne pas une seule personne : précisez le nom.",
                name=head.strip(),
            )
        person_id = matches[0]
        line = rest.strip()
    description, due = line, None
    if "," in line:
        before, _, after = line.rpartition(",")
        parsed = parse_due_date(after, today)
        if parsed is not None:
            description, due = before.strip(), parsed
    if not description:
        raise ValidationError("Décrivez l'action à mener.")
    return ActionLine(person_id, description, due)
