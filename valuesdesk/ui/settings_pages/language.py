"""Settings ▸ Language: the system's language, or one of those ValuesDesk is translated into.

The choice is remembered at once and takes effect at the next start: every text of the window is
translated as it is built, and building the window again in the middle of the work would lose
the place the person is at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from valuesdesk.ui.settings import LANGUAGE, Settings
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP, SYSTEM_LANGUAGE, language_name, shipped_languages

if TYPE_CHECKING:  # settings_dialog imports this module to list the page
    from valuesdesk.ui.settings_dialog import SettingsScope

# The page's title in the dialog's list.
TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Language")


class LanguagePage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePage")
        self._settings = settings
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        chosen = settings.get(LANGUAGE)
        self.choice.addItem(self.tr("System default"), SYSTEM_LANGUAGE)
        codes = shipped_languages()
        if chosen and chosen not in codes:
            codes.append(chosen)  # chosen once, its translation since removed: still shown as chosen
        for code in codes:
            self.choice.addItem(language_name(code), code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self.choice.setAccessibleName(self.tr("Language"))
        self.choice.currentIndexChanged.connect(self._choose)

        self.note = QLabel(self.tr("ValuesDesk speaks the language chosen here from its next start."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.choice.setAccessibleDescription(self.note.text())
        self.worksheets = QLabel(
            self.tr(
                "The worksheets keep their own words, in English, unless they have been translated"
                " into the language chosen."
            )
        )
        self.worksheets.setObjectName("hint")
        self.worksheets.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.worksheets)
        layout.addStretch(1)

    def _choose(self) -> None:
        self._settings.set(LANGUAGE, self.choice.currentData())
        self._settings.sync()


def build(scope: SettingsScope) -> QWidget:
    return LanguagePage(scope.settings)
