"""The pointing line of séance mode: every attendance act typed in one line.

=====================  ==================================================================
``Nom``                arrival, or departure if the person is in the room
``*`` or ``tous``      roll call: everyone not yet pointed is present
``Nom : e``            excusé·e (``e``, ``exc``, ``excusé``, ``excusée``)
``Nom : a``            absent·e (``a``, ``abs``, ``absent``, ``absente``)
``Nom > Mandataire``   proxy given to Mandataire (``Nom >``: the proxy ends)
``+Nom, qualité``      a guest not in the register, present from now
=====================  ==================================================================

A name is matched later against the attendance list; here the line is only read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from irev_desktop.domain.action_line import fold
from irev_desktop.domain.errors import ValidationError


class PointKind(enum.Enum):
    TOGGLE = "toggle"
    ROLL_CALL = "roll_call"
    EXCUSED = "excused"
    ABSENT = "absent"
    PROXY = "proxy"
    END_PROXY = "end_proxy"
    GUEST = "guest"


@dataclass(frozen=True)
class PointAct:
    kind: PointKind
    name: str = ""
    other: str = ""  # the proxy holder, or the guest's quality


_STATUS_WORDS = {
    "e": PointKind.EXCUSED,
    "exc": PointKind.EXCUSED,
    "excuse": PointKind.EXCUSED,
    "excusee": PointKind.EXCUSED,
    "a": PointKind.ABSENT,
    "abs": PointKind.ABSENT,
    "absent": PointKind.ABSENT,
    "absente": PointKind.ABSENT,
}
_ROLL_CALL = {"*", "tous", "tous presents", "toutes et tous"}


def parse_point_line(text: str) -> PointAct | None:
    """The act a pointing line asks for; None for a blank line."""
    line = " ".join(text.split())
    if not line:
        return None
    if fold(line) in _ROLL_CALL:
        return PointAct(PointKind.ROLL_CALL)
    if line.startswith("+"):
        name, _, quality = line[1:].partition(",")
        if not name.strip():
            raise ValidationError(
                "Indiquez le nom de la personne invitée : « +Prénom Nom, qualité »."
            )
        return PointAct(PointKind.GUEST, name.strip(), quality.strip())
    if ">" in line:
        giver, _, holder = line.partition(">")
        _require(giver, line)
        if not holder.strip():
            return PointAct(PointKind.END_PROXY, giver.strip())
        return PointAct(PointKind.PROXY, giver.strip(), holder.strip())
    if ":" in line:
        name, _, word = line.rpartition(":")
        kind = _STATUS_WORDS.get(fold(word).replace("·", ""))
        if kind is None:
            raise ValidationError(
                "« {word} » n'est pas un état : écrivez « {name} : e » pour "
                "excusé·e ou « {name} : a » pour absent·e.",
                word=word.strip(),
                name=name.strip(),
            )
        _require(name, line)
        return PointAct(kind, name.strip())
    return PointAct(PointKind.TOGGLE, line)


def _require(name: str, line: str) -> None:
    if not name.strip():
        raise ValidationError("« {line} » : il manque le nom de la personne.", line=line)
