"""Read a spreadsheet into rows of cells: an Excel workbook (.xlsx, through openpyxl, read
only, computed values only) or a CSV file (UTF-8 with or without BOM, UTF-16 as Excel's
« texte Unicode », or Windows-1252 as a French Excel saves it; « ; », « , » or tab).

Nothing here knows what the columns mean: the header row is found (the first row that
names at least two known columns) and each data row is given with its number as the
spreadsheet shows it. A file that cannot be read is refused with :class:`FileRefused`,
its message in French.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

from irev_desktop.domain.french import format_number_fr
from irev_desktop.services.register_import.vocabulary import column_of, fold

MAX_XLSX_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a "zip bomb" is refused before openpyxl sees it
MAX_CSV_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000  # rows of data; a GIP's register has a few hundred at most
MAX_COLUMNS = 60
HEADER_SEARCH_ROWS = 10  # the header is among the first rows that are not blank
BLANK_RUN_END = 1000  # so many blank rows in a row: the data has ended
PROGRESS_EVERY = 200

SHEET_NAMES = ("registre", "membres", "mandats")  # the data sheet, as the template names it

Progress: TypeAlias = Callable[[int, int], None]


class FormulaWithoutValue:
    """A formula cell the workbook holds no computed value for (written by a program
    that does not compute formulas): only Excel or LibreOffice can give its value."""

    def __init__(self, formula: str) -> None:
        self.formula = formula

    def __repr__(self) -> str:
        return f"FormulaWithoutValue({self.formula!r})"


Cell: TypeAlias = (
    str | int | float | bool | dt.datetime | dt.date | dt.time | FormulaWithoutValue | None
)


class FileRefused(Exception):
    """The file cannot be read as a spreadsheet; ``message`` says why, in French."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class RawTable:
    kind: str  # "xlsx" or "csv"
    headers: list[str]  # the header row's titles, as written
    header_line: int
    rows: list[tuple[int, list[Cell]]]  # (row number, cells aligned with headers)
    sheet: str = ""
    encoding: str = ""
    separator: str = ""
    notes: list[str] = field(default_factory=list)


def read_table(path: Path, progress: Progress | None = None) -> RawTable:
    """The rows of the spreadsheet at ``path``; ``FileRefused`` if it is not one."""
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise FileRefused(
            f"Le fichier « {name} » ne peut pas être lu ({error.strerror or error})."
        ) from None
    if size == 0:
        raise FileRefused(f"Le fichier « {name} » est vide.")
    suffix = path.suffix.casefold()
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        table = _read_xlsx(path, size, progress)
        if suffix not in (".xlsx", ".xlsm", ".xltx", ".xltm"):
            table.notes.append(f"« {name} » est un classeur Excel : il a été lu comme tel.")
        return table
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRefused(
            f"Le fichier « {name} » est au format Excel 97-2003 (.xls) ou Word (.doc), "
            "que le programme ne lit pas : enregistrez-le au format .xlsx ou .csv."
        )
    if suffix in (".xlsx", ".xlsm", ".xltx", ".xltm"):
        raise FileRefused(
            f"Le fichier « {name} » n'est pas un classeur Excel lisible "
            "(ce n'est pas un fichier .xlsx)."
        )
    if head.startswith(b"%PDF") or suffix in (".ods", ".numbers", ".docx", ".doc", ".pdf"):
        raise FileRefused(
            f"Le fichier « {name} » n'est pas un tableur que le programme lit : "
            "enregistrez-le au format .xlsx ou .csv."
        )
    return _read_csv(path, size, progress)


# Excel ----------------------------------------------------------------------------------


def _not_a_workbook(name: str, why: str = "") -> FileRefused:
    detail = f" ({why})" if why else ""
    return FileRefused(f"Le fichier « {name} » n'est pas un classeur Excel lisible{detail}.")


def _read_xlsx(path: Path, size: int, progress: Progress | None) -> RawTable:
    name = path.name
    if size > MAX_XLSX_BYTES:
        raise FileRefused(
            f"Le fichier « {name} » est trop volumineux ({_megabytes(size)} Mo ; "
            f"{_megabytes(MAX_XLSX_BYTES)} Mo au plus)."
        )
    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = {info.filename: info for info in archive.infolist()}
            if sum(info.file_size for info in entries.values()) > MAX_UNZIPPED_BYTES:
                raise FileRefused(
                    f"Le fichier « {name} » est trop volumineux une fois décompressé."
                )
            if "xl/workbook.xml" not in entries:
                if "word/document.xml" in entries:
                    raise _not_a_workbook(name, "c'est un document Word")
                if "ppt/presentation.xml" in entries:
                    raise _not_a_workbook(name, "c'est une présentation PowerPoint")
                if "content.xml" in entries:
                    raise FileRefused(
                        f"Le fichier « {name} » est un classeur OpenDocument (.ods) : "
                        "enregistrez-le au format .xlsx ou .csv."
                    )
                raise _not_a_workbook(name, "ce n'est pas un fichier .xlsx")
            if archive.testzip() is not None:
                raise _not_a_workbook(name, "le fichier est endommagé")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise _not_a_workbook(name, "le fichier est endommagé") from None
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        # Computed values, and beside them the formulas, to name a formula that has no
        # computed value instead of taking it for an empty cell.
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises what its parsers raise on a bad file
        raise _not_a_workbook(name, _reason(error)) from None
    try:
        sheets = values.worksheets
        if not sheets:
            raise _not_a_workbook(name, "il n'a aucune feuille de calcul")
        index = _data_sheet([sheet.title for sheet in sheets])
        sheet = sheets[index]
        formula_sheet = formulas.worksheets[index]
        try:
            rows = _xlsx_rows(
                sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS),
                formula_sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS),
            )
            table = _table("xlsx", name, rows, progress)
        except FileRefused:
            raise
        except Exception as error:  # a sheet's XML broken past its first bytes
            raise _not_a_workbook(name, _reason(error)) from None
        table.sheet = sheet.title
        return table
    finally:
        values.close()
        formulas.close()


def _reason(error: Exception) -> str:
    return "le fichier est endommagé" if str(error) else ""


def _data_sheet(titles: list[str]) -> int:
    """The sheet named as the template names it, else the first that is not the
    instructions, else the first."""
    folded = [fold(title) for title in titles]
    for wanted in SHEET_NAMES:
        if wanted in folded:
            return folded.index(wanted)
    for index, title in enumerate(folded):
        if title != "instructions":
            return index
    return 0


def _xlsx_rows(
    values: Iterable[tuple[object, ...]], formulas: Iterable[tuple[object, ...]]
) -> Iterator[list[Cell]]:
    for value_row, formula_row in zip(values, formulas, strict=False):
        cells: list[Cell] = []
        for value, formula in zip(value_row, formula_row, strict=False):
            if value is None and isinstance(formula, str) and formula.startswith("="):
                cells.append(FormulaWithoutValue(formula))
            else:
                cells.append(_xlsx_value(value))
        yield cells


def _xlsx_value(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool | dt.date | dt.time):
        return value  # a datetime is a date
    return str(value)  # a timedelta, an array formula's value…


# CSV ------------------------------------------------------------------------------------


def _read_csv(path: Path, size: int, progress: Progress | None) -> RawTable:
    name = path.name
    if size > MAX_CSV_BYTES:
        raise FileRefused(
            f"Le fichier « {name} » est trop volumineux ({_megabytes(size)} Mo ; "
            f"{_megabytes(MAX_CSV_BYTES)} Mo au plus pour un fichier CSV)."
        )
    data = path.read_bytes()
    text, encoding = _decode(data)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n")
    if controls > max(8, len(text) // 50):
        raise FileRefused(
            f"Le fichier « {name} » n'est pas un tableur : ni un classeur Excel (.xlsx), "
            "ni un fichier texte CSV."
        )
    text = text.replace("\x00", "")
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False)
    rows = (row[:MAX_COLUMNS] for row in reader)
    try:
        table = _table("csv", name, rows, progress)
    except csv.Error:
        raise FileRefused(
            f"Le fichier « {name} » n'est pas un fichier CSV lisible "
            "(une cellule est trop longue ou des guillemets ne sont pas fermés)."
        ) from None
    table.encoding = encoding
    table.separator = separator
    return table


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 avec BOM"
        except UnicodeDecodeError:
            return data[3:].decode("cp1252", errors="replace"), "Windows-1252"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1"


def _separator(text: str) -> str:
    """The separator of the first line that is not blank: the most frequent of « ; »,
    tab and « , » outside quotes (« ; » on a tie, as a French Excel writes)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {";": 0, "\t": 0, ",": 0}
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return max(counts, key=lambda s: counts[s])  # dict order breaks ties: « ; » first


# Both -------------------------------------------------------------------------------


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(
    kind: str,
    name: str,
    rows: Iterable[list[Cell]] | Iterable[list[str]],
    progress: Progress | None,
) -> RawTable:
    iterator: Iterator[list[Cell] | list[str]] = iter(rows)
    headers: list[str] | None = None
    header_line = 0
    seen_filled = 0
    data: list[tuple[int, list[Cell]]] = []
    blank_run = 0
    line = 0
    for line, raw in enumerate(iterator, start=1):
        cells: list[Cell] = list(raw)
        if all(_blank(c) for c in cells):
            blank_run += 1
            if blank_run >= BLANK_RUN_END and headers is not None:
                break
            continue
        blank_run = 0
        if headers is None:
            seen_filled += 1
            titles = [_title(c) for c in cells]
            if sum(1 for t in titles if column_of(t)) >= 2:
                headers, header_line = titles, line
            elif seen_filled >= HEADER_SEARCH_ROWS:
                break
            continue
        if len(data) >= MAX_ROWS:
            raise FileRefused(
                f"Le fichier « {name} » compte plus de {format_number_fr(MAX_ROWS)} lignes : "
                "importez-le en plusieurs fois."
            )
        width = len(headers)
        data.append((line, (cells + [None] * width)[:width]))
        if progress is not None and len(data) % PROGRESS_EVERY == 0:
            progress(len(data), 0)
    if headers is None:
        if seen_filled == 0:
            raise FileRefused(f"Le fichier « {name} » est vide.")
        raise FileRefused(
            f"Le fichier « {name} » n'a pas de ligne de titres reconnue : la première ligne "
            "doit nommer les colonnes (Membre, Droits statutaires, Prénom, Nom, Instance, "
            "Rôle, Début du mandat…), comme le modèle."
        )
    return RawTable(kind=kind, headers=headers, header_line=header_line, rows=data)


def _title(cell: Cell) -> str:
    return cell.strip() if isinstance(cell, str) else "" if cell is None else str(cell)


def _megabytes(size: int) -> str:
    return format_number_fr(round(size / (1024 * 1024), 1))
