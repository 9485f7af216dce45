"""The typed errors' titles and fixed messages, translated where the window shows them.

The services, the store and the exports raise :mod:`valuesdesk.errors` with English texts and never
import Qt. Their titles and the messages without any value in them are listed here with
``QT_TRANSLATE_NOOP``, so that ``pyside6-lupdate`` puts them in the catalogue; :func:`title` and
:func:`message` translate an error as it is shown. A message with a value in it (a file's name, a
number) is shown in English: it is a sentence of the service's, whole.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

CONTEXT = "Errors"

# The title of every error class in valuesdesk/errors.py (tests/ui/test_translations.py checks that none is missing).
TITLES = (
    QT_TRANSLATE_NOOP("Errors", "Not enough disk space"),
    QT_TRANSLATE_NOOP("Errors", "Not found"),
    QT_TRANSLATE_NOOP("Errors", "Nothing to export"),
    QT_TRANSLATE_NOOP("Errors", "Please check what you entered"),
    QT_TRANSLATE_NOOP("Errors", "The file could not be written"),
    QT_TRANSLATE_NOOP("Errors", "This backup cannot be restored"),
    QT_TRANSLATE_NOOP("Errors", "This file cannot be imported"),
    QT_TRANSLATE_NOOP("Errors", "ValuesDesk"),
    QT_TRANSLATE_NOOP("Errors", "ValuesDesk cannot open your data"),
    QT_TRANSLATE_NOOP("Errors", "Your data could not be backed up"),
    QT_TRANSLATE_NOOP("Errors", "Your data could not be saved"),
    QT_TRANSLATE_NOOP("Errors", "Your data is busy"),
    QT_TRANSLATE_NOOP("Errors", "Your diary is locked"),
)

# The messages raised without a value in them.
MESSAGES = (
    QT_TRANSLATE_NOOP("Errors", "A check linked to a try-on says whether it was taken as it began or as it ended."),
    QT_TRANSLATE_NOOP("Errors", "A value needs a name."),
    QT_TRANSLATE_NOOP("Errors", "Please choose another passphrase."),
    QT_TRANSLATE_NOOP("Errors", "Please write something first."),
    QT_TRANSLATE_NOOP("Errors", "Please write your reflection before completing the experiment."),
    QT_TRANSLATE_NOOP("Errors", "Some steps still need an answer."),
    QT_TRANSLATE_NOOP("Errors", "That experiment no longer exists or has not started yet."),
    QT_TRANSLATE_NOOP("Errors", "That experiment no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "That item no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "That note no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "That text cannot be saved."),
    QT_TRANSLATE_NOOP("Errors", "That value no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "That values check no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "The diary could not be drawn."),
    QT_TRANSLATE_NOOP("Errors", "The experiment of this check-in no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "The experiment of this diary entry no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "The first day comes after the last day."),
    QT_TRANSLATE_NOOP("Errors", "ValuesDesk was closed before the diary was unlocked."),
    QT_TRANSLATE_NOOP("Errors", "Your diary already has a passphrase."),
    QT_TRANSLATE_NOOP("Errors", "Your diary has no passphrase."),
)


def title(error: ValuesDeskError) -> str:
    return QCoreApplication.translate(CONTEXT, error.title)


def message(error: ValuesDeskError) -> str:
    return QCoreApplication.translate(CONTEXT, error.message)
