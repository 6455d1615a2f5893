"""The exceptions of a vote typed in one line: "contre @Caron, abstention @Benali".

Everyone the line does not name votes « pour ». Each part of the line, separated by
commas or semicolons, is a choice word followed by one or more ``@name``; a part with no
word keeps the previous part's choice ("contre @Caron, @Dupont"). A name designates the
voter whose name contains it, ignoring case, accents, apostrophes and hyphens; when it
fits several, the one whose full name it is, or else whose whole word(s) it is, wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NoReturn

from irev_desktop.domain.action_line import fold
from irev_desktop.domain.enums import VoteChoice
from irev_desktop.domain.errors import ValidationError

# Folded words (see _key) of each choice, short forms included.
CHOICE_WORDS: dict[str, VoteChoice] = {
    "pour": VoteChoice.FOR,
    "p": VoteChoice.FOR,
    "contre": VoteChoice.AGAINST,
    "c": VoteChoice.AGAINST,
    "abstention": VoteChoice.ABSTENTION,
    "abstentions": VoteChoice.ABSTENTION,
    "abs": VoteChoice.ABSTENTION,
    "a": VoteChoice.ABSTENTION,
    "ne prend pas part": VoteChoice.NOT_TAKING_PART,
    "ne prend pas part au vote": VoteChoice.NOT_TAKING_PART,
    "ne prennent pas part": VoteChoice.NOT_TAKING_PART,
    "ne prennent pas part au vote": VoteChoice.NOT_TAKING_PART,
    "npp": VoteChoice.NOT_TAKING_PART,
    "nppv": VoteChoice.NOT_TAKING_PART,
    "n": VoteChoice.NOT_TAKING_PART,
}

# The word :func:`format_vote_line` writes for each choice other than « pour ».
_WRITTEN = {
    VoteChoice.FOR: "pour",
    VoteChoice.AGAINST: "contre",
    VoteChoice.ABSTENTION: "abstention",
    VoteChoice.NOT_TAKING_PART: "npp",
}
_APOSTROPHES = re.compile("[\u2019\u2018\u02bc\u0060\u00b4']")
_SEPARATORS = re.compile("[,;\n]")
_WORD_JOINERS = re.compile(r"[\s\-\u2010\u2011\u2013\u00a0\u202f]+")


def _key(text: str) -> str:
    """The form names and words are compared in: no case, accent, apostrophe or hyphen.

    "N’Diaye", "n'diaye" and "NDIAYE" agree; so do "Jean-Pierre" and "jean pierre";
    œ and æ are written out, as people type them.
    """
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = _APOSTROPHES.sub("", fold(text))
    return _WORD_JOINERS.sub(" ", text).strip()


def _choice(word: str) -> VoteChoice:
    folded = _key(word.strip().rstrip(":"))
    try:
        return CHOICE_WORDS[folded]
    except KeyError:
        raise ValidationError(
            "«\u00a0{word}\u00a0» n’est pas un vote\u00a0: écrivez pour (p), contre (c), "
            "abstention (a) ou ne prend pas part (npp).",
            word=word.strip(),
        ) from None


def _match(wanted: str, people: Mapping[int, str]) -> list[int]:
    """Voters whose name contains ``wanted``; the best-fitting tier when several do."""
    target = _key(wanted)
    keys = {ident: _key(name) for ident, name in people.items()}
    containing = [ident for ident, key in keys.items() if target in key]
    if len(containing) <= 1:
        return containing
    whole_name = [ident for ident in containing if keys[ident] == target]
    if whole_name:
        return whole_name
    words = re.compile(rf"(?<!\w){re.escape(target)}(?!\w)")
    whole_words = [ident for ident in containing if words.search(keys[ident])]
    return whole_words or containing


def _voter(wanted: str, people: Mapping[int, str]) -> int:
    name = wanted.strip()
    if not _key(name):
        raise ValidationError(
            "Écrivez un nom après «\u00a0@\u00a0»\u00a0: «\u00a0contre @Nom\u00a0»."
        )
    found = _match(name, people)
    if not found:
        raise ValidationError("«\u00a0{name}\u00a0» ne désigne aucun votant.", name=name)
    if len(found) > 1:
        names = ", ".join(sorted((people[i] for i in found), key=_key))
        raise ValidationError(
            "«\u00a0{name}\u00a0» désigne plusieurs votants\u00a0: {names}. Précisez le nom.",
            name=name,
            names=names,
        )
    return found[0]


def _trailing_choice(segment: str, people: Mapping[int, str]) -> tuple[str, VoteChoice, str] | None:
    """("Caron", contre, "contre") for "Caron contre": a name, then the next choice's word
    typed without a comma before it.

    Only used when the whole segment designates nobody, so a name is never cut short.
    """
    words = segment.split()
    for size in range(1, min(len(words), 6)):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        choice = CHOICE_WORDS.get(_key(tail.rstrip(":")))
        if choice is not None and _match(head, people):
            return head, choice, tail
    return None


def parse_vote_line(text: str, people: Mapping[int, str]) -> dict[int, VoteChoice]:
    """The choice of each voter the line names, keyed by ``people``'s ids.

    ``people`` maps each voter's id to their name. Raises :class:`ValidationError`,
    in French, for a word that is not a vote, a name that designates nobody or several
    voters, a choice without a name, a name without a choice, or one voter given two
    different choices. An empty line names nobody.
    """
    chosen: dict[int, VoteChoice] = {}
    current: VoteChoice | None = None
    for part in _SEPARATORS.split(text):
        if not part.strip():
            continue
        word, *segments = part.split("@")
        if word.strip():
            current = _choice(word)
        if not segments:
            _no_name(word)
        if current is None:
            raise ValidationError(
                "Commencez par le vote, puis le nom\u00a0: «\u00a0contre @Nom\u00a0»."
            )
        for position, segment in enumerate(segments, 1):
            name, next_choice, next_word = segment, None, ""
            if _key(segment) and not _match(segment, people):
                split = _trailing_choice(segment, people)
                if split is not None:
                    name, next_choice, next_word = split
            ident = _voter(name, people)
            previous = chosen.get(ident)
            if previous is not None and previous is not current:
                raise ValidationError(
                    "{person} est nommé·e deux fois, avec deux votes différents ({previous}, "
                    "{current}).",
                    person=people[ident],
                    previous=previous.label,
                    current=current.label,
                )
            chosen[ident] = current
            if next_choice is not None:
                current = next_choice
                if position == len(segments):
                    _no_name(next_word)
    return chosen


def _no_name(word: str) -> NoReturn:
    raise ValidationError(
        "Après «\u00a0{word}\u00a0», nommez au moins un votant\u00a0: «\u00a0{word} @Nom\u00a0».",
        word=word.strip(),
    )


def format_vote_line(choices: Mapping[int, VoteChoice], people: Mapping[int, str]) -> str:
    """The line that :func:`parse_vote_line` reads back as ``choices``' exceptions.

    Voters « pour » are left out; the others are grouped by choice, in the order of
    ``people``, under their full name.
    """
    parts = []
    for choice in (VoteChoice.AGAINST, VoteChoice.ABSTENTION, VoteChoice.NOT_TAKING_PART):
        named = [f"@{name}" for ident, name in people.items() if choices.get(ident) is choice]
        if named:
            parts.append(f"{_WRITTEN[choice]} {' '.join(named)}")
    return ", ".join(parts)
