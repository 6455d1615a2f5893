"""Letterheads as organisations really have them (issue items 10 and 11).

Each letterhead is made here, with python-docx and a few lxml edits: a footer of its
own, a first-page header, even pages, a header inherited from an earlier section,
comments, a chart and an embedded object, a thumbnail, a .dotx, style names spelt
otherwise. Every export must number its pages in each footer in use, keep what the
letterhead shows, and leave nothing of its old content behind.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocumentObject
from docx.enum.section import WD_HEADER_FOOTER
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer, _Header
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle, StyleFactory

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.letterhead import CT_DOCUMENT_MAIN, CT_TEMPLATE_MAIN
from irev_desktop.services.facade import Services

from .docx_helpers import W, export, part_names, part_xml, plain

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
HEADER = "GIP ESSAI — EN-TÊTE"
FOOTER = "GIP Essai — 1 place de la République, 59000 Lille — www.gip-essai.fr"


def fields(part: _Header | _Footer) -> list[str]:
    """The field names (PAGE, NUMPAGES…) in a header or footer."""
    element = part._element
    texts = [node.text or "" for node in element.iter(qn("w:instrText"))]
    texts += [node.get(qn("w:instr"), "") for node in element.iter(qn("w:fldSimple"))]
    return [text.split()[0] for text in texts if text.split()]


def text_of(part: _Header | _Footer) -> str:
    """Its text; a header of minutes not yet approved ends with « PROJET »."""
    text: str = plain("".join(node.text or "" for node in part._element.iter(qn("w:t"))))
    return text


def assert_numbered(footer: _Footer) -> None:
    assert not footer.is_linked_to_previous
    assert {"PAGE", "NUMPAGES"} <= set(fields(footer)), text_of(footer)
    assert "Page 1 / 1" in text_of(footer)  # cached results around the fields


def style_names(document: DocumentObject) -> list[str]:
    return [(s.name or "").casefold() for s in document.styles]


def assert_no_case_duplicates(document: DocumentObject) -> None:
    names = style_names(document)
    doubles = {name for name in names if names.count(name) > 1}
    assert not doubles, doubles


def base_letterhead(*, footer: bool = True) -> DocumentObject:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    if footer:
        section.footer.paragraphs[0].text = FOOTER
    document.add_paragraph("Texte du modèle à remplacer")
    return document


def save(document: DocumentObject, path: Path) -> Path:
    document.save(str(path))
    return path


# A footer of its own ----------------------------------------------------------------------
def test_their_footer_keeps_its_text_and_receives_page_x_of_y(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = save(base_letterhead(), tmp_path / "entete.docx")
    _, document = export(demo, DocumentKind.PV, out, template=letterhead)
    section = document.sections[-1]
    footer = section.footer
    assert footer.paragraphs[0].text == FOOTER  # theirs first, untouched
    assert_numbered(footer)
    last = footer.paragraphs[-1]
    assert last.text.startswith("Page") and last.alignment is not None
    assert last._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "right"
    assert section.header.paragraphs[0].text == HEADER
    assert "Texte du modèle" not in "\n".join(p.text for p in document.paragraphs)


def test_a_footer_that_already_numbers_pages_is_left_alone(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = base_letterhead()
    paragraph = letterhead.sections[0].footer.add_paragraph("Page ")
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))
    assert fields(document.sections[-1].footer) == ["PAGE"]


def test_a_letterhead_without_footer_gets_ours_with_the_document_named(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = save(base_letterhead(footer=False), tmp_path / "entete.docx")
    _, document = export(demo, DocumentKind.CONVOCATION, out, template=letterhead)
    footer = document.sections[-1].footer
    assert_numbered(footer)
    assert "Convocation" in text_of(footer)


# First page, even pages ---------------------------------------------------------------------
def test_a_first_page_header_and_footer_are_kept_and_both_footers_numbered(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = base_letterhead()
    section = letterhead.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "GRAND EN-TÊTE DE PREMIÈRE PAGE"
    section.first_page_footer.paragraphs[0].text = "Pied de première page"
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))
    result = document.sections[-1]
    assert result.different_first_page_header_footer
    assert text_of(result.first_page_header).startswith("GRAND EN-TÊTE DE PREMIÈRE PAGE")
    assert text_of(result.header).startswith(HEADER)
    assert result.first_page_footer.paragraphs[0].text == "Pied de première page"
    assert result.footer.paragraphs[0].text == FOOTER
    assert_numbered(result.first_page_footer)
    assert_numbered(result.footer)


def test_a_first_page_without_footer_gets_ours(demo: Services, out: Path, tmp_path: Path) -> None:
    letterhead = base_letterhead()
    section = letterhead.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "PREMIÈRE PAGE"
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))
    result = document.sections[-1]
    assert_numbered(result.first_page_footer)
    assert "Procès-verbal" in text_of(result.first_page_footer)
    assert result.footer.paragraphs[0].text == FOOTER
    assert_numbered(result.footer)


def test_even_page_headers_and_footers_are_kept_and_numbered(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = base_letterhead()
    letterhead.settings.odd_and_even_pages_header_footer = True
    section = letterhead.sections[0]
    section.even_page_header.paragraphs[0].text = "EN-TÊTE DES PAGES PAIRES"
    section.even_page_footer.paragraphs[0].text = "Pied des pages paires"
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))
    assert document.settings.odd_and_even_pages_header_footer
    result = document.sections[-1]
    assert text_of(result.even_page_header).startswith("EN-TÊTE DES PAGES PAIRES")
    assert result.even_page_footer.paragraphs[0].text == "Pied des pages paires"
    assert_numbered(result.even_page_footer)
    assert_numbered(result.footer)


def test_even_pages_without_a_footer_of_their_own_get_ours(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = base_letterhead()
    letterhead.settings.odd_and_even_pages_header_footer = True
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))
    assert_numbered(document.sections[-1].even_page_footer)
    assert_numbered(document.sections[-1].footer)


# Sections -----------------------------------------------------------------------------------
def two_sections() -> DocumentObject:
    document = docx.Document()
    document.add_paragraph("Première section")
    document.add_section()
    document.add_paragraph("Seconde section")
    return document


def test_a_header_inherited_from_an_earlier_section_is_kept(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = two_sections()
    first = letterhead.sections[0]
    first.header.is_linked_to_previous = False
    first.header.paragraphs[0].text = HEADER
    first.footer.is_linked_to_previous = False
    first.footer.paragraphs[0].text = FOOTER
    final = letterhead.sections[-1]._sectPr
    assert final.get_headerReference(WD_HEADER_FOOTER.PRIMARY) is None
    path, document = export(
        demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx")
    )
    assert len(document.sections) == 1
    result = document.sections[-1]
    assert not result.header.is_linked_to_previous
    assert text_of(result.header).startswith(HEADER)
    assert result.footer.paragraphs[0].text == FOOTER
    assert_numbered(result.footer)
    assert not result.different_first_page_header_footer  # both sections looked the same
    # Only the parts still in use are in the package.
    assert len([n for n in part_names(path) if n.startswith("word/header")]) == 1


def test_a_first_section_of_its_own_becomes_the_first_page(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = two_sections()
    first, second = letterhead.sections
    first.header.is_linked_to_previous = False
    first.header.paragraphs[0].text = "EN-TÊTE COMPLET (PAGE 1)"
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "EN-TÊTE RÉDUIT (SUITE)"
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))
    result = document.sections[-1]
    assert result.different_first_page_header_footer
    assert text_of(result.first_page_header).startswith("EN-TÊTE COMPLET (PAGE 1)")
    assert text_of(result.header).startswith("EN-TÊTE RÉDUIT (SUITE)")
    assert_numbered(result.footer)
    assert_numbered(result.first_page_footer)


# Leftovers ----------------------------------------------------------------------------------
def _png(width: int = 60, height: int = 24) -> bytes:
    """A small blue rectangle, as a logo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\x1f\x38\x64" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def cluttered_letterhead(path: Path) -> Path:
    """A letterhead with a logo, a comment, a chart, an OLE object, an embedded
    workbook, a thumbnail, statistics and the template author's properties."""
    document = base_letterhead()
    logo = tmp = path.with_suffix(".png")
    tmp.write_bytes(_png())
    document.sections[0].header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(3))
    paragraph = document.add_paragraph("Texte commenté")
    document.add_comment(paragraph.runs, text="À revoir", author="Relecteur du modèle")
    package = document.part.package
    parts = {
        RT.CHART: Part(PackURI("/word/charts/chart1.xml"), CT.DML_CHART, b"<c/>", package),
        RT.OLE_OBJECT: Part(
            PackURI("/word/embeddings/oleObject1.bin"), CT.OFC_OLE_OBJECT, b"OLE", package
        ),
        RT.PACKAGE: Part(
            PackURI("/word/embeddings/Classeur1.xlsx"),
            CT.SML_SHEET,
            b"PK",
            package,
        ),
    }
    for reltype, part in parts.items():
        r_id = document.part.relate_to(part, reltype)
        document.element.body.sectPr.addprevious(
            parse_xml(
                f'<w:p {nsdecls("w", "r")}><w:r><w:object><w:control r:id="{r_id}"/>'
                "</w:object></w:r></w:p>"
            )
        )
    # The thumbnail: python-docx's own template already has one (docProps/thumbnail.jpeg).
    assert any(rel.reltype == RT.THUMBNAIL for rel in package.rels.values())
    core = document.core_properties
    core.title, core.author, core.comments = "Modèle de courrier", "Auteur du modèle", "Notes"
    core.last_printed = core.modified
    app = next(r.target_part for r in package.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES)
    app._blob = (
        app.blob.replace(b"<Pages>1</Pages>", b"<Pages>7</Pages>")
        .replace(b"<Words>0</Words>", b"<Words>1234</Words>")
        .replace(b"<Company/>", b"<Company>GIP Essai</Company>")
    )
    return save(document, path)


def test_the_letterhead_s_old_content_leaves_nothing_behind(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = cluttered_letterhead(tmp_path / "encombre.docx")
    names = part_names(letterhead)
    assert "word/comments.xml" in names and "docProps/thumbnail.jpeg" in names
    assert "word/charts/chart1.xml" in names and "word/embeddings/oleObject1.bin" in names
    path, document = export(demo, DocumentKind.PV, out, template=letterhead)

    names = part_names(path)
    for gone in ("comments", "charts/", "embeddings/", "thumbnail", "glossary", "people"):
        assert not any(gone in name for name in names), (gone, names)
    assert [n for n in names if n.startswith("word/media/")]  # the header's logo stays
    for name in names:
        if name.endswith(".xml") or name.endswith(".rels"):
            xml = part_xml(path, name)
            assert "comment" not in xml.lower() or name == "word/styles.xml", name
            assert "thumbnail" not in xml and "/chart" not in xml and "oleObject" not in xml
    app = part_xml(path, "docProps/app.xml")
    assert "<Pages>" not in app and "<Words>" not in app and "<TitlesOfParts>" not in app
    assert "<Company>GIP Essai</Company>" in app and "<Application>IREV Desktop" in app
    core = document.core_properties
    assert core.author != "Auteur du modèle" and "Procès-verbal" in core.title
    assert core.comments == "" and core.last_printed is None
    assert text_of(document.sections[-1].header).startswith(HEADER)


# .dotx ------------------------------------------------------------------------------------
def test_a_dotx_template_is_accepted(demo: Services, out: Path, tmp_path: Path) -> None:
    docx_path = save(base_letterhead(), tmp_path / "entete.docx")
    dotx = tmp_path / "Entete GIP.dotx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(CT_DOCUMENT_MAIN.encode(), CT_TEMPLATE_MAIN.encode())
            target.writestr(item, data)
    assert CT_TEMPLATE_MAIN in part_xml(dotx, "[Content_Types].xml")
    path, document = export(demo, DocumentKind.PV, out, template=dotx)
    assert path.suffix == ".docx"
    types = part_xml(path, "[Content_Types].xml")
    assert CT_DOCUMENT_MAIN in types and "template.main" not in types
    assert text_of(document.sections[-1].header).startswith(HEADER)
    assert_numbered(document.sections[-1].footer)


# Styles -----------------------------------------------------------------------------------
def _style(document: DocumentObject, style_id: str) -> BaseOxmlElement:
    found: BaseOxmlElement | None = document.styles.element.find(
        f"{W}style[@{W}styleId='{style_id}']"
    )
    assert found is not None, style_id
    return found


def _by_id(document: DocumentObject, style_id: str) -> ParagraphStyle:
    """A style by its id (python-docx's lookup by name is case-sensitive)."""
    style = StyleFactory(_style(document, style_id))
    assert isinstance(style, ParagraphStyle)
    return style


def _rename(document: DocumentObject, style_id: str, name: str) -> None:
    _style(document, style_id).find(f"{W}name").set(f"{W}val", name)


def _body_style_ids(document: DocumentObject) -> set[str]:
    return {p.style.style_id for p in document.paragraphs if p.style is not None}


@pytest.mark.parametrize("spelling", ["Heading 1", "heading 1", "HEADING 1"])
def test_headings_header_and_footer_styles_are_theirs_whatever_the_case(
    demo: Services, out: Path, tmp_path: Path, spelling: str
) -> None:
    letterhead = base_letterhead()
    _rename(letterhead, "Heading1", spelling)
    _by_id(letterhead, "Header").font.size = Pt(11)
    _by_id(letterhead, "Footer").font.size = Pt(10)
    _by_id(letterhead, "Heading1").font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    count = len(letterhead.styles)
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))

    assert_no_case_duplicates(document)
    # Only our own IREV styles were added: none of theirs was duplicated.
    added = len(document.styles) - count
    assert added == len([s for s in document.styles if (s.name or "").startswith("IREV ")])
    assert "Heading1" in _body_style_ids(document)
    heading_xml = _style(document, "Heading1")
    assert heading_xml.find(f"{W}rPr/{W}color").get(f"{W}val") == "C00000"  # their look
    assert heading_xml.find(f"{W}pPr/{W}keepNext") is not None  # stays with its text
    # Their Normal had no paragraph formatting and now justifies; headings do not.
    assert _style(document, "Normal").find(f"{W}pPr/{W}jc").get(f"{W}val") == "both"
    for level in ("Heading2", "Heading3"):
        assert _style(document, level).find(f"{W}pPr/{W}jc").get(f"{W}val") == "left"
    for style_id, half_points in (("Header", "22"), ("Footer", "20")):
        assert _style(document, style_id).find(f"{W}rPr/{W}sz").get(f"{W}val") == half_points
    footer = document.sections[-1].footer
    assert footer.paragraphs[-1].style.style_id == "Footer"


def test_a_heading_known_only_by_its_id_is_used(demo: Services, out: Path, tmp_path: Path) -> None:
    letterhead = base_letterhead()
    _rename(letterhead, "Heading1", "Titre de partie")
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))
    assert_no_case_duplicates(document)
    assert "heading 1" not in style_names(document)
    assert "Heading1" in _body_style_ids(document)
    paragraph_ids = [s.style_id for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH]
    assert not [i for i in paragraph_ids if "Heading1" in i and i != "Heading1"]


def test_their_text_body_style_carries_our_paragraphs(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    letterhead = base_letterhead()
    body = _by_id(letterhead, "BodyText")
    _rename(letterhead, "BodyText", "Text Body")
    body.element.set(f"{W}styleId", "TextBody")
    body.font.name = "Georgia"
    letterhead.paragraphs[0].style = body
    letterhead.add_paragraph("Deuxième paragraphe du modèle", style=body)
    _rename(letterhead, "Normal", "Default Paragraph Style")
    _, document = export(demo, DocumentKind.PV, out, template=save(letterhead, tmp_path / "e.docx"))

    assert_no_case_duplicates(document)
    assert "normal" not in style_names(document)  # their default style served as Normal
    used = [p.style.style_id for p in document.paragraphs if p.style is not None]
    assert "TextBody" in used
    # Our own styles still build on their default paragraph style.
    fiche = _style(document, "IREVFiche")
    assert fiche.find(f"{W}basedOn").get(f"{W}val") == "Normal"


# File mode ----------------------------------------------------------------------------------
@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_exported_files_follow_the_umask(
    demo: Services, out: Path, tmp_path: Path, umask: None, mask: int, mode: int
) -> None:
    letterhead = save(base_letterhead(), tmp_path / "entete.docx")
    os.umask(mask)
    path, _ = export(demo, DocumentKind.PV, out, template=letterhead)
    assert path.stat().st_mode & 0o777 == mode
    other, _ = export(demo, DocumentKind.EMARGEMENT, out)
    assert other.stat().st_mode & 0o777 == mode


# LibreOffice lays it out ----------------------------------------------------------------------
def _pdf(path: Path, folder: Path, profile: Path) -> Path:
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / f"{path.stem}.pdf"


def _page_text(pdf: Path, page: int) -> str:
    assert PDFTOTEXT is not None
    result = subprocess.run(
        [PDFTOTEXT, "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return " ".join(plain(result.stdout).split())


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or poppler missing")
@pytest.mark.parametrize("template", ["letterhead", "builtin"])
def test_libreoffice_numbers_every_page(
    demo: Services, out: Path, tmp_path: Path, template: str
) -> None:
    options: dict[str, object] = {}
    if template == "letterhead":
        options["template"] = cluttered_letterhead(tmp_path / "entete.docx")
    path, _ = export(demo, DocumentKind.PV, out, **options)
    pdf = _pdf(path, out, tmp_path / "profil-libreoffice")
    first, second = _page_text(pdf, 1), _page_text(pdf, 2)
    assert "Page 1 / " in first and "Page 2 / " in second
    if template == "letterhead":
        assert HEADER in first and FOOTER in first and FOOTER in second
    else:
        assert "Procès-verbal" in first
