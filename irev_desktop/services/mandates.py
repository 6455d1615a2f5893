"""Who holds which role in which body, and when. Always a query, never a copy."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.columns import reader_of
from irev_desktop.db.plain_rows import session_connection
from irev_desktop.db.plain_sql import PlainConnection, dialect_of
from irev_desktop.domain import french
from irev_desktop.domain.enums import Representation, Role
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model import dto
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.versions import stale_edit

# Roles held by one person at a time in a body.
SINGLE_HOLDER_ROLES = (Role.PRESIDENT, Role.TREASURER, Role.SECRETARY)


def mandates_in_office(session: Session, body_id: int, day: dt.date) -> list[dto.MandateDTO]:
    return mandates_in_office_plain(session_connection(session), body_id, day)


_IN_OFFICE = (
    "SELECT mandate.id, mandate.person_id, person.first_name, person.last_name, "
    "person.function_title, mandate.body_id, mandate.member_id, member.name, mandate.role, "
    "mandate.representation, mandate.start_date, mandate.end_date, mandate.row_version "
    "FROM mandate JOIN person ON person.id = mandate.person_id "
    "LEFT OUTER JOIN member ON member.id = mandate.member_id "
    "WHERE mandate.body_id = ? AND mandate.start_date <= ? "
    "AND (mandate.end_date IS NULL OR mandate.end_date >= ?)"
)


def mandates_in_office_plain(
    connection: PlainConnection, body_id: int, day: dt.date
) -> list[dto.MandateDTO]:
    """The mandates running on ``day``, highest role first: one joined query, run on
    every opening of a meeting."""
    iso = day.isoformat()
    dialect = dialect_of(connection)
    role = reader_of(models.Mandate, "role", dialect)
    representation = reader_of(models.Mandate, "representation", dialect)
    day_of = reader_of(models.Mandate, "start_date", dialect)
    result = [
        dto.MandateDTO(
            id=r[0],
            person_id=r[1],
            person_name=f"{r[2]} {r[3]}".strip(),
            function_title=r[4],
            body_id=r[5],
            member_id=r[6],
            member_name=r[7] or "",
            role=role(r[8]),
            representation=representation(r[9]),
            start_date=day_of(r[10]),
            end_date=day_of(r[11]),
            version=r[12],
        )
        for r in connection.execute(_IN_OFFICE, (body_id, iso, iso)).fetchall()
    ]
    result.sort(
        key=lambda m: (
            m.role.rank,
            m.representation != Representation.TITULAIRE,
            m.member_name,
            m.person_name,
        )
    )
    return result


def member_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(models.Member.id, models.Member.name).where(models.Member.id.in_(ids))
    )
    return {ident: name for ident, name in rows}


class MandateService(ServiceBase):
    def add_mandate(
        self,
        person_id: int,
        body_id: int,
        role: Role,
        start_date: dt.date,
        *,
        member_id: int | None = None,
        representation: Representation = Representation.TITULAIRE,
        end_date: dt.date | None = None,
    ) -> dto.MandateDTO:
        check_period(start_date, end_date)
        with self._store.writing() as session:
            self.get(session, models.Person, person_id)
            self.get(session, models.Body, body_id)
            if member_id is not None:
                self.get(session, models.Member, member_id)
            self._check_single_holder(session, body_id, role, start_date, end_date, None)
            row = models.Mandate(
                person_id=person_id,
                body_id=body_id,
                member_id=member_id,
                role=role,
                representation=representation,
                start_date=start_date,
                end_date=end_date,
            )
            session.add(row)
            session.flush()
            result = convert.mandate(
                row,
                member_names(session, {member_id} if member_id else set()).get(member_id or 0, ""),
            )
            self.audit(
                session,
                "mandate.create",
                "mandate",
                row.id,
                after=f"{result.person_name} — {role.label} ({start_date.isoformat()})",
            )
            return result

    def end_mandate(self, mandate_id: int, end_date: dt.date) -> dto.MandateDTO:
        with self._store.writing() as session:
            row = self.locked(session, models.Mandate, mandate_id)
            check_period(row.start_date, end_date)
            # An end is a decision of its own, made now: never refused, but an edit form
            # opened before it will not undo it unseen.
            self.edit_row(
                session,
                row,
                {"end_date": end_date},
                None,
                what="ce mandat",
                action="mandate.end",
                entity="mandate",
            )
            names = member_names(session, {row.member_id} if row.member_id else set())
            return convert.mandate(row, names.get(row.member_id or 0, ""))

    def update_mandate(
        self,
        mandate_id: int,
        *,
        role: Role,
        start_date: dt.date,
        end_date: dt.date | None,
        member_id: int | None,
        representation: Representation,
        based_on: int | None = None,
    ) -> dto.MandateDTO:
        """``based_on``: the version the form was filled from (``MandateDTO.version``)."""
        check_period(start_date, end_date)
        with self._store.writing() as session:
            row = self.locked(session, models.Mandate, mandate_id)
            if member_id is not None:
                self.get(session, models.Member, member_id)
            values: dict[str, object] = {
                "role": role,
                "start_date": start_date,
                "end_date": end_date,
                "member_id": member_id,
                "representation": representation,
            }
            refused = stale_edit(session, row, values, based_on, "ce mandat")
            if refused is None:
                self._check_single_holder(session, row.body_id, role, start_date, end_date, row.id)
            refused = self.edit_row(
                session,
                row,
                values,
                based_on,
                what="ce mandat",
                action="mandate.update",
                entity="mandate",
            )
            names = member_names(session, {row.member_id} if row.member_id else set())
            result = convert.mandate(row, names.get(row.member_id or 0, ""))
        if refused is not None:
            raise refused
        return result

    def in_office(self, body_id: int, day: dt.date) -> list[dto.MandateDTO]:
        """Members in office on ``day``, the president and vice-presidents first."""
        with self._store.reading() as session:
            self.get(session, models.Body, body_id)
            return mandates_in_office(session, body_id, day)

    def holder(self, body_id: int, role: Role, day: dt.date) -> dto.MandateDTO | None:
        """Who held ``role`` (e.g. the presidency) of the body on ``day``."""
        return next((m for m in self.in_office(body_id, day) if m.role is role), None)

    def history(self, body_id: int, role: Role | None = None) -> list[dto.MandateDTO]:
        """Every mandate of the body, newest first (only ``role`` if given)."""
        with self._store.reading() as session:
            query = select(models.Mandate).where(models.Mandate.body_id == body_id)
            if role is not None:
                query = query.where(models.Mandate.role == role)
            rows = session.scalars(query.order_by(models.Mandate.start_date.desc())).all()
            names = member_names(session, {r.member_id for r in rows if r.member_id})
            return [convert.mandate(r, names.get(r.member_id or 0, "")) for r in rows]

    @staticmethod
    def _check_single_holder(
        session: Session,
        body_id: int,
        role: Role,
        start: dt.date,
        end: dt.date | None,
        exclude_id: int | None,
    ) -> None:
        if role not in SINGLE_HOLDER_ROLES:
            return
        query = select(models.Mandate).where(
            models.Mandate.body_id == body_id,
            models.Mandate.role == role,
            or_(models.Mandate.end_date.is_(None), models.Mandate.end_date >= start),
        )
        if end is not None:
            query = query.where(models.Mandate.start_date <= end)
        if exclude_id is not None:
            query = query.where(models.Mandate.id != exclude_id)
        clash = session.scalars(query).first()
        if clash is not None:
            raise ValidationError(
                "{person} est déjà {role} de cette instance "
                "depuis le {date} : terminez d'abord "
                "ce mandat.",
                person=convert.person_name(clash.person),
                role=role.label,
                date=french.format_date_long(clash.start_date),
            )


def check_period(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        raise ValidationError("La fin du mandat ne peut précéder son début.")
