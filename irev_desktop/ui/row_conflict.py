"""When someone else saved the same row (a meeting's header, an item, a person…) while
its form was open here.

Nothing was overwritten and the values typed here are in the audit log. The dialog shows,
value by value, what was typed here and what is stored now, and the user chooses: keep
their own values (written knowingly over the other's) or take the stored ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.errors import RowConflictError
from irev_desktop.ui.error_texts import error_text

T = TypeVar("T")


def field_label(column: str) -> str:
    """A column of an edit form, as its form names it."""
    labels = {
        "title": QCoreApplication.translate("RowConflict", "Intitulé"),
        "date": QCoreApplication.translate("RowConflict", "Date"),
        "planned_start": QCoreApplication.translate("RowConflict", "Heure prévue"),
        "mode": QCoreApplication.translate("RowConflict", "Modalité"),
        "place": QCoreApplication.translate("RowConflict", "Lieu"),
        "video_link": QCoreApplication.translate("RowConflict", "Lien de visioconférence"),
        "chair_id": QCoreApplication.translate("RowConflict", "Présidence de séance"),
        "secretary_id": QCoreApplication.translate("RowConflict", "Secrétaire de séance"),
        "convened_on": QCoreApplication.translate("RowConflict", "Convoquée le"),
        "kind": QCoreApplication.translate("RowConflict", "Nature du point"),
        "rapporteur_id": QCoreApplication.translate("RowConflict", "Rapporteur"),
        "planned_minutes": QCoreApplication.translate("RowConflict", "Durée prévue (min)"),
        "name": QCoreApplication.translate("RowConflict", "Nom"),
        "college": QCoreApplication.translate("RowConflict", "Collège"),
        "statutory_rights": QCoreApplication.translate("RowConflict", "Droits statutaires"),
        "civility": QCoreApplication.translate("RowConflict", "Civilité"),
        "first_name": QCoreApplication.translate("RowConflict", "Prénom"),
        "last_name": QCoreApplication.translate("RowConflict", "Nom de famille"),
        "email": QCoreApplication.translate("RowConflict", "Courriel"),
        "function_title": QCoreApplication.translate("RowConflict", "Fonction"),
        "quorum_basis": QCoreApplication.translate("RowConflict", "Quorum calculé sur"),
        "quorum_numerator": QCoreApplication.translate("RowConflict", "Quorum (numérateur)"),
        "quorum_denominator": QCoreApplication.translate("RowConflict", "Quorum (dénominateur)"),
        "weighting": QCoreApplication.translate("RowConflict", "Pondération des voix"),
        "majority": QCoreApplication.translate("RowConflict", "Majorité"),
        "max_proxies_per_holder": QCoreApplication.translate(
            "RowConflict", "Pouvoirs par personne"
        ),
        "notice_days": QCoreApplication.translate("RowConflict", "Délai de convocation (jours)"),
        "urgent_notice_days": QCoreApplication.translate(
            "RowConflict", "Délai en cas d'urgence (jours)"
        ),
        "chair_casting_vote": QCoreApplication.translate(
            "RowConflict", "Voix prépondérante de la présidence"
        ),
        "role": QCoreApplication.translate("RowConflict", "Fonction dans l'instance"),
        "representation": QCoreApplication.translate("RowConflict", "Titulaire ou suppléant"),
        "start_date": QCoreApplication.translate("RowConflict", "Début"),
        "end_date": QCoreApplication.translate("RowConflict", "Fin"),
        "member_id": QCoreApplication.translate("RowConflict", "Membre représenté"),
        "history": QCoreApplication.translate("RowConflict", "Historique de présence"),
    }
    return labels.get(column, column)


class RowConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, conflict: RowConflictError) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifié par une autre personne"))
        self.keep_mine = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            error_text(conflict)
            + "\n\n"
            + self.tr(
                "Voici les valeurs qui diffèrent. Gardez les vôtres pour les enregistrer "
                "à la place des siennes, ou reprenez celles qui sont enregistrées."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        table = QTableWidget(len(conflict.fields), 3, self)
        table.setObjectName("conflictTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Votre valeur"), self.tr("Valeur enregistrée")]
        )
        for row, (column, mine, theirs) in enumerate(conflict.fields):
            for col, text in enumerate((field_label(column), mine, theirs)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, cell)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox()
        self.mine_button = QPushButton(self.tr("Garder &mes valeurs"))
        self.theirs_button = QPushButton(self.tr("&Reprendre les valeurs enregistrées"))
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(self._keep_mine)
        self.theirs_button.clicked.connect(self.reject)
        # Escape, or closing the window, writes nothing: the stored values stay.
        self.mine_button.setAutoDefault(False)
        self.theirs_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter takes the stored values: writing over someone else's is a deliberate act.
        self.theirs_button.setFocus()

    def _keep_mine(self) -> None:
        self.keep_mine = True
        self.accept()


def save_from_version(
    run_dialog: Callable[[QDialog], bool],
    parent: QWidget | None,
    write: Callable[[int], T],
    version: int,
) -> T | None:
    """``write(version)``; if someone else saved the row since ``version``, show both
    values and, if the user keeps theirs, write again over the stored version. Returns
    what the write returned, None when the stored values were kept. A second conflict
    (a third person, in the meantime) is raised like any other refusal."""
    try:
        return write(version)
    except RowConflictError as conflict:
        dialog = RowConflictDialog(parent, conflict)
        if not run_dialog(dialog) or not dialog.keep_mine:
            return None
        return write(conflict.version)
