"""The Daily Reactions Diary (step 8) and the daily check-in (step 9).

Entries, check-ins, the marks of a month, the suggested "how many times so far", literal
full-text search, and runs of enacted days. The calendar gets small frozen views, never whole
entries, so switching months stays cheap. The diary's fields are those of the domain's
``DIARY_FIELDS``: an entry is read, checked and written by walking that table.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import product
from types import MappingProxyType

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, text, true

from valuesdesk.domain import (
    CHECK_IN_LABEL,
    DAY_NOTE_LABEL,
    DIARY_FIELDS,
    MAX_TIMES_DONE,
    MIN_TIMES_DONE,
    CheckInOutcome,
    DayState,
    ExperimentRef,
    ExperimentStatus,
    FieldKind,
    Lifecycle,
    dates,
    value_title,
)
from valuesdesk.domain.search import search_words
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.checks import check_day, check_text
from valuesdesk.store.database import Database
from valuesdesk.store.models import CheckIn, DayNote, DiaryEntry, Experiment, Value
from valuesdesk.store.search_index import SEARCH_TABLE, SEARCHED_COLUMNS, TRIGRAM_LENGTH

SEARCH_LIMIT = 50
# The index on diary_entry.day that the models' naming convention gives.
DAY_INDEX = "ix_diary_entry_day"
SNIPPET_BEFORE = 40
SNIPPET_AFTER = 120
# What a search hit in a day's note names as its field: the note is no field of an experiment's entry.
DAY_NOTE_FIELD = "day_note"

# What one diary field holds: text, a count (or None, not given) or a tick.
DiaryValue = str | int | bool | None
FIELD_NAMES = frozenset(field.name for field in DIARY_FIELDS)


@dataclass(frozen=True)
class DayMark:
    """What the calendar paints on one day."""

    has_entry: bool = False
    outcomes: frozenset[CheckInOutcome] = frozenset()


@dataclass(frozen=True)
class MonthMarks:
    marks: Mapping[dt.date, DayMark]
    try_on_days: frozenset[dt.date]


@dataclass(frozen=True)
class DayEntry:
    """One experiment's diary and check-in on one day, for the editor."""

    experiment: ExperimentRef
    day: dt.date
    day_number: int | None  # the experiment's day (``Lifecycle.day_of``): past the try-on it goes on counting
    values: Mapping[str, DiaryValue]  # every field of DIARY_FIELDS, by name
    outcome: CheckInOutcome | None = None
    suggested_times_done: int = MIN_TIMES_DONE
    has_entry: bool = False


@dataclass(frozen=True)
class SearchHit:
    """A diary entry that matched, or a day's note (no experiment, ``field_name`` ``DAY_NOTE_FIELD``)."""

    entry_id: int
    experiment_id: int | None
    value_name: str
    day: dt.date
    field_name: str
    snippet_html: str

    @property
    def title(self) -> str:
        return DAY_NOTE_LABEL if self.experiment_id is None else value_title(self.value_name)


@dataclass(frozen=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    total: int


@dataclass(frozen=True)
class ExperimentProgress:
    experiment: ExperimentRef
    first_day: dt.date
    days: tuple[DayState, ...]
    current_run: int
    longest_run: int
    diary_days: int
    ended: bool
    counts: Mapping[DayState, int]


def checked_values(values: Mapping[str, DiaryValue]) -> dict[str, DiaryValue]:
    """Every field's value, an empty one for those not given, within the domain's limits."""
    unknown = values.keys() - FIELD_NAMES
    if unknown:
        raise TypeError(f"not diary fields: {', '.join(sorted(unknown))}")
    checked = {}
    for field in DIARY_FIELDS:
        value = values.get(field.name, field.empty)
        if field.kind is FieldKind.TEXT:
            if not isinstance(value, str):
                raise TypeError(f"{field.name} is text, not {type(value).__name__}")
            check_text(f"“{field.label}”", value)
        elif field.kind is FieldKind.COUNT:
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise TypeError(f"{field.name} is a whole number, not {type(value).__name__}")
            if value is not None and not MIN_TIMES_DONE <= value <= MAX_TIMES_DONE:
                raise InvalidInput(f"“{field.label}” is counted from {MIN_TIMES_DONE} to {MAX_TIMES_DONE:,}.")
        elif not isinstance(value, bool):
            raise TypeError(f"{field.name} is yes or no, not {type(value).__name__}")
        checked[field.name] = value
    return checked


def diary_values(entry: DiaryEntry | None) -> Mapping[str, DiaryValue]:
    """Every field of ``DIARY_FIELDS`` by name, with what ``entry`` holds (all empty for no entry)."""
    return MappingProxyType(
        {field.name: getattr(entry, field.name) if entry is not None else field.empty for field in DIARY_FIELDS}
    )


def days_between(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    """``first`` to ``last`` inclusive; counted by offset, so that 31 December 9999 ends it without overflow."""
    for offset in range((last - first).days + 1):
        yield first + dt.timedelta(days=offset)


def _begun(experiment: ExperimentRef) -> dt.date:
    """The first day of an experiment the diary lists: each has begun."""
    start = experiment.lifecycle.start_date
    assert start is not None, "the diary lists only experiments that have begun"
    return start


def runs_of_enacted_days(
    outcomes: dict[dt.date, CheckInOutcome], first: dt.date, last: dt.date, today: dt.date
) -> tuple[int, int]:
    """(current, longest) runs of consecutive days checked in as enacted ("yes").

    Today counts once it is checked in; until then the current run is the one up to yesterday.
    After the last day the current run is 0: an experiment that ended has no run going on.
    """
    longest = run = 0
    for day in days_between(first, min(last, today)):
        run = run + 1 if outcomes.get(day) is CheckInOutcome.YES else 0
        longest = max(longest, run)
    if last < today:
        return 0, longest
    end = today if outcomes.get(today) is CheckInOutcome.YES else today - dt.timedelta(days=1)
    current = 0
    while end >= first and outcomes.get(end) is CheckInOutcome.YES:
        current += 1
        end -= dt.timedelta(days=1)
    return current, longest


def fts_phrase(word: str) -> str:
    """An FTS5 string: the word verbatim, so no operator, bracket or quote in it means anything."""
    return '"' + word.replace('"', '""') + '"'


def like_patterns(word: str) -> set[str]:
    """LIKE patterns finding ``word`` in any case: SQLite's LIKE ignores the case of ASCII letters only."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if escaped.isascii():
        return {f"%{escaped}%"}
    return {"%" + "".join(letters) + "%" for letters in product(*({c.lower(), c.upper()} for c in escaped))}


def highlighted_snippet(source: str, pattern: re.Pattern[str]) -> str | None:
    """Rich text around the first match in ``source``, every match in bold, all else escaped."""
    first = pattern.search(source)
    if first is None:
        return None
    start = max(0, first.start() - SNIPPET_BEFORE)
    end = min(len(source), first.end() + SNIPPET_AFTER)
    # Cut at spaces so that no word is shown half.
    if start > 0:
        space = source.find(" ", start, first.start())
        start = space + 1 if space != -1 else start
    if end < len(source):
        space = source.rfind(" ", first.end(), end)
        end = space if space != -1 else end
    window = " ".join(source[start:end].split())
    parts, position = [], 0
    for match in pattern.finditer(window):
        parts.append(html.escape(window[position : match.start()]))
        parts.append(f"<b>{html.escape(match.group())}</b>")
        position = match.end()
    parts.append(html.escape(window[position:]))
    return ("…" if start > 0 else "") + "".join(parts) + ("…" if end < len(source) else "")


def _of(model: type[DiaryEntry] | type[CheckIn], experiment_id: int | None) -> ColumnElement[bool]:
    """Rows of one experiment, or of all (no list of every id to bind and compile each time)."""
    return true() if experiment_id is None else model.experiment_id == experiment_id


class DiaryService:
    def __init__(self, database: Database) -> None:
        self._database = database
        # The experiments as read at a database generation: each month shown and each day
        # selected asks for them, and they change far less often than that.
        self._experiments: tuple[int, tuple[ExperimentRef, ...]] | None = None

    # Experiments ---------------------------------------------------------------------------

    def experiments(self) -> tuple[ExperimentRef, ...]:
        """Every experiment that has started, newest first: the ones a diary can belong to."""
        generation = self._database.generation
        if self._experiments is not None and self._experiments[0] == generation:
            return self._experiments[1]
        query = (
            select(Experiment.id, Value.name, *Experiment.lifecycle_columns())
            .outerjoin(Value, Experiment.value_id == Value.id)
            .where(Experiment.start_date.is_not(None), Experiment.status != ExperimentStatus.DRAFT)
            .order_by(Experiment.start_date.desc(), Experiment.id.desc())
        )
        with self._database.reading() as session:
            experiments = tuple(
                ExperimentRef(id=experiment_id, value_name=value_name or "", lifecycle=Lifecycle(*lifecycle))
                for experiment_id, value_name, *lifecycle in session.execute(query)
            )
        self._experiments = (generation, experiments)
        return experiments

    def _chosen(self, experiment_id: int | None) -> tuple[ExperimentRef, ...]:
        experiments = self.experiments()
        if experiment_id is None:
            return experiments
        chosen = tuple(experiment for experiment in experiments if experiment.id == experiment_id)
        if not chosen:
            raise NotFound("That experiment no longer exists or has not started yet.")
        return chosen

    # The calendar --------------------------------------------------------------------------

    def month_marks(self, first: dt.date, last: dt.date, experiment_id: int | None) -> MonthMarks:
        """Entries, check-ins and try-on days between ``first`` and ``last``, for one experiment or all."""
        experiments = self._chosen(experiment_id)
        entries = select(DiaryEntry.day).where(DiaryEntry.day.between(first, last), _of(DiaryEntry, experiment_id))
        check_ins = select(CheckIn.day, CheckIn.outcome).where(
            CheckIn.day.between(first, last), _of(CheckIn, experiment_id)
        )
        # A day's note is no experiment's: it marks its day whichever experiment is chosen.
        notes = select(DayNote.day).where(DayNote.day.between(first, last))
        with self._database.reading() as session:
            entry_days = set(session.scalars(entries)) | set(session.scalars(notes))
            outcomes: dict[dt.date, set[CheckInOutcome]] = defaultdict(set)
            for day, outcome in session.execute(check_ins):
                outcomes[day].add(outcome)
        marks = {
            day: DayMark(has_entry=day in entry_days, outcomes=frozenset(outcomes.get(day, ())))
            for day in entry_days | outcomes.keys()
        }
        # Few experiments overlap one month: ask only those which of its days they try on.
        overlapping = [experiment.lifecycle for experiment in experiments if experiment.lifecycle.overlaps(first, last)]
        try_on = frozenset(
            day for day in days_between(first, last) if any(lifecycle.is_try_on_day(day) for lifecycle in overlapping)
        )
        return MonthMarks(marks=MappingProxyType(marks), try_on_days=try_on)

    # The day -------------------------------------------------------------------------------

    def day_entries(self, day: dt.date, experiment_id: int | None, today: dt.date) -> tuple[DayEntry, ...]:
        """The entry of each experiment kept on ``day`` (running that day, or written on it)."""
        experiments = self._chosen(experiment_id)
        with self._database.reading() as session:
            entries = {
                entry.experiment_id: entry
                for entry in session.scalars(
                    select(DiaryEntry).where(DiaryEntry.day == day, _of(DiaryEntry, experiment_id))
                )
            }
            outcomes = dict(
                session.execute(
                    select(CheckIn.experiment_id, CheckIn.outcome).where(
                        CheckIn.day == day, _of(CheckIn, experiment_id)
                    )
                ).all()
            )
            shown = [
                experiment
                for experiment in reversed(experiments)
                if experiment.lifecycle.runs_on(day, today) or experiment.id in entries or experiment.id in outcomes
            ]
            suggestions = self._suggested_times_done(session, [experiment.id for experiment in shown], day)
            return tuple(
                DayEntry(
                    experiment=experiment,
                    day=day,
                    day_number=experiment.lifecycle.day_of(day),
                    values=diary_values(entries.get(experiment.id)),
                    outcome=outcomes.get(experiment.id),
                    suggested_times_done=suggestions.get(experiment.id, 0) + 1,
                    has_entry=experiment.id in entries,
                )
                for experiment in shown
            )

    @staticmethod
    def _suggested_times_done(session, experiment_ids: list[int], day: dt.date) -> dict[int, int]:
        """How many earlier days each experiment was enacted, fully or partly."""
        if not experiment_ids:
            return {}
        query = (
            select(CheckIn.experiment_id, func.count())
            .where(
                CheckIn.experiment_id.in_(experiment_ids),
                CheckIn.day < day,
                CheckIn.outcome.in_([CheckInOutcome.YES, CheckInOutcome.PARTLY]),
            )
            .group_by(CheckIn.experiment_id)
        )
        return dict(session.execute(query).all())

    def save_entry(self, experiment_id: int, day: dt.date, **values: DiaryValue) -> bool:
        """Write the day's entry, given by field name (a field not given is empty); an entry with
        nothing in it is removed, so the day is unmarked.

        Returns whether the day has an entry now.
        """
        check_day("this diary entry", day)
        checked = checked_values(values)
        blank = all(field.is_empty(checked[field.name]) for field in DIARY_FIELDS)
        if day > dates.today() and not blank:
            raise InvalidInput(
                "A day can be written about once it has come.",
                detail="The diary of a day can be written on the day itself or any day after.",
            )
        with self._database.transaction() as session:
            if session.get(Experiment, experiment_id) is None:
                raise NotFound("The experiment of this diary entry no longer exists.")
            entry = session.scalar(
                select(DiaryEntry).where(DiaryEntry.experiment_id == experiment_id, DiaryEntry.day == day)
            )
            if blank:
                if entry is not None:
                    session.delete(entry)
                return False
            if entry is None:
                entry = DiaryEntry(experiment_id=experiment_id, day=day)
                session.add(entry)
            # Only what changed is written, so the search index reindexes only a changed text.
            for name, value in checked.items():
                if getattr(entry, name) != value:
                    setattr(entry, name, value)
            return True

    # The day's note --------------------------------------------------------------------------

    def day_note(self, day: dt.date) -> str:
        """The note of ``day``; empty when it has none."""
        with self._database.reading() as session:
            return session.scalar(select(DayNote.text).where(DayNote.day == day)) or ""

    def save_day_note(self, day: dt.date, text: str) -> bool:
        """Write the note of ``day`` (any day that has come, in a try-on or not); text of blanks only
        removes it, so the day is unmarked. Returns whether the day has a note now.

        A day to come has no note, as it has no diary: what is planned for it belongs to step 6's
        plan, and a note written ahead would read as if the day had been lived.
        """
        check_day("this note", day)
        if not isinstance(text, str):
            raise TypeError(f"a note is text, not {type(text).__name__}")
        check_text(f"“{DAY_NOTE_LABEL}”", text)
        blank = not text.strip()
        if day > dates.today() and not blank:
            raise InvalidInput(
                "A day can be written about once it has come.",
                detail="The note of a day can be written on the day itself or any day after.",
            )
        with self._database.transaction() as session:
            note = session.scalar(select(DayNote).where(DayNote.day == day))
            if blank:
                if note is not None:
                    session.delete(note)
                return False
            if note is None:
                session.add(DayNote(day=day, text=text))
            elif note.text != text:
                note.text = text
            return True

    def set_check_in(self, experiment_id: int, day: dt.date, outcome: CheckInOutcome | None) -> None:
        """Record (or, with None, clear) whether the value was enacted on ``day``, once that day has come."""
        check_day("this check-in", day)
        if day > dates.today():
            raise InvalidInput(
                "A day can be checked in once it has come.",
                detail=f"“{CHECK_IN_LABEL}” can be answered on the day itself or any day after.",
            )
        with self._database.transaction() as session:
            if session.get(Experiment, experiment_id) is None:
                raise NotFound("The experiment of this check-in no longer exists.")
            if outcome is None:
                session.execute(delete(CheckIn).where(CheckIn.experiment_id == experiment_id, CheckIn.day == day))
                return
            check_in = session.scalar(select(CheckIn).where(CheckIn.experiment_id == experiment_id, CheckIn.day == day))
            if check_in is None:
                session.add(CheckIn(experiment_id=experiment_id, day=day, outcome=outcome))
            else:
                check_in.outcome = outcome

    # Search --------------------------------------------------------------------------------

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> SearchResults:
        """Entries holding every word of ``query`` literally (any case), newest first.

        Words of three or more characters use the trigram index; shorter ones (a single emoji,
        "ok") are matched with LIKE, among the index's candidates where there are any.
        """
        words = search_words(query)
        if not words:
            return SearchResults(hits=(), total=0)
        pattern = re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)), re.IGNORECASE)
        entries = self._search_entries(words, pattern, limit)
        notes = self._search_day_notes(words, pattern, limit)
        # Newest first; on one day the note comes before the experiments' entries.
        hits = sorted((*entries.hits, *notes.hits), key=lambda hit: (hit.day, hit.experiment_id is None), reverse=True)
        return SearchResults(hits=tuple(hits[:limit]), total=entries.total + notes.total)

    def _search_day_notes(self, words: list[str], pattern: re.Pattern[str], limit: int) -> SearchResults:
        """Day notes holding every word, newest first: at most one a day, so LIKE over them stays quick."""
        condition = and_(
            *(or_(*(DayNote.text.like(like, escape="\\") for like in like_patterns(word))) for word in words)
        )
        with self._database.reading() as session:
            rows = session.execute(
                select(DayNote.id, DayNote.day, DayNote.text).where(condition).order_by(DayNote.day.desc()).limit(limit)
            ).all()
            total = len(rows)
            if total == limit:
                total = session.scalar(select(func.count()).select_from(DayNote).where(condition)) or 0
        hits = tuple(
            SearchHit(
                note_id,
                None,
                "",
                day,
                DAY_NOTE_FIELD,
                highlighted_snippet(note, pattern) or html.escape(note[:SNIPPET_AFTER]),
            )
            for note_id, day, note in rows
        )
        return SearchResults(hits=hits, total=total)

    def _search_entries(self, words: list[str], pattern: re.Pattern[str], limit: int) -> SearchResults:
        indexed = [word for word in words if len(word) >= TRIGRAM_LENGTH]
        short = [word for word in words if len(word) < TRIGRAM_LENGTH]
        # Written as SQL for SQLite's INDEXED BY; every piece of the query is a bound parameter.
        where, parameters = [], {}
        if indexed:
            where.append(f"id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase)")
            parameters["phrase"] = " ".join(fts_phrase(word) for word in indexed)
        for word in short:
            alternatives = []
            for like in like_patterns(word):
                name = f"pattern{len(parameters)}"
                parameters[name] = like
                alternatives += [f"\"{column}\" LIKE :{name} ESCAPE '\\'" for column in SEARCHED_COLUMNS]
            where.append("(" + " OR ".join(alternatives) + ")")
        condition = " AND ".join(where)
        # Walking the index of days, newest first, stops at the limit and never reads the long
        # rows of older matches; left to itself SQLite reads every match to sort them.
        newest = text(
            f"SELECT id FROM diary_entry INDEXED BY {DAY_INDEX} WHERE {condition} "
            "ORDER BY day DESC, id DESC LIMIT :limit"
        )
        if short:
            counting = text(f"SELECT count(*) FROM diary_entry WHERE {condition}")
        else:
            counting = text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase")
        columns = [getattr(DiaryEntry, name) for name in SEARCHED_COLUMNS]
        with self._database.reading() as session:
            connection = session.connection()
            shown = connection.execute(newest, {**parameters, "limit": limit}).scalars().all()
            total = len(shown)
            if total == limit:
                total = connection.execute(counting, parameters).scalar_one()
            rows = connection.execute(
                select(DiaryEntry.id, DiaryEntry.experiment_id, DiaryEntry.day, Value.name, *columns)
                .join(Experiment, DiaryEntry.experiment_id == Experiment.id)
                .outerjoin(Value, Experiment.value_id == Value.id)
                .where(DiaryEntry.id.in_(shown))
            ).all()
        by_id = {row[0]: row for row in rows}
        hits = []
        for entry_id in shown:
            _, experiment_id, day, value_name, *texts = by_id[entry_id]
            field_name, snippet = next(
                (
                    (name, snippet)
                    for name, source in zip(SEARCHED_COLUMNS, texts, strict=True)
                    if (snippet := highlighted_snippet(source, pattern)) is not None
                ),
                (SEARCHED_COLUMNS[0], html.escape(texts[0][:SNIPPET_AFTER])),
            )
            hits.append(SearchHit(entry_id, experiment_id, value_name or "", day, field_name, snippet))
        return SearchResults(hits=tuple(hits), total=total)

    # Progress ------------------------------------------------------------------------------

    def progress(self, experiment_id: int | None, today: dt.date) -> tuple[ExperimentProgress, ...]:
        """Each experiment's days (enacted, partly, not, no check-in, upcoming) and its runs."""
        experiments = self._chosen(experiment_id)
        with self._database.reading() as session:
            outcomes: dict[int, dict[dt.date, CheckInOutcome]] = defaultdict(dict)
            for owner, day, outcome in session.execute(
                select(CheckIn.experiment_id, CheckIn.day, CheckIn.outcome).where(_of(CheckIn, experiment_id))
            ):
                outcomes[owner][day] = outcome
            diary_days = dict(
                session.execute(
                    select(DiaryEntry.experiment_id, func.count())
                    .where(_of(DiaryEntry, experiment_id))
                    .group_by(DiaryEntry.experiment_id)
                ).all()
            )
        return tuple(
            self._progress_of(experiment, outcomes[experiment.id], diary_days.get(experiment.id, 0), today)
            for experiment in experiments
        )

    @staticmethod
    def _progress_of(
        experiment: ExperimentRef, outcomes: dict[dt.date, CheckInOutcome], diary_days: int, today: dt.date
    ) -> ExperimentProgress:
        first = _begun(experiment)
        last = max([experiment.lifecycle.last_diary_day(today) or first, *outcomes])
        states = [
            DayState.of(outcomes[day])
            if day in outcomes
            else (DayState.UPCOMING if day > today else DayState.NO_CHECK_IN)
            for day in days_between(first, last)
        ]
        current, longest = runs_of_enacted_days(outcomes, first, last, today)
        return ExperimentProgress(
            experiment=experiment,
            first_day=first,
            days=tuple(states),
            current_run=current,
            longest_run=longest,
            diary_days=diary_days,
            ended=last < today,
            counts=MappingProxyType({state: states.count(state) for state in DayState}),
        )
