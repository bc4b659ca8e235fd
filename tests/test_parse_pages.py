"""An API page with one bad study among good ones: the good ones are kept, everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.batch import ingest_paths
from summarizer.cli import cli
from summarizer.errors import InputError, RecordError
from summarizer.parse import ParsedRecord, parse_each, parse_file_each, parse_text
from summarizer.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "v2"
GOOD = ("NCT00000410", "NCT00405041")
BAD = "NCT00220935"


def study(nct_id: str) -> dict:
    return json.loads((FIXTURES / f"{nct_id}.json").read_text(encoding="utf-8"))


@pytest.fixture
def page(tmp_path: Path) -> Path:
    """A real API page (studies + nextPageToken) whose middle study has a broken count."""
    bad = study(BAD)
    bad["protocolSection"]["designModule"]["enrollmentInfo"]["count"] = "sixty-two"
    body = {"studies": [study(GOOD[0]), bad, study(GOOD[1])], "nextPageToken": "abc"}
    path = tmp_path / "page.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_parse_each_keeps_good_studies_and_names_the_bad_one(page: Path) -> None:
    items = parse_file_each(page)
    assert [type(i) for i in items] == [ParsedRecord, RecordError, ParsedRecord]
    assert [i.trial.nct_id for i in items if isinstance(i, ParsedRecord)] == list(GOOD)
    error = items[1]
    assert isinstance(error, RecordError)
    assert (error.nct_id, error.source) == (BAD, str(page))
    assert error.field == "studies[1].protocolSection.designModule.enrollmentInfo.count"
    assert "sixty-two" in str(error)


def test_parse_text_stays_strict(page: Path) -> None:
    with pytest.raises(RecordError) as caught:
        parse_text(page.read_text(encoding="utf-8"), source="page.json")
    assert caught.value.nct_id == BAD


def test_parse_each_still_raises_for_a_page_that_is_not_json() -> None:
    with pytest.raises(InputError):  # nothing in it can be kept
        parse_each('{"studies": [', source="cut.json")


def test_ingest_stores_the_good_studies_of_a_page(page: Path, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        report = ingest_paths(store, [page])
        assert report.counts["new"] == 2
        assert [nct for nct, _ in report.failures] == [BAD]
        assert [store.get_trial(nct).nct_id for nct in GOOD] == list(GOOD)
        assert store.record_hash(BAD) is None


def test_summarize_writes_the_good_studies_and_exits_2(page: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["summarize", str(page), "--db", str(db)])
    assert result.exit_code == 2
    assert "2 created, 0 unchanged, 0 failed, 1 unreadable" in result.stdout
    assert f"Error: {page}: {BAD}" in result.stderr
    with Store.open(db) as store:
        assert store.trial_ids() == sorted(GOOD)
