"""The held-out v20 generator's own invariants (bench/perturb_holdout20.py).

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
from bench.perturb_holdout20 import (
    _BULLET,
    _FAQ_CLOSINGS,
    _FAQ_CRITERIA,
    _FAQ_FOOTER,
    _FAQ_HEAD,
    _FAQ_QUESTIONS,
    _LEAF_CLOSINGS,
    _LEAF_CRITERIA,
    _LEAF_FOOTER,
    _LEAF_HEAD,
    _LEAF_HEADINGS,
    _PHASE_WHAT,
    _POD_CLOSINGS,
    _POD_CRITERIA,
    _POD_FOOTER,
    _POD_HEAD,
    _POD_LEADS,
    HOLDOUT20_CONDITIONS,
    HOLDOUT20_DEVICES,
    HOLDOUT20_DRUGS,
    HOLDOUT20_INJECTIONS,
    HOLDOUT20_INSERTS,
    HOLDOUT20_JARGON,
    HOLDOUT20_LONG,
    HOLDOUT20_PROCEDURES,
    HOLDOUT20_SENTENCE_KINDS,
    HOLDOUT20_SPONSORS,
    HOLDOUT20_STYLES,
    HOLDOUT20_UNKNOWN,
    INCOMPATIBLE20,
    STATUS20,
    TYPE20,
    Holdout20Perturber,
    build_holdout20_cases,
    day_suffix,
    lower_condition,
    ordinal_words,
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

# The record shapes the writer must handle (the same as v17's and v19's): interventional with
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
BANK_NAMES = HOLDOUT20_DRUGS + HOLDOUT20_PROCEDURES + HOLDOUT20_DEVICES
PODCAST, LEAFLET, FAQ = HOLDOUT20_STYLES
CLOSINGS = [*_POD_CLOSINGS, *_LEAF_CLOSINGS, *_FAQ_CLOSINGS]
LAYOUT_LINES = {*_POD_HEAD, *_POD_CRITERIA.values(), _POD_FOOTER, *_LEAF_HEAD, _LEAF_CRITERIA,
                *_LEAF_HEADINGS, _LEAF_FOOTER, *_FAQ_HEAD, _FAQ_CRITERIA, *_FAQ_QUESTIONS,
                _FAQ_FOOTER, *CLOSINGS}  # fmt: skip
HEAD_LINES = {PODCAST: 4, LEAFLET: 3, FAQ: 4}
BULLETS = tuple(_BULLET.values())
# A host's name, a newsletter's "A:" and a podcast turn's opening word, which are layout.
LABEL_RE = re.compile(r"^(?:HOST [AB]: (?:" + "|".join(re.escape(x) for x in _POD_LEADS)
                      + r") |A: )")  # fmt: skip

SAMPLE = HeldOutSample(build_holdout20_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _unlabelled(text: str) -> str:
    """The text without the hosts' names, their turns' openers and the answers' "A:"."""
    return "\n".join(LABEL_RE.sub("", line) for line in text.split("\n"))


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", _unlabelled(text)) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("In total, 1,200 volunteers took part.") == [1200]
    assert numbers_in("Age-wise it's eighteen to sixty-five years.") == [18, 65]
    assert numbers_in("They ended up with three hundred and twelve people in it.") == [312]
    assert numbers_in("They're aiming for one thousand two hundred people.") == [1200]
    assert numbers_in("It's a combined phase one and phase two study.") == [1, 2]
    assert numbers_in("The study began in Mar 2000.") == [2000]


def test_date_words() -> None:
    assert [day_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
        "31st"]  # fmt: skip
    assert [ordinal_words(n) for n in (1, 5, 12, 20, 21, 23, 30, 31)] == [
        "first", "fifth", "twelfth", "twentieth", "twenty-first", "twenty-third", "thirtieth",
        "thirty-first"]  # fmt: skip


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT20_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout20_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT20_SENTENCE_KINDS, HOLDOUT20_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    check_faithful_phrasing_varies_between_records(SAMPLE, HOLDOUT20_STYLES, _sentences_of)


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I'll|I've|me|my)\b")


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT20_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT20_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT20_UNKNOWN.values()])
    return said + HOLDOUT20_JARGON[i] + HOLDOUT20_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT20_INSERTS.items():
        assert len(banks) == len(HOLDOUT20_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT20_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT20_INJECTIONS}) == len(HOLDOUT20_INJECTIONS)
    for _, obeyed in HOLDOUT20_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT20_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT20_UNKNOWN.values(), HOLDOUT20_JARGON, HOLDOUT20_LONG):
        assert len(banks) == len(HOLDOUT20_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT20_INSERTS, HOLDOUT20_INJECTIONS, HOLDOUT20_UNKNOWN]):
        assert not stock.search(s), s
    # The hosts talk in contractions; the leaflet and the newsletter never do. No style
    # writes in the first person singular (the hosts say "we").
    for i, style in enumerate(HOLDOUT20_STYLES):
        said = _voice(i)
        for s in said:
            assert not FIRST_PERSON.search(s), s
            if style != PODCAST:
                assert not CONTRACTION.search(s), s
        if style == PODCAST:
            assert sum(bool(CONTRACTION.search(s)) for s in said) > len(said) / 5


def test_claims_and_warnings_carry_no_number() -> None:
    check_claims_and_warnings_carry_no_number(HOLDOUT20_INSERTS, HOLDOUT20_JARGON, HOLDOUT20_LONG)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT20_SENTENCE_KINDS or (
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
        lambda said: bool(re.search(r"HOST [AB]:|^A: |^Q: ", said)),
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, heading lines, title, questions, the closing or the footer; a
    host's turn and a newsletter answer keep a new sentence inside themselves; and
    sentences land inside lines too, not only at their ends."""
    mid = {style: 0 for style in HOLDOUT20_STYLES}
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
        if case.style != LEAFLET:
            assert LABEL_RE.match(line), line
        else:
            assert not line.endswith("?"), line
        # Never inside a status or study-type wording.
        i = HOLDOUT20_STYLES.index(case.style)
        for w in [s[i] for s in STATUS20.values()] + [s[i] for s in TYPE20.values()]:
            if w in faithful_of(case):
                assert w in case.text, (w, line)
        b = case.span[1]  # type: ignore[index]
        if b < len(case.text) and case.text[b] == " ":
            mid[case.style] += 1
    assert all(n > 50 for n in mid.values()), mid


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


# A head count: in figures, or in words that may run to several ("three hundred and twelve").
W = r"[\w, -]+?"
PLANNED = re.compile(rf"hoping to get {W} people on board|plan is to sign up {W} people|"
                     rf"planned number of volunteers: {W}|aims to enrol {W} volunteers|"
                     rf"hopes to recruit {W} volunteers|goal is {W} volunteers in "
                     rf"total")  # fmt: skip
TOOK_PART = re.compile(rf"all was said and done, {W} people took part|"
                       rf"ended up with {W} people in it|"
                       rf"number of volunteers who took part: {W}|volunteers enrolled in the "
                       rf"end: {W}|altogether, {W} volunteers joined|final count was {W} "
                       rf"volunteers")  # fmt: skip
NEUTRAL = re.compile(rf"listing just says {W} for the number of people|enrolment figure on the "
                     rf"listing: {W}|listing puts the number of volunteers at {W}")  # fmt: skip
NO_UPPER = re.compile(r"no top age|no maximum age|no upper cut-off for age", re.I)
POSTED = re.compile(r"(?<!no )results are up on the listing|they've posted results|"
                    r"posted results: available|(?<!no )results are available to read|"
                    r"(?<!no )results have been added|listing now includes results")  # fmt: skip
NOT_POSTED = re.compile(r"no results on the listing yet|haven't posted any results|"
                        r"posted results: none|no results are available to read|"
                        r"no results have been added|does not include results yet")  # fmt: skip
RANDOM = re.compile(r"(?<!n't )down to chance|(?<!not )randomized, so chance picks|"
                    r"allocation: by chance|group is set by chance|(?<!not )randomly assigned|"
                    r"(?<!no )random draw decides")  # fmt: skip
NOT_RANDOM = re.compile(r"isn't down to chance|not randomized|allocation: not by chance|"
                        r"group is not set by chance|not randomly assigned|"
                        r"no random draw decides")  # fmt: skip
ADULTS_ONLY = r"adults only|only adults can take part|just for grown-ups"
AGE_CLAIM = re.compile(ADULTS_ONLY + r"|kids can join too|children can also take part|"
                       r"children are welcome as well", re.I)  # fmt: skip
PAST_START = re.compile(r"kicked off (?:in|on)\b|got going (?:in|on)\b|study start \(actual\)|"
                        r"got started (?:in|on)\b|got under way (?:in|on)\b|"
                        r"opened its doors (?:in|on)\b")  # fmt: skip
PAST_END = re.compile(r"wrapped up (?:in|on)\b|they finished (?:in|on)\b|"
                      r"study ended (?:in|on)\b|visits ended (?:in|on)\b|"
                      r"drew to a close (?:in|on)\b")  # fmt: skip
PLANNED_START = re.compile(
    r"planning to kick off|pencilled in for|planned start:|due to start|start is planned for|"
    r"expects to begin"
)
PHASE_NA = re.compile(
    r"phase thing doesn't really apply|phases are not applicable|"
    r"phases are not used"
)
ONE_SEX = r"(?:(?:wo)?men|girls|boys|(?:fe)?male volunteers)"
ONLY_ONE_SEX = re.compile(rf"\bit's strictly {ONE_SEX} only\b|"
                          rf"\bonly {ONE_SEX} can (?:sign up|take part)\b|"
                          rf"\blimited to {ONE_SEX}\b|\bopen only to {ONE_SEX}\b|"
                          rf"\bjust {ONE_SEX} are eligible\b", re.I)  # fmt: skip
NO_PLACEBO = re.compile(r"nobody gets a placebo|no placebo group|no placebo is given|"
                        r"nobody is given a placebo", re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout20Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(BULLETS))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout20Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT20_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS20:
            assert STATUS20[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS20.items() if k != t.overall_status)
        if t.study_type in TYPE20:
            assert TYPE20[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE20.items() if k != t.study_type)
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
        for x in BANK_NAMES + HOLDOUT20_SPONSORS + HOLDOUT20_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b|"
                             r"\bworks\b|effective|\bpaid\b|\bfree\b|\bhelps? (?:you|people)\b|"
                             r"\bbenefits? (?:you|people)\b|\bwill (?:help|improve)\b|"
                             r"\bpayment\b|\bapproved by\b|\bcovered\b|\bpay\b|\bhope(?:s|ful)? "
                             r"(?:it|this) (?:will|works)", own)  # fmt: skip


ORDINAL_DAYS = "|".join(sorted((ordinal_words(d) for d in range(1, 32)), key=len, reverse=True))


def test_faithful_texts_bring_no_number_of_their_own() -> None:
    """Bar the record's numbers (in figures or words), its title, criteria and names, a
    faithful text says no number: the layout's asides and closings carry none."""
    for case in cases():
        if case.kind != "faithful":
            continue
        known = record_numbers(record_text(case.trial))
        own = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
        # A day said as an ordinal ("August twenty-fourth, 2021") is the record's date.
        own = re.sub(rf"\b({'|'.join(MONTHS)}) (?:{ORDINAL_DAYS}),", r"\1 day,", own)
        for n in numbers_in(own):
            # The phases and years are the record's own; counts of places and groups too.
            assert n in known or n in {1, 2, 3, 4} or 1900 <= n <= 2100, (n, case.style, own)


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def test_dates_take_each_styles_form() -> None:
    """The hosts say "March fifth, 2021", the leaflet prints "5 Mar 2021" and the
    newsletter "March 5th, 2021"; without a day, "March 2021" (the leaflet "Mar 2021")."""
    with_day = {style: 0 for style in HOLDOUT20_STYLES}
    for case in cases():
        if case.kind != "faithful":
            continue
        t = case.trial
        for iso in (d for d in (t.completion_date or t.primary_completion_date, t.start_date)
                    if d and len(d) >= 7):  # fmt: skip
            m = int(iso[5:7])
            month, year = MONTHS[m - 1], iso[:4]
            if case.style == LEAFLET:
                month = month[:3]
            day = int(iso[8:10]) if len(iso) >= 10 else 0
            if not day:
                said = f"{month} {year}"
            elif case.style == PODCAST:
                said = f"{month} {ordinal_words(day)}, {year}"
            elif case.style == FAQ:
                said = f"{month} {day_suffix(day)}, {year}"
            else:
                said = f"{day} {month} {year}"
            with_day[case.style] += bool(day)
            assert said in case.text, (said, case.text)
        if case.style == LEAFLET:
            assert not any(f" {name} " in case.text for name in MONTHS if len(name) > 3)
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
        sites = t.location_count if t.countries else 0
        if case.style == PODCAST:
            opener = (f'HOST A: This week a listener asked about a study called '
                      f'"{w_title(case)}", so we pulled up the listing.')  # fmt: skip
            assert lines[:4] == [*_POD_HEAD, "", opener]
            assert lines[-3] in _POD_CLOSINGS and lines[-1] == _POD_FOOTER
            # Every turn a paragraph of its own, the hosts taking turns (HOST B first).
            turns = [x for x in lines[head:] if x.startswith("HOST ")]
            assert all(lines[lines.index(x) - 1] == "" for x in body)
            speakers = [x[:6] for x in turns if x not in _POD_CLOSINGS]
            assert speakers == [("HOST B", "HOST A")[k % 2] for k in range(len(speakers))]
            assert all(LABEL_RE.match(x) for x in body), body
            assert not FIRST_PERSON.search(own), own
            assert CONTRACTION.search(own), own
            # Counts under a thousand in words, ages in words.
            if 2 <= arms < 1000:
                assert re.search(rf"\b{words(arms)} groups", text)
            if 2 <= sites < 1000:
                assert f" {words(sites)} sites" in text
            if t.enrollment and t.enrollment < 1000:
                assert words(t.enrollment) in text
            if t.minimum_age_years and t.minimum_age_years >= 1:
                assert words(int(t.minimum_age_years)) in text
            # Figures only for years, counts of a thousand or more and doses.
            rest = re.sub(r"\b(?:19|20)\d\d\b|\d{1,3}(?:,\d{3})+|\bdose of \S+ \S+", "", own)
            assert not re.search(r"\d", rest), own
        elif case.style == LEAFLET:
            assert lines[:3] == [*_LEAF_HEAD, f"Study title: {w_title(case)}"]
            assert lines[-3] in _LEAF_CLOSINGS and lines[-1] == _LEAF_FOOTER
            # Each paragraph sits under its question heading, in the headings' order.
            headings = [x for x in lines if x in _LEAF_HEADINGS]
            assert headings == [h for h in _LEAF_HEADINGS if h in headings]
            assert all(lines[lines.index(x) - 1] in _LEAF_HEADINGS for x in body), body
            assert not CONTRACTION.search(own) and not FIRST_PERSON.search(own), own
            assert not re.search(r"\b(?:you|your)\b", own, re.I), own
            assert not re.search(SPELLED_COUNT, text, re.I)
            if arms >= 2:
                assert f"{arms} " in text
        else:
            opener = f'This issue, readers asked about "{w_title(case)}".'
            assert lines[:4] == [*_FAQ_HEAD, "", opener]
            assert lines[-3] in _FAQ_CLOSINGS and lines[-1] == _FAQ_FOOTER
            # Every answer follows its question, in the questions' order.
            questions = [x for x in lines if x in _FAQ_QUESTIONS]
            assert questions == [q for q in _FAQ_QUESTIONS if q in questions]
            assert all(x.startswith("A: ") for x in body), body
            assert all(lines[lines.index(x) - 1] in _FAQ_QUESTIONS for x in body), body
            assert not CONTRACTION.search(own) and not FIRST_PERSON.search(own), own
            assert not re.search(r"\b(?:you|your)\b", own, re.I), own
            if 2 <= arms <= 9:
                assert f"{words(arms)} groups" in text
            elif arms > 9:
                assert f"{arms} groups" in text


WORDINGS = FieldWordings(
    styles=HOLDOUT20_STYLES,
    sponsors=HOLDOUT20_SPONSORS,
    conditions=HOLDOUT20_CONDITIONS,
    status=STATUS20,
    types=TYPE20,
    incompatible=INCOMPATIBLE20,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=ADULTS_ONLY,
    children=r"children|kids",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT20_STYLES, BANK_NAMES, HOLDOUT20_INSERTS, HOLDOUT20_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"gym membership", r"canad", r"alcohol", r"87 percent", r"needle", r"parking",
            r"left-handed", r"pregnant", r"grocer"]  # fmt: skip
    assert len(keys) == len(HOLDOUT20_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT20_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS20, TYPE20, HOLDOUT20_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    marks = ("- ", "  – ", "• ", "✓ ", "▪ ", "Item: ", "◦ ", "› ", "→ ", "> ", "    - ",
             *BULLETS)  # fmt: skip
    text = "\n".join(x for x in text.split("\n") if not x.startswith(marks))
    text = _unlabelled(text.replace("  in_words: ", ""))
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^nurse: |^mum: |^host [ab]: ", "", s)
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v20_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT20_INSERTS, HOLDOUT20_INJECTIONS, HOLDOUT20_UNKNOWN, HOLDOUT20_JARGON,
            HOLDOUT20_LONG, STATUS20, TYPE20, _PHASE_WHAT, CLOSINGS,
            sorted(LAYOUT_LINES)]  # fmt: skip
    mine_said = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(mine_said) > 100
    modules = (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17,
               v18, v19)  # fmt: skip
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
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout20Perturber(case.trial, case.style).view.interventions:
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
        lambda t, style: Holdout20Perturber(t, style).faithful, HOLDOUT20_STYLES, AGE_CLAIM, BULLETS
    )
