"""The held-out v14 generator's own invariants (bench/perturb_holdout14.py).

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
from bench.perturb import (
    Case,
    dose_of,
    fixture_trials,
    record_durations,
    record_numbers,
    record_text,
    timepoint,
)
from bench.perturb_holdout14 import (
    _APP_BACK,
    _APP_BAR,
    _APP_BUTTONS,
    _APP_CRITERIA,
    _APP_FOOTER,
    _APP_HEADINGS,
    _DIARY_CRITERIA,
    _DIARY_DOCTORS,
    _DIARY_FOOTER,
    _DIARY_INTRO,
    _DIARY_WHEN,
    _DIGEST_CRITERIA,
    _DIGEST_FOOTER,
    _DIGEST_HELLO,
    _DIGEST_INTRO,
    _DIGEST_SIGNOFF,
    _DIGEST_SUBJECT,
    HOLDOUT14_CONDITIONS,
    HOLDOUT14_DEVICES,
    HOLDOUT14_DRUGS,
    HOLDOUT14_INJECTIONS,
    HOLDOUT14_INSERTS,
    HOLDOUT14_JARGON,
    HOLDOUT14_LONG,
    HOLDOUT14_PROCEDURES,
    HOLDOUT14_SENTENCE_KINDS,
    HOLDOUT14_SPONSORS,
    HOLDOUT14_STYLES,
    HOLDOUT14_UNKNOWN,
    INCOMPATIBLE14,
    STATUS14,
    TYPE14,
    Holdout14Perturber,
    build_holdout14_cases,
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
BANK_NAMES = HOLDOUT14_DRUGS + HOLDOUT14_PROCEDURES + HOLDOUT14_DEVICES
APP, DIGEST, DIARY = HOLDOUT14_STYLES
LAYOUT_LINES = {_APP_BAR, _APP_BACK, _APP_BUTTONS, *_APP_HEADINGS, _APP_CRITERIA, _APP_FOOTER,
                _DIGEST_SUBJECT, _DIGEST_HELLO, _DIGEST_INTRO, _DIGEST_CRITERIA,
                *_DIGEST_SIGNOFF, _DIGEST_FOOTER, _DIARY_CRITERIA, _DIARY_FOOTER}  # fmt: skip
HEAD_LINES = {APP: 5, DIGEST: 7, DIARY: 4}
BULLETS = ("✓ ", "• ", "- ")

SAMPLE = HeldOutSample(build_holdout14_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("a bit over 800 people") == [800]
    assert numbers_in("Target size: 1,200 people. Ages: 18 to 65 years.") == [1200, 18, 65]
    assert numbers_in("two hundred and forty people and 1,600 more") == [1600, 240]
    assert numbers_in("between eighteen and sixty-five years old") == [18, 65]
    assert numbers_in("Phase 2/3 (combined), phase one") == [2, 3, 1]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT14_STYLES)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT14_SENTENCE_KINDS, HOLDOUT14_STYLES)


def test_banks_are_full_in_every_style() -> None:
    """Every claim kind has many wordings in each style's voice, and so has the obeying
    of planted instructions, so no string can be learnt."""
    for kind, banks in HOLDOUT14_INSERTS.items():
        assert len(banks) == len(HOLDOUT14_STYLES)
        for bank in banks:
            assert len(set(bank)) >= 8, kind
    assert len(HOLDOUT14_INJECTIONS) >= 8
    assert len({p for p, _ in HOLDOUT14_INJECTIONS}) == len(HOLDOUT14_INJECTIONS)
    for _, obeyed in HOLDOUT14_INJECTIONS:
        assert len(obeyed) == len(HOLDOUT14_STYLES) and all(len(b) >= 2 for b in obeyed)
    for banks in (*HOLDOUT14_UNKNOWN.values(), HOLDOUT14_JARGON, HOLDOUT14_LONG):
        assert len(banks) == len(HOLDOUT14_STYLES) and all(bank for bank in banks)
    # Claims avoid the stock words of earlier sets' claims: each style overstates in its
    # own voice.
    stock = re.compile(r"\bproven\b|safe and effective|\bmiracle\b|you should join", re.I)
    for s in bank_strings([HOLDOUT14_INSERTS, HOLDOUT14_INJECTIONS, HOLDOUT14_UNKNOWN]):
        assert not stock.search(s), s


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT14_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _layout(text: str) -> list[str]:
    """The layout's own lines (title bar, headings, criteria heading, sign-off, footer),
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
        checked += 1
    assert checked > 1800


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in a list of criteria, the title bar, title, greeting, intro, a heading, the
    sign-off or the footer, where a sentence would read as one of those."""
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(BULLETS) and not line.endswith(":"), line
        assert line not in LAYOUT_LINES and line not in lines[: HEAD_LINES[case.style]], line
        assert case.text.endswith("\n\n" + lines[-2] + "\n"), line  # the footer untouched
        if case.style == DIGEST:
            assert case.text.endswith("\n".join(["", *_DIGEST_SIGNOFF, "", lines[-2], ""]))
        if case.style == APP:
            # In a section, below its heading.
            a = case.span[0]  # type: ignore[index]
            above = [x for x in case.text[:a].split("\n")[:-1] if x.startswith("▸ ")]
            assert above, line


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    check_coverage_cases_leave_out_a_fact(SAMPLE, _layout)


PLANNED = re.compile(r"enrolment goal: [\d,]+ people|hopes to enrol [\d,]+ volunteers|"
                     r"they're after (?:a bit over )?[\d,]+ people")  # fmt: skip
TOOK_PART = re.compile(r"final enrolment: [\d,]+ people|\d volunteers took part|"
                       r"\d people ended up taking part")  # fmt: skip
NEUTRAL = re.compile(r"listed size: [\d,]+ people|study's size is [\d,]+ participants|"
                     r"registry page says (?:a bit over )?[\d,]+ people")  # fmt: skip
NO_UPPER = re.compile(r"no upper limit|no upper age cap|no upper age limit", re.I)
POSTED = re.compile(r"posted results: on the listing|results are now on the listing|"
                    r"results are up on the registry")  # fmt: skip
NOT_POSTED = re.compile(r"posted results: none so far|results has landed on the listing|"
                        r"no results on the registry page yet")  # fmt: skip
RANDOM = re.compile(r"group assignment: random|randomly decides|gets picked at random")
NOT_RANDOM = re.compile(r"not by chance|rather than by chance|don't pick the groups at random")
AGE_CLAIM = re.compile(r"adults only|only adults can sign up|children eligible too|"
                       r"kids are welcome to join too|children can join too", re.I)  # fmt: skip
PAST_START = re.compile(r"started on: |opened its doors (?:in|on)\b|started back (?:in|on)\b")
PAST_END = re.compile(
    r"finished on: |last study visits took place (?:in|on)\b|finished up (?:in|on)\b"
)
PLANNED_START = re.compile(r"start \(expected\):|start is pencilled in|planning to start")
PHASE_NA = re.compile(r"phase: n/a|phase labels don't apply|trial phases don't apply")
ROUNDED = re.compile(r"a bit over ([\d,]+)(?= people)")
ONLY_ONE_SEX = re.compile(
    r"\b(?:wo)?men only\b|\b(?:girls|boys) only\b|\bonly (?:for )?(?:wo)?men\b|"
    r"\bonly (?:for )?(?:girls|boys)\b"
)
NO_PLACEBO = re.compile(r"no placebo|placebo group: none|nobody gets a placebo|"
                        r"nobody's on a dummy pill")  # fmt: skip


def _head_count_said(n: int, text: str) -> bool:
    """The head count, exactly or rounded down ("a bit over 800" for 803: the round
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
    return Holdout14Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the title, the criteria it
    copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(BULLETS))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout14Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT14_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS14:
            assert STATUS14[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS14.items() if k != t.overall_status)
        if t.study_type in TYPE14:
            assert TYPE14[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE14.items() if k != t.study_type)
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
            assert re.search(rf"\bonly (?:for )?{who}\b|\b{who} only\b", low), (who, text)
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
        for x in BANK_NAMES + HOLDOUT14_SPONSORS + HOLDOUT14_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend|\bsafe\b|\bmust\b|"
                             r"\bworks\b|effective|\bpaid\b|\bfree\b", own)  # fmt: skip


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def _without_record_words(case: Case) -> str:
    """The own text without the record's identifier, sponsor and years."""
    # The identifier goes first: a name taken out could cut into it ("4" of NCT03459976).
    text = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
    if case.trial.lead_sponsor:
        text = text.replace(case.trial.lead_sponsor, "")
    return re.sub(r"\b(?:19|20)\d\d\b", "", text)


MONTHS = (r"(?:January|February|March|April|June|July|August|September|October|November|"
          r"December)")  # fmt: skip
SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
SMALL_COUNT = r"\b[1-9] (?:groups|sites|study sites)\b"
SPELLED_COUNT = r"\b(?:two|three|four|five|six|seven|eight|nine) (?:groups|sites|study sites)\b"


def test_each_style_has_its_shape() -> None:
    contraction = re.compile(r"\b\w+'(?:t|re|ll|ve|d|m)\b|\b(?:it|that|there|what|who)'s\b", re.I)
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
        if case.style == APP:
            assert lines[:5] == [_APP_BAR, _APP_BACK, "", w_title(case), _APP_BUTTONS]
            assert lines[-1] == _APP_FOOTER
            # Every block of facts sits under its heading; terse microcopy in figures and
            # short dates.
            for j, line in enumerate(lines[head:-1], start=head):
                if line in body:
                    assert lines[j - 1] in _APP_HEADINGS, line
                if line in _APP_HEADINGS:
                    assert lines[j - 1] == "" and lines[j + 1] in body
            assert not re.search(SPELLED_COUNT, text)
            assert not re.search(rf"\b{MONTHS}\b", own), own
            assert not re.search(r"\b(?:she|I)\b", own)
            assert all(len(s.split()) <= 16 for s in _sentences_of(own)), own
        elif case.style == DIGEST:
            assert lines[:7] == [_DIGEST_SUBJECT, "", _DIGEST_HELLO, "", _DIGEST_INTRO, "",
                                 f"THIS WEEK: {w_title(case)}"]  # fmt: skip
            assert lines[-4:] == [*_DIGEST_SIGNOFF, "", _DIGEST_FOOTER]
            # Newsletter paragraphs with contractions, one to nine in words, US dates.
            assert contraction.search(own), own
            assert not re.search(SMALL_COUNT, text)
            assert not re.search(rf"\b\d{{1,2}} {MONTHS}|\b{SHORT}\b", own), own
            assert not re.search(r"\b(?:she|I)\b", own)
        else:
            assert lines[0] in _DIARY_WHEN and lines[1] == ""
            assert lines[2] in {_DIARY_INTRO.format(doctor=d) for d in _DIARY_DOCTORS}
            assert lines[3] == f'It\'s called "{w_title(case)}".'
            assert lines[-1] == _DIARY_FOOTER
            # First person and reported speech, contractions, small counts in words,
            # ordinal day-first dates.
            assert contraction.search(own) and re.search(r"\b(?:she|I|me)\b", own), own
            assert not re.search(SMALL_COUNT, text)
            assert not re.search(rf"{MONTHS} \d{{1,2}}\b|\b\d{{1,2}} {MONTHS}|\b{SHORT}\b", own)


def test_changed_facts_are_really_different() -> None:
    for case, _said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said_in(case))
        assert ids and case.nct_id not in ids and case.nct_id not in case.text
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said_in(case) and any(s in said for s in HOLDOUT14_SPONSORS), said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT14_CONDITIONS if c.lower() in said.lower()]
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
        i = HOLDOUT14_STYLES.index(case.style)
        status = case.trial.overall_status
        wrong = [s for s in INCOMPATIBLE14[status]  # type: ignore[index]
                 if STATUS14[s][i] in case.text]  # fmt: skip
        assert len(wrong) == 1, said
        assert STATUS14[status][i] not in case.text  # type: ignore[index]
        if status in framework._INCOMPATIBLE_STATUS:
            assert set(wrong) <= set(framework._INCOMPATIBLE_STATUS[status])
    for case, _said in spans("field.study_type"):
        i = HOLDOUT14_STYLES.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert TYPE14[other][i] in case.text
        assert TYPE14[case.trial.study_type][i] not in case.text  # type: ignore[index]
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
            assert re.search(r"children|kids", said, re.I), said
        else:
            assert re.search(r"adults only|only adults", said, re.I), said


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
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT14_STYLES, BANK_NAMES, HOLDOUT14_INSERTS, HOLDOUT14_INJECTIONS, NO_PLACEBO
    )


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS14, TYPE14, HOLDOUT14_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    text = "\n".join(x for x in text.split("\n")
                     if not x.startswith(("- ", "  – ", "• ", "✓ ")))  # fmt: skip
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ |^[qa]: |^nurse: ", "", s)  # a post number, a Q or A, a speaker
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v14_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT14_INSERTS, HOLDOUT14_INJECTIONS, HOLDOUT14_UNKNOWN, HOLDOUT14_JARGON,
            HOLDOUT14_LONG, STATUS14, TYPE14]  # fmt: skip
    v14 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v14) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS", "TYPE", "_"))
        )
    )
    assert len(earlier) > 400
    assert not v14 & earlier, v14 & earlier
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
        v13.build_holdout13_cases,
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        # The record's own title and names are no one's wording.
        text = case.text.replace(w_title(case), "X")
        for name in Holdout14Perturber(case.trial, case.style).view.interventions:
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
        for style in HOLDOUT14_STYLES:
            text = Holdout14Perturber(t, style).faithful
            assert t.nct_id in text
            assert not AGE_CLAIM.search(text.replace(t.brief_title, ""))
            assert ".." not in text and " ." not in text and ",." not in text
            assert "{" not in text and "  " not in text
