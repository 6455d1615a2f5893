"""``irev-desktop selftest``: proves an installation works, without touching the user's data.

On a store in a temporary folder it runs the migrations, loads the example, exports
every Word document of the 8 March 2021 assembly and reads each back, searches it, loads
the bundled resources and Qt's own translations, then opens the main window offscreen,
lets it open the store and paint, and closes it.

One line per step: ``OK <step>`` or ``ÉCHEC <step> : <why>``; the first failure stops
the run. Exit code 0 only when every step passed. No step is ever skipped: a check that
cannot run (a search module missing from the build, an SQLite without FTS5) is a failure,
for the program a user installs could not do it either. It runs the same from a checkout
and from the PyInstaller build, where a missing data file or hidden import shows up as a
failed step.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.paths import DB_FILE_NAME, AppPaths
from irev_desktop.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services

MAIN_MEETING_DATE = dt.date(2021, 3, 8)
SEARCH_WORD = "Assises"
WINDOW_TIMEOUT_MS = 60_000

T = TypeVar("T")


class StepFailed(Exception):
    """A check of the selftest did not hold; the message says which."""


def run_selftest(out: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 at the first failure."""
    # Read when the QApplication is made: the window is drawn offscreen, display or not.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    stream = out if out is not None else sys.stdout
    with tempfile.TemporaryDirectory(prefix="irev-selftest-", ignore_cleanup_errors=True) as tmp:
        runner = _Runner(Path(tmp), stream)
        ok = runner.run()
    print(
        f"selftest réussi : {runner.passed} étapes" if ok else "selftest en échec",
        file=stream,
        flush=True,
    )
    return 0 if ok else 1


SELFTEST_PASSPHRASE = "autotest de la signature"


class _Runner:
    def __init__(self, folder: Path, out: TextIO) -> None:
        self.folder = folder
        self.paths = AppPaths(folder / "donnees" / DB_FILE_NAME)
        self.out = out
        self.passed = 0
        self.meeting_id = 0

    def run(self) -> bool:
        self.paths.data_dir.mkdir(parents=True)
        try:
            services = self._step("migrations", self._migrations)
        except StepFailed:
            return False
        try:
            self._step("exemple", lambda: self._demo(services))
            for kind in DocumentKind:
                self._step(f"export {kind.value}", partial(self._export, services, kind))
            self._step("recherche", lambda: self._search(services))
            self._step("signature", lambda: self._signature(services))
        except StepFailed:
            return False
        finally:
            services.close()
        try:
            self._step("ressources", self._resources)
            self._step("fenêtre", self._window)
        except StepFailed:
            return False
        return True

    def _step(self, name: str, action: Callable[[], tuple[T, str]]) -> T:
        try:
            result, detail = action()
        except Exception as error:
            self._say(f"ÉCHEC {name} : {_describe(error)}")
            if not isinstance(error, StepFailed):
                traceback.print_exc(file=sys.stderr)
            raise StepFailed(name) from error
        self.passed += 1
        self._say(f"OK {name}" + (f" ({detail})" if detail else ""))
        return result

    def _say(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    # Steps -------------------------------------------------------------------------
    def _migrations(self) -> tuple[Services, str]:
        from irev_desktop.services.facade import Services

        services = Services.open(self.paths, write=True)
        try:
            state = Services.schema_state(self.paths)
            _check(state.stored == state.head, f"révision {state.stored} au lieu de {state.head}")
            # The scripts, read as files: a build that left them out fails here.
            _check(state.head in state.known, f"scripts introuvables dans {state.scripts}")
        except BaseException:
            services.close()
            raise
        return services, f"révision {state.stored}, {len(state.known)} scripts"

    def _demo(self, services: Services) -> tuple[None, str]:
        from irev_desktop.sample_data.demo import load_demo

        result = load_demo(services)
        _check(result.loaded, "l'exemple n'a pas été chargé")
        _check(result.main_meeting_id is not None, "l'AG du 8 mars 2021 manque")
        assert result.main_meeting_id is not None
        meeting = services.meetings.meeting(result.main_meeting_id)
        _check(meeting.date == MAIN_MEETING_DATE, f"séance principale datée du {meeting.date}")
        self.meeting_id = meeting.id
        return None, f"{result.meetings} séances, AG du 8 mars 2021 n° {meeting.id}"

    def _export(self, services: Services, kind: DocumentKind) -> tuple[None, str]:
        import docx

        target = self.folder / f"{kind.value}.docx"
        services.export.export(self.meeting_id, kind, target)
        document = docx.Document(str(target))
        texts = [p.text for p in document.paragraphs]
        for table in document.tables:
            texts.extend(cell.text for row in table.rows for cell in row.cells)
        text = "\n".join(texts).replace("\u2019", "'").casefold()  # typographic apostrophe
        # The example meets by videoconference: its émargement is a list of participants.
        heading = "Liste des participants" if kind is DocumentKind.EMARGEMENT else kind.heading
        _check(heading.casefold() in text, f"titre « {heading} » absent")
        _check("2021" in text, "l'année de la séance est absente")
        return None, f"{target.stat().st_size // 1024} Ko, {len(document.paragraphs)} paragraphes"

    def _search(self, services: Services) -> tuple[None, str]:
        hits = services.search.search(SEARCH_WORD)
        _check(len(hits) > 0, f"« {SEARCH_WORD} » ne trouve rien dans l'exemple")
        return None, f"« {SEARCH_WORD} » : {len(hits)} résultat(s)"

    def _signature(self, services: Services) -> tuple[None, str]:
        """A signing key made, unlocked and used (cryptography and keyring are bundled)."""
        keys = services.keys_at(self.folder / "cles")
        organisation = services.registry.organisations()[0].id
        key = keys.create_key(organisation, SELFTEST_PASSPHRASE)
        signer = keys.unlock(key.id, SELFTEST_PASSPHRASE)
        digest = "0" * 64
        signature = signer.sign(digest)
        _check(keys.verifies(key.public_key, digest, signature), "signature refusée")
        _check(not keys.verifies(key.public_key, "1" * 64, signature), "fausse signature admise")
        return None, f"clé {key.fingerprint}, trousseau : {keys.keyring_name()}"

    def _resources(self) -> tuple[None, str]:
        from PySide6.QtCore import QLibraryInfo, QTranslator
        from PySide6.QtGui import QImage

        from irev_desktop.exporters.resources import builtin_template_path, resources_dir
        from irev_desktop.ui.i18n import translations_dir

        builtin_template_path()  # raises a clear error when it is missing
        translator = QTranslator()
        _check(
            translator.load("irev_en", str(translations_dir())),
            f"irev_en.qm introuvable dans {translations_dir()}",
        )
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for language in ("fr", "en"):
            _check(
                QTranslator().load(f"qtbase_{language}", qt_translations),
                f"qtbase_{language}.qm introuvable dans {qt_translations}",
            )
        icon = resources_dir() / "icons" / "irev.png"
        _check(not QImage(str(icon)).isNull(), f"icône illisible : {icon}")
        return None, "modèle Word, traductions du programme et de Qt, icône"

    def _window(self) -> tuple[None, str]:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from irev_desktop import APP_NAME
        from irev_desktop.ui import i18n
        from irev_desktop.ui.main_window import MainWindow
        from irev_desktop.ui.settings import UiSettings

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        i18n.install("fr")
        dialogs = _RecordingDialogs()
        errors: list[str] = []
        previous_hook = sys.excepthook

        def record(
            kind: type[BaseException], error: BaseException, trace: TracebackType | None
        ) -> None:
            errors.append(_describe(error))
            traceback.print_exception(kind, error, trace, file=sys.stderr)

        sys.excepthook = record  # exceptions raised in Qt slots land here
        try:
            window = MainWindow(self.paths, UiSettings(self.paths), dialogs)
            loop = QEventLoop()
            opened: list[bool] = []
            window.storeOpened.connect(lambda: opened.append(True))
            window.storeOpened.connect(loop.quit)
            window.destroyed.connect(loop.quit)
            QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
            window.open_store_after_first_paint()
            window.show()
            if not opened:
                loop.exec()
            app.processEvents()
            _check(not dialogs.errors, f"message d'erreur : {'; '.join(dialogs.errors)}")
            _check(bool(opened), f"la base ne s'est pas ouverte en {WINDOW_TIMEOUT_MS // 1000} s")
            _check(window.navigation.isEnabled(), "la navigation reste désactivée")
            page = window.current_page()
            _check(page == "meetings", f"page affichée : {page or 'aucune'}")
            picture = window.grab()
            _check(not picture.isNull(), "la fenêtre ne s'est pas dessinée")
            size = f"{picture.width()}×{picture.height()}"
            window.close()
            app.processEvents()
            _check(window.services is None, "la base est restée ouverte après la fermeture")
            _check(window.exit_code == 0, f"code de sortie {window.exit_code}")
            _check(not errors, f"exception dans la fenêtre : {'; '.join(errors)}")
        finally:
            sys.excepthook = previous_hook
        return None, f"ouverte hors écran, {size}, page « Séances », fermée"


class _RecordingDialogs(Dialogs):
    """Never shows a modal box (nobody would close it offscreen); records errors instead."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        pass

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return False

    def open_files(self, parent: QWidget | None, title: str, filters: str = "") -> list[Path]:
        return []

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str = ""
    ) -> Path | None:
        return None

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        return None

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> str | None:
        return None

    def run(self, dialog: QDialog) -> bool:
        return False


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def _describe(error: BaseException) -> str:
    if isinstance(error, StepFailed):
        return str(error)
    message = getattr(error, "message", None) or str(error)
    return f"{type(error).__name__} : {message}"
