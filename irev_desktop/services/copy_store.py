"""Moving a register between a file and a server (``irev-desktop copy-store``).

The copy goes through the program's archive (every table and every piece, checked
before anything is written, in one transaction on the target), then is checked: each
table's row count and the digest of its rows are compared on both sides, each piece is
read back and hashed on the target, and every seal is checked there (its digest, its
signature, its place in the chain). The target must be empty: a copy never mixes two
registers.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from irev_desktop.db.store import Store
from irev_desktop.services.archive import ArchiveService
from irev_desktop.services.meetings import MeetingService
from irev_desktop.services.pieces import pieces_of

# The target keeps one audit line more than the source: the one of the copy itself.
AUDIT_TABLE = "audit_entry"


@dataclass(frozen=True)
class TableCheck:
    name: str
    source_rows: int
    target_rows: int
    same_rows: bool


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    tables: tuple[TableCheck, ...]
    pieces: int
    pieces_failed: tuple[str, ...]
    seals: int
    seals_failed_source: tuple[int, ...]
    seals_failed_target: tuple[int, ...]
    seconds: float
    notes: list[str] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        """Every table the same, every piece whole, no seal failing that held before."""
        return (
            all(t.same_rows for t in self.tables)
            and not self.pieces_failed
            and set(self.seals_failed_target) <= set(self.seals_failed_source)
        )


Progress = Callable[[str], None]


def copy_store(source: Store, target: Store, progress: Progress | None = None) -> CopyReport:
    """Copy the register of ``source`` into the empty ``target``, then check the copy."""
    say = progress or (lambda _step: None)
    began = time.perf_counter()
    source_archive, target_archive = ArchiveService(source), ArchiveService(target)
    with tempfile.TemporaryDirectory(prefix="irev-copie-") as folder:
        zip_path = Path(folder) / "copie.zip"
        say("lecture de la source")
        source_archive.export(zip_path)
        say("écriture dans la cible")
        target_archive.import_archive(zip_path)
    say("comparaison des tables")
    before, after = source_archive.table_digests(), target_archive.table_digests()
    tables = []
    for name, (count, digest) in before.items():
        target_count, target_digest = after.get(name, (0, ""))
        if name == AUDIT_TABLE:
            # The import adds its own line; the source's lines come first, unchanged.
            same = target_count == count + 1
        else:
            same = (target_count, target_digest) == (count, digest)
        tables.append(TableCheck(name, count, target_count, same))
    say("relecture des pièces")
    shas = _piece_shas(source)
    kept = pieces_of(target)
    failed = []
    for sha in sorted(shas):
        try:
            if kept.digest(sha) != sha:
                failed.append(sha)
        except OSError:
            failed.append(sha)
    say("vérification des signatures")
    seals, failed_source = _failing_seals(source)
    _, failed_target = _failing_seals(target)
    return CopyReport(
        source=source.paths.label,
        target=target.paths.label,
        tables=tuple(tables),
        pieces=len(shas),
        pieces_failed=tuple(failed),
        seals=seals,
        seals_failed_source=failed_source,
        seals_failed_target=failed_target,
        seconds=time.perf_counter() - began,
    )


def _piece_shas(store: Store) -> set[str]:
    from sqlalchemy import select

    from irev_desktop.db import models

    with store.reading() as session:
        shas = set(session.scalars(select(models.Attachment.sha256)))
        shas |= {sha for sha in session.scalars(select(models.Seal.pdf_sha256)) if sha is not None}
    return shas


def _failing_seals(store: Store) -> tuple[int, tuple[int, ...]]:
    meetings = MeetingService(store)
    sealed = meetings.sealed_meetings()
    failing = tuple(i for i in sealed if meetings.check_seal(i).failed)
    return len(sealed), failing
