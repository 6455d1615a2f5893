"""A whole meeting as text for a terminal, or as JSON for a script."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING, Any

from irev_desktop.cli_verify import seal_as_json, seal_lines, seal_warning
from irev_desktop.domain import french
from irev_desktop.domain.enums import AttendanceStatus, MeetingMode
from irev_desktop.domain.quorum import moves
from irev_desktop.domain.text import printable
from irev_desktop.services.dto import MeetingDetail

if TYPE_CHECKING:
    from irev_desktop.services.seal import SealCheck


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def meeting_as_json(detail: MeetingDetail, seal: SealCheck | None = None) -> dict[str, Any]:
    data: dict[str, Any] = to_jsonable(detail)
    data.pop("in_office", None)
    if seal is not None:
        data["seal"] = seal_as_json(seal)
    return data


def meeting_as_text(d: MeetingDetail, seal: SealCheck | None = None) -> str:
    """The meeting as lines for a terminal: no control character of the store gets through."""
    out: list[str] = seal_warning(seal)
    out.append(f"{d.organisation.name} — {d.body.name}")
    out.append(f"{d.title}, {french.format_date_long(d.date)}")
    times = " – ".join(french.format_time(t) for t in (d.actual_start, d.actual_end) if t)
    if not times and d.planned_start:
        times = f"prévue à {french.format_time(d.planned_start)}"
    where = d.mode.label
    if d.mode is not MeetingMode.VIDEO and d.place:
        where = f"{d.place} ({d.mode.label})"
    out.append(f"Horaires : {times or 'non renseignés'} · {where}")
    out.append(
        f"Présidence : {d.chair_name or '—'} · Secrétaire de séance : {d.secretary_name or '—'}"
    )
    out.append(f"Statut : {d.status.label}")
    out.extend(seal_lines(seal))
    q = d.quorum
    out.append(
        f"Quorum ({q.required_fraction} des {q.basis.label}) : "
        f"{french.format_number_fr(q.present + q.represented)} présents ou représentés "
        f"sur {french.format_number_fr(q.in_office)}, "
        f"{'atteint' if q.reached else 'NON atteint'}"
    )

    out.append("\nPrésences")
    for a in d.attendance:
        role = a.role.label if a.role else "invité·e"
        member = f", {a.member_name}" if a.member_name else ""
        status = a.status.label
        facts = []
        if a.status is AttendanceStatus.PRESENT:
            facts.append(french.format_moves(moves(a.presence)))
        for proxy in a.proxies:
            span = french.format_span(proxy.given_at, proxy.ended_at)
            facts.append(f"pouvoir à {proxy.holder_name}" + (f" {span}" if span else ""))
        extra = f" [{', '.join(f for f in facts if f)}]" if any(facts) else ""
        out.append(f"  - {a.person_name} ({role}{member}) : {status}{extra}")

    out.append("\nOrdre du jour")
    for item in d.items:
        rapporteur = f" — rapporteur : {item.rapporteur_name}" if item.rapporteur_name else ""
        out.append(f"  {item.position}. {item.title} [{item.kind.label}]{rapporteur}")
        for line in item.notes.splitlines():
            out.append(f"       {line}")

    if d.deliberations:
        out.append("\nDélibérations")
        for delib in d.deliberations:
            result = delib.result.label
            if delib.unanimous:
                result += " à l'unanimité"
            out.append(f"  n° {delib.number} — {delib.title} : {result}")
            out.append(
                f"       pour {delib.votes_for}, contre {delib.votes_against}, "
                f"abstention {delib.votes_abstention}, ne prend pas part "
                f"{delib.votes_not_taking_part}"
            )
    if d.actions:
        out.append("\nActions")
        for action in d.actions:
            due = (
                f" (avant le {french.format_date_short(action.due_date)})"
                if action.due_date
                else ""
            )
            who = f"{action.person_name} : " if action.person_name else ""
            out.append(f"  - {who}{action.description}{due}{' ✓' if action.done else ''}")
    if d.attachments:
        out.append("\nPièces jointes")
        for attachment in d.attachments:
            out.append(f"  - {attachment.original_name} ({attachment.size} octets)")
    return printable("\n".join(out))
