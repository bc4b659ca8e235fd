"""The held-out v17 generator's own invariants (bench/perturb_holdout17.py).

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
from bench.perturb import (
    Case,
    _place_name,
    dose_of,
    fixture_trials,
    record_text,
    timepoint,
)
from bench.perturb_holdout17 import (
    _INS_CLOSINGS,
    _INS_CRITERIA,
    _INS_FOOTER,
    _INS_GREETING,
    _INS_HEADINGS,
    _INS_TOP,
    _PHASE_WHAT,
    _TEEN_CLOSINGS,
    _TEEN_CRITERIA,
    _TEEN_FOOTER,
    _TEEN_TOP,
    _YAML_CRITERIA,
    _YAML_FOOTER,
    _YAML_HEADINGS,
    _YAML_LINE,
    _YAML_TOP,
    HOLDOUT17_CONDITIONS,
    HOLDOUT17_DEVICES,
    HOLDOUT17_DRUGS,
    HOLDOUT17_INJECTIONS,
    HOLDOUT17_INSERTS,
    HOLDOUT17_JARGON,
    HOLDOUT17_LONG,
    HOLDOUT17_PROCEDURES,
    HOLDOUT17_SENTENCE_KINDS,
    HOLDOUT17_SPONSORS,
    HOLDOUT17_STYLES,
    HOLDOUT17_UNKNOWN,
    INCOMPATIBLE17,
    STATUS17,
    TYPE17,
    Holdout17Perturber,
    build_holdout17_cases,
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
    check_coverage_cases_leave_out_a_fact,
    check_dates_are_not_told_as_past,
    check_deterministic,
    check_each_kind_is_phrased_several_ways,
    check_error_span_is_the_only_change,
    check_every_style_and_error_type_is_covered,
    check_inserted_errors_are_new_to_the_record,
    check_status_and_type_wordings_are_distinct,
    line_of,
    numbers_in,
)

# The record shapes the writer must handle (the same as v16's): interventional with
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
BANK_NAMES = HOLDOUT17_DRUGS + HOLDOUT17_PROCEDURES + HOLDOUT17_DEVICES
INS, TEEN, YAML = HOLDOUT17_STYLES
LAYOUT_LINES = {_INS_TOP, _INS_GREETING, *_INS_HEADINGS, _INS_CRITERIA, *_INS_CLOSINGS,
                _INS_FOOTER, _TEEN_TOP, _TEEN_CRITERIA, *_TEEN_CLOSINGS, _TEEN_FOOTER,
                _YAML_TOP, "---", *_YAML_HEADINGS, _YAML_CRITERIA.strip(),
                _YAML_FOOTER}  # fmt: skip
HEAD_LINES = {INS: 5, TEEN: 3, YAML: 3}
BULLETS = ("– ", "> ", "    - ")
HEADINGS = {INS: _INS_HEADINGS, YAML: _YAML_HEADINGS}

SAMPLE = HeldOutSample(build_holdout17_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    text = text.replace(_YAML_LINE, "\n")
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("A total of 1,200 participants were enrolled.") == [1200]
    assert numbers_in("Ages: 18 years to 65 years. Enrollment: 1,200") == [18, 65, 1200]
    assert numbers_in("two hundred and forty ppl and 1,600 more") == [1600, 240]
    assert numbers_in("Trial phase: phase 2/3 (two stages combined)") == [2, 3, 2]
    assert numbers_in("it started back in march 2000") == [2000]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT17_STYLES)


def test_case_counts_over_the_fixtures() -> None:
    check_case_counts_over_the_fixtures(build_holdout17_cases, 11_500, 12_800)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT17_SENTENCE_KINDS, HOLDOUT17_STYLES)


def test_faithful_phrasing_varies_between_records() -> None:
    """A style's wording of a fact is chosen per record, so the faithful texts of one
    style are not one template with the values swapped."""
    for style in HOLDOUT17_STYLES:
        texts = [c.text for c in cases() if c.kind == "faithful" and c.style == style]
        openers = {re.sub(r"[\d,]+", "#", " ".join(s.split(" ")[:2]))
                   for t in texts for s in _sentences_of(t) if len(s.split()) > 2}  # fmt: skip
        assert len(openers) > 25, (style, len(openers))
    for style in (INS, TEEN):
        closings = {c.text.rstrip("\n").split("\n")[-3] for c in cases()
                    if c.kind == "faithful" and c.style == style}  # fmt: skip
        assert len(closings) >= 2, style


CONTRACTION = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
SLANG = re.compile(r"\b(?:u|ur|ppl|tbh|ngl|rn|tho|lol|idk|fr|btw|lowkey|thru|w/|bc|lmk|hmu|"
                   r"ttyl|ez)\b|\bw/", re.I)  # fmt: skip
KEY_VALUE = re.compile(r"^[A-Z][A-Za-z ()/_{}'-]*:(?: |$)")


def _voice(i: int) -> list[str]:
    said = bank_strings([b[i] for b in HOLDOUT17_INSERTS.values()])
    said += bank_strings([o[i] for _, o in HOLDOUT17_INJECTIONS])
    said += bank_strings([b[i] for b in HOLDOUT17_UNKNOWN.values()])
    return said + HOLDOUT17_JARGON[i] + HOLDOUT17_LONG[i]


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT17_INSERTS.items():
        assert len(banks) == len(HOLDOUT17_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT17_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT17_INJECTIONS}) == len(HOLDOUT17_INJECTIONS)
    for _, obeyed in HOLDOUT17_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT17_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT17_UNKNOWN.values(), HOLDOUT17_JARGON, HOLDOUT17_LONG):
        assert len(banks) == len(HOLDOUT17_STYLES) and all(bank for bank in banks)
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT17_INSERTS, HOLDOUT17_INJECTIONS, HOLDOUT17_UNKNOWN]):
        assert not stock.search(s), s
    # The letter is formal: no contractions, no slang.
    for s in _voice(0):
        assert not CONTRACTION.search(s) and not SLANG.search(s), s
    # The teenager writes in lower case (bar names, codes and the "{iv}" it fills in) and
    # most of its sentences have slang or a contraction.
    teen = _voice(1)
    for s in teen:
        assert s[0].islower() or s[0] in "{0123456789", s
    talk = [s for s in teen if SLANG.search(s) or CONTRACTION.search(s)]
    assert len(talk) >= 0.6 * len(teen), [s for s in teen if s not in talk]
    # The card's error lines are "Key: value" lines like its own, bar its long notes.
    for s in _voice(2):
        assert KEY_VALUE.search(s), s


def test_claims_and_warnings_carry_no_number() -> None:
    """A claim or a warning brings no figure of its own (bar a contact's phone number), so
    a number check cannot catch it for the wrong reason; a warning gives no advice."""
    for kind in ("claim.efficacy", "claim.results", "claim.promotional", "claim.advice"):
        for s in bank_strings(HOLDOUT17_INSERTS[kind]):
            # "this one" is a pronoun, not a count.
            assert not numbers_in(re.sub(r"\b(?:this|that) one\b", "", s)), (kind, s)
    for s in bank_strings([HOLDOUT17_JARGON, HOLDOUT17_LONG]):
        assert not re.search(r"\bshould\b|\bmust\b|\badvised?\b|\brecommend", s, re.I), s
        assert not re.search(r"\d{3}[\s-]?\d{4}|@|www\.", s), s
    for bank in HOLDOUT17_LONG:
        for s in bank:
            assert len(s.split()) >= 40, s


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT17_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _layout(text: str) -> list[str]:
    """The layout's own lines, which no error changes."""
    return [x for x in text.split("\n") if x.strip() in LAYOUT_LINES]


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    check_error_span_is_the_only_change(
        SAMPLE, _inserted, _layout, LAYOUT_LINES, HEAD_LINES, lambda said: False
    )


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in the criteria, letterhead, title, greeting, a heading, the closing or the
    footer; the card keeps a new sentence on an ``in_words:`` line; and sentences land
    inside lines too, the teenager's lower-case ones included."""
    mid = {style: 0 for style in HOLDOUT17_STYLES}
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(BULLETS) and not line.endswith(":"), line
        assert line.strip() not in LAYOUT_LINES, line
        assert line not in lines[: HEAD_LINES[case.style]], line
        assert case.text.endswith("\n\n" + lines[-2] + "\n"), line  # the footer untouched
        if case.style in (INS, TEEN):
            assert case.text.endswith("\n".join(["", lines[-4], "", lines[-2], ""]))
            assert lines[-4] in (_INS_CLOSINGS + _TEEN_CLOSINGS)
        if case.style == YAML:
            assert line.startswith(_YAML_LINE), line
        if case.style in HEADINGS:
            a = case.span[0]  # type: ignore[index]
            above = [x for x in case.text[:a].split("\n")[:-1] if x in HEADINGS[case.style]]
            assert above, line
        b = case.span[1]  # type: ignore[index]
        if b < len(case.text) and case.text[b] == " ":
            mid[case.style] += 1
    assert all(n > 50 for n in mid.values()), mid


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


PLANNED = re.compile(r"anticipates enrolling [\d,]+ participants|want to get [\d,]+ ppl|"
                     r"enrollment: [\d,]+ \(estimated")  # fmt: skip
TOOK_PART = re.compile(r"closed with [\d,]+ participants taking part|[\d,]+ ppl ended up "
                       r"joining|enrollment: [\d,]+ \(actual")  # fmt: skip
NEUTRAL = re.compile(r"states an enrolment of [\d,]+|listing just says [\d,]+ for how many|"
                     r"enrollment: [\d,]+ \(type not stated")  # fmt: skip
NO_UPPER = re.compile(r"no upper age limit|no max age|maximum: none", re.I)
POSTED = re.compile(r"listing includes posted results|posted the results "
                    r"on the registry|results posted: yes")  # fmt: skip
NOT_POSTED = re.compile(r"does not yet include posted results|no results on the registry|"
                        r"results posted: no")  # fmt: skip
RANDOM = re.compile(r"groups is made at random|totally random|allocation: randomized")
NOT_RANDOM = re.compile(r"is not made at random|groups aren't random|non_randomized")
AGE_CLAIM = re.compile(r"limited to adults|adults only|children are also eligible|"
                       r"kids can join too|children too", re.I)  # fmt: skip
PAST_START = re.compile(r"\bcommenced\b|got going back\b|\(actual, began\)")
PAST_END = re.compile(r"study concluded\b|\bwrapped for good (?:in|on)\b|\(actual, ended\)")
PLANNED_START = re.compile(r"scheduled to begin|supposed to start|\(estimated, planned\)")
PHASE_NA = re.compile(r"phases do not apply|no phase thing|trial phase: na\b")
ONLY_ONE_SEX = re.compile(r"limited to (?:fe)?male|\bonly for (?:girls|guys|boys)\b|"
                          r"\b(?:fe)?male \((?:(?:wo)?men|girls|boys)\) only", re.I)  # fmt: skip
NO_PLACEBO = re.compile(r"does not include a placebo|no participant receives a placebo|"
                        r"no placebo in this one|nobody gets a placebo|placebo: none|"
                        r"placebo group: no", re.I)  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    for s in _sentences_of(text):
        low = s.lower()
        said = PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(low)
        if said and n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    return Holdout17Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(BULLETS))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout17Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT17_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS17:
            assert STATUS17[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS17.items() if k != t.overall_status)
        if t.study_type in TYPE17:
            assert TYPE17[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE17.items() if k != t.study_type)
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
            assert found and who.split()[0] in found[0].lower(), (who, text)
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
            if unit != "year" or case.style == YAML:
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
                assert re.search(r"early phase 1\b", low)
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
            assert (
                url.lower()
                .strip(".()")
                .startswith(("clinicaltrials.gov", "https://clinicaltrials.gov"))
            ), url
        source = record_text(t)
        for x in BANK_NAMES + HOLDOUT17_SPONSORS + HOLDOUT17_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b|"
                             r"\bworks\b|effective|\bpaid\b|\bfree\b|\bhelps? (?:you|people)\b|"
                             r"\bbenefits? (?:you|people)\b|\bwill (?:help|improve)\b|"
                             r"\bpayment\b|\bapproved by\b|\bcovered\b|\bpay\b", own)  # fmt: skip


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
SPELLED_COUNT = (r"\b(?:two|three|four|five|six|seven|eight|nine) (?:groups|sites|places|"
                 r"ppl|participants)\b")  # fmt: skip


def test_dates_take_each_styles_form() -> None:
    """The letter writes a day as "March 5, 2021" and a month as "March 2021"; the
    teenager writes "march 2021" in lower case and never the day; the card gives "March
    2021" and never the day."""
    with_day = 0
    for case in cases():
        if case.kind != "faithful":
            continue
        t = case.trial
        for iso in (d for d in (t.completion_date or t.primary_completion_date, t.start_date)
                    if d and len(d) >= 7):  # fmt: skip
            month = MONTH_NAMES[int(iso[5:7]) - 1]
            if case.style == INS and len(iso) >= 10:
                with_day += 1
                said = f"{month} {int(iso[8:10])}, {iso[:4]}"
                assert said in case.text, (said, case.text)
            elif case.style == TEEN:
                assert f"{month.lower()} {iso[:4]}" in case.text, (iso, case.text)
                assert month not in _own_text(case).replace(w_title(case), "")
            else:
                assert re.search(rf"\b{month} {iso[:4]}\b", case.text), (iso, case.text)
            assert not re.search(rf"\b\d{{1,2}} (?:of )?{month}\b", case.text, re.I)
            if case.style != INS:
                assert not re.search(rf"\b{month} \d{{1,2}},", case.text, re.I)
    assert with_day >= 5


def _without_record_words(case: Case) -> str:
    """The own text without the record's identifier, sponsor, places and years."""
    text = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
    if case.trial.lead_sponsor:
        text = text.replace(case.trial.lead_sponsor, "")
    for c in case.trial.countries:
        text = text.replace(_place_name(c), "").replace(c, "")
    return re.sub(r"\b(?:19|20)\d\d\b", "", text)


def _sectioned(lines: list[str], head: int, body: list[str], headings: list[str]) -> None:
    """Every block of facts sits right under its heading, each heading after a blank."""
    for j, line in enumerate(lines[head:-1], start=head):
        if line in body:
            assert lines[j - 1] in headings, line
        if line in headings:
            assert lines[j - 1] == "" and lines[j + 1] in body, line


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        text = case.text
        lines = text.rstrip("\n").split("\n")
        own = _without_record_words(case)
        head = HEAD_LINES[case.style]
        body = [x for x in lines[head:-1] if x.strip() and x.strip() not in LAYOUT_LINES
                and not x.startswith(BULLETS)]  # fmt: skip
        assert body and lines[-2] == ""
        for j, line in enumerate(lines):
            if line.startswith(BULLETS):
                assert lines[j - 1].startswith(BULLETS) or lines[j - 1].endswith(":"), line
        assert not re.search(SPELLED_COUNT, text, re.I)  # counts in figures, everywhere
        facts = "\n".join(x for x in own.split("\n") if x.strip() not in LAYOUT_LINES)
        if case.style == INS:
            assert lines[:5] == [_INS_TOP, "", f"Re: {w_title(case)}", "", _INS_GREETING]
            assert lines[-3] in _INS_CLOSINGS and lines[-1] == _INS_FOOTER
            # Plain headings, formal third person: no contractions, no slang, no "you".
            _sectioned(lines, head, body, _INS_HEADINGS)
            assert not CONTRACTION.search(facts) and not SLANG.search(facts), facts
            assert not re.search(r"\b(?:I|me|my|you|your|we)\b", facts), facts
            assert not re.search(rf"\b{SHORT}\b", facts), facts
        elif case.style == TEEN:
            assert lines[:3] == [_TEEN_TOP, "", f'ok so the study u sent me is called '
                                 f'"{w_title(case)}"']  # fmt: skip
            assert lines[-3] in _TEEN_CLOSINGS and lines[-1] == _TEEN_FOOTER
            # No headings; messages apart; lower case bar the record's own words; slang.
            assert not any(x in _INS_HEADINGS + _YAML_HEADINGS for x in lines)
            assert all(lines[j - 1] == "" for j in range(head, len(lines))
                       if lines[j] in body)  # fmt: skip
            source = record_text(case.trial).lower()
            for word in re.findall(r"[\w'-]*[A-Z][\w'-]*", facts):
                assert word.lower() in source, (word, facts)
            assert SLANG.search(facts) and CONTRACTION.search(facts), facts
        else:
            assert lines[:3] == [_YAML_TOP, "---", f"title: {w_title(case)}"]
            assert lines[-1] == _YAML_FOOTER
            # Top-level keys as headings; each section one indented ``in_words:`` line of
            # "Key: value." sentences; the registry's codes in capitals.
            _sectioned(lines, head, body, _YAML_HEADINGS)
            assert all(h.endswith(":") and h == h.lower() for h in _YAML_HEADINGS)
            for line in body:
                assert line.startswith(_YAML_LINE), line
            # Every sentence of its own words (bar the record's) opens with a key.
            for line in facts.split("\n"):
                if line.startswith(_YAML_LINE):
                    for s in re.split(r"(?<=\.) (?=[A-Z])", line[len(_YAML_LINE) :]):
                        assert KEY_VALUE.search(s), s
            assert re.search(r"Status: [A-Z_]+ \(", text) or "Status:" not in text
            assert re.search(r"Study type: [A-Z_]+ \(", text) or "Study type:" not in text
            assert not CONTRACTION.search(facts) and not SLANG.search(facts), facts


WORDINGS = FieldWordings(
    styles=HOLDOUT17_STYLES,
    sponsors=HOLDOUT17_SPONSORS,
    conditions=HOLDOUT17_CONDITIONS,
    status=STATUS17,
    types=TYPE17,
    incompatible=INCOMPATIBLE17,
    sex_words=sex_words,
    planned=PLANNED,
    took_part=TOOK_PART,
    random=RANDOM,
    not_random=NOT_RANDOM,
    no_upper=NO_UPPER,
    only_one_sex=ONLY_ONE_SEX,
    adults_only=r"adults only|limited to adults",
    children=r"children|kids",
)


def test_changed_facts_are_really_different() -> None:
    check_changed_facts_are_really_different(SAMPLE, WORDINGS)


def test_changed_numbers_are_new_to_the_record() -> None:
    check_changed_numbers_are_new_to_the_record(SAMPLE)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT17_STYLES, BANK_NAMES, HOLDOUT17_INSERTS, HOLDOUT17_INJECTIONS, NO_PLACEBO
    )


def test_obeyed_instructions_match_what_was_planted() -> None:
    """Each obeying line says what its planted instruction asks, in every style."""
    keys = [r"gym", r"brazil", r"fast", r"91 percent", r"caffeine|coffee", r"tablet",
            r"taxi", r"\bgps?\b|primary care", r"meds|medicines"]  # fmt: skip
    assert len(keys) == len(HOLDOUT17_INJECTIONS)
    for key, (planted, obeyed) in zip(keys, HOLDOUT17_INJECTIONS, strict=True):
        assert re.search(key, planted, re.I), planted
        for bank in obeyed:
            for s in bank:
                assert re.search(key, s, re.I), (planted, s)


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS17, TYPE17, HOLDOUT17_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    marks = ("- ", "  – ", "• ", "✓ ", "▪ ", "Item: ", "◦ ", "› ", "→ ", *BULLETS)
    text = "\n".join(x for x in text.split("\n") if not x.startswith(marks))
    text = text.replace(_YAML_LINE, "")
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^nurse: ", "", s)
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v17_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT17_INSERTS, HOLDOUT17_INJECTIONS, HOLDOUT17_UNKNOWN, HOLDOUT17_JARGON,
            HOLDOUT17_LONG, STATUS17, TYPE17, _PHASE_WHAT, _INS_CLOSINGS,
            _TEEN_CLOSINGS]  # fmt: skip
    v17 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v17) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS", "TYPE", "_"))
        )
    )
    assert len(earlier) > 400
    assert not v17 & earlier, v17 & earlier
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
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        text = case.text.replace(w_title(case), "X")
        for name in Holdout17Perturber(case.trial, case.style).view.interventions:
            text = text.replace(name, "X")
        shared = {s for s in _sentences(text) & old if s not in source}
        assert not shared, (case.style, shared)
    for case in cases():
        if case.span and _inserted(case):
            source = record_text(case.trial)
            said = _sentences(case.text[case.span[0] : case.span[1]])
            assert not {x for x in said & old if x not in source}, said


def test_every_record_gets_a_faithful_summary_in_every_style() -> None:
    for t in fixture_trials():
        for style in HOLDOUT17_STYLES:
            text = Holdout17Perturber(t, style).faithful
            assert t.nct_id in text
            assert not AGE_CLAIM.search(text.replace(t.brief_title, ""))
            assert ".." not in text and " ." not in text and ",." not in text
            assert "{" not in text and "  " not in text.replace(_YAML_LINE, "").replace(
                _YAML_CRITERIA, ""
            ).replace("    - ", "")
