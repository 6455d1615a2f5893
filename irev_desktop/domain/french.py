"""French formatting of dates, times, numbers and punctuation.

Written by hand rather than through :mod:`locale`: the machine's locale is often English
or missing, and the minutes must read the same on every computer.
"""

from __future__ import annotations

import datetime
import math
import re
from fractions import Fraction

NBSP = "\u00a0"  # espace insécable, before ':' and inside « »
NNBSP = "\u202f"  # espace fine insécable, before ; ! ? and between thousands

_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_date_long(d: datetime.date) -> str:
    """``lundi 8 mars 2021``; the first of the month is written ``1er``."""
    day = "1er" if d.day == 1 else str(d.day)
    return f"{_DAYS[d.weekday()]} {day} {_MONTHS[d.month - 1]} {d.year}"


def format_date_short(d: datetime.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_time(t: datetime.time) -> str:
    """``14 h 30``, ``9 h 05``."""
    return f"{t.hour} h {t.minute:02d}"


def _group_thousands(n: int) -> str:
    digits = str(n)
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return NNBSP.join(groups)


def format_number_fr(x: Fraction | int | float, decimals: int = 2) -> str:
    """``1 234,5``: comma decimals, trailing zeros dropped, rounded half away from zero."""
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    if isinstance(x, float):
        if not math.isfinite(x):
            raise ValueError(f"cannot format {x!r}")
        # repr() gives the shortest decimal that round-trips: 2.675 stays 2.675.
        value = Fraction(repr(x))
    else:
        value = Fraction(x)
    scale = 10**decimals
    scaled = abs(value) * scale
    units = int(scaled)
    if scaled - units >= Fraction(1, 2):
        units += 1
    whole, fraction = divmod(units, scale)
    text = _group_thousands(whole)
    decimals_text = str(fraction).rjust(decimals, "0").rstrip("0") if decimals else ""
    if decimals_text:
        text += "," + decimals_text
    # No "-0" when a tiny negative number rounds to zero.
    return "-" + text if value < 0 and units else text


# Spans that must be left as typed: web and mail addresses.
_URL = re.compile(r"(?:\b[A-Za-z][A-Za-z0-9+.\-]*://|\bwww\.|\bmailto:)\S+")
_SPACE_RUN = "[ \u00a0\u202f]*"
_OPENING = re.compile(f"«({_SPACE_RUN})(?=[^\\s»])")
_CLOSING = re.compile(f"(?<=\\S)({_SPACE_RUN})([;!?:»])")
# What may directly precede ; ! ? : for a space to be added.
_CLOSERS = ")]}»\"”’'"
# What may follow ; ! ? : in prose (besides whitespace and the end of the text).
_FOLLOWERS = ".,;:!?…»\"”’')]}"


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def typography(text: str) -> str:
    """Add the no-break spaces French punctuation requires, conservatively.

    U+202F before ; ! ? and U+00A0 before : and inside « ». Any ordinary or no-break
    space already there is replaced, never doubled. Addresses (``https://…``), times
    (``14:30``) and punctuation glued to the next word are left alone.
    """
    urls = _url_spans(text)

    def opening(m: re.Match[str]) -> str:
        return m.group(0) if _inside(m.start(), urls) else "«" + NBSP

    text = _OPENING.sub(opening, text)
    urls = _url_spans(text)

    def closing(m: re.Match[str]) -> str:
        spaces, mark = m.group(1), m.group(2)
        if _inside(m.start(2), urls):
            return m.group(0)
        before = text[m.start() - 1]
        if mark == "»":
            return m.group(0) if before == "«" else NBSP + mark
        if not spaces and not (before.isalnum() or before in _CLOSERS):
            return m.group(0)
        after = text[m.end()] if m.end() < len(text) else ""
        if after and not (after.isspace() or after in _FOLLOWERS):
            return m.group(0)
        return (NBSP if mark == ":" else NNBSP) + mark

    return _CLOSING.sub(closing, text)


_MOVE_WORDS = {"arrival": "arrivée", "departure": "départ", "return": "retour"}


def format_moves(moves: list[tuple[str, datetime.time]]) -> str:
    """``arrivée à 10 h 15, départ à 11 h 02, retour à 11 h 20``."""
    return ", ".join(f"{_MOVE_WORDS[kind]} à {format_time(at)}" for kind, at in moves)


def format_span(start: datetime.time | None, end: datetime.time | None) -> str:
    """When something held: ``à partir de 11 h 02``, ``jusqu'à 11 h 20``, ``de … à …``."""
    if start is not None and end is not None:
        return f"de {format_time(start)} à {format_time(end)}"
    if start is not None:
        return f"à partir de {format_time(start)}"
    if end is not None:
        return f"jusqu’à {format_time(end)}"
    return ""
