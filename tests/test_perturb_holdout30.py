"""The held-out v30 generator's own invariants (bench/perturb_holdout30.py).

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
import bench.perturb_holdout28 as v28
import bench.perturb_holdout29 as v29
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
from bench.perturb_holdout30 import (
    _AUDIO_CLOSINGS,
    _AUDIO_CRITERIA,
    _AUDIO_FOOTER,
    _AUDIO_HEAD,
    _AUDIO_TRACKS,
    _BULLET,
    _PHASE_WHAT,
    _PHONE_CLOSINGS,
    _PHONE_CRITERIA,
    _PHONE_FOOTER,
    _PHONE_HEAD,
    _PHONE_LABELS,
    _WALK_CLOSINGS,
    _WALK_CRITERIA,
    _WALK_FOOTER,
    _WALK_HEAD,
    HOLDOUT30_CONDITIONS,
    HOLDOUT30_DEVICES,
    HOLDOUT30_DRUGS,
    HOLDOUT30_INJECTIONS,
    HOLDOUT30_INSERTS,
    HOLDOUT30_JARGON,
    HOLDOUT30_LONG,
    HOLDOUT30_PROCEDURES,
    HOLDOUT30_SENTENCE_KINDS,
    HOLDOUT30_SPONSORS,
    HOLDOUT30_STYLES,
    HOLDOUT30_UNKNOWN,
    INCOMPATIBLE30,
    STATUS30,
    TYPE30,
    Holdout30Perturber,
    build_holdout30_cases,
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
BANK_NAMES = HOLDOUT30_DRUGS + HOLDOUT30_PROCEDURES + HOLDOUT30_DEVICES
AUDIO, WALK, PHONE = HOLDOUT30_STYLES
CLOSINGS = [*_AUDIO_CLOSINGS, *_WALK_CLOSINGS, *_PHONE_CLOSINGS]
LAYOUT_LINES = {x for x in (*_AUDIO_HEAD, _AUDIO_CRITERIA, _AUDIO_FOOTER, *_AUDIO_TRACKS,
                            *_WALK_HEAD, _WALK_CRITERIA, _WALK_FOOTER, *_PHONE_HEAD,
                            _PHONE_CRITERIA, _PHONE_FOOTER, *CLOSINGS) if x}  # fmt: skip
HEAD_LINES = {AUDIO: 4, WALK: 4, PHONE: 4}
BULLETS = tuple(_BULLET.values())
PHONE_LABELS = tuple(dict.fromkeys(_PHONE_LABELS))
LABEL_OR_ITEM = re.compile(r"^(?:[A-Z][A-Z ·]+ — |Item \d+\. |[A-Z][\w' ]+ ▹ |[A-Z]+ ▸ |A\. |"
                           r"• (?:Noted|Agreed|Action): |Option \d\. )")  # fmt: skip
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
        r"December)"  # fmt: skip
AUDIO_DATE = re.compile(rf"\b\d{{1,2}} {MONTH} (?:19|20)\d\d\b")
WALK_DATE = re.compile(rf"\bthe \d{{1,2}}(?:st|nd|rd|th) of {MONTH}, (?:19|20)\d\d\b")
PHONE_DATE = re.compile(rf"\b{MONTH} \d{{1,2}}, (?:19|20)\d\d\b")
OPTION_KEY = re.compile(r"^Option \d\. ")
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d(?:-\d\d)?\b")

SAMPLE = HeldOutSample(build_holdout30_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("Altogether, 1,200 volunteers were enrolled.") == [1200]
    assert numbers_in("Volunteers need to be between eight and 65 years old.") == [65, 8]
    assert numbers_in("In the end ten volunteers took part.") == [10]
    assert numbers_in("The listed phase is Phase 1/2.") == [1, 2]
    assert numbers_in("It combines phase two with phase three.") == [2, 3]
    assert numbers_in("It began on 5 March 2000.") == [5, 2000]
    assert numbers_in("It began on the 5th of March, 2000.") == [5, 2000]
    assert numbers_in("The recorded start date is March 5, 2000.") == [5, 2000]


def test_dates_in_each_style() -> None:
    w = Holdout30Perturber(trials()[0], AUDIO).writer
    assert w.when("2021-03-05") == ("5 March 2021", "on 5 March 2021")
    assert w.when("2021-03") == ("March 2021", "in March 2021")
    w = Holdout30Perturber(trials()[0], WALK).writer
    assert w.when("2021-03-05") == ("the 5th of March, 2021", "on the 5th of March, 2021")
    assert w.when("2021-03-22")[0] == "the 22nd of March, 2021"
    assert w.when("2021-03") == ("March 2021", "in March 2021")
    w = Holdout30Perturber(trials()[0], PHONE).writer
    assert w.when("2021-03-05") == ("March 5, 2021", "on March 5, 2021")
    assert w.when("2021-03-22")[0] == "March 22, 2021"
    assert w.when("2021") == ("2021", "in 2021")


def test_line_prefix() -> None:
    assert line_prefix(PHONE, "Option 2. The design uses 2 groups.") == len("Option 2. ")
    assert line_prefix(PHONE, "Option 9. The ClinicalTrials.gov number is X.") == len("Option 9. ")
    assert line_prefix(PHONE, "To hear these options again, stay on the line.") == 0
    assert line_prefix(AUDIO, "Option 2. The design uses 2 groups.") == 0
    assert line_prefix(AUDIO, "Track 2 — How the groups work") == 0
    assert line_prefix(WALK, "There are 13 sites, found in Spain.") == 0


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT30_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout30_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT30_SENTENCE_KINDS, HOLDOUT30_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    check_faithful_phrasing_varies_between_records(SAMPLE, HOLDOUT30_STYLES, _sentences_of)


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I'll|I've|me|my)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your|you'd|you're|you've)\b", re.I)
TEXTSPEAK = re.compile(r"\b(?:u|ur|u'd|ppl|approx|info)\b|&|\s=\s", re.I)
WE = re.compile(r"\b(?:we|we're|we've|we'd|us|our)\b", re.I)
WALK_PEOPLE = re.compile(r"\b(?:walkers?|supporters?|volunteers?|researchers?|"
                         r"research)\b", re.I)  # fmt: skip


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT30_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT30_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT30_UNKNOWN.values()])
    return said + HOLDOUT30_JARGON[i] + HOLDOUT30_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT30_INSERTS.items():
        assert len(banks) == len(HOLDOUT30_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT30_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT30_INJECTIONS}) == len(HOLDOUT30_INJECTIONS)
    for _, obeyed in HOLDOUT30_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT30_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT30_UNKNOWN.values(), HOLDOUT30_JARGON, HOLDOUT30_LONG):
        assert len(banks) == len(HOLDOUT30_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT30_INSERTS, HOLDOUT30_INJECTIONS, HOLDOUT30_UNKNOWN]):
        assert not stock.search(s), s
    # The audio guide talks to its listener and never says "we"; the flyer box speaks
    # of walkers, supporters, volunteers and the researchers; the phone line's voice
    # begins its notices "Please". None uses "I", "we" or contractions, nor textspeak.
    for i, style in enumerate(HOLDOUT30_STYLES):
        said = _voice(i)
        for s in said:
            if s not in HOLDOUT30_INSERTS["claim.contact"][i]:
                assert not TEXTSPEAK.search(s), s
            assert not WE.search(s) and not FIRST_PERSON.search(s), s
            assert not CONTRACTION.search(s), s
        if style == AUDIO:
            assert sum(bool(SECOND_PERSON.search(s)) for s in said) > len(said) * 0.3
        elif style == WALK:
            assert sum(bool(WALK_PEOPLE.search(s)) for s in said) > len(said) * 0.7
        else:
            assert sum(s.startswith("Please") for s in said) > len(said) * 0.8


def test_claims_and_warnings_carry_no_number() -> None:
    check_claims_and_warnings_carry_no_number(HOLDOUT30_INSERTS, HOLDOUT30_JARGON, HOLDOUT30_LONG)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT30_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _layout(text: str) -> list[str]:
    """The layout's own lines, which no error changes."""
    return [x for x in text.split("\n") if x.strip() in LAYOUT_LINES or x in LAYOUT_LINES]


def _holds_label(said: str) -> bool:
    return (
        "•" in said
        or "—" in said
        or "\n" in said
        or said.strip() in _AUDIO_TRACKS
        or said.startswith(PHONE_LABELS)
    )


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    check_error_span_is_the_only_change(
        SAMPLE, _inserted, _layout, LAYOUT_LINES, HEAD_LINES, _holds_label
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, track headings, title, opener, the closing or the footer;
    the guide's tracks, the flyer's paragraphs and the phone line's options keep a new
    sentence inside themselves; and sentences land inside lines too, not only at their
    ends."""
    mid = {style: 0 for style in HOLDOUT30_STYLES}
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
        tagged = case.style == PHONE
        assert (prefix > 0) == tagged, line
        if case.style == AUDIO:
            now = case.text.split("\n")
            assert now[now.index(line) - 1] in _AUDIO_TRACKS, line
        assert case.span[0] >= case.text.index(line) + prefix  # type: ignore[index]
        assert case.text.count("\n") == faithful_of(case).count("\n"), line
        # Never inside a status or study-type wording.
        i = HOLDOUT30_STYLES.index(case.style)
        for w in [s[i] for s in STATUS30.values()] + [s[i] for s in TYPE30.values()]:
            if w in faithful_of(case):
                assert w in case.text, (w, line)
        b = case.span[1]  # type: ignore[index]
        if b < len(case.text) and case.text[b] == " ":
            mid[case.style] += 1
    assert all(n > 50 for n in mid.values()), mid


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


# A head count: in figures (with or without commas), or in words up to ten.
W = r"[\w, -]+?"
PLANNED = re.compile(rf"(?:hopes?|hoping) to enrol {W} volunteers|enrolment is planned at "
                     rf"{W} volunteers|the plan is for {W} volunteers "
                     rf"altogether|planned enrolment is {W} volunteers")  # fmt: skip
TOOK_PART = re.compile(rf"altogether, {W} volunteers were enrolled|in the end {W} volunteers "
                       rf"took part|actual enrolment was [\d,]+ volunteers")  # fmt: skip
NEUTRAL = re.compile(rf"for the head count, the listing gives {W}\.|head count of {W} on the "
                     rf"listing|listed head count is {W}\.")  # fmt: skip
NO_UPPER = re.compile(r"there is no top age", re.I)
POSTED = re.compile(r"(?<!no )results have been posted on the listing|find results posted|"
                    r"posted results are available|listing already "
                    r"carries posted results|(?<!no )results are posted on the listing|"
                    r"the listing carries posted results")  # fmt: skip
NOT_POSTED = re.compile(r"no results have been posted on the listing|carries no posted "
                        r"results|no results are posted on the listing")  # fmt: skip
RANDOM = re.compile(r"(?<!not )left to chance|(?<!not )filled at random|(?<!not )decided at "
                    r"random")  # fmt: skip
NOT_RANDOM = re.compile(r"not left to chance|not filled at random|not decided at random|"
                        r"chance plays no part")  # fmt: skip
ADULTS_ONLY = r"\bfor adults only\b"
AGE_CLAIM = re.compile(ADULTS_ONLY + r"|young people are welcome too", re.I)
PAST_START = re.compile(r"got under way (?:in|on)\b|first volunteer joined|recorded start date "
                        r"is")  # fmt: skip
PAST_END = re.compile(r"wrapped up (?:in|on)\b|last volunteer finished|recorded finish date "
                      r"is")  # fmt: skip
PLANNED_START = re.compile(r"start is expected|due to begin|expect to start|expected start date")
PHASE_NA = re.compile(r"trial phases have no place|trial phases do not come into|no trial "
                      r"phase applies")  # fmt: skip
ONE_SEX = r"(?:(?:wo)?men|girls|boys)"
ONLY_ONE_SEX = re.compile(rf"\bopen to {ONE_SEX} and no one else\b", re.I)
NO_PLACEBO = re.compile(r"no one is given a placebo|no volunteer is given a placebo|not find "
                        r"a placebo group|has no placebo group|there is no placebo group",
                        re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout30Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(OPTION_KEY.sub("", x) for x in text.split("\n")
                     if not x.startswith(BULLETS) and x not in LAYOUT_LINES)  # fmt: skip
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout30Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT30_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS30:
            assert STATUS30[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS30.items() if k != t.overall_status)
        if t.study_type in TYPE30:
            assert TYPE30[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE30.items() if k != t.study_type)
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
        for x in BANK_NAMES + HOLDOUT30_SPONSORS + HOLDOUT30_CONDITIONS:
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
        own = AUDIO_DATE.sub("", own)  # the guide's dates are the record's own
        own = WALK_DATE.sub("", own)  # and so are the flyer's
        own = PHONE_DATE.sub("", own)  # and the phone line's
        for n in numbers_in(own):
            # The phases and years are the record's own; counts of places and groups too.
            assert n in known or n in {1, 2, 3, 4} or 1900 <= n <= 2100, (n, case.style, own)


def test_tracks_and_options_come_in_order() -> None:
    """The guide's track headings come in order, each followed by its track's text; the
    phone line's options keep their order, option 9 last."""
    for case in cases():
        lines = case.text.split("\n")
        if case.style == AUDIO:
            shown = [x for x in lines if x in _AUDIO_TRACKS]
            assert shown == [x for x in _AUDIO_TRACKS if x in shown] and len(shown) >= 3
            for h in shown:
                after = lines[lines.index(h) + 1]
                assert after.strip() and after not in LAYOUT_LINES, case.text
        elif case.style == PHONE:
            keys = [x[: len("Option 1. ")] for x in lines if x.startswith(PHONE_LABELS)]
            assert keys and keys == [k for k in _PHONE_LABELS if k in keys], keys
            assert len(set(keys)) == len(keys), keys


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def test_dates_take_each_styles_form() -> None:
    """The guide prints "5 March 2021", the flyer "the 5th of March, 2021" and the phone
    line "March 5, 2021"; all "March 2021" without a day. Never an all-figure date such
    as "05/03/2021", nor an ISO one."""
    with_day = {style: 0 for style in HOLDOUT30_STYLES}
    for case in cases():
        if case.kind != "faithful":
            continue
        t = case.trial
        for iso in (d for d in (t.completion_date or t.primary_completion_date, t.start_date)
                    if d and len(d) >= 7):  # fmt: skip
            m = int(iso[5:7])
            month, year = MONTHS[m - 1], iso[:4]
            day = int(iso[8:10]) if len(iso) >= 10 else 0
            if not day:
                said = f"{month} {year}"
            elif case.style == AUDIO:
                said = f"{day} {month} {year}"
            elif case.style == WALK:
                said = f"the {day_suffix(day)} of {month}, {year}"
            else:
                said = f"{month} {day}, {year}"
            with_day[case.style] += bool(day)
            assert said in case.text, (said, case.text)
        own = _own_text(case)
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", own), own
        assert not ISO_DATE.search(own), own
        if case.style == AUDIO:
            assert not WALK_DATE.search(own) and not PHONE_DATE.search(own), own
        elif case.style == WALK:
            assert not AUDIO_DATE.search(own) and not PHONE_DATE.search(own), own
        else:
            assert not AUDIO_DATE.search(own) and not WALK_DATE.search(own), own
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
        assert not WE.search(own) and not FIRST_PERSON.search(own), own
        assert not CONTRACTION.search(own), own
        lo = t.minimum_age
        lo_years = lo and t.minimum_age_years and lo.split()[0].isdigit()
        low_own = own.lower()
        assert not re.search(r"\bphase (?:i|ii|iii|iv)\b", low_own), own  # never Roman
        if case.style == AUDIO:
            assert lines[:4] == [*_AUDIO_HEAD, "", f'Now playing: "{w_title(case)}"']
            assert lines[-3] in _AUDIO_CLOSINGS and lines[-1] == _AUDIO_FOOTER
            # A track heading above each track's text; figures with thousands commas;
            # "Phase 2".
            for x in body:
                assert lines[lines.index(x) - 1] in _AUDIO_TRACKS, x
            assert 3 <= len(body) <= 6, body
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not re.search(r"\bphase (?:one|two|three|four)\b", low_own), own
            assert not re.search(r"\bphase \d", own), own  # always "Phase"
            if arms >= 2:
                assert re.search(rf"\b{arms:,} groups\b", text), text
            if sites >= 2:
                assert f"{sites:,} sites" in text, text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment:,}\b", text), text
            if lo_years:
                assert re.search(rf"\b{lo.split()[0]}\b", text), text  # type: ignore[union-attr]
        elif case.style == WALK:
            opener = f'The research featured this year is a study called "{w_title(case)}".'
            assert lines[:4] == [*_WALK_HEAD, "", opener]
            assert lines[-3] in _WALK_CLOSINGS and lines[-1] == _WALK_FOOTER
            # Paragraphs; numbers up to ten in words, figures above; phases in words.
            assert 2 <= len(body) <= 4, body
            assert all(lines[lines.index(x) - 1] == "" for x in body), body
            if 2 <= arms <= 10:
                assert f"{words(arms)} groups" in text
            elif arms > 10:
                assert f"{arms:,} groups" in text
            if 2 <= sites <= 10:
                assert f" {words(sites)} sites" in text
            elif sites > 10:
                assert f"{sites:,} sites" in text
            if t.enrollment and t.enrollment <= 10:
                assert words(t.enrollment) in text
            elif t.enrollment:
                assert f"{t.enrollment:,}" in text
            if lo_years and 1 <= int(lo.split()[0]) <= 10:  # type: ignore[union-attr]
                assert words(int(lo.split()[0])) in text, (lo, text)  # type: ignore[union-attr]
            assert not re.search(r"\bphase \d", low_own), own
            for p in t.phases:
                if p != Phase.NA:
                    assert re.search(r"\bphase (?:one|two|three|four)\b", low_own), own
        else:
            opener = f'Welcome. This line describes the study "{w_title(case)}".'
            assert lines[:4] == [*_PHONE_HEAD, "", opener]
            assert lines[-3] in _PHONE_CLOSINGS and lines[-1] == _PHONE_FOOTER
            # Options "Option 3. " and the like, present tense, no contractions; counts
            # in figures; ages "18 and older"; phases as listed.
            assert 3 <= len(body) <= 7, body
            assert all(x.startswith(PHONE_LABELS) for x in body), body
            assert all(lines[lines.index(x) - 1] == "" for x in body), body
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not re.search(r"\bphase (?:one|two|three|four)\b", low_own), own
            if len([p for p in t.phases if p != Phase.NA]) > 1:
                assert re.search(r"\bPhase \d/\d\b", text), text
            if arms >= 2:
                assert f"{arms:,} groups" in text, text
            if sites >= 2:
                assert f"sites: {sites:,}," in text or f"{sites:,} sites" in text, text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment:,}\b", text), text
            if lo_years and (t.maximum_age_years is None):
                assert re.search(
                    rf"\b{lo.split()[0]} (?:(?:year|month|week|day)s? )?and older\b", text
                ), text  # type: ignore[union-attr]


WORDINGS = FieldWordings(
    styles=HOLDOUT30_STYLES,
    sponsors=HOLDOUT30_SPONSORS,
    conditions=HOLDOUT30_CONDITIONS,
    status=STATUS30,
    types=TYPE30,
    incompatible=INCOMPATIBLE30,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=ADULTS_ONLY,
    children=r"young people",
    date_span=lambda style: r"(?:19|20)\d\d",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT30_STYLES, BANK_NAMES, HOLDOUT30_INSERTS, HOLDOUT30_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"magician", r"Olympic rower", r"coffee", r"88 percent", r"carrier pigeon",
            r"evening", r"dog", r"gardeners", r"theatre voucher"]  # fmt: skip
    assert len(keys) == len(HOLDOUT30_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT30_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS30, TYPE30, HOLDOUT30_STYLES)


def test_styles_are_new() -> None:
    """No style name was used by an earlier set."""
    earlier = set()
    for m in (v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20,
              v21, v22, v23, v24, v25, v26, v27, v28, v29):  # fmt: skip
        for name, value in vars(m).items():
            if name.startswith("HOLDOUT") and name.endswith("_STYLES"):
                earlier |= set(value)
    assert len(earlier) > 40
    assert not set(HOLDOUT30_STYLES) & earlier
    assert len(set(HOLDOUT30_STYLES)) == 3


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    marks = ("- ", "  – ", "• ", "✓ ", "▪ ", "Item: ", "◦ ", "› ", "→ ", "> ", "    - ",
             *BULLETS, *v21._BULLET.values(), *v22._BULLET.values(),
             *v23._BULLET.values(), *v24._BULLET.values(),
             *v25._BULLET.values(), *v26._BULLET.values(), *v27._BULLET.values(),
             *v28._BULLET.values(), *v29._BULLET.values())  # fmt: skip
    text = "\n".join(LABEL_OR_ITEM.sub("", x.removeprefix(v25._POSTER_SAYS)
                                       .removeprefix(v23._CARD_DASH))
                     for x in (LABEL_OR_ITEM.sub("", y) for y in text.split("\n"))
                     if not x.startswith(marks))  # fmt: skip
    text = text.replace("  in_words: ", "")
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^[qa]\. |^nurse: |^mum: |^host [ab]: |^you: |^sage: ", "", s)
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v30_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT30_INSERTS, HOLDOUT30_INJECTIONS, HOLDOUT30_UNKNOWN, HOLDOUT30_JARGON,
            HOLDOUT30_LONG, STATUS30, TYPE30, _PHASE_WHAT, CLOSINGS, _AUDIO_TRACKS,
            sorted(LAYOUT_LINES)]  # fmt: skip
    mine_said = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(mine_said) > 100
    modules = (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17,
               v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29)  # fmt: skip
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
        v28.build_holdout28_cases,
        v29.build_holdout29_cases,
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout30Perturber(case.trial, case.style).view.interventions:
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
        lambda t, style: Holdout30Perturber(t, style).faithful, HOLDOUT30_STYLES, AGE_CLAIM, BULLETS
    )
