"""The log file records events, never what the person wrote."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from valuesdesk.errors import ValuesDeskError
from valuesdesk.logs import LOG_FILENAME, configure_logging
from valuesdesk.services import open_services

SECRET = "I am afraid my sister will leave"


@pytest.fixture
def log_file(tmp_path: Path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = configure_logging(tmp_path / "logs", verbose=True)
    yield path
    for handler in root.handlers[len(before) :]:
        handler.close()
        root.removeHandler(handler)


def test_writing_and_failing_leave_no_personal_text_in_the_log(log_file: Path, data_dir: Path) -> None:
    services = open_services(data_dir)
    value = services.values.create(SECRET, meaning=SECRET)
    services.therapist_notes.add(1, SECRET)
    with pytest.raises(ValuesDeskError):
        services.values.update(value.id + 1, name=SECRET, meaning=SECRET, life_domain="")
    services.close()
    text = log_file.read_text(encoding="utf-8")
    assert log_file.name == LOG_FILENAME
    assert "opened data folder" in text
    assert SECRET not in text
