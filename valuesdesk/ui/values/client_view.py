"""The values check for the room: the client fills it in, one domain at a time, in large print.

A window of its own, full screen on the screen turned to the client (as the Parallel Questions'
client view, whose text size and quiet captions it shares). It shows the check and nothing else:
never a therapist's private note. Each choice is saved at once, as in the form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain.life_domains import LIFE_DOMAIN_TABLE, MAX_RATING, MIN_RATING
from valuesdesk.ui.questions.session_window import client_view_text_size, quiet_ink
from valuesdesk.ui.values.check_form import consistency_label, importance_label
from valuesdesk.ui.wizard.page import attempt

if TYPE_CHECKING:
    from valuesdesk.services.values_check import ValuesCheckService


class RatingChoice(QWidget):
    """Ten buttons 1–10 for one rating, and one to leave it empty; one of them is checked."""

    chosen = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(label)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        self.buttons: dict[int | None, QPushButton] = {}
        for rating in [*range(MIN_RATING, MAX_RATING + 1), None]:
            button = QPushButton(
                str(rating) if rating is not None else QCoreApplication.translate("ClientCheckView", "Skip")
            )
            button.setCheckable(True)
            button.setAccessibleName(
                f"{label}: {rating}"
                if rating is not None
                else QCoreApplication.translate("ClientCheckView", "%1: not rated").replace("%1", label)
            )
            self.group.addButton(button)
            self.buttons[rating] = button
            # Equal shares of the row whatever their text or weight (the chosen one is bold).
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            row.addWidget(button, 1)
            button.clicked.connect(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)

    def rating(self) -> int | None:
        return next((rating for rating, button in self.buttons.items() if button.isChecked()), None)

    def show_rating(self, rating: int | None) -> None:
        self.buttons[rating].setChecked(True)


class ClientCheckView(QWidget):
    """One domain of a check at a time: its name, what it covers, and two rows of choices."""

    closed = Signal()

    def __init__(self, checks: ValuesCheckService, check_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Gone once closed: nothing of the check stays behind, hidden, in the window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("clientCheckView")
        self.setWindowTitle(QCoreApplication.translate("ClientCheckView", "Values Check"))
        self.checks, self.check_id = checks, check_id
        self.index = 0
        self.domain_name = QLabel()
        self.domain_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.domain_name.setWordWrap(True)
        self.covers = QLabel()
        self.covers.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.covers.setWordWrap(True)
        self.importance = RatingChoice(importance_label())
        self.consistency = RatingChoice(consistency_label())
        for choice in (self.importance, self.consistency):
            choice.chosen.connect(self._save)
        self.previous_button = QPushButton(QCoreApplication.translate("ClientCheckView", "Previous"))
        self.next_button = QPushButton(QCoreApplication.translate("ClientCheckView", "Next"))
        self.previous_button.setAccessibleName(QCoreApplication.translate("ClientCheckView", "Previous"))
        self.next_button.setAccessibleName(QCoreApplication.translate("ClientCheckView", "Next"))
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.position = QLabel()
        self.hint = QLabel(QCoreApplication.translate("ClientCheckView", "Esc to leave"))
        captions = QGridLayout()
        captions.setColumnStretch(1, 1)
        captions.addWidget(self.previous_button, 0, 0)
        captions.addWidget(self.position, 0, 1, Qt.AlignmentFlag.AlignCenter)
        captions.addWidget(self.next_button, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addStretch(1)
        layout.addWidget(self.domain_name)
        layout.addWidget(self.covers)
        layout.addSpacing(24)
        layout.addWidget(self.importance)
        layout.addSpacing(16)
        layout.addWidget(self.consistency)
        layout.addStretch(1)
        layout.addLayout(captions)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)
        self.apply_size()
        self._show_domain()

    def apply_size(self) -> None:
        """Large print, from the screen's height as the Parallel Questions' client view: the domain at
        full size, what it covers, the captions and the choices a little over half of it."""
        screen = self.screen()
        size = client_view_text_size(screen) if screen is not None else 24.0
        sized: dict[QWidget, float] = {self.domain_name: size, self.covers: size * 0.6}
        for choice in (self.importance, self.consistency):
            sized[choice.caption] = size * 0.6
            sized.update(dict.fromkeys(choice.buttons.values(), size * 0.6))
        # The client turns the pages: Previous and Next as large as the choices, the position and the hint quieter.
        sized.update(dict.fromkeys((self.previous_button, self.next_button), size * 0.6))
        sized.update(dict.fromkeys((self.position, self.hint), size * 0.4))
        for widget, points in sized.items():
            font = widget.font()
            font.setPointSizeF(points)
            font.setBold(widget is self.domain_name)
            widget.setFont(font)
        pages = (self.previous_button, self.next_button)
        for button in [*self.importance.buttons.values(), *self.consistency.buttons.values(), *pages]:
            metrics = button.fontMetrics()
            button.setMinimumHeight(round(metrics.height() * 2))
            button.setMinimumWidth(metrics.horizontalAdvance(button.text()) + metrics.averageCharWidth() * 2)
        quiet = self.palette()
        quiet.setColor(QPalette.ColorRole.WindowText, quiet_ink(self.palette()))
        for label in (self.covers, self.position, self.hint):
            label.setPalette(quiet)
        # The chosen rating stands out by more than a shade: the accent, as a selection.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 1px solid palette(highlight); font-weight: bold; }"
        )

    def turn(self, step: int) -> None:
        self.index = max(0, min(len(LIFE_DOMAIN_TABLE) - 1, self.index + step))
        self._show_domain()

    def _show_domain(self) -> None:
        domain = LIFE_DOMAIN_TABLE[self.index]
        self.domain_name.setText(domain.name)
        self.domain_name.setAccessibleName(domain.name)
        self.covers.setText(domain.description if domain.description != domain.name else "")
        position = (
            QCoreApplication.translate("ClientCheckView", "Domain %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(LIFE_DOMAIN_TABLE)))
        )
        self.position.setText(position)
        self.position.setAccessibleName(position)
        rating = self.checks.get(self.check_id).rating(domain.key)
        self.importance.show_rating(rating.importance)
        self.consistency.show_rating(rating.consistency)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(LIFE_DOMAIN_TABLE) - 1)
        self.importance.buttons[rating.importance].setFocus()

    def _save(self) -> None:
        key = LIFE_DOMAIN_TABLE[self.index].key
        importance, consistency = self.importance.rating(), self.consistency.rating()
        attempt(self, lambda: self.checks.rate(self.check_id, key, importance, consistency))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Here rather than as shortcuts: the keys reach the view from whichever choice has the focus,
        # also while the window is not the active one (a screen turned to the client).
        key = Qt.Key(event.key())
        turns = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if key in turns:
            self.turn(turns[key])
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
