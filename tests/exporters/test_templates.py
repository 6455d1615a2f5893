"""The built-in template, the organisation's letterhead, and broken or missing templates."""

from __future__ import annotations

import copy
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Inches

from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters import resources, styles
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.make_template import build_template, write_template
from irev_desktop.services.facade import Services

from .docx_helpers import W, all_text, export, part_names, part_xml

BUILTIN = resources.templates_dir() / resources.BUILTIN_TEMPLATE_NAME


def test_the_committed_template_is_what_the_script_writes() -> None:
    assert BUILTIN.read_bytes() == build_template(), (
        "regenerate it: python -m irev_desktop.exporters.make_template"
    )


def test_the_built_in_template_is_a4_french_and_clean(tmp_path: Path) -> None:
    path = write_template(tmp_path / "modele.docx")
    document = docx.Document(str(path))
    section = document.sections[0]
    for length, expected in (
        (section.page_width, Cm(21)),
        (section.page_height, Cm(29.7)),
        (section.left_margin, Cm(2.5)),
        (section.right_margin, Cm(2.5)),
        (section.top_margin, Cm(2.5)),
        (section.bottom_margin, Cm(2.5)),
    ):
        assert length is not None and abs(length - expected) < Cm(0.05)

    names = {s.name for s in document.styles}
    for spec in styles.STYLES:
        assert spec.ui_name in names or spec.name in names, spec.name
    styles_xml = part_xml(path, "word/styles.xml")
    assert styles_xml.count('<w:lang w:val="fr-FR"') >= len(styles.STYLES)  # defaults + styles
    assert '<w:themeFontLang w:val="fr-FR"/>' in part_xml(path, "word/settings.xml")
    footer = part_xml(path, "word/footer1.xml")
    assert " PAGE " in footer and " NUMPAGES " in footer

    core = document.core_properties
    assert core.author == "IREV Desktop" and core.language == "fr-FR"
    assert core.keywords == "" and core.comments == ""
    for name in part_names(path):
        assert "python-docx" not in part_xml(path, name)


def test_resources_are_found_inside_a_frozen_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resources.resources_dir() == Path(__file__).resolve().parents[2] / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"


def test_a_missing_built_in_template_is_a_clear_french_error(
    demo: Services, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "templates_dir", lambda: tmp_path / "vide")
    with pytest.raises(ValidationError, match=r"irev-a4-fr.docx.*introuvable.*incomplète"):
        export(demo, DocumentKind.PV, out)
    assert list(out.iterdir()) == []


# Letterhead -------------------------------------------------------------------------------
HEADER_TEXT = "PAPIER À EN-TÊTE TEST"
FOOTER_TEXT = "Organisation d'essai — 1 place de la République, 59000 Lille"


def make_letterhead(path: Path, *, footer: bool = True) -> Path:
    """A letterhead as an organisation might have: US Letter, its own margins, a header,
    a footer, some placeholder text, and neither a Title style nor any of ours."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(4.5), Cm(3)
    section.header.paragraphs[0].text = HEADER_TEXT
    if footer:
        section.footer.paragraphs[0].text = FOOTER_TEXT
    document.add_paragraph("Texte du modèle à remplacer")
    document.add_table(rows=2, cols=2)
    styles_root = document.styles.element
    title = document.styles["Title"].element
    styles_root.remove(title)
    # As a French Word writes it: "Normal Table" under the id "TableauNormal".
    table_normal = styles_root.find(f"{W}style[@{W}styleId='TableNormal']")
    assert table_normal is not None
    table_normal.set(f"{W}styleId", "TableauNormal")
    document.save(str(path))
    return path


def test_a_letterhead_keeps_its_look_and_receives_our_content(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = make_letterhead(tmp_path / "entete.docx")
    theirs = docx.Document(str(letterhead)).sections[0]
    path, document = export(demo, DocumentKind.PV, out, template=letterhead)

    section = document.sections[-1]
    assert section.header.paragraphs[0].text == HEADER_TEXT
    assert section.footer.paragraphs[0].text == FOOTER_TEXT  # their footer, not ours
    assert " PAGE " in part_xml(path, "word/footer1.xml")  # their footer, then our Page X / Y
    assert section.page_width == Inches(8.5) and section.page_height == Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        assert getattr(section, side) == getattr(theirs, side), side
    assert section.left_margin is not None and abs(section.left_margin - Cm(3)) < Cm(0.01)

    text = all_text(document)
    assert "Texte du modèle à remplacer" not in text
    assert "Procès-verbal" in text and "Mme Milouda Ala" in text

    # The Title style it lacked was brought in, and the title paragraph uses it.
    title = next(p for p in document.paragraphs if p.text == "Procès-verbal")
    assert title.style is not None and title.style.name == "Title"
    # Our table style is based on the letterhead's own "Normal Table" id.
    ours = document.styles["IREV Tableau"].element
    assert ours.find(f"{W}basedOn").get(f"{W}val") == "TableauNormal"
    # Tables fit the letterhead's narrower text width (21,59 − 5 cm).
    grid = document.tables[0]._tbl.tblGrid
    width = sum(int(col.get(f"{W}w")) for col in grid.findall(f"{W}gridCol"))
    assert width <= int((Inches(8.5) - Cm(5)) / 635) + 1


def test_a_letterhead_without_footer_gets_page_x_of_y(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = make_letterhead(tmp_path / "entete.docx", footer=False)
    docx_before = docx.Document(str(letterhead))
    assert docx_before.sections[0].footer.is_linked_to_previous
    path, document = export(demo, DocumentKind.CONVOCATION, out, template=letterhead)
    footer = document.sections[-1].footer
    assert not footer.is_linked_to_previous
    footers = [n for n in part_names(path) if n.startswith("word/footer")]
    assert any(" NUMPAGES " in part_xml(path, n) for n in footers)
    assert document.sections[-1].header.paragraphs[0].text == HEADER_TEXT


def test_a_letterhead_works_even_without_the_built_in_template(
    demo: Services, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letterhead = make_letterhead(tmp_path / "entete.docx")
    monkeypatch.setattr(resources, "templates_dir", lambda: tmp_path / "vide")
    _, document = export(demo, DocumentKind.EXTRAIT, out, template=letterhead)
    # Our styles come from their fallback definitions.
    assert (
        document.styles["IREV Signature"].element.find(f"{W}pPr/{W}jc").get(f"{W}val") == "center"
    )
    assert "Pour extrait certifié conforme" in all_text(document)


@pytest.mark.parametrize("content", ["text", "zip", "corrupt-xml"])
def test_an_unreadable_letterhead_is_a_clear_error_naming_the_file(
    demo: Services, out: Path, tmp_path: Path, content: str
) -> None:
    bad = tmp_path / "entete-abime.docx"
    if content == "text":
        bad.write_text("ceci n'est pas un document Word")
    elif content == "zip":
        with zipfile.ZipFile(bad, "w") as package:
            package.writestr("notes.txt", "bonjour")
    else:
        good = make_letterhead(tmp_path / "entete.docx")
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
            for item in source.infolist():
                data = source.read(item)
                if item.filename == "word/document.xml":
                    data = data[: len(data) // 2]
                target.writestr(copy.copy(item), data)
    with pytest.raises(ValidationError, match=r"« entete-abime.docx » n'est pas un document Word"):
        export(demo, DocumentKind.PV, out, template=bad)
    assert list(out.iterdir()) == []


def test_a_missing_letterhead_is_named(demo: Services, out: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"absent.docx.*introuvable"):
        export(demo, DocumentKind.PV, out, template=tmp_path / "absent.docx")
