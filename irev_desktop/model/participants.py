"""A meeting's attendance as the domain's quorum rules see it: one way to make it, for the
services (from the rows) and for the documents (from the meeting as read)."""

from __future__ import annotations

from collections.abc import Iterable

from irev_desktop.domain.enums import AttendanceStatus, Representation, Role
from irev_desktop.domain.quorum import Interval, Participant, ProxySpan
from irev_desktop.model import dto


def first_mandates(in_office: Iterable[dto.MandateDTO]) -> dict[int, dto.MandateDTO]:
    """Each person's highest mandate in the body (the list is ordered by rank)."""
    result: dict[int, dto.MandateDTO] = {}
    for mandate in in_office:
        result.setdefault(mandate.person_id, mandate)
    return result


def participant(
    person_id: int,
    member_id: int | None,
    role: Role | None,
    representation: Representation | None,
    status: AttendanceStatus,
    presence: tuple[Interval, ...],
    proxies: tuple[ProxySpan, ...],
) -> Participant:
    """A person of the attendance: a titulaire or a suppléant of a member by their highest
    mandate (``role``, ``representation``), voting or not by its role; without one, a
    guest."""
    return Participant(
        person_id=person_id,
        member_id=member_id,
        titulaire=role is not None and representation is not Representation.SUPPLEANT,
        votes=role is not None and role.votes,
        status=status,
        presence=presence,
        proxies=proxies,
    )


def participants_of(meeting: dto.MeetingDetail) -> list[Participant]:
    """The participants of a meeting already read (the documents count from it): the
    roles as the attendance states them."""
    mandates = first_mandates(meeting.in_office)
    result = []
    for a in meeting.attendance:
        mandate = mandates.get(a.person_id)
        result.append(
            participant(
                a.person_id,
                mandate.member_id if mandate else None,
                a.role,
                a.representation,
                a.status,
                a.presence,
                tuple(ProxySpan(p.holder_id, Interval(p.given_at, p.ended_at)) for p in a.proxies),
            )
        )
    return result
