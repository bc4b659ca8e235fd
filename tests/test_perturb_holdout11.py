"""The held-out v11 generator's own invariants (bench/perturb_holdout11.py).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import bench.perturb as framework
import bench.perturb_holdout4 as v4
import bench.perturb_holdout5 as v5
import bench.perturb_holdout6 as v6
import bench.perturb_holdout7 as v7
import bench.perturb_holdout8 as v8
import bench.perturb_holdout9 as v9
import bench.perturb_holdout10 as v10
from bench.perturb import (
    Case,
    dose_of,
    fixture_trials,
    record_durations,
    record_numbers,
    record_text,
    timepoint,
)
from bench.perturb_holdout11 import (
    _DIGEST_CRITERIA,
    _DIGEST_FOOTER,
    _DIGEST_HEADER,
    _GP_CRITERIA,
    _GP_GREETING,
    _GP_LETTERHEAD,
    _KID_CRITERIA,
    _KID_FOOTER,
    _KID_GREETING,
    _KID_MASTHEAD,
    HOLDOUT11_CONDITIONS,
    HOLDOUT11_DEVICES,
    HOLDOUT11_DRUGS,
    HOLDOUT11_INJECTIONS,
    HOLDOUT11_INSERTS,
    HOLDOUT11_JARGON,
    HOLDOUT11_LONG,
    HOLDOUT11_PROCEDURES,
    HOLDOUT11_SENTENCE_KINDS,
    HOLDOUT11_SPONSORS,
    HOLDOUT11_STYLES,
    HOLDOUT11_UNKNOWN,
    INCOMPATIBLE11,
    STATUS11,
    TYPE11,
    Holdout11Perturber,
    build_holdout11_cases,
    lower_condition,
    sex_words,
)
from summarizer.records import DateType, Phase, Sex, StudyType
from tests.perturb_support import (
    HeldOutSample,
    bank_sentences,
    bank_strings,
    check_coverage_cases_leave_out_a_fact,
    check_dates_are_not_told_as_past,
    check_deterministic,
    check_each_kind_is_phrased_several_ways,
    check_every_style_and_error_type_is_covered,
    check_inserted_errors_are_new_to_the_record,
    check_status_and_type_wordings_are_distinct,
    line_of,
    numbers_in,
    paragraphs,
    said_in,
)

# The record shapes the writer must handle: interventional with placebo, results and a
# dose; observational, women only, recruiting; legacy XML; the page-text record; newborns
# (an upper age in days); babies (in months); a lower age in months; expanded access with
# a dose, and one with no dates or places; early phase 1; withdrawn with no one enrolled
# (twice); not yet recruiting, men only; the status withheld and nothing else; a large
# multinational one; boys only, phase 2/3, terminated; teenagers; an upper age of 100;
# an unknown status; a phase 1/2 with no ages; terminated with a dose and a time point; a
# lower age of one year and no head count; completed with a planned head count.
IDS = ["NCT00000410", "NCT00001177", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150", "NCT03147742", "NCT03133988", "NCT01220531",
       "NCT05814159", "NCT00973089", "NCT02591810", "NCT01339988", "NCT03182660",
       "NCT04764188", "NCT02654730", "NCT05486611", "NCT03571217", "NCT01742767",
       "NCT00023673", "NCT02708238", "NCT02179567", "NCT00734539", "NCT01100827",
       "NCT00710099"]  # fmt: skip
BANK_NAMES = HOLDOUT11_DRUGS + HOLDOUT11_PROCEDURES + HOLDOUT11_DEVICES
KID, DIGEST, GP = HOLDOUT11_STYLES
LAYOUT_LINES = {_KID_MASTHEAD, _KID_GREETING, _KID_CRITERIA, _KID_FOOTER, _DIGEST_HEADER,
                _DIGEST_CRITERIA, _DIGEST_FOOTER, _GP_LETTERHEAD, _GP_GREETING,
                _GP_CRITERIA}  # fmt: skip

SAMPLE = HeldOutSample(build_holdout11_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("more than 800 people") == [800]
    assert numbers_in("n≈1,200 (est.); age 18–65 y") == [1200, 18, 65]
    assert numbers_in("two hundred and forty people and 1,600 more") == [1600, 240]
    assert numbers_in("between eighteen and sixty-five years old") == [18, 65]
    assert numbers_in("a combined Phase 2/3 study, phase one") == [2, 3, 1]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT11_STYLES)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT11_SENTENCE_KINDS, HOLDOUT11_STYLES)


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT11_INSERTS.items():
        assert len(banks) == len(HOLDOUT11_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT11_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT11_INJECTIONS}) == len(HOLDOUT11_INJECTIONS)
    for _, obeyed in HOLDOUT11_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT11_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT11_UNKNOWN.values(), HOLDOUT11_JARGON, HOLDOUT11_LONG):
        assert all(bank for bank in banks)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT11_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _questions(text: str) -> list[str]:
    """The layout's own lines (masthead, greeting, criteria heading), which no error
    changes."""
    return [x for x in text.split("\n") if x in LAYOUT_LINES]


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
        assert said == said.strip() and "\n" not in said, (case.kind, said)
        # Whole tokens: the span never starts or ends inside a word or a number.
        assert a == 0 or not (case.text[a - 1].isalnum() and said[0].isalnum()), said
        assert b == len(case.text) or not (case.text[b].isalnum() and said[-1].isalnum()), said
        if _inserted(case):
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
            # Never a question or a line of the layout along with the fact.
            assert not any(x in said for x in LAYOUT_LINES), said
            # The layout is the faithful one: the same questions and paragraphs.
            assert paragraphs(case.text) == paragraphs(before)
        assert _questions(case.text) == _questions(before)
        checked += 1
    assert checked > 1800


def test_inserted_sentences_land_in_prose_or_answers_only() -> None:
    """Never in a list of criteria, the masthead, title, greeting, a question or the
    footer, where a sentence would read as one of those."""
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(("• ", "- ")) and not line.endswith(":"), line
        assert line not in LAYOUT_LINES and line not in lines[:4], line
        assert case.text.endswith("\n\n" + lines[-2] + "\n"), line  # the footer untouched


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _questions)


PLANNED = re.compile(r"wants [\d,]+ people to join|\(est\.\)|hoping to recruit")
TOOK_PART = re.compile(r"\d people joined|\(actual\)|people were enrolled")
NEUTRAL = re.compile(r"the listing counts|\bn=[\d,]+(?:;|\.|$)|as the number of participants")
NO_UPPER = re.compile(r"no top age|no upper limit|not set a maximum age")
POSTED = re.compile(r"results are on the listing|(?<!no )results posted\b|"
                    r"results have been posted to the listing")  # fmt: skip
NOT_POSTED = re.compile(r"no results on the listing|\bno results posted|"
                        r"has no results posted as yet")  # fmt: skip
RANDOM = re.compile(r"a computer picks which group|(?<!non-)randomised|arms is random")
NOT_RANDOM = re.compile(r"nobody flips a coin|non-randomised|arms is not random")
AGE_CLAIM = re.compile(r"only grown-ups can take part|adults only|limited to adults|"
                       r"children can take part as well|peds eligible too|"
                       r"children are eligible as well", re.I)  # fmt: skip
PAST_START = re.compile(r"study kicked off (?:in|on)\b|\bstarted \d|got under way")
PAST_END = re.compile(r"wrapped up (?:in|on)\b|\bended \d|concluded (?:in|on)\b")
PLANNED_START = re.compile(r"plans to begin|\(planned\)|due to start")
PHASE_NA = re.compile(r"do not give this kind of study a phase number|phase: n/a|"
                      r"phase labels do not apply")  # fmt: skip
ROUNDED = re.compile(r"more than ([\d,]+)(?= people)")
ONLY_ONE_SEX = re.compile(r"\bonly (?:women|men|girls|boys)\b|\b(?:fe)?males only\b|"
                          r"\b(?:wo)?men only\b|"
                          r"\b[fm] only\b")  # fmt: skip
NO_PLACEBO = re.compile(r"nobody gets a placebo|no pretend medicine|no placebo arm|"
                        r"placebo: none|no one is given a placebo")  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    """The head count, exactly or rounded down ("a little over 800" for 803: the round
    number below it, within 10%), in a sentence that says it is a head count."""
    for s in _sentences_of(text):
        low = s.lower()
        if not (PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)):
            continue
        rounded = ROUNDED.search(low)
        if rounded:
            floor = numbers_in(rounded.group(1))[0]
            if floor < n <= floor * 1.12:
                return True
        elif n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    """The listing's title as the writer shows it (without its subtitle)."""
    return Holdout11Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("• ", "- ")))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout11Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT11_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS11:
            assert STATUS11[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS11.items() if k != t.overall_status)
        if t.study_type in TYPE11:
            assert TYPE11[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE11.items() if k != t.study_type)
        if t.enrollment:
            assert _head_count_said(t.enrollment, text), (t.enrollment, text)
            planned, took = bool(PLANNED.search(low)), bool(TOOK_PART.search(low))
            if t.enrollment_type == DateType.ESTIMATED:
                assert planned and not took
            elif t.enrollment_type == DateType.ACTUAL:
                assert took and not planned
            else:
                assert NEUTRAL.search(low) and not planned and not took
        else:
            assert not PLANNED.search(low) and not TOOK_PART.search(low)
        kids = t.maximum_age_years is not None and t.maximum_age_years < 18
        both, she, he = sex_words(case.style, kids)
        if t.sex in (Sex.FEMALE, Sex.MALE):
            who = she if t.sex == Sex.FEMALE else he
            assert re.search(rf"\bonly {who}\b|\b{who} only\b", low) or (
                case.style == DIGEST and who.lower() in low
            )
            assert both not in low
        elif t.sex == Sex.ALL:
            assert both in low and not ONLY_ONE_SEX.search(_own_text(case).lower())
        said_numbers = set(numbers_in(low))
        for said, years in ((t.minimum_age, t.minimum_age_years),
                            (t.maximum_age, t.maximum_age_years)):  # fmt: skip
            if years is None or not said:
                continue
            assert float(said.split()[0]) in said_numbers, said
            unit = said.split()[1].lower().rstrip("s")
            if unit != "year":
                short = {"month": "mo", "week": "wk", "day": "d"}[unit]
                assert re.search(rf"\b(?:{unit}s?|{short})\b", low), said
        if t.maximum_age_years is None and t.minimum_age_years is not None:
            assert NO_UPPER.search(low), text
        else:
            assert not NO_UPPER.search(low), text
        assert not AGE_CLAIM.search(_own_text(case))
        for p in t.phases:
            if p == Phase.NA:
                assert PHASE_NA.search(low)
                continue
            k = {Phase.EARLY_PHASE1: 1, Phase.PHASE1: 1, Phase.PHASE2: 2, Phase.PHASE3: 3,
                 Phase.PHASE4: 4}[p]  # fmt: skip
            assert any(k in numbers_in(x) for x in re.findall(r"\bph(?:ases?)? [^.\n;(:,]*", low))
            if p == Phase.EARLY_PHASE1:
                assert re.search(r"early ph(?:ase)? 1\b", low)
        if not t.phases and t.study_type != StudyType.INTERVENTIONAL:
            assert not re.search(r"\bphase\b", _own_text(case).lower())
        if t.allocation == "RANDOMIZED":
            assert RANDOM.search(low) and not NOT_RANDOM.search(low)
        elif t.allocation == "NON_RANDOMIZED":
            assert NOT_RANDOM.search(low) and not RANDOM.search(low)
        else:
            assert not RANDOM.search(low) and not NOT_RANDOM.search(low)
        if t.masking == "NONE":
            assert "open-label" in low
        elif t.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert f"{t.masking.lower()}-blind" in low
        else:
            assert "-blind" not in low and "open-label" not in low
        assert ("placebo" in _own_text(case).lower()) == t.has_placebo
        if t.start_date:
            assert t.start_date[:4] in text
            if t.start_date_type == DateType.ESTIMATED:
                assert PLANNED_START.search(low)
        end = t.completion_date or t.primary_completion_date
        if end:
            assert end[:4] in text
        for country in t.countries[:3]:
            assert country in text
        assert bool(POSTED.search(low)) == t.has_results
        assert bool(NOT_POSTED.search(low)) != t.has_results
        dose = dose_of(t)
        if dose:
            assert dose[1] in numbers_in(text), dose
        point = timepoint(t)
        if point:
            assert point[0] in numbers_in(text), point
        # Contact is the registry's own page, never a phone number or an e-mail address.
        assert "@" not in text and not re.search(r"\d{3}[\s.-]\d{4}", text)
        for url in re.findall(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|gov)\S*", text):
            assert url.lower().startswith(("clinicaltrials.gov", "https://clinicaltrials.gov"))
        # A faithful summary names no treatment, sponsor or condition from the error banks
        # that the record does not itself use, and makes none of the banks' claims.
        source = record_text(t)
        for x in BANK_NAMES + HOLDOUT11_SPONSORS + HOLDOUT11_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b",
                             own)  # fmt: skip


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def _without_record_words(case: Case) -> str:
    """The own text without the record's identifier, sponsor and years."""
    # The identifier goes first: a name taken out could cut into it ("4" of NCT03459976).
    text = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
    if case.trial.lead_sponsor:
        text = text.replace(case.trial.lead_sponsor, "")
    return re.sub(r"\b(?:19|20)\d\d\b", "", text)


def test_each_style_has_its_shape() -> None:
    contraction = re.compile(r"\b\w+'(?:t|re|ll|ve|d)\b|\b(?:it|that|there|what)'s\b", re.I)
    for case in cases():
        if case.kind != "faithful":
            continue
        text, t = case.text, case.trial
        lines = text.rstrip("\n").split("\n")
        own = _without_record_words(case)
        for j, line in enumerate(lines):
            if line.startswith(("• ", "- ")):
                assert lines[j - 1].startswith(("• ", "- ")) or lines[j - 1] in (
                    _KID_CRITERIA, _DIGEST_CRITERIA, _GP_CRITERIA)  # fmt: skip
        if case.style == KID:
            assert lines[:4] == [_KID_MASTHEAD,
                                 f'The grown-up name of this study is "{w_title(case)}".', "",
                                 _KID_GREETING]  # fmt: skip
            assert lines[-1] == _KID_FOOTER
            # Short sentences spoken to "you", small counts in words, no contractions.
            assert not re.search(r"\b[1-9] (?:groups|places)\b", text)
            assert not contraction.search(own), own
            body = [x for x in own.split("\n") if x.strip() and x not in LAYOUT_LINES]
            for sentence in _sentences_of("\n".join(body[2:-1])):
                assert len(sentence.split()) <= 25, sentence
        elif case.style == DIGEST:
            assert lines[:3] == [_DIGEST_HEADER, f"Title: {w_title(case)}", ""]
            assert lines[-1] == _DIGEST_FOOTER
            # Fragments, not sentences: no verbs of a full sentence, ISO dates, figures.
            assert not re.search(r"\b(?:is|are|was|were)\b", own), own
            assert not re.search(r"\b[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, \d{4}", text)
            assert not re.search(r"\b(?:one|two|three|four|five) (?:arms|sites)\b", text)
            if t.start_date:
                assert t.start_date[:7] in text
        else:
            assert lines[:4] == [_GP_LETTERHEAD, f'Re: a research study, "{w_title(case)}"', "",
                                 _GP_GREETING]  # fmt: skip
            assert lines[-1].startswith("Kind regards, Dr ")
            # First person, addressed to "you", measured: no contractions, day-first dates.
            assert re.search(r"\bI\b", own) or "you" in own.lower(), own
            assert not contraction.search(own), own
            assert not re.search(r"\b[1-9] (?:study arms|sites)\b", text)
            month_day = (r"(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December) \d{1,2}\b")  # fmt: skip
            assert not re.search(month_day, text)


def test_changed_facts_are_really_different() -> None:
    for case, _said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said_in(case))
        assert ids and case.nct_id not in ids and case.nct_id not in case.text
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said_in(case) and any(s in said for s in HOLDOUT11_SPONSORS), said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT11_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, _said in spans("field.sex"):
        s = said_in(case).lower()
        kids = (case.trial.maximum_age_years or 99) < 18
        both = sex_words(case.style, kids)[0]
        if case.trial.sex == Sex.ALL:
            assert ONLY_ONE_SEX.search(s) and both not in s, s
        else:
            assert both in s and not ONLY_ONE_SEX.search(s), s
    for case, said in spans("field.status"):
        i = HOLDOUT11_STYLES.index(case.style)
        status = case.trial.overall_status
        wrong = [s for s in INCOMPATIBLE11[status]  # type: ignore[index]
                 if STATUS11[s][i] in case.text]  # fmt: skip
        assert len(wrong) == 1, said
        assert STATUS11[status][i] not in case.text  # type: ignore[index]
        if status in framework._INCOMPATIBLE_STATUS:
            assert set(wrong) <= set(framework._INCOMPATIBLE_STATUS[status])
    for case, _said in spans("field.study_type"):
        i = HOLDOUT11_STYLES.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert TYPE11[other][i] in case.text
        assert TYPE11[case.trial.study_type][i] not in case.text  # type: ignore[index]
    for case, _said in spans("field.enrollment_type"):
        s = said_in(case).lower() + " "
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert PLANNED.search(s) and not TOOK_PART.search(s), s
        else:
            assert TOOK_PART.search(s) and not PLANNED.search(s), s
    for case, _said in spans("field.allocation"):
        s = said_in(case).lower()
        if case.trial.allocation == "RANDOMIZED":
            assert NOT_RANDOM.search(s) and not RANDOM.search(s), s
        else:
            assert RANDOM.search(s) and not NOT_RANDOM.search(s), s
            assert "random" not in record_text(case.trial) or (
                case.trial.allocation == "NON_RANDOMIZED"
            )
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
        assert re.fullmatch(r"(?:19|20)\d\d", said), said  # the date keeps its shape
    for case, said in spans("field.age_bound"):
        s = said_in(case)
        if case.trial.maximum_age_years is not None:
            assert NO_UPPER.search(s), s
        else:
            assert not NO_UPPER.search(s), s
            new = numbers_in(said)
            assert new and max(new) > (case.trial.minimum_age_years or 0), said
    for case, said in spans("field.age_group"):
        if (case.trial.minimum_age_years or 0) >= 18:
            assert re.search(r"children|peds", said, re.I), said
        else:
            assert re.search(r"only grown-ups|adults only|limited to adults", said, re.I), said


def test_changed_numbers_are_new_to_the_record() -> None:
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
                if re.search(r"groups|arms", said, re.I):
                    assert spelled[0] > len(case.trial.arms)
                elif "weeks" in said:
                    known_days = record_durations(record_text(case.trial))
                    assert all(abs(spelled[0] * 7 - d) > 0.1 * d for d in known_days)
                else:
                    assert not set(spelled) & known, said
            else:
                assert not set(values) & known, (kind, said)
    days = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
    for case, said in spans("number.duration"):
        # The digest abbreviates its units ("12 wk", "180 d").
        found = re.search(r"(?:\d|[a-z]) (day|week|month|year|d|wk|mo|y)s?\b", said_in(case))
        values = new_numbers(case)
        assert values and found, said
        unit = {"d": "day", "wk": "week", "mo": "month", "y": "year"}.get(found[1], found[1])
        if timepoint(case.trial):
            assert unit + "s" == timepoint(case.trial)[1]  # type: ignore[index]
        known = record_durations(record_text(case.trial))
        for v in values:
            assert all(abs(v * days[unit] - d) > 0.1 * d for d in known), (said, known)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT11_STYLES, BANK_NAMES, HOLDOUT11_INSERTS, HOLDOUT11_INJECTIONS, NO_PLACEBO
    )


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS11, TYPE11, HOLDOUT11_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies
    (a table's answers count as sentences too)."""
    out = set()
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("- ", "  – ", "• ")))
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: ", "", s)  # a post number, an interview's Q or A
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v11_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT11_INSERTS, HOLDOUT11_INJECTIONS, HOLDOUT11_UNKNOWN, HOLDOUT11_JARGON,
            HOLDOUT11_LONG, STATUS11, TYPE11]  # fmt: skip
    v11 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v11) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5, v6, v7, v8, v9, v10)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS", "TYPE", "_"))
        )
    )
    assert len(earlier) > 400
    assert not v11 & earlier, v11 & earlier
    # And the faithful texts share no sentence with earlier sets' faithful texts of the
    # same records, bar what is the record's own (its title, criteria, names).
    sample = trials()
    old = set()
    for build in (
        framework.build_holdout2_cases,
        framework.build_holdout3_cases,
        v4.build_holdout4_cases,
        v5.build_holdout5_cases,
        v6.build_holdout6_cases,
        v7.build_holdout7_cases,
        v8.build_holdout8_cases,
        v9.build_holdout9_cases,
        v10.build_holdout10_cases,
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        # The record's own title and names are no one's wording.
        text = case.text.replace(w_title(case), "X")
        for name in Holdout11Perturber(case.trial, case.style).view.interventions:
            text = text.replace(name, "X")
        shared = {s for s in _sentences(text) & old if s not in source}
        assert not shared, (case.style, shared)
    # Nor does any error sentence of this set appear in an earlier set's texts.
    for case in cases():
        if case.span and _inserted(case):
            source = record_text(case.trial)
            said = _sentences(case.text[case.span[0] : case.span[1]])
            assert not {x for x in said & old if x not in source}, said


def test_every_record_gets_a_faithful_summary_in_every_style() -> None:
    # The whole fixture set renders in all three styles, says its identifier, and never
    # states an adult-only or children-too claim the record lacks.
    for t in fixture_trials():
        for style in HOLDOUT11_STYLES:
            text = Holdout11Perturber(t, style).faithful
            assert t.nct_id in text
            assert not AGE_CLAIM.search(text.replace(t.brief_title, ""))
            assert "{" not in text and ".." not in text and "  " not in text
            assert " ." not in text and ",." not in text
            if style == DIGEST:
                # Every body line closes with one full stop, fragments joined by semicolons.
                body = text.split("\n")[3:-3]
                assert all(x.endswith(".") for x in body if x and not x.startswith("- ")
                           and not x.endswith(":")), text  # fmt: skip
