"""``irev-desktop verify [SEANCE]``: checks the seal of signed minutes.

Every meeting signed, or bearing a trace of a signature, is checked (or the one named):
the digest of its content, the columns recording the signature, and the attached files
on disk. One line per problem, then a summary; exit code 0 when all is well, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from irev_desktop.cli.parser import integer
from irev_desktop.domain import french
from irev_desktop.domain.text import printable

if TYPE_CHECKING:
    from irev_desktop.model.seal import SealCheck
    from irev_desktop.services.facade import Services


def add_verify_command(commands: Any) -> None:
    verify = commands.add_parser(
        "verify", help="vérifie l'empreinte des procès-verbaux signés et leurs pièces jointes"
    )
    verify.add_argument(
        "meeting_id",
        nargs="?",
        type=integer(),
        metavar="SEANCE",
        help="seulement cette séance (par défaut : toutes les séances signées)",
    )
    verify.add_argument("--json", action="store_true", help="sortie JSON")


def run_verify(services: Services, args: argparse.Namespace) -> int:
    meetings = services.meetings
    if args.meeting_id is not None:
        checks = [meetings.check_seal(args.meeting_id)]
    else:
        checks = [meetings.check_seal(ident) for ident in meetings.sealed_meetings()]
    # What this computer's key folder knows that the register lost (the whole register).
    local = services.keys.local_findings() if args.meeting_id is None else []
    failed = any(c.failed for c in checks) or bool(local)
    if args.json:
        data = {
            "ok": not failed,
            "summary": summary(checks),
            "meetings": [seal_as_json(c) for c in checks],
            "key_folder": local,
        }
        print(printable(json.dumps(data, ensure_ascii=False, indent=2)))
    else:
        for check in checks:
            for reason in check.reasons:
                print(printable(f"Séance n° {check.meeting_id} du {_date(check)} : {reason}"))
        for finding in local:
            print(printable(finding))
        print(printable(summary(checks)))
        if local:
            count = len(local)
            print(
                f"Le dossier des clés de cet ordinateur signale {count} "
                f"{'problème' if count == 1 else 'problèmes'} (ci-dessus)."
            )
    return 1 if failed else 0


def _date(check: SealCheck) -> str:
    return french.format_date_long(check.meeting_date)


def summary(checks: list[SealCheck]) -> str:
    """« 3 séances signées vérifiées : 1 altérée, 1 pièce jointe modifiée »."""
    from irev_desktop.model.seal import ProblemKind, SealStatus

    if len(checks) == 1 and checks[0].status is SealStatus.NOT_SIGNED:
        return f"La séance n° {checks[0].meeting_id} n'est pas signée : rien à vérifier."
    count = len(checks)
    head = (
        "Aucune séance signée à vérifier"
        if count == 0
        else f"{count} séance signée vérifiée"
        if count == 1
        else f"{count} séances signées vérifiées"
    )
    problems = [p for c in checks for p in c.problems]
    broken = (ProblemKind.CONTENT, ProblemKind.CHAIN, ProblemKind.SIGNATURE, ProblemKind.PDF)
    altered = sum(1 for c in checks if any(p.kind in broken for p in c.problems))
    inconsistent = sum(1 for c in checks if c.status is SealStatus.INCONSISTENT)
    changed = sum(1 for p in problems if p.kind is ProblemKind.ATTACHMENT_CHANGED)
    missing = sum(1 for p in problems if p.kind is ProblemKind.ATTACHMENT_MISSING)
    parts = [
        _count(altered, "altérée", "altérées"),
        _count(inconsistent, "à la signature incohérente", "à la signature incohérente"),
        _count(changed, "pièce jointe modifiée", "pièces jointes modifiées"),
        _count(missing, "pièce jointe manquante", "pièces jointes manquantes"),
    ]
    found = [p for p in parts if p]
    if count == 0:
        return f"{head}."
    if not found:
        return f"{head} : toutes conformes." if count > 1 else f"{head} : conforme."
    return f"{head} : {', '.join(found)}."


def _count(n: int, one: str, many: str) -> str:
    if n == 0:
        return ""
    return f"{n} {one if n == 1 else many}"


def seal_as_json(check: SealCheck) -> dict[str, Any]:
    return {
        "meeting_id": check.meeting_id,
        "date": check.meeting_date.isoformat(),
        "status": check.status.value,
        "status_label": check.status.label,
        "signed_at": check.signed_at.isoformat() if check.signed_at else None,
        "seal_version": check.seal_version,
        "digest": check.digest,
        "key_fingerprint": check.key_fingerprint,
        "pdf_sha256": check.pdf_sha256,
        "problems": [{"kind": p.kind.value, "reason": p.reason} for p in check.problems],
    }


def seal_warning(seal: SealCheck | None) -> list[str]:
    """For ``show``: the lines that open the meeting when its seal fails, else none."""
    from irev_desktop.model.seal import SealStatus

    if seal is None or not seal.failed:
        return []
    if seal.status is SealStatus.ALTERED:
        head = (
            "ATTENTION : le procès-verbal signé a été modifié depuis sa signature ; ce qui "
            "suit n'est pas le contenu signé."
        )
    else:
        head = (
            "ATTENTION : la signature du procès-verbal a été modifiée hors du programme ; "
            "ce qui suit n'est pas garanti conforme au procès-verbal signé."
        )
    return [head, *(f"  - {reason}" for reason in seal.reasons), ""]


def seal_lines(seal: SealCheck | None) -> list[str]:
    """For ``show``, under the status: the seal's facts and its state."""
    from irev_desktop.model.seal import SealStatus

    if seal is None or seal.status is SealStatus.NOT_SIGNED:
        return []
    when = (
        f"le {french.format_date_long(seal.signed_at.date())} à "
        f"{french.format_time(seal.signed_at.time())}"
        if seal.signed_at is not None
        else "date effacée"
    )
    state = {
        SealStatus.OK: "empreinte vérifiée",
        SealStatus.ALTERED: "ALTÉRÉ depuis la signature",
        SealStatus.INCONSISTENT: "signature INCOHÉRENTE",
    }[seal.status]
    digest = f"{seal.short_digest}…" if seal.digest else "aucune empreinte"
    key = f", clé {seal.key_fingerprint}" if seal.key_fingerprint else ""
    return [
        f"Signature : {when} · {state} (empreinte {digest}, version {seal.seal_version or 1}{key})"
    ]
