"""A meeting, read in full, as HTML for the archive's reader (no widget here).

The facts (dates, times, place, attendance, quorum, votes, statuses) are worded by
``model.wording``, in French, exactly as the documents word them; the page's own labels
(section titles, field names, empty states) are the interface's, and translated.

Everything typed by a user (names, titles, notes, places) is escaped: a note that
contains "<script>" or "R&D" shows exactly that, never markup.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from irev_desktop.domain import french
from irev_desktop.domain.enums import AttendanceStatus, Civility
from irev_desktop.model import wording
from irev_desktop.model.dto import (
    ActionItemDTO,
    AttachmentDTO,
    AttendanceDTO,
    MeetingDetail,
)
from irev_desktop.model.wording import People
from irev_desktop.ui import i18n

STYLE = """
h1 { font-size: 17pt; color: #1d3557; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #1d3557; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 3px; margin-bottom: 3px; }
.subtitle { color: #495057; }
.signed { background-color: #d8f3dc; color: #1b4332; font-weight: 600; }
.meta { color: #495057; }
.empty { color: #868e96; font-style: italic; }
.reached { color: #1b4332; }
.missed { color: #8a1c1c; font-weight: 600; }
.result { font-weight: 600; }
th { text-align: left; color: #495057; font-weight: normal; padding-right: 14px; }
"""


# Called with a literal context: pyside6-lupdate files a bare tr("…") call of a
# module-level helper under the empty context, where the translator never looks.
translate = QCoreApplication.translate


def esc(text: str) -> str:
    """User text as HTML: escaped, with its line breaks kept."""
    clean = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return html.escape(clean, quote=True).replace("\n", "<br/>")


def number(value: float, decimals: int = 2) -> str:
    """``1 234,5`` in French, ``1,234.5`` in English."""
    text = i18n.number(value, decimals)
    if i18n.current() == "fr":
        return text
    return text.replace(",", ".").replace(french.NNBSP, ",")


def meeting_html(
    detail: MeetingDetail, civilities: Mapping[int, Civility | None] | None = None
) -> str:
    """The whole meeting: header, attendance, quorum, agenda and notes, decisions.

    ``civilities`` (of the people named) make names and words agree as in the documents:
    "Mme Milouda Ala, présidente"; without them, "Milouda Ala, président·e"."""
    people = People(civilities)
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        *header(detail, people),
        *attendance(detail, people),
        *quorum(detail),
        *agenda(detail, people),
        *deliberations(detail, people),
        *actions(detail, people),
        *attachments(detail),
        "</body></html>",
    ]
    return "\n".join(parts)


# Header -------------------------------------------------------------------------------
def header(detail: MeetingDetail, people: People) -> list[str]:
    body = detail.body
    lines = [
        f"<h1>{esc(detail.title)}</h1>",
        f'<p class="subtitle">{esc(detail.organisation.name)} — {esc(body.name)} '
        f"({esc(body.short_name)})</p>",
    ]
    if detail.signed_at is not None:
        lines.append(
            '<p class="signed">&nbsp;'
            + esc(
                translate("ArchiveRender", "Procès-verbal signé le {date} — lecture seule").format(
                    date=i18n.long_date(detail.signed_at.date())
                )
            )
            + "&nbsp;</p>"
        )
    chair = wording.chair(detail, people)
    secretary = wording.secretary(detail, people)
    rows = [
        (translate("ArchiveRender", "Date"), esc(wording.date_long(detail.date))),
        (translate("ArchiveRender", "Horaires"), esc(wording.hours(detail, planned=True))),
        (translate("ArchiveRender", "Lieu"), place(detail)),
        (
            translate("ArchiveRender", "Présidence"),
            esc(chair) if detail.chair_name else empty(chair),
        ),
        (
            translate("ArchiveRender", "Secrétaire de séance"),
            esc(secretary) if detail.secretary_name else empty(secretary),
        ),
        (translate("ArchiveRender", "Statut"), esc(wording.status_words(detail))),
    ]
    lines.append('<table cellspacing="0" cellpadding="2">')
    lines.extend(f"<tr><th>{esc(label)}</th><td>{value}</td></tr>" for label, value in rows)
    lines.append("</table>")
    return lines


def empty(text: str) -> str:
    return f'<span class="empty">{esc(text)}</span>'


# The translated texts stay outside the f-strings: pyside6-lupdate does not read inside them.
def section_title(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def nothing(text: str) -> str:
    """A paragraph saying a section is empty."""
    return f"<p>{empty(text)}</p>"


def place(detail: MeetingDetail) -> str:
    """The place as the documents say it, and the connection link when there is one."""
    where = wording.place(detail)
    text = empty(where) if where == wording.NO_PLACE else esc(where)
    link = wording.video_link(detail)
    if link:
        text += " — " + esc(translate("ArchiveRender", "lien : {link}").format(link=link))
    return text


# Attendance ---------------------------------------------------------------------------
def attendance(detail: MeetingDetail, people: People) -> list[str]:
    lines = [section_title(translate("ArchiveRender", "Présences"))]
    if not detail.attendance:
        return [
            *lines,
            nothing(translate("ArchiveRender", "Aucune présence enregistrée.")),
        ]
    voting = [a for a in detail.attendance if a.role is not None and a.role.votes]
    others = [a for a in detail.attendance if a.role is None or not a.role.votes]

    def with_status(status: AttendanceStatus) -> list[str]:
        return [person(a, people) for a in detail.attendance if a.status is status]

    groups: list[tuple[str, list[str]]] = [
        (
            translate("ArchiveRender", "Présents"),
            [person(a, people) for a in voting if a.status is AttendanceStatus.PRESENT],
        ),
        (translate("ArchiveRender", "Représentés"), with_status(AttendanceStatus.REPRESENTED)),
        (translate("ArchiveRender", "Excusés"), with_status(AttendanceStatus.EXCUSED)),
        (translate("ArchiveRender", "Absents"), with_status(AttendanceStatus.ABSENT)),
        (
            translate("ArchiveRender", "Autres participants"),
            [person(a, people) for a in others if a.status is AttendanceStatus.PRESENT],
        ),
        (
            translate("ArchiveRender", "Présence non pointée"),
            with_status(AttendanceStatus.EXPECTED),
        ),
    ]
    for title, names in groups:
        if not names:
            continue
        lines.append(f"<h3>{esc(title)} ({len(names)})</h3>")
        lines.append("<ul>" + "".join(f"<li>{name}</li>" for name in names) + "</ul>")
    return lines


def person(a: AttendanceDTO, people: People) -> str:
    """ "<b>Mme Hélène Roussel</b>, membre — Région (arrivée à 10 h 15)": the name, the
    quality and the member, then the moves and proxies in the order they happened."""
    text = f"<b>{esc(people.attendee_name(a))}</b>"
    quality = [people.quality(a), a.member_name]
    text += ", " + esc(" — ".join(part for part in quality if part))
    events = wording.presence_events(a, people)
    if events:
        text += f' <span class="meta">({esc(", ".join(events))})</span>'
    if a.note:
        text += f' <span class="meta">— {esc(a.note)}</span>'
    return text


# Quorum -------------------------------------------------------------------------------
def quorum(detail: MeetingDetail) -> list[str]:
    """The quorum at the opening, in the words of the procès-verbal."""
    opening = detail.opening_quorum
    css = "meta" if opening is None else "reached" if opening.reached else "missed"
    return [
        section_title(translate("ArchiveRender", "Quorum")),
        f'<p class="{css}">{esc(wording.quorum_sentence(detail))}</p>',
    ]


# Agenda and notes ---------------------------------------------------------------------
def agenda(detail: MeetingDetail, people: People) -> list[str]:
    lines = [section_title(translate("ArchiveRender", "Ordre du jour"))]
    if not detail.items:
        return [*lines, nothing(translate("ArchiveRender", "Ordre du jour vide."))]
    for item in detail.items:
        lines.append(f"<h3>{item.position}. {esc(item.title)}</h3>")
        lines.append(f'<p class="meta">{esc(wording.item_line(item, people, planned=True))}</p>')
        if item.notes.strip():
            lines.append(f"<p>{esc(item.notes)}</p>")
        else:
            lines.append(nothing(translate("ArchiveRender", "Pas de notes.")))
    return lines


# Decisions ----------------------------------------------------------------------------
def deliberations(detail: MeetingDetail, people: People) -> list[str]:
    if not detail.deliberations:
        return []
    positions = {item.id: item.position for item in detail.items}
    lines = [section_title(translate("ArchiveRender", "Délibérations"))]
    for d in detail.deliberations:
        lines.append(f"<h3>{esc(wording.deliberation_heading(d))}</h3>")
        if d.item_id in positions:
            where = wording.agenda_reference(positions[d.item_id])
            lines.append(f'<p class="meta">{esc(where)}</p>')
        if d.text.strip():
            lines.append(f"<p>{esc(d.text)}</p>")
        lines.append(f"<p>{esc(wording.votes_line(d, detail.body))}</p>")
        result = wording.result_words(d, people, detail.chair_id)
        rule = wording.majority_words(d.majority)
        lines.append(f'<p class="result">{esc(f"{wording.capitalised(result)} ({rule}).")}</p>')
    return lines


def actions(detail: MeetingDetail, people: People) -> list[str]:
    if not detail.actions:
        return []
    lines = [section_title(translate("ArchiveRender", "Actions à mener")), "<ul>"]
    lines.extend(f"<li>{action_text(a, people)}</li>" for a in detail.actions)
    lines.append("</ul>")
    return lines


def action_text(a: ActionItemDTO, people: People) -> str:
    details = wording.action_details(a, people)
    meta = [details] if details else []
    meta.append(
        translate("ArchiveRender", "faite") if a.done else translate("ArchiveRender", "à faire")
    )
    return f'{esc(a.description)} <span class="meta">({esc(" — ".join(meta))})</span>'


def attachments(detail: MeetingDetail) -> list[str]:
    if not detail.attachments:
        return []
    positions = {item.id: item.position for item in detail.items}
    lines = [section_title(translate("ArchiveRender", "Pièces jointes")), "<ul>"]
    lines.extend(f"<li>{attachment_text(a, positions)}</li>" for a in detail.attachments)
    lines.append("</ul>")
    return lines


def attachment_text(a: AttachmentDTO, positions: dict[int, int]) -> str:
    meta = [size_text(a.size)]
    if a.item_id in positions:
        meta.append(translate("ArchiveRender", "point {n}").format(n=positions[a.item_id]))
    return f'{esc(a.original_name)} <span class="meta">({esc(", ".join(meta))})</span>'


def size_text(size: int) -> str:
    if size < 1024:
        return translate("ArchiveRender", "{n} octets").format(n=size)
    if size < 1024 * 1024:
        return translate("ArchiveRender", "{n} ko").format(n=number(size / 1024, 1))
    return translate("ArchiveRender", "{n} Mo").format(n=number(size / (1024 * 1024), 1))
