"""Checks of a lay summary against the trial record it claims to summarize.

Every check is a function ``(Context) -> Iterable[Finding]`` registered in
``CHECKS``. A finding points at its span in the rendered summary text and at
the record field it contradicts, and its message speaks to an editor. Any
error-severity finding flags the summary; warnings inform.

The checks are deterministic and offline: an editor must be able to trust
that the same summary always gets the same findings.

One module per concern:

- ``numbers``: every number traces to the record, with its unit;
- ``population``: enrollment (count and actual/estimated), ages, sex;
- ``design``: status, phase, study type, randomization and blinding;
- ``registry``: dates, the NCT id, the sponsor, the conditions;
- ``interventions``: named treatments and comparisons (placebo, usual care);
- ``claims``: efficacy, unposted results, promotion, advice, contact details, injection;
- ``assertions``: the same claims found by what a sentence asserts, not its wording
  (backstops: they report only where the checks above found nothing);
- ``plain_language``: grade level, long sentences, unexplained jargon (warnings);
- ``coverage``: EU CTR 536/2014 Annex V elements left out (warnings).

``run_checks(trial, text)`` is the entry point; ``Checker(trial)`` checks many
summaries of one trial with the record analysed once.
"""

from __future__ import annotations

from . import (
    assertions,
    claims,
    coverage,
    design,
    interventions,
    numbers,
    plain_language,
    population,
    registry,
)
from .core import (
    BACKSTOPS,
    CHECKS,
    Checker,
    CheckReport,
    Context,
    Finding,
    check,
    checker_for,
    run_checks,
)
from .facts import RecordFacts, phase_number, record_numbers
from .numbers import number_mentions
from .parsing import Quantity

__all__ = [
    "BACKSTOPS",
    "CHECKS",
    "CheckReport",
    "Checker",
    "Context",
    "Finding",
    "Quantity",
    "RecordFacts",
    "assertions",
    "check",
    "checker_for",
    "claims",
    "coverage",
    "design",
    "interventions",
    "number_mentions",
    "numbers",
    "phase_number",
    "plain_language",
    "population",
    "record_numbers",
    "registry",
    "run_checks",
]
