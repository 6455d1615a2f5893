"""``irev-desktop attendance import SEANCE FICHIER``: the attendance of a meeting from a
videoconference report (Teams, Zoom, or a plain table).

Participants matched with confidence (the same e-mail, or a name that scores at least
85 of 100) are written as their history of arrivals, departures and returns; the others
are listed « à confirmer » and left to the window, where each match is chosen, unless
``--invites`` adds the unknown ones as guests. ``--dry-run`` writes nothing.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from irev_desktop.cli.parser import integer
from irev_desktop.domain.history_text import format_time

if TYPE_CHECKING:  # the command line starts without the services' modules
    from irev_desktop.domain.quorum import Interval
    from irev_desktop.domain.report_matching import Participant
    from irev_desktop.model.conference_import import ImportPlan
    from irev_desktop.services.facade import Services

# As domain.report_matching's, which this module does not import to build the parser.
DEFAULT_MIN_MINUTES = 2
CHOSEN_SCORE = 85


def add_attendance_command(commands: Any) -> None:
    attendance = commands.add_parser("attendance", help="la liste de présence d'une séance")
    actions = attendance.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)
    report = actions.add_parser(
        "import",
        help="reprend les présences d'un rapport de visioconférence (Teams, Zoom, tableau)",
    )
    report.add_argument("meeting_id", type=integer(), metavar="SEANCE")
    report.add_argument("report", metavar="FICHIER", help="le rapport téléchargé (.csv)")
    report.add_argument(
        "--dry-run", action="store_true", help="montre ce qui serait enregistré, sans rien écrire"
    )
    report.add_argument("--json", action="store_true", help="sortie JSON")
    report.add_argument(
        "--min-minutes",
        type=integer(0, 240),
        default=DEFAULT_MIN_MINUTES,
        metavar="N",
        help=f"ignore les connexions de moins de N minutes ({DEFAULT_MIN_MINUTES} par défaut)",
    )
    report.add_argument(
        "--invites",
        action="store_true",
        help="ajoute comme invités les participants qui ne sont pas dans le registre",
    )


def writes(args: argparse.Namespace) -> bool:
    return not args.dry_run


def run_attendance(services: Services, args: argparse.Namespace) -> int:
    from pathlib import Path

    from irev_desktop.domain.conference_report import read_report_file
    from irev_desktop.domain.text import printable
    from irev_desktop.model.conference_import import default_choices

    data = read_report_file(Path(args.report))
    plan = services.attendance_import.plan(args.meeting_id, data, args.min_minutes)
    choices = default_choices(plan, guests=args.invites)
    written = (
        0
        if args.dry_run or not choices
        else services.attendance_import.apply(args.meeting_id, choices)
    )
    if args.json:
        print(printable(json.dumps(as_json(plan, args, written), ensure_ascii=False, indent=2)))
        return 0
    print(printable("\n".join(as_text(plan, args, written))))
    return 0


def span(stretch: Interval) -> str:
    start = format_time(stretch.start) if stretch.start else "…"
    end = format_time(stretch.end) if stretch.end else "…"
    return f"{start}–{end}"


def action_of(participant: Participant, guests: bool) -> str:
    if not participant.stretches:
        return "rien"
    if participant.chosen is not None:
        return "présence"
    return "invité" if guests else "à confirmer"


def as_text(plan: ImportPlan, args: argparse.Namespace, written: int) -> list[str]:
    lines = [
        f"Rapport {plan.kind}, séance n° {plan.meeting_id} ; connexions de moins de "
        f"{plan.min_minutes} min ignorées."
    ]
    for p in plan.participants:
        chosen = p.chosen
        who = (
            f"{chosen.name} ({'courriel' if chosen.by_email else f'nom, {chosen.score}/100'})"
            if chosen is not None
            else "?"
        )
        times = ", ".join(span(s) for s in p.stretches) or "aucune connexion retenue"
        if p.ignored:
            times += f" ({p.ignored} courte{'s' if p.ignored > 1 else ''} ignorée"
            times += "s)" if p.ignored > 1 else ")"
        action = action_of(p, args.invites)
        lines.append(f"  {p.name} → {who} : {times} [{action}]")
        if action == "à confirmer" and p.proposals:
            lines.append(
                "      proposé : " + ", ".join(f"{x.name} ({x.score}/100)" for x in p.proposals[:3])
            )
    pending = sum(1 for p in plan.participants if action_of(p, args.invites) == "à confirmer")
    if pending:
        lines.append(
            f"{pending} participant(s) à confirmer (moins de {CHOSEN_SCORE}/100, ou inconnus) : "
            "choisissez-les dans la fenêtre (Présences ▸ Importer un rapport de "
            "visioconférence), ou ajoutez-les comme invités avec --invites."
        )
    if args.dry_run:
        lines.append("Rien n'a été écrit (--dry-run).")
    else:
        lines.append(f"{written} personne(s) enregistrée(s).")
    return lines


def as_json(plan: ImportPlan, args: argparse.Namespace, written: int) -> dict[str, Any]:
    return {
        "meeting_id": plan.meeting_id,
        "kind": plan.kind,
        "min_minutes": plan.min_minutes,
        "dry_run": bool(args.dry_run),
        "written": written,
        "participants": [
            {
                "name": p.name,
                "email": p.email,
                "stretches": [
                    [
                        format_time(s.start) if s.start else None,
                        format_time(s.end) if s.end else None,
                    ]
                    for s in p.stretches
                ],
                "ignored": p.ignored,
                "guest": p.guest,
                "chosen": None if p.chosen is None else p.chosen.person_id,
                "action": action_of(p, args.invites),
                "proposals": [
                    {
                        "person_id": x.person_id,
                        "name": x.name,
                        "score": x.score,
                        "by_email": x.by_email,
                    }
                    for x in p.proposals
                ],
            }
            for p in plan.participants
        ],
    }
