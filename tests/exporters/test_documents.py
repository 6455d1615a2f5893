"""Every kind of document of the 8 March 2021 assembly, read back with python-docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx.shared import Cm

from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.services.export import ExportService
from irev_desktop.services.facade import Services

from .docx_helpers import W, all_text, export, main_meeting_id, part_names, part_xml, plain


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_kind_is_a_french_a4_document_with_page_x_of_y(
    demo: Services, out: Path, kind: DocumentKind
) -> None:
    path, document = export(demo, kind, out)
    text = all_text(document)
    assert "lundi 8 mars 2021" in text
    assert "IREV — Centre de ressources Politique de la ville Hauts-de-France" in text

    section = document.sections[-1]
    assert section.page_width is not None and section.page_height is not None
    assert abs(section.page_width - Cm(21)) < Cm(0.05)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.05)
    assert section.left_margin is not None and abs(section.left_margin - Cm(2.5)) < Cm(0.05)

    styles_xml = part_xml(path, "word/styles.xml")
    assert '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"' in styles_xml
    for style in document.styles.element.findall(f"{W}style"):
        if style.get(f"{W}type") in ("paragraph", "character", "table"):
            lang = style.find(f"{W}rPr/{W}lang")
            assert lang is not None and lang.get(f"{W}val") == "fr-FR", style.get(f"{W}styleId")

    footer = part_xml(path, "word/footer1.xml")
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert plain(document.sections[-1].footer.paragraphs[0].text).startswith("IREV — ")
    assert "Page 1 / 1" in plain(document.sections[-1].footer.paragraphs[0].text)

    core = document.core_properties
    assert core.author == "IREV — Centre de ressources Politique de la ville Hauts-de-France"
    expected = {
        DocumentKind.EXTRAIT: "Extrait",
        # The example meets by videoconference: no sheet to sign, a list of participants.
        DocumentKind.EMARGEMENT: "Liste des participants",
    }.get(kind, kind.heading)
    assert core.title.startswith(expected)
    assert core.keywords == "" and core.comments == ""
    assert core.language == "fr-FR"
    assert core.created is not None and core.modified == core.created
    assert abs(core.created - dt.datetime.now(dt.UTC)) < dt.timedelta(hours=1)
    for name in part_names(path):
        if name.startswith("docProps/"):
            assert "python-docx" not in part_xml(path, name)
    assert not any(name.endswith(".jpeg") for name in part_names(path))


def test_pv_states_everything_a_proces_verbal_must(demo: Services, out: Path) -> None:
    _, document = export(demo, DocumentKind.PV, out)
    text = all_text(document)
    for expected in (
        "Procès-verbal",
        "Assemblée générale ordinaire du lundi 8 mars 2021",
        "de 10 h 05 à 11 h 45",
        "visioconférence",
        "Mme Milouda Ala, présidente",
        "Secrétaire de séance",
        "Mme Anne Delmotte, directrice de l'IREV",
        # The suppléant sits for the excused treasurer: her seat counts once, present.
        "Membres en fonction : 6. Présents : 5, dont 1 en la personne de son suppléant ; "
        "représentés : 1 ; excusés : 0 ; absents : 0.",
        "représenté, pouvoir à M. Laurent Buchaillat",
        "excusée, suppléée par M. Karim Benali",
        "présent, arrivée à 10 h 15",
        "suppléant de Mme Hélène Roussel",
        "Assistaient également à la séance, sans voix délibérative : Mme Sophie Marchand, "
        "commissaire du Gouvernement",
        # At the opening (10 h 05), before Didier Caron arrived.
        "Le quorum étant atteint à l'ouverture de la séance (90 droits statutaires présents "
        "ou représentés sur 100",
        "l'Assemblée générale peut valablement délibérer.",
        "Ordre du jour",
        "Trois chantiers pourront s'appuyer",
        "Délibération n° 2021-01",
        "Délibération n° 2021-02 — Approbation du rapport d'activités 2020",
        "Mise aux voix, la délibération est adoptée à l'unanimité.",
        "Proposer un premier programme des Assises aux partenaires",
        "31 mai 2021",
        "Annexe 1 : Rapport d'activités 2020",
        "L'ordre du jour étant épuisé, la séance est levée à 11 h 45.",
        "Fait à Lille, le 8 mars 2021",
        "La présidente de séance,",
        "La secrétaire de séance,",
    ):
        assert expected in text, expected

    # Agenda numbering is text, so it restarts in every document.
    agenda = [plain(p.text) for p in document.paragraphs if p.style.name == "IREV Ordre du jour"]
    assert [line.split("\t")[0] for line in agenda] == ["1.", "2.", "3.", "4."]
    assert agenda[2].endswith("Bilan d'activité 2020 du centre de ressources")

    # The attendance table: one row per voting member under a header that repeats.
    attendance = document.tables[0]
    assert [c.text for c in attendance.rows[0].cells] == ["Nom", "Qualité", "Membre", "Présence"]
    assert len(attendance.rows) == 1 + 7
    header_props = attendance.rows[0]._tr.trPr
    assert header_props is not None and header_props.find(f"{W}tblHeader") is not None

    # Votes: heads, and the statutory rights since the assembly weighs by them.
    votes = document.tables[1]
    assert [c.text for c in votes.rows[1].cells][:2] == ["Voix", "5"]
    assert [c.text for c in votes.rows[2].cells][:2] == ["Droits statutaires", "90"]

    # The signatures side by side in a borderless two-column table, last in the document.
    signatures = document.tables[-1]
    assert signatures.style is not None and signatures.style.name == "IREV Sans bordure"
    cells = [plain(c.text) for c in signatures.rows[0].cells]
    assert len(cells) == 2
    assert "La présidente de séance," in cells[0] and "Mme Milouda Ala" in cells[0]
    assert "La secrétaire de séance," in cells[1] and "Mme Anne Delmotte" in cells[1]


def test_pv_uses_french_typography(demo: Services, out: Path) -> None:
    _, document = export(demo, DocumentKind.PV, out)
    raw = "\n".join(p.text for p in document.paragraphs)
    assert "10\u00a0h\u00a005" in raw  # a time never breaks across two lines
    assert "n°\u00a02021-02" in raw
    assert "Mme\u00a0Milouda Ala" in raw
    assert "Lieu\u00a0:" in raw
    assert "l\u2019Assemblée générale" in raw
    assert " :" not in raw.replace("\u00a0:", "")  # never an ordinary space before a colon


def test_compte_rendu_is_shorter_without_per_person_detail(demo: Services, out: Path) -> None:
    _, pv = export(demo, DocumentKind.PV, out)
    _, document = export(demo, DocumentKind.COMPTE_RENDU, out)
    text = all_text(document)
    assert "Compte rendu" in text
    assert "Présents (5)" in text and "Mme Milouda Ala ; M. Laurent Buchaillat" in text
    assert (
        "Représentés (1)" in text and "M. Thomas Girard (pouvoir à M. Laurent Buchaillat)" in text
    )
    assert "Mise aux voix, la délibération est adoptée à l'unanimité." in text
    assert "Le quorum étant atteint" in text
    # No attendance table, no vote table.
    assert document.tables == [] or all(
        "Pour" not in [c.text for c in t.rows[0].cells] for t in document.tables
    )
    assert not any(t.rows[0].cells[0].text == "Nom" for t in document.tables)
    assert len(document.paragraphs) < len(pv.paragraphs) + sum(len(t.rows) for t in pv.tables)


def test_releve_holds_the_decisions_only(demo: Services, out: Path) -> None:
    _, document = export(demo, DocumentKind.RELEVE, out)
    text = all_text(document)
    assert "Relevé de décisions" in text
    assert "Délibération n° 2021-01" in text and "Délibération n° 2021-02" in text
    assert "approuve le rapport d'activités 2020" in text
    assert text.count("adoptée à l'unanimité") == 2
    assert "Présences" not in text
    assert "Trois chantiers" not in text  # the discussion is not a decision


def test_extrait_certifies_one_deliberation(demo: Services, out: Path) -> None:
    _, first = export(demo, DocumentKind.EXTRAIT, out)
    assert "Délibération n° 2021-01" in all_text(first)

    _, document = export(demo, DocumentKind.EXTRAIT, out, deliberation="2021-02")
    text = all_text(document)
    for expected in (
        "Extrait du registre des délibérations",
        "Délibération n° 2021-02",
        "Membres en fonction :\t6",
        "Membres présents :\t5",
        "Membres représentés :\t1",
        "Votants :\t6",
        "Objet : Approbation du rapport d'activités 2020",
        "Le quorum étant atteint",
        "adoptée à l'unanimité",
        "Pour extrait certifié conforme au registre des délibérations.",
        "Fait à Lille, le 8 mars 2021",
        "La présidente,",
    ):
        assert expected in text, expected
    assert "2021-01" not in text


def test_extrait_of_an_unknown_deliberation_is_a_clear_error(demo: Services, out: Path) -> None:
    with pytest.raises(ValidationError, match=r"2099-99.*2021-01, 2021-02"):
        export(demo, DocumentKind.EXTRAIT, out, deliberation="2099-99")
    assert list(out.iterdir()) == []


def test_emargement_has_a_row_per_expected_person(demo: Services, out: Path) -> None:
    # The example is a videoconference: a certified list, no signatures.
    _, document = export(demo, DocumentKind.EMARGEMENT, out)
    members, others = document.tables[0], document.tables[1]
    assert [c.text for c in members.rows[0].cells] == ["Nom", "Qualité", "Présence", "Pouvoir"]
    assert members.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    names = [plain(r.cells[0].text.split("\n")[0]) for r in members.rows[1:]]
    assert names[0] == "Mme Milouda Ala" and len(names) == 7
    proxies = {plain(r.cells[0].text.split("\n")[0]): plain(r.cells[3].text) for r in members.rows}
    assert proxies["M. Thomas Girard"] == "Pouvoir donné à M. Laurent Buchaillat"
    assert proxies["M. Laurent Buchaillat"] == "Porteur du pouvoir de M. Thomas Girard"
    assert [plain(r.cells[0].text) for r in others.rows[1:]] == [
        "Mme Sophie Marchand",
        "Mme Anne Delmotte",
    ]
    assert "10 h 00" in all_text(document)  # the planned time, as on the notice


def test_convocation_gives_the_agenda_and_its_date(demo: Services, out: Path) -> None:
    _, document = export(demo, DocumentKind.CONVOCATION, out)
    text = all_text(document)
    # Sent 20 days before Monday 8 March 2021; the deadline itself is not printed.
    assert "Lille, le 16 février 2021" in text and "au plus tard" not in text
    assert "qui se tiendra le lundi 8 mars 2021 à 10 h 00 en visioconférence." in text
    assert "1.\tApprobation du procès-verbal de la séance du mardi 30 juin 2020" in text
    assert "4.\tPréparation des Assises de la Politique de la ville" in text
    assert "rapporteure : Mme Anne Delmotte" in text
    assert "nul ne peut détenir plus d'un pouvoir" in text
    assert "La présidente," in text


def test_proposed_file_name_is_clear_and_french(demo: Services) -> None:
    service = ExportService(demo.store)
    meeting = main_meeting_id(demo)
    assert (
        service.proposed_file_name(meeting, DocumentKind.PV)
        == "2021-03-08 AG IREV - procès-verbal.docx"
    )
    assert (
        service.proposed_file_name(meeting, DocumentKind.EXTRAIT, "2021-02")
        == "2021-03-08 AG IREV - extrait 2021-02.docx"
    )
    assert service.proposed_file_name(meeting, DocumentKind.EMARGEMENT).endswith(
        " - feuille d'émargement.docx"
    )


def test_progress_is_reported_up_to_the_total(demo: Services, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    ExportService(demo.store).export(
        main_meeting_id(demo),
        DocumentKind.PV,
        out / "pv.docx",
        progress=lambda done, total: seen.append((done, total)),
    )
    total = seen[-1][1]
    assert seen[-1] == (total, total) and total > 4  # one step per agenda item at least
    assert [done for done, _ in seen] == list(range(1, total + 1))


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(
    demo: Services, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "pv.docx"
    target.write_bytes(b"previous version")

    # The document is built in memory, then written: the write is what fails (an I/O
    # error as the file is flushed to the disk).
    def broken_fsync(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("irev_desktop.services.export.os.fsync", broken_fsync)
    with pytest.raises(ValidationError, match="Impossible d'écrire"):
        ExportService(demo.store).export(main_meeting_id(demo), DocumentKind.PV, target)
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in out.iterdir()] == ["pv.docx"]


@pytest.mark.parametrize(
    ("name", "message"),
    [("pv.doc", "extension .docx"), ("absent/pv.docx", "n'existe pas")],
)
def test_output_must_be_a_docx_in_an_existing_folder(
    demo: Services, out: Path, name: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        ExportService(demo.store).export(main_meeting_id(demo), DocumentKind.PV, out / name)


def test_a_planned_meeting_can_be_convened_and_signed_for(demo: Services, out: Path) -> None:
    planned = next(m for m in demo.meetings.meetings() if m.date.isoformat() == "2021-11-25")
    _, notice = export(demo, DocumentKind.CONVOCATION, out, meeting_id=planned.id)
    text = all_text(notice)
    assert "jeudi 25 novembre 2021 à 10 h 00 à Lille et en visioconférence" in text
    assert "1.\tApprobation du procès-verbal de la séance du lundi 8 mars 2021" in text
    _, sheet = export(demo, DocumentKind.EMARGEMENT, out, meeting_id=planned.id)
    assert len(sheet.tables[0].rows) > 1
    with pytest.raises(ValidationError, match="aucune délibération"):
        export(demo, DocumentKind.EXTRAIT, out, meeting_id=planned.id)
