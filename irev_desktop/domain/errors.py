"""The errors a user may meet. Each message is French and fit to show as is."""

from __future__ import annotations


class IrevError(Exception):
    """Base of every error the program reports to a user rather than a developer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
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
