"""The Diary page on its own, attached to an AppContext: the day editor generated from the table of
diary fields, the save coordinator, the data_changed signal, dates in the locale and the calendar's ends."""

from __future__ import annotations

import datetime as dt

import pytest
from diary_screen import current_editor
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPlainTextEdit, QSpinBox

from valuesdesk.domain import (
    CHECK_IN_LABEL,
    DIARY_FIELDS,
    MAX_TIMES_DONE,
    MIN_TIMES_DONE,
    UNNAMED_VALUE,
    CheckInOutcome,
    FieldKind,
    dates,
    diary_field,
)
from valuesdesk.ui.context import AppContext, DataEvents, DataKind
from valuesdesk.ui.diary.page import DiaryPage
from valuesdesk.ui.local_dates import qdate
from valuesdesk.ui.save_coordinator import SaveCoordinator


@pytest.fixture
def context(services) -> AppContext:
    return AppContext(services, DataEvents(), SaveCoordinator())


@pytest.fixture
def announced(context) -> list[str]:
    """The kinds of change announced on the context's data_changed signal, in order."""
    kinds: list[str] = []
    context.events.data_changed.connect(kinds.append)
    return kinds


@pytest.fixture
def open_page(qtbot, context):
    """The Diary page, attached once the experiments made beforehand are in the store."""

    def open_(width: int = 1100) -> DiaryPage:
        page = DiaryPage()
        qtbot.addWidget(page)
        page.resize(width, 760)
        page.attach(context)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        return page

    return open_


def label_of(editor, widget) -> QLabel:
    [label] = [label for label in editor.findChildren(QLabel) if label.buddy() is widget]
    return label


def test_the_editor_shows_exactly_the_fields_of_the_table_with_its_labels_and_hints(
    open_page, make_experiment, days_ago
) -> None:
    make_experiment(start=days_ago(1))
    page = open_page()
    editor = current_editor(page)
    assert list(editor.inputs) == [field.name for field in DIARY_FIELDS]
    kinds = {FieldKind.TEXT: QPlainTextEdit, FieldKind.COUNT: QSpinBox, FieldKind.FLAG: QCheckBox}
    note = page.day_view.note.text  # the day's, under the experiment's fields
    for kind, widget_type in kinds.items():
        shown = {widget for widget in editor.findChildren(widget_type) if widget.isVisibleTo(editor)} - {note}
        assert shown == {editor.inputs[field.name] for field in DIARY_FIELDS if field.kind is kind}
    for field in DIARY_FIELDS:
        widget = editor.inputs[field.name]
        assert label_of(editor, widget).text() == field.screen_label
        assert widget.accessibleName() == field.label
        if field.kind is FieldKind.TEXT:
            assert widget.placeholderText() == field.placeholder
        else:
            assert widget.accessibleDescription() == field.placeholder
            assert widget.toolTip().startswith(field.placeholder)


def test_tab_goes_through_the_fields_in_the_tables_order(open_page, make_experiment, qtbot, days_ago) -> None:
    make_experiment(start=days_ago(1))
    editor = current_editor(open_page())
    inputs = list(editor.inputs.values())
    inputs[0].setFocus()
    visited = []
    for _ in inputs:
        focused = QApplication.focusWidget()
        visited.append(next(widget for widget in inputs if widget is focused or widget.isAncestorOf(focused)))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == inputs


def test_before_during_and_after_stand_one_under_another_under_their_heading(
    open_page, make_experiment, qtbot, days_ago
) -> None:
    # One column at a readable width: side by side, each box held half a sentence a line.
    make_experiment(start=days_ago(1))
    page = open_page(width=1100)
    editor = current_editor(page)
    before, during, after = (editor.inputs[name] for name in ("before", "during", "after"))
    [heading] = [label for label in editor.findChildren(QLabel) if label.objectName() == "fieldGroup"]
    assert heading.text() == diary_field("before").group
    qtbot.waitUntil(lambda: heading.y() < before.y() < during.y() < after.y())
    assert before.x() == during.x() == after.x() == heading.x()
    assert before.width() == during.width() == after.width()


def test_the_count_keeps_to_the_domains_limits(open_page, make_experiment, days_ago) -> None:
    make_experiment(start=days_ago(1))
    count = current_editor(open_page()).inputs["times_done"]
    assert (count.minimum(), count.maximum()) == (MIN_TIMES_DONE, MAX_TIMES_DONE)
    assert count.text() == "1 (suggested)"


def test_the_coordinator_saves_what_was_typed(open_page, make_experiment, context, qtbot, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(1))
    editor = current_editor(open_page())
    qtbot.keyClicks(editor.inputs["notes"], "slept well")
    assert editor.save_indicator.text() == "Saving…"
    assert context.coordinator.flush(None)
    assert editor.save_indicator.text() == "Saved"
    [entry] = context.services.diary.day_entries(clock.today, experiment, clock.today)
    assert entry.values["notes"] == "slept well"


def test_a_day_gaining_or_losing_its_entry_or_check_in_is_announced(
    open_page, make_experiment, context, announced, qtbot, days_ago
) -> None:
    make_experiment(start=days_ago(1))
    editor = current_editor(open_page())
    notes = editor.inputs["notes"]
    qtbot.keyClicks(notes, "a")
    assert editor.autosaver.flush()
    assert announced == [DataKind.DIARY.value]
    # More writing on a day that has its entry changes nothing the other areas show.
    qtbot.keyClicks(notes, "b")
    assert editor.autosaver.flush()
    assert announced == [DataKind.DIARY.value]
    notes.clear()
    assert editor.autosaver.flush()
    qtbot.mouseClick(editor.outcome_buttons[CheckInOutcome.YES], Qt.MouseButton.LeftButton)
    assert announced == [DataKind.DIARY.value] * 3


def test_a_change_of_experiments_elsewhere_shows_at_once(open_page, make_experiment, context, days_ago) -> None:
    make_experiment("Kindness", start=days_ago(2))
    page = open_page()
    courage = make_experiment("Courage", start=days_ago(1))
    context.events.changed(DataKind.EXPERIMENTS)
    assert page.filter.findData(courage) != -1
    tabs = page.day_view.section_bar
    assert [tabs.tabText(index) for index in range(tabs.count())] == ["Kindness", "Courage"]


def test_only_changes_that_concern_the_diary_load_it_again(
    open_page, make_experiment, context, qtbot, days_ago, clock
) -> None:
    experiment = make_experiment(start=days_ago(1))
    page = open_page()
    editor = current_editor(page)
    qtbot.keyClicks(editor.inputs["during"], "warm")
    # The diary's own announcements, or an experiment's plan, change nothing it must load again:
    # the typing stays pending.
    context.events.changed(DataKind.DIARY)
    context.events.changed(DataKind.EXPERIMENTS)
    assert editor.autosaver.pending
    # An import may have changed anything: what was typed is saved first, then all loads again.
    context.events.changed(DataKind.ALL)
    assert not editor.autosaver.pending
    [entry] = context.services.diary.day_entries(clock.today, experiment, clock.today)
    assert entry.values["during"] == "warm"
    assert current_editor(page).inputs["during"].toPlainText() == "warm"


def test_the_day_is_checked_in_once_the_clock_reaches_it(open_page, make_experiment, clock, days_ago) -> None:
    make_experiment(start=days_ago(1))
    page = open_page()
    tomorrow = clock.today + dt.timedelta(days=1)
    page.select_day(tomorrow)
    editor = current_editor(page)
    assert not any(button.isEnabled() for button in editor.outcome_buttons.values())

    clock.advance(dt.timedelta(days=1))
    page.reload()
    editor = current_editor(page)
    assert all(button.isEnabled() for button in editor.outcome_buttons.values())
    assert editor.check_in_question.text() == CHECK_IN_LABEL


def test_the_sections_heading_counts_the_days_of_the_experiment(open_page, make_experiment, context, days_ago) -> None:
    experiment = make_experiment(start=days_ago(9), days=7)
    # Writing kept from the day before it began (an imported diary) is shown under the value alone.
    context.services.diary.save_entry(experiment, days_ago(10), notes="getting ready")
    page = open_page()
    assert current_editor(page).title.text() == "Kindness · day 10"
    page.select_day(days_ago(3))
    assert current_editor(page).title.text() == "Kindness · day 7 of 7"
    page.select_day(days_ago(10))
    assert current_editor(page).title.text() == "Kindness"


@pytest.fixture
def german_dates():
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(QLocale.system())


def test_days_are_written_in_the_persons_locale(german_dates, open_page, make_experiment, clock) -> None:
    make_experiment(start=clock.today)
    page = open_page()
    assert page.day_view.heading.text() == "Mittwoch, 18. November 2026 · today"
    assert page.filter.itemText(1) == "Kindness · 18. Nov. 2026 – 24. Nov. 2026 (active)"


def test_a_search_hit_names_its_value_and_field_as_the_table_does(open_page, make_experiment, qtbot) -> None:
    make_experiment("")
    page = open_page()
    qtbot.keyClicks(current_editor(page).inputs["evaluations"], "too small")
    qtbot.keyClicks(page.search_field, "small")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    heading = page.search_results.results.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert f" · {UNNAMED_VALUE} · {diary_field('evaluations').label}: " in heading


@pytest.mark.parametrize(
    ("day", "keys"),
    [
        (dates.first_day(), (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Home)),
        (dates.last_day(), (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End)),
    ],
)
def test_the_first_and_last_days_valuesdesk_keeps_can_be_reached_and_left(
    open_page, make_experiment, qtbot, day, keys, days_ago, clock
) -> None:
    make_experiment(start=days_ago(1))
    page = open_page()
    calendar = page.calendar
    page.select_day(day)
    calendar.grab()
    for key in keys:
        qtbot.keyClick(calendar.day_grid, key)
        calendar.grab()
    assert calendar.selected_day() == day
    described = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
    assert calendar.day_grid.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole).startswith(described)
    if day == dates.first_day():
        calendar.showPreviousMonth()
    else:
        calendar.showNextMonth()
    calendar.grab()
    assert page.day_view.empty_message.isVisible()
    page.select_day(clock.today)
    assert current_editor(page) is not None


def test_the_month_arrows_are_named_for_a_screen_reader(open_page) -> None:
    calendar = open_page().calendar
    assert calendar.previous_button.accessibleName() == "Previous month"
    assert calendar.next_button.accessibleName() == "Next month"
