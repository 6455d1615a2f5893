"""The attendance of a videoconference report, shown before anything is written: each
participant of the report, the stretches kept, and the person of the register proposed
for them with its score. The user confirms, changes or leaves out each one; nothing is
written until « Importer »."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.conference_report import read_report_file
from irev_desktop.domain.history_text import format_time
from irev_desktop.domain.quorum import Interval
from irev_desktop.domain.report_matching import Participant
from irev_desktop.model.conference_import import Choice, ImportPlan
from irev_desktop.model.dto import PersonDTO
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.meeting.undo import AttendanceCommand

LEAVE_OUT, AS_GUEST = -1, -2


def spans(stretches: Sequence[Interval]) -> str:
    return ", ".join(
        f"{format_time(s.start) if s.start else '…'}–{format_time(s.end) if s.end else '…'}"
        for s in stretches
    )


class ReportImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        plan: ImportPlan,
        people: Sequence[PersonDTO],
        replan: Callable[[int], ImportPlan],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Présences d'après le rapport de visioconférence"))
        self.plan = plan
        self._people = sorted(people, key=lambda p: (p.last_name.casefold(), p.first_name))
        self._replan = replan
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        threshold = QHBoxLayout()
        threshold.addWidget(QLabel(self.tr("Ignorer les connexions de moins de")))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("minutesSpin")
        self.minutes_spin.setRange(0, 240)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(plan.min_minutes)
        self.minutes_spin.valueChanged.connect(self._threshold_changed)
        threshold.addWidget(self.minutes_spin)
        threshold.addStretch(1)
        layout.addLayout(threshold)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("reportTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dans le rapport"),
                self.tr("Connexions retenues"),
                self.tr("Personne du registre"),
                self.tr("Score"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # a name and its e-mail: two lines, never more
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Importer"))
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.combos: list[QComboBox | None] = []
        self._fill()
        self.resize(980, 520)

    # Filling ------------------------------------------------------------------------------
    def _fill(self) -> None:
        plan = self.plan
        self.intro.setText(
            self.tr(
                "Rapport {kind} : {count} participants. Les correspondances sûres (même "
                "courriel, ou nom à {score}/100 au moins) sont choisies ; vérifiez les "
                "autres. Les personnes de la liste absentes du rapport ne changent pas."
            ).format(kind=plan.kind, count=len(plan.participants), score=85)
        )
        self.table.setRowCount(len(plan.participants))
        self.combos = []
        for row, participant in enumerate(plan.participants):
            name = participant.name + (f"\n{participant.email}" if participant.email else "")
            self._set(row, 0, name)
            kept = spans(participant.stretches) or self.tr("aucune connexion retenue")
            if participant.ignored:
                kept += " " + self.tr("({count} courte(s) ignorée(s))").format(
                    count=participant.ignored
                )
            self._set(row, 1, kept)
            chosen = participant.chosen if participant.stretches else None
            self._set(row, 3, "" if chosen is None else self._score(chosen.score, chosen.by_email))
            if not participant.stretches:
                self.table.removeCellWidget(row, 2)
                self._set(row, 2, self.tr("— rien à enregistrer —"))
                self.combos.append(None)
                continue
            combo = self._combo(participant)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._choice_changed(r))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeRowsToContents()
        self._update_summary()

    def _set(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, item)

    def _score(self, score: int, by_email: bool) -> str:
        return self.tr("courriel") if by_email else f"{score}/100"

    def _combo(self, participant: Participant) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— Ne pas importer —"), LEAVE_OUT)
        combo.addItem(self.tr("Ajouter comme invité·e"), AS_GUEST)
        proposed = {p.person_id for p in participant.proposals}
        for proposal in participant.proposals:
            combo.addItem(
                f"{proposal.name} ({self._score(proposal.score, proposal.by_email)})",
                proposal.person_id,
            )
        if participant.proposals:
            combo.insertSeparator(combo.count())
        for person in self._people:
            if person.id not in proposed:
                combo.addItem(person.full_name, person.id)
        chosen = participant.chosen
        combo.setCurrentIndex(combo.findData(chosen.person_id) if chosen is not None else 0)
        return combo

    # Choices ------------------------------------------------------------------------------
    def _threshold_changed(self, minutes: int) -> None:
        kept = self._current_choices()
        self.plan = self._replan(minutes)
        self._fill()
        # What the user had chosen stays chosen where the participant still has stretches.
        for row, participant in enumerate(self.plan.participants):
            combo = self.combos[row]
            if combo is not None and participant.name in kept:
                combo.setCurrentIndex(max(0, combo.findData(kept[participant.name])))

    def _current_choices(self) -> dict[str, int]:
        return {
            p.name: int(combo.currentData())
            for p, combo in zip(self.plan.participants, self.combos, strict=True)
            if combo is not None
        }

    def _choice_changed(self, row: int) -> None:
        combo = self.combos[row]
        participant = self.plan.participants[row]
        chosen = (
            None
            if combo is None
            else next(
                (p for p in participant.proposals if p.person_id == combo.currentData()), None
            )
        )
        self._set(row, 3, "" if chosen is None else self._score(chosen.score, chosen.by_email))
        self._update_summary()

    def choices(self) -> list[Choice]:
        result = []
        for participant, combo in zip(self.plan.participants, self.combos, strict=True):
            if combo is None:
                continue
            value = int(combo.currentData())
            if value == LEAVE_OUT:
                continue
            if value == AS_GUEST:
                result.append(Choice(None, participant.name, participant.stretches))
            else:
                result.append(Choice(value, "", participant.stretches))
        return result

    def _update_summary(self) -> None:
        choices = self.choices()
        guests = sum(1 for c in choices if c.person_id is None)
        people = len({c.person_id for c in choices if c.person_id is not None})
        left_out = sum(1 for c in self.combos if c is not None) - len(choices)
        self.summary.setText(
            self.tr(
                "À enregistrer : {people} personne(s) du registre, {guests} invité·e(s) ; "
                "{left} participant(s) laissé(s) de côté."
            ).format(people=people, guests=guests, left=left_out)
        )
        self.import_button.setEnabled(bool(choices))


def import_report(context: UiContext, parent: QWidget, meeting_id: int) -> int:
    """Choose a report, show what it says, write what the user confirms (undoable for the
    people of the register; guests added stay in the register). Returns how many people
    were written, 0 when nothing was."""
    title = QCoreApplication.translate("ReportImportDialog", "Rapport de visioconférence")
    path = context.dialogs.open_file(
        parent,
        title,
        QCoreApplication.translate(
            "ReportImportDialog", "Rapports de présence (*.csv *.txt);;Tous les fichiers (*)"
        ),
    )
    if path is None:
        return 0
    services = context.services
    with context.reporting(parent, title):
        data = read_report_file(path)
        plan = services.attendance_import.plan(meeting_id, data)
        dialog = ReportImportDialog(
            parent,
            plan,
            services.registry.people(),
            lambda minutes: services.attendance_import.plan(meeting_id, data, minutes),
        )
        if not context.dialogs.run(dialog):
            return 0
        choices = dialog.choices()
        people = sorted({c.person_id for c in choices if c.person_id is not None})
        before = services.attendance.snapshot(meeting_id, people)
        written = services.attendance_import.apply(meeting_id, choices)
        after = services.attendance.snapshot(meeting_id, people)
        context.undo.push(
            AttendanceCommand(
                QCoreApplication.translate(
                    "UndoCommands", "Présences du rapport de visioconférence"
                ),
                services,
                before,
                after,
            )
        )
        return written
    return 0
