"""The generated archive, built in memory: the registry, the representatives of each
member term after term and the offices they hold, the calendar of meetings, and for each
meeting its attendance, agenda, notes, deliberations, actions and attached reports, as
rows ready for bulk insertion (``sample_data.generator`` writes them).

Every draw comes from one ``random.Random`` seeded by the archive's parameters, in a
fixed order: the same parameters always give the same rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MajorityRule,
    MeetingMode,
    MeetingStatus,
    Representation,
    Role,
    VoteResult,
    Weighting,
)
from irev_desktop.domain.french import format_date_long
from irev_desktop.sample_data.vocabulary import (
    ACTIONS,
    ACTORS,
    BODIES,
    CLAUSE_VERBS,
    COMPLEMENTS,
    CONCLUSIONS,
    DECISIONS,
    EVENTS,
    FEMALE,
    INFO_TITLES,
    LAST_NAMES,
    MALE,
    MEMBERS,
    NEWS,
    OBJECTS,
    OFFICES,
    OPINION_VERBS,
    ORGANISATION,
    PARTNERS,
    PLACES,
    QUALITIES,
    REPORT_KEYWORDS,
    REPORT_VERBS,
    THEMES,
    gendered,
    slug,
    wrap,
)
from irev_desktop.services.simple_pdf import text_pdf

DEFAULT_SEED = 2021
DEFAULT_LAST_YEAR = 2025
MAX_YEARS = 100
TERM_YEARS = 3
MEETINGS_PER_YEAR = {"AG": 6, "CA": 34, "Bureau": 60}
ITEMS_RANGE = {"AG": (16, 26), "CA": (13, 23), "Bureau": (8, 17)}
# Deliberations besides the approval of the previous minutes: (min, max) per meeting.
DELIBERATIONS_RANGE = {"AG": (6, 10), "CA": (1, 4), "Bureau": (0, 1)}
ACTIONS_RANGE = {"AG": (1, 3), "CA": (0, 3), "Bureau": (0, 1)}
ATTACHMENTS_PER_YEAR = 25
GUESTS_PER_YEAR = 9


@dataclass
class _Person:
    id: int
    female: bool
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class _Tenure:
    """A representative of a member (titulaire or suppléant) over a period."""

    person: _Person
    member_index: int
    representation: Representation
    start: dt.date
    end: dt.date | None


@dataclass
class _Office:
    role: Role
    person: _Person
    member_index: int
    start: dt.date
    end: dt.date | None


@dataclass
class _Meeting:
    id: int
    body_index: int
    date: dt.date
    status: MeetingStatus = MeetingStatus.MINUTES_SIGNED
    previous: _Meeting | None = None
    adopted_in: _Meeting | None = None
    present_heads: int = 0
    represented_heads: int = 0
    weight_present: float = 0.0
    items: list[int] = field(default_factory=list)


@dataclass
class _Context:
    """What the items of one meeting need to know."""

    meeting: _Meeting
    body: int
    held: bool
    president: int | None
    treasurer: int | None
    director: _Person
    voters: list[int] = field(default_factory=list)


ROLE_RANK = {role: rank for rank, role in enumerate(Role)}


def _holder(office: list[dict[str, Any]], role: Role) -> int | None:
    return next((int(m["person_id"]) for m in office if m["role"] is role), None)


class ArchiveBuilder:
    """The rows of an archive of ``years`` years ending with ``last_year``; ``ids`` are
    the highest ids already taken, per table."""

    def __init__(self, years: int, seed: int, last_year: int, ids: dict[str, int]) -> None:
        self.rng = random.Random(f"{seed}-{years}-{last_year}")
        self.first_year = last_year - years + 1
        self.last_year = last_year
        self.start = dt.date(self.first_year, 1, 1)
        self.end = dt.date(last_year, 12, 31)
        self.next_id = dict(ids)
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.names: set[tuple[str, str]] = set()
        self.people: list[_Person] = []
        self.staff: list[tuple[_Person, dt.date, dt.date | None]] = []
        self.guests: list[_Person] = []
        self.pdfs: list[tuple[int, str, bytes]] = []

    # Helpers -----------------------------------------------------------------------------
    def new_id(self, table: str) -> int:
        self.next_id[table] = self.next_id.get(table, 0) + 1
        return self.next_id[table]

    def add(self, table: str, **values: Any) -> int:
        ident = self.new_id(table)
        self.rows.setdefault(table, []).append({"id": ident, **values})
        return ident

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(options)

    def fill(self, template: str, year: int) -> str:
        return template.format(
            year=year,
            prev=year - 1,
            next=year + 1,
            n=self.rng.randint(1, 3),
            theme=self.pick(THEMES),
            event=self.pick(EVENTS),
            news=self.pick(NEWS),
            partner=self.pick(PARTNERS),
        )

    def person(self, title: str) -> _Person:
        female = self.rng.random() < 0.5
        while True:
            first = self.pick(FEMALE if female else MALE)
            last = self.pick(LAST_NAMES)
            if (first, last) not in self.names:
                break
        self.names.add((first, last))
        ident = self.add(
            "person",
            civility=Civility.MADAME if female else Civility.MONSIEUR,
            first_name=first,
            last_name=last,
            email=f"{slug(first).lower()}.{slug(last).lower()}@exemple.fr",
            function_title=gendered(title, female),
        )
        result = _Person(ident, female, first, last)
        self.people.append(result)
        return result

    # Registry ------------------------------------------------------------------------------
    def registry(self) -> None:
        self.organisation = self.add(
            "organisation",
            name=ORGANISATION[0],
            short_name=ORGANISATION[1],
            address="Hauts-de-France",
            city="Lille",
            logo=None,
            logo_mime=None,
        )
        self.member_ids = [
            self.add(
                "member",
                organisation_id=self.organisation,
                name=name,
                college=college,
                statutory_rights=rights,
            )
            for name, college, rights, _board, _kind in MEMBERS
        ]
        self.body_ids = []
        for name, short, _subject, basis, (num, den), weighting, proxies, notice in BODIES:
            self.body_ids.append(
                self.add(
                    "body",
                    organisation_id=self.organisation,
                    name=name,
                    short_name=short,
                    quorum_basis=basis,
                    quorum_numerator=num,
                    quorum_denominator=den,
                    weighting=weighting,
                    majority=MajorityRule.SIMPLE,
                    max_proxies_per_holder=proxies,
                    notice_days=notice,
                    urgent_notice_days=5,
                    chair_casting_vote=True,
                )
            )

    def member_title(self, index: int) -> str:
        name, _college, _rights, _board, kind = MEMBERS[index]
        place = name.split(" ", 1)[1] if " " in name else name
        if kind == "etat":
            return self.pick(
                (
                    "sous-préf{ète} chargé{e} de la politique de la ville",
                    "secrétaire général{e} pour les affaires régionales",
                    "délégué{e} du préfet",
                    "direct{eur} départemental{e} de l'emploi et des solidarités",
                )
            )
        if kind == "region":
            return self.pick(("conseill{ère} régional{e}", "vice-président{e} du conseil régional"))
        if kind == "departement":
            return f"conseill{{ère}} départemental{{e}} {place}"
        if kind == "epci":
            return f"vice-président{{e}} chargé{{e}} de la politique de la ville, {name}"
        if kind == "ville":
            return f"adjoint{{e}} au maire {place}"
        return f"représentant{{e}}, {name}"

    # Mandates ------------------------------------------------------------------------------
    def terms(self) -> list[tuple[dt.date, dt.date]]:
        result = []
        year = self.first_year
        while year <= self.last_year:
            last = min(year + TERM_YEARS - 1, self.last_year)
            result.append((dt.date(year, 1, 1), dt.date(last, 12, 31)))
            year += TERM_YEARS
        return result

    def offices(self, terms: list[tuple[dt.date, dt.date]]) -> dict[int, set[int]]:
        """Which members hold an office in which term (their titulaire stays the term)."""
        self.office_members: list[list[int]] = []
        held: dict[int, set[int]] = {}
        for number, _term in enumerate(terms):
            chosen: list[int] = []
            for _role, kinds in OFFICES:
                candidates = [
                    i for i, m in enumerate(MEMBERS) if m[3] and m[4] in kinds and i not in chosen
                ]
                # The presidency stays with the same member from term to term, mostly.
                if number and self.rng.random() < 0.7:
                    previous = self.office_members[number - 1][len(chosen)]
                    if previous in candidates:
                        chosen.append(previous)
                        continue
                preferred = [i for i in candidates if MEMBERS[i][4] == kinds[0]]
                chosen.append(self.rng.choice(preferred or candidates))
            self.office_members.append(chosen)
            for member in chosen:
                held.setdefault(member, set()).add(number)
        return held

    def tenures(self) -> list[_Tenure]:
        terms = self.terms()
        held = self.offices(terms)
        result: list[_Tenure] = []
        for index in range(len(MEMBERS)):
            for representation in (Representation.TITULAIRE, Representation.SUPPLEANT):
                officer = representation is Representation.TITULAIRE
                current: _Tenure | None = None
                for number, (start, end) in enumerate(terms):
                    renew = 0.4 if officer and number in held.get(index, set()) else 0.55
                    if current is None or self.rng.random() < renew:
                        if current is not None:
                            current.end = start - dt.timedelta(days=1)
                        current = _Tenure(
                            self.person(self.member_title(index)),
                            index,
                            representation,
                            start,
                            None,
                        )
                        result.append(current)
                    if officer and number in held.get(index, set()):
                        continue  # an officer stays for the whole term
                    for year in range(start.year, end.year + 1):
                        if self.rng.random() < 0.12 and current is not None:
                            day = dt.date(year, self.rng.randint(2, 11), self.rng.randint(1, 28))
                            if day <= current.start:
                                continue
                            current.end = day - dt.timedelta(days=1)
                            current = _Tenure(
                                self.person(self.member_title(index)),
                                index,
                                representation,
                                day,
                                None,
                            )
                            result.append(current)
        self.terms_list = terms
        return result

    def mandates(self) -> None:
        tenures = self.tenures()
        ag, ca, bureau = self.body_ids
        self.offices_list: list[_Office] = []
        for number, (start, end) in enumerate(self.terms_list):
            for (role, _kinds), member in zip(OFFICES, self.office_members[number], strict=True):
                holder = next(
                    t
                    for t in tenures
                    if t.member_index == member
                    and t.representation is Representation.TITULAIRE
                    and t.start <= start
                    and (t.end is None or t.end >= end)
                )
                closing = None if end >= self.end else end
                self.offices_list.append(_Office(role, holder.person, member, start, closing))
        for tenure in tenures:
            bodies = [ag] + ([ca] if MEMBERS[tenure.member_index][3] else [])
            periods = self.role_periods(tenure)
            for body in bodies:
                for role, first_day, last_day in periods:
                    self.mandate(tenure.person, body, role, first_day, last_day, tenure)
        for office in self.offices_list:
            tenure = _Tenure(
                office.person,
                office.member_index,
                Representation.TITULAIRE,
                office.start,
                office.end,
            )
            self.mandate(office.person, bureau, office.role, office.start, office.end, tenure)
        # Government commissioners, every three or four years; they never vote.
        day = self.start
        while day <= self.end:
            following = dt.date(day.year + self.rng.choice((3, 4)), 1, 1)
            closing = None if following > self.end else following - dt.timedelta(days=1)
            commissioner = self.person("commissaire du Gouvernement, chargé{e} de mission SGAR")
            for body in self.body_ids:
                self.add(
                    "mandate",
                    person_id=commissioner.id,
                    body_id=body,
                    member_id=None,
                    role=Role.GOVERNMENT_COMMISSIONER,
                    representation=Representation.TITULAIRE,
                    start_date=day,
                    end_date=closing,
                )
            day = following
        # Staff: a new director every five to nine years.
        day = self.start
        while day <= self.end:
            following = dt.date(day.year + self.rng.randint(5, 9), 1, 1)
            closing = None if following > self.end else following - dt.timedelta(days=1)
            director = self.person(f"direct{{eur}} du {ORGANISATION[1]}")
            self.staff.append((director, day, closing))
            day = following
        guest_titles = (
            "chargé{e} d'études",
            "consultant{e}",
            "chef{fe} de projet politique de la ville",
            "chargé{e} de mission du centre de ressources",
            "délégué{e} du préfet",
        )
        for _ in range(GUESTS_PER_YEAR * (self.last_year - self.first_year + 1)):
            self.guests.append(self.person(self.pick(guest_titles)))

    def role_periods(self, tenure: _Tenure) -> list[tuple[Role, dt.date, dt.date | None]]:
        """A titulaire's tenure cut by the offices they hold (member, president, member…)."""
        spans = sorted(
            (o for o in self.offices_list if o.person.id == tenure.person.id),
            key=lambda o: o.start,
        )
        periods: list[tuple[Role, dt.date, dt.date | None]] = []
        cursor: dt.date | None = tenure.start
        for office in spans:
            if cursor is not None and office.start > cursor:
                periods.append((Role.MEMBER, cursor, office.start - dt.timedelta(days=1)))
            periods.append((office.role, office.start, office.end))
            cursor = None if office.end is None else office.end + dt.timedelta(days=1)
        if cursor is not None and (tenure.end is None or cursor <= tenure.end):
            periods.append((Role.MEMBER, cursor, tenure.end))
        return periods

    def mandate(
        self,
        person: _Person,
        body: int,
        role: Role,
        start: dt.date,
        end: dt.date | None,
        tenure: _Tenure,
    ) -> None:
        self.add(
            "mandate",
            person_id=person.id,
            body_id=body,
            member_id=self.member_ids[tenure.member_index],
            role=role,
            representation=tenure.representation,
            start_date=start,
            end_date=end,
        )

    # Who is in office ----------------------------------------------------------------------
    def in_office(self, body: int, day: dt.date) -> list[dict[str, Any]]:
        """The body's mandates running on ``day``, one per person, highest role first."""
        rows = [
            m
            for m in self.mandates_by_body[body]
            if m["start_date"] <= day and (m["end_date"] is None or m["end_date"] >= day)
        ]
        rows.sort(key=lambda m: ROLE_RANK[m["role"]])
        seen: set[int] = set()
        result = []
        for row in rows:
            if row["person_id"] not in seen:
                seen.add(row["person_id"])
                result.append(row)
        return result

    def director(self, day: dt.date) -> _Person:
        for person, start, end in self.staff:
            if start <= day and (end is None or day <= end):
                return person
        return self.staff[-1][0]

    # Meetings ------------------------------------------------------------------------------
    def calendar(self) -> list[_Meeting]:
        planned: list[tuple[dt.date, int]] = []
        for year in range(self.first_year, self.last_year + 1):
            for body_index, body in enumerate(BODIES):
                count = MEETINGS_PER_YEAR[body[1]]
                step = 340 / count
                used: set[dt.date] = set()
                for number in range(count):
                    day = dt.date(year, 1, 12) + dt.timedelta(
                        days=int(number * step) + self.rng.randint(-2, 2)
                    )
                    while day.weekday() >= 5 or day in used:
                        day += dt.timedelta(days=1)
                    used.add(day)
                    planned.append((day, body_index))
        planned.sort()
        meetings = [_Meeting(self.new_id("meeting"), body, day) for day, body in planned]
        by_body: dict[int, list[_Meeting]] = {}
        for meeting in meetings:
            by_body.setdefault(meeting.body_index, []).append(meeting)
        for series in by_body.values():
            for previous, following in itertools.pairwise(series):
                following.previous = previous
                previous.adopted_in = following
            # The newest meeting is planned, the one before awaits the approval of its
            # minutes, the one before that has them approved but not yet signed.
            series[-1].status = MeetingStatus.PLANNED
            if len(series) > 1:
                series[-2].status = MeetingStatus.MINUTES_DRAFT
            if len(series) > 2:
                series[-3].status = MeetingStatus.MINUTES_ADOPTED
        return meetings

    def meetings(self) -> None:
        self.mandates_by_body: dict[int, list[dict[str, Any]]] = {b: [] for b in self.body_ids}
        for row in self.rows["mandate"]:
            self.mandates_by_body[row["body_id"]].append(row)
        self.rights = {self.member_ids[i]: float(m[2]) for i, m in enumerate(MEMBERS)}
        self.schedule = self.calendar()
        self.numbers: dict[int, int] = {}
        for meeting in self.schedule:
            self.meeting(meeting)

    def meeting(self, meeting: _Meeting) -> None:
        short = BODIES[meeting.body_index][1]
        body = self.body_ids[meeting.body_index]
        held = meeting.status is not MeetingStatus.PLANNED
        day = meeting.date
        if day < dt.date(2020, 3, 16):
            mode = MeetingMode.IN_PERSON
        elif day < dt.date(2021, 7, 1):
            mode = MeetingMode.VIDEO
        else:
            mode = self.rng.choice((MeetingMode.IN_PERSON, MeetingMode.HYBRID, MeetingMode.VIDEO))
        start = dt.time(self.rng.choice((9, 10, 14)), self.rng.choice((0, 30)))
        actual = dt.datetime.combine(day, start) + dt.timedelta(minutes=self.rng.randint(0, 10))
        finish = actual + dt.timedelta(minutes=self.rng.randint(80, 180))
        office = self.in_office(body, day)
        context = _Context(
            meeting=meeting,
            body=body,
            held=held,
            president=_holder(office, Role.PRESIDENT),
            treasurer=_holder(office, Role.TREASURER),
            director=self.director(day),
        )
        if short == "AG":
            title = "Assemblée générale ordinaire"
            if self.rng.random() < 0.15:
                title = "Assemblée générale extraordinaire"
        else:
            title = "Conseil d'administration" if short == "CA" else "Réunion du Bureau"
        adopted = meeting.adopted_in
        approved = adopted is not None and meeting.status in (
            MeetingStatus.MINUTES_ADOPTED,
            MeetingStatus.MINUTES_SIGNED,
        )
        signed_at = None
        if adopted is not None and meeting.status is MeetingStatus.MINUTES_SIGNED:
            signed_at = dt.datetime.combine(adopted.date + dt.timedelta(days=7), dt.time(17))
        self.rows.setdefault("meeting", []).append(
            {
                "id": meeting.id,
                "body_id": body,
                "title": title,
                "date": day,
                "planned_start": start,
                "actual_start": actual.time() if held else None,
                "actual_end": finish.time() if held else None,
                "mode": mode,
                "place": "" if mode is MeetingMode.VIDEO else self.pick(PLACES),
                "video_link": ""
                if mode is MeetingMode.IN_PERSON
                else f"https://visio.exemple.fr/{short.lower()}-{day.isoformat()}",
                "chair_id": context.president,
                "secretary_id": context.director.id,
                "status": meeting.status,
                "adopted_on": adopted.date if approved and adopted else None,
                "adopted_in_meeting_id": adopted.id if approved and adopted else None,
                "signed_at": signed_at,
                "signed_digest": None,
            }
        )
        context.voters = self.attendance(context, office, actual.time())
        self.agenda(context, actual)

    def attendance(
        self, context: _Context, office: list[dict[str, Any]], start: dt.time
    ) -> list[int]:
        """The attendance rows; returns the voting people present."""
        meeting = context.meeting
        present: list[int] = []
        represented: list[tuple[dict[str, Any], dict[str, Any]]] = []
        records: list[dict[str, Any]] = []
        for mandate in office:
            status = AttendanceStatus.EXPECTED
            if context.held:
                draw = self.rng.random()
                if draw < 0.75:
                    status = AttendanceStatus.PRESENT
                elif draw < 0.87:
                    status = AttendanceStatus.EXCUSED
                elif draw < 0.92:
                    status = AttendanceStatus.ABSENT
                else:
                    status = AttendanceStatus.REPRESENTED
            record: dict[str, Any] = {
                "id": self.new_id("attendance"),
                "meeting_id": meeting.id,
                "person_id": mandate["person_id"],
                "status": status,
                "note": "",
            }
            records.append(record)
            votes = mandate["role"].votes
            if status is AttendanceStatus.PRESENT:
                if votes:
                    present.append(mandate["person_id"])
                    meeting.present_heads += 1
                    meeting.weight_present += self.weight(mandate)
                arrived: dt.time | None = None
                if self.rng.random() < 0.05:
                    late = dt.datetime.combine(meeting.date, start) + dt.timedelta(
                        minutes=self.rng.randint(10, 40)
                    )
                    arrived = late.time()
                self.add("presence", attendance_id=record["id"], arrived_at=arrived, left_at=None)
            elif status is AttendanceStatus.REPRESENTED:
                if votes:
                    represented.append((record, mandate))
                else:
                    record["status"] = AttendanceStatus.EXCUSED
        cap = BODIES[meeting.body_index][6]
        load: dict[int, int] = {}
        for record, mandate in represented:
            holders = [p for p in present if load.get(p, 0) < cap]
            if not holders:
                record["status"] = AttendanceStatus.EXCUSED
                continue
            holder = self.rng.choice(holders)
            load[holder] = load.get(holder, 0) + 1
            self.add(
                "proxy", attendance_id=record["id"], holder_id=holder, given_at=None, ended_at=None
            )
            meeting.represented_heads += 1
            meeting.weight_present += self.weight(mandate)
        if all(r["person_id"] != context.director.id for r in records):
            director = self.new_id("attendance")
            records.append(
                {
                    "id": director,
                    "meeting_id": meeting.id,
                    "person_id": context.director.id,
                    "status": AttendanceStatus.PRESENT
                    if context.held
                    else AttendanceStatus.EXPECTED,
                    "note": "",
                }
            )
            if context.held:
                self.add("presence", attendance_id=director, arrived_at=None, left_at=None)
        self.rows.setdefault("attendance", []).extend(records)
        return present

    def weight(self, mandate: dict[str, Any]) -> float:
        member = mandate["member_id"]
        if member is None or mandate["representation"] is not Representation.TITULAIRE:
            return 1.0
        return self.rights.get(member, 1.0)

    def agenda(self, context: _Context, actual: dt.datetime) -> None:
        meeting = context.meeting
        short, subject = BODIES[meeting.body_index][1], BODIES[meeting.body_index][2]
        year = meeting.date.year
        count = self.rng.randint(*ITEMS_RANGE[short])
        decisions = self.rng.randint(*DELIBERATIONS_RANGE[short])
        kinds = ["decision"] * decisions + ["info"] * max(count - decisions - 2, 0)
        self.rng.shuffle(kinds)
        clock = actual
        entries: list[tuple[str, str]] = []
        if meeting.previous is not None:
            entries.append(("approval", ""))
        entries += [(kind, "") for kind in kinds]
        entries.append(("misc", ""))
        for position, (kind, _unused) in enumerate(entries, start=1):
            values = self.values(year)
            decision = self.rng.choice(DECISIONS) if kind == "decision" else None
            if kind == "approval" and meeting.previous is not None:
                title = "Approbation du procès-verbal de la séance du " + format_date_long(
                    meeting.previous.date
                )
                rapporteur = context.president
            elif decision is not None:
                title = decision[0].format(**values)
                choices = (context.president, context.treasurer, context.director.id)
                rapporteur = self.rng.choice([p for p in choices if p is not None])
            elif kind == "misc":
                title = "Questions diverses"
                rapporteur = context.president
            else:
                title = self.pick(INFO_TITLES).format(**values)
                rapporteur = self.rng.choice(
                    [context.director.id, self.rng.choice(self.guests).id, context.president]
                )
            minutes = self.rng.choice((5, 10, 15, 20, 30, 45))
            notes = self.notes(context, kind, year, rapporteur) if context.held else ""
            started = clock.time()
            clock += dt.timedelta(minutes=minutes + self.rng.randint(-3, 5))
            item_id = self.add(
                "agenda_item",
                meeting_id=meeting.id,
                position=position,
                title=title,
                kind=ItemKind.DELIBERATION
                if kind in ("approval", "decision")
                else self.rng.choice((ItemKind.INFORMATION, ItemKind.DEBATE)),
                rapporteur_id=rapporteur,
                planned_minutes=minutes,
                notes=notes,
                started_at=started if context.held else None,
                ended_at=clock.time() if context.held else None,
            )
            meeting.items.append(item_id)
            if not context.held:
                continue
            if notes:
                self.add(
                    "note_revision",
                    item_id=item_id,
                    saved_at=dt.datetime.combine(meeting.date, clock.time()),
                    text=notes,
                )
            if kind == "approval" and meeting.previous is not None:
                self.deliberation(
                    meeting,
                    item_id,
                    title,
                    f"{subject} approuve le procès-verbal de sa séance du "
                    f"{format_date_long(meeting.previous.date)}.",
                )
            elif decision is not None:
                self.deliberation(
                    meeting,
                    item_id,
                    decision[1].format(**values),
                    f"{subject}, après en avoir délibéré, {decision[2].format(**values)}.",
                )
                if short != "Bureau" and title.startswith(REPORT_KEYWORDS):
                    self.report_candidates.append((meeting, item_id, title))
        if context.held:
            for _ in range(self.rng.randint(*ACTIONS_RANGE[short])):
                due = meeting.date + dt.timedelta(days=self.rng.randint(14, 90))
                self.add(
                    "action_item",
                    meeting_id=meeting.id,
                    item_id=self.rng.choice(meeting.items),
                    person_id=self.rng.choice([context.director.id, *context.voters[:5]]),
                    description=self.pick(ACTIONS).format(**self.values(year)),
                    due_date=due,
                    done=due < self.end - dt.timedelta(days=60),
                )

    def values(self, year: int) -> dict[str, Any]:
        return {
            "year": year,
            "prev": year - 1,
            "next": year + 1,
            "n": self.rng.randint(1, 3),
            "theme": self.pick(THEMES),
            "event": self.pick(EVENTS),
            "news": self.pick(NEWS),
            "partner": self.pick(PARTNERS),
        }

    def deliberation(self, meeting: _Meeting, item_id: int, title: str, body_text: str) -> None:
        year = meeting.date.year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        sequence = self.numbers[year]
        heads = meeting.present_heads + meeting.represented_heads
        against = abstention = 0
        if heads > 2 and self.rng.random() < 0.25:
            abstention = self.rng.randint(1, min(3, heads - 1))
            against = self.rng.randint(0, min(2, heads - abstention - 1))
        for_ = heads - against - abstention
        if heads > 4 and self.rng.random() < 0.01:
            for_, against = against, for_  # now and then a proposal is turned down
        weighted = BODIES[meeting.body_index][5] is Weighting.RIGHTS
        total = meeting.weight_present if weighted else float(heads)

        def share(count: int) -> float:
            return round(total * count / heads, 4) if heads else 0.0

        self.add(
            "deliberation",
            organisation_id=self.organisation,
            meeting_id=meeting.id,
            item_id=item_id,
            year=year,
            sequence=sequence,
            number=f"{year}-{sequence:02d}",
            title=title,
            text=body_text,
            majority=MajorityRule.SIMPLE,
            votes_for=for_,
            votes_against=against,
            votes_abstention=abstention,
            votes_not_taking_part=0,
            weighted_for=share(for_),
            weighted_against=share(against),
            weighted_abstention=share(abstention),
            weighted_not_taking_part=0.0,
            result=VoteResult.ADOPTED if for_ > against else VoteResult.REJECTED,
            unanimous=against == 0 and abstention == 0 and for_ > 0,
            casting_vote_used=False,
        )

    # Text ----------------------------------------------------------------------------------
    def speaker(self, context: _Context | None, rapporteur: int | None) -> str:
        if rapporteur is not None and self.rng.random() < 0.4:
            return self.people_by_id[rapporteur].name
        choices = [
            "Le représentant de l'État",
            "La représentante de la Région",
            "Un membre",
            "Plusieurs membres",
            "Le commissaire du Gouvernement",
        ]
        if context is not None:
            female = self.people_by_id[context.director.id].female
            choices.append("La directrice" if female else "Le directeur")
            if context.president is not None:
                female = self.people_by_id[context.president].female
                choices.append("La présidente" if female else "Le président")
        return self.pick(choices)

    def sentence(self, year: int, context: _Context | None, rapporteur: int | None) -> str:
        complement = self.pick(COMPLEMENTS).format(year=year)
        form = self.rng.randint(0, 5)
        if form == 0:
            return (
                f"{self.speaker(context, rapporteur)} {self.pick(REPORT_VERBS)} "
                f"{self.pick(OBJECTS)} {complement}."
            )
        if form == 1:
            return (
                f"{self.speaker(context, rapporteur)} rappelle que {self.pick(OBJECTS)} "
                f"{self.pick(CLAUSE_VERBS)} {self.pick(ACTORS)} {complement}."
            )
        if form == 2:
            return (
                f"{self.speaker(context, rapporteur)} {self.pick(OPINION_VERBS)} "
                f"{self.pick(QUALITIES)}."
            )
        if form == 3:
            return f"Les échanges portent sur {self.pick(OBJECTS)} et sur {self.pick(THEMES)}."
        if form == 4:
            return (
                f"Il est précisé que le centre de ressources {self.pick(CLAUSE_VERBS)} "
                f"{self.pick(ACTORS)} {complement}."
            )
        return self.pick(CONCLUSIONS)

    def notes(self, context: _Context, kind: str, year: int, rapporteur: int | None) -> str:
        if kind == "misc":
            if self.rng.random() < 0.5:
                return "Aucune question diverse n'est soulevée."
            return self.sentence(year, context, None)
        if kind == "approval":
            return (
                "Le procès-verbal de la séance précédente est soumis à l'approbation des "
                "membres. " + self.pick(("Aucune observation n'est formulée.", *CONCLUSIONS[:2]))
            )
        paragraphs = []
        for _ in range(self.rng.randint(1, 4)):
            count = self.rng.randint(2, 5)
            paragraphs.append(
                " ".join(self.sentence(year, context, rapporteur) for _ in range(count))
            )
        return "\n".join(paragraphs)

    # Attachments ---------------------------------------------------------------------------
    def attachments(self) -> None:
        by_year: dict[int, list[tuple[_Meeting, int, str]]] = {}
        for meeting, item_id, title in self.report_candidates:
            by_year.setdefault(meeting.date.year, []).append((meeting, item_id, title))
        for year in range(self.first_year, self.last_year + 1):
            candidates = by_year.get(year, [])
            chosen = self.rng.sample(candidates, min(ATTACHMENTS_PER_YEAR, len(candidates)))
            for meeting, item_id, title in sorted(chosen, key=lambda c: c[1]):
                short = BODIES[meeting.body_index][1]
                name = f"{meeting.date.isoformat()}_{short}_{slug(title)}.pdf"
                paragraph = " ".join(self.sentence(year, None, None) for _ in range(8))
                lines = [
                    ORGANISATION[0],
                    f"Document présenté à la séance du {format_date_long(meeting.date)}",
                    "",
                    *wrap(paragraph),
                    "",
                    "Document de travail généré pour l'archive de démonstration.",
                ]
                data = text_pdf(f"{ORGANISATION[1]} — {title}", lines, author=ORGANISATION[1])
                self.pdfs.append((meeting.id, name, data))
                self.rows.setdefault("attachment", []).append(
                    {
                        "id": self.new_id("attachment"),
                        "meeting_id": meeting.id,
                        "item_id": item_id,
                        "original_name": name[:300],
                        "media_type": "application/pdf",
                        "size": len(data),
                        "sha256": "",
                        "added_at": dt.datetime.combine(meeting.date, dt.time(9)),
                    }
                )

    def build(self) -> None:
        self.report_candidates: list[tuple[_Meeting, int, str]] = []
        self.registry()
        self.mandates()
        self.people_by_id = {p.id: p for p in self.people}
        self.meetings()
        self.attachments()
