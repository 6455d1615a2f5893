"""Interface language: our translations, plus Qt's own so standard buttons read
"Annuler", and dates in the language's words."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

if TYPE_CHECKING:
    from fractions import Fraction

# domain.french (decimal, fractions) is imported by the functions that format: it is not
# needed before the window's first paint.

_installed: list[QTranslator] = []
_current = "fr"


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def install(language: str) -> None:
    """Switch every translator of the application to ``language``."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != "fr":  # French is the language the source is written in
        candidates.append((f"irev_{language}", str(translations_dir())))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = language
    QLocale.setDefault(locale())


def current() -> str:
    return _current


def locale() -> QLocale:
    if _current == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(moment: dt.time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def long_date(day: dt.date) -> str:
    """ "lundi 8 mars 2021" in French, "Monday 8 March 2021" in English."""
    if _current == "fr":
        from irev_desktop.domain import french

        return french.format_date_long(day)
    return str(locale().toString(qdate(day), "dddd d MMMM yyyy"))


def short_date(day: dt.date) -> str:
    return str(locale().toString(qdate(day), "dd/MM/yyyy"))


def time_text(moment: dt.time | None) -> str:
    if moment is None:
        return ""
    if _current == "fr":
        from irev_desktop.domain import french

        return french.format_time(moment)
    return moment.strftime("%H:%M")


def time_bracket(moment: dt.time) -> str:
    """ "[14 h 32]" in French, "[14:32]" in English: the time inserted in notes."""
    return f"[{time_text(moment)}]"


def number(value: Fraction | int | float, decimals: int = 2) -> str:
    """A count or a share of rights, as the interface language writes numbers."""
    if _current == "fr":
        from irev_desktop.domain import french

        return french.format_number_fr(value, decimals)
    rounded = round(float(value), decimals)
    text = f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{rounded:,.0f}"
    return text
