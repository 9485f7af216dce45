"""Finds files under resources/ and loads the worksheet texts from them.

The same lookup serves a source checkout, an installed wheel (where resources/ ships as the
package ``valuesdesk.resources``) and a PyInstaller bundle (where it is unpacked beside the code).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import sys
from dataclasses import dataclass
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "worksheets").is_dir():
        return checkout
    return Path(str(importlib.resources.files("valuesdesk.resources")))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class QuestionPair:
    number: int
    therapist: str
    client: str


@dataclass(frozen=True)
class ParallelQuestions:
    title: str
    therapist_heading: str
    client_heading: str
    pairs: tuple[QuestionPair, ...]


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    guidance: str


@dataclass(frozen=True)
class TenSteps:
    title: str
    steps: tuple[Step, ...]

    def step(self, number: int) -> Step:
        return self.steps[number - 1]


def _load_json(name: str) -> dict:
    with resource_path("worksheets", name).open(encoding="utf-8") as handle:
        return json.load(handle)


@functools.cache
def parallel_questions() -> ParallelQuestions:
    data = _load_json("parallel_values_processes.json")
    return ParallelQuestions(
        title=data["title"],
        therapist_heading=data["therapist_heading"],
        client_heading=data["client_heading"],
        pairs=tuple(
            QuestionPair(number, pair["therapist"], pair["client"])
            for number, pair in enumerate(data["pairs"], start=1)
        ),
    )


@functools.cache
def ten_steps() -> TenSteps:
    data = _load_json("ten_steps.json")
    return TenSteps(
        title=data["title"],
        steps=tuple(Step(step["number"], step["title"], step["guidance"]) for step in data["steps"]),
    )
