"""The held-out v19 generator's own invariants (bench/perturb_holdout19.py).

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
from bench.perturb_holdout19 import (
    _BULLET,
    _GRANT_CLOSINGS,
    _GRANT_CRITERIA,
    _GRANT_FOOTER,
    _GRANT_HEAD,
    _GRANT_LABELS,
    _MEMO_CLOSINGS,
    _MEMO_CRITERIA,
    _MEMO_FOOTER,
    _MEMO_HEAD,
    _PARISH_CLOSINGS,
    _PARISH_CRITERIA,
    _PARISH_FOOTER,
    _PARISH_HEAD,
    _PHASE_WHAT,
    HOLDOUT19_CONDITIONS,
    HOLDOUT19_DEVICES,
    HOLDOUT19_DRUGS,
    HOLDOUT19_INJECTIONS,
    HOLDOUT19_INSERTS,
    HOLDOUT19_JARGON,
    HOLDOUT19_LONG,
    HOLDOUT19_PROCEDURES,
    HOLDOUT19_SENTENCE_KINDS,
    HOLDOUT19_SPONSORS,
    HOLDOUT19_STYLES,
    HOLDOUT19_UNKNOWN,
    INCOMPATIBLE19,
    STATUS19,
    TYPE19,
    Holdout19Perturber,
    build_holdout19_cases,
    day_suffix,
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
BANK_NAMES = HOLDOUT19_DRUGS + HOLDOUT19_PROCEDURES + HOLDOUT19_DEVICES
MEMO, PARISH, GRANT = HOLDOUT19_STYLES
CLOSINGS = [*_MEMO_CLOSINGS, *_PARISH_CLOSINGS, *_GRANT_CLOSINGS]
LAYOUT_LINES = {*_MEMO_HEAD, _MEMO_CRITERIA, _MEMO_FOOTER, *_PARISH_HEAD, _PARISH_CRITERIA,
                _PARISH_FOOTER, *_GRANT_HEAD, _GRANT_CRITERIA, _GRANT_FOOTER,
                *CLOSINGS}  # fmt: skip
HEAD_LINES = {MEMO: 4, PARISH: 4, GRANT: 3}
BULLETS = tuple(_BULLET.values())
LABEL_RE = re.compile("^(?:" + "|".join(re.escape(x) for x in _GRANT_LABELS) + ") ")

SAMPLE = HeldOutSample(build_holdout19_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _unlabelled(text: str) -> str:
    """The text without the report's paragraph letters."""
    return "\n".join(LABEL_RE.sub("", line) for line in text.split("\n"))


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", _unlabelled(text)) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("Actual enrolment was 1,200 participants.") == [1200]
    assert numbers_in("It is open to people from eighteen to sixty-five years of age.") == [
        18, 65]  # fmt: skip
    assert numbers_in("two hundred and forty people and 1,600 more") == [1600, 240]
    assert numbers_in("It joins phase one and phase two together") == [1, 2]
    assert numbers_in("It began in March 2000.") == [2000]


def test_date_words() -> None:
    assert [day_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
        "31st"]  # fmt: skip


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT19_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout19_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT19_SENTENCE_KINDS, HOLDOUT19_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    check_faithful_phrasing_varies_between_records(SAMPLE, HOLDOUT19_STYLES, _sentences_of)


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I'll|I've|me|my)\b")


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT19_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT19_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT19_UNKNOWN.values()])
    return said + HOLDOUT19_JARGON[i] + HOLDOUT19_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT19_INSERTS.items():
        assert len(banks) == len(HOLDOUT19_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT19_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT19_INJECTIONS}) == len(HOLDOUT19_INJECTIONS)
    for _, obeyed in HOLDOUT19_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT19_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT19_UNKNOWN.values(), HOLDOUT19_JARGON, HOLDOUT19_LONG):
        assert len(banks) == len(HOLDOUT19_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT19_INSERTS, HOLDOUT19_INJECTIONS, HOLDOUT19_UNKNOWN]):
        assert not stock.search(s), s
    # No style uses contractions; the memo and the report never write in the first person
    # singular; the bulletin speaks to its "friends" and "parish" now and then.
    for i in range(len(HOLDOUT19_STYLES)):
        for s in _voice(i):
            assert not CONTRACTION.search(s), s
            if i != 1:
                assert not FIRST_PERSON.search(s), s


def test_claims_and_warnings_carry_no_number() -> None:
    check_claims_and_warnings_carry_no_number(HOLDOUT19_INSERTS, HOLDOUT19_JARGON, HOLDOUT19_LONG)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT19_SENTENCE_KINDS or (
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
        lambda said: any(x in said for x in _GRANT_LABELS),
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, heading lines, title, the closing or the footer; the report
    keeps a new sentence in a lettered paragraph; and sentences land inside lines too, not
    only at their ends."""
    mid = {style: 0 for style in HOLDOUT19_STYLES}
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
        if case.style == GRANT:
            assert LABEL_RE.match(line), line
        # Never inside a status or study-type wording.
        i = HOLDOUT19_STYLES.index(case.style)
        for w in [s[i] for s in STATUS19.values()] + [s[i] for s in TYPE19.values()]:
            if w in faithful_of(case):
                assert w in case.text, (w, line)
        b = case.span[1]  # type: ignore[index]
        if b < len(case.text) and case.text[b] == " ":
            mid[case.style] += 1
    assert all(n > 50 for n in mid.values()), mid


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


W = r"[\w,-]+"
PLANNED = re.compile(rf"plans to enrol {W} participants|hope to welcome {W} people in all|"
                     rf"target enrolment is {W} participants|recruitment goal is {W} participants|"
                     rf"hope is to gather {W} volunteers|planned enrolment stands at {W} "
                     rf"participants")  # fmt: skip
TOOK_PART = re.compile(rf"enrolment reached {W} participants in the end|"
                       rf"in all, {W} good souls took part|"
                       rf"actual enrolment was {W} participants|final head count was {W} "
                       rf"participants|it counted {W} volunteers|enrolment closed with {W} "
                       rf"participants")  # fmt: skip
NEUTRAL = re.compile(rf"enrolment figure listed is {W}|listing gives {W} for the number taking|"
                     rf"register records an enrolment of {W}")  # fmt: skip
NO_UPPER = re.compile(r"no upper age limit", re.I)
POSTED = re.compile(r"(?<!no )results have been posted on the listing|(?<!no )results have "
                    r"been put up|(?<!no )results are available in the register|"
                    r"(?<!no )results are now on the listing|listing now shows its results|"
                    r"(?<!no )results have been deposited")  # fmt: skip
NOT_POSTED = re.compile(r"no results have been posted on the listing|no results have been put "
                        r"up|no results were available in the register|carries no results yet|"
                        r"shows no results so far|no results had been deposited")  # fmt: skip
RANDOM = re.compile(r"group placement is randomized|(?<!not )left to chance|"
                    r"allocation to arms is randomised|(?<!not )settled by lot")  # fmt: skip
NOT_RANDOM = re.compile(r"placement is not randomized|not left to chance|"
                        r"arms is non-randomised|not settled by lot")  # fmt: skip
AGE_CLAIM = re.compile(r"limited to adults|only for adults|children are eligible as well|"
                       r"children may take part too|children are also eligible", re.I)  # fmt: skip
PAST_START = re.compile(r"study started (?:in|on)\b|work began (?:in|on)\b|"
                        r"activities commenced (?:in|on)\b|started up (?:in|on)\b|"
                        r"first opened to volunteers (?:in|on)\b|start date was")  # fmt: skip
PAST_END = re.compile(r"closed out (?:in|on)\b|brought to a close (?:in|on)\b|"
                      r"activities concluded (?:in|on)\b|ceased (?:in|on)\b|"
                      r"finished its course (?:in|on)\b|study closed (?:in|on)\b")  # fmt: skip
PLANNED_START = re.compile(
    r"launch of the study is scheduled|expected to get going|anticipated start date|"
    r"start-up is planned|hoped it will begin|commencement is anticipated"
)
PHASE_NA = re.compile(r"phase does not apply|phases do not apply|no trial phase is applicable")
ONLY_ONE_SEX = re.compile(r"\b(?:open to|meant for) (?:(?:wo)?men|girls|boys) only\b|"
                          r"\blimited to (?:(?:fe)?male participants|girls|boys)\b|"
                          r"\bconfined to (?:(?:wo)?men|girls|boys|(?:fe)?male participants)\b|"
                          r"\bfor (?:(?:wo)?men|girls|boys) alone\b",
                          re.I)  # fmt: skip
NO_PLACEBO = re.compile(r"no placebo is used|no placebo group|no one is given a placebo|"
                        r"no placebo arm", re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout19Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(BULLETS))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout19Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT19_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS19:
            assert STATUS19[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS19.items() if k != t.overall_status)
        if t.study_type in TYPE19:
            assert TYPE19[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE19.items() if k != t.study_type)
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
        for x in BANK_NAMES + HOLDOUT19_SPONSORS + HOLDOUT19_CONDITIONS:
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
    """The memo writes "March 5, 2021", the bulletin "the 5th of March, 2021" and the
    report "5 March 2021"; without a day all three write "March 2021"."""
    with_day = {style: 0 for style in HOLDOUT19_STYLES}
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
            elif case.style == MEMO:
                said = f"{month} {day}, {year}"
            elif case.style == PARISH:
                said = f"the {day_suffix(day)} of {month}, {year}"
            else:
                said = f"{day} {month} {year}"
            with_day[case.style] += bool(day)
            assert said in case.text, (said, case.text)
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
        if case.style == MEMO:
            assert lines[:4] == [*_MEMO_HEAD, f"Re: {w_title(case)}"]
            assert lines[-3] in _MEMO_CLOSINGS and lines[-1] == _MEMO_FOOTER
            assert all(lines[j - 1] == "" for j in range(head, len(lines)) if lines[j] in body)
            assert not CONTRACTION.search(own) and not FIRST_PERSON.search(own), own
            if 2 <= arms <= 10:
                assert re.search(rf"\b{words(arms)} (?:study )?groups", text)
            elif arms > 10:
                assert re.search(rf"\b{arms} (?:study )?groups", text)
        elif case.style == PARISH:
            opener = (f'Friends, a research study called "{w_title(case)}" has been brought '
                      "to our attention.")  # fmt: skip
            assert lines[:4] == [*_PARISH_HEAD, "", opener]
            assert lines[-3] in _PARISH_CLOSINGS and lines[-1] == _PARISH_FOOTER
            assert all(lines[j - 1] == "" for j in range(head, len(lines)) if lines[j] in body)
            assert not CONTRACTION.search(own), own
            if 2 <= arms <= 20:
                assert f"one of {words(arms)} groups" in text
            if t.location_count and 2 <= t.location_count <= 20 and t.countries:
                assert f"at {words(t.location_count)} places" in text
        else:
            assert lines[:3] == [*_GRANT_HEAD, f'Study title: "{w_title(case)}"']
            assert lines[-3] in _GRANT_CLOSINGS and lines[-1] == _GRANT_FOOTER
            # Lettered paragraphs in order with no gap; figures only; formal voice.
            labels = [LABEL_RE.match(x)[0].strip() for x in body]  # type: ignore[index]
            assert labels == _GRANT_LABELS[: len(labels)], labels
            assert not re.search(SPELLED_COUNT, text, re.I)
            assert not CONTRACTION.search(own), own
            assert not re.search(r"\b(?:I|me|my|you|your|we)\b", own), own
            if arms >= 2:
                assert f" {arms} arms." in text


WORDINGS = FieldWordings(
    styles=HOLDOUT19_STYLES,
    sponsors=HOLDOUT19_SPONSORS,
    conditions=HOLDOUT19_CONDITIONS,
    status=STATUS19,
    types=TYPE19,
    incompatible=INCOMPATIBLE19,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=r"limited to adults|only for adults",
    children=r"children",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT19_STYLES, BANK_NAMES, HOLDOUT19_INSERTS, HOLDOUT19_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"umbrella", r"brazil", r"coffee", r"91 percent", r"questionnaires", r"taxi",
            r"smok", r"breastfeeding", r"home"]  # fmt: skip
    assert len(keys) == len(HOLDOUT19_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT19_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS19, TYPE19, HOLDOUT19_STYLES)


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


def test_no_v19_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT19_INSERTS, HOLDOUT19_INJECTIONS, HOLDOUT19_UNKNOWN, HOLDOUT19_JARGON,
            HOLDOUT19_LONG, STATUS19, TYPE19, _PHASE_WHAT, CLOSINGS]  # fmt: skip
    mine_said = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(mine_said) > 100
    modules = (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17,
               v18)  # fmt: skip
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
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout19Perturber(case.trial, case.style).view.interventions:
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
        lambda t, style: Holdout19Perturber(t, style).faithful, HOLDOUT19_STYLES, AGE_CLAIM, BULLETS
    )
