"""What the held-out perturbation sets' own tests share: the records they build from, the
cases, and the faithful summary and injected error of a case."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property

from bench.perturb import Case, fixture_trials
from summarizer.records import Trial


class HeldOutSample:
    """A held-out set built from a few chosen fixtures (the shapes its writer must handle)."""

    def __init__(self, build: Callable[[list[Trial]], Iterable[Case]], ids: list[str]) -> None:
        self.build, self.ids = build, ids

    def trials(self) -> list[Trial]:
        return self._trials

    @cached_property
    def _trials(self) -> list[Trial]:
        chosen = [t for t in fixture_trials() if t.nct_id in self.ids]
        assert len(chosen) == len(self.ids)
        return chosen

    def cases(self) -> list[Case]:
        return self._cases

    @cached_property
    def _cases(self) -> list[Case]:
        return list(self.build(self.trials()))

    def faithful_of(self, case: Case) -> str:
        return next(
            c.text for c in self.cases()
            if c.kind == "faithful" and c.nct_id == case.nct_id and c.style == case.style
        )  # fmt: skip

    def spans(self, kind: str) -> list[tuple[Case, str]]:
        """Every case of ``kind`` with the text its span points at."""
        found = [
            (c, c.text[c.span[0] : c.span[1]]) for c in self.cases() if c.kind == kind and c.span
        ]
        assert found, kind
        return found
