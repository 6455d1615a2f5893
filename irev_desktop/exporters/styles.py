"""The styles of our documents, written once as WordprocessingML.

The same definitions produce the built-in template (``make_template``) and serve as the
fallback when neither the organisation's letterhead nor the built-in template holds a
style the exporter needs. Lengths are in twentieths of a point (567 = 1 cm); font sizes
in half-points.
"""

from __future__ import annotations

from dataclasses import dataclass

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LANGUAGE = "fr-FR"
LANG_XML = f'<w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}"/>'
FONT = "Arial"
BLUE = "1F3864"
GREY = "404040"
TABLE_BORDER = "8EA0B8"
HEADER_FILL = "DCE3EE"

# Page geometry, shared by the template and the exporter (twips).
PAGE_WIDTH = 11906  # 21 cm
PAGE_HEIGHT = 16838  # 29,7 cm
MARGIN = 1418  # 2,5 cm
HEADER_DISTANCE = 709  # 1,25 cm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN  # 9070 twips = 16 cm

# The names the exporter asks python-docx for (python-docx maps "Heading 1" to the
# "heading 1" Word writes in styles.xml).
NORMAL = "Normal"
TITLE = "Title"
SUBTITLE = "Subtitle"
HEADING_1 = "Heading 1"
HEADING_2 = "Heading 2"
HEADING_3 = "Heading 3"
HEADER = "Header"
FOOTER = "Footer"
ORGANISATION = "IREV Organisation"
BODY_LINE = "IREV Instance"
FIELD = "IREV Fiche"
LIST = "IREV Liste"
AGENDA = "IREV Ordre du jour"
DELIBERATION = "IREV Délibération"
RESULT = "IREV Résultat"
NOTE = "IREV Mention"
CELL = "IREV Cellule"
CELL_HEADER = "IREV En-tête de tableau"
SIGNATURE = "IREV Signature"
TABLE = "IREV Tableau"
PLAIN_TABLE = "IREV Sans bordure"

FIELD_TAB = 3119  # 5,5 cm: where the value of "Lieu : …" starts


@dataclass(frozen=True)
class StyleSpec:
    style_id: str
    name: str  # as written in styles.xml
    ui_name: str  # as asked of python-docx
    type: str  # paragraph, character, table, numbering
    based_on: str | None = None
    next: str | None = None
    ppr: str = ""
    rpr: str = ""
    tblpr: str = ""
    extra: str = ""  # conditional table formatting (w:tblStylePr)
    default: bool = False
    hidden: bool = False

    def xml(self, *, declare_namespace: bool = False) -> str:
        ns = f' xmlns:w="{W_NS}"' if declare_namespace else ""
        default = ' w:default="1"' if self.default else ""
        parts = [f'<w:style{ns} w:type="{self.type}"{default} w:styleId="{self.style_id}">']
        parts.append(f'<w:name w:val="{self.name}"/>')
        if self.based_on:
            parts.append(f'<w:basedOn w:val="{self.based_on}"/>')
        if self.next:
            parts.append(f'<w:next w:val="{self.next}"/>')
        if self.hidden:
            parts.append("<w:semiHidden/><w:unhideWhenUsed/>")
        else:
            parts.append("<w:qFormat/>")
        if self.ppr:
            parts.append(f"<w:pPr>{self.ppr}</w:pPr>")
        if self.type != "numbering":
            # w:lang comes last but for a few rare elements: appending it keeps the
            # schema order of every rPr written here.
            parts.append(f"<w:rPr>{self.rpr}{LANG_XML}</w:rPr>")
        if self.tblpr:
            parts.append(f"<w:tblPr>{self.tblpr}</w:tblPr>")
        parts.append(self.extra)
        parts.append("</w:style>")
        return "".join(parts)


def _borders(kind: str, size: int = 4, color: str = TABLE_BORDER) -> str:
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    if kind == "none":
        inner = "".join(f'<w:{s} w:val="nil"/>' for s in sides)
    else:
        inner = "".join(
            f'<w:{s} w:val="{kind}" w:sz="{size}" w:space="0" w:color="{color}"/>' for s in sides
        )
    return f"<w:tblBorders>{inner}</w:tblBorders>"


def _cell_margins(top: int, side: int) -> str:
    return (
        f'<w:tblCellMar><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{side}" w:type="dxa"/>'
        f'<w:bottom w:w="{top}" w:type="dxa"/><w:right w:w="{side}" w:type="dxa"/></w:tblCellMar>'
    )


def _heading(level: int, before: int, after: int, color: str, border: bool) -> str:
    rule = (
        f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{color}"/></w:pBdr>'
        if border
        else ""
    )
    return (
        f'<w:keepNext/><w:keepLines/>{rule}<w:spacing w:before="{before}" w:after="{after}"/>'
        f'<w:jc w:val="left"/><w:outlineLvl w:val="{level}"/>'
    )


_HEADER_FOOTER_PPR = (
    f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/>'
    f'<w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>'
)

STYLES: tuple[StyleSpec, ...] = (
    StyleSpec(
        "Normal",
        "Normal",
        NORMAL,
        "paragraph",
        default=True,
        ppr='<w:widowControl/><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        '<w:jc w:val="both"/>',
    ),
    StyleSpec(
        "DefaultParagraphFont",
        "Default Paragraph Font",
        "Default Paragraph Font",
        "character",
        default=True,
        hidden=True,
    ),
    StyleSpec(
        "TableNormal",
        "Normal Table",
        "Normal Table",
        "table",
        default=True,
        hidden=True,
        tblpr='<w:tblInd w:w="0" w:type="dxa"/>' + _cell_margins(0, 108),
    ),
    StyleSpec("NoList", "No List", "No List", "numbering", default=True, hidden=True),
    StyleSpec(
        "Title",
        "Title",
        TITLE,
        "paragraph",
        based_on="Normal",
        next="Subtitle",
        ppr='<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:jc w:val="center"/>',
        rpr=f'<w:b/><w:bCs/><w:caps/><w:color w:val="{BLUE}"/><w:spacing w:val="20"/>'
        '<w:sz w:val="34"/><w:szCs w:val="34"/>',
    ),
    StyleSpec(
        "Subtitle",
        "Subtitle",
        SUBTITLE,
        "paragraph",
        based_on="Normal",
        next="Normal",
        ppr='<w:keepNext/><w:spacing w:after="360"/><w:jc w:val="center"/>',
        rpr=f'<w:color w:val="{BLUE}"/><w:sz w:val="25"/><w:szCs w:val="25"/>',
    ),
    StyleSpec(
        "Heading1",
        "heading 1",
        HEADING_1,
        "paragraph",
        based_on="Normal",
        next="Normal",
        ppr=_heading(0, 360, 120, BLUE, border=True),
        rpr=f'<w:b/><w:bCs/><w:color w:val="{BLUE}"/><w:sz w:val="25"/><w:szCs w:val="25"/>',
    ),
    StyleSpec(
        "Heading2",
        "heading 2",
        HEADING_2,
        "paragraph",
        based_on="Normal",
        next="Normal",
        ppr=_heading(1, 240, 80, BLUE, border=False),
        rpr=f'<w:b/><w:bCs/><w:color w:val="{BLUE}"/><w:sz w:val="22"/><w:szCs w:val="22"/>',
    ),
    StyleSpec(
        "Heading3",
        "heading 3",
        HEADING_3,
        "paragraph",
        based_on="Normal",
        next="Normal",
        ppr=_heading(2, 160, 60, GREY, border=False),
        rpr=f'<w:b/><w:bCs/><w:color w:val="{GREY}"/><w:sz w:val="21"/><w:szCs w:val="21"/>',
    ),
    StyleSpec(
        "Header",
        "header",
        HEADER,
        "paragraph",
        based_on="Normal",
        ppr=_HEADER_FOOTER_PPR,
        rpr='<w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/>',
    ),
    StyleSpec(
        "Footer",
        "footer",
        FOOTER,
        "paragraph",
        based_on="Normal",
        ppr=_HEADER_FOOTER_PPR,
        rpr='<w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/>',
    ),
    StyleSpec(
        "IREVOrganisation",
        ORGANISATION,
        ORGANISATION,
        "paragraph",
        based_on="Normal",
        next="IREVInstance",
        ppr='<w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/>',
        rpr=f'<w:b/><w:bCs/><w:color w:val="{BLUE}"/><w:sz w:val="22"/><w:szCs w:val="22"/>',
    ),
    StyleSpec(
        "IREVInstance",
        BODY_LINE,
        BODY_LINE,
        "paragraph",
        based_on="Normal",
        next="Normal",
        ppr='<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/>',
        rpr=f'<w:color w:val="{BLUE}"/>',
    ),
    StyleSpec(
        "IREVFiche",
        FIELD,
        FIELD,
        "paragraph",
        based_on="Normal",
        ppr=f'<w:keepLines/><w:tabs><w:tab w:val="left" w:pos="{FIELD_TAB}"/></w:tabs>'
        f'<w:spacing w:after="40"/><w:ind w:left="{FIELD_TAB}" w:hanging="{FIELD_TAB}"/>'
        '<w:jc w:val="left"/>',
    ),
    StyleSpec(
        "IREVListe",
        LIST,
        LIST,
        "paragraph",
        based_on="Normal",
        ppr='<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:spacing w:after="60"/>'
        '<w:ind w:left="567" w:hanging="284"/>',
    ),
    StyleSpec(
        "IREVOrdreDuJour",
        AGENDA,
        AGENDA,
        "paragraph",
        based_on="Normal",
        ppr='<w:keepLines/><w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>'
        '<w:spacing w:after="80"/><w:ind w:left="567" w:hanging="567"/><w:jc w:val="left"/>',
    ),
    StyleSpec(
        "IREVDeliberation",
        DELIBERATION,
        DELIBERATION,
        "paragraph",
        based_on="Normal",
        ppr=f'<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="{BLUE}"/></w:pBdr>'
        '<w:spacing w:before="60" w:after="120"/><w:ind w:left="397"/>',
    ),
    StyleSpec(
        "IREVResultat",
        RESULT,
        RESULT,
        "paragraph",
        based_on="Normal",
        ppr='<w:keepLines/><w:spacing w:before="60" w:after="200"/>',
        rpr="<w:b/><w:bCs/>",
    ),
    StyleSpec(
        "IREVMention",
        NOTE,
        NOTE,
        "paragraph",
        based_on="Normal",
        ppr='<w:spacing w:after="60"/><w:jc w:val="left"/>',
        rpr=f'<w:i/><w:iCs/><w:color w:val="{GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    StyleSpec(
        "IREVCellule",
        CELL,
        CELL,
        "paragraph",
        based_on="Normal",
        ppr='<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
        '<w:jc w:val="left"/>',
        rpr='<w:sz w:val="19"/><w:szCs w:val="19"/>',
    ),
    StyleSpec(
        "IREVEnTeteTableau",
        CELL_HEADER,
        CELL_HEADER,
        "paragraph",
        based_on="IREVCellule",
        ppr="<w:keepNext/>",
        rpr=f'<w:b/><w:bCs/><w:color w:val="{BLUE}"/>',
    ),
    StyleSpec(
        "IREVSignature",
        SIGNATURE,
        SIGNATURE,
        "paragraph",
        based_on="Normal",
        ppr='<w:keepNext/><w:keepLines/><w:spacing w:after="0"/><w:jc w:val="center"/>',
    ),
    StyleSpec(
        "IREVTableau",
        TABLE,
        TABLE,
        "table",
        based_on="TableNormal",
        tblpr=_borders("single") + _cell_margins(28, 85),
        extra='<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr>'
        "</w:tblStylePr>",
    ),
    StyleSpec(
        "IREVSansBordure",
        PLAIN_TABLE,
        PLAIN_TABLE,
        "table",
        based_on="TableNormal",
        tblpr=_borders("none") + _cell_margins(0, 57),
    ),
)

BY_UI_NAME: dict[str, StyleSpec] = {spec.ui_name: spec for spec in STYLES}
BY_ID: dict[str, StyleSpec] = {spec.style_id: spec for spec in STYLES}

DOC_DEFAULTS = (
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    f'<w:sz w:val="21"/><w:szCs w:val="21"/>{LANG_XML}'
    "</w:rPr></w:rPrDefault>"
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
)


def styles_part_xml() -> str:
    """The whole ``word/styles.xml`` of the built-in template."""
    body = "".join(spec.xml() for spec in STYLES)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:styles xmlns:w="{W_NS}">{DOC_DEFAULTS}{body}</w:styles>'
    )
