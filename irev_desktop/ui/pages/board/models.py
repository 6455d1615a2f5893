"""The board's tables: the members, the people, the mandates in office and their history."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from irev_desktop.domain import french
from irev_desktop.domain.enums import Representation, Role
from irev_desktop.model.dto import MandateDTO, MemberDTO, PersonDTO
from irev_desktop.ui import i18n
from irev_desktop.ui.models.table import Column, RowTableModel
from irev_desktop.ui.pages.board.fields import representation_text, translate
from irev_desktop.ui.vocabulary import term

LEADING_ROLES = (Role.PRESIDENT, Role.VICE_PRESIDENT)


class MemberModel(RowTableModel[MemberDTO]):
    """The member organisations, with their share of the statutory rights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(translate("BoardPage", "Membre"), lambda m: m.name),
                Column(translate("BoardPage", "Collège"), lambda m: m.college),
                Column(
                    translate("BoardPage", "Droits"),
                    lambda m: str(m.statutory_rights),
                    lambda m: m.statutory_rights,
                    align_right=True,
                ),
                Column(
                    translate("BoardPage", "Part"),
                    self.share,
                    lambda m: m.statutory_rights,
                    align_right=True,
                ),
            ],
            row_id=lambda m: m.id,
            parent=parent,
        )
        self.total = 0

    def share(self, member: MemberDTO) -> str:
        if not self.total:
            return "—"
        value = i18n.number(100 * member.statutory_rights / self.total, 1)
        if i18n.current() == "fr":
            return f"{value}{french.NBSP}%"
        return f"{value.replace(',', '.')}%"  # at most 100: no thousands separator

    def set_members(self, members: list[MemberDTO], total: int) -> None:
        self.total = total
        self.set_rows(members)


class PeopleModel(RowTableModel[PersonDTO]):
    """Everyone who holds or held a mandate, or attends: name and function."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("BoardPage", "Nom"),
                    lambda p: p.full_name,
                    lambda p: (p.last_name, p.first_name),
                ),
                Column(translate("BoardPage", "Fonction"), lambda p: p.function_title),
            ],
            row_id=lambda p: p.id,
            parent=parent,
        )


def role_text(mandate: MandateDTO) -> str:
    """ "membre", or "membre (suppléant·e)" where the quality column is not shown."""
    if mandate.representation is Representation.SUPPLEANT:
        return f"{term(mandate.role)} ({term(mandate.representation)})"
    return term(mandate.role)


def mandate_columns(history: bool) -> list[Column[MandateDTO]]:
    since: Column[MandateDTO] = Column(
        translate("BoardPage", "Du") if history else translate("BoardPage", "Depuis le"),
        lambda m: i18n.short_date(m.start_date),
        lambda m: m.start_date.isoformat(),
    )
    member: Column[MandateDTO] = Column(
        translate("BoardPage", "Membre représenté"), lambda m: m.member_name
    )
    if not history:
        return [
            Column(translate("BoardPage", "Nom"), lambda m: m.person_name),
            Column(translate("BoardPage", "Rôle"), lambda m: term(m.role), lambda m: m.role.rank),
            member,
            Column(
                translate("BoardPage", "Qualité"), lambda m: representation_text(m.representation)
            ),
            since,
        ]
    return [
        Column(translate("BoardPage", "Nom"), lambda m: m.person_name),
        Column(translate("BoardPage", "Rôle"), role_text, lambda m: m.role.rank),
        since,
        Column(
            translate("BoardPage", "Au"),
            lambda m: (
                i18n.short_date(m.end_date) if m.end_date else translate("BoardPage", "en cours")
            ),
            lambda m: m.end_date.isoformat() if m.end_date else "9999",
        ),
        member,
    ]


class InOfficeModel(RowTableModel[MandateDTO]):
    """Members in office at a date; the president and vice-presidents in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            mandate_columns(history=False),
            row_id=lambda m: m.id,
            bold=lambda m: m.role in LEADING_ROLES,
            parent=parent,
        )


class HistoryModel(RowTableModel[MandateDTO]):
    """Every mandate of a body, newest first; presidencies in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            mandate_columns(history=True),
            row_id=lambda m: m.id,
            bold=lambda m: m.role is Role.PRESIDENT,
            parent=parent,
        )
