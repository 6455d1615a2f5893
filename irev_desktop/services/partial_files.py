"""Files being written into the attachments folder, and what a killed program left of them.

A copy of an attached file is first written under a temporary name that starts with
:data:`PARTIAL_PREFIX`, at the top of the attachments folder, then renamed to its place
once complete. A program killed mid-copy (power cut, ``kill -9``) leaves that temporary
file behind: :func:`remove_partial_files` removes them when a store is next opened for
writing. One listing of one folder, so that opening a store stays instant.

Only the standard library: this runs before SQLAlchemy is imported.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PARTIAL_PREFIX = ".partiel-"


def new_partial_file(attachments_dir: Path) -> tuple[int, Path]:
    """An open descriptor and the path of a new partial file in ``attachments_dir``."""
    attachments_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=attachments_dir, prefix=PARTIAL_PREFIX)
    return fd, Path(name)


def remove_partial_files(attachments_dir: Path) -> int:
    """Remove what interrupted copies left in ``attachments_dir``; returns how many.

    Call it only while holding the store's instance lock: no other copy of the program
    is then writing into the folder. Never raises: a file that cannot be removed now
    will be at the next opening.
    """
    removed = 0
    try:
        entries = list(os.scandir(attachments_dir))
    except OSError:  # no folder yet (a new store), or unreadable: nothing to do here
        return 0
    for entry in entries:
        if not entry.name.startswith(PARTIAL_PREFIX):
            continue
        try:
            if entry.is_file(follow_symlinks=False) or entry.is_symlink():
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed
