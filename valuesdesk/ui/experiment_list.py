"""The list of experiments as a Qt model and its delegate: grouped Active, Planned, Completed, Abandoned.

Each experiment is a row of two lines: its value in bold with where it stands on the right, then its
days and the next session in the secondary colour. Group headings are rows the keyboard passes over.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from valuesdesk.domain import STEP_COUNT, Phase
from valuesdesk.ui import counts
from valuesdesk.ui.domain_texts import shown_title, status_label
from valuesdesk.ui.local_dates import number, short_day, try_on_span
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.experiments import ExperimentSummary

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
# The second line of a row (days and next session), and the words on the right (where it stands).
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
STANDING_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3

PADDING = 8
LINE_GAP = 2
# How much of the text's colour the secondary line keeps against the background.
SECONDARY_WEIGHT = 0.68


class ListGroup(enum.Enum):
    """The list's groups, in the order shown: what goes on now first, what is over last."""

    # Source texts, translated where shown.
    ACTIVE = QT_TRANSLATE_NOOP("ExperimentList", "Active")
    PLANNED = QT_TRANSLATE_NOOP("ExperimentList", "Planned")
    COMPLETED = QT_TRANSLATE_NOOP("ExperimentList", "Completed")
    ABANDONED = QT_TRANSLATE_NOOP("ExperimentList", "Abandoned")


def group_of(summary: ExperimentSummary, today: dt.date) -> ListGroup:
    """Active while its days run (or have ended, waiting for the reflection); planned until they start."""
    match summary.lifecycle.phase(today):
        case Phase.RUNNING | Phase.ENDED:
            return ListGroup.ACTIVE
        case Phase.DRAFT | Phase.UPCOMING:
            return ListGroup.PLANNED
        case Phase.COMPLETED:
            return ListGroup.COMPLETED
        case Phase.ABANDONED:
            return ListGroup.ABANDONED


@dataclass(frozen=True)
class ExperimentRow:
    """One experiment as the list shows it."""

    summary: ExperimentSummary
    answered_days: int  # days checked in, whatever the answer
    next_session: dt.date | None

    @property
    def id(self) -> int:
        return self.summary.id


def check_ins_text(count: int) -> str:
    return counts.check_ins(count)


def standing(row: ExperimentRow, today: dt.date) -> str:
    """Where the experiment is, for example "Day 3 of 7 · 2 check-ins" or "Step 4 of 10"."""
    lifecycle = row.summary.lifecycle
    check_ins = check_ins_text(row.answered_days)
    phase = lifecycle.phase(today)
    day = lifecycle.day_number(today)
    days = counts.days(lifecycle.duration_days)
    if phase is Phase.DRAFT:
        text = QCoreApplication.translate("ExperimentList", "Step {step} of {steps}")
        return text.format(step=number(row.summary.current_step), steps=number(STEP_COUNT))
    if day is None:  # its first day has not come (or it was set aside before it came)
        start = lifecycle.start_date
        if start is None:
            return check_ins
        return QCoreApplication.translate("ExperimentList", "Starts {day} · {days}").format(
            day=short_day(start), days=days
        )
    if phase is Phase.RUNNING:
        text = QCoreApplication.translate("ExperimentList", "Day {day} of {days} · {check_ins}")
        return text.format(day=number(day), days=number(lifecycle.duration_days), check_ins=check_ins)
    if phase is Phase.ENDED:
        return QCoreApplication.translate("ExperimentList", "Ended · {check_ins} · ready to reflect").format(
            check_ins=check_ins
        )
    return QCoreApplication.translate("ExperimentList", "{days} · {check_ins}").format(days=days, check_ins=check_ins)


def details(row: ExperimentRow, today: dt.date) -> str:
    """The try-on's days, and the next session while it is to come, e.g. "18 Nov 2026 – 24 Nov 2026 · …"."""
    span = try_on_span(row.summary.lifecycle)
    if row.next_session is not None and row.next_session >= today and row.summary.status.unfinished:
        text = QCoreApplication.translate("ExperimentList", "{span} · next session {day}")
        return text.format(span=span, day=short_day(row.next_session))
    return span


def list_rows(services: Services) -> tuple[ExperimentRow, ...]:
    """Every experiment with the counts and the session date the list shows, newest first."""
    return tuple(
        ExperimentRow(summary=summary, answered_days=summary.check_ins, next_session=summary.next_session_date)
        for summary in services.experiments.list_summaries()
    )


class ExperimentListModel(QAbstractListModel):
    """The experiments under their group headings; a heading's row has no id and cannot be selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ExperimentRow | ListGroup] = []
        self._counts: dict[ListGroup, int] = {}
        self._today = dt.date.min

    def show_rows(self, rows: Iterable[ExperimentRow], today: dt.date) -> None:
        grouped: dict[ListGroup, list[ExperimentRow]] = {group: [] for group in ListGroup}
        for row in rows:
            grouped[group_of(row.summary, today)].append(row)
        self.beginResetModel()
        self._today = today
        self._entries = []
        self._counts = {group: len(members) for group, members in grouped.items()}
        for group, members in grouped.items():
            if members:
                self._entries.append(group)
                self._entries.extend(members)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def row_of(self, experiment_id: int) -> int | None:
        return next(
            (
                number
                for number, entry in enumerate(self._entries)
                if isinstance(entry, ExperimentRow) and entry.id == experiment_id
            ),
            None,
        )

    def experiment_rows(self) -> list[int]:
        """The model's rows that hold an experiment, top to bottom."""
        return [number for number, entry in enumerate(self._entries) if isinstance(entry, ExperimentRow)]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self._entries[index.row()], ListGroup):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if isinstance(entry, ListGroup):
            heading = self.tr("{group} ({count})").format(
                group=QCoreApplication.translate("ExperimentList", entry.value), count=number(self._counts[entry])
            )
            return {
                Qt.ItemDataRole.DisplayRole: heading,
                Qt.ItemDataRole.AccessibleTextRole: heading,
                HEADING_ROLE: True,
            }.get(Qt.ItemDataRole(role))
        shown = {
            Qt.ItemDataRole.DisplayRole: shown_title(entry.summary.title),
            ID_ROLE: entry.id,
            DETAILS_ROLE: details(entry, self._today),
            STANDING_ROLE: standing(entry, self._today),
            HEADING_ROLE: False,
        }
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title}, {status}: {standing}; {details}").format(
                title=shown_title(entry.summary.title),
                status=status_label(entry.summary.status),
                standing=shown[STANDING_ROLE],
                details=shown[DETAILS_ROLE],
            )
        return shown.get(Qt.ItemDataRole(role))


def secondary_ink(palette: QPalette) -> QColor:
    """Text a step quieter than the body, still 4.5:1 on the list's background in light and dark palettes.

    The palette's placeholder colour is half-transparent text, which on white is under 4:1.
    """
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    weight = SECONDARY_WEIGHT
    return QColor.fromRgbF(
        text.redF() * weight + base.redF() * (1 - weight),
        text.greenF() * weight + base.greenF() * (1 - weight),
        text.blueF() * weight + base.blueF() * (1 - weight),
    )


class ExperimentDelegate(QStyledItemDelegate):
    """Paints a heading as a small bold caption, an experiment as its value in bold over its days."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(HEADING_ROLE):
            return QSize(0, metrics.height() + 2 * PADDING)
        return QSize(0, 2 * metrics.height() + LINE_GAP + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font: QFont = option.font
        painter.save()
        bold = QFont(font)
        bold.setBold(True)
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        if index.data(HEADING_ROLE):
            # A heading cannot be selected, which is no reason to grey it out as Qt does a disabled row.
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText))
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, index.data())
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.left() + PADDING, rect.bottom(), rect.right() - PADDING, rect.bottom())
            painter.restore()
            return
        # The background of the current and selected row as the style draws it, then the text on it.
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(text_role)
        secondary = ink if selected else secondary_ink(palette)
        line = QFontMetrics(font).height()
        standing_text = index.data(STANDING_ROLE)
        standing_width = QFontMetrics(font).horizontalAdvance(standing_text)
        first = QRect(inner.left(), inner.top(), inner.width(), line)
        title_room = max(inner.width() - standing_width - 2 * PADDING, inner.width() // 3)
        painter.setFont(bold)
        painter.setPen(ink)
        title = QFontMetrics(bold).elidedText(index.data(), Qt.TextElideMode.ElideRight, title_room)
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(font)
        standing_room = inner.width() - QFontMetrics(bold).horizontalAdvance(title) - 2 * PADDING
        shown = QFontMetrics(font).elidedText(standing_text, Qt.TextElideMode.ElideRight, standing_room)
        painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
        second = QRect(inner.left(), inner.top() + line + LINE_GAP, inner.width(), line)
        painter.setPen(secondary)
        detail = QFontMetrics(font).elidedText(index.data(DETAILS_ROLE), Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()


class ExperimentListView(QListView):
    """The list, whose cursor keys step over the group headings, Home and Page Up included."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        upwards = action in (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MovePrevious,
        )
        while index.isValid() and index.data(HEADING_ROLE):
            index = index.siblingAtRow(index.row() + (-1 if upwards else 1))
        return index if index.isValid() else self.currentIndex()
