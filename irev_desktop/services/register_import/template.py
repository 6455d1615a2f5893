"""The spreadsheet offered to fill in: a sheet « Registre » with the header row and, as an
example, the register of the IREV (its real members, the people and mandates of the
example), and a sheet « Instructions »."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from irev_desktop.model.register_import import COLUMNS
from irev_desktop.services.register_import.reader import MAX_ROWS

DATA_SHEET = "Registre"
INSTRUCTIONS_SHEET = "Instructions"
_START = dt.date(2019, 1, 1)

_REGION = ("Région Hauts-de-France", "Collectivités", 40)
_STATE = ("État", "État", 40)
_NORD = ("Département du Nord", "Collectivités", 10)
_PDC = ("Département du Pas-de-Calais", "Collectivités", 10)
_NONE = ("", "", None)

_ALA = ("Mme", "Milouda", "Ala", "", "conseillère régionale Hauts-de-France")
_LEFEBVRE = ("Mme", "Camille", "Lefebvre", "", "conseillère régionale Hauts-de-France")
_BUCHAILLAT = ("M.", "Laurent", "Buchaillat", "", "Secrétaire général aux Affaires régionales")
_GIRARD = ("M.", "Thomas", "Girard", "", "sous-préfet chargé de la politique de la ville")
_ROUSSEL = ("Mme", "Hélène", "Roussel", "", "conseillère départementale du Nord")
_BENALI = ("M.", "Karim", "Benali", "", "conseiller départemental du Nord")
_CARON = ("M.", "Didier", "Caron", "", "conseiller départemental du Pas-de-Calais")
_MARCHAND = ("Mme", "Sophie", "Marchand", "", "commissaire du Gouvernement")
_DELMOTTE = ("Mme", "Anne", "Delmotte", "", "directrice de l'IREV")

# (member, person, body, role, titulaire/suppléant): the example's register
# (irev_desktop.sample_data.demo), every mandate since 1 January 2019.
_EXAMPLE: tuple[tuple[tuple[str, str, int | None], tuple[str, ...], str, str, str], ...] = (
    (_REGION, _ALA, "AG", "présidente", "titulaire"),
    (_REGION, _ALA, "CA", "présidente", "titulaire"),
    (_REGION, _LEFEBVRE, "AG", "membre", "titulaire"),
    (_STATE, _BUCHAILLAT, "AG", "vice-président", "titulaire"),
    (_STATE, _BUCHAILLAT, "CA", "vice-président", "titulaire"),
    (_STATE, _GIRARD, "AG", "membre", "titulaire"),
    (_NORD, _ROUSSEL, "AG", "trésorière", "titulaire"),
    (_NORD, _ROUSSEL, "CA", "trésorière", "titulaire"),
    (_NORD, _BENALI, "AG", "membre", "suppléant"),
    (_PDC, _CARON, "AG", "membre", "titulaire"),
    (_PDC, _CARON, "CA", "membre", "titulaire"),
    (_NONE, _MARCHAND, "AG", "commissaire du Gouvernement", ""),
    (_NONE, _MARCHAND, "CA", "commissaire du Gouvernement", ""),
    (_NONE, _DELMOTTE, "", "", ""),
)


def example_rows() -> list[list[object]]:
    """The example rows, one value per column of ``COLUMNS`` (dates as dates)."""
    rows: list[list[object]] = []
    for (member, college, rights), person, body, role, representation in _EXAMPLE:
        civility, first_name, last_name, email, function_title = person
        rows.append(
            [
                member,
                college,
                rights,
                civility,
                first_name,
                last_name,
                email,
                function_title,
                body,
                role,
                representation,
                _START if body else None,
                None,
            ]
        )
    return rows


_WIDTHS = (30, 16, 11, 9, 14, 16, 26, 42, 10, 26, 13, 14, 14)

_COLUMN_HELP: tuple[tuple[str, str, str], ...] = (
    (
        "Membre",
        "L'organisation membre du groupement (État, Région, Département…), écrite de la même "
        "façon sur chacune de ses lignes. Vide pour une personne qui ne représente aucun "
        "membre (commissaire du Gouvernement, invité).",
        "pour un membre",
    ),
    ("Collège", "Le collège du membre (État, Collectivités…).", "non"),
    (
        "Droits statutaires",
        "Le nombre entier de droits (voix) du membre, sur l'une de ses lignes au moins ; "
        "répété, il doit être identique.",
        "oui, pour un nouveau membre",
    ),
    ("Civilité", "M. ou Mme.", "non"),
    ("Prénom", "Le prénom de la personne.", "non"),
    (
        "Nom",
        "Le nom de famille. Une personne figure sur autant de lignes que de mandats, avec "
        "les mêmes prénom et nom (et, s'ils sont donnés, les mêmes civilité, courriel et "
        "fonction). Une personne déjà au registre est reprise telle quelle.",
        "pour une personne",
    ),
    ("Courriel", "Son adresse de courriel.", "non"),
    (
        "Fonction",
        "Sa qualité, telle que l'écrit le procès-verbal (conseillère régionale…).",
        "non",
    ),
    (
        "Instance",
        "AG, CA ou Bureau (créée si elle n'existe pas), ou le sigle d'une instance déjà au "
        "registre. Vide : la ligne ne décrit pas de mandat.",
        "pour un mandat",
    ),
    (
        "Rôle",
        "président, vice-président, trésorier, secrétaire, membre (par défaut), commissaire "
        "du Gouvernement ou invité (au féminin aussi). Une instance n'a qu'un président, un "
        "trésorier et un secrétaire à la fois.",
        "non",
    ),
    (
        "Titulaire ou suppléant",
        "titulaire (par défaut) ou suppléant ; un suppléant l'est toujours d'un membre.",
        "non",
    ),
    ("Début du mandat", "Une date : jj/mm/aaaa.", "pour un mandat"),
    ("Fin du mandat", "Une date : jj/mm/aaaa ; vide si le mandat est en cours.", "non"),
)

_RULES = (
    "Une ligne par mandat : une personne, dans une instance, pour un membre. Une ligne peut "
    "aussi ne décrire qu'un membre (sans personne) ou qu'une personne (sans instance).",
    "Les colonnes peuvent être dans un autre ordre ; d'autres colonnes sont ignorées. Les "
    "titres peuvent s'écrire sans accents ni majuscules (« droits_statutaires »).",
    "Les formules sont lues par leur valeur calculée : enregistrez le fichier dans Excel ou "
    "LibreOffice avant de l'importer.",
    "Un fichier CSV convient aussi (séparateur « ; », « , » ou tabulation ; UTF-8 ou "
    "Windows-1252, comme l'enregistre Excel).",
    f"{MAX_ROWS} lignes au plus par fichier.",
    "Rien n'est écrit tant que le fichier contient une erreur : chacune est signalée avec "
    "son numéro de ligne (« ligne 12 : droits statutaires manquants »).",
)

_USAGE = (
    "Pour importer : dans la fenêtre, « Créer mon organisation… » (case « Reprendre les "
    "membres et mandats d'un tableur ») ou, sur la page « Instances et bureau », « Importer "
    "un tableur… » ; en ligne de commande, « irev-desktop register-import FICHIER.xlsx "
    "--dry-run » pour l'aperçu, puis sans --dry-run pour importer."
)


def write_template(path: Path) -> Path:
    """Write the template at ``path`` (.xlsx); return the path written."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = DATA_SHEET
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    sheet.append([column.title for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    sheet.row_dimensions[1].height = 30
    for row in example_rows():
        sheet.append(row)
    last_row = MAX_ROWS + 1
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    keys = [column.key for column in COLUMNS]
    for key in ("start", "end"):
        letter = get_column_letter(keys.index(key) + 1)
        for (cell,) in sheet[f"{letter}2:{letter}{len(_EXAMPLE) + 1}"]:
            cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A2"
    lists = {
        "civility": "M.,Mme",
        "body": "AG,CA,Bureau",
        "role": "président,présidente,vice-président,vice-présidente,trésorier,trésorière,"
        "secrétaire,membre,commissaire du Gouvernement,invité,invitée",
        "representation": "titulaire,suppléant",
    }
    for key, values in lists.items():
        letter = get_column_letter(keys.index(key) + 1)
        # A list to choose from, not a constraint: other spellings are accepted too.
        validation = DataValidation(
            type="list", formula1=f'"{values}"', allow_blank=True, showErrorMessage=False
        )
        validation.add(f"{letter}2:{letter}{last_row}")
        sheet.add_data_validation(validation)

    help_sheet = book.create_sheet(INSTRUCTIONS_SHEET)
    help_sheet.column_dimensions["A"].width = 24
    help_sheet.column_dimensions["B"].width = 90
    help_sheet.column_dimensions["C"].width = 26
    help_sheet.append(["Modèle d'import du registre — IREV Desktop"])
    help_sheet["A1"].font = Font(bold=True, size=14)
    help_sheet.append([])
    help_sheet.append(
        [
            "Remplissez la feuille « Registre » (les lignes d'exemple sont celles de l'IREV : "
            "remplacez-les par les vôtres)."
        ]
    )
    help_sheet.append([_USAGE])
    help_sheet.append([])
    help_sheet.append(["Colonne", "Contenu", "Obligatoire"])
    for cell in help_sheet[help_sheet.max_row]:
        cell.font = header_font
        cell.fill = header_fill
    for title, text, required in _COLUMN_HELP:
        help_sheet.append([title, text, required])
    help_sheet.append([])
    help_sheet.append(["Règles"])
    help_sheet[f"A{help_sheet.max_row}"].font = Font(bold=True)
    for rule in _RULES:
        help_sheet.append(["", rule])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in help_sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = wrap
    for line in (3, 4):
        help_sheet.merge_cells(f"A{line}:C{line}")
        help_sheet.row_dimensions[line].height = 32 if line == 3 else 48
    help_sheet.freeze_panes = "A7"
    book.properties.title = "Modèle d'import du registre"
    book.properties.creator = "IREV Desktop"

    target = Path(path)
    partial = target.with_name(f".{target.name}.partiel")
    try:
        book.save(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
