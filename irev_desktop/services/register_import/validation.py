"""What the rows of a spreadsheet mean, and every reason they cannot be imported.

Two stages: :func:`parse_rows` understands each row on its own (a number of rights, a
date, a role…); :func:`check` puts the rows together and against the register (a member's
rights given twice and different, a person listed twice with two e-mails, two presidents
of one body at once, an unknown body). The import runs :func:`check` again in its write
transaction, on the register as it is then.

Every error is kept, with its row number, in French: the user corrects the file once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from irev_desktop.domain import french
from irev_desktop.domain.enums import Civility, Representation, Role
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import sanitise_line
from irev_desktop.model.dto import BodyDTO, MandateDTO, MemberDTO, PersonDTO
from irev_desktop.model.register_import import (
    COLUMN_KEYS,
    COLUMN_TITLES,
    ImportIssue,
    ParsedRow,
    PlannedBody,
    PlannedMandate,
    PlannedMember,
    PlannedPerson,
    PreviewRow,
)
from irev_desktop.services.register_import import vocabulary
from irev_desktop.services.register_import.reader import Cell, FormulaWithoutValue, RawTable
from irev_desktop.services.register_import.vocabulary import fold

# The roles one person holds at a time in a body (as services.mandates checks them).
SINGLE_HOLDER_ROLES = (Role.PRESIDENT, Role.TREASURER, Role.SECRETARY)

MAX_RIGHTS = 1_000_000
MAX_SHOWN = 200  # a cell's text in the preview is cut there
_LENGTHS = {
    "member": 300,
    "college": 100,
    "first_name": 100,
    "last_name": 100,
    "email": 200,
    "function_title": 300,
    "body": 200,
    "role": 100,
    "representation": 100,
    "civility": 50,
}
_EXCEL_ERRORS = frozenset(
    {"#DIV/0!", "#N/A", "#NAME?", "#NOM?", "#NULL!", "#NUL!", "#NUM!", "#REF!", "#VALUE!"}
    | {"#VALEUR!", "#GETTING_DATA", "#SPILL!", "#CALC!", "#N/D"}
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
# Excel serial numbers of 1 January 1950 and 31 December 2100: a number in a date column
# whose cell lost its date format.
_SERIALS = (18264, 73415)
_EXCEL_EPOCH = dt.date(1899, 12, 30)

Refuse = Callable[[str, str], None]  # (column key, message): a value is refused


# Stage 1: each row on its own ----------------------------------------------------------


@dataclass
class Columns:
    """Which column of the file holds which field."""

    positions: dict[str, int]  # key -> index in the row
    ignored: list[str]
    issues: list[ImportIssue]


def map_columns(headers: list[str]) -> Columns:
    positions: dict[str, int] = {}
    ignored: list[str] = []
    issues: list[ImportIssue] = []
    for index, title in enumerate(headers):
        key = vocabulary.column_of(title)
        if key is None:
            if title:
                ignored.append(title)
            continue
        if key in positions:
            issues.append(
                ImportIssue(
                    None,
                    f"La colonne « {COLUMN_TITLES[key]} » figure deux fois (colonnes "
                    f"{column_letter(positions[key])} et {column_letter(index)}) : gardez-en une.",
                    key,
                )
            )
            continue
        positions[key] = index
    if "last_name" not in positions and "member" not in positions:
        issues.append(
            ImportIssue(
                None,
                "Le fichier n'a ni colonne « Membre » ni colonne « Nom » : rien à importer.",
            )
        )
    return Columns(positions, ignored, issues)


def column_letter(index: int) -> str:
    """A column's letter as a spreadsheet shows it: 0 is A, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def shown(cell: Cell) -> str:
    """A cell's text in the preview: dates as 08/03/2021, whole numbers without « ,0 »."""
    if cell is None:
        return ""
    if isinstance(cell, FormulaWithoutValue):
        text = cell.formula
    elif isinstance(cell, bool):
        text = "VRAI" if cell else "FAUX"
    elif isinstance(cell, dt.datetime):
        text = french.format_date_short(cell.date())
        if cell.time() != dt.time(0, 0):
            text += f" {cell.hour:02d}:{cell.minute:02d}"
    elif isinstance(cell, dt.date):
        text = french.format_date_short(cell)
    elif isinstance(cell, dt.time):
        text = f"{cell.hour:02d}:{cell.minute:02d}"
    elif isinstance(cell, float):
        text = str(int(cell)) if cell.is_integer() else repr(cell).replace(".", ",")
    else:
        text = str(cell)
    text = sanitise_line(text, max_length=10**9)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def parse_rows(table: RawTable, columns: Columns) -> tuple[list[PreviewRow], list[ImportIssue]]:
    rows: list[PreviewRow] = []
    issues: list[ImportIssue] = []
    for line, cells in table.rows:
        by_key = {key: cells[index] for key, index in columns.positions.items()}
        if all(_is_blank(c) for c in by_key.values()):
            continue  # a row filled only in ignored columns
        row_issues: list[ImportIssue] = []
        parsed = _parse_row(line, by_key, table.kind == "xlsx", row_issues)
        issues.extend(row_issues)
        rows.append(PreviewRow(line, {k: shown(c) for k, c in by_key.items()}, parsed))
    return rows, issues


def _is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _parse_row(
    line: int, cells: dict[str, Cell], excel: bool, issues: list[ImportIssue]
) -> ParsedRow:
    refused: set[str] = set()

    def refuse(key: str, message: str) -> None:
        refused.add(key)
        issues.append(ImportIssue(line, message, key))

    texts: dict[str, str] = {}
    for key in COLUMN_KEYS:
        cell = cells.get(key)
        if isinstance(cell, FormulaWithoutValue):
            refuse(
                key,
                f"la formule « {shown(cell)} » (colonne « {COLUMN_TITLES[key]} ») n'a pas de "
                "valeur calculée : ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le "
                "puis importez-le à nouveau",
            )
            continue
        if isinstance(cell, str) and cell.strip() in _EXCEL_ERRORS:
            refuse(
                key,
                f"erreur de calcul « {cell.strip()} » dans la colonne « {COLUMN_TITLES[key]} »",
            )
            continue
        if key in ("rights", "start", "end"):
            continue  # typed values, read below
        text = shown(cell) if not isinstance(cell, str) else cell
        try:
            texts[key] = sanitise_line(text, max_length=_LENGTHS[key])
        except ValidationError:
            refuse(
                key,
                f"texte trop long dans la colonne « {COLUMN_TITLES[key]} » "
                f"({_LENGTHS[key]} caractères au plus)",
            )

    rights = None if "rights" in refused else _rights(cells.get("rights"), refuse)
    start = None if "start" in refused else _date(cells.get("start"), excel, "start", refuse)
    end = None if "end" in refused else _date(cells.get("end"), excel, "end", refuse)

    civility: Civility | None = None
    if texts.get("civility"):
        civility = vocabulary.civility_of(texts["civility"])
        if civility is None:
            refuse("civility", f"civilité « {texts['civility']} » inconnue (M. ou Mme)")
    email = texts.get("email", "")
    if email and not _EMAIL.match(email):
        refuse("email", f"« {email} » n'est pas une adresse de courriel")
    role: Role | None = None
    if texts.get("role"):
        role = vocabulary.role_of(texts["role"])
        if role is None:
            refuse(
                "role",
                f"rôle « {texts['role']} » inconnu (rôles : {vocabulary.ROLE_WORDS})",
            )
    representation: Representation | None = None
    if texts.get("representation"):
        representation = vocabulary.representation_of(texts["representation"])
        if representation is None:
            refuse(
                "representation",
                f"« {texts['representation']} » : titulaire ou suppléant attendu",
            )
    member = texts.get("member", "")
    if representation is Representation.SUPPLEANT and not member and "member" not in refused:
        refuse(
            "representation",
            f"« {texts['representation']} » sans membre : indiquez le membre dont la "
            "personne est suppléante",
        )
    if start is not None and end is not None and end < start:
        refuse(
            "end",
            f"la fin du mandat ({french.format_date_short(end)}) précède son début "
            f"({french.format_date_short(start)})",
        )
        end = None

    filled = {k for k, c in cells.items() if not _is_blank(c)}
    body = texts.get("body", "")
    last_name = texts.get("last_name", "")
    mandate_cells = [k for k in ("role", "representation", "start", "end") if k in filled]
    if not body and "body" not in refused and mandate_cells:
        refuse(
            "body",
            "rôle, titulaire ou suppléant, ou dates de mandat sans instance : indiquez "
            "l'instance (AG, CA, Bureau…)",
        )
    if body:
        if not last_name and "last_name" not in refused:
            refuse("last_name", "instance sans personne : indiquez le nom de la personne")
        if start is None and "start" not in refused:
            refuse("start", "date de début du mandat manquante")
    has_person = any(texts.get(k) for k in ("first_name", "email", "function_title", "civility"))
    if has_person and not last_name and not body and "last_name" not in refused:
        refuse("last_name", "nom de famille manquant")
    return ParsedRow(
        line=line,
        member=member,
        college=texts.get("college", ""),
        rights=rights,
        civility=civility,
        first_name=texts.get("first_name", ""),
        last_name=last_name,
        email=email,
        function_title=texts.get("function_title", ""),
        body=body,
        role=role,
        representation=representation,
        start=start,
        end=end,
        refused=frozenset(refused),
    )


def _rights(cell: Cell, refuse: Refuse) -> int | None:
    if _is_blank(cell):
        return None
    value: int | None = None
    if isinstance(cell, bool):
        value = None
    elif isinstance(cell, int):
        value = cell
    elif isinstance(cell, float):
        value = int(cell) if cell.is_integer() else None
    elif isinstance(cell, str):
        plain = _SPACES.sub("", cell).replace(",", ".")
        if re.fullmatch(r"[+-]?\d+(\.0*)?", plain):
            value = int(float(plain)) if "." in plain else int(plain)
    if value is None:
        refuse("rights", f"« {shown(cell)} » n'est pas un nombre de droits")
        return None
    if value < 0:
        refuse("rights", f"les droits statutaires ne peuvent être négatifs (« {shown(cell)} »)")
        return None
    if value > MAX_RIGHTS:
        refuse(
            "rights",
            f"« {shown(cell)} » droits statutaires : c'est plus que le maximum "
            f"({french.format_number_fr(MAX_RIGHTS)})",
        )
        return None
    return value


def _date(cell: Cell, excel: bool, key: str, refuse: Refuse) -> dt.date | None:
    if _is_blank(cell):
        return None
    day: dt.date | None = None
    if isinstance(cell, dt.datetime):
        day = cell.date()
    elif isinstance(cell, dt.date):
        day = cell
    elif isinstance(cell, int | float) and not isinstance(cell, bool) and excel:
        if _SERIALS[0] <= cell <= _SERIALS[1]:
            day = _EXCEL_EPOCH + dt.timedelta(days=int(cell))
    elif isinstance(cell, str):
        day = _date_text(cell.strip())
    if day is None or not 1900 <= day.year <= 2100:
        refuse(key, f"« {shown(cell)} » n'est pas une date (jj/mm/aaaa)")
        return None
    return day


def _date_text(text: str) -> dt.date | None:
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            # 01/01/95 is 1995, 01/01/19 is 2019: a mandate date is never far ahead.
            year += 2000 if year <= dt.date.today().year % 100 + 10 else 1900
    else:
        match = _YMD.match(text)
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Stage 2: the rows together, and against the register --------------------------------


@dataclass(frozen=True)
class Register:
    """What the register already holds, as far as an import may meet it: the members,
    bodies and mandates of the organisation (none for a new one) and every person."""

    members: tuple[MemberDTO, ...] = ()
    people: tuple[PersonDTO, ...] = ()
    bodies: tuple[BodyDTO, ...] = ()
    mandates: tuple[MandateDTO, ...] = ()


@dataclass
class Plan:
    members: list[PlannedMember] = field(default_factory=list)
    people: list[PlannedPerson] = field(default_factory=list)
    bodies: list[PlannedBody] = field(default_factory=list)
    mandates: list[PlannedMandate] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)


@dataclass
class _Member:
    name: str
    line: int
    rights: int | None = None
    rights_line: int = 0
    college: str = ""
    college_line: int = 0
    refused: bool = False


def person_key(first_name: str, last_name: str) -> tuple[str, str]:
    return fold(first_name), fold(last_name)


def check(rows: list[ParsedRow], register: Register, new_organisation: bool) -> Plan:
    """The plan of the import, or the reasons it cannot be made (``Plan.issues``)."""
    plan = Plan()
    members = _members(rows, register, plan)
    people = _people(rows, register, plan)
    bodies = _bodies(rows, register, new_organisation, plan)
    _mandates(rows, register, members, people, bodies, plan)
    plan.issues.sort(key=lambda i: (i.line or 0, COLUMN_KEYS.index(i.column) if i.column else -1))
    return plan


def _members(rows: list[ParsedRow], register: Register, plan: Plan) -> dict[str, PlannedMember]:
    found: dict[str, _Member] = {}
    for row in rows:
        if not row.member:
            if row.rights is not None:
                plan.issues.append(
                    ImportIssue(
                        row.line, "droits statutaires sans membre : indiquez le membre", "rights"
                    )
                )
            if row.college:
                plan.issues.append(
                    ImportIssue(row.line, "collège sans membre : indiquez le membre", "college")
                )
            continue
        member = found.setdefault(fold(row.member), _Member(row.member, row.line))
        if "rights" in row.refused:
            member.refused = True
        if row.rights is not None:
            if member.rights is None:
                member.rights, member.rights_line = row.rights, row.line
            elif member.rights != row.rights:
                plan.issues.append(
                    ImportIssue(
                        row.line,
                        f"droits statutaires de « {member.name} » différents de ceux de la "
                        f"ligne {member.rights_line} ({row.rights} au lieu de {member.rights})",
                        "rights",
                    )
                )
        if row.college:
            if not member.college:
                member.college, member.college_line = row.college, row.line
            elif fold(member.college) != fold(row.college):
                plan.issues.append(
                    ImportIssue(
                        row.line,
                        f"collège de « {member.name} » différent de celui de la ligne "
                        f"{member.college_line} (« {row.college} » au lieu de "
                        f"« {member.college} »)",
                        "college",
                    )
                )
    stored = {fold(m.name): m for m in register.members}
    result: dict[str, PlannedMember] = {}
    for key, member in found.items():
        existing = stored.get(key)
        if existing is not None:
            if member.rights is not None and member.rights != existing.statutory_rights:
                plan.issues.append(
                    ImportIssue(
                        member.rights_line,
                        f"« {existing.name} » est déjà au registre avec "
                        f"{existing.statutory_rights} droits statutaires, et non {member.rights} "
                        "(modifiez-le dans « Instances et bureau »)",
                        "rights",
                    )
                )
            if member.college and fold(member.college) != fold(existing.college):
                plan.issues.append(
                    ImportIssue(
                        member.college_line,
                        f"« {existing.name} » est déjà au registre dans le collège "
                        f"« {existing.college} », et non « {member.college} »",
                        "college",
                    )
                )
            planned = PlannedMember(
                existing.name, existing.college, existing.statutory_rights, member.line, existing.id
            )
        else:
            if member.rights is None and not member.refused:
                plan.issues.append(
                    ImportIssue(member.line, "droits statutaires manquants", "rights")
                )
            planned = PlannedMember(member.name, member.college, member.rights or 0, member.line)
        result[key] = planned
        plan.members.append(planned)
    return result


def _people(
    rows: list[ParsedRow], register: Register, plan: Plan
) -> dict[tuple[str, str], PlannedPerson]:
    found: dict[tuple[str, str], PlannedPerson] = {}
    for row in rows:
        if not row.last_name:
            continue
        key = person_key(row.first_name, row.last_name)
        person = found.get(key)
        if person is None:
            found[key] = PlannedPerson(
                row.civility, row.first_name, row.last_name, row.email, row.function_title, row.line
            )
            continue
        what = {
            "civility": "une autre civilité",
            "email": "un autre courriel",
            "function_title": "une autre fonction",
        }
        changes: dict[str, object] = {}
        for name, label in what.items():
            new, old = getattr(row, name), getattr(person, name)
            if new is None or new == "":
                continue
            if old is None or old == "":
                changes[name] = new
            elif fold(str(new)) != fold(str(old)):
                old_text = old.value if isinstance(old, Civility) else old
                plan.issues.append(
                    ImportIssue(
                        row.line,
                        f"« {person.full_name} » figure déjà ligne {person.line} avec {label} "
                        f"(« {old_text} ») : une même personne ne peut avoir deux fiches",
                        name,
                    )
                )
        if changes:
            found[key] = replace(person, **changes)  # type: ignore[arg-type]
    stored: dict[tuple[str, str], list[PersonDTO]] = {}
    for existing in register.people:
        stored.setdefault(person_key(existing.first_name, existing.last_name), []).append(existing)
    result: dict[tuple[str, str], PlannedPerson] = {}
    for key, person in found.items():
        matches = stored.get(key, [])
        if len(matches) > 1:
            plan.issues.append(
                ImportIssue(
                    person.line,
                    f"{len(matches)} personnes nommées « {person.full_name} » sont déjà au "
                    "registre : le tableur ne peut dire laquelle",
                    "last_name",
                )
            )
        elif matches:
            person = replace(person, existing_id=matches[0].id)
        result[key] = person
        plan.people.append(person)
    return result


def _bodies(
    rows: list[ParsedRow], register: Register, new_organisation: bool, plan: Plan
) -> dict[str, PlannedBody]:
    """The bodies the rows name (and, for a new organisation, its AG and CA), by the
    folded text that names each one."""
    known = [PlannedBody(b.short_name, b.name, b.id) for b in register.bodies]
    stored = {fold(b.short_name) for b in register.bodies}
    known += [
        PlannedBody(short, name)
        for short, name in vocabulary.STANDARD_BODIES
        if fold(short) not in stored
    ]
    names: dict[str, PlannedBody] = {}
    for body in known:
        names.setdefault(fold(body.name), body)
    for body in known:
        names[fold(body.short_name)] = body  # a short name wins over a name
    used: dict[str, PlannedBody] = {}
    if new_organisation:
        for short in ("AG", "CA"):
            used[short] = names[fold(short)]
    resolved: dict[str, PlannedBody] = {}
    for row in rows:
        if not row.body:
            continue
        found = names.get(fold(row.body))
        if found is None:
            choices = ", ".join(b.short_name for b in known)
            plan.issues.append(
                ImportIssue(
                    row.line, f"instance « {row.body} » inconnue (instances : {choices})", "body"
                )
            )
            continue
        resolved[fold(row.body)] = found
        used.setdefault(found.short_name, found)
    plan.bodies.extend(used.values())
    return resolved


def _overlap(a: tuple[dt.date, dt.date | None], b: tuple[dt.date, dt.date | None]) -> bool:
    last = dt.date.max
    return a[0] <= (b[1] or last) and b[0] <= (a[1] or last)


def _mandates(
    rows: list[ParsedRow],
    register: Register,
    members: dict[str, PlannedMember],
    people: dict[tuple[str, str], PlannedPerson],
    bodies: dict[str, PlannedBody],
    plan: Plan,
) -> None:
    seen: dict[tuple[object, ...], int] = {}
    holders: dict[tuple[str, Role], list[PlannedMandate]] = {}
    stored_by: dict[tuple[int, int], list[MandateDTO]] = {}
    for stored in register.mandates:
        stored_by.setdefault((stored.person_id, stored.body_id), []).append(stored)
    for row in rows:
        body = bodies.get(fold(row.body)) if row.body else None
        person = people.get(person_key(row.first_name, row.last_name)) if row.last_name else None
        if body is None or person is None or row.start is None:
            continue
        member = members.get(fold(row.member)) if row.member else None
        role = row.role or Role.MEMBER
        # Titulaire unless told otherwise, as a mandate added by hand.
        representation = row.representation or Representation.TITULAIRE
        key = (person_key(row.first_name, row.last_name), body.short_name, role, row.start)
        if key in seen:
            plan.issues.append(
                ImportIssue(
                    row.line,
                    f"doublon de la ligne {seen[key]} : même personne, même instance, même rôle "
                    "et même début de mandat",
                    "body",
                )
            )
            continue
        seen[key] = row.line
        existing = _stored_mandate(stored_by, person, body, member, role, representation, row)
        mandate = PlannedMandate(
            line=row.line,
            first_name=person.first_name,
            last_name=person.last_name,
            body=body.short_name,
            member=member.name if member is not None else "",
            role=role,
            representation=representation,
            start=row.start,
            end=row.end,
            existing=existing is not None,
        )
        plan.mandates.append(mandate)
        if mandate.existing or role not in SINGLE_HOLDER_ROLES:
            continue
        period = (mandate.start, mandate.end)
        for other in holders.get((body.short_name, role), []):
            if _overlap(period, (other.start, other.end)):
                plan.issues.append(
                    ImportIssue(
                        row.line,
                        f"{mandate.person} et {other.person} (ligne {other.line}) seraient "
                        f"tous deux {role.label} de l'instance {body.short_name} à la même date : "
                        "une seule personne à la fois",
                        "role",
                    )
                )
                break
        else:
            for stored in register.mandates:
                if (
                    stored.body_id == body.existing_id
                    and stored.role is role
                    and _overlap(period, (stored.start_date, stored.end_date))
                ):
                    plan.issues.append(
                        ImportIssue(
                            row.line,
                            f"{stored.person_name} est déjà {role.label} de l'instance "
                            f"{body.short_name} depuis le "
                            f"{french.format_date_short(stored.start_date)} "
                            "(terminez d'abord ce mandat dans « Instances et bureau »)",
                            "role",
                        )
                    )
                    break
        holders.setdefault((body.short_name, role), []).append(mandate)


def _stored_mandate(
    stored: dict[tuple[int, int], list[MandateDTO]],
    person: PlannedPerson,
    body: PlannedBody,
    member: PlannedMember | None,
    role: Role,
    representation: Representation,
    row: ParsedRow,
) -> MandateDTO | None:
    """The same mandate already in the register (the file imported before), if any."""
    if person.existing_id is None or body.existing_id is None:
        return None
    member_id = member.existing_id if member is not None else None
    if member is not None and member_id is None:
        return None
    return next(
        (
            m
            for m in stored.get((person.existing_id, body.existing_id), [])
            if m.member_id == member_id
            and m.role is role
            and m.representation is representation
            and m.start_date == row.start
            and m.end_date == row.end
        ),
        None,
    )
