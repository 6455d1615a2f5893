"""When someone else saved an item's notes while they were being typed here.

Nothing was overwritten and both texts are already in the item's history; the dialog
shows them side by side and the user chooses what the notes become: their own text,
the other person's, or both one after the other.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


def merged(mine: str, theirs: str, label: str) -> str:
    """Both texts, mine first, the other's after a line that says where it comes from."""
    return f"{mine.rstrip()}\n\n{label}\n{theirs.lstrip()}"


class NotesConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, item_title: str, mine: str, theirs: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes modifiées par une autre personne"))
        self.choice = Choice.MINE
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pendant que vous écriviez les notes du point « {item} », une autre personne "
                "les a modifiées. Rien n'a été écrasé : les deux textes sont gardés dans "
                "l'historique du point. Choisissez ce que deviennent les notes."
            ).format(item=item_title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        texts = QGridLayout()
        for column, (title, text, name) in enumerate(
            (
                (self.tr("Votre texte"), mine, "mineText"),
                (self.tr("Le texte de l'autre personne"), theirs, "theirsText"),
            )
        ):
            texts.addWidget(QLabel(title), 0, column)
            view = QPlainTextEdit(text)
            view.setObjectName(name)
            view.setReadOnly(True)
            texts.addWidget(view, 1, column)
        layout.addLayout(texts, 1)
        buttons = QDialogButtonBox()
        self.mine_button = QPushButton(self.tr("Garder mon &texte"))
        self.theirs_button = QPushButton(self.tr("Reprendre le &sien"))
        self.both_button = QPushButton(self.tr("Garder les &deux"))
        for button, choice in (
            (self.mine_button, Choice.MINE),
            (self.theirs_button, Choice.THEIRS),
            (self.both_button, Choice.BOTH),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _=False, c=choice: self._chose(c))
        self.mine_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(900, 500)

    def _chose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
