"""Videoconference attendance reports, written by the tests the way each tool writes
them (from their published formats): Microsoft Teams' attendance report in English and
in French (UTF-16, tabs, numbered sections) and its older form, Zoom's participant
report (with and without the meeting's block), and a plain table re-saved by a French
Excel (Windows-1252, semicolons). The people are those of the IREV's AG of 8 March 2021
(opened 10:05, closed 11:45), with the awkward cases of real reports: the organiser, a
dial-in number, a person joining three times, a name written « NOM Prénom (Structure) »,
a short accidental join."""

from __future__ import annotations

import csv
import io


def _utf16_tabs(rows: list[list[str]]) -> bytes:
    return "\r\n".join("\t".join(row) for row in rows).encode("utf-16")  # BOM + LE


TEAMS_EN_ROWS = [
    ["1. Summary"],
    ["Meeting title", "AG IREV — 8 mars 2021"],
    ["Attended participants", "7"],
    ["Start time", "3/8/21, 9:58:12 AM"],
    ["End time", "3/8/21, 11:52:40 AM"],
    ["Meeting duration", "1h 54m 28s"],
    ["Average attendance time", "1h 32m"],
    [],
    ["2. Participants"],
    [
        "Name",
        "First Join",
        "Last Leave",
        "In-Meeting Duration",
        "Email",
        "Participant ID (UPN)",
        "Role",
    ],
    [
        "Milouda Ala",
        "3/8/21, 9:58:12 AM",
        "3/8/21, 11:52:40 AM",
        "1h 54m",
        "m.ala@irev.example",
        "m.ala@irev.example",
        "Organizer",
    ],
    [
        "LEFEBVRE Camille (Région HDF)",
        "3/8/21, 10:01:00 AM",
        "3/8/21, 11:47:00 AM",
        "1h 40m",
        "",
        "",
        "Presenter",
    ],
    [
        "Didier Caron",
        "3/8/21, 10:14:30 AM",
        "3/8/21, 11:46:00 AM",
        "1h 20m",
        "didier.caron@pasdecalais.example",
        "",
        "Attendee",
    ],
    ["Karim Benali", "3/8/21, 10:02:00 AM", "3/8/21, 11:50:00 AM", "1h 31m", "", "", "Attendee"],
    ["+33 3 21 00 00 00", "3/8/21, 10:20:00 AM", "3/8/21, 10:40:00 AM", "20m", "", "", "Attendee"],
    ["Sophie Marchand", "3/8/21, 10:03:00 AM", "3/8/21, 10:03:40 AM", "40s", "", "", "Attendee"],
    [],
    ["3. In-Meeting Activities"],
    ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"],
    [
        "Milouda Ala",
        "3/8/21, 9:58:12 AM",
        "3/8/21, 11:52:40 AM",
        "1h 54m",
        "m.ala@irev.example",
        "Organizer",
    ],
    # Camille Lefebvre: three joins, the second a blink (back within a minute).
    [
        "LEFEBVRE Camille (Région HDF)",
        "3/8/21, 10:01:00 AM",
        "3/8/21, 10:30:00 AM",
        "29m",
        "",
        "Presenter",
    ],
    [
        "LEFEBVRE Camille (Région HDF)",
        "3/8/21, 10:30:40 AM",
        "3/8/21, 10:50:00 AM",
        "19m",
        "",
        "Presenter",
    ],
    [
        "LEFEBVRE Camille (Région HDF)",
        "3/8/21, 11:10:00 AM",
        "3/8/21, 11:47:00 AM",
        "37m",
        "",
        "Presenter",
    ],
    [
        "Didier Caron",
        "3/8/21, 10:14:30 AM",
        "3/8/21, 11:46:00 AM",
        "1h 31m",
        "didier.caron@pasdecalais.example",
        "Attendee",
    ],
    ["Karim Benali", "3/8/21, 10:02:00 AM", "3/8/21, 11:50:00 AM", "1h 48m", "", "Attendee"],
    ["+33 3 21 00 00 00", "3/8/21, 10:20:00 AM", "3/8/21, 10:40:00 AM", "20m", "", "Attendee"],
    ["Sophie Marchand", "3/8/21, 10:03:00 AM", "3/8/21, 10:03:40 AM", "40s", "", "Attendee"],
]


def teams_english() -> bytes:
    return _utf16_tabs(TEAMS_EN_ROWS)


def teams_french() -> bytes:
    """The same meeting as a French Teams writes it: day/month dates, French headers."""

    def french(moment: str) -> str:
        # "3/8/21, 10:01:00 AM" → "08/03/2021 10:01:00"
        date, _, time = moment.partition(", ")
        month, day, year = date.split("/")
        clock, half = time.split()
        hour, minute, second = (int(x) for x in clock.split(":"))
        hour = hour % 12 + (12 if half == "PM" else 0)
        return f"{int(day):02d}/{int(month):02d}/20{year} {hour:02d}:{minute:02d}:{second:02d}"

    rows: list[list[str]] = []
    for row in TEAMS_EN_ROWS:
        translated = {
            "1. Summary": "1. Résumé",
            "2. Participants": "2. Participants",
            "3. In-Meeting Activities": "3. Activités pendant la réunion",
        }
        if len(row) == 1:
            rows.append([translated[row[0]]])
        elif row and row[0] == "Name" and row[1] == "First Join":
            rows.append(
                [
                    "Nom",
                    "Première connexion",
                    "Dernière sortie",
                    "Durée de la réunion",
                    "E-mail",
                    "ID du participant (UPN)",
                    "Rôle",
                ]
            )
        elif row and row[0] == "Name":
            rows.append(
                ["Nom", "Heure de connexion", "Heure de déconnexion", "Durée", "E-mail", "Rôle"]
            )
        elif row and "/" in row[1] and len(row) > 2 and "/" in row[2]:
            rows.append([row[0], french(row[1]), french(row[2]), *row[3:]])
        elif row and row[0] in ("Start time", "End time"):
            rows.append(
                [
                    {"Start time": "Heure de début", "End time": "Heure de fin"}[row[0]],
                    french(row[1]),
                ]
            )
        else:
            rows.append(row)
    return _utf16_tabs(rows)


def teams_older() -> bytes:
    """Teams' first attendance list: one row per action."""
    rows = [
        ["Full Name", "User Action", "Timestamp"],
        ["Milouda Ala", "Joined", "3/8/2021, 9:58:12 AM"],
        ["Karim Benali", "Joined", "3/8/2021, 10:02:00 AM"],
        ["Karim Benali", "Left", "3/8/2021, 10:40:00 AM"],
        ["Karim Benali", "Joined", "3/8/2021, 11:00:00 AM"],
        ["Karim Benali", "Left", "3/8/2021, 11:50:00 AM"],
        ["Milouda Ala", "Left", "3/8/2021, 11:52:40 AM"],
    ]
    return _utf16_tabs(rows)


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


ZOOM_HEADER = [
    "Name (Original Name)",
    "User Email",
    "Join Time",
    "Leave Time",
    "Duration (Minutes)",
    "Guest",
    "Recording Consent",
    "In Waiting Room",
]
ZOOM_ROWS = [
    [
        "Milouda Ala",
        "m.ala@irev.example",
        "03/08/2021 09:58:12 AM",
        "03/08/2021 11:52:40 AM",
        "115",
        "No",
        "",
        "No",
    ],
    [
        "Cam (Camille Lefebvre)",
        "",
        "03/08/2021 10:01:00 AM",
        "03/08/2021 11:47:00 AM",
        "106",
        "Yes",
        "",
        "No",
    ],
    [
        "Didier Caron",
        "didier.caron@pasdecalais.example",
        "03/08/2021 10:14:30 AM",
        "03/08/2021 11:46:00 AM",
        "92",
        "Yes",
        "",
        "No",
    ],
    ["Thomas Girard", "", "03/08/2021 10:30:00 AM", "03/08/2021 10:31:00 AM", "1", "Yes", "", "No"],
    [
        "Jeanne Martin, Cerema",
        "jeanne.martin@cerema.example",
        "03/08/2021 10:20:00 AM",
        "03/08/2021 11:00:00 AM",
        "40",
        "Yes",
        "",
        "No",
    ],
]


def zoom(with_meeting_block: bool = True) -> bytes:
    rows: list[list[str]] = []
    if with_meeting_block:
        rows += [
            [
                "Meeting ID",
                "Topic",
                "Start Time",
                "End Time",
                "User Email",
                "Duration (Minutes)",
                "Participants",
            ],
            [
                "812 3456 7890",
                "AG de l'IREV",
                "03/08/2021 09:58:00 AM",
                "03/08/2021 11:53:00 AM",
                "m.ala@irev.example",
                "115",
                "5",
            ],
            [],
        ]
    rows += [ZOOM_HEADER, *ZOOM_ROWS]
    return ("\ufeff" + _csv(rows)).encode("utf-8")


def plain_french_excel() -> bytes:
    """A table typed by hand and saved by a French Excel: Windows-1252, semicolons,
    times alone."""
    rows = [
        ["Nom", "Courriel", "Arrivée", "Départ"],
        ["Hélène Roussel", "", "10:10", "11:30"],
        ["Anne Delmotte", "", "10:05", "11:45"],
        ["Anne Delmotte", "", "11:46", "11:50"],
    ]
    return _csv(rows, ";").encode("cp1252")
