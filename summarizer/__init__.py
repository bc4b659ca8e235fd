"""Plain-language, source-checked summaries of ClinicalTrials.gov records.

The library API the CLI, the batch runner, the review app and the site use::

    from summarizer import Store, parse_file, load_prompt, make_writer, summarize_trial

    with Store.open("summaries.db") as store:
        for record in parse_file("fixtures/v2/NCT00000410.json"):
            summarize_trial(store, record.trial, record.raw,
                            writer=make_writer(), prompt=load_prompt())
        store.latest_approved("NCT00000410")
"""

from __future__ import annotations

from .checks import CheckReport, Finding, run_checks
from .errors import (
    FetchError,
    InputError,
    ModelOutputError,
    NotFound,
    PromptError,
    RecordError,
    StoreError,
    SummarizerError,
    UnsupportedFormat,
    WriterError,
)
from .parse import ParsedRecord, parse_file, parse_text, parse_trial
from .pipeline import Outcome, summarize_trial
from .prompts import load_prompt
from .records import Trial
from .store import Store, SummaryVersion
from .summary import PlainSummary
from .writers import make_writer

__all__ = [
    "CheckReport",
    "FetchError",
    "Finding",
    "InputError",
    "ModelOutputError",
    "NotFound",
    "Outcome",
    "ParsedRecord",
    "PlainSummary",
    "PromptError",
    "RecordError",
    "Store",
    "StoreError",
    "SummarizerError",
    "SummaryVersion",
    "Trial",
    "UnsupportedFormat",
    "WriterError",
    "load_prompt",
    "make_writer",
    "parse_file",
    "parse_text",
    "parse_trial",
    "run_checks",
    "summarize_trial",
]
