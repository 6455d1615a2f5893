"""The attendance report a videoconference tool writes, read as a list of joins.

Three kinds are read, recognised by their content, never by the file's name:

- Microsoft Teams' attendance report (the downloaded .csv): UTF-16 with tabs, numbered
  sections (« 1. Summary » / « 1. Résumé », « 2. Participants », « 3. In-Meeting
  Activities » / « 3. Activités pendant la réunion »), in English or French. The
  activities give one row per join; without them, the participants' first join and last
  leave. The older report (« Full Name, User Action, Timestamp ») is read too.
- Zoom's participant report: « Name (Original Name) », « User Email », « Join Time »,
  « Leave Time », « Duration (Minutes) », « Guest », one row per join, possibly below a
  block about the meeting itself.
- A plain table any other tool can give: a name, an e-mail (optional), a join and a leave
  column, named in French or English, separated by commas, semicolons or tabs.

Dates are written as each tool and language does (``3/8/21, 9:58:12 AM``,
``08/03/2021 10:00:03``, ``2021-03-08 10:00``, a time alone): an ambiguous day and month
are read the way that gives the meeting's day.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from irev_desktop.domain.errors import ValidationError

# A report of a real meeting is a few hundred rows; this bounds a wrong file.
MAX_REPORT_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000


@dataclass(frozen=True)
class Join:
    """One connection of one participant, as the report gives it."""

    name: str
    email: str
    joined: dt.datetime
    left: dt.datetime | None  # None: still connected when the report was taken
    guest: bool = False


@dataclass(frozen=True)
class ConferenceReport:
    kind: str  # « Teams », « Zoom », « tableau »
    joins: tuple[Join, ...]


def fold(text: str) -> str:
    """Lower case, without accents, spaces and punctuation made single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("œ", "oe").replace("æ", "ae").casefold()
    return " ".join(re.sub(r"[^\w@.+]+", " ", bare).split())


# Decoding and splitting ---------------------------------------------------------------------


def decode(data: bytes) -> str:
    """The text of a report: UTF-16 (Teams), UTF-8 with or without BOM, or Windows-1252
    (a French Excel's re-save)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if len(data) > 1 and data[1:2] == b"\x00" and data[0:1] != b"\x00":
        return data.decode("utf-16-le")  # UTF-16 without its BOM
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _separator(text: str) -> str:
    """Tabs (Teams) when there are any; else the separator that splits some line into a
    name, a join and a leave column (dates hold commas, decimals too in French)."""
    sample = "\n".join(text.splitlines()[:60])
    if "\t" in sample:
        return "\t"
    for separator in (";", ","):
        for row in csv.reader(io.StringIO(sample), delimiter=separator):
            if _columns(row) is not None or _column(row, _ACTION) is not None:
                return separator
    return ","


def _rows(text: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=_separator(text))
    rows = []
    for number, row in enumerate(reader):
        if number >= MAX_ROWS:
            raise ValidationError(
                "Le rapport dépasse {limit} lignes : ce n'est pas le rapport d'une réunion.",
                limit=MAX_ROWS,
            )
        rows.append([cell.strip().strip("\ufeff") for cell in row])
    return rows


# Headers ------------------------------------------------------------------------------------

_NAME = (
    "name",
    "full name",
    "nom",
    "nom complet",
    "participant",
    "name original name",
    "nom nom d origine",
    "nom nom original",
)
_EMAIL = (
    "email",
    "e mail",
    "user email",
    "adresse e mail",
    "courriel",
    "adresse de courriel",
    "e mail de l utilisateur",
    "email de l utilisateur",
    "participant id upn",
)
_JOIN = (
    "join time",
    "first join",
    "first join time",
    "heure d arrivee",
    "heure de connexion",
    "premiere connexion",
    "heure d entree",
    "arrivee",
    "join",
    "joined",
    "entree",
    "connexion",
)
_LEAVE = (
    "leave time",
    "last leave",
    "last leave time",
    "heure de depart",
    "heure de deconnexion",
    "derniere sortie",
    "heure de sortie",
    "depart",
    "leave",
    "left",
    "sortie",
    "deconnexion",
)
_GUEST = ("guest", "invite")
_ACTION = ("user action", "action de l utilisateur", "action")
_TIMESTAMP = ("timestamp", "horodatage", "date et heure")


def _column(header: Sequence[str], names: Iterable[str]) -> int | None:
    folded = [fold(cell) for cell in header]
    for name in names:
        if name in folded:
            return folded.index(name)
    return None


@dataclass(frozen=True)
class _Columns:
    name: int
    email: int | None
    join: int
    leave: int
    guest: int | None


def _columns(header: Sequence[str]) -> _Columns | None:
    name, join, leave = _column(header, _NAME), _column(header, _JOIN), _column(header, _LEAVE)
    if name is None or join is None or leave is None:
        return None
    return _Columns(name, _column(header, _EMAIL), join, leave, _column(header, _GUEST))


# Dates --------------------------------------------------------------------------------------

_DATE_TIME = re.compile(
    r"^(?:(?P<a>\d{1,4})[/.-](?P<b>\d{1,2})[/.-](?P<c>\d{2,4})[,\sT]*)?"
    r"(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
    r"\s*(?P<zone>(?:UTC|GMT)?\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?|Z)?$"
)


def _to_local(moment: dt.datetime, zone: str | None, offset: str | None) -> dt.datetime:
    """A time a report gives in UTC or with an offset, as a clock in France reads it: a
    meeting's times are French times (a tool without a time zone writes them so)."""
    if not zone or not zone.strip():
        return moment
    minutes = 0
    if offset:
        sign = -1 if offset.startswith("-") else 1
        digits = offset[1:].replace(":", "")
        hours, rest = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
        minutes = sign * (int(hours) * 60 + int(rest))
    aware = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        local = aware.astimezone(ZoneInfo("Europe/Paris"))
    except (ImportError, ZoneInfoNotFoundError):  # no time-zone data: this computer's
        local = aware.astimezone()
    return local.replace(tzinfo=None)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def parse_moment(text: str, day: dt.date) -> dt.datetime:
    """A report's date and time; a time alone is on ``day``, and an ambiguous date is
    read as day/month or month/day, whichever falls nearer ``day``."""
    match = _DATE_TIME.match(" ".join(text.split()))
    if match is None:
        raise ValidationError("« {text} » n'est pas une date et heure lisible.", text=text[:60])
    hour, minute = int(match["h"]), int(match["m"])
    second = int(match["s"] or 0)
    if match["ampm"]:
        pm = match["ampm"][0] in "Pp"
        hour = hour % 12 + (12 if pm else 0)
    try:
        moment = dt.time(hour, minute, second)
    except ValueError:
        raise ValidationError("« {text} » n'est pas une heure.", text=text[:60]) from None
    zone, offset = match["zone"], match["offset"]
    if match["a"] is None:
        return _to_local(dt.datetime.combine(day, moment), zone, offset)
    a, b, c = match["a"], match["b"], match["c"]
    candidates: list[dt.date] = []
    if len(a) == 4:  # 2021-03-08
        options = [(int(a), int(b), int(c))]
    else:  # 08/03/2021 or 3/8/21
        options = [(_year(c), int(b), int(a)), (_year(c), int(a), int(b))]
    for year, month, day_of_month in options:
        try:
            candidates.append(dt.date(year, month, day_of_month))
        except ValueError:
            continue
    if not candidates:
        raise ValidationError("« {text} » n'est pas une date.", text=text[:60])
    nearest = min(candidates, key=lambda d: abs((d - day).days))
    return _to_local(dt.datetime.combine(nearest, moment), zone, offset)


# Reading ------------------------------------------------------------------------------------


def _table_joins(rows: list[list[str]], start: int, columns: _Columns, day: dt.date) -> list[Join]:
    joins = []
    for row in rows[start:]:
        if not any(row):
            break  # a blank line ends a section
        if re.match(r"^\d+\.\s", row[0]) and len([c for c in row if c]) == 1:
            break  # the next numbered section
        width = max(columns.name, columns.join, columns.leave)
        if len(row) <= width or not row[columns.name]:
            continue
        joined, left = row[columns.join], row[columns.leave]
        if not joined:
            continue
        joined_at = parse_moment(joined, day)
        left_at = parse_moment(left, day) if left else None  # a report taken mid-meeting
        if left_at is not None and left_at < joined_at:  # past midnight, or out of order
            left_at = max(left_at + dt.timedelta(days=1), joined_at)
        email = row[columns.email] if columns.email is not None and len(row) > columns.email else ""
        guest = (
            columns.guest is not None
            and len(row) > columns.guest
            and fold(row[columns.guest]) in ("yes", "oui", "true", "1")
        )
        joins.append(Join(row[columns.name], email.strip(), joined_at, left_at, guest))
    return joins


def _section_of(row: Sequence[str]) -> str | None:
    cells = [c for c in row if c]
    if len(cells) == 1:
        match = re.match(r"^\d+\.\s*(.+)$", cells[0])
        if match:
            return fold(match[1])
    return None


def _action_joins(rows: list[list[str]], day: dt.date) -> list[Join] | None:
    """The older Teams report: one row per « Joined » / « Left » action."""
    header_at = next(
        (
            i
            for i, row in enumerate(rows[:20])
            if _column(row, _ACTION) is not None and _column(row, _TIMESTAMP) is not None
        ),
        None,
    )
    if header_at is None:
        return None
    header = rows[header_at]
    name_col = _column(header, _NAME)
    action_col, time_col = _column(header, _ACTION), _column(header, _TIMESTAMP)
    if name_col is None or action_col is None or time_col is None:
        return None
    opened: dict[str, dt.datetime] = {}
    joins: list[Join] = []
    for row in rows[header_at + 1 :]:
        if len(row) <= max(name_col, action_col, time_col) or not row[name_col]:
            continue
        name, moment = row[name_col], parse_moment(row[time_col], day)
        action = fold(row[action_col])
        if action.startswith(("joined", "a rejoint", "rejoint", "connect")):
            opened.setdefault(name, moment)
        elif action.startswith(("left", "a quitte", "quitte", "deconnect")) and name in opened:
            joins.append(Join(name, "", opened.pop(name), moment))
    # Joined and never left in the list: still there when it was taken.
    joins.extend(Join(name, "", since, None) for name, since in opened.items())
    return joins


def too_big() -> ValidationError:
    return ValidationError(
        "Le fichier fait plus de {limit} Mo : ce n'est pas un rapport de présence.",
        limit=MAX_REPORT_BYTES // (1024 * 1024),
    )


def read_report(data: bytes, day: dt.date) -> ConferenceReport:
    """The joins of a report (``day``: the meeting's, to read dates by)."""
    if len(data) > MAX_REPORT_BYTES:
        raise too_big()
    if data[:4] == b"PK\x03\x04" or b"\x00\x00\x00" in data[:64]:
        raise ValidationError(
            "Ce fichier n'est pas un rapport de présence en texte (.csv) : enregistrez le "
            "rapport de Teams ou de Zoom au format CSV, tel qu'il est téléchargé."
        )
    text = decode(data).replace("\x00", "")
    rows = _rows(text)
    teams = any(_section_of(row) is not None for row in rows[:5])
    sections: dict[str, tuple[int, _Columns]] = {}
    current = ""
    plain: tuple[int, _Columns] | None = None
    for number, row in enumerate(rows):
        section = _section_of(row)
        if section is not None:
            current = section
            continue
        columns = _columns(row)
        if columns is not None:
            sections.setdefault(current, (number + 1, columns))
            plain = plain or (number + 1, columns)
    activities = next(
        (v for k, v in sections.items() if k.startswith(("in meeting", "activit"))), None
    )
    if activities is not None:
        joins = _table_joins(rows, *activities, day)
    elif plain is not None:
        joins = _table_joins(rows, *plain, day)
    else:
        older = _action_joins(rows, day)
        if older is None:
            raise ValidationError(
                "Ce fichier n'est pas un rapport de présence lisible : il faut au moins une "
                "colonne de noms, une d'arrivée et une de départ (Teams, Zoom, ou un tableau "
                "« nom ; courriel ; arrivée ; départ »)."
            )
        return ConferenceReport("Teams", tuple(older))
    zoom = plain is not None and "original name" in fold(" ".join(rows[plain[0] - 1]))
    kind = "Teams" if teams else "Zoom" if zoom else "tableau"
    if not joins:
        raise ValidationError("Le rapport ne contient aucune connexion.")
    return ConferenceReport(kind, tuple(joins))


def read_report_file(path: Path) -> bytes:
    """The bytes of a report, with a French refusal when it cannot be read."""
    try:
        if path.stat().st_size > MAX_REPORT_BYTES:
            raise too_big()  # not read into memory
        return path.read_bytes()
    except OSError as error:
        raise ValidationError(
            "Le rapport {file} ne peut pas être lu : {cause}.",
            file=path,
            cause=error.strerror or error,
        ) from error
