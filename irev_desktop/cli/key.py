"""``irev-desktop key``: the organisation's signing key (create, show, import).

The passphrase is read from ``--passphrase-file`` (its first line), from the
``IREV_DESKTOP_KEY_PASSPHRASE`` environment variable, or typed twice at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from irev_desktop.cli.parser import integer
from irev_desktop.domain import french
from irev_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from irev_desktop.model.signing import SigningKeyDTO
    from irev_desktop.services.facade import Services

PASSPHRASE_ENV_VAR = "IREV_DESKTOP_KEY_PASSPHRASE"
_MAX_PASSPHRASE_FILE = 4096


def add_key_command(commands: Any) -> None:
    key = commands.add_parser("key", help="la clé de signature des procès-verbaux")
    actions = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create", help="crée la clé de l'organisation (la précédente est mise hors service)"
    )
    _organisation_argument(create)
    protection = create.add_mutually_exclusive_group()
    protection.add_argument(
        "--keyring", action="store_true", help="garder la clé dans le trousseau du système"
    )
    protection.add_argument(
        "--passphrase-file", type=Path, metavar="FICHIER", help="lire la phrase secrète ici"
    )
    show = actions.add_parser("show", help="affiche les clés du registre")
    _organisation_argument(show)
    import_ = actions.add_parser(
        "import", help="garde sur cet ordinateur la clé d'un autre poste (fichier .pem)"
    )
    import_.add_argument("file", type=Path, metavar="FICHIER.pem")
    import_.add_argument("--passphrase-file", type=Path, metavar="FICHIER")


def _organisation_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--organisation",
        type=integer(),
        metavar="N",
        help="l'organisation (par défaut : la seule du registre)",
    )


def key_needs_writing(args: argparse.Namespace) -> bool:
    return bool(args.key_command == "create")


def run_key(services: Services, args: argparse.Namespace) -> int:
    keys = services.keys
    if args.key_command == "create":
        organisation = _organisation(services, args.organisation)
        passphrase = None if args.keyring else read_passphrase(args.passphrase_file, twice=True)
        key = keys.create_key(organisation, passphrase)
        print(f"Clé de signature créée : empreinte {key.fingerprint}.")
        print(f"Sa moitié privée est gardée {_where(services, key)}.")
        return 0
    if args.key_command == "import":
        passphrase = read_passphrase(args.passphrase_file, twice=False)
        key = keys.import_key(args.file, passphrase)
        print(f"Clé {key.fingerprint} gardée sur cet ordinateur ({keys.folder.folder}).")
        return 0
    organisation = args.organisation
    found = keys.registered(organisation)
    if not found:
        print("Aucune clé de signature : les sceaux sont chaînés mais non signés.")
        return 0
    for key in found:
        state = (
            "en service"
            if key.active
            else f"hors service depuis le {_day(key.retired_at)}"
            if key.retired_at
            else ""
        )
        here = _where(services, key) if key.on_this_computer else "absente de cet ordinateur"
        print(f"{key.fingerprint} · créée le {_day(key.created_at)} · {state} · clé privée {here}")
    return 0


def _day(moment: Any) -> str:
    return french.format_date_long(moment.date())


def _where(services: Services, key: SigningKeyDTO) -> str:
    from irev_desktop.model.signing import Protection

    if key.protection is Protection.KEYRING:
        return "dans le trousseau du système"
    return f"chiffrée par la phrase secrète dans {services.keys.folder.pem_path(key.public_key)}"


def _organisation(services: Services, chosen: int | None) -> int:
    organisations = services.registry.organisations()
    if chosen is not None:
        return chosen
    if len(organisations) != 1:
        raise ValidationError(
            "Le registre compte {count} organisations : indiquez laquelle avec --organisation.",
            count=len(organisations),
        )
    return organisations[0].id


def read_passphrase(source: Path | None, *, twice: bool) -> str:
    if source is not None:
        try:
            with open(source, encoding="utf-8") as handle:
                text = handle.read(_MAX_PASSPHRASE_FILE)
        except (OSError, UnicodeDecodeError) as error:
            raise ValidationError(
                "La phrase secrète ne peut être lue dans {path} ({reason}).",
                path=source,
                reason=getattr(error, "strerror", None) or str(error),
            ) from None
        return text.splitlines()[0] if text.splitlines() else ""
    from_environment = os.environ.get(PASSPHRASE_ENV_VAR)
    if from_environment is not None:
        return from_environment
    if not sys.stdin.isatty():
        raise ValidationError(
            "Donnez la phrase secrète de la clé par --passphrase-file ou par la variable "
            "IREV_DESKTOP_KEY_PASSPHRASE."
        )
    first = getpass.getpass("Phrase secrète de la clé : ")
    if twice and getpass.getpass("La même, encore une fois : ") != first:
        raise ValidationError("Les deux phrases secrètes saisies diffèrent.")
    return first
