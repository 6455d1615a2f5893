"""Proxy (pouvoir) rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.proxies import check_proxy

NAMES = {1: "Milouda Ala", 2: "Laurent Buchaillat", 3: "Anne Martin", 4: "Paul Durand"}
VOTERS = {1, 2, 3, 4, 5}
COMMISSIONER = 90


def test_a_valid_proxy_passes() -> None:
    check_proxy(3, 1, proxies={4: 1}, voters=VOTERS, max_per_holder=2, names=NAMES)


def test_a_new_proxy_replaces_the_givers_own() -> None:
    # 3 gave to 2 and changes their mind: the old proxy is not counted against anything.
    check_proxy(3, 1, proxies={3: 2, 4: 1}, voters=VOTERS, max_per_holder=2, names=NAMES)
    # ... nor does it count towards the holder's cap when given again to the same person.
    check_proxy(3, 1, proxies={3: 1}, voters=VOTERS, max_per_holder=1, names=NAMES)


def test_no_proxy_to_oneself() -> None:
    with pytest.raises(ValidationError, match="Anne Martin ne peut pas se donner pouvoir"):
        check_proxy(3, 3, proxies={}, voters=VOTERS, max_per_holder=2, names=NAMES)


def test_a_commissaire_du_gouvernement_neither_gives_nor_holds() -> None:
    with pytest.raises(ValidationError, match=r"n° 90 n’a pas voix délibérative.*donner"):
        check_proxy(COMMISSIONER, 1, proxies={}, voters=VOTERS, max_per_holder=2, names=NAMES)
    with pytest.raises(ValidationError, match=r"n° 90 n’a pas voix délibérative.*recevoir"):
        check_proxy(1, COMMISSIONER, proxies={}, voters=VOTERS, max_per_holder=2, names=NAMES)


def test_no_chains() -> None:
    with pytest.raises(ValidationError, match="Milouda Ala a déjà donné pouvoir à Paul Durand"):
        check_proxy(3, 1, proxies={1: 4}, voters=VOTERS, max_per_holder=2, names=NAMES)


def test_a_holder_cannot_give_their_own_vote_away() -> None:
    with pytest.raises(
        ValidationError,
        match="Milouda Ala détient déjà le pouvoir de Laurent Buchaillat, Anne Martin",
    ):
        check_proxy(1, 4, proxies={3: 1, 2: 1}, voters=VOTERS, max_per_holder=3, names=NAMES)


def test_cap_per_holder_is_stated() -> None:
    with pytest.raises(ValidationError) as caught:
        check_proxy(3, 1, proxies={4: 1, 5: 1}, voters=VOTERS, max_per_holder=2, names=NAMES)
    message = str(caught.value)
    assert "Milouda Ala détient déjà 2 pouvoirs" in message
    assert "plafond" in message
    assert "de 2 pouvoirs par personne" in message
    with pytest.raises(ValidationError, match="de 1 pouvoir par personne"):
        check_proxy(3, 1, proxies={4: 1}, voters=VOTERS, max_per_holder=1)


def test_names_default_to_numbers() -> None:
    with pytest.raises(ValidationError, match="n° 3 ne peut pas"):
        check_proxy(3, 3, proxies={}, voters=VOTERS, max_per_holder=2)


def test_cap_zero_forbids_proxies_and_negative_cap_is_invalid() -> None:
    with pytest.raises(ValidationError, match="pas admis"):
        check_proxy(3, 1, proxies={}, voters=VOTERS, max_per_holder=0)
    with pytest.raises(ValidationError, match="négatif"):
        check_proxy(3, 1, proxies={}, voters=VOTERS, max_per_holder=-1)


# --- properties -----------------------------------------------------------------------

people = st.integers(1, 8)


@given(st.lists(st.tuples(people, people), max_size=30), st.integers(1, 3))
def test_accepted_proxies_never_break_the_rules(attempts: list[tuple[int, int]], cap: int) -> None:
    voters = set(range(1, 7))  # 7 and 8 are consultative
    given_: dict[int, int] = {}
    for giver, holder in attempts:
        try:
            check_proxy(giver, holder, proxies=given_, voters=voters, max_per_holder=cap)
        except ValidationError:
            continue
        given_[giver] = holder
    for giver, holder in given_.items():
        assert giver != holder
        assert {giver, holder} <= voters
        assert holder not in given_  # no chains
        assert sum(1 for h in given_.values() if h == holder) <= cap


@given(people, people, st.dictionaries(people, people, max_size=6), st.integers(1, 3))
def test_the_givers_current_proxy_never_matters(
    giver: int, holder: int, proxies: dict[int, int], cap: int
) -> None:
    voters = set(range(1, 9))
    without = {g: h for g, h in proxies.items() if g != giver}

    def verdict(mapping: dict[int, int]) -> str | None:
        try:
            check_proxy(giver, holder, proxies=mapping, voters=voters, max_per_holder=cap)
        except ValidationError as error:
            return str(error)
        return None

    assert verdict(proxies) == verdict(without)
