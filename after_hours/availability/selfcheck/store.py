"""Completed self-checks over time: recording, history and the trend beside the indicators."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from after_hours.availability.clock import Clock
from after_hours.availability.selfcheck.questionnaire import Questionnaire, cbi
from after_hours.availability.selfcheck.scoring import AnswerError, Scores, score, validate
from after_hours.availability.timeutil import from_utc_iso, utc_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "selfchecks"
SCALE_COLUMNS = ("personal", "work", "client")


@dataclass(frozen=True)
class SelfCheck:
    """One completed self-check: when, the answers given and their scores."""

    id: int
    at: datetime
    answers: dict[str, int | None]
    scores: Scores

    def to_json(self) -> dict[str, Any]:
        """The ``selfcheck --history --json`` shape (a contract: extend, do not break)."""
        return {
            "id": self.id,
            "at": utc_iso(self.at),
            "scales": self.scores.to_json(),
            "answers": self.answers,
        }


@dataclass(frozen=True)
class TrendPoint:
    """Scale scores at one instant, for a line chart; ``None`` where a scale was unanswered."""

    at: datetime
    personal: float | None
    work: float | None
    client: float | None

    def value(self, scale_id: str) -> float | None:
        if scale_id not in SCALE_COLUMNS:
            raise KeyError(scale_id)
        value: float | None = getattr(self, scale_id)
        return value


class SelfCheckStore:
    """The ``selfchecks`` table: completed self-checks, oldest first.

    Answers are the clinician's own and stay here: they are never passed to the crisis detector
    or counted as contacts.
    """

    def __init__(
        self, db: Database, clock: Clock, questionnaire: Questionnaire | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._q = questionnaire or cbi()
        if tuple(s.id for s in self._q.scales) != SCALE_COLUMNS:
            raise ValueError("the store keeps the personal, work and client scales")

    def record(self, answers: Mapping[str, int | None], at: datetime | None = None) -> SelfCheck:
        """Score and save a completed self-check (at ``at``, default now).

        Raises :class:`AnswerError` for an unknown item or option, or when no scale has
        enough answers to be scored (nothing worth keeping).
        """
        clean = validate(answers, self._q)
        scores = score(clean, self._q)
        if not scores.any_scored:
            raise AnswerError(
                "Nothing to save: answer at least half the items of one scale "
                "(3 of 6 personal, 4 of 7 work-related or 3 of 6 client-related)."
            )
        when = at or self._clock.now()
        if when.tzinfo is None:
            raise ValueError("a self-check instant must be timezone-aware")
        row: dict[str, Any] = {
            "at": utc_iso(when),
            "instrument": self._q.id,
            "answers": json.dumps(clean),
        }
        for scale in scores.scales:
            row[scale.scale_id] = scale.score
        with self._db.atomic():
            table = self._db.table(TABLE)
            table.insert(row)
            assert table.last_pk is not None
            new_id = int(table.last_pk)
        return SelfCheck(new_id, from_utc_iso(row["at"]), clean, scores)

    def history(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[SelfCheck]:
        """Self-checks with ``start <= at < end`` (either bound optional), oldest first."""
        where, params = _range(start, end)
        rows = self._db.execute(
            f"SELECT id, at, answers FROM {TABLE}{where} ORDER BY at, id", params
        ).fetchall()
        return [self._from_row(r) for r in rows]

    def latest(self) -> SelfCheck | None:
        row = self._db.execute(
            f"SELECT id, at, answers FROM {TABLE} ORDER BY at DESC, id DESC LIMIT 1"
        ).fetchone()
        return self._from_row(row) if row else None

    def trend(self, start: datetime | None = None, end: datetime | None = None) -> list[TrendPoint]:
        """Scale scores over time, oldest first: the series for a chart beside the indicators."""
        where, params = _range(start, end)
        rows = self._db.execute(
            f"SELECT at, personal, work, client FROM {TABLE}{where} ORDER BY at, id", params
        ).fetchall()
        return [TrendPoint(from_utc_iso(at), p, w, c) for at, p, w, c in rows]

    def count(self) -> int:
        return int(self._db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])

    def _from_row(self, row: tuple[Any, ...]) -> SelfCheck:
        row_id, at, answers_json = row
        answers = {
            str(k): (None if v is None else int(v)) for k, v in json.loads(answers_json).items()
        }
        return SelfCheck(int(row_id), from_utc_iso(at), answers, score(answers, self._q))


def _range(start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if start is not None:
        clauses.append("at >= ?")
        params.append(utc_iso(start))
    if end is not None:
        clauses.append("at < ?")
        params.append(utc_iso(end))
    return (" WHERE " + " AND ".join(clauses) if clauses else "", params)
