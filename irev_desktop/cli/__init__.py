"""The command line: the same services as the window, from a terminal.

Exit codes: 0 success, 1 a user error (one-line message on stderr, no traceback),
2 a misused command line, 3 an unexpected failure (logged to the store's log folder).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from irev_desktop import APP_NAME, __version__
from irev_desktop.cli.attendance import add_attendance_command, run_attendance, writes
from irev_desktop.cli.key import add_key_command, key_needs_writing, run_key
from irev_desktop.cli.mails import add_mails_command, mails_need_writing, run_mails
from irev_desktop.cli.parser import VERSION_HELP, FrenchParser, integer
from irev_desktop.cli.register import add_register_command, run_register
from irev_desktop.cli.register_import import add_register_import_command, run_register_import
from irev_desktop.cli.seance import add_seance_command, run_seance
from irev_desktop.cli.server import add_server_commands, run_copy_store, run_server
from irev_desktop.cli.verify import add_verify_command, run_verify
from irev_desktop.domain.errors import IrevError
from irev_desktop.paths import DB_ENV_VAR, AppPaths

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services

EXIT_USER_ERROR = 1
EXIT_UNEXPECTED = 3

# How each command opens its store: "read" never writes (a missing, empty or outdated
# store is refused, no folder is created); "write" needs an existing store; "create"
# creates a missing store, and its folder.
READ, WRITE, CREATE = "read", "write", "create"


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchParser(
        prog="irev-desktop",
        description=(
            "IREV Desktop : le registre des instances, séances, délibérations et "
            "procès-verbaux d'un GIP, hors ligne. Sans commande, ouvre la fenêtre."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help=VERSION_HELP
    )
    parser.add_argument(
        "--db",
        metavar="FICHIER|URL",
        help=f"fichier de données, ou base d'un serveur (postgresql://identifiant@serveur/base) ; "
        f"par défaut ${DB_ENV_VAR}, sinon le dossier de l'utilisateur",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=FrenchParser)

    commands.add_parser("demo", help="charge l'exemple : l'AG de l'IREV du 8 mars 2021")
    commands.add_parser(
        "selftest", help="vérifie l'installation sur une base temporaire (vos données intactes)"
    )

    meetings = commands.add_parser("meetings", help="liste les séances, les plus récentes d'abord")
    meetings.add_argument("--json", action="store_true", help="sortie JSON")

    show = commands.add_parser("show", help="affiche une séance en entier")
    show.add_argument("meeting_id", type=integer(), metavar="SEANCE")
    show.add_argument("--json", action="store_true", help="sortie JSON")
    add_seance_command(commands)
    add_verify_command(commands)
    add_key_command(commands)
    add_mails_command(commands)
    add_attendance_command(commands)

    backup = commands.add_parser("backup", help="sauvegarde la base dans FICHIER")
    backup.add_argument("file", type=Path, metavar="FICHIER")

    restore = commands.add_parser(
        "restore", help="remplace la base par une sauvegarde (l'actuelle est mise de côté)"
    )
    restore.add_argument("file", type=Path, metavar="FICHIER")

    export = commands.add_parser("export", help="écrit un document Word ou PDF de la séance")
    export.add_argument("meeting_id", type=integer(), metavar="SEANCE")
    export.add_argument(
        "--kind",
        required=True,
        choices=["pv", "compte-rendu", "releve", "extrait", "emargement", "convocation"],
        help="le document : procès-verbal, compte rendu, relevé de décisions, extrait du "
        "registre, feuille d'émargement ou convocation",
    )
    export.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar="FICHIER.docx|FICHIER.pdf|FICHIER.ics",
        help="le fichier écrit, Word (.docx) ou PDF/A (.pdf, par LibreOffice) ; avec --all, "
        "le dossier des extraits",
    )
    export.add_argument(
        "--template", type=Path, metavar="ENTETE.docx", help="papier à en-tête de l'organisation"
    )
    export.add_argument(
        "--deliberation", metavar="NUMERO", help="pour --kind extrait : la délibération (2021-03)"
    )
    export.add_argument(
        "--par-membre",
        dest="per_member",
        action="store_true",
        help="pour --kind convocation : une lettre par membre, chacune à son nom",
    )
    export.add_argument(
        "--all",
        action="store_true",
        help="pour --kind extrait : un extrait par délibération, chacun dans son fichier, "
        "dans le dossier --output",
    )
    export.add_argument("--pdf", action="store_true", help="avec --all : des extraits en PDF")
    export.add_argument(
        "--force",
        action="store_true",
        help="écrit le procès-verbal même si sa signature ne correspond plus, marqué "
        "« NON CONFORME AU PROCÈS-VERBAL SIGNÉ » sur chaque page",
    )

    archive = commands.add_parser("archive", help="exporte ou importe toute l'archive (.zip)")
    archive_commands = archive.add_subparsers(
        dest="archive_command", metavar="ACTION", required=True, parser_class=FrenchParser
    )
    export_all = archive_commands.add_parser("export", help="écrit toute l'archive dans FICHIER")
    export_all.add_argument("file", type=Path, metavar="FICHIER")
    import_ = archive_commands.add_parser("import", help="importe une archive exportée")
    import_.add_argument("file", type=Path, metavar="FICHIER")
    import_.add_argument(
        "--replace",
        action="store_true",
        help="remplace le contenu actuel (une sauvegarde en est prise d'abord)",
    )
    add_search_commands(commands)
    add_register_command(commands)
    add_register_import_command(commands)
    add_server_commands(commands)
    return parser


def add_search_commands(commands: Any) -> None:
    search = commands.add_parser("search", help="cherche des mots dans toute l'archive")
    search.add_argument("query", metavar="MOTS", help="les mots cherchés (le dernier en préfixe)")
    search.add_argument("--json", action="store_true", help="sortie JSON")
    search.add_argument("--body", metavar="SIGLE", help="seulement cette instance (AG, CA…)")
    year = integer(1, 9999)
    search.add_argument("--from", dest="year_from", type=year, metavar="ANNEE", help="depuis")
    search.add_argument("--to", dest="year_to", type=year, metavar="ANNEE", help="jusqu'à")
    search.add_argument(
        "--kind",
        action="append",
        choices=["meeting", "item", "deliberation", "person", "action", "attachment"],
        help="seulement ce type de résultat (répétable)",
    )
    search.add_argument(
        "--limit", type=integer(1, 100_000), default=50, metavar="N", help="50 par défaut"
    )
    index = commands.add_parser("search-index", help="l'index de recherche")
    index.add_subparsers(
        dest="index_command", metavar="ACTION", required=True, parser_class=FrenchParser
    ).add_parser("rebuild", help="reconstruit tout l'index (et lit les pièces jointes)")
    generate = commands.add_parser(
        "generate-archive", help="remplit une base vide d'une archive de démonstration"
    )
    generate.add_argument(
        "--years", type=integer(1, 200), default=20, metavar="N", help="20 par défaut"
    )
    generate.add_argument("--seed", type=integer(0), default=2021, help="graine du tirage (2021)")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.resolve(args.db)
    # An error Python could only print (a file closed late, in a destructor) goes to the
    # log, not to the terminal.
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: log_unraisable(paths, unraisable)
    try:
        return run_command(args, paths)
    finally:
        sys.unraisablehook = previous_hook


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """``dispatch``, every failure turned into a message and an exit code."""
    try:
        return dispatch(args, paths)
    except IrevError as error:
        return report(error.message)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of the output went away (| head)
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), sys.stdout.fileno())
        return EXIT_USER_ERROR
    except (OSError, sqlite3.Error) as error:
        return report(system_error_message(paths, error))
    except Exception as error:
        log = log_unexpected(paths, error)
        return report(
            f"erreur inattendue ({type(error).__name__}) ; détails dans {log}", EXIT_UNEXPECTED
        )


def report(message: str, code: int = EXIT_USER_ERROR) -> int:
    print(f"irev-desktop : {message}", file=sys.stderr)
    return code


def system_error_message(paths: AppPaths, error: OSError | sqlite3.Error) -> str:
    """A file-system or database failure that no service turned into a message."""
    from irev_desktop.services.facade import Services

    return Services.system_error_message(paths, error)


def dispatch(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.command is None:
        from irev_desktop.app import run

        return run(paths, [sys.argv[0]])
    if args.command == "seance":  # the window, in séance mode once the store is open
        return run_seance(paths, args, sys.argv[0])
    if args.command == "selftest":  # never opens the user's store: it makes its own
        from irev_desktop.selftest import run_selftest

        return run_selftest()
    if args.command == "server":  # speaks to the server as its owner, not as a store
        return run_server(paths, args)
    if args.command == "copy-store":  # two stores, named by --from and --to
        return run_copy_store(args)
    if args.command == "register-import":  # opens its store itself (or none: --template)
        return run_register_import(paths, args)
    importing = args.command == "archive" and args.archive_command == "import"
    handlers: dict[str, tuple[str, Callable[[Services, argparse.Namespace], int]]] = {
        "demo": (CREATE, run_demo),
        "meetings": (READ, run_meetings),
        "show": (READ, run_show),
        "verify": (READ, run_verify),
        "key": (WRITE if args.command == "key" and key_needs_writing(args) else READ, run_key),
        "backup": (READ, run_backup),
        "export": (READ, run_export),
        "convocation-mails": (WRITE if mails_need_writing(args) else READ, run_mails),
        "register": (READ, run_register),
        "restore": (CREATE, run_restore),
        "archive": (CREATE if importing else READ, run_archive),
        "search": (READ, run_search),
        "attendance": (
            WRITE if args.command == "attendance" and writes(args) else READ,
            run_attendance,
        ),
        "search-index": (WRITE, run_search),
        "generate-archive": (CREATE, run_search),
    }
    mode, handler = handlers[args.command]
    from irev_desktop.services.facade import Services

    with Services.open(paths, write=mode != READ, create=mode == CREATE) as services:
        return handler(services, args)


def run_demo(services: Services, _args: argparse.Namespace) -> int:
    from irev_desktop.sample_data.demo import load_demo

    result = load_demo(services)
    if result.loaded:
        print(
            f"Exemple chargé : {result.meetings} séances "
            f"(AG du 8 mars 2021 : séance n° {result.main_meeting_id})."
        )
    else:
        print("L'exemple est déjà chargé : rien n'a été modifié.")
    return 0


def run_meetings(services: Services, args: argparse.Namespace) -> int:
    from irev_desktop.domain.text import printable

    rows = services.meetings.meetings()
    if args.json:
        data = [
            {
                "id": m.id,
                "date": m.date.isoformat(),
                "body": m.body_short_name,
                "title": m.title,
                "status": m.status.value,
                "status_label": m.status.label,
            }
            for m in rows
        ]
        print(printable(json.dumps(data, ensure_ascii=False, indent=2)))
        return 0
    if not rows:
        print("Aucune séance. Chargez l'exemple avec : irev-desktop demo")
        return 0
    for m in rows:
        print(
            printable(
                f"{m.id:>5}  {m.date.isoformat()}  {m.body_short_name:<6}  "
                f"{m.title}  [{m.status.label}]"
            )
        )
    return 0


def run_show(services: Services, args: argparse.Namespace) -> int:
    from irev_desktop.cli.show import meeting_as_json, meeting_as_text
    from irev_desktop.domain.text import printable

    detail = services.meetings.meeting(args.meeting_id)
    seal = services.meetings.check_seal(args.meeting_id)
    if args.json:
        print(printable(json.dumps(meeting_as_json(detail, seal), ensure_ascii=False, indent=2)))
    else:
        civilities = {p.id: p.civility for p in services.registry.people()}
        print(meeting_as_text(detail, seal, civilities))
    return 0


def run_search(services: Services, args: argparse.Namespace) -> int:
    from irev_desktop.cli import search as cli_search

    handler = {
        "search": cli_search.run_search,
        "search-index": cli_search.run_search_index,
        "generate-archive": cli_search.run_generate_archive,
    }[args.command]
    return handler(services, args)


def run_export(services: Services, args: argparse.Namespace) -> int:
    from irev_desktop.cli.export import export_document

    return export_document(services, args)


def run_backup(services: Services, args: argparse.Namespace) -> int:
    target = services.backups.backup(args.file)
    print(f"Sauvegarde écrite : {target}")
    return 0


def run_restore(services: Services, args: argparse.Namespace) -> int:
    aside = services.backups.restore(args.file)
    print(f"Base restaurée depuis {args.file}. L'ancien contenu est conservé dans {aside}.")
    return 0


def run_archive(services: Services, args: argparse.Namespace) -> int:
    archive = services.archive
    if args.archive_command == "export":
        summary = archive.export(args.file)
        print(
            f"Archive écrite : {summary.path} ({describe_counts(summary.counts)}, "
            f"{summary.attachment_files} fichier(s) joint(s))."
        )
    else:
        summary = archive.import_archive(args.file, replace=args.replace)
        print(f"Archive importée depuis {args.file} ({describe_counts(summary.counts)}).")
    return 0


def describe_counts(counts: dict[str, int]) -> str:
    return f"{counts.get('meeting', 0)} séance(s), {counts.get('deliberation', 0)} délibération(s)"


def log_unexpected(paths: AppPaths, error: BaseException) -> Path:
    import datetime as dt
    import traceback

    log = paths.logs_dir / "erreurs.log"
    try:
        log.parent.mkdir(exist_ok=True)  # beside an existing store only
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} {__version__}\n")
            handle.write("".join(traceback.format_exception(error)))
    except OSError:
        return Path("(journal indisponible)")
    return log


def log_unraisable(paths: AppPaths, unraisable: Any) -> None:
    if unraisable.exc_value is not None:
        log_unexpected(paths, unraisable.exc_value)
