"""The one fault handler: a fault inside a slot is logged without personal text, explained, and survived."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from valuesdesk.ui import fault_handler

SECRET = "my sister never forgave me"


@pytest.fixture
def handler(make_window, monkeypatch):
    """A window with the handler installed as app.py installs it; the dialogs it shows, recorded."""
    window = make_window()
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(), box.informativeText())) or 0
    )
    previous = sys.excepthook
    fault_handler.install(lambda: window)
    yield window, shown
    sys.excepthook = previous


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_a_slot_is_explained_logged_without_personal_text_and_survived(
    handler, qtbot, monkeypatch, caplog
) -> None:
    window, shown = handler
    page = window.experiments_page
    saved: list[bool] = []
    real_save = window.save_pending
    monkeypatch.setattr(window, "save_pending", lambda: saved.append(True) or real_save())

    def broken() -> None:
        raise RuntimeError(f"failed on {SECRET}")

    # The real button and its real slot; the service behind it fails in a way nobody foresaw.
    experiments = window.context.services.experiments
    real_create = experiments.create_draft
    monkeypatch.setattr(experiments, "create_draft", broken)
    caplog.set_level(logging.ERROR, logger=fault_handler.__name__)
    button = page.begin_button if page.begin_button.isVisible() else page.start_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert shown, "the fault dialog was shown"
    title, text, informative = shown[0]
    assert title == fault_handler.TITLE
    assert "RuntimeError" in text and SECRET not in text
    assert fault_handler.SAVED in informative
    assert saved == [True]
    [record] = [r for r in caplog.records if r.name == fault_handler.__name__]
    line = record.getMessage()
    assert "RuntimeError" in line and __name__.rsplit(".", 1)[-1] in line and ":broken:" in line
    assert SECRET not in line

    # The window keeps working: the same button, once the fault is gone, starts an experiment.
    monkeypatch.setattr(experiments, "create_draft", real_create)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible(), timeout=2000)
    assert len(experiments.list_summaries()) == 1
    assert len(shown) == 1


@pytest.mark.qt_no_exception_capture
def test_a_fault_while_the_dialog_is_up_is_only_logged(handler, caplog) -> None:
    _window, shown = handler
    caplog.set_level(logging.ERROR, logger=fault_handler.__name__)
    hook = sys.excepthook

    def nested_exec(box) -> int:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        try:
            raise ValueError(SECRET)
        except ValueError:
            hook(*sys.exc_info())
        return 0

    QMessageBox.exec = nested_exec  # type: ignore[method-assign]  # undone by the fixture's monkeypatch
    try:
        raise KeyError(SECRET)
    except KeyError:
        hook(*sys.exc_info())
    assert len(shown) == 1
    assert len([r for r in caplog.records if r.name == fault_handler.__name__]) == 2
    assert all(SECRET not in r.getMessage() for r in caplog.records)


def test_the_place_names_module_function_and_line() -> None:
    try:
        raise ValueError(SECRET)
    except ValueError as error:
        where = fault_handler.place(error.__traceback__)
    assert where.startswith(f"{__name__}:test_the_place_names_module_function_and_line:")
