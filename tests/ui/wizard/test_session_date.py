"""Step 10's "bring your diary back to session on" date: the one shown is the one kept and printed."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from valuesdesk.domain import dates
from valuesdesk.ui.local_dates import pydate


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_date_shown_unchanged_is_kept_and_printed_in_the_diary(person, clock, monkeypatch, tmp_path) -> None:
    person.start()
    experiment_id = person.answer_steps_1_to_9(duration_days=7)
    experiments = person.window.context.services.experiments
    experiments.begin(experiment_id)
    wizard = person.wizard
    wizard.open(experiment_id)
    shown = pydate(wizard.reflect_step.next_session.date())
    assert shown == clock.today + dt.timedelta(days=7)  # the first day after the try-on
    assert experiments.get(experiment_id).next_session_date == shown

    saved = tmp_path / "for-the-session.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(saved), "PDF (*.pdf)")))
    person.qtbot.mouseClick(wizard.reflect_step.pdf_button, Qt.MouseButton.LeftButton)
    # Paper writes days as the exports do (dates.long_date), the screen as the locale does.
    assert f"Please bring your Daily Reactions Diary back to session on: {dates.long_date(shown)}" in pdf_text(saved)


def test_a_date_chosen_is_kept_over_the_one_first_shown(person, clock) -> None:
    person.start()
    experiment_id = person.answer_steps_1_to_9()
    experiments = person.window.context.services.experiments
    experiments.begin(experiment_id)
    chosen = clock.today + dt.timedelta(days=12)
    experiments.update(experiment_id, next_session_date=chosen)
    person.wizard.open(experiment_id)
    assert pydate(person.wizard.reflect_step.next_session.date()) == chosen
    assert experiments.get(experiment_id).next_session_date == chosen
