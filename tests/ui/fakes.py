"""A scripted stand-in for the dialogs service: no test ever waits on a modal dialog."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from irev_desktop.ui.dialogs import Dialogs


class FakeDialogs(Dialogs):
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm_answers: deque[bool] = deque()
        self.texts: deque[str | None] = deque()
        self.passwords: deque[str | None] = deque()
        self.password_prompts: list[str] = []
        self.forms: deque[Callable[[QDialog], bool]] = deque()
        self.files: deque[list[Path]] = deque()
        self.save_paths: deque[Path | None] = deque()
        self.folders: deque[Path | None] = deque()
        self.confirmations: list[str] = []
        self.choices_offered: list[list[str]] = []

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.confirmations.append(text)
        return self.confirm_answers.popleft() if self.confirm_answers else False

    def open_files(self, parent: QWidget | None, title: str, filters: str = "") -> list[Path]:
        return self.files.popleft() if self.files else []

    def open_file(self, parent: QWidget | None, title: str, filters: str = "") -> Path | None:
        chosen = self.open_files(parent, title, filters)
        return chosen[0] if chosen else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str = ""
    ) -> Path | None:
        return self.save_paths.popleft() if self.save_paths else None

    def choose_folder(self, parent: QWidget | None, title: str, start: str = "") -> Path | None:
        return self.folders.popleft() if self.folders else None

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        return self.texts.popleft() if self.texts else None

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.password_prompts.append(label)
        return self.passwords.popleft() if self.passwords else None

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> str | None:
        self.choices_offered.append(items)
        return self.texts.popleft() if self.texts else None

    def run(self, dialog: QDialog) -> bool:
        if not self.forms:
            return False
        return self.forms.popleft()(dialog)
