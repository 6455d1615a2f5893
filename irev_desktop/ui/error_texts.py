"""The errors of the services, in the words of the interface's language.

An :class:`IrevError` carries its French template (its stable code) and the values
that fill it. ``error_text`` looks the template up in the translations (context
"Errors") and fills the translation in; in French, or for a template no translation
knows, it is the error's own message. The catalogue below lists every template raised
below the interface, so that ``pyside6-lupdate`` (which scans only this package)
extracts them; ``tests/test_error_catalogue.py`` keeps it complete and free of stale
entries.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from irev_desktop.domain.errors import IrevError

CONTEXT = "Errors"


def error_text(error: IrevError) -> str:
    """``error`` as the user should read it in the interface's language."""
    translated = QCoreApplication.translate(CONTEXT, error.template)
    if translated == error.template:
        return error.message
    if not error.arguments:
        return translated
    arguments = {
        name: error_text(value)
        if isinstance(value, IrevError)
        else QCoreApplication.translate(CONTEXT, value)
        if isinstance(value, str) and value in _WORDS
        else value
        for name, value in error.arguments.items()
    }
    try:
        return translated.format(**arguments)
    except (KeyError, IndexError, ValueError, AttributeError):
        return error.message  # a faulty translation must not hide the error


# The words the services put into a template (what was edited, for RowConflictError):
# French, translated with the template.
_WORDS = frozenset(
    str(word)
    for word in (
        QT_TRANSLATE_NOOP("Errors", "ce membre"),
        QT_TRANSLATE_NOOP("Errors", "cette personne"),
        QT_TRANSLATE_NOOP("Errors", "les règles de cette instance"),
        QT_TRANSLATE_NOOP("Errors", "ce mandat"),
        QT_TRANSLATE_NOOP("Errors", "l'en-tête de cette séance"),
        QT_TRANSLATE_NOOP("Errors", "ce point de l'ordre du jour"),
        QT_TRANSLATE_NOOP("Errors", "l'historique de présence de cette personne"),
    )
)


def catalogue() -> frozenset[str]:
    """Every template the program raises below the interface."""
    return frozenset(str(template) for template in _TEMPLATES)


_TEMPLATES: tuple[object, ...] = (
    # irev_desktop/services/register.py
    QT_TRANSLATE_NOOP(
        "Errors", "Aucune instance ne porte le sigle « {name} » (instances : {known})."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Plusieurs instances portent le sigle « {name} » : nommez-la autrement."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "L'instance {body} n'a aucune délibération en {year} : il n'y a pas de "
        "registre des délibérations à établir.",
    ),
    # irev_desktop/cli/export.py
    QT_TRANSLATE_NOOP(
        "Errors", "L'option --deliberation ne vaut que pour l'extrait (--kind extrait)."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "L'option --par-membre ne vaut que pour la convocation (--kind convocation)."
    ),
    # irev_desktop/cli/seance.py
    QT_TRANSLATE_NOOP("Errors", "La séance n° {meeting} n'existe pas."),
    # irev_desktop/cli/search.py
    QT_TRANSLATE_NOOP("Errors", "L'instance « {short_name} » n'existe pas (instances : {known})."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Plusieurs organisations ont une instance « {short_name} » : la recherche ne peut "
        "être limitée à l'une d'elles par son sigle.",
    ),
    # irev_desktop/db/schema.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier {db} a été créé par une version plus récente du programme (révision "
        "{revision}) : mettez IREV Desktop à jour pour l'ouvrir.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier {db} est une base SQLite qui n'appartient pas à IREV Desktop ; il n'a "
        "pas été modifié.",
    ),
    # irev_desktop/db/sqlite_files.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "La copie {destination} n'a pas pu être écrite ({cause}) ; aucun fichier partiel n'a "
        "été laissé.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{path} est un dossier : indiquez le fichier de données (par exemple irev.sqlite).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le disque est plein : la copie {destination} n'a pas pu être écrite ; aucun fichier "
        "partiel n'a été laissé.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier de données {path} ne peut pas être lu : vous n'avez pas le droit de le "
        "lire ; il n'a pas été modifié.",
    ),
    # irev_desktop/db/store.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le dossier {folder} n'existe pas : aucune base IREV Desktop à cet endroit. Vérifiez "
        "le chemin ; rien n'a été créé.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} n'existe pas ; rien n'a été créé. Vérifiez le chemin, ou créez la base "
        "en ouvrant IREV Desktop ou avec « irev-desktop demo ».",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier {db} est vide : ce n'est pas une base IREV Desktop ; il n'a pas été modifié.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} est ouverte par une autre instance d'IREV Desktop : elle peut être "
        "consultée, mais pas modifiée. Fermez l'autre fenêtre puis réessayez.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le disque est plein : {db} n'a pas pu être écrit."),
    QT_TRANSLATE_NOOP(
        "Errors", "Le fichier {db} (ou son dossier) est en lecture seule : rien n'a été écrit."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} ne peut pas être ouverte : le fichier ou son dossier est inaccessible "
        "; rien n'a été modifié.",
    ),
    QT_TRANSLATE_NOOP("Errors", "La base {db} ne peut pas être créée : {cause}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le verrou {lock} ne peut pas être créé ({cause}) : la base ne peut pas être modifiée.",
    ),
    # irev_desktop/domain/action_line.py
    QT_TRANSLATE_NOOP("Errors", "Décrivez l'action à mener."),
    QT_TRANSLATE_NOOP("Errors", "« {text} » n'est pas une date valide."),
    QT_TRANSLATE_NOOP("Errors", "Écrivez « @Nom : action, échéance »."),
    QT_TRANSLATE_NOOP("Errors", "« {name} » ne désigne personne."),
    QT_TRANSLATE_NOOP("Errors", "« {name} » ne désigne pas une seule personne : précisez le nom."),
    # irev_desktop/domain/history_text.py
    QT_TRANSLATE_NOOP("Errors", "Ligne {number} : {error}"),
    QT_TRANSLATE_NOOP(
        "Errors", "« {cleaned} » n'est pas une heure : écrivez par exemple 10:15 ou 10 h 15."
    ),
    QT_TRANSLATE_NOOP("Errors", "« {cleaned} » n'est pas une heure valide."),
    QT_TRANSLATE_NOOP(
        "Errors", "écrivez une arrivée et un départ séparés d'un tiret, par exemple {example}."
    ),
    QT_TRANSLATE_NOOP("Errors", "le départ ({end}) doit suivre l'arrivée ({start})."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Ligne {number} : la ligne précédente court jusqu'à la fin de la séance, {nothing} "
        "ne peut suivre.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Ligne {number} : seule la première ligne peut partir de l'ouverture de la séance.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Ligne {number} : commence à {start}, avant la fin de la ligne précédente ({end}).",
    ),
    QT_TRANSLATE_NOOP("Errors", "indiquez à qui le pouvoir est donné."),
    QT_TRANSLATE_NOOP("Errors", "« {name} » ne désigne aucun votant de la séance."),
    QT_TRANSLATE_NOOP(
        "Errors", "« {name} » désigne plusieurs personnes ({names}) : précisez le nom."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "séparez le nom et les heures par une virgule, par exemple Buchaillat, {example}."
    ),
    # irev_desktop/domain/lifecycle.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Une séance au statut «\u00a0{current}\u00a0» ne peut pas passer au statut "
        "«\u00a0{target}\u00a0».",
    ),
    # irev_desktop/domain/numbering.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "«\u00a0{cleaned}\u00a0» n’est pas un numéro de délibération valide (forme "
        "attendue\u00a0: 2021-03).",
    ),
    QT_TRANSLATE_NOOP("Errors", "L’année d’une délibération doit avoir quatre chiffres ({year})."),
    QT_TRANSLATE_NOOP("Errors", "Le numéro d’ordre d’une délibération commence à 1 ({sequence})."),
    # irev_desktop/domain/point_line.py
    QT_TRANSLATE_NOOP("Errors", "« {line} » : il manque le nom de la personne."),
    QT_TRANSLATE_NOOP(
        "Errors", "Indiquez le nom de la personne invitée : « +Prénom Nom, qualité »."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "« {word} » n'est pas un état : écrivez « {name} : e » pour excusé·e ou « {name} : a "
        "» pour absent·e.",
    ),
    # irev_desktop/domain/proxies.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le nombre maximal de pouvoirs par personne ne peut pas être négatif ({max_per_holder}).",
    ),
    QT_TRANSLATE_NOOP("Errors", "Les pouvoirs ne sont pas admis dans cette instance."),
    QT_TRANSLATE_NOOP("Errors", "{giver} ne peut pas se donner pouvoir à soi-même."),
    QT_TRANSLATE_NOOP(
        "Errors", "{giver} n’a pas voix délibérative et ne peut donc pas donner de pouvoir."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{holder} n’a pas voix délibérative et ne peut donc pas recevoir de pouvoir."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{holder} a déjà donné pouvoir à {relay} et ne peut donc pas en recevoir (un pouvoir "
        "ne se transmet pas).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{giver} détient déjà le pouvoir de {listed} et ne peut donc pas donner le sien."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{holder} détient déjà {held}\u00a0: le plafond de cette instance est de {limit} par "
        "personne.",
    ),
    # irev_desktop/domain/quorum.py
    QT_TRANSLATE_NOOP("Errors", "L’heure de départ ({end}) précède l’heure d’arrivée ({start})."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Les périodes de présence se chevauchent : chaque arrivée doit suivre le départ précédent.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La fraction du quorum ({numerator}/{denominator}) doit être strictement positive et "
        "au plus égale à 1.",
    ),
    QT_TRANSLATE_NOOP("Errors", "La personne n° {person} figure deux fois dans la séance."),
    QT_TRANSLATE_NOOP(
        "Errors", "Les droits statutaires du membre n° {member} ne peuvent pas être négatifs."
    ),
    # irev_desktop/domain/tally.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le vote doit compter exactement les votants présents ou représentés à cet instant "
        "({missing} sans vote, {extra} hors décompte).",
    ),
    # irev_desktop/domain/text.py
    QT_TRANSLATE_NOOP(
        "Errors", "Le texte dépasse la longueur maximale de {max_length} caractères."
    ),
    # irev_desktop/domain/vote_line.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Après «\u00a0{word}\u00a0», nommez au moins un votant\u00a0: «\u00a0{word} @Nom\u00a0».",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Écrivez un nom après «\u00a0@\u00a0»\u00a0: «\u00a0contre @Nom\u00a0»."
    ),
    QT_TRANSLATE_NOOP("Errors", "«\u00a0{name}\u00a0» ne désigne aucun votant."),
    QT_TRANSLATE_NOOP(
        "Errors", "«\u00a0{name}\u00a0» désigne plusieurs votants\u00a0: {names}. Précisez le nom."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "«\u00a0{word}\u00a0» n’est pas un vote\u00a0: écrivez pour (p), contre (c), "
        "abstention (a) ou ne prend pas part (npp).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Commencez par le vote, puis le nom\u00a0: «\u00a0contre @Nom\u00a0»."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{person} est nommé·e deux fois, avec deux votes différents ({previous}, {current}).",
    ),
    # irev_desktop/domain/votes.py
    QT_TRANSLATE_NOOP(
        "Errors", "Le décompte ({total}) dépasse les voix des présents et représentés ({limit})."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La majorité absolue se calcule sur les voix des présents et représentés, qui n’ont "
        "pas été indiquées.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Les voix des présents et représentés ne peuvent pas être négatives."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Le nombre de voix «\u00a0{label}\u00a0» ne peut pas être négatif ({value})."
    ),
    # irev_desktop/exporters/document.py
    QT_TRANSLATE_NOOP("Errors", "Le papier à en-tête « {path} » est introuvable."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le modèle Word intégré « {path} » est illisible ({cause}) : réinstallez le programme.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le papier à en-tête « {name} » n'est pas un document Word (.docx) lisible ; "
        "enregistrez-le au format .docx depuis Word ou LibreOffice puis recommencez.",
    ),
    # irev_desktop/exporters/model.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "La délibération n° {number} n'appartient pas à la séance du {date} (délibérations "
        "de la séance : {known}).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "La séance du {date} n'a aucune délibération : il n'y a pas d'extrait à établir."
    ),
    # irev_desktop/exporters/resources.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le modèle Word intégré « {name} » est introuvable dans {folder} : l'installation du "
        "programme est incomplète.",
    ),
    # irev_desktop/services/actions.py
    QT_TRANSLATE_NOOP("Errors", "Ce point n'appartient pas à cette séance."),
    # irev_desktop/services/agenda.py
    QT_TRANSLATE_NOOP("Errors", "Un point ne peut se terminer avant d'avoir commencé."),
    QT_TRANSLATE_NOOP("Errors", "La durée prévue doit être comprise entre 0 et 1 440 minutes."),
    QT_TRANSLATE_NOOP("Errors", "Le point de l'ordre du jour n° {item} n'existe pas."),
    QT_TRANSLATE_NOOP("Errors", "Le point « {title} » figure déjà à l'ordre du jour."),
    QT_TRANSLATE_NOOP("Errors", "La version n° {revision} des notes n'existe pas."),
    # irev_desktop/services/archive/
    QT_TRANSLATE_NOOP("Errors", "Archive invalide : {detail}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "L'archive {source} est refusée : la chaîne des signatures des procès-verbaux "
        "y est rompue ({breaks}). Une séance signée y a été supprimée, modifiée ou "
        "dé-signée ; importez plutôt une archive exportée par le programme.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Le fichier {source} n'est pas une archive IREV Desktop : {member} en est absent."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier {source} n'est pas une archive IREV Desktop (format {found} au lieu de « "
        "{expected} »).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "L'archive {source} a été créée par une version plus récente d'IREV Desktop (format "
        "version {version}, ce programme lit jusqu'à la version {supported}) : mettez le "
        "programme à jour pour l'importer.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le fichier {source} est introuvable."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier {source} n'est pas une archive IREV Desktop (ce n'est pas un zip lisible).",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le fichier {source} ne peut être lu : {cause}."),
    QT_TRANSLATE_NOOP("Errors", "{destination} est un dossier : indiquez un nom de fichier."),
    QT_TRANSLATE_NOOP("Errors", "Le dossier {folder} n'existe pas."),
    QT_TRANSLATE_NOOP("Errors", "L'archive ne peut remplacer la base elle-même."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base est trop volumineuse pour une archive (2 Gio au plus, dont 512 Mio pour "
        "archive.json) : l'archive n'a pas été créée. Faites plutôt une sauvegarde.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La copie de la pièce jointe « {name} » ({path}) est altérée : son contenu ne "
        "correspond plus à celui qui a été joint. L'archive n'a pas été créée ; restaurez "
        "une sauvegarde ou joignez le fichier à nouveau.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base n'est pas vide : elle contient déjà {held}. Pour remplacer tout son contenu "
        "par celui de l'archive, utilisez --replace (une sauvegarde de la base est faite "
        "avant) ; sinon, importez dans une nouvelle base.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La pièce {name} n'a pu être copiée dans le dossier des pièces jointes ({folder}) : "
        "{cause}. Rien n'a été importé.",
    ),
    QT_TRANSLATE_NOOP("Errors", "L'archive {destination} n'a pu être écrite : {cause}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La copie de la pièce jointe « {name} » manque dans le dossier des pièces jointes "
        "({path}) : l'archive n'a pas été créée. Restaurez une sauvegarde ou joignez le "
        "fichier à nouveau.",
    ),
    # irev_desktop/sample_data/generator.py
    QT_TRANSLATE_NOOP("Errors", "Le nombre d'années doit être compris entre 1 et {max_years}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base n'est pas vide : l'archive de démonstration ne se mêle pas à des données "
        "réelles. Générez-la dans une nouvelle base, par exemple : irev-desktop --db "
        "demonstration.sqlite generate-archive --years 20",
    ),
    # irev_desktop/services/attachments.py
    QT_TRANSLATE_NOOP("Errors", "Le fichier dépasse 500 Mo : il ne peut être joint."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La copie de « {name} » manque dans le dossier des pièces jointes ({folder}). "
        "Restaurez une sauvegarde ou joignez le fichier à nouveau.",
    ),
    # irev_desktop/services/attendance.py
    QT_TRANSLATE_NOOP("Errors", "La personne n° {person} ne figure pas dans la liste de présence."),
    QT_TRANSLATE_NOOP(
        "Errors", "{person} est parti·e à {time} : le retour ne peut précéder ce départ."
    ),
    QT_TRANSLATE_NOOP("Errors", "Le mandataire doit figurer dans la liste de présence."),
    QT_TRANSLATE_NOOP("Errors", "{person} figure déjà dans la liste de présence."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Cette personne détient des pouvoirs : retirez-les avant de la retirer de la liste "
        "de présence.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{person} est déjà présent·e : pour noter son départ, pointez-le ou la à nouveau."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{person} est déjà venu·e : un retour se note après l'ouverture de la séance."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{person} n'est pas en séance : seule une personne présente peut la quitter."
    ),
    QT_TRANSLATE_NOOP("Errors", "{person} n'a pas donné de pouvoir en cours."),
    QT_TRANSLATE_NOOP("Errors", "Indiquez le nom de la personne invitée."),
    QT_TRANSLATE_NOOP("Errors", "Indiquez à qui le pouvoir est donné."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Cette personne détient un pouvoir : elle ne peut être notée absente ou excusée tant "
        "que le pouvoir n'est pas retiré.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le départ ne peut précéder l'arrivée."),
    # irev_desktop/services/backups.py
    QT_TRANSLATE_NOOP("Errors", "La sauvegarde ne peut remplacer la base elle-même."),
    QT_TRANSLATE_NOOP("Errors", "Ce fichier est déjà la base en service."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{source} n'est pas une sauvegarde d'IREV Desktop (ou provient d'une version plus "
        "récente) ; rien n'a été modifié.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{source} n'est pas une sauvegarde d'IREV Desktop ; rien n'a été modifié."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{source} n'est pas une sauvegarde d'IREV Desktop lisible ; rien n'a été modifié."
    ),
    # irev_desktop/services/base.py
    QT_TRANSLATE_NOOP("Errors", "{what} n° {ident} n'existe pas."),
    QT_TRANSLATE_NOOP(
        "Errors", "Le point « {title} » a été retiré de l'ordre du jour (Ctrl+Z le remet)."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le procès-verbal de la séance du {date} est signé : la séance et son contenu ne "
        "peuvent plus être modifiés.",
    ),
    # irev_desktop/services/deliberations.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le quorum n'est pas atteint ({present} sur {required} requis) : l'instance ne peut "
        "pas délibérer valablement.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le numéro de délibération {number} est déjà attribué."),
    QT_TRANSLATE_NOOP(
        "Errors", "Cette instance vote en droits statutaires : indiquez aussi les voix pondérées."
    ),
    # irev_desktop/services/export.py
    QT_TRANSLATE_NOOP(
        "Errors", "Le fichier « {name} » doit porter l'extension .docx (document Word)."
    ),
    QT_TRANSLATE_NOOP("Errors", "« {output} » est un dossier, pas un fichier .docx."),
    QT_TRANSLATE_NOOP("Errors", "Le dossier « {folder} » n'existe pas."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Impossible d'écrire « {output} » : le fichier est peut-être ouvert dans Word ou "
        "LibreOffice, ou le dossier est protégé. Fermez-le et recommencez.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Impossible d'écrire « {output} » : {cause}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le disque est plein : « {output} » n'a pas pu être écrit ; aucun fichier partiel "
        "n'a été laissé.",
    ),
    # irev_desktop/services/export.py (PDF and every extract)
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier « {name} » doit porter l'extension .docx (document Word) ou .pdf "
        "(document PDF).",
    ),
    QT_TRANSLATE_NOOP("Errors", "« {output} » est un dossier, pas un fichier."),
    # irev_desktop/services/pdf.py (PDF and every extract)
    QT_TRANSLATE_NOOP(
        "Errors",
        "Installez LibreOffice (https://www.libreoffice.org/) pour écrire des PDF, ou "
        "choisissez un fichier .docx.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "LibreOffice n'a pas pu être lancé ({cause}). Installez LibreOffice "
        "(https://www.libreoffice.org/) pour écrire des PDF, ou choisissez un fichier "
        ".docx.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "LibreOffice n'a pas fini la conversion en PDF en {seconds} secondes : elle a été"
        " arrêtée et aucun PDF n'a été écrit. Recommencez, ou choisissez un fichier "
        ".docx.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "LibreOffice n'a pas pu convertir le document en PDF ({detail}). Essayez d'ouvrir"
        " le document Word dans LibreOffice, ou choisissez un fichier .docx.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "LibreOffice n'a pas produit de PDF lisible. Recommencez, ou choisissez un fichier .docx.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La version de LibreOffice installée ne sait pas écrire de PDF/A (il faut "
        "LibreOffice 7.4 ou plus récent). Mettez LibreOffice à jour "
        "(https://www.libreoffice.org/), ou choisissez un fichier .docx.",
    ),
    # irev_desktop/services/extracts.py (PDF and every extract)
    QT_TRANSLATE_NOOP("Errors", "Cette séance n'a pas de délibération à extraire du registre."),
    QT_TRANSLATE_NOOP("Errors", "Impossible d'écrire dans le dossier « {folder} » : {cause}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le dossier « {folder} » contient déjà trop de fichiers nommés « {name} ».",
    ),
    # irev_desktop/cli/export.py (PDF and every extract)
    QT_TRANSLATE_NOOP("Errors", "L'option --all ne vaut que pour l'extrait (--kind extrait)."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "L'option --pdf ne vaut qu'avec --all ; pour un seul document, donnez un fichier "
        ".pdf à --output.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Les options --all et --deliberation s'excluent : --all écrit toutes les délibérations.",
    ),
    # irev_desktop/services/mandates.py
    QT_TRANSLATE_NOOP("Errors", "La fin du mandat ne peut précéder son début."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{person} est déjà {role} de cette instance depuis le {date} : terminez d'abord ce mandat.",
    ),
    # irev_desktop/services/meetings.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "La date de convocation ({convened}) ne peut être postérieure à la séance ({date}).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La date de convocation précède la séance de plus d'un an : elle n'est pas plausible.",
    ),
    QT_TRANSLATE_NOOP("Errors", "La date de la séance n'est pas plausible."),
    QT_TRANSLATE_NOOP("Errors", "La séance ne peut se terminer avant d'avoir commencé."),
    QT_TRANSLATE_NOOP("Errors", "Indiquez la date de la séance qui a approuvé le PV."),
    QT_TRANSLATE_NOOP(
        "Errors", "Le procès-verbal ne peut être approuvé avant la séance qu'il relate."
    ),
    # irev_desktop/services/registry.py
    QT_TRANSLATE_NOOP("Errors", "{what} est obligatoire."),
    QT_TRANSLATE_NOOP(
        "Errors", "Le quorum doit être une fraction comprise entre 0 (exclu) et 1, par exemple 2/3."
    ),
    QT_TRANSLATE_NOOP("Errors", "Le nombre de pouvoirs par mandataire ne peut être négatif."),
    QT_TRANSLATE_NOOP("Errors", "Le délai de convocation ne peut être négatif."),
    QT_TRANSLATE_NOOP("Errors", "Les droits statutaires ne peuvent être négatifs."),
    QT_TRANSLATE_NOOP("Errors", "Une organisation de sigle « {short} » existe déjà."),
    QT_TRANSLATE_NOOP("Errors", "Le membre « {name} » existe déjà."),
    QT_TRANSLATE_NOOP("Errors", "Une instance de sigle « {short} » existe déjà."),
    # irev_desktop/services/seal_export.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le {document} de la séance du {date} n'a pas été écrit : le procès-verbal "
        "signé ne correspond plus à sa signature ({reasons}). Pour l'écrire quand même, "
        "marqué « NON CONFORME AU PROCÈS-VERBAL SIGNÉ » sur chaque page, ajoutez "
        "l'option --force.",
    ),
    # irev_desktop/services/search.py
    QT_TRANSLATE_NOOP("Errors", "« {kind} » n'est pas un type de résultat (types : {known})."),
    # irev_desktop/ui/pages/meetings.py
    QT_TRANSLATE_NOOP("Errors", "« {text} » n'est pas une date valide (attendu : JJ/MM/AAAA)."),
    # irev_desktop/cli/key.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre compte {count} organisations : indiquez laquelle avec --organisation.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Donnez la phrase secrète de la clé par --passphrase-file ou par la variable "
        "IREV_DESKTOP_KEY_PASSPHRASE.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Les deux phrases secrètes saisies diffèrent."),
    QT_TRANSLATE_NOOP("Errors", "La phrase secrète ne peut être lue dans {path} ({reason})."),
    # irev_desktop/services/key_folder.py
    QT_TRANSLATE_NOOP("Errors", "La phrase secrète doit compter au moins {count} caractères."),
    QT_TRANSLATE_NOOP("Errors", "Saisissez la phrase secrète de la clé de signature."),
    QT_TRANSLATE_NOOP("Errors", "Ce fichier n'est pas une clé de signature Ed25519."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La clé de signature {fingerprint} de l'organisation n'est pas sur cet ordinateur "
        "({folder}) : signez depuis l'ordinateur qui la garde, ou importez son fichier "
        "(irev-desktop key import).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La clé privée gardée pour {fingerprint} ne correspond pas à la clé publique du "
        "registre : elle a été remplacée.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "La clé de signature {fingerprint} n'est plus dans le trousseau du système."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La phrase secrète de la clé de signature est incorrecte, ou le fichier n'est pas une "
        "clé de signature.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le trousseau du système ne répond pas ({reason}) : la clé de signature ne peut être lue.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le fichier de la clé de signature ne peut être lu ({reason})."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le trousseau du système n'a pas pu garder la clé ({reason}) : protégez-la plutôt par "
        "une phrase secrète.",
    ),
    # irev_desktop/services/seal_chain.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Cette organisation signe ses procès-verbaux avec sa clé {fingerprint} : "
        "déverrouillez-la pour signer.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Cette clé de signature n'est plus en service."),
    # irev_desktop/services/signing_keys.py
    QT_TRANSLATE_NOOP("Errors", "Le fichier {path} n'est pas une clé de signature."),
    QT_TRANSLATE_NOOP("Errors", "La clé de signature n° {ident} n'existe pas."),
    QT_TRANSLATE_NOOP("Errors", "Le fichier {path} ne peut être lu ({reason})."),
    QT_TRANSLATE_NOOP(
        "Errors", "La clé {fingerprint} n'est pas une clé de signature de ce registre."
    ),
    # irev_desktop/services/meetings.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le procès-verbal est signé, mais le journal de la clé de signature n'a pu être écrit "
        "({reason}) : verify ne pourra pas signaler la suppression de cette séance sur ce "
        "poste.",
    ),
    # irev_desktop/services/facade.py (Services.try_server: the connection dialog)
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le serveur de la base {db} refuse la connexion : identifiant ou mot de passe incorrect.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Le serveur de la base {db} demande un mot de passe : saisissez-le."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} n'existe pas sur ce serveur ; vérifiez son nom, ou créez-la "
        "(« irev-desktop server init »).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Le serveur « {host} » est introuvable : vérifiez son nom et le réseau."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le trousseau du système n'a pas gardé le mot de passe ({reason}) ; "
        "décochez « Retenir le mot de passe » pour vous connecter sans.",
    ),
    # irev_desktop/cli/server.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Indiquez le serveur avec --db postgresql://propriétaire@serveur/base (ou "
        "IREV_DESKTOP_DB) : « server » ne s'applique pas à un fichier.",
    ),
    QT_TRANSLATE_NOOP("Errors", "La source et la cible sont la même base : rien n'a été copié."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Aucun mot de passe : donnez --password-file, ou la variable "
        "IREV_DESKTOP_SERVER_PASSWORD, ou lancez la commande dans un terminal.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Les deux mots de passe diffèrent : rien n'a été fait."),
    QT_TRANSLATE_NOOP("Errors", "Le fichier {file} ne peut pas être lu : {cause}."),
    # irev_desktop/db/server_errors.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le serveur de la base {db} a refusé l'opération (code {code}) ; rien n'a été écrit.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le procès-verbal de cette séance est signé : le serveur refuse toute "
        "modification ; rien n'a été écrit.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Une autre personne modifiait la même chose sur {db} au même instant : rien "
        "n'a été écrit ; réessayez.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le disque du serveur de {db} est plein : rien n'a été écrit."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le serveur de la base {db} ne répond pas : rien n'y a été lu ni écrit. "
        "Vérifiez le réseau, puis réessayez.",
    ),
    # irev_desktop/db/server_schema.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} a été créée par une version plus récente du programme (révision"
        " {revision}) : mettez IREV Desktop à jour pour l'ouvrir.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} a été créée par une version précédente du programme : une "
        "consultation ne la modifie pas. Ouvrez-la une fois avec IREV Desktop, qui la"
        " met à jour.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} n'est pas encore une base IREV Desktop ; rien n'a été créé. "
        "Ouvrez-la une fois pour la préparer, ou lancez « irev-desktop server init ».",
    ),
    # irev_desktop/db/server_store.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} doit être préparée ou mise à jour, et votre rôle ne le permet "
        "pas : demandez à la personne qui administre le serveur de lancer « "
        "irev-desktop --db URL server init ».",
    ),
    # irev_desktop/sample_data/generator.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "L'archive de démonstration se génère dans un fichier : générez-la avec « "
        "irev-desktop --db demonstration.sqlite generate-archive », puis copiez-la "
        "sur le serveur avec « irev-desktop copy-store --from demonstration.sqlite "
        "--to URL ».",
    ),
    # irev_desktop/services/agenda.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Une autre personne a modifié les notes de ce point pendant que vous écriviez"
        " : les deux textes sont gardés dans l'historique du point.",
    ),
    # irev_desktop/domain/conference_report.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Ce fichier n'est pas un rapport de présence en texte (.csv) : enregistrez le "
        "rapport de Teams ou de Zoom au format CSV, tel qu'il est téléchargé.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Ce fichier n'est pas un rapport de présence lisible : il faut au moins une "
        "colonne de noms, une d'arrivée et une de départ (Teams, Zoom, ou un tableau "
        "« nom ; courriel ; arrivée ; départ »).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier fait plus de {limit} Mo : ce n'est pas un rapport de présence.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le rapport dépasse {limit} lignes : ce n'est pas le rapport d'une réunion.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le rapport ne contient aucune connexion.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le rapport {file} ne peut pas être lu : {cause}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "« {text} » n'est pas une date et heure lisible.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "« {text} » n'est pas une date.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "« {text} » n'est pas une heure.",
    ),
    # irev_desktop/services/attendance_import.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Aucune présence à enregistrer : rien n'a été modifié.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le seuil des connexions courtes va de 0 à 240 minutes.",
    ),
    # irev_desktop/cli/register_import.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Indiquez le tableur à importer (FICHIER.xlsx ou FICHIER.csv), ou --template "
        "MODELE.xlsx pour écrire le modèle à remplir.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "--organisation désigne une organisation du registre, --name et --short-name "
        "en créent une : pas les deux.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Donnez soit le tableur à importer, soit --template pour écrire le modèle, pas les deux.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre n'a pas encore d'organisation : nommez-la avec --name et "
        "--short-name (et --city).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "L'organisation n° {ident} n'existe pas.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre a déjà une organisation ({short}) : le tableur s'y importe, sans "
        "--name ni --short-name.",
    ),
    # irev_desktop/services/register_import/service.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le tableur {source} contient des erreurs : rien n'a été importé.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Un tableur s'importe dans l'organisation pour laquelle son aperçu a été fait.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre a changé depuis l'aperçu du tableur : {detail}. Rien n'a été "
        "importé ; refaites l'aperçu.",
    ),
    # irev_desktop/cli/export.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "L'option {option} ne vaut pas pour l'invitation d'agenda (.ics).",
    ),
    # irev_desktop/services/convocations.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Aucun membre convoqué n'a d'adresse électronique dans le registre : aucun "
        "brouillon n'a été écrit ({names}). Ajoutez les adresses aux fiches des "
        "personnes.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Personne n'est en fonction dans {body} le {date} : il n'y a personne à convoquer.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le procès-verbal de cette séance est signé : sa date de convocation ne peut "
        "plus être notée.",
    ),
    # irev_desktop/services/export.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Seule la convocation s'écrit aussi en invitation d'agenda (.ics) : écrivez "
        "ce document ({document}) en .docx (document Word) ou en .pdf.",
    ),
    # irev_desktop/services/seance_journal.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le journal de la séance {file} ne peut pas être écrit ({cause}) : les actes "
        "sont envoyés directement au serveur, mais s'il cessait de répondre ils ne "
        "pourraient pas être gardés sur ce poste.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le journal de la séance {file} ne peut pas être écrit ({cause}) et le "
        "serveur ne répond pas : l'acte n'a été ni gardé sur ce poste ni enregistré. "
        "Refaites-le quand le serveur répondra ou que le journal pourra être écrit.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le journal de la séance {file} ne peut pas être écrit ({cause}) et le "
        "serveur ne répond pas à temps : l'acte n'a pas pu être gardé sur ce poste. "
        "Il lui a été envoyé et peut encore y être enregistré : vérifiez-le dès que "
        "le serveur répondra.",
    ),
    # irev_desktop/services/versions.py (RowConflictError)
    QT_TRANSLATE_NOOP(
        "Errors",
        "Une autre personne a modifié {what} pendant que vous faisiez votre modification"
        " : rien n'a été écrasé, et vos valeurs sont gardées dans le journal des "
        "modifications.",
    ),
    # irev_desktop/services/archive/service.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Sur un serveur, une archive s'importe dans une base vide seulement : créez "
        "une nouvelle base, puis importez-y l'archive.",
    ),
    # irev_desktop/services/backups.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Sur un serveur, la sauvegarde est celle du serveur (pg_dump, par la personne"
        " qui l'administre) : exportez plutôt toute l'archive (.zip), ou copiez le "
        "registre dans un fichier avec « irev-desktop copy-store ».",
    ),
    # irev_desktop/services/seance_journal.py
    QT_TRANSLATE_NOOP(
        "Errors",
        "Le journal de la séance {file} ne peut pas être écrit ({cause}) : l'acte n'a"
        " pas été fait.",
    ),
    # irev_desktop/services/server_admin.py
    QT_TRANSLATE_NOOP(
        "Errors", "Rôle inconnu : {role} (choisissez « secretariat » ou « lecture »)."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "« {name} » ne peut pas être un identifiant : lettres minuscules sans accent,"
        " chiffres et « _ », 63 caractères au plus, sans commencer par un chiffre.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Le mot de passe doit compter au moins {count} caractères."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La préparation de la base {db} demande son propriétaire (ou un "
        "administrateur du serveur) : votre rôle ne peut pas créer les tables ni les "
        "rôles de l'équipe.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "La base {db} n'a pas encore les rôles de l'équipe : lancez d'abord « "
        "irev-desktop --db URL server init ».",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Votre rôle sur {db} ne peut pas créer d'identifiants : demandez-le à la "
        "personne qui administre le serveur.",
    ),
)
