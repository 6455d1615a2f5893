"""The header of the meeting page: what, when, where, who chairs, and the status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from irev_desktop.domain.enums import MeetingMode, MeetingStatus
from irev_desktop.model.dto import MeetingDetail
from irev_desktop.model.notice import meeting_notice
from irev_desktop.model.seal import SealCheck, SealStatus
from irev_desktop.ui import i18n
from irev_desktop.ui.meeting_form import WARNING_STYLE, notice_warning, send_by_hint
from irev_desktop.ui.style import show_state
from irev_desktop.ui.vocabulary import term


class MeetingHeader(QWidget):
    """Signals: editRequested(), statusRequested(str) — the target status value,
    mailsRequested() — the convocation's e-mail drafts."""

    editRequested = Signal()
    statusRequested = Signal(str)
    mailsRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        # The notice period against the convocation date: a warning for the secretary,
        # never printed on the convocation itself.
        self.notice = QLabel()
        self.notice.setObjectName("noticeWarning")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.banner = QLabel()
        self.banner.setObjectName("frozenBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.banner)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Modifier l'en-tête…"))
        self.edit_button.clicked.connect(self.editRequested)
        actions.addWidget(self.edit_button)
        self.lifecycle_buttons: list[QPushButton] = []
        self._lifecycle_row = actions
        actions.addStretch(1)
        # Files only (the drafts), so offered on a store open for reading too.
        self.mails_button = QPushButton(self.tr("Préparer les &courriels de convocation…"))
        self.mails_button.setObjectName("convocationMails")
        self.mails_button.clicked.connect(self.mailsRequested)
        actions.addWidget(self.mails_button)
        layout.addLayout(actions)

    def show_meeting(
        self, meeting: MeetingDetail, writable: bool, seal: SealCheck | None = None
    ) -> None:
        self.title.setText(f"{meeting.title} — {i18n.long_date(meeting.date)}")
        self.status.setText(term(meeting.status))
        show_state(self.status, "status", meeting.status.value)
        start = meeting.actual_start or meeting.planned_start
        times = i18n.time_text(start)
        if meeting.actual_end:
            times += f" – {i18n.time_text(meeting.actual_end)}"
        where = term(meeting.mode)
        if meeting.mode is not MeetingMode.VIDEO and meeting.place:
            where = f"{meeting.place} ({term(meeting.mode)})"
        if meeting.mode is not MeetingMode.IN_PERSON and meeting.video_link:
            where += f" · {meeting.video_link}"
        unknown_time = self.tr("horaire à préciser")
        lines = [
            f"<b>{meeting.body.name}</b> · {times or unknown_time} · {where}",
            self.tr("Présidence : {chair} · Secrétaire de séance : {secretary}").format(
                chair=meeting.chair_name or "—", secretary=meeting.secretary_name or "—"
            ),
        ]
        if meeting.convened_on:
            lines.append(
                self.tr("Convoquée le {date}").format(date=i18n.long_date(meeting.convened_on))
            )
        if meeting.adopted_on:
            lines.append(
                self.tr("Procès-verbal approuvé le {date}").format(
                    date=i18n.long_date(meeting.adopted_on)
                )
            )
        self.details.setText("<br>".join(lines))
        self._show_notice(meeting)
        failed = seal is not None and seal.failed
        if meeting.frozen or failed:
            self.banner.setText(self._seal_text(seal))
        elif not writable:
            self.banner.setText(
                self.tr("La base est ouverte par une autre instance : lecture seule.")
            )
        show_state(self.banner, "tampered", failed)
        self.banner.setVisible(meeting.frozen or failed or not writable)
        self.edit_button.setEnabled(writable and not meeting.frozen)
        self._set_lifecycle(meeting.status, writable)

    def _seal_text(self, seal: SealCheck | None) -> str:
        """The banner of signed minutes: the state of their seal, and why it fails."""
        status = seal.status if seal is not None else None
        if status is SealStatus.INCONSISTENT:
            text = self.tr(
                "ATTENTION : la signature de ce procès-verbal a été modifiée hors du "
                "programme ; ce qui est affiché n'est pas garanti conforme au procès-verbal "
                "signé."
            )
        else:
            state = {
                SealStatus.OK: self.tr("empreinte vérifiée"),
                SealStatus.ALTERED: self.tr("ALTÉRÉ depuis la signature"),
            }.get(status, "")  # type: ignore[arg-type]
            text = self.tr("Procès-verbal signé : la séance est en lecture seule ({seal}).").format(
                seal=state
            )
        reasons = seal.reasons if seal is not None else ()
        return "\n".join([text, *(f"• {reason}" for reason in reasons)])

    def _show_notice(self, meeting: MeetingDetail) -> None:
        check = meeting_notice(meeting)
        warning = notice_warning(check)
        text = warning
        if not warning and check.days is None and meeting.status is MeetingStatus.PLANNED:
            text = send_by_hint(check)
        self.notice.setText(text)
        self.notice.setStyleSheet(WARNING_STYLE if warning else "")
        self.notice.setVisible(bool(text))

    def _set_lifecycle(self, status: MeetingStatus, writable: bool) -> None:
        for button in self.lifecycle_buttons:
            self._lifecycle_row.removeWidget(button)
            button.deleteLater()
        self.lifecycle_buttons = []
        steps = {
            MeetingStatus.PLANNED: [
                (MeetingStatus.CONVENED, self.tr("Marquer convoquée")),
                (MeetingStatus.HELD, self.tr("Marquer tenue")),
            ],
            MeetingStatus.CONVENED: [(MeetingStatus.HELD, self.tr("Marquer tenue"))],
            MeetingStatus.HELD: [(MeetingStatus.MINUTES_DRAFT, self.tr("Rédiger le PV (projet)"))],
            MeetingStatus.MINUTES_DRAFT: [
                (MeetingStatus.MINUTES_ADOPTED, self.tr("PV approuvé…")),
            ],
            MeetingStatus.MINUTES_ADOPTED: [
                (MeetingStatus.MINUTES_DRAFT, self.tr("Revenir au projet")),
                (MeetingStatus.MINUTES_SIGNED, self.tr("Signer et figer…")),
            ],
            MeetingStatus.MINUTES_SIGNED: [],
        }[status]
        for target, label in steps:
            button = QPushButton(label)
            button.setObjectName(f"to_{target.value}")
            button.setEnabled(writable)
            button.clicked.connect(lambda _=False, t=target.value: self.statusRequested.emit(t))
            self._lifecycle_row.insertWidget(1 + len(self.lifecycle_buttons), button)
            self.lifecycle_buttons.append(button)
