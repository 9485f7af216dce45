"""What the Mach-O binaries of a macOS bundle need: their architectures and their minimum macOS.

A binary states the oldest macOS it supports in its LC_BUILD_VERSION load command (``minos``; older
toolchains wrote LC_VERSION_MIN_MACOSX). Qt checks the running macOS against its own minimum when it starts
and refuses older systems, so ValuesDesk's minimum is QtCore's ``minos`` (macOS 13 for Qt 6.10 and 6.11).
Qt raises it with new releases, which is why the spec derives ``LSMinimumSystemVersion`` from the bundled
QtCore instead of stating a number.

    python packaging/macos/macho.py check-app dist/ValuesDesk.app --arch arm64

checks a built app: every Mach-O file in it has the architecture, and ``LSMinimumSystemVersion`` in its
Info.plist is exactly QtCore's ``minos``. It also lists, as warnings, binaries that state a newer minimum
than that: PySide6 6.10 and later ship their binding libraries (libshiboken6, the *.abi3.so modules) with
``minos`` 15.0 although their wheels are tagged for macOS 13, and only a run on a real macOS 13 or 14 can
tell whether that matters (docs/packaging.md). Plain Python, so that it runs, and is tested, on any system.
"""

from __future__ import annotations

import argparse
import plistlib
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MacOSVersion = tuple[int, int, int]

FAT_MAGIC = 0xCAFEBABE
FAT_MAGIC_64 = 0xCAFEBABF
# The first four bytes of a thin Mach-O file: its byte order and the size of its header.
THIN_MAGICS = {
    b"\xfe\xed\xfa\xce": (">", 28),  # 32-bit, big-endian
    b"\xfe\xed\xfa\xcf": (">", 32),  # 64-bit, big-endian
    b"\xce\xfa\xed\xfe": ("<", 28),  # 32-bit, little-endian (Intel and Apple silicon)
    b"\xcf\xfa\xed\xfe": ("<", 32),  # 64-bit, little-endian
}
# Java class files share the fat magic; their "count" is a class-file version (45 and up).
MAX_FAT_SLICES = 30
LC_VERSION_MIN_MACOSX = 0x24
LC_BUILD_VERSION = 0x32
PLATFORM_MACOS = 1
CPU_ARCH_ABI64 = 0x01000000
CPU_SUBTYPE_MASK = 0x00FFFFFF
ARCHITECTURES = {
    (7 | CPU_ARCH_ABI64, 8): "x86_64h",
    (7 | CPU_ARCH_ABI64, None): "x86_64",
    (12 | CPU_ARCH_ABI64, 2): "arm64e",
    (12 | CPU_ARCH_ABI64, None): "arm64",
    (7, None): "i386",
    (12, None): "arm",
}
QTCORE = "QtCore.framework"


@dataclass(frozen=True)
class Slice:
    """One architecture of a Mach-O file and the oldest macOS it states (None: it states none)."""

    arch: str
    minimum_macos: MacOSVersion | None


def decode_version(packed: int) -> MacOSVersion:
    """Mach-O's xxxx.yy.zz nibble encoding: 0x000D0000 is 13.0.0."""
    return packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF


def format_version(version: MacOSVersion) -> str:
    """13.0, 14.4, 10.13.6: the form Info.plist and Apple's documentation use."""
    major, minor, patch = version
    return f"{major}.{minor}.{patch}" if patch else f"{major}.{minor}"


def arch_name(cputype: int, cpusubtype: int) -> str:
    subtype = cpusubtype & CPU_SUBTYPE_MASK
    return ARCHITECTURES.get((cputype, subtype)) or ARCHITECTURES.get((cputype, None)) or f"cpu{cputype:#x}"


def read_thin(data: bytes, offset: int) -> Slice | None:
    """The slice at offset, or None if no Mach-O header starts there."""
    layout = THIN_MAGICS.get(data[offset : offset + 4])
    if layout is None:
        return None
    endian, header_size = layout
    cputype, cpusubtype, _filetype, ncmds = struct.unpack_from(endian + "iiII", data, offset + 4)
    position = offset + header_size
    minimum = None
    for _ in range(ncmds):
        cmd, cmdsize = struct.unpack_from(endian + "II", data, position)
        if cmd == LC_BUILD_VERSION:
            platform, minos = struct.unpack_from(endian + "II", data, position + 8)
            if platform == PLATFORM_MACOS:
                minimum = decode_version(minos)
        elif cmd == LC_VERSION_MIN_MACOSX:
            (version,) = struct.unpack_from(endian + "I", data, position + 8)
            minimum = decode_version(version)
        if cmdsize < 8:  # a damaged header; stop rather than loop forever
            break
        position += cmdsize
    return Slice(arch_name(cputype, cpusubtype), minimum)


def read_slices(path: Path) -> list[Slice]:
    """Every architecture in the file: one for a thin binary, several for a fat one, none for other files."""
    with path.open("rb") as file:
        head = file.read(8)
        if len(head) < 8:
            return []
        magic, count = struct.unpack(">II", head)
        if head[:4] not in THIN_MAGICS and not (magic in (FAT_MAGIC, FAT_MAGIC_64) and 0 < count < MAX_FAT_SLICES):
            return []
        data = head + file.read()
    if head[:4] in THIN_MAGICS:
        thin = read_thin(data, 0)
        return [thin] if thin else []
    entry, entry_size = (">iiQQII", 32) if magic == FAT_MAGIC_64 else (">iiIII", 20)
    slices = []
    for index in range(count):
        offset = struct.unpack_from(entry, data, 8 + index * entry_size)[2]
        thin = read_thin(data, offset)
        if thin is not None:
            slices.append(thin)
    return slices


def stated_minimum(slices: Iterable[Slice]) -> MacOSVersion | None:
    """The highest minimum macOS among a file's slices, or None if they state none."""
    minimums = [found.minimum_macos for found in slices if found.minimum_macos is not None]
    return max(minimums, default=None)


def qtcore_minimum(files: Iterable[Path]) -> MacOSVersion:
    """QtCore's minimum macOS, from the QtCore framework binary among the files."""
    for path in files:
        if path.name == "QtCore" and QTCORE in path.parts:
            minimum = stated_minimum(read_slices(path))
            if minimum is not None:
                return minimum
    raise ValueError(f"no {QTCORE} binary stating a minimum macOS among the files")


def check_app(app: Path, arch: str) -> tuple[list[str], list[str]]:
    """What is wrong with the built app and what may be, one sentence each: (errors, warnings)."""
    files = sorted(path for path in app.rglob("*") if path.is_file() and not path.is_symlink())
    binaries = {path: slices for path in files if (slices := read_slices(path))}
    errors = [
        f"{path.relative_to(app)} has no {arch} code (it has {', '.join(found.arch for found in slices)})"
        for path, slices in binaries.items()
        if arch not in {found.arch for found in slices}
    ]
    minimum = qtcore_minimum(binaries)
    with (app / "Contents" / "Info.plist").open("rb") as plist:
        declared = plistlib.load(plist).get("LSMinimumSystemVersion")
    print(
        f"{app.name}: {len(binaries)} Mach-O files, {len(errors)} without {arch} code; "
        f"QtCore needs macOS {format_version(minimum)}; LSMinimumSystemVersion is {declared}"
    )
    if declared != format_version(minimum):
        errors.append(f"LSMinimumSystemVersion is {declared}, but QtCore needs macOS {format_version(minimum)}")
    warnings = [
        f"{path.relative_to(app)} states macOS {format_version(stated)}, newer than QtCore's {format_version(minimum)}"
        for path, slices in binaries.items()
        if (stated := stated_minimum(slices)) is not None and stated > minimum
    ]
    return errors, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check a built macOS app's architecture and minimum macOS.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check-app", help="check dist/ValuesDesk.app after PyInstaller")
    check.add_argument("app", type=Path)
    check.add_argument("--arch", required=True, help="the architecture every binary must contain, e.g. arm64")
    args = parser.parse_args(argv)
    errors, warnings = check_app(args.app, args.arch)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
