"""Two people on the same notes: a save based on a text someone else has changed since
is refused, both texts are kept as revisions, and each person's choice then goes in.
Two people on two different items never conflict. Runs on both engines."""

from __future__ import annotations

import pytest

from irev_desktop.domain.errors import NotesConflictError
from irev_desktop.model.inputs import ItemFields
from irev_desktop.services.facade import Services


@pytest.fixture
def items(demo: Services) -> tuple[int, int]:
    meeting = next(m for m in demo.meetings.meetings() if m.status.value == "planned")
    first = demo.agenda.add_item(meeting.id, ItemFields("Premier point"))
    second = demo.agenda.add_item(meeting.id, ItemFields("Second point"))
    return first.id, second.id


def test_a_stale_save_is_refused_and_both_texts_are_kept(
    demo: Services, items: tuple[int, int]
) -> None:
    item, _ = items
    agenda = demo.agenda
    agenda.save_notes(item, "Début commun.", based_on="")
    # The other person saves first…
    agenda.save_notes(item, "Début commun. Ajout de Léa.", based_on="Début commun.")
    # …then this one, from the text it had read.
    with pytest.raises(NotesConflictError) as conflict:
        agenda.save_notes(item, "Début commun. Ajout de Sam.", based_on="Début commun.")
    assert conflict.value.mine == "Début commun. Ajout de Sam."
    assert conflict.value.theirs == "Début commun. Ajout de Léa."
    stored = next(i for i in _items(demo, item) if i.id == item)
    assert stored.notes == "Début commun. Ajout de Léa."  # not overwritten
    history = [r.text for r in agenda.revisions(item)]
    assert "Début commun. Ajout de Sam." in history
    assert "Début commun. Ajout de Léa." in history
    # The choice, saved over theirs, goes in.
    assert agenda.save_notes(item, "Fusion des deux.", based_on="Début commun. Ajout de Léa.")
    assert next(i for i in _items(demo, item) if i.id == item).notes == "Fusion des deux."


def test_two_people_on_two_items_never_conflict(demo: Services, items: tuple[int, int]) -> None:
    first, second = items
    seen = {first: "", second: ""}
    for round_ in range(5):
        for item in (first, second):
            text = f"{seen[item]} mot {round_}".strip()
            demo.agenda.save_notes(item, text, checkpoint=False, based_on=seen[item])
            seen[item] = text
    notes = {i.id: i.notes for i in _items(demo, first)}  # type: ignore[attr-defined]
    assert (notes[first], notes[second]) == (seen[first], seen[second])


def test_a_save_without_a_base_overwrites_as_before(demo: Services, items: tuple[int, int]) -> None:
    item, _ = items
    demo.agenda.save_notes(item, "Premier texte")
    assert demo.agenda.save_notes(item, "Second texte")


def _items(services: Services, item_id: int) -> list[object]:
    meeting_id = next(
        m.id
        for m in services.meetings.meetings()
        if any(i.id == item_id for i in services.meetings.meeting(m.id).items)
    )
    return list(services.meetings.meeting(meeting_id).items)
