"""Small controls shared by the panel and the session window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolButton

from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.questions.sheet_view import SheetView


def mode_chooser(view: SheetView, name: str) -> tuple[QLabel, QComboBox]:
    """A "Show:" label and a choice of the four view modes, kept in step with ``view``."""
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(QCoreApplication.translate("QuestionsControls", "Show"))
    for mode in SheetMode:
        box.addItem(mode.label, mode)
    box.setCurrentIndex(list(SheetMode).index(view.mode()))
    box.activated.connect(lambda index: view.set_mode(SheetMode(box.itemData(index))))
    view.mode_changed.connect(lambda mode: box.setCurrentIndex(list(SheetMode).index(mode)))
    label = QLabel(QCoreApplication.translate("QuestionsControls", "Sho&w:"))
    label.setBuddy(box)
    return label, box


def action_button(action: QAction, name: str) -> QToolButton:
    """A button for ``action``; ``name`` is its label without the mnemonic."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAccessibleName(name)
    return button


def menu_button(text: str, menu: QMenu) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAccessibleName(text)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button
