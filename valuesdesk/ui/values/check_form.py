"""The values check as a form: the ten life domains, each with two ratings, saved as the person goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from valuesdesk.domain.life_domains import LIFE_DOMAIN_TABLE, MAX_RATING, LifeDomain
from valuesdesk.ui.wizard.fields import wrapping_label
from valuesdesk.ui.wizard.page import attempt

if TYPE_CHECKING:
    from valuesdesk.services.values_check import ValuesCheckService, ValuesCheckView

# 0 on a rating's spin box is "not rated": it shows as words, and leaves the domain out of the composite.
NOT_RATED = 0


def explanation() -> str:
    return QCoreApplication.translate(
        "CheckForm",
        "For each part of life, give two numbers from 1 to 10: how much it matters to you, and how much "
        "you have lived by it this past week. Not every part matters to everyone: 1 for how much it matters "
        "is as good an answer as 10. Leave a part empty to skip it; a skipped part is left out of the "
        "composite score. Everything is saved as you go.",
    )


def importance_label() -> str:
    return QCoreApplication.translate("CheckForm", "Matters to me")


def consistency_label() -> str:
    return QCoreApplication.translate("CheckForm", "Lived it this week")


def rating_box(accessible_name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NOT_RATED, MAX_RATING)
    box.setSpecialValueText(QCoreApplication.translate("CheckForm", "Not rated"))
    box.setAccessibleName(accessible_name)
    box.setAccessibleDescription(QCoreApplication.translate("CheckForm", "1 to 10; 0 or Not rated leaves it empty."))
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def rating_of(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_RATED else box.value()


class DomainRow:
    """One domain's name, what it covers, and its two ratings."""

    def __init__(self, domain: LifeDomain) -> None:
        self.domain = domain
        self.name = QLabel(domain.name)
        self.name.setObjectName("fieldCaption")
        self.covers = QLabel(domain.description if domain.description != domain.name else "")
        self.covers.setObjectName("hint")
        # Wrapped in a narrow window (1024×640 beside the questions), so that the ratings never scroll out of view.
        for label in (self.name, self.covers):
            label.setWordWrap(True)
        self.importance = rating_box(
            QCoreApplication.translate("CheckForm", "%1: matters to me").replace("%1", domain.name)
        )
        self.consistency = rating_box(
            QCoreApplication.translate("CheckForm", "%1: lived it this week").replace("%1", domain.name)
        )
        self.name.setBuddy(self.importance)

    def show(self, importance: int | None, consistency: int | None) -> None:
        for box, rating in ((self.importance, importance), (self.consistency, consistency)):
            box.blockSignals(True)
            box.setValue(rating or NOT_RATED)
            box.blockSignals(False)


class CheckForm(QWidget):
    """Shows one check; each change of a rating is one write (``ValuesCheckService.rate``)."""

    rated = Signal(object)  # the check as saved, a ValuesCheckView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: ValuesCheckService | None = None
        self.check_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = wrapping_label(explanation())
        layout.addWidget(self.explanation)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(0, 1)
        for column, text in ((1, importance_label()), (2, consistency_label())):
            header = QLabel(text)
            header.setObjectName("fieldCaption")
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignRight)
        self.rows: dict[str, DomainRow] = {}
        for index, domain in enumerate(LIFE_DOMAIN_TABLE, start=1):
            row = DomainRow(domain)
            names = QVBoxLayout()
            names.setSpacing(0)
            names.addWidget(row.name)
            if row.covers.text():
                names.addWidget(row.covers)
            grid.addLayout(names, index, 0)
            grid.addWidget(row.importance, index, 1)
            grid.addWidget(row.consistency, index, 2)
            for box in (row.importance, row.consistency):
                box.valueChanged.connect(lambda _value, key=domain.key: self._save(key))
            self.rows[domain.key] = row
        layout.addLayout(grid)
        layout.addStretch(1)
        previous: QWidget | None = None
        for row in self.rows.values():  # Tab: across a row, then down, as it reads
            for box in (row.importance, row.consistency):
                if previous is not None:
                    QWidget.setTabOrder(previous, box)
                previous = box

    def show_check(self, checks: ValuesCheckService, check: ValuesCheckView) -> None:
        self.checks, self.check_id = checks, check.id
        for rating in check.ratings:
            self.rows[rating.key].show(rating.importance, rating.consistency)

    def first_input(self) -> QSpinBox:
        return next(iter(self.rows.values())).importance

    def _save(self, key: str) -> None:
        if self.checks is None or self.check_id is None:
            return
        row, checks, check_id = self.rows[key], self.checks, self.check_id
        saved: list[ValuesCheckView] = []
        importance, consistency = rating_of(row.importance), rating_of(row.consistency)
        if attempt(self, lambda: saved.append(checks.rate(check_id, key, importance, consistency))):
            self.rated.emit(saved[0])
