"""Version numbers for the installers: one spelling, tags that match, pre-releases below their finals."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging.version import Version
from release_version import (
    ReleaseVersionError,
    check_tag,
    macos_version,
    main,
    read_version,
    windows_version,
)


def version_file(tmp_path: Path, spelled: str) -> Path:
    path = tmp_path / "__init__.py"
    path.write_text(f'"""ValuesDesk."""\n\n__version__ = "{spelled}"\n', encoding="utf-8")
    return path


def test_the_checked_in_version_is_releasable() -> None:
    version = read_version()

    check_tag(f"v{version}", version)


def test_pre_releases_stay_below_their_final_on_windows() -> None:
    ordered = ["1.2a1", "1.2a2", "1.2b1", "1.2rc1", "1.2rc2", "1.2", "1.2.1rc1", "1.2.1", "1.3a1", "2.0"]

    numbers = [windows_version(Version(spelled)) for spelled in ordered]

    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers)
    assert windows_version(Version("1.2rc1")) == (1, 2, 0, 30001)
    assert windows_version(Version("1.2")) == (1, 2, 0, 40000)


def test_macos_gets_the_release_numbers_so_a_pre_release_is_never_above_its_final() -> None:
    assert macos_version(Version("1.2rc1")) == "1.2.0"
    assert macos_version(Version("1.2")) == "1.2.0"
    assert macos_version(Version("1.2.3")) == "1.2.3"


@pytest.mark.parametrize(
    ("spelled", "reason"),
    [
        ("1.2.0-rc1", "must be spelled '1.2.0rc1'"),
        ("1.2.dev3", "optional aN, bN or rcN and nothing else"),
        ("1.2.post1", "optional aN, bN or rcN and nothing else"),
        ("1.2.3.4", "at most three numbers"),
        ("1.70000", "at most three numbers, each at most 65535"),
        ("1.2rc10000", "below 10000"),
        ("one", "not a valid version"),
    ],
)
def test_versions_windows_cannot_order_are_refused(tmp_path: Path, spelled: str, reason: str) -> None:
    with pytest.raises(ReleaseVersionError, match=reason):
        read_version(version_file(tmp_path, spelled))


@pytest.mark.parametrize("tag", ["1.2rc1", "v1.2", "v1.2.0rc1-fix", "v1.2-rc1"])
def test_a_tag_must_be_v_and_the_exact_version(tag: str) -> None:
    with pytest.raises(ReleaseVersionError, match="does not match"):
        check_tag(tag, Version("1.2rc1"))


def test_the_command_line_writes_the_workflow_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    version = read_version()
    output = tmp_path / "github-output"

    assert main(["--tag", f"v{version}", "--github-output", str(output)]) == 0
    assert capsys.readouterr().out == f"{version}\n"
    windows = ".".join(map(str, windows_version(version)))
    prerelease = str(version.is_prerelease).lower()
    assert output.read_text() == f"version={version}\nprerelease={prerelease}\nwindows={windows}\n"


def test_the_command_line_fails_on_a_foreign_tag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--tag", "v999.0"]) == 1
    assert "does not match" in capsys.readouterr().err
