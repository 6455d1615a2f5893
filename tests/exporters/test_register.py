"""The annual register of deliberations: order, grouping, contents, closing, footer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from irev_desktop.cli import main
from irev_desktop.domain.french import format_date_long
from irev_desktop.exporters.register import INITIALS
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.generator import generate_archive
from irev_desktop.services.facade import Services
from irev_desktop.services.register import RegisterService

from .docx_helpers import all_text, part_xml, plain

YEAR = 2025  # the archive generator's last year: signed, adopted and draft minutes


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Path]]:
    folder = tmp_path_factory.mktemp("register")
    with Services.open(AppPaths(folder / "irev.sqlite"), write=True) as services:
        generate_archive(services.store, years=1, last_year=YEAR)
        yield services, folder


@pytest.fixture(scope="module")
def register(archive: tuple[Services, Path]) -> tuple[Services, Path, list[str], int]:
    """The AG's register of the year, and the numbers of its deliberations."""
    services, folder = archive
    body = RegisterService(services.store).body_by_short_name("ag")
    numbers = [
        d.number
        for m in services.meetings.meetings(body_id=body.id, year=YEAR)
        if m.status.value.startswith("minutes") or m.status.value == "held"
        for d in services.meetings.meeting(m.id).deliberations
    ]
    steps: list[tuple[int, int]] = []
    path = services.export.register(
        body.id, YEAR, folder / "registre.docx", progress=lambda d, t: steps.append((d, t))
    )
    assert steps and steps[-1][0] == steps[-1][1]
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    return services, path, numbers, body.id


def _key(number: str) -> list[int]:
    return [int(part) for part in re.findall(r"\d+", number)]


def headings(path: Path) -> list[str]:
    return [
        plain(p.text)
        for p in docx.Document(str(path)).paragraphs
        if plain(p.text).startswith(("Délibération n° ", "Séance du "))
        and p.style is not None
        and p.style.name.lower().startswith(("heading", "titre"))
    ]


def test_every_deliberation_once_in_number_order(
    register: tuple[Services, Path, list[str], int],
) -> None:
    _, path, numbers, _ = register
    found = [h.split(" ")[2] for h in headings(path) if h.startswith("Délibération")]
    assert len(numbers) > 5
    assert found == sorted(numbers, key=_key)


def test_grouped_by_meeting_with_date_chair_and_quorum(
    register: tuple[Services, Path, list[str], int],
) -> None:
    services, path, _, body_id = register
    heads = headings(path)
    meetings = [h for h in heads if h.startswith("Séance du ")]
    with_deliberations = [
        m
        for m in services.meetings.meetings(body_id=body_id, year=YEAR)
        if services.meetings.meeting(m.id).deliberations
    ]
    assert len(meetings) == len(with_deliberations) > 1
    # One heading per meeting, in date order (the numbers follow the dates here).
    dates = sorted(m.date for m in with_deliberations)
    assert meetings == [f"Séance du {plain(format_date_long(d))}" for d in dates]
    text = all_text(docx.Document(str(path)))
    assert text.count("Présidence :") == len(meetings)
    assert text.count("Quorum ") >= len([h for h in heads if h.startswith("Délibération")])
    assert "Ne prend pas part au vote" in text and "Mise aux voix, la délibération est" in text


def test_drafts_are_marked(register: tuple[Services, Path, list[str], int]) -> None:
    _, path, _, _ = register
    text = all_text(docx.Document(str(path)))
    assert "(procès-verbal non encore approuvé)" in text
    assert "Procès-verbal non encore approuvé." in text
    assert "approuvé le " in text  # and the adopted or signed ones say when


def test_contents_refer_to_bookmarked_headings(
    register: tuple[Services, Path, list[str], int],
) -> None:
    _, path, numbers, _ = register
    xml = part_xml(path, "word/document.xml")
    refs = re.findall(r"PAGEREF (\S+) \\h", xml)
    marks = re.findall(r'w:bookmarkStart w:id="\d+" w:name="([^"]+)"', xml)
    assert len(refs) == len(numbers) and set(refs) == set(marks)


def test_closing_statement(register: tuple[Services, Path, list[str], int]) -> None:
    _, path, numbers, _ = register
    ordered = sorted(numbers, key=_key)
    text = all_text(docx.Document(str(path)))
    assert (
        f"Le présent registre contient {len(numbers)} délibérations, numérotées de "
        f"{ordered[0]} à {ordered[-1]}." in text
    )
    assert "Clos à " in text or "Clos le " in text
    last = docx.Document(str(path)).tables[-1]
    assert "président" in last.rows[0].cells[1].text


def test_footer_has_page_x_of_y_and_room_for_initials(
    register: tuple[Services, Path, list[str], int],
) -> None:
    _, path, _, _ = register
    footer = docx.Document(str(path)).sections[0].footer._element.xml
    assert INITIALS in plain(footer)
    assert " PAGE " in footer and " NUMPAGES " in footer


def test_closing_sentence_of_the_demo(demo: Services, tmp_path: Path) -> None:
    path = demo.export.register(1, 2021, tmp_path / "ag.docx")
    text = all_text(docx.Document(str(path)))
    assert "Le présent registre contient 2 délibérations, numérotées de 2021-01 à 2021-02." in text


def test_on_a_letterhead(demo: Services, tmp_path: Path) -> None:
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "EN-TÊTE DE L'ORGANISATION"
    letterhead.add_paragraph("ancien contenu")
    letterhead.save(str(tmp_path / "entete.docx"))
    path = demo.export.register(1, 2021, tmp_path / "ag.docx", template=tmp_path / "entete.docx")
    document = docx.Document(str(path))
    assert "ancien contenu" not in all_text(document)
    assert "EN-TÊTE DE L'ORGANISATION" in document.sections[0].header.paragraphs[0].text
    assert "2021-02" in all_text(document)


# The command line -------------------------------------------------------------------------
@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "donnees" / "irev.sqlite")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    return db


def test_cli_writes_the_register(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "registre.docx"
    code = main(
        ["--db", demo_db, "register", "--body", "ag", "--year", "2021", "--output", str(target)]
    )
    out = capsys.readouterr().out
    assert code == 0 and out.count("\n") == 1
    assert out.startswith("Registre des délibérations écrit : ") and "AG, année 2021" in out
    assert "2021-01" in all_text(docx.Document(str(target)))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--body", "XX", "--year", "2021"],
            "Aucune instance ne porte le sigle « XX » (instances : AG, CA).",
        ),
        (
            ["--body", "CA", "--year", "2021"],
            "L'instance CA n'a aucune délibération en 2021 : il n'y a pas de registre des "
            "délibérations à établir.",
        ),
    ],
)
def test_cli_errors_in_french(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    target = tmp_path / "registre.docx"
    code = main(["--db", demo_db, "register", *args, "--output", str(target)])
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"irev-desktop : {message}\n"
    assert not target.exists()


def test_cli_year_must_be_a_number(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", demo_db, "register", "--body", "AG", "--year", "deux", "--output", "r.docx"])
    assert exit_.value.code == 2
    assert "« deux » n'est pas un nombre entier" in capsys.readouterr().err
