"""Keep the translations in resources/translations/ in step with the code, and compile them.

    python tools/translations.py            # update, pseudo, release: run after changing any text
    python tools/translations.py update     # pyside6-lupdate: the texts of the code into every .ts
    python tools/translations.py pseudo     # valuesdesk_en_XA.ts, the pseudo-translation, from valuesdesk.ts
    python tools/translations.py release    # pyside6-lrelease: every .ts into its .qm
    python tools/translations.py add de     # start the translation into a new language (then open it in
                                            # pyside6-linguist, translate, and run this script again)

``valuesdesk.ts`` is the template: every text of the window, untranslated. ``valuesdesk_en.ts`` holds
only the texts counted with ``%n``, with their English singular and plural ("%n days" → "1 day", "2
days"): a new one is written in pyside6-linguist, or by hand in the file. ``valuesdesk_<code>.ts`` is
a language. The .qm files are compiled from them and shipped (in the wheel and the installers);
tests/ui/test_translations.py fails when any of them is out of step with the code.

Texts are found in valuesdesk/ui/ and valuesdesk/app.py: self.tr(), QCoreApplication.translate()
and QT_TRANSLATE_NOOP(). The .ts files keep no line numbers, so that moving code changes nothing.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
SOURCES = (REPO / "valuesdesk" / "ui", REPO / "valuesdesk" / "app.py")
TEMPLATE = TRANSLATIONS / "valuesdesk.ts"
ENGLISH = TRANSLATIONS / "valuesdesk_en.ts"  # the singular and plural of counted texts
PSEUDO = TRANSLATIONS / "valuesdesk_en_XA.ts"

# The pseudo-translation: each letter a look-alike with an accent, so that a text that was not
# translated stands out, and 40 % more length, so that a label too narrow for a longer language shows.
ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
GROWTH = 0.4
PADDING_RUN = 6


def tool(name: str) -> str:
    """A Qt tool of the PySide6 in this Python's environment (pyside6-lupdate, pyside6-lrelease)."""
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: it comes with PySide6-Essentials (pip install PySide6-Essentials)")
    return found


def languages() -> list[Path]:
    """The .ts files of the languages (not the template), the pseudo-translation included."""
    return sorted(TRANSLATIONS.glob("valuesdesk_*.ts"))


def lupdate(target: Path, *, plural_only: bool = False) -> None:
    command = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete", "-silent"]
    if plural_only:
        command += ["-pluralonly", "-target-language", "en"]
    subprocess.run([*command, *map(str, SOURCES), "-ts", str(target)], check=True)


def update() -> None:
    lupdate(TEMPLATE)
    for ts in languages():
        if ts != PSEUDO:
            lupdate(ts, plural_only=ts == ENGLISH)


def pseudo_text(text: str) -> str:
    """``text`` bracketed, accented and 40 % longer; placeholders (%1, %n, %L1, {name}), markup (<b>, &amp;)
    and the letter after a mnemonic's & are kept as they are, so that the text still works."""
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%" and index + 1 < len(text):
            end = index + 1
            if text[end] == "L":
                end += 1
            while end < len(text) and (text[end].isdigit() or text[end] == "n"):
                end += 1
            out.append(text[index:end])
            index = max(end, index + 1)
        elif char == "{" and "}" in text[index:]:
            end = text.index("}", index)
            out.append(text[index : end + 1])
            index = end + 1
        elif char == "<":
            end = text.find(">", index)
            end = len(text) - 1 if end < 0 else end
            out.append(text[index : end + 1])
            index = end + 1
        elif char == "&" and index + 1 < len(text):
            end = text.find(";", index)
            is_entity = 0 < end - index < 8 and text[index + 1 : end].replace("#", "").isalnum()
            end = end if is_entity else index + 1
            out.append(text[index : end + 1])
            index = end + 1
        else:
            out.append(char.translate(ACCENTED))
            index += 1
    # The padding in short runs, so that a long text still wraps where a translation's words would.
    padding = "~" * max(1, math.ceil(len(text) * GROWTH) - 2)
    padding = " ".join(padding[start : start + PADDING_RUN] for start in range(0, len(padding), PADDING_RUN))
    return f"[{''.join(out)}{padding}]"


def english_forms() -> dict[tuple[str, str], list[str]]:
    """The English singular and plural of each counted text, by context and source."""
    forms = {}
    for context in ElementTree.parse(ENGLISH).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            written = [form.text or "" for form in message.iter("numerusform")]
            if all(written):
                forms[(name, message.findtext("source", ""))] = written
    return forms


def pseudo() -> None:
    """valuesdesk_en_XA.ts: every message of the template, pseudo-translated."""
    tree = ElementTree.parse(TEMPLATE)
    root = tree.getroot()
    root.set("language", "en")  # English plural rules: one form for 1, one for the rest
    forms = english_forms()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None, f"lupdate writes a translation element: {source!r}"
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for element in list(translation):
                    translation.remove(element)
                for form in forms.get((name, source), [source, source]):
                    ElementTree.SubElement(translation, "numerusform").text = pseudo_text(form)
            else:
                translation.text = pseudo_text(source)
    ElementTree.indent(tree, space="    ")
    with PSEUDO.open("wb") as file:
        file.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(file, encoding="utf-8", xml_declaration=False)
        file.write(b"\n")


def unwritten_english() -> list[str]:
    """The counted texts whose English singular and plural are not written in valuesdesk_en.ts yet."""
    return [
        message.findtext("source", "")
        for message in ElementTree.parse(ENGLISH).getroot().iter("message")
        if not all(form.text for form in message.iter("numerusform"))
    ]


def release() -> None:
    for source in unwritten_english():
        print(f"valuesdesk_en.ts: write the English singular and plural of {source!r}", file=sys.stderr)
    for ts in languages():
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def add(code: str) -> None:
    target = TRANSLATIONS / f"valuesdesk_{code}.ts"
    if target.exists():
        sys.exit(f"{target.name} exists already")
    command = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-target-language", code]
    subprocess.run([*command, *map(str, SOURCES), "-ts", str(target)], check=True)
    print(f"Now translate {target.relative_to(REPO)} in pyside6-linguist, then run python tools/translations.py")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", choices=("all", "update", "pseudo", "release", "add"), default="all")
    parser.add_argument("language", nargs="?", help="for add: the new language's code, e.g. de or pt_BR")
    arguments = parser.parse_args()
    if arguments.command == "add":
        if not arguments.language:
            parser.error("add needs a language code, e.g. de")
        add(arguments.language)
        return
    if arguments.command in ("all", "update"):
        update()
    if arguments.command in ("all", "pseudo"):
        pseudo()
    if arguments.command in ("all", "release"):
        release()


if __name__ == "__main__":
    main()
