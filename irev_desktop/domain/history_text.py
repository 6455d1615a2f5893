"""A person's attendance history written as plain text, one line per stretch.

Presence: ``10:15 – 11:02``, ``– 11:02`` (from the opening), ``10:15 –`` (to the close),
``–`` (the whole meeting). Proxies: ``Buchaillat, 11:02 – 11:20``, the holder named by a
word or the start of a word of their name, ``Buchaillat`` alone for the whole meeting.
Times: ``10:15``, ``10h15``, ``10 h 15``, ``9h``, ``10:15:30``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from irev_desktop.domain.action_line import fold, match_people
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.quorum import Interval

_TIME = re.compile(
    r"^(?P<h>\d{1,2})\s*(?:"
    r":\s*(?P<m1>\d{2})(?::(?P<s>\d{2}))?"  # 10:15, 10:15:30
    r"|h\s*(?P<m2>\d{2})?"  # 10h15, 10 h 15, 9h
    r")$",
    re.IGNORECASE,
)
_DASH = re.compile(r"[-‐‑‒–—−]")
_EXAMPLE = "10:15 – 11:02"
SEPARATOR = " – "


def parse_time(text: str) -> dt.time | None:
    """``10:15``, ``10h15``, ``10 h 15``, ``9h``, ``10:15:30``; None for an empty text."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    match = _TIME.match(cleaned)
    if match is None:
        raise ValidationError(
            "« {cleaned} » n'est pas une heure : écrivez par exemple 10:15 ou 10 h 15.",
            cleaned=cleaned,
        )
    hour = int(match["h"])
    minute = int(match["m1"] or match["m2"] or 0)
    second = int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError("« {cleaned} » n'est pas une heure valide.", cleaned=cleaned)
    return dt.time(hour, minute, second)


def format_time(moment: dt.time) -> str:
    """``10:15`` (``10:15:30`` when the seconds were recorded): what :func:`parse_time` reads."""
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"


def _on_line(number: int, error: ValidationError) -> ValidationError:
    return ValidationError("Ligne {number} : {error}", number=number, error=error)


def _parse_stretch(text: str) -> Interval:
    """One stretch, ``10:15 – 11:02`` with either side left empty; no line number."""
    parts = _DASH.split(text)
    if len(parts) != 2:
        raise ValidationError(
            "écrivez une arrivée et un départ séparés d'un tiret, par exemple {example}.",
            example=_EXAMPLE,
        )
    start, end = (parse_time(part) for part in parts)
    if start is not None and end is not None and end <= start:
        raise ValidationError(
            "le départ ({end}) doit suivre l'arrivée ({start}).",
            end=format_time(end),
            start=format_time(start),
        )
    return Interval(start, end)


def _lines(text: str) -> list[tuple[int, str]]:
    """The non-blank lines with their number (1-based, blank lines counted)."""
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _check_follows(number: int, before: Interval | None, stretch: Interval, nothing: str) -> None:
    """``stretch`` (on line ``number``) comes after ``before``, apart from it; ``nothing``
    ends the message when ``before`` runs to the close."""
    if before is None:
        return
    if before.end is None:
        raise ValidationError(
            "Ligne {number} : la ligne précédente court jusqu'à la fin de la séance, "
            "{nothing} ne peut suivre.",
            number=number,
            nothing=nothing,
        )
    if stretch.start is None:
        raise ValidationError(
            "Ligne {number} : seule la première ligne peut partir de l'ouverture de la séance.",
            number=number,
        )
    if stretch.start < before.end:
        raise ValidationError(
            "Ligne {number} : commence à {start}, avant la fin de la ligne précédente ({end}).",
            number=number,
            start=format_time(stretch.start),
            end=format_time(before.end),
        )


def parse_stretches(text: str) -> list[Interval]:
    """The stretches of presence, one a line, in order; blank lines are ignored."""
    result: list[Interval] = []
    for number, line in _lines(text):
        try:
            stretch = _parse_stretch(line)
        except ValidationError as error:
            raise _on_line(number, error) from error
        _check_follows(number, result[-1] if result else None, stretch, "aucune autre présence")
        result.append(stretch)
    return result


def _format_stretch(stretch: Interval) -> str:
    start = format_time(stretch.start) if stretch.start is not None else ""
    end = format_time(stretch.end) if stretch.end is not None else ""
    return f"{start}{SEPARATOR}{end}".strip()


def format_stretches(stretches: Sequence[Interval]) -> str:
    """One line a stretch, as :func:`parse_stretches` reads them."""
    return "\n".join(_format_stretch(stretch) for stretch in stretches)


def _key(text: str) -> str:
    """A name as it is compared: no accents or case, one kind of apostrophe, hyphens and
    runs of spaces as one space."""
    folded = fold(text).replace("’", "'").replace("ʼ", "'")
    return " ".join(_DASH.sub(" ", folded).split())


def find_person(wanted: str, people: Mapping[int, str]) -> int:
    """The one person of ``people`` that ``wanted`` names (a word or the start of one)."""
    key = _key(wanted)
    if not key:
        raise ValidationError("indiquez à qui le pouvoir est donné.")
    matches = match_people(key, {ident: _key(name) for ident, name in people.items()})
    if not matches:
        raise ValidationError(
            "« {name} » ne désigne aucun votant de la séance.", name=wanted.strip()
        )
    if len(matches) > 1:
        names = ", ".join(sorted(people[i] for i in matches))
        raise ValidationError(
            "« {name} » désigne plusieurs personnes ({names}) : précisez le nom.",
            name=wanted.strip(),
            names=names,
        )
    return matches[0]


def parse_proxy_lines(text: str, people: Mapping[int, str]) -> list[tuple[int, Interval]]:
    """The proxies given, one a line: ``Name, 11:02 – 11:20``, ``Name`` for the whole
    meeting; the holder among ``people`` (id -> name), the lines in order."""
    result: list[tuple[int, Interval]] = []
    for number, line in _lines(text):
        name, comma, rest = line.rpartition(",")
        if not comma:
            name, rest = line, ""
        try:
            if not comma and any(c.isdigit() for c in line):
                raise ValidationError(
                    "séparez le nom et les heures par une virgule, par exemple "
                    "Buchaillat, {example}.",
                    example=_EXAMPLE,
                )
            holder = find_person(name, people)
            during = _parse_stretch(rest) if rest.strip() else Interval()
        except ValidationError as error:
            raise _on_line(number, error) from error
        _check_follows(number, result[-1][1] if result else None, during, "aucun autre pouvoir")
        result.append((holder, during))
    return result


def format_proxy_lines(proxies: Sequence[tuple[str, Interval]]) -> str:
    """One line a proxy, (holder's name, stretch), as :func:`parse_proxy_lines` reads them."""
    lines = []
    for name, during in proxies:
        if during.start is None and during.end is None:
            lines.append(name)
        else:
            lines.append(f"{name}, {_format_stretch(during)}")
    return "\n".join(lines)


def history_shown(presence: Sequence[Interval], proxies: Sequence[tuple[str, Interval]]) -> str:
    """A whole history as the dialog writes it, its two parts named: what a user compares
    when two corrections of it crossed."""
    parts = []
    if presence:
        parts.append("Présence :\n" + format_stretches(presence))
    if proxies:
        parts.append("Pouvoirs donnés :\n" + format_proxy_lines(proxies))
    return "\n".join(parts) or "Aucune présence ni aucun pouvoir"
