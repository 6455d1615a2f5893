"""The convocation e-mail drafts (.eml), read back with the ``email`` package."""

from __future__ import annotations

import datetime as dt
import email
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import docx
import pytest
from icalendar import Calendar

from irev_desktop.cli import main
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters.names import member_file_name
from irev_desktop.model.convocation import usable_address
from irev_desktop.paths import DB_ENV_VAR, AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.services.pdf import INSTALL_LIBREOFFICE, PdfConverter

from .convocation_helpers import give_addresses, main_meeting_id, new_meeting

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
SUBJECT = "Convocation — Assemblée générale du lundi 8 mars 2021"
STEM = "2021-03-08 AG IREV - convocation - "
FORBIDDEN = set('<>:"/\\|?*')


def read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def body_text(message: EmailMessage) -> str:
    """The text of the message (quoted-printable keeps the CRLF of a message file)."""
    body = message.get_body(preferencelist=("plain",))
    assert isinstance(body, EmailMessage)
    assert body.get_content_charset() == "utf-8"
    text = body.get_content()
    assert isinstance(text, str)
    return text.replace("\r\n", "\n")


def drafts(folder: Path) -> dict[str, Path]:
    return {p.name.removeprefix(STEM).removesuffix(".eml"): p for p in folder.glob("*.eml")}


def attachments(message: EmailMessage) -> dict[str, tuple[str, bytes]]:
    found = {}
    for part in message.iter_attachments():
        assert isinstance(part, EmailMessage)
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        found[str(part.get_filename())] = (part.get_content_type(), payload)
    return found


def docx_text(data: bytes) -> str:
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_one_draft_per_member_to_the_titular_copied_to_the_deputy(
    demo: Services, out: Path
) -> None:
    addresses = give_addresses(demo, without=["Didier Caron"])
    meeting_id = main_meeting_id(demo)
    report = demo.convocations.write_drafts(meeting_id, out)
    files = drafts(out)
    # Four members reached (the chair convenes, she is not convened); Pas-de-Calais has
    # no address and is listed, not skipped.
    assert sorted(files) == [
        "Département du Nord",
        "Région Hauts-de-France",
        "Sophie Marchand",
        "État",
    ]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{STEM}{n}.eml" for n in files)
    assert [d.label for d in report.unreachable] == ["Département du Pas-de-Calais"]
    assert [c.name for c in report.unreachable[0].unreachable] == ["Didier Caron"]
    assert {w.path for w in report.written} == set(files.values())

    nord = read(files["Département du Nord"])
    assert nord["Subject"] == SUBJECT
    assert nord["X-Unsent"] == "1"
    assert nord["From"].addresses[0].addr_spec == addresses["Anne Delmotte"]
    assert [a.addr_spec for a in nord["To"].addresses] == [addresses["Hélène Roussel"]]
    assert nord["To"].addresses[0].display_name == "Hélène Roussel"
    assert [a.addr_spec for a in nord["Cc"].addresses] == [addresses["Karim Benali"]]
    assert "Date" not in nord and "Message-ID" not in nord  # the mail program gives them
    # The headers are ASCII (encoded words), the accents come back whole.
    raw = files["Département du Nord"].read_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    text = body_text(nord)
    assert text.startswith("Madame,\n\nJe vous prie de trouver ci-joint la convocation à la séance")
    assert "qui se tiendra le lundi 8 mars 2021 à 10 h 00 en visioconférence." in text
    assert "\nOrdre du jour :\n1. Approbation du procès-verbal" in text
    assert "\n3. Bilan d'activité 2020 du centre de ressources" in text
    assert "formulaire de pouvoir" in text and "nul ne peut détenir plus d'un pouvoir" in text
    assert "En copie : M. Karim Benali (membre suppléant)." in text
    assert text.rstrip().endswith(
        "La présidente,\nMme Milouda Ala\n"
        "IREV — Centre de ressources Politique de la ville Hauts-de-France"
    )

    parts = attachments(nord)
    letter_name = f"{STEM}Département du Nord.docx"
    invitation_name = "2021-03-08 AG IREV - invitation.ics"
    assert sorted(parts) == sorted([letter_name, invitation_name])
    kind, letter = parts[letter_name]
    assert kind == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    letters = docx_text(letter)
    # The member's two people, each with a letter at their name and a proxy form.
    assert "Madame Hélène Roussel" in letters and "Monsieur Karim Benali" in letters
    assert letters.count("Objet :") == 2 and letters.count("\nPouvoir\n") == 2
    assert "Je soussignée Mme Hélène Roussel (Département du Nord)" in letters
    assert "Laurent Buchaillat\nVice-président" not in letters  # not another member's
    kind, invitation = parts[invitation_name]
    assert kind == "text/calendar"
    calendar_part = next(p for p in nord.iter_attachments() if p.get_filename() == invitation_name)
    assert calendar_part.get_param("method") == "REQUEST"
    event = Calendar.from_ical(invitation).walk("VEVENT")[0]
    assert str(event["uid"]) == f"irev-seance-{meeting_id}@irev-desktop"

    state = read(files["État"])
    assert sorted(a.addr_spec for a in state["To"].addresses) == sorted(
        [addresses["Laurent Buchaillat"], addresses["Thomas Girard"]]
    )
    assert "Cc" not in state
    state_text = body_text(state)
    assert state_text.startswith("Madame, Monsieur,\n")  # two people
    # The commissaire du Gouvernement is convened, and gives no proxy.
    commissioner = read(files["Sophie Marchand"])
    commissioner_text = body_text(commissioner)
    assert "pouvoir" not in commissioner_text
    commissioner_letter = docx_text(attachments(commissioner)[f"{STEM}Sophie Marchand.docx"][1])
    assert "Madame Sophie Marchand" in commissioner_letter
    assert "\nPouvoir\n" not in commissioner_letter


def test_a_titular_without_address_leaves_the_draft_to_the_deputy(
    demo: Services, out: Path
) -> None:
    addresses = give_addresses(demo, without=["Hélène Roussel"])
    report = demo.convocations.write_drafts(main_meeting_id(demo), out)
    nord = next(w for w in report.written if w.draft.label == "Département du Nord")
    message = read(nord.path)
    assert [a.addr_spec for a in message["To"].addresses] == [addresses["Karim Benali"]]
    assert "Cc" not in message
    assert [c.name for c in nord.draft.unreachable] == ["Hélène Roussel"]
    assert report.unreachable == ()


def test_without_any_address_nothing_is_written_and_everyone_is_named(
    demo: Services, out: Path
) -> None:
    with pytest.raises(ValidationError) as raised:
        demo.convocations.write_drafts(main_meeting_id(demo), out)
    assert str(raised.value) == (
        "Aucun membre convoqué n'a d'adresse électronique dans le registre : aucun brouillon "
        "n'a été écrit (Département du Nord, Département du Pas-de-Calais, État, Région "
        "Hauts-de-France, Sophie Marchand). Ajoutez les adresses aux fiches des "
        "personnes."
    )
    assert list(out.iterdir()) == []


def test_an_address_that_is_not_one_counts_as_none(demo: Services, out: Path) -> None:
    give_addresses(demo)
    caron = next(p for p in demo.registry.people() if p.full_name == "Didier Caron")
    demo.registry.update_person(
        caron.id,
        first_name=caron.first_name,
        last_name=caron.last_name,
        civility=caron.civility,
        email="didier.caron@example.org; secretariat@example.org",
        function_title=caron.function_title,
    )
    plan = demo.convocations.plan(main_meeting_id(demo))
    assert [d.label for d in plan.unreachable] == ["Département du Pas-de-Calais"]
    assert usable_address(" a.b@mairie-évreux.fr ") == "a.b@xn--mairie-vreux-heb.fr"
    assert usable_address("hélène@example.org") == ""
    assert usable_address("Jean <jean@example.org>") == ""


def test_a_meeting_without_agenda_says_so(demo: Services, out: Path) -> None:
    give_addresses(demo)
    meeting_id = new_meeting(demo, dt.date(2031, 6, 5))
    report = demo.convocations.write_drafts(meeting_id, out)
    message = read(report.written[0].path)
    text = body_text(message)
    assert "\nOrdre du jour :\nAucun point n'est inscrit à l'ordre du jour.\n" in text
    assert message["Subject"] == "Convocation — Assemblée générale du jeudi 5 juin 2031"


def test_a_name_taken_gets_2_and_nothing_is_overwritten(demo: Services, out: Path) -> None:
    give_addresses(demo)
    meeting_id = main_meeting_id(demo)
    first = demo.convocations.write_drafts(meeting_id, out)
    before = {w.path: w.path.read_bytes() for w in first.written}
    second = demo.convocations.write_drafts(meeting_id, out)
    assert {w.path.name for w in second.written} == {
        w.path.name.replace(".eml", " (2).eml") for w in first.written
    }
    assert all(path.read_bytes() == data for path, data in before.items())


def test_file_names_are_safe_on_windows(demo: Services) -> None:
    meeting = demo.meetings.meeting(main_meeting_id(demo))
    name = member_file_name(meeting, 'Métropole <Lille>: "MEL" / Nord?*|\\ ..', ".eml")
    assert not FORBIDDEN & set(name)
    assert name == "2021-03-08 AG IREV - convocation - Métropole Lille MEL Nord.eml"
    long = member_file_name(meeting, "é" * 300, ".eml")
    assert len(long.encode("utf-8")) <= 210 and long.endswith(".eml")


def test_the_folder_must_exist(demo: Services, tmp_path: Path) -> None:
    give_addresses(demo)
    with pytest.raises(ValidationError, match="n'existe pas"):
        demo.convocations.write_drafts(main_meeting_id(demo), tmp_path / "absent")


def test_without_libreoffice_pdf_is_refused_and_nothing_written(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    give_addresses(demo)
    empty = tmp_path / "vide"
    empty.mkdir()
    demo.export.pdf_converter = PdfConverter(search_path=str(empty), folders=[])
    assert demo.convocations.pdf_available() is False
    with pytest.raises(ValidationError) as raised:
        demo.convocations.write_drafts(main_meeting_id(demo), out, pdf=True)
    assert str(raised.value) == INSTALL_LIBREOFFICE
    assert list(out.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_the_convocations_attached_as_pdf(demo: Services, out: Path) -> None:
    from pypdf import PdfReader

    give_addresses(demo)
    assert demo.convocations.pdf_available()
    steps: list[tuple[int, int]] = []
    report = demo.convocations.write_drafts(
        main_meeting_id(demo), out, pdf=True, progress=lambda d, t: steps.append((d, t))
    )
    assert report.pdf and len(report.written) == 5
    assert steps[-1] == (11, 11) and [d for d, _ in steps] == sorted(d for d, _ in steps)
    nord = next(w for w in report.written if w.draft.label == "Département du Nord")
    parts = attachments(read(nord.path))
    kind, data = parts[f"{STEM}Département du Nord.pdf"]
    assert kind == "application/pdf" and data.startswith(b"%PDF-")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Hélène Roussel" in text and "Karim Benali" in text


# Recording the date the convocation was sent --------------------------------------------


def test_marking_sent_records_today_on_a_planned_meeting(demo: Services, out: Path) -> None:
    give_addresses(demo)
    meeting_id = new_meeting(demo, dt.date(2031, 6, 5))
    today = dt.date(2031, 5, 14)
    assert demo.convocations.can_mark_sent(meeting_id, today)
    report = demo.convocations.write_drafts(meeting_id, out, mark_sent=True, today=today)
    assert report.marked and report.convened_on == today and report.mark_error is None
    meeting = demo.meetings.meeting(meeting_id)
    assert meeting.convened_on == today
    assert meeting.status is MeetingStatus.CONVENED
    assert not demo.convocations.can_mark_sent(meeting_id, today)
    again = demo.convocations.write_drafts(
        meeting_id, out, mark_sent=True, today=dt.date(2031, 5, 20)
    )
    assert not again.marked and again.convened_on == today  # the first date is kept


def test_marking_sent_on_a_convened_meeting_keeps_its_status(demo: Services, out: Path) -> None:
    give_addresses(demo)
    meeting_id = new_meeting(demo, dt.date(2031, 6, 5))
    demo.meetings.change_status(meeting_id, MeetingStatus.CONVENED)  # no date given
    report = demo.convocations.write_drafts(
        meeting_id, out, mark_sent=True, today=dt.date(2031, 6, 1)
    )
    assert report.marked
    meeting = demo.meetings.meeting(meeting_id)
    assert meeting.convened_on == dt.date(2031, 6, 1)
    assert meeting.status is MeetingStatus.CONVENED


def test_a_past_meeting_cannot_be_marked_and_nothing_is_written(demo: Services, out: Path) -> None:
    give_addresses(demo)
    meeting_id = new_meeting(demo, dt.date(2031, 6, 5))
    with pytest.raises(ValidationError, match="ne peut être postérieure à la séance"):
        demo.convocations.write_drafts(meeting_id, out, mark_sent=True, today=dt.date(2031, 6, 6))
    assert list(out.iterdir()) == []
    assert demo.meetings.meeting(meeting_id).convened_on is None


def test_an_existing_convocation_date_is_kept(demo: Services, out: Path) -> None:
    give_addresses(demo)
    report = demo.convocations.write_drafts(
        main_meeting_id(demo), out, mark_sent=True, today=dt.date(2021, 3, 1)
    )
    assert not report.marked and report.convened_on == dt.date(2021, 2, 16)


# The command line ---------------------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[str, str]:
    db = tmp_path / "donnees" / "irev.sqlite"
    with Services.open(AppPaths(db=db), write=True) as services:
        from irev_desktop.sample_data.demo import load_demo

        load_demo(services)
        give_addresses(services, without=["Didier Caron"])
        meeting_id = main_meeting_id(services)
    return str(db), str(meeting_id)


def test_the_command_writes_the_drafts_and_lists_who_has_no_address(
    demo_db: tuple[str, str], out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    code = main(["--db", db, "convocation-mails", meeting, "--folder", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = captured.out.splitlines()
    assert lines[0] == (
        f"4 brouillons de courriel écrits dans {out} (séance du lundi 8 mars 2021, "
        "convocations en Word) :"
    )
    assert (
        f"  {STEM}Département du Nord.eml — à : Hélène Roussel <helene.roussel@example.org>"
        " ; copie : Karim Benali <karim.benali@example.org>" in lines
    )
    assert "Sans adresse électronique, aucun brouillon (à convoquer autrement) :" in lines
    assert "  Département du Pas-de-Calais (M. Didier Caron)" in lines
    assert lines[-1] == "Date de convocation de la séance : mardi 16 février 2021."
    assert len(list(out.glob("*.eml"))) == 4


def test_the_command_speaks_json(
    demo_db: tuple[str, str], out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    code = main(["--db", db, "convocation-mails", meeting, "--folder", str(out), "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    assert data["folder"] == str(out) and data["format"] == "docx"
    # Members in alphabetical order (« État » among the E), people without one last.
    assert [d["member"] for d in data["drafts"]] == [
        "Département du Nord",
        "État",
        "Région Hauts-de-France",
        "Sophie Marchand",
    ]
    nord = data["drafts"][0]
    assert nord["to"] == [
        {"name": "Hélène Roussel", "email": "helene.roussel@example.org", "quality": "trésorière"}
    ]
    assert nord["cc"][0]["email"] == "karim.benali@example.org"
    assert nord["subject"] == SUBJECT
    assert nord["attachments"] == [
        f"{STEM}Département du Nord.docx",
        "2021-03-08 AG IREV - invitation.ics",
    ]
    assert all(Path(d["file"]).is_file() for d in data["drafts"])
    assert data["without_email"] == [
        {"member": "Département du Pas-de-Calais", "people": ["Didier Caron"]}
    ]
    assert data["convened_on"] == "2021-02-16"
    assert data["convened_on_recorded"] is False and data["convened_on_error"] is None


def test_the_command_marks_a_future_meeting_sent(
    demo_db: tuple[str, str], out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = demo_db
    day = dt.date.today() + dt.timedelta(days=30)
    with Services.open(AppPaths(db=Path(db)), write=True) as services:
        meeting_id = new_meeting(services, day)
    args = ["--db", db, "convocation-mails", str(meeting_id), "--folder", str(out), "--json"]
    code = main([*args, "--mark-sent"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    assert data["convened_on"] == dt.date.today().isoformat()
    assert data["convened_on_recorded"] is True
    with Services.open(AppPaths(db=Path(db)), write=False) as services:
        meeting = services.meetings.meeting(meeting_id)
        assert meeting.convened_on == dt.date.today()
        assert meeting.status is MeetingStatus.CONVENED


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--folder", "/nonexistent/brouillons"],
            "Le dossier « /nonexistent/brouillons » n'existe pas.",
        ),
        (["--folder", "{out}", "--mark-sent"], "La date de convocation ("),
    ],
)
def test_the_command_refuses_in_one_french_line(
    demo_db: tuple[str, str],
    out: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    db, meeting = demo_db
    # The meeting of 8 March 2021 has a date already: a fresh past one cannot be marked.
    with Services.open(AppPaths(db=Path(db)), write=True) as services:
        past = new_meeting(services, dt.date(2021, 6, 1))
    args = [a.replace("{out}", str(out)) for a in extra]
    code = main(["--db", db, "convocation-mails", str(past), *args])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.startswith(f"irev-desktop : {message}")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert list(out.iterdir()) == []
    with Services.open(AppPaths(db=Path(db)), write=False) as services:
        assert services.meetings.meeting(past).convened_on is None
        assert services.meetings.meeting(int(meeting)).convened_on == dt.date(2021, 2, 16)


# A folder the user may not write to (as the user nobody: root writes anywhere) ----------

NOBODY = 65534
can_switch_user = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to run as another user",
)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the user nobody can enter (pytest's own tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="irev-courriels-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


@can_switch_user
def test_a_folder_that_cannot_be_written_is_a_clear_error(shared_dir: Path) -> None:
    data = shared_dir / "donnees"
    data.mkdir()
    db = data / "irev.sqlite"
    with Services.open(AppPaths(db=db), write=True) as services:
        from irev_desktop.sample_data.demo import load_demo

        load_demo(services)
        give_addresses(services)
        meeting_id = main_meeting_id(services)
    data.chmod(0o777)
    db.chmod(0o644)
    locked = shared_dir / "brouillons"
    locked.mkdir()
    locked.chmod(0o755)  # root's: nobody may not write in it
    env = {k: v for k, v in os.environ.items() if k not in (DB_ENV_VAR, "XDG_RUNTIME_DIR")}
    env["HOME"] = "/nonexistent"
    done = subprocess.run(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            sys.executable,
            "-m",
            "irev_desktop",
            "--db",
            str(db),
            "convocation-mails",
            str(meeting_id),
            "--folder",
            str(locked),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr == (
        f"irev-desktop : Impossible d'écrire dans le dossier « {locked} » : accès refusé.\n"
    )
    assert list(locked.iterdir()) == []
    # The same user writes them to a folder of their own.
    free = shared_dir / "libre"
    free.mkdir()
    free.chmod(0o777)
    done = subprocess.run(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            sys.executable,
            "-m",
            "irev_desktop",
            "--db",
            str(db),
            "convocation-mails",
            str(meeting_id),
            "--folder",
            str(free),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert len(list(free.glob("*.eml"))) == 5
    assert re.match(r"5 brouillons de courriel écrits", done.stdout)
