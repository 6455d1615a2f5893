"""The seal of the minutes, checked before a document drawn from them is written."""

from __future__ import annotations

from dataclasses import replace

from irev_desktop.db.store import Store
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_date_long
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.model import ExportRequest
from irev_desktop.exporters.seal_mark import SEALED_KINDS
from irev_desktop.model.seal import SealCheck
from irev_desktop.services.meetings import MeetingService


def reasons_text(check: SealCheck) -> str:
    """The reasons in one line: « a ; b »."""
    return " ; ".join(r[:1].lower() + r[1:].rstrip(".") for r in check.reasons)


def sealed_request(
    store: Store, request: ExportRequest, kind: DocumentKind, *, force: bool
) -> ExportRequest:
    """``request`` with the seal of its meeting; refused when the seal fails, unless
    ``force`` (the document is then marked « non conforme » on every page)."""
    if kind not in SEALED_KINDS:
        return request
    check = MeetingService(store).check_seal(request.meeting.id)
    if check.failed and not force:
        raise ValidationError(
            "Le {document} de la séance du {date} n'a pas été écrit : le procès-verbal "
            "signé ne correspond plus à sa signature ({reasons}). Pour l'écrire quand même, "
            "marqué « NON CONFORME AU PROCÈS-VERBAL SIGNÉ » sur chaque page, ajoutez "
            "l'option --force.",
            document=kind.label,
            date=format_date_long(check.meeting_date),
            reasons=reasons_text(check),
        )
    return replace(request, seal=check)
