"""Deliberation numbers: ``2021-03``, the year then the sequence within that year.

The sequence is zero-padded to two digits and grows past them from the hundredth
deliberation of a year (``2021-100``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from irev_desktop.domain.errors import ValidationError

_NUMBER = re.compile(r"(\d{4})-(\d{2,})", re.ASCII)  # ASCII: no Arabic-Indic digits


def format_number(year: int, sequence: int) -> str:
    if not 1000 <= year <= 9999:
        raise ValidationError(
            "L’année d’une délibération doit avoir quatre chiffres ({year}).", year=year
        )
    if sequence < 1:
        raise ValidationError(
            "Le numéro d’ordre d’une délibération commence à 1 ({sequence}).", sequence=sequence
        )
    return f"{year}-{sequence:02d}"


def parse_number(text: str) -> tuple[int, int]:
    """``" 2021-03 "`` gives ``(2021, 3)``; only the form :func:`format_number` writes."""
    cleaned = text.strip()
    match = _NUMBER.fullmatch(cleaned)
    if match is not None:
        year, sequence = int(match.group(1)), int(match.group(2))
        # Rejects "2021-00" and non-canonical paddings such as "2021-003".
        if sequence >= 1 and year >= 1000 and format_number(year, sequence) == cleaned:
            return year, sequence
    raise ValidationError(
        "«\u00a0{cleaned}\u00a0» n’est pas un numéro de délibération valide (forme "
        "attendue\u00a0: 2021-03).",
        cleaned=cleaned,
    )


def next_number(year: int, existing: Iterable[str]) -> str:
    """The number after the highest one of ``year``; other years and garbage are ignored."""
    highest = 0
    for text in existing:
        try:
            number_year, sequence = parse_number(text)
        except ValidationError:
            continue
        if number_year == year:
            highest = max(highest, sequence)
    return format_number(year, highest + 1)
