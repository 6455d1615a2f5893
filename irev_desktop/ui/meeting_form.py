"""The form to plan a meeting or edit its header."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from irev_desktop.domain.enums import MeetingMode
from irev_desktop.services.dto import MeetingDetail
from irev_desktop.services.meetings import MeetingHeader
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.vocabulary import term


class MeetingFormDialog(QDialog):
    def __init__(
        self, context: UiContext, parent: QWidget | None, meeting: MeetingDetail | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(
            self.tr("Modifier la séance") if meeting else self.tr("Nouvelle séance")
        )
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.body_combo = QComboBox()
        for body in context.services.registry.bodies():
            self.body_combo.addItem(f"{body.name} ({body.short_name})", body.id)
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(i18n.locale())
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat("HH:mm")
        self.mode_combo = QComboBox()
        for mode in MeetingMode:
            self.mode_combo.addItem(term(mode), mode.value)
        self.place_edit = QLineEdit()
        self.link_edit = QLineEdit()
        self.chair_combo = QComboBox()
        self.secretary_combo = QComboBox()
        people = context.services.registry.people()
        for combo in (self.chair_combo, self.secretary_combo):
            combo.addItem("—", None)
            for person in people:
                combo.addItem(person.full_name, person.id)
        form.addRow(self.tr("&Instance"), self.body_combo)
        form.addRow(self.tr("In&titulé"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Heure prévue"), self.start_edit)
        form.addRow(self.tr("&Modalité"), self.mode_combo)
        form.addRow(self.tr("&Lieu"), self.place_edit)
        form.addRow(self.tr("Lien de &visioconférence"), self.link_edit)
        form.addRow(self.tr("&Présidence"), self.chair_combo)
        form.addRow(self.tr("&Secrétaire de séance"), self.secretary_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        if meeting is None:
            self.title_edit.setText(self.tr("Assemblée générale"))
            self.date_edit.setDate(QDate.currentDate())
            self.start_edit.setTime(QTime(10, 0))
            self.body_combo.currentIndexChanged.connect(self._propose_title)
            self._propose_president()
        else:
            self.body_combo.setCurrentIndex(self.body_combo.findData(meeting.body.id))
            self.body_combo.setEnabled(False)
            self.title_edit.setText(meeting.title)
            self.date_edit.setDate(i18n.qdate(meeting.date))
            if meeting.planned_start:
                self.start_edit.setTime(i18n.qtime(meeting.planned_start))
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(meeting.mode.value))
            self.place_edit.setText(meeting.place)
            self.link_edit.setText(meeting.video_link)
            self.chair_combo.setCurrentIndex(max(0, self.chair_combo.findData(meeting.chair_id)))
            self.secretary_combo.setCurrentIndex(
                max(0, self.secretary_combo.findData(meeting.secretary_id))
            )

    def ask(self) -> bool:
        return self.context.dialogs.run(self)

    def _propose_title(self) -> None:
        body_id = self.body_combo.currentData()
        for body in self.context.services.registry.bodies():
            if body.id == body_id:
                self.title_edit.setText(body.name)
        self._propose_president()

    def _propose_president(self) -> None:
        from irev_desktop.domain.enums import Role

        body_id = self.body_combo.currentData()
        if body_id is None:
            return
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        president = self.context.services.mandates.holder(body_id, Role.PRESIDENT, day)
        if president is not None:
            self.chair_combo.setCurrentIndex(max(0, self.chair_combo.findData(president.person_id)))

    def result_values(self) -> tuple[int, MeetingHeader]:
        day = self.date_edit.date().toPython()
        start = self.start_edit.time().toPython()
        assert isinstance(day, dt.date) and isinstance(start, dt.time)
        return (
            int(self.body_combo.currentData()),
            MeetingHeader(
                title=self.title_edit.text(),
                date=day,
                planned_start=start,
                mode=MeetingMode(self.mode_combo.currentData()),
                place=self.place_edit.text(),
                video_link=self.link_edit.text(),
                chair_id=self.chair_combo.currentData(),
                secretary_id=self.secretary_combo.currentData(),
            ),
        )
