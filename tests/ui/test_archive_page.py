from __future__ import annotations

import dataclasses
import datetime as dt
import html

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.model.dto import MeetingDetail
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages import archive
from irev_desktop.ui.pages.archive import MEETING_ROLE, ArchivePage
from irev_desktop.ui.pages.archive_render import meeting_html


@pytest.fixture
def page(qtbot: QtBot, context: UiContext) -> ArchivePage:
    archive = ArchivePage(context)
    qtbot.addWidget(archive)
    return archive


def children(page: ArchivePage, parent: QModelIndex) -> list[QModelIndex]:
    return [page.model.index(r, 0, parent) for r in range(page.model.rowCount(parent))]


def top_items(page: ArchivePage) -> list[QModelIndex]:
    return children(page, QModelIndex())


def texts(index: QModelIndex) -> tuple[str, str, str]:
    return tuple(index.siblingAtColumn(c).data() for c in range(3))  # type: ignore[return-value]


def meeting_id_on(context: UiContext, day: dt.date) -> int:
    return next(m.id for m in context.services.meetings.meetings() if m.date == day)


def count_detail_loads(context: UiContext, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    loaded: list[int] = []
    meetings = context.services.meetings
    real = meetings.meeting

    def spy(meeting_id: int) -> MeetingDetail:
        loaded.append(meeting_id)
        return real(meeting_id)

    monkeypatch.setattr(meetings, "meeting", spy)
    return loaded


# The tree ---------------------------------------------------------------------------------
def test_the_tree_holds_years_newest_first_then_bodies(page: ArchivePage) -> None:
    assert page.tree.objectName() == "archiveTree"
    years = top_items(page)
    assert [y.data() for y in years] == ["2021 — 2 séances", "2020 — 2 séances"]
    assert [b.data() for b in children(page, years[0])] == ["AG — Assemblée générale · 2 séances"]
    assert [b.data().split(" — ")[0] for b in children(page, years[1])] == ["AG", "CA"]
    ag_2021 = children(page, years[0])[0]
    assert [texts(m) for m in children(page, ag_2021)] == [
        ("25/11/2021", "Assemblée générale ordinaire", "prévue"),
        ("08/03/2021", "Assemblée générale ordinaire", "PV en projet"),
    ]
    signed = children(page, children(page, years[1])[0])[0]
    assert texts(signed)[0] == "30/06/2020"
    assert texts(signed)[2] == "PV signé"
    assert signed.siblingAtColumn(2).data(Qt.ItemDataRole.ToolTipRole) == "procès-verbal signé"
    # A small archive opens whole.
    assert all(page.tree.isExpanded(i) for i in [*years, ag_2021, *children(page, years[1])])
    assert page.tree.isFirstColumnSpanned(0, QModelIndex())


def test_a_large_archive_opens_on_its_newest_year(
    qtbot: QtBot, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "OPEN_ALL_UP_TO", 3)
    page = ArchivePage(context)
    qtbot.addWidget(page)
    years = top_items(page)
    assert page.tree.isExpanded(years[0])
    assert page.tree.isExpanded(children(page, years[0])[0])
    assert not page.tree.isExpanded(years[1])


def test_the_tree_model_passes_qtmodeltester(page: ArchivePage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert page.tree.model() is page.model
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)


def test_the_tree_is_built_without_loading_any_meeting_in_full(
    qtbot: QtBot, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = count_detail_loads(context, monkeypatch)
    page = ArchivePage(context)
    qtbot.addWidget(page)
    # Only the meeting shown first (the latest one held) is read in full.
    assert loaded == [meeting_id_on(context, dt.date(2021, 3, 8))]
    page.select_meeting(meeting_id_on(context, dt.date(2020, 12, 10)))
    assert loaded[1:] == [meeting_id_on(context, dt.date(2020, 12, 10))]


# Reading a meeting -------------------------------------------------------------------------
def test_selecting_the_8_march_2021_meeting_shows_it_in_full(
    page: ArchivePage, context: UiContext
) -> None:
    page.tree.setCurrentIndex(top_items(page)[1])  # a year: nothing to read
    assert page.shown is None
    assert not page.open_button.isEnabled()
    meeting_id = meeting_id_on(context, dt.date(2021, 3, 8))
    index = page.model.meeting_index(meeting_id)
    assert index.data(MEETING_ROLE) == meeting_id
    page.tree.setCurrentIndex(index)
    assert page.shown is not None and page.shown.id == meeting_id
    assert page.reader.objectName() == "archiveReader"
    assert page.reader.isReadOnly()
    text = page.reader.toPlainText()
    for expected in (
        "lundi 8 mars 2021",
        "Milouda Ala",
        "Anne Delmotte",
        "visioconférence",
        "de 10 h 05 à 11 h 45",
        "Délibération n° 2021-02",
        "Adoptée à l'unanimité",
        # The quorum at the opening, as the procès-verbal states it (model.wording).
        "Le quorum étant atteint à l'ouverture de la séance (90 droits statutaires présents "
        "ou représentés sur 100",
        "M. Thomas Girard, membre — État (pouvoir à M. Laurent Buchaillat)",
        "Excusés (1)",
        "Autres participants (2)",
        "IREV_rapport_dactivites_2020.pdf",
        "Proposer un premier programme des Assises",
    ):
        assert expected in text, expected
    assert "lecture seule" not in text
    assert page.open_button.isEnabled()


def test_a_signed_meeting_says_it_is_read_only(page: ArchivePage, context: UiContext) -> None:
    page.select_meeting(meeting_id_on(context, dt.date(2020, 6, 30)))
    text = page.reader.toPlainText()
    assert "Procès-verbal signé le" in text
    assert "— lecture seule" in text
    assert "lecture seule" in page.caption.text()


def test_open_the_meeting_on_the_meeting_page(page: ArchivePage, context: UiContext) -> None:
    opened: list[int] = []
    context.open_meeting = opened.append
    meeting_id = meeting_id_on(context, dt.date(2020, 12, 10))
    page.select_meeting(meeting_id)
    page.open_button.click()
    assert opened == [meeting_id]


# Staying up to date ------------------------------------------------------------------------
def test_the_shown_meeting_is_rendered_again_when_it_changes(
    page: ArchivePage, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = meeting_id_on(context, dt.date(2021, 3, 8))
    page.select_meeting(meeting_id)
    item = context.services.meetings.meeting(meeting_id).items[-1]
    context.services.agenda.save_notes(item.id, "Nouvelle note sur les Assises.")
    loaded = count_detail_loads(context, monkeypatch)
    context.bus.meetingChanged.emit(meeting_id_on(context, dt.date(2020, 12, 10)))
    assert loaded == []  # another meeting changed: nothing to do
    context.bus.meetingChanged.emit(meeting_id)
    assert loaded == [meeting_id]
    assert "Nouvelle note sur les Assises." in page.reader.toPlainText()


def test_a_new_meeting_appears_and_the_selection_stays(
    page: ArchivePage, context: UiContext
) -> None:
    shown = meeting_id_on(context, dt.date(2020, 12, 10))
    page.select_meeting(shown)
    ca = next(b.id for b in context.services.registry.bodies() if b.short_name == "CA")
    context.services.meetings.create_meeting(
        ca, MeetingHeader(title="Conseil de rentrée", date=dt.date(2022, 9, 15))
    )
    context.bus.meetingsChanged.emit()
    years = top_items(page)
    assert years[0].data() == "2022 — 1 séance"
    assert page.shown is not None and page.shown.id == shown
    assert page.tree.currentIndex().data() == "10/12/2020"
    assert page.selected_meeting_id() == shown


def test_a_deleted_meeting_leaves_the_reader(page: ArchivePage, context: UiContext) -> None:
    meeting_id = meeting_id_on(context, dt.date(2021, 11, 25))
    page.select_meeting(meeting_id)
    context.services.meetings.delete_meeting(meeting_id)
    context.bus.meetingsChanged.emit()
    assert page.shown is None
    assert not page.model.meeting_index(meeting_id).isValid()
    assert "Choisissez une séance" in page.reader.toPlainText()
    assert top_items(page)[0].data() == "2021 — 1 séance"


# The rendering on its own ------------------------------------------------------------------
def test_user_text_is_escaped_and_keeps_its_line_breaks(context: UiContext) -> None:
    detail = context.services.meetings.meeting(meeting_id_on(context, dt.date(2021, 3, 8)))
    item = dataclasses.replace(
        detail.items[0], notes="<script>alert('x')</script>\nR&D <b>pas gras</b>"
    )
    hostile = dataclasses.replace(
        detail, title="Séance <i>spéciale</i> & co", items=(item, *detail.items[1:])
    )
    page = meeting_html(hostile)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;<br/>R&amp;D" in page
    assert "&lt;b&gt;pas gras&lt;/b&gt;" in page
    assert "Séance &lt;i&gt;spéciale&lt;/i&gt; &amp; co" in page
    assert "<i>" not in page


def test_the_rendering_states_the_quorum_and_the_votes(context: UiContext) -> None:
    detail = context.services.meetings.meeting(meeting_id_on(context, dt.date(2021, 3, 8)))
    page = meeting_html(detail)
    assert "Le quorum étant atteint" in page
    assert "quorum requis : 2/3, soit 66,67" in page
    assert "Voix — pour : 6, contre : 0" in page
    assert "droits statutaires — pour : 100" in page
    assert detail.opening_quorum is not None
    missed = dataclasses.replace(
        detail,
        opening_quorum=dataclasses.replace(
            detail.opening_quorum, present=40.0, represented=0.0, reached=False
        ),
        status=MeetingStatus.MINUTES_SIGNED,
        signed_at=dt.datetime(2021, 11, 25, 12, 0),
    )
    page = html.unescape(meeting_html(missed))
    assert "Le quorum n'étant pas atteint à l'ouverture de la séance (40 droits statutaires" in page
    assert "Procès-verbal signé le jeudi 25 novembre 2021 — lecture seule" in page


def test_a_replaced_store_starts_the_tree_afresh(page: ArchivePage, context: UiContext) -> None:
    page.select_meeting(meeting_id_on(context, dt.date(2020, 12, 10)))
    page.tree.collapse(top_items(page)[0])
    context.bus.storeReplaced.emit()
    assert page.tree.isExpanded(top_items(page)[0])
    assert page.shown is not None and page.shown.date == dt.date(2021, 3, 8)
