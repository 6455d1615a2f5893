"""Undoable structural edits of a meeting (Ctrl+Z): remove or move an item,
remove an attendee, correct an attendance history. Each command calls the services;
undo puts things back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from irev_desktop.model.dto import AgendaItemDTO
from irev_desktop.model.inputs import AttendanceSnapshot
from irev_desktop.services.facade import Services

translate = QCoreApplication.translate


class ServiceCommand(QUndoCommand):
    """A command pushed once its action has succeeded: the first redo() does nothing.

    Doing the action first lets the page show a refusal from the services as a
    message, and only what really happened reaches the undo stack.
    """

    def __init__(self, text: str, services: Services) -> None:
        super().__init__(text)
        self.services = services
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.apply()  # the views hear of it from the bus

    def undo(self) -> None:
        self.revert()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class RemoveItemCommand(ServiceCommand):
    def __init__(self, services: Services, item: AgendaItemDTO) -> None:
        super().__init__(
            translate("UndoCommands", "Retrait du point « {title} »").format(title=item.title),
            services,
        )
        self.item = item

    def apply(self) -> None:
        self.services.agenda.remove_item(self.item.id)

    def revert(self) -> None:
        # The same item comes back: its id, notes, revisions and links never left.
        self.services.agenda.restore_item(self.item.id, self.item.position)


class MoveItemCommand(ServiceCommand):
    def __init__(self, services: Services, item: AgendaItemDTO, target: int) -> None:
        super().__init__(
            translate("UndoCommands", "Déplacement du point « {title} »").format(title=item.title),
            services,
        )
        self.item_id = item.id
        self.origin = item.position
        self.target = target

    def apply(self) -> None:
        self.services.agenda.move_item(self.item_id, self.target)

    def revert(self) -> None:
        self.services.agenda.move_item(self.item_id, self.origin)


class AttendanceCommand(ServiceCommand):
    """A change of some people's attendance, undone by putting back the snapshot taken
    before it (whole history: stretches, proxies, status) and redone from the one after."""

    def __init__(
        self,
        text: str,
        services: Services,
        before: AttendanceSnapshot,
        after: AttendanceSnapshot | None = None,
    ) -> None:
        super().__init__(text, services)
        self.before = before
        self.after = after

    def apply(self) -> None:
        if self.after is not None:
            self.services.attendance.restore(self.after)

    def revert(self) -> None:
        self.services.attendance.restore(self.before)


class RemoveAttendeeCommand(AttendanceCommand):
    def __init__(
        self,
        services: Services,
        before: AttendanceSnapshot,
        name: str,
    ) -> None:
        super().__init__(
            translate("UndoCommands", "Retrait de {name}").format(name=name),
            services,
            before,
        )

    def apply(self) -> None:
        for saved in self.before.people:
            self.services.attendance.remove_attendee(self.before.meeting_id, saved.person_id)


class EditHistoryCommand(AttendanceCommand):
    def __init__(
        self,
        services: Services,
        before: AttendanceSnapshot,
        after: AttendanceSnapshot,
        name: str,
    ) -> None:
        super().__init__(
            translate("UndoCommands", "Historique de présence de {name}").format(name=name),
            services,
            before,
            after,
        )
