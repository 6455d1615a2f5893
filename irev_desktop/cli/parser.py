"""An argument parser that speaks French, its help as well as its errors.

argparse writes its own words (« usage: », « options », « error: », « the following
arguments are required »…) in English. Here they are replaced where argparse lets a
subclass do it: the help formatter's usage prefix, the section titles, a ``--help`` of our
own, and ``error()``, which translates argparse's messages before printing them. Nothing
global is patched: other users of argparse in the same process are untouched.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

USAGE_PREFIX = "utilisation : "
HELP_HELP = "affiche cette aide et quitte"
VERSION_HELP = "affiche la version du programme et quitte"

_TYPE_NAMES = {"int": "nombre entier", "float": "nombre", "Path": "chemin", "str": "texte"}


def _invalid_value(match: re.Match[str]) -> str:
    kind = _TYPE_NAMES.get(match["type"], match["type"])
    return f"valeur invalide : {match['value']} ({kind} attendu)"


# argparse's messages (Python 3.10 to 3.13), most specific first. A message that is not
# recognised is given with a French lead, never on its own.
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"the following arguments are required: (?P<names>.*)", re.S),
        lambda m: f"arguments obligatoires manquants : {m['names']}",
    ),
    (
        re.compile(r"invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)", re.S),
        lambda m: f"choix invalide : {m['value']} (choisissez parmi {m['choices']})",
    ),
    (re.compile(r"invalid (?P<type>\w+) value: (?P<value>.*)", re.S), _invalid_value),
    (
        re.compile(r"unrecognized arguments: (?P<args>.*)", re.S),
        lambda m: f"arguments non reconnus : {m['args']}",
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", re.S),
        lambda m: f"option ambiguë : {m['option']} peut désigner {m['matches']}",
    ),
    (re.compile(r"expected one argument"), lambda m: "une valeur est attendue"),
    (re.compile(r"expected at most one argument"), lambda m: "une valeur au plus est attendue"),
    (
        re.compile(r"expected at least one argument"),
        lambda m: "une valeur au moins est attendue",
    ),
    (
        re.compile(r"expected (?P<count>\d+) arguments?"),
        lambda m: f"{m['count']} valeur(s) attendue(s)",
    ),
    (
        re.compile(r"not allowed with argument (?P<other>.*)", re.S),
        lambda m: f"incompatible avec l'argument {m['other']}",
    ),
    (
        re.compile(r"ignored explicit argument (?P<value>.*)", re.S),
        lambda m: f"valeur inattendue : {m['value']}",
    ),
    (
        re.compile(r"one of the arguments (?P<names>.*) is required", re.S),
        lambda m: f"l'un des arguments {m['names']} est obligatoire",
    ),
    (
        re.compile(r"unknown parser (?P<name>.*?) \(choices: (?P<choices>.*)\)", re.S),
        lambda m: f"commande inconnue : {m['name']} (choisissez parmi {m['choices']})",
    ),
    (
        re.compile(r"argument (?P<name>.+?): (?P<message>.*)", re.S),
        # Our own ``type`` functions already speak French.
        lambda m: f"argument {m['name']} : {_known(m['message']) or m['message']}",
    ),
]


def translate_message(message: str) -> str:
    """One of argparse's error messages in French."""
    return _known(message) or f"ligne de commande invalide ({message})"


def _known(message: str) -> str | None:
    for pattern, french in _MESSAGES:
        match = pattern.fullmatch(message.strip())
        if match:
            return french(match)
    return None


MAX_INTEGER = 2**63 - 1  # SQLite's largest integer


def integer(minimum: int = 1, maximum: int = MAX_INTEGER) -> Callable[[str], int]:
    """An argparse ``type``: a whole number within bounds, refused in French."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(f"{value} n'est pas entre {minimum} et {maximum}")
        return value

    return parse


class FrenchHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class FrenchParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` with French help, usage and errors; exit code 2 for a
    malformed command line, as argparse."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # ours below, with a French help line
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_HELP
            )

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", FrenchParser)
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {translate_message(message)}\n")
