"""The meeting page: header and lifecycle, attendance and quorum, agenda and notes,
deliberations, action items and attachments."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from irev_desktop.domain.enums import AttendanceStatus, MeetingStatus
from irev_desktop.domain.errors import (
    NotFoundError,
    RowConflictError,
    StoreError,
    ValidationError,
)
from irev_desktop.model.changes import ALL_PARTS, Changes, Part
from irev_desktop.model.dto import MeetingDetail
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.meeting_form import MeetingFormDialog
from irev_desktop.ui.pages.meeting.agenda_tab import AgendaTab
from irev_desktop.ui.pages.meeting.attendance_tab import AttendanceTab
from irev_desktop.ui.pages.meeting.forms import ActionDialog, ItemDialog, VoteDialog
from irev_desktop.ui.pages.meeting.header import MeetingHeader
from irev_desktop.ui.pages.meeting.history_dialog import AttendanceHistoryDialog
from irev_desktop.ui.pages.meeting.lists_tabs import (
    ActionsTab,
    AttachmentsTab,
    DeliberationsTab,
    dropped_files,
)
from irev_desktop.ui.pages.meeting.undo import (
    EditHistoryCommand,
    MoveItemCommand,
    RemoveAttendeeCommand,
    RemoveItemCommand,
)
from irev_desktop.ui.report_import import import_report
from irev_desktop.ui.row_conflict import save_from_version


class MeetingPage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("meetingPage")
        self.setAcceptDrops(True)
        self.meeting: MeetingDetail | None = None
        layout = QVBoxLayout(self)
        self.header = MeetingHeader()
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        self.attendance = AttendanceTab(self._people)
        self.agenda = AgendaTab()
        self.deliberations = DeliberationsTab()
        self.actions_tab = ActionsTab()
        self.attachments = AttachmentsTab()
        self.tabs.addTab(self.attendance, self.tr("&Présences et quorum"))
        self.tabs.addTab(self.agenda, self.tr("&Ordre du jour et notes"))
        self.tabs.addTab(self.deliberations, self.tr("&Délibérations"))
        self.tabs.addTab(self.actions_tab, self.tr("&Actions"))
        self.tabs.addTab(self.attachments, self.tr("Pièces &jointes"))
        layout.addWidget(self.tabs, 1)
        remembered = context.settings.text("window/meetingTab", "0")
        self.tabs.setCurrentIndex(int(remembered) if remembered.isdigit() else 0)
        self.tabs.currentChanged.connect(
            lambda index: context.settings.set_text("window/meetingTab", str(index))
        )

        self.header.editRequested.connect(self.edit_header)
        self.header.statusRequested.connect(self.change_status)
        self.header.mailsRequested.connect(self.prepare_convocation_mails)
        self.attendance.statusRequested.connect(self.set_attendance)
        self.attendance.arrivalRequested.connect(self.arrival)
        self.attendance.departureRequested.connect(self.departure)
        self.attendance.addRequested.connect(self.add_attendee)
        self.attendance.removeRequested.connect(self.remove_attendee)
        self.attendance.historyRequested.connect(self.edit_attendance_history)
        self.attendance.reportImportRequested.connect(self.import_report)
        self.agenda.addRequested.connect(self.add_item)
        self.agenda.editRequested.connect(self.edit_item)
        self.agenda.removeRequested.connect(self.remove_item)
        self.agenda.moveRequested.connect(self.move_item)
        self.agenda.use_saver(
            lambda item, text, checkpoint, based_on: context.services.agenda.save_notes(
                item, text, checkpoint=checkpoint, based_on=based_on
            ),
            context.services.paths,
        )
        if self.agenda.autosaver is not None:
            self.agenda.autosaver.conflicted.connect(self._notes_conflict)
        self.agenda.historyRequested.connect(self.show_history)
        self.deliberations.recordRequested.connect(self.record_vote)
        self.deliberations.deleteRequested.connect(self.delete_deliberation)
        self.actions_tab.addRequested.connect(self.add_action)
        self.actions_tab.doneToggled.connect(self.toggle_action)
        self.actions_tab.removeRequested.connect(self.remove_action)
        self.attachments.addRequested.connect(self.add_attachments)
        self.attachments.openRequested.connect(self.open_attachment)
        self.attachments.removeRequested.connect(self.remove_attachment)
        self.attachments.titleRequested.connect(self.edit_attachment_title)
        context.bus.changed.connect(self._changes_heard)

    # Loading ---------------------------------------------------------------------------
    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting else None

    @property
    def editable(self) -> bool:
        return bool(self.meeting and self.context.writable and not self.meeting.frozen)

    def show_meeting(self, meeting_id: int) -> None:
        if self.meeting_id != meeting_id:
            self.agenda.save_now()
            self.context.undo.clear()
        self.meeting = self.context.services.meetings.meeting(meeting_id)
        self._render()

    def reload(self) -> None:
        if self.meeting is not None:
            self.show_meeting(self.meeting.id)

    def _changes_heard(self, changes: Changes) -> None:
        """A write changed this meeting: read again what it changed, show only that."""
        if self.meeting is None:
            return
        parts = changes.parts(self.meeting.id)
        if not parts or parts == {Part.NOTES}:
            return  # the notes are typed here: the editor is their source
        try:
            self.meeting = self.context.services.meetings.refreshed(self.meeting, parts)
        except NotFoundError:
            return  # deleted: the list of meetings says so
        except StoreError:
            return  # a server that does not answer: the page shows what it read last
        self._render(parts)

    def _render(self, parts: frozenset[Part] = ALL_PARTS) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if parts & {Part.HEADER, Part.ATTENDANCE}:  # the header shows the quorum
            # Signed minutes, and any trace of a signature, are checked; a meeting never
            # signed (the reader says so) costs nothing more.
            services = self.context.services
            seal = services.meetings.check_seal(meeting.id) if meeting.sealed else None
            self.header.show_meeting(meeting, self.context.writable, seal)
        shown = (
            (Part.ATTENDANCE, self.attendance),
            (Part.AGENDA, self.agenda),
            (Part.NOTES, self.agenda),
            (Part.DELIBERATIONS, self.deliberations),
            (Part.ACTIONS, self.actions_tab),
            (Part.ATTACHMENTS, self.attachments),
        )
        refreshed: set[int] = set()
        for part, tab in shown:
            if (part in parts or Part.HEADER in parts) and id(tab) not in refreshed:
                refreshed.add(id(tab))
                tab.show_meeting(meeting, self.editable)

    def _people(self) -> list[tuple[int, str]]:
        return [(p.id, p.full_name) for p in self.context.services.registry.people()]

    def save_pending(self) -> None:
        self.agenda.save_now()

    def reveal(self, kind: str, item_id: int | None, words: list[str]) -> None:
        """Show where a search hit stands: the right tab, the item, the words marked."""
        tabs = {
            "deliberation": self.deliberations,
            "action": self.actions_tab,
            "attachment": self.attachments,
        }
        if kind in tabs:
            self.tabs.setCurrentWidget(tabs[kind])
            return
        if kind == "meeting" and item_id is None:
            return
        self.tabs.setCurrentWidget(self.agenda)
        if item_id is not None:
            self.agenda.select(item_id)
        self.agenda.highlight(words)

    # Header and lifecycle -------------------------------------------------------------
    def edit_header(self) -> None:
        if self.meeting is None:
            return
        # The version the form is filled from: a change heard while it is open (another
        # computer's) refreshes the page, not what this form was based on.
        meetings, meeting = self.context.services.meetings, self.meeting
        dialog = MeetingFormDialog(self.context, self, meeting)
        if not dialog.ask():
            return
        with self.context.reporting(self, self.tr("Modifier la séance")):
            _body, header = dialog.result_values()
            save_from_version(
                self.context.dialogs.run,
                self,
                lambda version: meetings.update_header(meeting.id, header, version),
                meeting.version,
            )

    def change_status(self, target_value: str) -> None:
        if self.meeting is None:
            return
        target = MeetingStatus(target_value)
        adopted_on: dt.date | None = None
        convened_on: dt.date | None = None
        if target is MeetingStatus.CONVENED and self.meeting.convened_on is None:
            # Today is proposed (when the meeting is still ahead); empty leaves it unknown.
            today = dt.date.today()
            answer = self.context.dialogs.ask_text(
                self,
                self.tr("Convocation"),
                self.tr("Date d'envoi de la convocation (JJ/MM/AAAA, vide si inconnue) :"),
                today.strftime("%d/%m/%Y") if today <= self.meeting.date else "",
            )
            if answer is None:
                return
            if answer.strip():
                from irev_desktop.ui.pages.meetings import parse_day

                with self.context.reporting(self, self.tr("Convocation")):
                    convened_on = parse_day(answer)
                if convened_on is None:
                    return
        if target is MeetingStatus.MINUTES_ADOPTED:
            answer = self.context.dialogs.ask_text(
                self,
                self.tr("Approbation du procès-verbal"),
                self.tr("Date de la séance qui a approuvé le procès-verbal (JJ/MM/AAAA) :"),
                dt.date.today().strftime("%d/%m/%Y"),
            )
            if not answer:
                return
            from irev_desktop.ui.pages.meetings import parse_day

            with self.context.reporting(self, self.tr("Approbation du procès-verbal")):
                adopted_on = parse_day(answer)
            if adopted_on is None:
                return
        signer = None
        if target is MeetingStatus.MINUTES_SIGNED:
            if not self.context.dialogs.confirm(
                self,
                self.tr("Signer le procès-verbal"),
                self.tr(
                    "Une fois signé, le procès-verbal est figé : plus aucune modification de "
                    "la séance ne sera possible. Signer maintenant ?"
                ),
            ):
                return
            from irev_desktop.ui.signing import Cancelled, signer_for

            try:
                signer = signer_for(self.context, self, self.meeting.id)
            except Cancelled:
                return
        with self.context.reporting(self, self.tr("Statut de la séance")):
            self.agenda.save_now()
            self.context.services.meetings.change_status(
                self.meeting.id,
                target,
                adopted_on=adopted_on,
                convened_on=convened_on,
                signer=signer,
            )
            self.context.undo.clear()

    def prepare_convocation_mails(self) -> None:
        """One e-mail draft per member convened, in a folder (ui.convocation_mails)."""
        if self.meeting is None:
            return
        from irev_desktop.ui.convocation_mails import prepare_convocation_mails

        self.agenda.save_now()
        prepare_convocation_mails(self.context, self, self.meeting.id)

    # Attendance ------------------------------------------------------------------------
    def set_attendance(self, person_id: int, status: str, holder: object) -> None:
        if self.meeting is None:
            return
        with self.context.reporting(self, self.tr("Présences")):
            self.context.services.attendance.set_status(
                self.meeting.id,
                person_id,
                AttendanceStatus(status),
                proxy_holder_id=int(holder) if isinstance(holder, int) else None,
            )

    def arrival(self, person_id: int, moment: object) -> None:
        if self.meeting is None or not isinstance(moment, dt.time):
            return
        with self.context.reporting(self, self.tr("Présences")):
            self.context.services.attendance.record_arrival(self.meeting.id, person_id, moment)

    def departure(self, person_id: int, moment: object) -> None:
        if self.meeting is None or not isinstance(moment, dt.time):
            return
        with self.context.reporting(self, self.tr("Présences")):
            self.context.services.attendance.record_departure(self.meeting.id, person_id, moment)

    def add_attendee(self, person_id: int) -> None:
        if self.meeting is None:
            return
        with self.context.reporting(self, self.tr("Présences")):
            self.context.services.attendance.add_attendee(self.meeting.id, person_id)

    def remove_attendee(self, person_id: int) -> None:
        if self.meeting is None or not self.editable:
            return
        row = next((a for a in self.meeting.attendance if a.person_id == person_id), None)
        if row is None:
            return
        attendance = self.context.services.attendance
        with self.context.reporting(self, self.tr("Présences")):
            # The whole history comes back on undo: stretches, proxies, status.
            before = attendance.snapshot(self.meeting.id, [person_id])
            attendance.remove_attendee(self.meeting.id, person_id)
            self.context.undo.push(
                RemoveAttendeeCommand(self.context.services, before, row.person_name)
            )

    def edit_attendance_history(self, person_id: int) -> None:
        """Correct a person's arrivals, departures and proxies as text (undoable)."""
        if self.meeting is None or not self.editable:
            return
        meeting_id = self.meeting.id
        row = next((a for a in self.meeting.attendance if a.person_id == person_id), None)
        if row is None:
            return
        holders = {
            a.person_id: a.person_name
            for a in self.meeting.attendance
            if a.role is not None and a.role.votes and a.person_id != person_id
        }
        dialog = AttendanceHistoryDialog(self, row, holders)
        attendance = self.context.services.attendance
        with self.context.reporting(self, self.tr("Historique de présence")):
            while True:
                if not self.context.dialogs.run(dialog) or not dialog.changed():
                    return
                before = attendance.snapshot(meeting_id, [person_id])
                presence, proxies = dialog.presence(), dialog.proxies()
                try:
                    saved = save_from_version(
                        self.context.dialogs.run,
                        self,
                        partial(attendance.set_history, meeting_id, person_id, presence, proxies),
                        row.version,
                    )
                    if saved is None:
                        return  # the stored history stays
                    break
                except RowConflictError:
                    raise  # a third person meanwhile: said like any refusal
                except ValidationError as error:
                    # A refusal of the rules (a proxy cap…): the dialog again, as typed.
                    dialog.show_error(error_text(error))
            after = attendance.snapshot(meeting_id, [person_id])
            self.context.undo.push(
                EditHistoryCommand(self.context.services, before, after, row.person_name)
            )

    def import_report(self) -> None:
        """Attendance from a videoconference report (Teams, Zoom, a table)."""
        if self.meeting is None or not self.editable:
            return
        import_report(self.context, self, self.meeting.id)

    # Agenda ----------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.meeting is None:
            return
        dialog = ItemDialog(self, self.context.services.registry.people())
        if not self.context.dialogs.run(dialog):
            return
        with self.context.reporting(self, self.tr("Ordre du jour")):
            created = self.context.services.agenda.add_item(self.meeting.id, dialog.fields())
            self.agenda.select(created.id)

    def edit_item(self, item_id: int) -> None:
        if self.meeting is None or not self.editable:
            return
        item = next((i for i in self.meeting.items if i.id == item_id), None)
        if item is None:
            return
        dialog = ItemDialog(self, self.context.services.registry.people(), item)
        if not self.context.dialogs.run(dialog):
            return
        agenda, fields = self.context.services.agenda, dialog.fields()
        with self.context.reporting(self, self.tr("Ordre du jour")):
            saved = save_from_version(
                self.context.dialogs.run,
                self,
                lambda version: agenda.update_item(item_id, fields, version),
                item.version,
            )
            if saved is None:
                return  # the stored item stays, its times too
            if dialog.times_changed():
                started_at, ended_at = dialog.times()
                self.context.services.agenda.record_item_times(
                    item_id, started_at=started_at, ended_at=ended_at
                )

    def remove_item(self, item_id: int) -> None:
        if self.meeting is None or not self.editable:
            return
        self.agenda.save_now()
        with self.context.reporting(self, self.tr("Ordre du jour")):
            removed = self.context.services.agenda.remove_item(item_id)
            self.context.undo.push(RemoveItemCommand(self.context.services, removed))

    def move_item(self, item_id: int, position: int) -> None:
        if self.meeting is None or not self.editable:
            return
        item = next((i for i in self.meeting.items if i.id == item_id), None)
        if item is None:
            return
        with self.context.reporting(self, self.tr("Ordre du jour")):
            self.context.services.agenda.move_item(item_id, position)
            self.context.undo.push(MoveItemCommand(self.context.services, item, position))
            self.agenda.select(item_id)

    def _notes_conflict(self, item_id: int, mine: str, theirs: str) -> None:
        """Someone else saved these notes meanwhile: the user chooses what they become."""
        from irev_desktop.ui.notes_conflict import Choice, NotesConflictDialog, merged

        autosaver = self.agenda.autosaver
        item = (
            next((i for i in self.meeting.items if i.id == item_id), None) if self.meeting else None
        )
        if autosaver is None or item is None or autosaver.item_id != item_id:
            return  # the editor moved on: both texts are in the history
        dialog = NotesConflictDialog(self, item.title, mine, theirs)
        choice = dialog.choice if self.context.dialogs.run(dialog) else Choice.MINE
        text = {
            Choice.MINE: mine,
            Choice.THEIRS: theirs,
            Choice.BOTH: merged(mine, theirs, self.tr("— Texte de l'autre personne —")),
        }[choice]
        autosaver.resolve(text, theirs)

    def show_history(self, item_id: int) -> None:
        from irev_desktop.ui.pages.meeting.history import HistoryDialog

        self.agenda.save_now()
        dialog = HistoryDialog(self, self.context.services.agenda.revisions(item_id), self.editable)
        if self.context.dialogs.run(dialog) and dialog.chosen is not None:
            with self.context.reporting(self, self.tr("Notes")):
                restored = self.context.services.agenda.restore_revision(dialog.chosen)
                # The bus leaves the notes to their editor: this one is put back here.
                self._changes_heard(Changes({restored.meeting_id: frozenset({Part.AGENDA})}))

    # Deliberations ------------------------------------------------------------------
    def record_vote(self) -> None:
        if self.meeting is None:
            return
        number = self.context.services.deliberations.proposed_number(self.meeting.id)
        dialog = VoteDialog(self, self.meeting, number)
        if not self.context.dialogs.run(dialog):
            return
        with self.context.reporting(self, self.tr("Délibération")):
            delib = self.context.services.deliberations
            if dialog.unanimous.isChecked():
                delib.record_unanimous(
                    self.meeting.id,
                    dialog.title_edit.text(),
                    dialog.text_edit.toPlainText(),
                    item_id=dialog.item_id(),
                )
            else:
                delib.record(
                    self.meeting.id,
                    dialog.title_edit.text(),
                    dialog.text_edit.toPlainText(),
                    dialog.ballot(),
                    item_id=dialog.item_id(),
                )

    def delete_deliberation(self, deliberation_id: int) -> None:
        if not self.context.dialogs.confirm(
            self, self.tr("Délibération"), self.tr("Supprimer cette délibération ?")
        ):
            return
        with self.context.reporting(self, self.tr("Délibération")):
            self.context.services.deliberations.delete(deliberation_id)

    # Actions ---------------------------------------------------------------------------
    def add_action(self) -> None:
        if self.meeting is None:
            return
        dialog = ActionDialog(self, self.context.services.registry.people())
        if not self.context.dialogs.run(dialog):
            return
        with self.context.reporting(self, self.tr("Actions")):
            self.context.services.actions.add_action(
                self.meeting.id,
                dialog.what.text(),
                person_id=dialog.who.currentData(),
                due_date=dialog.due_date(),
            )

    def toggle_action(self, action_id: int) -> None:
        if self.meeting is None:
            return
        current = next((a for a in self.meeting.actions if a.id == action_id), None)
        with self.context.reporting(self, self.tr("Actions")):
            self.context.services.actions.set_done(action_id, not (current and current.done))

    def remove_action(self, action_id: int) -> None:
        with self.context.reporting(self, self.tr("Actions")):
            self.context.services.actions.remove_action(action_id)

    # Attachments ---------------------------------------------------------------------
    def add_attachments(self) -> None:
        files = self.context.dialogs.open_files(self, self.tr("Joindre des fichiers"))
        self.attach(files)

    def attach(self, files: list[Path]) -> None:
        if self.meeting is None or not files:
            return
        with self.context.reporting(self, self.tr("Pièces jointes")):
            for path in files:
                self.context.services.attachments.attach_file(self.meeting.id, path)

    def open_attachment(self, attachment_id: int) -> None:
        with self.context.reporting(self, self.tr("Pièces jointes")):
            path = self.context.services.attachments.file_path(attachment_id)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def edit_attachment_title(self, attachment_id: int) -> None:
        if self.meeting is None or not self.editable:
            return
        current = next((a for a in self.meeting.attachments if a.id == attachment_id), None)
        if current is None:
            return
        answer = self.context.dialogs.ask_text(
            self,
            self.tr("Titre de l'annexe"),
            self.tr(
                "Titre sous lequel les documents citent « {name} » (vide : le nom du fichier) :"
            ).format(name=current.original_name),
            current.shown_title,
        )
        if answer is None:
            return
        with self.context.reporting(self, self.tr("Pièces jointes")):
            self.context.services.attachments.set_title(attachment_id, answer)

    def remove_attachment(self, attachment_id: int) -> None:
        with self.context.reporting(self, self.tr("Pièces jointes")):
            self.context.services.attachments.remove(attachment_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(list(event.mimeData().urls()))
        if files:
            event.acceptProposedAction()
            self.tabs.setCurrentWidget(self.attachments)
            self.attach(files)
