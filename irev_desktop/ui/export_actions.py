"""The Export menu: the Word documents of the meeting shown, on the built-in template
or the organisation's letterhead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from irev_desktop.domain.errors import IrevError
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.progress import work_progress
from irev_desktop.ui.seal_export import confirm_export

TEMPLATE_KEY = "export/template"
FOLDER_KEY = "export/folder"

# Menu texts, in the order of the menu: the documents a secretary produces, in use order.
KIND_TEXTS: dict[DocumentKind, str] = {
    DocumentKind.CONVOCATION: str(QT_TRANSLATE_NOOP("ExportActions", "&Convocation…")),
    DocumentKind.EMARGEMENT: str(QT_TRANSLATE_NOOP("ExportActions", "&Feuille d'émargement…")),
    DocumentKind.PV: str(QT_TRANSLATE_NOOP("ExportActions", "&Procès-verbal…")),
    DocumentKind.COMPTE_RENDU: str(QT_TRANSLATE_NOOP("ExportActions", "Compte &rendu…")),
    DocumentKind.RELEVE: str(QT_TRANSLATE_NOOP("ExportActions", "Relevé de &décisions…")),
    DocumentKind.EXTRAIT: str(QT_TRANSLATE_NOOP("ExportActions", "E&xtrait du registre…")),
}


class ExportActions(QObject):
    def __init__(
        self, context: UiContext, parent: QWidget, meeting_id: Callable[[], int | None]
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.meeting_id = meeting_id
        self.last_written: Path | None = None

    def fill(self, menu: QMenu) -> None:
        for kind in KIND_TEXTS:
            action = QAction(QCoreApplication.translate("ExportActions", KIND_TEXTS[kind]), menu)
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
            if kind is DocumentKind.PV:
                action.setShortcut("Ctrl+E")
            menu.addAction(action)
            if kind is DocumentKind.CONVOCATION:
                invitation = QAction(self.tr("Invitation d'&agenda (.ics)…"), menu)
                invitation.triggered.connect(self.export_invitation)
                menu.addAction(invitation)
            if kind is DocumentKind.EXTRAIT:
                extracts = QAction(self.tr("&Tous les extraits…"), menu)
                extracts.triggered.connect(self.export_all_extracts)
                menu.addAction(extracts)
        register = QAction(self.tr("Re&gistre des délibérations…"), menu)
        register.triggered.connect(self.export_register)
        menu.addAction(register)
        menu.addSeparator()
        letterhead = QAction(self.tr("Papier à &en-tête de l'organisation…"), menu)
        letterhead.triggered.connect(self.choose_letterhead)
        builtin = QAction(self.tr("Modèle &intégré (A4)"), menu)
        builtin.triggered.connect(self.use_builtin)
        menu.addAction(letterhead)
        menu.addAction(builtin)
        menu.aboutToShow.connect(lambda: self._mark_template(letterhead, builtin))

    def export_register(self) -> Path | None:
        """The annual register of deliberations of a body (any meeting open or not)."""
        from irev_desktop.ui.register_dialog import export_register

        return export_register(self)

    def template(self) -> Path | None:
        chosen = self.context.settings.text(TEMPLATE_KEY)
        return Path(chosen) if chosen else None

    def _mark_template(self, letterhead: QAction, builtin: QAction) -> None:
        template = self.template()
        letterhead.setToolTip(str(template) if template else "")
        builtin.setCheckable(True)
        builtin.setChecked(template is None)

    def choose_letterhead(self) -> None:
        chosen = self.context.dialogs.open_file(
            self.parent_widget,
            self.tr("Papier à en-tête (document Word)"),
            self.tr("Documents Word (*.docx)"),
        )
        if chosen is not None:
            self.context.settings.set_text(TEMPLATE_KEY, str(chosen))

    def use_builtin(self) -> None:
        self.context.settings.set_text(TEMPLATE_KEY, "")

    def export(self, kind: DocumentKind) -> Path | None:
        meeting_id = self.meeting_id()
        if meeting_id is None:
            self.context.dialogs.info(
                self.parent_widget, self.tr("Exporter"), self.tr("Ouvrez d'abord une séance.")
            )
            return None
        services = self.context.services
        deliberation = None
        if kind is DocumentKind.EXTRAIT:
            numbers = [
                f"{d.number} — {d.title}" for d in services.deliberations.deliberations(meeting_id)
            ]
            if not numbers:
                self.context.dialogs.error(
                    self.parent_widget,
                    self.tr("Exporter"),
                    self.tr("Cette séance n'a pas de délibération à extraire du registre."),
                )
                return None
            picked = self.context.dialogs.choose(
                self.parent_widget,
                self.tr("Extrait du registre"),
                self.tr("Délibération :"),
                numbers,
            )
            if not picked:
                return None
            deliberation = picked.split(" — ", 1)[0]
        force = confirm_export(self.context, self.parent_widget, meeting_id, kind)
        if force is None:  # signed minutes whose seal fails, not to be marked
            return None
        suggested = services.export.proposed_file_name(meeting_id, kind, deliberation)
        folder = self.context.settings.text(FOLDER_KEY) or str(Path.home())
        target = self.context.dialogs.save_file(
            self.parent_widget,
            self.tr("Enregistrer le document"),
            str(Path(folder) / suggested),
            self.tr("Documents Word (*.docx);;Document PDF (*.pdf)"),
        )
        if target is None:
            return None
        if target.suffix.lower() not in (".docx", ".pdf"):
            target = target.with_name(target.name + ".docx")
        text = self.tr("Écriture du document…")
        if target.suffix.lower() == ".pdf":
            text = self.tr("Écriture du document PDF (par LibreOffice)…")
        progress, step = work_progress(self.parent_widget, self.tr("Exporter"), text)

        try:
            written = services.export.export(
                meeting_id,
                kind,
                target,
                template=self.template(),
                deliberation=deliberation,
                progress=step,
                force=force,
            )
        except IrevError as error:
            self.context.dialogs.error(self.parent_widget, self.tr("Exporter"), error_text(error))
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.context.settings.set_text(FOLDER_KEY, str(written.parent))
        self.last_written = written
        if self.context.dialogs.confirm(
            self.parent_widget,
            self.tr("Document écrit"),
            self.tr("Le document a été écrit :\n{path}\n\nL'ouvrir maintenant ?").format(
                path=written
            ),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def export_invitation(self) -> Path | None:
        """The convocation as a calendar invitation (.ics), to open in a calendar or to
        send; written again after a change of date, it updates the same event."""
        meeting_id = self.meeting_id()
        title = self.tr("Invitation d'agenda")
        if meeting_id is None:
            self.context.dialogs.info(
                self.parent_widget, title, self.tr("Ouvrez d'abord une séance.")
            )
            return None
        services = self.context.services
        folder = self.context.settings.text(FOLDER_KEY) or str(Path.home())
        try:
            suggested = services.convocations.invitation_file_name(meeting_id)
        except IrevError as error:
            self.context.dialogs.error(self.parent_widget, title, error_text(error))
            return None
        target = self.context.dialogs.save_file(
            self.parent_widget,
            self.tr("Enregistrer l'invitation d'agenda"),
            str(Path(folder) / suggested),
            self.tr("Invitation d'agenda (*.ics)"),
        )
        if target is None:
            return None
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        try:
            written = services.export.export(meeting_id, DocumentKind.CONVOCATION, target)
        except IrevError as error:
            self.context.dialogs.error(self.parent_widget, title, error_text(error))
            return None
        self.context.settings.set_text(FOLDER_KEY, str(written.parent))
        self.last_written = written
        if self.context.dialogs.confirm(
            self.parent_widget,
            self.tr("Invitation écrite"),
            self.tr("L'invitation d'agenda a été écrite :\n{path}\n\nL'ouvrir maintenant ?").format(
                path=written
            ),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def export_all_extracts(self) -> list[Path]:
        """Every deliberation of the meeting as an extract, one file each, in a folder."""
        from irev_desktop.ui.all_extracts import export_all_extracts

        return export_all_extracts(self)
