"""A whole meeting as text for a terminal, or as JSON for a script."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING, Any

from irev_desktop.cli.verify import seal_as_json, seal_lines, seal_warning
from irev_desktop.domain.text import printable
from irev_desktop.model import wording
from irev_desktop.model.wording import People

if TYPE_CHECKING:
    from collections.abc import Mapping

    from irev_desktop.domain.enums import Civility
    from irev_desktop.model.dto import MeetingDetail
    from irev_desktop.model.seal import SealCheck


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


def meeting_as_text(
    d: MeetingDetail,
    seal: SealCheck | None = None,
    civilities: Mapping[int, Civility | None] | None = None,
) -> str:
    """The meeting as lines for a terminal: no control character of the store gets through.

    The facts are worded by ``model.wording``, as the documents word them; ``civilities``
    (of the people named) make names and words agree: "Mme Milouda Ala, présidente"."""
    people = People(civilities)
    out: list[str] = seal_warning(seal)
    out.append(f"{d.organisation.name} — {d.body.name}")
    out.append(wording.meeting_title(d))
    out.append(f"Horaires : {wording.hours(d, planned=True)} · {wording.place(d)}")
    out.append(
        f"Présidence : {wording.chair(d, people)} · "
        f"Secrétaire de séance : {wording.secretary(d, people)}"
    )
    out.append(f"Statut : {wording.status_words(d)}")
    out.extend(seal_lines(seal))
    out.append(wording.quorum_sentence(d))

    out.append("\nPrésences")
    for a in d.attendance:
        quality = ", ".join(part for part in (people.quality(a), a.member_name) if part)
        out.append(f"  - {people.attendee_name(a)} ({quality}) : {wording.presence(a, people)}")

    out.append("\nOrdre du jour")
    for item in d.items:
        out.append(f"  {item.position}. {item.title}")
        out.append(f"       {wording.item_line(item, people, planned=True)}")
        for line in item.notes.splitlines():
            out.append(f"       {line}")

    if d.deliberations:
        out.append("\nDélibérations")
        for delib in d.deliberations:
            result = wording.result_words(delib, people, d.chair_id)
            out.append(f"  {wording.deliberation_heading(delib)} : {result}")
            out.append(f"       {wording.votes_line(delib, d.body)}")
    if d.actions:
        out.append("\nActions")
        for action in d.actions:
            details = wording.action_details(action, people)
            due = f" ({details})" if details else ""
            out.append(f"  - {action.description}{due}{' ✓' if action.done else ''}")
    if d.attachments:
        out.append("\nPièces jointes")
        for attachment in d.attachments:
            out.append(f"  - {attachment.original_name} ({attachment.size} octets)")
    return printable("\n".join(out))
