"""``--self-test`` exercises the whole program and says plainly whether it works."""

from __future__ import annotations

import pytest

from valuesdesk.__main__ import main
from valuesdesk.services.diary import DiaryService, SearchResults
from valuesdesk.store.migrations import SCHEMA_REVISION


def test_the_self_test_passes_and_prints_one_line(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    opening = (
        f"ValuesDesk 0.1.0 self-test OK: database {SCHEMA_REVISION}, window, second start, diary entry, search, PDF"
    )
    assert out[0].startswith(opening)
    assert "bytes), encrypted database in " in out[0]


def test_a_broken_part_fails_the_self_test_with_the_reason(
    qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(DiaryService, "search", lambda self, query: SearchResults(hits=[], total=0))
    assert main(["--self-test"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "self-test FAILED: SelfTestFailure: search did not find the diary entry" in captured.err
    assert not [widget for widget in qapp.topLevelWidgets() if widget.isVisible()], "a window was left open"
