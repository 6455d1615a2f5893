"""The errors a user may meet. Each message is French and fit to show as is; its
template and arguments let the interface word it in another language."""

from __future__ import annotations


class IrevError(Exception):
    """Base of every error the program reports to a user rather than a developer.

    ``template`` is the French message, with ``{name}`` placeholders for the
    ``arguments``: it is the error's stable code, which the interface translates
    (``irev_desktop.ui.error_texts``). ``message`` is the French text, filled in.
    """

    def __init__(self, template: str, /, **arguments: object) -> None:
        message = template.format(**arguments) if arguments else template
        super().__init__(message)
        self.template = template
        self.arguments: dict[str, object] = dict(arguments)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(IrevError):
    """The user asked for something the rules or the data do not allow."""


class NotFoundError(ValidationError):
    """A record the user named does not exist."""


class FrozenError(ValidationError):
    """The minutes of the meeting are signed: nothing in it may change."""


class StoreError(IrevError):
    """The store file cannot be used (corrupt, unreadable, in use)."""


class StoreCorruptError(StoreError):
    pass


class StoreInUseError(StoreError):
    pass


class StoreWriteError(StoreError):
    """A write did not reach the file: disk full, file or folder read-only, I/O error.
    Nothing was written; what the user typed is still in memory."""


class ServerUnreachableError(StoreError):
    """A team's server does not answer: nothing was read or written there. Séance mode
    keeps its acts on the computer meanwhile (``services.seance_journal``)."""


class NotesConflictError(ValidationError):
    """Someone else changed the notes of an item since this editor read them. Nothing is
    lost: both texts are kept as revisions; ``mine`` and ``theirs`` let the user choose."""

    def __init__(self, template: str, mine: str, theirs: str, /, **arguments: object) -> None:
        super().__init__(template, **arguments)
        self.mine = mine
        self.theirs = theirs


class RowConflictError(ValidationError):
    """Someone else edited this row since the form read it. Nothing was overwritten, and
    the refused values are kept in the audit log. ``fields`` gives, for each value that
    differs, its column, the value typed here and the one stored, both as shown to a
    user; ``version`` is the stored version, to write over it knowingly."""

    def __init__(
        self,
        template: str,
        fields: tuple[tuple[str, str, str], ...],
        version: int,
        /,
        **arguments: object,
    ) -> None:
        super().__init__(template, **arguments)
        self.fields = fields
        self.version = version
