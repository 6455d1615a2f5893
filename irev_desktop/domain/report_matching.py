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
    # Every word of the person's name is in the report's (« LEFEBVRE Camille (Région
    # HDF) » has Camille Lefebvre's; « Jean Martin » has not Jeanne Martin's).
    whole_name: bool = False


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
        """The proposal taken unless the user says otherwise: the same e-mail; or a name
        that holds the whole of one person's name, scores CHOSEN_SCORE or more, and is
        the only one to (two homonyms, a first name alone: the user chooses)."""
        if not self.proposals:
            return None
        best = self.proposals[0]
        if best.by_email:
            return best
        close = [p for p in self.proposals if p.score >= CHOSEN_SCORE]
        if best.score >= CHOSEN_SCORE and best.whole_name and len(close) == 1:
            return best
        return None


def group(joins: Sequence[Join]) -> list[list[Join]]:
    """The joins of each participant, in report order: the same e-mail, or without one,
    the same name (folded)."""
    groups: dict[str, list[Join]] = {}
    for join in joins:
        key = f"@{join.email.casefold()}" if join.email else fold(join.name)
        groups.setdefault(key, []).append(join)
    return list(groups.values())


def stretches(joins: Sequence[Join], min_minutes: int) -> tuple[list[Interval], int]:
    """Merged stretches of presence (times of day; an end None: still connected) and how
    many were too short."""
    merged: list[tuple[dt.datetime, dt.datetime | None]] = []
    for join in sorted(joins, key=lambda j: j.joined):
        if merged:
            start, end = merged[-1]
            if end is None or join.joined - end <= MERGE_GAP:
                later = None if end is None or join.left is None else max(end, join.left)
                merged[-1] = (start, later)
                continue
        merged.append((join.joined, join.left))
    shortest = dt.timedelta(minutes=min_minutes)
    kept = [(start, end) for start, end in merged if end is None or end - start >= shortest]
    return (
        [Interval(_clock(start), None if end is None else _clock(end)) for start, end in kept],
        len(merged) - len(kept),
    )


def _clock(moment: dt.datetime) -> dt.time:
    return moment.time().replace(microsecond=0)


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
    words = set(" ".join(forms).split())
    for candidate in candidates:
        if wanted and candidate.email and candidate.email.casefold().strip() == wanted:
            proposals.append(Proposal(candidate.person_id, candidate.name, 100, True))
            continue
        target = fold(candidate.name)
        if not forms or not target:
            continue
        score = round(max(fuzz.token_sort_ratio(form, target) for form in forms))
        if score >= SUGGESTED_SCORE:
            whole = set(target.split()) <= words
            proposals.append(Proposal(candidate.person_id, candidate.name, score, False, whole))
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
