"""WordprocessingML elements built directly with lxml.

python-docx's object layer looks up and orders every property on each change; a minutes
document of a few thousand paragraphs and cells spends most of its time there. These
helpers write each paragraph, run and table in final schema order, in one pass. The
elements belong to python-docx's document tree (``makeelement`` on a node of it), so its
proxies still work on them afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

P, PPR, PSTYLE, KEEP_NEXT, JC = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:keepNext"), qn("w:jc")
R, RPR, BOLD, ITALIC, SZ = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:i"), qn("w:sz")
T, BR, TAB = qn("w:t"), qn("w:br"), qn("w:tab")
TBL, TBL_PR, TBL_STYLE, TBL_W = qn("w:tbl"), qn("w:tblPr"), qn("w:tblStyle"), qn("w:tblW")
TBL_LAYOUT, TBL_LOOK, TBL_GRID, GRID_COL = (
    qn("w:tblLayout"),
    qn("w:tblLook"),
    qn("w:tblGrid"),
    qn("w:gridCol"),
)
TR, TR_PR, CANT_SPLIT, TR_HEIGHT, TBL_HEADER = (
    qn("w:tr"),
    qn("w:trPr"),
    qn("w:cantSplit"),
    qn("w:trHeight"),
    qn("w:tblHeader"),
)
TC, TC_PR, TC_W, SHD = qn("w:tc"), qn("w:tcPr"), qn("w:tcW"), qn("w:shd")
VAL, W, TYPE, H_RULE = qn("w:val"), qn("w:w"), qn("w:type"), qn("w:hRule")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# What python-docx writes on a new table: first row and first column marked.
_LOOK = {
    qn("w:firstColumn"): "1",
    qn("w:firstRow"): "1",
    qn("w:lastColumn"): "0",
    qn("w:lastRow"): "0",
    qn("w:noHBand"): "0",
    qn("w:noVBand"): "1",
    VAL: "04A0",
}
_PIECES = re.compile(r"(\n|\t)")

sub = etree.SubElement


def paragraph(
    parent: BaseOxmlElement, style_id: str, *, keep_next: bool = False, center: bool = False
) -> BaseOxmlElement:
    """A w:p with its style (and keep-with-next, centring), appended to ``parent``."""
    p = sub(parent, P)
    properties = sub(p, PPR)
    sub(properties, PSTYLE, {VAL: style_id})
    if keep_next:
        sub(properties, KEEP_NEXT)
    if center:
        sub(properties, JC, {VAL: "center"})
    return p  # type: ignore[no-any-return]


def run(
    p: BaseOxmlElement,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    half_points: int | None = None,
) -> BaseOxmlElement:
    """A w:r holding ``text`` (already cleaned): "\\n" becomes w:br and "\\t" w:tab, as
    python-docx writes them, with spaces kept at the edges of each w:t."""
    r = sub(p, R)
    if bold or italic or half_points:
        properties = sub(r, RPR)
        if bold:
            sub(properties, BOLD)
        if italic:
            sub(properties, ITALIC)
        if half_points:
            sub(properties, SZ, {VAL: str(half_points)})
    for piece in _PIECES.split(text):
        if piece == "\n":
            sub(r, BR)
        elif piece == "\t":
            sub(r, TAB)
        elif piece:
            t = sub(r, T)
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(XML_SPACE, "preserve")
    return r  # type: ignore[no-any-return]


def table(
    parent: BaseOxmlElement, style_id: str, widths: Sequence[int], rows: int
) -> BaseOxmlElement:
    """An empty fixed-width table of ``rows`` rows, appended to ``parent``; each cell has
    its width and no paragraph yet."""
    tbl = sub(parent, TBL)
    properties = sub(tbl, TBL_PR)
    sub(properties, TBL_STYLE, {VAL: style_id})
    sub(properties, TBL_W, {TYPE: "dxa", W: str(sum(widths))})
    sub(properties, TBL_LAYOUT, {TYPE: "fixed"})
    sub(properties, TBL_LOOK, _LOOK)
    grid = sub(tbl, TBL_GRID)
    for width in widths:
        sub(grid, GRID_COL, {W: str(width)})
    for _ in range(rows):
        row(tbl, widths)
    return tbl  # type: ignore[no-any-return]


def row(tbl: BaseOxmlElement, widths: Sequence[int]) -> BaseOxmlElement:
    tr = sub(tbl, TR)
    sub(tr, TR_PR)
    for width in widths:
        tc = sub(tr, TC)
        sub(sub(tc, TC_PR), TC_W, {TYPE: "dxa", W: str(width)})
    return tr  # type: ignore[no-any-return]


def row_properties(
    tr: BaseOxmlElement, *, header: bool = False, min_height_twips: int | None = None
) -> None:
    """Never split the row across pages; repeat it as a header; a minimum height."""
    properties = tr.find(TR_PR)
    sub(properties, CANT_SPLIT)
    if min_height_twips is not None:
        sub(properties, TR_HEIGHT, {VAL: str(min_height_twips), H_RULE: "atLeast"})
    if header:
        sub(properties, TBL_HEADER)


def cell_shade(tc: BaseOxmlElement, fill: str) -> None:
    sub(tc.find(TC_PR), SHD, {VAL: "clear", qn("w:color"): "auto", qn("w:fill"): fill})
