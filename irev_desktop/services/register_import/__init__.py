"""A register started from a spreadsheet (.xlsx or .csv): read, check, preview, import;
and the template offered to fill in."""

from irev_desktop.services.register_import.service import RegisterImportService, preview_file
from irev_desktop.services.register_import.template import write_template

__all__ = ["RegisterImportService", "preview_file", "write_template"]
