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
