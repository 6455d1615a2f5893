"""The one autosaver of notes, for the meeting page and séance mode alike.

Every keystroke is durable within a second: a short pause saves, typing without pause
still saves every 0.7 s, and leaving the item, the editor or the window saves at once
(a checkpoint, which keeps a revision). A save that fails keeps the text in memory, says
so in red until it goes through, retries every two seconds, and writes an emergency copy
of the text to a file, so that even a kill in that state loses nothing.

Signals: stateChanged(str text, bool failed) — what the save line must show;
conflicted(int item, str mine, str theirs) — someone else saved this item's notes since
they were read here: nothing was overwritten, both texts are in its history, and the
owner of the editor lets the user choose (``resolve``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from irev_desktop.domain.errors import IrevError, NotesConflictError
from irev_desktop.model.journal import Kept
from irev_desktop.paths import AppPaths
from irev_desktop.ui import i18n
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.errors import log_error

SAVE_PAUSE_MS = 300  # a pause in typing
SAVE_CEILING_MS = 700  # typing without pause: unsaved this long at most, so that with the
# time a save takes (a few ms, more on a busy machine) a keystroke is durable within 1 s
SAVE_RETRY_MS = 2000  # after a failed save, try again this often until it goes through
PARAGRAPH_SEPARATOR = "\u2029"
EMERGENCY_FOLDER = "notes-non-enregistrees"

# (item id, text, checkpoint, the text the editor started from)
SaveNotes = Callable[[int, str, bool, str], object]


def editor_text(editor: QPlainTextEdit) -> str:
    """The notes as typed, no-break spaces included (toPlainText would drop them)."""
    return editor.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


def emergency_folders(paths: AppPaths) -> list[Path]:
    """Where emergency copies go, in order: beside the store, the user's data folder,
    the temporary folder (the store's disk may be the full one)."""
    return [
        paths.db.parent / EMERGENCY_FOLDER,
        paths.data_dir / EMERGENCY_FOLDER,
        Path(tempfile.gettempdir()) / f"irev-desktop-{EMERGENCY_FOLDER}",
    ]


def emergency_copies(paths: AppPaths, item_ids: set[int]) -> list[Path]:
    """Emergency copies left for these items (a kill while saves were failing)."""
    found: list[Path] = []
    for folder in dict.fromkeys(emergency_folders(paths)):
        for item_id in sorted(item_ids):
            copy = folder / f"point-{item_id}.txt"
            if copy.is_file():
                found.append(copy)
    return found


class NoteAutosaver(QObject):
    stateChanged = Signal(str, bool)
    conflicted = Signal(int, str, str)

    def __init__(
        self,
        editor: QPlainTextEdit,
        save: SaveNotes,
        paths: AppPaths,
        now: Callable[[], dt.time],
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._save = save
        self._paths = paths
        self._now = now
        self.item_id: int | None = None
        self.saved_text = ""
        self.failing = False
        self.failed_at = dt.time(0, 0)
        self.emergency_copy: Path | None = None
        self._pause = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._ceiling = QTimer(self, singleShot=True, interval=SAVE_CEILING_MS)
        self._retry = QTimer(self, singleShot=True, interval=SAVE_RETRY_MS)
        for timer in (self._pause, self._ceiling, self._retry):
            timer.timeout.connect(self.autosave)
        editor.textChanged.connect(self.typed)

    # What the editor shows ------------------------------------------------------------
    def load(self, item_id: int | None, text: str) -> None:
        """Show another item's notes; the previous item must have been saved first."""
        self.item_id = item_id
        self._editor.blockSignals(True)
        self._editor.setPlainText(text)
        self._editor.blockSignals(False)
        self.saved_text = editor_text(self._editor)

    @property
    def unsaved(self) -> bool:
        return self.item_id is not None and editor_text(self._editor) != self.saved_text

    # Saving -------------------------------------------------------------------------------
    def typed(self) -> None:
        self._pause.start()
        if not self._ceiling.isActive():
            self._ceiling.start()

    def autosave(self) -> None:
        self.save(checkpoint=False)

    def checkpoint(self) -> None:
        self.save(checkpoint=True)

    def save(self, *, checkpoint: bool) -> bool:
        """Write the notes if they changed; False if they are still not saved."""
        self._pause.stop()
        self._ceiling.stop()
        if self.item_id is None or self._editor.isReadOnly():
            return True
        text = editor_text(self._editor)
        if text == self.saved_text:
            return True
        try:
            result = self._save(self.item_id, text, checkpoint, self.saved_text)
        except NotesConflictError as conflict:  # not retried: the user chooses
            self._retry.stop()
            self.stateChanged.emit(error_text(conflict), True)
            self.conflicted.emit(self.item_id, conflict.mine, conflict.theirs)
            return False
        except Exception as error:  # read-only, full disk, I/O, locked: keep it, retry
            self._failed(error, text)
            return False
        self.saved_text = text
        self._clear_emergency_copy()
        self.failing = False
        self._retry.stop()
        moment = i18n.time_text(self._now())
        if isinstance(result, Kept):  # durable in the séance journal, not yet on the server
            state = self.tr("Gardé sur ce poste à {time} (le serveur ne répond pas)")
        else:
            state = self.tr("Enregistré à {time}")
        self.stateChanged.emit(state.format(time=moment), False)
        return True

    def resolve(self, text: str, theirs: str) -> bool:
        """After a conflict: the editor shows ``text`` (mine, theirs, or both) and it is
        saved over theirs, which the history keeps."""
        self.saved_text = theirs
        if editor_text(self._editor) != text:
            self._editor.blockSignals(True)
            self._editor.setPlainText(text)
            self._editor.blockSignals(False)
        if text == theirs:
            self.stateChanged.emit(self.tr("Texte de l'autre personne repris."), False)
            return True
        return self.save(checkpoint=True)

    def stop(self) -> None:
        for timer in (self._pause, self._ceiling, self._retry):
            timer.stop()

    def _failed(self, error: Exception, text: str) -> None:
        if not self.failing:
            self.failed_at = self._now()
            log_error(self._paths, error)
        self.failing = True
        reason = error_text(error) if isinstance(error, IrevError) else str(error) or repr(error)
        copy = self._write_emergency_copy(text)
        kept = (
            self.tr("Copie de secours : {path}.").format(path=copy)
            if copy
            else self.tr("Aucune copie de secours n'a pu être écrite.")
        )
        self.stateChanged.emit(
            self.tr(
                "NON ENREGISTRÉ depuis {time} — {reason} Le texte reste dans cette fenêtre ; "
                "nouvel essai toutes les {seconds} s. {kept}"
            ).format(
                time=i18n.time_text(self.failed_at),
                reason=reason,
                seconds=SAVE_RETRY_MS // 1000,
                kept=kept,
            ),
            True,
        )
        self._retry.start()

    def _write_emergency_copy(self, text: str) -> Path | None:
        """The unsaved text in a file of its own, in the first folder that takes it."""
        name = f"point-{self.item_id}.txt"
        for folder in emergency_folders(self._paths):
            target = folder / name
            partial = folder / f".{name}.partiel"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                partial.write_text(text, encoding="utf-8")
                partial.replace(target)
            except OSError:
                with contextlib.suppress(OSError):
                    partial.unlink(missing_ok=True)
                continue
            if self.emergency_copy is not None and self.emergency_copy != target:
                self.emergency_copy.unlink(missing_ok=True)
            self.emergency_copy = target
            return target
        return None

    def _clear_emergency_copy(self) -> None:
        if self.emergency_copy is not None:
            try:
                self.emergency_copy.unlink(missing_ok=True)
            except OSError:
                return  # removed at a later save
            self.emergency_copy = None
