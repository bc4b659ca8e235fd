"""The whole path through the real openai SDK and a real loopback server.

`summarizer summarize` with OPENAI_BASE_URL pointing at the fake server: the
default backend becomes `openai`, replies are validated, re-asked and retried,
then checked against the record and stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.parse import parse_file
from summarizer.store import Store
from summarizer.writers.builtin import compose
from summarizer.writers.openai import forget_endpoints
from tests.fake_openai import Malformed, Status, fake_openai_server
from tests.support import SEED_PAGE


@pytest.fixture(autouse=True)
def _fresh_endpoints() -> None:
    forget_endpoints()


def faithful_reply() -> dict[str, object]:
    return compose(parse_file(SEED_PAGE)[0].trial).model_dump()


def wrong_age_reply() -> dict[str, object]:
    reply = faithful_reply()
    reply["who_can_join"] = str(reply["who_can_join"]).replace("aged 18 to 45", "aged 18 to 65")
    return reply


def summarize(monkeypatch: pytest.MonkeyPatch, base_url: str, db: Path) -> tuple[int, str]:
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    result = CliRunner().invoke(
        cli, ["summarize", str(SEED_PAGE), "--db", str(db), "--model", "fake-model"]
    )
    return result.exit_code, result.output


def test_wrong_age_from_the_model_is_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    with fake_openai_server() as server:
        server.enqueue(wrong_age_reply())
        code, output = summarize(monkeypatch, server.base_url, db)
    assert code == 0, output
    assert "NCT05706103 · v1 · flagged · " in output
    assert "Backend: openai (model fake-model)" in output
    with Store.open(db) as store:
        version = store.get_version("NCT05706103")
    assert version.status == "flagged"
    assert "age.range" in {f.code for f in version.findings if f.severity == "error"}
    finding = next(f for f in version.findings if f.code == "age.range")
    assert version.text[finding.span[0] : finding.span[1]] == "18 to 65"
    assert version.provenance.backend == "openai"
    assert version.provenance.model == "fake-model"
    assert version.provenance.prompt_tokens == server.responses[0]["usage"]["prompt_tokens"]
    assert version.provenance.total_tokens > 0
    assert "sk-test-secret" not in json.dumps(version.model_dump())


def test_malformed_reply_is_re_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    with fake_openai_server() as server:
        server.enqueue(Malformed(), faithful_reply())
        code, output = summarize(monkeypatch, server.base_url, db)
        requests = list(server.requests)
    assert code == 0, output
    assert "NCT05706103 · v1 · approved · 0 error(s)" in output
    assert len(requests) == 2
    reask = requests[1]["messages"][-1]["content"]
    assert "not valid JSON" in reask
    with Store.open(db) as store:
        usage = store.get_version("NCT05706103").provenance
    # Both attempts are billed.
    assert usage.completion_tokens == sum(r["usage"]["completion_tokens"] for r in server.responses)


def test_server_error_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    with fake_openai_server() as server:
        server.enqueue(Status(500, retry_after_ms=5), faithful_reply())
        code, output = summarize(monkeypatch, server.base_url, db)
        assert len(server.requests) == 2
    assert code == 0, output
    assert "NCT05706103 · v1 · approved" in output


def test_unchanged_record_makes_no_second_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    with fake_openai_server() as server:
        server.enqueue(faithful_reply())
        summarize(monkeypatch, server.base_url, db)
        code, output = summarize(monkeypatch, server.base_url, db)
        assert len(server.requests) == 1
    assert code == 0
    assert "(unchanged, reused)" in output


def test_persistent_failure_is_recorded_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    with fake_openai_server() as server:
        server.enqueue(Malformed(), Malformed(), Malformed())
        code, output = summarize(monkeypatch, server.base_url, db)
    assert code == 1
    assert "NCT05706103 · failed · NCT05706103: gave up after 3 attempts" in output
    with Store.open(db) as store:
        failures = store.failures("NCT05706103")
        assert store.versions("NCT05706103") == []
    assert len(failures) == 1 and "not valid JSON" in str(failures[0]["reason"])
    shown = CliRunner().invoke(cli, ["show", "NCT05706103", "--db", str(db)])
    assert shown.exit_code == 1
    assert "last failure: NCT05706103: gave up after 3 attempts" in shown.output
