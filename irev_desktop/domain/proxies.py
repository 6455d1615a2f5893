"""Proxies (pouvoirs): who may give their vote to whom.

A proxy is personal and capped: no chains (a holder cannot have given their own vote),
no proxy given by someone who already carries others', and at most ``max_per_holder``
proxies per holder, as the body's rules say.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import typography


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
            f"Le nombre maximal de pouvoirs par personne ne peut pas être négatif "
            f"({max_per_holder})."
        )
    if max_per_holder == 0:
        raise ValidationError("Les pouvoirs ne sont pas admis dans cette instance.")
    if giver_id == holder_id:
        raise ValidationError(f"{giver} ne peut pas se donner pouvoir à soi-même.")
    if giver_id not in voters:
        raise ValidationError(
            f"{giver} n’a pas voix délibérative et ne peut donc pas donner de pouvoir."
        )
    if holder_id not in voters:
        raise ValidationError(
            f"{holder} n’a pas voix délibérative et ne peut donc pas recevoir de pouvoir."
        )
    if holder_id in others:
        relay = _name(others[holder_id], names)
        raise ValidationError(
            f"{holder} a déjà donné pouvoir à {relay} et ne peut donc pas en recevoir "
            "(un pouvoir ne se transmet pas)."
        )
    carried = sorted(g for g, h in others.items() if h == giver_id)
    if carried:
        listed = ", ".join(_name(g, names) for g in carried)
        raise ValidationError(
            f"{giver} détient déjà le pouvoir de {listed} et ne peut donc pas donner le sien."
        )
    held = sum(1 for h in others.values() if h == holder_id)
    if held >= max_per_holder:
        raise ValidationError(
            typography(
                f"{holder} détient déjà {_proxies_word(held)} : le plafond de cette instance "
                f"est de {_proxies_word(max_per_holder)} par personne."
            )
        )
