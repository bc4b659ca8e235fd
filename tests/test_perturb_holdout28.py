"""The held-out v28 generator's own invariants (bench/perturb_holdout28.py).

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
import bench.perturb_holdout11 as v11
import bench.perturb_holdout12 as v12
import bench.perturb_holdout13 as v13
import bench.perturb_holdout14 as v14
import bench.perturb_holdout15 as v15
import bench.perturb_holdout16 as v16
import bench.perturb_holdout17 as v17
import bench.perturb_holdout18 as v18
import bench.perturb_holdout19 as v19
import bench.perturb_holdout20 as v20
import bench.perturb_holdout21 as v21
import bench.perturb_holdout22 as v22
import bench.perturb_holdout23 as v23
import bench.perturb_holdout24 as v24
import bench.perturb_holdout25 as v25
import bench.perturb_holdout26 as v26
import bench.perturb_holdout27 as v27
from bench.perturb import (
    MONTHS,
    Case,
    _place_name,
    dose_of,
    record_numbers,
    record_text,
    timepoint,
    words,
)
from bench.perturb_holdout28 import (
    _BULLET,
    _CHAT_CLOSINGS,
    _CHAT_CRITERIA,
    _CHAT_FOOTER,
    _CHAT_HEAD,
    _COURT_ANSWER,
    _COURT_CLOSINGS,
    _COURT_CRITERIA,
    _COURT_FOOTER,
    _COURT_HEAD,
    _COURT_QUESTIONS,
    _LIFT_CLOSINGS,
    _LIFT_CRITERIA,
    _LIFT_FOOTER,
    _LIFT_HEAD,
    _LIFT_LABELS,
    _LIFT_SEP,
    _PHASE_WHAT,
    _SHORT_MONTHS,
    HOLDOUT28_CONDITIONS,
    HOLDOUT28_DEVICES,
    HOLDOUT28_DRUGS,
    HOLDOUT28_INJECTIONS,
    HOLDOUT28_INSERTS,
    HOLDOUT28_JARGON,
    HOLDOUT28_LONG,
    HOLDOUT28_PROCEDURES,
    HOLDOUT28_SENTENCE_KINDS,
    HOLDOUT28_SPONSORS,
    HOLDOUT28_STYLES,
    HOLDOUT28_UNKNOWN,
    INCOMPATIBLE28,
    STATUS28,
    TYPE28,
    Holdout28Perturber,
    build_holdout28_cases,
    line_prefix,
    lower_condition,
    sex_words,
)
from bench.perturb_shared import day_suffix
from summarizer.records import DateType, Phase, Sex, StudyType
from tests.perturb_support import (
    FieldWordings,
    HeldOutSample,
    bank_sentences,
    bank_strings,
    check_case_counts_over_the_fixtures,
    check_changed_facts_are_really_different,
    check_changed_numbers_are_new_to_the_record,
    check_claims_and_warnings_carry_no_number,
    check_coverage_cases_leave_out_a_fact,
    check_dates_are_not_told_as_past,
    check_deterministic,
    check_each_kind_is_phrased_several_ways,
    check_error_span_is_the_only_change,
    check_every_record_gets_a_faithful_summary,
    check_every_style_and_error_type_is_covered,
    check_faithful_phrasing_varies_between_records,
    check_inserted_errors_are_new_to_the_record,
    check_status_and_type_wordings_are_distinct,
    line_of,
    numbers_in,
)

# The record shapes the writer must handle (the same as v27's): interventional with
# placebo, results and a dose; observational, women only, recruiting; legacy XML; the
# page-text record; newborns; babies; a lower age in months; expanded access with a dose,
# and one with no dates or places; early phase 1; withdrawn with no one enrolled (twice);
# not yet recruiting, men only; the status withheld; a large multinational one; boys only,
# phase 2/3, terminated; teenagers; an upper age of 100; an unknown status; a phase 1/2
# with no ages; terminated with a dose and a time point; a lower age of one year and no
# head count; completed with a planned head count.
IDS = ["NCT00000410", "NCT00001177", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150", "NCT03147742", "NCT03133988", "NCT01220531",
       "NCT05814159", "NCT00973089", "NCT02591810", "NCT01339988", "NCT03182660",
       "NCT04764188", "NCT02654730", "NCT05486611", "NCT03571217", "NCT01742767",
       "NCT00023673", "NCT02708238", "NCT02179567", "NCT00734539", "NCT01100827",
       "NCT00710099"]  # fmt: skip
BANK_NAMES = HOLDOUT28_DRUGS + HOLDOUT28_PROCEDURES + HOLDOUT28_DEVICES
LIFT, CHAT, COURT = HOLDOUT28_STYLES
CLOSINGS = [*_LIFT_CLOSINGS, *_CHAT_CLOSINGS, *_COURT_CLOSINGS]
QUESTIONS = [q for q in _COURT_QUESTIONS if q]
LAYOUT_LINES = {x for x in (*_LIFT_HEAD, _LIFT_CRITERIA, _LIFT_FOOTER, *_CHAT_HEAD,
                            _CHAT_CRITERIA, _CHAT_FOOTER, *_COURT_HEAD, _COURT_CRITERIA,
                            _COURT_FOOTER, *QUESTIONS, *CLOSINGS) if x}  # fmt: skip
HEAD_LINES = {LIFT: 4, CHAT: 4, COURT: 4}
BULLETS = tuple(_BULLET.values())
LABEL_OR_ITEM = re.compile(r"^(?:[A-Z][A-Z ·]+ — |Item \d+\. |[A-Z][\w' ]+ ▹ |[A-Z]+ ▸ |A\. )")
LIFT_DATE = re.compile(r"\b[A-Z][a-z]{2} (?:\d{1,2}, )?(?:19|20)\d\d\b")
CHAT_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ (?:19|20)\d\d\b")
COURT_DATE = re.compile(r"\b[A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d\b")
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d(?:-\d\d)?\b")

SAMPLE = HeldOutSample(build_holdout28_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("Joined: 1,200 people.") == [1200]
    assert numbers_in("They're after people aged eighteen to 65 years old.") == [65, 18]
    assert numbers_in("In the end twelve people joined.") == [12]
    assert numbers_in("Phase 1 and Phase 2, combined.") == [1, 2]
    assert numbers_in("Began: Mar 5, 2000.") == [5, 2000]
    assert numbers_in("It got started on 5th March 2000.") == [5, 2000]
    assert numbers_in("The study began on March 5, 2000.") == [5, 2000]


def test_dates_in_each_style() -> None:
    w = Holdout28Perturber(trials()[0], LIFT).writer
    assert w.when("2021-03-05") == ("Mar 5, 2021", "on Mar 5, 2021")
    assert w.when("2021-03") == ("Mar 2021", "in Mar 2021")
    w = Holdout28Perturber(trials()[0], CHAT).writer
    assert w.when("2021-03-05") == ("5th March 2021", "on 5th March 2021")
    assert w.when("2021-03-22")[0] == "22nd March 2021"
    w = Holdout28Perturber(trials()[0], COURT).writer
    assert w.when("2021-03-05") == ("March 5, 2021", "on March 5, 2021")
    assert w.when("2021-03") == ("March 2021", "in March 2021")


def test_line_prefix() -> None:
    assert line_prefix(LIFT, "WHEN ▸ Due to start: Mar 2021.") == len("WHEN ▸ ")
    assert line_prefix(LIFT, "Ask at reception for a printed copy of this notice.") == 0
    assert line_prefix(CHAT, "WHEN ▸ Due to start.") == 0
    assert line_prefix(COURT, "A. The design has 2 groups.") == len(_COURT_ANSWER)
    assert line_prefix(COURT, "Q. How is the study to be conducted?") == 0
    assert line_prefix(COURT, "The study concerns asthma.") == 0


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT28_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout28_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT28_SENTENCE_KINDS, HOLDOUT28_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    check_faithful_phrasing_varies_between_records(SAMPLE, HOLDOUT28_STYLES, _sentences_of)


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I'll|I've|me|my)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your|you'd|you're|you've)\b", re.I)
TEXTSPEAK = re.compile(r"\b(?:u|ur|u'd|ppl|approx|info)\b|&|\s=\s", re.I)
WE = re.compile(r"\b(?:we|we're|we've|we'd|us|our)\b", re.I)


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT28_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT28_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT28_UNKNOWN.values()])
    return said + HOLDOUT28_JARGON[i] + HOLDOUT28_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT28_INSERTS.items():
        assert len(banks) == len(HOLDOUT28_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT28_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT28_INJECTIONS}) == len(HOLDOUT28_INJECTIONS)
    for _, obeyed in HOLDOUT28_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT28_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT28_UNKNOWN.values(), HOLDOUT28_JARGON, HOLDOUT28_LONG):
        assert len(banks) == len(HOLDOUT28_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT28_INSERTS, HOLDOUT28_INJECTIONS, HOLDOUT28_UNKNOWN]):
        assert not stock.search(s), s
    # The poster is short lines, many "Label: value"; the group message says "we" and
    # uses contractions; the record uses neither "I", "you" nor contractions. Nobody
    # writes textspeak.
    for i, style in enumerate(HOLDOUT28_STYLES):
        said = _voice(i)
        for s in said:
            if s not in HOLDOUT28_INSERTS["claim.contact"][i]:
                assert not TEXTSPEAK.search(s), s
        if style == LIFT:
            short = [s for s in said if s not in HOLDOUT28_LONG[i]]
            assert sum(len(s.split()) <= 8 for s in short) > len(short) * 0.9
            assert sum(":" in s for s in said) > len(said) / 4
        elif style == CHAT:
            assert sum(bool(WE.search(s)) for s in said) > len(said) / 5
            assert sum(bool(CONTRACTION.search(s)) for s in said) > len(said) / 3
        else:
            for s in said:
                assert not FIRST_PERSON.search(s), s
                assert not CONTRACTION.search(s) and not SECOND_PERSON.search(s), s
            assert sum(s.startswith(("It was", "The briefing")) for s in said) > len(said) / 2


def test_claims_and_warnings_carry_no_number() -> None:
    check_claims_and_warnings_carry_no_number(HOLDOUT28_INSERTS, HOLDOUT28_JARGON, HOLDOUT28_LONG)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT28_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _layout(text: str) -> list[str]:
    """The layout's own lines, which no error changes."""
    return [x for x in text.split("\n") if x.strip() in LAYOUT_LINES or x in LAYOUT_LINES]


def _holds_label(said: str) -> bool:
    return (
        "▸" in said
        or "\n" in said
        or said.strip() in QUESTIONS
        or said.startswith(_COURT_ANSWER)
        or said.startswith(tuple(x + _LIFT_SEP for x in _LIFT_LABELS))
    )


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    check_error_span_is_the_only_change(
        SAMPLE, _inserted, _layout, LAYOUT_LINES, HEAD_LINES, _holds_label
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, tags, questions, title, opener, the closing or the footer;
    the poster's lines, the message's paragraphs and the record's paragraphs and answers
    keep a new sentence inside themselves; and sentences land inside lines too, not only
    at their ends."""
    mid = {style: 0 for style in HOLDOUT28_STYLES}
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(BULLETS) and not line.endswith(":"), line
        assert line.strip() not in LAYOUT_LINES and line not in LAYOUT_LINES, line
        assert line not in lines[: HEAD_LINES[case.style]], line
        assert case.text.endswith("\n\n" + lines[-2] + "\n"), line  # the footer untouched
        assert case.text.endswith("\n".join(["", lines[-4], "", lines[-2], ""]))
        assert lines[-4] in CLOSINGS
        prefix = line_prefix(case.style, line)
        tagged = case.style == LIFT or line.startswith(_COURT_ANSWER)
        assert (prefix > 0) == tagged, line
        assert case.span[0] >= case.text.index(line) + prefix  # type: ignore[index]
        assert case.text.count("\n") == faithful_of(case).count("\n"), line
        # Never inside a status or study-type wording.
        i = HOLDOUT28_STYLES.index(case.style)
        for w in [s[i] for s in STATUS28.values()] + [s[i] for s in TYPE28.values()]:
            if w in faithful_of(case):
                assert w in case.text, (w, line)
        b = case.span[1]  # type: ignore[index]
        if b < len(case.text) and case.text[b] == " ":
            mid[case.style] += 1
    assert all(n > 50 for n in mid.values()), mid


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


# A head count: in figures (with or without commas), or in words up to twenty.
W = r"[\w, -]+?"
PLANNED = re.compile(rf"target: {W} people|looking for {W} people|they want {W} people all "
                     rf"together|they're hoping for {W} people altogether|intended number "
                     rf"of participants is {W}|it is intended to enrol {W} "
                     rf"participants")  # fmt: skip
TOOK_PART = re.compile(rf"joined: {W} people|took part: {W} people|in the end {W} people "
                       rf"joined|all in all {W} people took part|number actually enrolled was "
                       rf"{W}|in the event, {W} participants were enrolled")  # fmt: skip
NEUTRAL = re.compile(rf"listed number: {W}\.|listing puts the number at {W}\.|"
                     rf"listing states the enrolment as {W}\.")  # fmt: skip
NO_UPPER = re.compile(r"no upper age limit|no top age", re.I)
POSTED = re.compile(r"results: posted|results now on the listing|they've put the results up "
                    r"on the listing|the results are on the listing now|record shows results "
                    r"posted to the listing|listing has its results posted")  # fmt: skip
NOT_POSTED = re.compile(r"results: not posted yet|results: awaited|no results up yet|haven't "
                        r"put any results up|no results have yet been posted|record shows no "
                        r"results posted as yet")  # fmt: skip
RANDOM = re.compile(r"groups drawn at random|group set by chance|which group you land in is "
                    r"down to chance|the groups are decided at random|places in the groups "
                    r"are assigned at random|assignment to the groups is made by "
                    r"chance")  # fmt: skip
NOT_RANDOM = re.compile(r"groups not drawn at random|group not set by chance|which group you "
                        r"land in isn't down to chance|the groups aren't decided at random|"
                        r"are not assigned at random|is not made by chance")  # fmt: skip
ADULTS_ONLY = r"\badults only\b|\bjust for grown-ups\b|\badults alone are eligible\b"
AGE_CLAIM = re.compile(ADULTS_ONLY + r"|children welcome too|kids can join in as well|"
                       r"children are also eligible", re.I)  # fmt: skip
PAST_START = re.compile(r"started: |opened: |\bit got started (?:in|on)\b|\bit began "
                        r"(?:in|on)\b|the study beginning (?:in|on)|the first participant "
                        r"enrolled (?:in|on)")  # fmt: skip
PAST_END = re.compile(r"all over: |closed: |\bit all ended (?:in|on)\b|it was done by|the study "
                      r"closing (?:in|on)|final visit (?:in|on)")  # fmt: skip
PLANNED_START = re.compile(r"due to start|start planned|planning to start|start's pencilled "
                           r"in|expected to begin|start is projected")  # fmt: skip
PHASE_NA = re.compile(r"phase: not used|phases don't come into it|phases have no "
                      r"application")  # fmt: skip
ONE_SEX = r"(?:(?:wo)?men|girls|boys)"
ONLY_ONE_SEX = re.compile(rf"\bonly {ONE_SEX} taken\b|\bjust for {ONE_SEX}\b|"
                          rf"\bconfined to {ONE_SEX}\b", re.I)  # fmt: skip
NO_PLACEBO = re.compile(r"no placebo\. everyone|placebo group: none|there's no placebo, "
                        r"everyone|nobody gets a placebo|there is no placebo group|no "
                        r"participant receives a placebo", re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout28Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(BULLETS))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout28Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT28_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS28:
            assert STATUS28[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS28.items() if k != t.overall_status)
        if t.study_type in TYPE28:
            assert TYPE28[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE28.items() if k != t.study_type)
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
        both, she, he = (w.lower() for w in sex_words(case.style, kids))
        if t.sex in (Sex.FEMALE, Sex.MALE):
            who = she if t.sex == Sex.FEMALE else he
            found = ONLY_ONE_SEX.search(low)
            assert found and re.search(rf"\b{who}\b", found[0].lower()), (who, text)
            assert both not in low
        elif t.sex == Sex.ALL:
            assert both in low and not ONLY_ONE_SEX.search(_own_text(case))
        said_numbers = set(numbers_in(low))
        for said, years in ((t.minimum_age, t.minimum_age_years),
                            (t.maximum_age, t.maximum_age_years)):  # fmt: skip
            if years is None or not said:
                continue
            assert float(said.split()[0]) in said_numbers, said
            unit = said.split()[1].lower().rstrip("s")
            if unit != "year":
                assert re.search(rf"\b{unit}s?\b", low), said
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
            assert any(k in numbers_in(x) for x in re.findall(r"\bphase [^.\n;(:,\"]*", low))
            if p == Phase.EARLY_PHASE1:
                assert re.search(r"early phase (?:1|one)\b", low)
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
        assert "@" not in text and not re.search(r"\d{3}[\s.-]\d{4}", text)
        for url in re.findall(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|gov)\S*", text):
            assert url.lower().strip(".()").startswith("clinicaltrials.gov"), url
        source = record_text(t)
        for x in BANK_NAMES + HOLDOUT28_SPONSORS + HOLDOUT28_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b|"
                             r"\bworks\b|effective|\bpaid\b|\bfree\b|\bhelps? (?:you|people)\b|"
                             r"\bbenefits? (?:you|people)\b|\bwill (?:help|improve)\b|"
                             r"\bpayment\b|\bapproved by\b|\bcovered\b|\bpay\b|\bhope(?:s|ful)? "
                             r"(?:it|this) (?:will|works)", own)  # fmt: skip


def test_faithful_texts_bring_no_number_of_their_own() -> None:
    """Bar the record's numbers (in figures or words), its title, criteria, names and
    dates, a faithful text says no number: the layout's asides and closings carry none."""
    for case in cases():
        if case.kind != "faithful":
            continue
        known = record_numbers(record_text(case.trial))
        own = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
        own = LIFT_DATE.sub("", own)  # the poster's dates are the record's own
        own = CHAT_DATE.sub("", own)  # and so are the message's
        own = COURT_DATE.sub("", own)  # and the record's
        for n in numbers_in(own):
            # The phases and years are the record's own; counts of places and groups too.
            assert n in known or n in {1, 2, 3, 4} or 1900 <= n <= 2100, (n, case.style, own)


def test_record_asks_its_questions_in_order() -> None:
    """The record's "Q." lines come in order, each followed by its "A." line."""
    for case in cases():
        if case.style != COURT:
            continue
        lines = case.text.split("\n")
        asked = [x for x in lines if x in QUESTIONS]
        assert asked == [x for x in QUESTIONS if x in asked] and asked, asked
        for q in asked:
            assert lines[lines.index(q) + 1].startswith(_COURT_ANSWER), case.text
        answers = [x for x in lines if x.startswith(_COURT_ANSWER)]
        assert len(answers) == len(asked)


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def test_dates_take_each_styles_form() -> None:
    """The poster prints "Mar 5, 2021" ("Mar 2021" without a day), the message "5th
    March 2021" and the record "March 5, 2021"; both "March 2021" without a day. Never an
    all-figure date such as "05/03/2021", nor an ISO one."""
    with_day = {style: 0 for style in HOLDOUT28_STYLES}
    for case in cases():
        if case.kind != "faithful":
            continue
        t = case.trial
        for iso in (d for d in (t.completion_date or t.primary_completion_date, t.start_date)
                    if d and len(d) >= 7):  # fmt: skip
            m = int(iso[5:7])
            month, year = MONTHS[m - 1], iso[:4]
            day = int(iso[8:10]) if len(iso) >= 10 else 0
            if case.style == LIFT:
                short = _SHORT_MONTHS[m - 1]
                said = f"{short} {day}, {year}" if day else f"{short} {year}"
            elif not day:
                said = f"{month} {year}"
            elif case.style == CHAT:
                said = f"{day_suffix(day)} {month} {year}"
            else:
                said = f"{month} {day}, {year}"
            with_day[case.style] += bool(day)
            assert said in case.text, (said, case.text)
        own = _own_text(case)
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", own), own
        assert not ISO_DATE.search(own), own
        if case.style == LIFT:
            assert not any(f" {name} " in own for name in MONTHS if len(name) > 3), own
        elif case.style == CHAT:
            assert not COURT_DATE.search(own), own
        else:
            assert not CHAT_DATE.search(own), own
            assert not re.search(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b", own), own
    assert all(n >= 5 for n in with_day.values()), with_day


def _without_record_words(case: Case) -> str:
    """The own text without the record's identifier, sponsor, places and years."""
    text = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
    if case.trial.lead_sponsor:
        text = text.replace(case.trial.lead_sponsor, "")
    for c in case.trial.countries:
        text = text.replace(_place_name(c), "").replace(c, "")
    return re.sub(r"\b(?:19|20)\d\d\b", "", text)


SPELLED_COUNT = (r"\b(?:two|three|four|five|six|seven|eight|nine) (?:groups|sites|places|"
                 r"people|participants|volunteers)\b")  # fmt: skip


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        text, t = case.text, case.trial
        lines = text.rstrip("\n").split("\n")
        own = _without_record_words(case)
        head = HEAD_LINES[case.style]
        body = [x for x in lines[head:-1] if x.strip() and x not in LAYOUT_LINES
                and x.strip() not in LAYOUT_LINES and not x.startswith(BULLETS)]  # fmt: skip
        assert body and lines[-2] == ""
        for j, line in enumerate(lines):
            if line.startswith(BULLETS):
                assert lines[j - 1].startswith(BULLETS) or lines[j - 1].endswith(":"), line
        arms = len(t.arms) if t.study_type == StudyType.INTERVENTIONAL else 0
        sites = t.location_count if t.countries else 0
        assert not TEXTSPEAK.search(own), own
        lo = t.minimum_age
        lo_years = lo and t.minimum_age_years and lo.split()[0].isdigit()
        if case.style == COURT:
            # An answer sits under its question; a narrative paragraph after a blank line.
            for x in body:
                above = lines[lines.index(x) - 1]
                assert above in QUESTIONS if x.startswith(_COURT_ANSWER) else above == "", x
        else:
            assert all(lines[lines.index(x) - 1] == "" for x in body), body
        if case.style == LIFT:
            assert lines[:4] == [*_LIFT_HEAD, "", f'STUDY: "{w_title(case)}"']
            assert lines[-3] in _LIFT_CLOSINGS and lines[-1] == _LIFT_FOOTER
            # One tagged line a block: a capitalised tag, " ▸ ", then very short
            # sentences; figures with thousands commas; "Phase 2".
            assert all(x.split(_LIFT_SEP, 1)[0] in _LIFT_LABELS for x in body), body
            assert 3 <= len(body) <= 6, body
            labels = [x.split(_LIFT_SEP, 1)[0] for x in body]
            assert labels == [x for x in _LIFT_LABELS if x in labels]
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not re.search(r"\bphase (?:one|two|three|four|i|ii|iii|iv)\b", own.lower())
            assert not re.search(r"\bphase \d", own), own  # always "Phase"
            assert not WE.search(own) and not FIRST_PERSON.search(own), own
            if arms >= 2:
                assert re.search(rf"\b{arms:,}\b", text), text
            if sites >= 2:
                assert re.search(rf"\b{sites:,} sites|Sites: {sites:,}\b", text), text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment:,}\b", text), text
            if lo_years:
                assert re.search(rf"\b{lo.split()[0]}\b", text), text  # type: ignore[union-attr]
        elif case.style == CHAT:
            opener = (f'Hello all, we came across a study called "{w_title(case)}" and '
                      "thought we'd pass on the details.")  # fmt: skip
            assert lines[:4] == [*_CHAT_HEAD, "", opener]
            assert lines[-3] in _CHAT_CLOSINGS and lines[-1] == _CHAT_FOOTER
            assert lines[-3].endswith(" x")
            # Chatty paragraphs: contractions; numbers up to twenty in words, figures
            # above; phases in figures.
            assert 2 <= len(body) <= 4, body
            assert CONTRACTION.search(own), own
            if 2 <= arms <= 20:
                assert f"{words(arms)} groups" in text
            if 2 <= sites <= 20:
                assert f" {words(sites)} sites" in text
            elif sites > 20:
                assert f"{sites:,} sites" in text
            if t.enrollment and t.enrollment <= 20:
                assert words(t.enrollment) in text
            elif t.enrollment:
                assert f"{t.enrollment:,}" in text
            if lo_years and 1 <= int(lo.split()[0]) <= 20:  # type: ignore[union-attr]
                assert words(int(lo.split()[0])) in text, (lo, text)  # type: ignore[union-attr]
            assert not re.search(r"\bphase (?:one|two|three|four)\b", own.lower()), own
        else:
            title = f'In the matter of the study entitled "{w_title(case)}"'
            assert lines[:4] == [*_COURT_HEAD, "", title]
            assert lines[-3] in _COURT_CLOSINGS and lines[-1] == _COURT_FOOTER
            # Narrative paragraphs and answers, third person, no contractions; counts and
            # ages in figures.
            assert 2 <= len(body) <= 4, body
            assert any(x.startswith(_COURT_ANSWER) for x in body), body
            assert not FIRST_PERSON.search(own) and not SECOND_PERSON.search(own), own
            assert not CONTRACTION.search(own) and not WE.search(own), own
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not re.search(r"\bphase (?:one|two|three|four)\b", own.lower()), own
            if arms >= 2:
                assert f"{arms:,} groups" in text, text
            if sites >= 2:
                assert f"{sites:,} sites" in text, text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment:,}\b", text), text
            if lo_years:
                assert re.search(
                    rf"\baged {lo.split()[0]} (?:to [\d.]+ )?(?:year|month|week|day)s?\b", text
                ), text  # type: ignore[union-attr]


WORDINGS = FieldWordings(
    styles=HOLDOUT28_STYLES,
    sponsors=HOLDOUT28_SPONSORS,
    conditions=HOLDOUT28_CONDITIONS,
    status=STATUS28,
    types=TYPE28,
    incompatible=INCOMPATIBLE28,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=ADULTS_ONLY,
    children=r"children|kids",
    date_span=lambda style: r"(?:19|20)\d\d",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT28_STYLES, BANK_NAMES, HOLDOUT28_INSERTS, HOLDOUT28_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"tea and biscuits", r"famous chef", r"coffee", r"87 percent", r"carrier pigeon",
            r"evening", r"bell ringer", r"cyclists", r"bookshop voucher"]  # fmt: skip
    assert len(keys) == len(HOLDOUT28_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT28_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS28, TYPE28, HOLDOUT28_STYLES)


def test_styles_are_new() -> None:
    """No style name was used by an earlier set."""
    earlier = set()
    for m in (v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20,
              v21, v22, v23, v24, v25, v26, v27):  # fmt: skip
        for name, value in vars(m).items():
            if name.startswith("HOLDOUT") and name.endswith("_STYLES"):
                earlier |= set(value)
    assert len(earlier) > 40
    assert not set(HOLDOUT28_STYLES) & earlier
    assert len(set(HOLDOUT28_STYLES)) == 3


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    marks = ("- ", "  – ", "• ", "✓ ", "▪ ", "Item: ", "◦ ", "› ", "→ ", "> ", "    - ",
             *BULLETS, *v21._BULLET.values(), *v22._BULLET.values(),
             *v23._BULLET.values(), *v24._BULLET.values(),
             *v25._BULLET.values(), *v26._BULLET.values(), *v27._BULLET.values())  # fmt: skip
    text = "\n".join(LABEL_OR_ITEM.sub("", x.removeprefix(v25._POSTER_SAYS)
                                       .removeprefix(v23._CARD_DASH))
                     for x in text.split("\n") if not x.startswith(marks))  # fmt: skip
    text = text.replace("  in_words: ", "")
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^[qa]\. |^nurse: |^mum: |^host [ab]: |^you: |^sage: ", "", s)
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v28_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT28_INSERTS, HOLDOUT28_INJECTIONS, HOLDOUT28_UNKNOWN, HOLDOUT28_JARGON,
            HOLDOUT28_LONG, STATUS28, TYPE28, _PHASE_WHAT, CLOSINGS,
            sorted(LAYOUT_LINES)]  # fmt: skip
    mine_said = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(mine_said) > 100
    modules = (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17,
               v18, v19, v20, v21, v22, v23, v24, v25, v26, v27)  # fmt: skip
    earlier = set().union(
        *(_sentences(s) for m in modules for s in bank_sentences(m, ("HOLDOUT", "STATUS",
                                                                     "TYPE", "_")))
    )  # fmt: skip
    assert len(earlier) > 400
    assert not mine_said & earlier, mine_said & earlier
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
        v11.build_holdout11_cases,
        v12.build_holdout12_cases,
        v13.build_holdout13_cases,
        v14.build_holdout14_cases,
        v15.build_holdout15_cases,
        v16.build_holdout16_cases,
        v17.build_holdout17_cases,
        v18.build_holdout18_cases,
        v19.build_holdout19_cases,
        v20.build_holdout20_cases,
        v21.build_holdout21_cases,
        v22.build_holdout22_cases,
        v23.build_holdout23_cases,
        v24.build_holdout24_cases,
        v25.build_holdout25_cases,
        v26.build_holdout26_cases,
        v27.build_holdout27_cases,
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout28Perturber(case.trial, case.style).view.interventions:
            text = text.replace(name, "X")
        shared = {s for s in _sentences(text) & old if s not in source}
        assert not shared, (case.style, shared)
    for case in cases():
        if case.span and _inserted(case):
            source = record_text(case.trial)
            said = _sentences(case.text[case.span[0] : case.span[1]])
            assert not {x for x in said & old if x not in source}, said


def test_every_record_gets_a_faithful_summary_in_every_style() -> None:
    check_every_record_gets_a_faithful_summary(
        lambda t, style: Holdout28Perturber(t, style).faithful, HOLDOUT28_STYLES, AGE_CLAIM, BULLETS
    )
