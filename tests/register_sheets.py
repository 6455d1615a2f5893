"""Spreadsheets the tests of the register import write themselves (openpyxl, csv), with
the IREV's real members (those of the example, irev_desktop.sample_data.demo)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from irev_desktop.model.register_import import COLUMNS

TITLES = [column.title for column in COLUMNS]
KEYS = [column.key for column in COLUMNS]
START = dt.date(2019, 1, 1)


def row(**values: object) -> list[object]:
    """One row in the template's column order, from keyword values (keys of COLUMNS)."""
    unknown = set(values) - set(KEYS)
    assert not unknown, unknown
    return [values.get(key, "") for key in KEYS]


# The IREV (the example's members and four of its people), in the template's columns.
IREV_ROWS: list[list[object]] = [
    row(
        member="Région Hauts-de-France",
        college="Collectivités",
        rights=40,
        civility="Mme",
        first_name="Milouda",
        last_name="Ala",
        function_title="conseillère régionale Hauts-de-France",
        body="AG",
        role="présidente",
        representation="titulaire",
        start="01/01/2019",
    ),
    row(
        member="État",
        college="État",
        rights=40,
        civility="M.",
        first_name="Laurent",
        last_name="Buchaillat",
        function_title="Secrétaire général aux Affaires régionales",
        body="AG",
        role="vice-président",
        representation="titulaire",
        start="01/01/2019",
    ),
    row(
        member="Département du Nord",
        college="Collectivités",
        rights=10,
        civility="Mme",
        first_name="Hélène",
        last_name="Roussel",
        function_title="conseillère départementale du Nord",
        body="AG",
        role="trésorière",
        representation="titulaire",
        start="01/01/2019",
    ),
    row(
        member="Département du Pas-de-Calais",
        college="Collectivités",
        rights=10,
        civility="M.",
        first_name="Didier",
        last_name="Caron",
        function_title="conseiller départemental du Pas-de-Calais",
        body="AG",
        role="membre",
        representation="titulaire",
        start="01/01/2019",
    ),
]


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    headers: Sequence[object] | None = None,
    *,
    sheet: str = "Registre",
    before: Sequence[Sequence[object]] = (),
    first_sheet: str | None = None,
) -> Path:
    """A workbook: ``before`` rows (a title above the header), the header, the rows. A
    ``first_sheet`` comes before the data sheet (the template's order is the reverse)."""
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    data = book.active
    data.title = sheet
    if first_sheet is not None:
        book.move_sheet(book.create_sheet(first_sheet), offset=-1)
        book[first_sheet].append(["Colonne", "Contenu"])
        book[first_sheet].append(["Membre", "l'organisation membre"])
    for line in before:
        data.append(list(line))
    data.append(list(TITLES if headers is None else headers))
    for line in rows:
        data.append(list(line))
    book.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    headers: Sequence[object] | None = None,
    *,
    separator: str = ";",
    encoding: str = "utf-8-sig",
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(list(TITLES if headers is None else headers))
    for line in rows:
        writer.writerow(["" if value is None else value for value in line])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def set_cached_value(path: Path, formula: str, value: str) -> None:
    """Give a formula cell the value Excel would have computed and saved with it
    (openpyxl writes formulas without one)."""
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    text = entries[sheet].decode("utf-8")
    before = f"<f>{formula}</f><v></v>"
    assert before in text, text
    entries[sheet] = text.replace(before, f"<f>{formula}</f><v>{value}</v>").encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries.items():
            target.writestr(name, data)
