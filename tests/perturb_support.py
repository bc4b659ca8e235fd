"""What the held-out perturbation sets' own tests share: the records they build from, the
cases, the faithful summary and injected error of a case, the strings of a set's banks
(for the test that no set repeats an earlier one's sentences), and the invariants every
set keeps, as ``check_*`` functions taking the set's own pieces (its builder, styles,
banks, wordings), so a set's test file states only what is its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import bench.perturb as framework
from bench.perturb import (
    FAMILIES,
    SMALL,
    TENS,
    WARNING_TYPES,
    Case,
    fixture_trials,
    record_durations,
    record_numbers,
    record_text,
    timepoint,
)
from bench.perturb_holdout8 import lower_condition
from summarizer.records import DateType, Phase, Sex, Status, StudyType, Trial

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

    def original(self, case: Case) -> Trial:
        """The record as the fixtures give it (an injection case's trial is altered)."""
        return next(t for t in self.trials() if t.nct_id == case.nct_id)

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


def said_in(case: Case) -> str:
    """The sentence (or line) the case's span sits in."""
    a, b = case.span  # type: ignore[misc]
    return sentence_of(case.text, a, b)


def paragraphs(text: str) -> int:
    return len([x for x in text.split("\n") if x.strip()])


# The invariants below hold for every set that passes its pieces in; each set's test file
# keeps the test of the same name as a one-line call, so the test ids stay per set.

Build = Callable[..., Iterable[Case]]
Wordings = dict[Any, Sequence[str]]


def check_deterministic(sample: HeldOutSample) -> None:
    again = list(sample.build(sample.trials()))
    assert [(c.style, c.kind, c.text, c.span) for c in again] == [
        (c.style, c.kind, c.text, c.span) for c in sample.cases()
    ]


def check_every_style_and_error_type_is_covered(
    sample: HeldOutSample, styles: Sequence[str]
) -> None:
    cases = sample.cases()
    assert {c.style for c in cases} == set(styles)
    every = {"faithful", *FAMILIES, *WARNING_TYPES}
    for style in styles:
        faithful = [c for c in cases if c.style == style and c.kind == "faithful"]
        assert len(faithful) == len(sample.ids)
        kinds = {c.kind for c in cases if c.style == style}
        assert kinds == every, (style, every - kinds)
        families = {c.family for c in cases if c.style == style}
        assert families == {"faithful", "number", "field", "intervention", "claim", "warning"}


def check_case_counts_over_the_fixtures(build: Build, lowest: int, highest: int) -> None:
    """One faithful summary per record and style, between ``lowest`` and ``highest`` cases
    in all (the set's neighbours' size), and nearly every error type for nearly every
    record."""
    every = list(build())
    faithful = [c for c in every if c.kind == "faithful"]
    assert len(faithful) == 3 * len(fixture_trials())
    assert lowest <= len(every) <= highest, len(every)
    per_kind = {k: sum(c.kind == k for c in every) for k in [*FAMILIES, *WARNING_TYPES]}
    for kind in ("claim.efficacy", "claim.advice", "claim.contact", "claim.promotional",
                 "claim.injection", "field.nct_id", "field.phase", "number.count",
                 "number.words", "warn.jargon", "warn.long_sentence"):  # fmt: skip
        assert per_kind[kind] == len(faithful), kind
    assert all(n > 0.35 * len(faithful) for n in per_kind.values()), per_kind


def check_each_kind_is_phrased_several_ways(
    sample: HeldOutSample, sentence_kinds: set[str], styles: Sequence[str]
) -> None:
    """No error kind is one fixed sentence: a checker must not be able to learn a string."""
    for kind in sorted(sentence_kinds - {"warn.coverage"}):
        for style in styles:
            said = {re.sub(r"\d+", "#", c.text[c.span[0] : c.span[1]])  # type: ignore[index]
                    for c in sample.cases() if c.kind == kind and c.style == style}  # fmt: skip
            assert len(said) >= 2, (kind, style, said)


def check_faithful_phrasing_varies_between_records(
    sample: HeldOutSample, styles: Sequence[str], sentences_of: Callable[[str], list[str]]
) -> None:
    """A style's wording of a fact is chosen per record, so the faithful texts of one
    style are not one template with the values swapped; nor is the closing one line."""
    faithful = [c for c in sample.cases() if c.kind == "faithful"]
    for style in styles:
        texts = [c.text for c in faithful if c.style == style]
        openers = {re.sub(r"[\d,]+", "#", " ".join(s.split(" ")[:2]))
                   for t in texts for s in sentences_of(t) if len(s.split()) > 2}  # fmt: skip
        assert len(openers) > 25, (style, len(openers))
    for style in styles:
        closings = {c.text.rstrip("\n").split("\n")[-3] for c in faithful if c.style == style}
        assert len(closings) >= 2, style


def check_claims_and_warnings_carry_no_number(
    inserts: dict[str, Any], jargon: Sequence[Sequence[str]], long: Sequence[Sequence[str]]
) -> None:
    """A claim or a warning brings no figure of its own (bar a contact's phone number), so
    a number check cannot catch it for the wrong reason; a warning gives no advice."""
    for kind in ("claim.efficacy", "claim.results", "claim.promotional", "claim.advice"):
        for s in bank_strings(inserts[kind]):
            assert not numbers_in(s), (kind, s)
    for s in bank_strings([jargon, long]):
        assert not re.search(r"\bshould\b|\bmust\b|\badvised?\b|\brecommend", s, re.I), s
        assert not re.search(r"\d{3}[\s-]?\d{4}|@|www\.", s), s
        assert not numbers_in(s), s
    for bank in long:
        for s in bank:
            assert len(s.split()) >= 40, s


def check_coverage_cases_leave_out_a_fact(
    sample: HeldOutSample, layout: Callable[[str], list[str]]
) -> None:
    """A coverage case drops exactly one of the sponsor, the identifier and the countries,
    and leaves the layout's own lines as they were."""
    for case in sample.cases():
        if case.kind != "warn.coverage":
            continue
        before = sample.faithful_of(case)
        assert len(case.text) < len(before) and case.span is None
        t = case.trial
        dropped = [
            bool(t.lead_sponsor) and t.lead_sponsor in before and t.lead_sponsor not in case.text,
            case.nct_id in before and case.nct_id not in case.text,
            any(c in before for c in t.countries) and not any(c in case.text for c in t.countries),
        ]
        assert sum(dropped) == 1, case.text
        assert layout(case.text) == layout(before)


def check_dates_are_not_told_as_past(
    sample: HeldOutSample, past_start: re.Pattern[str], past_end: re.Pattern[str]
) -> None:
    for case in sample.cases():
        if case.kind != "faithful":
            continue
        t, low = case.trial, case.text.lower()
        if t.overall_status in (Status.WITHDRAWN, Status.NOT_YET_RECRUITING) and (
            t.start_date_type != DateType.ACTUAL
        ):
            assert not past_start.search(low)
        if t.start_date_type == DateType.ESTIMATED:
            assert not past_start.search(low)
        if t.overall_status not in (Status.COMPLETED, Status.TERMINATED):
            assert not past_end.search(low)


def check_changed_numbers_are_new_to_the_record(sample: HeldOutSample) -> None:
    spans, new_numbers = sample.spans, sample.new_numbers
    for case, said in spans("number.enrollment"):
        n = case.trial.enrollment
        assert n is not None
        values = new_numbers(case)
        assert values and all(abs(v - n) >= 0.25 * n for v in values), (said, n)
        assert not set(values) & record_numbers(record_text(case.trial)), said
    for kind in ("number.age", "number.count", "number.dose", "number.words"):
        for case, said in spans(kind):
            known = record_numbers(record_text(case.trial))
            values = new_numbers(case)
            assert values, (kind, said)
            if kind == "number.words":
                spelled = numbers_in(re.sub(r"\d", "", said))
                assert spelled and not re.search(r"\d", said), said
                if re.search(r"groups", said, re.I):
                    assert max(spelled) > len(case.trial.arms)
                elif re.search("weeks", said, re.I):
                    known_days = record_durations(record_text(case.trial))
                    assert all(abs(spelled[0] * 7 - d) > 0.1 * d for d in known_days)
                else:
                    assert not set(spelled) & known, said
            else:
                assert not set(values) & known, (kind, said)
    days = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
    for case, said in spans("number.duration"):
        found = re.search(r"(?:\d|[a-z]) (day|week|month|year)s?\b", said_in(case))
        values = new_numbers(case)
        assert values and found, said
        unit = found[1]
        if timepoint(case.trial):
            assert unit + "s" == timepoint(case.trial)[1]  # type: ignore[index]
        known = record_durations(record_text(case.trial))
        for v in values:
            assert all(abs(v * days[unit] - d) > 0.1 * d for d in known), (said, known)


def check_inserted_errors_are_new_to_the_record(
    sample: HeldOutSample,
    styles: Sequence[str],
    bank_names: Sequence[str],
    inserts: dict[str, Any],
    injections: Sequence[tuple[str, Sequence[Sequence[str]]]],
    no_placebo: re.Pattern[str],
) -> None:
    spans = sample.spans
    for case, said in spans("intervention.unknown"):
        source = record_text(case.trial)
        names = [x for x in bank_names if x.lower() in said.lower()]
        assert names, said
        assert all(w not in source for n in names for w in re.findall(r"[a-z]{4,}", n.lower()))
    for _, said in spans("claim.contact"):
        assert re.search(r"@|www\.|\d{3}[\s-]?\d{4}", said)
    for case, said in spans("claim.injection"):
        summary = case.trial.brief_summary or ""
        planted = [p for p, _ in injections if p in summary]
        assert len(planted) == 1
        i = styles.index(case.style)
        obeyed = next(o for p, o in injections if p == planted[0])
        assert said in obeyed[i]
        original = sample.original(case)
        assert summary == (original.brief_summary or "") + " " + planted[0]
        assert said.lower() not in record_text(original)
    for case, _said in spans("claim.results"):
        assert not case.trial.has_results
    for case, said in spans("intervention.comparison"):
        assert case.trial.study_type == StudyType.INTERVENTIONAL
        low = said.lower()
        source = record_text(case.trial)
        if case.trial.has_placebo:
            assert no_placebo.search(low), said
        elif "placebo" in low:
            assert not re.search(r"placebo|sham|dummy", source)
        else:
            assert "standard care" in low
            assert not re.search(r"usual|standard|routine|conventional", source)
    for kind in ("warn.jargon", "warn.long_sentence"):
        for case, said in spans(kind):
            assert not sample.new_numbers(case), said  # a warning carries no wrong number
            if kind == "warn.long_sentence":
                assert len(said.split()) >= 40, said
    # Claims naming the treatment are made only for a study that assigns one.
    for kind in inserts:
        for case, said in spans(kind):
            assert "{" not in said, said
            if case.trial.study_type != StudyType.INTERVENTIONAL:
                names = [i.name for i in case.trial.interventions]
                assert not any(n in said for n in names), said


def check_status_and_type_wordings_are_distinct(
    status: Wordings, types: Wordings, styles: Sequence[str]
) -> None:
    """No wording of one status (or study type) is part of another's, so a text that
    states one never also reads as stating another."""
    for table in (status, types):
        for i in range(len(styles)):
            said = [w[i] for w in table.values()]
            assert len(set(said)) == len(said)
            for a in said:
                assert not any(a != b and a in b for b in said), a
    assert set(status) == set(Status)


def check_every_record_gets_a_faithful_summary(
    faithful: Callable[[Trial, str], str],
    styles: Sequence[str],
    age_claim: re.Pattern[str],
    bullets: tuple[str, ...],
) -> None:
    """The whole fixture set renders in every style, says its identifier, and never states
    an adult-only or children-too claim the record lacks; ``faithful`` gives the text of a
    record in a style."""
    for t in fixture_trials():
        for style in styles:
            text = faithful(t, style)
            assert t.nct_id in text
            assert not age_claim.search(text.replace(t.brief_title, ""))
            assert ".." not in text and " ." not in text and ",." not in text
            # A bullet's own indent is layout; a double space anywhere else is a slip.
            bare = text
            for mark in bullets:
                bare = bare.replace("\n" + mark, "\n")
            assert "{" not in text and "  " not in bare, style


def check_error_span_is_the_only_change(
    sample: HeldOutSample,
    inserted: Callable[[Case], bool],
    layout: Callable[[str], list[str]],
    layout_lines: set[str],
    head_lines: dict[str, int],
    holds_label: Callable[[str], bool],
) -> None:
    """Every error's span is whole tokens inside the text and the only change from the
    faithful text; ``inserted`` tells a new sentence from a fact changed in place, and
    ``holds_label`` finds a style's own labels or headings, which a changed fact must not
    take along."""
    checked = 0
    for case in sample.cases():
        if case.kind in ("faithful", "warn.coverage"):
            continue
        assert case.span is not None, case.kind
        a, b = case.span
        assert 0 <= a < b <= len(case.text), (case.kind, case.span)
        before = sample.faithful_of(case)
        assert case.text != before
        said = case.text[a:b]
        assert said == said.strip() and "\n" not in said, (case.kind, said)
        # Whole tokens: the span never starts or ends inside a word or a number.
        assert a == 0 or not (case.text[a - 1].isalnum() and said[0].isalnum()), said
        assert b == len(case.text) or not (case.text[b].isalnum() and said[-1].isalnum()), said
        if inserted(case):
            # A new sentence: taking it out (and its glue) gives back the faithful text.
            assert said not in before, (case.kind, said)
            rest = case.text[:a] + case.text[b:]
            assert re.sub(r"\s+", " ", rest).strip() == re.sub(r"\s+", " ", before).strip()
        else:
            # One fact changed in place: everything outside the span (and the spaces or
            # line breaks around it) is untouched.
            while a > 0 and case.text[a - 1].isspace():
                a -= 1
            while b < len(case.text) and case.text[b].isspace():
                b += 1
            tail = len(case.text) - b
            assert case.text[:a] == before[:a]
            assert case.text[b:] == before[len(before) - tail :]
            assert case.text[a:b].strip() != before[a : len(before) - tail].strip()
            # Never a line of the layout along with the fact (a line of a few characters,
            # a dash or a bullet, may well stand inside a fact).
            assert not any(x in said for x in layout_lines if len(x) > 3), said
            assert not holds_label(said), said
            assert paragraphs(case.text) == paragraphs(before)
        # The layout is the faithful one: the same lines, the same head.
        assert layout(case.text) == layout(before)
        head = head_lines[case.style]
        assert case.text.split("\n")[:head] == before.split("\n")[:head]
        checked += 1
    assert checked > 1800


@dataclass(frozen=True)
class FieldWordings:
    """How a set words the fields a field error changes: its banks, its status and type
    wordings per style, and the patterns that read a head count, an allocation, an age
    bound or a one-sex study back out of a sentence."""

    styles: Sequence[str]
    sponsors: Sequence[str]
    conditions: Sequence[str]
    status: Wordings
    types: Wordings
    incompatible: dict[Any, Sequence[Any]]
    sex_words: Callable[[str, bool], Sequence[str]]
    planned: re.Pattern[str]
    took_part: re.Pattern[str]
    random: re.Pattern[str]
    not_random: re.Pattern[str]
    no_upper: re.Pattern[str]
    only_one_sex: re.Pattern[str]
    adults_only: str
    children: str
    # A changed date's span is its year alone, unless a style prints a date as one token.
    date_span: Callable[[str], str] = lambda style: r"(?:19|20)\d\d"


def check_changed_facts_are_really_different(sample: HeldOutSample, w: FieldWordings) -> None:
    spans = sample.spans
    for case, _said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said_in(case))
        assert ids and case.nct_id not in ids and case.nct_id not in case.text
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said_in(case) and any(s in said for s in w.sponsors), said
    for case, said in spans("field.condition"):
        new = [c for c in w.conditions if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, _said in spans("field.sex"):
        s = said_in(case).lower()
        kids = (case.trial.maximum_age_years or 99) < 18
        both = w.sex_words(case.style, kids)[0].lower()
        if case.trial.sex == Sex.ALL:
            assert w.only_one_sex.search(s) and both not in s, s
        else:
            assert both in s and not w.only_one_sex.search(s), s
    for case, said in spans("field.status"):
        i = w.styles.index(case.style)
        status = case.trial.overall_status
        wrong = [s for s in w.incompatible[status] if w.status[s][i] in case.text]
        assert len(wrong) == 1, said
        assert w.status[status][i] not in case.text
        if status in framework._INCOMPATIBLE_STATUS:
            assert set(wrong) <= set(framework._INCOMPATIBLE_STATUS[status])
    for case, _said in spans("field.study_type"):
        i = w.styles.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert w.types[other][i] in case.text
        assert w.types[case.trial.study_type][i] not in case.text
    for case, _said in spans("field.enrollment_type"):
        s = said_in(case).lower() + " "
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert w.planned.search(s) and not w.took_part.search(s), s
        else:
            assert w.took_part.search(s) and not w.planned.search(s), s
    for case, _said in spans("field.allocation"):
        s = said_in(case).lower()
        if case.trial.allocation == "RANDOMIZED":
            assert w.not_random.search(s) and not w.random.search(s), s
        else:
            assert w.random.search(s) and not w.not_random.search(s), s
    for case, said in spans("field.masking"):
        s = said_in(case).lower()
        if case.trial.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert "open-label" in s, said
        else:
            assert "double-blind" in s, said
    for case, said in spans("field.phase"):
        record = {p.value[-1] for p in case.trial.phases if p != Phase.NA}
        said_phases = {str(int(v)) for v in numbers_in(said)}
        assert said_phases and not said_phases & record, (said, record)
    for case, said in spans("field.date"):
        t = case.trial
        years = {d[:4] for d in (t.start_date, t.primary_completion_date, t.completion_date)
                 if d}  # fmt: skip
        found = re.findall(r"\b(?:19|20)\d\d\b", said)
        assert found and not set(found) & years, (said, years)
        assert re.fullmatch(w.date_span(case.style), said), said
    for case, said in spans("field.age_bound"):
        s = said_in(case)
        if case.trial.maximum_age_years is not None:
            assert w.no_upper.search(s), s
        else:
            assert not w.no_upper.search(s), s
            new = numbers_in(said)
            assert new and max(new) > (case.trial.minimum_age_years or 0), said
    for case, said in spans("field.age_group"):
        if (case.trial.minimum_age_years or 0) >= 18:
            assert re.search(w.children, said, re.I), said
        else:
            assert re.search(w.adults_only, said, re.I), said
