"""How many summaries the checks get through per CPU-second, on the perturbation cases.

    python3 bench/checks_speed.py              # every third fixture's cases, about a minute
    python3 bench/checks_speed.py --every 1    # all 140 fixtures' cases

Two figures, CPU time in this one process (= one core), with the one-off loads
(pronouncing dictionary, hyphenation patterns) done before timing:

- **fresh**: a new ``Checker`` for every summary, so the record is analysed each time.
  This is what the batch pays: every record it checks is new.
- **reused**: one ``Checker`` per trial, reused for all of that trial's summaries.

Each also gets the median and 90th percentile milliseconds per check.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.perturb import Case, build_cases, build_holdout_cases, fixture_trials  # noqa: E402
from summarizer.checks import Checker, CheckReport  # noqa: E402
from summarizer.readability import _cmu_syllables, _hyphenator  # noqa: E402
from summarizer.records import Trial  # noqa: E402


def cases_for(every: int) -> list[Case]:
    trials = fixture_trials()[::every]
    return [*build_cases(trials), *build_holdout_cases(trials)]


def timed(cases: list[Case], check: Callable[[Case], CheckReport]) -> dict[str, float]:
    """CPU seconds of each check, summed and summarized."""
    clock = time.process_time_ns
    spent: list[int] = []
    for case in cases:
        t0 = clock()
        check(case)
        spent.append(clock() - t0)
    total_s = sum(spent) / 1e9
    ms = sorted(t / 1e6 for t in spent)
    return {
        "cases": len(cases),
        "cpu_s": round(total_s, 3),
        "per_cpu_second": round(len(cases) / total_s, 1),
        "median_ms": round(statistics.median(ms), 3),
        "p90_ms": round(ms[int(0.9 * (len(ms) - 1))], 3),
    }


def run(cases: list[Case]) -> dict[str, dict[str, float]]:
    _cmu_syllables()
    _hyphenator()
    Checker(cases[0].trial).check(cases[0].text)  # first use of every pattern

    def fresh(case: Case) -> CheckReport:
        return Checker(case.trial).check(case.text)

    checkers: dict[int, tuple[Trial, Checker]] = {}

    def reused(case: Case) -> CheckReport:
        entry = checkers.get(id(case.trial))
        if entry is None:
            # Building the Checker is counted: it happens once per trial.
            entry = checkers[id(case.trial)] = (case.trial, Checker(case.trial))
        return entry[1].check(case.text)

    return {"fresh": timed(cases, fresh), "reused": timed(cases, reused)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=3, help="use every Nth fixture (default 3)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    cases = cases_for(args.every)
    results = run(cases)
    trials = len({c.nct_id for c in cases})
    print(f"{len(cases)} summaries of {trials} trials · Python {platform.python_version()} · "
          f"CPU time, one process")  # fmt: skip
    for mode, what in (("fresh", "a new Checker per summary"),
                       ("reused", "one Checker per trial")):  # fmt: skip
        r = results[mode]
        print(
            f"{mode:7} {r['per_cpu_second']:7.0f} summaries/CPU-s · median {r['median_ms']:.2f} ms"
            f" · p90 {r['p90_ms']:.2f} ms  ({what})"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
