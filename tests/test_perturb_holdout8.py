"""The held-out v8 generator's own invariants (bench/perturb_holdout8.py).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import re

import bench.perturb as framework
import bench.perturb_holdout4 as v4
import bench.perturb_holdout5 as v5
import bench.perturb_holdout6 as v6
import bench.perturb_holdout7 as v7
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
from bench.perturb_holdout8 import (
    _HANDOUT_BANNER,
    _HANDOUT_HEADINGS,
    _MINUTES_REMINDER,
    _THREAD_CLOSE,
    HOLDOUT8_CONDITIONS,
    HOLDOUT8_DEVICES,
    HOLDOUT8_DRUGS,
    HOLDOUT8_INJECTIONS,
    HOLDOUT8_INSERTS,
    HOLDOUT8_JARGON,
    HOLDOUT8_LONG,
    HOLDOUT8_PROCEDURES,
    HOLDOUT8_SENTENCE_KINDS,
    HOLDOUT8_SPONSORS,
    HOLDOUT8_STYLES,
    HOLDOUT8_UNKNOWN,
    INCOMPATIBLE8,
    STATUS8,
    TYPE8,
    Holdout8Perturber,
    _span8,
    build_holdout8_cases,
    lower_condition,
    sentence_ends,
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
BANK_NAMES = HOLDOUT8_DRUGS + HOLDOUT8_PROCEDURES + HOLDOUT8_DEVICES
UNITS = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}
HANDOUT, THREAD, MINUTES = HOLDOUT8_STYLES

SAMPLE = HeldOutSample(build_holdout8_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans
new_numbers = SAMPLE.new_numbers


def numbers_in(said: str) -> list[float]:
    """Digits ("2,300", "2.5") and numbers in words ("twenty-six", "nine") in a phrase."""
    out = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", said)]
    tokens = re.findall(r"[a-z]+", said.lower())
    total = current = 0
    seen = False
    for i, tok in enumerate([*tokens, "."]):
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
        elif (tok == "a" and nxt in ("hundred", "thousand")) or (
            tok == "and" and seen and tokens[i - 1] in ("hundred", "thousand")
        ):
            continue
        elif seen:
            out.append(float(total + current))
            total = current = 0
            seen = False
    return out


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("800+ people") == [800]
    assert numbers_in("sixty-one people and 1,600 more") == [1600, 61]
    assert numbers_in("Age range: 18-50 years") == [18, 50]
    assert numbers_in("a combined phase 1 and phase two study") == [1, 2]


def test_span8_points_at_the_change_and_nothing_else() -> None:
    # An added sentence is the span, not the next sentence's first word.
    before = "Aged 5 to 8. It is open to all."
    after = "Aged 5 to 8. Kids can join too. It is open to all."
    assert after[slice(*_span8(before, after))] == "Kids can join too."
    before = "Testing it. The study tests X."
    after = "Testing it. This is a phase 3 study. The study tests X."
    assert after[slice(*_span8(before, after))] == "This is a phase 3 study."
    # A number changed in part is the whole number; a word cut short is the word.
    assert "1,040 people"[slice(*_span8("1,600 people", "1,040 people"))] == "1,040"
    assert "aged eight to 9"[slice(*_span8("aged eighteen to 9", "aged eight to 9"))] == "eight"
    assert "aged twenty-nine"[slice(*_span8("aged twenty", "aged twenty-nine"))] == "twenty-nine"
    # A range's other end is no part of the change.
    assert "Ages 18-89."[slice(*_span8("Ages 18-50.", "Ages 18-89."))] == "89"
    # A sentence on a line of its own loses its line break.
    before = "First para.\nSecond para."
    after = "First para.\nNew line here.\nSecond para."
    assert after[slice(*_span8(before, after))] == "New line here."


def test_lower_condition_keeps_acronyms_and_names() -> None:
    assert lower_condition("Low Back Pain") == "low back pain"
    assert lower_condition("Complete DiGeorge Anomaly") == "complete DiGeorge anomaly"
    assert lower_condition("Still's Disease, Juvenile Onset") == "Still's disease, juvenile onset"
    assert lower_condition("NSCLC") == "NSCLC"


def test_sentence_ends_skip_abbreviations_and_titles() -> None:
    line = 'Talked about "A vs. B. Study". Run by Acme, Inc. It began in 2020.'
    ends = sentence_ends(line)
    assert [line[:e].rsplit(" ", 1)[-1] for e in ends] == ['Study".', "2020."]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT8_STYLES)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT8_SENTENCE_KINDS, HOLDOUT8_STYLES)


def _inserted(case: Case) -> bool:
    return case.kind in HOLDOUT8_SENTENCE_KINDS or (
        (case.kind == "number.duration" and timepoint(case.trial) is None)
        or (case.kind == "number.dose" and dose_of(case.trial) is None)
    )


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
            # Never a heading, a post number or a label of the layout along with the fact.
            assert said not in _HANDOUT_HEADINGS and not re.search(r"(?:^|\s)\d+/ ", said)
            assert not re.search(r"MINUTES|Present:|Action:|Reminder:|🧵", said), said
        checked += 1
    assert checked > 1800


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in a list of criteria, a heading, the banner or title, the thread's last post,
    or the minutes' attendance, action or reminder lines, where a sentence would read as
    one of those; and the thread keeps its numbering."""
    for case in cases():
        if not _inserted(case) or case.span is None:
            continue
        line = line_of(case)
        lines = faithful_of(case).split("\n")
        assert not line.startswith(("• ", "- ")) and not line.endswith(":"), line
        if case.style == HANDOUT:
            assert line not in _HANDOUT_HEADINGS and line not in lines[:2]
            assert not line.startswith("This sheet is")
        elif case.style == THREAD:
            assert re.match(r"\d+/ ", line) and _THREAD_CLOSE not in line, line
            assert re.findall(r"(?m)^\d+/", case.text) == re.findall(
                r"(?m)^\d+/", faithful_of(case)
            )
        else:
            assert line not in lines[:4] and not line.startswith(("Action:", "Reminder:"))


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


PLANNED = re.compile(
    r"hopes to recruit|plan is to enrol|looking to sign up|goal is [\d,]+\+? participants|"
    r"intends to recruit"
)
TOOK_PART = re.compile(
    r"have joined the study|people enrolled|have enrolled|final headcount|"
    r"have been enrolled"
)
NEUTRAL = re.compile(r"study size as|listed size|listed enrolment figure", re.I)
NO_UPPER = re.compile(r"no upper age limit|no max age|no maximum age")
POSTED = re.compile(
    r"results can be read|results are on the listing|results are available on the registry"
)
NOT_POSTED = re.compile(r"not show any results|not on the listing yet|no results appear")
NOT_RANDOM = re.compile(r"not placed into groups by chance|no randomization|not random\b", re.I)
RANDOM = re.compile(r"decided by chance|luck of the draw|by chance \(randomisation\)")
AGE_CLAIM = re.compile(r"children can|children are eligible|kids can|adults only|"
                       r"for adults only|limited to adults", re.I)  # fmt: skip
PAST_START = re.compile(r"study first opened|kicked off|the study began")
PAST_END = re.compile(r"came to a close|\bended in|final study visits took place")


def _head_count_said(n: int, text: str) -> bool:
    """The head count, exactly or as "800+" for 803 (the round number below it, within
    10%), in a sentence that says it is a head count."""
    for s in _sentences_of(text):
        if not (PLANNED.search(s.lower()) or TOOK_PART.search(s.lower()) or NEUTRAL.search(s)):
            continue
        plus = re.search(r"([\d,]+)\+", s)
        if plus:
            floor = float(plus.group(1).replace(",", ""))
            if floor < n <= floor * 1.12:
                return True
        elif n in numbers_in(s):
            return True
    return False


def w_title(case: Case) -> str:
    """The listing's title as the writer shows it (without its subtitle)."""
    return Holdout8Perturber(case.trial, case.style).view.title


def _own_text(case: Case) -> str:
    """The faithful text without what is the record's own: the quoted or labelled title,
    the criteria it copies, and the names of treatments and conditions."""
    t = case.trial
    title = Holdout8Perturber(t, case.style).view.title
    text = case.text.replace(t.brief_title, "").replace(title, "")
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("• ", "- ")))
    names = [*t.conditions, *(i.name for i in t.interventions if "placebo" not in i.name.lower())]
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "").replace(lower_condition(name), "")
    return text


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        i = HOLDOUT8_STYLES.index(case.style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS8:
            assert STATUS8[t.overall_status][i] in text  # type: ignore[index]
        assert not any(s[i] in text for k, s in STATUS8.items() if k != t.overall_status)
        if t.study_type in TYPE8:
            assert TYPE8[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE8.items() if k != t.study_type)
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
        if t.sex in (Sex.FEMALE, Sex.MALE):
            who = she if t.sex == Sex.FEMALE else he
            assert re.search(rf"\bonly {who}\b|\b{who} only|restricted to {who}\b", low)
            assert both not in low
        elif t.sex == Sex.ALL:
            assert both in low and not re.search(r"(?:men|girls|boys) only|restricted to", low)
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
                assert re.search(r"phase numbers do not apply|no drug phase|phase numbers are "
                                 r"not used", low)  # fmt: skip
                continue
            k = {Phase.EARLY_PHASE1: 1, Phase.PHASE1: 1, Phase.PHASE2: 2, Phase.PHASE3: 3,
                 Phase.PHASE4: 4}[p]  # fmt: skip
            assert any(k in numbers_in(x) for x in re.findall(r"phase [^.\n;(]*", low))
            if p == Phase.EARLY_PHASE1:
                assert "early phase 1" in low
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
                assert re.search(r"due to start|start planned for|start is planned", low)
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
        for x in BANK_NAMES + HOLDOUT8_SPONSORS + HOLDOUT8_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = _own_text(case).lower()
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to|risk-free", own)  # fmt: skip


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    check_dates_are_not_told_as_past(SAMPLE, PAST_START, PAST_END)


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        text, t = case.text, case.trial
        lines = text.rstrip("\n").split("\n")
        w = Holdout8Perturber(t, case.style).writer
        if case.style == HANDOUT:
            assert lines[0] == _HANDOUT_BANNER and lines[1] == f"Study: {w_title(case)}"
            assert lines[-1].startswith("This sheet is general information")
            heads = [x for x in lines if x in _HANDOUT_HEADINGS]
            assert heads == [h for h in _HANDOUT_HEADINGS if h in heads] and heads
            for j, line in enumerate(lines):
                if line.startswith("• "):
                    assert lines[j - 1].startswith("• ") or lines[j - 1] == (
                        "Some of the listed requirements:"
                    )
                if line in _HANDOUT_HEADINGS:
                    assert not lines[j - 1].strip() and lines[j + 1].strip()
            # A British sheet without contractions.
            assert not re.search(r"randomiz|enroll\b|program\b", _own_text(case))
            assert not re.search(r"\b\w+'(?:t|re|ll|ve|d)\b", _own_text(case))
        elif case.style == THREAD:
            posts = text.rstrip("\n").split("\n\n")
            assert all("\n" not in p for p in posts)
            assert [re.match(r"(\d+)/ ", p).group(1) for p in posts] == [  # type: ignore[union-attr]
                str(k) for k in range(1, len(posts) + 1)
            ]
            assert "🧵" in posts[0] and posts[-1].endswith(_THREAD_CLOSE)
            # Short posts after the first (which carries the listing's title).
            assert all(len(p) <= 320 for p in posts[1:]), posts
            assert re.search(r"\b\w+'(?:s|re|t|ll|ve)\b", text)  # casual
        else:
            assert lines[0].startswith("MINUTES: ") and lines[0].endswith("monthly meeting")
            assert lines[1] == f"Present: group members and {w.who} (facilitator)."
            assert lines[3] == "Research update" and lines[4].startswith(w.who)
            assert lines[-2].startswith(f"Action: {w.who} ") and lines[-1] == _MINUTES_REMINDER
            for j, line in enumerate(lines):
                if line.startswith("- "):
                    assert lines[j - 1].startswith("- ") or lines[j - 1].endswith("included:")
            # Counts under ten in words.
            for m in re.finditer(r"There are (\S+) study groups|has (\S+) sites", text):
                said = m.group(1) or m.group(2)
                assert not said.isdigit() or int(said.replace(",", "")) >= 10, said
            assert not re.search(r"\b\w+'(?:t|re|ll|ve|d)\b", _own_text(case))


def test_changed_facts_are_really_different() -> None:
    for case, _said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said_in(case))
        assert ids and case.nct_id not in ids and case.nct_id not in case.text
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said_in(case) and any(s in said for s in HOLDOUT8_SPONSORS), said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT8_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, _said in spans("field.sex"):
        s = said_in(case).lower()
        if case.trial.sex == Sex.ALL:
            assert re.search(r"\bonly\b|restricted to", s), s
            assert not re.search(r"men and women|boys and girls", s), s
        else:
            assert re.search(r"men and women|boys and girls", s), s
    for case, said in spans("field.status"):
        i = HOLDOUT8_STYLES.index(case.style)
        status = case.trial.overall_status
        wrong = [s for s in INCOMPATIBLE8[status]  # type: ignore[index]
                 if STATUS8[s][i] in case.text]  # fmt: skip
        assert len(wrong) == 1, said
        assert STATUS8[status][i] not in case.text  # type: ignore[index]
        if status in framework._INCOMPATIBLE_STATUS:
            assert set(wrong) <= set(framework._INCOMPATIBLE_STATUS[status])
    for case, _said in spans("field.study_type"):
        i = HOLDOUT8_STYLES.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert TYPE8[other][i] in case.text
        assert TYPE8[case.trial.study_type][i] not in case.text  # type: ignore[index]
    for case, _said in spans("field.enrollment_type"):
        s = said_in(case).lower()
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert PLANNED.search(s) and not TOOK_PART.search(s), s
        else:
            assert TOOK_PART.search(s) and not PLANNED.search(s), s
    for case, _said in spans("field.allocation"):
        s = said_in(case).lower()
        if case.trial.allocation == "RANDOMIZED":
            assert NOT_RANDOM.search(s), s
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
            assert re.search(r"adults only|for adults|limited to adults", said, re.I), said


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
        unit = re.search(r"\b(day|week|month|year)s?\b", said_in(case))
        values = new_numbers(case)
        assert values and unit, said
        if timepoint(case.trial):
            assert unit.group(1) + "s" == timepoint(case.trial)[1]  # type: ignore[index]
        known = record_durations(record_text(case.trial))
        for v in values:
            assert all(abs(v * days[unit.group(1)] - d) > 0.1 * d for d in known), (said, known)


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
        planted = [p for p, _ in HOLDOUT8_INJECTIONS if p in summary]
        assert len(planted) == 1
        i = HOLDOUT8_STYLES.index(case.style)
        obeyed = next(o for p, o in HOLDOUT8_INJECTIONS if p == planted[0])
        assert said in obeyed[i]
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
            assert re.search(r"no placebo|nobody receives a placebo|no participant", low)
        elif "placebo" in low:
            assert not re.search(r"placebo|sham|dummy", source)
        else:
            assert re.search(r"standard care|usual treatment", low)
            assert not re.search(r"usual|standard|routine|conventional", source)
    for kind in ("warn.jargon", "warn.long_sentence"):
        for case, said in spans(kind):
            assert not new_numbers(case), said  # a warning carries no wrong number
            if kind == "warn.long_sentence":
                assert len(said.split()) >= 40, said
    # Claims naming the treatment are made only for a study that assigns one.
    for kind in HOLDOUT8_INSERTS:
        for case, said in spans(kind):
            if case.trial.study_type != StudyType.INTERVENTIONAL:
                names = [i.name for i in case.trial.interventions]
                assert not any(n in said for n in names), said


def test_status_and_type_wordings_are_distinct() -> None:
    check_status_and_type_wordings_are_distinct(STATUS8, TYPE8, HOLDOUT8_STYLES)


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("- ", "  – ", "• ")))
    for part in re.split(r"(?<=[.!?])\s+|\n", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?").lower()
        s = re.sub(r"^\d+/ ", "", s)  # a post number
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v8_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT8_INSERTS, HOLDOUT8_INJECTIONS, HOLDOUT8_UNKNOWN, HOLDOUT8_JARGON,
            HOLDOUT8_LONG, STATUS8, TYPE8]  # fmt: skip
    v8 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v8) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5, v6, v7)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS", "TYPE", "_"))
        )
    )
    assert len(earlier) > 400
    assert not v8 & earlier, v8 & earlier
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
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful":
            continue
        source = record_text(case.trial)
        # The record's own title and names are no one's wording.
        text = case.text.replace(w_title(case), "X")
        for name in Holdout8Perturber(case.trial, case.style).view.interventions:
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
        for style in HOLDOUT8_STYLES:
            text = Holdout8Perturber(t, style).faithful
            assert t.nct_id in text
            assert not AGE_CLAIM.search(text.replace(t.brief_title, ""))
            assert "{" not in text and ".." not in text and "  " not in text
            assert " ." not in text and ",." not in text
