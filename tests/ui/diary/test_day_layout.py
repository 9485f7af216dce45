"""The diary day as a person sees it at 1024×640, 1280×800 and 1920×1080: one scroll and fields as tall as
their writing, an even rhythm at a readable width, nothing moving under the cursor, Today, read-only
future days, the searched words marked, and a calendar whose marks read at a glance."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from diary_screen import current_editor
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from valuesdesk.domain import DIARY_FIELDS, CheckInOutcome, DayState, FieldKind
from valuesdesk.ui.diary.calendar import mark_size
from valuesdesk.ui.diary.entry_editor import FIELD_GAP, FIELD_LINES, READABLE_CHARACTERS, search_highlight_format
from valuesdesk.ui.diary.marks import MARK_CONTRAST, blend, contrast, paint_state, readable, try_on_shade

SIZES = [(1024, 640), (1280, 800), (1920, 1080)]


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def open_diary_at(request, open_diary, qtbot):
    """A window of each size showing the Diary, with experiments made by ``setup(services)`` beforehand."""
    width, height = request.param

    def open_(setup=lambda services: None):
        window, page = open_diary(setup)
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.size().toTuple() == (width, height))
        return window, page

    return open_


def settled(qtbot, page) -> None:
    """Wait until the layouts have placed everything (a posted layout request has run)."""
    qtbot.wait(50)


def top_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


def bottom_in(widget: QWidget, ancestor: QWidget) -> int:
    return top_in(widget, ancestor) + widget.height()


def label_of(editor, widget) -> QLabel:
    [label] = [label for label in editor.findChildren(QLabel) if label.buddy() is widget]
    return label


def test_text_fields_grow_with_their_lines_and_never_scroll_inside(
    open_diary_at, make_experiment, qtbot, days_ago
) -> None:
    _window, page = open_diary_at(lambda services: make_experiment(start=days_ago(2), services=services))
    editor = current_editor(page)
    before = editor.inputs["before"]
    empty_height = before.height()
    qtbot.mouseClick(before.viewport(), Qt.MouseButton.LeftButton)
    for line in range(12):
        qtbot.keyClicks(before, f"line {line} of what I felt before")
        qtbot.keyClick(before, Qt.Key.Key_Return)
    line_height = before.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: before.height() >= empty_height + (13 - FIELD_LINES) * line_height)
    settled(qtbot, page)
    # Every line is in the field: nothing to scroll to inside it, in it or any other field.
    fields = [area for area in editor.findChildren(QAbstractScrollArea) if area is not editor]
    assert fields and all(not area.verticalScrollBar().isVisible() for area in fields)
    assert all(area.verticalScrollBar().maximum() == 0 for area in fields)
    assert before.line_count() == 13
    # The page's one scroll followed the caret down to the new line.
    caret = before.viewport().mapTo(editor.viewport(), before.cursorRect().center())
    assert editor.viewport().rect().contains(caret)
    # Deleting the lines shrinks the field back.
    before.selectAll()
    qtbot.keyClick(before, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: before.height() == empty_height)


def test_every_field_stands_the_same_distance_from_the_next_at_a_readable_width(
    open_diary_at, make_experiment, qtbot, days_ago
) -> None:
    _window, page = open_diary_at(lambda services: make_experiment(start=days_ago(2), services=services))
    editor = current_editor(page)
    column = editor.column
    settled(qtbot, page)
    # Each field with its label is one block, the group's heading another: between blocks the same gap.
    blocks = []
    for field in DIARY_FIELDS:
        widget = editor.inputs[field.name]
        label = label_of(editor, widget)
        parts = [label, widget]
        blocks.append((min(top_in(part, column) for part in parts), max(bottom_in(part, column) for part in parts)))
    [heading] = [label for label in editor.findChildren(QLabel) if label.objectName() == "fieldGroup"]
    blocks.append((top_in(heading, column), bottom_in(heading, column)))
    blocks.sort()
    gaps = {next_top - bottom for (_top, bottom), (next_top, _bottom) in itertools.pairwise(blocks)}
    assert gaps == {FIELD_GAP}
    # Text fields start equally tall, and a label sits as close over each of them.
    text_fields = [editor.inputs[field.name] for field in DIARY_FIELDS if field.kind is FieldKind.TEXT]
    assert len({field.height() for field in text_fields}) == 1
    assert len({top_in(field, column) - bottom_in(label_of(editor, field), column) for field in text_fields}) == 1
    # A readable line: at most READABLE_CHARACTERS (88) of the body font, and at the widest window it takes all of that.
    readable_width = editor.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
    assert column.width() <= readable_width
    if page.window().width() >= 1920:
        assert column.width() == readable_width
    assert not editor.horizontalScrollBar().isVisible()


def test_nothing_moves_when_saved_or_clear_appear(open_diary_at, make_experiment, qtbot, days_ago) -> None:
    _window, page = open_diary_at(lambda services: make_experiment(start=days_ago(2), services=services))
    editor = current_editor(page)
    body = editor.widget()
    settled(qtbot, page)

    def places():
        watched = [editor.check_in_question, *editor.outcome_buttons.values(), *editor.inputs.values()]
        return [widget.mapTo(body, QPoint(0, 0)) for widget in watched]

    before = places()
    assert not editor.clear_check_in.isVisible() and editor.save_indicator.text() == ""
    qtbot.mouseClick(editor.outcome_buttons[CheckInOutcome.YES], Qt.MouseButton.LeftButton)
    assert editor.clear_check_in.isVisible()
    settled(qtbot, page)
    assert places() == before
    qtbot.mouseClick(editor.inputs["notes"].viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.inputs["notes"], "calm")
    assert editor.save_indicator.text() == "Saving…"
    settled(qtbot, page)
    assert places() == before
    qtbot.waitUntil(lambda: editor.save_indicator.text() == "Saved", timeout=2000)
    settled(qtbot, page)
    assert places() == before


def test_today_and_ctrl_t_bring_back_today(open_diary_at, make_experiment, qtbot, clock, days_ago) -> None:
    _window, page = open_diary_at(lambda services: make_experiment(start=days_ago(10), days=14, services=services))
    long_ago = days_ago(75)
    page.select_day(long_ago)
    assert page.calendar.monthShown() == long_ago.month
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.calendar.selected_day() == clock.today
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (clock.today.year, clock.today.month)
    assert current_editor(page).day_heading.text().endswith("· today")

    # From the calendar, with another month paged to.
    page.select_day(long_ago)
    page.calendar.setCurrentPage(2025, 1)
    page.calendar.day_grid.setFocus()
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.calendar.selected_day() == clock.today
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (clock.today.year, clock.today.month)

    # From a field of another day, typing nothing into it.
    page.select_day(days_ago(3))
    notes = current_editor(page).inputs["notes"]
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(notes, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.calendar.selected_day() == clock.today
    assert notes.toPlainText() == ""


def test_a_future_day_is_read_only_and_says_why(open_diary_at, make_experiment, qtbot, clock) -> None:
    window, page = open_diary_at(lambda services: make_experiment(start=clock.today, services=services))
    tomorrow = clock.today + dt.timedelta(days=1)
    page.select_day(tomorrow)
    editor = current_editor(page)
    settled(qtbot, page)
    assert editor.future_note.isVisible() and not editor.future_note.visibleRegion().isEmpty()
    assert "has not come yet" in editor.future_note.text()
    for widget in editor.inputs.values():
        assert not widget.isEnabled() if isinstance(widget, QCheckBox) else widget.isReadOnly()
        assert widget.accessibleDescription() == editor.future_note.text()
    notes = editor.inputs["notes"]
    # It looks closed: on the window's colour, not the white (or dark) of a field to write in.
    assert corner_colour(notes) == notes.palette().color(QPalette.ColorRole.Window).name()
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes, "planned")
    assert notes.toPlainText() == ""
    assert not editor.autosaver.pending
    [entry] = window.context.services.diary.day_entries(tomorrow, None, clock.today)
    assert not entry.has_entry
    # Today, the same fields take writing again.
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert not current_editor(page).future_note.isVisible()
    assert all(
        widget.isEnabled() if isinstance(widget, QCheckBox) else not widget.isReadOnly()
        for widget in current_editor(page).inputs.values()
    )
    assert corner_colour(notes) == notes.palette().color(QPalette.ColorRole.Base).name()


def corner_colour(field) -> str:
    """The colour inside the field's bottom right corner, where no text or hint reaches."""
    picture = field.viewport().grab().toImage()
    return picture.pixelColor(picture.width() - 3, picture.height() - 3).name()


def test_the_words_searched_for_are_marked_in_the_opened_day(open_diary_at, make_experiment, qtbot, days_ago) -> None:
    def setup(services):
        experiment = make_experiment(start=days_ago(5), services=services)
        # The words far down a long note, after an emoji (two of Qt's characters, one of Python's).
        lines = ["An ordinary line."] * 30 + ["🌱 My Sister laughed; my sister too."]
        services.diary.save_entry(experiment, days_ago(3), notes="\n".join(lines))

    _window, page = open_diary_at(setup)
    qtbot.keyClicks(page.search_field, "sister laughed")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    results = page.search_results.results
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Return)
    editor = current_editor(page)
    notes = editor.inputs["notes"]
    marked = notes.extraSelections()
    assert [selection.cursor.selectedText() for selection in marked] == ["Sister", "laughed", "sister"]
    tint = search_highlight_format(notes.palette()).background().color()
    assert all(selection.format.background().color() == tint for selection in marked)
    # The first of them is brought into view, with the caret at it.
    settled(qtbot, page)
    assert notes.hasFocus() and notes.textCursor().position() == marked[0].cursor.selectionStart()
    caret = notes.viewport().mapTo(editor.viewport(), notes.cursorRect().center())
    assert editor.viewport().rect().contains(caret)
    # Another day shows no marks.
    page.select_day(days_ago(2))
    assert notes.extraSelections() == []


def test_the_search_label_stays_put_when_its_clear_button_appears(open_diary_at, qtbot) -> None:
    _window, page = open_diary_at()
    settled(qtbot, page)
    label, field = page.search_label.geometry(), page.search_field.geometry()
    qtbot.keyClicks(page.search_field, "k")
    settled(qtbot, page)
    assert (page.search_label.geometry(), page.search_field.geometry()) == (label, field)


def test_the_experiment_and_the_count_show_their_whole_text(open_diary_at, make_experiment, qtbot, days_ago) -> None:
    _window, page = open_diary_at(
        lambda services: make_experiment("Courage with my family", start=days_ago(2), services=services)
    )
    page.filter.setCurrentIndex(1)
    settled(qtbot, page)
    option = QStyleOptionComboBox()
    page.filter.initStyleOption(option)
    shown = page.filter.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, page.filter
    )
    assert page.filter.fontMetrics().horizontalAdvance(page.filter.currentText()) <= shown.width()
    assert page.filter.toolTip() == page.filter.currentText()

    count = current_editor(page).inputs["times_done"]
    assert count.lineEdit().text().endswith("(suggested)")
    count.show_count(None, 9_999)  # the widest count there is
    assert count.lineEdit().fontMetrics().horizontalAdvance(count.lineEdit().text()) <= count.lineEdit().width() - 4


def test_the_calendar_marks_neighbouring_days_in_large_distinct_marks(
    open_diary_at, make_experiment, qtbot, clock
) -> None:
    # A try-on from the end of October into November, checked in on 30 October.
    start = dt.date(2026, 10, 28)

    def setup(services):
        experiment = make_experiment(start=start, days=10, services=services)
        services.diary.set_check_in(experiment, dt.date(2026, 10, 30), CheckInOutcome.YES)

    _window, page = open_diary_at(setup)
    calendar = page.calendar
    grid = calendar.day_grid
    settled(qtbot, page)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    model = grid.model()
    # The row of day names is a line of text, not a row as tall as a week's.
    assert grid.horizontalHeader().height() < 0.75 * grid.verticalHeader().sectionSize(0)
    # The month's name has room for the button's arrow on either side.
    button = calendar.month_button
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 2 * arrow

    def cell_of(row: int, number: int):
        [column] = [column for column in range(7) if model.index(row, column).data() == number]
        return grid.visualRect(model.index(row, column))

    october_30 = cell_of(0, 30)
    assert mark_size(QRectF(october_30), 1) >= 10
    picture = grid.viewport().grab().toImage()
    accent = readable(
        calendar.palette().color(QPalette.ColorRole.Highlight), calendar.palette().color(QPalette.ColorRole.Base)
    )
    marked = [
        QColor(picture.pixel(x, y))
        for x in range(october_30.left(), october_30.right())
        for y in range(october_30.top(), october_30.bottom())
    ]
    assert sum(contrast(colour, accent) < 1.2 for colour in marked) >= 40, "the check-in of 30 October shows"
    # Days of the months either side are shaded apart from the month's own: 1 December against 30 November.
    last_row = model.rowCount() - 1
    december_1, november_30 = (
        cell_of(last_row, 1),
        cell_of(last_row - 1, 30)
        if any(model.index(last_row - 1, column).data() == 30 for column in range(7))
        else cell_of(last_row, 30),
    )
    corner = QPoint(2, 2)
    assert picture.pixel(december_1.topLeft() + corner) != picture.pixel(november_30.topLeft() + corner)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"),
        (QPalette.ColorRole.WindowText, "#eeeeec"),
        (QPalette.ColorRole.Base, "#2d2d2d"),
        (QPalette.ColorRole.Text, "#eeeeec"),
        (QPalette.ColorRole.Highlight, "#15539e"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def painted(state: DayState, palette: QPalette, background: QColor) -> QImage:
    image = QImage(26, 26, QImage.Format.Format_RGB32)
    image.fill(background)
    painter = QPainter(image)
    paint_state(painter, QRectF(0, 0, 26, 26), state, palette, background=background)
    painter.end()
    return image


@pytest.mark.parametrize("palette", [QPalette(), dark_palette()], ids=["light", "dark"])
def test_each_answer_has_its_own_shape_readable_on_light_and_dark(qapp, palette) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    # A try-on day's cell: the shade over the cells' colour, as the calendar paints it.
    shaded = blend(base, try_on_shade(palette))
    for background in (base, shaded):
        shapes = {}
        for state in map(DayState.of, CheckInOutcome):
            image = painted(state, palette, background)
            pixels = [QColor(image.pixel(x, y)) for y in range(26) for x in range(26)]
            inked = frozenset(index for index, colour in enumerate(pixels) if contrast(colour, background) >= 1.5)
            assert max(contrast(colour, background) for colour in pixels) >= MARK_CONTRAST, state
            shapes[state] = inked
        # Told apart by shape alone: each two answers differ in at least a quarter of the pixels they cover
        # (a filled disc and a half-filled one differ by about that much: the empty half).
        for first, second in itertools.combinations(shapes.values(), 2):
            assert len(first ^ second) >= 0.25 * len(first | second)
