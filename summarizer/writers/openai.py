"""The ``openai`` backend: any server that speaks the OpenAI chat-completions protocol.

That is OpenAI itself, and the self-hosted servers (vLLM, Ollama, llama.cpp)
behind ``OPENAI_BASE_URL``. Two kinds of retry happen, at two layers:

- **Transport** (the SDK's ``max_retries``): 408/409/429/5xx and dropped
  connections are retried by the SDK with exponential backoff, honouring
  ``retry-after-ms`` / ``retry-after``. What still fails afterwards becomes a
  :class:`~summarizer.errors.WriterError` that names the status, never the key.
- **Content** (our ``max_attempts``): a reply that is not valid JSON, does not
  match :class:`~summarizer.summary.PlainSummary`, was truncated, was refused or
  has no choices is sent back to the model, with the validation error quoted,
  and the model is asked again. When attempts run out,
  :class:`~summarizer.errors.ModelOutputError` keeps the last raw reply.

Structured output. We ask for ``response_format`` ``json_schema`` (strict).
llama.cpp and some other servers refuse it (HTTP 500, some 400) but accept
``{"type": "json_object", "schema": ...}``. Which one an endpoint takes is
decided once per endpoint and process, in :data:`_JSON_OBJECT_ENDPOINTS` and
:data:`_JSON_SCHEMA_ENDPOINTS`; see :meth:`_Exchange.fall_back` for the rule.
The SDK retries a refusing 5xx before we see it, so learning that an endpoint
is llama.cpp costs one round of backoff, once per process.

The conversation logic lives in :class:`_Exchange`, which does no I/O, so that
:class:`OpenAIWriter` and :class:`AsyncOpenAIWriter` differ only in how they
call the client.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

import openai
from pydantic import ValidationError

from ..errors import ModelOutputError, WriterError
from ..prompts import RenderedPrompt
from ..records import Trial
from ..summary import PlainSummary
from .base import Draft, Usage

__all__ = ["AsyncOpenAIWriter", "OpenAIWriter", "forget_endpoints"]

log = logging.getLogger(__name__)

DEFAULT_MODEL = "gpt-4o-mini"
SCHEMA_NAME = "plain_summary"
# Requests go through the client's documented low-level ``post`` with a body we
# serialize ourselves (see _Exchange.body); retries, timeouts, auth and error
# types are the SDK's, as with ``chat.completions.create``.
CHAT_PATH = "/chat/completions"
# Local servers ignore the key, but the SDK refuses to start without one.
PLACEHOLDER_KEY = "not-needed"
# Long enough to show the model what to fix, short enough not to crowd the context.
MAX_PROBLEM_CHARS = 600
MAX_ERROR_CHARS = 300
# Words that servers use when they reject a response_format they do not support.
SCHEMA_REFUSAL_WORDS = ("response_format", "schema", "grammar")

# Endpoints (the client's base_url) known to refuse, or to accept, json_schema.
# Once an endpoint is in one of them it is never probed again in this process.
_JSON_OBJECT_ENDPOINTS: set[str] = set()
_JSON_SCHEMA_ENDPOINTS: set[str] = set()


def forget_endpoints() -> None:
    """Forget which endpoints take json_schema, e.g. after a server was upgraded."""
    _JSON_OBJECT_ENDPOINTS.clear()
    _JSON_SCHEMA_ENDPOINTS.clear()


@functools.cache
def _schema_json() -> str:
    # Building the schema costs ~0.4 ms of CPU and a batch sends it with every
    # request, so it is built once.
    return json.dumps(PlainSummary.json_schema_for_llm(), ensure_ascii=False)


def _schema() -> dict[str, object]:
    # Each caller gets its own copy: a caller may change it.
    schema: dict[str, object] = json.loads(_schema_json())
    return schema


def _response_format(json_object: bool) -> dict[str, object]:
    if json_object:
        # llama.cpp turns "schema" into a grammar; servers that ignore it still
        # see the schema in the system message.
        return {"type": "json_object", "schema": _schema()}
    return {
        "type": "json_schema",
        "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": _schema()},
    }


@functools.cache
def _response_format_json(json_object: bool) -> str:
    """``_response_format`` serialized once: it is the same in every request."""
    return _dumps(_response_format(json_object))


def _dumps(value: object) -> str:
    # What the SDK itself sends: UTF-8, compact separators.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _base_messages(prompt: RenderedPrompt, json_object: bool) -> list[dict[str, str]]:
    messages = prompt.messages()
    if json_object:
        messages[0] = {
            "role": "system",
            "content": f"{prompt.system.rstrip()}\n\n"
            f"Reply with one JSON object that matches this JSON schema:\n{_schema_json()}\n",
        }
    return messages


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Reply:
    """What one completion says, reduced to what the re-ask logic needs."""

    content: str | None
    finish_reason: str | None
    refusal: str | None
    has_choices: bool
    model: str | None
    usage: Usage
    # Set when the HTTP body itself is not a chat completion.
    malformed: str | None = None

    @classmethod
    def from_body(cls, body: bytes) -> Reply:
        """Read a completion from the raw JSON body of a live reply."""
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        return cls.from_data(data) if isinstance(data, dict) else cls._malformed(body)

    @classmethod
    def _malformed(cls, body: object) -> Reply:
        problem = f"reply body is not a JSON object: {_clip(repr(body), MAX_ERROR_CHARS)}"
        return cls(None, None, None, False, None, Usage(), malformed=problem)

    @classmethod
    def from_data(cls, data: object) -> Reply:
        """Read a completion from its decoded JSON, defensively: self-hosted servers omit fields.

        Building the SDK's ChatCompletion objects costs about 0.2 ms of CPU a
        reply, for the four fields we read, so they are read from the JSON.
        """
        if not isinstance(data, dict):
            return cls._malformed(data)
        usage = Usage()
        counts = data.get("usage")
        if isinstance(counts, dict):
            usage = Usage(
                prompt_tokens=_count(counts.get("prompt_tokens")),
                completion_tokens=_count(counts.get("completion_tokens")),
                total_tokens=_count(counts.get("total_tokens")),
            )
        choices = data.get("choices")
        choice = choices[0] if isinstance(choices, list) and choices else None
        choice = choice if isinstance(choice, dict) else {}
        message = choice.get("message")
        message = message if isinstance(message, dict) else {}
        model = data.get("model")
        return cls(
            content=_text(message.get("content")),
            finish_reason=_text(choice.get("finish_reason")),
            refusal=_text(message.get("refusal")),
            has_choices=bool(choices),
            model=model if isinstance(model, str) and model else None,
            usage=usage,
        )


def _count(value: object) -> int:
    return value if isinstance(value, int) else 0


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def judge(reply: Reply) -> PlainSummary | str:
    """The validated summary in ``reply``, or the reason it is not one.

    Content is never repaired here: a wrong but schema-valid summary passes, and
    the checks flag it.
    """
    if reply.malformed:
        return reply.malformed
    if not reply.has_choices:
        return "reply has no choices"
    if reply.refusal:
        return f"model refused: {_clip(reply.refusal, MAX_ERROR_CHARS)}"
    if reply.finish_reason == "length":
        return "reply was truncated (finish_reason=length)"
    if reply.finish_reason == "content_filter":
        return "reply was blocked by a content filter (finish_reason=content_filter)"
    if not reply.content or not reply.content.strip():
        return "reply is empty"
    try:
        return PlainSummary.model_validate_json(reply.content)
    except ValidationError as exc:
        return _describe(exc)


def _describe(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    for error in errors:
        if error["type"] == "json_invalid":
            detail = (error.get("ctx") or {}).get("error") or error["msg"]
            return f"reply is not valid JSON: {detail}"
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error["loc"])
        parts.append(f"field {where}: {error['msg']}" if where else error["msg"])
    return _clip("reply does not match the summary schema: " + "; ".join(parts), MAX_PROBLEM_CHARS)


def reask_messages(reply: Reply, problem: str) -> list[dict[str, str]]:
    """The turns that show the model its bad reply and what was wrong with it."""
    said = reply.content or reply.refusal or ""
    return [
        {"role": "assistant", "content": said},
        {
            "role": "user",
            "content": f"Your reply could not be used: {_clip(problem, MAX_PROBLEM_CHARS)}\n"
            "Reply again with only the corrected JSON object: no other text, no code fences. "
            "Keep every field short enough for the whole object to fit.",
        },
    ]


def _may_refuse_schema(exc: openai.APIStatusError) -> bool:
    if exc.status_code >= 500:
        return True
    if exc.status_code in (400, 422):
        text = f"{exc.message} {exc.body}".lower()
        return any(word in text for word in SCHEMA_REFUSAL_WORDS)
    return False


def _seconds(timeout: object) -> float | None:
    if isinstance(timeout, int | float):
        return float(timeout)
    read = getattr(timeout, "read", None)
    return float(read) if isinstance(read, int | float) else None


def _server_message(exc: openai.APIStatusError) -> str:
    # The SDK unwraps {"error": {...}}; servers that send plain text (or HTML) keep it as a str.
    body = exc.body
    found = body.get("message") if isinstance(body, dict) else body
    text = found if isinstance(found, str) and found.strip() else exc.message
    return " ".join(text.split())


def _transport_message(
    exc: openai.OpenAIError, *, endpoint: str, timeout: float | None, secret: str
) -> str:
    """A short, key-free description of a request the SDK gave up on."""
    if isinstance(exc, openai.APITimeoutError):
        message = f"timed out after {timeout:g}s" if timeout is not None else "timed out"
    elif isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        detail = f"{type(cause).__name__}: {cause}" if cause is not None else exc.message
        message = f"connection to {endpoint} failed: {_clip(detail, MAX_ERROR_CHARS)}"
    elif isinstance(exc, openai.APIStatusError):
        detail = _server_message(exc)
        message = f"HTTP {exc.status_code} from {endpoint}: {_clip(detail, MAX_ERROR_CHARS)}"
    else:
        message = f"{type(exc).__name__}: {_clip(str(exc), MAX_ERROR_CHARS)}"
    # A server may echo the key back (OpenAI's 401 does, partly masked).
    if secret and secret != PLACEHOLDER_KEY:
        message = message.replace(secret, "***")
    return message


@dataclass
class _Exchange:
    """One write: what to send next, and what each answer or error means. No I/O."""

    prompt: RenderedPrompt
    nct_id: str
    model: str
    endpoint: str
    max_attempts: int
    temperature: float
    timeout: float | None
    secret: str
    max_tokens: int | None = None
    json_object: bool = False
    attempts: int = 0
    usage: Usage = field(default_factory=Usage)
    followups: list[dict[str, str]] = field(default_factory=list)
    # The json_schema error that made us try json_object (see fall_back).
    probe_cause: openai.APIStatusError | None = None

    def __post_init__(self) -> None:
        self.json_object = self.endpoint in _JSON_OBJECT_ENDPOINTS

    def request(self) -> dict[str, Any]:
        """The request body as a dict (provider batch files hold these)."""
        request: dict[str, Any] = {
            "model": self.model,
            "messages": _base_messages(self.prompt, self.json_object) + self.followups,
            "response_format": _response_format(self.json_object),
            "temperature": self.temperature,
        }
        if self.max_tokens is not None:
            # A small local model can repeat itself until its context is full; a cap turns
            # that into a "truncated" reply that is re-asked, then recorded as a failure.
            request["max_tokens"] = self.max_tokens
        return request

    def body(self) -> bytes:
        """:meth:`request` as the JSON bytes sent, without re-serializing the schema.

        The SDK's ``chat.completions.create`` walks every request against its
        type definitions and then serializes it: about 1.7 ms of CPU a request,
        the schema included, for a body that is the same but for the messages.
        Sending these bytes with ``client.post`` skips both.
        """
        messages = _base_messages(self.prompt, self.json_object) + self.followups
        parts = [
            f'"model":{_dumps(self.model)}',
            f'"messages":{_dumps(messages)}',
            f'"response_format":{_response_format_json(self.json_object)}',
            f'"temperature":{_dumps(self.temperature)}',
        ]
        if self.max_tokens is not None:
            parts.append(f'"max_tokens":{self.max_tokens}')
        return ("{" + ",".join(parts) + "}").encode()

    def fall_back(self, exc: openai.APIStatusError) -> bool:
        """Whether to resend as json_object because ``exc`` may be a json_schema refusal.

        Servers refuse json_schema in different ways: llama.cpp with a 500 whose
        text varies by version, others with a 400 or 422 naming the response
        format or schema. A 5xx is ambiguous, since an overloaded server sends
        one too; the SDK has already retried it by then. So any such error, on
        an endpoint whose support is still unknown, earns one json_object
        request, and the endpoint is remembered as json_object-only only if
        that request succeeds (see :meth:`receive`). If it fails as well, the
        json_schema error is the one reported (see :meth:`error`) and nothing
        is remembered, so an outage is never mistaken for a missing feature.
        Once an endpoint has answered either way it is never judged again.
        The remaining risk, a transient 5xx that outlasted the SDK's retries on
        the very first request, costs only the weaker json_object mode for this
        endpoint: replies are still validated.
        """
        if self.json_object or self.endpoint in _JSON_SCHEMA_ENDPOINTS:
            return False
        if not _may_refuse_schema(exc):
            return False
        self.probe_cause = exc
        self.json_object = True
        return True

    def receive(self, reply: Reply) -> Draft | None:
        """The draft if the reply is valid; None to ask again; raises when out of attempts."""
        if self.probe_cause is not None:
            log.warning(
                "%s refused response_format json_schema (HTTP %s) but took json_object; "
                "using json_object from now on",
                self.endpoint,
                self.probe_cause.status_code,
            )
            self.probe_cause = None
            _JSON_OBJECT_ENDPOINTS.add(self.endpoint)
        elif not self.json_object:
            _JSON_SCHEMA_ENDPOINTS.add(self.endpoint)
        self.attempts += 1
        self.usage = self.usage + reply.usage
        verdict = judge(reply)
        if isinstance(verdict, PlainSummary):
            return Draft(
                summary=verdict,
                backend="openai",
                model=reply.model or self.model,
                usage=self.usage,
                attempts=self.attempts,
                raw=reply.content,
            )
        if self.attempts >= self.max_attempts:
            plural = "attempt" if self.attempts == 1 else "attempts"
            raise ModelOutputError(
                f"gave up after {self.attempts} {plural}: {verdict}",
                nct_id=self.nct_id,
                body=reply.content if reply.content is not None else reply.refusal,
            )
        log.info(
            "%s: asking again (%d/%d): %s", self.nct_id, self.attempts, self.max_attempts, verdict
        )
        self.followups += reask_messages(reply, verdict)
        return None

    def error(self, exc: openai.OpenAIError) -> WriterError:
        """The WriterError to raise for a request that failed for good."""
        if self.probe_cause is not None:
            # json_object failed as well: the json_schema error was the real one.
            exc = self.probe_cause
        message = _transport_message(
            exc, endpoint=self.endpoint, timeout=self.timeout, secret=self.secret
        )
        return WriterError(message, nct_id=self.nct_id)


@dataclass(frozen=True)
class _Endpoint:
    base_url: str | None
    api_key: str | None


def _resolve_endpoint(base_url: str | None, api_key: str | None) -> _Endpoint:
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    api_key = api_key or os.environ.get("OPENAI_API_KEY") or None
    if api_key is None:
        if base_url is None:
            raise WriterError(
                "no API key: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server"
            )
        api_key = PLACEHOLDER_KEY
    return _Endpoint(base_url=base_url, api_key=api_key)


class _Settings:
    """What both writers share: the model, the limits, and how to start an exchange."""

    backend = "openai"
    model: str
    max_attempts: int
    temperature: float
    max_tokens: int | None
    _endpoint: str
    _timeout: float | None
    _secret: str

    def _configure(
        self,
        model: str | None,
        client: openai.OpenAI | openai.AsyncOpenAI,
        *,
        max_attempts: int,
        temperature: float,
        max_tokens: int | None = None,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.model = model or os.environ.get("SUMMARIZER_MODEL") or DEFAULT_MODEL
        self.max_attempts = max_attempts
        self.temperature = temperature
        self.max_tokens = max_tokens
        self._endpoint = str(client.base_url)
        self._timeout = _seconds(client.timeout)
        self._secret = client.api_key or ""

    def _exchange(self, trial: Trial, prompt: RenderedPrompt) -> _Exchange:
        return _Exchange(
            prompt=prompt,
            nct_id=trial.nct_id,
            model=self.model,
            endpoint=self._endpoint,
            max_attempts=self.max_attempts,
            temperature=self.temperature,
            timeout=self._timeout,
            secret=self._secret,
            max_tokens=self.max_tokens,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r}, endpoint={self._endpoint!r})"


class OpenAIWriter(_Settings):
    """Writes summaries through ``openai.OpenAI``.

    The endpoint comes from the arguments, else ``OPENAI_BASE_URL`` and
    ``OPENAI_API_KEY``. A client passed in is used as it is (its own retries and
    timeout) and is not closed by :meth:`close`.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        client: openai.OpenAI | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        max_attempts: int = 3,
        max_retries: int = 4,
        timeout: float = 60.0,
        temperature: float = 0.0,
        max_tokens: int | None = None,
    ) -> None:
        self._owns_client = client is None
        if client is None:
            endpoint = _resolve_endpoint(base_url, api_key)
            client = openai.OpenAI(
                api_key=endpoint.api_key,
                base_url=endpoint.base_url,
                max_retries=max_retries,
                timeout=timeout,
            )
        self._client = client
        self._configure(
            model, client, max_attempts=max_attempts, temperature=temperature, max_tokens=max_tokens
        )

    def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        """A validated summary of ``trial``; WriterError or ModelOutputError if none can be had."""
        exchange = self._exchange(trial, prompt)
        while True:
            try:
                body = self._client.post(CHAT_PATH, cast_to=bytes, content=exchange.body())
            except openai.APIStatusError as exc:
                if exchange.fall_back(exc):
                    continue
                # Not chained: the SDK's text quotes the server, which may echo the key.
                raise exchange.error(exc) from None
            except openai.OpenAIError as exc:
                raise exchange.error(exc) from None
            draft = exchange.receive(Reply.from_body(body))
            if draft is not None:
                return draft

    def close(self) -> None:
        """Close the HTTP client, if this writer created it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenAIWriter(_Settings):
    """:class:`OpenAIWriter` on ``openai.AsyncOpenAI``, for running many writes at once."""

    def __init__(
        self,
        model: str | None = None,
        *,
        client: openai.AsyncOpenAI | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        max_attempts: int = 3,
        max_retries: int = 4,
        timeout: float = 60.0,
        temperature: float = 0.0,
        max_tokens: int | None = None,
    ) -> None:
        self._owns_client = client is None
        if client is None:
            endpoint = _resolve_endpoint(base_url, api_key)
            client = openai.AsyncOpenAI(
                api_key=endpoint.api_key,
                base_url=endpoint.base_url,
                max_retries=max_retries,
                timeout=timeout,
            )
        self._client = client
        self._configure(
            model, client, max_attempts=max_attempts, temperature=temperature, max_tokens=max_tokens
        )

    async def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        """A validated summary of ``trial``; WriterError or ModelOutputError if none can be had."""
        exchange = self._exchange(trial, prompt)
        while True:
            try:
                body = await self._client.post(CHAT_PATH, cast_to=bytes, content=exchange.body())
            except openai.APIStatusError as exc:
                if exchange.fall_back(exc):
                    continue
                # Not chained: the SDK's text quotes the server, which may echo the key.
                raise exchange.error(exc) from None
            except openai.OpenAIError as exc:
                raise exchange.error(exc) from None
            draft = exchange.receive(Reply.from_body(body))
            if draft is not None:
                return draft

    async def aclose(self) -> None:
        """Close the HTTP client, if this writer created it."""
        if self._owns_client:
            await self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
