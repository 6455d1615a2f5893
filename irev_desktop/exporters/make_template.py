"""Write the built-in Word template ``resources/templates/irev-a4-fr.docx``.

Run ``python -m irev_desktop.exporters.make_template [FILE]``. The package is written
part by part rather than derived from python-docx's default (US Letter, English, with
"python-docx" in its properties and a Mac Word thumbnail): every byte of it is here to
review. Zip entries carry a fixed date, so regenerating gives the same file.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from irev_desktop.exporters import styles
from irev_desktop.exporters.ooxml import page_x_of_y_xml
from irev_desktop.exporters.resources import BUILTIN_TEMPLATE_NAME, templates_dir

_XML = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_W = f'xmlns:w="{styles.W_NS}"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_STAMP = (2021, 1, 1, 0, 0, 0)
_DATE = "2021-01-01T00:00:00Z"

CONTENT_TYPES = (
    _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_WML}.settings+xml"/>'
    f'<Override PartName="/word/footer1.xml" ContentType="{_WML}.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.extended-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    _XML + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS = (
    _XML + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/footer" Target="footer1.xml"/>'
    "</Relationships>"
)

CORE = (
    _XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Modèle A4 des documents de séance</dc:title>"
    "<dc:subject>Procès-verbaux, extraits, feuilles d'émargement, convocations</dc:subject>"
    "<dc:creator>IREV Desktop</dc:creator>"
    "<cp:keywords></cp:keywords>"
    "<dc:description></dc:description>"
    "<cp:lastModifiedBy>IREV Desktop</cp:lastModifiedBy>"
    "<cp:revision>1</cp:revision>"
    f'<dcterms:created xsi:type="dcterms:W3CDTF">{_DATE}</dcterms:created>'
    f'<dcterms:modified xsi:type="dcterms:W3CDTF">{_DATE}</dcterms:modified>'
    f"<dc:language>{styles.LANGUAGE}</dc:language>"
    "</cp:coreProperties>"
)

APP = (
    _XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties">'
    "<Application>IREV Desktop</Application><DocSecurity>0</DocSecurity>"
    "</Properties>"
)

SETTINGS = (
    _XML + f"<w:settings {_W}>"
    '<w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="708"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    # A line ended by a manual break (a vertical tab pasted from Word) in a justified
    # paragraph must not be stretched across the page.
    "<w:compat><w:doNotExpandShiftReturn/>"
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/'
    'word" w:val="15"/></w:compat>'
    f'<w:themeFontLang w:val="{styles.LANGUAGE}"/>'
    '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
    "</w:settings>"
)

SECTION = (
    '<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>'
    f'<w:pgSz w:w="{styles.PAGE_WIDTH}" w:h="{styles.PAGE_HEIGHT}"/>'
    f'<w:pgMar w:top="{styles.MARGIN}" w:right="{styles.MARGIN}" w:bottom="{styles.MARGIN}" '
    f'w:left="{styles.MARGIN}" w:header="{styles.HEADER_DISTANCE}" '
    f'w:footer="{styles.HEADER_DISTANCE}" w:gutter="0"/>'
    '<w:cols w:space="708"/></w:sectPr>'
)

DOCUMENT = (
    _XML + f"<w:document {_W} {_R}><w:body>"
    '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>'
    f"{SECTION}</w:body></w:document>"
)

FOOTER = (
    _XML + f"<w:ftr {_W} {_R}>"
    '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>'
    f"{page_x_of_y_xml()}</w:p></w:ftr>"
)


def parts() -> list[tuple[str, str]]:
    """The package's parts in the order they are zipped (content types first)."""
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
        ("word/document.xml", DOCUMENT),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", styles.styles_part_xml()),
        ("word/settings.xml", SETTINGS),
        ("word/footer1.xml", FOOTER),
    ]


def build_template() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in parts():
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def write_template(target: Path | None = None) -> Path:
    target = target or templates_dir() / BUILTIN_TEMPLATE_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build_template())
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = write_template(Path(args[0]) if args else None)
    print(f"Modèle écrit : {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
