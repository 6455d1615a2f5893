"""``irev-desktop convocation-mails``: one e-mail draft (.eml) per member convened, in a
folder, each with the member's convocation and the calendar invitation attached."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from irev_desktop.cli.parser import integer
from irev_desktop.domain.french import format_date_long
from irev_desktop.domain.text import printable
from irev_desktop.model.convocation import Contact, MailDraft, MailReport

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services

COMMAND = "convocation-mails"


def add_mails_command(commands: Any) -> None:
    mails = commands.add_parser(
        COMMAND,
        help="prépare les courriels de convocation : un brouillon (.eml) par membre, avec sa "
        "convocation et l'invitation d'agenda (.ics)",
    )
    mails.add_argument("meeting_id", type=integer(), metavar="SEANCE")
    mails.add_argument(
        "--folder",
        type=Path,
        required=True,
        metavar="DOSSIER",
        help="le dossier (existant) où écrire les brouillons",
    )
    mails.add_argument(
        "--pdf", action="store_true", help="joindre les convocations en PDF (par LibreOffice)"
    )
    mails.add_argument(
        "--template", type=Path, metavar="ENTETE.docx", help="papier à en-tête de l'organisation"
    )
    mails.add_argument(
        "--mark-sent",
        dest="mark_sent",
        action="store_true",
        help="noter aujourd'hui comme date de convocation de la séance, si elle n'en a pas",
    )
    mails.add_argument("--json", action="store_true", help="sortie JSON")


def mails_need_writing(args: argparse.Namespace) -> bool:
    """Only ``--mark-sent`` writes to the store; the drafts are files."""
    return args.command == COMMAND and bool(args.mark_sent)


def run_mails(services: Services, args: argparse.Namespace) -> int:
    report = services.convocations.write_drafts(
        args.meeting_id,
        args.folder,
        pdf=args.pdf,
        template=args.template,
        mark_sent=args.mark_sent,
    )
    meeting = services.meetings.meeting(args.meeting_id)
    if args.json:
        print(printable(json.dumps(report_as_json(report), ensure_ascii=False, indent=2)))
    else:
        print(printable(report_as_text(report, format_date_long(meeting.date))))
    return 0


def _person(contact: Contact) -> dict[str, str]:
    return {"name": contact.name, "email": contact.email, "quality": contact.quality}


def _unreachable(draft: MailDraft) -> dict[str, Any]:
    return {"member": draft.label, "people": [c.name for c in draft.unreachable]}


def report_as_json(report: MailReport) -> dict[str, Any]:
    return {
        "folder": str(report.folder),
        "format": "pdf" if report.pdf else "docx",
        "drafts": [
            {
                "file": str(written.path),
                "member": written.draft.label,
                "subject": written.draft.subject,
                "to": [_person(c) for c in written.draft.to],
                "cc": [_person(c) for c in written.draft.cc],
                "without_email": [c.name for c in written.draft.unreachable],
                "attachments": list(written.attachments),
            }
            for written in report.written
        ],
        "without_email": [_unreachable(d) for d in report.unreachable],
        "convened_on": report.convened_on.isoformat() if report.convened_on else None,
        "convened_on_recorded": report.marked,
        "convened_on_error": report.mark_error.message if report.mark_error else None,
    }


def report_as_text(report: MailReport, day: str) -> str:
    count = len(report.written)
    plural = "s" if count > 1 else ""
    lines = [
        f"{count} brouillon{plural} de courriel écrit{plural} dans {report.folder} "
        f"(séance du {day}, convocations en {'PDF' if report.pdf else 'Word'}) :"
    ]
    for written in report.written:
        to = ", ".join(c.address_line for c in written.draft.to)
        line = f"  {written.path.name} — à : {to}"
        if written.draft.cc:
            line += f" ; copie : {', '.join(c.address_line for c in written.draft.cc)}"
        if written.draft.unreachable:
            names = ", ".join(c.name for c in written.draft.unreachable)
            line += f" ; sans adresse : {names}"
        lines.append(line)
    if report.unreachable:
        lines.append("Sans adresse électronique, aucun brouillon (à convoquer autrement) :")
        for draft in report.unreachable:
            names = ", ".join(c.formal for c in draft.unreachable)
            lines.append(f"  {draft.label} ({names})" if names != draft.label else f"  {names}")
    if report.marked and report.convened_on:
        lines.append(f"Date de convocation notée : {format_date_long(report.convened_on)}.")
    elif report.mark_error is not None:
        lines.append(f"La date de convocation n'a pas été notée : {report.mark_error.message}")
    elif report.convened_on:
        lines.append(f"Date de convocation de la séance : {format_date_long(report.convened_on)}.")
    return "\n".join(lines)
