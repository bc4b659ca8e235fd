"""The held-out v4 generator's own invariants (bench/perturb_holdout4.py).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import re

from bench.perturb import (
    _INCOMPATIBLE_STATUS,
    FAMILIES,
    SMALL,
    TENS,
    WARNING_TYPES,
    dose_of,
    record_durations,
    record_numbers,
    record_text,
    timepoint,
    words,
)
from bench.perturb_holdout4 import (
    HOLDOUT4_CONDITIONS,
    HOLDOUT4_DEVICES,
    HOLDOUT4_DRUGS,
    HOLDOUT4_INJECTIONS,
    HOLDOUT4_PROCEDURES,
    HOLDOUT4_SENTENCE_KINDS,
    HOLDOUT4_SPONSORS,
    HOLDOUT4_STYLES,
    STATUS_WORDS,
    build_holdout4_cases,
)
from summarizer.records import DateType, Phase, Sex, Status, StudyType
from tests.perturb_support import (
    HeldOutSample,
    check_deterministic,
)

# Interventional with placebo, results and a dose; observational; legacy XML; the page-text
# record; newborns (an upper age in days); months as a lower age; an expanded-access
# programme; early phase 1; withdrawn; not yet recruiting, men only; women only.
IDS = ["NCT00000410", "NCT00734539", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150", "NCT03147742", "NCT05814159", "NCT01220531",
       "NCT06097962", "NCT00973089", "NCT01339988", "NCT00001177", "NCT02210780",
       "NCT00831909"]  # fmt: skip
BANK_NAMES = HOLDOUT4_DRUGS + HOLDOUT4_PROCEDURES + HOLDOUT4_DEVICES
NUMBER_WORDS = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}


SAMPLE = HeldOutSample(build_holdout4_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans


def numbers_in(said: str) -> list[float]:
    """Digits ("2,300", "2.5") and number words ("twenty-six") in a phrase."""
    out = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", said)]
    for m in re.finditer(r"\b([a-z]+)(?:-([a-z]+))?\b", said.lower()):
        head, tail = m.group(1), m.group(2)
        if head in NUMBER_WORDS and (tail is None or tail in NUMBER_WORDS):
            out.append(float(NUMBER_WORDS[head] + (NUMBER_WORDS[tail] if tail else 0)))
    return out


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    assert {c.style for c in cases()} == set(HOLDOUT4_STYLES)
    assert {c.kind for c in cases()} == {"faithful", *FAMILIES, *WARNING_TYPES}
    for style in HOLDOUT4_STYLES:
        faithful = [c for c in cases() if c.style == style and c.kind == "faithful"]
        assert len(faithful) == len(IDS)


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    checked = 0
    for case in cases():
        if case.kind in ("faithful", "warn.coverage"):
            continue
        assert case.span is not None, case.kind
        a, b = case.span
        assert 0 <= a < b <= len(case.text), (case.kind, case.span)
        before = faithful_of(case)
        assert case.text != before
        said = case.text[a:b]
        # With no time point (dose) in the record, a wrong one is written as a sentence.
        inserted = case.kind in HOLDOUT4_SENTENCE_KINDS or (
            (case.kind == "number.duration" and timepoint(case.trial) is None)
            or (case.kind == "number.dose" and dose_of(case.trial) is None)
        )
        if inserted:
            # A new sentence or message: taking it out gives back the faithful summary.
            assert said.strip() and said not in before, (case.kind, said)
            rest = re.sub(r"\s+", " ", case.text[:a] + case.text[b:]).strip()
            assert rest == re.sub(r"\s+", " ", before).strip(), case.kind
        else:
            # One fact changed in place: everything outside the span is untouched.
            tail = len(case.text) - b
            assert case.text[:a] == before[:a]
            assert case.text[b:] == before[len(before) - tail :]
            assert said != before[a : len(before) - tail]
        checked += 1
    assert checked > 900


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    for case in cases():
        if case.kind != "warn.coverage":
            continue
        before = faithful_of(case)
        assert len(case.text) < len(before)
        t = case.trial
        dropped = [
            bool(t.lead_sponsor) and t.lead_sponsor in before and t.lead_sponsor not in case.text,
            case.nct_id in before and case.nct_id not in case.text,
            any(c in before for c in t.countries) and not any(c in case.text for c in t.countries),
        ]
        assert any(dropped), case.text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text, style = case.trial, case.text, case.style
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor:
            assert t.lead_sponsor.rstrip(".") in text
        assert STATUS_WORDS[t.overall_status][HOLDOUT4_STYLES.index(style)] in text  # type: ignore[index]
        if t.enrollment:
            n = t.enrollment
            exact = {f"{n:,}", str(n), words(n)}
            rounded = re.findall(r"(?:about|around|roughly|just over|just under|approx\.) "
                                 r"([\d,]+)", low)  # fmt: skip
            near = [abs(int(r.replace(",", "")) - n) <= 0.05 * n for r in rounded]
            assert any(f in low for f in exact) or any(near), (n, text)
            if t.enrollment_type == DateType.ESTIMATED:
                assert re.search(r"aiming|target|plans to include|expected that", low)
            elif t.enrollment_type == DateType.ACTUAL:
                assert re.search(r"took part|taking part|enrolled|final size", low)
                assert not re.search(r"aiming|target|plans to include|expected that", low)
        if t.sex == Sex.FEMALE:
            assert re.search(r"\bwomen\b|\bfemale\b", low) and not re.search(
                r"men and women|men & women|male and female", low)  # fmt: skip
        elif t.sex == Sex.MALE:
            assert re.search(r"\bmen\b|\bmale\b", low) and "women" not in low
        elif t.sex == Sex.ALL:
            assert re.search(r"men and women|men & women|male and female", low)
        lo, hi = t.minimum_age_years, t.maximum_age_years
        if lo is not None and t.minimum_age:
            assert t.minimum_age.split()[0] in text
        if hi is None and lo is not None:
            assert re.search(r"no upper|no max", low), text
        if hi is not None and t.maximum_age:
            assert t.maximum_age.split()[0] in text and "no upper" not in low
        for p in t.phases:
            if p == Phase.NA:
                assert re.search(r"n/a|not applicable|do not apply", low)
                continue
            k = {Phase.EARLY_PHASE1: 1, Phase.PHASE1: 1, Phase.PHASE2: 2, Phase.PHASE3: 3,
                 Phase.PHASE4: 4}[p]  # fmt: skip
            roman = {1: "i", 2: "ii", 3: "iii", 4: "iv"}[k]
            assert re.search(rf"phase (?:[\d/]*{k}|[iv/]*\b{roman}\b)", low), (p, text)
            if p == Phase.EARLY_PHASE1:
                assert re.search(r"early phase (?:1|i)\b", low)
        if t.study_type == StudyType.OBSERVATIONAL:
            assert "observational" in low and "interventional" not in low
        elif t.study_type == StudyType.INTERVENTIONAL:
            assert "interventional" in low and "observational" not in low
        elif t.study_type == StudyType.EXPANDED_ACCESS:
            assert "expanded access" in low
        if t.allocation == "RANDOMIZED":
            assert re.search(r"random", low) and not re.search(r"not random|isn't random", low)
        if t.masking == "NONE":
            assert "open label" in low or "open-label" in low or "no blinding" in low
        elif t.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert f"{t.masking.lower()}-blind" in low
        if t.has_placebo:
            assert "placebo" in low
        else:
            assert "placebo" not in low
        if t.start_date:
            assert t.start_date[:4] in text
        end = t.completion_date or t.primary_completion_date
        if end:
            assert end[:4] in text
        for country in t.countries[:3]:
            assert country in text
        posted = re.search(r"(?<!no )results (?:have been|are) posted|results: posted", low)
        assert bool(posted) == t.has_results
        dose = dose_of(t)
        if dose:
            assert f"{dose[1]:g}" in text
        point = timepoint(t)
        if point:
            n = int(point[0])
            assert str(n) in text or words(n) in low
        # A faithful summary names no treatment, sponsor or condition from the error banks
        # that the record does not itself use.
        source = record_text(t)
        for x in BANK_NAMES + HOLDOUT4_SPONSORS + HOLDOUT4_CONDITIONS:
            assert x.lower() not in low or x.lower() in source


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, low = case.trial, case.text.lower()
        if t.overall_status in (Status.WITHDRAWN, Status.NOT_YET_RECRUITING):
            assert not re.search(r"got going|study started|started \w", low), case.text
        if t.start_date_type == DateType.ESTIMATED:
            assert re.search(r"due to get going|planned|expected to start", low)


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        lines = [x for x in case.text.split("\n") if x.strip()]
        if case.style == "sms":
            # Short messages, one per line, with a blank line between them.
            assert all("\n" not in m.strip() for m in case.text.split("\n\n"))
            assert sorted(len(x) for x in lines)[len(lines) // 2] <= 60
        elif case.style == "consent":
            heads = [int(m) for m in re.findall(r"(?m)^(\d)\. .*\?$", case.text)]
            assert heads == list(range(1, len(heads) + 1)) and len(heads) >= 4
            assert "participant" in case.text.lower()
        else:
            assert lines[0] == "Re: What is this study?"
            assert re.search(r"\bI\b|I'm", case.text)


def test_changed_facts_are_really_different() -> None:
    for case, said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said)
        assert ids and case.nct_id not in ids
    for case, said in spans("field.sponsor"):
        assert any(s in said for s in HOLDOUT4_SPONSORS)
        assert (case.trial.lead_sponsor or "") not in said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT4_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, said in spans("field.sex"):
        if case.trial.sex == Sex.ALL:
            assert re.search(r"only|\bmen\b.*only", said, re.I) and "&" not in said, said
        else:
            assert re.search(r"both|&", said, re.I), said
    for case, said in spans("field.status"):
        i = HOLDOUT4_STYLES.index(case.style)
        wrong = [s for s in _INCOMPATIBLE_STATUS[case.trial.overall_status]  # type: ignore[index]
                 if STATUS_WORDS[s][i] in case.text]  # fmt: skip
        assert wrong, said
        assert STATUS_WORDS[case.trial.overall_status][i] not in case.text  # type: ignore[index]
    for case, said in spans("field.study_type"):
        if case.trial.study_type == StudyType.INTERVENTIONAL:
            assert "observational" in said.lower(), said
        else:
            assert "interventional" in said.lower(), said
    for case, said in spans("field.enrollment_type"):
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert re.search(r"aiming|target|plans|expected", said, re.I), said
        else:
            assert re.search(r"took part|taking part|enrolled|final", said, re.I), said
    for case, said in spans("field.allocation"):
        if case.trial.allocation == "RANDOMIZED":
            assert re.search(r"not random|isn't random|not assigned", said, re.I), said
        else:
            assert re.search(r"random", said, re.I) and not re.search(r"not random", said)
    for case, said in spans("field.masking"):
        if case.trial.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert re.search(r"open|no blinding", said, re.I), said
        else:
            assert "double-blind" in said.lower(), said
    for case, said in spans("field.phase"):
        record = {p.value[-1] for p in case.trial.phases if p != Phase.NA}
        roman = {"I": "1", "II": "2", "III": "3", "IV": "4"}
        said_phases = set(re.findall(r"[1-4]", said)) | {
            roman[r] for r in re.findall(r"\b(IV|III|II|I)\b", said)
        }
        assert said_phases and not said_phases & record, (said, record)
    for case, said in spans("field.date"):
        years = {d[:4] for d in (case.trial.start_date, case.trial.primary_completion_date,
                                 case.trial.completion_date) if d}  # fmt: skip
        found = re.findall(r"\b(?:19|20)\d\d\b", said)
        assert found and not set(found) & years, (said, years)
    for case, said in spans("field.age_bound"):
        if case.trial.maximum_age_years is not None:
            assert re.search(r"no upper|no max", said, re.I), said
        else:
            assert not re.search(r"no upper|no max", said, re.I)
            assert numbers_in(said)
    for case, said in spans("field.age_group"):
        if (case.trial.minimum_age_years or 0) >= 18:
            assert re.search(r"child|kids", said, re.I), said
        else:
            assert re.search(r"adults only|only adults|adults only", said, re.I), said


def test_changed_numbers_are_new_to_the_record() -> None:
    for case, said in spans("number.enrollment"):
        n = case.trial.enrollment
        assert n is not None
        values = numbers_in(said)
        assert values and all(abs(v - n) >= 0.25 * n for v in values), (said, n)
    for kind in ("number.age", "number.count", "number.dose", "number.words"):
        for case, said in spans(kind):
            known = record_numbers(record_text(case.trial))
            values = numbers_in(said)
            assert values, (kind, said)
            if kind == "number.words":
                spelled = [v for v in numbers_in(re.sub(r"\d", "", said)) if v]
                assert spelled, said
                if "groups" in said:
                    assert spelled[0] > len(case.trial.arms)
                elif "weeks" in said:
                    known_days = record_durations(record_text(case.trial))
                    assert all(abs(spelled[0] * 7 - d) > 0.1 * d for d in known_days), said
                else:
                    assert not set(spelled) & known, said
            elif kind == "number.dose":
                # The whole number the span sits in ("0.5" → "2.5" changes only "2").
                a, b = case.span  # type: ignore[misc]
                whole = next(m.group(1) for m in re.finditer(r"(\d+(?:\.\d+)?) ?mg", case.text)
                             if m.start() <= a < m.end() or a <= m.start() < b)  # fmt: skip
                assert float(whole) not in known, said
            else:
                assert not set(values) & known, (kind, said)
    days = {
        "day": 1.0,
        "week": 7.0,
        "wk": 7.0,
        "month": 30.44,
        "mth": 30.44,
        "year": 365.25,
        "yr": 365.25,
    }
    for case, said in spans("number.duration"):
        point = timepoint(case.trial)
        unit = re.search(r"\b(day|week|wk|month|mth|year|yr)s?\b", said)
        name = unit.group(1) if unit else point[1][:-1] if point else ""
        values = numbers_in(said)
        assert values and name, said
        known = record_durations(record_text(case.trial))
        for v in values:
            assert all(abs(v * days[name] - d) > 0.1 * d for d in known), (said, known)


def test_inserted_errors_are_new_to_the_record() -> None:
    for case, said in spans("intervention.unknown"):
        source = record_text(case.trial)
        names = [x for x in BANK_NAMES if x.lower() in said.lower()]
        assert names, said
        assert all(w not in source for n in names for w in re.findall(r"[a-z]{4,}", n.lower()))
    for _, said in spans("claim.contact"):
        assert re.search(r"@|www\.|\d{3}[\s-]?\d{3,4}", said)
    for case, said in spans("claim.injection"):
        summary = case.trial.brief_summary or ""
        assert any(planted in summary for planted, _ in HOLDOUT4_INJECTIONS)
        i = HOLDOUT4_STYLES.index(case.style)
        assert any(said.rstrip(".") in (o.rstrip(".") for o in obeyed[i])
                   for _, obeyed in HOLDOUT4_INJECTIONS)  # fmt: skip
        original = next(t for t in trials() if t.nct_id == case.nct_id)
        assert summary != (original.brief_summary or "")
    for case, _said in spans("claim.results"):
        assert not case.trial.has_results
    for case, said in spans("intervention.comparison"):
        assert case.trial.study_type == StudyType.INTERVENTIONAL
        low = said.lower()
        if case.trial.has_placebo:
            assert "no placebo" in low
        elif "placebo" in low:
            assert "placebo" not in record_text(case.trial)
        else:
            assert "standard care" in low
            assert not re.search(r"usual|standard|routine|conventional", record_text(case.trial))
