"""Paragraphs, fields, lists, tables and signature blocks in our styles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from docx.document import Document as DocumentObject
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from irev_desktop.exporters import styles, xml_build
from irev_desktop.exporters.document import section_text_width
from irev_desktop.exporters.text import clean, lines, put_text


@dataclass(frozen=True)
class CellText:
    """A table cell: a main text and an optional smaller line under it."""

    main: str
    detail: str = ""
    bold: bool = False


Cell = str | CellText


@dataclass(frozen=True)
class Signature:
    caption: str  # "La présidente de séance,"
    name: str


class Writer:
    """Builds the body in document order; each paragraph and table is written in one
    pass as XML (``xml_build``) and handed back as a python-docx proxy."""

    def __init__(
        self, document: DocumentObject, style_ids: Mapping[str, str] | None = None
    ) -> None:
        self.document = document
        self.text_width = section_text_width(document)
        # Our style names -> the ids the document uses (see document.ensure_styles).
        self._style_ids: dict[str, str] = dict(style_ids or {})
        self._body = document.element.body
        # New blocks go before the final section properties, as python-docx puts them.
        self._end = self._body.sectPr

    def style_id(self, name: str) -> str:
        # Looking a style up by name walks styles.xml: once per name is enough. The id
        # differs between documents (a French Word writes "Titre1" for "heading 1").
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self.document.styles[name].style_id
        return found

    def _place(self, block: BaseOxmlElement) -> None:
        """Move a block just built at the end of the body before the section properties."""
        if self._end is not None:
            self._end.addprevious(block)

    # Paragraphs ------------------------------------------------------------------------
    def paragraph(
        self,
        text: str = "",
        style: str = styles.NORMAL,
        *,
        bold: bool = False,
        italic: bool = False,
        keep_next: bool = False,
        center: bool = False,
    ) -> Paragraph:
        p = xml_build.paragraph(
            self._body, self.style_id(style), keep_next=keep_next, center=center
        )
        self._place(p)
        paragraph = Paragraph(p, self.document._body)
        if text:
            put_text(paragraph, text, bold=bold, italic=italic)
        return paragraph

    def heading(self, text: str, level: int = 1) -> Paragraph:
        name = {1: styles.HEADING_1, 2: styles.HEADING_2}.get(level, styles.HEADING_3)
        return self.paragraph(text, name)

    def field(self, label: str, value: str) -> Paragraph:
        """ "Lieu :⇥visioconférence", the value aligned at 5 cm."""
        paragraph = self.paragraph(style=styles.FIELD)
        put_text(paragraph, f"{label} :", bold=True)
        put_text(paragraph, "\t" + value)
        return paragraph

    def bullet(self, text: str, style: str = styles.LIST) -> Paragraph:
        paragraph = self.paragraph(style=style)
        put_text(paragraph, "–\t" + text)
        return paragraph

    def numbered(self, number: int, text: str, detail: str = "") -> Paragraph:
        """An agenda line; the number is text so that it restarts in every document."""
        paragraph = self.paragraph(style=styles.AGENDA)
        put_text(paragraph, f"{number}.\t{text}")
        if detail:
            put_text(paragraph, "\n" + detail, italic=True, size=9)
        return paragraph

    def notes(self, text: str) -> None:
        """Free notes: one paragraph per line; a line opened by a dash is a list item."""
        for line in lines(text):
            if line[0] in "-–—•*·" and len(line) > 1:
                self.bullet(line[1:].strip())
            else:
                self.paragraph(line)

    # Tables ----------------------------------------------------------------------------
    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        weights: Sequence[float],
        *,
        style: str = styles.TABLE,
        min_row_height: float | None = None,
        centered: Sequence[int] = (),
    ) -> Table:
        """A table over the text width; the header row repeats on every page."""
        widths = self.widths(weights)
        count = len(rows) + (1 if headers else 0)
        tbl = xml_build.table(self._body, self.style_id(style), widths, count)
        self._place(tbl)
        all_rows = list(tbl.iterchildren(xml_build.TR))
        header_style, cell_style = self.style_id(styles.CELL_HEADER), self.style_id(styles.CELL)
        if headers:
            header = all_rows.pop(0)
            xml_build.row_properties(header, header=True)
            for index, (tc, text) in enumerate(
                zip(header.iterchildren(xml_build.TC), headers, strict=True)
            ):
                xml_build.cell_shade(tc, styles.HEADER_FILL)
                self._fill(tc, text, header_style, center=index in centered)
        height = None if min_row_height is None else int(min_row_height * 567)
        for tr, values in zip(all_rows, rows, strict=True):
            xml_build.row_properties(tr, min_height_twips=height)
            for index, (tc, value) in enumerate(
                zip(tr.iterchildren(xml_build.TC), values, strict=True)
            ):
                self._fill(tc, value, cell_style, center=index in centered)
        self.paragraph(style=styles.CELL)  # Word glues two tables that touch
        return Table(tbl, self.document._body)

    def widths(self, weights: Sequence[float]) -> list[int]:
        total = sum(weights)
        widths = [int(self.text_width * w / total) for w in weights]
        widths[-1] = self.text_width - sum(widths[:-1])
        return widths

    def _fill(self, tc: BaseOxmlElement, value: Cell, style_id: str, *, center: bool) -> None:
        p = xml_build.paragraph(tc, style_id, center=center)
        content = value if isinstance(value, CellText) else CellText(value)
        xml_build.run(p, clean(content.main), bold=content.bold)
        if content.detail:
            xml_build.run(p, clean("\n" + content.detail), italic=True, half_points=17)

    # Signatures ------------------------------------------------------------------------
    def signatures(self, made_at: str, blocks: Sequence[Signature]) -> None:
        """ "Fait à Lille, le 8 mars 2021" then the signatories side by side, in a
        borderless table; a single signatory signs on the right."""
        self.paragraph(made_at, keep_next=True).paragraph_format.space_before = Pt(12)
        cells: list[Signature | None] = list(blocks)
        if len(cells) == 1:
            cells.insert(0, None)
        widths = self.widths([1] * len(cells))
        tbl = xml_build.table(self._body, self.style_id(styles.PLAIN_TABLE), widths, 1)
        self._place(tbl)
        row = next(tbl.iterchildren(xml_build.TR))
        xml_build.row_properties(row)
        style_id = self.style_id(styles.SIGNATURE)
        for tc, block in zip(row.iterchildren(xml_build.TC), cells, strict=True):
            first = xml_build.paragraph(tc, style_id)
            if block is None:
                continue
            xml_build.run(first, clean(block.caption))
            space = Paragraph(first, self.document._body).paragraph_format
            space.space_after = Pt(54)  # room to sign
            xml_build.run(xml_build.paragraph(tc, style_id), clean(block.name or " "), bold=True)
