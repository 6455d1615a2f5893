"""The annual register of deliberations of a body, written as a Word document."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from irev_desktop.domain.errors import ValidationError
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.meetings import MeetingService
from irev_desktop.services.registry import RegistryService

if TYPE_CHECKING:
    from irev_desktop.exporters.register import RegisterRequest
    from irev_desktop.model import dto

Progress = Callable[[int, int], None]


class RegisterService(ServiceBase):
    def body_by_short_name(self, short_name: str) -> dto.BodyDTO:
        """The body called ``AG``, ``ag``…; a French error naming the known ones."""
        bodies = RegistryService(self._store).bodies()
        wanted = short_name.strip().casefold()
        found = [b for b in bodies if b.short_name.strip().casefold() == wanted]
        known = ", ".join(b.short_name for b in bodies) or "aucune"
        if not found:
            raise ValidationError(
                "Aucune instance ne porte le sigle « {name} » (instances : {known}).",
                name=short_name,
                known=known,
            )
        if len(found) > 1:
            raise ValidationError(
                "Plusieurs instances portent le sigle « {name} » : nommez-la autrement.",
                name=short_name,
            )
        return found[0]

    def request(
        self, body_id: int, year: int, *, progress: Progress | None = None, total: int = 0
    ) -> RegisterRequest:
        """The year's meetings of the body that hold its deliberations, each read whole
        (plain reads); a French error when the year has no deliberation to register."""
        from irev_desktop.exporters.register import INCLUDED, RegisterRequest
        from irev_desktop.services.export import ExportService

        body = RegistryService(self._store).body(body_id)
        meetings = MeetingService(self._store)
        rows = [
            m
            for m in meetings.meetings(body_id=body_id, year=year)
            if m.status in INCLUDED and m.date.year == year
        ]
        rows.sort(key=lambda m: (m.date, m.id))
        export = ExportService(self._store)
        requests = []
        for done, row in enumerate(rows, 1):
            requests.append(export.request(row.id))
            if progress is not None:
                progress(done, total or len(rows))
        if not any(r.meeting.deliberations for r in requests):
            raise ValidationError(
                "L'instance {body} n'a aucune délibération en {year} : il n'y a pas de "
                "registre des délibérations à établir.",
                body=body.short_name,
                year=year,
            )
        return RegisterRequest(body, year, tuple(r for r in requests if r.meeting.deliberations))

    def register(
        self,
        body_id: int,
        year: int,
        output: Path,
        *,
        template: Path | None = None,
        progress: Progress | None = None,
        closed_on: dt.date | None = None,
    ) -> Path:
        """Write the register to ``output`` (.docx), whole or not at all. ``progress``
        counts the meetings read, then the meetings written."""
        output = Path(output)
        check_output(output)
        from irev_desktop.exporters.register import RegisterRequest, render_register

        count = len(MeetingService(self._store).meetings(body_id=body_id, year=year))
        total = 2 * count + 2

        def reading(done: int, _total: int) -> None:
            if progress is not None:
                progress(done, total)

        request = self.request(body_id, year, progress=reading, total=total)
        request = RegisterRequest(request.body, request.year, request.meetings, closed_on=closed_on)

        def writing(done: int, of: int) -> None:
            if progress is not None:
                progress(min(count + round(done * (total - count) / of), total), total)

        document = render_register(request, template=template, progress=writing)
        content = io.BytesIO()
        document.save(content)
        from irev_desktop.services.export import write_document  # export imports this module

        write_document(output, content.getvalue())
        return output

    def proposed_file_name(self, body_id: int, year: int) -> str:
        from irev_desktop.exporters.register import register_file_name

        body = RegistryService(self._store).body(body_id)
        return register_file_name(body.short_name, year)


def check_output(output: Path) -> None:
    if output.suffix.lower() != ".docx":
        raise ValidationError(
            "Le fichier « {name} » doit porter l'extension .docx (document Word).", name=output.name
        )
    if output.is_dir():
        raise ValidationError("« {output} » est un dossier, pas un fichier .docx.", output=output)
    if not output.parent.is_dir():
        raise ValidationError("Le dossier « {folder} » n'existe pas.", folder=output.parent)
