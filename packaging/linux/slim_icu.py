"""Shrink the ICU data library that PySide6's Linux wheel ships (32 MB, a third of the bundle).

Qt Core calls ICU only for case mapping, collation (QCollator), time-zone names (QTimeZone) and
legacy text codecs (QStringConverter). The English-only ValuesDesk UI needs the root and English
data of the first three; dictionaries, transliteration, display names of languages, regions,
currencies and units, and codepage tables are never read. ICU falls back to root (Unicode
default) collation and English zone names for every other locale.

The data lives in one symbol, ``icudtNN_dat``, that fills the library's .rodata. It is cut out
with objcopy, filtered with ``icupkg`` (Debian/Ubuntu package icu-devtools) and assembled into a
new library with the C compiler. Without those tools the full library is kept, with a warning.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger("PyInstaller.valuesdesk")

ICU_DATA_LIB = re.compile(r"libicudata\.so\.(\d+)$")
UNUSED_TREES = ("brkitr/", "translit/", "lang/", "region/", "curr/", "unit/", "rbnf/")
# Locale resources at the top level, in coll/ and zone/: "de.res", "coll/zh_Hant.res", "es_.res".
LOCALE_ITEM = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
KEPT_LANGUAGES = {"en"}


def is_unused(item: str) -> bool:
    if item.startswith(UNUSED_TREES) or item.endswith(".cnv"):
        return True
    locale = LOCALE_ITEM.match(item)
    return locale is not None and locale.group(1) not in KEPT_LANGUAGES


def build_slim_library(original: Path, major: str, workdir: Path) -> Path:
    package = f"icudt{major}l"  # icupkg names the items after the .dat file: keep the name
    source_dir, slim_dir = workdir / "full", workdir / "slim"
    for folder in (source_dir, slim_dir):
        folder.mkdir(parents=True, exist_ok=True)
    full = source_dir / f"{package}.dat"
    slim = slim_dir / f"{package}.dat"
    slim.unlink(missing_ok=True)
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", original, full], check=True)

    items = subprocess.run(["icupkg", "-l", full], check=True, capture_output=True, text=True)
    unused = [item for item in items.stdout.split() if is_unused(item)]
    drop_list = workdir / "drop.txt"
    drop_list.write_text("\n".join(unused) + "\n", encoding="utf-8")
    subprocess.run(["icupkg", "-r", drop_list, full, slim], check=True)

    assembly = workdir / "icudata.S"
    assembly.write_text(
        f"""    .section .rodata
    .globl icudt{major}_dat
    .type icudt{major}_dat, @object
    .balign 16
icudt{major}_dat:
    .incbin "{slim}"
    .size icudt{major}_dat, . - icudt{major}_dat
    .section .note.GNU-stack, "", @progbits
""",
        encoding="utf-8",
    )
    library = workdir / original.name
    subprocess.run(
        ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-o", library, assembly],
        check=True,
    )
    log.info("ICU data: %s -> %s bytes", original.stat().st_size, library.stat().st_size)
    return library


def slim_icu_data(binaries: list, workdir: Path) -> list:
    """The binaries TOC with libicudata replaced by the slim copy built in workdir."""
    missing = [tool for tool in ("objcopy", "icupkg", "cc") if shutil.which(tool) is None]
    result = []
    for dest, src, kind in binaries:
        match = ICU_DATA_LIB.search(dest)
        if match and missing:
            log.warning("keeping the full ICU data (%s): %s not found", dest, ", ".join(missing))
        elif match:
            src = str(build_slim_library(Path(src), match.group(1), workdir / "icu"))
        result.append((dest, src, kind))
    return result
