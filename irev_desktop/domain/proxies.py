"""Proxies (pouvoirs): who may give their vote to whom.

A proxy is personal and capped: no chains (a holder cannot have given their own vote),
no proxy given by someone who already carries others', and at most ``max_per_holder``
proxies per holder, as the body's rules say.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from irev_desktop.domain.errors import ValidationError


def _name(person_id: int, names: Mapping[int, str] | None) -> str:
    return (names or {}).get(person_id, f"n° {person_id}")


def _proxies_word(n: int) -> str:
    return f"{n} pouvoir" if n == 1 else f"{n} pouvoirs"


def check_proxy(
    giver_id: int,
    holder_id: int,
    *,
    proxies: Mapping[int, int],
    voters: Collection[int],
    max_per_holder: int,
    names: Mapping[int, str] | None = None,
) -> None:
    """Raise :class:`ValidationError` unless ``giver_id`` may give a proxy to ``holder_id``.

    ``proxies`` maps giver to holder for the proxies already given in the meeting. The
    giver's own current proxy, if present, is ignored: the new one replaces it.
    """
    giver, holder = _name(giver_id, names), _name(holder_id, names)
    others = {g: h for g, h in proxies.items() if g != giver_id}
    if max_per_holder < 0:
        raise ValidationError(
            "Le nombre maximal de pouvoirs par personne ne peut pas être négatif "
            "({max_per_holder}).",
            max_per_holder=max_per_holder,
        )
    if max_per_holder == 0:
        raise ValidationError("Les pouvoirs ne sont pas admis dans cette instance.")
    if giver_id == holder_id:
        raise ValidationError("{giver} ne peut pas se donner pouvoir à soi-même.", giver=giver)
    if giver_id not in voters:
        raise ValidationError(
            "{giver} n’a pas voix délibérative et ne peut donc pas donner de pouvoir.", giver=giver
        )
    if holder_id not in voters:
        raise ValidationError(
            "{holder} n’a pas voix délibérative et ne peut donc pas recevoir de pouvoir.",
            holder=holder,
        )
    if holder_id in others:
        relay = _name(others[holder_id], names)
        raise ValidationError(
            "{holder} a déjà donné pouvoir à {relay} et ne peut donc pas en recevoir "
            "(un pouvoir ne se transmet pas).",
            holder=holder,
            relay=relay,
        )
    carried = sorted(g for g, h in others.items() if h == giver_id)
    if carried:
        listed = ", ".join(_name(g, names) for g in carried)
        raise ValidationError(
            "{giver} détient déjà le pouvoir de {listed} et ne peut donc pas donner le sien.",
            giver=giver,
            listed=listed,
        )
    held = sum(1 for h in others.values() if h == holder_id)
    if held >= max_per_holder:
        raise ValidationError(
            "{holder} détient déjà {held}\u00a0: le plafond de cette instance est de "
            "{limit} par personne.",
            holder=holder,
            held=_proxies_word(held),
            limit=_proxies_word(max_per_holder),
        )
