"""What the window remembers between starts: size, splitters, last page, language.

Kept in an INI file beside the store, so a store given with --db (and every test) has
its own, and nothing lands in the system registry.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from irev_desktop.paths import AppPaths

LANGUAGES = {"fr": "Français", "en": "English"}


class UiSettings:
    def __init__(self, paths: AppPaths) -> None:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(
            str(paths.data_dir / "interface.ini"), QSettings.Format.IniFormat
        )

    @property
    def language(self) -> str:
        value = str(self._settings.value("language", "fr"))
        return value if value in LANGUAGES else "fr"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        return str(self._settings.value(key, default))

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
