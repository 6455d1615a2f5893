"""The lists of the start screen, read with the engine's driver alone (sqlite3, or
psycopg for a team's server).

The meeting list is what a user waits for at start-up; reading it this way needs no
SQLAlchemy, whose import costs more than the rest of the start-up. These few queries
are plain SQL over the columns of ``db.models`` (the tests compare them with the ORM).
"""

from __future__ import annotations

import datetime as dt

from irev_desktop.db.kinds import POSTGRESQL, SQLITE, Kind
from irev_desktop.db.store import Store
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.model.rows import BodyChoice, MeetingSummary

# The conversions of every plain read (``db.kinds``), without SQLAlchemy's import.
_DATES = {
    SQLITE.name: SQLITE.reader(Kind.DATE) or dt.date.fromisoformat,
    POSTGRESQL.name: POSTGRESQL.reader(Kind.DATE) or (lambda day: day),
}
_STATUS = SQLITE.reader(Kind.ENUM, MeetingStatus)
# The year of a meeting: its stored ISO text's first four characters, or the date's.
_YEAR = {
    SQLITE.name: "CAST(substr(date, 1, 4) AS INTEGER)",
    POSTGRESQL.name: "EXTRACT(YEAR FROM date)::int",
}
_MEETINGS = (
    "SELECT m.id, m.body_id, b.short_name, m.title, m.date, m.status "
    "FROM meeting AS m JOIN body AS b ON b.id = m.body_id"
)


class ListingService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def has_organisations(self) -> bool:
        with self._store.plain_reading() as connection:
            return connection.execute("SELECT 1 FROM organisation LIMIT 1").fetchone() is not None

    def body_choices(self) -> list[BodyChoice]:
        with self._store.plain_reading() as connection:
            rows = connection.execute("SELECT id, short_name, name FROM body ORDER BY id")
            return [BodyChoice(*row) for row in rows]

    def years(self) -> list[int]:
        """The years that have meetings, newest first."""
        year = _YEAR[self._store.dialect.name]
        with self._store.plain_reading() as connection:
            rows = connection.execute(
                f"SELECT DISTINCT {year} AS year FROM meeting ORDER BY year DESC"
            )
            return [year for (year,) in rows]

    def meetings(
        self,
        *,
        body_id: int | None = None,
        year: int | None = None,
        status: MeetingStatus | None = None,
    ) -> list[MeetingSummary]:
        """All meetings, newest first: a few short columns, never the notes."""
        conditions: list[str] = []
        parameters: list[object] = []
        if body_id is not None:
            conditions.append("m.body_id = ?")
            parameters.append(body_id)
        if year is not None:
            # A range on the date (SQLite: on its stored ISO text), which the index serves.
            conditions.append("m.date >= ? AND m.date < ?")
            parameters += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
            if self._store.dialect is POSTGRESQL:
                parameters[-2:] = [dt.date(year, 1, 1), dt.date(year + 1, 1, 1)]
        if status is not None:
            conditions.append("m.status = ?")
            parameters.append(status.value)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        query = f"{_MEETINGS}{where} ORDER BY m.date DESC, m.id DESC"
        parse, status_of = _DATES[self._store.dialect.name], _STATUS
        assert status_of is not None
        with self._store.plain_reading() as connection:
            rows = connection.execute(query, parameters).fetchall()
        return [
            MeetingSummary(ident, body, short, title, parse(day), status_of(state))
            for ident, body, short, title, day, state in rows
        ]
