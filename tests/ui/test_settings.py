"""The remembered view state: each setting declared once, read and written typed, the keys of
version 0.1 still understood, and a value that cannot be read falling back to its default."""

from __future__ import annotations

import configparser
import logging

import pytest
from PySide6.QtCore import QByteArray, QSettings

from valuesdesk.paths import ui_state_path
from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.settings import (
    AREA,
    EXPORT_FOLDER,
    NOTES_HIDDEN,
    OPEN_EXPERIMENT,
    QUESTIONS_MODE,
    QUESTIONS_PAIR,
    QUESTIONS_TEXT_SIZE,
    SCHEMA,
    SESSION_GEOMETRY,
    SESSION_OPEN,
    WINDOW_GEOMETRY,
    IntSetting,
    Settings,
)

# What ValuesDesk 0.1 set as it quit in the Diary with its sheet set up, by key, as it set it.
VERSION_0_1_VALUES = {
    "section": 1,
    "experiments/open": 7,
    "export/folder": "/home/someone/Documents/Therapy, 2026",
    "questions/mode": "one-pair",
    "questions/notes_hidden": True,
    "questions/pair": 4,
    "questions/text_size": 14.5,
    "questions/session/open": False,
    "questions/session/stay_on_top": True,
}

# What a hand-edited or damaged file could hold: for each kind of setting, values it cannot be.
WRONG_VALUES = {
    "BoolSetting": ["maybe", "1", "@ByteArray(true)"],
    "IntSetting": ["seven", "1.5", "true", "@ByteArray(3)"],
    "FloatSetting": ["large", "nan", "inf", "1e999"],
    "TextSetting": ["one, two", "@ByteArray(folder)"],
    "ChoiceSetting": ["sideways", "3", "one, two"],
    "BytesSetting": ["plain text", "12"],
}


@pytest.fixture
def settings_file(data_dir):
    data_dir.mkdir()
    return ui_state_path(data_dir)


def ini_text(values: dict[str, str]) -> str:
    """A settings file as Qt writes one: "questions/session/open" is "session\\open" under [questions]."""
    sections: dict[str, list[str]] = {}
    for key, value in values.items():
        section, _slash, name = key.partition("/") if "/" in key else ("General", "", key)
        qt_name = name.replace("/", "\\")
        sections.setdefault(section, []).append(f"{qt_name}={value}")
    return "".join(f"[{section}]\n" + "\n".join(lines) + "\n\n" for section, lines in sections.items())


def test_the_settings_of_version_0_1_are_read_under_the_same_keys(settings_file) -> None:
    written_by_0_1 = QSettings(str(settings_file), QSettings.Format.IniFormat)
    for key, value in VERSION_0_1_VALUES.items():
        written_by_0_1.setValue(key, value)
    written_by_0_1.sync()
    settings = Settings(settings_file)
    assert settings.get(OPEN_EXPERIMENT) == 7
    assert settings.get(EXPORT_FOLDER) == "/home/someone/Documents/Therapy, 2026"
    assert settings.get(QUESTIONS_MODE) is SheetMode.ONE_PAIR
    assert settings.get(NOTES_HIDDEN) is True
    assert settings.get(QUESTIONS_PAIR) == 4
    assert settings.get(QUESTIONS_TEXT_SIZE) == 14.5
    assert settings.get(SESSION_OPEN) is False
    assert settings.get(AREA) == "", "0.1 kept the area as a row; the main window reads that once"


def test_values_come_back_typed_from_the_file(settings_file) -> None:
    settings = Settings(settings_file)
    geometry = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03")
    settings.set(OPEN_EXPERIMENT, 12)
    settings.set(NOTES_HIDDEN, True)
    settings.set(QUESTIONS_MODE, SheetMode.CLIENT)
    settings.set(QUESTIONS_TEXT_SIZE, 22.0)
    settings.set(EXPORT_FOLDER, "C:\\Users\\Ana\\Documents")
    settings.set(WINDOW_GEOMETRY, geometry)
    settings.sync()

    again = Settings(settings_file)
    assert again.get(OPEN_EXPERIMENT) == 12
    assert again.get(NOTES_HIDDEN) is True
    assert again.get(QUESTIONS_MODE) is SheetMode.CLIENT
    assert again.get(QUESTIONS_TEXT_SIZE) == 22.0
    assert again.get(EXPORT_FOLDER) == "C:\\Users\\Ana\\Documents"
    assert again.get(WINDOW_GEOMETRY) == geometry
    assert again.get(SESSION_GEOMETRY) is None
    # A choice is kept as its word, as version 0.1 kept it.
    written = configparser.ConfigParser(interpolation=None)
    written.read(settings_file, encoding="utf-8")
    assert written["questions"]["mode"] == "client"


@pytest.mark.parametrize("attempt", range(4))
def test_a_value_of_the_wrong_type_counts_as_not_set(settings_file, caplog, attempt: int) -> None:
    wrong = {key: WRONG_VALUES[type(setting).__name__] for key, setting in SCHEMA.items()}
    settings_file.write_text(ini_text({key: values[attempt % len(values)] for key, values in wrong.items()}))
    settings = Settings(settings_file)
    with caplog.at_level(logging.WARNING):
        for setting in SCHEMA.values():
            assert settings.get(setting) == setting.default, setting
    # The log names each key, but never the value, which may be something the person wrote.
    assert all(key in caplog.text for key in SCHEMA)
    assert "sideways" not in caplog.text and "maybe" not in caplog.text


def test_a_window_opens_as_on_a_first_start_from_a_file_of_wrong_values(make_window, settings_file, qtbot) -> None:
    settings_file.write_text(
        ini_text(
            {
                "section": "diary",
                "window/geometry": "not a geometry",
                "window/state": "12",
                "window/area": "3",
                "questions/mode": "sideways",
                "questions/pair": "last",
                "questions/text_size": "huge",
                "questions/notes_hidden": "perhaps",
                "questions/session/open": "perhaps",
                "experiments/open": "the last one",
            }
        )
    )
    window = make_window()
    assert window.isVisible() and window.current_area() == "experiments"
    assert window.questions_dock.isVisible() and window.questions_panel.session_window is None
    panel = window.questions_panel
    assert panel.sheet_view.mode() is SheetMode.BOTH and panel.mode_box.currentText() == "Both columns"
    assert panel.sheet_view.pair_index() == 0
    assert not panel.notes_hidden()


def test_each_key_is_declared_once() -> None:
    assert all(key == setting.key for key, setting in SCHEMA.items())
    with pytest.raises(ValueError, match="declared twice"):
        IntSetting(QUESTIONS_PAIR.key, 1)
    assert SCHEMA[QUESTIONS_PAIR.key] is QUESTIONS_PAIR
