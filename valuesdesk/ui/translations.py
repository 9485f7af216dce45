"""The language of the window: ValuesDesk's own translation and Qt's, for the locale chosen at start.

The language is the system's unless Settings ▸ Language names one (``LANGUAGE``, a code such as
``de`` or ``pt_BR``, empty for the system's). Start-up's ``paint`` step installs it before the first
widget is built (``app.application()`` installs the system's as it makes the application, for any
window built without start-up): at most two small files, ``resources/translations/valuesdesk_<code>.qm``
and Qt's own ``qtbase_<code>.qm`` for what Qt draws (standard buttons, file dialogs) when ValuesDesk
has a translation of its own into that language (the installers ship Qt's only for those). Nothing else is
read or listed at start: :func:`shipped_languages` looks at the folder only when the Language page opens.

English is the source language, yet it too has a file: ``valuesdesk_en.qm`` holds the singular and
plural forms of the texts counted with ``%n`` ("%n days" → "1 day"), and is loaded for any
language that has no translation of its own, so that counts always read right.

``en_XA`` is a pseudo-translation made from the source texts by ``tools/translations.py``: every
text in brackets, accented and 40 % longer, to see at a glance what is not translated or is cut off.

Installing a language also chooses the worksheets' language (valuesdesk.content): a translated sheet
in ``resources/worksheets/<code>/`` when there is one, the English sheet otherwise.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from valuesdesk.content import resource_path, use_worksheet_languages

# The file name of ValuesDesk's translations: valuesdesk_<code>.qm in resources/translations/.
CATALOGUE = "valuesdesk"
SOURCE_LANGUAGE = "en"
PSEUDO_LANGUAGE = "en_XA"
SYSTEM_LANGUAGE = ""  # the LANGUAGE setting that follows the system

# The translators installed, kept referenced: a QTranslator collected by Python stops translating.
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for ``pyside6-lupdate`` in ``context`` and gives it back untranslated, to be
    translated where it is shown; PySide6's own marker is typed as returning an object."""
    return source


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_translators(language: str = SYSTEM_LANGUAGE) -> QLocale:
    """Translate the window into ``language`` (a code, or the default locale's when empty), a named
    language's locale made the default one for dates and numbers; the locale is returned."""
    app = QCoreApplication.instance()
    assert app is not None, "the application comes first"
    remove_translators()
    locale = QLocale() if language == SYSTEM_LANGUAGE else QLocale(language)
    if language != SYSTEM_LANGUAGE:
        QLocale.setDefault(locale)
    own = QTranslator(app)
    # A named language is its file; the system's is tried by its UI languages in order ("de-AT", "de", …).
    found = (
        own.load(f"{CATALOGUE}_{language}", translations_dir())
        if language
        else own.load(locale, CATALOGUE, "_", translations_dir())
    )
    translated = found  # into the locale's own language, not the English fallback
    if not found:
        found = own.load(f"{CATALOGUE}_{SOURCE_LANGUAGE}", translations_dir())
    if found:
        _install(app, own)
    # "de-AT" → "de_AT", as the folders of translated worksheets are named.
    use_worksheet_languages(name.replace("-", "_") for name in locale.uiLanguages())
    # Qt's own words only with ours: an English window keeps English buttons on a German system.
    if translated and locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        qt = QTranslator(app)
        if any(qt.load(locale, "qtbase", "_", folder) for folder in qt_translations_dirs()):
            _install(app, qt)
    return locale


def qt_translations_dirs() -> tuple[str, ...]:
    """Where Qt's own translations are: where Qt says, or beside the PySide6 package (an installer's bundle)."""
    return (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    )


def ensure_translators() -> None:
    """The default locale's language, unless one was installed already (by start-up, or a test)."""
    if not _installed:
        install_translators()


def remove_translators() -> None:
    """Back to the source texts: the translators installed are removed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def shipped_languages() -> list[str]:
    """The codes of the languages ValuesDesk has a translation for, English (the source) first."""
    codes = sorted(
        path.stem.removeprefix(f"{CATALOGUE}_")
        for path in resource_path("translations").glob(f"{CATALOGUE}_*.qm")
        if path.stem != f"{CATALOGUE}_{SOURCE_LANGUAGE}"
    )
    return [SOURCE_LANGUAGE, *codes]


def language_name(code: str) -> str:
    """A language as its speakers write it ("Deutsch", "português (Brasil)"); the pseudo-language by what it is."""
    if code == PSEUDO_LANGUAGE:
        return QCoreApplication.translate("LanguagePage", "Pseudo-translation (to check layouts)")
    if code == SOURCE_LANGUAGE:
        return "English"  # not "American English", the name of en_US
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name
