"""A small governance set-up that tests can build in one call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from irev_desktop import paths as paths_module
from irev_desktop.domain.enums import MajorityRule, QuorumBasis, Representation, Role, Weighting
from irev_desktop.model.inputs import BodyRules, MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services


@dataclass
class Board:
    organisation_id: int
    body_id: int
    state: int
    region: int
    city: int
    president: int
    vice_president: int
    city_rep: int
    city_deputy: int
    commissioner: int


def make_board(
    services: Services,
    *,
    weighting: Weighting = Weighting.RIGHTS,
    quorum: tuple[int, int] = (2, 3),
    max_proxies: int = 1,
    majority: MajorityRule = MajorityRule.SIMPLE,
) -> Board:
    reg = services.registry
    org = reg.create_organisation("Groupement d'essai", "GE", city="Lille")
    state = reg.add_member(org.id, "État", 45)
    region = reg.add_member(org.id, "Région", 45)
    city = reg.add_member(org.id, "Ville", 10)
    basis = QuorumBasis.RIGHTS if weighting is Weighting.RIGHTS else QuorumBasis.HEADS
    body = reg.add_body(
        org.id,
        "Assemblée générale",
        "AG",
        BodyRules(
            quorum_basis=basis,
            quorum_numerator=quorum[0],
            quorum_denominator=quorum[1],
            weighting=weighting,
            majority=majority,
            max_proxies_per_holder=max_proxies,
        ),
    )
    president = reg.add_person("Alice", "Martin")
    vice = reg.add_person("Bruno", "Petit")
    city_rep = reg.add_person("Chloé", "Durand")
    deputy = reg.add_person("David", "Leroy")
    commissioner = reg.add_person("Emma", "Moreau")
    start = dt.date(2020, 1, 1)
    m = services.mandates
    m.add_mandate(president.id, body.id, Role.PRESIDENT, start, member_id=region.id)
    m.add_mandate(vice.id, body.id, Role.VICE_PRESIDENT, start, member_id=state.id)
    m.add_mandate(city_rep.id, body.id, Role.MEMBER, start, member_id=city.id)
    m.add_mandate(
        deputy.id,
        body.id,
        Role.MEMBER,
        start,
        member_id=city.id,
        representation=Representation.SUPPLEANT,
    )
    m.add_mandate(commissioner.id, body.id, Role.GOVERNMENT_COMMISSIONER, start)
    return Board(
        org.id,
        body.id,
        state.id,
        region.id,
        city.id,
        president.id,
        vice.id,
        city_rep.id,
        deputy.id,
        commissioner.id,
    )


def plan_meeting(services: Services, board: Board, day: dt.date = dt.date(2021, 3, 8)) -> int:
    return services.meetings.create_meeting(
        board.body_id,
        MeetingHeader(title="Assemblée générale", date=day, chair_id=board.president),
    ).id


def cli_store(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> str:
    """What to give the command line's ``--db`` for the test's store: its file, or its
    server's URL; the local folder of a server then stays the test's, not the user's."""
    if paths.url is None:
        return str(paths.db)
    data_dir = paths.data_dir.parent.parent  # <data>/serveurs/<server>/irev.sqlite
    assert AppPaths.for_server(paths.url, data_dir) == paths
    monkeypatch.setattr(paths_module, "default_data_dir", lambda: data_dir)
    return paths.url
