"""What an editor does to a summary: edit it, regenerate it, approve or reject it.

Every change appends: an edit or a regeneration is a new immutable version,
a review is a new review row. Edits are checked against the *current* record,
so saving an edit also re-checks a summary whose record changed since.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..checks import CheckReport, run_checks
from ..errors import StoreError
from ..pipeline import summarize_trial
from ..prompts import PromptTemplate
from ..records import Trial
from ..store import Provenance, Store, SummaryVersion
from ..writers import Writer
from .history import EDITOR_BACKEND, record_event
from .text import EditError, Line, annotate, parse_markdown

__all__ = ["EditError", "LiveCheck", "check_text", "regenerate", "review", "save_edit"]


# --- live check --------------------------------------------------------------------


@dataclass
class LiveCheck:
    """An edited text checked against the record, as the edit page shows it."""

    text: str  # the canonical text the spans index into
    report: CheckReport
    lines: list[Line]
    structure_error: str | None = None


def check_text(trial: Trial, text: str) -> LiveCheck:
    """Check an edited text. Spans index into its canonical form when it parses."""
    try:
        canonical = parse_markdown(text).to_markdown()
        problem = None
    except EditError as exc:
        canonical, problem = text, str(exc)
    report = run_checks(trial, canonical)
    return LiveCheck(canonical, report, annotate(canonical, report.findings), problem)


# --- new versions ----------------------------------------------------------------------


def current_record(store: Store, nct_id: str) -> tuple[Trial, str, str]:
    """The record as the store has it now: the trial, its raw text and its source hash."""
    trial = store.get_trial(nct_id)
    row = store.db.execute(
        "SELECT raw, source_hash FROM records WHERE nct_id = ?", (nct_id,)
    ).fetchone()
    return trial, row["raw"], row["source_hash"]


def save_edit(
    store: Store,
    nct_id: str,
    base_version: int,
    text: str,
    *,
    editor: str,
    note: str | None = None,
) -> SummaryVersion:
    """Append an editor's text as a new version, checked against the current record.

    The new version keeps the base version's prompt provenance (the text
    descends from that prompt's output) and names ``editor`` as its backend,
    so the provenance says a person wrote it.
    """
    summary = parse_markdown(text)
    base = store.get_version(nct_id, base_version)
    trial, _, source_hash = current_record(store, nct_id)
    report = run_checks(trial, summary.to_markdown())
    # store_draft needs a loaded prompt template to name the prompt, but an edit
    # renders none; it carries the base version's prompt provenance instead.
    provenance = Provenance(
        prompt_name=base.provenance.prompt_name,
        prompt_version=base.provenance.prompt_version,
        prompt_hash=base.provenance.prompt_hash,
        backend=EDITOR_BACKEND,
        # Keeping the model keeps the edit the reusable version for this source,
        # so the next batch run does not overwrite it with a fresh draft.
        model=base.provenance.model,
    )
    version = store.add_version(
        nct_id=nct_id,
        source_hash=source_hash,
        provenance=provenance,
        summary=summary,
        report=report,
        author=editor,
        parent_version=base_version,
        note=(note or "").strip() or None,
    )
    return version


def regenerate(
    store: Store,
    nct_id: str,
    *,
    writer: Writer,
    prompt: PromptTemplate,
    requested_by: str,
) -> SummaryVersion:
    """Write a fresh version from the current record with the current prompt.

    The writer, not the editor, is the new version's author, so the editor
    who asked for it may still approve it; the event log records who asked.
    """
    trial, raw, _ = current_record(store, nct_id)
    outcome = summarize_trial(store, trial, raw, writer=writer, prompt=prompt, force=True)
    if outcome.version is None:
        record_event(store, nct_id, None, "regenerate-failed", requested_by, outcome.error)
        raise StoreError(f"{nct_id}: regeneration failed: {outcome.error}")
    record_event(
        store,
        nct_id,
        outcome.version.version,
        "regenerate",
        requested_by,
        f"{writer.backend}/{writer.model}, prompt {prompt.name}@v{prompt.version}",
    )
    return outcome.version


def review(
    store: Store, nct_id: str, version: int, action: str, actor: str, note: str | None
) -> SummaryVersion:
    """Approve or reject a version, refusing one that is no longer the latest.

    The store enforces the rest: authors cannot approve their own versions,
    approving over errors and rejecting need a note.
    """
    store.get_version(nct_id, version)  # a missing version is named as such
    latest = store.get_version(nct_id)
    if version != latest.version:
        raise StoreError(
            f"{nct_id} v{version} is not the latest version (v{latest.version}); "
            f"review v{latest.version} instead"
        )
    # Its findings were checked against a record that no longer exists: approving
    # it again would vouch for text nobody checked against the current record.
    if action == "approve" and store.record_hash(nct_id) not in (None, latest.source_hash):
        raise StoreError(
            f"{nct_id} v{version} was written before the record changed; keep its text as a "
            "new version checked against the current record, edit it, or regenerate it"
        )
    return store.review(nct_id, version, action, actor, (note or "").strip() or None)
