"""Values checks in the JSON export: out and back with their ratings and links, merged without doubles,
bad ratings refused with their place, and in the CSV one row per check and domain."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from valuesdesk import exports
from valuesdesk.domain.life_domains import CheckMoment, DomainRating
from valuesdesk.errors import ImportRefused
from valuesdesk.exports.export_file import FORMAT_VERSION
from valuesdesk.services import open_services


def export_json(services) -> bytes:
    return exports.prepare(services, exports.format_by_key("json")).data


def import_bytes(services, path: Path, data: bytes):
    path.write_bytes(data)
    return exports.import_file(services, path)


@pytest.fixture
def checked(services, make_experiment, days_ago):
    experiment_id = make_experiment("Courage", start=days_ago(6))
    checks = services.values_checks
    linked = checks.start(days_ago(6), experiment_id=experiment_id, moment=CheckMoment.START)
    checks.rate(linked.id, "work", 9, 3)
    checks.rate(linked.id, "family", 7, None)
    alone = checks.start(days_ago(40))
    checks.rate(alone.id, "health", 8, 8)
    return services


def test_checks_go_out_and_come_back_with_ratings_and_links(checked, tmp_path) -> None:
    exported = export_json(checked)
    document = json.loads(exported)
    assert document["version"] == FORMAT_VERSION == 3
    first, second = document["values_checks"]
    assert first["experiment"] is None and first["ratings"] == [{"domain": "health", "importance": 8, "consistency": 8}]
    assert second["experiment"]["experiment_value"] == "Courage" and second["experiment"]["moment"] == "start"
    assert [rating["domain"] for rating in second["ratings"]] == ["family", "work"]

    fresh = open_services(tmp_path / "fresh")
    try:
        summary = import_bytes(fresh, tmp_path / "export.json", exported)
        assert summary.added["values_checks"] == 2 and "2 values checks" in summary.describe()
        linked = fresh.values_checks.list_checks()[1]
        assert linked.link is not None and linked.link.experiment.title == "Courage"
        assert linked.rating("work") == DomainRating("work", 9, 3)
        assert linked.rating("family") == DomainRating("family", 7, None)
        assert export_json(fresh) == exported
        assert not import_bytes(fresh, tmp_path / "export.json", exported).changed_anything
    finally:
        fresh.close()


def test_a_newer_version_of_a_check_replaces_its_ratings(checked, tmp_path, clock) -> None:
    exported = export_json(checked)
    fresh = open_services(tmp_path / "fresh")
    try:
        import_bytes(fresh, tmp_path / "export.json", exported)
        [check_id] = [check.id for check in checked.values_checks.list_checks() if check.link is not None]
        clock.advance(clock.moment - clock.moment.replace(hour=0))  # a later moment: the newer version
        checked.values_checks.rate(check_id, "work", 9, 6)
        checked.values_checks.rate(check_id, "family", None, None)
        checked.values_checks.redate(check_id, clock.today)
        summary = import_bytes(fresh, tmp_path / "export.json", export_json(checked))
        assert summary.updated["values_checks"] == 1 and not summary.added["values_checks"]
        linked = fresh.values_checks.list_checks()[1]
        assert linked.taken_on == clock.today
        assert linked.rating("work") == DomainRating("work", 9, 6)
        assert linked.rating("family") == DomainRating("family")
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("rating", "reason"),
    [(11, "values_checks[1].ratings[1].importance"), (0, "values_checks[1].ratings[1].importance")],
)
def test_bad_ratings_are_refused_with_their_place(checked, tmp_path, rating, reason) -> None:
    document = json.loads(export_json(checked))
    document["values_checks"][1]["ratings"][1]["importance"] = rating
    before = checked.values_checks.list_checks()
    with pytest.raises(ImportRefused, match=reason.replace("[", r"\[").replace("]", r"\]")):
        import_bytes(checked, tmp_path / "bad.json", json.dumps(document).encode())
    assert checked.values_checks.list_checks() == before


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda check: check["ratings"][0].update(importance=4.5), "importance"),
        (lambda check: check["ratings"][0].update(domain="gardening"), "domain"),
        (lambda check: check["ratings"].append(dict(check["ratings"][0])), "a domain rated twice"),
        (lambda check: check["experiment"].update(experiment_value="Nobody"), "no such experiment"),
    ],
)
def test_other_bad_checks_are_refused(checked, tmp_path, change, reason) -> None:
    document = json.loads(export_json(checked))
    change(document["values_checks"][1])
    with pytest.raises(ImportRefused, match=reason):
        import_bytes(checked, tmp_path / "bad.json", json.dumps(document).encode())


def test_the_csv_has_a_row_per_check_and_domain_and_neutralises_cells(checked, days_ago) -> None:
    data = exports.prepare(checked, exports.format_by_key("values-csv")).data
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0][:4] == ["Date", "Try-on", "Taken as the try-on", "Life domain"]
    assert len(table) == 1 + 2 * 10
    work = next(row for row in table if row[0] == days_ago(6).isoformat() and row[3] == "Work")
    assert work[1:] == ["Courage", "began", "Work", "9", "3", "6", "27.0"]
    skipped = next(row for row in table if row[0] == days_ago(6).isoformat() and row[3] == "Health")
    assert skipped[4:7] == ["", "", ""]


def test_a_value_named_like_a_formula_is_neutralised_in_the_csv(services, make_experiment) -> None:
    experiment_id = make_experiment("=HYPERLINK(1)")
    check = services.values_checks.start(experiment_id=experiment_id, moment=CheckMoment.END)
    services.values_checks.rate(check.id, "work", 5, 5)
    data = exports.prepare(services, exports.format_by_key("values-csv")).data.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in data and ",ended," in data.replace('"', "")
    services.values_checks.rate(check.id, "health", 3, 5)
    data = exports.prepare(services, exports.format_by_key("values-csv")).data.decode("utf-8-sig")
    # A negative gap is the program's number, not the person's words: it stays a number.
    assert next(row for row in csv.reader(io.StringIO(data)) if row[3] == "Health")[6] == "-2"


def test_the_diary_pdf_sets_the_checks_before_and_after_the_try_on_side_by_side(
    services, make_experiment, days_ago
) -> None:
    from valuesdesk.exports.diary_document import diary_html
    from valuesdesk.exports.sources import diary_report

    experiment_id = make_experiment("Courage", start=days_ago(10), days=7)
    checks = services.values_checks
    before = checks.start(days_ago(12))  # not linked: two days before, near enough to stand for the start
    checks.rate(before.id, "work", 9, 2)
    after = checks.start(days_ago(4), experiment_id=experiment_id, moment=CheckMoment.END)
    checks.rate(after.id, "work", 9, 6)
    html = diary_html(diary_report(services, exports.Selection(experiment_id)))
    assert "Values check before and after" in html
    assert "Before the try-on, " in html and "As it ended, " in html
    work = next(line for line in html.splitlines() if line.startswith("<tr><td>Work</td>"))
    assert work == "<tr><td>Work</td><td>9</td><td>2</td><td>9</td><td>6</td></tr>"
    assert "<b>18.0</b>" in html and "<b>54.0</b>" in html


def test_a_try_on_without_checks_prints_as_before(services, make_experiment, days_ago) -> None:
    from valuesdesk.exports.diary_document import diary_html
    from valuesdesk.exports.sources import diary_report

    experiment_id = make_experiment("Courage", start=days_ago(10), days=7)
    far = services.values_checks.start(days_ago(60))  # too far from the try-on to stand for either end
    services.values_checks.rate(far.id, "work", 5, 5)
    assert "Values check" not in diary_html(diary_report(services, exports.Selection(experiment_id)))


def test_the_markdown_diary_has_the_checks_where_the_pdf_has_them(services, make_experiment, days_ago) -> None:
    experiment_id = make_experiment("Courage", start=days_ago(10), days=7)
    services.diary.save_entry(experiment_id, days_ago(9), before="Nervous")
    checks = services.values_checks
    before = checks.start(days_ago(10), experiment_id=experiment_id, moment=CheckMoment.START)
    checks.rate(before.id, "work", 9, 2)
    checks.rate(before.id, "health", 6, None)
    text = exports.prepare(services, exports.format_by_key("md"), exports.Selection(experiment_id)).data.decode()
    lines = text.splitlines()
    table = lines.index("| Life domain | Matters, before | Lived, before | Matters, after | Lived, after |")
    assert (
        lines.index("**Values check before and after**")
        < table
        < lines.index(next(x for x in lines if x.startswith("### ")))
    )
    assert (
        lines[table - 3].startswith("- As the try-on began, ")
        and lines[table - 2] == "- After the try-on: no check yet"
    )
    assert "| Work | 9 | 2 |  |  |" in lines and "| Health | 6 | – |  |  |" in lines
    assert "| **Composite (1–100)** | **18.0** | |  | |" in lines
    far = make_experiment("Play", start=days_ago(200), days=7)
    without = exports.prepare(services, exports.format_by_key("md"), exports.Selection(far)).data.decode()
    assert "Values check" not in without
