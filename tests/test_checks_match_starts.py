"""Rules tried only where a match can start find exactly what scanning would find."""

from __future__ import annotations

import gc
import re

import pytest

from bench.perturb import build_cases, build_holdout_cases, fixture_trials
from summarizer.checks import Checker
from summarizer.checks.core import Context, Rule
from summarizer.checks.match_starts import match_starts


def starts_of(pattern: str, flags: int = 0) -> tuple[set[str], bool] | None:
    found = match_starts(re.compile(pattern, flags))
    return None if found is None else (set(found.prefixes), found.folded)


def test_words_after_a_boundary_start_with_their_first_letters() -> None:
    assert starts_of(r"\b(?:study|trial) (?:is|was)\b|\bit\b") == ({"stu", "tri", "it"}, False)


def test_sentence_starts_and_optional_words_are_followed_through() -> None:
    pattern = r"(?:^|(?<=[.!?] )|\bif you [^.,;\n]{1,60}, )(?:please |so )?(?:join|enrol)"
    assert starts_of(pattern, re.MULTILINE) == ({"if ", "ple", "so ", "joi", "enr"}, False)


def test_classes_and_repeats_end_what_is_known() -> None:
    assert starts_of(r"\brandomi[sz]e") == ({"ran"}, False)
    assert starts_of(r"\b[a-c]\d") == ({"a", "b", "c"}, False)
    assert starts_of(r"\b(?:un)+known") == ({"un"}, False)


def test_case_insensitive_parts_compare_lower_cased() -> None:
    found = match_starts(re.compile(r"\b(?i:Sponsor)|\bfunded"))
    assert found is not None and found.folded and set(found.prefixes) == {"spo", "fun"}
    assert found.allows("Sponsored by", 0) and found.allows("ſponsor", 0)
    assert not found.allows("spin", 0)


@pytest.mark.parametrize(
    "pattern",
    [
        r"study",  # no boundary: it may start inside a word
        r"\b\w+ly",  # any word character
        r"\b(?:very )?",  # can match nothing
        r"(?<!not )\bsafe|proven",  # one way has no boundary
        r"\b[^ ]+",  # a negated class
        r"\b(?:-|–)\d",  # a boundary before a non-word character is a word's end
    ],
)
def test_what_cannot_be_told_scans_as_before(pattern: str) -> None:
    assert match_starts(re.compile(pattern)) is None


def test_a_look_behind_ending_in_a_non_word_character_starts_a_word() -> None:
    assert starts_of(r"(?<=[.!?] )(?:so|then)\b") == ({"so", "the"}, False)
    assert starts_of(r"(?<=\d)(?:mg|ml)\b") is None  # after a digit: inside a word


def _rules() -> list[Rule]:
    Checker  # noqa: B018 - importing the checks builds every rule
    return [o for o in gc.get_objects() if type(o) is Rule]


def _scanned(rule: Rule, ctx: Context, text: str) -> list[tuple[int, int]]:
    """What the rule found before: the pattern scanned in windows around its key words."""
    index = ctx.word_index
    windows: list[list[int]] = []
    for pos in sorted(p for key in rule.keys & index.keys() for p in index[key]):
        a, b = max(0, pos - Rule.MARGIN), min(len(text), pos + Rule.MARGIN)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    return [m.span() for a, b in windows for m in rule.regex.finditer(text, a, b)]


def test_most_rules_are_tried_only_where_a_match_can_start() -> None:
    rules = _rules()
    assert len(rules) > 60
    assert sum(r.starts is not None for r in rules) > 0.75 * len(rules)


def test_every_rule_finds_what_scanning_found_on_real_summaries() -> None:
    trials = fixture_trials()[::7]
    cases = [*build_cases(trials), *build_holdout_cases(trials)][::3]
    rules = [r for r in _rules() if r.starts is not None]
    compared = found = 0
    for case in cases:
        ctx = Context(trial=case.trial, text=case.text, facts=Checker(case.trial).facts)
        for text in (ctx.masked, ctx.masked_cased, ctx.norm):
            for rule in rules:
                want = _scanned(rule, ctx, text)
                assert [m.span() for m in rule.finditer(ctx, text)] == want, (
                    case.nct_id, case.style, case.kind, rule.regex.pattern[:80]
                )  # fmt: skip
                compared += 1
                found += len(want)
    assert compared > 10_000 and found > 1_000  # the comparison saw many real matches
