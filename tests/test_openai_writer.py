"""OpenAIWriter and AsyncOpenAIWriter, through the real openai SDK, against a loopback server."""

from __future__ import annotations

import asyncio
import json
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import openai
import pytest

from summarizer.errors import ModelOutputError, WriterError
from summarizer.prompts import RenderedPrompt, load_prompt
from summarizer.records import Trial
from summarizer.summary import PlainSummary
from summarizer.writers.base import Usage
from summarizer.writers.openai import AsyncOpenAIWriter, OpenAIWriter, forget_endpoints
from tests.fake_openai import (
    EmptyChoices,
    FakeOpenAIServer,
    Latency,
    Malformed,
    Refusal,
    RejectJsonSchema,
    Reply,
    Reset,
    Status,
    Truncated,
    default_responder,
    fake_openai_server,
    summary_for,
)

KEY = "sk-test-Zq81rTT0p5cret"
NCT = "NCT05706103"
GOOD = summary_for(NCT)
SCHEMA = PlainSummary.json_schema_for_llm()


def make_trial(nct_id: str = NCT) -> Trial:
    return Trial(
        nct_id=nct_id,
        brief_title="A Study of Drug X in Adults With High Blood Pressure",
        source_format="ctgov-v2-json",
        minimum_age="18 Years",
        maximum_age="65 Years",
        minimum_age_years=18,
        maximum_age_years=65,
    )


TRIAL = make_trial()
PROMPT: RenderedPrompt = load_prompt().render(TRIAL)
# What the fake sends for Truncated(): the default reply, cut in half.
FULL = default_responder({"messages": PROMPT.messages()})
CUT = FULL[: len(FULL) // 2]

MakeWriter = Callable[..., OpenAIWriter]


@pytest.fixture(autouse=True)
def forget_what_endpoints_taught() -> Iterator[None]:
    # Ports are reused between tests; what one server taught must not leak to the next.
    forget_endpoints()
    yield
    forget_endpoints()


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with fake_openai_server() as fake:
        yield fake
    assert fake.errors == []


@pytest.fixture
def make_writer(server: FakeOpenAIServer) -> Iterator[MakeWriter]:
    """Writers on ``server`` with short limits; closed after the test."""
    writers: list[OpenAIWriter] = []

    def make(**options: Any) -> OpenAIWriter:
        settings: dict[str, Any] = {
            "model": "test-model",
            "base_url": server.base_url,
            "api_key": KEY,
            "max_retries": 1,
            "timeout": 5.0,
        }
        writer = OpenAIWriter(**(settings | options))
        writers.append(writer)
        return writer

    yield make
    for writer in writers:
        writer.close()


def formats(server: FakeOpenAIServer) -> list[str]:
    return [r["response_format"]["type"] for r in server.requests]


def usage_sent(server: FakeOpenAIServer) -> Usage:
    total = Usage()
    for response in server.responses:
        total = total + Usage(**response["usage"])
    return total


# -- success ------------------------------------------------------------------------------


def test_valid_reply_gives_the_exact_summary_usage_and_model(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    server.reported_model = "llama-3.1-8b-instruct-q4"
    server.enqueue(GOOD)

    draft = make_writer().write(TRIAL, PROMPT)

    assert draft.summary == PlainSummary(**GOOD)
    assert draft.backend == "openai"
    assert draft.model == "llama-3.1-8b-instruct-q4"
    assert draft.attempts == 1
    assert draft.raw == json.dumps(GOOD)
    sent = server.responses[0]["usage"]
    assert draft.usage == Usage(**sent)
    assert sent["total_tokens"] > 0


def test_request_asks_for_strict_json_schema(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    make_writer(temperature=0.2).write(TRIAL, PROMPT)

    (request,) = server.requests
    assert request["model"] == "test-model"
    assert request["temperature"] == 0.2
    assert request["messages"] == PROMPT.messages()
    assert request["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "plain_summary", "strict": True, "schema": SCHEMA},
    }
    assert server.request_headers[0]["authorization"] == f"Bearer {KEY}"


def test_live_request_is_the_body_provider_batches_hold(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    # Live mode serializes the body itself (see _Exchange.body); it must say the same.
    writer = make_writer(max_tokens=300)
    writer.write(TRIAL, PROMPT)

    (request,) = server.requests
    assert request == writer._exchange(TRIAL, PROMPT).request()
    assert server.request_headers[0]["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("body", "shown"),
    [("<html>Bad gateway</html>", "b'<html>Bad gateway</html>'"), ("[]", "b'[]'")],
)
def test_a_200_that_is_not_a_completion_is_asked_again_then_reported(
    server: FakeOpenAIServer, make_writer: MakeWriter, body: str, shown: str
) -> None:
    server.enqueue(Status(200, body=body), Status(200, body=body))

    with pytest.raises(ModelOutputError) as caught:
        make_writer(max_attempts=2).write(TRIAL, PROMPT)

    assert str(caught.value) == (
        f"{NCT}: gave up after 2 attempts: reply body is not a JSON object: {shown}"
    )


@pytest.mark.parametrize(
    ("argument", "env", "expected"),
    [
        ("from-argument", "from-env", "from-argument"),
        (None, "from-env", "from-env"),
        (None, None, "gpt-4o-mini"),
    ],
)
def test_model_comes_from_argument_then_env_then_default(
    monkeypatch: pytest.MonkeyPatch,
    make_writer: MakeWriter,
    server: FakeOpenAIServer,
    argument: str | None,
    env: str | None,
    expected: str,
) -> None:
    if env:
        monkeypatch.setenv("SUMMARIZER_MODEL", env)
    writer = make_writer(model=argument)

    draft = writer.write(TRIAL, PROMPT)

    assert writer.model == expected
    assert server.requests[0]["model"] == expected
    assert draft.model == expected  # the fake echoes the requested model


def test_wrong_but_schema_valid_summary_is_returned_as_is(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    # The trial says 18 to 65. Flagging that is the checks' job; the writer must not "fix" it.
    wrong = GOOD | {"who_can_join": "Adults aged 18 to 99 with high blood pressure can join."}
    server.enqueue(wrong)

    draft = make_writer().write(TRIAL, PROMPT)

    assert draft.summary.who_can_join == "Adults aged 18 to 99 with high blood pressure can join."
    assert draft.attempts == 1


# -- re-asking the model ----------------------------------------------------------------------

BAD_REPLIES = [
    pytest.param(
        Malformed(),
        "reply is not valid JSON: expected value at line 1 column 1",
        Malformed().content,
        id="malformed",
    ),
    pytest.param(
        {"title": "A study"},
        "reply does not match the summary schema: field about: Field required; "
        "field who_can_join: Field required; field what_happens: Field required; "
        "field key_facts: Field required; field disclaimer: Field required",
        json.dumps({"title": "A study"}),
        id="schema",
    ),
    pytest.param(
        GOOD | {"key_facts": [" "]},
        "reply does not match the summary schema: "
        "field key_facts: Value error, must list at least one fact",
        json.dumps(GOOD | {"key_facts": [" "]}),
        id="blank-field",
    ),
    pytest.param(
        Truncated(),
        "reply was truncated (finish_reason=length)",
        CUT,
        id="truncated",
    ),
    pytest.param(
        Refusal("I can't help with that."),
        "model refused: I can't help with that.",
        "I can't help with that.",
        id="refusal",
    ),
    pytest.param(EmptyChoices(), "reply has no choices", None, id="empty-choices"),
    pytest.param("", "reply is empty", "", id="empty-content"),
]


@pytest.mark.parametrize(("bad", "problem", "body"), BAD_REPLIES)
def test_bad_reply_is_sent_back_with_the_problem(
    server: FakeOpenAIServer, make_writer: MakeWriter, bad: Reply, problem: str, body: str | None
) -> None:
    server.enqueue(bad, GOOD)

    draft = make_writer().write(TRIAL, PROMPT)

    assert draft.summary == PlainSummary(**GOOD)
    assert draft.attempts == 2
    assert draft.raw == json.dumps(GOOD)
    assert draft.usage == usage_sent(server)
    first, second = server.requests
    assert second["messages"][:2] == first["messages"]
    assistant, user = second["messages"][2:]
    assert assistant == {"role": "assistant", "content": body or ""}
    assert user["role"] == "user"
    assert user["content"].startswith(f"Your reply could not be used: {problem}\n")
    assert "only the corrected JSON object" in user["content"]


@pytest.mark.parametrize(("bad", "problem", "body"), BAD_REPLIES)
def test_gives_up_after_max_attempts_with_the_last_reply(
    server: FakeOpenAIServer, make_writer: MakeWriter, bad: Reply, problem: str, body: str | None
) -> None:
    server.enqueue(bad, bad, bad)

    with pytest.raises(ModelOutputError) as caught:
        make_writer(max_attempts=3).write(TRIAL, PROMPT)

    assert str(caught.value) == f"{NCT}: gave up after 3 attempts: {problem}"
    assert caught.value.nct_id == NCT
    assert caught.value.body == body
    assert len(server.requests) == 3
    assert server.pending == 0


def test_one_attempt_means_no_reask(server: FakeOpenAIServer, make_writer: MakeWriter) -> None:
    server.enqueue(Malformed())

    with pytest.raises(ModelOutputError, match=r"^NCT05706103: gave up after 1 attempt: "):
        make_writer(max_attempts=1).write(TRIAL, PROMPT)

    assert len(server.requests) == 1


def test_usage_is_summed_over_attempts(server: FakeOpenAIServer, make_writer: MakeWriter) -> None:
    server.enqueue(Malformed(), Truncated(), GOOD)

    draft = make_writer().write(TRIAL, PROMPT)

    assert draft.attempts == 3
    assert len(server.responses) == 3
    assert draft.usage == usage_sent(server)


# -- transport: the SDK retries, we wrap what is left ----------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(Status(500, retry_after_ms=10), id="500"),
        pytest.param(Status(503, retry_after_ms=10), id="503"),
        pytest.param(Status(429, retry_after=0.01), id="429-retry-after"),
        pytest.param(Status(429, retry_after_ms=10), id="429-retry-after-ms"),
        pytest.param(Reset(), id="connection-reset"),
    ],
)
def test_sdk_retries_transient_failures(
    server: FakeOpenAIServer, make_writer: MakeWriter, fault: Reply
) -> None:
    server.enqueue(fault, GOOD)

    draft = make_writer(max_retries=1).write(TRIAL, PROMPT)

    assert draft.summary == PlainSummary(**GOOD)
    assert draft.attempts == 1
    # A 5xx that the SDK's retry cured is not taken for a json_schema refusal.
    assert formats(server) == ["json_schema", "json_schema"]


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "model 'test-model' not found"),
        (400, "This model's maximum context length is 8192 tokens"),
    ],
)
def test_http_error_names_status_and_server_message(
    server: FakeOpenAIServer, make_writer: MakeWriter, status: int, message: str
) -> None:
    server.enqueue(Status(status, body={"error": {"message": message}}))

    with pytest.raises(WriterError) as caught:
        make_writer().write(TRIAL, PROMPT)

    assert type(caught.value) is WriterError
    assert str(caught.value) == f"{NCT}: HTTP {status} from {server.base_url}/: {message}"
    # Neither names the response format, so neither is taken for a json_schema refusal.
    assert len(server.requests) == 1


def test_rate_limit_that_outlasts_retries_is_a_writer_error(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    server.enqueue(*[Status(429, retry_after_ms=5)] * 3)

    with pytest.raises(WriterError) as caught:
        make_writer(max_retries=2).write(TRIAL, PROMPT)

    assert str(caught.value) == f"{NCT}: HTTP 429 from {server.base_url}/: fake error 429"
    assert len(server.requests) == 3


def test_slow_server_times_out(server: FakeOpenAIServer, make_writer: MakeWriter) -> None:
    server.enqueue(Latency(3.0, GOOD))

    with pytest.raises(WriterError) as caught:
        make_writer(timeout=0.2, max_retries=0).write(TRIAL, PROMPT)

    assert str(caught.value) == f"{NCT}: timed out after 0.2s"


def test_connection_reset_without_retries_is_a_writer_error(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    server.enqueue(Reset())

    with pytest.raises(WriterError) as caught:
        make_writer(max_retries=0).write(TRIAL, PROMPT)

    assert str(caught.value).startswith(f"{NCT}: connection to {server.base_url}/ failed: ")
    # The server is still fine for the next write.
    assert make_writer().write(TRIAL, PROMPT).attempts == 1


@pytest.mark.parametrize(
    ("fault", "max_retries", "timeout"),
    [
        pytest.param(
            Status(401, body={"error": {"message": f"Incorrect API key provided: {KEY}"}}),
            0,
            5.0,
            id="401-echoing-key",
        ),
        pytest.param(Status(500, body=f"upstream rejected key {KEY}"), 0, 5.0, id="500-text"),
        pytest.param(Reset(), 0, 5.0, id="reset"),
        pytest.param(Latency(3.0), 0, 0.2, id="timeout"),
    ],
)
def test_api_key_never_appears_in_errors(
    server: FakeOpenAIServer,
    make_writer: MakeWriter,
    fault: Reply,
    max_retries: int,
    timeout: float,
) -> None:
    server.enqueue(fault, fault)
    writer = make_writer(max_retries=max_retries, timeout=timeout)

    with pytest.raises(WriterError) as caught:
        writer.write(TRIAL, PROMPT)

    printed = "".join(traceback.format_exception(caught.value))
    assert KEY not in printed
    assert KEY not in repr(caught.value)
    assert KEY not in repr(writer)


def test_key_is_redacted_where_the_server_echoes_it(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    server.enqueue(Status(401, body={"error": {"message": f"Incorrect API key provided: {KEY}"}}))

    with pytest.raises(WriterError) as caught:
        make_writer().write(TRIAL, PROMPT)

    assert str(caught.value) == (
        f"{NCT}: HTTP 401 from {server.base_url}/: Incorrect API key provided: ***"
    )


# -- structured output: json_schema, else json_object -------------------------------------------


@pytest.mark.parametrize(
    "reject",
    [
        pytest.param(RejectJsonSchema(500, "Internal Server Error"), id="llama.cpp-bare-500"),
        pytest.param(
            RejectJsonSchema(500, "Unsupported response_format type: json_schema"), id="500-says-so"
        ),
        pytest.param(RejectJsonSchema(400, "'json_schema' is not supported"), id="400-says-so"),
    ],
)
def test_falls_back_to_json_object_once_per_endpoint(
    server: FakeOpenAIServer, make_writer: MakeWriter, reject: RejectJsonSchema
) -> None:
    server.reject_json_schema = reject

    draft = make_writer(max_retries=0).write(TRIAL, PROMPT)

    assert draft.summary == PlainSummary(**GOOD)
    assert draft.attempts == 1
    assert formats(server) == ["json_schema", "json_object"]
    fallback = server.requests[1]
    assert fallback["response_format"] == {"type": "json_object", "schema": SCHEMA}
    system = fallback["messages"][0]
    assert system["role"] == "system"
    assert system["content"].startswith(PROMPT.system.rstrip())
    assert system["content"].endswith(json.dumps(SCHEMA) + "\n")
    assert fallback["messages"][1:] == PROMPT.messages()[1:]

    # Remembered for the endpoint, not the writer: a new writer goes straight to json_object.
    make_writer(max_retries=0).write(make_trial("NCT01234567"), PROMPT)
    assert formats(server) == ["json_schema", "json_object", "json_object"]


def test_reask_after_fallback_keeps_json_object(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    server.reject_json_schema = RejectJsonSchema()
    server.enqueue(Malformed(), GOOD)

    draft = make_writer(max_retries=0).write(TRIAL, PROMPT)

    assert draft.attempts == 2
    assert formats(server) == ["json_schema", "json_object", "json_object"]


@pytest.mark.parametrize(
    ("first", "message"),
    [
        (Status(500), "HTTP 500 from {base_url}/: fake error 500"),
        (
            Status(400, body={"error": {"message": "response_format is not supported"}}),
            "HTTP 400 from {base_url}/: response_format is not supported",
        ),
    ],
)
def test_failing_json_object_probe_reports_the_first_error_and_learns_nothing(
    server: FakeOpenAIServer, make_writer: MakeWriter, first: Status, message: str
) -> None:
    server.enqueue(first, Status(503))
    writer = make_writer(max_retries=0)

    with pytest.raises(WriterError) as caught:
        writer.write(TRIAL, PROMPT)

    # An outage is not a missing feature: the json_schema error is the one reported...
    assert str(caught.value) == f"{NCT}: " + message.format(base_url=server.base_url)
    assert formats(server) == ["json_schema", "json_object"]
    # ...and nothing was remembered: the next write asks for json_schema again.
    writer.write(TRIAL, PROMPT)
    assert formats(server) == ["json_schema", "json_object", "json_schema"]


def test_endpoint_known_to_take_json_schema_is_not_probed_again(
    server: FakeOpenAIServer, make_writer: MakeWriter
) -> None:
    writer = make_writer(max_retries=0)
    writer.write(TRIAL, PROMPT)
    server.enqueue(Status(500))

    with pytest.raises(WriterError, match=r"^NCT05706103: HTTP 500 from "):
        writer.write(TRIAL, PROMPT)

    assert formats(server) == ["json_schema", "json_schema"]


# -- configuration ------------------------------------------------------------------------------


def test_local_server_from_env_needs_no_key(
    server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)

    with OpenAIWriter("local", max_retries=0) as writer:
        writer.write(TRIAL, PROMPT)

    assert server.request_headers[0]["authorization"] == "Bearer not-needed"


def test_no_endpoint_configured_is_a_writer_error() -> None:
    with pytest.raises(WriterError) as caught:
        OpenAIWriter()

    assert str(caught.value) == (
        "no API key: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server"
    )


def test_injected_client_is_used_and_left_open(server: FakeOpenAIServer) -> None:
    client = openai.OpenAI(base_url=server.base_url, api_key=KEY, max_retries=0)
    try:
        writer = OpenAIWriter("test-model", client=client)
        writer.write(TRIAL, PROMPT)
        writer.close()

        assert [m.id for m in client.models.list()] == ["fake-model"]
        assert len(server.requests) == 1
    finally:
        client.close()


# -- async -------------------------------------------------------------------------------------


def async_writer(server: FakeOpenAIServer, **options: Any) -> AsyncOpenAIWriter:
    settings: dict[str, Any] = {
        "model": "test-model",
        "base_url": server.base_url,
        "api_key": KEY,
        "max_retries": 0,
        "timeout": 30.0,
    }
    return AsyncOpenAIWriter(**(settings | options))


def all_at_once(server: FakeOpenAIServer, count: int) -> None:
    """Make the server hold every reply until ``count`` requests are in flight together.

    This proves concurrency without timing: if the writer (or the server) ran
    them one by one, the barrier would break and the requests fail.
    """
    barrier = threading.Barrier(count, timeout=30)

    def responder(request: dict[str, Any]) -> str:
        barrier.wait()
        return default_responder(request)

    server.responder = responder


@pytest.mark.parametrize("count", [20, 128])
def test_async_writer_runs_writes_concurrently(server: FakeOpenAIServer, count: int) -> None:
    trials = [make_trial(f"NCT{n:08d}") for n in range(1, count + 1)]
    all_at_once(server, count)

    async def main() -> list[Any]:
        async with async_writer(server) as writer:
            return await asyncio.gather(*(writer.write(t, load_prompt().render(t)) for t in trials))

    drafts = asyncio.run(main())

    assert [d.summary for d in drafts] == [PlainSummary(**summary_for(t.nct_id)) for t in trials]
    assert all(d.attempts == 1 and d.usage.total_tokens > 0 for d in drafts)
    assert len(server.requests) == count
    assert server.max_in_flight == count


def test_async_writer_shares_reask_and_fallback(server: FakeOpenAIServer) -> None:
    server.reject_json_schema = RejectJsonSchema()
    server.enqueue(Malformed(), GOOD)

    async def main() -> Any:
        async with async_writer(server) as writer:
            return await writer.write(TRIAL, PROMPT)

    draft = asyncio.run(main())

    assert draft.summary == PlainSummary(**GOOD)
    assert draft.attempts == 2
    assert draft.usage == usage_sent(server)
    assert formats(server) == ["json_schema", "json_object", "json_object"]


@pytest.mark.parametrize(
    ("replies", "error", "message"),
    [
        pytest.param(
            [Malformed()] * 2,
            ModelOutputError,
            f"{NCT}: gave up after 2 attempts: "
            "reply is not valid JSON: expected value at line 1 column 1",
            id="model-output",
        ),
        pytest.param(
            [Status(404, body={"error": {"message": "no such model"}})],
            WriterError,
            f"{NCT}: HTTP 404 from {{base_url}}/: no such model",
            id="http-404",
        ),
        pytest.param([Latency(3.0)], WriterError, f"{NCT}: timed out after 0.2s", id="timeout"),
    ],
)
def test_async_writer_raises_like_the_sync_one(
    server: FakeOpenAIServer, replies: list[Reply], error: type[WriterError], message: str
) -> None:
    server.enqueue(*replies)

    async def main() -> None:
        async with async_writer(server, max_attempts=2, timeout=0.2) as writer:
            await writer.write(TRIAL, PROMPT)

    with pytest.raises(error) as caught:
        asyncio.run(main())

    assert type(caught.value) is error
    assert str(caught.value) == message.format(base_url=server.base_url)
