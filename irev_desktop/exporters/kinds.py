"""The six Word documents a meeting can produce."""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    """Values are the ``--kind`` words of the command line."""

    PV = "pv"
    COMPTE_RENDU = "compte-rendu"
    RELEVE = "releve"
    EXTRAIT = "extrait"
    EMARGEMENT = "emargement"
    CONVOCATION = "convocation"

    @property
    def label(self) -> str:
        """The French name of the document, lower case: ``procès-verbal``."""
        return _LABELS[self]

    @property
    def heading(self) -> str:
        """The heading printed at the top of the document."""
        return _TITLES[self]


_LABELS: dict[DocumentKind, str] = {
    DocumentKind.PV: "procès-verbal",
    DocumentKind.COMPTE_RENDU: "compte rendu",
    DocumentKind.RELEVE: "relevé de décisions",
    DocumentKind.EXTRAIT: "extrait du registre des délibérations",
    DocumentKind.EMARGEMENT: "feuille d'émargement",
    DocumentKind.CONVOCATION: "convocation",
}

_TITLES: dict[DocumentKind, str] = {
    DocumentKind.PV: "Procès-verbal",
    DocumentKind.COMPTE_RENDU: "Compte rendu",
    DocumentKind.RELEVE: "Relevé de décisions",
    DocumentKind.EXTRAIT: "Extrait du registre des délibérations",
    DocumentKind.EMARGEMENT: "Feuille d'émargement",
    DocumentKind.CONVOCATION: "Convocation",
}
