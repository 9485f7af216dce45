"""The Diary area, driven as a person would: the calendar, the day's entry, search and progress."""

from __future__ import annotations

import datetime as dt

from diary_screen import current_editor, described
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from valuesdesk.domain import CHECK_IN_LABEL, CheckInOutcome, ExperimentStatus
from valuesdesk.errors import DiskFull
from valuesdesk.ui.local_dates import qdate


def type_text(qtbot, widget, text: str) -> None:
    """Types ASCII with key clicks; anything else arrives as an input method would commit it."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
        elif isinstance(widget, QLineEdit):
            widget.insert(character)
        else:
            widget.insertPlainText(character)


def described_day(page, day: dt.date) -> str:
    """What a screen reader says of ``day`` once the person moves to it."""
    page.select_day(day)
    return described(page)


def test_writing_is_saved_as_you_type_and_marks_the_day(open_diary, make_experiment, qtbot, days_ago, clock) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(2), services=services))
    editor = current_editor(page)
    assert editor.title.text() == "Kindness · day 3 of 7"

    type_text(qtbot, editor.inputs["others_reactions"], "She smiled 🌱")
    assert editor.save_indicator.text() == "Saving…"
    qtbot.waitUntil(lambda: editor.save_indicator.text() == "Saved", timeout=2000)

    [entry] = window.context.services.diary.day_entries(clock.today, None, clock.today)
    assert entry.values["others_reactions"] == "She smiled 🌱"
    assert described(page).endswith("today, selected, try-on day 3, diary entry")


def test_writing_survives_a_restart_even_without_a_pause(open_diary, make_experiment, restart, qtbot, days_ago) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(1), services=services))
    editor = current_editor(page)
    qtbot.keyClicks(editor.inputs["evaluations"], "too small to count")
    qtbot.mouseClick(editor.inputs["thanked_mind"], Qt.MouseButton.LeftButton)
    editor.inputs["times_done"].setFocus()
    qtbot.keyClick(editor.inputs["times_done"], Qt.Key.Key_Up)

    again = restart(window)
    qtbot.keyClick(again, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = current_editor(again.diary_page)
    assert editor.inputs["evaluations"].toPlainText() == "too small to count"
    assert editor.inputs["thanked_mind"].isChecked()
    assert editor.inputs["times_done"].text() == "2"


def test_the_count_is_suggested_from_earlier_days(open_diary, make_experiment, days_ago) -> None:
    def setup(services):
        experiment = make_experiment(start=days_ago(4), services=services)
        for back, outcome in ((4, "yes"), (3, "partly"), (2, "no"), (1, "yes")):
            services.diary.set_check_in(experiment, days_ago(back), CheckInOutcome(outcome))

    _window, page = open_diary(setup)
    assert current_editor(page).inputs["times_done"].text() == "4 (suggested)"
    # On an earlier day only the days before it count: yes and partly, not the "no".
    page.select_day(days_ago(1))
    assert current_editor(page).inputs["times_done"].text() == "3 (suggested)"


def test_changing_the_day_saves_the_day_left(open_diary, make_experiment, qtbot, days_ago, clock) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(3), services=services))
    qtbot.keyClicks(current_editor(page).inputs["notes"], "rain all day")
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)

    assert page.calendar.selectedDate().toPython() == days_ago(1)
    assert current_editor(page).inputs["notes"].toPlainText() == ""
    [entry] = window.context.services.diary.day_entries(clock.today, None, clock.today)
    assert entry.values["notes"] == "rain all day"


def test_a_failed_save_keeps_the_person_on_their_day(
    open_diary, make_experiment, qtbot, monkeypatch, days_ago, clock
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window, page = open_diary(lambda services: make_experiment(start=days_ago(3), services=services))

    def full_disk(*_args, **_kwargs):
        raise DiskFull("There is not enough free disk space to save your changes.")

    monkeypatch.setattr(window.context.services.diary, "save_entry", full_disk)
    qtbot.keyClicks(current_editor(page).inputs["notes"], "keep me")
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)

    assert shown == ["There is not enough free disk space to save your changes."]
    assert page.calendar.selectedDate().toPython() == clock.today
    assert current_editor(page).inputs["notes"].toPlainText() == "keep me"
    page.filter.setCurrentIndex(1)
    assert page.filter.currentIndex() == 0 and len(shown) == 2
    monkeypatch.undo()
    assert window.save_pending()


def test_check_ins_mark_the_calendar_and_future_days_say_why_not(open_diary, make_experiment, qtbot, clock) -> None:
    window, page = open_diary(lambda services: make_experiment(start=clock.today, services=services))
    editor = current_editor(page)
    assert editor.check_in_question.text() == CHECK_IN_LABEL
    assert [button.text() for button in editor.outcome_buttons.values()] == ["&Yes", "&Partly", "N&o"]
    qtbot.mouseClick(editor.outcome_buttons[CheckInOutcome.PARTLY], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.outcome_buttons[CheckInOutcome.YES], Qt.MouseButton.LeftButton)
    assert described(page).endswith("today, selected, try-on day 1, enacted")
    assert window.context.services.diary.day_entries(clock.today, None, clock.today)[0].outcome is CheckInOutcome.YES

    qtbot.mouseClick(editor.clear_check_in, Qt.MouseButton.LeftButton)
    assert described(page).endswith("today, selected, try-on day 1")

    page.calendar.setFocus()
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Right)
    editor = current_editor(page)
    assert editor.check_in_question.text() == CHECK_IN_LABEL
    assert not any(button.isEnabled() for button in editor.outcome_buttons.values())
    assert editor.future_note.isVisible()
    assert "has not come yet" in editor.future_note.text()


def test_arrows_move_the_day_and_page_keys_the_month(open_diary, make_experiment, qtbot, clock) -> None:
    _window, page = open_diary()
    calendar = page.calendar
    calendar.setFocus()
    qtbot.keyClick(calendar.day_grid, Qt.Key.Key_Down)
    assert calendar.selectedDate() == qdate(clock.today).addDays(7)
    qtbot.keyClick(calendar.day_grid, Qt.Key.Key_PageUp)
    assert calendar.selectedDate() == qdate(clock.today).addDays(7).addMonths(-1)
    assert calendar.monthShown() == calendar.selectedDate().month()
    qtbot.keyClick(calendar.day_grid, Qt.Key.Key_PageDown)
    qtbot.keyClick(calendar.day_grid, Qt.Key.Key_PageDown)
    assert calendar.selectedDate() == qdate(clock.today).addDays(7).addMonths(1)


def test_the_filter_shades_the_try_on_of_one_experiment(open_diary, make_experiment, clock) -> None:
    start = clock.today.replace(day=1)
    ids = {}

    def setup(services):
        ids["old"] = make_experiment(
            "Courage", start=start, days=2, status=ExperimentStatus.COMPLETED, services=services
        )
        ids["new"] = make_experiment("Kindness", start=start + dt.timedelta(days=3), days=2, services=services)

    _window, page = open_diary(setup)
    week = [start + dt.timedelta(days=offset) for offset in range(7)]

    def try_on_offsets() -> list[int]:
        return [offset for offset, day in enumerate(week) if "try-on day" in described_day(page, day)]

    assert page.filter.itemText(0) == "All experiments"
    assert try_on_offsets() == [0, 1, 3, 4]
    page.filter.setCurrentIndex(page.filter.findData(ids["old"]))
    assert try_on_offsets() == [0, 1]


def test_show_experiment_opens_today_or_its_first_day(open_diary, make_experiment, days_ago, clock) -> None:
    ids = {}

    def setup(services):
        ids["old"] = make_experiment(
            "Courage", start=days_ago(40), status=ExperimentStatus.COMPLETED, services=services
        )
        ids["now"] = make_experiment("Kindness", start=days_ago(2), services=services)

    _window, page = open_diary(setup)
    page.select_day(days_ago(10))
    page.show_experiment(ids["old"])
    assert page.experiment_filter() == ids["old"]
    assert page.calendar.selectedDate().toPython() == days_ago(40)
    assert current_editor(page).entry.experiment.id == ids["old"]
    page.show_experiment(ids["now"])
    assert page.calendar.selectedDate().toPython() == clock.today


def test_several_experiments_get_a_section_each(open_diary, make_experiment, days_ago) -> None:
    def setup(services):
        make_experiment("Kindness", start=days_ago(2), services=services)
        make_experiment("Courage", start=days_ago(1), services=services)

    _window, page = open_diary(setup)
    tabs = page.day_view.section_bar
    assert [tabs.tabText(index) for index in range(tabs.count())] == ["Kindness", "Courage"]
    assert tabs.isVisible()


def test_search_finds_words_highlights_them_and_opens_the_day(open_diary, make_experiment, qtbot, days_ago) -> None:
    def setup(services):
        experiment = make_experiment(start=days_ago(5), services=services)
        services.diary.save_entry(experiment, days_ago(4), during="my sister <laughed> 😂")
        services.diary.save_entry(experiment, days_ago(1), after="called my sister")

    _window, page = open_diary(setup)
    qtbot.keyClicks(page.search_field, "sister")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    results = page.search_results.results
    assert page.right.currentWidget() is page.search_results
    assert results.count() == 2
    assert "<b>sister</b>" in results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert "&lt;laughed&gt;" in results.item(1).data(Qt.ItemDataRole.UserRole + 1)

    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert page.right.currentWidget() is page.tabs
    assert page.calendar.selectedDate().toPython() == days_ago(4)
    assert current_editor(page).inputs["during"].toPlainText() == "my sister <laughed> 😂"


AWKWARD_QUERIES = ['"', "sister*", "-sister", "NEAR(my sister)", "my OR", "(", "[", "😂", "ä'\"*"]


def test_awkward_searches_never_fail(open_diary, make_experiment, qtbot, days_ago) -> None:
    def setup(services):
        experiment = make_experiment(start=days_ago(5), services=services)
        services.diary.save_entry(experiment, days_ago(4), during="my sister laughed 😂")

    _window, page = open_diary(setup)
    for query in AWKWARD_QUERIES:
        page.search_field.setFocus()
        type_text(qtbot, page.search_field, query)
        qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
        summary = page.search_results.summary.text()
        expected = "1 entry matches." if query == "😂" else f"No diary entry contains “{query}”."
        assert summary == expected
        qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)
        assert page.search_field.text() == "" and page.right.currentWidget() is page.tabs


def test_progress_shows_runs_and_a_text_alternative(open_diary, make_experiment, qtbot, days_ago) -> None:
    def setup(services):
        experiment = make_experiment(start=days_ago(3), services=services)
        for back in (3, 2, 1):
            services.diary.set_check_in(experiment, days_ago(back), CheckInOutcome.YES)
        services.diary.save_entry(experiment, days_ago(2), notes="steady")

    _window, page = open_diary(setup)
    page.tabs.setCurrentWidget(page.progress_view)
    [card] = page.progress_view.cards
    assert card.runs.text() == "Current run 3 days · longest 3 days"
    assert card.diary_days.text() == "Diary kept on 1 day"
    assert card.heat_map.accessibleDescription().startswith("3 enacted, 0 partly, 0 not enacted, 1 no check-in.")


def test_every_diary_control_has_an_accessible_name(open_diary, make_experiment, days_ago) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(1), services=services))
    for kind in (QAbstractButton, QAbstractItemView, QLineEdit, QPlainTextEdit, QAbstractSpinBox):
        for control in page.findChildren(kind):
            if control.isVisibleTo(window) and control.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert control.accessibleName(), f"{control!r} has no accessible name"


def test_the_selected_day_is_described_for_screen_readers(open_diary, make_experiment, qtbot, clock) -> None:
    _window, page = open_diary(lambda services: make_experiment(start=clock.today, services=services))
    editor = current_editor(page)
    qtbot.mouseClick(editor.outcome_buttons[CheckInOutcome.YES], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.inputs["notes"], "brave")
    assert editor.autosaver.flush()
    assert described(page).endswith("today, selected, try-on day 1, diary entry, enacted")


def test_the_legend_names_each_mark_as_the_progress_and_exports_do(open_diary) -> None:
    _window, page = open_diary()
    labels = [label.text() for label in page.legend.findChildren(QLabel)]
    assert labels == ["Enacted", "Partly", "Not enacted", "Diary entry", "Try-on"]
    assert page.legend.accessibleDescription() == f"Calendar marks: {', '.join(labels)}; today has a ring."


def test_leaving_the_diary_saves_what_was_typed(open_diary, make_experiment, qtbot, days_ago, clock) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(1), services=services))
    qtbot.keyClicks(current_editor(page).inputs["after"], "lighter")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not current_editor(page).autosaver.pending
    assert window.context.services.diary.day_entries(clock.today, None, clock.today)[0].values["after"] == "lighter"


def test_searching_finds_what_was_just_typed(open_diary, make_experiment, qtbot, days_ago) -> None:
    _window, page = open_diary(lambda services: make_experiment(start=days_ago(2), services=services))
    editor = current_editor(page)
    qtbot.keyClicks(editor.inputs["notes"], "walked the dog")
    assert editor.autosaver.pending
    qtbot.keyClicks(page.search_field, "dog")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert page.search_results.summary.text() == "1 entry matches."
    assert not editor.autosaver.pending


def test_switching_days_rapidly_loses_nothing(open_diary, make_experiment, restart, qtbot, days_ago, clock) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(5), services=services))
    for count in range(5, -1, -1):
        page.select_day(days_ago(count))
        qtbot.keyClicks(current_editor(page).inputs["during"], f"day {count}")
    # The last day's writing is still waiting for its pause when the program closes.
    window = restart(window)
    diary = window.context.services.diary
    entries = {day: diary.day_entries(day, None, clock.today)[0].values["during"] for day in map(days_ago, range(6))}
    assert entries == {days_ago(count): f"day {count}" for count in range(6)}


def test_the_day_fits_beside_the_questions_dock_without_scrolling_sideways(
    open_diary, make_experiment, qtbot, days_ago
) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(2), services=services))
    window.resize(1024, 640)
    assert window.questions_dock.isVisible()
    qtbot.waitUntil(lambda: window.width() == 1024)
    editor = current_editor(page)
    body = editor.widget()
    qtbot.waitUntil(lambda: editor.viewport().width() >= body.minimumSizeHint().width())
    assert not editor.horizontalScrollBar().isVisible()
    assert body.width() <= editor.viewport().width()


def test_the_thanked_my_mind_text_wraps_and_toggles_its_box(open_diary, make_experiment, qtbot, days_ago) -> None:
    from valuesdesk.ui.diary.entry_editor import CheckBoxLabel

    _window, page = open_diary(lambda services: make_experiment(start=days_ago(2), services=services))
    editor = current_editor(page)
    [label] = [label for label in editor.findChildren(CheckBoxLabel)]
    assert label.wordWrap() and label.buddy() is editor.inputs["thanked_mind"]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert editor.inputs["thanked_mind"].isChecked()
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not editor.inputs["thanked_mind"].isChecked())
    assert editor.inputs["thanked_mind"].hasFocus()


def test_progress_fits_beside_the_questions_dock(open_diary, make_experiment, qtbot, days_ago) -> None:
    window, page = open_diary(
        lambda services: make_experiment("Wholeheartedness", start=days_ago(20), days=30, services=services)
    )
    window.resize(1024, 640)
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(1).center())
    [card] = page.progress_view.cards
    body = page.progress_view.widget()
    viewport = page.progress_view.viewport()
    qtbot.waitUntil(lambda: window.width() == 1024 and card.isVisible())
    qtbot.waitUntil(lambda: body.minimumSizeHint().width() <= viewport.width())
    assert card.geometry().right() <= viewport.width()
