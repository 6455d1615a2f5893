"""Preview a spreadsheet against the register, then import it in one transaction."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import sanitise_line
from irev_desktop.model.inputs import BodyRules
from irev_desktop.model.register_import import (
    COLUMN_KEYS,
    ImportIssue,
    ImportPreview,
    ImportResult,
    NewOrganisation,
)
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.mandates import MandateService, member_names
from irev_desktop.services.register_import.reader import FileRefused, Progress, read_table
from irev_desktop.services.register_import.template import write_template
from irev_desktop.services.register_import.validation import (
    Plan,
    Register,
    check,
    map_columns,
    parse_rows,
    person_key,
)
from irev_desktop.services.register_import.vocabulary import fold
from irev_desktop.services.registry import required

# The rules of a body the import creates: those « Créer mon organisation » gives.
DEFAULT_RULES = BodyRules(quorum_numerator=1, quorum_denominator=2, notice_days=15)


def preview_file(
    path: Path,
    register: Register,
    organisation_id: int | None,
    progress: Progress | None = None,
) -> ImportPreview:
    """What the file at ``path`` says, checked against ``register``."""
    source = Path(path).name
    kind = "xlsx" if Path(path).suffix.casefold() in (".xlsx", ".xlsm") else "csv"
    try:
        table = read_table(Path(path), progress)
    except FileRefused as refused:
        return ImportPreview(
            source=source,
            kind=kind,
            issues=(ImportIssue(None, refused.message),),
            organisation_id=organisation_id,
        )
    columns = map_columns(table.headers)
    rows, issues = parse_rows(table, columns)
    notes = list(table.notes)
    if columns.ignored:
        notes.append("Colonnes ignorées : " + ", ".join(f"« {t} »" for t in columns.ignored) + ".")
    if not rows and not columns.issues:
        issues.append(
            ImportIssue(
                None, f"Le fichier « {source} » n'a aucune ligne de données sous les titres."
            )
        )
    plan = check([r.parsed for r in rows], register, new_organisation=organisation_id is None)
    every_issue = [*columns.issues, *sorted(issues + plan.issues, key=_order)]
    return ImportPreview(
        source=source,
        kind=table.kind,
        sheet=table.sheet,
        encoding=table.encoding,
        separator=table.separator,
        columns=tuple(k for k in COLUMN_KEYS if k in columns.positions),
        ignored_columns=tuple(columns.ignored),
        rows=tuple(rows),
        issues=tuple(_unique(every_issue)),
        notes=tuple(notes),
        organisation_id=organisation_id,
        members=tuple(plan.members),
        people=tuple(plan.people),
        bodies=tuple(plan.bodies),
        mandates=tuple(plan.mandates),
        lines_with_issues=frozenset(i.line for i in every_issue if i.line is not None),
    )


def _order(issue: ImportIssue) -> tuple[int, int]:
    return issue.line or 0, COLUMN_KEYS.index(issue.column) if issue.column else -1


def _unique(issues: list[ImportIssue]) -> list[ImportIssue]:
    seen: set[ImportIssue] = set()
    result = []
    for issue in issues:
        if issue not in seen:
            seen.add(issue)
            result.append(issue)
    return result


class RegisterImportService(ServiceBase):
    """« Créer mon organisation » from a spreadsheet, and « Importer un tableur… »."""

    def preview(
        self, path: Path, organisation_id: int | None = None, progress: Progress | None = None
    ) -> ImportPreview:
        """Read and check the file against the organisation's register (None: a new
        organisation, with no member nor body yet). Writes nothing."""
        with self._store.reading() as session:
            if organisation_id is not None:
                self.get(session, models.Organisation, organisation_id)
            register = _register(session, organisation_id)
        return preview_file(path, register, organisation_id, progress)

    def apply(
        self,
        preview: ImportPreview,
        organisation: NewOrganisation | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Write what ``preview`` plans, in one transaction: into the organisation it
        was checked against, or into ``organisation``, created with it. The rows are
        checked again against the register as it is now; any error and nothing is
        written."""
        if not preview.ok:
            raise ValidationError(
                "Le tableur {source} contient des erreurs : rien n'a été importé.",
                source=preview.source,
            )
        if (organisation is None) == (preview.organisation_id is None):
            raise ValidationError(
                "Un tableur s'importe dans l'organisation pour laquelle son aperçu a été fait."
            )
        with self._store.writing() as session:
            if organisation is not None:
                organisation_id = self._create_organisation(session, organisation)
            else:
                assert preview.organisation_id is not None
                organisation_id = self.get(session, models.Organisation, preview.organisation_id).id
            register = _register(session, None if organisation else organisation_id)
            plan = check([row.parsed for row in preview.rows], register, organisation is not None)
            if plan.issues:
                raise ValidationError(
                    "Le registre a changé depuis l'aperçu du tableur : {detail}. Rien n'a été "
                    "importé ; refaites l'aperçu.",
                    detail=plan.issues[0].text,
                )
            result = self._write(session, organisation_id, plan, progress)
            self.audit(
                session,
                "register.import",
                "organisation",
                organisation_id,
                after={"fichier": preview.source, **asdict(result)},
            )
        return result

    @staticmethod
    def write_template(path: Path) -> Path:
        return write_template(path)

    # Writing ---------------------------------------------------------------------------
    def _create_organisation(self, session: Session, organisation: NewOrganisation) -> int:
        short = required(organisation.short_name, "Le sigle de l'organisation", 50)
        exists = session.scalar(
            select(models.Organisation).where(models.Organisation.short_name == short)
        )
        if exists:
            raise ValidationError("Une organisation de sigle « {short} » existe déjà.", short=short)
        row = models.Organisation(
            name=required(organisation.name, "Le nom de l'organisation"),
            short_name=short,
            address="",
            city=sanitise_line(organisation.city, max_length=100),
        )
        session.add(row)
        session.flush()
        self.audit(session, "organisation.create", "organisation", row.id, after=row.name)
        return row.id

    def _write(
        self, session: Session, organisation_id: int, plan: Plan, progress: Progress | None
    ) -> ImportResult:
        """The plan's new rows, each audited as if added by hand; one flush per kind of
        row (a register of thousands of rows is written in seconds)."""
        total = len(plan.members) + len(plan.people) + len(plan.mandates)
        if progress is not None:
            progress(0, total)

        new_bodies = [
            models.Body(
                organisation_id=organisation_id,
                name=body.name,
                short_name=body.short_name,
                **asdict(DEFAULT_RULES),
            )
            for body in plan.bodies
            if body.existing_id is None
        ]
        session.add_all(new_bodies)
        session.flush()
        for body_row in new_bodies:
            self.audit(
                session, "body.create", "body", body_row.id, after=asdict(convert.body(body_row))
            )
        bodies = {b.short_name: b.existing_id for b in plan.bodies if b.existing_id is not None}
        bodies.update({row.short_name: row.id for row in new_bodies})

        new_members = [
            models.Member(
                organisation_id=organisation_id,
                name=member.name,
                college=member.college,
                statutory_rights=member.rights,
            )
            for member in plan.members
            if member.existing_id is None
        ]
        session.add_all(new_members)
        session.flush()
        for member_row in new_members:
            self.audit(
                session,
                "member.create",
                "member",
                member_row.id,
                after=asdict(convert.member(member_row)),
            )
        members = {fold(m.name): m.existing_id for m in plan.members if m.existing_id is not None}
        members.update({fold(row.name): row.id for row in new_members})
        if progress is not None:
            progress(len(plan.members), total)

        new_people = [
            models.Person(
                civility=person.civility,
                first_name=person.first_name,
                last_name=person.last_name,
                email=person.email,
                function_title=person.function_title,
            )
            for person in plan.people
            if person.existing_id is None
        ]
        session.add_all(new_people)
        session.flush()
        for person_row in new_people:
            self.audit(
                session,
                "person.create",
                "person",
                person_row.id,
                after=convert.person_name(person_row),
            )
        people = {
            person_key(p.first_name, p.last_name): p.existing_id
            for p in plan.people
            if p.existing_id is not None
        }
        people.update({person_key(r.first_name, r.last_name): r.id for r in new_people})
        if progress is not None:
            progress(len(plan.members) + len(plan.people), total)

        new_mandates: list[tuple[models.Mandate, str]] = []
        for mandate in plan.mandates:
            if mandate.existing:
                continue
            body_id = bodies[mandate.body]
            # The rule of a mandate added by hand, against the rows written so far (checked
            # already with the plan: a safety net, and a query only for these roles).
            MandateService._check_single_holder(
                session, body_id, mandate.role, mandate.start, mandate.end, None
            )
            mandate_row = models.Mandate(
                person_id=people[person_key(mandate.first_name, mandate.last_name)],
                body_id=body_id,
                member_id=members[fold(mandate.member)] if mandate.member else None,
                role=mandate.role,
                representation=mandate.representation,
                start_date=mandate.start,
                end_date=mandate.end,
            )
            session.add(mandate_row)
            summary = f"{mandate.person} — {mandate.role.label} ({mandate.start.isoformat()})"
            new_mandates.append((mandate_row, summary))
        session.flush()
        for mandate_row, summary in new_mandates:
            self.audit(session, "mandate.create", "mandate", mandate_row.id, after=summary)
        if progress is not None:
            progress(total, total)
        return ImportResult(
            organisation_id=organisation_id,
            members=len(new_members),
            people=len(new_people),
            bodies=len(new_bodies),
            mandates=len(new_mandates),
        )


def _register(session: Session, organisation_id: int | None) -> Register:
    people = tuple(convert.person(row) for row in session.scalars(select(models.Person)))
    if organisation_id is None:
        return Register(people=people)
    members = tuple(
        convert.member(row)
        for row in session.scalars(
            select(models.Member).where(models.Member.organisation_id == organisation_id)
        )
    )
    bodies = tuple(
        convert.body(row)
        for row in session.scalars(
            select(models.Body)
            .where(models.Body.organisation_id == organisation_id)
            .order_by(models.Body.id)
        )
    )
    body_ids = [b.id for b in bodies]
    mandate_rows = (
        session.scalars(select(models.Mandate).where(models.Mandate.body_id.in_(body_ids))).all()
        if body_ids
        else []
    )
    names = member_names(session, {m.member_id for m in mandate_rows if m.member_id})
    mandates = tuple(convert.mandate(m, names.get(m.member_id or 0, "")) for m in mandate_rows)
    return Register(members=members, people=people, bodies=bodies, mandates=mandates)
