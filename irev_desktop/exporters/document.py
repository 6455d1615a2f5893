"""Opening the template (ours, or the organisation's letterhead), styles, footer, properties.

A letterhead keeps its headers, footers, page set-up and styles; only its body is
replaced. A style we use that it lacks is copied from the built-in template, or, when
that is missing too, created from our own definition in :mod:`styles`.
"""

from __future__ import annotations

import copy
import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer
from docx.shared import Twips

from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters import styles
from irev_desktop.exporters.ooxml import append_runs_xml, page_x_of_y_xml, set_language
from irev_desktop.exporters.resources import builtin_template_path
from irev_desktop.exporters.text import property_text, put_text


@dataclass
class Base:
    """The document to fill, and whether the footer is ours to write."""

    document: DocumentObject
    own_footer: bool


def open_base(template: Path | None) -> Base:
    if template is None:
        document = _open_builtin()
        clear_body(document)
        make_french(document)
        return Base(document, own_footer=True)
    document = _open_letterhead(template)
    clear_body(document)
    try:
        builtin: DocumentObject | None = _open_builtin()
    except ValidationError:
        builtin = None  # the fallback definitions in styles.py still serve
    ensure_styles(document, builtin)
    make_french(document)
    return Base(document, own_footer=add_footer_if_missing(document))


def _open_builtin() -> DocumentObject:
    path = builtin_template_path()
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(
            f"Le modèle Word intégré « {path} » est illisible ({type(error).__name__}) : "
            "réinstallez le programme."
        ) from error


def _open_letterhead(path: Path) -> DocumentObject:
    if not path.is_file():
        raise ValidationError(f"Le papier à en-tête « {path} » est introuvable.")
    try:
        document = docx.Document(str(path))
        document.styles  # noqa: B018 - reading the styles part early reveals a broken file
    except Exception as error:
        # python-docx and lxml raise many kinds of errors on a damaged or foreign file;
        # each means the same to the user.
        raise ValidationError(
            f"Le papier à en-tête « {path.name} » n'est pas un document Word (.docx) lisible ; "
            "enregistrez-le au format .docx depuis Word ou LibreOffice puis recommencez."
        ) from error
    return document


def clear_body(document: DocumentObject) -> None:
    """Remove every paragraph and table of the body, keeping the final w:sectPr (the
    page size, margins, headers and footers)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


# Styles ---------------------------------------------------------------------------------
def _styles_element(document: DocumentObject) -> BaseOxmlElement:
    element = document.styles.element
    assert isinstance(element, BaseOxmlElement)
    return element


def _ids_by_name(root: BaseOxmlElement) -> dict[str, str]:
    result = {}
    for style in root.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            result[name.get(qn("w:val"), "")] = style.get(qn("w:styleId"), "")
    return result


def ensure_styles(document: DocumentObject, builtin: DocumentObject | None) -> list[str]:
    """Add to ``document`` each of our styles it lacks; return the names added."""
    root = _styles_element(document)
    source = _ids_by_name(_styles_element(builtin)) if builtin is not None else {}
    source_root = _styles_element(builtin) if builtin is not None else None
    added = []
    for spec in styles.STYLES:
        names = _ids_by_name(root)
        if spec.name in names:
            continue
        element = None
        if source_root is not None and spec.name in source:
            found = source_root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{source[spec.name]}']")
            if found is not None:
                element = copy.deepcopy(found)
        if element is None:
            element = parse_xml(spec.xml(declare_namespace=True))
        if spec.default:
            element.attrib.pop(qn("w:default"), None)  # never displace their defaults
        ids = set(names.values())
        if element.get(qn("w:styleId")) in ids:
            element.set(qn("w:styleId"), f"IREV{element.get(qn('w:styleId'))}")
        root.append(element)
        added.append(spec.ui_name)
    _relink(root)
    return added


def _relink(root: BaseOxmlElement) -> None:
    """Point basedOn/next/link at the ids the document uses for the same style names
    (a French Word writes "Titre1" where we write "Heading1"); drop dangling links."""
    ids = _ids_by_name(root)
    known = set(ids.values())
    ours = {spec.style_id: spec.name for spec in styles.STYLES}
    for style in root.findall(qn("w:style")):
        for tag in ("w:basedOn", "w:next", "w:link"):
            ref = style.find(qn(tag))
            if ref is None:
                continue
            target = ref.get(qn("w:val"), "")
            if target in known:
                continue
            replacement = ids.get(ours.get(target, ""))
            if replacement:
                ref.set(qn("w:val"), replacement)
            else:
                style.remove(ref)


def make_french(document: DocumentObject) -> None:
    """fr-FR as the language of the defaults and of every style (Word's spell checker
    then speaks French), and French as the theme language."""
    root = _styles_element(document)
    defaults = root.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            set_language(rpr_default, styles.LANGUAGE)
    for style in root.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            set_language(style, styles.LANGUAGE)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), styles.LANGUAGE)


# Footer ---------------------------------------------------------------------------------
def add_footer_if_missing(document: DocumentObject) -> bool:
    """Give the letterhead our footer when it has none; True when we did."""
    section = document.sections[-1]
    if not section.footer.is_linked_to_previous:
        return False
    section.footer.is_linked_to_previous = False
    if (
        section.different_first_page_header_footer
        and section.first_page_footer.is_linked_to_previous
    ):
        section.first_page_footer.is_linked_to_previous = False
    return True


def write_footer(document: DocumentObject, left_text: str) -> None:
    """Our footer: what the document is, on the left; "Page X / Y" on the right."""
    section = document.sections[-1]
    footers: list[_Footer] = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    for footer in footers:
        for paragraph in footer.paragraphs:
            paragraph._p.getparent().remove(paragraph._p)
        paragraph = footer.add_paragraph(style=document.styles[styles.FOOTER])
        tabs = paragraph.paragraph_format.tab_stops
        # The left text may run past the centre: one right-aligned stop only.
        tabs.add_tab_stop(Twips(styles.TEXT_WIDTH // 2), WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(Twips(section_text_width(document)), WD_TAB_ALIGNMENT.RIGHT)
        put_text(paragraph, left_text + "\t")
        append_runs_xml(paragraph, page_x_of_y_xml())


def section_text_width(document: DocumentObject) -> int:
    """Width between the margins of the last section, in twips."""
    section = document.sections[-1]
    width = section.page_width
    left, right = section.left_margin, section.right_margin
    if width is None or left is None or right is None:
        return styles.TEXT_WIDTH
    return int((width - left - right) / 635)  # EMU -> twips


# Properties -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Properties:
    title: str
    subject: str
    author: str
    category: str
    status: str
    when: dt.datetime


def set_properties(document: DocumentObject, props: Properties) -> None:
    """Core properties: ours everywhere, nothing left from python-docx or a letterhead."""
    core = document.core_properties
    core.title = property_text(props.title)
    core.subject = property_text(props.subject)
    core.author = property_text(props.author)
    core.last_modified_by = property_text(props.author)
    core.category = property_text(props.category)
    core.content_status = property_text(props.status)
    core.keywords = ""
    core.comments = ""
    core.identifier = ""
    core.version = ""
    core.language = styles.LANGUAGE
    core.revision = 1
    core.created = props.when
    core.modified = props.when
