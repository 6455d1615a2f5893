"""A meeting's calendar invitation as an iCalendar file (RFC 5545), with ``icalendar``.

The times are local times of Europe/Paris (``TZID=Europe/Paris``), and the file carries
that zone's definition (VTIMEZONE) as Outlook and Google Calendar write it: the European
rule in force since 1996 (summer time from the last Sunday of March, 2:00, to the last
Sunday of October, 3:00). Writing it needs no time-zone database on the computer.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress

from irev_desktop import APP_NAME, __version__
from irev_desktop.model.convocation import TIMEZONE, Invitation

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//FR"
MEDIA_TYPE = "text/calendar"


def paris_timezone() -> Timezone:
    """The VTIMEZONE of Europe/Paris: CET (UTC+1) and CEST (UTC+2)."""
    zone = Timezone()
    zone.add("tzid", TIMEZONE)
    zone.add("x-lic-location", TIMEZONE)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", dt.timedelta(hours=1))
    summer.add("tzoffsetto", dt.timedelta(hours=2))
    summer.add("dtstart", dt.datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", dt.timedelta(hours=2))
    winter.add("tzoffsetto", dt.timedelta(hours=1))
    winter.add("dtstart", dt.datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def ics_bytes(invitation: Invitation) -> bytes:
    """The .ics file: one VEVENT, and the VTIMEZONE its times refer to."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", invitation.method)
    event = Event()
    event.add("uid", invitation.uid)
    event.add("sequence", invitation.sequence)
    event.add("dtstamp", invitation.stamp)
    if invitation.start is not None and invitation.end is not None:
        calendar.add_component(paris_timezone())
        local = {"TZID": TIMEZONE}
        event.add("dtstart", invitation.start.replace(tzinfo=None), parameters=local)
        event.add("dtend", invitation.end.replace(tzinfo=None), parameters=local)
    else:  # no time planned: the whole day
        event.add("dtstart", invitation.day)
        event.add("dtend", invitation.day + dt.timedelta(days=1))
    event.add("summary", invitation.summary)
    event.add("description", invitation.description)
    if invitation.location:
        event.add("location", invitation.location)
    if invitation.url:
        event.add("url", invitation.url)
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    reply = invitation.method == "REQUEST"
    if invitation.organiser_email:
        organiser = vCalAddress(f"mailto:{invitation.organiser_email}")
        organiser.params["CN"] = invitation.organiser_name
        event.add("organizer", organiser)
    for invitee in invitation.invitees:
        attendee = vCalAddress(f"mailto:{invitee.email}")
        attendee.params["CN"] = invitee.name
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        attendee.params["ROLE"] = invitee.role
        attendee.params["PARTSTAT"] = "NEEDS-ACTION"
        attendee.params["RSVP"] = "TRUE" if reply else "FALSE"
        event.add("attendee", attendee)
    calendar.add_component(event)
    content: bytes = calendar.to_ical()
    return content
