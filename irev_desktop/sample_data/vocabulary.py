"""The words of the generated archive: the member organisations, bodies and offices of
an imaginary resource centre, first and last names, and the governance vocabulary the
notes, titles and deliberations are built from (French, never lorem ipsum); and the
small text helpers that turn them into names, addresses and lines."""

from __future__ import annotations

import re
import unicodedata

from irev_desktop.domain.enums import (
    QuorumBasis,
    Role,
    Weighting,
)

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


def slug(value: str) -> str:
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


def wrap(paragraph: str, width: int = 88) -> list[str]:
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
