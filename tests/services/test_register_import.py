"""A register started from a spreadsheet: the reader (.xlsx, .csv), every error with its
row number, the preview that writes nothing, and the import written once, in one
transaction, on both engines."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest

from irev_desktop.domain.enums import Civility, Representation, Role
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_number_fr
from irev_desktop.model.register_import import ImportPreview, NewOrganisation
from irev_desktop.services.facade import Services
from irev_desktop.services.register_import import reader

from ..register_sheets import IREV_ROWS, TITLES, row, set_cached_value, write_csv, write_xlsx

NEW_IREV = NewOrganisation("IREV — Centre de ressources", "IREVB", "Lille")


def preview_of(path: Path) -> ImportPreview:
    """The preview against an empty register (no store needed)."""
    return Services.preview_register_file(path)


def texts(preview: ImportPreview) -> list[str]:
    return [issue.text for issue in preview.issues]


def register_state(services: Services) -> dict[str, Any]:
    """Everything an import may write, read back through the services."""
    registry = services.registry
    organisations = registry.organisations()
    bodies = registry.bodies()
    short = {o.id: o.short_name for o in organisations}
    return {
        "organisations": sorted((o.short_name, o.name, o.city) for o in organisations),
        "members": sorted(
            (short[o.id], m.name, m.college, m.statutory_rights)
            for o in organisations
            for m in registry.members(o.id)
        ),
        "people": sorted(
            (p.first_name, p.last_name, p.civility or "", p.email, p.function_title)
            for p in registry.people()
        ),
        "bodies": sorted((short[b.organisation_id], b.short_name, b.name) for b in bodies),
        "mandates": sorted(
            (
                short[b.organisation_id],
                b.short_name,
                m.person_name,
                m.role.value,
                m.representation.value,
                m.member_name,
                m.start_date,
                m.end_date or dt.date.max,
            )
            for b in bodies
            for m in services.mandates.history(b.id)
        ),
    }


# Formats -------------------------------------------------------------------------------


def test_an_xlsx_is_read_with_its_dates_formulas_blank_lines_and_extra_columns(
    tmp_path: Path,
) -> None:
    headers = ["Remarque", *TITLES]
    rows: list[list[object]] = [["à vérifier", *IREV_ROWS[0]]]
    rows[0][TITLES.index("Début du mandat") + 1] = dt.datetime(2019, 1, 1)  # a date cell
    rows.append([])  # a blank line, kept in the numbering
    state = list(IREV_ROWS[1])
    state[TITLES.index("Droits statutaires")] = "=20+20"
    rows.append(["", *state])
    path = write_xlsx(tmp_path / "irev.xlsx", rows, headers, before=[["Registre de l'IREV"]])
    set_cached_value(path, "20+20", "40")  # as Excel saves it: the formula and its value

    preview = preview_of(path)

    assert texts(preview) == []
    assert preview.ok and preview.kind == "xlsx" and preview.sheet == "Registre"
    assert [r.line for r in preview.rows] == [3, 5]  # the title above, the header, a blank
    assert preview.rows[0].cells["start"] == "01/01/2019"
    assert preview.rows[0].parsed.start == dt.date(2019, 1, 1)
    assert [(m.name, m.rights) for m in preview.members] == [
        ("Région Hauts-de-France", 40),
        ("État", 40),
    ]
    assert preview.ignored_columns == ("Remarque",)
    assert any("« Remarque »" in note for note in preview.notes)


def test_a_formula_without_a_computed_value_is_named(tmp_path: Path) -> None:
    state = list(IREV_ROWS[1])
    state[TITLES.index("Droits statutaires")] = "=20+20"
    path = write_xlsx(tmp_path / "formule.xlsx", [IREV_ROWS[0], state])
    assert texts(preview_of(path)) == [
        "ligne 3 : la formule « =20+20 » (colonne « Droits statutaires ») n'a pas de valeur "
        "calculée : ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le puis "
        "importez-le à nouveau"
    ]


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "irev.xlsx", IREV_ROWS).rename(tmp_path / "irev.csv")
    preview = preview_of(path)
    assert texts(preview) == [] and preview.kind == "xlsx" and preview.counts.members == 4
    assert preview.notes == ("« irev.csv » est un classeur Excel : il a été lu comme tel.",)


def test_the_data_sheet_is_found_by_its_name_and_headers_loosely(tmp_path: Path) -> None:
    headers = [
        "membre",
        "DROITS_STATUTAIRES",
        "prenom",
        "Nom",
        "instance",
        "role",
        "Titulaire / Suppléant",
        "Début (jj/mm/aaaa)",
    ]
    rows = [["État", 40, "Laurent", "Buchaillat", "ca", "Vice-Président·e", "T", "2019-01-01"]]
    path = write_xlsx(tmp_path / "libre.xlsx", rows, headers, first_sheet="Instructions")
    preview = preview_of(path)
    assert texts(preview) == []
    assert preview.sheet == "Registre"
    mandate = preview.mandates[0]
    assert (mandate.body, mandate.role, mandate.representation, mandate.start) == (
        "CA",
        Role.VICE_PRESIDENT,
        Representation.TITULAIRE,
        dt.date(2019, 1, 1),
    )


@pytest.mark.parametrize(
    ("separator", "encoding", "described"),
    [
        (";", "utf-8-sig", "UTF-8 avec BOM"),
        (",", "utf-8", "UTF-8"),
        ("\t", "utf-8", "UTF-8"),
        (";", "cp1252", "Windows-1252"),  # as a French Excel saves « CSV (séparateur : ;) »
        ("\t", "utf-16", "UTF-16"),  # Excel's « texte Unicode »
    ],
)
def test_a_csv_in_each_encoding_and_separator(
    tmp_path: Path, separator: str, encoding: str, described: str
) -> None:
    path = write_csv(tmp_path / "irev.csv", IREV_ROWS, separator=separator, encoding=encoding)
    preview = preview_of(path)
    assert texts(preview) == []
    assert (preview.kind, preview.encoding, preview.separator) == ("csv", described, separator)
    assert [m.name for m in preview.members] == [
        "Région Hauts-de-France",
        "État",
        "Département du Nord",
        "Département du Pas-de-Calais",
    ]
    assert [p.full_name for p in preview.people][2] == "Hélène Roussel"
    assert preview.counts.mandates == 4


def test_a_csv_with_quoted_fields_separators_and_line_breaks_inside(tmp_path: Path) -> None:
    rows = [
        row(member="État", rights=40, last_name="Buchaillat", function_title="préfet, SGAR"),
        row(member="Région Hauts-de-France", rights="40", function_title="", last_name="Ala"),
        row(
            member="Département du Nord",
            rights="1 000",
            last_name="Roussel",
            function_title='conseillère "déléguée"\nà la ville',
        ),
    ]
    path = write_csv(tmp_path / "virgules.csv", rows, separator=",")
    preview = preview_of(path)
    assert texts(preview) == []
    people = {p.last_name: p.function_title for p in preview.people}
    assert people["Buchaillat"] == "préfet, SGAR"
    assert people["Roussel"] == 'conseillère "déléguée" à la ville'
    assert [m.rights for m in preview.members] == [40, 40, 1000]
    assert [r.line for r in preview.rows] == [2, 3, 4]  # records, as a spreadsheet numbers them


def test_pasted_control_characters_are_cleaned_and_long_texts_refused(tmp_path: Path) -> None:
    rows = [
        row(
            member="Département\x00 du Nord",
            rights=10,
            first_name="Hé\x07lène",
            last_name="Roussel",
            function_title="conseillère\x0bdépartementale du Nord",
        ),
        row(member="État", rights=40, last_name="B" * 101),
    ]
    preview = preview_of(write_csv(tmp_path / "colle.csv", rows))
    assert texts(preview) == [
        "ligne 3 : texte trop long dans la colonne « Nom » (100 caractères au plus)"
    ]
    person = preview.people[0]
    assert (person.first_name, person.function_title) == (
        "Hélène",
        "conseillère départementale du Nord",
    )
    assert preview.members[0].name == "Département du Nord"


# Files that are not spreadsheets --------------------------------------------------------


def test_files_that_are_not_spreadsheets_are_refused_in_french(tmp_path: Path) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    blank = tmp_path / "blanc.csv"
    blank.write_text("\n;;\n\n", encoding="utf-8")
    headers_only = write_csv(tmp_path / "titres.csv", [])
    no_header = write_csv(tmp_path / "sans_titres.csv", [["a", "b"]], headers=["x", "y"])
    docx = tmp_path / "compte-rendu.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    whole = write_xlsx(tmp_path / "entier.xlsx", IREV_ROWS).read_bytes()
    truncated = tmp_path / "tronque.xlsx"
    truncated.write_bytes(whole[: len(whole) // 2])
    binary = tmp_path / "image.csv"
    binary.write_bytes(bytes(range(256)) * 20)
    old_excel = tmp_path / "ancien.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    twice = write_csv(tmp_path / "deux.csv", [], headers=["Membre", "Droits", "Voix"])

    assert texts(preview_of(empty)) == ["Le fichier « vide.csv » est vide."]
    assert texts(preview_of(blank)) == ["Le fichier « blanc.csv » est vide."]
    assert texts(preview_of(headers_only)) == [
        "Le fichier « titres.csv » n'a aucune ligne de données sous les titres."
    ]
    assert texts(preview_of(no_header))[0].startswith(
        "Le fichier « sans_titres.csv » n'a pas de ligne de titres reconnue"
    )
    assert texts(preview_of(docx)) == [
        "Le fichier « compte-rendu.xlsx » n'est pas un classeur Excel lisible "
        "(c'est un document Word)."
    ]
    assert texts(preview_of(truncated)) == [
        "Le fichier « tronque.xlsx » n'est pas un classeur Excel lisible "
        "(le fichier est endommagé)."
    ]
    assert texts(preview_of(binary)) == [
        "Le fichier « image.csv » n'est pas un tableur : ni un classeur Excel (.xlsx), "
        "ni un fichier texte CSV."
    ]
    assert "Excel 97-2003 (.xls)" in texts(preview_of(old_excel))[0]
    assert texts(preview_of(twice))[0] == (
        "La colonne « Droits statutaires » figure deux fois (colonnes B et C) : gardez-en une."
    )
    for path in (empty, docx, truncated, binary, old_excel):
        assert not preview_of(path).ok


def test_huge_files_are_refused_before_they_are_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [row(member=f"Commune n° {n}", rights=1) for n in range(reader.MAX_ROWS + 1)]
    many = write_csv(tmp_path / "communes.csv", rows)
    assert texts(preview_of(many)) == [
        f"Le fichier « communes.csv » compte plus de {format_number_fr(reader.MAX_ROWS)} "
        "lignes : importez-le en plusieurs fois."
    ]
    assert texts(preview_of(write_csv(tmp_path / "juste.csv", rows[:-1]))) == []

    big = tmp_path / "gros.csv"
    big.write_bytes(b"Membre;Droits statutaires\r\n" + b"x;1\r\n" * (reader.MAX_CSV_BYTES // 5))
    assert "est trop volumineux" in texts(preview_of(big))[0]

    # A workbook that would unzip to more than the bound is refused before openpyxl reads it.
    workbook = write_xlsx(tmp_path / "bombe.xlsx", IREV_ROWS)
    monkeypatch.setattr(reader, "MAX_UNZIPPED_BYTES", 1000)
    assert texts(preview_of(workbook)) == [
        "Le fichier « bombe.xlsx » est trop volumineux une fois décompressé."
    ]


# Every error, with its row ----------------------------------------------------------


def faulty_rows() -> list[list[object]]:
    """The IREV's register with one error (or two) on each row from 7 on."""
    return [
        *IREV_ROWS[:3],  # rows 2 to 4
        [],  # row 5: blank
        IREV_ROWS[3],  # row 6
        row(
            member="Métropole Européenne de Lille",
            college="Collectivités",
            rights="abc",
            last_name="Dupont",
            body="AG",
            start="01/01/2019",
        ),
        row(
            member="Département du Nord",
            first_name="Karim",
            last_name="Benali",
            body="AG",
            representation="suppléant",
            start="31/02/2021",
        ),
        row(first_name="Hélène", last_name="Roussel", body="CX", start="01/01/2019"),
        row(
            member="État",
            first_name="Laurent",
            last_name="Buchaillat",
            function_title="préfet",
            body="CA",
            role="vice-président",
            start="01/01/2019",
        ),
        row(
            member="Région Hauts-de-France",
            first_name="Camille",
            last_name="Lefebvre",
            body="AG",
            role="présidente",
            start="01/06/2020",
        ),
        row(
            member="Communauté urbaine de Dunkerque",
            college="Collectivités",
            first_name="Paul",
            last_name="Martin",
            body="AG",
            start="01/01/2019",
        ),
        row(first_name="Sophie", last_name="Marchand", body="AG", role="reine", start="01/01/2019"),
        row(
            civility="M",
            first_name="Thomas",
            last_name="Girard",
            email="thomas.girard",
            body="AG",
            representation="suppléant",
            start="01/01/2019",
        ),
        row(civility="Dr", first_name="Anne", last_name="Delmotte", start="01/01/2019"),
        row(
            member="Département du Pas-de-Calais",
            first_name="Didier",
            last_name="Caron",
            body="CA",
            start="01/01/2020",
            end="01/01/2019",
        ),
        IREV_ROWS[3],  # row 17: row 6 again
        row(rights=5, college="Collectivités", first_name="Jean", last_name="Nord"),
    ]


FAULTS = [
    "ligne 7 : « abc » n'est pas un nombre de droits",
    "ligne 8 : « 31/02/2021 » n'est pas une date (jj/mm/aaaa)",
    "ligne 9 : instance « CX » inconnue (instances : AG, CA, Bureau)",
    "ligne 10 : « Laurent Buchaillat » figure déjà ligne 3 avec une autre fonction "
    "(« Secrétaire général aux Affaires régionales ») : une même personne ne peut avoir "
    "deux fiches",
    "ligne 11 : Camille Lefebvre et Milouda Ala (ligne 2) seraient tous deux président·e de "
    "l'instance AG à la même date : une seule personne à la fois",
    "ligne 12 : droits statutaires manquants",
    "ligne 13 : rôle « reine » inconnu (rôles : président, vice-président, trésorier, "
    "secrétaire, membre, commissaire du Gouvernement, invité)",
    "ligne 14 : « thomas.girard » n'est pas une adresse de courriel",
    "ligne 14 : « suppléant » sans membre : indiquez le membre dont la personne est suppléante",
    "ligne 15 : civilité « Dr » inconnue (M. ou Mme)",
    "ligne 15 : rôle, titulaire ou suppléant, ou dates de mandat sans instance : indiquez "
    "l'instance (AG, CA, Bureau…)",
    "ligne 16 : la fin du mandat (01/01/2019) précède son début (01/01/2020)",
    "ligne 17 : doublon de la ligne 6 : même personne, même instance, même rôle et même "
    "début de mandat",
    "ligne 18 : collège sans membre : indiquez le membre",
    "ligne 18 : droits statutaires sans membre : indiquez le membre",
]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_every_error_is_listed_with_its_row_and_nothing_is_written(
    services: Services, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"fautes.{kind}"
    (write_xlsx if kind == "xlsx" else write_csv)(path, faulty_rows())
    before = register_state(services)

    preview = services.register_import.preview(path)

    assert sorted(texts(preview)) == sorted(FAULTS)
    assert not preview.ok
    assert preview.lines_with_issues == frozenset(range(7, 19))
    columns = {(i.line, i.column) for i in preview.issues}
    assert {(7, "rights"), (9, "body"), (12, "rights"), (11, "role")} <= columns
    with pytest.raises(ValidationError, match="contient des erreurs"):
        services.register_import.apply(preview, NEW_IREV)
    assert register_state(services) == before


# The register: preview, import, once ------------------------------------------------


def test_the_template_reads_back_without_error_and_is_the_examples_register(
    demo: Services, tmp_path: Path
) -> None:
    """Imported as a new organisation beside the example, the template's rows make the
    same members and mandates as the example (its people are found, not duplicated)."""
    template = demo.write_register_template(tmp_path / "modele.xlsx")
    people_before = demo.registry.people()

    preview = demo.register_import.preview(template)

    assert texts(preview) == []
    assert preview.counts.people_existing == 9 and preview.counts.people == 0
    result = demo.register_import.apply(preview, NEW_IREV)
    assert (result.members, result.people, result.bodies, result.mandates) == (4, 0, 2, 13)
    assert demo.registry.people() == people_before
    state = register_state(demo)

    def of(short: str) -> tuple[list[Any], list[Any]]:
        members = [m[1:] for m in state["members"] if m[0] == short]
        mandates = [m[1:] for m in state["mandates"] if m[0] == short]
        return members, mandates

    assert of("IREVB") == of("IREV")
    assert len(of("IREV")[1]) == 13


def test_a_preview_writes_nothing_and_the_import_writes_everything_once(
    demo: Services, tmp_path: Path
) -> None:
    organisation = demo.registry.organisations()[0]
    rows = [
        row(
            member="Métropole Européenne de Lille",
            college="Collectivités",
            rights=5,
            civility="Mme",
            first_name="Claire",
            last_name="Vandamme",
            email="claire.vandamme@example.org",
            function_title="vice-présidente de la Métropole",
            body="Bureau",
            role="secrétaire",
            start=dt.datetime(2021, 9, 1),
        ),
        row(
            member="Métropole Européenne de Lille",
            first_name="Claire",
            last_name="Vandamme",
            body="CA",
            start="01/09/2021",
        ),
        row(  # already in the register: left as it is
            member="Région Hauts-de-France",
            rights=40,
            first_name="Milouda",
            last_name="Ala",
            body="AG",
            role="présidente",
            representation="titulaire",
            start="01/01/2019",
        ),
        row(
            member="État",
            first_name="Laurent",
            last_name="Buchaillat",
            body="Bureau",
            role="président",
            start="01/09/2021",
            end="31/08/2024",
        ),
    ]
    path = write_xlsx(tmp_path / "bureau.xlsx", rows)
    before = register_state(demo)

    preview = demo.register_import.preview(path, organisation.id)

    assert register_state(demo) == before  # a preview writes nothing
    assert texts(preview) == []
    counts = preview.counts
    assert (counts.members, counts.members_existing) == (1, 2)
    assert (counts.people, counts.people_existing) == (1, 2)
    assert (counts.mandates, counts.mandates_existing, counts.bodies) == (3, 1, 1)

    result = demo.register_import.apply(preview)

    after = register_state(demo)
    assert (result.members, result.people, result.bodies, result.mandates) == (1, 1, 1, 3)
    assert set(after["members"]) - set(before["members"]) == {
        ("IREV", "Métropole Européenne de Lille", "Collectivités", 5)
    }
    assert set(after["people"]) - set(before["people"]) == {
        (
            "Claire",
            "Vandamme",
            Civility.MADAME,
            "claire.vandamme@example.org",
            "vice-présidente de la Métropole",
        )
    }
    assert set(after["bodies"]) - set(before["bodies"]) == {("IREV", "Bureau", "Bureau")}
    assert set(after["mandates"]) - set(before["mandates"]) == {
        (
            "IREV",
            "Bureau",
            "Claire Vandamme",
            "secretary",
            "titulaire",
            "Métropole Européenne de Lille",
            dt.date(2021, 9, 1),
            dt.date.max,
        ),
        (
            "IREV",
            "CA",
            "Claire Vandamme",
            "member",
            "titulaire",
            "Métropole Européenne de Lille",
            dt.date(2021, 9, 1),
            dt.date.max,
        ),
        (
            "IREV",
            "Bureau",
            "Laurent Buchaillat",
            "president",
            "titulaire",
            "État",
            dt.date(2021, 9, 1),
            dt.date(2024, 8, 31),
        ),
    }
    assert len(after["mandates"]) == len(before["mandates"]) + 3
    imports = [
        e for e in demo.audit.entries(entity="organisation") if e.action == "register.import"
    ]
    assert len(imports) == 1 and "bureau.xlsx" in imports[0].summary

    # The same preview confirmed twice, or the file imported again: nothing more.
    again = demo.register_import.apply(preview)
    assert (again.members, again.people, again.bodies, again.mandates) == (0, 0, 0, 0)
    reread = demo.register_import.preview(path, organisation.id)
    assert reread.ok and reread.counts.mandates == 0 and reread.counts.mandates_existing == 4
    assert register_state(demo) == after


def test_a_new_organisation_is_created_with_its_register_in_one_transaction(
    services: Services, tmp_path: Path
) -> None:
    preview = services.register_import.preview(write_csv(tmp_path / "irev.csv", IREV_ROWS))
    assert preview.organisation_id is None and preview.ok
    result = services.register_import.apply(preview, NewOrganisation("IREV", "IREV", "Lille"))
    state = register_state(services)
    assert state["organisations"] == [("IREV", "IREV", "Lille")]
    assert [b[1] for b in state["bodies"]] == ["AG", "CA"]  # the usual two, as by hand
    assert len(state["mandates"]) == result.mandates == 4
    body = services.registry.bodies()[0]
    assert (body.quorum_numerator, body.quorum_denominator, body.notice_days) == (1, 2, 15)

    # A short name already taken: refused, and nothing of the register is written.
    second = services.register_import.preview(write_csv(tmp_path / "autre.csv", IREV_ROWS))
    with pytest.raises(ValidationError, match="existe déjà"):
        services.register_import.apply(second, NewOrganisation("Autre", "IREV"))
    assert register_state(services) == state


def test_the_register_is_checked_the_import_refuses_a_clash(demo: Services, tmp_path: Path) -> None:
    organisation = demo.registry.organisations()[0]
    rows = [
        row(member="État", rights=30, last_name="Buchaillat", first_name="Laurent"),
        row(
            member="Département du Nord",
            college="Départements",
            last_name="Roussel",
            first_name="Hélène",
        ),
        row(
            member="Région Hauts-de-France",
            first_name="Camille",
            last_name="Lefebvre",
            body="CA",
            role="président",
            start="01/01/2021",
        ),
        row(
            first_name="Hélène",
            last_name="Roussel",
            body="AG",
            role="trésorière",
            start="01/01/2019",
            end="31/12/2020",
        ),
    ]
    preview = demo.register_import.preview(
        write_csv(tmp_path / "conflits.csv", rows), organisation.id
    )
    assert texts(preview) == [
        "ligne 2 : « État » est déjà au registre avec 40 droits statutaires, et non 30 "
        "(modifiez-le dans « Instances et bureau »)",
        "ligne 3 : « Département du Nord » est déjà au registre dans le collège "
        "« Collectivités », et non « Départements »",
        "ligne 4 : Milouda Ala est déjà président·e de l'instance CA depuis le 01/01/2019 "
        "(terminez d'abord ce mandat dans « Instances et bureau »)",
        "ligne 5 : Hélène Roussel est déjà trésorier·ère de l'instance AG depuis le "
        "01/01/2019 (terminez d'abord ce mandat dans « Instances et bureau »)",
    ]


def test_a_register_changed_since_the_preview_is_not_overwritten(
    demo: Services, tmp_path: Path
) -> None:
    organisation = demo.registry.organisations()[0]
    rows = [
        row(
            member="Métropole Européenne de Lille",
            rights=5,
            first_name="Claire",
            last_name="Vandamme",
            body="CA",
            start="01/09/2021",
        ),
    ]
    preview = demo.register_import.preview(write_csv(tmp_path / "mel.csv", rows), organisation.id)
    assert preview.ok
    demo.registry.add_member(organisation.id, "Métropole européenne de Lille", 6)  # meanwhile
    before = register_state(demo)
    with pytest.raises(ValidationError) as refused:
        demo.register_import.apply(preview)
    assert refused.value.message == (
        "Le registre a changé depuis l'aperçu du tableur : ligne 2 : « Métropole européenne "
        "de Lille » est déjà au registre avec 6 droits statutaires, et non 5 (modifiez-le dans "
        "« Instances et bureau »). Rien n'a été importé ; refaites l'aperçu."
    )
    assert register_state(demo) == before


def test_people_already_in_the_register_are_found_unless_two_share_the_name(
    demo: Services, tmp_path: Path
) -> None:
    organisation = demo.registry.organisations()[0]
    rows = [
        row(first_name="Anne", last_name="DELMOTTE", body="CA", role="invitée", start="01/01/2022")
    ]
    path = write_csv(tmp_path / "invitee.csv", rows)
    preview = demo.register_import.preview(path, organisation.id)
    assert texts(preview) == [] and preview.people[0].existing_id is not None
    assert preview.mandates[0].representation is Representation.TITULAIRE  # as by hand

    demo.registry.add_person("Anne", "Delmotte", function_title="homonyme")
    preview = demo.register_import.preview(path, organisation.id)
    assert texts(preview) == [
        "ligne 2 : 2 personnes nommées « Anne DELMOTTE » sont déjà au registre : le tableur "
        "ne peut dire laquelle"
    ]
