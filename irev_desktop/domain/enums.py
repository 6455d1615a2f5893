"""The closed vocabularies of a GIP's governance.

Values are stable identifiers stored in the database and the archive format;
``label`` gives the French word the interface and the documents show.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        # Keyed by class too: StrEnum members of different enums with the same value
        # compare equal (QuorumBasis.RIGHTS == Weighting.RIGHTS), so they would collide.
        return _LABELS[(type(self), self.value)]


class Civility(_Labelled):
    MONSIEUR = "M."
    MADAME = "Mme"


class Role(_Labelled):
    """A person's role in a body (mandat)."""

    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    TREASURER = "treasurer"
    SECRETARY = "secretary"
    MEMBER = "member"
    GOVERNMENT_COMMISSIONER = "government_commissioner"
    GUEST = "guest"

    @property
    def votes(self) -> bool:
        """Consultative roles are counted present but never vote."""
        return self not in (Role.GOVERNMENT_COMMISSIONER, Role.GUEST)

    @property
    def rank(self) -> int:
        """Order in which a body's members are listed: the president first."""
        return _ROLE_RANKS[self]


_ROLE_RANKS = {role: rank for rank, role in enumerate(Role)}


class Representation(_Labelled):
    TITULAIRE = "titulaire"
    SUPPLEANT = "suppleant"
    NONE = "none"


class MeetingMode(_Labelled):
    IN_PERSON = "in_person"
    VIDEO = "video"
    HYBRID = "hybrid"


class MeetingStatus(_Labelled):
    PLANNED = "planned"
    CONVENED = "convened"
    HELD = "held"
    MINUTES_DRAFT = "minutes_draft"
    MINUTES_ADOPTED = "minutes_adopted"
    MINUTES_SIGNED = "minutes_signed"


class AttendanceStatus(_Labelled):
    EXPECTED = "expected"
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    REPRESENTED = "represented"


class ItemKind(_Labelled):
    INFORMATION = "information"
    DEBATE = "debate"
    DELIBERATION = "deliberation"


class QuorumBasis(_Labelled):
    RIGHTS = "rights"
    HEADS = "heads"


class Weighting(_Labelled):
    RIGHTS = "rights"
    HEADS = "heads"


class MajorityRule(_Labelled):
    SIMPLE = "simple"
    ABSOLUTE = "absolute"
    TWO_THIRDS = "two_thirds"
    UNANIMITY = "unanimity"


class VoteChoice(_Labelled):
    """One voter's vote."""

    FOR = "for"
    AGAINST = "against"
    ABSTENTION = "abstention"
    NOT_TAKING_PART = "not_taking_part"


class VoteResult(_Labelled):
    ADOPTED = "adopted"
    REJECTED = "rejected"


def _key(member: _Labelled) -> tuple[type[_Labelled], str]:
    return (type(member), member.value)


_LABELS: dict[tuple[type[_Labelled], str], str] = {
    _key(Civility.MONSIEUR): "Monsieur",
    _key(Civility.MADAME): "Madame",
    _key(Role.PRESIDENT): "président·e",
    _key(Role.VICE_PRESIDENT): "vice-président·e",
    _key(Role.TREASURER): "trésorier·ère",
    _key(Role.SECRETARY): "secrétaire",
    _key(Role.MEMBER): "membre",
    _key(Role.GOVERNMENT_COMMISSIONER): "commissaire du Gouvernement",
    _key(Role.GUEST): "invité·e",
    _key(Representation.TITULAIRE): "titulaire",
    _key(Representation.SUPPLEANT): "suppléant·e",
    _key(Representation.NONE): "",
    _key(MeetingMode.IN_PERSON): "présentiel",
    _key(MeetingMode.VIDEO): "visioconférence",
    _key(MeetingMode.HYBRID): "hybride",
    _key(MeetingStatus.PLANNED): "prévue",
    _key(MeetingStatus.CONVENED): "convoquée",
    _key(MeetingStatus.HELD): "tenue",
    _key(MeetingStatus.MINUTES_DRAFT): "procès-verbal en projet",
    _key(MeetingStatus.MINUTES_ADOPTED): "procès-verbal approuvé",
    _key(MeetingStatus.MINUTES_SIGNED): "procès-verbal signé",
    _key(AttendanceStatus.EXPECTED): "attendu·e",
    _key(AttendanceStatus.PRESENT): "présent·e",
    _key(AttendanceStatus.EXCUSED): "excusé·e",
    _key(AttendanceStatus.ABSENT): "absent·e",
    _key(AttendanceStatus.REPRESENTED): "représenté·e",
    _key(ItemKind.INFORMATION): "information",
    _key(ItemKind.DEBATE): "débat",
    _key(ItemKind.DELIBERATION): "délibération",
    _key(QuorumBasis.RIGHTS): "droits statutaires",
    _key(QuorumBasis.HEADS): "membres",
    _key(Weighting.RIGHTS): "pondéré par les droits statutaires",
    _key(Weighting.HEADS): "un membre, une voix",
    _key(MajorityRule.SIMPLE): "majorité simple des suffrages exprimés",
    _key(MajorityRule.ABSOLUTE): "majorité absolue des voix des présents et représentés",
    _key(MajorityRule.TWO_THIRDS): "majorité des deux tiers des suffrages exprimés",
    _key(MajorityRule.UNANIMITY): "unanimité des suffrages exprimés",
    _key(VoteChoice.FOR): "pour",
    _key(VoteChoice.AGAINST): "contre",
    _key(VoteChoice.ABSTENTION): "abstention",
    _key(VoteChoice.NOT_TAKING_PART): "ne prend pas part au vote",
    _key(VoteResult.ADOPTED): "adoptée",
    _key(VoteResult.REJECTED): "rejetée",
}
