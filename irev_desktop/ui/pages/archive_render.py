"""A meeting, read in full, as HTML for the archive's reader (no widget here).

Everything typed by a user (names, titles, notes, places) is escaped: a note that
contains "<script>" or "R&D" shows exactly that, never markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from irev_desktop.domain import french
from irev_desktop.domain.enums import (
    AttendanceStatus,
    MeetingMode,
    QuorumBasis,
    Representation,
    VoteResult,
    Weighting,
)
from irev_desktop.domain.quorum import moves
from irev_desktop.services.dto import (
    ActionItemDTO,
    AgendaItemDTO,
    AttachmentDTO,
    AttendanceDTO,
    DeliberationDTO,
    MeetingDetail,
)
from irev_desktop.ui import i18n
from irev_desktop.ui.vocabulary import term

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


def meeting_html(detail: MeetingDetail) -> str:
    """The whole meeting: header, attendance, quorum, agenda and notes, decisions."""
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        *header(detail),
        *attendance(detail),
        *quorum(detail),
        *agenda(detail),
        *deliberations(detail),
        *actions(detail),
        *attachments(detail),
        "</body></html>",
    ]
    return "\n".join(parts)


# Header -------------------------------------------------------------------------------
def header(detail: MeetingDetail) -> list[str]:
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
    rows = [
        (translate("ArchiveRender", "Date"), esc(i18n.long_date(detail.date))),
        (translate("ArchiveRender", "Horaires"), esc(times(detail))),
        (translate("ArchiveRender", "Lieu"), place(detail)),
        (
            translate("ArchiveRender", "Présidence"),
            esc(detail.chair_name) or empty(translate("ArchiveRender", "non renseignée")),
        ),
        (
            translate("ArchiveRender", "Secrétaire de séance"),
            esc(detail.secretary_name) or empty(translate("ArchiveRender", "non renseigné")),
        ),
        (translate("ArchiveRender", "Statut"), esc(status_text(detail))),
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


def times(detail: MeetingDetail) -> str:
    start, end, planned = detail.actual_start, detail.actual_end, detail.planned_start
    if start and end:
        text = translate("ArchiveRender", "de {start} à {end}").format(
            start=i18n.time_text(start), end=i18n.time_text(end)
        )
    elif start:
        text = translate("ArchiveRender", "ouverte à {start}").format(start=i18n.time_text(start))
    elif planned:
        return translate("ArchiveRender", "prévue à {time}").format(time=i18n.time_text(planned))
    else:
        return translate("ArchiveRender", "non renseignés")
    if planned and planned != start:
        text += " " + translate("ArchiveRender", "(prévue à {time})").format(
            time=i18n.time_text(planned)
        )
    return text


def place(detail: MeetingDetail) -> str:
    where = detail.place.strip()
    video = translate("ArchiveRender", "visioconférence")
    if detail.mode is MeetingMode.VIDEO:
        text = esc(video)
    elif detail.mode is MeetingMode.HYBRID:
        text = esc(
            translate("ArchiveRender", "{place} et visioconférence").format(place=where)
            if where
            else video
        )
    else:
        text = esc(where) if where else empty(translate("ArchiveRender", "non renseigné"))
    link = detail.video_link.strip()
    if (
        detail.mode is not MeetingMode.IN_PERSON
        and link
        and link.casefold()
        not in (
            "visio",
            "visioconférence",
        )
    ):
        text += " — " + esc(translate("ArchiveRender", "lien : {link}").format(link=link))
    return text


def status_text(detail: MeetingDetail) -> str:
    text = term(detail.status)
    if detail.adopted_on is not None:
        text += " — " + translate("ArchiveRender", "approuvé le {date}").format(
            date=i18n.long_date(detail.adopted_on)
        )
    return text


# Attendance ---------------------------------------------------------------------------
def attendance(detail: MeetingDetail) -> list[str]:
    lines = [section_title(translate("ArchiveRender", "Présences"))]
    if not detail.attendance:
        return [
            *lines,
            nothing(translate("ArchiveRender", "Aucune présence enregistrée.")),
        ]
    voting = [a for a in detail.attendance if a.role is not None and a.role.votes]
    others = [a for a in detail.attendance if a.role is None or not a.role.votes]
    groups: list[tuple[str, list[str]]] = [
        (
            translate("ArchiveRender", "Présents"),
            [person(a) for a in voting if a.status is AttendanceStatus.PRESENT],
        ),
        (
            translate("ArchiveRender", "Représentés"),
            [
                person(a)
                + " — "
                + esc(
                    translate("ArchiveRender", "pouvoir à {holder}").format(
                        holder=a.proxy_holder_name or "?"
                    )
                )
                for a in detail.attendance
                if a.status is AttendanceStatus.REPRESENTED
            ],
        ),
        (
            translate("ArchiveRender", "Excusés"),
            [person(a) for a in detail.attendance if a.status is AttendanceStatus.EXCUSED],
        ),
        (
            translate("ArchiveRender", "Absents"),
            [person(a) for a in detail.attendance if a.status is AttendanceStatus.ABSENT],
        ),
        (
            translate("ArchiveRender", "Autres participants"),
            [person(a) for a in others if a.status is AttendanceStatus.PRESENT],
        ),
        (
            translate("ArchiveRender", "Présence non pointée"),
            [person(a) for a in detail.attendance if a.status is AttendanceStatus.EXPECTED],
        ),
    ]
    for title, names in groups:
        if not names:
            continue
        lines.append(f"<h3>{esc(title)} ({len(names)})</h3>")
        lines.append("<ul>" + "".join(f"<li>{name}</li>" for name in names) + "</ul>")
    return lines


def person(a: AttendanceDTO) -> str:
    text = f"<b>{esc(a.person_name)}</b>"
    quality: list[str] = []
    if a.role is not None:
        quality.append(term(a.role))
    elif a.function_title:
        quality.append(a.function_title)
    if a.member_name:
        member = a.member_name
        if a.representation is Representation.SUPPLEANT:
            member += " " + translate("ArchiveRender", "(suppléant·e)")
        quality.append(member)
    if quality:
        text += ", " + esc(" — ".join(quality))
    moments = []
    words = {
        "arrival": translate("ArchiveRender", "arrivée à {time}"),
        "departure": translate("ArchiveRender", "départ à {time}"),
        "return": translate("ArchiveRender", "retour à {time}"),
    }
    if a.status is AttendanceStatus.PRESENT:
        for kind, at in moves(a.presence):
            moments.append(words[kind].format(time=i18n.time_text(at)))
    if moments:
        text += f' <span class="meta">({esc(", ".join(moments))})</span>'
    if a.note:
        text += f' <span class="meta">— {esc(a.note)}</span>'
    return text


# Quorum -------------------------------------------------------------------------------
def quorum_statement(detail: MeetingDetail) -> str:
    q = detail.quorum
    counted = q.present + q.represented
    if q.basis is QuorumBasis.RIGHTS:
        facts = translate(
            "ArchiveRender",
            "{counted} droits statutaires présents ou représentés sur {total} ; "
            "quorum requis : {fraction}, soit {required}",
        )
    else:
        facts = translate(
            "ArchiveRender",
            "{counted} membres présents ou représentés sur {total} ; "
            "quorum requis : {fraction}, soit {required}",
        )
    facts = facts.format(
        counted=number(counted),
        total=number(q.in_office),
        fraction=q.required_fraction,
        required=number(q.required),
    )
    if q.reached:
        sentence = translate(
            "ArchiveRender",
            "Le quorum étant atteint ({facts}), l'instance peut valablement délibérer.",
        )
        return sentence.format(facts=facts)
    return translate(
        "ArchiveRender",
        "Le quorum n'étant pas atteint ({facts}), l'instance ne peut valablement délibérer.",
    ).format(facts=facts)


def quorum(detail: MeetingDetail) -> list[str]:
    css = "reached" if detail.quorum.reached else "missed"
    return [
        section_title(translate("ArchiveRender", "Quorum")),
        f'<p class="{css}">{esc(quorum_statement(detail))}</p>',
    ]


# Agenda and notes ---------------------------------------------------------------------
def agenda(detail: MeetingDetail) -> list[str]:
    lines = [section_title(translate("ArchiveRender", "Ordre du jour"))]
    if not detail.items:
        return [*lines, nothing(translate("ArchiveRender", "Ordre du jour vide."))]
    for item in detail.items:
        lines.append(f"<h3>{item.position}. {esc(item.title)}</h3>")
        lines.append(f'<p class="meta">{esc(item_meta(item))}</p>')
        if item.notes.strip():
            lines.append(f"<p>{esc(item.notes)}</p>")
        else:
            lines.append(nothing(translate("ArchiveRender", "Pas de notes.")))
    return lines


def item_meta(item: AgendaItemDTO) -> str:
    meta = [term(item.kind).capitalize()]
    if item.rapporteur_name:
        meta.append(
            translate("ArchiveRender", "rapporteur : {name}").format(name=item.rapporteur_name)
        )
    if item.started_at and item.ended_at:
        meta.append(
            translate("ArchiveRender", "de {start} à {end}").format(
                start=i18n.time_text(item.started_at), end=i18n.time_text(item.ended_at)
            )
        )
    elif item.planned_minutes:
        meta.append(translate("ArchiveRender", "{n} min prévues").format(n=item.planned_minutes))
    return " — ".join(meta)


# Decisions ----------------------------------------------------------------------------
def deliberations(detail: MeetingDetail) -> list[str]:
    if not detail.deliberations:
        return []
    positions = {item.id: item.position for item in detail.items}
    lines = [section_title(translate("ArchiveRender", "Délibérations"))]
    weighted = detail.body.weighting is Weighting.RIGHTS
    for d in detail.deliberations:
        heading = translate("ArchiveRender", "Délibération n° {number}").format(number=d.number)
        if d.title:
            heading += f" — {d.title}"
        lines.append(f"<h3>{esc(heading)}</h3>")
        if d.item_id in positions:
            where = translate("ArchiveRender", "Point {n} de l'ordre du jour").format(
                n=positions[d.item_id]
            )
            lines.append(f'<p class="meta">{esc(where)}</p>')
        if d.text.strip():
            lines.append(f"<p>{esc(d.text)}</p>")
        lines.append(f"<p>{esc(votes_text(d, weighted))}</p>")
        lines.append(f'<p class="result">{esc(result_text(d))}</p>')
    return lines


def votes_text(d: DeliberationDTO, weighted: bool) -> str:
    text = translate(
        "ArchiveRender", "Votes : pour {f}, contre {a}, abstentions {ab}, ne prenant pas part {n}"
    ).format(f=d.votes_for, a=d.votes_against, ab=d.votes_abstention, n=d.votes_not_taking_part)
    if weighted:
        text += " — " + translate(
            "ArchiveRender", "en droits statutaires : pour {f}, contre {a}, abstentions {ab}"
        ).format(
            f=number(d.weighted_for), a=number(d.weighted_against), ab=number(d.weighted_abstention)
        )
    return text + "."


def result_text(d: DeliberationDTO) -> str:
    if d.result is VoteResult.ADOPTED:
        text = (
            translate("ArchiveRender", "Adoptée à l'unanimité")
            if d.unanimous
            else translate("ArchiveRender", "Adoptée")
        )
    else:
        text = translate("ArchiveRender", "Rejetée")
    if d.casting_vote_used:
        text += ", " + translate("ArchiveRender", "la voix de la présidence étant prépondérante")
    return f"{text} ({term(d.majority)})."


def actions(detail: MeetingDetail) -> list[str]:
    if not detail.actions:
        return []
    lines = [section_title(translate("ArchiveRender", "Actions à mener")), "<ul>"]
    lines.extend(f"<li>{action_text(a)}</li>" for a in detail.actions)
    lines.append("</ul>")
    return lines


def action_text(a: ActionItemDTO) -> str:
    meta = [a.person_name] if a.person_name else []
    if a.due_date:
        meta.append(
            translate("ArchiveRender", "échéance : {date}").format(date=i18n.short_date(a.due_date))
        )
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
