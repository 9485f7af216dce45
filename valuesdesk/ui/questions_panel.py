"""The "Parallel Values Processes: Client and Therapist" sheet, for the right-hand dock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from valuesdesk.content import ParallelQuestions, parallel_questions


def _wrapping_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAccessibleName(text)
    return label


class QuestionsPanel(QScrollArea):
    """The eight question pairs, row by row, the therapist's column beside the client's."""

    def __init__(self, sheet: ParallelQuestions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet or parallel_questions()
        self.setObjectName("questionsPanel")
        self.setAccessibleName(self.sheet.title)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QWidget()
        layout = QVBoxLayout(body)
        title = _wrapping_label(self.sheet.title, "sheetTitle")
        layout.addWidget(title)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(_wrapping_label(self.sheet.therapist_heading, "columnHeading"), 0, 0)
        grid.addWidget(_wrapping_label(self.sheet.client_heading, "columnHeading"), 0, 1)
        self.therapist_labels: list[QLabel] = []
        self.client_labels: list[QLabel] = []
        for row, pair in enumerate(self.sheet.pairs, start=1):
            therapist = _wrapping_label(pair.therapist, "therapistQuestion")
            client = _wrapping_label(pair.client, "clientQuestion")
            grid.addWidget(therapist, row, 0)
            grid.addWidget(client, row, 1)
            self.therapist_labels.append(therapist)
            self.client_labels.append(client)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)
