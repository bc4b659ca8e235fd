"""One set of the checks benchmark, read closely: recall per kind, false flags, misses.

    python3 bench/checks_report.py v17              # recall per error kind
    python3 bench/checks_report.py v17 --ff         # false flags, grouped by code and span
    python3 bench/checks_report.py v17 --miss sex   # the sentences a kind's misses sit in
    python3 bench/checks_report.py --ff-all         # false flags on every worked-on set
    python3 bench/checks_report.py v19 --without-style grant_report_excerpt --miss sex

``--style`` keeps one writer style of a set and ``--without-style`` drops one. Tuning on a
set's other styles and reading only the recall table of the style left out gives an
estimate of how far a round carries over to a voice it did not look at, before the next
blind set exists.

bench/checks_bench.py is the one-command table; this is the working tool for tuning
the checks on the sets that are already worked on. The blind set (``BLIND``) only ever
prints its recall table: reading its false flags or misses would make it one more tuned
set, and there would be no honest estimate left for unseen wording.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.checks_bench import COLUMNS, Ours, caught, score, sentence_around  # noqa: E402
from bench.perturb import Case, fixture_trials  # noqa: E402
from summarizer.records import Trial  # noqa: E402

BLIND = "v31"


def _column(name: str) -> str:
    """checks_bench's key for a set: "dev", "v1" (letter/notes), "v2" … ."""
    return {"dev": "dev", "v1": "held_out"}.get(name, f"held_out_{name}")


def _builder(name: str) -> Callable[[list[Trial]], Iterable[Case]]:
    return next(build for key, _, build in COLUMNS if key == _column(name))


SETS = ["dev", *(f"v{n}" for n in range(1, len(COLUMNS)))]


def recall_table(name: str, cases: list[Case]) -> str:
    result = score(Ours(), cases)
    flagged, faithful = result.false_flags
    lines = [f"## {name}: false flags {flagged}/{faithful} ({flagged / max(faithful, 1):.1%})"]
    for kind, (got, total) in sorted(result.hits.items()):
        lines.append(f"{kind:28} {got:5}/{total:<5} {got / total:7.1%}")
    return "\n".join(lines)


def false_flags(cases: list[Case], *, show: int) -> Iterator[str]:
    ours = Ours()
    groups: dict[tuple[str, str], list[tuple[Case, tuple[int, int]]]] = defaultdict(list)
    for case in cases:
        if case.kind != "faithful":
            continue
        report = ours.checker(case.trial).check(case.text)
        for finding in report.errors:
            a, b = finding.span or (0, 0)
            groups[(finding.code, case.text[a:b])].append((case, (a, b)))
    for (code, span), group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        styles = Counter(c.style for c, _ in group)
        yield f"{len(group):4}  {code:28} {span!r}  {dict(styles)}"
        for case, (a, b) in group[:show]:
            s, e = sentence_around(case.text, (a, b))
            yield f"        {case.nct_id} {case.style}: {case.text[s:e].strip()!r}"


def misses(cases: list[Case], kind: str, *, limit: int) -> Iterator[str]:
    ours = Ours()
    shown = 0
    for case in cases:
        if case.kind != kind or caught(case, ours(case)):
            continue
        a, b = sentence_around(case.text, case.span) if case.span else (0, len(case.text))
        yield f"{case.nct_id} {case.style}: {case.text[a:b].strip()!r}"
        shown += 1
        if shown >= limit:
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", choices=SETS)
    parser.add_argument("--ff", action="store_true", help="group the false flags")
    parser.add_argument("--ff-all", action="store_true", help="false-flag count per set")
    parser.add_argument("--miss", metavar="KIND", help="print the misses of one error kind")
    parser.add_argument("--show", type=int, default=2, help="example records per group")
    parser.add_argument("--limit", type=int, default=60, help="misses to print")
    parser.add_argument("--style", help="keep only this writer style of the set")
    parser.add_argument("--without-style", metavar="STYLE", help="drop this writer style")
    args = parser.parse_args(argv)
    trials = fixture_trials()
    if args.ff_all:
        for name in SETS:
            if name == BLIND:
                continue
            cases = [c for c in _builder(name)(trials) if c.kind == "faithful"]
            flagged, total = score(Ours(), cases).false_flags
            print(f"{name:4} false flags {flagged}/{total}", flush=True)
        return 0
    if args.set is None:
        parser.error("name a set, or pass --ff-all")
    if args.set == BLIND and (args.ff or args.miss):
        parser.error(f"{BLIND} is the blind set: only its recall table may be read")
    cases = [
        case
        for case in _builder(args.set)(trials)
        if (args.style is None or case.style == args.style) and case.style != args.without_style
    ]
    if not cases:
        parser.error(f"{args.set} has no cases of style {args.style!r}")
    if args.ff:
        print("\n".join(false_flags(cases, show=args.show)))
    elif args.miss:
        print("\n".join(misses(cases, args.miss, limit=args.limit)))
    else:
        print(recall_table(args.set, cases))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
