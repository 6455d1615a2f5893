"""How a meeting's convocation stands against its body's notice period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from irev_desktop.model import dto


@dataclass(frozen=True)
class NoticeCheck:
    """How a meeting's convocation stands against its body's notice period."""

    send_by: dt.date  # the last day the convocation may be sent under the usual period
    notice_days: int  # the usual period (days between the convocation and the meeting)
    urgent_notice_days: int  # the shortest period, for an urgent meeting
    days: int | None  # the days actually given, when the convocation date is known

    @property
    def short(self) -> bool:
        """Sent later than the usual period allows (an urgent meeting, or a slip)."""
        return self.days is not None and self.days < self.notice_days

    @property
    def below_urgent(self) -> bool:
        """Shorter even than the period allowed for an urgent meeting."""
        return self.days is not None and self.days < self.urgent_notice_days


def notice_check(
    meeting_date: dt.date,
    convened_on: dt.date | None,
    notice_days: int,
    urgent_notice_days: int = 0,
) -> NoticeCheck:
    """The convocation date against the notice period: a warning to show, never a
    refusal (an urgent meeting may be convened at shorter notice)."""
    return NoticeCheck(
        send_by=meeting_date - dt.timedelta(days=notice_days),
        notice_days=notice_days,
        urgent_notice_days=min(urgent_notice_days, notice_days),
        days=None if convened_on is None else (meeting_date - convened_on).days,
    )


def meeting_notice(meeting: dto.MeetingDetail) -> NoticeCheck:
    return notice_check(
        meeting.date, meeting.convened_on, meeting.body.notice_days, meeting.body.urgent_notice_days
    )
