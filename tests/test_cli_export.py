"""`valuesdesk export` and `valuesdesk import`: files written, errors said clearly, no window."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from valuesdesk.__main__ import main
from valuesdesk.exports.export_file import FORMAT_VERSION
from valuesdesk.services import open_services

ROOT = Path(__file__).resolve().parents[1]


def test_every_format_is_written_with_data_dir_before_or_after_the_command(qapp, filled, tmp_path, capsys) -> None:
    outputs = {kind: tmp_path / f"out.{kind}" for kind in ("json", "md", "csv", "pdf", "ics")}
    for number, (kind, output) in enumerate(outputs.items()):
        arguments = ["export", "--format", kind, "-o", str(output)]
        placed = ["--data-dir", str(filled), *arguments] if number % 2 else [*arguments, "--data-dir", str(filled)]
        assert main(placed) == 0
        assert f"Exported to {output}" in capsys.readouterr().out
    assert json.loads(outputs["json"].read_text(encoding="utf-8"))["format"] == "valuesdesk-export"
    assert "## Connection with my family" in outputs["md"].read_text(encoding="utf-8")
    assert len(list(csv.reader(io.StringIO(outputs["csv"].read_text(encoding="utf-8-sig"))))) == 5
    assert "Connection with my family" in " ".join(PdfReader(outputs["pdf"]).pages[0].extract_text().split())
    assert len(Calendar.from_ical(outputs["ics"].read_bytes()).walk("VEVENT")) == 3


def test_one_experiment_and_a_range_of_days(filled, tmp_path) -> None:
    output = tmp_path / "days.csv"
    assert (
        main(
            [
                "--data-dir",
                str(filled),
                "export",
                "--format",
                "csv",
                "--experiment",
                "1",
                "--from",
                "2026-11-24",
                "--to",
                "2026-11-25",
                "-o",
                str(output),
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert [row["Date"] for row in rows] == ["2026-11-24", "2026-11-25"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "pdf", "--from", "2026-11-31"], "'2026-11-31' is not a date written as YYYY-MM-DD"),
        (["--format", "pdf", "--from", "24/11/2026"], "is not a date written as YYYY-MM-DD"),
        (["--format", "doc"], "invalid choice: 'doc'"),
        (["--format", "md", "--experiment", "first"], "'first' is not an experiment number"),
        (["--format", "md"], "required: -o/--output"),
    ],
)
def test_bad_arguments_are_refused_by_the_parser(filled, tmp_path, capsys, arguments, message) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(
            [
                "--data-dir",
                str(filled),
                "export",
                *arguments,
                *(["-o", str(tmp_path / "x")] if "md" not in arguments else []),
            ]
        )
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--format", "json", "--experiment", "1"],
            "--format json does not take --experiment: it always exports everything",
        ),
        (["--format", "json", "--from", "2026-11-25"], "--format json does not take --from"),
        (["--format", "md", "--from", "2026-11-25", "--to", "2026-11-24"], "The first day comes after the last day."),
        (["--format", "md", "--experiment", "7"], "There is no experiment 7."),
        (["--format", "md", "--from", "2020-01-01", "--to", "2020-01-31"], "There is no diary to export."),
        (["--format", "ics", "--from", "2020-01-01", "--to", "2020-01-31"], "There is no diary to export."),
    ],
)
def test_impossible_requests_say_why_and_exit_non_zero(filled, tmp_path, capsys, arguments, message) -> None:
    output = tmp_path / "out"
    assert main(["--data-dir", str(filled), "export", *arguments, "-o", str(output)]) != 0
    assert message in capsys.readouterr().err
    assert not output.exists()


def test_a_missing_output_folder_or_data_folder_is_reported(filled, tmp_path, capsys) -> None:
    assert main(["--data-dir", str(filled), "export", "--format", "md", "-o", str(tmp_path / "no" / "x.md")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "empty"), "export", "--format", "md", "-o", str(tmp_path / "x.md")]) == 1
    assert "there is no ValuesDesk data" in capsys.readouterr().err


def test_import_into_an_empty_folder_then_again_adds_nothing(filled, tmp_path, capsys) -> None:
    exported = tmp_path / "all.json"
    assert main(["--data-dir", str(filled), "export", "--format", "json", "-o", str(exported)]) == 0
    fresh = tmp_path / "fresh"
    assert main(["import", str(exported), "--data-dir", str(fresh)]) == 0
    assert "Added 1 value, 1 experiment" in capsys.readouterr().out
    assert main(["--data-dir", str(fresh), "import", str(exported)]) == 0
    assert "Nothing was changed." in capsys.readouterr().out
    again = tmp_path / "again.json"
    assert main(["--data-dir", str(fresh), "export", "--format", "json", "-o", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()


def test_a_refused_import_exits_non_zero_and_changes_nothing(filled, tmp_path, capsys) -> None:
    exported = tmp_path / "all.json"
    main(["--data-dir", str(filled), "export", "--format", "json", "-o", str(exported)])
    newer = tmp_path / "newer.json"
    newer_text = exported.read_text(encoding="utf-8").replace('"version": 1', f'"version": {FORMAT_VERSION + 1}')
    newer.write_text(newer_text, encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(filled), "import", str(newer)]) == 1
    assert "made by a newer ValuesDesk" in capsys.readouterr().err
    check = tmp_path / "check.json"
    main(["--data-dir", str(filled), "export", "--format", "json", "-o", str(check)])
    assert check.read_bytes() == exported.read_bytes()


def test_a_refused_import_into_a_new_folder_leaves_no_database_there(tmp_path, capsys) -> None:
    foreign = tmp_path / "other.json"
    foreign.write_text("[]", encoding="utf-8")
    fresh = tmp_path / "fresh"
    assert main(["import", str(foreign), "--data-dir", str(fresh)]) == 1
    assert "It is not a ValuesDesk export file. Nothing was changed." in capsys.readouterr().err
    assert not (fresh / "valuesdesk.sqlite3").exists()


def test_the_pdf_is_made_without_a_display_or_a_window(filled, tmp_path) -> None:
    environment = {
        key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    output = tmp_path / "diary.pdf"
    finished = subprocess.run(
        [sys.executable, "-m", "valuesdesk", "--data-dir", str(filled), "export", "--format", "pdf", "-o", str(output)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 0, finished.stderr
    assert PdfReader(output).pages


def test_an_empty_data_folder_is_refused_instead_of_meaning_the_real_one(tmp_path, capsys, monkeypatch) -> None:
    real = tmp_path / "real"
    monkeypatch.setattr("valuesdesk.paths.default_data_dir", lambda: real)
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", "", "demo"])
    assert stopped.value.code == 2
    assert "--data-dir: the folder name is empty" in capsys.readouterr().err
    assert not real.exists()


@pytest.mark.parametrize("years", ["0", "-1", "51", "many"])
def test_a_wrong_number_of_demo_years_is_refused_before_anything_is_written(tmp_path, capsys, years) -> None:
    folder = tmp_path / "show"
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(folder), "demo", "--years", years])
    assert stopped.value.code == 2
    assert "is not a number of years from 1 to 50" in capsys.readouterr().err
    assert not folder.exists()


@pytest.mark.parametrize("name", ["valuesdesk.sqlite3", "valuesdesk.sqlite3-wal", "ui-state.ini"])
def test_an_export_never_replaces_the_data_it_is_made_from(filled, capsys, name) -> None:
    own = filled / name
    before = own.read_bytes() if own.exists() else None
    assert main(["--data-dir", str(filled), "export", "--format", "json", "-o", str(own)]) == 2
    assert "is where ValuesDesk keeps your data" in capsys.readouterr().err
    assert (own.read_bytes() if own.exists() else None) == before
    services = open_services(filled)
    try:
        assert services.experiments.list_summaries()
    finally:
        services.close()


def test_a_calendar_names_the_value_and_plan_only_with_calendar_details(filled, tmp_path, capsys) -> None:
    outputs = {flags: tmp_path / f"{'detailed' if flags else 'neutral'}.ics" for flags in ((), ("--calendar-details",))}
    for flags, output in outputs.items():
        assert main(["--data-dir", str(filled), "export", "--format", "ics", *flags, "-o", str(output)]) == 0
    summaries = {
        flags: {str(event["summary"]) for event in Calendar.from_ical(output.read_bytes()).walk("VEVENT")}
        for flags, output in outputs.items()
    }
    assert summaries[()] == {"ValuesDesk check-in", "Therapy session"}
    assert "Enact my value: Connection with my family" in summaries[("--calendar-details",)]
    markdown = ["export", "--format", "md", "--calendar-details", "-o", str(tmp_path / "x.md")]
    assert main(["--data-dir", str(filled), *markdown]) == 2
    assert "--format md does not take --calendar-details." in capsys.readouterr().err


def test_a_diary_pdf_says_which_characters_no_font_could_draw(filled, tmp_path, capsys, clock) -> None:
    from sample_diary import START

    from valuesdesk.services import open_services

    unknown = "\U0010fffd"  # private use: no font draws it
    clock.set(START + dt.timedelta(days=10))
    services = open_services(filled)
    try:
        experiment_id = services.diary.experiments()[0].id
        services.diary.save_entry(experiment_id, START, notes=f"A sign of my own: {unknown}")
    finally:
        services.close()
    output = tmp_path / "diary.pdf"
    assert main(["--data-dir", str(filled), "export", "--format", "pdf", "-o", str(output)]) == 0
    said = capsys.readouterr().out
    assert "stands for what no font on the computer that made this could draw" in said
    assert "(U+10FFFD)" in said
