"""``irev-desktop register``: the annual register of deliberations of a body."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from irev_desktop.cli.parser import integer

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services


def add_register_command(commands: Any) -> None:
    register = commands.add_parser(
        "register", help="écrit le registre des délibérations d'une instance pour une année"
    )
    register.add_argument(
        "--body", required=True, metavar="SIGLE", help="l'instance, par son sigle (AG, CA…)"
    )
    register.add_argument("--year", required=True, type=integer(1, 9999), metavar="ANNEE")
    register.add_argument("--output", type=Path, required=True, metavar="FICHIER.docx")
    register.add_argument(
        "--template", type=Path, metavar="ENTETE.docx", help="papier à en-tête de l'organisation"
    )


def run_register(services: Services, args: argparse.Namespace) -> int:
    registers = services.registers
    body = registers.body_by_short_name(args.body)
    path = registers.register(body.id, args.year, args.output, template=args.template)
    print(f"Registre des délibérations écrit : {path} ({body.short_name}, année {args.year}).")
    return 0
