"""A realistic archive, generated: twenty years of a GIP's assemblies for tests,
benchmarks and demonstrations.

Deterministic: the same ``years``, ``seed`` and ``last_year`` always give the same
store. Per year, about: 100 meetings (AG 6, CA 34, Bureau 60), 1,500 agenda items with
notes of a few paragraphs, 250 numbered deliberations, 25 attached one-page PDFs,
30 new people (representatives renewed at each three-year term and in between,
presidents changing with them, government commissioners, staff, guests). Everything
scales with ``years``.

The text is French built from word lists (governance vocabulary), never lorem ipsum.
Rows are written with Core bulk inserts in one transaction, not through the
per-action services; the search triggers index them as they go, and the index is
merged once at the end. Minutes older than the last two meetings of each body are
signed, with the digest the program itself computes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.plain_rows import session_connection
from irev_desktop.db.store import Store
from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MajorityRule,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
    Representation,
    Role,
    VoteResult,
    Weighting,
)
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_date_long
from irev_desktop.services.attachment_text import extract_text, save_text
from irev_desktop.services.attachments import store_bytes
from irev_desktop.services.seal_chain import CHAIN_SEAL_VERSION, seal_digest, take_snapshot
from irev_desktop.services.simple_pdf import text_pdf

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services

DEFAULT_SEED = 2021
DEFAULT_LAST_YEAR = 2025
MAX_YEARS = 100
TERM_YEARS = 3
MEETINGS_PER_YEAR = {"AG": 6, "CA": 34, "Bureau": 60}
ITEMS_RANGE = {"AG": (16, 26), "CA": (13, 23), "Bureau": (8, 17)}
# Deliberations besides the approval of the previous minutes: (min, max) per meeting.
DELIBERATIONS_RANGE = {"AG": (6, 10), "CA": (1, 4), "Bureau": (0, 1)}
ACTIONS_RANGE = {"AG": (1, 3), "CA": (0, 3), "Bureau": (0, 1)}
ATTACHMENTS_PER_YEAR = 25
GUESTS_PER_YEAR = 9

ORGANISATION = ("Centre de ressources Politique de la ville Hauts-de-France", "CRPV-HDF")

# Member organisations: name, college, statutory rights, sits on the board, kind.
MEMBERS: tuple[tuple[str, str, int, bool, str], ...] = (
    ("État", "État", 30, True, "etat"),
    ("Région Hauts-de-France", "Collectivités", 30, True, "region"),
    ("Département du Nord", "Collectivités", 6, True, "departement"),
    ("Département du Pas-de-Calais", "Collectivités", 6, True, "departement"),
    ("Département de l'Aisne", "Collectivités", 2, True, "departement"),
    ("Département de l'Oise", "Collectivités", 2, True, "departement"),
    ("Département de la Somme", "Collectivités", 2, True, "departement"),
    ("Métropole européenne de Lille", "Intercommunalités", 3, True, "epci"),
    ("Communauté urbaine de Dunkerque", "Intercommunalités", 1, True, "epci"),
    ("Communauté d'agglomération de Lens-Liévin", "Intercommunalités", 1, True, "epci"),
    ("Communauté d'agglomération Maubeuge Val de Sambre", "Intercommunalités", 1, True, "epci"),
    ("Amiens Métropole", "Intercommunalités", 1, False, "epci"),
    ("Communauté d'agglomération du Boulonnais", "Intercommunalités", 1, False, "epci"),
    ("Communauté d'agglomération de la Porte du Hainaut", "Intercommunalités", 1, False, "epci"),
    ("Communauté d'agglomération du Douaisis", "Intercommunalités", 1, False, "epci"),
    ("Grand Calais Terres et Mers", "Intercommunalités", 1, False, "epci"),
    ("Ville de Roubaix", "Communes", 1, True, "ville"),
    ("Ville de Tourcoing", "Communes", 1, True, "ville"),
    ("Ville de Lille", "Communes", 1, True, "ville"),
    ("Ville de Denain", "Communes", 1, False, "ville"),
    ("Ville de Creil", "Communes", 1, False, "ville"),
    ("Ville de Saint-Quentin", "Communes", 1, False, "ville"),
    ("Ville de Beauvais", "Communes", 1, False, "ville"),
    ("Ville d'Arras", "Communes", 1, False, "ville"),
    ("Union régionale pour l'habitat", "Partenaires", 1, False, "partenaire"),
    ("Caisse d'allocations familiales du Nord", "Partenaires", 1, False, "partenaire"),
    ("Banque des Territoires", "Partenaires", 1, False, "partenaire"),
    ("Association régionale des centres sociaux", "Partenaires", 1, False, "partenaire"),
    ("Université de Lille", "Partenaires", 1, False, "partenaire"),
    ("Agence d'urbanisme de Lille Métropole", "Partenaires", 1, False, "partenaire"),
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FEMALE = _words(
    "Anne Marie Sophie Camille Claire Isabelle Nathalie Valérie Sandrine Céline Julie "
    "Aurélie Émilie Hélène Catherine Christine Martine Sylvie Florence Laurence Caroline "
    "Virginie Delphine Karine Stéphanie Agnès Béatrice Brigitte Chantal Élise Fatima "
    "Samia Nadia Leïla Lætitia Zoé Léa Manon Pauline Mathilde Charlotte Juliette Noémie "
    "Solène Estelle Maëlle Bénédicte Geneviève Françoise Odile Amandine Cécile Gaëlle "
    "Ingrid Malika"
)
MALE = _words(
    "Thomas Nicolas Julien Pierre Jean Philippe Michel Alain Patrick Christophe Stéphane "
    "Frédéric Olivier Éric François David Sébastien Karim Mehdi Rachid Youssef Antoine "
    "Mathieu Guillaume Benoît Hervé Didier Bruno Gérard Jérôme Vincent Xavier Yves Damien "
    "Cédric Grégoire Rémi Loïc Hugo Lucas Arnaud Bertrand Emmanuel Fabrice Gilles Joël "
    "Marc Pascal Régis Serge Thierry Ludovic Franck Jacques Raphaël"
)
LAST_NAMES = _words(
    "Lefebvre Lefèvre Leroy Lemaire Dubois Duhamel Delattre Deschamps Dupont Desmet "
    "Vandenbussche Vanderhaegen Delannoy Delcourt Delplanque Deprez Dhainaut Caron "
    "Carpentier Lecomte Lemoine Lebrun Leclercq Lecoq Legrand Lenoir Martin Bernard Petit "
    "Durand Moreau Simon Garcia Roux Fournier Girard Bonnet Mercier Boulanger Cordier "
    "Dumont Fontaine Roussel Hennebelle Hochart Lagache Leblanc Masson Mahieu Maes "
    "Pruvost Queste Ramette Sauvage Six Tison Verhaeghe Wattel Wallet Facon Flament "
    "Gosselin Hautecœur Lecœur Benali Bouzid Haddad Mansouri Saïdi Nguyen Pereira "
    "Kowalski Nowak Wozniak Szymanski Demarcq Dufour Fauvel Gallois Havet Lheureux "
    "Marchand Obert Plouvier Ricquebourg Thorel Vasseur"
)

THEMES = (
    "l'emploi des jeunes des quartiers",
    "la rénovation urbaine",
    "la participation des habitants",
    "les conseils citoyens",
    "la lutte contre les discriminations",
    "l'égalité entre les femmes et les hommes",
    "la réussite éducative",
    "la tranquillité publique",
    "le développement économique des quartiers",
    "la santé dans les quartiers prioritaires",
    "l'accès à la culture",
    "l'inclusion numérique",
    "la gestion urbaine de proximité",
    "les cités éducatives",
    "la mise en œuvre des contrats de ville",
    "le vieillissement dans les quartiers",
    "la mobilité des habitants",
)
EVENTS = (
    "Assises régionales de la politique de la ville",
    "Rencontres régionales des acteurs de la ville",
    "Journée des conseils citoyens",
    "Université d'été du développement social urbain",
    "Séminaire des délégués du préfet",
    "Forum de l'emploi dans les quartiers",
)
NEWS = (
    "mesures du Comité interministériel des villes",
    "nouvelle géographie prioritaire",
    "loi de programmation pour la ville et la cohésion urbaine",
    "appel à projets régional",
    "réforme de la dotation politique de la ville",
    "nouveau programme national de renouvellement urbain",
    "circulaire relative aux contrats de ville",
    "plan de mobilisation pour les quartiers",
)
PARTNERS = (
    "l'Université de Lille",
    "l'IR-DSU",
    "la Banque des Territoires",
    "l'Agence nationale de la cohésion des territoires",
    "le réseau national des centres de ressources",
    "la Caisse d'allocations familiales du Nord",
    "l'Union régionale pour l'habitat",
    "l'Observatoire régional de la santé",
)
OBJECTS = (
    "le bilan des actions conduites",
    "l'évaluation finale des contrats de ville",
    "les orientations du programme de travail",
    "le calendrier des rencontres régionales",
    "la mise en œuvre des conventions d'objectifs",
    "le budget consacré aux cycles de qualification",
    "les publications de l'année",
    "la fréquentation du site internet",
    "le plan de formation des agents de développement",
    "l'accompagnement des conseils citoyens",
    "la situation financière du groupement",
    "les effectifs de l'équipe",
    "les résultats de l'enquête auprès des partenaires",
    "le projet de convention pluriannuelle",
    "la programmation des groupes de travail",
    "le suivi des quartiers prioritaires",
    "la capitalisation des expériences locales",
    "les échanges avec les chefs de projet",
    "le renouvellement du marché de communication",
    "la coopération avec les autres centres de ressources",
)
ACTORS = (
    "les acteurs locaux",
    "les délégués du préfet",
    "les chefs de projet politique de la ville",
    "les services de la Région",
    "les bailleurs sociaux",
    "les associations de proximité",
    "les habitants des quartiers prioritaires",
    "les équipes des intercommunalités",
    "les élus locaux",
    "les professionnels de la réussite éducative",
)
CLAUSE_VERBS = (
    "mobilise",
    "associe",
    "renforce le dialogue avec",
    "s'appuie sur",
    "réunit",
    "accompagne",
    "outille",
    "qualifie",
)
COMPLEMENTS = (
    "pour l'année {year}",
    "à l'échelle régionale",
    "dans le prolongement des années précédentes",
    "en lien avec les services de l'État",
    "au bénéfice des quartiers prioritaires",
    "d'ici la fin de l'année",
    "sur l'ensemble du territoire des Hauts-de-France",
    "avec le soutien de la Région",
    "dans le cadre du contrat de plan État-Région",
    "selon le calendrier arrêté par le Bureau",
)
REPORT_VERBS = ("présente", "rappelle", "détaille", "commente", "rend compte de", "expose")
OPINION_VERBS = ("souligne", "salue", "relève", "insiste sur", "s'interroge sur", "note")
QUALITIES = (
    "la qualité du travail engagé",
    "l'importance de ce chantier pour les territoires",
    "la mobilisation des partenaires",
    "les difficultés rencontrées par certaines communes",
    "la nécessité d'une meilleure coordination",
    "l'intérêt d'une approche transversale",
    "le retard pris sur certaines actions",
    "la forte participation aux dernières rencontres",
)
CONCLUSIONS = (
    "Après échanges, les membres prennent acte de la présentation.",
    "Les orientations proposées recueillent l'accord des membres.",
    "Il est convenu de revenir sur ce point lors d'une prochaine séance.",
    "Un groupe de travail sera constitué pour approfondir la question.",
    "Aucune observation n'est formulée.",
    "La proposition est retenue à l'issue du débat.",
    "Une note complémentaire sera transmise aux membres.",
)
INFO_TITLES = (
    "Point d'actualité : {news}",
    "Retour sur les {event}",
    "Préparation des {event} {year}",
    "Présentation de l'étude sur {theme}",
    "Évaluation des contrats de ville : {theme}",
    "Bilan des cycles de qualification {year}",
    "Observatoire des quartiers prioritaires : premiers résultats",
    "Point sur les ressources humaines",
    "Communication et publications du centre de ressources",
    "Travaux du groupe régional sur {theme}",
)
# Deliberation topics: item title, deliberation title, what the body decides.
DECISIONS = (
    (
        "Rapport d'activités {prev}",
        "Approbation du rapport d'activités {prev}",
        "approuve le rapport d'activités {prev} du centre de ressources",
    ),
    (
        "Compte financier {prev}",
        "Approbation du compte financier {prev}",
        "approuve le compte financier de l'exercice {prev} et affecte le résultat au fonds de "
        "roulement",
    ),
    (
        "Budget primitif {next}",
        "Adoption du budget primitif {next}",
        "adopte le budget primitif {next}, arrêté en recettes et en dépenses",
    ),
    (
        "Décision modificative n° {n} du budget {year}",
        "Adoption de la décision modificative n° {n} du budget {year}",
        "adopte la décision modificative n° {n} du budget {year}",
    ),
    (
        "Programme de travail {year}",
        "Approbation du programme de travail {year}",
        "approuve le programme de travail {year} et ses orientations",
    ),
    (
        "Tarifs des cycles de qualification {next}",
        "Fixation des tarifs des cycles de qualification {next}",
        "fixe les tarifs des cycles de qualification pour l'année {next}",
    ),
    (
        "Convention de partenariat avec {partner}",
        "Convention de partenariat avec {partner}",
        "autorise la présidence à signer la convention de partenariat avec {partner}",
    ),
    (
        "Recrutement d'un chargé de mission sur {theme}",
        "Création d'un poste de chargé de mission",
        "autorise la création d'un poste de chargé de mission consacré à {theme}",
    ),
    (
        "Plan de formation {year}",
        "Approbation du plan de formation {year}",
        "approuve le plan de formation {year} des agents de développement",
    ),
    (
        "Subvention aux {event}",
        "Participation financière aux {event}",
        "décide de participer au financement des {event}",
    ),
)
REPORT_KEYWORDS = ("Rapport", "Compte", "Budget", "Programme", "Présentation", "Bilan", "Plan")
ACTIONS = (
    "Transmettre le compte rendu aux membres",
    "Préparer une note de cadrage sur {theme}",
    "Organiser une réunion avec {partner}",
    "Diffuser la synthèse de l'étude aux partenaires",
    "Proposer un calendrier des {event}",
    "Mettre à jour le tableau de bord financier",
    "Solliciter les membres pour le groupe de travail sur {theme}",
)
PLACES = (
    "Lille — siège du centre de ressources",
    "Arras — Maison de la Région",
    "Amiens — Hôtel de Région",
    "Valenciennes — salle du conseil communautaire",
    "Roubaix — Maison de l'habitant",
)
BODIES = (
    (
        "Assemblée générale",
        "AG",
        "L'Assemblée générale",
        QuorumBasis.RIGHTS,
        (2, 3),
        Weighting.RIGHTS,
        1,
        20,
    ),
    (
        "Conseil d'administration",
        "CA",
        "Le Conseil d'administration",
        QuorumBasis.HEADS,
        (1, 2),
        Weighting.HEADS,
        2,
        15,
    ),
    ("Bureau", "Bureau", "Le Bureau", QuorumBasis.HEADS, (1, 2), Weighting.HEADS, 1, 8),
)
# The offices of each term and the kinds of member that provide them, preferred first.
OFFICES = (
    (Role.PRESIDENT, ("region", "etat")),
    (Role.VICE_PRESIDENT, ("etat",)),
    (Role.VICE_PRESIDENT, ("departement",)),
    (Role.TREASURER, ("epci", "departement")),
    (Role.SECRETARY, ("ville",)),
)


@dataclass(frozen=True)
class GeneratedArchive:
    """What the generator wrote."""

    first_year: int
    last_year: int
    counts: dict[str, int]
    seconds: float


@dataclass
class _Person:
    id: int
    female: bool
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class _Tenure:
    """A representative of a member (titulaire or suppléant) over a period."""

    person: _Person
    member_index: int
    representation: Representation
    start: dt.date
    end: dt.date | None


@dataclass
class _Office:
    role: Role
    person: _Person
    member_index: int
    start: dt.date
    end: dt.date | None


@dataclass
class _Meeting:
    id: int
    body_index: int
    date: dt.date
    status: MeetingStatus = MeetingStatus.MINUTES_SIGNED
    previous: _Meeting | None = None
    adopted_in: _Meeting | None = None
    present_heads: int = 0
    represented_heads: int = 0
    weight_present: float = 0.0
    items: list[int] = field(default_factory=list)


@dataclass
class _Context:
    """What the items of one meeting need to know."""

    meeting: _Meeting
    body: int
    held: bool
    president: int | None
    treasurer: int | None
    director: _Person
    voters: list[int] = field(default_factory=list)


ROLE_RANK = {role: rank for rank, role in enumerate(Role)}


def _holder(office: list[dict[str, Any]], role: Role) -> int | None:
    return next((int(m["person_id"]) for m in office if m["role"] is role), None)


def _slug(value: str) -> str:
    bare = unicodedata.normalize("NFKD", fold(value)).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", bare).strip("_")[:60]


_GENDERED = {
    "{e}": ("", "e"),
    "{ère}": ("er", "ère"),
    "{ète}": ("et", "ète"),
    "{eur}": ("eur", "rice"),
    "{fe}": ("", "fe"),
}


def gendered(title: str, female: bool) -> str:
    """``conseill{ère} régional{e}`` → conseiller régional / conseillère régionale."""
    for mark, (male_form, female_form) in _GENDERED.items():
        title = title.replace(mark, female_form if female else male_form)
    return title


def fold(value: str) -> str:
    return value.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")


def _wrap(paragraph: str, width: int = 88) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


class _Generator:
    def __init__(self, years: int, seed: int, last_year: int, ids: dict[str, int]) -> None:
        self.rng = random.Random(f"{seed}-{years}-{last_year}")
        self.first_year = last_year - years + 1
        self.last_year = last_year
        self.start = dt.date(self.first_year, 1, 1)
        self.end = dt.date(last_year, 12, 31)
        self.next_id = dict(ids)
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.names: set[tuple[str, str]] = set()
        self.people: list[_Person] = []
        self.staff: list[tuple[_Person, dt.date, dt.date | None]] = []
        self.guests: list[_Person] = []
        self.pdfs: list[tuple[int, str, bytes]] = []

    # Helpers -----------------------------------------------------------------------------
    def new_id(self, table: str) -> int:
        self.next_id[table] = self.next_id.get(table, 0) + 1
        return self.next_id[table]

    def add(self, table: str, **values: Any) -> int:
        ident = self.new_id(table)
        self.rows.setdefault(table, []).append({"id": ident, **values})
        return ident

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(options)

    def fill(self, template: str, year: int) -> str:
        return template.format(
            year=year,
            prev=year - 1,
            next=year + 1,
            n=self.rng.randint(1, 3),
            theme=self.pick(THEMES),
            event=self.pick(EVENTS),
            news=self.pick(NEWS),
            partner=self.pick(PARTNERS),
        )

    def person(self, title: str) -> _Person:
        female = self.rng.random() < 0.5
        while True:
            first = self.pick(FEMALE if female else MALE)
            last = self.pick(LAST_NAMES)
            if (first, last) not in self.names:
                break
        self.names.add((first, last))
        ident = self.add(
            "person",
            civility=Civility.MADAME if female else Civility.MONSIEUR,
            first_name=first,
            last_name=last,
            email=f"{_slug(first).lower()}.{_slug(last).lower()}@exemple.fr",
            function_title=gendered(title, female),
        )
        result = _Person(ident, female, first, last)
        self.people.append(result)
        return result

    # Registry ------------------------------------------------------------------------------
    def registry(self) -> None:
        self.organisation = self.add(
            "organisation",
            name=ORGANISATION[0],
            short_name=ORGANISATION[1],
            address="Hauts-de-France",
            city="Lille",
            logo=None,
            logo_mime=None,
        )
        self.member_ids = [
            self.add(
                "member",
                organisation_id=self.organisation,
                name=name,
                college=college,
                statutory_rights=rights,
            )
            for name, college, rights, _board, _kind in MEMBERS
        ]
        self.body_ids = []
        for name, short, _subject, basis, (num, den), weighting, proxies, notice in BODIES:
            self.body_ids.append(
                self.add(
                    "body",
                    organisation_id=self.organisation,
                    name=name,
                    short_name=short,
                    quorum_basis=basis,
                    quorum_numerator=num,
                    quorum_denominator=den,
                    weighting=weighting,
                    majority=MajorityRule.SIMPLE,
                    max_proxies_per_holder=proxies,
                    notice_days=notice,
                    urgent_notice_days=5,
                    chair_casting_vote=True,
                )
            )

    def member_title(self, index: int) -> str:
        name, _college, _rights, _board, kind = MEMBERS[index]
        place = name.split(" ", 1)[1] if " " in name else name
        if kind == "etat":
            return self.pick(
                (
                    "sous-préf{ète} chargé{e} de la politique de la ville",
                    "secrétaire général{e} pour les affaires régionales",
                    "délégué{e} du préfet",
                    "direct{eur} départemental{e} de l'emploi et des solidarités",
                )
            )
        if kind == "region":
            return self.pick(("conseill{ère} régional{e}", "vice-président{e} du conseil régional"))
        if kind == "departement":
            return f"conseill{{ère}} départemental{{e}} {place}"
        if kind == "epci":
            return f"vice-président{{e}} chargé{{e}} de la politique de la ville, {name}"
        if kind == "ville":
            return f"adjoint{{e}} au maire {place}"
        return f"représentant{{e}}, {name}"

    # Mandates ------------------------------------------------------------------------------
    def terms(self) -> list[tuple[dt.date, dt.date]]:
        result = []
        year = self.first_year
        while year <= self.last_year:
            last = min(year + TERM_YEARS - 1, self.last_year)
            result.append((dt.date(year, 1, 1), dt.date(last, 12, 31)))
            year += TERM_YEARS
        return result

    def offices(self, terms: list[tuple[dt.date, dt.date]]) -> dict[int, set[int]]:
        """Which members hold an office in which term (their titulaire stays the term)."""
        self.office_members: list[list[int]] = []
        held: dict[int, set[int]] = {}
        for number, _term in enumerate(terms):
            chosen: list[int] = []
            for _role, kinds in OFFICES:
                candidates = [
                    i for i, m in enumerate(MEMBERS) if m[3] and m[4] in kinds and i not in chosen
                ]
                # The presidency stays with the same member from term to term, mostly.
                if number and self.rng.random() < 0.7:
                    previous = self.office_members[number - 1][len(chosen)]
                    if previous in candidates:
                        chosen.append(previous)
                        continue
                preferred = [i for i in candidates if MEMBERS[i][4] == kinds[0]]
                chosen.append(self.rng.choice(preferred or candidates))
            self.office_members.append(chosen)
            for member in chosen:
                held.setdefault(member, set()).add(number)
        return held

    def tenures(self) -> list[_Tenure]:
        terms = self.terms()
        held = self.offices(terms)
        result: list[_Tenure] = []
        for index in range(len(MEMBERS)):
            for representation in (Representation.TITULAIRE, Representation.SUPPLEANT):
                officer = representation is Representation.TITULAIRE
                current: _Tenure | None = None
                for number, (start, end) in enumerate(terms):
                    renew = 0.4 if officer and number in held.get(index, set()) else 0.55
                    if current is None or self.rng.random() < renew:
                        if current is not None:
                            current.end = start - dt.timedelta(days=1)
                        current = _Tenure(
                            self.person(self.member_title(index)),
                            index,
                            representation,
                            start,
                            None,
                        )
                        result.append(current)
                    if officer and number in held.get(index, set()):
                        continue  # an officer stays for the whole term
                    for year in range(start.year, end.year + 1):
                        if self.rng.random() < 0.12 and current is not None:
                            day = dt.date(year, self.rng.randint(2, 11), self.rng.randint(1, 28))
                            if day <= current.start:
                                continue
                            current.end = day - dt.timedelta(days=1)
                            current = _Tenure(
                                self.person(self.member_title(index)),
                                index,
                                representation,
                                day,
                                None,
                            )
                            result.append(current)
        self.terms_list = terms
        return result

    def mandates(self) -> None:
        tenures = self.tenures()
        ag, ca, bureau = self.body_ids
        self.offices_list: list[_Office] = []
        for number, (start, end) in enumerate(self.terms_list):
            for (role, _kinds), member in zip(OFFICES, self.office_members[number], strict=True):
                holder = next(
                    t
                    for t in tenures
                    if t.member_index == member
                    and t.representation is Representation.TITULAIRE
                    and t.start <= start
                    and (t.end is None or t.end >= end)
                )
                closing = None if end >= self.end else end
                self.offices_list.append(_Office(role, holder.person, member, start, closing))
        for tenure in tenures:
            bodies = [ag] + ([ca] if MEMBERS[tenure.member_index][3] else [])
            periods = self.role_periods(tenure)
            for body in bodies:
                for role, first_day, last_day in periods:
                    self.mandate(tenure.person, body, role, first_day, last_day, tenure)
        for office in self.offices_list:
            tenure = _Tenure(
                office.person,
                office.member_index,
                Representation.TITULAIRE,
                office.start,
                office.end,
            )
            self.mandate(office.person, bureau, office.role, office.start, office.end, tenure)
        # Government commissioners, every three or four years; they never vote.
        day = self.start
        while day <= self.end:
            following = dt.date(day.year + self.rng.choice((3, 4)), 1, 1)
            closing = None if following > self.end else following - dt.timedelta(days=1)
            commissioner = self.person("commissaire du Gouvernement, chargé{e} de mission SGAR")
            for body in self.body_ids:
                self.add(
                    "mandate",
                    person_id=commissioner.id,
                    body_id=body,
                    member_id=None,
                    role=Role.GOVERNMENT_COMMISSIONER,
                    representation=Representation.TITULAIRE,
                    start_date=day,
                    end_date=closing,
                )
            day = following
        # Staff: a new director every five to nine years.
        day = self.start
        while day <= self.end:
            following = dt.date(day.year + self.rng.randint(5, 9), 1, 1)
            closing = None if following > self.end else following - dt.timedelta(days=1)
            director = self.person(f"direct{{eur}} du {ORGANISATION[1]}")
            self.staff.append((director, day, closing))
            day = following
        guest_titles = (
            "chargé{e} d'études",
            "consultant{e}",
            "chef{fe} de projet politique de la ville",
            "chargé{e} de mission du centre de ressources",
            "délégué{e} du préfet",
        )
        for _ in range(GUESTS_PER_YEAR * (self.last_year - self.first_year + 1)):
            self.guests.append(self.person(self.pick(guest_titles)))

    def role_periods(self, tenure: _Tenure) -> list[tuple[Role, dt.date, dt.date | None]]:
        """A titulaire's tenure cut by the offices they hold (member, president, member…)."""
        spans = sorted(
            (o for o in self.offices_list if o.person.id == tenure.person.id),
            key=lambda o: o.start,
        )
        periods: list[tuple[Role, dt.date, dt.date | None]] = []
        cursor: dt.date | None = tenure.start
        for office in spans:
            if cursor is not None and office.start > cursor:
                periods.append((Role.MEMBER, cursor, office.start - dt.timedelta(days=1)))
            periods.append((office.role, office.start, office.end))
            cursor = None if office.end is None else office.end + dt.timedelta(days=1)
        if cursor is not None and (tenure.end is None or cursor <= tenure.end):
            periods.append((Role.MEMBER, cursor, tenure.end))
        return periods

    def mandate(
        self,
        person: _Person,
        body: int,
        role: Role,
        start: dt.date,
        end: dt.date | None,
        tenure: _Tenure,
    ) -> None:
        self.add(
            "mandate",
            person_id=person.id,
            body_id=body,
            member_id=self.member_ids[tenure.member_index],
            role=role,
            representation=tenure.representation,
            start_date=start,
            end_date=end,
        )

    # Who is in office ----------------------------------------------------------------------
    def in_office(self, body: int, day: dt.date) -> list[dict[str, Any]]:
        """The body's mandates running on ``day``, one per person, highest role first."""
        rows = [
            m
            for m in self.mandates_by_body[body]
            if m["start_date"] <= day and (m["end_date"] is None or m["end_date"] >= day)
        ]
        rows.sort(key=lambda m: ROLE_RANK[m["role"]])
        seen: set[int] = set()
        result = []
        for row in rows:
            if row["person_id"] not in seen:
                seen.add(row["person_id"])
                result.append(row)
        return result

    def director(self, day: dt.date) -> _Person:
        for person, start, end in self.staff:
            if start <= day and (end is None or day <= end):
                return person
        return self.staff[-1][0]

    # Meetings ------------------------------------------------------------------------------
    def calendar(self) -> list[_Meeting]:
        planned: list[tuple[dt.date, int]] = []
        for year in range(self.first_year, self.last_year + 1):
            for body_index, body in enumerate(BODIES):
                count = MEETINGS_PER_YEAR[body[1]]
                step = 340 / count
                used: set[dt.date] = set()
                for number in range(count):
                    day = dt.date(year, 1, 12) + dt.timedelta(
                        days=int(number * step) + self.rng.randint(-2, 2)
                    )
                    while day.weekday() >= 5 or day in used:
                        day += dt.timedelta(days=1)
                    used.add(day)
                    planned.append((day, body_index))
        planned.sort()
        meetings = [_Meeting(self.new_id("meeting"), body, day) for day, body in planned]
        by_body: dict[int, list[_Meeting]] = {}
        for meeting in meetings:
            by_body.setdefault(meeting.body_index, []).append(meeting)
        for series in by_body.values():
            for previous, following in itertools.pairwise(series):
                following.previous = previous
                previous.adopted_in = following
            # The newest meeting is planned, the one before awaits the approval of its
            # minutes, the one before that has them approved but not yet signed.
            series[-1].status = MeetingStatus.PLANNED
            if len(series) > 1:
                series[-2].status = MeetingStatus.MINUTES_DRAFT
            if len(series) > 2:
                series[-3].status = MeetingStatus.MINUTES_ADOPTED
        return meetings

    def meetings(self) -> None:
        self.mandates_by_body: dict[int, list[dict[str, Any]]] = {b: [] for b in self.body_ids}
        for row in self.rows["mandate"]:
            self.mandates_by_body[row["body_id"]].append(row)
        self.rights = {self.member_ids[i]: float(m[2]) for i, m in enumerate(MEMBERS)}
        self.schedule = self.calendar()
        self.numbers: dict[int, int] = {}
        for meeting in self.schedule:
            self.meeting(meeting)

    def meeting(self, meeting: _Meeting) -> None:
        short = BODIES[meeting.body_index][1]
        body = self.body_ids[meeting.body_index]
        held = meeting.status is not MeetingStatus.PLANNED
        day = meeting.date
        if day < dt.date(2020, 3, 16):
            mode = MeetingMode.IN_PERSON
        elif day < dt.date(2021, 7, 1):
            mode = MeetingMode.VIDEO
        else:
            mode = self.rng.choice((MeetingMode.IN_PERSON, MeetingMode.HYBRID, MeetingMode.VIDEO))
        start = dt.time(self.rng.choice((9, 10, 14)), self.rng.choice((0, 30)))
        actual = dt.datetime.combine(day, start) + dt.timedelta(minutes=self.rng.randint(0, 10))
        finish = actual + dt.timedelta(minutes=self.rng.randint(80, 180))
        office = self.in_office(body, day)
        context = _Context(
            meeting=meeting,
            body=body,
            held=held,
            president=_holder(office, Role.PRESIDENT),
            treasurer=_holder(office, Role.TREASURER),
            director=self.director(day),
        )
        if short == "AG":
            title = "Assemblée générale ordinaire"
            if self.rng.random() < 0.15:
                title = "Assemblée générale extraordinaire"
        else:
            title = "Conseil d'administration" if short == "CA" else "Réunion du Bureau"
        adopted = meeting.adopted_in
        approved = adopted is not None and meeting.status in (
            MeetingStatus.MINUTES_ADOPTED,
            MeetingStatus.MINUTES_SIGNED,
        )
        signed_at = None
        if adopted is not None and meeting.status is MeetingStatus.MINUTES_SIGNED:
            signed_at = dt.datetime.combine(adopted.date + dt.timedelta(days=7), dt.time(17))
        self.rows.setdefault("meeting", []).append(
            {
                "id": meeting.id,
                "body_id": body,
                "title": title,
                "date": day,
                "planned_start": start,
                "actual_start": actual.time() if held else None,
                "actual_end": finish.time() if held else None,
                "mode": mode,
                "place": "" if mode is MeetingMode.VIDEO else self.pick(PLACES),
                "video_link": ""
                if mode is MeetingMode.IN_PERSON
                else f"https://visio.exemple.fr/{short.lower()}-{day.isoformat()}",
                "chair_id": context.president,
                "secretary_id": context.director.id,
                "status": meeting.status,
                "adopted_on": adopted.date if approved and adopted else None,
                "adopted_in_meeting_id": adopted.id if approved and adopted else None,
                "signed_at": signed_at,
                "signed_digest": None,
            }
        )
        context.voters = self.attendance(context, office, actual.time())
        self.agenda(context, actual)

    def attendance(
        self, context: _Context, office: list[dict[str, Any]], start: dt.time
    ) -> list[int]:
        """The attendance rows; returns the voting people present."""
        meeting = context.meeting
        present: list[int] = []
        represented: list[tuple[dict[str, Any], dict[str, Any]]] = []
        records: list[dict[str, Any]] = []
        for mandate in office:
            status = AttendanceStatus.EXPECTED
            if context.held:
                draw = self.rng.random()
                if draw < 0.75:
                    status = AttendanceStatus.PRESENT
                elif draw < 0.87:
                    status = AttendanceStatus.EXCUSED
                elif draw < 0.92:
                    status = AttendanceStatus.ABSENT
                else:
                    status = AttendanceStatus.REPRESENTED
            record: dict[str, Any] = {
                "id": self.new_id("attendance"),
                "meeting_id": meeting.id,
                "person_id": mandate["person_id"],
                "status": status,
                "note": "",
            }
            records.append(record)
            votes = mandate["role"].votes
            if status is AttendanceStatus.PRESENT:
                if votes:
                    present.append(mandate["person_id"])
                    meeting.present_heads += 1
                    meeting.weight_present += self.weight(mandate)
                arrived: dt.time | None = None
                if self.rng.random() < 0.05:
                    late = dt.datetime.combine(meeting.date, start) + dt.timedelta(
                        minutes=self.rng.randint(10, 40)
                    )
                    arrived = late.time()
                self.add("presence", attendance_id=record["id"], arrived_at=arrived, left_at=None)
            elif status is AttendanceStatus.REPRESENTED:
                if votes:
                    represented.append((record, mandate))
                else:
                    record["status"] = AttendanceStatus.EXCUSED
        cap = BODIES[meeting.body_index][6]
        load: dict[int, int] = {}
        for record, mandate in represented:
            holders = [p for p in present if load.get(p, 0) < cap]
            if not holders:
                record["status"] = AttendanceStatus.EXCUSED
                continue
            holder = self.rng.choice(holders)
            load[holder] = load.get(holder, 0) + 1
            self.add(
                "proxy", attendance_id=record["id"], holder_id=holder, given_at=None, ended_at=None
            )
            meeting.represented_heads += 1
            meeting.weight_present += self.weight(mandate)
        if all(r["person_id"] != context.director.id for r in records):
            director = self.new_id("attendance")
            records.append(
                {
                    "id": director,
                    "meeting_id": meeting.id,
                    "person_id": context.director.id,
                    "status": AttendanceStatus.PRESENT
                    if context.held
                    else AttendanceStatus.EXPECTED,
                    "note": "",
                }
            )
            if context.held:
                self.add("presence", attendance_id=director, arrived_at=None, left_at=None)
        self.rows.setdefault("attendance", []).extend(records)
        return present

    def weight(self, mandate: dict[str, Any]) -> float:
        member = mandate["member_id"]
        if member is None or mandate["representation"] is not Representation.TITULAIRE:
            return 1.0
        return self.rights.get(member, 1.0)

    def agenda(self, context: _Context, actual: dt.datetime) -> None:
        meeting = context.meeting
        short, subject = BODIES[meeting.body_index][1], BODIES[meeting.body_index][2]
        year = meeting.date.year
        count = self.rng.randint(*ITEMS_RANGE[short])
        decisions = self.rng.randint(*DELIBERATIONS_RANGE[short])
        kinds = ["decision"] * decisions + ["info"] * max(count - decisions - 2, 0)
        self.rng.shuffle(kinds)
        clock = actual
        entries: list[tuple[str, str]] = []
        if meeting.previous is not None:
            entries.append(("approval", ""))
        entries += [(kind, "") for kind in kinds]
        entries.append(("misc", ""))
        for position, (kind, _unused) in enumerate(entries, start=1):
            values = self.values(year)
            decision = self.rng.choice(DECISIONS) if kind == "decision" else None
            if kind == "approval" and meeting.previous is not None:
                title = "Approbation du procès-verbal de la séance du " + format_date_long(
                    meeting.previous.date
                )
                rapporteur = context.president
            elif decision is not None:
                title = decision[0].format(**values)
                choices = (context.president, context.treasurer, context.director.id)
                rapporteur = self.rng.choice([p for p in choices if p is not None])
            elif kind == "misc":
                title = "Questions diverses"
                rapporteur = context.president
            else:
                title = self.pick(INFO_TITLES).format(**values)
                rapporteur = self.rng.choice(
                    [context.director.id, self.rng.choice(self.guests).id, context.president]
                )
            minutes = self.rng.choice((5, 10, 15, 20, 30, 45))
            notes = self.notes(context, kind, year, rapporteur) if context.held else ""
            started = clock.time()
            clock += dt.timedelta(minutes=minutes + self.rng.randint(-3, 5))
            item_id = self.add(
                "agenda_item",
                meeting_id=meeting.id,
                position=position,
                title=title,
                kind=ItemKind.DELIBERATION
                if kind in ("approval", "decision")
                else self.rng.choice((ItemKind.INFORMATION, ItemKind.DEBATE)),
                rapporteur_id=rapporteur,
                planned_minutes=minutes,
                notes=notes,
                started_at=started if context.held else None,
                ended_at=clock.time() if context.held else None,
            )
            meeting.items.append(item_id)
            if not context.held:
                continue
            if notes:
                self.add(
                    "note_revision",
                    item_id=item_id,
                    saved_at=dt.datetime.combine(meeting.date, clock.time()),
                    text=notes,
                )
            if kind == "approval" and meeting.previous is not None:
                self.deliberation(
                    meeting,
                    item_id,
                    title,
                    f"{subject} approuve le procès-verbal de sa séance du "
                    f"{format_date_long(meeting.previous.date)}.",
                )
            elif decision is not None:
                self.deliberation(
                    meeting,
                    item_id,
                    decision[1].format(**values),
                    f"{subject}, après en avoir délibéré, {decision[2].format(**values)}.",
                )
                if short != "Bureau" and title.startswith(REPORT_KEYWORDS):
                    self.report_candidates.append((meeting, item_id, title))
        if context.held:
            for _ in range(self.rng.randint(*ACTIONS_RANGE[short])):
                due = meeting.date + dt.timedelta(days=self.rng.randint(14, 90))
                self.add(
                    "action_item",
                    meeting_id=meeting.id,
                    item_id=self.rng.choice(meeting.items),
                    person_id=self.rng.choice([context.director.id, *context.voters[:5]]),
                    description=self.pick(ACTIONS).format(**self.values(year)),
                    due_date=due,
                    done=due < self.end - dt.timedelta(days=60),
                )

    def values(self, year: int) -> dict[str, Any]:
        return {
            "year": year,
            "prev": year - 1,
            "next": year + 1,
            "n": self.rng.randint(1, 3),
            "theme": self.pick(THEMES),
            "event": self.pick(EVENTS),
            "news": self.pick(NEWS),
            "partner": self.pick(PARTNERS),
        }

    def deliberation(self, meeting: _Meeting, item_id: int, title: str, body_text: str) -> None:
        year = meeting.date.year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        sequence = self.numbers[year]
        heads = meeting.present_heads + meeting.represented_heads
        against = abstention = 0
        if heads > 2 and self.rng.random() < 0.25:
            abstention = self.rng.randint(1, min(3, heads - 1))
            against = self.rng.randint(0, min(2, heads - abstention - 1))
        for_ = heads - against - abstention
        if heads > 4 and self.rng.random() < 0.01:
            for_, against = against, for_  # now and then a proposal is turned down
        weighted = BODIES[meeting.body_index][5] is Weighting.RIGHTS
        total = meeting.weight_present if weighted else float(heads)

        def share(count: int) -> float:
            return round(total * count / heads, 4) if heads else 0.0

        self.add(
            "deliberation",
            organisation_id=self.organisation,
            meeting_id=meeting.id,
            item_id=item_id,
            year=year,
            sequence=sequence,
            number=f"{year}-{sequence:02d}",
            title=title,
            text=body_text,
            majority=MajorityRule.SIMPLE,
            votes_for=for_,
            votes_against=against,
            votes_abstention=abstention,
            votes_not_taking_part=0,
            weighted_for=share(for_),
            weighted_against=share(against),
            weighted_abstention=share(abstention),
            weighted_not_taking_part=0.0,
            result=VoteResult.ADOPTED if for_ > against else VoteResult.REJECTED,
            unanimous=against == 0 and abstention == 0 and for_ > 0,
            casting_vote_used=False,
        )

    # Text ----------------------------------------------------------------------------------
    def speaker(self, context: _Context | None, rapporteur: int | None) -> str:
        if rapporteur is not None and self.rng.random() < 0.4:
            return self.people_by_id[rapporteur].name
        choices = [
            "Le représentant de l'État",
            "La représentante de la Région",
            "Un membre",
            "Plusieurs membres",
            "Le commissaire du Gouvernement",
        ]
        if context is not None:
            female = self.people_by_id[context.director.id].female
            choices.append("La directrice" if female else "Le directeur")
            if context.president is not None:
                female = self.people_by_id[context.president].female
                choices.append("La présidente" if female else "Le président")
        return self.pick(choices)

    def sentence(self, year: int, context: _Context | None, rapporteur: int | None) -> str:
        complement = self.pick(COMPLEMENTS).format(year=year)
        form = self.rng.randint(0, 5)
        if form == 0:
            return (
                f"{self.speaker(context, rapporteur)} {self.pick(REPORT_VERBS)} "
                f"{self.pick(OBJECTS)} {complement}."
            )
        if form == 1:
            return (
                f"{self.speaker(context, rapporteur)} rappelle que {self.pick(OBJECTS)} "
                f"{self.pick(CLAUSE_VERBS)} {self.pick(ACTORS)} {complement}."
            )
        if form == 2:
            return (
                f"{self.speaker(context, rapporteur)} {self.pick(OPINION_VERBS)} "
                f"{self.pick(QUALITIES)}."
            )
        if form == 3:
            return f"Les échanges portent sur {self.pick(OBJECTS)} et sur {self.pick(THEMES)}."
        if form == 4:
            return (
                f"Il est précisé que le centre de ressources {self.pick(CLAUSE_VERBS)} "
                f"{self.pick(ACTORS)} {complement}."
            )
        return self.pick(CONCLUSIONS)

    def notes(self, context: _Context, kind: str, year: int, rapporteur: int | None) -> str:
        if kind == "misc":
            if self.rng.random() < 0.5:
                return "Aucune question diverse n'est soulevée."
            return self.sentence(year, context, None)
        if kind == "approval":
            return (
                "Le procès-verbal de la séance précédente est soumis à l'approbation des "
                "membres. " + self.pick(("Aucune observation n'est formulée.", *CONCLUSIONS[:2]))
            )
        paragraphs = []
        for _ in range(self.rng.randint(1, 4)):
            count = self.rng.randint(2, 5)
            paragraphs.append(
                " ".join(self.sentence(year, context, rapporteur) for _ in range(count))
            )
        return "\n".join(paragraphs)

    # Attachments ---------------------------------------------------------------------------
    def attachments(self) -> None:
        by_year: dict[int, list[tuple[_Meeting, int, str]]] = {}
        for meeting, item_id, title in self.report_candidates:
            by_year.setdefault(meeting.date.year, []).append((meeting, item_id, title))
        for year in range(self.first_year, self.last_year + 1):
            candidates = by_year.get(year, [])
            chosen = self.rng.sample(candidates, min(ATTACHMENTS_PER_YEAR, len(candidates)))
            for meeting, item_id, title in sorted(chosen, key=lambda c: c[1]):
                short = BODIES[meeting.body_index][1]
                name = f"{meeting.date.isoformat()}_{short}_{_slug(title)}.pdf"
                paragraph = " ".join(self.sentence(year, None, None) for _ in range(8))
                lines = [
                    ORGANISATION[0],
                    f"Document présenté à la séance du {format_date_long(meeting.date)}",
                    "",
                    *_wrap(paragraph),
                    "",
                    "Document de travail généré pour l'archive de démonstration.",
                ]
                data = text_pdf(f"{ORGANISATION[1]} — {title}", lines, author=ORGANISATION[1])
                self.pdfs.append((meeting.id, name, data))
                self.rows.setdefault("attachment", []).append(
                    {
                        "id": self.new_id("attachment"),
                        "meeting_id": meeting.id,
                        "item_id": item_id,
                        "original_name": name[:300],
                        "media_type": "application/pdf",
                        "size": len(data),
                        "sha256": "",
                        "added_at": dt.datetime.combine(meeting.date, dt.time(9)),
                    }
                )

    def build(self) -> None:
        self.report_candidates: list[tuple[_Meeting, int, str]] = []
        self.registry()
        self.mandates()
        self.people_by_id = {p.id: p for p in self.people}
        self.meetings()
        self.attachments()


# Writing -----------------------------------------------------------------------------------

_ORDER = (
    "organisation",
    "member",
    "person",
    "body",
    "mandate",
    "meeting",
    "attendance",
    "presence",
    "proxy",
    "agenda_item",
    "note_revision",
    "deliberation",
    "action_item",
    "attachment",
)


def _refuse_if_not_empty(conn: Connection) -> None:
    for model in (models.Organisation, models.Meeting, models.Person):
        if conn.execute(select(func.count()).select_from(model)).scalar_one():
            raise ValidationError(
                "La base n'est pas vide : l'archive de démonstration ne se mêle pas à des "
                "données réelles. Générez-la dans une nouvelle base, par exemple : "
                "irev-desktop --db demonstration.sqlite generate-archive --years 20"
            )


def generate_archive(
    store: Store,
    *,
    years: int = 20,
    seed: int = DEFAULT_SEED,
    last_year: int = DEFAULT_LAST_YEAR,
) -> GeneratedArchive:
    """Fill an empty store with ``years`` years of archive ending with ``last_year``."""
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError(
            "Le nombre d'années doit être compris entre 1 et {max_years}.", max_years=MAX_YEARS
        )
    began = time.perf_counter()
    tables = models.Base.metadata.tables
    with store.reading() as session:
        _refuse_if_not_empty(session.connection())
        ids = {
            name: int(
                session.execute(select(func.coalesce(func.max(tables[name].c.id), 0))).scalar_one()
            )
            for name in _ORDER
        }
    generator = _Generator(years, seed, last_year, ids)
    generator.build()
    # The files first: content-addressed copies are harmless if the transaction fails.
    extracted: dict[int, str] = {}
    for row, (_meeting, name, data) in zip(
        generator.rows.get("attachment", []), generator.pdfs, strict=True
    ):
        row["sha256"] = store_bytes(store.paths.attachments_dir, data)
        extracted[row["id"]] = extract_text(name, data)
    with store.write_connection() as conn:
        _refuse_if_not_empty(conn)
        # Minutes name the meeting that adopted them, inserted later.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for name in _ORDER:
            rows = generator.rows.get(name)
            if rows:
                conn.execute(insert(tables[name]), rows)
        for attachment_id, content in extracted.items():
            save_text(conn, attachment_id, content)
        signed = [m.id for m in generator.schedule if m.status is MeetingStatus.MINUTES_SIGNED]
        _sign(conn, signed)
        conn.execute(
            insert(tables["audit_entry"]).values(
                action="archive.generate",
                entity="archive",
                entity_id=None,
                summary=f'{{"années": {years}, "graine": {seed}}}',
            )
        )
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
        counts = {
            name: int(conn.execute(select(func.count()).select_from(tables[name])).scalar_one())
            for name in _ORDER
        }
    return GeneratedArchive(
        generator.first_year, generator.last_year, counts, time.perf_counter() - began
    )


def _sign(conn: Connection, meeting_ids: list[int]) -> None:
    """The seal of each signed meeting, as the program records it at signature (version
    3: the snapshot of the minutes, chained per organisation in signing order)."""
    meeting_table = models.Base.metadata.tables["meeting"]
    seal_table = models.Base.metadata.tables["seal"]
    digests: list[dict[str, Any]] = []
    seals: list[dict[str, Any]] = []
    last: dict[int, str] = {}
    with Session(bind=conn) as session:
        connection = session_connection(session)
        organisation_of = dict(
            connection.execute(
                "SELECT m.id, b.organisation_id FROM meeting m JOIN body b ON b.id = m.body_id"
            ).fetchall()
        )
        signed_at = {
            ident: dt.datetime.fromisoformat(at)
            for ident, at in connection.execute(
                "SELECT id, signed_at FROM meeting WHERE signed_at IS NOT NULL"
            )
        }
        order = sorted(meeting_ids, key=lambda i: (signed_at.get(i) or dt.datetime.min, i))
        for meeting_id in order:
            meeting = session.get_one(models.Meeting, meeting_id)
            text = take_snapshot(session, meeting)
            previous = last.get(organisation_of[meeting_id])
            digest = seal_digest(text, previous)
            last[organisation_of[meeting_id]] = digest
            digests.append({"ident": meeting_id, "digest": digest})
            seals.append(
                {
                    "meeting_id": meeting_id,
                    "version": CHAIN_SEAL_VERSION,
                    "snapshot": text,
                    "digest": digest,
                    "previous_digest": previous,
                    "sealed_at": meeting.signed_at,
                }
            )
            if len(digests) % 200 == 0:
                session.expunge_all()
    if digests:
        conn.execute(
            update(meeting_table)
            .where(meeting_table.c.id == bindparam("ident"))
            .values(signed_digest=bindparam("digest"), seal_version=CHAIN_SEAL_VERSION),
            digests,
        )
        conn.execute(insert(seal_table), seals)


# One large meeting ---------------------------------------------------------------------------


def large_meeting(
    services: Services, *, items: int = 40, attendees: int = 80, seed: int = DEFAULT_SEED
) -> int:
    """A general assembly of ``items`` agenda items with notes and ``attendees`` people in
    office (most present, some represented, excused or absent), a deliberation on every
    fourth item and a few actions, written through the services, in an organisation of
    its own; returns the meeting's id. What the benchmarks open and export."""
    from irev_desktop.services.agenda import ItemFields
    from irev_desktop.services.meetings import MeetingHeader
    from irev_desktop.services.registry import BodyRules

    writer = _Generator(1, seed, 2021, {})
    rng = writer.rng
    registry = services.registry
    taken = {o.short_name for o in registry.organisations()}
    short = next(f"GS{n}" for n in range(1, len(taken) + 2) if f"GS{n}" not in taken)
    organisation = registry.create_organisation(f"Groupement de la grande séance {short}", short)
    body = registry.add_body(
        organisation.id,
        "Assemblée générale",
        "AG",
        BodyRules(
            quorum_basis=QuorumBasis.HEADS,
            weighting=Weighting.HEADS,
            max_proxies_per_holder=1,
            notice_days=20,
        ),
    )
    start = dt.date(2020, 1, 1)
    people = []
    member = None
    for number in range(attendees):
        female = number % 2 == 0
        first = rng.choice(FEMALE if female else MALE)
        if member is None or number % 2 == 0:  # a titulaire and a suppléant per member
            member = registry.add_member(organisation.id, f"Membre n° {number // 2 + 1}", 1)
        person = registry.add_person(
            first,
            f"{rng.choice(LAST_NAMES)}-{number + 1}",
            civility=Civility.MADAME if female else Civility.MONSIEUR,
            function_title=gendered("représentant{e} du membre", female),
        )
        role = Role.PRESIDENT if number == 0 else Role.MEMBER
        services.mandates.add_mandate(
            person.id,
            body.id,
            role,
            start,
            member_id=member.id,
            representation=(
                Representation.TITULAIRE if number % 2 == 0 else Representation.SUPPLEANT
            ),
        )
        people.append(person.id)
    day = dt.date(2021, 3, 8)
    meeting = services.meetings.create_meeting(
        body.id,
        MeetingHeader(
            title="Assemblée générale ordinaire",
            date=day,
            planned_start=dt.time(10),
            mode=MeetingMode.HYBRID,
            place="Lille",
            video_link="https://visio.exemple.fr/ag",
            chair_id=people[0],
            secretary_id=people[1],
        ),
    )
    present = [p for n, p in enumerate(people) if n % 10 not in (3, 7, 9)]
    for person_id in present:
        services.attendance.set_status(meeting.id, person_id, AttendanceStatus.PRESENT)
    holders = iter(present[1:])
    for n, person_id in enumerate(people):
        if n % 10 == 3:
            services.attendance.set_status(
                meeting.id, person_id, AttendanceStatus.REPRESENTED, proxy_holder_id=next(holders)
            )
        elif n % 10 in (7, 9):
            status = AttendanceStatus.EXCUSED if n % 10 == 7 else AttendanceStatus.ABSENT
            services.attendance.set_status(meeting.id, person_id, status)
    agenda = services.agenda
    for number in range(items):
        values = writer.values(day.year)
        if number % 4 == 0:
            decision = rng.choice(DECISIONS)
            title = decision[0].format(**values)
            kind = ItemKind.DELIBERATION
        else:
            decision = None
            title = rng.choice(INFO_TITLES).format(**values)
            kind = ItemKind.DEBATE
        item = agenda.add_item(meeting.id, ItemFields(title, kind, rng.choice(people), 15))
        notes = "\n".join(
            " ".join(writer.sentence(day.year, None, None) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(2, 4))
        )
        agenda.save_notes(item.id, notes)
        if decision is not None:
            services.deliberations.record_unanimous(
                meeting.id,
                decision[1].format(**values),
                f"L'Assemblée générale, après en avoir délibéré, {decision[2].format(**values)}.",
                item_id=item.id,
            )
        if number % 8 == 1:
            services.actions.add_action(
                meeting.id,
                rng.choice(ACTIONS).format(**values),
                person_id=people[1],
                due_date=day + dt.timedelta(days=60),
                item_id=item.id,
            )
    services.meetings.record_times(meeting.id, actual_start=dt.time(10, 5), actual_end=dt.time(12))
    return meeting.id
