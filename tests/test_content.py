"""The worksheets are shown verbatim: resources/ must match the source text exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuesdesk.content import parallel_questions, resources_dir, ten_steps

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_affddb39cb0fa0e4.txt"


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_content_loads_all_pairs_and_steps() -> None:
    sheet = parallel_questions()
    assert sheet.therapist_heading == "Questions to Ask Yourself Privately"
    assert sheet.client_heading == "Questions to Ask Your Client in the Room"
    assert len(sheet.pairs) == 8
    steps = ten_steps()
    assert [step.number for step in steps.steps] == list(range(1, 11))
    assert steps.step(10).title == "Reflect"
    assert (resources_dir() / "worksheets").is_dir()


@pytest.mark.skipif(not SEED.exists(), reason="the worksheet source text is not beside this checkout")
def test_worksheets_match_the_source_text_verbatim() -> None:
    sheet = parallel_questions()
    steps = ten_steps()
    rebuilt = "\n".join(
        [
            sheet.title,
            f"{sheet.therapist_heading}\t{sheet.client_heading}",
            *(f"{pair.therapist}\t{pair.client}" for pair in sheet.pairs),
            steps.title,
            *(f"{step.number}. **{step.title}.** {step.guidance}" for step in steps.steps),
        ]
    )
    assert normalised(rebuilt) == normalised(SEED.read_text(encoding="utf-8"))
