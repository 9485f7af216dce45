"""The Diary area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from valuesdesk.services import Services


class DiaryPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel("Daily Reactions Diary")
        heading.setObjectName("pageHeading")
        self.message = QLabel("Opening your data…")
        self.message.setObjectName("placeholder")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message, 1)

    def attach(self, services: Services) -> None:
        self.message.setText("Your diary fills in day by day once you are trying on a value.")

    def show_experiment(self, experiment_id: int) -> None:
        """Show the diary of one experiment (the wizard's step 8 links here)."""
        self.experiment_id = experiment_id
