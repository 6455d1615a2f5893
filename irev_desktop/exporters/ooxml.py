"""The few WordprocessingML details python-docx has no API for: fields, table rows
that repeat or never split, fixed column widths, cell shading."""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Twips
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph


def field_runs_xml(instruction: str, placeholder: str) -> str:
    """A complex field (begin, instruction, separate, cached result, end) as runs.

    Word and LibreOffice recompute PAGE and NUMPAGES when they lay the page out; the
    placeholder is only what a reader that does not compute fields would show.
    """
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{placeholder}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def page_x_of_y_xml() -> str:
    """Runs that read "Page 3 / 7"."""
    return (
        '<w:r><w:t xml:space="preserve">Page </w:t></w:r>'
        + field_runs_xml("PAGE", "1")
        + '<w:r><w:t xml:space="preserve">\u00a0/ </w:t></w:r>'
        + field_runs_xml("NUMPAGES", "1")
    )


def append_runs_xml(paragraph: Paragraph, runs_xml: str) -> None:
    # Parse inside a paragraph so the namespace is declared once for all the runs.
    holder = parse_xml(f"<w:p {nsdecls('w')}>{runs_xml}</w:p>")
    for run in list(holder):
        paragraph._p.append(run)


def repeat_as_header(row: _Row) -> None:
    """Repeat this row at the top of every page the table runs onto (w:tblHeader)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def keep_row_whole(row: _Row) -> None:
    """Never split the row across two pages (w:cantSplit)."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.insert(0, OxmlElement("w:cantSplit"))


def fix_widths(table: Table, widths: Sequence[int]) -> None:
    """Give the table fixed column widths (twips), so Word and LibreOffice agree."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    table.autofit = False  # writes w:tblLayout w:type="fixed"
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(sum(widths)))
    tbl_w.set(qn("w:type"), "dxa")
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Twips(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Twips(width)


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd", {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill})
    tc_pr.append(shd)


def set_language(rpr_parent: BaseOxmlElement, language: str) -> None:
    """Set w:lang on a style (or docDefaults) element's run properties."""
    rpr = rpr_parent.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        # rPr follows pPr (and everything before it) in a style.
        ppr = rpr_parent.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(rpr)
        else:
            anchor = None
            for tag in ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"):
                anchor = rpr_parent.find(qn(tag))
                if anchor is not None:
                    break
            if anchor is not None:
                anchor.addprevious(rpr)
            else:
                rpr_parent.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        _insert_lang(rpr, lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


# What may follow w:lang inside w:rPr (schema order).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath", "w:rPrChange")


def _insert_lang(rpr: BaseOxmlElement, lang: BaseOxmlElement) -> None:
    for tag in _AFTER_LANG:
        follower = rpr.find(qn(tag))
        if follower is not None:
            follower.addprevious(lang)
            return
    rpr.append(lang)
