"""What the seal of signed minutes adds to a document: the « non conforme » mark on every
page when the seal fails (the export was forced), and the seal's facts at the end of
the procès-verbal of signed minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import _Header
from docx.shared import Pt, RGBColor

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.exporters import styles
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.writer import Writer
from irev_desktop.model import wording

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

    from irev_desktop.exporters.model import ExportRequest
    from irev_desktop.model.seal import SealCheck

NON_CONFORMING = "NON CONFORME AU PROCÈS-VERBAL SIGNÉ"
_RED = RGBColor(0xC9, 0x2A, 0x2A)

# The documents whose content is the signed record: their export checks the seal.
SEALED_KINDS = frozenset(
    {DocumentKind.PV, DocumentKind.COMPTE_RENDU, DocumentKind.RELEVE, DocumentKind.EXTRAIT}
)


def apply_seal(writer: Writer, kind: DocumentKind, request: ExportRequest) -> None:
    """Called once the body is written: marks the pages, then adds the seal's facts."""
    seal = request.seal
    if seal is None or kind not in SEALED_KINDS:
        return
    if seal.failed:
        mark_non_conforming(writer.document)
    if kind is DocumentKind.PV and request.meeting.status is MeetingStatus.MINUTES_SIGNED:
        write_seal_facts(writer, seal)


def mark_non_conforming(document: DocumentObject) -> None:
    """« NON CONFORME AU PROCÈS-VERBAL SIGNÉ » at the top of every page's header."""
    odd_and_even = document.settings.odd_and_even_pages_header_footer
    for index, section in enumerate(document.sections):
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if odd_and_even:
            headers.append(section.even_page_header)
        for header in headers:
            if index > 0 and header.is_linked_to_previous:
                continue  # it shows the previous section's header, marked already
            _mark(header)


def _mark(header: _Header) -> None:
    paragraph = header.add_paragraph()
    # First in the header, above a letterhead's own content.
    first = header._element.find(paragraph._p.tag)
    if first is not None and first is not paragraph._p:
        first.addprevious(paragraph._p)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(NON_CONFORMING)
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = _RED


def write_seal_facts(writer: Writer, seal: SealCheck) -> None:
    """The digest (its first 16 hexadecimal digits), the date and the version of the seal,
    and the fingerprint of the key that signed it."""
    when = (
        wording.date_and_time(seal.signed_at)
        if seal.signed_at is not None
        else "à une date non enregistrée"
    )
    version = seal.seal_version or 1
    key = (
        f" Sceau signé par la clé de l'organisation d'empreinte {seal.key_fingerprint}."
        if seal.key_fingerprint
        else ""
    )
    writer.paragraph(
        f"Procès-verbal signé {when}. Empreinte SHA-256 du contenu signé : "
        f"{seal.short_digest or '—'}… (version {version} de l'empreinte).{key}",
        styles.NOTE,
    )
