"""The words of the domain (enum labels) in the interface language.

The domain keeps the French words; the interface translates them with the enum
class name as context. The list below only lets pyside6-lupdate find them."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def term(member: Enum) -> str:
    label = str(getattr(member, "label", member.value))
    return QCoreApplication.translate(type(member).__name__, label) if label else label


_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("Civility", "Monsieur"),
    QT_TRANSLATE_NOOP("Civility", "Madame"),
    QT_TRANSLATE_NOOP("Role", "président·e"),
    QT_TRANSLATE_NOOP("Role", "vice-président·e"),
    QT_TRANSLATE_NOOP("Role", "trésorier·ère"),
    QT_TRANSLATE_NOOP("Role", "secrétaire"),
    QT_TRANSLATE_NOOP("Role", "membre"),
    QT_TRANSLATE_NOOP("Role", "commissaire du Gouvernement"),
    QT_TRANSLATE_NOOP("Role", "invité·e"),
    QT_TRANSLATE_NOOP("Representation", "titulaire"),
    QT_TRANSLATE_NOOP("Representation", "suppléant·e"),
    QT_TRANSLATE_NOOP("MeetingMode", "présentiel"),
    QT_TRANSLATE_NOOP("MeetingMode", "visioconférence"),
    QT_TRANSLATE_NOOP("MeetingMode", "hybride"),
    QT_TRANSLATE_NOOP("MeetingStatus", "prévue"),
    QT_TRANSLATE_NOOP("MeetingStatus", "convoquée"),
    QT_TRANSLATE_NOOP("MeetingStatus", "tenue"),
    QT_TRANSLATE_NOOP("MeetingStatus", "procès-verbal en projet"),
    QT_TRANSLATE_NOOP("MeetingStatus", "procès-verbal approuvé"),
    QT_TRANSLATE_NOOP("MeetingStatus", "procès-verbal signé"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "attendu·e"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "présent·e"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "excusé·e"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "absent·e"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "représenté·e"),
    QT_TRANSLATE_NOOP("ItemKind", "information"),
    QT_TRANSLATE_NOOP("ItemKind", "débat"),
    QT_TRANSLATE_NOOP("ItemKind", "délibération"),
    QT_TRANSLATE_NOOP("QuorumBasis", "droits statutaires"),
    QT_TRANSLATE_NOOP("QuorumBasis", "membres"),
    QT_TRANSLATE_NOOP("Weighting", "pondéré par les droits statutaires"),
    QT_TRANSLATE_NOOP("Weighting", "un membre, une voix"),
    QT_TRANSLATE_NOOP("MajorityRule", "majorité simple des suffrages exprimés"),
    QT_TRANSLATE_NOOP("MajorityRule", "majorité absolue des voix des présents et représentés"),
    QT_TRANSLATE_NOOP("MajorityRule", "majorité des deux tiers des suffrages exprimés"),
    QT_TRANSLATE_NOOP("MajorityRule", "unanimité des suffrages exprimés"),
    QT_TRANSLATE_NOOP("VoteChoice", "pour"),
    QT_TRANSLATE_NOOP("VoteChoice", "contre"),
    QT_TRANSLATE_NOOP("VoteChoice", "abstention"),
    QT_TRANSLATE_NOOP("VoteChoice", "ne prend pas part au vote"),
    QT_TRANSLATE_NOOP("VoteResult", "adoptée"),
    QT_TRANSLATE_NOOP("VoteResult", "rejetée"),
)
