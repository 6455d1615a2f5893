"""A register started from a spreadsheet: what a file says, and what importing it would do.

The services read a workbook (.xlsx) or a CSV file into an :class:`ImportPreview`: each row
as read, every error with its row number (« ligne 12 : droits statutaires manquants »), and
the plan — the members, people, bodies and mandates the import would create. Nothing is
written until the preview is confirmed; the window and ``irev-desktop register-import``
show the same preview.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from irev_desktop.domain.enums import Civility, Representation, Role


@dataclass(frozen=True)
class SheetColumn:
    """One column of the spreadsheet: its key and the title the template gives it."""

    key: str
    title: str


# The columns, in the template's order. A file may order them as it likes, leave some
# out (but not those its rows need) and add others (they are ignored).
COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn("member", "Membre"),
    SheetColumn("college", "Collège"),
    SheetColumn("rights", "Droits statutaires"),
    SheetColumn("civility", "Civilité"),
    SheetColumn("first_name", "Prénom"),
    SheetColumn("last_name", "Nom"),
    SheetColumn("email", "Courriel"),
    SheetColumn("function_title", "Fonction"),
    SheetColumn("body", "Instance"),
    SheetColumn("role", "Rôle"),
    SheetColumn("representation", "Titulaire ou suppléant"),
    SheetColumn("start", "Début du mandat"),
    SheetColumn("end", "Fin du mandat"),
)
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
COLUMN_TITLES: dict[str, str] = {c.key: c.title for c in COLUMNS}


@dataclass(frozen=True)
class ImportIssue:
    """An error that forbids the import: on a row (``line``, as the spreadsheet numbers
    it) and in a column (a key of ``COLUMNS``), or of the whole file (both None)."""

    line: int | None
    message: str
    column: str | None = None

    @property
    def text(self) -> str:
        """« ligne 12 : droits statutaires manquants », or the file's message as is."""
        return f"ligne {self.line} : {self.message}" if self.line is not None else self.message


@dataclass(frozen=True)
class NewOrganisation:
    """The organisation « Créer mon organisation » creates with the imported register."""

    name: str
    short_name: str
    city: str = ""


@dataclass(frozen=True)
class ParsedRow:
    """One row of data, its values understood (empty when absent or refused)."""

    line: int
    member: str = ""
    college: str = ""
    rights: int | None = None
    civility: Civility | None = None
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    function_title: str = ""
    body: str = ""
    role: Role | None = None
    representation: Representation | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    # The columns whose value was refused (its error is reported once, not again as
    # « missing » by the checks across rows).
    refused: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PreviewRow:
    """A row as the file gives it: its number and each column's text, keyed by column."""

    line: int
    cells: dict[str, str]
    parsed: ParsedRow


@dataclass(frozen=True)
class PlannedMember:
    name: str
    college: str
    rights: int
    line: int
    existing_id: int | None = None


@dataclass(frozen=True)
class PlannedPerson:
    civility: Civility | None
    first_name: str
    last_name: str
    email: str
    function_title: str
    line: int
    existing_id: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class PlannedBody:
    short_name: str
    name: str
    existing_id: int | None = None


@dataclass(frozen=True)
class PlannedMandate:
    line: int
    first_name: str  # the person's, as on the row
    last_name: str
    body: str  # the body's short name
    member: str  # the member's name, or ""
    role: Role
    representation: Representation
    start: dt.date
    end: dt.date | None
    existing: bool = False  # already in the register: left as it is

    @property
    def person(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ImportCounts:
    rows: int
    members: int
    members_existing: int
    people: int
    people_existing: int
    mandates: int
    mandates_existing: int
    bodies: int


@dataclass(frozen=True)
class ImportPreview:
    """What the file says and what importing it would create; ``issues`` empty or
    nothing may be imported. ``organisation_id``: the organisation it was checked
    against (None: a new one)."""

    source: str
    kind: str  # "xlsx" or "csv"
    sheet: str = ""
    encoding: str = ""
    separator: str = ""
    columns: tuple[str, ...] = ()  # the keys of the columns found, in COLUMNS order
    ignored_columns: tuple[str, ...] = ()  # headers of the file no column matched
    rows: tuple[PreviewRow, ...] = ()
    issues: tuple[ImportIssue, ...] = ()
    notes: tuple[str, ...] = ()
    organisation_id: int | None = None
    members: tuple[PlannedMember, ...] = ()
    people: tuple[PlannedPerson, ...] = ()
    bodies: tuple[PlannedBody, ...] = ()
    mandates: tuple[PlannedMandate, ...] = ()
    lines_with_issues: frozenset[int] = field(default_factory=frozenset)

    @property
    def ok(self) -> bool:
        return not self.issues and bool(self.rows)

    @property
    def counts(self) -> ImportCounts:
        return ImportCounts(
            rows=len(self.rows),
            members=sum(1 for m in self.members if m.existing_id is None),
            members_existing=sum(1 for m in self.members if m.existing_id is not None),
            people=sum(1 for p in self.people if p.existing_id is None),
            people_existing=sum(1 for p in self.people if p.existing_id is not None),
            mandates=sum(1 for m in self.mandates if not m.existing),
            mandates_existing=sum(1 for m in self.mandates if m.existing),
            bodies=sum(1 for b in self.bodies if b.existing_id is None),
        )


@dataclass(frozen=True)
class ImportResult:
    """What a confirmed import wrote."""

    organisation_id: int
    members: int
    people: int
    bodies: int
    mandates: int
