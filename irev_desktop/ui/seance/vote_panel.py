"""The vote panel: each voter present or represented at this moment, with their choice.

"Pour" is proposed for everyone; the secretary marks the exceptions with the keyboard
alone, either in the table (P, C, A, N on the current voter, a row number to jump to a
voter) or in the line of exceptions ("contre @Caron, abstention @Benali"). The table and
the line always say the same thing. Totals (heads and statutory rights) follow live; the
result is only stated when the vote can be recorded, and the banner says why not when it
cannot: séance not opened, quorum not reached, nobody to vote.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from enum import StrEnum
from fractions import Fraction
from itertools import pairwise

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.enums import VoteChoice, Weighting
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.tally import tally
from irev_desktop.domain.vote_line import format_vote_line, parse_vote_line
from irev_desktop.domain.votes import ChairVote, decide
from irev_desktop.model.dto import MeetingDetail, QuorumDTO, VoterDTO
from irev_desktop.ui import i18n
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.vocabulary import term

CHAIR = {VoteChoice.FOR: ChairVote.FOR, VoteChoice.AGAINST: ChairVote.AGAINST}

# The letter that sets the current voter's choice in the table.
CHOICE_KEYS = {
    "p": VoteChoice.FOR,
    "c": VoteChoice.AGAINST,
    "a": VoteChoice.ABSTENTION,
    "n": VoteChoice.NOT_TAKING_PART,
}
# On a French AZERTY keyboard the digits of the top row need Shift: without it the
# same keys type these characters, taken as the digits printed on them.
AZERTY_DIGITS = dict(zip("&é\"'(-è_çà", "1234567890", strict=True))
TYPE_AHEAD_SECONDS = 1.0

NUMBER_COLUMN, NAME_COLUMN, WEIGHT_COLUMN, CHOICE_COLUMN = range(4)


class PanelState(StrEnum):
    """Whether a vote can be recorded now, and if not, the first reason why."""

    NOT_OPENED = "not_opened"
    NO_QUORUM = "no_quorum"
    NO_VOTERS = "no_voters"
    RECORDABLE = "recordable"


class VoterTable(QTableWidget):
    """The voters, one per row, driven by single keys.

    P / C / A / N give the current voter that choice and go to the next row; digits typed
    within a second of each other make the number of the row to go to; Up, Down, Home,
    End and Page keys move as usual; Tab leaves the table.

    Signals:
        chosen(int, str): the row, and the value of the :class:`VoteChoice` keyed for it.
    """

    chosen = Signal(int, str)

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.clock: Callable[[], float] = time.monotonic
        self._typed = ""
        self._typed_at = 0.0
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier or not text or not text.isprintable():
            super().keyPressEvent(event)
            return
        char = text[-1:].casefold()
        choice = CHOICE_KEYS.get(char)
        if choice is not None:
            self._typed = ""
            row = self.currentRow()
            if row >= 0:
                self.chosen.emit(row, choice.value)
                self.go_to(min(row + 1, self.rowCount() - 1))
        elif (digit := AZERTY_DIGITS.get(char, char)).isdigit():
            self._type_digit(digit)
        # Any other printable key is nobody's business here: the default would jump to a
        # row whose text starts with it, which nobody asked for.
        event.accept()

    def _type_digit(self, digit: str) -> None:
        now = self.clock()
        if now - self._typed_at > TYPE_AHEAD_SECONDS:
            self._typed = ""
        self._typed_at = now
        for candidate in (self._typed + digit, digit):
            number = int(candidate)
            if 1 <= number <= self.rowCount():
                self._typed = candidate
                self.go_to(number - 1)
                return
        self._typed = ""

    def go_to(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.setCurrentCell(row, NUMBER_COLUMN)
            self.scrollTo(self.model().index(row, NUMBER_COLUMN))


class VotePanel(QDialog):
    """Record one vote: the deliberation's title and text, and each voter's choice.

    ``session_open`` is False before the séance is opened: nothing can be recorded then.
    """

    def __init__(
        self,
        parent: QWidget | None,
        meeting: MeetingDetail,
        voters: list[VoterDTO],
        quorum: QuorumDTO,
        number: str,
        at: dt.time,
        item_title: str,
        *,
        session_open: bool = True,
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.voters = voters
        self.quorum = quorum
        self.at = at
        self.session_open = session_open
        self._choices = {voter.person_id: VoteChoice.FOR for voter in voters}
        self._names = {voter.person_id: voter.name for voter in voters}
        self._rows = {voter.person_id: row for row, voter in enumerate(voters)}
        self._line_error = ""
        self.state = self._state()
        self.setWindowTitle(self.tr("Vote — délibération n° {number}").format(number=number))
        self.resize(660, 640)
        layout = QVBoxLayout(self)

        self.warning = QLabel()
        self.warning.setObjectName("quorumBanner")
        self.warning.setWordWrap(True)
        self.warning.setProperty("reached", self.state is PanelState.RECORDABLE)
        self.warning.setProperty("state", self.state.value)
        self.warning.setText(self._banner_text())
        layout.addWidget(self.warning)

        form = QFormLayout()
        self.title_edit = QLineEdit(item_title)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("L'Assemblée, après en avoir délibéré, …"))
        self.text_edit.setMaximumHeight(110)
        self.text_edit.setTabChangesFocus(True)
        self.exceptions_edit = QLineEdit()
        self.exceptions_edit.setObjectName("voteExceptions")
        self.exceptions_edit.setPlaceholderText(
            self.tr("contre @Caron, abstention @Benali — les autres votent pour")
        )
        self.exceptions_error = QLabel()
        self.exceptions_error.setObjectName("voteExceptionsError")
        self.exceptions_error.setStyleSheet("color: #c92a2a; font-weight: 600;")
        self.exceptions_error.setWordWrap(True)
        self.exceptions_error.hide()
        form.addRow(self.tr("In&titulé"), self.title_edit)
        form.addRow(self.tr("Te&xte"), self.text_edit)
        form.addRow(self.tr("&Exceptions"), self.exceptions_edit)
        form.addRow("", self.exceptions_error)
        layout.addLayout(form)

        self.table = VoterTable(len(voters), 4)
        self.table.setObjectName("voterTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("N°"), self.tr("Votant"), self.tr("Poids"), self.tr("Vote")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        for row, voter in enumerate(voters):
            name = voter.name
            if voter.represented_by_id:
                name += self.tr(" (pouvoir à {holder})").format(holder=voter.represented_by_name)
            cells = (str(row + 1), name, i18n.number(voter.weight), "")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (NUMBER_COLUMN, WEIGHT_COLUMN):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
            self._show_choice(voter.person_id)
        self.table.chosen.connect(self._choice_keyed)
        voters_label = QLabel(self.tr("&Votants"))
        voters_label.setBuddy(self.table)
        layout.addWidget(voters_label)
        layout.addWidget(self.table, 1)
        self.keys_help = QLabel(
            self.tr(
                "P pour · C contre · A abstention · N ne prend pas part · un numéro : "
                "aller au votant · Ctrl+U : tous pour · Ctrl+Entrée : enregistrer · "
                "Échap : annuler"
            )
        )
        self.keys_help.setObjectName("shortcutHelp")
        self.keys_help.setWordWrap(True)
        layout.addWidget(self.keys_help)

        self.totals = QLabel()
        self.totals.setObjectName("voteTotals")
        self.totals.setWordWrap(True)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.totals)

        self.unanimous_button = QPushButton(self.tr("Tous « pour » — unanimité (Ctrl+U)"))
        self.unanimous_button.clicked.connect(self.set_unanimous)
        layout.addWidget(self.unanimous_button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = box.addButton(
            self.tr("Enregistrer le vote (Ctrl+Entrée)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.accepted.connect(self._accept_if_possible)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        # Enter applies the line of exceptions; only Ctrl+Entrée (or a click) records.
        self._no_default_button()

        self._bind_keys()
        self.exceptions_edit.textEdited.connect(self._apply_line)
        self.exceptions_edit.returnPressed.connect(self._line_entered)
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        order: list[QWidget] = [self.title_edit, self.text_edit, self.exceptions_edit]
        order += [self.table, self.unanimous_button, self.record_button, self.cancel_button]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.table.go_to(0)
        self.table.setFocus()
        self._update()

    # Public API ------------------------------------------------------------------------
    def choices(self) -> dict[int, VoteChoice]:
        return dict(self._choices)

    def set_choice(self, person_id: int, choice: VoteChoice) -> None:
        self._choices[person_id] = choice
        self._show_choice(person_id)
        self._table_changed()

    def set_unanimous(self) -> None:
        for person_id in self._choices:
            self._choices[person_id] = VoteChoice.FOR
            self._show_choice(person_id)
        self._table_changed()

    def voter_names(self) -> list[str]:
        """What column « Votant » shows, row by row: the name, and any proxy."""
        return [self._cell(row, NAME_COLUMN) for row in range(self.table.rowCount())]

    def recordable(self) -> bool:
        return self.state is PanelState.RECORDABLE and not self._line_error

    # Keys ------------------------------------------------------------------------------
    def _bind_keys(self) -> None:
        self._own_keys: set[str] = set()
        for keys, action in (
            ("Ctrl+U", self.set_unanimous),
            ("Ctrl+Return", self._accept_if_possible),
            ("Ctrl+Enter", self._accept_if_possible),
        ):
            sequence = QKeySequence(keys)
            QShortcut(sequence, self, action)
            self._own_keys.add(sequence.toString(QKeySequence.SequenceFormat.PortableText))
        # Text fields claim some of these keys for themselves (Ctrl+U erases the line on
        # Linux desktops): in this panel the panel's meaning wins.
        for field in (self.title_edit, self.text_edit, self.exceptions_edit):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
            if pressed.toString(QKeySequence.SequenceFormat.PortableText) in self._own_keys:
                return True  # left unaccepted: the panel's shortcut takes the key
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        # The button box makes its accept button the default one when it is shown.
        super().showEvent(event)
        self._no_default_button()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()  # Enter never records: only Ctrl+Entrée does
            return
        super().keyPressEvent(event)

    def _no_default_button(self) -> None:
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def _accept_if_possible(self) -> None:
        if self.recordable():
            self.accept()

    # Choices ---------------------------------------------------------------------------
    def _choice_keyed(self, row: int, value: str) -> None:
        self.set_choice(self.voters[row].person_id, VoteChoice(value))

    def _table_changed(self) -> None:
        """The table changed by a key or a call: the line says the same from now on."""
        self.exceptions_edit.setText(format_vote_line(self._choices, self._names))
        self._set_line_error("")
        self._update()

    def _apply_line(self) -> None:
        try:
            named = parse_vote_line(self.exceptions_edit.text(), self._names)
        except ValidationError as error:
            self._set_line_error(error_text(error))
        else:
            self._set_line_error("")
            for person_id in self._choices:
                self._choices[person_id] = named.get(person_id, VoteChoice.FOR)
                self._show_choice(person_id)
        self._update()

    def _line_entered(self) -> None:
        self._apply_line()
        if not self._line_error:
            self.table.setFocus()

    def _set_line_error(self, message: str) -> None:
        self._line_error = message
        self.exceptions_error.setText(message)
        self.exceptions_error.setVisible(bool(message))

    def _show_choice(self, person_id: int) -> None:
        row = self._rows[person_id]
        choice = self._choices[person_id]
        cell = self.table.item(row, CHOICE_COLUMN)
        if cell is None:
            return
        cell.setText(term(choice))
        font = QFont(cell.font())
        font.setBold(choice is not VoteChoice.FOR)
        cell.setFont(font)

    def _cell(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text() if cell is not None else ""

    # What the panel says ---------------------------------------------------------------
    def _state(self) -> PanelState:
        if not self.session_open:
            return PanelState.NOT_OPENED
        if not self.quorum.reached:
            return PanelState.NO_QUORUM
        if not self.voters:
            return PanelState.NO_VOTERS
        return PanelState.RECORDABLE

    def _banner_text(self) -> str:
        time_text = i18n.time_text(self.at)
        if self.state is PanelState.NOT_OPENED:
            return self.tr(
                "Séance non ouverte : ouvrez-la (F6) avant de voter ; "
                "le vote ne peut être enregistré."
            )
        if self.state is PanelState.NO_QUORUM:
            return self.tr(
                "QUORUM NON ATTEINT à {time} : {counted} sur {required} requis. L'instance "
                "ne peut pas délibérer valablement ; le vote ne peut être enregistré."
            ).format(
                time=time_text,
                counted=i18n.number(self.quorum.present + self.quorum.represented),
                required=i18n.number(self.quorum.required),
            )
        if self.state is PanelState.NO_VOTERS:
            return self.tr(
                "Personne ne peut voter à {time} : le vote ne peut être enregistré."
            ).format(time=time_text)
        return self.tr(
            "Quorum atteint à {time} : {n} votant(s) présent(s) ou représenté(s)."
        ).format(time=time_text, n=len(self.voters))

    def _update(self) -> None:
        self.record_button.setEnabled(self.recordable())
        if not self.voters:
            self.totals.setText(self.tr("Personne ne peut voter à cet instant."))
            return
        weights = {v.person_id: Fraction(str(v.weight)) for v in self.voters}
        heads, weighted = tally(weights, self._choices)
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
        body = self.meeting.body
        if body.weighting is Weighting.RIGHTS:
            lines.append(
                self.tr("Droits : {f} pour, {a} contre, {s} abstention(s)").format(
                    f=n(weighted.for_), a=n(weighted.against), s=n(weighted.abstention)
                )
            )
        if not self.recordable():
            lines.append(self.tr("Résultat : —"))
            self.totals.setText("\n".join(lines))
            return
        counted = weighted if body.weighting is Weighting.RIGHTS else heads
        chair = self._choices.get(self.meeting.chair_id or 0)
        outcome = decide(
            counted,
            body.majority,
            present_or_represented=sum(weights.values())
            if body.weighting is Weighting.RIGHTS
            else len(self.voters),
            chair_casting_vote=body.chair_casting_vote,
            chair_vote=CHAIR.get(chair, ChairVote.NONE) if chair else ChairVote.NONE,
        )
        result = term(outcome.result)
        if outcome.unanimous:
            result += self.tr(" à l'unanimité")
        if outcome.casting_vote_used:
            result += self.tr(" (voix prépondérante du président)")
        lines.append(self.tr("Résultat : délibération {result}").format(result=result))
        self.totals.setText("\n".join(lines))
