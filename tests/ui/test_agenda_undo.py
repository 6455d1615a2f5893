"""Removing and moving agenda items, undone and redone in any order.

A removed item keeps its id, notes, revisions and links; undo brings the same item back at
its place. A Hypothesis state machine drives the undo stack of the meeting page with
random removals, moves, undos and redos, and compares the agenda with a model after each.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from PySide6.QtGui import QUndoStack

from irev_desktop.domain.errors import NotFoundError
from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.ui.pages.meeting.undo import MoveItemCommand, RemoveItemCommand

from ..services.builders import make_board


class AgendaUndo(RuleBasedStateMachine):
    """The model: the ids of the agenda in order, and the undo stack's own history."""

    @initialize()
    def set_up(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="irev-undo-"))
        self.services = Services.open(AppPaths(db=folder / "irev.sqlite"), write=True)
        board = make_board(self.services)
        meeting = self.services.meetings.create_meeting(
            board.body_id, MeetingHeader("Assemblée générale", dt.date(2021, 3, 8))
        )
        self.meeting_id = meeting.id
        agenda = self.services.agenda
        self.order: list[int] = []
        for n in range(5):
            item = agenda.add_item(meeting.id, ItemFields(f"Point {n + 1}"))
            agenda.save_notes(item.id, f"Notes du point {n + 1}")
            self.order.append(item.id)
        # A deliberation and an action linked to the first item.
        self.linked = self.order[0]
        self.action = self.services.actions.add_action(
            meeting.id, "Envoyer le compte rendu", item_id=self.linked
        )
        self.stack = QUndoStack()
        self.states: list[list[int]] = [list(self.order)]  # one per index of the stack

    def teardown(self) -> None:
        if hasattr(self, "services"):
            self.services.close()

    def _push(self, command: RemoveItemCommand | MoveItemCommand) -> None:
        self.stack.push(command)  # done already: the first redo does nothing
        del self.states[self.stack.index() :]
        self.states.append(list(self.order))

    @precondition(lambda self: len(self.order) > 1)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        item_id = data.draw(st.sampled_from(self.order))
        item = next(i for i in self.services.agenda.items(self.meeting_id) if i.id == item_id)
        self.services.agenda.remove_item(item_id)
        self.order.remove(item_id)
        self._push(RemoveItemCommand(self.services, item))

    @rule(data=st.data())
    def move(self, data: st.DataObject) -> None:
        item_id = data.draw(st.sampled_from(self.order))
        target = data.draw(st.integers(1, len(self.order)))
        item = next(i for i in self.services.agenda.items(self.meeting_id) if i.id == item_id)
        self.services.agenda.move_item(item_id, target)
        self.order.remove(item_id)
        self.order.insert(target - 1, item_id)
        self._push(MoveItemCommand(self.services, item, target))

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.stack.undo()
        self.order = list(self.states[self.stack.index()])

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.stack.redo()
        self.order = list(self.states[self.stack.index()])

    @invariant()
    def the_agenda_is_the_model(self) -> None:
        if not hasattr(self, "services"):
            return
        items = self.services.agenda.items(self.meeting_id)
        assert [i.id for i in items] == self.order
        assert [i.position for i in items] == list(range(1, len(items) + 1))
        for item in items:
            assert item.notes == f"Notes du point {item.title.removeprefix('Point ')}"

    @invariant()
    def nothing_is_ever_deleted(self) -> None:
        if not hasattr(self, "services"):
            return
        every_item = {i for state in self.states for i in state}
        for item_id in every_item:
            assert self.services.agenda.revisions(item_id), f"revisions of {item_id}"
        actions = self.services.meetings.meeting(self.meeting_id).actions
        assert [a.item_id for a in actions] == [self.linked]


AgendaUndo.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.usefixtures("qapp")
class TestAgendaUndo(AgendaUndo.TestCase):  # type: ignore[name-defined,misc]
    pass


def test_move_remove_then_undo_twice_brings_back_the_same_item(
    qapp: object, services: Services
) -> None:
    """The chain that failed before: « Le point n° 9 n'existe pas »."""
    board = make_board(services)
    meeting = services.meetings.create_meeting(
        board.body_id, MeetingHeader("Bureau", dt.date(2021, 5, 3))
    )
    agenda = services.agenda
    first, second = (agenda.add_item(meeting.id, ItemFields(t)) for t in ("Budget", "Divers"))
    agenda.save_notes(first.id, "Le budget est présenté.")
    stack = QUndoStack()
    agenda.move_item(first.id, 2)
    stack.push(MoveItemCommand(services, first, 2))
    moved = next(i for i in agenda.items(meeting.id) if i.id == first.id)
    agenda.remove_item(first.id)
    stack.push(RemoveItemCommand(services, moved))
    with pytest.raises(NotFoundError, match="retiré"):
        agenda.update_item(first.id, ItemFields("Budget rectifié"))
    stack.undo()
    stack.undo()
    items = agenda.items(meeting.id)
    assert [(i.id, i.title) for i in items] == [(first.id, "Budget"), (second.id, "Divers")]
    assert items[0].notes == "Le budget est présenté."
    assert len(agenda.revisions(first.id)) == 1
