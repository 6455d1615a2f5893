"""Where the program's own files (Word templates) live, from a checkout or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

from irev_desktop.domain.errors import ValidationError

BUILTIN_TEMPLATE_NAME = "irev-a4-fr.docx"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside the PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    # irev_desktop/exporters/resources.py -> the folder that holds irev_desktop/
    return Path(__file__).resolve().parents[2] / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def builtin_template_path() -> Path:
    """The built-in A4 template; a clear French error when the installation lacks it."""
    path = templates_dir() / BUILTIN_TEMPLATE_NAME
    if not path.is_file():
        raise ValidationError(
            "Le modèle Word intégré « {name} » est introuvable dans "
            "{folder} : l'installation du programme est incomplète.",
            name=BUILTIN_TEMPLATE_NAME,
            folder=path.parent,
        )
    return path
