"""The organisation, its members, the people and the bodies that meet."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import func, select

from irev_desktop.db import models
from irev_desktop.domain.enums import Civility
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import sanitise, sanitise_line
from irev_desktop.model import dto
from irev_desktop.model.inputs import BodyRules
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase

MAX_ADDRESS_LENGTH = 2000
MAX_LOGO_BYTES = 5_000_000  # the largest logo an archive may carry (services.archive)


def required(value: str, what: str, max_length: int = 300) -> str:
    clean = sanitise_line(value, max_length=max_length)
    if not clean:
        raise ValidationError("{what} est obligatoire.", what=what)
    return clean


class RegistryService(ServiceBase):
    # Organisation -----------------------------------------------------------------
    def create_organisation(
        self, name: str, short_name: str, address: str = "", city: str = ""
    ) -> dto.OrganisationDTO:
        with self._store.writing() as session:
            short = required(short_name, "Le sigle de l'organisation", 50)
            exists = session.scalar(
                select(models.Organisation).where(models.Organisation.short_name == short)
            )
            if exists:
                raise ValidationError(
                    "Une organisation de sigle « {short} » existe déjà.", short=short
                )
            row = models.Organisation(
                name=required(name, "Le nom de l'organisation"),
                short_name=short,
                address=sanitise(address, max_length=MAX_ADDRESS_LENGTH),
                city=sanitise_line(city, max_length=100),
            )
            session.add(row)
            session.flush()
            self.audit(session, "organisation.create", "organisation", row.id, after=row.name)
            return convert.organisation(row)

    def organisations(self) -> list[dto.OrganisationDTO]:
        with self._store.reading() as session:
            rows = session.scalars(select(models.Organisation).order_by(models.Organisation.id))
            return [convert.organisation(row) for row in rows]

    # Members ----------------------------------------------------------------------
    def add_member(
        self, organisation_id: int, name: str, statutory_rights: int, college: str = ""
    ) -> dto.MemberDTO:
        if statutory_rights < 0:
            raise ValidationError("Les droits statutaires ne peuvent être négatifs.")
        with self._store.writing() as session:
            self.get(session, models.Organisation, organisation_id)
            clean = required(name, "Le nom du membre")
            duplicate = session.scalar(
                select(models.Member).where(
                    models.Member.organisation_id == organisation_id, models.Member.name == clean
                )
            )
            if duplicate:
                raise ValidationError("Le membre « {name} » existe déjà.", name=clean)
            row = models.Member(
                organisation_id=organisation_id,
                name=clean,
                college=sanitise_line(college, max_length=100),
                statutory_rights=statutory_rights,
            )
            session.add(row)
            session.flush()
            self.audit(
                session, "member.create", "member", row.id, after=asdict(convert.member(row))
            )
            return convert.member(row)

    def update_member(
        self,
        member_id: int,
        *,
        name: str,
        statutory_rights: int,
        college: str,
        based_on: int | None = None,
    ) -> dto.MemberDTO:
        """``based_on``: the version the form was filled from (``MemberDTO.version``);
        someone else's edit since then is not overwritten (``RowConflictError``)."""
        if statutory_rights < 0:
            raise ValidationError("Les droits statutaires ne peuvent être négatifs.")
        values: dict[str, object] = {
            "name": required(name, "Le nom du membre"),
            "statutory_rights": statutory_rights,
            "college": sanitise_line(college, max_length=100),
        }
        with self._store.writing() as session:
            row = self.locked(session, models.Member, member_id)
            refused = self.edit_row(
                session,
                row,
                values,
                based_on,
                what="ce membre",
                action="member.update",
                entity="member",
            )
            result = convert.member(row)
        if refused is not None:
            raise refused
        return result

    def members(self, organisation_id: int) -> list[dto.MemberDTO]:
        with self._store.reading() as session:
            rows = session.scalars(
                select(models.Member)
                .where(models.Member.organisation_id == organisation_id)
                .order_by(models.Member.statutory_rights.desc(), models.Member.name)
            )
            return [convert.member(row) for row in rows]

    def total_rights(self, organisation_id: int) -> int:
        with self._store.reading() as session:
            total = session.scalar(
                select(func.coalesce(func.sum(models.Member.statutory_rights), 0)).where(
                    models.Member.organisation_id == organisation_id
                )
            )
            return int(total or 0)

    # People -----------------------------------------------------------------------
    def add_person(
        self,
        first_name: str,
        last_name: str,
        *,
        civility: Civility | None = None,
        email: str = "",
        function_title: str = "",
    ) -> dto.PersonDTO:
        with self._store.writing() as session:
            row = models.Person(
                civility=civility,
                first_name=sanitise_line(first_name, max_length=100),
                last_name=required(last_name, "Le nom de famille", 100),
                email=sanitise_line(email, max_length=200),
                function_title=sanitise_line(function_title, max_length=300),
            )
            session.add(row)
            session.flush()
            self.audit(session, "person.create", "person", row.id, after=convert.person_name(row))
            return convert.person(row)

    def update_person(
        self,
        person_id: int,
        *,
        first_name: str,
        last_name: str,
        civility: Civility | None,
        email: str,
        function_title: str,
        based_on: int | None = None,
    ) -> dto.PersonDTO:
        """``based_on``: the version the form was filled from (``PersonDTO.version``)."""
        values: dict[str, object] = {
            "civility": civility,
            "first_name": sanitise_line(first_name, max_length=100),
            "last_name": required(last_name, "Le nom de famille", 100),
            "email": sanitise_line(email, max_length=200),
            "function_title": sanitise_line(function_title, max_length=300),
        }
        with self._store.writing() as session:
            row = self.locked(session, models.Person, person_id)
            refused = self.edit_row(
                session,
                row,
                values,
                based_on,
                what="cette personne",
                action="person.update",
                entity="person",
            )
            result = convert.person(row)
        if refused is not None:
            raise refused
        return result

    def people(self) -> list[dto.PersonDTO]:
        with self._store.reading() as session:
            rows = session.scalars(
                select(models.Person).order_by(models.Person.last_name, models.Person.first_name)
            )
            return [convert.person(row) for row in rows]

    # Bodies -----------------------------------------------------------------------
    def add_body(
        self, organisation_id: int, name: str, short_name: str, rules: BodyRules | None = None
    ) -> dto.BodyDTO:
        rules = rules or BodyRules()
        rules.validate()
        with self._store.writing() as session:
            self.get(session, models.Organisation, organisation_id)
            short = required(short_name, "Le sigle de l'instance", 20)
            duplicate = session.scalar(
                select(models.Body).where(
                    models.Body.organisation_id == organisation_id, models.Body.short_name == short
                )
            )
            if duplicate:
                raise ValidationError("Une instance de sigle « {short} » existe déjà.", short=short)
            row = models.Body(
                organisation_id=organisation_id,
                name=required(name, "Le nom de l'instance", 200),
                short_name=short,
                **asdict(rules),
            )
            session.add(row)
            session.flush()
            self.audit(session, "body.create", "body", row.id, after=asdict(convert.body(row)))
            return convert.body(row)

    def update_body_rules(
        self, body_id: int, rules: BodyRules, based_on: int | None = None
    ) -> dto.BodyDTO:
        """``based_on``: the version the rules were read at (``BodyDTO.version``)."""
        rules.validate()
        with self._store.writing() as session:
            row = self.locked(session, models.Body, body_id)
            refused = self.edit_row(
                session,
                row,
                asdict(rules),
                based_on,
                what="les règles de cette instance",
                action="body.rules",
                entity="body",
            )
            result = convert.body(row)
        if refused is not None:
            raise refused
        return result

    def bodies(self, organisation_id: int | None = None) -> list[dto.BodyDTO]:
        with self._store.reading() as session:
            query = select(models.Body).order_by(models.Body.id)
            if organisation_id is not None:
                query = query.where(models.Body.organisation_id == organisation_id)
            return [convert.body(row) for row in session.scalars(query)]

    def body(self, body_id: int) -> dto.BodyDTO:
        with self._store.reading() as session:
            return convert.body(self.get(session, models.Body, body_id))
