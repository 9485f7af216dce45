"""Finds files under resources/ and loads the worksheet texts from them.

The same lookup serves a source checkout, an installed wheel (where resources/ ships as the
package ``valuesdesk.resources``) and a PyInstaller bundle (where it is unpacked beside the code).

The worksheets are kept verbatim, in English. A translation of one is a file of the same name and
form in ``resources/worksheets/<language>/`` ("de", "pt_BR"): it is used when the window speaks that
language (:func:`use_worksheet_languages`, which the UI calls as it installs its translation), and
the English sheet otherwise.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import sys
from collections.abc import Iterable
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


# The languages to look for a translated worksheet in, most wanted first, e.g. ("de_AT", "de").
_worksheet_languages: tuple[str, ...] = ()


def use_worksheet_languages(languages: Iterable[str]) -> None:
    """Load the worksheets from the first of ``languages`` that has them translated, from now on."""
    global _worksheet_languages
    _worksheet_languages = tuple(languages)
    parallel_questions.cache_clear()
    ten_steps.cache_clear()


def worksheet_path(name: str) -> Path:
    """The worksheet file ``name`` in the first language wanted that has it; the English one otherwise."""
    for language in _worksheet_languages:
        translated = resource_path("worksheets", language, name)
        if translated.is_file():
            return translated
    return resource_path("worksheets", name)


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
    with worksheet_path(name).open(encoding="utf-8") as handle:
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
