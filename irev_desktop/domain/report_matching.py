"""From a videoconference report's joins to people of the register and stretches of
presence: grouped by participant, reconnections merged, short joins left out, each
participant matched by e-mail first, then by a fuzzy comparison of names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from irev_desktop.domain.conference_report import Join, fold
from irev_desktop.domain.quorum import Interval

# Proposed and chosen from this score; proposed, for the user to choose, from SUGGESTED.
CHOSEN_SCORE = 85
SUGGESTED_SCORE = 60
# A reconnection within this gap is the same stretch (a network blink, a change of
# device); the default for « short joins are ignored ».
MERGE_GAP = dt.timedelta(seconds=90)
DEFAULT_MIN_MINUTES = 2


@dataclass(frozen=True)
class Candidate:
    """A person of the register a participant may be."""

    person_id: int
    name: str
    email: str


@dataclass(frozen=True)
class Proposal:
    person_id: int
    name: str
    score: int  # 0–100
    by_email: bool


@dataclass(frozen=True)
class Participant:
    """One participant of the report: their joins, and who they may be."""

    name: str
    email: str
    stretches: tuple[Interval, ...]  # times of day, merged, short ones left out
    ignored: int  # stretches shorter than the threshold
    guest: bool
    proposals: tuple[Proposal, ...]  # best first

    @property
    def chosen(self) -> Proposal | None:
        """The proposal taken unless the user says otherwise."""
        best = self.proposals[0] if self.proposals else None
        return best if best is not None and (best.by_email or best.score >= CHOSEN_SCORE) else None


def group(joins: Sequence[Join]) -> list[list[Join]]:
    """The joins of each participant, in report order: the same e-mail, or without one,
    the same name (folded)."""
    groups: dict[str, list[Join]] = {}
    for join in joins:
        key = f"@{join.email.casefold()}" if join.email else fold(join.name)
        groups.setdefault(key, []).append(join)
    return list(groups.values())


def stretches(joins: Sequence[Join], min_minutes: int) -> tuple[list[Interval], int]:
    """Merged stretches of presence (times of day) and how many were too short."""
    merged: list[list[dt.datetime]] = []
    for join in sorted(joins, key=lambda j: j.joined):
        if merged and join.joined - merged[-1][1] <= MERGE_GAP:
            merged[-1][1] = max(merged[-1][1], join.left)
        else:
            merged.append([join.joined, join.left])
    kept = [m for m in merged if m[1] - m[0] >= dt.timedelta(minutes=min_minutes)]
    return (
        [
            Interval(start.time().replace(microsecond=0), end.time().replace(microsecond=0))
            for start, end in kept
        ],
        len(merged) - len(kept),
    )


def name_forms(name: str) -> list[str]:
    """The ways a report writes a name worth comparing: as it is, without what is in
    brackets (« LEFEBVRE Camille (Région HDF) »), and what is in them (Zoom's original
    name: « Cam (Camille Lefebvre) »)."""
    forms = [fold(name)]
    outside = fold(re.sub(r"\([^)]*\)|\[[^]]*\]", " ", name))
    inside = [fold(part) for part in re.findall(r"\(([^)]*)\)", name)]
    for form in (outside, *inside):
        if form and form not in forms:
            forms.append(form)
    return [f for f in forms if re.search(r"[a-z]", f)]


def propose(name: str, email: str, candidates: Sequence[Candidate]) -> tuple[Proposal, ...]:
    """The people this participant may be, best first: an equal e-mail is certain; a
    name scores 0–100 (words in any order), kept from SUGGESTED_SCORE."""
    wanted = email.casefold().strip()
    proposals: list[Proposal] = []
    forms = name_forms(name)
    for candidate in candidates:
        if wanted and candidate.email and candidate.email.casefold().strip() == wanted:
            proposals.append(Proposal(candidate.person_id, candidate.name, 100, True))
            continue
        target = fold(candidate.name)
        if not forms or not target:
            continue
        score = round(max(fuzz.token_sort_ratio(form, target) for form in forms))
        if score >= SUGGESTED_SCORE:
            proposals.append(Proposal(candidate.person_id, candidate.name, score, False))
    proposals.sort(key=lambda p: (not p.by_email, -p.score, p.name))
    return tuple(proposals[:5])


def participants(
    joins: Sequence[Join], candidates: Sequence[Candidate], min_minutes: int
) -> list[Participant]:
    result = []
    for own in group(joins):
        first = own[0]
        email = next((j.email for j in own if j.email), "")
        kept, ignored = stretches(own, min_minutes)
        result.append(
            Participant(
                name=first.name,
                email=email,
                stretches=tuple(kept),
                ignored=ignored,
                guest=any(j.guest for j in own),
                proposals=propose(first.name, email, candidates),
            )
        )
    return result
