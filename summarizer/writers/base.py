"""What every backend returns, and the interface it implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from pydantic import BaseModel

from ..prompts import RenderedPrompt
from ..records import Trial
from ..summary import PlainSummary


class Usage(BaseModel):
    """Token counts as reported by the API (never estimated: we bill from these)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


@dataclass
class Draft:
    """A validated summary from a backend, with its provenance."""

    summary: PlainSummary
    backend: str
    model: str
    usage: Usage = field(default_factory=Usage)
    attempts: int = 1
    raw: str | None = None


class Writer(Protocol):
    """A backend that turns a trial and a rendered prompt into a validated summary."""

    backend: str
    model: str

    def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft: ...

    def close(self) -> None:
        """Release connections; a writer is not used after this."""
