"""``irev-desktop export``: one Word document of a meeting."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_date_long
from irev_desktop.exporters.kinds import DocumentKind

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services


def export_document(services: Services, args: argparse.Namespace) -> int:
    kind = DocumentKind(args.kind)
    if args.deliberation and kind is not DocumentKind.EXTRAIT:
        raise ValidationError(
            "L'option --deliberation ne vaut que pour l'extrait (--kind extrait)."
        )
    if args.per_member and kind is not DocumentKind.CONVOCATION:
        raise ValidationError(
            "L'option --par-membre ne vaut que pour la convocation (--kind convocation)."
        )
    exporter = services.export
    path = exporter.export(
        args.meeting_id,
        kind,
        args.output,
        template=args.template,
        deliberation=args.deliberation,
        per_member=args.per_member,
    )
    meeting = services.meetings.meeting(args.meeting_id)
    print(
        f"Document Word écrit : {path} ({kind.label}, séance du {format_date_long(meeting.date)})."
    )
    return 0
