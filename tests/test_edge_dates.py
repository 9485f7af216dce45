"""No one is locked out by data: days at the ends of the range, and text that cannot be stored.

A file with each edge day is imported as a person would; the first and last day ValuesDesk keeps
are accepted, and every view and every export works afterwards; days just outside the range, and
the ends of Python's calendar, are refused with the record's place and the reason.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from valuesdesk import exports
from valuesdesk.domain import FIRST_YEAR, LAST_YEAR, Lifecycle, dates
from valuesdesk.domain.statuses import ExperimentStatus
from valuesdesk.errors import ImportRefused, InvalidInput, NothingToExport
from valuesdesk.exports import Selection
from valuesdesk.exports.export_file import FORMAT_NAME, FORMAT_VERSION
from valuesdesk.ui.local_dates import pydate

FIRST = dt.date(FIRST_YEAR, 1, 1)
LAST = dt.date(LAST_YEAR, 12, 31)
RANGE = "from 1900-01-01 to 2200-12-31"


def edge_file(day: str, moment: str | None = None, *, field: str | None = None, text: str = "Walked") -> dict:
    """An export holding one running experiment whose every day is ``day`` (or only ``field``'s)."""
    moment = moment or f"{day}T12:00:00.000000Z"
    normal_day, normal_moment = "2026-11-20", "2026-11-20T12:00:00.000000Z"

    def on(name: str, default: str, edge: str) -> str:
        return edge if field is None or field == name else default

    stamps = {
        "created_at": on("created_at", normal_moment, moment),
        "updated_at": on("created_at", normal_moment, moment),
    }
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_by": "a test",
        "values": [{"name": "Courage", "meaning": "Speaking up", "life_domain": "Work", **stamps}],
        "experiments": [
            {
                "value": "Courage",
                "status": "active",
                "current_step": 8,
                "start_date": on("start_date", normal_day, day),
                "duration_days": 7,
                "reactions": text,
                "commit_until": on("commit_until", normal_day, day),
                "judgments": "",
                "plan": "Speak once",
                "plan_at": on("plan_at", f"{normal_day}T09:00:00", f"{day}T09:00:00"),
                "behave_confirmed": True,
                "checkin_time": "21:00:00",
                "next_session_date": on("next_session_date", normal_day, day),
                "reflection": "",
                "completed_at": None,
                **stamps,
                "behaviors": [{"position": 0, "text": "Speak once", "chosen": True, **stamps}],
                "plan_items": [
                    {
                        "position": 0,
                        "text": "Find the number",
                        "done": False,
                        "due_date": on("due_date", normal_day, day),
                        **stamps,
                    }
                ],
                "diary_entries": [
                    {
                        "day": on("diary_day", normal_day, day),
                        "others_reactions": "",
                        "before": "Nervous",
                        "during": "Walked",
                        "after": "",
                        "times_done": 1,
                        "evaluations": "",
                        "thanked_mind": False,
                        "notes": "",
                        **stamps,
                    }
                ],
                "check_ins": [{"day": on("check_in_day", normal_day, day), "outcome": "yes", **stamps}],
            }
        ],
        "therapist_notes": [
            {"question_number": 1, "noted_on": on("noted_on", normal_day, day), "text": "Noted", **stamps}
        ],
    }


def write(tmp_path: Path, document: dict, *, ensure_ascii: bool = False) -> Path:
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(document, ensure_ascii=ensure_ascii, indent=2), encoding="utf-8", errors="surrogatepass")
    return path


# Refused: outside the range, with the place and the reason


@pytest.mark.parametrize("day", ["1899-12-31", "2201-01-01", "9999-12-31", "0001-01-01"])
@pytest.mark.parametrize(
    ("field", "place"),
    [
        ("start_date", "experiments[0].start_date"),
        ("commit_until", "experiments[0].commit_until"),
        ("next_session_date", "experiments[0].next_session_date"),
        ("plan_at", "experiments[0].plan_at"),
        ("due_date", "experiments[0].plan_items[0].due_date"),
        ("diary_day", "experiments[0].diary_entries[0].day"),
        ("check_in_day", "experiments[0].check_ins[0].day"),
        ("noted_on", "therapist_notes[0].noted_on"),
        ("created_at", "values[0].created_at"),
    ],
)
def test_a_day_outside_the_range_is_refused_with_its_place(services, tmp_path, day, field, place) -> None:
    path = write(tmp_path, edge_file(day, field=field))
    with pytest.raises(ImportRefused) as refused:
        exports.import_file(services, path)
    message = str(refused.value)
    assert f"{place}: {day} is outside the days ValuesDesk keeps ({RANGE})" in message
    assert "Nothing was changed" in message
    assert services.experiments.list_summaries() == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [("a\ud800b", "half a character (U+D800, a lone surrogate)"), ("a\x00b", "a NUL character (U+0000)")],
)
@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_text_that_cannot_be_stored_is_refused_with_its_place(services, tmp_path, text, reason, ensure_ascii) -> None:
    path = write(tmp_path, edge_file("2026-11-20", text=text), ensure_ascii=ensure_ascii)
    with pytest.raises(ImportRefused) as refused:
        exports.import_file(services, path)
    if text == "a\ud800b" and not ensure_ascii:
        # Written raw, half a character is not UTF-8 at all.
        assert "(It is not text.)" in str(refused.value)
        return
    assert f"experiments[0].reactions: it holds {reason}, which cannot be stored" in str(refused.value)
    assert services.experiments.list_summaries() == ()


def test_a_raw_lone_surrogate_is_refused_as_damage(services, tmp_path) -> None:
    path = tmp_path / "edge.json"
    path.write_bytes(json.dumps(edge_file("2026-11-20")).replace("Walked", "a\\ud800b", 1).encode())
    with pytest.raises(ImportRefused, match=r"experiments\[0\]\.reactions: it holds half a character"):
        exports.import_file(services, path)


# Refused by the services, with a clear InvalidInput


@pytest.mark.parametrize("day", [dt.date(1899, 12, 31), dt.date(2201, 1, 1), dt.date.max, dt.date.min])
def test_the_services_refuse_days_outside_the_range(services, make_experiment, day) -> None:
    experiment_id = make_experiment()
    draft = services.experiments.create_draft().id
    moment = dt.datetime.combine(day, dt.time(9))
    for attempt in (
        lambda: services.experiments.update(draft, commit_until=day),
        lambda: services.experiments.update(draft, next_session_date=day),
        lambda: services.experiments.update(draft, plan_at=moment),
        lambda: services.diary.save_entry(experiment_id, day, before="Nervous"),
        lambda: services.diary.set_check_in(experiment_id, day, None),
    ):
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert f"{day.isoformat()} is outside the days ValuesDesk keeps ({RANGE})" in refused.value.detail


@pytest.mark.parametrize("text", ["a\x00b", "a\ud800b"])
def test_the_services_refuse_text_that_cannot_be_stored(services, make_experiment, text) -> None:
    experiment_id = make_experiment()
    draft = services.experiments.create_draft().id
    for attempt in (
        lambda: services.experiments.update(draft, reactions=text),
        lambda: services.experiments.save_value(draft, name="Courage", meaning=text, life_domain=""),
        lambda: services.experiments.add_behavior(draft, text),
        lambda: services.diary.save_entry(experiment_id, dates.today(), before=text),
    ):
        with pytest.raises(InvalidInput, match="cannot be saved"):
            attempt()


def test_beginning_refuses_a_try_on_ending_past_the_range(services) -> None:
    experiments = services.experiments
    draft = experiments.create_draft().id
    experiments.save_value(draft, name="Courage", meaning="", life_domain="")
    behaviour = experiments.add_behavior(draft, "Speak once")
    experiments.choose_behaviors(draft, [behaviour.id])
    experiments.update(draft, plan="Speak once", behave_confirmed=True, duration_days=7)
    experiments.update(draft, plan_at=dt.datetime(LAST_YEAR, 12, 30, 9))
    with pytest.raises(InvalidInput) as refused:
        experiments.begin(draft)
    assert f"{LAST_YEAR + 1}-01-05 is outside the days ValuesDesk keeps ({RANGE})" in refused.value.detail
    assert experiments.get(draft).status is ExperimentStatus.DRAFT
    experiments.update(draft, plan_at=dt.datetime(LAST_YEAR, 12, 25, 9))
    assert experiments.begin(draft).lifecycle.end_date == LAST


def test_no_derived_day_overflows() -> None:
    lifecycle = Lifecycle(ExperimentStatus.ACTIVE, dt.date.max, 366)
    assert lifecycle.end_date == dt.date.max
    assert lifecycle.last_diary_day(dt.date(2026, 11, 29)) == dt.date.max
    assert dates.add_days(dt.date.min, -1) == dt.date.min
    assert dates.check_day_in_range(FIRST) is None and dates.check_day_in_range(LAST) is None


# Accepted: the first and last day, and every view and export afterwards


@pytest.mark.parametrize("day", [FIRST, LAST])
def test_an_edge_day_opens_every_view_and_every_export(make_window, qtbot, tmp_path, clock, day) -> None:
    window = make_window()
    services = window.context.services
    summary = exports.import_file(services, write(tmp_path, edge_file(day.isoformat())))
    assert summary.added["experiments"] == 1
    window.experiments_page.refresh()
    window.diary_page.reload()

    # The experiments list and every page of the wizard.
    window.show_area("experiments")
    [experiment] = services.experiments.list_summaries()
    page = window.experiments_page
    page.open_experiment(experiment.id)
    assert page.wizard is not None
    for step in range(1, 11):
        page.wizard.go_to(step)
        QApplication.processEvents()
        assert page.wizard.current_page.isVisible()
    page.wizard.close_wizard()
    QApplication.processEvents()

    # The diary: the calendar's month of that day, the day, the progress, the search.
    window.show_area("diary")
    diary = window.diary_page
    diary.select_day(day)
    QApplication.processEvents()
    assert pydate(diary.calendar.selectedDate()) == day
    assert (diary.calendar.yearShown(), diary.calendar.monthShown()) == (day.year, day.month)
    diary.calendar.grab()
    diary.tabs.setCurrentWidget(diary.progress_view)
    QApplication.processEvents()
    progress_text = " ".join(label.text() for label in diary.progress_view.findChildren(QLabel))
    assert "Courage" in progress_text
    diary.progress_view.grab()
    diary.search_field.setText("Walked")
    diary.run_search()
    QApplication.processEvents()
    assert diary.right.currentWidget() is diary.search_results
    diary.search_results.grab()
    qtbot.keyClick(diary.search_field, Qt.Key.Key_Escape)

    # Every export format, of everything and of the experiment.
    for export_format in exports.formats():
        for selection in (Selection(), Selection(experiment_id=experiment.id)):
            try:
                prepared = exports.prepare(services, export_format, selection)
            except NothingToExport:
                continue
            assert prepared.data, export_format.key
            if export_format.suffix in {".csv", ".md", ".ics", ".json"}:
                text = prepared.data.decode("utf-8-sig")
                assert "\x00" not in text
                written = day.strftime("%Y%m%d") if export_format.suffix == ".ics" else day.isoformat()
                if export_format.suffix == ".md":
                    written = str(day.year)
                assert written in text, export_format.key
    assert window.isVisible()


@pytest.mark.parametrize("start", [dt.date.max, dt.date.min, dt.date(9999, 12, 25)])
def test_days_stored_before_the_range_was_checked_lock_no_one_out(
    make_window, make_experiment, qtbot, clock, start
) -> None:
    """A data folder that an older ValuesDesk let a 9999-12-31 into opens, shows and exports."""
    window = make_window()
    services = window.context.services
    experiment_id = make_experiment(start=start, days=366, services=services)
    window.experiments_page.refresh()
    window.diary_page.reload()
    window.show_area("diary")
    window.diary_page.show_experiment(experiment_id)
    window.diary_page.tabs.setCurrentWidget(window.diary_page.progress_view)
    QApplication.processEvents()
    window.diary_page.progress_view.grab()
    window.show_area("experiments")
    for export_format in exports.formats():
        try:
            prepared = exports.prepare(services, export_format, Selection())
        except NothingToExport:
            continue
        assert prepared.data, export_format.key
    assert window.isVisible()


def test_the_wizard_opens_an_experiment_stored_at_the_end_of_time(make_window, make_experiment) -> None:
    window = make_window()
    experiment_id = make_experiment(start=dt.date.max, days=366, services=window.context.services)
    window.experiments_page.refresh()
    window.experiments_page.open_experiment(experiment_id)
