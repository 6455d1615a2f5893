"""``irev-desktop export``: one Word or PDF document of a meeting, or every extract; the
convocation also as a calendar invitation (.ics)."""

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
    if args.all and kind is not DocumentKind.EXTRAIT:
        raise ValidationError("L'option --all ne vaut que pour l'extrait (--kind extrait).")
    if args.pdf and not args.all:
        raise ValidationError(
            "L'option --pdf ne vaut qu'avec --all ; pour un seul document, donnez un "
            "fichier .pdf à --output."
        )
    if args.all:
        return _export_all_extracts(services, args)
    if args.output.suffix.lower() == ".ics":
        for option, given in (("--par-membre", args.per_member), ("--template", args.template)):
            if given:
                raise ValidationError(
                    "L'option {option} ne vaut pas pour l'invitation d'agenda (.ics).",
                    option=option,
                )
    exporter = services.export
    path = exporter.export(
        args.meeting_id,
        kind,
        args.output,
        template=args.template,
        deliberation=args.deliberation,
        per_member=args.per_member,
        force=args.force,
    )
    meeting = services.meetings.meeting(args.meeting_id)
    what = "Document PDF écrit" if path.suffix.lower() == ".pdf" else "Document Word écrit"
    if path.suffix.lower() == ".ics":
        what = "Invitation d'agenda écrite"
    print(f"{what} : {path} ({kind.label}, séance du {format_date_long(meeting.date)}).")
    return 0


def _export_all_extracts(services: Services, args: argparse.Namespace) -> int:
    if args.deliberation:
        raise ValidationError(
            "Les options --all et --deliberation s'excluent : --all écrit toutes les délibérations."
        )
    written = services.export.all_extracts(
        args.meeting_id, args.output, pdf=args.pdf, template=args.template
    )
    meeting = services.meetings.meeting(args.meeting_id)
    print(
        f"{len(written)} extrait{'s' if len(written) > 1 else ''} écrit"
        f"{'s' if len(written) > 1 else ''} dans {args.output} "
        f"(séance du {format_date_long(meeting.date)}) :"
    )
    for path in written:
        print(f"  {path.name}")
    return 0
