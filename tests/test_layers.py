"""The layers hold at run time, not only in the import-linter's reading: what each import loads.

Each check runs in a fresh interpreter, since this one has loaded everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

QT = ("PySide6", "shiboken6")
ORM = ("sqlalchemy", "alembic")


def loaded_by(*modules: str) -> list[str]:
    """Every module a fresh interpreter holds after importing ``modules``."""
    script = f"import sys, json\nimport {', '.join(modules)}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def among(loaded: list[str], packages: tuple[str, ...]) -> list[str]:
    return [name for name in loaded if name.split(".")[0] in packages]


@pytest.mark.parametrize(
    ("modules", "absent"),
    [
        # The command line's exports and imports, and every service, run without Qt.
        (("valuesdesk.services", "valuesdesk.exports"), QT),
        # The window paints before the ORM loads (it is imported once the window shows).
        (("valuesdesk.app",), ORM),
        # The domain is plain Python, cheap for every layer to import.
        (("valuesdesk.domain",), QT + ORM),
    ],
    ids=["services-and-exports-without-qt", "app-without-the-orm", "domain-plain-python"],
)
def test_an_import_loads_nothing_of_the_layers_it_must_not_need(modules: tuple[str, ...], absent) -> None:
    loaded = loaded_by(*modules)
    assert set(modules) <= set(loaded)
    assert among(loaded, absent) == []
