"""Exceptions raised by summarizer.

Every error carries the evidence an operator needs: which record, which field,
what was expected and what was found. The tree, by whose fault it is::

    SummarizerError
    ├── InputError                 bad input: the user's file or the registry's record
    │   ├── UnsupportedFormat      not a trial record we can read
    │   └── RecordError            a record we can read, with a bad or missing field
    ├── PromptError                a prompt template is malformed or misses a variable
    ├── WriterError                the LLM backend failed to produce a valid summary
    │   └── ModelOutputError       the model answered, but not with a valid summary
    ├── StoreError                 the summary store refused an operation
    │   ├── NotFound               no such trial or version in the store
    │   └── ClaimLost              a batch job went to another worker before its version was stored
    └── FetchError                 the ClinicalTrials.gov API failed
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(SummarizerError):
    """Input that cannot become a trial record. ``source`` names the file or URL."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        nct_id: str | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.nct_id = nct_id
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [p for p in (self.source, self.nct_id) if p]
        prefix = ": ".join(where)
        field = f" (field {self.field})" if self.field else ""
        return f"{prefix}: {self.message}{field}" if prefix else f"{self.message}{field}"


class UnsupportedFormat(InputError):
    """The text is not CT.gov v2 JSON, legacy XML or trial page text."""


class RecordError(InputError):
    """A readable record whose field is missing or invalid."""


class PromptError(SummarizerError):
    """A prompt template could not be loaded or rendered."""


class WriterError(SummarizerError):
    """A backend could not produce a summary for a record."""

    def __init__(self, message: str, *, nct_id: str | None = None) -> None:
        self.nct_id = nct_id
        super().__init__(f"{nct_id}: {message}" if nct_id else message)


class ModelOutputError(WriterError):
    """The model replied, but its reply is not a valid summary. ``body`` keeps the reply."""

    def __init__(self, message: str, *, nct_id: str | None = None, body: str | None = None) -> None:
        self.body = body
        super().__init__(message, nct_id=nct_id)


class StoreError(SummarizerError):
    """The store refused an operation."""


class NotFound(StoreError):
    """No such trial or version in the store."""


class ClaimLost(StoreError):
    """The worker no longer held the batch job, so its version was not stored."""


class FetchError(SummarizerError):
    """The ClinicalTrials.gov API did not give a usable answer."""
