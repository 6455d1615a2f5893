"""The words a spreadsheet may use: its column titles and its values, matched loosely
(accents, case, spaces, punctuation and inclusive endings do not count)."""

from __future__ import annotations

import re
import unicodedata

from irev_desktop.domain.enums import Civility, Representation, Role

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """``text`` lower-cased, without accents, spaces or punctuation: « Droits
    statutaires », « droits_statutaires » and « DROITS STATUTAIRES » fold alike."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_ALNUM.sub("", plain)


def fold_words(text: str) -> str:
    """Like :func:`fold`, but words keep one space between them (names compared)."""
    return " ".join(fold(word) for word in text.split() if fold(word))


def header_key(title: str) -> str:
    """A column title folded, its parenthesised hints dropped (« Début (jj/mm/aaaa) »)."""
    return fold(_PARENTHESES.sub(" ", title))


_HEADERS: dict[str, tuple[str, ...]] = {
    "member": (
        "membre",
        "membres",
        "organisation",
        "organisationmembre",
        "membreorganisation",
        "structure",
        "membredugroupement",
    ),
    "college": ("college", "colleges"),
    "rights": (
        "droitsstatutaires",
        "droitstatutaire",
        "droitsstatutaire",
        "droits",
        "droitsdevote",
        "nombrededroits",
        "voix",
    ),
    "civility": ("civilite", "civ"),
    "first_name": ("prenom", "prenoms", "firstname"),
    "last_name": ("nom", "nomdefamille", "nomdusage", "lastname", "nompersonne"),
    "email": (
        "courriel",
        "email",
        "mail",
        "adressecourriel",
        "adresseelectronique",
        "adressemail",
        "adresseemail",
    ),
    "function_title": ("fonction", "qualite", "titre", "fonctiontitre"),
    "body": ("instance", "instances", "organe"),
    "role": ("role", "roles", "roledanslinstance", "fonctiondanslinstance"),
    "representation": (
        "titulaireousuppleant",
        "titulairesuppleant",
        "titulaireoususppleant",
        "representation",
        "qualitederepresentant",
        "titulaire",
        "suppleance",
    ),
    "start": (
        "debut",
        "debutdumandat",
        "debutmandat",
        "datededebut",
        "datedebut",
        "datededebutdumandat",
        "depuis",
    ),
    "end": ("fin", "findumandat", "finmandat", "datedefin", "datefin", "jusquau", "jusqua"),
}
HEADER_KEYS: dict[str, str] = {alias: key for key, aliases in _HEADERS.items() for alias in aliases}

_CIVILITIES: dict[str, Civility] = {
    "m": Civility.MONSIEUR,
    "mr": Civility.MONSIEUR,
    "monsieur": Civility.MONSIEUR,
    "mme": Civility.MADAME,
    "madame": Civility.MADAME,
    "mlle": Civility.MADAME,
    "mademoiselle": Civility.MADAME,
}

_ROLES: dict[str, Role] = {
    "president": Role.PRESIDENT,
    "presidente": Role.PRESIDENT,
    "vicepresident": Role.VICE_PRESIDENT,
    "vicepresidente": Role.VICE_PRESIDENT,
    "vp": Role.VICE_PRESIDENT,
    "tresorier": Role.TREASURER,
    "tresoriere": Role.TREASURER,
    "tresorierere": Role.TREASURER,
    "treasurer": Role.TREASURER,
    "secretaire": Role.SECRETARY,
    "secretary": Role.SECRETARY,
    "membre": Role.MEMBER,
    "member": Role.MEMBER,
    "administrateur": Role.MEMBER,
    "administratrice": Role.MEMBER,
    "administrateurtrice": Role.MEMBER,
    "commissairedugouvernement": Role.GOVERNMENT_COMMISSIONER,
    "commissairedegouvernement": Role.GOVERNMENT_COMMISSIONER,
    "commissaire": Role.GOVERNMENT_COMMISSIONER,
    "governmentcommissioner": Role.GOVERNMENT_COMMISSIONER,
    "invite": Role.GUEST,
    "invitee": Role.GUEST,
    "guest": Role.GUEST,
}
ROLE_WORDS = (
    "président, vice-président, trésorier, secrétaire, membre, commissaire du Gouvernement, invité"
)

_REPRESENTATIONS: dict[str, Representation] = {
    "titulaire": Representation.TITULAIRE,
    "t": Representation.TITULAIRE,
    "tit": Representation.TITULAIRE,
    "suppleant": Representation.SUPPLEANT,
    "suppleante": Representation.SUPPLEANT,
    "suppl": Representation.SUPPLEANT,
    "sup": Representation.SUPPLEANT,
    "s": Representation.SUPPLEANT,
}

# The bodies a GIP usually has, created by the import when the file names them.
STANDARD_BODIES: tuple[tuple[str, str], ...] = (
    ("AG", "Assemblée générale"),
    ("CA", "Conseil d'administration"),
    ("Bureau", "Bureau"),
)


def column_of(title: str) -> str | None:
    return HEADER_KEYS.get(header_key(title))


def civility_of(text: str) -> Civility | None:
    return _CIVILITIES.get(fold(text))


def role_of(text: str) -> Role | None:
    return _ROLES.get(fold(text))


def representation_of(text: str) -> Representation | None:
    return _REPRESENTATIONS.get(fold(text))
