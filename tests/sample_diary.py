"""A small, realistic diary written straight through the ORM, for the export tests."""

from __future__ import annotations

import datetime as dt

from valuesdesk.domain import CheckInOutcome, ExperimentStatus
from valuesdesk.store.models import Behavior, CheckIn, DiaryEntry, Experiment, PlanItem, TherapistNote, Value

START = dt.date(2026, 11, 23)

DAYS = {
    START: {
        "others_reactions": "My sister smiled when I called, and asked twice whether everything was all right.",
        "before": "Tight chest. A thought: “she won't want to hear from me”.",
        "during": "Warm, a little shaky. I noticed I was rushing my words.",
        "after": "Relief, then a wave of doubt about whether it counted.",
        "evaluations": "My mind said this was a silly thing to call an experiment.",
        "notes": "Thanked my mind and carried on with dinner.",
    },
    START + dt.timedelta(days=1): {
        "before": "Less tension than yesterday.",
        "after": "Proud — and a bit embarrassed about being proud. 🌱",
    },
    START + dt.timedelta(days=3): {
        "during": "I wrote “שלום” to an old friend, in Hebrew, for the first time in years.",
        "evaluations": "كان ذلك جيدًا",
        "notes": "Second line\nof a note with a line break.",
    },
}
CHECK_INS = {
    START: CheckInOutcome.YES,
    START + dt.timedelta(days=1): CheckInOutcome.PARTLY,
    START + dt.timedelta(days=2): CheckInOutcome.NO,
    START + dt.timedelta(days=3): CheckInOutcome.YES,
}


def add_sample_experiment(services, value_name: str = "Connection with my family") -> int:
    """An active experiment with chosen behaviours, a plan, four checked-in days and three diary days."""
    with services.database.transaction() as session:
        value = Value(name=value_name, meaning="Being there for the people I love, even when it feels awkward.")
        experiment = Experiment(
            value=value,
            status=ExperimentStatus.ACTIVE,
            current_step=9,
            start_date=START,
            duration_days=7,
            plan="Call my sister on Monday evening after dinner.",
            plan_at=dt.datetime(2026, 11, 23, 19, 30),
            checkin_time=dt.time(21, 0),
            next_session_date=dt.date(2026, 12, 1),
            behaviors=[
                Behavior(position=0, text="Call my sister", chosen=True),
                Behavior(position=1, text="Write to an old friend", chosen=True),
                Behavior(position=2, text="Cook for my parents", chosen=False),
            ],
            plan_items=[PlanItem(position=0, text="Find her new number")],
            diary_entries=[
                DiaryEntry(day=day, times_done=index + 1, thanked_mind=index == 0, **texts)
                for index, (day, texts) in enumerate(DAYS.items())
            ],
            check_ins=[CheckIn(day=day, outcome=outcome) for day, outcome in CHECK_INS.items()],
        )
        session.add(experiment)
        session.add(TherapistNote(question_number=3, noted_on=START, text="Client's values seem to echo mine."))
        session.flush()
        return experiment.id
