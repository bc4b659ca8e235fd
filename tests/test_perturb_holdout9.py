"""The held-out v9 generator's own invariants (bench/perturb_holdout9.py).

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
from bench.perturb import (
    SMALL,
    TENS,
    Case,
    dose_of,
    fixture_trials,
    record_durations,
    record_numbers,
    record_text,
    timepoint,
)
from bench.perturb_holdout9 import (
    _NEWS_BYLINE,
    _NEWS_CRITERIA,
    _NEWS_HEADLINE,
    _NEWS_KICKER,
    _NEWS_MASTHEAD,
    _TABLE_BANNER,
    _TABLE_CRITERIA,
    _TABLE_FOOTER,
    _TABLE_HEAD,
    _TABLE_QUESTIONS,
    _VOICE_CLOSE,
    _VOICE_CRITERIA,
    _VOICE_CUES,
    _VOICE_HEADER,
    _VOICE_WRAP_CUE,
    HOLDOUT9_CONDITIONS,
    HOLDOUT9_DEVICES,
    HOLDOUT9_DRUGS,
    HOLDOUT9_INJECTIONS,
    HOLDOUT9_INSERTS,
    HOLDOUT9_JARGON,
    HOLDOUT9_LONG,
    HOLDOUT9_PROCEDURES,
    HOLDOUT9_SENTENCE_KINDS,
    HOLDOUT9_SPONSORS,
    HOLDOUT9_STYLES,
    HOLDOUT9_UNKNOWN,
    INCOMPATIBLE9,
    STATUS9,
    TYPE9,
    Holdout9Perturber,
    build_holdout9_cases,
    lower_condition,
    ordinal,
    sentence_ends,
    spoken,
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
    check_inserted_errors_are_new_to_the_record,
    check_status_and_type_wordings_are_distinct,
    line_of,
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
BANK_NAMES = HOLDOUT9_DRUGS + HOLDOUT9_PROCEDURES + HOLDOUT9_DEVICES
UNITS = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}
NEWS, VOICE, TABLE = HOLDOUT9_STYLES
LAYOUT_LINES = {_NEWS_MASTHEAD, _NEWS_HEADLINE, _NEWS_BYLINE, _NEWS_KICKER, _NEWS_CRITERIA,
                _VOICE_HEADER, _VOICE_CLOSE, _VOICE_CRITERIA, _VOICE_WRAP_CUE, *_VOICE_CUES,
                _TABLE_BANNER, _TABLE_CRITERIA, _TABLE_FOOTER, *_TABLE_HEAD}  # fmt: skip

SAMPLE = HeldOutSample(build_holdout9_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans


def numbers_in(said: str) -> list[float]:
    """Digits ("2,300", "2.5") and numbers in words ("twenty-six", "nine", "two hundred
    and forty", "two point five") in a phrase."""
    out = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", said)]
    tokens = [*re.findall(r"[a-z]+", said.lower()), "."]
    total = current = 0
    seen = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok == "thousand":
            total += (current or 1) * 1000
            current, seen = 0, True
        elif tok == "point" and seen and UNITS.get(nxt, 10) < 10:
            digits = ""
            while UNITS.get(tokens[i + 1], 10) < 10:
                i += 1
                digits += str(UNITS[tokens[i]])
            out.append(float(f"{total + current}.{digits}"))
            total = current = 0
            seen = False
        elif (tok == "a" and nxt in ("hundred", "thousand")) or (
            tok == "and" and seen and tokens[i - 1] in ("hundred", "thousand")
        ):
            pass
        elif seen:
            out.append(float(total + current))
            total = current = 0
            seen = False
        i += 1
    return out


def _sentence(text: str, a: int, b: int) -> str:
    """The sentence (or table answer, or line) around text[a:b]."""
    start = max(text.rfind(". ", 0, a) + 1, text.rfind("\n", 0, a) + 1, text.rfind("| ", 0, a))
    ends = [i for i in (text.find(". ", b), text.find("\n", b), text.find(" |", b)) if i != -1]
    return text[min(start, a) : max(min(ends) if ends else len(text), b)]


def _said_in(case: Case) -> str:
    a, b = case.span  # type: ignore[misc]
    return _sentence(case.text, a, b)


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n|\s\|\s", text) if s.strip()]


def test_numbers_in_reads_digits_and_spoken_words() -> None:
    assert numbers_in("just over eight hundred people") == [800]
    assert numbers_in("two hundred and forty people and 1,600 more") == [1600, 240]
    assert numbers_in("between eighteen and sixty-five years old") == [18, 65]
    assert numbers_in("two point five milligrams") == [2.5]
    assert numbers_in("a combined phase one and two study, Phase 2/3") == [2, 3, 1, 2]


def test_spoken_numbers_and_days() -> None:
    assert spoken(240) == "two hundred and forty" and spoken(2.5) == "two point five"
    assert spoken(12500) == "12,500" and spoken(1) == "one"
    assert [ordinal(d) for d in (1, 12, 20, 23, 30, 31)] == [
        "first", "twelfth", "twentieth", "twenty-third", "thirtieth", "thirty-first"]  # fmt: skip


def test_sentence_ends_skip_abbreviations_months_and_titles() -> None:
    line = 'Asked about "A vs. B. Study". Run by Acme, Inc. It began on Sept. 14, 2021.'
    ends = sentence_ends(line)
    assert [line[:e].rsplit(" ", 1)[-1] for e in ends] == ['Study".', "2021."]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT9_STYLES)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT9_SENTENCE_KINDS, HOLDOUT9_STYLES)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT9_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


def _rows(text: str) -> list[str]:
    """The questions of a table's rows, in order."""
    return re.findall(r"(?m)^\| ([^|]+) \| ", text)


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
        assert said == said.strip() and "\n" not in said and "|" not in said, (case.kind, said)
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
            # Never a cue heading, a table row or a line of the layout along with the fact.
            assert not any(x in said for x in LAYOUT_LINES), said
            assert not any(q in said for q in _TABLE_QUESTIONS), said
        # The layout is the faithful one: the same cues, rows and paragraphs' count.
        if case.style == TABLE:
            assert _rows(case.text) == _rows(before)
        if case.style == VOICE:
            assert re.findall(r"(?m)^\[.*\]$", case.text) == re.findall(r"(?m)^\[.*\]$", before)
        checked += 1
    assert checked > 1800


def test_inserted_sentences_land_in_prose_or_answers_only() -> None:
    """Never in a list of criteria, the masthead, headline, byline, title, a cue heading,
    the table's head or questions, the kicker, wrap-up or footer, where a sentence would
    read as one of those."""
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(("• ", "- ")) and not line.endswith(":"), line
        assert line not in LAYOUT_LINES, line
        if case.style == TABLE:
            m = re.match(r"\| ([^|]+) \| (.*) \|$", line)
            assert m and m.group(1) in _TABLE_QUESTIONS, line
            # Inside the answer, after its question.
            assert case.span[0] > case.text.rfind("\n", 0, case.span[0]) + len(m.group(1)) + 4
        else:
            assert line not in lines[:4] and not line.startswith("[")


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


PLANNED = re.compile(r"aim to enroll|goal is to enroll|hoping to sign up|planned size")
TOOK_PART = re.compile(r"study enrolled|participants enrolled|people signed up|enrolled: ")
NEUTRAL = re.compile(r"puts enrollment at|gives a figure of|size on the listing", re.I)
NO_UPPER = re.compile(r"no upper age cap|no top age limit|no age ceiling")
POSTED = re.compile(
    r"carries the study's results|results are up on the listing|results: already on the registry"
)
NOT_POSTED = re.compile(r"lists no results|aren't any results|results: none posted")
RANDOM = re.compile(r"assigned to groups at random|decided at random|randomized \(groups")
NOT_RANDOM = re.compile(r"not made at random|not randomized", re.I)
AGE_CLAIM = re.compile(r"only adults|grown-ups only|adults only|children may also|"
                       r"kids can also|children also eligible", re.I)  # fmt: skip
PAST_START = re.compile(r"\blaunched (?:in|on)\b|first got going|\bbegan: ")
PAST_END = re.compile(r"\bconcluded (?:in|on)\b|finished up (?:in|on)\b|\bfinished: ")
# How the comparison sentence says a placebo-controlled study gives no placebo.
NO_PLACEBO = re.compile(r"no placebo|placebo: none|nobody gets a placebo|no participant receives")
PLANNED_START = re.compile(r"scheduled to begin|meant to start|start expected")
PHASE_NA = re.compile(r"phase labels do not apply|phases don't really apply|"
                      r"phase: not applicable")  # fmt: skip
ROUNDED = re.compile(r"(?:more than|just over) ([\w ,-]+?)(?= participants| people)")


def _head_count_said(n: int, text: str) -> bool:
    """The head count, exactly or rounded down ("more than 800", "just over eight
    hundred" for 803: the round number below it, within 10%), in a sentence that says it
    is a head count."""
    for s in _sentences_of(text):
        low = s.lower()
        if not (PLANNED.search(low) or TOOK_PART.search(low) or NEUTRAL.search(s)):
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
    return Holdout9Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the quoted or labelled title,
    the criteria it copies, and the names of treatments and conditions."""
    t = case.trial
    text = case.text.replace(t.brief_title, "").replace(w_title(case), "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("• ", "- ")))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    names += Holdout9Perturber(t, case.style).view.interventions
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT9_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS9:
            assert STATUS9[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS9.items() if k != t.overall_status)
        if t.study_type in TYPE9:
            assert TYPE9[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE9.items() if k != t.study_type)
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
        both, she, he = ("boys and girls", "girls", "boys") if kids else (
            "men and women", "women", "men")  # fmt: skip
        only = r"\b(?:men|women|girls|boys) only\b|\b(?:only|limited to) (?:men|women|girls|boys)\b"
        if t.sex in (Sex.FEMALE, Sex.MALE):
            who = she if t.sex == Sex.FEMALE else he
            assert re.search(rf"\bonly {who}\b|\b{who} only\b|limited to {who}\b", low)
            assert both not in low
        elif t.sex == Sex.ALL:
            assert both in low and not re.search(only, _own_text(case).lower())
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
            assert any(k in numbers_in(x) for x in re.findall(r"phase [^.\n;(:,]*", low))
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
        for x in BANK_NAMES + HOLDOUT9_SPONSORS + HOLDOUT9_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free|\brecommend\b", own)  # fmt: skip


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def _without_record_words(case: Case) -> str:
    """The own text without the record's identifier, sponsor, years and dates' days: what
    is left of a script is the nurse's words alone."""
    # The identifier goes first: a name taken out could cut into it ("4" of NCT03459976).
    text = _own_text(replace(case, text=case.text.replace(case.nct_id, "")))
    if case.trial.lead_sponsor:
        text = text.replace(case.trial.lead_sponsor, "")
    return re.sub(r"\b(?:19|20)\d\d\b", "", text)


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        text, t = case.text, case.trial
        lines = text.rstrip("\n").split("\n")
        own = _own_text(case)
        if case.style == NEWS:
            assert lines[:4] == [_NEWS_MASTHEAD, _NEWS_HEADLINE, _NEWS_BYLINE, ""]
            assert lines[-1] == _NEWS_KICKER and f'"{w_title(case)}"' in lines[4]
            for j, line in enumerate(lines):
                if line.startswith("• "):
                    assert lines[j - 1].startswith("• ") or lines[j - 1] == _NEWS_CRITERIA
            # AP numbers: counts under ten in words, "Phase" with a capital, no contractions.
            for m in re.finditer(r"divided into (\S+) groups|names (\S+) sites", text):
                said = m.group(1) or m.group(2)
                assert said.isalpha() == (int(numbers_in(said)[0]) < 10), said
            if any(p != Phase.NA for p in t.phases):
                assert re.search(r"\bPhase \d", text)
            assert not re.search(r"\b\w+'(?:t|re|ll|ve|d)\b", own)
            assert not re.search(r"randomis|enrol\b|programme", own)
        elif case.style == VOICE:
            assert lines[0] == _VOICE_HEADER and lines[2] == f"Study: {w_title(case)}"
            assert lines[1].startswith("Caller: ") and lines[4] == _VOICE_CUES[0]
            assert lines[-2:] == [_VOICE_WRAP_CUE, _VOICE_CLOSE]
            cues = [x for x in lines if x.startswith("[")]
            assert cues == [c for c in [*_VOICE_CUES, _VOICE_WRAP_CUE] if c in cues]
            for j, line in enumerate(lines):
                if line.startswith("- "):
                    assert lines[j - 1].startswith("- ") or lines[j - 1] == _VOICE_CRITERIA
            # Spoken: every number of the nurse's own in words (bar a count of 10,000 and
            # more, which a script prints), and contractions.
            spoken_text = _without_record_words(case)
            assert not re.search(r"\d", re.sub(r"\b\d{1,3}(?:,\d{3})+\b", "", spoken_text))
            assert re.search(r"\b\w+'(?:s|re|t|ll|ve|d)\b", text)
        else:
            assert lines[:5] == [_TABLE_BANNER, f"Listing: {w_title(case)}", "", *_TABLE_HEAD]
            assert lines[-1] == _TABLE_FOOTER
            rows = [x for x in lines if x.startswith("| ") and x not in _TABLE_HEAD]
            assert rows == lines[5 : 5 + len(rows)]
            questions = _rows("\n".join(rows))
            assert questions == [q for q in _TABLE_QUESTIONS if q in questions]
            assert all(r.endswith(". |") or r.endswith("? |") for r in rows), rows
            for j, line in enumerate(lines):
                if line.startswith("- "):
                    assert lines[j - 1].startswith("- ") or lines[j - 1] == _TABLE_CRITERIA
            # Short answers: no cell longer than a few phrases.
            for r in rows:
                assert len(r.split(" | ", 1)[1]) <= 400, r
            assert not re.search(r"\b\w+'(?:t|re|ll|ve|d)\b", own)


def test_changed_facts_are_really_different() -> None:
    for case, _said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", _said_in(case))
        assert ids and case.nct_id not in ids and case.nct_id not in case.text
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in _said_in(case) and any(s in said for s in HOLDOUT9_SPONSORS), said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT9_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, _said in spans("field.sex"):
        s = _said_in(case).lower()
        if case.trial.sex == Sex.ALL:
            assert re.search(r"\bonly\b|limited to", s), s
            assert not re.search(r"men and women|boys and girls", s), s
        else:
            assert re.search(r"men and women|boys and girls", s), s
    for case, said in spans("field.status"):
        i = HOLDOUT9_STYLES.index(case.style)
        status = case.trial.overall_status
        wrong = [s for s in INCOMPATIBLE9[status]  # type: ignore[index]
                 if STATUS9[s][i] in case.text]  # fmt: skip
        assert len(wrong) == 1, said
        assert STATUS9[status][i] not in case.text  # type: ignore[index]
        if status in framework._INCOMPATIBLE_STATUS:
            assert set(wrong) <= set(framework._INCOMPATIBLE_STATUS[status])
    for case, _said in spans("field.study_type"):
        i = HOLDOUT9_STYLES.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert TYPE9[other][i] in case.text
        assert TYPE9[case.trial.study_type][i] not in case.text  # type: ignore[index]
    for case, _said in spans("field.enrollment_type"):
        s = _said_in(case).lower() + " "
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert PLANNED.search(s) and not TOOK_PART.search(s), s
        else:
            assert TOOK_PART.search(s) and not PLANNED.search(s), s
    for case, _said in spans("field.allocation"):
        s = _said_in(case).lower()
        if case.trial.allocation == "RANDOMIZED":
            assert NOT_RANDOM.search(s), s
        else:
            assert RANDOM.search(s) and not NOT_RANDOM.search(s), s
            assert "random" not in record_text(case.trial) or (
                case.trial.allocation == "NON_RANDOMIZED"
            )
    for case, said in spans("field.masking"):
        s = _said_in(case).lower()
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
        s = _said_in(case)
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
            assert re.search(r"only adults|adults only|grown-ups only", said, re.I), said


def new_numbers(case: Case) -> list[float]:
    """The numbers the error brings: those of its sentence the faithful one lacks (bar
    the record's own names: not the "001" of "KTP-001")."""
    a, b = case.span  # type: ignore[misc]
    before = faithful_of(case)
    tail = len(case.text) - b
    t = case.trial
    names = [re.sub(r"^[A-Z][A-Za-z ]+:\s+", "", i.name) for i in t.interventions]
    names += [*t.conditions, *(lower_condition(c) for c in t.conditions)]

    def numbers(said: str) -> list[float]:
        for name in sorted(names, key=len, reverse=True):
            said = said.replace(name, "")
        return numbers_in(said)

    if case.text[:a] == before[:a] and case.text[b:] == before[len(before) - tail :]:
        now = numbers(_sentence(case.text, a, b))
        for was in numbers(_sentence(before, a, len(before) - tail)):
            if was in now:
                now.remove(was)
        return now
    return numbers(case.text[a:b])


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
                if "groups" in said:
                    assert spelled[0] > len(case.trial.arms)
                elif "weeks" in said:
                    known_days = record_durations(record_text(case.trial))
                    assert all(abs(spelled[0] * 7 - d) > 0.1 * d for d in known_days)
                else:
                    assert not set(spelled) & known, said
            else:
                assert not set(values) & known, (kind, said)
    days = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
    for case, said in spans("number.duration"):
        unit = re.search(r"\b(day|week|month|year)s?\b", _said_in(case))
        values = new_numbers(case)
        assert values and unit, said
        if timepoint(case.trial):
            assert unit.group(1) + "s" == timepoint(case.trial)[1]  # type: ignore[index]
        known = record_durations(record_text(case.trial))
        for v in values:
            assert all(abs(v * days[unit.group(1)] - d) > 0.1 * d for d in known), (said, known)


def test_inserted_errors_are_new_to_the_record() -> None:
    check_inserted_errors_are_new_to_the_record(
        SAMPLE, HOLDOUT9_STYLES, BANK_NAMES, HOLDOUT9_INSERTS, HOLDOUT9_INJECTIONS, NO_PLACEBO
    )


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS9, TYPE9, HOLDOUT9_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies
    (a table's answers count as sentences too)."""
    out = set()
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("- ", "  – ", "• ")))
    for part in re.split(r"(?<=[.!?])\s+|\n|\s\|\s?|^\|\s", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?|").lower()
        s = re.sub(r"^\d+/ ", "", s)  # a post number
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v9_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT9_INSERTS, HOLDOUT9_INJECTIONS, HOLDOUT9_UNKNOWN, HOLDOUT9_JARGON,
            HOLDOUT9_LONG, STATUS9, TYPE9]  # fmt: skip
    v9 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v9) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5, v6, v7, v8)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS", "TYPE", "_"))
        )
    )
    assert len(earlier) > 400
    assert not v9 & earlier, v9 & earlier
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
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        # The record's own title and names are no one's wording.
        text = case.text.replace(w_title(case), "X")
        for name in Holdout9Perturber(case.trial, case.style).view.interventions:
            text = text.replace(name, "X")
        shared = {s for s in _sentences(text) & old if s not in source}
        assert not shared, (case.style, shared)
    # Nor does any error sentence of this set appear in an earlier set's perturbed texts.
    for case in cases():
        if case.span and _inserted(case):
            source = record_text(case.trial)
            said = _sentences(case.text[case.span[0] : case.span[1]])
            assert not {x for x in said & old if x not in source}, said


def test_every_record_gets_a_faithful_summary_in_every_style() -> None:
    # The whole fixture set renders in all three styles, says its identifier, and never
    # states an adult-only or children-too claim the record lacks.
    for t in fixture_trials():
        for style in HOLDOUT9_STYLES:
            text = Holdout9Perturber(t, style).faithful
            assert t.nct_id in text
            assert not AGE_CLAIM.search(text.replace(t.brief_title, ""))
            assert "{" not in text and ".." not in text and "  " not in text
            assert " ." not in text and ",." not in text
            if style == TABLE:
                rows = [x for x in text.split("\n") if x.startswith("| ")]
                assert all(x.count(" | ") == 1 for x in rows[2:]), rows
