"""The organisation's signing key in the window: unlocking it to sign minutes, and the
« Clé de signature » dialog that shows, creates and imports keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from irev_desktop.domain import french
from irev_desktop.model.signing import Protection, Signer, SigningKeyDTO
from irev_desktop.ui.context import UiContext

translate = QCoreApplication.translate
CONTEXT = "SigningKeyDialog"


class Cancelled(Exception):
    """The user gave up, or was told why signing cannot go on."""


def signer_for(context: UiContext, parent: QWidget, meeting_id: int) -> Signer | None:
    """The unlocked key to sign the minutes with, None when the organisation has none;
    raises ``Cancelled`` when the user cancels or the key cannot be unlocked."""
    keys = context.services.keys
    title = translate(CONTEXT, "Signer le procès-verbal")
    key = keys.key_for_meeting(meeting_id)
    if key is None:
        return None
    passphrase: str | None = None
    if key.on_this_computer and key.protection is Protection.PASSPHRASE:
        passphrase = context.dialogs.ask_password(
            parent,
            title,
            translate(CONTEXT, "Phrase secrète de la clé de signature {fingerprint} :").format(
                fingerprint=key.fingerprint
            ),
        )
        if passphrase is None:
            raise Cancelled
    with context.reporting(parent, title):
        return keys.unlock(key.id, passphrase)
    raise Cancelled  # the error was shown


def key_lines(keys: list[SigningKeyDTO]) -> str:
    """The keys of the register, one paragraph each, for the dialog (rich text)."""
    if not keys:
        return translate(
            CONTEXT,
            "L'organisation n'a pas de clé de signature : les sceaux des procès-verbaux "
            "sont chaînés, mais quelqu'un qui a le fichier de la base pourrait les refaire. "
            "Avec une clé, chaque sceau est signé, et seul ce poste peut signer.",
        )
    lines = []
    for key in reversed(keys):
        created = french.format_date_long(key.created_at.date())
        if key.active:
            state = translate(CONTEXT, "en service depuis le {day}").format(day=created)
        else:
            retired = french.format_date_long(key.retired_at.date()) if key.retired_at else ""
            state = translate(CONTEXT, "créée le {day}, hors service depuis le {retired}").format(
                day=created, retired=retired
            )
        if key.protection is Protection.KEYRING:
            kept = translate(CONTEXT, "clé privée dans le trousseau du système")
        elif key.protection is Protection.PASSPHRASE:
            kept = translate(CONTEXT, "clé privée sur ce poste, protégée par une phrase secrète")
        else:
            kept = translate(CONTEXT, "clé privée absente de ce poste")
        lines.append(f"<p><b><tt>{key.fingerprint}</tt></b><br>{state} · {kept}</p>")
    return "".join(lines)


class SigningKeyDialog(QDialog):
    """The keys of one organisation, and the buttons to create or import one."""

    def __init__(self, context: UiContext, organisation_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.setWindowTitle(self.tr("Clé de signature des procès-verbaux"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("keySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.folder = QLabel(
            self.tr("Dossier des clés de ce poste : {folder}").format(
                folder=context.services.keys.folder.folder
            )
        )
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = QPushButton(self.tr("&Créer une nouvelle clé…"))
        self.create_button.setObjectName("createKey")
        self.import_button = QPushButton(self.tr("&Importer une clé…"))
        self.import_button.setObjectName("importKey")
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_key)
        self.import_button.clicked.connect(self.import_key)
        layout.addWidget(buttons)
        writable = context.writable
        self.create_button.setEnabled(writable)
        self.refresh()

    def refresh(self) -> None:
        keys = self.context.services.keys.registered(self.organisation_id)
        self.summary.setText(key_lines(keys))
        self.import_button.setEnabled(any(not k.on_this_computer for k in keys))

    def create_key(self) -> None:
        dialogs = self.context.dialogs
        title = self.tr("Nouvelle clé de signature")
        existing = self.context.services.keys.active_key(self.organisation_id)
        warning = (
            self.tr(
                "La clé {fingerprint} sera mise hors service : les sceaux qu'elle a signés "
                "restent vérifiables. "
            ).format(fingerprint=existing.fingerprint)
            if existing is not None
            else ""
        )
        if not dialogs.confirm(
            self,
            title,
            warning
            + self.tr(
                "Les prochains procès-verbaux ne pourront être signés que depuis un poste qui "
                "garde la nouvelle clé. Créer la clé ?"
            ),
        ):
            return
        passphrase: str | None = None
        by_keyring = self.tr("Le trousseau du système (sans phrase à saisir)")
        by_passphrase = self.tr("Une phrase secrète, demandée à chaque signature")
        choice = by_passphrase
        if self.context.services.keys.keyring_available():
            chosen = dialogs.choose(
                self,
                title,
                self.tr("Protéger la clé privée par :"),
                [by_passphrase, by_keyring],
            )
            if chosen is None:
                return
            choice = chosen
        if choice == by_passphrase:
            passphrase = dialogs.ask_password(
                self, title, self.tr("Phrase secrète (10 caractères au moins) :")
            )
            if passphrase is None:
                return
            again = dialogs.ask_password(self, title, self.tr("La même phrase, encore une fois :"))
            if again is None:
                return
            if again != passphrase:
                dialogs.error(self, title, self.tr("Les deux phrases secrètes saisies diffèrent."))
                return
        with self.context.reporting(self, title):
            key = self.context.services.keys.create_key(self.organisation_id, passphrase)
            dialogs.info(
                self,
                title,
                self.tr(
                    "Clé de signature créée : empreinte {fingerprint}. Elle sera imprimée sur "
                    "chaque procès-verbal signé. Gardez une copie du dossier des clés : sans "
                    "elle, aucun autre poste ne peut signer."
                ).format(fingerprint=key.fingerprint),
            )
        self.refresh()

    def import_key(self) -> None:
        dialogs = self.context.dialogs
        title = self.tr("Importer une clé de signature")
        path = dialogs.open_file(self, title, self.tr("Clé de signature (*.pem)"))
        if path is None:
            return
        passphrase = dialogs.ask_password(self, title, self.tr("Phrase secrète de la clé :"))
        if passphrase is None:
            return
        with self.context.reporting(self, title):
            key = self.context.services.keys.import_key(path, passphrase)
            dialogs.info(
                self,
                title,
                self.tr("La clé {fingerprint} est gardée sur ce poste.").format(
                    fingerprint=key.fingerprint
                ),
            )
        self.refresh()
