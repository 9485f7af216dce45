"""Shared helpers for the packaging tests: the release tools on sys.path, and Mach-O files made to order.

Nothing here can run on Windows or macOS for real; these tests check the static facts the installers rest on
and run the release tools' logic on files that have the shape of the real ones.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
# The spec imports release_version and macho the same way.
for folder in (PACKAGING, PACKAGING / "macos"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

CPU_TYPES = {"x86_64": 0x01000007, "arm64": 0x0100000C}
LC_UUID = 0x1B
LC_BUILD_VERSION = 0x32
LC_VERSION_MIN_MACOSX = 0x24

# (architecture, minimum macOS or None, whether to state it the pre-2018 way with LC_VERSION_MIN_MACOSX)
SliceSpec = tuple[str, tuple[int, int, int] | None, bool]
WriteMachO = Callable[..., Path]


def packed(version: tuple[int, int, int]) -> int:
    major, minor, patch = version
    return major << 16 | minor << 8 | patch


def thin_macho(arch: str, minimum: tuple[int, int, int] | None, old_style: bool = False) -> bytes:
    """A 64-bit little-endian Mach-O dylib header with a UUID and, if given, its minimum macOS."""
    commands = [struct.pack("<II16s", LC_UUID, 24, bytes(16))]
    if minimum is not None and old_style:
        commands.append(struct.pack("<IIII", LC_VERSION_MIN_MACOSX, 16, packed(minimum), packed((15, 0, 0))))
    elif minimum is not None:
        commands.append(struct.pack("<IIIIII", LC_BUILD_VERSION, 24, 1, packed(minimum), packed((15, 0, 0)), 0))
    body = b"".join(commands)
    header = struct.pack("<4siiIIIII", b"\xcf\xfa\xed\xfe", CPU_TYPES[arch], 0, 6, len(commands), len(body), 0, 0)
    return header + body + bytes(64)


def fat_macho(slices: Sequence[bytes]) -> bytes:
    """A universal binary of the given thin ones, each at a 4 KiB boundary."""
    offset = 4096
    entries, payload = [], b""
    for thin in slices:
        cputype = struct.unpack_from("<i", thin, 4)[0]
        entries.append(struct.pack(">iiIII", cputype, 0, offset + len(payload), len(thin), 12))
        payload += thin + bytes(-len(thin) % 4096)
    header = struct.pack(">II", 0xCAFEBABE, len(slices)) + b"".join(entries)
    return header + bytes(offset - len(header)) + payload


@pytest.fixture
def write_macho(tmp_path: Path) -> WriteMachO:
    """write_macho("rel/path", [("arm64", (13, 0, 0), False), ...]): a thin file for one slice, else fat."""

    def write(relative: str, slices: Sequence[SliceSpec]) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        thins = [thin_macho(arch, minimum, old_style) for arch, minimum, old_style in slices]
        path.write_bytes(thins[0] if len(thins) == 1 else fat_macho(thins))
        return path

    return write
