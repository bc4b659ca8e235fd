"""Real records the check tests use, and small helpers to read a report."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from summarizer.checks import CheckReport, run_checks
from summarizer.parse import parse_file
from summarizer.records import Trial
from tests.support import FIXTURES, SEED_PAGE


@cache
def record(name: str) -> Trial:
    """A fixture by file name ("NCT00353704.json", "NCT01029262.xml") or "seed"."""
    if name == "seed":
        return parse_file(SEED_PAGE)[0].trial
    folder = "legacy" if name.endswith(".xml") else "v2"
    return parse_file(FIXTURES / folder / name)[0].trial


def errors(trial: Trial, text: str) -> list[tuple[str, str]]:
    """(code, the summary text the finding points at) for every error."""
    report = run_checks(trial, text)
    return [(f.code, f.excerpt(text)) for f in report.errors]


def codes(trial: Trial, text: str) -> list[str]:
    return [f.code for f in run_checks(trial, text).errors]


def claim_codes(trial_name: str, text: str) -> list[str]:
    """The codes of the claim errors alone: a test of a claim's wording is not about the
    field checks that its sentence may also trip."""
    return [c for c in codes(record(trial_name), text) if c.startswith("claim.")]


@dataclass(frozen=True)
class ClaimsOn:
    """Which kind of claim a sentence makes about one record: the questions the held-out
    rounds' claim tests ask of each wrong form and the faithful form beside it."""

    trial_name: str

    def benefit(self, text: str) -> bool:
        # a benefit claimed or harm denied: the same promise to a reader either way
        return not {"claim.efficacy", "claim.safety"}.isdisjoint(self._codes(text))

    def results(self, text: str) -> bool:
        return "claim.results" in self._codes(text)

    def advice(self, text: str) -> bool:
        return "claim.advice" in self._codes(text)

    def promotion(self, text: str) -> bool:
        return "claim.promotional" in self._codes(text)

    def _codes(self, text: str) -> list[str]:
        return claim_codes(self.trial_name, text)


def only(report: CheckReport, code: str) -> str:
    """The message of the single finding with ``code``."""
    found = [f.message for f in report.findings if f.code == code]
    assert len(found) == 1, found
    return found[0]


def caught_only_when_wrong(trial_name: str, wrong: str, right: str, code: str) -> None:
    """``code`` is found in the ``wrong`` wording and not in the ``right`` one: a reader that
    flags everything fails as surely as one that flags nothing."""
    trial = record(trial_name)
    assert code in codes(trial, wrong), wrong
    assert code not in codes(trial, right), right


def with_planted(trial: Trial, sentence: str) -> Trial:
    """A copy of ``trial`` whose brief summary ends with ``sentence`` (an instruction
    planted for a language model, as a record may carry one)."""
    return trial.model_copy(update={"brief_summary": f"{trial.brief_summary or ''} {sentence}"})
