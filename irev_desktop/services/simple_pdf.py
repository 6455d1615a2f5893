"""A tiny writer of real, valid one-page PDF files of plain text.

Used by the example data (the 2020 activity report is attached as a PDF) so that the
program ships no binary sample file and needs no PDF library to make one.
"""

from __future__ import annotations

A4_WIDTH, A4_HEIGHT = 595, 842  # points


def _pdf_string(text: str) -> bytes:
    # The standard Helvetica font with WinAnsiEncoding covers French (é, è, à, ç, œ, «, »).
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _info_string(text: str) -> bytes:
    # Document information uses PDFDocEncoding or UTF-16BE with a byte order mark.
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def text_pdf(title: str, lines: list[str], *, author: str = "") -> bytes:
    """A one-page A4 PDF: ``title`` in bold, then ``lines`` of body text."""
    content = [b"BT", b"/F2 16 Tf", b"60 770 Td", _pdf_string(title) + b" Tj", b"/F1 11 Tf"]
    content.append(b"0 -30 Td")
    for line in lines:
        content.append(_pdf_string(line) + b" Tj")
        content.append(b"0 -16 Td")
    content.append(b"ET")
    stream = b"\n".join(content)

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        % (A4_WIDTH, A4_HEIGHT),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title " + _info_string(title) + b" /Author " + _info_string(author) + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
