"""Differential harness: the checks must find exactly what a reference version found.

Speed work on ``summarizer/checks`` must not change a single finding. This dumps the
report (flag, findings with code, severity, field, span and message, and the readability
figures) of every case ``bench/perturb.py`` builds, development and held-out v1 to v3, and later
compares a version of the checks against that dump::

    # once, with the reference code on the path (a worktree of the commit to compare with)
    PYTHONPATH=/tmp/base python3 bench/checks_equivalence.py dump /tmp/checks-base.jsonl.gz
    # after a change
    PYTHONPATH=$PWD python3 bench/checks_equivalence.py compare /tmp/checks-base.jsonl.gz

``compare`` checks every case twice: with a fresh ``Checker`` per case (the record never
seen before, as in the batch) and with one ``Checker`` per trial reused across all of its
cases (so a record fact computed lazily for one summary must still be right for the next).
It exits 1 and prints the first differences when any case differs.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.perturb import (  # noqa: E402
    Case,
    build_cases,
    build_holdout2_cases,
    build_holdout3_cases,
    build_holdout_cases,
    fixture_trials,
)
from summarizer.checks import Checker, CheckReport  # noqa: E402
from summarizer.records import Trial  # noqa: E402


def all_cases() -> list[Case]:
    trials = fixture_trials()
    return [
        *build_cases(trials),
        *build_holdout_cases(trials),
        *build_holdout2_cases(trials),
        *build_holdout3_cases(trials),
    ]


def case_key(index: int, case: Case) -> dict[str, Any]:
    digest = hashlib.blake2b(case.text.encode(), digest_size=8).hexdigest()
    return {"i": index, "nct_id": case.nct_id, "style": case.style, "kind": case.kind,
            "text": digest}  # fmt: skip


def report_row(report: CheckReport) -> dict[str, Any]:
    return {
        "flagged": report.flagged,
        "findings": [
            [f.code, f.severity, f.field, list(f.span) if f.span else None, f.message]
            for f in report.findings
        ],
        "readability": report.readability,
    }


def fresh_reports(cases: list[Case]) -> Iterator[CheckReport]:
    for case in cases:
        yield Checker(case.trial).check(case.text)


def reused_reports(cases: list[Case]) -> Iterator[CheckReport]:
    checkers: dict[int, tuple[Trial, Checker]] = {}
    for case in cases:
        entry = checkers.get(id(case.trial))
        if entry is None:
            entry = checkers[id(case.trial)] = (case.trial, Checker(case.trial))
        yield entry[1].check(case.text)


def dump(path: Path) -> None:
    cases = all_cases()
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for index, (case, report) in enumerate(zip(cases, fresh_reports(cases), strict=True)):
            row = case_key(index, case) | report_row(report)
            out.write(json.dumps(row, sort_keys=True) + "\n")
    print(f"{len(cases)} cases written to {path}")


def compare(path: Path, *, show: int, every: int = 1) -> int:
    with gzip.open(path, "rt", encoding="utf-8") as src:
        expected = [json.loads(line) for line in src]
    cases = all_cases()
    if len(cases) != len(expected):
        print(f"the case set changed: {len(cases)} cases now, {len(expected)} in {path}")
        return 1
    # A quick look while iterating; reused Checkers then see only the sampled cases.
    expected, cases = expected[::every], cases[::every]
    differences = 0
    for mode, reports in (("fresh", fresh_reports(cases)), ("reused", reused_reports(cases))):
        differing = 0
        for case, report, want in zip(cases, reports, expected, strict=True):
            index = want["i"]
            key = case_key(index, case)
            if any(want[k] != v for k, v in key.items()):
                print(f"case {index} is not the case dumped: {key} vs {want}")
                return 1
            got = report_row(report)
            if all(got[k] == want[k] for k in got):
                continue
            differing += 1
            if differing <= show:
                print(f"[{mode}] case {index} {case.nct_id} {case.style} {case.kind}:")
                for k in got:
                    if got[k] != want[k]:
                        print(f"  {k}: expected {want[k]}\n  {' ' * len(k)}  got      {got[k]}")
        print(f"{mode}: {len(cases)} cases, {differing} differ")
        differences += differing
    return 1 if differences else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump", help="write every case's findings").add_argument("path", type=Path)
    p = sub.add_parser("compare", help="check every case against a dump")
    p.add_argument("path", type=Path)
    p.add_argument("--show", type=int, default=10, help="differences to print per mode")
    p.add_argument("--every", type=int, default=1, help="only every Nth case (a quick look)")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.path)
        return 0
    return compare(args.path, show=args.show, every=args.every)


if __name__ == "__main__":
    sys.exit(main())
