"""« Importer un tableur… »: choose a spreadsheet, see what it would create and every
error of it, then import it — nothing is written before « Importer », and « Importer »
is enabled only when the file has no error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.errors import IrevError
from irev_desktop.model.register_import import (
    COLUMN_TITLES,
    ImportIssue,
    ImportPreview,
    ImportResult,
    NewOrganisation,
)
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.progress import work_progress

AnyIndex = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 1

_ROW_WITH_ERROR = QColor("#ffe3e3")
_CELL_WITH_ERROR = QColor("#ffa8a8")
_WIDEST = 150  # a column is no wider: its whole text is in the tooltip
_ERROR_TEXT = QColor("#c92a2a")


class PreviewModel(QAbstractTableModel):
    """The rows of the file: its row number, then one column per column recognised.
    A row with an error is tinted, the cell at fault more strongly; the tooltip says why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self._keys: list[str] = []
        self._issues: dict[int, list[ImportIssue]] = {}

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self._keys = list(preview.columns) if preview else []
        self._issues = {}
        for issue in preview.issues if preview else ():
            if issue.line is not None:
                self._issues.setdefault(issue.line, []).append(issue)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Ligne")
        # The columns' names are those of the spreadsheet (its template is French); a long
        # one on two lines, so that the columns stay narrow.
        title = COLUMN_TITLES[self._keys[section - 1]]
        if len(title) > 12 and " " in title:
            middle = len(title) // 2
            cut = min((i for i, c in enumerate(title) if c == " "), key=lambda i: abs(i - middle))
            title = title[:cut] + "\n" + title[cut + 1 :]
        return title

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.preview is None or not index.isValid():
            return None
        row = self.preview.rows[index.row()]
        key = self._keys[index.column() - 1] if index.column() else None
        issues = self._issues.get(row.line, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.line) if key is None else row.cells.get(key, "")
        if role == LINE_ROLE:
            return row.line
        if role == Qt.ItemDataRole.TextAlignmentRole and key is None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not issues:
            if role == Qt.ItemDataRole.ToolTipRole and key is not None:
                return row.cells.get(key) or None
            return None
        at_fault = [i for i in issues if i.column == key] if key else issues
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_CELL_WITH_ERROR if key and at_fault else _ROW_WITH_ERROR)
        if role == Qt.ItemDataRole.ForegroundRole and key is None:
            return QBrush(_ERROR_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(i.message for i in (at_fault or issues))
        return None

    def row_of_line(self, line: int) -> int:
        if self.preview is None:
            return -1
        return next((n for n, row in enumerate(self.preview.rows) if row.line == line), -1)


class RegisterImportDialog(QDialog):
    """Choose a spreadsheet (.xlsx, .csv), see its preview, import it.

    ``organisation_id``: the organisation the rows join; None with ``organisation``: the
    organisation « Créer mon organisation » creates with them, in the same transaction.
    ``imported`` is what the import wrote, once the dialog is accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        context: UiContext,
        organisation_id: int | None,
        organisation: NewOrganisation | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.organisation = organisation
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.setObjectName("registerImportDialog")
        self.setWindowTitle(self.tr("Importer un tableur"))
        self.resize(1240, 660)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Un tableur Excel (.xlsx) ou CSV, une ligne par mandat : membre, collège, "
                "droits statutaires, civilité, prénom, nom, courriel, fonction, instance, "
                "rôle, titulaire ou suppléant, début et fin du mandat. Rien n'est écrit "
                "avant « Importer »."
            )
        )
        if organisation is not None:
            intro.setText(
                self.tr("Organisation créée avec le tableur : {name} ({short}).").format(
                    name=organisation.name, short=organisation.short_name
                )
                + "\n"
                + intro.text()
            )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Aucun fichier choisi"))
        self.choose_button = QPushButton(self.tr("&Choisir un fichier…"))
        self.reload_button = QPushButton(self.tr("&Relire"))
        self.reload_button.setToolTip(self.tr("Relire le fichier après l'avoir corrigé"))
        self.template_button = QPushButton(self.tr("Enregistrer le &modèle…"))
        self.template_button.setToolTip(
            self.tr("Un tableur à remplir, avec l'exemple de l'IREV et une feuille d'instructions")
        )
        file_row.addWidget(self.path_edit, 1)
        for button in (self.choose_button, self.reload_button, self.template_button):
            button.setAutoDefault(False)
            file_row.addWidget(button)
        layout.addLayout(file_row)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("importStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("importRows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setWordWrap(False)
        splitter.addWidget(self.table)
        errors_box = QWidget()
        errors_layout = QVBoxLayout(errors_box)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        self.errors_caption = QLabel(self.tr("Erreurs"))
        self.errors_list = QListWidget()
        self.errors_list.setObjectName("importErrors")
        self.errors_caption.setBuddy(self.errors_list)
        errors_layout.addWidget(self.errors_caption)
        errors_layout.addWidget(self.errors_list, 1)
        splitter.addWidget(errors_box)
        splitter.setSizes([460, 110])
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button.clicked.connect(self.reload)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.import_file)
        self.buttons.rejected.connect(self.reject)
        self.errors_list.currentItemChanged.connect(self._show_error_row)
        self._show(None)

    # Choosing and reading ------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.context.dialogs.open_file(
            self,
            self.tr("Choisir un tableur"),
            self.tr("Tableurs (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)"),
        )
        if path is not None:
            self.load(path)

    def reload(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> None:
        """Read and check ``path``; show its preview. Writes nothing."""
        self.path = path
        self.path_edit.setText(str(path))
        progress, step = work_progress(
            self, self.tr("Importer un tableur"), self.tr("Lecture du tableur…")
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        preview: ImportPreview | None = None
        try:
            preview = self.context.services.register_import.preview(
                path, self.organisation_id, progress=step
            )
        except IrevError as error:
            self.context.dialogs.error(self, self.tr("Importer un tableur"), error_text(error))
        finally:
            QGuiApplication.restoreOverrideCursor()
            progress.close()
            progress.deleteLater()
        self._show(preview)

    def _show(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > _WIDEST:
                self.table.setColumnWidth(column, _WIDEST)
        self.errors_list.clear()
        self.reload_button.setEnabled(self.path is not None)
        writable = self.context.writable
        self.import_button.setEnabled(writable and preview is not None and preview.ok)
        if preview is None:
            self.summary_label.setText("")
            self.status_label.setText(self.tr("Choisissez un tableur, ou enregistrez le modèle."))
            self.status_label.setStyleSheet("")
            self.errors_caption.setText(self.tr("Erreurs"))
            return
        self.summary_label.setText(self.summary(preview))
        for issue in preview.issues:
            item = QListWidgetItem(issue.text)
            item.setData(LINE_ROLE, issue.line)
            item.setForeground(QBrush(_ERROR_TEXT))
            self.errors_list.addItem(item)
        for note in preview.notes:
            self.errors_list.addItem(
                QListWidgetItem(self.tr("Remarque : {note}").format(note=note))
            )
        count = len(preview.issues)
        self.errors_caption.setText(self.tr("&Erreurs ({count})").format(count=count))
        if count:
            self.status_label.setText(
                self.tr(
                    "{count} erreur(s) : rien ne peut être importé. Corrigez le fichier, "
                    "puis « Relire »."
                ).format(count=count)
            )
            self.status_label.setStyleSheet("color: #c92a2a;")
        elif not writable:
            self.status_label.setText(self.tr("La base est en lecture seule : rien à importer."))
            self.status_label.setStyleSheet("color: #495057;")
        else:
            self.status_label.setText(
                self.tr("Aucune erreur : « Importer » écrit tout en une seule fois.")
            )
            self.status_label.setStyleSheet("color: #2b8a3e;")
            self.import_button.setDefault(True)

    def summary(self, preview: ImportPreview) -> str:
        counts = preview.counts
        if not preview.rows:
            return self.tr("« {file} » : aucune ligne lue.").format(file=preview.source)
        text = self.tr(
            "{rows} ligne(s) lue(s) dans « {file} ». À créer : {members} membre(s), "
            "{people} personne(s), {mandates} mandat(s)."
        ).format(
            rows=counts.rows,
            file=preview.source,
            members=counts.members,
            people=counts.people,
            mandates=counts.mandates,
        )
        new_bodies = [b.short_name for b in preview.bodies if b.existing_id is None]
        if new_bodies:
            text += " " + self.tr("Instances créées : {bodies}.").format(
                bodies=", ".join(new_bodies)
            )
        existing = counts.members_existing + counts.people_existing + counts.mandates_existing
        if existing:
            text += " " + self.tr(
                "Déjà au registre, laissés tels quels : {members} membre(s), {people} "
                "personne(s), {mandates} mandat(s)."
            ).format(
                members=counts.members_existing,
                people=counts.people_existing,
                mandates=counts.mandates_existing,
            )
        return text

    def _show_error_row(self, item: QListWidgetItem | None) -> None:
        line = item.data(LINE_ROLE) if item is not None else None
        if not isinstance(line, int):
            return
        row = self.model.row_of_line(line)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # Writing ---------------------------------------------------------------------------
    def save_template(self) -> None:
        path = self.context.dialogs.save_file(
            self,
            self.tr("Enregistrer le modèle"),
            "modele-registre.xlsx",
            self.tr("Classeur Excel (*.xlsx)"),
        )
        if path is None:
            return
        if path.suffix.casefold() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        title = self.tr("Enregistrer le modèle")
        try:
            written = self.context.services.write_register_template(path)
        except OSError as error:
            self.context.dialogs.error(
                self,
                title,
                self.tr("Le modèle n'a pas pu être écrit : {reason}").format(
                    reason=error.strerror or error
                ),
            )
            return
        self.context.dialogs.info(
            self,
            title,
            self.tr(
                "Modèle écrit :\n{path}\n\nRemplissez sa feuille « Registre » (les lignes "
                "d'exemple sont celles de l'IREV), puis choisissez-le ici."
            ).format(path=written),
        )

    def import_file(self) -> None:
        """Write everything the preview shows, in one transaction; then close."""
        preview = self.preview
        if preview is None or not preview.ok or not self.context.writable:
            return
        title = self.tr("Importer un tableur")
        progress, step = work_progress(self, title, self.tr("Import du registre…"))
        try:
            with self.context.services.batched():  # one refresh of the views, at the end
                self.imported = self.context.services.register_import.apply(
                    preview, self.organisation, progress=step
                )
        except IrevError as error:
            self.context.dialogs.error(self, title, error_text(error))
            return
        finally:
            progress.close()
            progress.deleteLater()
        self.accept()
