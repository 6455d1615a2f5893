"""The example: the IREV general assembly of Monday 8 March 2021, and its neighbours.

Facts come from the public account of that assembly (chaired by videoconference by
Milouda Ala, news of the Comité interministériel des villes of 29 January 2021, the
2020 activity report, the Assises de la Politique de la ville announced for
mid-September). The notes are written in our own words; the other members, people and
meetings are illustrative, so that the archive has something to browse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MajorityRule,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
    Representation,
    Role,
    VoteChoice,
    Weighting,
)
from irev_desktop.domain.quorum import Interval
from irev_desktop.model.inputs import BodyRules, ItemFields, MeetingHeader
from irev_desktop.services.facade import Services
from irev_desktop.services.simple_pdf import text_pdf

DEMO_SHORT_NAME = "IREV"
MAIN_MEETING_DATE = dt.date(2021, 3, 8)
REPORT_FILE_NAME = "IREV_rapport_dactivites_2020.pdf"


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    main_meeting_id: int | None
    meetings: int


CIV_NOTES = (
    "Laurent Buchaillat, secrétaire général pour les affaires régionales et vice-président "
    "de l'IREV, rappelle les principales mesures arrêtées par le Comité interministériel des "
    "villes réuni le 29 janvier 2021 en faveur des quartiers prioritaires de la politique de "
    "la ville. Il y voit autant d'occasions de faire évoluer concrètement la situation des "
    "habitants.\n"
    "Trois chantiers pourront s'appuyer sur l'expertise de l'IREV, qui les a inscrits à son "
    "programme 2021 dans le prolongement des années précédentes : la préparation de "
    "l'évaluation finale des contrats de ville, la lutte contre les discriminations et "
    "l'égalité entre les femmes et les hommes, traitées de manière transversale."
)

REPORT_NOTES = (
    "Le bilan 2020 du centre de ressources est présenté. L'année a été dominée par la crise "
    "sanitaire : plusieurs actions ont été reportées ou annulées, et l'équipe a adapté ses "
    "façons de travailler pour tenir l'essentiel de ses missions :\n"
    "– faire travailler ensemble les institutions qui pilotent les contrats de ville, pour "
    "affronter des situations sans précédent et adapter collectivement les cadres et les "
    "projets ;\n"
    "– diffuser des ressources (connaissances et expériences capitalisées) par les "
    "publications, le site internet et les réseaux sociaux ;\n"
    "– accompagner l'évolution des pratiques par des actions de qualification et "
    "d'échanges à l'échelle régionale, qui ont réuni près de 800 participants.\n"
    "Le rapport d'activités 2020 est joint au présent procès-verbal."
)

ASSISES_NOTES = (
    "La présidente annonce la préparation d'Assises de la politique de la ville, organisées "
    "avec la communauté d'agglomération Maubeuge Val de Sambre et l'IR-DSU, à la mi-septembre "
    "2021. Elles permettront de dresser collectivement le bilan des contrats de ville, qui "
    "prennent fin le 31 décembre 2022, et de préparer la suite."
)


def load_demo(services: Services) -> DemoResult:
    """Load the example into the store; running it again changes nothing."""
    registry = services.registry
    if any(o.short_name == DEMO_SHORT_NAME for o in registry.organisations()):
        return DemoResult(False, _main_meeting_id(services), len(services.meetings.meetings()))

    org = registry.create_organisation(
        "IREV — Centre de ressources Politique de la ville Hauts-de-France",
        DEMO_SHORT_NAME,
        address="Hauts-de-France",
        city="Lille",
    )
    state = registry.add_member(org.id, "État", 40, college="État")
    region = registry.add_member(org.id, "Région Hauts-de-France", 40, college="Collectivités")
    nord = registry.add_member(org.id, "Département du Nord", 10, college="Collectivités")
    pdc = registry.add_member(org.id, "Département du Pas-de-Calais", 10, college="Collectivités")

    ala = registry.add_person(
        "Milouda",
        "Ala",
        civility=Civility.MADAME,
        function_title="conseillère régionale Hauts-de-France",
    )
    buchaillat = registry.add_person(
        "Laurent",
        "Buchaillat",
        civility=Civility.MONSIEUR,
        function_title="Secrétaire général aux Affaires régionales",
    )
    region_2 = registry.add_person(
        "Camille",
        "Lefebvre",
        civility=Civility.MADAME,
        function_title="conseillère régionale Hauts-de-France",
    )
    state_2 = registry.add_person(
        "Thomas",
        "Girard",
        civility=Civility.MONSIEUR,
        function_title="sous-préfet chargé de la politique de la ville",
    )
    nord_rep = registry.add_person(
        "Hélène",
        "Roussel",
        civility=Civility.MADAME,
        function_title="conseillère départementale du Nord",
    )
    nord_sup = registry.add_person(
        "Karim",
        "Benali",
        civility=Civility.MONSIEUR,
        function_title="conseiller départemental du Nord",
    )
    pdc_rep = registry.add_person(
        "Didier",
        "Caron",
        civility=Civility.MONSIEUR,
        function_title="conseiller départemental du Pas-de-Calais",
    )
    commissioner = registry.add_person(
        "Sophie", "Marchand", civility=Civility.MADAME, function_title="commissaire du Gouvernement"
    )
    director = registry.add_person(
        "Anne", "Delmotte", civility=Civility.MADAME, function_title="directrice de l'IREV"
    )

    ag = registry.add_body(
        org.id,
        "Assemblée générale",
        "AG",
        BodyRules(
            quorum_basis=QuorumBasis.RIGHTS,
            quorum_numerator=2,
            quorum_denominator=3,
            weighting=Weighting.RIGHTS,
            majority=MajorityRule.SIMPLE,
            max_proxies_per_holder=1,
            notice_days=20,
            urgent_notice_days=5,
            chair_casting_vote=True,
        ),
    )
    ca = registry.add_body(
        org.id,
        "Conseil d'administration",
        "CA",
        BodyRules(
            quorum_basis=QuorumBasis.HEADS,
            quorum_numerator=1,
            quorum_denominator=2,
            weighting=Weighting.HEADS,
            majority=MajorityRule.SIMPLE,
            max_proxies_per_holder=2,
            notice_days=15,
            urgent_notice_days=5,
        ),
    )

    start = dt.date(2019, 1, 1)
    mandates = services.mandates
    for body_id in (ag.id, ca.id):
        mandates.add_mandate(ala.id, body_id, Role.PRESIDENT, start, member_id=region.id)
        mandates.add_mandate(buchaillat.id, body_id, Role.VICE_PRESIDENT, start, member_id=state.id)
        mandates.add_mandate(nord_rep.id, body_id, Role.TREASURER, start, member_id=nord.id)
        mandates.add_mandate(pdc_rep.id, body_id, Role.MEMBER, start, member_id=pdc.id)
        mandates.add_mandate(commissioner.id, body_id, Role.GOVERNMENT_COMMISSIONER, start)
    mandates.add_mandate(region_2.id, ag.id, Role.MEMBER, start, member_id=region.id)
    mandates.add_mandate(state_2.id, ag.id, Role.MEMBER, start, member_id=state.id)
    mandates.add_mandate(
        nord_sup.id,
        ag.id,
        Role.MEMBER,
        start,
        member_id=nord.id,
        representation=Representation.SUPPLEANT,
    )

    present = AttendanceStatus.PRESENT
    # General assembly of 2020: its minutes are approved at the 2021 assembly, then signed.
    ag_2020 = services.meetings.create_meeting(
        ag.id,
        MeetingHeader(
            title="Assemblée générale ordinaire",
            date=dt.date(2020, 6, 30),
            planned_start=dt.time(10, 0),
            mode=MeetingMode.VIDEO,
            chair_id=ala.id,
            secretary_id=director.id,
        ),
    )
    _attend(
        services,
        ag_2020.id,
        {p.id: present for p in (ala, buchaillat, region_2, state_2, nord_rep, pdc_rep)},
    )
    report_2019 = services.agenda.add_item(
        ag_2020.id, ItemFields("Rapport d'activités 2019", ItemKind.DELIBERATION, director.id, 30)
    )
    services.agenda.save_notes(
        report_2019.id,
        (
            "La directrice présente les actions menées en 2019 : cycles de qualification, "
            "rencontres régionales et publications. Les membres saluent la diversité des formats."
        ),
    )
    services.deliberations.record_unanimous(
        ag_2020.id,
        "Approbation du rapport d'activités 2019",
        "L'Assemblée générale approuve le rapport d'activités 2019.",
        item_id=report_2019.id,
    )
    programme = services.agenda.add_item(
        ag_2020.id,
        ItemFields("Programme de travail pour la fin de l'année 2020", ItemKind.DEBATE, ala.id, 20),
    )
    services.agenda.save_notes(
        programme.id,
        (
            "Les échanges portent sur l'adaptation des rencontres au contexte sanitaire : "
            "formats à distance, groupes plus restreints."
        ),
    )
    services.meetings.record_times(
        ag_2020.id, actual_start=dt.time(10, 5), actual_end=dt.time(11, 20)
    )
    for status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        services.meetings.change_status(ag_2020.id, status)

    # Board of December 2020.
    ca_2020 = services.meetings.create_meeting(
        ca.id,
        MeetingHeader(
            title="Conseil d'administration",
            date=dt.date(2020, 12, 10),
            planned_start=dt.time(14, 0),
            mode=MeetingMode.HYBRID,
            place="Lille",
            chair_id=ala.id,
            secretary_id=director.id,
        ),
    )
    _attend(
        services,
        ca_2020.id,
        {ala.id: present, buchaillat.id: present, nord_rep.id: present, commissioner.id: present},
    )
    services.attendance.set_status(
        ca_2020.id, pdc_rep.id, AttendanceStatus.REPRESENTED, proxy_holder_id=ala.id
    )
    budget = services.agenda.add_item(
        ca_2020.id, ItemFields("Budget primitif 2021", ItemKind.DELIBERATION, nord_rep.id, 30)
    )
    services.agenda.save_notes(
        budget.id,
        (
            "La trésorière présente le projet de budget 2021, construit à périmètre constant. "
            "Le commissaire du Gouvernement n'émet pas d'observation."
        ),
    )
    services.deliberations.record_unanimous(
        ca_2020.id,
        "Adoption du budget primitif 2021",
        "Le Conseil d'administration adopte le budget primitif 2021.",
        item_id=budget.id,
    )
    services.meetings.record_times(
        ca_2020.id, actual_start=dt.time(14, 0), actual_end=dt.time(15, 30)
    )
    for status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        services.meetings.change_status(ca_2020.id, status)

    # The general assembly of Monday 8 March 2021, by videoconference.
    main = services.meetings.create_meeting(
        ag.id,
        MeetingHeader(
            title="Assemblée générale ordinaire",
            date=MAIN_MEETING_DATE,
            planned_start=dt.time(10, 0),
            mode=MeetingMode.VIDEO,
            chair_id=ala.id,
            secretary_id=director.id,
            # The date of the convocation sent to the members: 20 days ahead.
            convened_on=dt.date(2021, 2, 16),
        ),
    )
    services.attendance.add_attendee(main.id, director.id)
    _attend(
        services,
        main.id,
        {
            ala.id: present,
            buchaillat.id: present,
            region_2.id: present,
            commissioner.id: present,
            director.id: present,
            nord_rep.id: AttendanceStatus.EXCUSED,
            nord_sup.id: present,
        },
    )
    services.attendance.set_status(
        main.id, state_2.id, AttendanceStatus.REPRESENTED, proxy_holder_id=buchaillat.id
    )
    # Didier Caron joined the videoconference at 10:15, after the first vote.
    services.attendance.set_history(main.id, pdc_rep.id, [Interval(dt.time(10, 15), None)])
    approval = main.items[0]
    services.agenda.save_notes(
        approval.id,
        (
            "Le procès-verbal de l'Assemblée générale du 30 juin 2020 est soumis à "
            "l'approbation des membres. Aucune observation n'est formulée."
        ),
    )
    _all_in_favour(
        services,
        main.id,
        approval.title,
        "L'Assemblée générale approuve le procès-verbal de sa séance du 30 juin 2020.",
        item_id=approval.id,
        at=dt.time(10, 10),
    )
    civ = services.agenda.add_item(
        main.id,
        ItemFields(
            "Actualité : mesures du Comité interministériel des villes du 29 janvier 2021",
            ItemKind.INFORMATION,
            buchaillat.id,
            20,
        ),
    )
    services.agenda.save_notes(civ.id, CIV_NOTES)
    report = services.agenda.add_item(
        main.id,
        ItemFields(
            "Bilan d'activité 2020 du centre de ressources", ItemKind.DELIBERATION, director.id, 40
        ),
    )
    services.agenda.save_notes(report.id, REPORT_NOTES)
    annex = services.attachments.attach_bytes(
        main.id, REPORT_FILE_NAME, activity_report_pdf(), item_id=report.id
    )
    services.attachments.set_title(annex.id, "Rapport d'activités 2020")
    _all_in_favour(
        services,
        main.id,
        "Approbation du rapport d'activités 2020",
        "L'Assemblée générale, après en avoir délibéré, approuve le rapport d'activités 2020 "
        "du centre de ressources Politique de la ville Hauts-de-France.",
        item_id=report.id,
        at=dt.time(11, 0),
    )
    assises = services.agenda.add_item(
        main.id,
        ItemFields(
            "Préparation des Assises de la Politique de la ville (mi-septembre 2021)",
            ItemKind.DEBATE,
            ala.id,
            30,
        ),
    )
    services.agenda.save_notes(assises.id, ASSISES_NOTES)
    services.actions.add_action(
        main.id,
        "Proposer un premier programme des Assises aux partenaires",
        person_id=director.id,
        due_date=dt.date(2021, 5, 31),
        item_id=assises.id,
    )
    services.agenda.record_item_times(
        approval.id, started_at=dt.time(10, 5), ended_at=dt.time(10, 10)
    )
    services.agenda.record_item_times(civ.id, started_at=dt.time(10, 10), ended_at=dt.time(10, 35))
    services.agenda.record_item_times(
        report.id, started_at=dt.time(10, 35), ended_at=dt.time(11, 5)
    )
    services.agenda.record_item_times(
        assises.id, started_at=dt.time(11, 5), ended_at=dt.time(11, 40)
    )
    services.meetings.record_times(main.id, actual_start=dt.time(10, 5), actual_end=dt.time(11, 45))
    for status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        services.meetings.change_status(main.id, status)

    # The 2020 minutes, approved on 8 March 2021, are signed and frozen.
    services.meetings.change_status(
        ag_2020.id,
        MeetingStatus.MINUTES_ADOPTED,
        adopted_on=MAIN_MEETING_DATE,
        adopted_in_meeting_id=main.id,
    )
    services.meetings.change_status(ag_2020.id, MeetingStatus.MINUTES_SIGNED)

    # The next assembly, planned: the approval of the 8 March minutes comes first.
    services.meetings.create_meeting(
        ag.id,
        MeetingHeader(
            title="Assemblée générale ordinaire",
            date=dt.date(2021, 11, 25),
            planned_start=dt.time(10, 0),
            mode=MeetingMode.HYBRID,
            place="Lille",
            chair_id=ala.id,
            secretary_id=director.id,
        ),
    )
    return DemoResult(True, main.id, len(services.meetings.meetings()))


def _all_in_favour(
    services: Services,
    meeting_id: int,
    title: str,
    text: str,
    *,
    item_id: int,
    at: dt.time,
) -> None:
    """A unanimous vote taken voter by voter, as séance mode records it."""
    voters = services.seance.voters_at(meeting_id, at)
    services.seance.record_vote(
        meeting_id,
        title,
        text,
        {v.person_id: VoteChoice.FOR for v in voters},
        at=at,
        item_id=item_id,
    )


def _attend(services: Services, meeting_id: int, statuses: dict[int, AttendanceStatus]) -> None:
    for person_id, status in statuses.items():
        services.attendance.set_status(meeting_id, person_id, status)


def _main_meeting_id(services: Services) -> int | None:
    for meeting in services.meetings.meetings():
        if meeting.date == MAIN_MEETING_DATE and meeting.body_short_name == "AG":
            return meeting.id
    return None


def activity_report_pdf() -> bytes:
    return text_pdf(
        "IREV — Rapport d'activités 2020",
        [
            "Centre de ressources Politique de la ville Hauts-de-France",
            "",
            "Une année marquée par la crise sanitaire : des actions reportées ou annulées,",
            "des modes de faire adaptés pour préserver l'essentiel des missions.",
            "",
            "1. Mise en réseau des institutions qui pilotent les contrats de ville.",
            "2. Diffusion de ressources : publications, site internet, réseaux sociaux.",
            "3. Qualification et échanges à l'échelle régionale : près de 800 participants.",
            "",
            "Document d'exemple produit par IREV Desktop.",
        ],
        author="IREV",
    )
