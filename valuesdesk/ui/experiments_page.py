"""The "Trying on a Value" area: the list of experiments and the way to start one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.experiments import ExperimentSummary


def date_span(summary: ExperimentSummary) -> str:
    if summary.start_date is None or summary.end_date is None:
        return "Not started"
    return f"{summary.start_date:%d %b %Y} – {summary.end_date:%d %b %Y}"


class ExperimentsPage(QWidget):
    start_requested = Signal()

    COLUMNS = ("Value", "Status", "Dates", "Progress")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None

        heading = QLabel("Trying on a Value")
        heading.setObjectName("pageHeading")

        self.start_button = QPushButton("&Start trying on a value")
        self.start_button.setAccessibleName("Start trying on a value")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_requested)

        self.experiment_list = QTreeWidget()
        self.experiment_list.setAccessibleName("Experiments")
        self.experiment_list.setHeaderLabels(self.COLUMNS)
        self.experiment_list.setRootIsDecorated(False)
        self.experiment_list.setUniformRowHeights(True)
        self.experiment_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.status_label = QLabel("Opening your data…")
        self.status_label.setObjectName("placeholder")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.experiment_list, 1)
        self.experiment_list.hide()

    def attach(self, services: Services) -> None:
        self._services = services
        self.start_button.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self._services is None:
            return
        summaries = self._services.experiments.list_summaries()
        today = dt.date.today()
        self.experiment_list.clear()
        for summary in summaries:
            item = QTreeWidgetItem(
                [summary.value_name or "(no value chosen yet)", summary.status.label, date_span(summary), summary.progress(today)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
            self.experiment_list.addTopLevelItem(item)
        has_experiments = bool(summaries)
        self.experiment_list.setVisible(has_experiments)
        self.status_label.setVisible(not has_experiments)
        self.status_label.setText("No experiments yet.")
