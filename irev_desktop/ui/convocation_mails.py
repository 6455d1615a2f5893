"""« Préparer les courriels de convocation… »: one e-mail draft (.eml) per member
convened, written to a folder the secretary chooses, each with the member's
convocation (Word or PDF) and the calendar invitation (.ics) attached.

The dialog lists every member before anything is written: to whom, copied to whom, and
the members no draft can reach (no address in the register). It writes the drafts with
progress shown, then says what it wrote, opens the folder or one draft in the mail
program, and, when asked, records today as the date the meeting was convened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.errors import IrevError
from irev_desktop.model.convocation import Contact, MailDraft, MailPlan, MailReport
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.export_actions import FOLDER_KEY, TEMPLATE_KEY
from irev_desktop.ui.progress import work_progress

MAILS_FOLDER_KEY = "convocation/folder"
MISSING_COLOUR = "#c92a2a"
MEMBER, TO, CC, DRAFT = range(4)


class ConvocationMailsDialog(QDialog):
    """The drafts of one meeting's convocation: the plan, the options, the result.

    ``open_url`` opens a folder or a draft with the system's program (tests replace it).
    """

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None,
        meeting_id: int,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.today = today or dt.date.today()
        self.report: MailReport | None = None
        self.rows: list[MailDraft] = []
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        services = context.services
        self.plan: MailPlan = services.convocations.plan(meeting_id)
        meeting = services.meetings.meeting(meeting_id)
        self.setWindowTitle(self.tr("Courriels de convocation"))
        self.setObjectName("convocationMailsDialog")
        self.resize(1100, 520)
        layout = QVBoxLayout(self)

        title = QLabel(self.plan.meeting_title)
        title.setObjectName("notesTitle")
        layout.addWidget(title)
        explanation = QLabel(
            self.tr(
                "Un brouillon de courriel (.eml) par membre, à ouvrir dans votre messagerie "
                "pour le relire et l'envoyer : adressé au représentant titulaire, copie au "
                "suppléant, avec la convocation à leur nom (formulaire de pouvoir compris) "
                "et l'invitation d'agenda (.ics)."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Membre"), self.tr("À"), self.tr("Copie"), self.tr("Brouillon")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line per address; a long name is elided
        header = self.table.horizontalHeader()
        for column in (MEMBER, TO, CC):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DRAFT, QHeaderView.ResizeMode.Stretch)
        # A draft's name is long and ends with what tells them apart: the member.
        self.table.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.table.doubleClicked.connect(lambda _index: self.open_draft())
        self._fill_table()
        layout.addWidget(self.table, 1)

        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {MISSING_COLOUR};")
        self.missing.setText(self._missing_text())
        self.missing.setVisible(bool(self.plan.unreachable))
        layout.addWidget(self.missing)

        form = QFormLayout()
        folder_row = QHBoxLayout()
        start = context.settings.text(MAILS_FOLDER_KEY) or context.settings.text(FOLDER_KEY)
        self.folder_edit = QLineEdit(start or str(Path.home()))
        choose = QPushButton(self.tr("&Choisir…"))
        choose.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        folder_label = QLabel(self.tr("&Dossier :"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        self.folder_edit.setFocus()
        formats = QHBoxLayout()
        self.word_radio = QRadioButton(self.tr("&Word (.docx)"))
        self.pdf_radio = QRadioButton(self.tr("&PDF (par LibreOffice)"))
        self.word_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.word_radio)
        group.addButton(self.pdf_radio)
        if not services.convocations.pdf_available():
            self.pdf_radio.setEnabled(False)
            self.pdf_radio.setToolTip(
                self.tr("LibreOffice n'est pas installé : les convocations seront en Word.")
            )
        formats.addWidget(self.word_radio)
        formats.addWidget(self.pdf_radio)
        formats.addStretch(1)
        form.addRow(self.tr("Convocation jointe :"), formats)
        self.mark_check = QCheckBox(
            self.tr("Noter la séance convoquée le {date} (date d'envoi)").format(
                date=i18n.long_date(self.today)
            )
        )
        can_mark = context.writable and services.convocations.can_mark_sent(meeting_id, self.today)
        self.mark_check.setChecked(can_mark)
        self.mark_check.setEnabled(can_mark)
        if meeting.convened_on is not None:
            self.mark_check.setText(
                self.tr("Date de convocation déjà notée : {date}").format(
                    date=i18n.long_date(meeting.convened_on)
                )
            )
        elif not can_mark:
            self.mark_check.setToolTip(
                self.tr("La date d'envoi ne peut être notée : séance passée ou base en lecture.")
            )
        form.addRow(self.tr("Date d'envoi :"), self.mark_check)
        layout.addLayout(form)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setVisible(False)
        layout.addWidget(self.summary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = QPushButton(self.tr("&Écrire les brouillons"))
        self.write_button.setDefault(True)
        self.write_button.setEnabled(bool(self.plan.drafts))
        self.write_button.clicked.connect(self.write)
        self.open_folder_button = QPushButton(self.tr("&Ouvrir le dossier"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_draft_button = QPushButton(self.tr("Ouvrir le &brouillon"))
        self.open_draft_button.setEnabled(False)
        self.open_draft_button.clicked.connect(self.open_draft)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # The plan ----------------------------------------------------------------------------
    def _fill_table(self) -> None:
        drafts = self.rows = [*self.plan.drafts, *self.plan.unreachable]
        self.table.setRowCount(len(drafts))
        missing = QBrush(QColor(MISSING_COLOUR))
        for row, draft in enumerate(drafts):
            to = self._people(draft.to)
            if draft.unreachable:
                names = ", ".join(c.name for c in draft.unreachable)
                line = self.tr("sans adresse : {names}").format(names=names)
                to = f"{to}\n{line}" if to else line
            cells = [draft.label, to, self._people(draft.cc), ""]
            if not draft.reachable:
                cells[DRAFT] = self.tr("aucun (pas d'adresse)")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not draft.reachable or (column == TO and draft.unreachable):
                    item.setForeground(missing)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    @staticmethod
    def _people(contacts: tuple[Contact, ...]) -> str:
        return "\n".join(c.address_line for c in contacts)

    def _missing_text(self) -> str:
        if not self.plan.drafts and self.plan.unreachable:
            return self.tr(
                "Aucun membre n'a d'adresse électronique : ajoutez les adresses aux fiches "
                "des personnes (page Instances et membres), puis recommencez."
            )
        names = ", ".join(d.label for d in self.plan.unreachable)
        return self.tr(
            "Sans adresse électronique, pas de brouillon : {names}. À convoquer autrement "
            "(courrier, remise en main propre)."
        ).format(names=names)

    # Actions ---------------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = self.context.dialogs.choose_folder(
            self, self.tr("Dossier des brouillons"), self.folder_edit.text()
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def write(self) -> MailReport | None:
        """Write the drafts with progress shown; the summary replaces the options."""
        folder = Path(self.folder_edit.text().strip() or ".")
        template = self.context.settings.text(TEMPLATE_KEY)
        title = self.tr("Courriels de convocation")
        text = self.tr("Écriture des brouillons…")
        if self.pdf_radio.isChecked():
            text = self.tr("Écriture des brouillons (convocations en PDF, par LibreOffice)…")
        progress, step = work_progress(self, title, text)
        try:
            report = self.context.services.convocations.write_drafts(
                self.meeting_id,
                folder,
                pdf=self.pdf_radio.isChecked(),
                template=Path(template) if template else None,
                mark_sent=self.mark_check.isEnabled() and self.mark_check.isChecked(),
                today=self.today,
                progress=step,
            )
        except IrevError as error:
            self.context.dialogs.error(self, title, error_text(error))
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.context.settings.set_text(MAILS_FOLDER_KEY, str(report.folder))
        self.report = report
        self._show_report(report)
        return report

    def _show_report(self, report: MailReport) -> None:
        for row, draft in enumerate(self.rows):
            path, item = self._written(draft), self.table.item(row, DRAFT)
            if path is not None and item is not None:
                item.setText(path.name)
                item.setToolTip(str(path))
        lines = [
            self.tr("{count} brouillon(s) écrit(s) dans {folder}.").format(
                count=len(report.written), folder=report.folder
            )
        ]
        if report.unreachable:
            lines.append(
                self.tr("Sans adresse, pas de brouillon : {names}.").format(
                    names=", ".join(d.label for d in report.unreachable)
                )
            )
        if report.marked and report.convened_on is not None:
            lines.append(
                self.tr("Séance notée convoquée le {date}.").format(
                    date=i18n.long_date(report.convened_on)
                )
            )
        elif report.mark_error is not None:
            lines.append(
                self.tr("La date d'envoi n'a pas été notée : {reason}").format(
                    reason=error_text(report.mark_error)
                )
            )
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(True)
        self.write_button.setEnabled(False)
        self.mark_check.setEnabled(False)
        self.open_folder_button.setEnabled(True)
        self.open_draft_button.setEnabled(bool(report.written))
        self.open_folder_button.setDefault(True)
        self.open_folder_button.setFocus()
        if report.written:
            self.table.selectRow(0)

    def open_folder(self) -> None:
        if self.report is not None:
            self.open_url(QUrl.fromLocalFile(str(self.report.folder)))

    def _written(self, draft: MailDraft) -> Path | None:
        if self.report is None:
            return None
        return next((w.path for w in self.report.written if w.draft == draft), None)

    def selected_draft(self) -> Path | None:
        """The draft written for the member of the selected row, if any."""
        row = self.table.currentRow()
        return self._written(self.rows[row]) if 0 <= row < len(self.rows) else None

    def open_draft(self) -> None:
        """The selected draft, in the mail program (the system's program for .eml)."""
        path = self.selected_draft()
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path)))


def prepare_convocation_mails(
    context: UiContext, parent: QWidget | None, meeting_id: int
) -> MailReport | None:
    """Show the dialog of the meeting's drafts; what it wrote, if anything."""
    title = QCoreApplication.translate("ConvocationMailsDialog", "Courriels de convocation")
    try:
        dialog = ConvocationMailsDialog(context, parent, meeting_id)
    except IrevError as error:
        context.dialogs.error(parent, title, error_text(error))
        return None
    try:
        context.dialogs.run(dialog)
        return dialog.report
    finally:
        dialog.deleteLater()
