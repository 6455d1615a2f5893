"""The lifecycle of a meeting's minutes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.enums import MeetingStatus as S
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.lifecycle import ALLOWED, check_transition, is_frozen

EXPECTED = {
    (S.PLANNED, S.CONVENED),
    (S.PLANNED, S.HELD),
    (S.CONVENED, S.PLANNED),
    (S.CONVENED, S.HELD),
    (S.HELD, S.MINUTES_DRAFT),
    (S.MINUTES_DRAFT, S.MINUTES_ADOPTED),
    (S.MINUTES_ADOPTED, S.MINUTES_DRAFT),
    (S.MINUTES_ADOPTED, S.MINUTES_SIGNED),
}


def test_allowed_covers_every_status() -> None:
    assert set(ALLOWED) == set(S)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_every_transition(current: S, target: S) -> None:
    if (current, target) in EXPECTED:
        check_transition(current, target)
    else:
        with pytest.raises(ValidationError) as caught:
            check_transition(current, target)
        message = str(caught.value)
        assert current.label in message
        assert target.label in message


def test_signed_minutes_message() -> None:
    with pytest.raises(ValidationError, match=r"procès-verbal signé.*procès-verbal en projet"):
        check_transition(S.MINUTES_SIGNED, S.MINUTES_DRAFT)


def test_only_signed_minutes_are_frozen() -> None:
    assert [s for s in S if is_frozen(s)] == [S.MINUTES_SIGNED]


def test_allowed_cannot_be_changed_by_accident() -> None:
    with pytest.raises(TypeError):
        ALLOWED[S.MINUTES_SIGNED] = frozenset({S.PLANNED})  # type: ignore[index]


@given(st.lists(st.sampled_from(list(S)), max_size=30))
def test_once_signed_always_signed(attempts: list[S]) -> None:
    status = S.PLANNED
    signed = False
    for target in attempts:
        try:
            check_transition(status, target)
        except ValidationError:
            continue
        status = target
        signed = signed or status is S.MINUTES_SIGNED
        assert not signed or status is S.MINUTES_SIGNED
    # Minutes exist only once the meeting is held: a draft is reached only through HELD.
    assert status in (S.PLANNED, S.CONVENED, S.HELD) or S.HELD in attempts
