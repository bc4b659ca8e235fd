"""Stores filled with real records for the export and read-API tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.parse import parse_file
from summarizer.pipeline import Outcome, summarize_trial
from summarizer.prompts import RenderedPrompt, load_prompt
from summarizer.records import Status, Trial
from summarizer.store import Store
from summarizer.summary import PlainSummary
from summarizer.writers import Draft
from summarizer.writers.builtin import BuiltinWriter
from tests.support import FIXTURES, SEED_PAGE

SEED = "NCT05706103"  # ages 18 to 45
CLEAN = "NCT00405041"  # ages 18 to 75, last updated 2008-04-10
OTHER = "NCT00410098"
RECORDS = {
    SEED: SEED_PAGE,
    CLEAN: FIXTURES / "v2" / "NCT00405041.json",
    OTHER: FIXTURES / "v2" / "NCT00410098.json",
}
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "summary-export.v1.json"


class EditingWriter(BuiltinWriter):
    """The builtin writer with its summary edited, as a model or an editor might write it."""

    def __init__(self, edit: Callable[[PlainSummary], PlainSummary], model: str) -> None:
        self.edit = edit
        self.model = model

    def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        draft = super().write(trial, prompt)
        draft.summary = self.edit(draft.summary)
        return draft


def wrong_ages(summary: PlainSummary) -> PlainSummary:
    """An age range no record here has: the age check flags it."""
    return summary.model_copy(
        update={"who_can_join": "People aged 2 to 99 can take part.\n" + summary.who_can_join}
    )


def trial(nct_id: str) -> tuple[Trial, str]:
    parsed = parse_file(RECORDS[nct_id])[0]
    return parsed.trial, parsed.raw


def summarize(
    store: Store,
    nct_id: str,
    *,
    edit: Callable[[PlainSummary], PlainSummary] | None = None,
    changes: dict[str, Any] | None = None,
) -> Outcome:
    """Summarize a bundled record (changed by ``changes``), through an edit if given."""
    record, raw = trial(nct_id)
    if changes:
        record = record.model_copy(update=changes)
    writer = BuiltinWriter() if edit is None else EditingWriter(edit, model="edited")
    outcome = summarize_trial(
        store, record, raw, writer=writer, prompt=load_prompt(), force=edit is not None
    )
    assert outcome.version is not None, outcome.error
    return outcome


def withdraw_study(store: Store, nct_id: str) -> None:
    """The registry now says the study was withdrawn."""
    record, raw = trial(nct_id)
    store.put_record(record.model_copy(update={"overall_status": Status.WITHDRAWN}), raw)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
