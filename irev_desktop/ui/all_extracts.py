"""Export ▸ Tous les extraits…: every deliberation of the meeting shown as an extract of
the register, one file each (Word or PDF), in a folder the user chooses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from irev_desktop.domain.errors import IrevError
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.progress import work_progress

if TYPE_CHECKING:
    from irev_desktop.ui.export_actions import ExportActions


def export_all_extracts(actions: ExportActions) -> list[Path]:
    """Ask for the format and the folder, write the extracts, offer to open the folder.
    Returns the files written (none when cancelled or refused)."""
    from irev_desktop.ui.export_actions import FOLDER_KEY

    context, parent = actions.context, actions.parent_widget
    dialogs = context.dialogs
    title = QCoreApplication.translate("AllExtracts", "Tous les extraits")
    meeting_id = actions.meeting_id()
    if meeting_id is None:
        dialogs.info(
            parent, title, QCoreApplication.translate("AllExtracts", "Ouvrez d'abord une séance.")
        )
        return []
    if not context.services.deliberations.deliberations(meeting_id):
        dialogs.error(
            parent,
            title,
            QCoreApplication.translate(
                "AllExtracts", "Cette séance n'a pas de délibération à extraire du registre."
            ),
        )
        return []
    word, pdf = (
        QCoreApplication.translate("AllExtracts", "Documents Word (.docx)"),
        QCoreApplication.translate("AllExtracts", "Documents PDF/A (.pdf, par LibreOffice)"),
    )
    chosen = dialogs.choose(
        parent,
        title,
        QCoreApplication.translate("AllExtracts", "Format des extraits :"),
        [word, pdf],
    )
    if not chosen:
        return []
    start = context.settings.text(FOLDER_KEY) or str(Path.home())
    folder = dialogs.choose_folder(
        parent, QCoreApplication.translate("AllExtracts", "Dossier des extraits"), start
    )
    if folder is None:
        return []
    progress, step = work_progress(
        parent, title, QCoreApplication.translate("AllExtracts", "Écriture des extraits…")
    )

    try:
        written = context.services.export.all_extracts(
            meeting_id,
            folder,
            pdf=chosen == pdf,
            template=actions.template(),
            progress=step,
        )
    except IrevError as error:
        dialogs.error(parent, title, error_text(error))
        return []
    finally:
        progress.close()
        progress.deleteLater()
    context.settings.set_text(FOLDER_KEY, str(folder))
    names = "\n".join(path.name for path in written)
    if dialogs.confirm(
        parent,
        QCoreApplication.translate("AllExtracts", "Extraits écrits"),
        QCoreApplication.translate(
            "AllExtracts",
            "{count} extrait(s) écrit(s) dans :\n{folder}\n\n{names}\n\nOuvrir le dossier ?",
        ).format(count=len(written), folder=folder, names=names),
    ):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return written
