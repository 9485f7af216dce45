"""Step 1, Choose a Value: one of my values or a new one, and how long to try it on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from valuesdesk.domain import (
    DEFAULT_DURATION_DAYS,
    LIFE_DOMAINS,
    MAX_DURATION_DAYS,
    MAX_LIFE_DOMAIN_CHARS,
    MAX_VALUE_NAME_CHARS,
)
from valuesdesk.domain.life_domains import domain_named
from valuesdesk.ui.local_dates import short_day
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.wizard.fields import InlineProblem, caption, column, text_area, wrapping_label
from valuesdesk.ui.wizard.page import StepPage, attempt

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentView

# The first choice of "Start from one of my values": not one of them, but a new value written here.
WRITE_NEW_VALUE = QT_TRANSLATE_NOOP("ValueStep", "A new value")


class ValueStep(StepPage):
    # The experiment's value got another name, or another value was chosen: its title changed.
    renamed = Signal()

    def build(self) -> None:
        self._saved_name = ""
        self.my_values = QComboBox()
        self.my_values.activated.connect(self._value_chosen)
        self.my_values_caption = caption(self.tr("Start from &one of my values"), self.my_values)

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_VALUE_NAME_CHARS)
        self.name.setPlaceholderText(self.tr("For example: being a caring friend"))
        self.name.textEdited.connect(self.changed)
        self.name_problem = InlineProblem(self.name)
        reminder = wrapping_label(
            self.tr("Remember: a value you can enact yourself — not a way to change others."), "hint"
        )

        self.meaning = text_area(self.tr("In your own words"), min_lines=3, max_lines=6)
        self.meaning.textChanged.connect(self.changed)

        self.life_domain = QComboBox()
        self.life_domain.setEditable(True)
        domain_line = QLineEdit()
        domain_line.setMaxLength(MAX_LIFE_DOMAIN_CHARS)
        domain_line.setPlaceholderText(self.tr("None"))
        self.life_domain.setLineEdit(domain_line)
        self.life_domain.addItems(["", *LIFE_DOMAINS])
        # The field is read by its label's words, and the empty first choice as the placeholder says.
        domain_line.setAccessibleName(self.tr("Life domain (optional)"))
        self.life_domain.setItemData(0, self.tr("None"), Qt.ItemDataRole.AccessibleTextRole)
        self.life_domain.currentTextChanged.connect(self.changed)
        self.life_domain.currentTextChanged.connect(self._show_domain_ratings)
        # The domain's latest values check, where one rated it: how much it matters and how it was lived.
        self.domain_ratings = wrapping_label("", "hint")
        self.domain_ratings.hide()

        self.duration = QSpinBox()
        self.duration.setRange(1, MAX_DURATION_DAYS)
        self.duration.setSuffix(self.tr(" days"))
        self.duration.valueChanged.connect(self.changed)
        self.duration_note = InlineProblem(self.duration)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.my_values_caption, self.my_values)
        # The problem's line under the reminder: while empty it reads as the space before the next field.
        form.addRow(caption(self.tr("The value I &choose"), self.name), column(self.name, reminder, self.name_problem))
        form.addRow(caption(self.tr("What it &means to me"), self.meaning), self.meaning)
        form.addRow(
            caption(self.tr("Life &domain (optional)"), self.life_domain), column(self.life_domain, self.domain_ratings)
        )
        form.addRow(caption(self.tr("&Try it on for"), self.duration), column(self.duration, self.duration_note))
        self.form.addLayout(form)

    def fill(self, experiment: ExperimentView) -> None:
        values = self.context.services.values.list_values()
        value = experiment.value
        self.my_values.clear()
        self.my_values.addItem(QCoreApplication.translate("ValueStep", WRITE_NEW_VALUE), None)
        for listed in values:
            self.my_values.addItem(listed.name, listed.id)
        self.my_values.setCurrentIndex(max(self.my_values.findData(value.id if value else None), 0))
        self.my_values.setVisible(bool(values))
        self.my_values_caption.setVisible(bool(values))
        self._saved_name = value.name if value else ""
        self.name.setText(self._saved_name)
        self.meaning.setPlainText(value.meaning if value else "")
        self.life_domain.setCurrentText(value.life_domain if value else "")
        self._show_domain_ratings(self.life_domain.currentText())
        self.duration.setValue(experiment.lifecycle.duration_days or DEFAULT_DURATION_DAYS)

    def save(self) -> None:
        experiments = self.context.experiments
        name = self.name.text().strip()
        experiments.save_value(
            self.context.experiment_id,
            name=name,
            meaning=self.meaning.toPlainText(),
            life_domain=self.life_domain.currentText(),
        )
        experiments.update(self.context.experiment_id, duration_days=self.duration.value())
        # A blank name keeps the saved one (the service's rule), so only a new word renames.
        if name and name != self._saved_name:
            self._saved_name = name
            self.renamed.emit()

    def check(self) -> bool:
        short = self.duration.value() < DEFAULT_DURATION_DAYS
        if short:  # a word from the worksheet, not a missing answer: said at once
            self.duration_note.reveal()
        self.duration_note.show_problem(self.tr("The worksheet asks for at least a week.") if short else None)
        return self.name_problem.show_problem(
            None if self.name.text().strip() else self.tr("Give your value a name to go on.")
        )

    def first_input(self) -> QWidget:
        return self.name

    def _show_domain_ratings(self, text: str) -> None:
        domain = domain_named(text)
        found = None
        if domain is not None and getattr(self, "context", None) is not None:
            found = self.context.services.values_checks.latest_rating(domain.key)
        if found is None:
            self.domain_ratings.hide()
            return
        day, rating = found
        words = self.tr("In your values check of %1: matters to me %2, lived it %3 (of 10).")
        marks = (("%1", short_day(day)), ("%2", _number(rating.importance)), ("%3", _number(rating.consistency)))
        for mark, part in marks:
            words = words.replace(mark, part)
        self.domain_ratings.setText(words)
        self.domain_ratings.setAccessibleName(words)
        self.domain_ratings.show()

    def _value_chosen(self, index: int) -> None:
        value_id = self.my_values.itemData(index)
        experiment_id = self.context.experiment_id
        # Save first what was typed (a new value's words, the length of the try-on): the page reloads.
        if attempt(self, self.save) and attempt(
            self, lambda: self.context.experiments.use_value(experiment_id, value_id)
        ):
            self.load(self.context.load())
            self.edited.emit()
            self.renamed.emit()


def _number(rating: int | None) -> str:
    return "–" if rating is None else str(rating)
