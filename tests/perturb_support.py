"""What the held-out perturbation sets' own tests share: the records they build from, the
cases, the faithful summary and injected error of a case, and the strings of a set's banks
(for the test that no set repeats an earlier one's sentences)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property

from bench.perturb import SMALL, TENS, Case, fixture_trials
from bench.perturb_holdout8 import lower_condition
from summarizer.records import Trial

UNITS = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}


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

    def new_numbers(self, case: Case) -> list[float]:
        """The numbers the error brings: those of its sentence the faithful one lacks (bar
        the record's own names: not the "001" of "KTP-001")."""
        a, b = case.span  # type: ignore[misc]
        before = self.faithful_of(case)
        tail = len(case.text) - b
        t = case.trial
        names = [re.sub(r"^[A-Z][A-Za-z ]+:\s+", "", i.name) for i in t.interventions]
        names += [*t.conditions, *(lower_condition(c) for c in t.conditions)]

        def numbers(said: str) -> list[float]:
            for name in sorted(names, key=len, reverse=True):
                said = said.replace(name, "")
            return numbers_in(said)

        if case.text[:a] == before[:a] and case.text[b:] == before[len(before) - tail :]:
            now = numbers(sentence_of(case.text, a, b))
            for was in numbers(sentence_of(before, a, len(before) - tail)):
                if was in now:
                    now.remove(was)
            return now
        return numbers(case.text[a:b])

    def spans(self, kind: str) -> list[tuple[Case, str]]:
        """Every case of ``kind`` with the text its span points at."""
        found = [
            (c, c.text[c.span[0] : c.span[1]]) for c in self.cases() if c.kind == kind and c.span
        ]
        assert found, kind
        return found


def line_of(case: Case) -> str:
    """The whole line the case's span starts on."""
    a = case.span[0]  # type: ignore[index]
    return case.text[case.text.rfind("\n", 0, a) + 1 :].split("\n")[0]


def bank_strings(x: object) -> list[str]:
    """Every string in ``x``, at any depth of dicts, lists and tuples."""
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for v in x.values() for s in bank_strings(v)]
    if isinstance(x, list | tuple):
        return [s for v in x for s in bank_strings(v)]
    return []


def bank_sentences(module: object, prefixes: tuple[str, ...]) -> set[str]:
    """Every sentence-long string (three words or more) held in a module's banks: its
    upper-case names and those starting with one of ``prefixes``."""
    return {
        s.strip()
        for name, value in vars(module).items()
        if name.isupper() or name.startswith(prefixes)
        for s in bank_strings(value)
        if len(s.split()) >= 3
    }


def numbers_in(said: str) -> list[float]:
    """Digits ("2,300", "2.5") and numbers in words ("twenty-six", "nine", "two hundred
    and forty") in a phrase."""
    out = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", said)]
    tokens = [*re.findall(r"[a-z]+", said.lower()), "."]
    total = current = 0
    seen = False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok == "thousand":
            total += (current or 1) * 1000
            current, seen = 0, True
        elif (tok == "a" and nxt in ("hundred", "thousand")) or (
            tok == "and" and seen and tokens[i - 1] in ("hundred", "thousand")
        ):
            pass
        elif seen:
            out.append(float(total + current))
            total = current = 0
            seen = False
    return out


def sentence_of(text: str, a: int, b: int) -> str:
    """The sentence (or line) around text[a:b]."""
    start = max(text.rfind(". ", 0, a) + 1, text.rfind("\n", 0, a) + 1)
    ends = [i for i in (text.find(". ", b), text.find("\n", b)) if i != -1]
    return text[min(start, a) : max(min(ends) if ends else len(text), b)]
