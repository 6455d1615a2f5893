"""Pages that read the store again when they hear of a change (another computer's write,
a listener back after the server came back): a server that does not answer then must not
end in the « unexpected error » dialog. The page keeps what it showed, and the window's
status bar says why it is not up to date."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtWidgets import QMainWindow, QWidget

from irev_desktop.domain.errors import StoreError
from irev_desktop.ui.error_texts import error_text

P = ParamSpec("P")
W = TypeVar("W", bound=QWidget)


def keeps_view_when_unreachable(
    method: Callable[Concatenate[W, P], None],
) -> Callable[Concatenate[W, P], None]:
    @functools.wraps(method)
    def guarded(self: W, /, *args: P.args, **kwargs: P.kwargs) -> None:
        try:
            method(self, *args, **kwargs)
        except StoreError as error:
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(error_text(error))

    return guarded
