"""Every text that enters a document goes through :func:`put_text`.

It runs the one sanitiser (control characters pasted from Word: a vertical tab becomes a
line break, NUL and the like are dropped), then French typography: the no-break spaces
of ``domain.french.typography``, those that keep "14 h 30", "n° 2021-02", "8 mars"
and "Mme Ala" on one line, and the typographic apostrophe ("l’Assemblée").
"""

from __future__ import annotations

import re

from docx.text.paragraph import Paragraph
from docx.text.run import Run

from irev_desktop.domain.french import NBSP, typography
from irev_desktop.domain.text import sanitise, sanitise_line
from irev_desktop.exporters import xml_build

_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_TIME = re.compile(r"\b(\d{1,2}) h(?: (\d{2}))?\b")
_NUMERO = re.compile(r"\b([Nn]°) (?=\w)")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}|1er) (?=(?:{_MONTHS})\b)")
_CIVILITY = re.compile(r"(?<![\w.])(M\.|MM\.|Mme|Mmes) (?=[A-ZÀ-ÖØ-Þ])")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def _time(match: re.Match[str]) -> str:
    minutes = match.group(2)
    return f"{match.group(1)}{NBSP}h" + (f"{NBSP}{minutes}" if minutes else "")


def french_marks(text: str) -> str:
    """No-break spaces inside times, numbers, day-and-month and after a civility; the
    typographic apostrophe between two letters."""
    text = _TIME.sub(_time, text)
    text = _NUMERO.sub(lambda m: m.group(1) + NBSP, text)
    text = _DAY_MONTH.sub(lambda m: m.group(1) + NBSP, text)
    text = _CIVILITY.sub(lambda m: m.group(1) + NBSP, text)
    return _APOSTROPHE.sub("’", text)


def clean(text: str) -> str:
    """The text as it is written into the document (sanitised, French typography)."""
    return french_marks(typography(sanitise(text)))


def property_text(text: str) -> str:
    """A document property (title, author): one line, no typographic spaces, so that a
    search in the file manager finds it as typed; python-docx caps them at 255."""
    return sanitise_line(text[:1000], max_length=1000)[:255]


def lines(text: str) -> list[str]:
    """The non-empty lines of a multi-line text, sanitised (a vertical tab splits)."""
    return [line.strip() for line in sanitise(text).split("\n") if line.strip()]


def put_text(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
) -> Run:
    """Append ``text`` to ``paragraph`` as one run; line breaks become w:br, tabs w:tab;
    ``size`` in points."""
    half_points = round(size * 2) if size else None
    element = xml_build.run(
        paragraph._p, clean(text), bold=bold, italic=italic, half_points=half_points
    )
    return Run(element, paragraph)
