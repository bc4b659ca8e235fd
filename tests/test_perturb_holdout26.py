"""The held-out v26 generator's own invariants (bench/perturb_holdout26.py).

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
from bench.perturb_holdout26 import (
    _BULLET,
    _FERRY_CLOSINGS,
    _FERRY_CRITERIA,
    _FERRY_DASH,
    _FERRY_FOOTER,
    _FERRY_HEAD,
    _FERRY_LABELS,
    _GRAN_CLOSINGS,
    _GRAN_CRITERIA,
    _GRAN_FOOTER,
    _GRAN_HEAD,
    _PANEL_CLOSINGS,
    _PANEL_CRITERIA,
    _PANEL_FOOTER,
    _PANEL_HEAD,
    _PANEL_LEADS,
    _PHASE_WHAT,
    _SHORT_MONTHS,
    HOLDOUT26_CONDITIONS,
    HOLDOUT26_DEVICES,
    HOLDOUT26_DRUGS,
    HOLDOUT26_INJECTIONS,
    HOLDOUT26_INSERTS,
    HOLDOUT26_JARGON,
    HOLDOUT26_LONG,
    HOLDOUT26_PROCEDURES,
    HOLDOUT26_SENTENCE_KINDS,
    HOLDOUT26_SPONSORS,
    HOLDOUT26_STYLES,
    HOLDOUT26_UNKNOWN,
    INCOMPATIBLE26,
    STATUS26,
    TYPE26,
    Holdout26Perturber,
    build_holdout26_cases,
    day_suffix,
    line_prefix,
    lower_condition,
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

# The record shapes the writer must handle (the same as v25's): interventional with
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
BANK_NAMES = HOLDOUT26_DRUGS + HOLDOUT26_PROCEDURES + HOLDOUT26_DEVICES
FERRY, GRAN, PANEL = HOLDOUT26_STYLES
CLOSINGS = [*_FERRY_CLOSINGS, *_GRAN_CLOSINGS, *_PANEL_CLOSINGS]
LAYOUT_LINES = {x for x in (*_FERRY_HEAD, _FERRY_CRITERIA, _FERRY_FOOTER, *_GRAN_HEAD,
                            _GRAN_CRITERIA, _GRAN_FOOTER, *_PANEL_HEAD, _PANEL_CRITERIA,
                            _PANEL_FOOTER, *CLOSINGS) if x}  # fmt: skip
HEAD_LINES = {FERRY: 4, GRAN: 5, PANEL: 4}
BULLETS = tuple(_BULLET.values())
LABEL_OR_ITEM = re.compile(r"^(?:[A-Z][A-Z ·]+ — |Item \d+\. )")

SAMPLE = HeldOutSample(build_holdout26_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("Final intake: 1,200 volunteers.") == [1200]
    assert numbers_in("It's for people aged eighteen to sixty-five years.") == [18, 65]
    assert numbers_in("In the end three hundred and twelve people took part.") == [312]
    assert numbers_in("It's phase one and phase two rolled together.") == [1, 2]
    assert numbers_in("Opened in Mar 2000.") == [2000]
    assert numbers_in("Opened on 5 Mar 2000.") == [5, 2000]
    assert numbers_in("It got going on March 5th, 2000.") == [5, 2000]


def test_date_words() -> None:
    assert [day_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
        "31st"]  # fmt: skip
    assert _SHORT_MONTHS[:3] == ["Jan", "Feb", "Mar"] and len(_SHORT_MONTHS) == 12


def test_line_prefix() -> None:
    assert line_prefix(FERRY, "STATUS — Recruiting now.") == len("STATUS — ")
    assert line_prefix(FERRY, "NOTE — Details correct.") == 0
    assert line_prefix(PANEL, "Item 3. It was noted.") == len("Item 3. ")
    assert line_prefix(GRAN, "Item 3. It was noted.") == 0


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT26_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout26_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT26_SENTENCE_KINDS, HOLDOUT26_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    check_faithful_phrasing_varies_between_records(SAMPLE, HOLDOUT26_STYLES, _sentences_of)


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I'll|I've|me|my)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your|you'd|you're|you've)\b", re.I)
TEXTSPEAK = re.compile(r"\b(?:u|ur|u'd|ppl|approx|info)\b|&|\s=\s", re.I)


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT26_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT26_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT26_UNKNOWN.values()])
    return said + HOLDOUT26_JARGON[i] + HOLDOUT26_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT26_INSERTS.items():
        assert len(banks) == len(HOLDOUT26_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT26_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT26_INJECTIONS}) == len(HOLDOUT26_INJECTIONS)
    for _, obeyed in HOLDOUT26_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT26_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT26_UNKNOWN.values(), HOLDOUT26_JARGON, HOLDOUT26_LONG):
        assert len(banks) == len(HOLDOUT26_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT26_INSERTS, HOLDOUT26_INJECTIONS, HOLDOUT26_UNKNOWN]):
        assert not stock.search(s), s
    # The screen speaks in clipped fragments with no "you", no "I" and no contractions;
    # the email says "I" and "you" in contractions; the minutes do none of it. Nobody
    # writes textspeak.
    for i, style in enumerate(HOLDOUT26_STYLES):
        said = _voice(i)
        for s in said:
            if s not in HOLDOUT26_INSERTS["claim.contact"][i]:
                assert not TEXTSPEAK.search(s), s
        if style == GRAN:
            assert sum(bool(FIRST_PERSON.search(s)) for s in said) > len(said) / 4
            assert sum(bool(SECOND_PERSON.search(s)) for s in said) > len(said) / 5
            assert sum(bool(CONTRACTION.search(s)) for s in said) > len(said) / 5
        else:
            for s in said:
                assert not FIRST_PERSON.search(s), s
                assert not CONTRACTION.search(s) and not SECOND_PERSON.search(s), s
        if style == FERRY:
            # Fragments: most lines are short and many are label-and-colon clips.
            assert sum(len(s.split()) <= 8 for s in said) > len(said) / 2
            assert sum(":" in s for s in said) > len(said) / 4
        if style == PANEL:
            formal = re.compile(r"^(?:It was (?:noted|reported|recorded)|The panel|Members)")
            assert sum(bool(formal.search(s)) for s in said) > len(said) * 3 / 4


def test_claims_and_warnings_carry_no_number() -> None:
    check_claims_and_warnings_carry_no_number(HOLDOUT26_INSERTS, HOLDOUT26_JARGON, HOLDOUT26_LONG)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT26_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _layout(text: str) -> list[str]:
    """The layout's own lines, which no error changes."""
    return [x for x in text.split("\n") if x.strip() in LAYOUT_LINES or x in LAYOUT_LINES]


def _holds_label(said: str) -> bool:
    return (
        "—" in said
        or "\n" in said
        or bool(re.match(r"Item \d", said))
        or said.startswith(tuple(_FERRY_LABELS))
    )


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    check_error_span_is_the_only_change(
        SAMPLE, _inserted, _layout, LAYOUT_LINES, HEAD_LINES, _holds_label
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, labels, item numbers, title, opener, the closing or the
    footer; the screen's labelled lines, the email's paragraphs and the minutes' items
    keep a new sentence inside themselves; and sentences land inside lines too, not only
    at their ends."""
    mid = {style: 0 for style in HOLDOUT26_STYLES}
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
        assert (prefix > 0) == (case.style != GRAN), line
        assert case.span[0] >= case.text.index(line) + prefix  # type: ignore[index]
        assert case.text.count("\n") == faithful_of(case).count("\n"), line
        # Never inside a status or study-type wording.
        i = HOLDOUT26_STYLES.index(case.style)
        for w in [s[i] for s in STATUS26.values()] + [s[i] for s in TYPE26.values()]:
            if w in faithful_of(case):
                assert w in case.text, (w, line)
        b = case.span[1]  # type: ignore[index]
        if b < len(case.text) and case.text[b] == " ":
            mid[case.style] += 1
    assert all(n > 50 for n in mid.values()), mid


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


# A head count: in figures (with or without commas), or in words under a hundred.
W = r"[\w, -]+?"
PLANNED = re.compile(rf"target: {W} volunteers|planned intake: {W} volunteers|"
                     rf"hoping to sign up {W} people|want {W} people in it altogether|"
                     rf"that {W} participants are to be enrolled|"
                     rf"enrolment of {W} participants is planned")  # fmt: skip
TOOK_PART = re.compile(rf"final intake: {W} volunteers|enrolled in total: {W} volunteers|"
                       rf"in the end, so i read, {W} people took part|"
                       rf"ended up with {W} people taking part|"
                       rf"that {W} participants were enrolled in total|"
                       rf"final enrolment was {W} participants")  # fmt: skip
NEUTRAL = re.compile(rf"enrolment on listing: {W}\.|listing gives the enrolment as {W}\.|"
                     rf"listing records an enrolment of {W}\.")  # fmt: skip
NO_UPPER = re.compile(r"no upper limit|no top age limit|no upper age limit", re.I)
POSTED = re.compile(r"results: posted on listing|results now on listing|results are up on "
                    r"the listing now|they've put the results on the listing|results have "
                    r"been posted to the listing|listing now includes results")  # fmt: skip
NOT_POSTED = re.compile(r"results: none on listing so far|no results on listing yet|aren't any "
                        r"results on the listing|haven't put any results up|no results have "
                        r"yet been posted|does not yet include results")  # fmt: skip
RANDOM = re.compile(r"group assignment: random|group placement: by random draw|down to chance, "
                    r"like drawing straws|they pick the groups at random|allocation to "
                    r"groups is random|(?<!not )randomised to the groups")  # fmt: skip
NOT_RANDOM = re.compile(r"group assignment: not random|group placement: not by random draw|"
                        r"isn't down to chance|don't pick the groups at random|allocation "
                        r"to groups is not random|not randomised to the groups")  # fmt: skip
ADULTS_ONLY = r"\badults only\b|\bjust for grown-ups\b|\bonly adults are eligible\b"
AGE_CLAIM = re.compile(ADULTS_ONLY + r"|children also eligible|children can join as well|"
                       r"children are also eligible", re.I)  # fmt: skip
PAST_START = re.compile(r"\bopened (?:in|on)\b|first volunteer enrolled|got properly under way "
                        r"(?:in|on)\b|first people joined|first participant enrolled "
                        r"(?:in|on)\b")  # fmt: skip
PAST_END = re.compile(r"\bclosed (?:in|on)\b|last visit held|whole thing wound up (?:in|on)\b|"
                      r"last visits were|last participant visit took place")  # fmt: skip
PLANNED_START = re.compile(r"start \(planned\)|opening planned|meant to get going|planning "
                           r"to start|expected to begin|planned start date")  # fmt: skip
PHASE_NA = re.compile(r"phases: not applicable|phases don't apply|phases do not apply")
ONE_SEX = r"(?:(?:wo)?men|girls|boys)"
ONLY_ONE_SEX = re.compile(rf"\b{ONE_SEX} only\b|\bonly for {ONE_SEX}\b|"
                          rf"\bonly {ONE_SEX} can sign up\b|\blimited to {ONE_SEX}\b|"
                          rf"\bonly {ONE_SEX} may take part\b", re.I)  # fmt: skip
NO_PLACEBO = re.compile(r"placebo: none|no placebo group|there's no placebo, so|nobody gets "
                        r"a placebo|there is no placebo group|no participant receives a "
                        r"placebo", re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout26Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(BULLETS))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout26Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT26_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS26:
            assert STATUS26[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS26.items() if k != t.overall_status)
        if t.study_type in TYPE26:
            assert TYPE26[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE26.items() if k != t.study_type)
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
        for x in BANK_NAMES + HOLDOUT26_SPONSORS + HOLDOUT26_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b|"
                             r"\bworks\b|effective|\bpaid\b|\bfree\b|\bhelps? (?:you|people)\b|"
                             r"\bbenefits? (?:you|people)\b|\bwill (?:help|improve)\b|"
                             r"\bpayment\b|\bapproved by\b|\bcovered\b|\bpay\b|\bhope(?:s|ful)? "
                             r"(?:it|this) (?:will|works)", own)  # fmt: skip


def test_faithful_texts_bring_no_number_of_their_own() -> None:
    """Bar the record's numbers (in figures or words), its title, criteria and names, and
    the minutes' item numbers, a faithful text says no number: the layout's asides and
    closings carry none."""
    for case in cases():
        if case.kind != "faithful":
            continue
        known = record_numbers(record_text(case.trial))
        own = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
        own = "\n".join(re.sub(r"^Item \d+\. ", "", x) for x in own.split("\n"))
        for n in numbers_in(own):
            # The phases and years are the record's own; counts of places and groups too.
            assert n in known or n in {1, 2, 3, 4} or 1900 <= n <= 2100, (n, case.style, own)


def test_minutes_number_their_items_in_order() -> None:
    for case in cases():
        if case.style != PANEL:
            continue
        items = [int(m[1]) for m in re.finditer(r"^Item (\d+)\. ", case.text, re.M)]
        assert items == list(range(1, len(items) + 1)) and len(items) >= 3, items


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def test_dates_take_each_styles_form() -> None:
    """The screen prints "5 Mar 2021", the email "March 5th, 2021" and the minutes
    "5 March 2021"; without a day, "March 2021" (the screen "Mar 2021"). Never an
    all-figure date such as "05/03/2021"."""
    with_day = {style: 0 for style in HOLDOUT26_STYLES}
    for case in cases():
        if case.kind != "faithful":
            continue
        t = case.trial
        for iso in (d for d in (t.completion_date or t.primary_completion_date, t.start_date)
                    if d and len(d) >= 7):  # fmt: skip
            m = int(iso[5:7])
            month, year = MONTHS[m - 1], iso[:4]
            day = int(iso[8:10]) if len(iso) >= 10 else 0
            if case.style == FERRY:
                short = _SHORT_MONTHS[m - 1]
                said = f"{day} {short} {year}" if day else f"{short} {year}"
            elif not day:
                said = f"{month} {year}"
            elif case.style == GRAN:
                said = f"{month} {day_suffix(day)}, {year}"
            else:
                said = f"{day} {month} {year}"
            with_day[case.style] += bool(day)
            assert said in case.text, (said, case.text)
        own = _own_text(case)
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", own), own
        if case.style == FERRY:
            assert not any(f" {name} " in own for name in MONTHS if len(name) > 3), own
        elif case.style == GRAN:
            assert not re.search(r"\b\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\b", own), own
        else:
            assert not re.search(r"\b[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, \d{4}\b", own), own
            assert not re.search(r"\b\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ \d{4}\b", own), own
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
        assert all(lines[lines.index(x) - 1] == "" for x in body), body
        if case.style == FERRY:
            assert lines[:4] == [*_FERRY_HEAD, "", f'NOW SHOWING — "{w_title(case)}"']
            assert lines[-3] in _FERRY_CLOSINGS and lines[-1] == _FERRY_FOOTER
            # One labelled line a block: an upper-case label, " — ", then clipped facts;
            # no "you", no "I", no contractions; figures with thousands commas.
            assert all(x.split(_FERRY_DASH, 1)[0] in _FERRY_LABELS for x in body), body
            assert 3 <= len(body) <= 6, body
            labels = [x.split(_FERRY_DASH, 1)[0] for x in body]
            assert labels == [x for x in _FERRY_LABELS if x in labels]
            assert not FIRST_PERSON.search(own) and not SECOND_PERSON.search(own), own
            assert not CONTRACTION.search(own), own
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not re.search(r"\bphase (?:one|two|three|four)\b", own.lower()), own
            if arms >= 2:
                assert re.search(rf"\b{arms:,}\b", text), text
            if sites >= 2:
                assert re.search(rf"\b{sites:,} sites|Site count: {sites:,};", text), text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment:,}\b", text), text
            if t.minimum_age and t.minimum_age_years and t.minimum_age.split()[0].isdigit():
                assert re.search(rf"\b{t.minimum_age.split()[0]}\b", text), text
        elif case.style == GRAN:
            opener = (f'I was reading about a study called "{w_title(case)}" and thought '
                      "you might like to hear about it (your grandad says I spend far too "
                      "long on the computer).")  # fmt: skip
            assert lines[:5] == [*_GRAN_HEAD, "", opener]
            assert lines[-3] in _GRAN_CLOSINGS and lines[-1] == _GRAN_FOOTER
            # Friendly paragraphs: "I", "you", contractions; counts and ages under a
            # hundred in words, phases in words.
            assert 2 <= len(body) <= 4, body
            assert FIRST_PERSON.search(own) and SECOND_PERSON.search(own), own
            assert CONTRACTION.search(own), own
            if 2 <= arms < 100:
                assert f"{words(arms)} groups" in text
            if 2 <= sites < 100:
                assert f" {words(sites)} sites" in text
            elif sites >= 100:
                assert f"{sites:,} sites" in text
            if t.enrollment and t.enrollment < 100:
                assert words(t.enrollment) in text
            elif t.enrollment:
                assert f"{t.enrollment:,}" in text
            lo = t.minimum_age
            if lo and t.minimum_age_years and lo.split()[0].isdigit() and 1 <= int(
                lo.split()[0]
            ) < 100:  # fmt: skip
                assert words(int(lo.split()[0])) in text, (lo, text)
            assert not re.search(r"\bphase \d", text.replace(t.brief_title, "").lower())
        else:
            opener = ('Item 1. The panel reviewed the public listing of a study titled '
                      f'"{w_title(case)}".')  # fmt: skip
            assert lines[:4] == [*_PANEL_HEAD, "", opener]
            assert lines[-3] in _PANEL_CLOSINGS and lines[-1] == _PANEL_FOOTER
            # Numbered items, passive and formal; no contractions, no "you", no "I";
            # counts in figures, ages in words.
            assert all(re.match(r"Item \d+\. ", x) for x in body), body
            assert 2 <= len(body) <= 4, body
            assert not FIRST_PERSON.search(own) and not SECOND_PERSON.search(own), own
            assert not CONTRACTION.search(own), own
            assert any(lead in own for lead in _PANEL_LEADS), own
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not re.search(r"\bphase (?:one|two|three|four)\b", own.lower()), own
            if arms >= 2:
                assert f"{arms:,} groups" in text, text
            if sites >= 2:
                assert f"{sites:,} sites" in text, text
            if t.enrollment:
                assert re.search(rf"\b{t.enrollment:,}\b", text), text
            lo = t.minimum_age
            if lo and t.minimum_age_years and lo.split()[0].isdigit() and 1 <= int(
                lo.split()[0]
            ) < 100:  # fmt: skip
                assert words(int(lo.split()[0])) in text, (lo, text)


WORDINGS = FieldWordings(
    styles=HOLDOUT26_STYLES,
    sponsors=HOLDOUT26_SPONSORS,
    conditions=HOLDOUT26_CONDITIONS,
    status=STATUS26,
    types=TYPE26,
    incompatible=INCOMPATIBLE26,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=ADULTS_ONLY,
    children=r"children",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT26_STYLES, BANK_NAMES, HOLDOUT26_INSERTS, HOLDOUT26_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"taxi", r"olympic", r"coffee", r"88 percent", r"text message", r"evening",
            r"\bdog\b", r"swimmer", r"cinema voucher"]  # fmt: skip
    assert len(keys) == len(HOLDOUT26_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT26_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS26, TYPE26, HOLDOUT26_STYLES)


def test_styles_are_new() -> None:
    """No style name was used by an earlier set."""
    earlier = set()
    for m in (v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20,
              v21, v22, v23, v24, v25):  # fmt: skip
        for name, value in vars(m).items():
            if name.startswith("HOLDOUT") and name.endswith("_STYLES"):
                earlier |= set(value)
    assert len(earlier) > 40
    assert not set(HOLDOUT26_STYLES) & earlier
    assert len(set(HOLDOUT26_STYLES)) == 3


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    marks = ("- ", "  – ", "• ", "✓ ", "▪ ", "Item: ", "◦ ", "› ", "→ ", "> ", "    - ",
             *BULLETS, *v21._BULLET.values(), *v22._BULLET.values(),
             *v23._BULLET.values(), *v24._BULLET.values(),
             *v25._BULLET.values())  # fmt: skip
    text = "\n".join(LABEL_OR_ITEM.sub("", x.removeprefix(v25._POSTER_SAYS)
                                       .removeprefix(v23._CARD_DASH))
                     for x in text.split("\n") if not x.startswith(marks))  # fmt: skip
    text = text.replace("  in_words: ", "")
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^nurse: |^mum: |^host [ab]: |^you: |^sage: ", "", s)
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v26_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT26_INSERTS, HOLDOUT26_INJECTIONS, HOLDOUT26_UNKNOWN, HOLDOUT26_JARGON,
            HOLDOUT26_LONG, STATUS26, TYPE26, _PHASE_WHAT, CLOSINGS,
            sorted(LAYOUT_LINES)]  # fmt: skip
    mine_said = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(mine_said) > 100
    modules = (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17,
               v18, v19, v20, v21, v22, v23, v24, v25)  # fmt: skip
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
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout26Perturber(case.trial, case.style).view.interventions:
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
        lambda t, style: Holdout26Perturber(t, style).faithful, HOLDOUT26_STYLES, AGE_CLAIM, BULLETS
    )
