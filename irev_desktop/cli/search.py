"""The search commands: ``search``, ``search-index rebuild`` and ``generate-archive``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import printable

if TYPE_CHECKING:
    from irev_desktop.model.search import SearchHit
    from irev_desktop.services.facade import Services

NO_RESULT = "Aucun résultat."


def hit_as_json(hit: SearchHit) -> dict[str, Any]:
    from irev_desktop.model.search import mark

    meeting = None
    if hit.meeting_id is not None:
        meeting = {
            "id": hit.meeting_id,
            "date": hit.meeting_date,
            "body": hit.body,
            "title": hit.meeting_title,
        }
    return {
        "kind": hit.kind.value,
        "kind_label": hit.kind.label,
        "id": hit.entity_id,
        "title": hit.title,
        "snippet": mark(hit.snippet),
        "meeting": meeting,
        "item_id": hit.item_id,
        "file_name": hit.file_name,
        "rank": hit.rank,
    }


def hit_as_text(hit: SearchHit) -> str:
    """Two lines: the meeting and where the words were found, then the snippet."""
    from irev_desktop.model.search import mark

    where = "registre des personnes"
    if hit.meeting_id is not None:
        where = f"séance n° {hit.meeting_id} du {hit.meeting_date} ({hit.body})"
    return printable(f"{where} — {hit.kind.label} : {hit.title}\n    {mark(hit.snippet)}")


def _body_id(services: Services, short_name: str | None) -> int | None:
    if short_name is None:
        return None
    wanted = short_name.strip().casefold()
    bodies = [b for b in services.registry.bodies() if b.short_name.casefold() == wanted]
    if not bodies:
        known = ", ".join(sorted({b.short_name for b in services.registry.bodies()})) or "aucune"
        known = printable(known)
        raise ValidationError(
            "L'instance « {short_name} » n'existe pas (instances : {known}).",
            short_name=short_name,
            known=known,
        )
    if len(bodies) > 1:
        raise ValidationError(
            "Plusieurs organisations ont une instance « {short_name} » : la recherche ne "
            "peut être limitée à l'une d'elles par son sigle.",
            short_name=short_name,
        )
    return bodies[0].id


def run_search(services: Services, args: argparse.Namespace) -> int:
    hits = services.search.search(
        args.query,
        body_id=_body_id(services, args.body),
        year_from=args.year_from,
        year_to=args.year_to,
        kinds=args.kind,
        limit=args.limit,
    )
    if args.json:
        print(
            printable(json.dumps([hit_as_json(hit) for hit in hits], ensure_ascii=False, indent=2))
        )
        return 0
    if not hits:
        print(NO_RESULT)
        return 0
    plural = "s" if len(hits) > 1 else ""
    print(f"{len(hits)} résultat{plural}, les plus pertinents d'abord :")
    for hit in hits:
        print(hit_as_text(hit))
    return 0


def run_search_index(services: Services, _args: argparse.Namespace) -> int:
    summary = services.search.rebuild()
    print(
        f"Index de recherche reconstruit : {summary.documents} documents "
        f"({summary.texts_extracted} pièce(s) jointe(s) lue(s))."
    )
    return 0


def run_generate_archive(services: Services, args: argparse.Namespace) -> int:
    from irev_desktop.sample_data.generator import generate_archive

    result = generate_archive(services.store, years=args.years, seed=args.seed)
    counts = result.counts
    size = services.paths.db.stat().st_size / 1024**2
    print(
        f"Archive générée ({result.first_year}–{result.last_year}) en "
        f"{result.seconds:.1f} s : {counts['meeting']} séances, {counts['agenda_item']} points, "
        f"{counts['deliberation']} délibérations, {counts['person']} personnes, "
        f"{counts['attachment']} pièces jointes ; base de {size:.0f} Mo ({services.paths.db})."
    )
    return 0
