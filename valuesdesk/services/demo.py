"""Realistic sample data, for showing ValuesDesk without anyone's real writing.

Values, an experiment every few weeks (behaviours, a plan, a reflection), a diary entry and a
check-in on most days, a note on a few days a month (some between try-ons), a values check every
few weeks (some at a try-on's start and end), and some therapist notes. The same seed gives the
same data; everything is written with bulk inserts in one transaction, so ten years take a few seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import exists, insert, select

from valuesdesk.domain import DEMO_MAX_YEARS, THERAPIST_QUESTION_COUNT, CheckInOutcome, ExperimentStatus, dates
from valuesdesk.domain.life_domains import DOMAIN_KEYS, LIFE_DOMAIN_TABLE, CheckMoment
from valuesdesk.errors import InvalidInput
from valuesdesk.store.database import Database
from valuesdesk.store.models import (
    Behavior,
    CheckIn,
    DayNote,
    DiaryEntry,
    DomainRatingRow,
    Experiment,
    PlanItem,
    TherapistNote,
    Value,
    ValuesCheck,
)

VALUES = (
    (
        "Kindness",
        "Being gentle with the people around me, and with myself.",
        "Family",
        (
            "Listen to my sister without giving advice",
            "Make tea for whoever is home",
            "Write a card to an old friend",
            "Say one warm thing before criticising",
        ),
    ),
    (
        "Curiosity",
        "Meeting the new with interest instead of worry.",
        "Education",
        (
            "Ask a colleague about their work",
            "Read twenty pages of something unfamiliar",
            "Take a different route home",
            "Try a recipe I have never cooked",
        ),
    ),
    (
        "Courage",
        "Doing what matters even when my voice shakes.",
        "Work",
        (
            "Speak once in the team meeting",
            "Ask for feedback on my draft",
            "Phone instead of sending a message",
            "Say no to one extra task",
        ),
    ),
    (
        "Presence",
        "Being where my feet are.",
        "Intimate relationships",
        (
            "Put the phone away at dinner",
            "Walk without headphones",
            "Three slow breaths before answering",
            "Listen to my partner until they finish",
        ),
    ),
    (
        "Health",
        "Caring for this body that carries me.",
        "Health",
        (
            "A ten-minute walk after lunch",
            "Go to bed before eleven",
            "Cook a proper meal on weekdays",
            "Stretch in the morning",
        ),
    ),
    (
        "Playfulness",
        "Letting lightness in.",
        "Recreation",
        (
            "Play a board game with the kids",
            "Dance in the kitchen",
            "Draw for fifteen minutes",
            "Call a friend just to chat",
        ),
    ),
    (
        "Honesty",
        "Saying what is true, kindly.",
        "Friendship",
        (
            "Tell a friend how I actually am",
            "Admit a mistake at work",
            "Say what I would like for dinner",
            "Answer the question I was asked",
        ),
    ),
    (
        "Contribution",
        "Leaving things a little better than I found them.",
        "Citizenship",
        (
            "Help a neighbour with shopping",
            "Pick up litter on the way to the bus",
            "Volunteer an hour at the library",
            "Share what I know with a new colleague",
        ),
    ),
)

PEOPLE = (
    "my sister",
    "a colleague",
    "my partner",
    "the neighbour",
    "my son",
    "an old friend",
    "my mother",
    "the cashier",
)
FEELINGS = ("nervous", "restless", "calm", "tired", "hopeful", "irritated", "light", "heavy", "tender", "flat")
BODY = (
    "a tight chest",
    "warm hands",
    "a knot in my stomach",
    "tense shoulders",
    "a lump in my throat",
    "slow breathing",
)

OTHERS = (
    "When I did it, {person} looked surprised and then smiled.",
    "{Person} did not seem to notice anything different, which was strangely fine.",
    "{Person} asked whether something had happened, and I just said I felt like it.",
    "There was a short silence, then {person} started telling me about their week.",
    "{Person} thanked me twice, and I did not know where to look.",
    "Nobody reacted much today; the world went on as usual.",
    "{Person} seemed a bit suspicious at first and then relaxed.",
    "I noticed {person} was warmer with me later in the afternoon.",
)
BEFORE = (
    "Before, my mind said this was pointless and that I would look silly.",
    "Beforehand I felt {feeling} and noticed {body}.",
    "I almost talked myself out of it; the thought 'not today' came back three times.",
    "I was {feeling} in the morning and did not expect to manage it.",
    "There was an old story about not being the kind of person who does this.",
    "I kept checking the clock and rehearsing what to say.",
)
DURING = (
    "While doing it I felt {feeling}, and {body} came and went.",
    "It was over much faster than the worrying about it had been.",
    "Halfway through I noticed I was actually enjoying it.",
    "My attention kept drifting to what {person} might be thinking.",
    "I noticed my breathing and let it be as it was.",
    "For a moment everything was quiet and simple.",
)
AFTER = (
    "Afterwards I felt {feeling}, with {body} slowly easing.",
    "Later my mind replayed it and looked for things I had done wrong.",
    "I sat for a while and noticed a small, quiet satisfaction.",
    "In the evening the feeling was mostly gone, and that was all right.",
    "I was {feeling} for an hour and then forgot about it.",
    "The doubt came back at night: did it even matter?",
)
EVALUATIONS = (
    "My mind called it 'too small to count'. I thanked it for the thought.",
    "I caught the judgment 'I am bad at this' and let it sit there.",
    "There was a thought that {person} was only being polite.",
    "The word 'fake' showed up. I noticed it, and did it anyway.",
    "I noticed a 'good' evaluation today and was suspicious of it too.",
    "The critic said I should have done it earlier in the week.",
)
NOTES = (
    "Want to bring this up in the next session.",
    "It rained all day, which made everything feel slower.",
    "Slept badly; still did it, more or less.",
    "Work was busy and the day went by in a blur.",
    "A good day overall. Took a long walk in the evening.",
    "Noticing a pattern: the hardest part is the minute before.",
    "Tried it at a different time of day, which helped.",
    "Writing this late, but I wanted to get it down.",
)
PLANS = (
    "Do it right after breakfast, before the day gets busy.",
    "Put a reminder on the fridge and start on Monday.",
    "Pick the moment on the way home from work.",
    "Tell nobody and try it first with someone I feel safe with.",
)
PLAN_ITEMS = ("Put a note in my calendar", "Find the phone number", "Clear an evening", "Buy what I need")
REFLECTIONS = (
    "The week taught me that the worry before is bigger than the doing.",
    "Harder than I thought; I want to try again with a smaller step.",
    "It felt mechanical at first and then, some days, it did not.",
    "I noticed how often my mind grades everything. The value was still there underneath.",
)
# The sentences each diary text field is written from, by the field's name. A text field not
# here stays empty in sample data.
DIARY_SENTENCES = {
    "others_reactions": OTHERS,
    "before": BEFORE,
    "during": DURING,
    "after": AFTER,
    "evaluations": EVALUATIONS,
    "notes": NOTES,
}
# Notes of days, in a try-on or not: the day's own news, not the experiment's.
DAY_NOTES = (
    "Rain all day. Stayed in, read, and let the phone be.",
    "Dentist at nine; less {feeling} than I expected.",
    "Long walk by the river with {person}. Nothing to report, and that was nice.",
    "Slept badly. Everything felt {feeling} until lunch.",
    "Birthday dinner for {person}. Too much cake.",
    "Work ran late again. Noticed {body} on the bus home.",
    "First frost on the car this morning.",
    "A quiet day off. Cleaned the kitchen and listened to the radio.",
    "Argued with {person} about nothing much; made it up over tea.",
    "Headache in the afternoon, better after a walk.",
    "Finished the book I started in spring.",
    "Went to the market early. {Person} said I looked rested.",
)
THERAPIST_NOTES = (
    "Client described the urge to explain the experiment; explored what telling would protect.",
    "Stayed with the difficulty rather than solving it. Noticed my own wish to reassure.",
    "Values talk drifted to goals again; gently brought it back to direction.",
    "My reaction: admiration, and a pull to cheer. Kept it as noticing.",
    "Client's judgment 'it does not count' appeared several times; we practised thanking the mind.",
)


@dataclass(frozen=True)
class DemoSummary:
    values: int
    experiments: int
    diary_entries: int
    check_ins: int
    therapist_notes: int
    day_notes: int
    values_checks: int


def holds_data(session) -> bool:
    anything = exists(select(Value.id)) | exists(select(Experiment.id)) | exists(select(TherapistNote.id))
    return bool(session.scalar(select(anything)))


class _Writer:
    """Draws the sample rows from one random generator, day by day."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.rows: dict[type, list[dict]] = {
            model: [] for model in (Value, Experiment, Behavior, PlanItem, DiaryEntry, CheckIn, TherapistNote, DayNote)
        }
        self.try_on_days: set[dt.date] = set()

    def add(self, model: type, **row) -> int:
        rows = self.rows[model]
        row.setdefault("id", len(rows) + 1)
        stamp = row.pop("stamp", None) or dt.datetime.combine(self.today, dt.time(12))
        row.setdefault("created_at", stamp)
        row.setdefault("updated_at", stamp)
        rows.append(row)
        return row["id"]

    def sentence(self, pool: tuple[str, ...], written: list[str]) -> str:
        """A sentence of ``pool``, preferring one not yet ``written`` in the same field."""
        person = self.rng.choice(PEOPLE)
        fresh = [template for template in pool if template not in written] or list(pool)
        template = self.rng.choice(fresh)
        written.append(template)
        return template.format(
            person=person,
            Person=person[0].upper() + person[1:],
            feeling=self.rng.choice(FEELINGS),
            body=self.rng.choice(BODY),
        )

    def diary_texts(self) -> dict[str, str]:
        """150 to 400 words, spread over the fields as a person would write them."""
        templates: dict[str, list[str]] = {name: [] for name in DIARY_SENTENCES}
        sentences = {name: [self.sentence(pool, templates[name])] for name, pool in DIARY_SENTENCES.items()}
        # The last sentence may add up to about twenty words past the target.
        target = self.rng.randint(150, 380)
        words = sum(len(text.split()) for texts in sentences.values() for text in texts)
        while words < target:
            name = self.rng.choice(tuple(DIARY_SENTENCES))
            added = self.sentence(DIARY_SENTENCES[name], templates[name])
            sentences[name].append(added)
            words += len(added.split())
        return {name: " ".join(texts) for name, texts in sentences.items()}

    def outcome(self, progress: float) -> CheckInOutcome:
        """People tend to enact the value more often as an experiment goes on."""
        roll = self.rng.random() - 0.15 * progress
        if roll < 0.6:
            return CheckInOutcome.YES
        return CheckInOutcome.PARTLY if roll < 0.85 else CheckInOutcome.NO

    def experiment(
        self, value_id: int, behaviours: tuple[str, ...], start: dt.date, days: int, status: ExperimentStatus
    ) -> None:
        rng = self.rng
        end = start + dt.timedelta(days=days - 1)
        self.try_on_days.update(start + dt.timedelta(days=offset) for offset in range(days))
        planned = dt.datetime.combine(start - dt.timedelta(days=1), dt.time(18, 30))
        experiment_id = self.add(
            Experiment,
            value_id=value_id,
            status=status,
            current_step=10 if status is not ExperimentStatus.ACTIVE else 9,
            start_date=start,
            duration_days=days,
            commit_until=end,
            reactions="My mind said this value is a bit naive. I noticed it and stayed with it.",
            judgments="It feels small. I wonder whether I will keep it up.",
            plan=rng.choice(PLANS),
            plan_at=planned,
            behave_confirmed=True,
            checkin_time=dt.time(21),
            next_session_date=end + dt.timedelta(days=1),
            reflection=rng.choice(REFLECTIONS) if status is ExperimentStatus.COMPLETED else "",
            completed_at=dt.datetime.combine(end, dt.time(21)) if status is ExperimentStatus.COMPLETED else None,
            stamp=planned,
        )
        for position, text in enumerate(rng.sample(behaviours, 3)):
            self.add(
                Behavior, experiment_id=experiment_id, position=position, text=text, chosen=position == 0, stamp=planned
            )
        for position, text in enumerate(rng.sample(PLAN_ITEMS, 2)):
            self.add(
                PlanItem,
                experiment_id=experiment_id,
                position=position,
                text=text,
                done=True,
                due_date=start,
                stamp=planned,
            )
        stop = end if status is not ExperimentStatus.ABANDONED else start + dt.timedelta(days=rng.randint(1, days - 1))
        times = 0
        day = start
        while day <= min(stop, self.today):
            evening = dt.datetime.combine(day, dt.time(21, rng.randint(0, 59)))
            outcome = self.outcome((day - start).days / days) if rng.random() < 0.92 else None
            if rng.random() < 0.9:
                self.add(
                    DiaryEntry,
                    experiment_id=experiment_id,
                    day=day,
                    times_done=times + 1,
                    thanked_mind=rng.random() < 0.5,
                    stamp=evening,
                    **self.diary_texts(),
                )
            if outcome is not None:
                self.add(CheckIn, experiment_id=experiment_id, day=day, outcome=outcome, stamp=evening)
                times += outcome is not CheckInOutcome.NO
            day += dt.timedelta(days=1)

    def day_notes(self, first: dt.date) -> None:
        """A note on a few days a month; on a day between try-ons, which has no diary entry, every other day."""
        written: list[str] = []
        day = first
        while day <= self.today:
            if self.rng.random() < (0.1 if day in self.try_on_days else 0.5):
                late = dt.datetime.combine(day, dt.time(22, self.rng.randint(0, 59)))
                self.add(DayNote, day=day, text=self.sentence(DAY_NOTES, written), stamp=late)
            day += dt.timedelta(days=1)


def add_values_checks(writer: _Writer, seed: int, first: dt.date) -> None:
    """A values check every few weeks, and at the start and end of about every third try-on (linked to
    it), with its own random generator, so that a seed's other rows stay as they were. Each domain has
    its importance and a gap; a completed try-on narrows the gap of its value's domain a little, and
    between checks every domain drifts a little either way; parenting is skipped by someone without children."""
    rng = random.Random(seed * 7919 + 16)
    domains = {domain.name: domain.key for domain in LIFE_DOMAIN_TABLE}
    importance = {key: rng.randint(4, 10) for key in DOMAIN_KEYS}
    lived = {key: max(1, importance[key] - rng.randint(1, 5)) for key in DOMAIN_KEYS}
    skipped = {"parenting"} if rng.random() < 0.6 else set()
    domain_of_value = {row["id"]: domains.get(row["life_domain"]) for row in writer.rows[Value]}
    writer.rows.setdefault(ValuesCheck, [])
    ratings = writer.rows.setdefault(DomainRatingRow, [])

    def take(day: dt.date, experiment_id: int | None = None, moment: CheckMoment | None = None) -> None:
        check_id = writer.add(
            ValuesCheck,
            taken_on=day,
            experiment_id=experiment_id,
            moment=moment,
            stamp=dt.datetime.combine(day, dt.time(19, rng.randint(0, 59))),
        )
        for key in DOMAIN_KEYS:
            if key not in skipped:
                ratings.append(
                    dict(
                        id=len(ratings) + 1,
                        check_id=check_id,
                        domain=key,
                        importance=importance[key],
                        consistency=lived[key],
                    )
                )

    def drift() -> None:
        for key in DOMAIN_KEYS:
            lived[key] = min(importance[key] + 1, 10, max(1, lived[key] + rng.choice((-1, 0, 0, 0, 1))))

    last = first - dt.timedelta(days=60)
    for number, row in enumerate(writer.rows[Experiment]):
        start, days = row["start_date"], row["duration_days"]
        end, key = start + dt.timedelta(days=days - 1), domain_of_value.get(row["value_id"])
        linked = number % 3 == 0 and row["status"] is not ExperimentStatus.ABANDONED and key is not None
        if linked or (start - last).days >= rng.randint(21, 35):
            drift()
            if linked:
                take(start, row["id"], CheckMoment.START)
            else:
                take(start - dt.timedelta(days=rng.randint(1, 3)))
            last = start
        if key is not None and row["status"] is ExperimentStatus.COMPLETED:
            lived[key] = min(importance[key] + 1, 10, lived[key] + rng.choice((1, 1, 2)))
        if linked and end <= writer.today:
            take(end, row["id"], CheckMoment.END)
            last = end


def write_demo_data(database: Database, years: int, seed: int = 1) -> DemoSummary:
    """Fill an empty database with ``years`` of sample data ending today."""
    if not 1 <= years <= DEMO_MAX_YEARS:
        raise InvalidInput(f"Choose between 1 and {DEMO_MAX_YEARS} years of sample data.")
    today = dates.today()
    writer = _Writer(seed, today)
    rng = writer.rng
    value_ids = [
        writer.add(Value, name=name, meaning=meaning, life_domain=domain) for name, meaning, domain, _ in VALUES
    ]
    start = today - dt.timedelta(days=365 * years)
    while True:
        days = rng.choice((7, 10, 14, 14, 21, 21, 28))
        choice = rng.randrange(len(VALUES))
        if start + dt.timedelta(days=days) > today:
            # The newest experiment runs now; a second, begun a few days ago, runs beside it.
            start = min(start, today - dt.timedelta(days=2))
            writer.experiment(value_ids[choice], VALUES[choice][3], start, days, ExperimentStatus.ACTIVE)
            other = (choice + 1) % len(VALUES)
            second_start = today - dt.timedelta(days=3)
            writer.experiment(value_ids[other], VALUES[other][3], second_start, 7, ExperimentStatus.ACTIVE)
            break
        status = ExperimentStatus.ABANDONED if rng.random() < 0.05 else ExperimentStatus.COMPLETED
        writer.experiment(value_ids[choice], VALUES[choice][3], start, days, status)
        start += dt.timedelta(days=days + rng.choice((0, 0, 0, 1, 2, 4)))
    noted_on = today - dt.timedelta(days=365 * years)
    while noted_on <= today:
        writer.add(
            TherapistNote,
            question_number=rng.randint(1, THERAPIST_QUESTION_COUNT),
            noted_on=noted_on,
            text=rng.choice(THERAPIST_NOTES),
        )
        noted_on += dt.timedelta(days=rng.randint(10, 30))
    # Last, so that a seed's experiments, diary and therapist notes stay as they were before day notes.
    writer.day_notes(today - dt.timedelta(days=365 * years))
    add_values_checks(writer, seed, today - dt.timedelta(days=365 * years))
    with database.transaction() as session:
        if holds_data(session):
            raise InvalidInput(
                "This data folder already holds ValuesDesk data.",
                detail="Sample data is only written into a new, empty folder, so that it never mixes "
                "with real writing. Choose another folder with --data-dir.",
            )
        for model, rows in writer.rows.items():
            if rows:
                session.execute(insert(model), rows)
    counts = {model: len(rows) for model, rows in writer.rows.items()}
    return DemoSummary(
        values=counts[Value],
        experiments=counts[Experiment],
        diary_entries=counts[DiaryEntry],
        check_ins=counts[CheckIn],
        therapist_notes=counts[TherapistNote],
        day_notes=counts[DayNote],
        values_checks=counts[ValuesCheck],
    )
