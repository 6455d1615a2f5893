"""The Qt binding must not leak references to None.

PySide6 6.12.0 decrements None's reference count on every call of a method returning
nothing; on Python 3.11, where None is not immortal, a long séance (clocks ticking every
second) would then end in "Fatal Python error: none_dealloc". pyproject.toml keeps that
version out; this test fails if a leaking build comes back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QLabel, QTableWidget


def test_void_calls_keep_none_alive(qapp: object) -> None:
    table = QTableWidget(0, 4)
    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for n in range(2000):
        table.setRowCount(n % 7)
        label.setText("x")
    gc.collect()
    assert sys.getrefcount(None) - before > -100
