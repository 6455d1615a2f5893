"""The first start on an empty store: open the example or create one's organisation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.ui.context import UiContext


class OrganisationDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Créer mon organisation"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.city = QLineEdit()
        form.addRow(self.tr("&Nom"), self.name)
        form.addRow(self.tr("&Sigle"), self.short_name)
        form.addRow(self.tr("&Ville (pour « Fait à … »)"), self.city)
        self.from_spreadsheet = QCheckBox(
            self.tr("&Reprendre les membres, les personnes et les mandats d'un tableur")
        )
        self.from_spreadsheet.setToolTip(
            self.tr(
                "Un tableur Excel (.xlsx) ou CSV : son aperçu s'affiche, et rien n'est créé "
                "avant « Importer ». Le modèle à remplir s'enregistre depuis cet aperçu."
            )
        )
        form.addRow(self.from_spreadsheet)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)


class WelcomePage(QWidget):
    """Signals: ready() — the store now has an organisation."""

    ready = Signal()

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Bienvenue dans IREV Desktop"))
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Le registre de vos instances : membres, mandats, séances, présences et "
                "quorum, délibérations et procès-verbaux — hors ligne.\n"
                "Pour commencer, ouvrez l'exemple ou créez votre organisation."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.demo_button = QPushButton(
            self.tr("Ouvrir l'exemple : l'assemblée générale de l'IREV du 8 mars 2021")
        )
        self.create_button = QPushButton(self.tr("Créer mon organisation…"))
        for button in (self.demo_button, self.create_button):
            button.setMinimumHeight(44)
            button.setEnabled(context.writable)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.demo_button.clicked.connect(self.load_example)
        self.create_button.clicked.connect(self.create_organisation)

    def load_example(self) -> None:
        from irev_desktop.sample_data.demo import load_demo

        with self.context.reporting(self, self.tr("Exemple")):
            with self.context.services.batched():  # one refresh of the views, at the end
                load_demo(self.context.services)
            self.ready.emit()

    def create_organisation(self) -> None:
        dialog = OrganisationDialog(self)
        if not self.context.dialogs.run(dialog):
            return
        if dialog.from_spreadsheet.isChecked():
            self.create_from_spreadsheet(dialog)
            return
        from irev_desktop.model.inputs import BodyRules

        with self.context.reporting(self, self.tr("Créer mon organisation")):
            with self.context.services.batched():  # one refresh of the views, at the end
                registry = self.context.services.registry
                org = registry.create_organisation(
                    dialog.name.text(), dialog.short_name.text(), city=dialog.city.text()
                )
                # The usual bodies of a GIP, with common rules the user can change later.
                registry.add_body(
                    org.id,
                    self.tr("Assemblée générale"),
                    "AG",
                    BodyRules(quorum_numerator=1, quorum_denominator=2, notice_days=15),
                )
                registry.add_body(
                    org.id,
                    self.tr("Conseil d'administration"),
                    "CA",
                    BodyRules(quorum_numerator=1, quorum_denominator=2, notice_days=15),
                )
            self.ready.emit()

    def create_from_spreadsheet(self, dialog: OrganisationDialog) -> None:
        """The organisation and its register from a spreadsheet: created together, once
        the preview is confirmed; nothing at all if it is cancelled."""
        from irev_desktop.model.register_import import NewOrganisation
        from irev_desktop.ui.register_import import RegisterImportDialog

        organisation = NewOrganisation(
            dialog.name.text(), dialog.short_name.text(), dialog.city.text()
        )
        if not organisation.name.strip() or not organisation.short_name.strip():
            self.context.dialogs.error(
                self,
                self.tr("Créer mon organisation"),
                self.tr("Le nom et le sigle de l'organisation sont obligatoires."),
            )
            return
        importer = RegisterImportDialog(self, self.context, None, organisation)
        if not self.context.dialogs.run(importer) or importer.imported is None:
            return
        self.ready.emit()
        # Then the register just imported, on the board (the window's page, if it has one).
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("board")
