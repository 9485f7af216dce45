"""Help ▸ Guide and Help ▸ Keyboard Shortcuts.

The guide is ``resources/help/guide.html``, in our own words; it names the worksheet's step titles, the
calendar's marks and the keys of a few actions through placeholders, filled in when it is shown, so that
none of them can drift from what the program does. The list of shortcuts is made, each time it is shown,
from the actions of the window: its menus, its areas, the Parallel Questions dock and the session window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QRectF,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QImage, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFrame,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.content import resource_path, ten_steps
from valuesdesk.domain import DayState
from valuesdesk.ui.diary.marks import cell_background, paint_entry_mark, paint_state, readable, try_on_shade
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuesdesk.ui.main_window import MainWindow

GUIDE_TITLE = QT_TRANSLATE_NOOP("Help", "Guide")
SHORTCUTS_TITLE = QT_TRANSLATE_NOOP("Help", "Keyboard Shortcuts")
# Not F1 for the shortcuts: F1 is the guide, and on macOS the guide's key is ⌘? instead.
SHORTCUTS_KEYS = "Ctrl+/"
# About 70 characters a line: long lines are hard to follow back to the start of the next one.
LINE_CHARACTERS = 70
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# The least room around the text (when the window is narrower than a full line), and the room
# beside it in a window opened at its own size.
TEXT_PADDING = 24
GUIDE_MARGIN = 40
MARK_SIZE = 20
BODY_SCALE = 1.1
GUIDE_HEIGHT = 820
# Qt's rich text: room between the lines of a paragraph, and before each section's heading.
GUIDE_STYLE = "p, li, dd { line-height: 140%; } h2 { margin-top: 22px; } dd { margin-bottom: 8px; } "
# Row heights of the list of shortcuts, in lines of text: a heading has room above it.
HEADING_ROW = 2.4
SHORTCUT_ROW = 1.7
COLUMN_GAP = 32
MIN_SHORTCUTS_WIDTH = 420
# Where an action acts when it sits in no menu and in no area, dock or window of its own.
WINDOW_GROUP = QT_TRANSLATE_NOOP("Help", "Anywhere in the window")
MARK_SCHEME = "mark"
PLACEHOLDER = re.compile(r"\{(step|mark|keys):([^}]+)\}")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
ENTRY_MARK = "entry"
TRY_ON_MARK = "try-on"


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: what the action is called and its keys, in the platform's words."""

    text: str
    keys: str


@dataclass
class ShortcutGroup:
    """The shortcuts of one menu, one area of the window, the dock or another window."""

    title: str
    shortcuts: list[Shortcut]


def native_keys(sequences: list[QKeySequence]) -> str:
    """Every key sequence as the platform writes it (⌘⇧M on macOS, Ctrl+Shift+M elsewhere)."""
    texts = [sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in sequences]
    return ", ".join(text for text in texts if text)


def _shown_keys(action: QAction) -> list[QKeySequence]:
    """The action's keys, if a person can use them: hidden actions take no keys."""
    return [key for key in action.shortcuts() if not key.isEmpty()] if action.isVisible() else []


def _menu_actions(menu: QMenu) -> list[QAction]:
    """The actions of a menu and of its submenus, in the order the menu shows them."""
    found = []
    for action in menu.actions():
        if (submenu := action.menu()) is not None and isinstance(submenu, QMenu):
            found.extend(_menu_actions(submenu))
        elif not action.isSeparator():
            found.append(action)
    return found


def _place(widget: QWidget, window: MainWindow) -> str:
    """Where the keys of an action that belongs to ``widget`` work: the area page, the dock or
    the window (other than the main window) that holds it."""
    current: QWidget | None = widget
    while current is not None and current is not window:
        if isinstance(current, QDockWidget):
            return plain_label(current.windowTitle())
        if current.isWindow():
            return current.accessibleName() or plain_label(current.windowTitle())
        if current.parentWidget() is window.pages:
            item = window.sections.item(window.pages.indexOf(current))
            return item.text() if item is not None else QCoreApplication.translate("Help", WINDOW_GROUP)
        current = current.parentWidget()
    return QCoreApplication.translate("Help", WINDOW_GROUP)


def _owner(action: QAction) -> QWidget | None:
    """The widget the action was added to (or, failing that, its parent)."""
    for candidate in action.associatedObjects():
        if isinstance(candidate, QWidget) and not isinstance(candidate, QMenu):
            return candidate
    parent = action.parent()
    return parent if isinstance(parent, QWidget) else None


def shortcut_groups(window: MainWindow) -> list[ShortcutGroup]:
    """Every action of ``window`` with a shortcut, grouped by its menu, then by where else it works.

    Menus come first, in the menu bar's order; then the areas, the dock and other windows in the
    order their actions are found. A QShortcut is listed when its ``whatsThis`` says what it does
    (it has no text of its own).
    """
    groups: dict[str, ShortcutGroup] = {}
    listed: set[QAction] = set()

    def add(title: str, text: str, keys: str) -> None:
        group = groups.setdefault(title, ShortcutGroup(title, []))
        line = Shortcut(plain_label(text), keys)
        if line not in group.shortcuts:  # the same action added to a menu and to a widget
            group.shortcuts.append(line)

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in _menu_actions(menu):
            listed.add(action)
            if keys := _shown_keys(action):
                add(plain_label(menu.title()), action.text(), native_keys(keys))

    window.build_all_pages()  # the areas built after the first frame (issue 15) have their keys too
    widgets = [window, *window.findChildren(QWidget)]
    actions = window.findChildren(QAction) + [action for widget in widgets for action in widget.actions()]
    for action in actions:
        if action in listed:
            continue
        listed.add(action)
        owner = _owner(action)
        if (keys := _shown_keys(action)) and owner is not None:
            add(_place(owner, window), action.text(), native_keys(keys))

    for shortcut in window.findChildren(QShortcut):
        keyed = shortcut.parent()
        if shortcut.whatsThis() and shortcut.isEnabled() and isinstance(keyed, QWidget):
            add(_place(keyed, window), shortcut.whatsThis(), native_keys(shortcut.keys()))
    return [group for group in groups.values() if group.shortcuts]


def _action_keys(window: MainWindow) -> dict[str, str]:
    """An action's name (without ``&`` or an ellipsis) to its keys, for the guide's ``{keys:NAME}``."""
    return {
        shortcut.text.rstrip("…"): shortcut.keys for group in shortcut_groups(window) for shortcut in group.shortcuts
    }


def guide_html(window: MainWindow) -> str:
    """The guide's text with its placeholders filled in for ``window``."""
    template = resource_path("help", "guide.html").read_text(encoding="utf-8")
    keys = _action_keys(window)
    steps = ten_steps()

    def fill(match: re.Match[str]) -> str:
        kind, name = match.group(1), match.group(2)
        if kind == "step":
            return steps.step(int(name)).title
        if kind == "mark":
            return (
                f'<img style="vertical-align: middle" src="{MARK_SCHEME}:{name}" width={MARK_SIZE} height={MARK_SIZE}>'
            )
        return f" ({keys[name]})" if name in keys else ""

    return PLACEHOLDER.sub(fill, COMMENT.sub("", template))  # the comment shows the placeholders


def paint_mark(painter: QPainter, rect: QRectF, name: str, palette: QPalette) -> None:
    """The calendar's mark called ``name`` on the text's background (the Base colour)."""
    behind = palette.color(QPalette.ColorRole.Base)
    if name == ENTRY_MARK:
        paint_entry_mark(painter, rect, readable(palette.color(QPalette.ColorRole.Text), behind))
    elif name == TRY_ON_MARK:
        # A calendar cell in small: the shade on the cells' colour, outlined so that it shows on the page.
        painter.fillRect(rect, cell_background(palette))
        painter.fillRect(rect, try_on_shade(palette))
        painter.setPen(readable(palette.color(QPalette.ColorRole.Highlight), behind))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        paint_state(painter, rect, DayState(name), palette, background=behind)


class GuideBrowser(QTextBrowser):
    """The guide's text in a column of at most :data:`LINE_CHARACTERS`, centred in the window, with the
    calendar's marks painted for the palette in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideText")
        self.setAccessibleName(QCoreApplication.translate("Help", GUIDE_TITLE))
        self.setFrameShape(QFrame.Shape.NoFrame)  # the text is the window
        self.setOpenExternalLinks(False)  # the guide links only within itself: nothing leaves the computer
        self._html = ""

    def show_html(self, html: str) -> None:
        self._html = html
        document = self.document()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * BODY_SCALE)
        document.setDefaultFont(font)
        document.setDocumentMargin(TEXT_PADDING)
        link = readable(
            self.palette().color(QPalette.ColorRole.Link), self.palette().color(QPalette.ColorRole.Base), 4.5
        )
        document.setDefaultStyleSheet(GUIDE_STYLE + f"a {{ color: {link.name()}; }}")
        self.setHtml(html)
        self._centre_column()

    def column_width(self) -> float:
        # Measured on letters, as text runs, rather than on the font's widest glyphs.
        alphabet = QFontMetricsF(self.document().defaultFont()).horizontalAdvance(ALPHABET)
        return alphabet / len(ALPHABET) * LINE_CHARACTERS

    def _centre_column(self) -> None:
        side = max(TEXT_PADDING, (self.viewport().width() - self.column_width()) / 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if frame.leftMargin() != side or frame.rightMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            root.setFrameFormat(frame)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # also when a scroll bar comes or goes
            self._centre_column()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            # The marks and the links are coloured for the palette: light or dark, they are painted again.
            self.document().clear()
            self.show_html(self._html)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        url = QUrl(url)
        if url.scheme() != MARK_SCHEME:
            return super().loadResource(kind, url)
        ratio = self.devicePixelRatioF()
        image = QImage(QSize(MARK_SIZE, MARK_SIZE) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor(Qt.GlobalColor.transparent))
        painter = QPainter(image)
        paint_mark(painter, QRectF(2, 2, MARK_SIZE - 4, MARK_SIZE - 4), url.path(), self.palette())
        painter.end()
        return image


class HelpWindow(QDialog):
    """A window of its own over the main window: resizable, closed with Esc or Close."""

    def __init__(self, title: str, content: QWidget, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(False)
        self.content = content
        self._over = window
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setContentsMargins(12, 0, 12, 0)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(plain_label(close.text()))
        close.setAutoDefault(False)  # Return on a link of the guide follows the link
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 12)
        self._layout.setSpacing(12)
        self._layout.addWidget(content, 1)
        self._layout.addWidget(buttons)

    def fit(self, wanted: QSize) -> None:
        """Room for ``wanted`` (the content's size), or less on a small screen, centred over the main window."""
        room = self._over.screen().availableGeometry()
        wanted += QSize(0, self._layout.sizeHint().height() - self.content.sizeHint().height())
        self.resize(min(wanted.width(), int(room.width() * 0.9)), min(wanted.height(), int(room.height() * 0.85)))
        frame = self.frameGeometry()
        frame.moveCenter(self._over.frameGeometry().center())
        left = min(max(frame.left(), room.left()), room.right() - frame.width())
        top = min(max(frame.top(), room.top()), room.bottom() - frame.height())
        self.move(left, top)


class GuideWindow(HelpWindow):
    """Help ▸ Guide: the guide, opened as wide as a line of its text."""

    def __init__(self, window: MainWindow) -> None:
        browser = GuideBrowser()
        super().__init__(QCoreApplication.translate("Help", "ValuesDesk Guide"), browser, window)
        self.browser = browser
        self.setObjectName("guideWindow")
        self._sized = False

    def show_text(self, html: str) -> None:
        self.browser.show_html(html)
        if not self._sized:  # once, when the text's font (and with it the measure of a line) is known
            self._sized = True
            scroll_bar = self.browser.verticalScrollBar().sizeHint().width()
            self.fit(QSize(round(self.browser.column_width()) + 2 * GUIDE_MARGIN + scroll_bar, GUIDE_HEIGHT))


class ShortcutsWindow(HelpWindow):
    """Help ▸ Keyboard Shortcuts: the list, opened tall enough to show it whole where the screen allows."""

    def __init__(self, window: MainWindow) -> None:
        tree = ShortcutsTree()
        super().__init__(QCoreApplication.translate("Help", SHORTCUTS_TITLE), tree, window)
        self.tree = tree
        self.setObjectName("shortcutsWindow")

    def show_groups(self, groups: list[ShortcutGroup]) -> None:
        self.tree.show_groups(groups)
        if not self.isVisible():
            self.fit(self.tree.wanted_size())


class ShortcutsTree(QTreeWidget):
    """The shortcuts, a heading for each group, the action and its keys in two columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsList")
        self.setAccessibleName(QCoreApplication.translate("Help", SHORTCUTS_TITLE))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._wanted = QSize(MIN_SHORTCUTS_WIDTH, 0)

    def show_groups(self, groups: list[ShortcutGroup]) -> None:
        self.clear()
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        metrics = self.fontMetrics()
        heading_height = round(metrics.height() * HEADING_ROW)
        line_height = round(metrics.height() * SHORTCUT_ROW)
        for group in groups:
            heading = QTreeWidgetItem([group.title])
            heading.setFont(0, heading_font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
            heading.setSizeHint(0, QSize(0, heading_height))
            self.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for shortcut in group.shortcuts:
                line = QTreeWidgetItem([shortcut.text, shortcut.keys])
                line.setSizeHint(0, QSize(0, line_height))
                line.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{action}: {keys}").format(action=shortcut.text, keys=shortcut.keys),
                )
                heading.addChild(line)
        self.expandAll()
        # Measured on the texts: a view not yet shown would measure only the rows it has room for.
        lines = [line for group in groups for line in group.shortcuts]
        texts = max((metrics.horizontalAdvance(line.text) for line in lines), default=0)
        keys = max((metrics.horizontalAdvance(line.keys) for line in lines), default=0)
        self.setColumnWidth(0, texts + self.indentation() + COLUMN_GAP)
        frame = 2 * self.frameWidth()
        self._wanted = QSize(
            max(self.columnWidth(0) + keys + COLUMN_GAP, MIN_SHORTCUTS_WIDTH) + frame,
            self.header().sizeHint().height() + len(groups) * heading_height + len(lines) * line_height + frame,
        )
        if lines:
            # Where the arrow keys start from, without a highlighted row calling for attention.
            first = self.model().index(0, 0, self.model().index(0, 0))
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)

    def wanted_size(self) -> QSize:
        """Room for every line without scrolling (the window takes less where the screen is smaller)."""
        return self._wanted


class HelpMenu(QObject):
    """Help ▸ Guide and Help ▸ Keyboard Shortcuts of a main window, and the one window of each."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpMenu")
        self._window = window
        self.guide_action = QAction(self.tr("&Guide"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence(SHORTCUTS_KEYS))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.guide_window: GuideWindow | None = None
        self.shortcuts_window: ShortcutsWindow | None = None

    def show_guide(self) -> None:
        if self.guide_window is None:
            self.guide_window = GuideWindow(self._window)
        self.guide_window.show_text(guide_html(self._window))  # the keys of the actions as they are now
        self._present(self.guide_window)

    def show_shortcuts(self) -> None:
        if self.shortcuts_window is None:
            self.shortcuts_window = ShortcutsWindow(self._window)
        self.shortcuts_window.show_groups(shortcut_groups(self._window))  # made afresh: what the window has now
        self._present(self.shortcuts_window)

    def _present(self, help_window: HelpWindow) -> None:
        # F1 and the shortcuts' keys work from either help window too (the guide's last line names them).
        help_window.addActions([self.guide_action, self.shortcuts_action])
        help_window.show()
        help_window.raise_()
        help_window.activateWindow()
        help_window.content.setFocus()


def install_help_menu(window: MainWindow, menu: QMenu) -> HelpMenu:
    """Put Guide and Keyboard Shortcuts at the top of ``menu`` (the window's Help menu), above what
    it holds already (About), and return them."""
    help_menu = HelpMenu(window)
    actions = [help_menu.guide_action, help_menu.shortcuts_action]
    if existing := menu.actions():
        menu.insertActions(existing[0], actions)
        menu.insertSeparator(existing[0])
    else:
        menu.addActions(actions)
    return help_menu
