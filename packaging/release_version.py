"""ValuesDesk's version as the release tools need it, parsed once by ``packaging.version``.

    python packaging/release_version.py                     # the version, e.g. 1.2rc1
    python packaging/release_version.py --windows           # the Windows file version, e.g. 1.2.0.30001
    python packaging/release_version.py --tag v1.2rc1       # fails unless the tag is "v" + the version
    python packaging/release_version.py --github-output F   # appends version=, prerelease=, windows= to F

The version is ``__version__`` in valuesdesk/__init__.py, read from the source so that no build step has to
import the app. Windows wants four numbers of at most 65535 and macOS three, so a pre-release must not simply
drop its suffix: "1.2rc1" would become 1.2.0 or, worse, 1.2.1, equal to or above the final 1.2. The Windows
number keeps the order in its fourth part (a, b, rc, final); macOS gets the release numbers alone, so a
pre-release there is never above its final.

Needs the ``packaging`` distribution, which PyInstaller and pytest both install.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "valuesdesk" / "__init__.py"

# The fourth Windows number: the stage times STAGE_STEP plus the pre-release number, so that
# 1.2a1 < 1.2a2 < 1.2b1 < 1.2rc1 < 1.2 also holds for 1.2.0.10001 < ... < 1.2.0.40000.
STAGE_STEP = 10_000
STAGE_RANK = {"a": 1, "b": 2, "rc": 3}
FINAL_RANK = 4
MAX_WINDOWS_PART = 65_535


class ReleaseVersionError(ValueError):
    """The version or the tag cannot be released as they are; the message says why."""


def read_version(version_file: Path = VERSION_FILE) -> Version:
    """``__version__`` from the source, which must be spelled the way packaging.version prints it."""
    text = version_file.read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if match is None:
        raise ReleaseVersionError(f"no __version__ in {version_file}")
    spelled = match.group(1)
    try:
        version = Version(spelled)
    except InvalidVersion as error:
        raise ReleaseVersionError(f"__version__ {spelled!r} is not a valid version") from error
    # One spelling everywhere: the tag, the file names and the release all use str(version).
    if str(version) != spelled:
        raise ReleaseVersionError(f"__version__ {spelled!r} must be spelled {str(version)!r}")
    if version.epoch or version.dev is not None or version.post is not None or version.local is not None:
        raise ReleaseVersionError(
            f"__version__ {spelled!r}: releases are X.Y[.Z] with an optional aN, bN or rcN and nothing else"
        )
    if len(version.release) > 3 or max(version.release) > MAX_WINDOWS_PART:
        raise ReleaseVersionError(f"__version__ {spelled!r}: at most three numbers, each at most {MAX_WINDOWS_PART}")
    if version.pre is not None and version.pre[1] >= STAGE_STEP:
        raise ReleaseVersionError(f"__version__ {spelled!r}: a pre-release number must be below {STAGE_STEP}")
    return version


def release_numbers(version: Version) -> tuple[int, int, int]:
    """major, minor, micro: "1.2rc1" gives (1, 2, 0)."""
    padded = (*version.release, 0, 0)
    return padded[0], padded[1], padded[2]


def windows_version(version: Version) -> tuple[int, int, int, int]:
    """The four numbers of the exe's and Setup's file version, in the same order as the versions."""
    if version.pre is None:
        build = FINAL_RANK * STAGE_STEP
    else:
        stage, number = version.pre
        build = STAGE_RANK[stage] * STAGE_STEP + number
    return (*release_numbers(version), build)


def macos_version(version: Version) -> str:
    """CFBundleShortVersionString and CFBundleVersion: up to three numbers, so the release numbers."""
    return ".".join(map(str, release_numbers(version)))


def check_tag(tag: str, version: Version) -> None:
    """A release tag is exactly "v" + the version, so that a tag never publishes other code's version."""
    if tag != f"v{version}":
        raise ReleaseVersionError(f"the tag {tag!r} does not match __version__ {str(version)!r}: expected v{version}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tag", help="fail unless this tag is v<version>")
    parser.add_argument("--windows", action="store_true", help="print the four-part Windows file version")
    parser.add_argument("--github-output", type=Path, metavar="FILE", help="append name=value lines to FILE")
    args = parser.parse_args(argv)
    try:
        version = read_version()
        if args.tag is not None:
            check_tag(args.tag, version)
    except ReleaseVersionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    windows = ".".join(map(str, windows_version(version)))
    if args.github_output is not None:
        with args.github_output.open("a", encoding="utf-8") as output:
            output.write(f"version={version}\n")
            output.write(f"prerelease={str(version.is_prerelease).lower()}\n")
            output.write(f"windows={windows}\n")
    print(windows if args.windows else version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
