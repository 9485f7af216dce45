"""A page that shows one narrow column in the middle of the window (the lock screen, the first start)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget


def centre_column(page: QWidget, column: QLayout, width: int) -> None:
    """Lay ``column`` out on ``page`` at ``width``, centred, a little above the middle, where the eye goes first."""
    holder = QWidget()
    holder.setFixedWidth(width)
    holder.setLayout(column)
    # Centred between stretches rather than by alignment: an aligned widget gets its size hint's height,
    # not the height its wrapped lines need at its width (more of them in a longer translation).
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(holder)
    row.addStretch(1)
    centred = QVBoxLayout(page)
    centred.addStretch(1)
    centred.addLayout(row)
    centred.addStretch(2)
