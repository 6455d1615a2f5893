"""What an organisation's letterhead brings to a document, and what it must not bring.

A letterhead is any .docx or .dotx. Kept: its page set-up, its headers and footers of
every kind (first page, even pages, and those a later section inherits from an earlier
one), its styles. Removed with its body: comments, charts, embedded objects, pictures
and other parts only the body used, its building blocks and customisations, the preview
thumbnail, signatures, and the statistics of the old content.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.section import WD_HEADER_FOOTER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.section import CT_SectPr
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer

from irev_desktop.exporters.ooxml import append_paragraph_xml, has_field, page_x_of_y_xml

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CT_DOCUMENT_MAIN = f"{_WML}.document.main+xml"
CT_TEMPLATE_MAIN = f"{_WML}.template.main+xml"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Parts the main document needs whether or not document.xml names them.
_STRUCTURAL = frozenset(
    {
        RT.STYLES,
        "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
        RT.SETTINGS,
        RT.WEB_SETTINGS,
        RT.FONT_TABLE,
        RT.THEME,
        RT.NUMBERING,
        RT.FOOTNOTES,
        RT.ENDNOTES,
        RT.CUSTOM_XML,
    }
)
# Package-level parts worth keeping; the thumbnail, signatures, add-ins… are not.
_PACKAGE_KEPT = frozenset(
    {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.CUSTOM_PROPERTIES}
)
_KINDS = (WD_HEADER_FOOTER.PRIMARY, WD_HEADER_FOOTER.FIRST_PAGE, WD_HEADER_FOOTER.EVEN_PAGE)


def read_package(path: Path) -> io.BytesIO:
    """The letterhead's bytes; a .dotx (template) is given the content type of a
    document, which is all that tells the two apart."""
    data = path.read_bytes()
    old, new = CT_TEMPLATE_MAIN.encode(), CT_DOCUMENT_MAIN.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if old not in types:
            return io.BytesIO(data)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(old, new)
                target.writestr(item, content)
    buffer.seek(0)
    return buffer


def body_style_id(document: DocumentObject) -> str | None:
    """The paragraph style that holds most of the letterhead's own text, if any."""
    counts: Counter[str] = Counter()
    for p in document.element.body.iterchildren(qn("w:p")):
        length = sum(len(t.text or "") for t in p.iter(qn("w:t")))
        if length:
            style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            counts[style.get(qn("w:val"), "") if style is not None else ""] += length
    if not counts:
        return None
    found, _ = counts.most_common(1)[0]
    return found or None


# Sections -------------------------------------------------------------------------------
def _ref(sect_pr: CT_SectPr, tag: str, kind: WD_HEADER_FOOTER) -> BaseOxmlElement | None:
    if tag == "header":
        return sect_pr.get_headerReference(kind)
    return sect_pr.get_footerReference(kind)


def _effective(
    sections: list[CT_SectPr], index: int, tag: str, kind: WD_HEADER_FOOTER
) -> BaseOxmlElement | None:
    """The reference a section uses for a kind: its own, or the nearest earlier one."""
    for sect_pr in reversed(sections[: index + 1]):
        found = _ref(sect_pr, tag, kind)
        if found is not None:
            return found
    return None


def _set_ref(sect_pr: CT_SectPr, tag: str, kind: WD_HEADER_FOOTER, source: BaseOxmlElement) -> None:
    r_id = source.get(qn("r:id"), "")
    if tag == "header":
        if sect_pr.get_headerReference(kind) is not None:
            sect_pr.remove_headerReference(kind)
        sect_pr.add_headerReference(kind, r_id)
    else:
        if sect_pr.get_footerReference(kind) is not None:
            sect_pr.remove_footerReference(kind)
        sect_pr.add_footerReference(kind, r_id)


def merge_sections(document: DocumentObject) -> None:
    """Before the body (and the section breaks in it) is cleared: give the final
    section the headers and footers that applied, so the one section left looks like
    the letterhead — inherited references written out, and a first page that looked
    different (its own first-page header, or a first section of its own) kept as the
    first page."""
    body = document.element.body
    sections: list[CT_SectPr] = body.xpath("./w:p/w:pPr/w:sectPr | ./w:sectPr")
    if len(sections) < 2 or body.sectPr is None:
        return
    final, first, last = body.sectPr, sections[0], len(sections) - 1
    for tag in ("header", "footer"):
        for kind in _KINDS:
            if _ref(final, tag, kind) is None:
                inherited = _effective(sections, last, tag, kind)
                if inherited is not None:
                    _set_ref(final, tag, kind, inherited)
    if first.titlePg_val:
        page_one = WD_HEADER_FOOTER.FIRST_PAGE
    elif any(
        _ref_id(_effective(sections, 0, tag, WD_HEADER_FOOTER.PRIMARY))
        != _ref_id(_effective(sections, last, tag, WD_HEADER_FOOTER.PRIMARY))
        for tag in ("header", "footer")
    ):
        page_one = WD_HEADER_FOOTER.PRIMARY  # a first section of its own
    else:
        return
    final.titlePg_val = True
    for tag in ("header", "footer"):
        source = _effective(sections, 0, tag, page_one)
        if source is not None:
            _set_ref(final, tag, WD_HEADER_FOOTER.FIRST_PAGE, source)
        elif tag == "header" and final.get_headerReference(WD_HEADER_FOOTER.FIRST_PAGE) is not None:
            final.remove_headerReference(WD_HEADER_FOOTER.FIRST_PAGE)
        elif tag == "footer" and final.get_footerReference(WD_HEADER_FOOTER.FIRST_PAGE) is not None:
            final.remove_footerReference(WD_HEADER_FOOTER.FIRST_PAGE)


def _ref_id(ref: BaseOxmlElement | None) -> str | None:
    return None if ref is None else ref.get(qn("r:id"))


# Leftovers ------------------------------------------------------------------------------
def _referenced_ids(element: BaseOxmlElement) -> set[str]:
    """Every relationship id named in a part: r:id, r:embed, r:link, r:dm…"""
    found = set()
    for node in element.iter():
        for name, value in node.attrib.items():
            if name.startswith(f"{{{_R_NS}}}"):
                found.add(value)
    return found


def remove_leftovers(document: DocumentObject) -> list[str]:
    """Once the body is cleared: drop every part only the old content used (comments,
    charts, embedded objects, pictures, unused headers and footers, building blocks…)
    and the package's thumbnail, signatures and add-ins. Returns the relationship
    types dropped."""
    part = document.part
    used = _referenced_ids(document.element)
    dropped = []
    for r_id, rel in list(part.rels.items()):
        if rel.reltype in _STRUCTURAL or r_id in used:
            continue
        del part.rels[r_id]
        dropped.append(rel.reltype)
    package_rels = part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype not in _PACKAGE_KEPT:
            del package_rels[r_id]
            dropped.append(rel.reltype)
    return dropped


# Footers --------------------------------------------------------------------------------
def footers_in_use(document: DocumentObject) -> list[_Footer]:
    """The footers of the (single) section that pages will show: default, first page
    when it differs, even pages when they differ."""
    section = document.sections[-1]
    footers = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    if document.settings.odd_and_even_pages_header_footer:
        footers.append(section.even_page_footer)
    return footers


def number_pages(document: DocumentObject, footer_style_id: str) -> list[_Footer]:
    """Make every footer in use show "Page X / Y": a footer the letterhead has gets a
    right-aligned paragraph after its own content (unless it already numbers pages);
    a kind it lacks gets a new footer, returned for the caller to fill with ours."""
    ours: list[_Footer] = []
    seen: set[int] = set()
    for footer in footers_in_use(document):
        if footer.is_linked_to_previous:  # the single section has none of this kind
            footer.is_linked_to_previous = False
            ours.append(footer)
            continue
        element = footer.part.element
        if id(element) in seen or has_field(element, "PAGE"):
            continue
        seen.add(id(element))
        append_paragraph_xml(
            element,
            f'<w:pPr><w:pStyle w:val="{footer_style_id}"/><w:jc w:val="right"/></w:pPr>'
            + page_x_of_y_xml(),
        )
    return ours
