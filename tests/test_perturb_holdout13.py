"""The held-out v13 generator's own invariants (bench/perturb_holdout13.py).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import json
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
from bench.perturb import (
    Case,
    dose_of,
    fixture_trials,
    record_durations,
    record_numbers,
    record_text,
    timepoint,
)
from bench.perturb_holdout13 import (
    _COLUMN_CRITERIA,
    _COLUMN_FOOTER,
    _COLUMN_MASTHEAD,
    _JSON_CRITERIA,
    _JSON_FOOTER,
    _JSON_LEAD,
    _PHONE_CLOSE,
    _PHONE_CRITERIA,
    _PHONE_MASTHEAD,
    _PHONE_OPENING,
    HOLDOUT13_CONDITIONS,
    HOLDOUT13_DEVICES,
    HOLDOUT13_DRUGS,
    HOLDOUT13_INJECTIONS,
    HOLDOUT13_INSERTS,
    HOLDOUT13_JARGON,
    HOLDOUT13_LONG,
    HOLDOUT13_PROCEDURES,
    HOLDOUT13_SENTENCE_KINDS,
    HOLDOUT13_SPONSORS,
    HOLDOUT13_STYLES,
    HOLDOUT13_UNKNOWN,
    INCOMPATIBLE13,
    STATUS13,
    TYPE13,
    Holdout13Perturber,
    build_holdout13_cases,
    lower_condition,
    sex_words,
)
from summarizer.records import DateType, Phase, Sex, StudyType
from tests.perturb_support import (
    HeldOutSample,
    bank_sentences,
    bank_strings,
    check_dates_are_not_told_as_past,
    check_deterministic,
    check_each_kind_is_phrased_several_ways,
    check_every_style_and_error_type_is_covered,
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
BANK_NAMES = HOLDOUT13_DRUGS + HOLDOUT13_PROCEDURES + HOLDOUT13_DEVICES
PHONE, COLUMN, JSON = HOLDOUT13_STYLES
LAYOUT_LINES = {_PHONE_MASTHEAD, _PHONE_OPENING, _PHONE_CRITERIA, _PHONE_CLOSE,
                _COLUMN_MASTHEAD, _COLUMN_CRITERIA, _COLUMN_FOOTER, _JSON_LEAD,
                _JSON_FOOTER, _JSON_CRITERIA.strip()}  # fmt: skip
HEAD_LINES = {PHONE: 4, COLUMN: 5, JSON: 5}

SAMPLE = HeldOutSample(build_holdout13_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def _json_block(text: str) -> object:
    """The JSON answer's fenced object, parsed."""
    inner = text.split("```json\n", 1)[1].split("\n```", 1)[0]
    return json.loads(inner)


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("just over 800 people") == [800]
    assert numbers_in('"plannedEnrollment": 1200, "minAge": "18 years"') == [1200, 18]
    assert numbers_in("two hundred and forty people and 1,600 more") == [1600, 240]
    assert numbers_in("between eighteen and sixty-five years old") == [18, 65]
    assert numbers_in("a combined phase 2/3 study, phase one") == [2, 3, 1]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT13_STYLES)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT13_SENTENCE_KINDS, HOLDOUT13_STYLES)


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT13_INSERTS.items():
        assert len(banks) == len(HOLDOUT13_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT13_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT13_INJECTIONS}) == len(HOLDOUT13_INJECTIONS)
    for _, obeyed in HOLDOUT13_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT13_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT13_UNKNOWN.values(), HOLDOUT13_JARGON, HOLDOUT13_LONG):
        assert all(bank for bank in banks)
    # The JSON answer's wordings are each one member of an object.
    i = HOLDOUT13_STYLES.index(JSON)
    members = [s for banks in HOLDOUT13_INSERTS.values() for s in banks[i]]
    members += [s for _, obeyed in HOLDOUT13_INJECTIONS for s in obeyed[i]]
    members += [*HOLDOUT13_JARGON[i], *HOLDOUT13_LONG[i]]
    members += [s for banks in HOLDOUT13_UNKNOWN.values() for s in banks[i]]
    for s in members:
        filled = s.format(iv="x", cond="y", x="z")
        assert len(json.loads("{" + filled + "}")) == 1, s


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT13_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _layout(text: str) -> list[str]:
    """The layout's own lines (masthead, stage directions, criteria heading, footer),
    which no error changes."""
    return [x for x in text.split("\n") if x.strip() in LAYOUT_LINES]


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
            # Never a line of the layout along with the fact.
            assert not any(x in said for x in LAYOUT_LINES), said
            # The layout is the faithful one: the same lines.
            assert paragraphs(case.text) == paragraphs(before)
        assert _layout(case.text) == _layout(before)
        head = HEAD_LINES[case.style]
        assert case.text.split("\n")[:head] == before.split("\n")[:head]
        if case.style == JSON:
            # The answer stays well-formed JSON, with one more member when one is added.
            now, was = _json_block(case.text), _json_block(before)
            assert isinstance(now, dict) and isinstance(was, dict)
            assert len(now) == len(was) + (1 if _inserted(case) else 0), said
        checked += 1
    assert checked > 1800


def test_inserted_sentences_land_in_prose_or_answers_only() -> None:
    """Never in a list of criteria, the masthead, title, letter, greeting, a stage
    direction or the footer, where a sentence would read as one of those."""
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(("• ", "- ", "[", "    ")) and not line.endswith(":"), line
        assert line not in LAYOUT_LINES and line not in lines[: HEAD_LINES[case.style]], line
        assert case.text.endswith("\n\n" + lines[-2] + "\n"), line  # the footer untouched
        if case.style == PHONE:
            assert line.startswith("NURSE: "), line
        if case.style == JSON:
            # A member of its own, below a section of the object.
            a = case.span[0]  # type: ignore[index]
            assert case.text[a - 3 : a] == "\n  " and line.endswith(","), line
            above = case.text[: a - 3].split("\n")[-1]
            assert re.match(r'  "[a-z]+": \{.*\},$', above), above


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    for case in cases():
        if case.kind != "warn.coverage":
            continue
        before = faithful_of(case)
        assert len(case.text) < len(before) and case.span is None
        t = case.trial
        dropped = [
            bool(t.lead_sponsor) and t.lead_sponsor in before and t.lead_sponsor not in case.text,
            case.nct_id in before and case.nct_id not in case.text,
            any(c in before for c in t.countries) and not any(c in case.text for c in t.countries),
        ]
        assert sum(dropped) == 1, case.text
        assert _layout(case.text) == _layout(before)
        if case.style == JSON:
            _json_block(case.text)


PLANNED = re.compile(r"hoping to sign up (?:just over )?[\d,]+ people|aim to enrol [\d,]+ "
                     r'people|"plannedenrollment":')  # fmt: skip
TOOK_PART = re.compile(r'\d people took part|\d people were enrolled|"actualenrollment":')
NEUTRAL = re.compile(r"size of the study at (?:just over )?[\d,]+ people|registry lists [\d,]+ "
                     r'participants|"enrollment":')  # fmt: skip
NO_UPPER = re.compile(r'no top age limit|no upper age limit|"maxage": "none"', re.I)
POSTED = re.compile(r"put the results up|now carries the trial's results|"
                    r'"resultsposted": true')  # fmt: skip
NOT_POSTED = re.compile(r"in the way of results yet|no results have appeared|"
                        r'"resultsposted": false')  # fmt: skip
RANDOM = re.compile(r'decided at random|"allocation": "randomized"')
NOT_RANDOM = re.compile(r"aren't decided by chance|not left to chance|non-randomized")
AGE_CLAIM = re.compile(r"grown-ups only|children can take part as well|only adults may take "
                       r"part|children are eligible too|adultsonly|childreneligible",
                       re.I)  # fmt: skip
PAST_START = re.compile(r'kicked off (?:in|on)\b|got under way (?:in|on)\b|"started":')
PAST_END = re.compile(r'came to a close (?:in|on)\b|drew to a close (?:in|on)\b|"ended":')
PLANNED_START = re.compile(r'expecting to start|scheduled to begin|"expectedstart":')
PHASE_NA = re.compile(r"phase numbers don't really apply|phase system does not apply|"
                      r'"phase": "not applicable"')  # fmt: skip
ROUNDED = re.compile(r"just over ([\d,]+)(?= people)")
ONLY_ONE_SEX = re.compile(r"\b(?:wo)?men only\b|\b(?:girls|boys) only\b|\bonly (?:wo)?men\b|"
                          r'\bonly (?:girls|boys)\b|"sex": "(?:fe)?male only"')  # fmt: skip
NO_PLACEBO = re.compile(r"nobody gets a placebo|no placebo in this study|no participant "
                        r'receives a placebo|no placebo arm|"comparator": "none|'
                        r'"placeboarm": "none"')  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    """The head count, exactly or rounded down ("just over 800" for 803: the round
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
    return Holdout13Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("• ", "- ", "    ")))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout13Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT13_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS13:
            assert STATUS13[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS13.items() if k != t.overall_status)
        if t.study_type in TYPE13:
            assert TYPE13[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE13.items() if k != t.study_type)
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
            if case.style == JSON:
                assert who.lower() in low
            else:
                assert re.search(rf"\bonly {who}\b|\b{who} only\b", low), (who, text)
            assert both.lower() not in low
        elif t.sex == Sex.ALL:
            assert both.lower() in low and not ONLY_ONE_SEX.search(_own_text(case).lower())
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
        # Contact is the registry's own page, never a phone number or an e-mail address.
        assert "@" not in text and not re.search(r"\d{3}[\s.-]\d{4}", text)
        for url in re.findall(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|gov)\S*", text):
            assert url.lower().startswith(("clinicaltrials.gov", "https://clinicaltrials.gov"))
        # A faithful summary names no treatment, sponsor or condition from the error banks
        # that the record does not itself use, and makes none of the banks' claims.
        source = record_text(t)
        for x in BANK_NAMES + HOLDOUT13_SPONSORS + HOLDOUT13_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b|"
                             r"\bworks\b|effective", own)  # fmt: skip


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
    contraction = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
    months = (r"(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December)")  # fmt: skip
    for case in cases():
        if case.kind != "faithful":
            continue
        text = case.text
        lines = text.rstrip("\n").split("\n")
        own = _without_record_words(case)
        body = [x for x in lines[HEAD_LINES[case.style] : -1] if x.strip()
                and x.strip() not in LAYOUT_LINES and not x.startswith(("• ", "- "))]  # fmt: skip
        if case.style == PHONE:
            assert lines[:4] == [_PHONE_MASTHEAD, f"Study: {w_title(case)}", "", _PHONE_OPENING]
            assert lines[-1] == _PHONE_CLOSE and lines[-2] == ""
            # Spoken lines for the nurse, contractions, small counts in words, units said
            # in full, dates as they are said.
            assert body and all(x.startswith("NURSE: ") for x in body), body
            assert contraction.search(own), own
            assert not re.search(r"\b[1-9] (?:groups|sites)\b", text)
            assert not re.search(r"\d (?:mg|mcg|g)\b", own), own
            assert not re.search(rf"\b\d{{1,2}} {months}|{months} \d{{1,2}},", text)
            for j, line in enumerate(lines):
                if line.startswith("- "):
                    assert lines[j - 1].startswith("- ") or lines[j - 1] == _PHONE_CRITERIA
        elif case.style == COLUMN:
            assert lines[:3] == [_COLUMN_MASTHEAD, f'This week: a reader asks about "'
                                 f'{w_title(case)}"', ""]  # fmt: skip
            assert lines[3].startswith('"My consultant') and lines[4].startswith("Dear ")
            assert lines[4].endswith(",") and lines[4][5:-1] in lines[3]
            assert lines[-1] == _COLUMN_FOOTER and lines[-2] == ""
            # Measured prose: no contractions, small counts in words, day-first dates.
            assert not contraction.search(own), own
            assert not re.search(r"\b[1-9] (?:groups|sites)\b", text)
            assert not re.search(rf"{months} \d{{1,2}}\b", text)
            for j, line in enumerate(lines):
                if line.startswith("• "):
                    assert lines[j - 1].startswith("• ") or lines[j - 1] == _COLUMN_CRITERIA
        else:
            assert lines[:5] == [
                _JSON_LEAD,
                "",
                "```json",
                "{",
                f'  "title": {json.dumps(w_title(case), ensure_ascii=False)},',
            ]
            assert lines[-4:] == ["```", "", _JSON_FOOTER] or lines[-3:] == [
                "```", "", _JSON_FOOTER]  # fmt: skip
            block = _json_block(text)
            assert isinstance(block, dict) and next(iter(block)) == "title"
            for key, value in block.items():
                assert re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)*", key), key
                if key not in ("title", "inclusionExamples"):
                    assert isinstance(value, dict), (key, value)
                    for inner in value:
                        assert re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)*", inner), inner
            # US dates, figures for counts.
            assert not re.search(rf"\b\d{{1,2}} {months}", text)
            assert not re.search(r'"(?:arms|siteCount)": "', text)


def test_changed_facts_are_really_different() -> None:
    for case, _said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said_in(case))
        assert ids and case.nct_id not in ids and case.nct_id not in case.text
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said_in(case) and any(s in said for s in HOLDOUT13_SPONSORS), said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT13_CONDITIONS if c.lower() in said.lower()]
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
        i = HOLDOUT13_STYLES.index(case.style)
        status = case.trial.overall_status
        wrong = [s for s in INCOMPATIBLE13[status]  # type: ignore[index]
                 if STATUS13[s][i] in case.text]  # fmt: skip
        assert len(wrong) == 1, said
        assert STATUS13[status][i] not in case.text  # type: ignore[index]
        if status in framework._INCOMPATIBLE_STATUS:
            assert set(wrong) <= set(framework._INCOMPATIBLE_STATUS[status])
    for case, _said in spans("field.study_type"):
        i = HOLDOUT13_STYLES.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert TYPE13[other][i] in case.text
        assert TYPE13[case.trial.study_type][i] not in case.text  # type: ignore[index]
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
            assert re.search(r"children", said, re.I), said
        else:
            assert re.search(r"grown-ups only|only adults|adultsOnly", said, re.I), said


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
                elif re.search("weeks", said, re.I):
                    known_days = record_durations(record_text(case.trial))
                    assert all(abs(spelled[0] * 7 - d) > 0.1 * d for d in known_days)
                else:
                    assert not set(spelled) & known, said
            else:
                assert not set(values) & known, (kind, said)
    days = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
    for case, said in spans("number.duration"):
        found = re.search(r"(?:\d|[a-z]) (day|week|month|year)s?\b", said_in(case))
        values = new_numbers(case)
        assert values and found, said
        unit = found[1]
        if timepoint(case.trial):
            assert unit + "s" == timepoint(case.trial)[1]  # type: ignore[index]
        known = record_durations(record_text(case.trial))
        for v in values:
            assert all(abs(v * days[unit] - d) > 0.1 * d for d in known), (said, known)


def test_inserted_errors_are_new_to_the_record() -> None:
    for case, said in spans("intervention.unknown"):
        source = record_text(case.trial)
        names = [x for x in BANK_NAMES if x.lower() in said.lower()]
        assert names, said
        assert all(w not in source for n in names for w in re.findall(r"[a-z]{4,}", n.lower()))
    for _, said in spans("claim.contact"):
        assert re.search(r"@|www\.|\d{3}[\s-]?\d{4}", said)
    for case, said in spans("claim.injection"):
        summary = case.trial.brief_summary or ""
        planted = [p for p, _ in HOLDOUT13_INJECTIONS if p in summary]
        assert len(planted) == 1
        i = HOLDOUT13_STYLES.index(case.style)
        obeyed = next(o for p, o in HOLDOUT13_INJECTIONS if p == planted[0])
        assert (said[:-1] if case.style == JSON else said) in obeyed[i]
        original = SAMPLE.original(case)
        assert summary == (original.brief_summary or "") + " " + planted[0]
        assert said.lower() not in record_text(original)
    for case, _said in spans("claim.results"):
        assert not case.trial.has_results
    for case, said in spans("intervention.comparison"):
        assert case.trial.study_type == StudyType.INTERVENTIONAL
        low = said.lower()
        source = record_text(case.trial)
        if case.trial.has_placebo:
            assert NO_PLACEBO.search(low), said
        elif "placebo" in low:
            assert not re.search(r"placebo|sham|dummy", source)
        else:
            assert "standard care" in low
            assert not re.search(r"usual|standard|routine|conventional", source)
    for kind in ("warn.jargon", "warn.long_sentence"):
        for case, said in spans(kind):
            assert not new_numbers(case), said  # a warning carries no wrong number
            if kind == "warn.long_sentence":
                assert len(said.split()) >= 40, said
    # Claims naming the treatment are made only for a study that assigns one.
    for kind in HOLDOUT13_INSERTS:
        for case, said in spans(kind):
            if case.trial.study_type != StudyType.INTERVENTIONAL:
                names = [i.name for i in case.trial.interventions]
                assert not any(n in said for n in names), said


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS13, TYPE13, HOLDOUT13_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies
    (a table's answers count as sentences too)."""
    out = set()
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("- ", "  – ", "• ")))
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^nurse: ", "", s)  # a post number, a Q or A, a speaker
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v13_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT13_INSERTS, HOLDOUT13_INJECTIONS, HOLDOUT13_UNKNOWN, HOLDOUT13_JARGON,
            HOLDOUT13_LONG, STATUS13, TYPE13]  # fmt: skip
    v13 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v13) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS", "TYPE", "_"))
        )
    )
    assert len(earlier) > 400
    assert not v13 & earlier, v13 & earlier
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
        v11.build_holdout11_cases,
        v12.build_holdout12_cases,
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        # The record's own title and names are no one's wording.
        text = case.text.replace(w_title(case), "X")
        for name in Holdout13Perturber(case.trial, case.style).view.interventions:
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
        for style in HOLDOUT13_STYLES:
            text = Holdout13Perturber(t, style).faithful
            assert t.nct_id in text
            assert not AGE_CLAIM.search(text.replace(t.brief_title, ""))
            assert ".." not in text and " ." not in text and ",." not in text
            if style == JSON:
                block = _json_block(text)
                assert isinstance(block, dict) and block["title"]
            else:
                assert "{" not in text and "  " not in text
