"""The example with e-mail addresses: the demo's people have none."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Iterable

from irev_desktop.domain.enums import MeetingMode
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.services.facade import Services

DOMAIN = "example.org"


def address_of(full_name: str) -> str:
    """ "Hélène Roussel" → "helene.roussel@example.org"."""
    plain = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    return f"{plain.lower().replace(' ', '.')}@{DOMAIN}"


def give_addresses(services: Services, *, without: Iterable[str] = ()) -> dict[str, str]:
    """Give every person of the register an address, but those named in ``without``
    (full names); returns {full name: address}."""
    skipped = set(without)
    given: dict[str, str] = {}
    for person in services.registry.people():
        email = "" if person.full_name in skipped else address_of(person.full_name)
        services.registry.update_person(
            person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            civility=person.civility,
            email=email,
            function_title=person.function_title,
        )
        if email:
            given[person.full_name] = email
    return given


def main_meeting_id(services: Services) -> int:
    return next(m.id for m in services.meetings.meetings() if m.date == dt.date(2021, 3, 8))


def header_of(services: Services, meeting_id: int, **changes: object) -> MeetingHeader:
    """The meeting's header as its form would send it back, with ``changes``."""
    header = MeetingHeader.of(services.meetings.meeting(meeting_id))
    return dataclasses.replace(header, **changes)  # type: ignore[arg-type]


def new_meeting(
    services: Services,
    day: dt.date,
    *,
    title: str = "Assemblée générale extraordinaire",
    start: dt.time | None = dt.time(14, 30),
    mode: MeetingMode = MeetingMode.IN_PERSON,
    place: str = "Lille",
    link: str = "",
) -> int:
    """A meeting of the demo's general assembly, with no agenda of its own."""
    main = services.meetings.meeting(main_meeting_id(services))
    created = services.meetings.create_meeting(
        main.body.id,
        MeetingHeader(
            title=title,
            date=day,
            planned_start=start,
            mode=mode,
            place=place,
            video_link=link,
            chair_id=main.chair_id,
            secretary_id=main.secretary_id,
        ),
    )
    for item in created.items:  # the approval of the previous minutes, proposed
        services.agenda.remove_item(item.id)
    return created.id
