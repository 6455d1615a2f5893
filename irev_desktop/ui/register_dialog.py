"""Export → Registre des délibérations… : a body and a year, then the Word file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from irev_desktop.domain.errors import IrevError
from irev_desktop.model.dto import BodyDTO
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.progress import work_progress

if TYPE_CHECKING:
    from irev_desktop.ui.export_actions import ExportActions


class RegisterDialog(QDialog):
    """The body (by its name) and the year of the register."""

    def __init__(self, parent: QWidget | None, bodies: list[BodyDTO], years: list[int]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registre des délibérations"))
        form = QFormLayout(self)
        self.body_combo = QComboBox()
        for body in bodies:
            self.body_combo.addItem(f"{body.short_name} — {body.name}", body.id)
        form.addRow(self.tr("&Instance"), self.body_combo)
        self.year_combo = QComboBox()
        for year in years:
            self.year_combo.addItem(str(year), year)
        form.addRow(self.tr("&Année"), self.year_combo)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def body_id(self) -> int:
        return int(self.body_combo.currentData())

    def year(self) -> int:
        return int(self.year_combo.currentData())


def export_register(actions: ExportActions) -> Path | None:
    """Ask for the body and the year, then the file; write it with progress shown."""
    from irev_desktop.ui.export_actions import FOLDER_KEY

    context, parent = actions.context, actions.parent_widget
    services = context.services
    title = QCoreApplication.translate("RegisterDialog", "Registre des délibérations")
    bodies, years = services.registry.bodies(), services.meetings.years()
    if not bodies or not years:
        context.dialogs.info(
            parent, title, QCoreApplication.translate("RegisterDialog", "Aucune séance.")
        )
        return None
    dialog = RegisterDialog(parent, bodies, years)
    try:
        if not context.dialogs.run(dialog):
            return None
        body_id, year = dialog.body_id(), dialog.year()
    finally:
        dialog.deleteLater()
    registers = services.registers
    folder = context.settings.text(FOLDER_KEY) or str(Path.home())
    target = context.dialogs.save_file(
        parent,
        QCoreApplication.translate("RegisterDialog", "Enregistrer le registre"),
        str(Path(folder) / registers.proposed_file_name(body_id, year)),
        QCoreApplication.translate("RegisterDialog", "Documents Word (*.docx)"),
    )
    if target is None:
        return None
    if target.suffix.lower() != ".docx":
        target = target.with_name(target.name + ".docx")
    progress, step = work_progress(
        parent, title, QCoreApplication.translate("RegisterDialog", "Écriture du registre…")
    )

    try:
        written = registers.register(
            body_id, year, target, template=actions.template(), progress=step
        )
    except IrevError as error:
        context.dialogs.error(parent, title, error_text(error))
        return None
    finally:
        progress.close()
        progress.deleteLater()
    context.settings.set_text(FOLDER_KEY, str(written.parent))
    actions.last_written = written
    if context.dialogs.confirm(
        parent,
        QCoreApplication.translate("RegisterDialog", "Registre écrit"),
        QCoreApplication.translate(
            "RegisterDialog", "Le registre a été écrit :\n{path}\n\nL'ouvrir maintenant ?"
        ).format(path=written),
    ):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written
