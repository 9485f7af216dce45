"""The "Trying on a Value" area: the welcome, the list, and what it lets the person do."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from valuesdesk.domain import UNNAMED_VALUE, CheckInOutcome, ExperimentStatus
from valuesdesk.ui.context import DataKind


def visible_text(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def answer(monkeypatch, yes: bool) -> list[str]:
    """Patch every question box to answer with its destructive button (yes) or Cancel."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.windowTitle())
        if yes:
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def active_experiment(services, name: str = "Kindness", days: int = 7, plan_at: dt.datetime | None = None) -> int:
    experiments = services.experiments
    experiment_id = experiments.create_draft().id
    experiments.save_value(experiment_id, name=name, meaning="", life_domain="")
    behaviour = experiments.add_behavior(experiment_id, "Call my sister")
    experiments.choose_behaviors(experiment_id, [behaviour.id])
    experiments.update(
        experiment_id, plan="Sunday", behave_confirmed=True, duration_days=days, current_step=10, plan_at=plan_at
    )
    experiments.begin(experiment_id)
    return experiment_id


@pytest.fixture
def window(make_window):
    return make_window()


def test_the_first_start_greets_with_what_it_means_and_that_it_stays_here(window, qtbot) -> None:
    page = window.experiments_page
    assert page.welcome.isVisible() and not page.list_view.isVisible()
    text = visible_text(page)
    assert "Trying on a value means" in text
    assert "Everything you write stays on this computer" in text
    assert page.begin_button.isVisible() and page.begin_button.accessibleName() == "Begin trying on a value"
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    assert page.wizard.isVisible() and page.wizard.step == 1


def rows(page) -> list[str]:
    """The list as a screen reader reads it: each heading, then each experiment in words."""
    model = page.experiment_list.model()
    return [model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(model.rowCount())]


def current_row(page) -> str:
    return page.experiment_list.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)


def test_the_list_shows_value_status_dates_and_progress(window, clock, british) -> None:
    services = window.context.services
    draft_id = services.experiments.create_draft().id
    services.experiments.update(draft_id, current_step=3)
    active_experiment(services)
    clock.advance(dt.timedelta(days=2))
    page = window.experiments_page
    page.refresh()
    assert page.list_view.isVisible() and not page.welcome.isVisible()
    assert rows(page) == [
        "Active (1)",
        "Kindness, Active: Day 3 of 7 · 0 check-ins; 18 Nov 2026 – 24 Nov 2026",
        "Planned (1)",
        f"{UNNAMED_VALUE}, Draft: Step 3 of 10; not started",
    ]


@pytest.mark.parametrize(
    ("days_later", "plan_days_ahead", "shown"),
    [
        (0, 2, ["Planned (1)", "Kindness, Active: Starts 20 Nov 2026 · 7 days; 20 Nov 2026 – 26 Nov 2026"]),
        (2, 0, ["Active (1)", "Kindness, Active: Day 3 of 7 · 1 check-in; 18 Nov 2026 – 24 Nov 2026"]),
        (7, 0, ["Active (1)", "Kindness, Active: Ended · 1 check-in · ready to reflect; 18 Nov 2026 – 24 Nov 2026"]),
    ],
)
def test_each_phase_of_the_try_on_reads_in_the_list(window, clock, british, days_later, plan_days_ahead, shown) -> None:
    services = window.context.services
    planned = dt.datetime.combine(clock.today + dt.timedelta(days=plan_days_ahead), dt.time(9, 0))
    experiment_id = active_experiment(services, plan_at=planned)
    if not plan_days_ahead:
        services.diary.set_check_in(experiment_id, clock.today, CheckInOutcome.YES)
    clock.advance(dt.timedelta(days=days_later))
    window.experiments_page.refresh()
    assert rows(window.experiments_page) == shown


def test_the_list_is_grouped_and_the_keyboard_passes_over_the_headings(window, qtbot, clock, british) -> None:
    services = window.context.services
    experiments = services.experiments
    abandoned = active_experiment(services, name="Patience")
    experiments.abandon(abandoned)
    completed = active_experiment(services, name="Courage")
    experiments.update(completed, reflection="Braver than I thought.")
    experiments.complete(completed)
    draft = experiments.create_draft().id
    experiments.save_value(draft, name="Rest", meaning="", life_domain="")
    planned = active_experiment(
        services, name="Play", plan_at=dt.datetime.combine(clock.today + dt.timedelta(days=3), dt.time(9))
    )
    running = active_experiment(services, name="Kindness")
    page = window.experiments_page
    page.refresh()
    assert [row.split(",")[0] for row in rows(page)] == [
        "Active (1)",
        "Kindness",
        "Planned (2)",
        "Play",
        "Rest",
        "Completed (1)",
        "Courage",
        "Abandoned (1)",
        "Patience",
    ]
    page.experiment_list.setFocus()
    page.select(running)
    chosen = []
    for _ in range(4):
        qtbot.keyClick(page.experiment_list, Qt.Key.Key_Down)
        chosen.append(page.selected_id())
    assert chosen == [planned, draft, completed, abandoned]
    qtbot.keyClick(page.experiment_list, Qt.Key.Key_Home)
    assert page.selected_id() == running
    qtbot.keyClick(page.experiment_list, Qt.Key.Key_Return)
    assert page.wizard.isVisible() and page.wizard.experiment_id == running


def test_check_ins_count_every_day_answered_not_only_the_yes_days(window, clock, british) -> None:
    """In ACT a "partly" is valued action and a "no" an honest check-in: each is a check-in."""
    services = window.context.services
    experiment_id = active_experiment(services, days=7)
    clock.advance(dt.timedelta(days=3))
    for later, outcome in enumerate((CheckInOutcome.YES, CheckInOutcome.PARTLY, CheckInOutcome.NO)):
        services.diary.set_check_in(experiment_id, dt.date(2026, 11, 18) + dt.timedelta(days=later), outcome)
    window.experiments_page.refresh()
    assert rows(window.experiments_page)[1] == "Kindness, Active: Day 4 of 7 · 3 check-ins; 18 Nov 2026 – 24 Nov 2026"


def test_the_next_session_is_shown_until_it_has_passed(window, clock, british) -> None:
    services = window.context.services
    experiment_id = active_experiment(services)
    services.experiments.update(experiment_id, next_session_date=clock.today + dt.timedelta(days=7))
    page = window.experiments_page
    page.refresh()
    assert rows(page)[1].endswith("; 18 Nov 2026 – 24 Nov 2026 · next session 25 Nov 2026")
    clock.advance(dt.timedelta(days=8))
    page.refresh()
    assert rows(page)[1].endswith("; 18 Nov 2026 – 24 Nov 2026")


def ink_columns(image, top: int, bottom: int, background) -> list[int]:
    """The x of every column of ``image`` with a pixel between ``top`` and ``bottom`` unlike ``background``."""
    return [
        x
        for x in range(image.width())
        if any(abs(image.pixelColor(x, y).lightness() - background.lightness()) > 80 for y in range(top, bottom))
    ]


@pytest.mark.parametrize("size", [(1024, 640), (1920, 1080)])
def test_a_row_shows_its_value_in_bold_and_where_it_stands_on_the_right(window, qtbot, size) -> None:
    from PySide6.QtGui import QFont, QFontMetrics, QPalette

    services = window.context.services
    active_experiment(services, name="Wholeheartedness")
    page = window.experiments_page
    window.resize(*size)
    page.refresh()
    qtbot.waitUntil(lambda: window.width() == size[0])
    view = page.experiment_list
    row = view.visualRect(page.experiments.index(1))
    view.selectionModel().clear()  # the row on the list's own background
    image = view.viewport().grab().toImage()
    line = QFontMetrics(view.font()).height()
    top = row.top() + 8
    background = view.palette().color(QPalette.ColorRole.Base)
    columns = ink_columns(image, top, top + line, background)
    # The value from the row's left padding, as wide as it is in bold: then a gap, then its standing.
    bold = QFont(view.font())
    bold.setBold(True)
    title_end = next(x for x, after in itertools.pairwise(columns) if after - x > 20)
    assert abs(columns[0] - (row.left() + 8)) <= 2
    assert abs((title_end - columns[0] + 1) - QFontMetrics(bold).horizontalAdvance("Wholeheartedness")) <= 3
    assert abs(columns[-1] - (row.right() - 8)) <= 2  # "Day 1 of 7 · 0 check-ins", right-aligned
    # The list keeps a readable width at 1920, centred in the area.
    area = page.list_view
    column_left = view.mapTo(area, view.rect().topLeft()).x()
    column_right = area.width() - view.mapTo(area, view.rect().topRight()).x()
    assert view.width() <= 1000 and abs(column_left - column_right) <= 20


def test_a_check_in_made_in_the_diary_is_counted_in_the_list(window, clock, british) -> None:
    experiment_id = active_experiment(window.context.services)
    page = window.experiments_page
    page.refresh()
    window.context.services.diary.set_check_in(experiment_id, clock.today, CheckInOutcome.YES)
    page.context.events.changed(DataKind.DIARY)
    assert rows(page)[1] == "Kindness, Active: Day 1 of 7 · 1 check-in; 18 Nov 2026 – 24 Nov 2026"


def test_the_others_hear_of_each_change_of_an_experiment(window, qtbot, monkeypatch) -> None:
    """The diary lists experiments by name and days: creating, naming, beginning, completing,
    abandoning and deleting one each say so, once the change is saved."""
    page = window.experiments_page
    heard: list[str] = []
    page.context.events.data_changed.connect(heard.append)
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    assert heard == ["experiments"]
    qtbot.keyClicks(page.wizard.value_step.name, "Brave")
    assert heard == ["experiments"]
    assert page.wizard.save_now()
    assert heard == ["experiments"] * 2
    experiments = window.context.services.experiments
    experiment_id = page.wizard.experiment_id
    behaviour = experiments.add_behavior(experiment_id, "Speak first")
    experiments.choose_behaviors(experiment_id, [behaviour.id])
    experiments.update(experiment_id, plan="Monday", behave_confirmed=True, reflection="Braver.")
    page.wizard.go_to(10)
    assert heard == ["experiments"] * 2
    qtbot.mouseClick(page.wizard.reflect_step.begin_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.wizard.reflect_step.early_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.wizard.reflect_step.complete_button, Qt.MouseButton.LeftButton)
    assert heard == ["experiments"] * 4
    qtbot.mouseClick(page.wizard.list_button, Qt.MouseButton.LeftButton)
    abandoned = active_experiment(window.context.services, name="Patience")
    page.refresh()
    page.select(abandoned)
    answer(monkeypatch, yes=True)
    qtbot.mouseClick(page.abandon_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert heard == ["experiments"] * 6
    assert rows(page)[0] == "Completed (1)" and rows(page)[1].startswith("Brave, Completed: ")


def test_enter_resumes_a_draft_at_its_step_and_the_list_refreshes_after_changes(window, qtbot) -> None:
    services = window.context.services
    draft_id = services.experiments.create_draft().id
    services.experiments.update(draft_id, current_step=2)
    page = window.experiments_page
    page.refresh()
    page.experiment_list.setFocus()
    qtbot.keyClick(page.experiment_list, Qt.Key.Key_Return)
    assert page.wizard.isVisible() and page.wizard.step == 2
    qtbot.mouseClick(page.wizard.back_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Generosity")
    qtbot.mouseClick(page.wizard.list_button, Qt.MouseButton.LeftButton)
    assert page.list_view.isVisible()
    assert current_row(page) == "Generosity, Draft: Step 1 of 10; not started"
    assert QApplication.focusWidget() is page.experiment_list


def test_abandon_asks_first(window, monkeypatch) -> None:
    experiment_id = active_experiment(window.context.services)
    page = window.experiments_page
    page.refresh()
    asked = answer(monkeypatch, yes=False)
    page.abandon_button.click()
    assert asked == ["Abandon this experiment?"]
    assert window.context.services.experiments.get(experiment_id).status is ExperimentStatus.ACTIVE
    answer(monkeypatch, yes=True)
    page.abandon_button.click()
    assert window.context.services.experiments.get(experiment_id).status is ExperimentStatus.ABANDONED
    assert current_row(page).startswith("Kindness, Abandoned: ")
    assert not page.abandon_button.isEnabled() and page.open_button.text() == "&Review"


def test_delete_asks_first_and_the_last_one_gone_brings_back_the_welcome(window, qtbot, monkeypatch) -> None:
    experiment_id = active_experiment(window.context.services)
    page = window.experiments_page
    page.refresh()
    page.experiment_list.setFocus()
    asked = answer(monkeypatch, yes=False)
    qtbot.keyClick(page.experiment_list, Qt.Key.Key_Delete)
    assert asked == ["Delete this experiment?"] and len(rows(page)) == 2
    answer(monkeypatch, yes=True)
    qtbot.keyClick(page.experiment_list, Qt.Key.Key_Delete)
    assert [summary.id for summary in window.context.services.experiments.list_summaries()] == []
    assert page.welcome.isVisible()
    assert experiment_id not in page._summaries


def test_complete_opens_the_reflection_and_a_completed_experiment_opens_read_only(window, qtbot) -> None:
    experiment_id = active_experiment(window.context.services)
    page = window.experiments_page
    page.refresh()
    assert page.complete_button.isEnabled()
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard.step == 10 and wizard.reflect_step.reflection.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "Warmer than I expected.")
    qtbot.mouseClick(wizard.reflect_step.complete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.list_button, Qt.MouseButton.LeftButton)
    assert page.open_button.text() == "&Review" and not page.complete_button.isEnabled()
    page.open_button.click()
    assert wizard.step == 10 and wizard.reflect_step.reflection.toPlainText() == "Warmer than I expected."
    assert wizard.reflect_step.reflection.isReadOnly()
    assert not wizard.reflect_step.next_session.isEnabled()
    qtbot.mouseClick(wizard.reflect_step.diary_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.diary_page
    assert window.diary_page.experiment_filter() == experiment_id
    wizard.go_to(4)
    chosen = wizard.choose_step.behaviours.item(0)
    assert chosen.checkState() == Qt.CheckState.Checked
    assert not chosen.flags() & Qt.ItemFlag.ItemIsUserCheckable
    wizard.go_to(3)
    assert not wizard.list_step.editor.new_item.isVisible()
    assert window.context.services.experiments.get(experiment_id).current_step == 10


def test_the_open_experiment_is_remembered_only_while_it_is_open(make_window, restart, qtbot) -> None:
    window = make_window()
    page = window.experiments_page
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.wizard.list_button, Qt.MouseButton.LeftButton)
    again = restart(window)
    assert again.experiments_page.list_view.isVisible()
    assert not again.experiments_page.wizard.isVisible()


def test_every_control_of_the_area_and_the_wizard_is_named_after_its_label(window, qtbot) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    page = window.experiments_page
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    kinds = (QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
    for step_page in page.wizard.pages:
        page.wizard.stack.setCurrentWidget(step_page)
        for kind in kinds:
            for control in step_page.findChildren(kind):
                inner = isinstance(control.parent(), (QComboBox, QAbstractSpinBox))
                inner = inner or control.objectName().startswith("qt_")
                if control.isVisibleTo(step_page) and not inner and control.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    assert control.accessibleName(), f"step {step_page.step.number}: {control!r} has no name"
    for label in page.wizard.findChildren(QLabel, "fieldCaption"):
        if label.buddy() is not None:
            assert label.buddy().accessibleName() == label.text().replace("&", "")


def test_the_diary_goes_to_session_as_a_pdf_from_the_list_and_from_step_10(
    window, qtbot, monkeypatch, tmp_path, clock
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    experiment_id = active_experiment(window.context.services, name="Patience")
    window.context.services.diary.save_entry(experiment_id, clock.today, others_reactions="She laughed with me")
    targets = iter([tmp_path / "from-list.pdf", tmp_path / "from-step-10.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(next(targets)), "PDF (*.pdf)")))
    page = window.experiments_page
    page.refresh()
    assert page.pdf_button.isEnabled()
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    page.open_selected()
    qtbot.mouseClick(page.wizard.reflect_step.pdf_button, Qt.MouseButton.LeftButton)
    for name in ("from-list.pdf", "from-step-10.pdf"):
        text = " ".join(page_.extract_text() for page_ in PdfReader(tmp_path / name).pages)
        assert "Patience" in " ".join(text.split()) and "She laughed with me" in " ".join(text.split())


def test_deleting_the_experiment_last_open_in_the_wizard_leaves_the_others_openable(window, qtbot, monkeypatch) -> None:
    page = window.experiments_page
    other_id = window.context.services.experiments.create_draft().id
    page.refresh()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    deleted_id = page.wizard.experiment_id
    qtbot.keyClicks(page.wizard.value_step.name, "Brave")
    qtbot.mouseClick(page.wizard.list_button, Qt.MouseButton.LeftButton)
    page.select(deleted_id)
    # Every message box from here on is recorded: an error would show up beside the question.
    asked = answer(monkeypatch, yes=True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.select(other_id)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete this experiment?"]
    assert page.wizard.isVisible() and page.wizard.experiment_id == other_id
    assert window.close()
