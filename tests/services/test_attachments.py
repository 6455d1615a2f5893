from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from irev_desktop.domain.errors import ValidationError
from irev_desktop.services.facade import Services

from .builders import make_board, plan_meeting
from .raw_sql import read_piece, stored_pieces


def test_a_file_is_copied_under_its_hash_never_its_name(services: Services, tmp_path: Path) -> None:
    meeting = plan_meeting(services, make_board(services))
    source = tmp_path / "rapport.pdf"
    source.write_bytes(b"%PDF-1.4 contenu")
    attached = services.attachments.attach_file(meeting, source)
    evil = services.attachments.attach_bytes(meeting, "../../etc/passwd\x00.pdf", b"autre")
    assert attached.sha256 == hashlib.sha256(b"%PDF-1.4 contenu").hexdigest()
    assert attached.media_type == "application/pdf"
    assert stored_pieces(services.paths) == sorted([attached.sha256, evil.sha256])
    assert read_piece(services.paths, evil.sha256) == b"autre"
    # The file given to the system's viewer stays in the store's own folder.
    stored = services.attachments.file_path(attached.id)
    assert stored.read_bytes() == b"%PDF-1.4 contenu"
    local = services.paths.data_dir.resolve()
    assert stored.resolve().is_relative_to(local)
    evil_path = services.attachments.file_path(evil.id)
    assert evil_path.resolve().is_relative_to(local)
    if services.paths.is_server:  # a copy of the piece named as attached, without its folders
        assert evil_path.name == "passwd.pdf"
    else:  # the piece itself, in the folder beside the file
        assert evil_path.is_relative_to(services.paths.attachments_dir)
        assert evil_path.name == evil.sha256
    assert evil.original_name == "../../etc/passwd.pdf"


def test_the_same_file_twice_is_stored_once_and_kept_after_removal(
    services: Services,
) -> None:
    meeting = plan_meeting(services, make_board(services))
    first = services.attachments.attach_bytes(meeting, "a.txt", b"meme contenu")
    second = services.attachments.attach_bytes(meeting, "b.txt", b"meme contenu")
    assert stored_pieces(services.paths) == [first.sha256]
    services.attachments.remove(first.id)
    assert services.attachments.read_bytes(second.id) == b"meme contenu"
    services.attachments.remove(second.id)
    assert [a.id for a in services.attachments.attachments(meeting)] == []
    # A backup taken before the removal still finds its file.
    assert stored_pieces(services.paths) == [first.sha256]
    assert read_piece(services.paths, first.sha256) == b"meme contenu"


def test_a_missing_source_file_is_a_clear_error(services: Services, tmp_path: Path) -> None:
    meeting = plan_meeting(services, make_board(services))
    with pytest.raises(ValidationError, match="introuvable"):
        services.attachments.attach_file(meeting, tmp_path / "absent.pdf")
