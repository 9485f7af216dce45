"""A page that shows one narrow column in the middle of the window (the lock screen, the first start)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget


def centre_column(page: QWidget, column: QLayout, width: int) -> None:
    """Lay ``column`` out on ``page`` at ``width``, centred, a little above the middle, where the eye goes first."""
    holder = QWidget()
    holder.setFixedWidth(width)
    holder.setLayout(column)
    centred = QVBoxLayout(page)
    centred.addStretch(1)
    centred.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
    centred.addStretch(2)
