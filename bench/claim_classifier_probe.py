"""Would a learned claim detector carry over to a new writer's voice? (It did not.)

Every held-out set's first look has found the claim readers far below target on wording
they had not seen. This probe asks whether a model trained on the sets we have would do
better than more word lists: a logistic regression over a sentence's words, word pairs and
word triples (numbers folded to one token), trained on the claim sentences planted in every
set but one and on every sentence of those sets' faithful summaries, then tested on the set
left out, whose voices it has never seen.

It reports, at a few score thresholds, the share of the training sets' faithful summaries
with a sentence above it (a summary is flagged by its worst sentence), the share of the
left-out set's planted claim sentences above it, and the share of the left-out set's
faithful summaries above it. Pure Python, deterministic (a fixed seed), no network; about a minute a
set on one core::

    python3 bench/claim_classifier_probe.py            # leave out v11, train on dev..v10
    python3 bench/claim_classifier_probe.py --test v10 --train dev v1 v2 v3 v4 v5 v6 v7 v8 v9

Measured in session 16 (docs/checks.md): too weak to ship (a third of a new voice's claims
at 2% false flags), so the checks stay rule-based.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import itertools
import math
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

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
from summarizer.checks.core import Context  # noqa: E402
from summarizer.records import Trial  # noqa: E402

_TOKEN_RE = re.compile(r"[a-z][a-z0-9'-]*[a-z0-9]|[a-z]|\d+(?:[.,]\d+)*|[!?$€£%]")
SETS = ["dev", *(f"v{i}" for i in range(1, 14))]


def builder(name: str) -> Callable[[list[Trial]], Iterable[Case]]:
    fixed = {"dev": build_cases, "v1": build_holdout_cases, "v2": build_holdout2_cases,
             "v3": build_holdout3_cases}  # fmt: skip
    if name in fixed:
        return fixed[name]
    n = name[1:]
    return getattr(importlib.import_module(f"bench.perturb_holdout{n}"), f"build_holdout{n}_cases")


def sentences(name: str, trials: list[Trial]) -> Iterator[tuple[str, str, int]]:
    """(summary key, sentence, 1 if a planted claim) for a set's faithful and claim cases.

    A claim case gives only the sentences its planted span touches; a faithful case gives
    all of its sentences. The sentences are the checks' own (``Context.sentences``) on the
    masked, lower-case text.
    """
    for case in builder(name)(trials):
        if case.kind != "faithful" and not case.kind.startswith("claim."):
            continue
        ctx = Context(trial=case.trial, text=case.text, facts=None)  # type: ignore[arg-type]
        key = f"{name}/{case.nct_id}/{case.style}"
        for a, b in ctx.sentences:
            if case.kind == "faithful":
                yield key, ctx.masked[a:b], 0
            elif case.span and a < case.span[1] and case.span[0] < b:
                yield key, ctx.masked[a:b], 1


def features(sentence: str) -> set[str]:
    words = ["<n>" if t[0].isdigit() else t for t in _TOKEN_RE.findall(sentence)]
    found = {"u:" + w for w in words}
    padded = ["<s>", *words, "</s>"]
    found.update("b:" + " ".join(pair) for pair in itertools.pairwise(padded))
    found.update("t:" + " ".join(words[i : i + 3]) for i in range(len(words) - 2))
    return found


class Model:
    """Logistic regression, AdaGrad, classes weighted to balance, rare features dropped."""

    def __init__(self, rows: list[tuple[str, int]], epochs: int = 6, seed: int = 0) -> None:
        label: dict[str, int] = {}
        for sentence, y in rows:
            key = " ".join(sentence.split())
            # a sentence that also occurs in a faithful summary is faithful
            label[key] = min(label.get(key, y), y)
        data = [(features(s), y) for s, y in label.items()]
        counts = collections.Counter(f for fs, _ in data for f in fs)
        data = [({f for f in fs if counts[f] >= 2}, y) for fs, y in data]
        positives = sum(y for _, y in data)
        weight = {1: len(data) / (2 * positives), 0: len(data) / (2 * (len(data) - positives))}
        self.w: dict[str, float] = collections.defaultdict(float)
        squares: dict[str, float] = collections.defaultdict(lambda: 1e-8)
        self.bias, bias_squares, rate = 0.0, 1e-8, 0.3
        order = list(range(len(data)))
        rng = random.Random(seed)
        for _ in range(epochs):
            rng.shuffle(order)
            for i in order:
                fs, y = data[i]
                z = max(-30.0, min(30.0, self.bias + sum(self.w[f] for f in fs)))
                g = (1 / (1 + math.exp(-z)) - y) * weight[y]
                for f in fs:
                    squares[f] += g * g
                    self.w[f] -= rate * g / math.sqrt(squares[f])
                bias_squares += g * g
                self.bias -= rate * g / math.sqrt(bias_squares)
        self.sizes = (positives, len(data) - positives)

    def score(self, sentence: str) -> float:
        return self.bias + sum(self.w.get(f, 0.0) for f in features(sentence))


def summary_scores(model: Model, rows: list[tuple[str, str, int]]) -> list[float]:
    """Each faithful summary's highest sentence score: a summary is flagged by its worst."""
    best: dict[str, float] = {}
    for key, sentence, y in rows:
        if y == 0:
            best[key] = max(best.get(key, -math.inf), model.score(sentence))
    return sorted(best.values(), reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", default="v11", choices=SETS)
    parser.add_argument("--train", nargs="+", choices=SETS,
                        default=["dev", *(f"v{i}" for i in range(1, 11))])  # fmt: skip
    args = parser.parse_args(argv)
    if args.test in args.train:
        parser.error("the tested set must be left out of training")
    trials = fixture_trials()
    train = [row for name in args.train for row in sentences(name, trials)]
    test = list(sentences(args.test, trials))
    model = Model([(s, y) for _, s, y in train])
    print(f"trained on {', '.join(args.train)}: {model.sizes[0]} claim and "
          f"{model.sizes[1]} faithful sentences; tested on {args.test}")  # fmt: skip
    train_faithful = summary_scores(model, train)
    test_faithful = summary_scores(model, test)
    claims = [(model.score(s), key) for key, s, y in test if y == 1]
    print(f"| threshold | training faithful summaries flagged | {args.test} claim sentences "
          f"caught | {args.test} faithful summaries flagged |")  # fmt: skip
    print("| --- | --- | --- | --- |")
    for threshold in (0.0, 2.0, 4.0, 6.0, 8.0):
        over = sum(score > threshold for score in train_faithful)
        caught = sum(score > threshold for score, _ in claims)
        flagged = sum(score > threshold for score in test_faithful)
        share = flagged / len(test_faithful)
        print(f"| {threshold:.0f} | {over / len(train_faithful):.1%} "
              f"| {caught / len(claims):.1%} ({caught}/{len(claims)}) "
              f"| {share:.1%} ({flagged}/{len(test_faithful)}) |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
