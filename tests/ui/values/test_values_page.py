"""The Values area driven as a person would: a first check typed in and saved to disk, the picture's
tables (the charts' text alternatives), a suggested check linked to a try-on, the client's view in
the room, and from a gap to a new try-on with its domain filled in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from valuesdesk.domain.life_domains import CheckMoment, DomainRating
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.values.page import ValuesPage


@pytest.fixture
def window(make_window):
    window = make_window()
    window.show_area("values")
    return window


def values_page(window) -> ValuesPage:
    return window.area_page(ValuesPage)


def rate(qtbot, box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def test_ctrl_4_opens_the_area_and_a_first_check_is_offered(make_window, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "values"
    page = values_page(window)
    assert page.first_offer.isVisible() and not page.tabs.isVisible()
    assert page.first_button.accessibleName() == "Take My First Check"
    assert QApplication.focusWidget() is page.first_button


def test_a_first_check_typed_in_is_saved_to_disk(window, qtbot, restart) -> None:
    page = values_page(window)
    qtbot.mouseClick(page.first_button, Qt.MouseButton.LeftButton)
    assert page.tabs.isVisible() and not page.first_offer.isVisible()
    work = page.form.rows["work"]
    assert work.importance.accessibleName() == "Work: matters to me"
    assert QApplication.focusWidget() is page.form.rows["family"].importance
    rate(qtbot, work.importance, "9")
    rate(qtbot, work.consistency, "3")
    rate(qtbot, page.form.rows["family"].importance, "8")  # half rated: skipped in the composite

    window = restart(window)
    [check] = window.context.services.values_checks.list_checks()
    assert check.rating("work") == DomainRating("work", 9, 3)
    assert check.rating("family") == DomainRating("family", 8, None)
    assert check.composite == 27
    page = values_page(window)
    assert page.form.rows["work"].importance.text() == "9"
    assert page.form.rows["health"].consistency.text() == "Not rated"


def test_the_pictures_tables_say_what_the_charts_show(window, days_ago) -> None:
    checks = window.context.services.values_checks
    older, newer = checks.start(days_ago(30)), checks.start(days_ago(2))
    for check, ratings in ((older, {"work": (9, 2), "health": (6, 6)}), (newer, {"work": (9, 5), "health": (8, 3)})):
        for key, (importance, consistency) in ratings.items():
            checks.rate(check.id, key, importance, consistency)
    page = values_page(window)
    page.reload()
    page.tabs.setCurrentIndex(1)
    picture = page.picture
    assert "Composite 35 of 100" in picture.summary.text() and "8 skipped domains" in picture.summary.text()
    assert picture.gap_table.cell_texts() == [
        ["Domain", "Matters to me", "Lived it", "Gap"],
        ["Health", "8", "3", "+5"],
        ["Work", "9", "5", "+4"],
    ]
    trend = picture.trend_table.cell_texts()
    assert trend[0][:3] == ["Day", "Try-on", "Composite"] and len(trend) == 3
    assert [row[2] for row in trend[1:]] == ["35", "27"]  # newest first
    assert trend[1][trend[0].index("Work")] == "5"
    assert picture.gap_table.accessibleName() == "Gaps between importance and living, as a table"
    assert picture.gap_table.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert picture.gap_chart.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert [rating.key for rating in picture.gap_chart.rows] == ["health", "work"]


def test_a_check_is_suggested_as_a_try_on_begins_and_linked_to_it(window, qtbot, make_experiment) -> None:
    services = window.context.services
    experiment_id = make_experiment("Courage", services=services)
    page = values_page(window)
    page.reload()
    assert page.suggestion_bar.isVisible() and "“Courage” has begun" in page.suggestion.text()
    qtbot.mouseClick(page.suggestion_button, Qt.MouseButton.LeftButton)
    [check] = services.values_checks.list_checks()
    assert check.link is not None and (check.link.experiment.id, check.link.moment) == (
        experiment_id,
        CheckMoment.START,
    )
    assert not page.suggestion_bar.isVisible()
    assert "as “Courage” began" in page.chooser.currentText()


def test_the_client_fills_the_check_in_one_domain_at_a_time(window, qtbot) -> None:
    page = values_page(window)
    qtbot.mouseClick(page.first_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.client_button, Qt.MouseButton.LeftButton)
    view = page.client_view
    assert view is not None and view.isFullScreen()
    # On the second screen, turned to the client; the window stays on its own.
    assert view.screen() is not window.screen() and view.geometry() == view.screen().geometry()
    assert view.domain_name.text() == "Family" and view.position.text() == "Domain 1 of 10"
    assert view.domain_name.font().pointSizeF() > 2 * page.font().pointSizeF()
    qtbot.mouseClick(view.importance.buttons[7], Qt.MouseButton.LeftButton)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.domain_name.text() == "Intimate relationships"
    qtbot.mouseClick(view.consistency.buttons[4], Qt.MouseButton.LeftButton)
    assert "note" not in " ".join(label.text().lower() for label in view.findChildren(type(view.position)))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page.client_view is None
    check = window.context.services.values_checks.list_checks()[0]
    assert check.rating("family") == DomainRating("family", 7, None)
    assert check.rating("intimate") == DomainRating("intimate", None, 4)
    assert page.form.rows["family"].importance.value() == 7


def test_try_on_a_value_in_the_domain_of_a_gap(window, qtbot, clock) -> None:
    checks = window.context.services.values_checks
    check = checks.start()
    checks.rate(check.id, "work", 9, 2)
    checks.rate(check.id, "health", 6, 5)
    page = values_page(window)
    page.reload()
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.picture.try_on_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == "experiments"
    wizard = window.experiments_page.wizard
    assert wizard.isVisible() and wizard.step == 1
    step = wizard.value_step
    assert step.life_domain.currentText() == "Work"
    assert step.domain_ratings.isVisible()
    assert "matters to me 9, lived it 2" in step.domain_ratings.text()
    qtbot.keyClicks(step.name, "Courage")
    assert checks.get(check.id).rating("work") == DomainRating("work", 9, 2)


def test_tab_follows_the_page_as_it_reads(window, qtbot) -> None:
    page = values_page(window)
    qtbot.mouseClick(page.first_button, Qt.MouseButton.LeftButton)
    page.chooser.setFocus()
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    assert seen == [
        "New Check",
        "Client View",
        "Delete Check",
        "Values check and picture",
        "Taken on",
        "Family: matters to me",
    ]
    assert QApplication.focusWidget() is page.form.first_input()


def test_the_area_is_built_and_read_when_first_shown(make_window, qtbot, make_experiment) -> None:
    window = make_window()
    page = values_page(window)
    assert window.current_area() == "experiments" and not page.findChildren(QWidget)
    services = window.context.services
    services.values_checks.rate(services.values_checks.start().id, "work", 6, 2)
    make_experiment("Courage", services=services)
    window.context.events.changed(DataKind.EXPERIMENTS)  # while hidden: read when next shown
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.isVisible() and page.chooser.count() == 1
    assert page.suggestion_bar.isVisible() and "Courage" in page.suggestion.text()


def test_locking_closes_the_clients_view(window, qtbot) -> None:
    page = values_page(window)
    qtbot.mouseClick(page.first_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.client_button, Qt.MouseButton.LeftButton)
    assert page.client_view is not None
    window.conceal()
    qtbot.waitUntil(lambda: page.client_view is None, timeout=1000)
    assert not any(
        widget.isVisible() for widget in QApplication.topLevelWidgets() if widget.objectName() == "clientCheckView"
    )
