"""What the séance journal answers (``services.seance_journal``): plain data for the
window, which never sees the services' modules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kept:
    """An act kept on this computer: the server did not answer; it is sent later."""

    entry_id: str
    pending: int  # acts waiting, this one included


@dataclass(frozen=True)
class Replayed:
    """What one replay of the journal did."""

    sent: int
    refused: tuple[str, ...]  # the refusals of the server, in French
    pending: int  # acts still waiting (the server stopped answering again)
