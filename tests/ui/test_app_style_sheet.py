"""The application style sheet styles only widgets that exist: a rule for a renamed widget is dead."""

from __future__ import annotations

import re
from pathlib import Path

from valuesdesk.content import resource_path

PACKAGE = Path(__file__).resolve().parents[2] / "valuesdesk"


def test_every_object_name_in_the_style_sheet_is_given_to_a_widget() -> None:
    sheet = resource_path("styles/app.qss").read_text(encoding="utf-8")
    styled = set(re.findall(r"#(\w+)", sheet))
    code = "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))
    assert {name for name in styled if f'"{name}"' not in code} == set()
