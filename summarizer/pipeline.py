"""One record through the whole path: store the source, write, check, store a version.

The batch runner, the CLI and the review app all go through
:func:`summarize_trial`, so reuse, checks and failure recording behave the
same everywhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from .checks import CheckReport, run_checks
from .errors import ClaimLost, SummarizerError, WriterError
from .prompts import PromptTemplate, RenderedPrompt
from .records import Trial
from .store import Fence, Provenance, Store, SummaryVersion
from .writers import Draft, Writer

# "dropped": the model answered, but the caller no longer owned the work (a batch
# job whose lease lapsed and went to another worker), so nothing was stored.
Action = Literal["created", "reused", "failed", "dropped"]


@dataclass
class Outcome:
    nct_id: str
    action: Action
    version: SummaryVersion | None = None
    error: str | None = None
    record_change: str | None = None


class AsyncWriter(Protocol):
    """A backend whose ``write`` is a coroutine, such as ``AsyncOpenAIWriter``."""

    backend: str
    model: str

    async def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft: ...


def summarize_trial(
    store: Store,
    trial: Trial,
    raw: str,
    *,
    writer: Writer,
    prompt: PromptTemplate,
    author: str = "summarizer",
    force: bool = False,
) -> Outcome:
    """Summarize ``trial`` unless an identical summary exists; record failures, never raise them.

    "Identical" means the same source hash, prompt name and version, and model:
    then no LLM call is made and no version is added.
    """
    try:
        source_hash, change = store.put_record(trial, raw)
    except SummarizerError as exc:
        # Nowhere to record it: the store itself refused the record.
        return Outcome(trial.nct_id, "failed", error=f"the store refused the record: {exc}")
    step = _Step(store, trial, source_hash, prompt, writer.model, author, change)
    if not force and (reused := step.reuse()) is not None:
        return reused
    try:
        rendered = prompt.render(trial)
        draft = writer.write(trial, rendered)
        return step.save(draft, rendered)
    except Exception as exc:  # one record's failure must not end a batch
        return step.fail(exc)


async def summarize_trial_async(
    store: Store,
    trial: Trial,
    *,
    source_hash: str,
    writer: AsyncWriter,
    prompt: PromptTemplate,
    author: str = "summarizer",
    force: bool = False,
    reuse_checked: bool = False,
    fence: Fence | None = None,
    check: Callable[[Trial, str], Awaitable[CheckReport]] | None = None,
) -> Outcome:
    """:func:`summarize_trial` for a record already in the store, with an async writer.

    The batch runner stores records when it reads or fetches them, and then
    works through them many at a time; ``source_hash`` is the stored record's.
    ``reuse_checked`` says the caller has just found no version to reuse (the
    batch asks for a whole claimed group at once). ``fence``, if given, is
    checked by the insert of the version: if the worker no longer holds the
    job, nothing is stored (outcome "dropped"). ``check``,
    if given, runs the checks instead of this thread (the batch's check
    processes), so the event loop keeps serving replies meanwhile.
    """
    step = _Step(store, trial, source_hash, prompt, writer.model, author, None)
    if not (force or reuse_checked) and (reused := step.reuse()) is not None:
        return reused
    try:
        rendered = prompt.render(trial)
        draft = await writer.write(trial, rendered)
        report = await check(trial, draft.summary.to_markdown()) if check is not None else None
        return step.save(draft, rendered, report, fence)
    except ClaimLost:
        return Outcome(trial.nct_id, "dropped", error="the work went to another worker")
    except Exception as exc:  # one record's failure must not end a batch
        return step.fail(exc)


@dataclass
class _Step:
    """What happens before and after the model call, shared by the sync and async paths."""

    store: Store
    trial: Trial
    source_hash: str
    prompt: PromptTemplate
    model: str
    author: str
    change: str | None

    def reuse(self) -> Outcome | None:
        existing = self.store.find_reusable(
            self.trial.nct_id, self.source_hash, self.prompt.name, self.prompt.version, self.model
        )
        if existing is None:
            return None
        return Outcome(self.trial.nct_id, "reused", existing, record_change=self.change)

    def fail(self, exc: Exception) -> Outcome:
        reason = str(exc) if isinstance(exc, WriterError) else f"{type(exc).__name__}: {exc}"
        self.store.record_failure(
            self.trial.nct_id, self.source_hash, self.prompt.version, self.model, reason
        )
        return Outcome(self.trial.nct_id, "failed", error=reason, record_change=self.change)

    def save(
        self,
        draft: Draft,
        rendered: RenderedPrompt,
        report: CheckReport | None = None,
        fence: Fence | None = None,
    ) -> Outcome:
        # The configured model name is the reuse key; a server may report a dated
        # alias ("gpt-4o-mini-2024-07-18") that would defeat the lookup in reuse().
        draft = replace(draft, model=self.model)
        version = store_draft(
            self.store, self.trial, self.source_hash, draft, self.prompt, rendered.hash,
            author=self.author, report=report, fence=fence,
        )  # fmt: skip
        return Outcome(self.trial.nct_id, "created", version, record_change=self.change)


def store_draft(
    store: Store,
    trial: Trial,
    source_hash: str,
    draft: Draft,
    prompt: PromptTemplate,
    prompt_hash: str,
    *,
    author: str,
    parent_version: int | None = None,
    note: str | None = None,
    report: CheckReport | None = None,
    fence: Fence | None = None,
) -> SummaryVersion:
    """Check a draft against its record (unless ``report`` already did) and append a version.

    With ``fence``, raises :class:`~summarizer.errors.ClaimLost` instead of storing
    when the batch job is no longer the worker's.
    """
    if report is None:
        report = run_checks(trial, draft.summary.to_markdown())
    provenance = Provenance(
        prompt_name=prompt.name,
        prompt_version=prompt.version,
        prompt_hash=prompt_hash,
        backend=draft.backend,
        model=draft.model,
        prompt_tokens=draft.usage.prompt_tokens,
        completion_tokens=draft.usage.completion_tokens,
        total_tokens=draft.usage.total_tokens,
    )
    return store.add_version(
        nct_id=trial.nct_id,
        source_hash=source_hash,
        provenance=provenance,
        summary=draft.summary,
        report=report,
        author=author,
        parent_version=parent_version,
        note=note,
        fence=fence,
    )
