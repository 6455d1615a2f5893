"""``irev-desktop server`` (a team's server: its tables, roles and logins) and
``irev-desktop copy-store`` (a register moved between a file and a server).

A login's password is read from ``--password-file`` (its first line), from the
``IREV_DESKTOP_SERVER_PASSWORD`` environment variable, or typed twice at the terminal:
never from the command line, which other users of the computer can see.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from irev_desktop.domain.errors import ValidationError
from irev_desktop.paths import AppPaths, is_server_url

PASSWORD_ENV_VAR = "IREV_DESKTOP_SERVER_PASSWORD"
_MAX_PASSWORD_FILE = 4096


def add_server_commands(commands: Any) -> None:
    server = commands.add_parser(
        "server", help="le serveur d'une équipe (PostgreSQL) : tables, rôles, identifiants"
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    actions.add_parser(
        "init",
        help="prépare la base de --db (ses tables) et les rôles « secretariat » et "
        "« lecture » ; à lancer par son propriétaire",
    )
    user = actions.add_parser(
        "user", help="crée (ou met à jour) l'identifiant d'une personne de l'équipe"
    )
    user.add_argument("name", metavar="IDENTIFIANT")
    user.add_argument(
        "--role",
        required=True,
        choices=["secretariat", "lecture"],
        help="secretariat : lit et écrit ; lecture : lit seulement",
    )
    user.add_argument(
        "--password-file", type=Path, metavar="FICHIER", help="lire le mot de passe ici"
    )
    copy = commands.add_parser(
        "copy-store",
        help="copie tout un registre d'un fichier vers un serveur (ou l'inverse), puis "
        "compare les deux",
    )
    copy.add_argument(
        "--from", dest="source", required=True, metavar="FICHIER|URL", help="le registre copié"
    )
    copy.add_argument(
        "--to", dest="target", required=True, metavar="FICHIER|URL", help="une base vide"
    )
    copy.add_argument("--json", action="store_true", help="le compte rendu en JSON")


def run_server(paths: AppPaths, args: argparse.Namespace) -> int:
    from irev_desktop.services.facade import Services

    if paths.url is None:
        raise ValidationError(
            "Indiquez le serveur avec --db postgresql://propriétaire@serveur/base (ou "
            "IREV_DESKTOP_DB) : « server » ne s'applique pas à un fichier."
        )
    if args.server_command == "init":
        done = Services.init_server(paths.url)
        print(f"Base {paths.label} prête (schéma {done.revision}).")
        for role in done.roles:
            state = "créé" if role in done.created else "déjà présent"
            print(f"  rôle {role} : {state}")
        print(
            "Ajoutez chaque personne de l'équipe avec : irev-desktop --db URL server user "
            "IDENTIFIANT --role secretariat|lecture"
        )
        return 0
    password = read_password(args.password_file)
    group = Services.add_server_user(paths.url, args.name, args.role, password)
    print(f"Identifiant {args.name} prêt, membre du rôle {group}.")
    return 0


def run_copy_store(args: argparse.Namespace) -> int:
    from irev_desktop.services.facade import Services

    source, target = _store_paths(args.source), _store_paths(args.target)
    if source == target:
        raise ValidationError("La source et la cible sont la même base : rien n'a été copié.")

    def say(step: str) -> None:
        if not args.json:
            print(f"… {step}", file=sys.stderr, flush=True)

    report = Services.copy_store(source, target, say)
    if args.json:
        data = {
            "source": report.source,
            "cible": report.target,
            "identique": report.identical,
            "tables": {
                t.name: {"source": t.source_rows, "cible": t.target_rows, "identique": t.same_rows}
                for t in report.tables
            },
            "pieces": report.pieces,
            "pieces_en_defaut": list(report.pieces_failed),
            "sceaux": report.seals,
            "sceaux_en_defaut_source": list(report.seals_failed_source),
            "sceaux_en_defaut_cible": list(report.seals_failed_target),
            "secondes": round(report.seconds, 3),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        rows = sum(t.source_rows for t in report.tables)
        print(f"Copie de {report.source} vers {report.target} en {report.seconds:.1f} s.")
        print(f"  {len(report.tables)} tables, {rows} lignes : ", end="")
        different = [t.name for t in report.tables if not t.same_rows]
        print("identiques." if not different else f"différentes : {', '.join(different)}.")
        print(
            f"  {report.pieces} pièces relues : "
            + (
                "intactes."
                if not report.pieces_failed
                else f"{len(report.pieces_failed)} en défaut."
            )
        )
        failing = len(report.seals_failed_target)
        print(
            f"  {report.seals} sceaux vérifiés : "
            + ("tous valides." if not failing else f"{failing} en défaut.")
        )
    return 0 if report.identical else 1


def _store_paths(text: str) -> AppPaths:
    if is_server_url(text):
        return AppPaths.for_server(text)
    return AppPaths(Path(text).expanduser().absolute())


def read_password(source: Path | None) -> str:
    if source is not None:
        try:
            with source.open(encoding="utf-8") as handle:
                lines = handle.read(_MAX_PASSWORD_FILE).splitlines()
        except OSError as error:
            raise ValidationError(
                "Le fichier {file} ne peut pas être lu : {cause}.",
                file=source,
                cause=error.strerror or error,
            ) from error
        return lines[0] if lines else ""
    chosen = os.environ.get(PASSWORD_ENV_VAR)
    if chosen is not None:
        return chosen
    if not sys.stdin.isatty():
        raise ValidationError(
            "Aucun mot de passe : donnez --password-file, ou la variable "
            "IREV_DESKTOP_SERVER_PASSWORD, ou lancez la commande dans un terminal."
        )
    first = getpass.getpass("Mot de passe : ")
    if getpass.getpass("Encore une fois : ") != first:
        raise ValidationError("Les deux mots de passe diffèrent : rien n'a été fait.")
    return first
