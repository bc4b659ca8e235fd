from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from summarizer.cli import cli
from summarizer.parse import parse_file
from summarizer.writers.builtin import compose
from tests.support import FIXTURES, SEED_PAGE

PARSE_KEYS = {
    "nct_id", "brief_title", "official_title", "overall_status", "phases", "study_type",
    "enrollment", "enrollment_type", "sex", "minimum_age_years", "maximum_age_years",
    "start_date", "primary_completion_date", "completion_date", "conditions", "interventions",
    "lead_sponsor", "brief_summary", "inclusion_criteria", "exclusion_criteria",
    "healthy_volunteers",
}  # fmt: skip


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def stored_versions(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0])


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


@pytest.mark.parametrize("command", _commands(cli), ids=" ".join)
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output or "Usage:" in result.output
    assert len(result.output.splitlines()) > 3


def test_parse_json_has_the_documented_keys() -> None:
    result = run("parse", FIXTURES / "legacy" / "NCT01029262.xml", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) >= PARSE_KEYS
    assert data["overall_status"] == "ACTIVE_NOT_RECRUITING"
    assert data["phases"] == ["PHASE3"]
    assert data["interventions"][0] | {"description": None} == {
        "type": "DRUG", "name": "Lenalidomide", "description": None,
        "other_names": data["interventions"][0]["other_names"],
        "arm_labels": data["interventions"][0]["arm_labels"],
    }  # fmt: skip


def test_parse_seed_page() -> None:
    data = json.loads(run("parse", SEED_PAGE, "--json").output)
    assert (data["nct_id"], data["enrollment"], data["minimum_age_years"]) == (
        "NCT05706103", 62, 18.0
    )  # fmt: skip


def test_summarize_fixtures_and_show(tmp_path: Path) -> None:
    db = tmp_path / "out.db"
    result = run("summarize", FIXTURES / "pages", FIXTURES / "v2" / "NCT00405041.json", "--db", db)
    assert result.exit_code == 0, result.output
    assert "NCT05706103 · v1 · approved · 0 error(s)" in result.output
    assert "2 created, 0 unchanged, 0 failed, 0 unreadable · 2 approved" in result.output
    assert f"Store: {db.resolve()}" in result.output
    again = run("summarize", FIXTURES / "pages", "--db", db)
    assert "NCT05706103 · v1 · approved · 0 error(s), 1 warning(s) (unchanged, reused)" in (
        again.output
    )
    shown = run("show", "NCT05706103", "--db", db)
    assert shown.exit_code == 0
    assert "NCT05706103 · v1 · approved · by summarizer" in shown.output
    assert "prompt plain-summary@v2" in shown.output
    as_json = json.loads(run("show", "nct05706103", "--json", "--version", "1", "--db", db).output)
    assert as_json["version"] == 1 and as_json["provenance"]["model"] == "builtin"


def test_show_unknown_trial(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "NCT00000000", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "Error: no summary for NCT00000000 in the store" in result.output


BAD_INPUTS = {
    "empty.json": "",
    "truncated.json": '{"protocolSection": {"identificationModule": {"nctId": "NCT0',
    "rss.xml": "<?xml version='1.0'?><rss><channel/></rss>",
    "no-id.json": json.dumps({"protocolSection": {"identificationModule": {"briefTitle": "x"}}}),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_exits_2_naming_the_file_and_stores_nothing(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(BAD_INPUTS[name], encoding="utf-8")
    db = tmp_path / "bad.db"
    result = CliRunner().invoke(cli, ["summarize", str(path), "--db", str(db)])
    assert result.exit_code == 2
    assert f"Error: {path}" in result.output
    assert stored_versions(db) == 0
    parsed = CliRunner().invoke(cli, ["parse", str(path), "--json"])
    assert parsed.exit_code == 2 and str(path) in parsed.output


def test_one_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-bad.json").write_text("{", encoding="utf-8")
    (folder / "b.txt").write_text(SEED_PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "mixed.db"
    result = CliRunner().invoke(cli, ["summarize", str(folder), "--db", str(db)])
    assert result.exit_code == 2
    assert "1 created, 0 unchanged, 0 failed, 1 unreadable" in result.output
    assert stored_versions(db) == 1


def test_check_exit_codes(tmp_path: Path) -> None:
    trial = parse_file(SEED_PAGE)[0].trial
    good = tmp_path / "good.json"
    good.write_text(compose(trial).model_dump_json(), encoding="utf-8")
    clean = CliRunner().invoke(cli, ["check", str(SEED_PAGE), str(good), "--json"])
    assert clean.exit_code == 0
    assert json.loads(clean.output)["flagged"] is False

    bad = tmp_path / "bad.md"
    bad.write_text("Adults aged 18 to 65 can join. The therapy is proven.", encoding="utf-8")
    flagged = CliRunner().invoke(cli, ["check", str(SEED_PAGE), str(bad), "--json"])
    assert flagged.exit_code == 1
    report = json.loads(flagged.output)
    assert report["flagged"] is True
    assert {f["code"] for f in report["findings"]} >= {"age.range", "claim.efficacy"}
    finding = next(f for f in report["findings"] if f["code"] == "age.range")
    assert set(finding) >= {"code", "severity", "field", "message", "span"}
    assert bad.read_text()[finding["span"][0] : finding["span"][1]] == "18 to 65"

    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    broken = CliRunner().invoke(cli, ["check", str(SEED_PAGE), str(empty)])
    assert broken.exit_code == 2
    assert f"Error: {empty}: the summary file is empty" in broken.output


def test_export_writes_latest_approved_only(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    run("summarize", SEED_PAGE, FIXTURES / "v2" / "NCT00405041.json", "--db", db)
    run("review", "reject", "NCT00405041", "--version", "1", "--note", "x", "--db", db)
    out = tmp_path / "export" / "site.jsonl"
    result = run("export", "--out", out, "--db", db)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(x["nct_id"], x["version"], x["status"]) for x in lines] == [
        ("NCT05706103", 1, "approved")
    ]
    assert lines[0]["prompt_version"] == "plain-summary@v2"
