"""Preferences: interface language, where the data lives, backups."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from irev_desktop.paths import AppPaths
from irev_desktop.ui import i18n
from irev_desktop.ui.settings import LANGUAGES, UiSettings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: UiSettings, paths: AppPaths) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.current()))
        form.addRow(self.tr("&Langue de l'interface"), self.language_combo)
        data = QLabel(str(paths.db))
        data.setWordWrap(True)
        form.addRow(self.tr("Fichier de données"), data)
        form.addRow(
            "",
            QLabel(
                self.tr(
                    "Pour utiliser un autre fichier : irev-desktop --db FICHIER, "
                    "ou la variable IREV_DESKTOP_DB."
                )
            ),
        )
        backups = QPushButton(str(paths.backups_dir))
        backups.setFlat(True)
        backups.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups_dir)))
        )
        form.addRow(self.tr("Sauvegardes automatiques"), backups)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def language(self) -> str:
        return str(self.language_combo.currentData())
