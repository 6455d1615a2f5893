"""The few WordprocessingML details python-docx has no API for: fields and the
language of styles (tables are written by ``xml_build``)."""

from __future__ import annotations

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
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


def append_paragraph_xml(parent: BaseOxmlElement, inner_xml: str) -> BaseOxmlElement:
    """Append a w:p holding ``inner_xml`` (its pPr and runs) at the end of ``parent``."""
    p = parse_xml(f"<w:p {nsdecls('w')}>{inner_xml}</w:p>")
    parent.append(p)
    return p


def has_field(part_root: BaseOxmlElement, name: str) -> bool:
    """Whether a field of that name (PAGE, NUMPAGES…) appears anywhere in the part,
    as a complex field or a simple one, text boxes included."""
    instructions = [node.text or "" for node in part_root.iter(qn("w:instrText"))]
    instructions += [node.get(qn("w:instr"), "") for node in part_root.iter(qn("w:fldSimple"))]
    # A complex field's instruction may be split over several runs.
    words = " ".join(instructions).split()
    return name.upper() in (word.upper() for word in words)


# CT_PPr children in schema order, for properties inserted into an existing style.
PPR_ORDER = tuple(
    qn(f"w:{tag}")
    for tag in [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
)


def insert_in_order(
    parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]
) -> None:
    """Insert ``child`` before the first sibling that the schema puts after it."""
    position = order.index(child.tag) if child.tag in order else len(order)
    for sibling in parent:
        if sibling.tag in order and order.index(sibling.tag) > position:
            sibling.addprevious(child)
            return
    parent.append(child)
