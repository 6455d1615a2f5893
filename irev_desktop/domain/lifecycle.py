"""The life of a meeting and of its minutes (procès-verbal).

A meeting is planned, convened, held; its minutes are drafted, adopted at the next
meeting, then signed. Adopted minutes may go back to draft for a correction; signed
minutes are frozen for good.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import ValidationError

_S = MeetingStatus

ALLOWED: Mapping[MeetingStatus, frozenset[MeetingStatus]] = MappingProxyType(
    {
        _S.PLANNED: frozenset({_S.CONVENED, _S.HELD}),
        _S.CONVENED: frozenset({_S.PLANNED, _S.HELD}),
        _S.HELD: frozenset({_S.MINUTES_DRAFT}),
        _S.MINUTES_DRAFT: frozenset({_S.MINUTES_ADOPTED}),
        _S.MINUTES_ADOPTED: frozenset({_S.MINUTES_DRAFT, _S.MINUTES_SIGNED}),
        _S.MINUTES_SIGNED: frozenset(),
    }
)


def check_transition(current: MeetingStatus, target: MeetingStatus) -> None:
    if target not in ALLOWED[current]:
        raise ValidationError(
            "Une séance au statut «\u00a0{current}\u00a0» ne peut pas passer au statut "
            "«\u00a0{target}\u00a0».",
            current=current.label,
            target=target.label,
        )


def is_frozen(status: MeetingStatus) -> bool:
    """Signed minutes may no longer change, nor anything they record."""
    return status is MeetingStatus.MINUTES_SIGNED
