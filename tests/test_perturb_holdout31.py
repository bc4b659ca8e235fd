"""The held-out v31 generator's own invariants (bench/perturb_holdout31.py).

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
import bench.perturb_holdout30 as v30
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
from bench.perturb_holdout31 import (
    _BOWL_CLOSINGS,
    _BOWL_CRITERIA,
    _BOWL_FOOTER,
    _BOWL_HEAD,
    _BRAILLE_CLOSINGS,
    _BRAILLE_CRITERIA,
    _BRAILLE_FOOTER,
    _BRAILLE_HEAD,
    _BRAILLE_LABELS,
    _BULLET,
    _PHASE_WHAT,
    _SKY_CLOSINGS,
    _SKY_CRITERIA,
    _SKY_CUES,
    _SKY_FOOTER,
    _SKY_HEAD,
    HOLDOUT31_CONDITIONS,
    HOLDOUT31_DEVICES,
    HOLDOUT31_DRUGS,
    HOLDOUT31_INJECTIONS,
    HOLDOUT31_INSERTS,
    HOLDOUT31_JARGON,
    HOLDOUT31_LONG,
    HOLDOUT31_PROCEDURES,
    HOLDOUT31_SENTENCE_KINDS,
    HOLDOUT31_SPONSORS,
    HOLDOUT31_STYLES,
    HOLDOUT31_UNKNOWN,
    INCOMPATIBLE31,
    STATUS31,
    TYPE31,
    Holdout31Perturber,
    build_holdout31_cases,
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
BANK_NAMES = HOLDOUT31_DRUGS + HOLDOUT31_PROCEDURES + HOLDOUT31_DEVICES
BOWL, BRAILLE, SKY = HOLDOUT31_STYLES
CLOSINGS = [*_BOWL_CLOSINGS, *_BRAILLE_CLOSINGS, *_SKY_CLOSINGS]
LAYOUT_LINES = {x for x in (*_SKY_HEAD, _SKY_CRITERIA, _SKY_FOOTER, *_SKY_CUES,
                            *_BOWL_HEAD, _BOWL_CRITERIA, _BOWL_FOOTER, *_BRAILLE_HEAD,
                            _BRAILLE_CRITERIA, _BRAILLE_FOOTER, *CLOSINGS) if x}  # fmt: skip
HEAD_LINES = {SKY: 4, BOWL: 4, BRAILLE: 4}
BULLETS = tuple(_BULLET.values())
BRAILLE_LABELS = tuple(dict.fromkeys(_BRAILLE_LABELS))
LABEL_OR_ITEM = re.compile(r"^(?:[A-Z][A-Z ·]+ — |Item \d+\. |[A-Z][\w' ]+ ▹ |[A-Z]+ ▸ |A\. |"
                           r"• (?:Noted|Agreed|Action): |Option \d\. |Line \d: )")  # fmt: skip
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
        r"December)"  # fmt: skip
SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
BOWL_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th) {MONTH} (?:19|20)\d\d\b")
BRAILLE_DATE = re.compile(rf"\b\d{{1,2}} {SHORT_MONTH} (?:19|20)\d\d\b")
SKY_DATE = re.compile(rf"\b{MONTH} \d{{1,2}}(?:st|nd|rd|th), (?:19|20)\d\d\b")
LINE_KEY = re.compile(r"^Line \d: ")
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d(?:-\d\d)?\b")

SAMPLE = HeldOutSample(build_holdout31_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("The final tally was 1,200 volunteers.") == [1200]
    assert numbers_in("Actual enrolment: 1200 volunteers.") == [1200]
    assert numbers_in("You could take part if you are aged eight to 65 years.") == [65, 8]
    assert numbers_in("The design has ten groups.") == [10]
    assert numbers_in("Phase as printed: Phase 1/Phase 2.") == [1, 2]
    assert numbers_in("It joins phase two with phase three.") == [2, 3]
    assert numbers_in("It got going on 5th March 2000.") == [5, 2000]
    assert numbers_in("Started: 5 Mar 2000.") == [5, 2000]
    assert numbers_in("Its launch came on March 5th, 2000.") == [5, 2000]


def test_dates_in_each_style() -> None:
    w = Holdout31Perturber(trials()[0], BOWL).writer
    assert w.when("2021-03-05") == ("5th March 2021", "on 5th March 2021")
    assert w.when("2021-03-22")[0] == "22nd March 2021"
    assert w.when("2021-03") == ("March 2021", "in March 2021")
    w = Holdout31Perturber(trials()[0], BRAILLE).writer
    assert w.when("2021-03-05") == ("5 Mar 2021", "on 5 Mar 2021")
    assert w.when("2021-09") == ("Sep 2021", "in Sep 2021")
    w = Holdout31Perturber(trials()[0], SKY).writer
    assert w.when("2021-03-05") == ("March 5th, 2021", "on March 5th, 2021")
    assert w.when("2021-03-22")[0] == "March 22nd, 2021"
    assert w.when("2021") == ("2021", "in 2021")


def test_line_prefix() -> None:
    assert line_prefix(BRAILLE, "Line 2: Group count in print: 2.") == len("Line 2: ")
    assert line_prefix(BRAILLE, "Line 7: ClinicalTrials.gov number: X.") == len("Line 7: ")
    assert line_prefix(BRAILLE, "[Transcriber: listing may have changed.]") == 0
    assert line_prefix(SKY, "Line 2: Group count in print: 2.") == 0
    assert line_prefix(SKY, "CUE — CONSTELLATION LINES ARE DRAWN") == 0
    assert line_prefix(BOWL, "There are 13 sites, over in Spain.") == 0


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT31_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout31_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT31_SENTENCE_KINDS, HOLDOUT31_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    check_faithful_phrasing_varies_between_records(SAMPLE, HOLDOUT31_STYLES, _sentences_of)


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I'll|I've|me|my)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your|you'd|you're|you've)\b", re.I)
TEXTSPEAK = re.compile(r"\b(?:u|ur|u'd|ppl|approx|info)\b|&|\s=\s", re.I)
WE = re.compile(r"\b(?:we|we're|we've|we'd|us|our)\b", re.I)
BOWL_PEOPLE = re.compile(r"\b(?:members?|bowlers?|league|volunteers?|team|"
                         r"secretary)\b", re.I)  # fmt: skip


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT31_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT31_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT31_UNKNOWN.values()])
    return said + HOLDOUT31_JARGON[i] + HOLDOUT31_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT31_INSERTS.items():
        assert len(banks) == len(HOLDOUT31_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT31_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT31_INJECTIONS}) == len(HOLDOUT31_INJECTIONS)
    for _, obeyed in HOLDOUT31_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT31_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT31_UNKNOWN.values(), HOLDOUT31_JARGON, HOLDOUT31_LONG):
        assert len(banks) == len(HOLDOUT31_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT31_INSERTS, HOLDOUT31_INJECTIONS, HOLDOUT31_UNKNOWN]):
        assert not stock.search(s), s
    # The newsletter corner speaks of members, bowlers, volunteers and the team, and may
    # use a contraction; the transcriber's notes are terse, never exclaim and mostly do
    # without "you"; the planetarium narrator talks to the audience. None uses "I" or
    # "we", nor textspeak; only the newsletter uses contractions.
    for i, style in enumerate(HOLDOUT31_STYLES):
        said = _voice(i)
        for s in said:
            if s not in HOLDOUT31_INSERTS["claim.contact"][i]:
                assert not TEXTSPEAK.search(s), s
            assert not WE.search(s) and not FIRST_PERSON.search(s), s
            if style != BOWL:
                assert not CONTRACTION.search(s), s
        if style == SKY:
            assert sum(bool(SECOND_PERSON.search(s)) for s in said) > len(said) * 0.3
        elif style == BOWL:
            assert sum(bool(BOWL_PEOPLE.search(s)) for s in said) > len(said) * 0.6
            assert not any(SECOND_PERSON.search(s) for s in said), style
        else:
            short = [s for s in said if s not in HOLDOUT31_LONG[i]]
            assert not any("!" in s for s in said), style
            assert sum(len(s.split()) <= 9 for s in short) > len(short) * 0.8
            assert sum(bool(SECOND_PERSON.search(s)) for s in short) < len(short) * 0.1


def test_claims_and_warnings_carry_no_number() -> None:
    check_claims_and_warnings_carry_no_number(HOLDOUT31_INSERTS, HOLDOUT31_JARGON, HOLDOUT31_LONG)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT31_SENTENCE_KINDS or (
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
        or said.strip() in _SKY_CUES
        or said.startswith(BRAILLE_LABELS)
        or bool(re.search(r"\bLine \d: ", said))
    )


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    check_error_span_is_the_only_change(
        SAMPLE, _inserted, _layout, LAYOUT_LINES, HEAD_LINES, _holds_label
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, projection cues, title, opener, the closing or the footer;
    the show's parts, the corner's paragraphs and the notes' numbered lines keep a new
    sentence inside themselves; and sentences land inside lines too, not only at their
    ends."""
    mid = {style: 0 for style in HOLDOUT31_STYLES}
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
        tagged = case.style == BRAILLE
        assert (prefix > 0) == tagged, line
        if case.style == SKY:
            now = case.text.split("\n")
            assert now[now.index(line) - 1] in _SKY_CUES, line
        assert case.span[0] >= case.text.index(line) + prefix  # type: ignore[index]
        assert case.text.count("\n") == faithful_of(case).count("\n"), line
        # Never inside a status or study-type wording.
        i = HOLDOUT31_STYLES.index(case.style)
        for w in [s[i] for s in STATUS31.values()] + [s[i] for s in TYPE31.values()]:
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
PLANNED = re.compile(rf"aiming to sign up {W} volunteers|team's target is {W} volunteers|target "
                     rf"enrolment: {W} volunteers|hopes to gather {W} volunteers|plan is a "
                     rf"constellation of {W} volunteers")  # fmt: skip
TOOK_PART = re.compile(rf"final tally was {W} volunteers|all told, {W} volunteers (?:signed "
                       rf"up|came aboard)|actual enrolment: \d+ volunteers|in the end, a "
                       rf"constellation of {W} volunteers took part")  # fmt: skip
NEUTRAL = re.compile(rf"head count reads {W}\.|head count given: {W}\.|shows a head count of "
                     rf"{W}\.")  # fmt: skip
NO_UPPER = re.compile(r"no upper age limit", re.I)
POSTED = re.compile(r"results are already up on the listing|has results up already|"
                    r"results in print: posted on|results have already been posted|"
                    r"already shows posted results")  # fmt: skip
NOT_POSTED = re.compile(r"results aren't up on the listing|has no results up yet|"
                        r"results in print: none posted|no results have reached the listing|"
                        r"shows no posted results")  # fmt: skip
RANDOM = re.compile(r"(?<!not )picked by a random draw|allocation: random|chance decides")
NOT_RANDOM = re.compile(r"not picked by a random draw|allocation: not random|chance does not "
                        r"decide")  # fmt: skip
ADULTS_ONLY = r"\badults only\b"
AGE_CLAIM = re.compile(ADULTS_ONLY + r"|younger people", re.I)
PAST_START = re.compile(r"got rolling (?:in|on)\b|kick-off came|start date, marked actual|"
                        r"lifted off (?:in|on)\b|launch came")  # fmt: skip
PAST_END = re.compile(r"wrapped things up (?:in|on)\b|last ball was bowled|end date, marked "
                      r"actual|touched down (?:in|on)\b|landing came")  # fmt: skip
PLANNED_START = re.compile(r"kick-off is pencilled in|set to get going|start date, marked "
                           r"planned|launch is planned|set to lift off")  # fmt: skip
PHASE_NA = re.compile(r"trial phases don't come into it|phase: not applicable|do not apply "
                      r"to this kind of study")  # fmt: skip
ONE_SEX = r"(?:(?:wo)?men|girls|boys)"
ONLY_ONE_SEX = re.compile(rf"\bonly (?:open to )?{ONE_SEX}\b", re.I)
NO_PLACEBO = re.compile(r"nobody in the study gets a placebo|no placebo group|placebo: none|"
                        r"nobody is given a placebo", re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout31Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(LINE_KEY.sub("", x) for x in text.split("\n")
                     if not x.startswith(BULLETS) and x not in LAYOUT_LINES)  # fmt: skip
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout31Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT31_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS31:
            assert STATUS31[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS31.items() if k != t.overall_status)
        if t.study_type in TYPE31:
            assert TYPE31[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE31.items() if k != t.study_type)
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
        for x in BANK_NAMES + HOLDOUT31_SPONSORS + HOLDOUT31_CONDITIONS:
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
        own = SKY_DATE.sub("", own)  # the show's dates are the record's own
        own = BOWL_DATE.sub("", own)  # and so are the corner's
        own = BRAILLE_DATE.sub("", own)  # and the notes'
        own = re.sub(r"\bLine \d: ", "", own)  # the notes' line markers are layout
        for n in numbers_in(own):
            # The phases and years are the record's own; counts of places and groups too.
            assert n in known or n in {1, 2, 3, 4} or 1900 <= n <= 2100, (n, case.style, own)


def test_cues_and_lines_come_in_order() -> None:
    """The show's projection cues come in order, each followed by its part's narration;
    the notes' numbered lines keep their order, line 7 last."""
    for case in cases():
        lines = case.text.split("\n")
        if case.style == SKY:
            shown = [x for x in lines if x in _SKY_CUES]
            assert shown == [x for x in _SKY_CUES if x in shown] and len(shown) >= 3
            for h in shown:
                after = lines[lines.index(h) + 1]
                assert after.strip() and after not in LAYOUT_LINES, case.text
        elif case.style == BRAILLE:
            keys = [x[: len("Line 1: ")] for x in lines if x.startswith(BRAILLE_LABELS)]
            assert keys and keys == [k for k in _BRAILLE_LABELS if k in keys], keys
            assert len(set(keys)) == len(keys), keys


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def test_dates_take_each_styles_form() -> None:
    """The corner prints "5th March 2021", the notes "5 Mar 2021" and the show "March 5th,
    2021"; without a day, "March 2021" (the notes "Mar 2021"). Never an all-figure date
    such as "05/03/2021", nor an ISO one."""
    with_day = {style: 0 for style in HOLDOUT31_STYLES}
    for case in cases():
        if case.kind != "faithful":
            continue
        t = case.trial
        for iso in (d for d in (t.completion_date or t.primary_completion_date, t.start_date)
                    if d and len(d) >= 7):  # fmt: skip
            m = int(iso[5:7])
            month, year = MONTHS[m - 1], iso[:4]
            if case.style == BRAILLE:
                month = month[:3]
            day = int(iso[8:10]) if len(iso) >= 10 else 0
            if not day:
                said = f"{month} {year}"
            elif case.style == BOWL:
                said = f"{day_suffix(day)} {month} {year}"
            elif case.style == BRAILLE:
                said = f"{day} {month} {year}"
            else:
                said = f"{month} {day_suffix(day)}, {year}"
            with_day[case.style] += bool(day)
            assert said in case.text, (said, case.text)
        own = _own_text(case)
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", own), own
        assert not ISO_DATE.search(own), own
        if case.style == BOWL:
            assert not BRAILLE_DATE.search(own) and not SKY_DATE.search(own), own
            short = SHORT_MONTH.replace("|May", "")
            assert not re.search(rf"\b{short} (?:19|20)\d\d", own), own
        elif case.style == BRAILLE:
            assert not BOWL_DATE.search(own) and not SKY_DATE.search(own), own
            assert not re.search(rf"\b{MONTH} (?:19|20)\d\d", own.replace("May", "")), own
        else:
            assert not BOWL_DATE.search(own) and not BRAILLE_DATE.search(own), own
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
        lo = t.minimum_age
        lo_years = lo and t.minimum_age_years and lo.split()[0].isdigit()
        low_own = own.lower()
        assert not re.search(r"\bphase (?:i|ii|iii|iv)\b", low_own), own  # never Roman
        if case.style == SKY:
            opener = f'NARRATOR: Welcome under the dome. Tonight: "{w_title(case)}".'
            assert lines[:4] == [*_SKY_HEAD, "", opener]
            assert lines[-3] in _SKY_CLOSINGS and lines[-1] == _SKY_FOOTER
            # A projection cue above each part; numbers up to ten in words, figures with
            # thousands commas above; phases in words; no contractions.
            assert not CONTRACTION.search(own), own
            for x in body:
                assert lines[lines.index(x) - 1] in _SKY_CUES, x
            assert 3 <= len(body) <= 6, body
            assert not re.search(r"\bphase \d", low_own), own
            for p in t.phases:
                if p != Phase.NA:
                    assert re.search(r"\bphase (?:one|two|three|four)\b", low_own), own
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
        elif case.style == BOWL:
            opener = f'This time round, the corner looks at a study called "{w_title(case)}".'
            assert lines[:4] == [*_BOWL_HEAD, "", opener]
            assert lines[-3] in _BOWL_CLOSINGS and lines[-1] == _BOWL_FOOTER
            # Paragraphs; figures with thousands commas; "phase 2"; contractions allowed.
            assert 2 <= len(body) <= 4, body
            assert all(lines[lines.index(x) - 1] == "" for x in body), body
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not re.search(r"\bphase (?:one|two|three|four)\b", low_own), own
            if arms >= 2:
                assert f"{arms:,} groups" in text, text
            if sites >= 2:
                assert f"{sites:,} sites" in text, text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment:,}\b", text), text
        else:
            opener = f'Title as printed: "{w_title(case)}".'
            assert lines[:4] == [*_BRAILLE_HEAD, "", opener]
            assert lines[-3] in _BRAILLE_CLOSINGS and lines[-1] == _BRAILLE_FOOTER
            assert lines[-3].startswith("[Transcriber: ") and lines[-3].endswith("]")
            # Numbered lines "Line 3: ", terse, no contractions; bare figures; phases as
            # printed ("Phase 2/Phase 3").
            assert not CONTRACTION.search(own), own
            assert 3 <= len(body) <= 7, body
            assert all(x.startswith(BRAILLE_LABELS) for x in body), body
            assert all(lines[lines.index(x) - 1] == "" for x in body), body
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not SECOND_PERSON.search(own), own
            assert not re.search(r"\bphase (?:one|two|three|four)\b", low_own), own
            if len([p for p in t.phases if p != Phase.NA]) > 1:
                assert re.search(r"\bPhase \d/Phase \d\b", text), text
            if arms >= 2:
                assert f"in print: {arms}." in text, text
            if sites >= 2:
                assert f"Site count in print: {sites}, spread" in text, text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment}\b", text), text
            assert not re.search(r"\b\d{1,3},\d{3}\b", own), own  # never a thousands comma
            if lo_years and (t.maximum_age_years is None):
                assert re.search(
                    rf"\b{lo.split()[0]} (?:(?:year|month|week|day)s? )?and up\b", text
                ), text  # type: ignore[union-attr]


WORDINGS = FieldWordings(
    styles=HOLDOUT31_STYLES,
    sponsors=HOLDOUT31_SPONSORS,
    conditions=HOLDOUT31_CONDITIONS,
    status=STATUS31,
    types=TYPE31,
    incompatible=INCOMPATIBLE31,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=ADULTS_ONLY,
    children=r"younger people",
    date_span=lambda style: r"(?:19|20)\d\d",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT31_STYLES, BANK_NAMES, HOLDOUT31_INSERTS, HOLDOUT31_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"brass band", r"astronaut", r"chocolate", r"97 percent", r"town crier",
            r"sunday morning", r"\bcat\b", r"amateur astronomer", r"cinema ticket"]  # fmt: skip
    assert len(keys) == len(HOLDOUT31_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT31_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS31, TYPE31, HOLDOUT31_STYLES)


def test_styles_are_new() -> None:
    """No style name was used by an earlier set."""
    earlier = set()
    for m in (v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20,
              v21, v22, v23, v24, v25, v26, v27, v28, v29, v30):  # fmt: skip
        for name, value in vars(m).items():
            if name.startswith("HOLDOUT") and name.endswith("_STYLES"):
                earlier |= set(value)
    assert len(earlier) > 40
    assert not set(HOLDOUT31_STYLES) & earlier
    assert len(set(HOLDOUT31_STYLES)) == 3


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    marks = ("- ", "  – ", "• ", "✓ ", "▪ ", "Item: ", "◦ ", "› ", "→ ", "> ", "    - ",
             *BULLETS, *v21._BULLET.values(), *v22._BULLET.values(),
             *v23._BULLET.values(), *v24._BULLET.values(),
             *v25._BULLET.values(), *v26._BULLET.values(), *v27._BULLET.values(),
             *v28._BULLET.values(), *v29._BULLET.values(), *v30._BULLET.values())  # fmt: skip
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


def test_no_v31_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT31_INSERTS, HOLDOUT31_INJECTIONS, HOLDOUT31_UNKNOWN, HOLDOUT31_JARGON,
            HOLDOUT31_LONG, STATUS31, TYPE31, _PHASE_WHAT, CLOSINGS, _SKY_CUES,
            sorted(LAYOUT_LINES)]  # fmt: skip
    mine_said = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(mine_said) > 100
    modules = (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17,
               v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30)  # fmt: skip
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
        v30.build_holdout30_cases,
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout31Perturber(case.trial, case.style).view.interventions:
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
        lambda t, style: Holdout31Perturber(t, style).faithful, HOLDOUT31_STYLES, AGE_CLAIM, BULLETS
    )
