"""One record through the whole path: store the source, write, check, store a version.

The batch runner, the CLI and the review app all go through
:func:`summarize_trial`, so reuse, checks and failure recording behave the
same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from .checks import run_checks
from .errors import WriterError
from .prompts import PromptTemplate
from .records import Trial
from .store import Provenance, Store, SummaryVersion
from .writers import Draft, Writer

Action = Literal["created", "reused", "failed"]


@dataclass
class Outcome:
    nct_id: str
    action: Action
    version: SummaryVersion | None = None
    error: str | None = None
    record_change: str | None = None


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
    source_hash, change = store.put_record(trial, raw)
    if not force:
        existing = store.find_reusable(
            trial.nct_id, source_hash, prompt.name, prompt.version, writer.model
        )
        if existing is not None:
            return Outcome(trial.nct_id, "reused", existing, record_change=change)
    rendered = prompt.render(trial)
    try:
        draft = writer.write(trial, rendered)
    except Exception as exc:  # one record's failure must not end a batch
        reason = str(exc) if isinstance(exc, WriterError) else f"{type(exc).__name__}: {exc}"
        store.record_failure(trial.nct_id, source_hash, prompt.version, writer.model, reason)
        return Outcome(trial.nct_id, "failed", error=reason, record_change=change)
    # The configured model name is the reuse key; a server may report a dated
    # alias ("gpt-4o-mini-2024-07-18") that would defeat the lookup above.
    draft = replace(draft, model=writer.model)
    version = store_draft(store, trial, source_hash, draft, prompt, rendered.hash, author=author)
    return Outcome(trial.nct_id, "created", version, record_change=change)


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
) -> SummaryVersion:
    """Check a draft against its record and append it as a new version."""
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
    )
