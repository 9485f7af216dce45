"""Translation-ready: every text of the window goes through Qt's translation, and none is cut off when
it grows.

The pseudo-translation ``en_XA`` (tools/translations.py) brackets, accents and lengthens every
text by 40 %. With it installed, the tests walk every view — the areas, each step of the wizard
(filled in and new), the Diary's day, search and progress, the Parallel Questions and session mode,
the dialogs, message boxes and every Settings page — and read every text a person sees (titles,
labels, buttons, placeholders, tooltips, tabs, list items, column headers, menus): any English word
outside brackets did not go through translation, unless it is the person's own writing or the
worksheets' words (valuesdesk.content), which stay as they are. A label whose text is wider than it,
or taller when it wraps, or that sticks out of what holds it, is cut off.

The catalogues are checked too: in step with the code, compiled, with every English plural written,
and with every label the layers below the window hand up.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from valuesdesk import APP_NAME, content, errors
from valuesdesk.domain import CheckInOutcome, DayState, ExperimentStatus, diary_fields, statuses
from valuesdesk.domain.life_domains import LIFE_DOMAIN_TABLE
from valuesdesk.paths import database_path, ui_state_path
from valuesdesk.ui import domain_texts, error_texts, translations
from valuesdesk.ui.main_window import AREAS
from valuesdesk.ui.settings import LANGUAGE, Settings
from valuesdesk.ui.translations import (
    PSEUDO_LANGUAGE,
    install_translators,
    language_name,
    remove_translators,
    shipped_languages,
)

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
# Outside brackets, a word of two ASCII letters or more is English that was not translated (the
# pseudo-translation accents every letter).
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
INNERMOST_BRACKETS = re.compile(r"\[[^\[\]]*\]")
TAG = re.compile(r"<[^>]*>")
# Names of keys, as Qt writes them beside a menu's items and in tooltips.
KEY_NAMES = ("Ctrl", "Alt", "Shift", "Meta", "Return", "Enter", "Esc", "PgUp", "PgDown", "Home", "End", "Del", "Tab")


def sample_texts() -> set[str]:
    """The person's writing in the sample diary (tests/sample_diary.py)."""
    import sample_diary

    written = {text for day in sample_diary.DAYS.values() for text in day.values()}
    written |= {
        "Connection with my family",
        "Being there for the people I love, even when it feels awkward.",
        "Call my sister on Monday evening after dinner.",
        "Call my sister",
        "Write to an old friend",
        "Cook for my parents",
        "Find her new number",
        "Client's values seem to echo mine.",
    }
    return written


def worksheet_texts() -> set[str]:
    """The worksheets' own words, shown as the worksheets have them (valuesdesk.content), and those of
    their vocabulary in the domain: the diary's fields, the check-in's question, the life domains."""
    steps, questions = content.ten_steps(), content.parallel_questions()
    texts = {steps.title, questions.title, questions.therapist_heading, questions.client_heading}
    texts |= {text for step in steps.steps for text in (step.title, step.guidance)}
    texts |= {text for pair in questions.pairs for text in (pair.therapist, pair.client)}
    for field in diary_fields.DIARY_FIELDS:
        texts |= {field.screen_label, field.label, field.placeholder}
    texts |= {diary_fields.SENSATIONS, diary_fields.DAY_NOTE_SCREEN_LABEL, diary_fields.DAY_NOTE_LABEL}
    texts |= {diary_fields.DAY_NOTE_PLACEHOLDER, statuses.CHECK_IN_LABEL}
    texts |= {text for domain in LIFE_DOMAIN_TABLE for text in (domain.name, domain.description)}
    return texts


def locale_words() -> set[str]:
    """Months and weekdays as the locale writes them in dates, long and short."""
    locale = QLocale()
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    return {locale.monthName(month, kind) for month in range(1, 13) for kind in formats} | {
        locale.dayName(day, kind) for day in range(1, 8) for kind in formats
    }


def plain(text: str) -> str:
    """``text`` as read: without markup and mnemonics, its spaces and line breaks as single spaces."""
    if QtGui.Qt.mightBeRichText(text):
        text = html.unescape(TAG.sub("", text))
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def kept_as_written() -> list[str]:
    """What may show untranslated, longest first so that a long text is taken out before its parts."""
    # Languages are named in their own language (Settings ▸ Language).
    kept = sample_texts() | worksheet_texts() | {APP_NAME} | {language_name(code) for code in shipped_languages()}
    # Worksheet texts are shown whole or line by line, their *emphasis* as such and a blank to fill in left out.
    kept |= {line for text in list(kept) for line in text.splitlines()}
    kept |= {re.sub(r"\s*_{3,}", "", text.replace("*", "")) for text in kept}
    return sorted({plain(text) for text in kept if text.strip()}, key=len, reverse=True)


def untranslated(text: str, kept: list[str], words: set[str]) -> str:
    """What of ``text`` did not go through translation: empty when all of it did."""
    rest = plain(text)
    for allowed in kept:
        if allowed in rest:
            rest = rest.replace(allowed, " ")
    while (inner := INNERMOST_BRACKETS.sub(" ", rest)) != rest:
        rest = inner
    return " ".join(word for word in ENGLISH_WORD.findall(rest) if word not in words and word not in KEY_NAMES)


def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_texts(action.menu(), f"{where} ▸ {action.text()}")
        elif not action.isSeparator():
            yield f"{where} ▸ menu item", action.text()
            yield f"{where} ▸ {action.text()} tooltip", action.statusTip()


def is_standard_button(button: QAbstractButton) -> bool:
    """One of Qt's own buttons (Close, Cancel), which Qt's translations (qtbase_*.qm) translate."""
    box = button.parentWidget()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person sees in ``root``: titles, labels, buttons, placeholders,
    tooltips, tabs, list and menu items."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        if widget.isWindow():
            yield f"{where} title", widget.windowTitle()
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel) or (isinstance(widget, QAbstractButton) and not is_standard_button(widget)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            yield from ((where, widget.tabText(index)) for index in range(widget.count()))
        elif isinstance(widget, QListWidget):
            yield from ((where, widget.item(row).text()) for row in range(widget.count()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            yield from ((where, widget.itemText(index)) for index in range(widget.count()))
        elif isinstance(widget, QMenu):
            yield from menu_texts(widget, where)
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            for section in range(model.columnCount() if orientation == Qt.Orientation.Horizontal else 0):
                yield where, str(model.headerData(section, orientation) or "")
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                yield from menu_texts(action.menu(), "menu")


def outside_parent(widget: QWidget) -> bool:
    """A label, a button or a panel of them partly outside its parent, which cuts it off; a scroll area's
    content is left to its scroll bars, and a frame drawn around another widget (a focus ring) to itself."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or parent.objectName() == "qt_scrollarea_viewport":
        return False
    if not isinstance(widget, QLabel | QAbstractButton) and widget.layout() is None:
        return False
    return not parent.rect().contains(widget.geometry())


def cut_sideways(widget: QWidget) -> bool:
    """Partly hidden at its left or right, by a scroll area too narrow for what it holds (scrolled out of
    sight above or below is how a scroll area works)."""
    shown = widget.visibleRegion().boundingRect()
    return not shown.isEmpty() and shown.width() < widget.width() - 1


def clipped(root: QWidget) -> Iterator[str]:
    """Labels and buttons whose text does not fit them, or that stick out of what holds them, and list
    items wider than their list."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QListWidget) and widget.horizontalScrollBar().isVisible():
            yield f"{type(widget).__name__} {widget.objectName()!r}: its items are wider than it"
            continue
        if outside_parent(widget):
            yield f"{type(widget).__name__} {widget.objectName()!r} sticks out of its parent"
            continue
        if isinstance(widget, QLabel | QAbstractButton) and cut_sideways(widget):
            yield f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()!r} is cut off at a side"
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                cut = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                cut = widget.sizeHint().width() > widget.width() + 1
        elif isinstance(widget, QAbstractButton) and widget.text():
            cut = widget.sizeHint().width() > widget.width() + 1
        else:
            continue
        if cut:
            yield f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()!r}"


class Reader:
    """Reads one view after another and keeps what is wrong in each."""

    def __init__(self, *also_kept: str) -> None:
        """``also_kept``: more of the person's own, such as the path of their data file."""
        self.kept = sorted([*kept_as_written(), *also_kept], key=len, reverse=True)
        self.words = locale_words()
        # What is wrong, each once, with the first view it was seen in.
        self.untranslated: dict[tuple[str, str], str] = {}
        self.clipped: dict[str, str] = {}

    def read(self, view: str, root: QWidget) -> None:
        QApplication.processEvents()
        for where, text in shown_texts(root):
            if text and (english := untranslated(text, self.kept, self.words)):
                self.untranslated.setdefault((where, text), f"{view}: {where}: {text!r} ({english})")
        for label in clipped(root):
            self.clipped.setdefault(label, f"{view}: {label}")


@pytest.fixture
def pseudo() -> Iterator[None]:
    """The pseudo-translation installed, as if chosen in Settings ▸ Language."""
    from valuesdesk.app import application

    application()
    previous = QLocale()
    install_translators(PSEUDO_LANGUAGE)
    yield
    remove_translators()
    QLocale.setDefault(previous)
    install_translators()  # as the application was


def close_dialogs() -> None:
    for window in QApplication.topLevelWidgets():
        if window.isWindow() and window.isVisible() and window.inherits("QDialog"):
            window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes (About, questions, errors) are kept open for reading instead of waiting for an answer."""
    shown: list[QMessageBox] = []

    def keep(box: QMessageBox) -> int:
        box.show()
        shown.append(box)
        return QMessageBox.StandardButton.Cancel

    def about(parent: QWidget, title: str, text: str) -> None:
        keep(QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, parent))

    monkeypatch.setattr(QMessageBox, "exec", keep)
    monkeypatch.setattr(QMessageBox, "about", about)
    return shown


@pytest.mark.usefixtures("pseudo", "filled")
def test_every_view_speaks_through_translation_and_nothing_is_cut_off(
    make_window, qtbot, data_dir, message_boxes, clock
) -> None:
    from sample_diary import START

    from valuesdesk.ui.backups_dialog import BackupsDialog
    from valuesdesk.ui.export_dialog import ExportDialog
    from valuesdesk.ui.help import HelpMenu
    from valuesdesk.ui.privacy_dialog import PassphraseChange, PassphraseDialog, PrivacyDialog

    clock.set(START + dt.timedelta(days=2))  # the third day of the sample's try-on: its diary and offers show
    window = make_window()
    window.resize(1280, 800)
    services = window.context.services
    reader = Reader(str(database_path(data_dir)))
    for area in AREAS:
        window.show_area(area.name)
        reader.read(f"area {area.name}", window)

    page = window.experiments_page
    [experiment] = services.experiments.list_summaries()
    window.show_area("experiments")
    page.select(experiment.id)
    page.delete_selected()  # its question, answered Cancel
    page.abandon_selected()
    page.open_experiment(experiment.id)
    for step in range(1, 11):
        page.wizard.go_to(step)
        reader.read(f"step {step}", window)
    page.start_new()  # a draft: the steps as they are first filled in
    for step in range(1, 8):
        page.wizard.go_to(step)
        reader.read(f"draft step {step}", window)
    page.wizard.go_to(1)
    page.wizard.go_next()  # without a value: the step says what is missing
    reader.read("draft step 1, a value missing", window)

    window.open_diary(experiment.id)
    reader.read("diary", window)
    diary = window.diary_page
    for query in ("sister", "nowhere to be found"):
        diary.search_field.clear()
        qtbot.keyClicks(diary.search_field, query)
        diary.run_search()
        reader.read(f"search for {query!r}", window)
    diary.tabs.setCurrentWidget(diary.progress_view)
    reader.read("progress", window)
    assert window.size() == QSize(1280, 800), "the longer texts made the window larger than the screen"

    window.questions_panel.start_session()
    reader.read("session", QApplication.activeWindow() or window)
    window.questions_panel.end_session()

    services.backups.back_up_now()
    dialogs = {
        "settings": lambda: window.show_settings(),
        "export": lambda: ExportDialog(services.experiments.list_summaries(), window, encrypted=True),
        "backups": lambda: BackupsDialog(services.backups.list_backups(), services.backups.folder, window),
        "privacy": lambda: PrivacyDialog(services, Settings(ui_state_path(data_dir)), lambda: None, window),
        "change passphrase": lambda: PassphraseDialog(PassphraseChange.CHANGE, lambda _current, _new: (), window),
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        reader.read(name, dialog)
        if isinstance(dialog, ExportDialog):  # every format, with what each shows
            for index in range(dialog.format_box.count()):
                dialog.format_box.setCurrentIndex(index)
                reader.read(f"{name} as {dialog.format_box.currentData()}", dialog)
        dialog.close()
    settings = window.show_settings()
    for row in range(settings.page_list.count()):
        settings.page_list.setCurrentRow(row)
        reader.read(f"settings page {row}", settings)
    settings.close()
    help_menu = window.findChild(HelpMenu)
    help_menu.show_shortcuts()
    reader.read("keyboard shortcuts", help_menu.shortcuts_window)
    help_menu.show_guide()  # its text is the guide's (resources/help/guide.html): only the window is read
    reader.read("guide", help_menu.guide_window)
    window.show_about()
    for box in message_boxes:
        reader.read(f"message {box.windowTitle()!r}", box)
    close_dialogs()

    window.conceal()
    reader.read("lock screen", window)

    assert not reader.untranslated, "not translated:\n" + "\n".join(reader.untranslated.values())
    assert not reader.clipped, "cut off:\n" + "\n".join(reader.clipped.values())


@pytest.mark.usefixtures("pseudo")
def test_the_first_start_asks_in_the_language_chosen(make_window, qtbot) -> None:
    window = make_window()
    window.ask_first_use()
    reader = Reader()
    reader.read("first start", window)
    assert not reader.untranslated, "not translated:\n" + "\n".join(reader.untranslated.values())
    assert not reader.clipped, "cut off:\n" + "\n".join(reader.clipped.values())


def test_the_language_chosen_in_settings_is_remembered_for_the_next_start(make_window, qtbot, data_dir) -> None:
    window = make_window()
    dialog = window.show_settings("Language")
    choice = dialog.findChild(QComboBox, "languageChoice")
    languages = [choice.itemText(index) for index in range(choice.count())]
    assert languages[0] == "System default" and "English" in languages[1]
    assert "Pseudo-translation (to check layouts)" in languages

    choice.setFocus()
    qtbot.keyClicks(choice, "Pseudo")

    assert choice.currentText() == "Pseudo-translation (to check layouts)"
    assert Settings(ui_state_path(data_dir)).get(LANGUAGE) == PSEUDO_LANGUAGE
    assert any("from its next start" in label.text() for label in dialog.findChildren(QLabel))
    dialog.close()


def test_counts_read_right_in_english(qtbot) -> None:
    from valuesdesk.app import application
    from valuesdesk.ui.diary.progress import days_text, times_text

    application()  # installs the default locale's translation, or English's when it has none
    assert (days_text(1), days_text(2), times_text(1), times_text(3)) == ("1 day", "2 days", "once", "3 times")


def test_every_error_title_is_in_the_catalogue() -> None:
    def subclasses(kind: type) -> set[type]:
        return {kind, *(sub for child in kind.__subclasses__() for sub in subclasses(child))}

    titles = {kind.title for kind in subclasses(errors.ValuesDeskError) if kind.__module__ == errors.__name__}
    assert titles <= set(error_texts.TITLES)


def test_every_label_from_below_the_window_is_in_the_catalogue() -> None:
    from valuesdesk.exports import formats
    from valuesdesk.store.backups import BackupKind

    assert {export_format.label for export_format in formats()} <= set(domain_texts.FORMAT_LABELS)
    assert {export_format.file_filter for export_format in formats()} <= set(domain_texts.FILE_FILTERS)
    assert {kind.label for kind in BackupKind} <= set(domain_texts.BACKUP_KINDS)
    assert set(domain_texts.STATUSES) == set(ExperimentStatus) == set(domain_texts.STATUSES_IN_SENTENCE)
    assert set(domain_texts.DAY_STATES) == set(DayState) == set(domain_texts.DAY_STATES_IN_SENTENCE)
    assert set(domain_texts.OUTCOME_BUTTONS) == set(CheckInOutcome)


def catalogue_sources(ts: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_translations_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Every text of the code is in the catalogue and the pseudo-translation, and each .qm is
    compiled from its .ts: after changing a text, ``python tools/translations.py`` puts this right."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "valuesdesk.ts"
    sources = [REPO / "valuesdesk" / "ui", REPO / "valuesdesk" / "app.py"]
    command = [str(lupdate), "-extensions", "py", "-locations", "none", "-silent", *map(str, sources)]
    subprocess.run([*command, "-ts", str(fresh)], check=True)

    english = ElementTree.parse(TRANSLATIONS / "valuesdesk_en.ts").getroot()
    counted = english.iter("message")
    unwritten = [text.findtext("source") for text in counted if not all(f.text for f in text.iter("numerusform"))]
    assert not unwritten, f"valuesdesk_en.ts has no English singular and plural for {unwritten}"

    in_code = catalogue_sources(fresh)
    assert in_code == catalogue_sources(TRANSLATIONS / "valuesdesk.ts"), "run python tools/translations.py"
    assert in_code == catalogue_sources(TRANSLATIONS / f"valuesdesk_{PSEUDO_LANGUAGE}.ts")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in TRANSLATIONS.glob("valuesdesk_*.ts"):
        compiled = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(compiled)], check=True)
        assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name} is not compiled"


def test_the_compiled_translations_ship_in_the_wheel_and_the_installers() -> None:
    """The .qm files lie in resources/, which the wheel carries whole (valuesdesk.resources) and the
    PyInstaller spec collects whole; of Qt's own translations the spec keeps only qtbase_<code>.qm of
    the languages ValuesDesk has a catalogue for (none but English yet, which needs none)."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["setuptools"]["package-data"]["valuesdesk.resources"] == ["**/*"]
    assert {qm.stem for qm in TRANSLATIONS.glob("*.qm")} >= {"valuesdesk_en", f"valuesdesk_{PSEUDO_LANGUAGE}"}

    spec = (REPO / "packaging" / "valuesdesk.spec").read_text(encoding="utf-8")
    assert '*tree(ROOT / "resources", "resources")' in spec
    unused = re.search(r"QT_UNUSED = (re\.compile\(.*?re\.VERBOSE,\s*\))", spec, re.DOTALL)
    assert unused is not None
    dropped = eval(unused.group(1), {"re": re})  # the spec's own pattern, as PyInstaller runs it
    assert dropped.match("PySide6/Qt/translations/qt_help_de.qm")
    assert dropped.match("PySide6/Qt/translations/qtbase_de.qm")
    assert 'QT_TRANSLATIONS_KEPT = {f"qtbase_{language}.qm" for language in SHIPPED_LANGUAGES}' in spec


def qt_button_texts() -> set[str]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
    return {button.text().replace("&", "") for button in buttons.buttons()}


def test_qt_own_buttons_speak_the_language_chosen(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's translation (qtbase_<code>.qm) is installed with ValuesDesk's, for the buttons Qt names —
    only for a language ValuesDesk itself is translated into (here a German catalogue made for the test)."""
    previous = QLocale()
    try:
        install_translators("de")  # no valuesdesk_de.qm ships: the window, Qt's buttons included, stays English
        assert qt_button_texts() == {"Close", "Cancel"}

        shutil.copy(TRANSLATIONS / "valuesdesk_en.qm", tmp_path / "valuesdesk_de.qm")
        monkeypatch.setattr(translations, "translations_dir", lambda: str(tmp_path))
        install_translators("de")
        assert qt_button_texts() == {"Schließen", "Abbrechen"}
        assert QLocale().toString(1234567) == "1.234.567"  # numbers as the language's region writes them
    finally:
        monkeypatch.undo()
        QLocale.setDefault(previous)
        install_translators()
