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
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocumentObject
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer
from docx.shared import Twips
from lxml import etree

from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters import letterhead, styles
from irev_desktop.exporters.ooxml import (
    PPR_ORDER,
    append_runs_xml,
    insert_in_order,
    page_x_of_y_xml,
    set_language,
)
from irev_desktop.exporters.resources import builtin_template_path
from irev_desktop.exporters.text import property_text, put_text


@dataclass
class Base:
    """The document to fill, the style ids to write for our style names, and the
    footers that are ours to write (the letterhead's own already number pages)."""

    document: DocumentObject
    style_ids: dict[str, str]
    own_footers: list[_Footer]


def open_base(template: Path | None) -> Base:
    if template is None:
        document = _open_builtin()
        clear_body(document)
        make_french(document)
        ids = {spec.ui_name: spec.style_id for spec in styles.STYLES}
        return Base(document, ids, letterhead.footers_in_use(document))
    document = _open_letterhead(template)
    body_style = letterhead.body_style_id(document)
    letterhead.merge_sections(document)
    clear_body(document)
    letterhead.remove_leftovers(document)
    try:
        builtin: DocumentObject | None = _open_builtin()
    except ValidationError:
        builtin = None  # the fallback definitions in styles.py still serve
    ids = ensure_styles(document, builtin)
    make_french(document)
    footers = letterhead.number_pages(document, ids[styles.FOOTER])
    return Base(document, writer_style_ids(document, ids, body_style), footers)


def _open_builtin() -> DocumentObject:
    path = builtin_template_path()
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(
            "Le modèle Word intégré « {path} » est illisible ({cause}) : réinstallez le programme.",
            path=path,
            cause=type(error).__name__,
        ) from error


def _open_letterhead(path: Path) -> DocumentObject:
    if not path.is_file():
        raise ValidationError("Le papier à en-tête « {path} » est introuvable.", path=path)
    try:
        document = docx.Document(letterhead.read_package(path))
        document.styles  # noqa: B018 - reading the styles part early reveals a broken file
    except Exception as error:
        # python-docx and lxml raise many kinds of errors on a damaged or foreign file;
        # each means the same to the user.
        raise ValidationError(
            "Le papier à en-tête « {name} » n'est pas un document Word (.docx) lisible ; "
            "enregistrez-le au format .docx depuis Word ou LibreOffice puis recommencez.",
            name=path.name,
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


# Our names the letterhead may spell differently (LibreOffice's default style).
_ALIASES: dict[str, tuple[str, ...]] = {
    styles.NORMAL: ("default paragraph style", "default style", "standard"),
}
# The letterhead's own versions of these keep their look; ours completes them only
# where they have none.
_COMPLETED = frozenset(
    {
        styles.NORMAL,
        styles.TITLE,
        styles.SUBTITLE,
        styles.HEADING_1,
        styles.HEADING_2,
        styles.HEADING_3,
    }
)
# What makes a heading behave as one (stay with its text, appear in the outline, not be
# justified like the body text we may have given their Normal).
_FUNCTIONAL = (qn("w:keepNext"), qn("w:keepLines"), qn("w:jc"), qn("w:outlineLvl"))
_ON = ("1", "true", "on")
_STYLE_ORDER = tuple(
    qn(f"w:{tag}")
    for tag in [
        "name",
        "aliases",
        "basedOn",
        "next",
        "link",
        "autoRedefine",
        "hidden",
        "uiPriority",
        "semiHidden",
        "unhideWhenUsed",
        "qFormat",
        "locked",
        "personal",
        "personalCompose",
        "personalReply",
        "rsid",
        "pPr",
        "rPr",
        "tblPr",
        "trPr",
        "tcPr",
        "tblStylePr",
    ]
)


def _name(style: BaseOxmlElement) -> str:
    name = style.find(qn("w:name"))
    return "" if name is None else str(name.get(qn("w:val"), "")).casefold()


def _id(style: BaseOxmlElement) -> str:
    return str(style.get(qn("w:styleId"), ""))


def find_style(root: BaseOxmlElement, spec: styles.StyleSpec) -> BaseOxmlElement | None:
    """The document's style for one of ours: by name whatever its case ("Heading 1",
    "heading 1"), then by id ("Heading1" under another name), then, for a default
    style, the document's default of that type."""
    candidates: list[BaseOxmlElement] = [
        style
        for style in root.findall(qn("w:style"))
        if style.get(qn("w:type"), "paragraph") == spec.type
    ]
    names = {spec.name.casefold(), spec.ui_name.casefold(), *_ALIASES.get(spec.ui_name, ())}
    for style in candidates:
        if _name(style) in names:
            return style
    for style in candidates:
        if _id(style).casefold() == spec.style_id.casefold():
            return style
    if spec.default:
        for style in candidates:
            if style.get(qn("w:default")) in _ON:
                return style
    return None


def ensure_styles(document: DocumentObject, builtin: DocumentObject | None) -> dict[str, str]:
    """Find or add each of our styles in ``document``; return the id to write for each
    of our style names. A style the document has is used as it is (completed where it
    has no formatting); one it lacks is copied from the built-in template, or created
    from our own definition."""
    root = _styles_element(document)
    source_root = _styles_element(builtin) if builtin is not None else None
    ids: dict[str, str] = {}
    added = []
    completed: list[BaseOxmlElement] = []  # their styles whose pPr is now ours
    for spec in styles.STYLES:
        found = find_style(root, spec)
        if found is not None:
            ids[spec.ui_name] = _id(found)
            if spec.ui_name in _COMPLETED:
                _complete(root, found, spec, completed)
            continue
        element = None
        if source_root is not None:
            found = source_root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{spec.style_id}']")
            if found is not None:
                element = copy.deepcopy(found)
        if element is None:
            element = parse_xml(spec.xml(declare_namespace=True))
        if spec.default:
            element.attrib.pop(qn("w:default"), None)  # never displace their defaults
        taken = {_id(style).casefold() for style in root.findall(qn("w:style"))}
        if _id(element).casefold() in taken:
            element.set(qn("w:styleId"), f"IREV{_id(element)}")
        root.append(element)
        added.append(element)
        ids[spec.ui_name] = _id(element)
    _relink(root, ids, added)
    return ids


def _chain(root: BaseOxmlElement, style: BaseOxmlElement) -> list[BaseOxmlElement]:
    """The style and those it is based on, nearest first."""
    by_id = {_id(s): s for s in root.findall(qn("w:style"))}
    chain = [style]
    while len(chain) < 20:
        based_on = chain[-1].find(qn("w:basedOn"))
        parent = by_id.get(based_on.get(qn("w:val"), "")) if based_on is not None else None
        if parent is None or parent in chain:
            break
        chain.append(parent)
    return chain


def _has_children(chain: list[BaseOxmlElement], tag: str, ignored: tuple[str, ...] = ()) -> bool:
    for style in chain:
        group = style.find(qn(tag))
        if group is not None and any(child.tag not in ignored for child in group):
            return True
    return False


def _complete(
    root: BaseOxmlElement,
    style: BaseOxmlElement,
    spec: styles.StyleSpec,
    completed: list[BaseOxmlElement],
) -> None:
    """Add our formatting to the letterhead's version of one of our styles only where it
    (with the styles it is based on) has none: our paragraph formatting when it has no
    paragraph formatting, else just what makes a heading one (kept with its text, in the
    outline, not justified); our character formatting when it has none."""
    ours = parse_xml(spec.xml(declare_namespace=True))
    chain = _chain(root, style)
    our_ppr, our_rpr = ours.find(qn("w:pPr")), ours.find(qn("w:rPr"))
    if our_ppr is not None:
        if not _has_children(chain, "w:pPr"):
            insert_in_order(style, copy.deepcopy(our_ppr), _STYLE_ORDER)
            completed.append(style)
        else:
            ppr = style.find(qn("w:pPr"))
            if ppr is None:
                ppr = OxmlElement("w:pPr")
                insert_in_order(style, ppr, _STYLE_ORDER)
            for tag in _FUNCTIONAL:
                wanted = our_ppr.find(tag)
                if wanted is not None and not any(
                    s.find(f"{qn('w:pPr')}/{tag}") is not None
                    for s in chain
                    if not any(s is done for done in completed)
                ):
                    insert_in_order(ppr, copy.deepcopy(wanted), PPR_ORDER)
    lang = (qn("w:lang"),)
    if our_rpr is not None and not _has_children(chain, "w:rPr", lang):
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            insert_in_order(style, rpr, _STYLE_ORDER)
        their_lang = rpr.find(qn("w:lang"))
        for child in our_rpr:
            if child.tag in lang:
                continue
            if their_lang is not None:
                their_lang.addprevious(copy.deepcopy(child))
            else:
                rpr.append(copy.deepcopy(child))


def writer_style_ids(
    document: DocumentObject, ids: dict[str, str], body_style: str | None
) -> dict[str, str]:
    """The ids the writer uses: those of :func:`ensure_styles`, with the letterhead's own
    body style (the one its text was written in: "Text Body", a custom one…) for our
    plain paragraphs, unless it is a heading, a title or a list."""
    result = dict(ids)
    if not body_style or body_style == ids.get(styles.NORMAL):
        return result
    reserved = {
        ids.get(name)
        for name in (*_COMPLETED, styles.HEADER, styles.FOOTER)
        if name != styles.NORMAL
    }
    if body_style in reserved:
        return result
    root = _styles_element(document)
    style = root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{body_style}']")
    if style is None or style.get(qn("w:type"), "paragraph") != "paragraph":
        return result
    for link in _chain(root, style):
        outline = link.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        numbering = link.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if outline is not None and outline.get(qn("w:val"), "9") != "9":
            return result
        if numbering is not None and numbering.get(qn("w:val"), "0") != "0":
            return result
    result[styles.NORMAL] = body_style
    return result


def _relink(root: BaseOxmlElement, ids: dict[str, str], added: list[BaseOxmlElement]) -> None:
    """Point basedOn/next/link at the ids the document uses for our styles (a French
    Word writes "Titre1" where we write "Heading1"); drop dangling links."""
    known = {_id(style) for style in root.findall(qn("w:style"))}
    ours = {spec.style_id: ids[spec.ui_name] for spec in styles.STYLES if spec.ui_name in ids}
    for style in root.findall(qn("w:style")):
        mine = any(style is element for element in added)
        for tag in ("w:basedOn", "w:next", "w:link"):
            ref = style.find(qn(tag))
            if ref is None:
                continue
            target = ref.get(qn("w:val"), "")
            replacement = ours.get(target) if mine else None
            if replacement is None and target in known:
                continue
            replacement = replacement or ours.get(target)
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
def write_footer(base: Base, left_text: str) -> None:
    """Our footer, in each footer that is ours: what the document is, on the left;
    "Page X / Y" on the right."""
    document = base.document
    for footer in base.own_footers:
        for paragraph in footer.paragraphs:
            paragraph._p.getparent().remove(paragraph._p)
        paragraph = footer.add_paragraph()
        paragraph._p.style = base.style_ids.get(styles.FOOTER, "Footer")
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
    for printed in core._element.findall(qn("cp:lastPrinted")):
        core._element.remove(printed)
    reset_app_properties(document)


_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
# What app.xml may keep from a letterhead: who the organisation is, not what the old
# content was (pages, words, characters, lines, titles of parts, editing time…).
_APP_KEPT = ("Template", "Manager", "Company", "HyperlinkBase")


def reset_app_properties(document: DocumentObject) -> None:
    """docProps/app.xml: our application name, the organisation's company and manager,
    and no statistics (Word and LibreOffice count again when they save)."""
    rels = document.part.package.rels
    part = next(
        (rel.target_part for rel in rels.values() if rel.reltype == RT.EXTENDED_PROPERTIES),
        None,
    )
    if part is None:
        return
    kept = []
    try:
        old = etree.fromstring(part.blob)
        for name in _APP_KEPT:
            node = old.find(f"{{{_APP_NS}}}{name}")
            if node is not None and node.text:
                kept.append(f"<{name}>{escape(node.text)}</{name}>")
    except etree.XMLSyntaxError:
        pass  # a broken app.xml is replaced whole
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_APP_NS}">'
        f"<Application>IREV Desktop</Application><DocSecurity>0</DocSecurity>{''.join(kept)}"
        "</Properties>"
    )
    part._blob = xml.encode("utf-8")
