"""The release workflow cannot hang, cannot publish the wrong version, and builds what the docs promise.

.ci/run validates the workflow against GitHub's schema (check-jsonschema); these are the facts a schema
cannot know. Read with ruamel.yaml, which check-jsonschema installs: as YAML 1.2 it keeps the key "on".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from packaging.version import Version
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
BUILD_JOBS = ("linux", "windows", "macos")


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def runs_frozen_app(step: dict[str, Any]) -> bool:
    """Steps that start a frozen ValuesDesk or its installer: a crash there shows a dialog and never ends."""
    script = step.get("run", "")
    return "--self-test" in script or "test_installer.ps1" in script


def test_every_job_has_a_time_limit(workflow: dict[str, Any]) -> None:
    limits = {name: job.get("timeout-minutes") for name, job in workflow["jobs"].items()}

    assert all(isinstance(limit, int) and 0 < limit <= 120 for limit in limits.values()), limits


def test_every_step_that_runs_the_app_has_its_own_time_limit(workflow: dict[str, Any]) -> None:
    smoke_steps = [
        (name, step) for name, job in workflow["jobs"].items() for step in job["steps"] if runs_frozen_app(step)
    ]

    assert {name for name, _ in smoke_steps} == set(BUILD_JOBS)
    for name, step in smoke_steps:
        assert 0 < step.get("timeout-minutes", 0) <= 30, (name, step.get("name"))


def test_the_tag_is_checked_before_anything_is_built(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    version_check = " ".join(step.get("run", "") for step in jobs["version"]["steps"])

    assert "needs" not in jobs["version"]
    assert "packaging/release_version.py" in version_check
    assert '--tag "$GITHUB_REF_NAME"' in version_check
    for name in BUILD_JOBS:
        assert jobs[name]["needs"] == "version", name


def test_only_a_pushed_tag_publishes_and_pre_releases_are_marked(workflow: dict[str, Any]) -> None:
    release = workflow["jobs"]["release"]
    publish = next(step for step in release["steps"] if str(step.get("uses", "")).startswith("softprops/"))

    assert set(release["needs"]) == {"version", *BUILD_JOBS}
    assert release["if"] == "github.event_name == 'push' && github.ref_type == 'tag'"
    assert publish["with"]["prerelease"] == "${{ needs.version.outputs.prerelease == 'true' }}"
    assert publish["with"]["body_path"] == "release-notes.md"


def test_inno_setup_is_installed_by_version_and_checked(workflow: dict[str, Any]) -> None:
    windows = workflow["jobs"]["windows"]
    pinned = windows["env"]["INNO_SETUP_VERSION"]
    install = next(step["run"] for step in windows["steps"] if "choco install innosetup" in step.get("run", ""))

    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned)
    assert Version(pinned) >= Version("6.3")  # x64compatible in valuesdesk.iss
    assert "--version $env:INNO_SETUP_VERSION" in install
    assert "if ($installed -ne $env:INNO_SETUP_VERSION) { throw" in install


def test_the_windows_job_tries_install_update_and_uninstall(workflow: dict[str, Any]) -> None:
    script = (ROOT / "packaging" / "windows" / "test_installer.ps1").read_text(encoding="utf-8")
    steps = [
        'Invoke-Setup "install") -ne 0',
        'Assert-SelfTest "installed"',
        'Invoke-Setup "update-while-running") -eq 0',
        'Invoke-Setup "update") -ne 0',
        'Assert-SelfTest "updated"',
        'Invoke-Uninstaller "uninstall-while-running") -eq 0',
        'Invoke-Uninstaller "uninstall") -ne 0',
        "if (-not (Test-Path $DataMarker))",
    ]

    assert [script.index(step) for step in steps] == sorted(script.index(step) for step in steps)


def test_macos_is_built_for_both_architectures_and_tested_from_the_disk_image(workflow: dict[str, Any]) -> None:
    macos = workflow["jobs"]["macos"]
    smoke = next(step["run"] for step in macos["steps"] if runs_frozen_app(step))

    assert {(row["arch"], row["runner"]) for row in macos["strategy"]["matrix"]["include"]} == {
        ("arm64", "macos-15"),
        ("x86_64", "macos-15-intel"),
    }
    assert "hdiutil attach" in smoke
    assert '"$app/Contents/MacOS/ValuesDesk" --self-test' in smoke
