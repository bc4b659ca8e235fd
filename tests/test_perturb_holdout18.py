"""The held-out v18 generator's own invariants (bench/perturb_holdout18.py).

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
from bench.perturb_holdout18 import (
    _CAT_MONTHS,
    _DIARY_CLOSINGS,
    _DIARY_CRITERIA,
    _DIARY_FOOTER,
    _DIARY_GREETING,
    _DIARY_TOP,
    _LIB_CRITERIA,
    _LIB_FOOTER,
    _LIB_FORMAT,
    _LIB_LABELS,
    _LIB_TOP,
    _MUM_ASIDES,
    _PHASE_WHAT,
    _PHONE_CLOSINGS,
    _PHONE_CRITERIA,
    _PHONE_FOOTER,
    _PHONE_LINE,
    _PHONE_TOP,
    HOLDOUT18_CONDITIONS,
    HOLDOUT18_DEVICES,
    HOLDOUT18_DRUGS,
    HOLDOUT18_INJECTIONS,
    HOLDOUT18_INSERTS,
    HOLDOUT18_JARGON,
    HOLDOUT18_LONG,
    HOLDOUT18_PROCEDURES,
    HOLDOUT18_SENTENCE_KINDS,
    HOLDOUT18_SPONSORS,
    HOLDOUT18_STYLES,
    HOLDOUT18_UNKNOWN,
    INCOMPATIBLE18,
    STATUS18,
    TYPE18,
    Holdout18Perturber,
    build_holdout18_cases,
    day_suffix,
    lower_condition,
    ordinal,
    sex_words,
)
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

# The record shapes the writer must handle (the same as v17's): interventional with
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
BANK_NAMES = HOLDOUT18_DRUGS + HOLDOUT18_PROCEDURES + HOLDOUT18_DEVICES
LIB, PHONE, DIARY = HOLDOUT18_STYLES
ASIDES = [a for bank in _MUM_ASIDES for a in bank]
LAYOUT_LINES = {_LIB_TOP, _LIB_FORMAT, _LIB_CRITERIA, _LIB_FOOTER, _PHONE_TOP,
                _PHONE_CRITERIA, *ASIDES, *_PHONE_CLOSINGS, _PHONE_FOOTER, _DIARY_TOP,
                _DIARY_GREETING, _DIARY_CRITERIA, *_DIARY_CLOSINGS,
                _DIARY_FOOTER}  # fmt: skip
HEAD_LINES = {LIB: 3, PHONE: 3, DIARY: 5}
BULLETS = ("  ‣ ", "  … ", "   * ")
LABEL_RE = re.compile("^(?:" + "|".join(re.escape(x) for x in _LIB_LABELS) + ") ")

SAMPLE = HeldOutSample(build_holdout18_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _unlabelled(text: str) -> str:
    """The text without the catalogue's field labels and the caller's "ME: " turns."""
    out = []
    for line in text.split("\n"):
        line = LABEL_RE.sub("", line)
        out.append(line[len(_PHONE_LINE) :] if line.startswith(_PHONE_LINE) else line)
    return "\n".join(out)


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", _unlabelled(text)) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("Enrolment achieved: 1,200 participants.") == [1200]
    assert numbers_in("It's for people aged eighteen to sixty-five years, Mum.") == [18, 65]
    assert numbers_in("two hundred and forty people and 1,600 more") == [1600, 240]
    assert numbers_in("It's phase one and two rolled together") == [1, 2]
    assert numbers_in("Began Mar. 2000.") == [2000]


def test_date_words() -> None:
    assert [ordinal(n) for n in (1, 12, 20, 21, 23, 30, 31)] == [
        "first", "twelfth", "twentieth", "twenty-first", "twenty-third", "thirtieth",
        "thirty-first"]  # fmt: skip
    assert [day_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
        "31st"]  # fmt: skip


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT18_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout18_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT18_SENTENCE_KINDS, HOLDOUT18_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    check_faithful_phrasing_varies_between_records(SAMPLE, HOLDOUT18_STYLES, _sentences_of)


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I'll|I've|me|my)\b")


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT18_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT18_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT18_UNKNOWN.values()])
    return said + HOLDOUT18_JARGON[i] + HOLDOUT18_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT18_INSERTS.items():
        assert len(banks) == len(HOLDOUT18_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT18_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT18_INJECTIONS}) == len(HOLDOUT18_INJECTIONS)
    for _, obeyed in HOLDOUT18_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT18_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT18_UNKNOWN.values(), HOLDOUT18_JARGON, HOLDOUT18_LONG):
        assert len(banks) == len(HOLDOUT18_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT18_INSERTS, HOLDOUT18_INJECTIONS, HOLDOUT18_UNKNOWN]):
        assert not stock.search(s), s
    # The catalogue is terse and impersonal: no contractions, no "Mum", no "I".
    for s in _voice(0):
        assert not CONTRACTION.search(s) and "Mum" not in s and not FIRST_PERSON.search(s), s
    # The caller talks to her mother: most of her lines name her.
    phone = _voice(1)
    assert sum("Mum" in s for s in phone) >= 0.75 * len(phone)
    # The diarist never talks to Mum, and writes in the first person a good part of the time.
    diary = _voice(2)
    assert not any("Mum" in s for s in diary)
    assert sum(bool(FIRST_PERSON.search(s)) for s in diary) >= 0.3 * len(diary)


def test_claims_and_warnings_carry_no_number() -> None:
    check_claims_and_warnings_carry_no_number(HOLDOUT18_INSERTS, HOLDOUT18_JARGON, HOLDOUT18_LONG)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT18_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _layout(text: str) -> list[str]:
    """The layout's own lines, which no error changes."""
    return [x for x in text.split("\n") if x.strip() in LAYOUT_LINES or x in LAYOUT_LINES]


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    check_error_span_is_the_only_change(
        SAMPLE,
        _inserted,
        _layout,
        LAYOUT_LINES,
        HEAD_LINES,
        lambda said: any(x in said for x in _LIB_LABELS),
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, heading lines, title, greeting, the mother's replies, the
    closing or the footer; the catalogue keeps a new sentence in a labelled field and the
    caller in her own turn; and sentences land inside lines too, not only at their ends."""
    mid = {style: 0 for style in HOLDOUT18_STYLES}
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(BULLETS) and not line.endswith(":"), line
        assert line.strip() not in LAYOUT_LINES and line not in LAYOUT_LINES, line
        assert line not in lines[: HEAD_LINES[case.style]], line
        assert case.text.endswith("\n\n" + lines[-2] + "\n"), line  # the footer untouched
        if case.style in (PHONE, DIARY):
            assert case.text.endswith("\n".join(["", lines[-4], "", lines[-2], ""]))
            assert lines[-4] in (_PHONE_CLOSINGS + _DIARY_CLOSINGS)
        if case.style == LIB:
            assert LABEL_RE.match(line), line
        if case.style == PHONE:
            assert line.startswith(_PHONE_LINE), line
            # Never between the halves of a status that repeats itself.
            for w in (s[1] for s in STATUS18.values()):
                if w in faithful_of(case):
                    assert w in case.text, (w, line)
        b = case.span[1]  # type: ignore[index]
        if b < len(case.text) and case.text[b] == " ":
            mid[case.style] += 1
    assert all(n > 50 for n in mid.values()), mid


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


W = r"[\w,-]+"
PLANNED = re.compile(rf"planned enrolment: {W} participants|hoping to get {W} people in|"
                     rf"aiming to recruit {W} people")  # fmt: skip
TOOK_PART = re.compile(rf"enrolment achieved: {W} participants|in the end {W} people took "
                       rf"part|in total {W} people ended up taking part")  # fmt: skip
NEUTRAL = re.compile(rf"enrolment figure given: {W}|gives the number {W} for how many|"
                     rf"gives {W} as the enrolment number")  # fmt: skip
NO_UPPER = re.compile(r"no upper age limit|no top age limit|no maximum age", re.I)
POSTED = re.compile(r"(?<!no )results posted in the register|put results up on the listing|"
                    r"are results posted on the listing")  # fmt: skip
NOT_POSTED = re.compile(r"no results posted in the register|aren't any results up|"
                        r"no results have been posted")  # fmt: skip
RANDOM = re.compile(r"(?<!non-)randomised allocation|land in is down to chance|"
                    r"is decided at random")  # fmt: skip
NOT_RANDOM = re.compile(r"non-randomised allocation|aren't picked by chance|"
                        r"isn't random which group")  # fmt: skip
AGE_CLAIM = re.compile(r"adults only|grown-ups only|children also eligible|"
                       r"children can join as well|children can take part too", re.I)  # fmt: skip
PAST_START = re.compile(r"began \(actual\)|got it started (?:in|on)\b|got under way (?:in|on)\b")
PAST_END = re.compile(r"[.:] ended (?:\d|[a-z])|wound up (?:in|on)\b|came to a close (?:in|on)\b")
PLANNED_START = re.compile(r"start planned|meant to be starting|due to start")
PHASE_NA = re.compile(r"phase designation not applicable|no phase for this kind|phases don't apply")
ONLY_ONE_SEX = re.compile(r"\b(?:restricted to|only for) (?:(?:wo)?men|girls|boys)\b|"
                          r"\btakes (?:(?:wo)?men|girls|boys) only\b", re.I)  # fmt: skip
NO_PLACEBO = re.compile(r"no placebo arm|placebo: not used|nobody gets a placebo|"
                        r"isn't a placebo group|nobody is given a placebo|"
                        r"isn't any placebo group", re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout18Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(BULLETS))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout18Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT18_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS18:
            assert STATUS18[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS18.items() if k != t.overall_status)
        if t.study_type in TYPE18:
            assert TYPE18[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE18.items() if k != t.study_type)
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
            assert found and who in found[0].lower().split(), (who, text)
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
        for x in BANK_NAMES + HOLDOUT18_SPONSORS + HOLDOUT18_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b|"
                             r"\bworks\b|effective|\bpaid\b|\bfree\b|\bhelps? (?:you|people)\b|"
                             r"\bbenefits? (?:you|people)\b|\bwill (?:help|improve)\b|"
                             r"\bpayment\b|\bapproved by\b|\bcovered\b|\bpay\b|\bhope(?:s|ful)? "
                             r"(?:it|this) (?:will|works)", own)  # fmt: skip


def test_faithful_texts_bring_no_number_of_their_own() -> None:
    """Bar the record's numbers (in figures or words), its title, criteria and names, a
    faithful text says no number: the layout's asides and closings carry none."""
    for case in cases():
        if case.kind != "faithful":
            continue
        known = record_numbers(record_text(case.trial))
        own = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
        # A day said as an ordinal ("the twenty-fourth of August") is the record's date.
        own = re.sub(r"\bthe [a-z-]+ of (?=[A-Z])", "the day of ", own)
        for n in numbers_in(own):
            # The phases and years are the record's own; counts of places and groups too.
            assert n in known or n in {1, 2, 3, 4} or 1900 <= n <= 2100, (n, case.style, own)


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def test_dates_take_each_styles_form() -> None:
    """The catalogue writes "5 Mar. 2021" and "Mar. 2021"; the caller says "the twelfth of
    March, 2021" and "March 2021"; the diarist writes "5th March 2021" and "March 2021"."""
    with_day = {style: 0 for style in HOLDOUT18_STYLES}
    for case in cases():
        if case.kind != "faithful":
            continue
        t = case.trial
        for iso in (d for d in (t.completion_date or t.primary_completion_date, t.start_date)
                    if d and len(d) >= 7):  # fmt: skip
            m = int(iso[5:7])
            month, year = MONTHS[m - 1], iso[:4]
            day = int(iso[8:10]) if len(iso) >= 10 else 0
            if case.style == LIB:
                said = f"{day} {_CAT_MONTHS[m - 1]} {year}" if day else (
                    f"{_CAT_MONTHS[m - 1]} {year}")  # fmt: skip
            elif not day:
                said = f"{month} {year}"
            elif case.style == PHONE:
                said = f"the {ordinal(day)} of {month}, {year}"
            else:
                said = f"{day_suffix(day)} {month} {year}"
            with_day[case.style] += bool(day)
            assert said in case.text, (said, case.text)
        if case.style == LIB:
            own = _own_text(case)
            assert not re.search(r"\b(?:January|February|March|April|August|September|"
                                 r"October|November|December)\b", own), own  # fmt: skip
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
                 r"people|participants)\b")  # fmt: skip


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
        if case.style == LIB:
            assert lines[:3] == [_LIB_TOP, _LIB_FORMAT, f"Title: {w_title(case)}"]
            assert lines[-1] == _LIB_FOOTER
            # Labelled fields, one a line, no blank line until the footer; figures only.
            assert "" not in lines[:-2]
            labels = [LABEL_RE.match(x)[0].strip() for x in body]  # type: ignore[index]
            assert labels == [x for x in _LIB_LABELS if x in labels], labels
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not CONTRACTION.search(own) and "Mum" not in own, own
            assert not re.search(r"\b(?:I|me|my|you|your|we)\b", own), own
            if arms >= 2:
                assert f"{arms} groups (arms)." in text
        elif case.style == PHONE:
            opener = (
                "ME: Hiya Mum, it's me. I've got that study up on the computer, the "
                f'study called "{w_title(case)}".'
            )
            assert lines[:3] == [_PHONE_TOP, "", opener]
            assert lines[-3] in _PHONE_CLOSINGS and lines[-1] == _PHONE_FOOTER
            # Turns apart; every fact line is the caller's; she names her mother often.
            assert all(lines[j - 1] == "" for j in range(head, len(lines)) if lines[j] in body)
            assert all(x.startswith(_PHONE_LINE) for x in body), body
            assert sum("Mum" in x for x in body) >= len(body) - 1
            assert 1 <= sum(x in ASIDES for x in lines) <= 2
            if 2 <= arms <= 20:
                assert f"There are {words(arms)} groups" in text
            if t.location_count and 2 <= t.location_count <= 20 and t.countries:
                assert f"at {words(t.location_count)} places" in text
        else:
            opener = f'Found a study listing online today called "{w_title(case)}".'
            assert lines[:5] == [_DIARY_TOP, "", _DIARY_GREETING, "", opener]
            assert lines[-3] in _DIARY_CLOSINGS and lines[-1] == _DIARY_FOOTER
            assert all(lines[j - 1] == "" for j in range(head, len(lines)) if lines[j] in body)
            assert "Mum" not in text
            if 2 <= arms <= 9:
                assert f"There are {words(arms)} groups" in text
            elif arms >= 10:
                assert f"There are {arms} groups" in text


WORDINGS = FieldWordings(
    styles=HOLDOUT18_STYLES,
    sponsors=HOLDOUT18_SPONSORS,
    conditions=HOLDOUT18_CONDITIONS,
    status=STATUS18,
    types=TYPE18,
    incompatible=INCOMPATIBLE18,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=r"adults only|grown-ups only",
    children=r"children",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT18_STYLES, BANK_NAMES, HOLDOUT18_INSERTS, HOLDOUT18_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"bicycle", r"canad", r"alcohol", r"87 percent", r"blood", r"holiday",
            r"parking", r"pregnan", r"prescriptions"]  # fmt: skip
    assert len(keys) == len(HOLDOUT18_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT18_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS18, TYPE18, HOLDOUT18_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    marks = ("- ", "  – ", "• ", "✓ ", "▪ ", "Item: ", "◦ ", "› ", "→ ", "> ", "    - ",
             *BULLETS)  # fmt: skip
    text = "\n".join(x for x in text.split("\n") if not x.startswith(marks))
    text = _unlabelled(text.replace("  in_words: ", ""))
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^nurse: |^mum: ", "", s)
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v18_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT18_INSERTS, HOLDOUT18_INJECTIONS, HOLDOUT18_UNKNOWN, HOLDOUT18_JARGON,
            HOLDOUT18_LONG, STATUS18, TYPE18, _PHASE_WHAT, _PHONE_CLOSINGS, _DIARY_CLOSINGS,
            _MUM_ASIDES]  # fmt: skip
    v18 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v18) > 100
    modules = (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17)
    earlier = set().union(
        *(_sentences(s) for m in modules for s in bank_sentences(m, ("HOLDOUT", "STATUS",
                                                                     "TYPE", "_")))
    )  # fmt: skip
    assert len(earlier) > 400
    assert not v18 & earlier, v18 & earlier
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
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout18Perturber(case.trial, case.style).view.interventions:
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
        lambda t, style: Holdout18Perturber(t, style).faithful, HOLDOUT18_STYLES, AGE_CLAIM, BULLETS
    )
