"""The convocation sent by e-mail, offline: the calendar invitation (.ics) of a meeting,
and one e-mail draft (.eml) per member convened, written to a folder.

Nothing is sent: the drafts are files the secretary opens in their mail program,
checks and sends. Each carries the member's convocation (Word, or PDF through
LibreOffice), whose letters end with the proxy form, and the invitation.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from irev_desktop.db import models
from irev_desktop.db.sqlite_files import os_error_text
from irev_desktop.db.store import Store
from irev_desktop.domain.enums import Civility, MeetingStatus
from irev_desktop.domain.errors import IrevError, ValidationError
from irev_desktop.domain.french import format_date_long
from irev_desktop.exporters.eml import CALENDAR_TYPE, PDF_TYPE, WORD_TYPE, Attachment, eml_bytes
from irev_desktop.exporters.ics import ics_bytes
from irev_desktop.exporters.names import invitation_file_name, member_file_name
from irev_desktop.model import convocation
from irev_desktop.model.convocation import Invitation, MailPlan, MailReport, WrittenDraft
from irev_desktop.model.dto import MeetingDetail
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.model.wording import People, with_article
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.export import ExportService, write_document
from irev_desktop.services.extracts import free_path
from irev_desktop.services.meetings import MeetingService, check_convened_on
from irev_desktop.services.pdf import find_soffice

Progress = Callable[[int, int], None]


class ConvocationService(ServiceBase):
    def __init__(self, store: Store, exporter: ExportService | None = None) -> None:
        super().__init__(store)
        # The documents' exporter, and its PDF converter (which tests replace).
        self.exporter = exporter or ExportService(self._store)

    # Reading ---------------------------------------------------------------------------
    def _read(self, meeting_id: int) -> tuple[MeetingDetail, dict[int, str], People]:
        """The meeting, the addresses of its people and their civilities."""
        meeting = MeetingService(self._store).meeting(meeting_id)
        ids = {m.person_id for m in meeting.in_office}
        ids |= {p for p in (meeting.chair_id, meeting.secretary_id) if p is not None}
        emails: dict[int, str] = {}
        civilities: dict[int, Civility | None] = {}
        with self._store.reading() as session:
            rows = session.execute(
                select(models.Person.id, models.Person.email, models.Person.civility).where(
                    models.Person.id.in_(ids)
                )
            )
            for ident, email, civility in rows:
                emails[ident] = email or ""
                civilities[ident] = civility
        return meeting, emails, People(civilities)

    def invitation(self, meeting_id: int, *, now: dt.datetime | None = None) -> Invitation:
        """The calendar event of the meeting (see ``model.convocation``)."""
        meeting, emails, people = self._read(meeting_id)
        return convocation.invitation(meeting, emails, people, now or dt.datetime.now(dt.UTC))

    def invitation_bytes(self, meeting_id: int, *, now: dt.datetime | None = None) -> bytes:
        """The .ics file of the meeting's invitation."""
        return ics_bytes(self.invitation(meeting_id, now=now))

    def invitation_file_name(self, meeting_id: int) -> str:
        """ "2021-03-08 AG IREV - invitation.ics"."""
        return invitation_file_name(MeetingService(self._store).meeting(meeting_id))

    def plan(self, meeting_id: int) -> MailPlan:
        """Who gets a draft (to whom, copied to whom), and who has no address."""
        meeting, emails, people = self._read(meeting_id)
        return convocation.mail_plan(meeting, emails, people)

    def pdf_available(self) -> bool:
        """LibreOffice is found, so the convocations can be attached as PDF."""
        converter = self.exporter.pdf_converter
        return find_soffice(converter.search_path, converter.folders) is not None

    def can_mark_sent(self, meeting_id: int, today: dt.date | None = None) -> bool:
        """The meeting has no convocation date yet and ``today`` may be one."""
        meeting = MeetingService(self._store).meeting(meeting_id)
        try:
            return self._to_mark(meeting, today or dt.date.today())
        except IrevError:
            return False

    # Writing ---------------------------------------------------------------------------
    def write_drafts(
        self,
        meeting_id: int,
        folder: Path,
        *,
        pdf: bool = False,
        template: Path | None = None,
        mark_sent: bool = False,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
        progress: Progress | None = None,
    ) -> MailReport:
        """Write one draft per member who has an address into ``folder`` (a name
        already taken gets « (2) »: nothing is overwritten). ``mark_sent``: then record
        ``today`` as the meeting's convocation date when it has none (checked before
        anything is written)."""
        folder = Path(folder)
        today = today or dt.date.today()
        meeting, emails, people = self._read(meeting_id)
        plan = convocation.mail_plan(meeting, emails, people)
        if not plan.drafts:
            _refuse_nobody(meeting, plan)
        to_mark = mark_sent and self._to_mark(meeting, today)
        _check_folder(folder)
        drafts = plan.drafts
        total = 2 * len(drafts) + (1 if pdf else 0)

        def report(done: int) -> None:
            if progress is not None:
                progress(done, total)

        letters = self.exporter.convocation_letters(
            meeting_id,
            [frozenset(d.letters) for d in drafts],
            template=template,
            progress=lambda done, _total: report(done),
        )
        report(len(drafts))
        if pdf:
            letters = self.exporter.pdf_converter.convert_many(letters)
        invitation = ics_bytes(
            convocation.invitation(meeting, emails, people, now or dt.datetime.now(dt.UTC))
        )
        method = "REQUEST" if plan.sender is not None else "PUBLISH"
        calendar = Attachment(
            invitation_file_name(meeting), CALENDAR_TYPE, invitation, (("method", method),)
        )
        suffix, kind = (".pdf", PDF_TYPE) if pdf else (".docx", WORD_TYPE)
        written: list[WrittenDraft] = []
        start = total - len(drafts)
        for index, (draft, letter) in enumerate(zip(drafts, letters, strict=True)):
            report(start + index)
            attached = Attachment(member_file_name(meeting, draft.label, suffix), kind, letter)
            content = eml_bytes(draft, plan.sender, [attached, calendar])
            target = free_path(folder, member_file_name(meeting, draft.label, ".eml"))
            try:
                write_document(target, content)
            except BaseException:
                with contextlib.suppress(OSError):
                    if target.stat().st_size == 0:
                        target.unlink()  # the empty file that held the name
                raise
            written.append(WrittenDraft(target, draft, (attached.name, calendar.name)))
        report(total)
        convened_on, marked, error = meeting.convened_on, False, None
        if to_mark:
            try:
                self._mark(meeting, today)
                convened_on, marked = today, True
            except IrevError as refused:  # the drafts are written all the same
                error = refused
        return MailReport(
            folder=folder,
            written=tuple(written),
            unreachable=plan.unreachable,
            pdf=pdf,
            convened_on=convened_on,
            marked=marked,
            mark_error=error,
        )

    @staticmethod
    def _to_mark(meeting: MeetingDetail, today: dt.date) -> bool:
        """Whether ``today`` is to be recorded; a French refusal when it cannot be."""
        if meeting.convened_on is not None:
            return False  # already recorded: kept
        if meeting.frozen:
            raise ValidationError(
                "Le procès-verbal de cette séance est signé : sa date de convocation ne "
                "peut plus être notée."
            )
        check_convened_on(today, meeting.date)
        return True

    def _mark(self, meeting: MeetingDetail, today: dt.date) -> None:
        """Record ``today`` through the meetings' own use cases: a planned meeting
        becomes « convoquée » on that date; any other keeps its status."""
        meetings = MeetingService(self._store)
        if meeting.status is MeetingStatus.PLANNED:
            meetings.change_status(meeting.id, MeetingStatus.CONVENED, convened_on=today)
            return
        header = dataclasses.replace(MeetingHeader.of(meeting), convened_on=today)
        meetings.update_header(meeting.id, header, based_on=meeting.version)


def _refuse_nobody(meeting: MeetingDetail, plan: MailPlan) -> None:
    if not plan.unreachable:
        raise ValidationError(
            "Personne n'est en fonction dans {body} le {date} : il n'y a personne à convoquer.",
            body=with_article(meeting.body),
            date=format_date_long(meeting.date),
        )
    raise ValidationError(
        "Aucun membre convoqué n'a d'adresse électronique dans le registre : aucun "
        "brouillon n'a été écrit ({names}). Ajoutez les adresses aux fiches des personnes.",
        names=", ".join(d.label for d in plan.unreachable),
    )


def _check_folder(folder: Path) -> None:
    """The folder exists and takes a file: checked before anything is rendered."""
    if not folder.is_dir():
        raise ValidationError("Le dossier « {folder} » n'existe pas.", folder=folder)
    try:
        fd, probe = tempfile.mkstemp(prefix=".irev-essai-", dir=folder)
    except OSError as error:
        raise ValidationError(
            "Impossible d'écrire dans le dossier « {folder} » : {cause}.",
            folder=folder,
            cause=os_error_text(error),
        ) from error
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
