"""Word documents turned into PDF/A by LibreOffice, when it is installed.

LibreOffice runs headless, with a private user profile in a temporary folder (never the
user's own, and so never disturbed by a LibreOffice window already open), and within a
time limit. Microsoft Word has no command line that saves a PDF (only its COM
automation does), so it is not used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from irev_desktop.domain.errors import ValidationError

__all__ = [
    "INSTALL_LIBREOFFICE",
    "PdfConverter",
    "find_soffice",
    "pdfa_part",
    "usual_folders",
]

INSTALL_LIBREOFFICE = (
    "Installez LibreOffice (https://www.libreoffice.org/) pour écrire des PDF, "
    "ou choisissez un fichier .docx."
)

# PDF/A-2b: the archival PDF (fonts embedded, no outside dependency).
PDF_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
PDFA_NAMESPACE = "http://www.aiim.org/pdfa/ns/id/"

_NAMES = ("soffice", "libreoffice")


def usual_folders() -> list[Path]:
    """Where the LibreOffice installer puts ``soffice`` on Windows and macOS."""
    if sys.platform == "win32":
        roots = [
            os.environ.get("PROGRAMFILES", r"C:\Program Files"),
            os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"),
            os.environ.get("PROGRAMW6432", r"C:\Program Files"),
            r"C:\Program Files",
            r"C:\Program Files (x86)",
        ]
        found: list[Path] = []
        for root in dict.fromkeys(roots):
            found.append(Path(root) / "LibreOffice" / "program" / "soffice.exe")
        return found
    if sys.platform == "darwin":
        return [
            Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
            Path.home() / "Applications/LibreOffice.app/Contents/MacOS/soffice",
        ]
    return []


def find_soffice(
    search_path: str | None = None, folders: Sequence[Path] | None = None
) -> Path | None:
    """LibreOffice's ``soffice``: on the search path (``PATH`` by default), then in
    the installer's usual folders (``usual_folders()`` by default)."""
    for name in _NAMES:
        found = shutil.which(name, path=search_path)
        if found:
            return Path(found)
    for candidate in usual_folders() if folders is None else folders:
        if candidate.is_file():
            return candidate
    return None


class PdfConverter:
    """Converts .docx content to PDF/A-2b with LibreOffice.

    ``search_path`` and ``folders`` say where to look for LibreOffice (``PATH`` and
    the usual install folders by default): tests point them at an empty folder.
    ``timeout`` is the time limit for one document, in seconds.
    """

    def __init__(
        self,
        search_path: str | None = None,
        folders: Sequence[Path] | None = None,
        timeout: float = 120.0,
    ) -> None:
        self.search_path = search_path
        self.folders = folders
        self.timeout = timeout

    def soffice(self) -> Path:
        found = find_soffice(self.search_path, self.folders)
        if found is None:
            raise ValidationError(
                "Installez LibreOffice (https://www.libreoffice.org/) pour écrire des PDF, "
                "ou choisissez un fichier .docx."
            )
        return found

    def convert(self, docx: bytes) -> bytes:
        """The PDF/A of one Word document."""
        return self.convert_many([docx])[0]

    def convert_many(self, documents: Sequence[bytes]) -> list[bytes]:
        """The PDF/A of each Word document, in order, from one run of LibreOffice."""
        if not documents:
            return []
        soffice = self.soffice()
        with tempfile.TemporaryDirectory(prefix="irev-pdf-") as work:
            folder = Path(work)
            sources = []
            for index, content in enumerate(documents, start=1):
                source = folder / f"document-{index}.docx"
                source.write_bytes(content)
                sources.append(source)
            outdir = folder / "pdf"
            outdir.mkdir()
            profile = folder / "profil"
            command = [
                str(soffice),
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                "--convert-to",
                PDF_FILTER,
                "--outdir",
                str(outdir),
                *(str(s) for s in sources),
            ]
            limit = self.timeout + 30.0 * (len(documents) - 1)
            code, output = _run(command, limit, cwd=folder)
            results: list[bytes] = []
            for source in sources:
                pdf = outdir / (source.stem + ".pdf")
                if not pdf.is_file() or pdf.stat().st_size == 0:
                    detail = output.strip().splitlines()[-1:] or [f"code de sortie {code}"]
                    raise ValidationError(
                        "LibreOffice n'a pas pu convertir le document en PDF ({detail}). "
                        "Essayez d'ouvrir le document Word dans LibreOffice, ou choisissez "
                        "un fichier .docx.",
                        detail=detail[0][:300],
                    )
                data = pdf.read_bytes()
                _check_pdfa(data)
                results.append(data)
            return results


def _run(command: list[str], limit: float, cwd: Path) -> tuple[int, str]:
    """Run ``command``; past ``limit`` seconds, end it with every process it started."""
    options: dict[str, object] = {}
    if sys.platform == "win32":
        options["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    else:
        options["start_new_session"] = True  # its own process group, ended as one
    try:
        process = subprocess.Popen(  # a fixed program, no shell
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            **options,  # type: ignore[call-overload]
        )
    except OSError as error:
        raise ValidationError(
            "LibreOffice n'a pas pu être lancé ({cause}). Installez LibreOffice "
            "(https://www.libreoffice.org/) pour écrire des PDF, ou choisissez un fichier .docx.",
            cause=error.strerror or str(error),
        ) from error
    try:
        out, _ = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise ValidationError(
            "LibreOffice n'a pas fini la conversion en PDF en {seconds} secondes : elle a "
            "été arrêtée et aucun PDF n'a été écrit. Recommencez, ou choisissez un "
            "fichier .docx.",
            seconds=round(limit),
        ) from None
    return process.returncode, out.decode("utf-8", "replace")


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            subprocess.run(
                ["taskkill", "/T", "/F", "/PID", str(process.pid)],
                capture_output=True,
                timeout=15,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        else:
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.communicate(timeout=15)


def pdfa_part(data: bytes) -> str | None:
    """The PDF/A part the file declares in its XMP metadata ("2" for PDF/A-2b), if any."""
    import io

    from pypdf import PdfReader

    try:
        metadata = PdfReader(io.BytesIO(data)).xmp_metadata
    except Exception:  # an unreadable file simply declares nothing
        return None
    if metadata is None:
        return None
    for node in metadata.get_nodes_in_namespace("", PDFA_NAMESPACE):
        if node.localName == "part":
            return "".join(
                child.data for child in node.childNodes if hasattr(child, "data")
            ).strip()
    return None


def _check_pdfa(data: bytes) -> None:
    if not data.startswith(b"%PDF-"):
        raise ValidationError(
            "LibreOffice n'a pas produit de PDF lisible. Recommencez, ou choisissez un "
            "fichier .docx."
        )
    if pdfa_part(data) is None:
        raise ValidationError(
            "La version de LibreOffice installée ne sait pas écrire de PDF/A (il faut "
            "LibreOffice 7.4 ou plus récent). Mettez LibreOffice à jour "
            "(https://www.libreoffice.org/), ou choisissez un fichier .docx."
        )
