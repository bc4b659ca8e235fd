"""Every LLM fault ends in a good version or a recorded, retried failure; never a crash.

The fault matrix of docs/reliability.md. Each fault is injected by the fake
OpenAI server (a real socket, the real SDK) into :func:`summarize_trial`:

- once, then a good reply: the SDK's retry or our re-ask cures it, and a
  version is stored;
- every time: the record is kept, a failure with the fault's own reason is
  recorded, ``summarizer show`` prints that reason, and the next run (the CLI,
  against a healthy server) makes the version and clears the failure.

The writer is built with a short timeout and one SDK retry, so the whole file
runs in seconds; the budgets below (requests per persistent fault) follow
from those settings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.parse import ParsedRecord, parse_file
from summarizer.pipeline import Outcome, summarize_trial
from summarizer.prompts import load_prompt
from summarizer.store import Store
from summarizer.summary import PlainSummary
from summarizer.writers.builtin import compose
from summarizer.writers.openai import OpenAIWriter, forget_endpoints
from tests.fake_openai import (
    EmptyChoices,
    FakeOpenAIServer,
    Latency,
    Malformed,
    Refusal,
    Reply,
    Reset,
    Status,
    Truncated,
    fake_openai_server,
)
from tests.support import FIXTURES, SEED_PAGE

NCT = "NCT05706103"
MODEL = "fake-model"
KEY = "sk-test-reliability"
RECORD: ParsedRecord = parse_file(SEED_PAGE)[0]
# The builtin writer's summary of the seed page: clean under the checks, so "approved".
FAITHFUL: dict[str, Any] = compose(RECORD.trial).model_dump()
# Valid against the JSON schema the model is given (no minLength, no minItems), but
# blank: PlainSummary's validators refuse it, so it is re-asked like any bad reply.
BLANK = FAITHFUL | {
    "title": " ",
    "about": "",
    "who_can_join": "\n",
    "what_happens": "\t",
    "key_facts": [" "],
    "disclaimer": "",
}
NO_FACTS = FAITHFUL | {"key_facts": []}

# Writer settings for the matrix: the SDK retries once; we ask at most three times.
TIMEOUT = 0.5
MAX_RETRIES = 1
MAX_ATTEMPTS = 3
TRANSPORT = MAX_RETRIES + 1  # requests the SDK makes before giving up


@dataclass(frozen=True)
class Fault:
    """One row of the matrix: the fault, what a persistent one costs and is recorded as."""

    reply: Reply
    requests: int  # what a persistent fault costs
    reason: str  # a regular expression; {endpoint} is the server's base URL
    timeout: float = 5.0
    # A 5xx from an endpoint not yet known to take json_schema earns one json_object
    # probe (see OpenAIWriter's module docstring), which the SDK retries as well.
    probes: bool = False

    def budget(self, *, fresh_endpoint: bool) -> int:
        return 2 * self.requests if self.probes and fresh_endpoint else self.requests

    def pattern(self, endpoint: str) -> str:
        return "^" + self.reason.replace("{endpoint}", re.escape(endpoint + "/")) + "$"


def _gave_up(problem: str) -> str:
    return re.escape(f"{NCT}: gave up after {MAX_ATTEMPTS} attempts: {problem}")


def _http(status: int) -> str:
    return (
        re.escape(f"{NCT}: HTTP {status} from ")
        + "{endpoint}"
        + re.escape(f": fake error {status}")
    )


BLANK_PROBLEM = (
    "reply does not match the summary schema: field title: Value error, must not be empty; "
    "field about: Value error, must not be empty; field who_can_join: Value error, must not "
    "be empty; field what_happens: Value error, must not be empty; field key_facts: Value "
    "error, must list at least one fact; field disclaimer: Value error, must not be empty"
)

FAULTS = [
    pytest.param(
        Fault(
            Latency(3.0),
            TRANSPORT,
            re.escape(f"{NCT}: timed out after {TIMEOUT:g}s"),
            timeout=TIMEOUT,
        ),
        id="timeout",
    ),
    pytest.param(
        Fault(
            Reset(),
            TRANSPORT,
            re.escape(f"{NCT}: connection to ")
            + "{endpoint}"
            + re.escape(
                " failed: RemoteProtocolError: peer closed connection without sending "
                "complete message body "
            )
            + r"\(received \d+ bytes, expected \d+\)",
        ),
        id="connection-reset-mid-response",
    ),
    pytest.param(Fault(Status(429), TRANSPORT, _http(429)), id="429-no-retry-after"),
    pytest.param(Fault(Status(429, retry_after=0.01), TRANSPORT, _http(429)), id="429-retry-after"),
    pytest.param(
        Fault(Status(429, retry_after_ms=10), TRANSPORT, _http(429)), id="429-retry-after-ms"
    ),
    pytest.param(
        Fault(Status(500, retry_after_ms=10), TRANSPORT, _http(500), probes=True), id="500"
    ),
    pytest.param(
        Fault(Status(503, retry_after_ms=10), TRANSPORT, _http(503), probes=True), id="503"
    ),
    pytest.param(
        Fault(
            Malformed(),
            MAX_ATTEMPTS,
            _gave_up("reply is not valid JSON: expected value at line 1 column 1"),
        ),
        id="malformed-json",
    ),
    pytest.param(
        Fault(Truncated(), MAX_ATTEMPTS, _gave_up("reply was truncated (finish_reason=length)")),
        id="truncated-finish-length",
    ),
    pytest.param(
        Fault(
            Refusal("I can't help with that."),
            MAX_ATTEMPTS,
            _gave_up("model refused: I can't help with that."),
        ),
        id="refusal",
    ),
    pytest.param(
        Fault(EmptyChoices(), MAX_ATTEMPTS, _gave_up("reply has no choices")),
        id="empty-choices",
    ),
    pytest.param(
        Fault(BLANK, MAX_ATTEMPTS, _gave_up(BLANK_PROBLEM)), id="schema-valid-blank-summary"
    ),
    pytest.param(
        Fault(
            NO_FACTS,
            MAX_ATTEMPTS,
            _gave_up(
                "reply does not match the summary schema: "
                "field key_facts: Value error, must list at least one fact"
            ),
        ),
        id="schema-valid-no-key-facts",
    ),
]


@pytest.fixture(autouse=True)
def _fresh_endpoints() -> Iterator[None]:
    # Ports are reused; what one fake server taught the writer must not leak to the next.
    forget_endpoints()
    yield
    forget_endpoints()


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with fake_openai_server() as fake:
        yield fake
    assert fake.errors == []


def run(store: Store, server: FakeOpenAIServer, fault: Fault) -> Outcome:
    """One record through the pipeline with the matrix's writer settings."""
    with OpenAIWriter(
        MODEL,
        base_url=server.base_url,
        api_key=KEY,
        timeout=fault.timeout,
        max_retries=MAX_RETRIES,
        max_attempts=MAX_ATTEMPTS,
    ) as writer:
        return summarize_trial(store, RECORD.trial, RECORD.raw, writer=writer, prompt=load_prompt())


def summarize_with_cli(
    monkeypatch: pytest.MonkeyPatch, base_url: str, db: str, *paths: Path
) -> tuple[int, str]:
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    result = CliRunner().invoke(cli, ["summarize", *map(str, paths), "--db", db, "--model", MODEL])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@pytest.mark.parametrize("reply", [BLANK, NO_FACTS], ids=["blank", "no-key-facts"])
def test_the_empty_summaries_are_valid_against_the_schema_the_model_is_given(
    reply: dict[str, Any],
) -> None:
    # So a model that obeys the schema to the letter can still send them.
    jsonschema.validate(reply, PlainSummary.json_schema_for_llm())


@pytest.mark.parametrize("fault", FAULTS)
def test_one_fault_then_a_good_reply_makes_a_version(
    fault: Fault, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.enqueue(fault.reply, FAITHFUL)

    with Store.open(tmp_path / "s.db") as store:
        outcome = run(store, server, fault)
        versions = store.versions(NCT)
        failures = store.failures()

    assert outcome.action == "created", outcome.error
    assert [(v.version, v.status, v.provenance.backend) for v in versions] == [
        (1, "approved", "openai")
    ]
    assert versions[0].summary == PlainSummary(**FAITHFUL)
    assert failures == []
    assert len(server.requests) == 2
    assert server.pending == 0


@pytest.mark.parametrize(
    "store_kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
@pytest.mark.parametrize("fault", FAULTS)
def test_a_fault_every_time_is_recorded_shown_and_retried_on_the_next_run(
    fault: Fault,
    store_kind: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    db = (
        str(tmp_path / "s.db")
        if store_kind == "sqlite"
        else str(request.getfixturevalue("postgres_url"))
    )
    with fake_openai_server() as failing:
        budget = fault.budget(fresh_endpoint=True)
        failing.enqueue(*[fault.reply] * budget)
        with Store.open(db) as store:
            outcome = run(store, failing, fault)
            failures = store.failures(NCT)
            versions = store.versions(NCT)
            kept = store.get_trial(NCT)
        endpoint = failing.base_url
        assert len(failing.requests) == budget
        assert failing.pending == 0
        assert failing.errors == []

    # Recorded with its reason, not raised; the record itself is kept for the retry.
    assert outcome.action == "failed"
    assert outcome.error is not None
    assert re.match(fault.pattern(endpoint), outcome.error), outcome.error
    assert [(f["reason"], f["attempts"], f["model"]) for f in failures] == [
        (outcome.error, 1, MODEL)
    ]
    assert versions == []
    assert kept == RECORD.trial

    shown = CliRunner().invoke(cli, ["show", NCT, "--db", db])
    assert shown.exit_code == 1
    assert shown.output == (
        f"Error: no summary for {NCT} in the store; last failure: {outcome.error}\n"
    )

    # The next run, against a healthy server, makes the version and clears the failure.
    with fake_openai_server() as healthy:
        healthy.enqueue(FAITHFUL)
        code, output = summarize_with_cli(monkeypatch, healthy.base_url, db, SEED_PAGE)
        assert len(healthy.requests) == 1
    assert code == 0, output
    assert f"{NCT} · v1 · approved · 0 error(s)" in output
    with Store.open(db) as store:
        assert [v.version for v in store.versions(NCT)] == [1]
        assert store.failures() == []


def test_a_batch_with_every_fault_loses_no_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirteen records, each hit by a different persistent fault between good ones.

    Every record ends as a version or a failure; none is lost, and one record's
    fault does not leak into the next. The rerun summarizes exactly the failed ones.
    """
    files = sorted((FIXTURES / "v2").glob("*.json"))[: 2 * len(FAULTS) + 1]
    records = [parse_file(path)[0] for path in files]
    faults: list[Fault] = [param.values[0] for param in FAULTS]  # type: ignore[misc]
    db = str(tmp_path / "batch.db")
    outcomes: list[Outcome] = []
    with fake_openai_server() as server, Store.open(db) as store:
        for index, record in enumerate(records):
            # Odd records meet a fault every time; even ones get the default good reply.
            fault = faults[index // 2] if index % 2 else None
            if fault is not None:
                # The good record before it taught the writer that the endpoint takes
                # json_schema, so a 5xx is not taken for a refusal: no probe.
                server.enqueue(*[fault.reply] * fault.budget(fresh_endpoint=False))
            with OpenAIWriter(
                MODEL,
                base_url=server.base_url,
                api_key=KEY,
                timeout=fault.timeout if fault else 5.0,
                max_retries=MAX_RETRIES,
                max_attempts=MAX_ATTEMPTS,
            ) as writer:
                outcomes.append(
                    summarize_trial(
                        store, record.trial, record.raw, writer=writer, prompt=load_prompt()
                    )
                )
            assert server.pending == 0
        failed = {f["nct_id"] for f in store.failures()}
        versioned = set(store.trial_ids())
        assert server.errors == []

    ids = [r.trial.nct_id for r in records]
    assert [o.action for o in outcomes] == ["created", "failed"] * len(faults) + ["created"]
    assert failed == set(ids[1::2])
    assert versioned == set(ids[0::2])
    assert failed | versioned == set(ids)

    with fake_openai_server() as healthy:
        code, output = summarize_with_cli(monkeypatch, healthy.base_url, db, *files)
        assert len(healthy.requests) == len(faults)
    assert code == 0, output
    assert output.count("(unchanged, reused)") == len(faults) + 1
    with Store.open(db) as store:
        assert set(store.trial_ids()) == set(ids)
        assert all(len(store.versions(nct_id)) == 1 for nct_id in ids)
        assert store.failures() == []
