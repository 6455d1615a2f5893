"""The Qt binding must not leak references to None.

PySide6 6.12.0 decrements None's reference count on every call of a method returning
nothing; on Python 3.11, where None is not immortal, a long séance (clocks ticking every
second) would then end in "Fatal Python error: none_dealloc". pyproject.toml keeps that
version out; these tests fail if a leaking build comes back, or if the requirement lets
one in.

Counting is only a probe where None's count moves. From Python 3.12 None is immortal
(PEP 683): ``sys.getrefcount(None)`` stays put whatever the binding does, so a bare
"count after minus count before" would pass there by construction. The counting test
therefore first proves its probe sees a leak of the size it looks for (the same loss,
made with the C API), and is reported as skipped, never as passed, where None's count
cannot move; the requirement test runs on every version.
"""

from __future__ import annotations

import ctypes
import gc
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from PySide6.QtWidgets import QLabel, QTableWidget

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
LEAKING_RELEASES = ("6.12.0",)
CALLS = 2000  # each makes two calls returning nothing: a leaking build loses 4,000
TOLERANCE = 100


def none_is_counted() -> bool:
    """Whether None's reference count moves with the references taken (not from 3.12)."""
    before = sys.getrefcount(None)
    held = [None] * 1000
    counted = sys.getrefcount(None) - before >= 1000 - TOLERANCE
    del held
    return counted


def references_lost(action: Callable[[], None]) -> int:
    gc.collect()
    before = sys.getrefcount(None)
    action()
    gc.collect()
    return before - sys.getrefcount(None)


@pytest.mark.skipif(
    not none_is_counted(),
    reason="None is immortal here (Python >= 3.12): its count cannot show a leak; "
    "test_the_requirement_keeps_leaking_builds_out still runs",
)
def test_void_calls_keep_none_alive(qapp: object) -> None:
    table = QTableWidget(0, 4)
    label = QLabel()
    none = ctypes.py_object(None)

    def leaking_binding() -> None:  # what a leaking build does: one reference lost a call
        for _ in range(2 * CALLS):
            ctypes.pythonapi.Py_DecRef(none)

    def void_calls() -> None:
        for n in range(CALLS):
            table.setRowCount(n % 7)
            label.setText("x")

    try:
        simulated = references_lost(leaking_binding)
    finally:
        for _ in range(2 * CALLS):
            ctypes.pythonapi.Py_IncRef(none)
    assert simulated > 2 * CALLS - TOLERANCE  # the probe would see a leaking build
    assert references_lost(void_calls) < TOLERANCE


def test_the_requirement_keeps_leaking_builds_out() -> None:
    import PySide6

    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(line) for line in project["dependencies"]]
    (binding,) = [r for r in requirements if r.name.lower().startswith("pyside6")]
    for release in LEAKING_RELEASES:
        assert not binding.specifier.contains(release), f"{binding} lets {release} in"
    assert PySide6.__version__ not in LEAKING_RELEASES
