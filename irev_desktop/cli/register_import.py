"""``irev-desktop register-import``: members, people and mandates from a spreadsheet.

``register-import FILE.xlsx|.csv`` checks the file against the register, prints every
error with its row number (exit code 1, nothing written) or imports it in one
transaction; ``--dry-run`` prints the preview and writes nothing; ``--json`` prints the
preview (and what was written) as JSON; ``--template FILE.xlsx`` writes the spreadsheet
to fill in. A store with no organisation yet gets one: ``--name`` and ``--short-name``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from irev_desktop.cli.parser import integer
from irev_desktop.domain import french
from irev_desktop.domain.errors import NotFoundError, ValidationError
from irev_desktop.domain.text import printable
from irev_desktop.model.register_import import (
    COLUMN_KEYS,
    COLUMN_TITLES,
    ImportPreview,
    ImportResult,
    NewOrganisation,
)
from irev_desktop.paths import AppPaths

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services

_KINDS = {"xlsx": "classeur Excel", "csv": "fichier CSV"}
_SEPARATORS = {";": "« ; »", ",": "« , »", "\t": "tabulation"}


def add_register_import_command(commands: Any) -> None:
    command = commands.add_parser(
        "register-import",
        help="importe les membres, personnes et mandats d'un tableur (.xlsx, .csv)",
        description="Importe les membres (droits statutaires, collège), les personnes et "
        "leurs mandats d'un tableur, après en avoir vérifié chaque ligne : rien n'est "
        "écrit si une seule est fautive. --template écrit le modèle à remplir.",
    )
    command.add_argument("file", nargs="?", type=Path, metavar="FICHIER.xlsx|FICHIER.csv")
    command.add_argument("--dry-run", action="store_true", help="affiche l'aperçu sans rien écrire")
    command.add_argument("--json", action="store_true", help="sortie JSON")
    command.add_argument(
        "--template",
        type=Path,
        metavar="MODELE.xlsx",
        help="écrit le modèle à remplir (avec l'exemple de l'IREV et ses instructions)",
    )
    command.add_argument(
        "--organisation",
        type=integer(),
        metavar="N",
        help="l'organisation (par défaut : la seule du registre)",
    )
    command.add_argument(
        "--name", metavar="NOM", help="registre sans organisation : le nom de celle à créer"
    )
    command.add_argument("--short-name", metavar="SIGLE", help="et son sigle")
    command.add_argument("--city", default="", metavar="VILLE", help="et sa ville (facultatif)")


def run_register_import(paths: AppPaths, args: argparse.Namespace) -> int:
    """Opens the store itself: the template needs none, and a preview of a store not
    yet created checks the file against an empty register without creating it."""
    from irev_desktop.services.facade import Services

    if args.template is not None:
        if args.file is not None:
            raise ValidationError(
                "Donnez soit le tableur à importer, soit --template pour écrire le modèle, "
                "pas les deux."
            )
        written = Services.write_register_template(args.template)
        print(f"Modèle écrit : {written} (feuilles « Registre » et « Instructions »).")
        return 0
    if args.file is None:
        raise ValidationError(
            "Indiquez le tableur à importer (FICHIER.xlsx ou FICHIER.csv), ou --template "
            "MODELE.xlsx pour écrire le modèle à remplir."
        )
    new = _new_organisation(args)
    if not paths.is_server and not paths.db.exists():
        preview = Services.preview_register_file(args.file)
        if args.dry_run or not preview.ok:
            return _report(preview, args, None)
        if new is None:
            raise ValidationError(
                "Le registre n'a pas encore d'organisation : nommez-la avec --name et "
                "--short-name (et --city)."
            )
    if args.dry_run:
        with Services.open(paths, write=False) as services:
            organisation_id = _organisation(services, args.organisation, new)
            preview = services.register_import.preview(args.file, organisation_id)
            return _report(preview, args, None)
    with Services.open(paths, write=True, create=True) as services:
        organisation_id = _organisation(services, args.organisation, new)
        if organisation_id is None and new is None:
            raise ValidationError(
                "Le registre n'a pas encore d'organisation : nommez-la avec --name et "
                "--short-name (et --city)."
            )
        preview = services.register_import.preview(args.file, organisation_id)
        if not preview.ok:
            return _report(preview, args, None)
        result = services.register_import.apply(preview, new if organisation_id is None else None)
        return _report(preview, args, result)


def _new_organisation(args: argparse.Namespace) -> NewOrganisation | None:
    if args.name is None and args.short_name is None:
        return None
    if args.organisation is not None:
        raise ValidationError(
            "--organisation désigne une organisation du registre, --name et --short-name "
            "en créent une : pas les deux."
        )
    return NewOrganisation(args.name or "", args.short_name or "", args.city)


def _organisation(
    services: Services, chosen: int | None, new: NewOrganisation | None
) -> int | None:
    """The organisation the file is imported into; None: a new one (``new``)."""
    organisations = services.registry.organisations()
    if chosen is not None:
        if not any(o.id == chosen for o in organisations):
            raise NotFoundError("L'organisation n° {ident} n'existe pas.", ident=chosen)
        return chosen
    if new is not None:
        if organisations:
            raise ValidationError(
                "Le registre a déjà une organisation ({short}) : le tableur s'y importe, "
                "sans --name ni --short-name.",
                short=organisations[0].short_name,
            )
        return None
    if len(organisations) > 1:
        raise ValidationError(
            "Le registre compte {count} organisations : indiquez laquelle avec --organisation.",
            count=len(organisations),
        )
    return organisations[0].id if organisations else None


# Output --------------------------------------------------------------------------------


def _report(preview: ImportPreview, args: argparse.Namespace, result: ImportResult | None) -> int:
    if args.json:
        data = preview_as_json(preview)
        data["written"] = None if result is None else _result_json(result)
        print(printable(json.dumps(data, ensure_ascii=False, indent=2)))
    else:
        if preview.rows and args.dry_run:
            print(printable(preview_as_text(preview)))
        if result is not None:
            print(printable(result_text(result)))
        elif args.dry_run and preview.ok:
            print("Rien n'a été écrit (--dry-run).")
    if preview.issues:
        count = len(preview.issues)
        print(
            printable(
                f"irev-desktop : le tableur « {preview.source} » compte {_plural(count, 'erreur')}"
                " ; rien n'a été importé."
            ),
            file=sys.stderr,
        )
        for issue in preview.issues:
            print(printable(issue.text), file=sys.stderr)
        return 1
    return 0


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count <= 1 else plural or word + 's'}"


def preview_as_text(preview: ImportPreview) -> str:
    counts = preview.counts
    where = _KINDS.get(preview.kind, preview.kind)
    if preview.sheet:
        where += f", feuille « {preview.sheet} »"
    if preview.encoding:
        where += f", {preview.encoding}"
    if preview.separator:
        where += f", séparateur {_SEPARATORS.get(preview.separator, preview.separator)}"
    created = [
        _plural(counts.members, "membre"),
        _plural(counts.people, "personne"),
        _plural(counts.mandates, "mandat"),
    ]
    new_bodies = [b.short_name for b in preview.bodies if b.existing_id is None]
    if new_bodies:
        created.append(f"{_plural(len(new_bodies), 'instance')} ({', '.join(new_bodies)})")
    lines = [
        f"Aperçu de « {preview.source} » ({where}) : {_plural(counts.rows, 'ligne')}.",
        "À créer : " + ", ".join(created) + ".",
    ]
    if counts.members_existing or counts.people_existing or counts.mandates_existing:
        lines.append(
            "Déjà au registre, laissés tels quels : "
            f"{_plural(counts.members_existing, 'membre')}, "
            f"{_plural(counts.people_existing, 'personne')}, "
            f"{_plural(counts.mandates_existing, 'mandat')}."
        )
    lines.extend(f"Remarque : {note}" for note in preview.notes)
    lines.append("")
    for row in preview.rows:
        cells = " · ".join(row.cells[key] for key in COLUMN_KEYS if row.cells.get(key))
        mark = "  ✗ " if row.line in preview.lines_with_issues else "    "
        lines.append(f"{mark}ligne {row.line} : {cells}")
    return "\n".join(lines)


def result_text(result: ImportResult) -> str:
    return (
        f"Import terminé : {_plural(result.members, 'membre')}, "
        f"{_plural(result.people, 'personne')}, {_plural(result.bodies, 'instance')} et "
        f"{_plural(result.mandates, 'mandat')} créés."
    )


def _result_json(result: ImportResult) -> dict[str, int]:
    return {
        "organisation_id": result.organisation_id,
        "members": result.members,
        "people": result.people,
        "bodies": result.bodies,
        "mandates": result.mandates,
    }


def preview_as_json(preview: ImportPreview) -> dict[str, Any]:
    counts = preview.counts
    return {
        "file": preview.source,
        "format": preview.kind,
        "sheet": preview.sheet or None,
        "encoding": preview.encoding or None,
        "separator": preview.separator or None,
        "valid": preview.ok,
        "counts": {
            "rows": counts.rows,
            "members": counts.members,
            "members_existing": counts.members_existing,
            "people": counts.people,
            "people_existing": counts.people_existing,
            "mandates": counts.mandates,
            "mandates_existing": counts.mandates_existing,
            "bodies": counts.bodies,
        },
        "errors": [
            {
                "line": issue.line,
                "column": COLUMN_TITLES[issue.column] if issue.column else None,
                "message": issue.message,
                "text": issue.text,
            }
            for issue in preview.issues
        ],
        "notes": list(preview.notes),
        "columns": [COLUMN_TITLES[key] for key in preview.columns],
        "ignored_columns": list(preview.ignored_columns),
        "members": [
            {
                "name": m.name,
                "college": m.college,
                "statutory_rights": m.rights,
                "new": m.existing_id is None,
            }
            for m in preview.members
        ],
        "people": [
            {
                "civility": p.civility.value if p.civility else None,
                "first_name": p.first_name,
                "last_name": p.last_name,
                "email": p.email,
                "function_title": p.function_title,
                "new": p.existing_id is None,
            }
            for p in preview.people
        ],
        "bodies": [
            {"short_name": b.short_name, "name": b.name, "new": b.existing_id is None}
            for b in preview.bodies
        ],
        "mandates": [
            {
                "line": m.line,
                "person": m.person,
                "body": m.body,
                "member": m.member or None,
                "role": m.role.value,
                "role_label": m.role.label,
                "representation": m.representation.value,
                "start": m.start.isoformat(),
                "start_fr": french.format_date_short(m.start),
                "end": m.end.isoformat() if m.end else None,
                "new": not m.existing,
            }
            for m in preview.mandates
        ],
        "rows": [
            {
                "line": row.line,
                "cells": {COLUMN_TITLES[k]: v for k, v in row.cells.items()},
                "error": row.line in preview.lines_with_issues,
            }
            for row in preview.rows
        ],
    }
