"""Before the window writes a document drawn from signed minutes: their seal is checked,
and minutes whose seal fails are written only after a confirmation, marked « non
conforme au procès-verbal signé » on every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.seal_mark import SEALED_KINDS
from irev_desktop.ui.context import UiContext

CONTEXT = "SealExport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def confirm_export(
    context: UiContext, parent: QWidget, meeting_id: int, kind: DocumentKind
) -> bool | None:
    """None: the user declined, write nothing. Else whether to force the export (True
    when the seal fails and the user agreed to a document marked « non conforme »)."""
    if kind not in SEALED_KINDS:
        return False
    seal = context.services.meetings.check_seal(meeting_id)
    if not seal.failed:
        return False
    reasons = "\n".join(f"• {reason}" for reason in seal.reasons)
    text = QCoreApplication.translate(
        CONTEXT,
        "Le procès-verbal signé de cette séance ne correspond plus à sa signature :\n"
        "{reasons}\n\nLe document ne peut être écrit tel quel. L'écrire quand même, "
        "marqué « NON CONFORME AU PROCÈS-VERBAL SIGNÉ » sur chaque page ?",
    ).format(reasons=reasons)
    if context.dialogs.confirm(parent, _tr("Procès-verbal non conforme"), text):
        return True
    return None
