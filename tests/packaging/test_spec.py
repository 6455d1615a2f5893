"""irev_desktop.spec, checked without building: the spec runs against stand-ins for
PyInstaller's build classes, which record what a real build would be asked to do."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "irev_desktop.spec"


class Recorder:
    calls: ClassVar[list[tuple[str, tuple[Any, ...], dict[str, Any]]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        Recorder.calls.append((type(self).__name__, args, kwargs))


class Analysis(Recorder):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pure: list[object] = []
        self.scripts: list[object] = []
        self.binaries = [
            ("PySide6/Qt/lib/libQt6Core.so.6", "src", "BINARY"),
            ("PySide6/Qt/lib/libQt6Network.so.6", "src", "BINARY"),
            ("libQt6Qml.so.6", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqeglfs.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqpdf.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "src", "BINARY"),
            ("PySide6\\Qt6Network.dll", "src", "BINARY"),
            ("PySide6\\Qt6Widgets.dll", "src", "BINARY"),
            ("PySide6\\plugins\\platforms\\qwindows.dll", "src", "BINARY"),
            ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", "src", "BINARY"),
            ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", "src", "BINARY"),
            ("lib-dynload/_sqlite3.so", "src", "EXTENSION"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_fr.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qtbase_en.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
            ("PySide6\\translations\\qtbase_ja.qm", "src", "DATA"),
        ]


class PYZ(Recorder):
    pass


class EXE(Recorder):
    pass


class COLLECT(Recorder):
    pass


class BUNDLE(Recorder):
    pass


def run_spec() -> dict[str, Any]:
    Recorder.calls = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "BUNDLE": BUNDLE,
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["calls"] = list(Recorder.calls)
    return namespace


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return run_spec()


def calls_of(spec: dict[str, Any], kind: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(args, kwargs) for name, args, kwargs in spec["calls"] if name == kind]


def test_two_executables_one_windowed_one_console_without_upx(spec: dict[str, Any]) -> None:
    exes = {kwargs["name"]: kwargs for _args, kwargs in calls_of(spec, "EXE")}
    assert set(exes) == {"irev-desktop", "irev-desktop-cli"}
    assert exes["irev-desktop"]["console"] is False
    assert exes["irev-desktop-cli"]["console"] is True
    for kwargs in exes.values():
        assert kwargs["upx"] is False
        assert kwargs["exclude_binaries"] is True  # one folder, shared libraries

    [(args, kwargs)] = calls_of(spec, "COLLECT")
    assert kwargs["name"] == "IREV Desktop"
    assert kwargs["upx"] is False
    names = [a.kwargs["name"] for a in args if isinstance(a, EXE)]
    assert names == ["irev-desktop", "irev-desktop-cli"]  # the window first (macOS bundle)
    assert "upx=True" not in SPEC.read_text(encoding="utf-8").replace(" ", "")


def test_resources_and_migrations_travel_as_files(spec: dict[str, Any]) -> None:
    [(_args, kwargs)] = calls_of(spec, "Analysis")
    bundled = {
        (Path(source).relative_to(ROOT).as_posix(), Path(target).as_posix())
        for source, target in kwargs["datas"]
    }
    migrations = ROOT / "irev_desktop" / "db" / "migrations"
    for script in [*migrations.glob("*.py"), *migrations.glob("versions/*.py")]:
        relative = script.relative_to(ROOT).as_posix()
        assert (relative, Path(relative).parent.as_posix()) in bundled
    for needed in (
        "resources/templates/irev-a4-fr.docx",
        "resources/translations/irev_en.qm",
        "resources/icons/irev.png",
    ):
        assert (needed, Path(needed).parent.as_posix()) in bundled
    assert not [source for source, _ in bundled if source.endswith(".ts")]
    assert not [source for source, _ in bundled if "__pycache__" in source]


def test_other_bindings_and_unused_qt_are_excluded(spec: dict[str, Any]) -> None:
    [(_args, kwargs)] = calls_of(spec, "Analysis")
    excluded = set(kwargs["excludes"])
    assert {"tkinter", "PyQt5", "PyQt6", "PySide2", "PySide6.QtNetwork"} <= excluded
    assert not excluded & {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}


def test_pruning_keeps_what_the_program_needs(spec: dict[str, Any]) -> None:
    analysis = spec["analysis"]
    kept = {Path(entry[0].replace("\\", "/")).name for entry in analysis.binaries}
    assert kept == {
        "libQt6Core.so.6",
        "libqxcb.so",
        "libqoffscreen.so",
        "libqjpeg.so",
        "Qt6Widgets.dll",
        "qwindows.dll",
        "QtWidgets",
        "_sqlite3.so",
    }
    translations = {Path(entry[0].replace("\\", "/")).name for entry in analysis.datas}
    assert translations == {"qtbase_fr.qm", "qtbase_en.qm"}


def test_icons_exist_for_every_platform() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "irev.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "irev.icns").read_bytes()[:4] == b"icns"
    assert (icons / "irev.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_version_and_icon_come_from_the_package(spec: dict[str, Any]) -> None:
    from irev_desktop import __version__

    assert spec["VERSION"] == __version__


@pytest.mark.skipif(sys.platform == "win32", reason="the spec pretends to be on macOS")
def test_the_macos_bundle_is_a_foreground_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    spec = run_spec()
    [(args, kwargs)] = calls_of(spec, "BUNDLE")
    assert args == (spec["coll"],)
    assert kwargs["name"] == "IREV Desktop.app"
    assert kwargs["icon"].endswith("irev.icns")
    assert kwargs["version"] == spec["VERSION"]
    assert kwargs["info_plist"]["LSBackgroundOnly"] is False  # else: no Dock icon, no menus
    exes = {k["name"]: k for _a, k in calls_of(spec, "EXE")}
    assert exes["irev-desktop"]["icon"].endswith("irev.icns")
