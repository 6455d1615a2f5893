"""The vote panel: each voter present or represented at this moment, with their choice.

"Pour" is proposed for everyone; the secretary marks the exceptions. Totals (heads and
statutory rights) and the result under the body's rules follow live.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.enums import VoteChoice, Weighting
from irev_desktop.domain.tally import tally
from irev_desktop.domain.votes import ChairVote, decide
from irev_desktop.services.dto import MeetingDetail, QuorumDTO, VoterDTO
from irev_desktop.ui import i18n
from irev_desktop.ui.vocabulary import term

CHAIR = {VoteChoice.FOR: ChairVote.FOR, VoteChoice.AGAINST: ChairVote.AGAINST}


class VotePanel(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        meeting: MeetingDetail,
        voters: list[VoterDTO],
        quorum: QuorumDTO,
        number: str,
        at: dt.time,
        item_title: str,
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.voters = voters
        self.quorum = quorum
        self.setWindowTitle(self.tr("Vote — délibération n° {number}").format(number=number))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        self.warning = QLabel()
        self.warning.setObjectName("quorumBanner")
        self.warning.setWordWrap(True)
        self.warning.setProperty("reached", quorum.reached)
        if quorum.reached:
            self.warning.setText(
                self.tr(
                    "Quorum atteint à {time} : {n} votant(s) présent(s) ou représenté(s)."
                ).format(time=i18n.time_text(at), n=len(voters))
            )
        else:
            self.warning.setText(
                self.tr(
                    "QUORUM PERDU à {time} : {counted} sur {required} requis. L'instance ne peut "
                    "pas délibérer valablement ; le vote ne peut être enregistré."
                ).format(
                    time=i18n.time_text(at),
                    counted=i18n.number(quorum.present + quorum.represented),
                    required=i18n.number(quorum.required),
                )
            )
        layout.addWidget(self.warning)
        form = QFormLayout()
        self.title_edit = QLineEdit(item_title)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("L'Assemblée, après en avoir délibéré, …"))
        self.text_edit.setMaximumHeight(110)
        form.addRow(self.tr("In&titulé"), self.title_edit)
        form.addRow(self.tr("Te&xte"), self.text_edit)
        layout.addLayout(form)

        self.table = QTableWidget(len(voters), 3)
        self.table.setObjectName("voterTable")
        self.table.setHorizontalHeaderLabels([self.tr("Votant"), self.tr("Poids"), self.tr("Vote")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[int, QComboBox] = {}
        for row, voter in enumerate(voters):
            name = voter.name
            if voter.represented_by_id:
                name += self.tr(" (pouvoir à {holder})").format(holder=voter.represented_by_name)
            self.table.setCellWidget(row, 0, QLabel(name))
            self.table.setCellWidget(row, 1, QLabel(i18n.number(voter.weight)))
            combo = QComboBox()
            for choice in VoteChoice:
                combo.addItem(term(choice), choice.value)
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, 2, combo)
            self.combos[voter.person_id] = combo
        layout.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("voteTotals")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)

        self.unanimous_button = QPushButton(self.tr("Tous « pour » — unanimité (Ctrl+U)"))
        self.unanimous_button.clicked.connect(self.set_unanimous)
        layout.addWidget(self.unanimous_button)
        QShortcut(QKeySequence("Ctrl+U"), self, self.set_unanimous)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = box.addButton(
            self.tr("Enregistrer le vote (Ctrl+Entrée)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setEnabled(quorum.reached and bool(voters))
        QShortcut(QKeySequence("Ctrl+Return"), self, self._accept_if_possible)
        box.accepted.connect(self._accept_if_possible)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._update()

    def set_unanimous(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(VoteChoice.FOR.value))

    def set_choice(self, person_id: int, choice: VoteChoice) -> None:
        combo = self.combos[person_id]
        combo.setCurrentIndex(combo.findData(choice.value))

    def choices(self) -> dict[int, VoteChoice]:
        return {ident: VoteChoice(combo.currentData()) for ident, combo in self.combos.items()}

    def _accept_if_possible(self) -> None:
        if self.record_button.isEnabled():
            self.accept()

    def _update(self) -> None:
        if not self.voters:
            self.totals.setText(self.tr("Personne ne peut voter à cet instant."))
            return
        weights = {v.person_id: Fraction(str(v.weight)) for v in self.voters}
        heads, weighted = tally(weights, self.choices())
        body = self.meeting.body
        counted = weighted if body.weighting is Weighting.RIGHTS else heads
        chair = self.choices().get(self.meeting.chair_id or 0)
        outcome = decide(
            counted,
            body.majority,
            present_or_represented=sum(weights.values())
            if body.weighting is Weighting.RIGHTS
            else len(self.voters),
            chair_casting_vote=body.chair_casting_vote,
            chair_vote=CHAIR.get(chair, ChairVote.NONE) if chair else ChairVote.NONE,
        )
        n = i18n.number
        lines = [
            self.tr(
                "Voix : {f} pour, {a} contre, {s} abstention(s), {p} ne prenant pas part"
            ).format(
                f=n(heads.for_),
                a=n(heads.against),
                s=n(heads.abstention),
                p=n(heads.not_taking_part),
            )
        ]
        if body.weighting is Weighting.RIGHTS:
            lines.append(
                self.tr("Droits : {f} pour, {a} contre, {s} abstention(s)").format(
                    f=n(weighted.for_), a=n(weighted.against), s=n(weighted.abstention)
                )
            )
        result = term(outcome.result)
        if outcome.unanimous:
            result += self.tr(" à l'unanimité")
        if outcome.casting_vote_used:
            result += self.tr(" (voix prépondérante du président)")
        lines.append(self.tr("Résultat : délibération {result}").format(result=result))
        self.totals.setText("\n".join(lines))
        self.totals.setAlignment(Qt.AlignmentFlag.AlignLeft)
