"""Settings ▸ Appearance: light, dark or the system's colours, and the size of the text (90–200%).

Both apply at once to every window, and are remembered for the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QLabel, QRadioButton, QSpinBox, QVBoxLayout, QWidget

from valuesdesk.ui import look
from valuesdesk.ui.look import ColourScheme
from valuesdesk.ui.settings import COLOUR_SCHEME, TEXT_SIZE, Settings
from valuesdesk.ui.theme import theme
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # settings_dialog imports this module to list the page
    from valuesdesk.ui.settings_dialog import SettingsScope

# The page's title in the dialog's list.
TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Appearance")
# The pause in changing the text size after which the windows take it.
TEXT_SIZE_PAUSE_MS = 300


class AppearancePage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearancePage")
        self._settings = settings

        self.schemes: dict[ColourScheme, QRadioButton] = {}
        self.scheme_group = QButtonGroup(self)
        scheme_column = QVBoxLayout()
        scheme_column.setSpacing(look.Space.TIGHT)
        chosen = settings.get(COLOUR_SCHEME)
        for scheme, text in (
            (ColourScheme.SYSTEM, self.tr("&System (follows the desktop)")),
            (ColourScheme.LIGHT, self.tr("Li&ght")),
            (ColourScheme.DARK, self.tr("&Dark")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setChecked(scheme is chosen)
            button.toggled.connect(lambda on, picked=scheme: self._choose_scheme(picked) if on else None)
            self.scheme_group.addButton(button)
            scheme_column.addWidget(button)
            self.schemes[scheme] = button

        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSize")
        self.text_size.setRange(look.TEXT_SIZE_MIN, look.TEXT_SIZE_MAX)
        self.text_size.setSingleStep(look.TEXT_SIZE_STEP)
        self.text_size.setSuffix(self.tr("%"))
        self.text_size.setValue(look.clamp_text_size(settings.get(TEXT_SIZE)))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.note = QLabel(self.tr("The size of all text, in percent of the system's font. It changes at once."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.text_size.setAccessibleDescription(self.note.text())
        self.text_size.valueChanged.connect(self._choose_text_size)
        # Each size re-lays out every window: the one the arrows stop at, not each one they pass.
        self._resize_text = QTimer(self, singleShot=True, interval=TEXT_SIZE_PAUSE_MS)
        self._resize_text.timeout.connect(lambda: theme().set_text_size(self.text_size.value()))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # "100%" needs no full row
        form.setVerticalSpacing(look.Space.MEDIUM)
        colours_label = QLabel(self.tr("Colours:"))
        form.addRow(colours_label, scheme_column)
        form.addRow(self.tr("&Text size:"), self.text_size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _choose_scheme(self, scheme: ColourScheme) -> None:
        self._settings.set(COLOUR_SCHEME, scheme)
        self._settings.sync()
        theme().set_scheme(scheme)

    def _choose_text_size(self, percent: int) -> None:
        self._settings.set(TEXT_SIZE, percent)
        self._settings.sync()
        self._resize_text.start()


def build(scope: SettingsScope) -> QWidget:
    return AppearancePage(scope.settings)
