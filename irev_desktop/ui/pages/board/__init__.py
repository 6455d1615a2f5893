"""Instances et bureau: the member organisations, who is in office in each body at a
given date (the presidency first), the history of the mandates and each body's rules."""

from irev_desktop.ui.pages.board.dialogs import (
    EndMandateDialog,
    MandateDialog,
    MandateValues,
    MemberDialog,
    PersonDialog,
)
from irev_desktop.ui.pages.board.page import BoardPage
from irev_desktop.ui.pages.board.rules import BodyRulesDialog, BodyRulesForm, rules_text

__all__ = [
    "BoardPage",
    "BodyRulesDialog",
    "BodyRulesForm",
    "EndMandateDialog",
    "MandateDialog",
    "MandateValues",
    "MemberDialog",
    "PersonDialog",
    "rules_text",
]
