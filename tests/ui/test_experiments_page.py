"""The "Trying on a Value" area: the welcome, the list, and what it lets the person do."""

from __future__ import annotations

import datetime as dt

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
    return [page.experiment_list.item(row).text() for row in range(page.experiment_list.count())]


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
        "Kindness\nActive · 18 Nov 2026 – 24 Nov 2026 · Day 3 of 7 · 0 check-ins",
        f"{UNNAMED_VALUE}\nDraft · not started · Step 3 of 10",
    ]


@pytest.mark.parametrize(
    ("days_later", "plan_days_ahead", "shown"),
    [
        (0, 2, "Active · 20 Nov 2026 – 26 Nov 2026 · Starts 20 Nov 2026 · 7 days"),
        (2, 0, "Active · 18 Nov 2026 – 24 Nov 2026 · Day 3 of 7 · 1 check-in"),
        (7, 0, "Active · 18 Nov 2026 – 24 Nov 2026 · Ended · 1 check-in · ready to reflect"),
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
    assert rows(window.experiments_page) == [f"Kindness\n{shown}"]


def test_a_check_in_made_in_the_diary_is_counted_in_the_list(window, clock, british) -> None:
    experiment_id = active_experiment(window.context.services)
    page = window.experiments_page
    page.refresh()
    window.context.services.diary.set_check_in(experiment_id, clock.today, CheckInOutcome.YES)
    page.context.events.changed(DataKind.DIARY)
    assert rows(page) == ["Kindness\nActive · 18 Nov 2026 – 24 Nov 2026 · Day 1 of 7 · 1 check-in"]


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
    assert rows(page)[0].startswith("Brave\nCompleted · ")


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
    assert page.experiment_list.currentItem().text() == "Generosity\nDraft · not started · Step 1 of 10"
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
    assert "Abandoned" in page.experiment_list.currentItem().text()
    assert not page.abandon_button.isEnabled() and page.open_button.text() == "&Review"


def test_delete_asks_first_and_the_last_one_gone_brings_back_the_welcome(window, qtbot, monkeypatch) -> None:
    experiment_id = active_experiment(window.context.services)
    page = window.experiments_page
    page.refresh()
    page.experiment_list.setFocus()
    asked = answer(monkeypatch, yes=False)
    qtbot.keyClick(page.experiment_list, Qt.Key.Key_Delete)
    assert asked == ["Delete this experiment?"] and page.experiment_list.count() == 1
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
