"""The form to plan a meeting or edit its header."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from irev_desktop.domain.enums import MeetingMode
from irev_desktop.model.dto import BodyDTO, MeetingDetail
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.model.notice import NoticeCheck, notice_check
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.vocabulary import term

WARNING_STYLE = "color: #8a1c1c; font-weight: 600;"


def days_text(days: int) -> str:
    if days <= 1:
        return QCoreApplication.translate("NoticeWarning", "{n} jour").format(n=days)
    return QCoreApplication.translate("NoticeWarning", "{n} jours").format(n=days)


def notice_warning(check: NoticeCheck) -> str:
    """ "Délai de convocation court : 12 jours au lieu de 20" (empty when the notice is
    long enough or the convocation date unknown)."""
    if check.days is None or not check.short:
        return ""
    text = QCoreApplication.translate(
        "NoticeWarning", "Délai de convocation court : {days} au lieu de {required}"
    ).format(days=days_text(check.days), required=check.notice_days)
    if check.below_urgent:
        text += QCoreApplication.translate(
            "NoticeWarning", ", moins que les {urgent} admis en cas d'urgence"
        ).format(urgent=days_text(check.urgent_notice_days))
    return text + "."


def send_by_hint(check: NoticeCheck) -> str:
    """ "À adresser au plus tard le mardi 16 février 2021 (délai : 20 jours)"."""
    return QCoreApplication.translate(
        "NoticeWarning", "Convocation à adresser au plus tard le {date} (délai : {days})."
    ).format(date=i18n.long_date(check.send_by), days=days_text(check.notice_days))


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
        self._bodies = context.services.registry.bodies()
        for body in self._bodies:
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
        # The convocation date may stay empty (not convened yet): a box turns it on.
        self.convened_check = QCheckBox(self.tr("&Convoquée le"))
        self.convened_edit = QDateEdit()
        self.convened_edit.setCalendarPopup(True)
        self.convened_edit.setLocale(i18n.locale())
        self.convened_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.convened_edit.setEnabled(False)
        self.convened_check.setToolTip(
            self.tr("Date à laquelle la convocation a été adressée aux membres")
        )
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeWarning")
        self.notice_label.setWordWrap(True)
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
        form.addRow(self.convened_check, self.convened_edit)
        form.addRow("", self.notice_label)
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
            if meeting.convened_on is not None:
                self.convened_edit.setDate(i18n.qdate(meeting.convened_on))
                self.convened_check.setChecked(True)
                self.convened_edit.setEnabled(True)
        self.convened_check.toggled.connect(self._convened_toggled)
        for signal in (
            self.convened_edit.dateChanged,
            self.date_edit.dateChanged,
            self.body_combo.currentIndexChanged,
        ):
            signal.connect(self._update_notice)
        self._update_notice()

    def ask(self) -> bool:
        return self.context.dialogs.run(self)

    def _convened_toggled(self, checked: bool) -> None:
        self.convened_edit.setEnabled(checked)
        if checked:
            # Today, unless the meeting is already past: then its own day, to correct.
            day = min(QDate.currentDate(), self.date_edit.date())
            self.convened_edit.setDate(day)
            self.convened_edit.setFocus()
        self._update_notice()

    def _body(self) -> BodyDTO | None:
        body_id = self.body_combo.currentData()
        return next((b for b in self._bodies if b.id == body_id), None)

    def convened_on(self) -> dt.date | None:
        if not self.convened_check.isChecked():
            return None
        day = self.convened_edit.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _update_notice(self) -> None:
        """The notice period checked as the dates are typed: a warning, never a refusal."""
        body = self._body()
        if body is None:
            self.notice_label.hide()
            return
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        check = notice_check(day, self.convened_on(), body.notice_days, body.urgent_notice_days)
        warning = notice_warning(check)
        if warning:
            self.notice_label.setText(warning)
            self.notice_label.setStyleSheet(WARNING_STYLE)
        elif check.days is None:
            self.notice_label.setText(send_by_hint(check))
            self.notice_label.setStyleSheet("")
        else:
            self.notice_label.setText("")
        self.notice_label.setVisible(bool(self.notice_label.text()))
        layout = self.layout()
        if self.isVisible() and layout is not None:  # a line shown or wrapped: grow
            layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

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
                convened_on=self.convened_on(),
            ),
        )
