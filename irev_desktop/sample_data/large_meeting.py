"""One large meeting, written through the services: what the benchmarks open and export."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MeetingMode,
    QuorumBasis,
    Representation,
    Role,
    Weighting,
)
from irev_desktop.model.inputs import BodyRules, ItemFields, MeetingHeader
from irev_desktop.sample_data.builder import DEFAULT_SEED, ArchiveBuilder
from irev_desktop.sample_data.vocabulary import (
    ACTIONS,
    DECISIONS,
    FEMALE,
    INFO_TITLES,
    LAST_NAMES,
    MALE,
    gendered,
)

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services


def large_meeting(
    services: Services, *, items: int = 40, attendees: int = 80, seed: int = DEFAULT_SEED
) -> int:
    """A general assembly of ``items`` agenda items with notes and ``attendees`` people in
    office (most present, some represented, excused or absent), a deliberation on every
    fourth item and a few actions, written through the services, in an organisation of
    its own; returns the meeting's id. What the benchmarks open and export."""
    writer = ArchiveBuilder(1, seed, 2021, {})
    rng = writer.rng
    registry = services.registry
    taken = {o.short_name for o in registry.organisations()}
    short = next(f"GS{n}" for n in range(1, len(taken) + 2) if f"GS{n}" not in taken)
    organisation = registry.create_organisation(f"Groupement de la grande séance {short}", short)
    body = registry.add_body(
        organisation.id,
        "Assemblée générale",
        "AG",
        BodyRules(
            quorum_basis=QuorumBasis.HEADS,
            weighting=Weighting.HEADS,
            max_proxies_per_holder=1,
            notice_days=20,
        ),
    )
    start = dt.date(2020, 1, 1)
    people = []
    member = None
    for number in range(attendees):
        female = number % 2 == 0
        first = rng.choice(FEMALE if female else MALE)
        if member is None or number % 2 == 0:  # a titulaire and a suppléant per member
            member = registry.add_member(organisation.id, f"Membre n° {number // 2 + 1}", 1)
        person = registry.add_person(
            first,
            f"{rng.choice(LAST_NAMES)}-{number + 1}",
            civility=Civility.MADAME if female else Civility.MONSIEUR,
            function_title=gendered("représentant{e} du membre", female),
        )
        role = Role.PRESIDENT if number == 0 else Role.MEMBER
        services.mandates.add_mandate(
            person.id,
            body.id,
            role,
            start,
            member_id=member.id,
            representation=(
                Representation.TITULAIRE if number % 2 == 0 else Representation.SUPPLEANT
            ),
        )
        people.append(person.id)
    day = dt.date(2021, 3, 8)
    meeting = services.meetings.create_meeting(
        body.id,
        MeetingHeader(
            title="Assemblée générale ordinaire",
            date=day,
            planned_start=dt.time(10),
            mode=MeetingMode.HYBRID,
            place="Lille",
            video_link="https://visio.exemple.fr/ag",
            chair_id=people[0],
            secretary_id=people[1],
        ),
    )
    present = [p for n, p in enumerate(people) if n % 10 not in (3, 7, 9)]
    for person_id in present:
        services.attendance.set_status(meeting.id, person_id, AttendanceStatus.PRESENT)
    holders = iter(present[1:])
    for n, person_id in enumerate(people):
        if n % 10 == 3:
            services.attendance.set_status(
                meeting.id, person_id, AttendanceStatus.REPRESENTED, proxy_holder_id=next(holders)
            )
        elif n % 10 in (7, 9):
            status = AttendanceStatus.EXCUSED if n % 10 == 7 else AttendanceStatus.ABSENT
            services.attendance.set_status(meeting.id, person_id, status)
    agenda = services.agenda
    for number in range(items):
        values = writer.values(day.year)
        if number % 4 == 0:
            decision = rng.choice(DECISIONS)
            title = decision[0].format(**values)
            kind = ItemKind.DELIBERATION
        else:
            decision = None
            title = rng.choice(INFO_TITLES).format(**values)
            kind = ItemKind.DEBATE
        item = agenda.add_item(meeting.id, ItemFields(title, kind, rng.choice(people), 15))
        notes = "\n".join(
            " ".join(writer.sentence(day.year, None, None) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(2, 4))
        )
        agenda.save_notes(item.id, notes)
        if decision is not None:
            services.deliberations.record_unanimous(
                meeting.id,
                decision[1].format(**values),
                f"L'Assemblée générale, après en avoir délibéré, {decision[2].format(**values)}.",
                item_id=item.id,
            )
        if number % 8 == 1:
            services.actions.add_action(
                meeting.id,
                rng.choice(ACTIONS).format(**values),
                person_id=people[1],
                due_date=day + dt.timedelta(days=60),
                item_id=item.id,
            )
    services.meetings.record_times(meeting.id, actual_start=dt.time(10, 5), actual_end=dt.time(12))
    return meeting.id
