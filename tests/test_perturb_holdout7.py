"""The held-out v7 generator's own invariants (bench/perturb_holdout7.py).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import itertools
import re

import bench.perturb as framework
import bench.perturb_holdout4 as v4
import bench.perturb_holdout5 as v5
import bench.perturb_holdout6 as v6
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
from bench.perturb_holdout7 import (
    _ANY_QUESTION,
    HOLDOUT7_CONDITIONS,
    HOLDOUT7_DEVICES,
    HOLDOUT7_DRUGS,
    HOLDOUT7_INJECTIONS,
    HOLDOUT7_INSERTS,
    HOLDOUT7_JARGON,
    HOLDOUT7_LONG,
    HOLDOUT7_PROCEDURES,
    HOLDOUT7_QUESTIONS,
    HOLDOUT7_SENTENCE_KINDS,
    HOLDOUT7_SPONSORS,
    HOLDOUT7_STYLES,
    HOLDOUT7_UNKNOWN,
    INCOMPATIBLE7,
    STATUS7,
    TYPE7,
    Holdout7Perturber,
    _span7,
    build_holdout7_cases,
)
from summarizer.records import DateType, Phase, Sex, Status, StudyType
from tests.perturb_support import (
    HeldOutSample,
    bank_sentences,
    bank_strings,
    check_deterministic,
    check_each_kind_is_phrased_several_ways,
    check_every_style_and_error_type_is_covered,
    line_of,
)

# Interventional with placebo, results and a dose; observational, women only, recruiting;
# legacy XML; the page-text record; newborns (an upper age in days); babies (in months); a
# lower age in months; an expanded-access programme with a dose; early phase 1; withdrawn
# with no one enrolled; not yet recruiting, men only; the status withheld and nothing
# else; a large multinational one; boys only, phase 2/3, terminated; teenagers; an upper
# age of 100; an unknown status; a phase 1/2; terminated with a dose and a time point.
IDS = ["NCT00000410", "NCT00001177", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150", "NCT03147742", "NCT01220531", "NCT05814159",
       "NCT00973089", "NCT01339988", "NCT03182660", "NCT04764188", "NCT02654730",
       "NCT05486611", "NCT03571217", "NCT01742767", "NCT02708238", "NCT02179567",
       "NCT00734539"]  # fmt: skip
BANK_NAMES = HOLDOUT7_DRUGS + HOLDOUT7_PROCEDURES + HOLDOUT7_DEVICES
UNITS = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}
PODCAST, PORTAL, SLIDES = HOLDOUT7_STYLES

SAMPLE = HeldOutSample(build_holdout7_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans


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
    assert numbers_in("just under 250 people") == [250]
    assert numbers_in("sixty-one people and 1,600 more") == [1600, 61]
    assert numbers_in("a combined phase one and phase two study") == [1, 2]


def test_span7_points_at_the_change_and_nothing_else() -> None:
    # An added sentence is the span, not the next sentence's first word.
    before = "Aged 5 to 8. It's open to all."
    after = "Aged 5 to 8. Kids can join too. It's open to all."
    a, b = _span7(before, after)
    assert after[a:b] == "Kids can join too."
    # A sentence added before one that starts with the same letters.
    before = "Testing it. The program provides X."
    after = "Testing it. This is a Phase 3 study. The program provides X."
    a, b = _span7(before, after)
    assert after[a:b] == "This is a Phase 3 study."
    # A number changed in part is the whole number; a word cut short is the word.
    assert "1,040 people"[slice(*_span7("1,600 people", "1,040 people"))] == "1,040"
    assert "aged eight to 9"[slice(*_span7("aged eighteen to 9", "aged eight to 9"))] == "eight"
    assert "aged twenty-nine"[slice(*_span7("aged twenty", "aged twenty-nine"))] == "twenty-nine"
    # A new bullet line loses its line break and bullet mark.
    before = "• Arms: 2\n• Blinding: none"
    after = "• Arms: 2\n• Group assignment: randomized\n• Blinding: none"
    a, b = _span7(before, after)
    assert after[a:b] == "Group assignment: randomized"


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT7_STYLES)


def test_each_kind_is_phrased_several_ways_in_each_style() -> None:
    check_each_kind_is_phrased_several_ways(SAMPLE, HOLDOUT7_SENTENCE_KINDS, HOLDOUT7_STYLES)


def _without_glue(text: str) -> str:
    """Whitespace, the host's question an inserted answer brings, and an empty bullet."""
    questions = [q for qs in HOLDOUT7_QUESTIONS.values() for q in qs] + _ANY_QUESTION
    for q in questions:
        text = re.sub(rf"\n[A-Z][A-Z. ]+: {re.escape(q)}\n[A-Z][A-Z. ]+: *(?=\n|$)", "", text)
    text = re.sub(r"\n• *(?=\n)", "", text)
    return re.sub(r"\s+", " ", text).strip()


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
        # Whole words: the span never starts or ends inside one.
        assert a == 0 or not (case.text[a - 1].isalnum() and said[0].isalnum()), said
        assert b == len(case.text) or not (case.text[b].isalnum() and said[-1].isalnum()), said
        inserted = case.kind in HOLDOUT7_SENTENCE_KINDS or (
            (case.kind == "number.duration" and timepoint(case.trial) is None)
            or (case.kind == "number.dose" and dose_of(case.trial) is None)
        )
        if inserted:
            # A new sentence or line: taking it out gives back the faithful summary.
            assert said not in before, (case.kind, said)
            assert _without_glue(case.text[:a] + case.text[b:]) == _without_glue(before)
        else:
            # One fact changed in place: everything outside the span (and the spaces,
            # line breaks or bullet marks around it) is untouched.
            while a > 0 and (case.text[a - 1].isspace() or case.text[a - 1] == "•"):
                a -= 1
            while b < len(case.text) and (case.text[b].isspace() or case.text[b] == "•"):
                b += 1
            tail = len(case.text) - b
            assert case.text[:a] == before[:a]
            assert case.text[b:] == before[len(before) - tail :]
            assert case.text[a:b].strip() != before[a : len(before) - tail].strip()
            # Never a heading, a speaker label or a question along with the fact.
            assert "[Slide]" not in said and not re.search(r"[A-Z]{3,}: ", said), said
        checked += 1
    assert checked > 1500


def test_inserted_sentences_land_in_prose_only() -> None:
    """Never in a list of criteria, a heading, the host's question, the greeting or the
    sign-off, where a sentence would read as one of those."""
    for case in cases():
        if case.kind not in HOLDOUT7_SENTENCE_KINDS or case.span is None:
            continue
        line = line_of(case)
        if case.style == PODCAST:
            w = next(Holdout7Perturber(t, PODCAST).writer for t in trials()
                     if t.nct_id == case.nct_id)  # fmt: skip
            assert line.startswith(w.guest.upper() + ": "), line
        elif case.style == PORTAL:
            assert not line.startswith(
                (
                    "- ",
                    "Subject:",
                    "Hello",
                    "Good afternoon",
                    "Kind regards",
                    "Best wishes",
                    "Research Coord",
                )
            )
        else:
            assert line.startswith("• ") and not line.endswith(":"), line


def test_coverage_cases_leave_out_a_fact_the_faithful_text_gives() -> None:
    for case in cases():
        if case.kind != "warn.coverage":
            continue
        before = faithful_of(case)
        assert len(case.text) < len(before)
        t = case.trial
        dropped = [
            bool(t.lead_sponsor) and t.lead_sponsor in before and t.lead_sponsor not in case.text,
            case.nct_id in before and case.nct_id not in case.text,
            any(c in before for c in t.countries) and not any(c in case.text for c in t.countries),
        ]
        assert any(dropped), case.text


HEDGES = re.compile(r"(just under|a little over) ([\d,]+)")


def _enrollment_said(n: int, text: str) -> bool:
    """The head count, exactly or honestly rounded the way the transcript rounds it:
    "just under 250" for 246, "a little over 500" for 512 (within 3%)."""
    for s in _sentences_of(text):
        if not ENROLL.search(s.lower()):
            continue
        hedged = HEDGES.search(s)
        if hedged:
            r = float(hedged.group(2).replace(",", ""))
            if hedged.group(1) == "just under" and 0.97 * r <= n < r:
                return True
            if hedged.group(1) == "a little over" and r < n <= 1.03 * r:
                return True
        elif n in numbers_in(s):
            return True
    return False


PLANNED = re.compile(r"aiming to enroll|target is to enroll|plans to enroll|target enrollment")
TOOK_PART = re.compile(
    r"took part|of [\d,]+ participants were enrolled|"
    r"participants \(final count\)"
)
ENROLL = re.compile(rf"{PLANNED.pattern}|{TOOK_PART.pattern}|size of|enrollment figure")
NO_UPPER = re.compile(r"no upper age limit|no maximum age|no upper limit")
POSTED = re.compile(r"(?<!no )results have been posted|results from this study have been posted|"
                    r"results: posted")  # fmt: skip
NOT_RANDOM = re.compile(r"not randomized|aren't assigned at random")


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text, style = case.trial, case.text, case.style
        i = HOLDOUT7_STYLES.index(style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor and not t.lead_sponsor.startswith("["):
            assert t.lead_sponsor.rstrip(".") in text
        if t.overall_status in STATUS7:
            assert STATUS7[t.overall_status][i] in text  # type: ignore[index]
        others = [s[i] for k, s in STATUS7.items() if k != t.overall_status]
        assert not any(o in text for o in others)
        if t.study_type in TYPE7:
            assert TYPE7[t.study_type][i] in text  # type: ignore[index]
        assert not any(w[i] in text for k, w in TYPE7.items() if k != t.study_type)
        if t.enrollment:
            assert _enrollment_said(t.enrollment, text), (t.enrollment, text)
            if t.enrollment_type == DateType.ESTIMATED:
                assert PLANNED.search(low) and not TOOK_PART.search(low)
            elif t.enrollment_type == DateType.ACTUAL:
                assert TOOK_PART.search(low) and not PLANNED.search(low)
        else:
            assert not PLANNED.search(low) and not TOOK_PART.search(low)
        kids = t.maximum_age_years is not None and t.maximum_age_years < 18
        both, she, he = ("boys and girls", "girls", "boys") if kids else (
            "men and women", "women", "men")  # fmt: skip
        if t.sex in (Sex.FEMALE, Sex.MALE):
            who = she if t.sex == Sex.FEMALE else he
            assert re.search(rf"limited to {who}\b|\b{who} only", low), text
            assert both not in low
        elif t.sex == Sex.ALL:
            assert both in low and not re.search(r"(?:men|girls|boys) only|limited to", low)
        ages = set(numbers_in(low))
        for said, years in ((t.minimum_age, t.minimum_age_years),
                            (t.maximum_age, t.maximum_age_years)):  # fmt: skip
            if years is None or not said:
                continue
            assert float(said.split()[0]) in ages, said
            unit = said.split()[1].lower().rstrip("s")
            if unit != "year":
                assert re.search(rf"\b{unit}s?\b", low), said
        if t.maximum_age_years is None and t.minimum_age_years is not None:
            assert NO_UPPER.search(low), text
        else:
            assert not NO_UPPER.search(low), text
        assert not re.search(r"adults only|only adults|children (?:can|are)|kids can", low)
        for p in t.phases:
            if p == Phase.NA:
                assert re.search(r"no phase number|phase numbers do not apply|phase: n/a", low)
                continue
            k = {Phase.EARLY_PHASE1: 1, Phase.PHASE1: 1, Phase.PHASE2: 2, Phase.PHASE3: 3,
                 Phase.PHASE4: 4}[p]  # fmt: skip
            said = [numbers_in(x) for x in re.findall(r"phase[^.\n;(]*", low)]
            assert any(k in n for n in said), (p, text)
            if p == Phase.EARLY_PHASE1:
                assert re.search(r"early phase (?:1|one)\b", low)
        if t.allocation == "RANDOMIZED":
            assert re.search(r"at random|randomized", low) and not NOT_RANDOM.search(low)
        elif t.allocation == "NON_RANDOMIZED":
            assert NOT_RANDOM.search(low)
        else:
            assert not re.search(r"at random|randomized", low)
        if t.masking == "NONE":
            assert "open-label" in low
        elif t.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert f"{t.masking.lower()}-blind" in low
        assert ("placebo" in low) == t.has_placebo
        if t.start_date:
            assert t.start_date[:4] in text
            if t.start_date_type == DateType.ESTIMATED:
                assert re.search(r"expected to get going|expected to start|planned start", low)
        end = t.completion_date or t.primary_completion_date
        if end:
            assert end[:4] in text
        for country in t.countries[:3]:
            assert country in text
        assert bool(POSTED.search(low)) == t.has_results
        dose = dose_of(t)
        if dose:
            assert dose[1] in numbers_in(text), dose
        point = timepoint(t)
        if point:
            assert point[0] in numbers_in(text), point
        # Contact is the registry's own page, never a phone number or an e-mail address.
        assert "@" not in text and not re.search(r"\d{3}[\s.-]\d{4}", text)
        for url in re.findall(r"https?://\S+|www\.\S+", text):
            assert url.startswith("https://clinicaltrials.gov/study/NCT"), url
        # A faithful summary names no treatment, sponsor or condition from the error banks
        # that the record does not itself use, and makes none of the banks' claims.
        source = record_text(t)
        for x in BANK_NAMES + HOLDOUT7_SPONSORS + HOLDOUT7_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = "\n".join(
            x
            for x in low.split("\n")  # not criteria, nor "best wishes,"
            if not x.startswith(("- ", "  – ")) and not x.endswith(",")
        )
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects|"
                             r"\bcures?\b|shown to", own)  # fmt: skip


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, low = case.trial, case.text.lower()
        if t.overall_status in (Status.WITHDRAWN, Status.NOT_YET_RECRUITING) and (
            t.start_date_type != DateType.ACTUAL
        ):
            assert not re.search(r"got started|got under way|\bbegan: ", low)
        if t.overall_status not in (Status.COMPLETED, Status.TERMINATED):
            assert not re.search(r"wound up|came to an end|\bfinished: ", low)


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        text, t = case.text, case.trial
        lines = [x for x in text.split("\n") if x.strip()]
        w = Holdout7Perturber(t, case.style).writer
        record_words = " ".join([t.brief_title, *t.conditions, *t.inclusion_criteria,
                                 t.lead_sponsor or "", *(i.name for i in t.interventions),
                                 ]).lower()  # fmt: skip
        if case.style == PODCAST:
            assert lines[0].startswith("TRANSCRIPT | Reading the Registry | ")
            host, guest = w.host.upper() + ": ", w.guest.upper() + ": "
            turns = lines[1:]
            # Every line is a turn; the host opens and closes, and the two alternate.
            assert all(x.startswith((host, guest)) for x in turns), turns
            assert turns[0].startswith(host) and turns[-1].startswith(host)
            who = [x.startswith(host) for x in turns]
            assert all(a != b for a, b in itertools.pairwise(who)), turns
            # Spoken: contractions, and no number under 100 in digits outside the
            # record's own names, years and the identifier.
            assert len(re.findall(r"\b\w+'(?:s|re|d|ve|t|ll)\b", text)) >= 4
            spoken = re.sub(r"NCT\d{8}|\b(?:19|20)\d\d\b", "", "\n".join(turns))
            for name in [*t.conditions, *(i.name for i in t.interventions),
                         t.lead_sponsor or "", t.brief_title]:  # fmt: skip
                spoken = spoken.replace(name, "")
            dose = dose_of(t)
            for n in re.findall(r"\b\d[\d,]*(?:\.\d+)?\b", spoken):
                value = float(n.replace(",", ""))
                assert value >= 100 or (dose and value == dose[1]), (n, spoken)
        elif case.style == PORTAL:
            assert lines[0].startswith("Subject: Study information: ")
            assert lines[1] in ("Hello,", "Good afternoon,")
            assert lines[-2] in ("Kind regards,", "Best wishes,")
            assert lines[-1] == "Research Coordination Office"
            assert "not medical advice" in lines[-3]
            for j, line in enumerate(lines):
                if line.startswith("- "):
                    assert lines[j - 1].startswith("- ") or lines[j - 1].endswith(
                        "entry requirements:"
                    )
            assert not re.search(r"\b(?:can't|don't|it's|they're)\b", text)  # formal
        else:
            assert lines[0].startswith("DECK OUTLINE: ")
            assert lines[-1].startswith("Presenter note: ")
            body = lines[1:-1]
            assert body[0].startswith("[Slide] ")
            assert all(x.startswith(("[Slide] ", "• ", "  – ")) for x in body), body
            # Terse bullets, one fact each: no bullet is two sentences.
            for x in body:
                if x.startswith("• "):
                    assert not re.search(r"[a-z]\. [A-Z]", x), x
            # Numbers as digits (bar words in the record's own names and criteria).
            for word in re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()):
                if word in UNITS and word not in ("one",):
                    assert word in record_words, word


def test_changed_facts_are_really_different() -> None:
    for case, said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said)
        assert ids and case.nct_id not in ids
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said and any(s in said for s in HOLDOUT7_SPONSORS), said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT7_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, _said in spans("field.sex"):
        line = line_of(case).lower()
        if case.trial.sex == Sex.ALL:
            assert re.search(r"\bonly\b|limited to", line), line
            assert not re.search(r"men and women|boys and girls", line), line
        else:
            assert re.search(r"men and women|boys and girls", line), line
    for case, said in spans("field.status"):
        i = HOLDOUT7_STYLES.index(case.style)
        status = case.trial.overall_status
        wrong = [s for s in INCOMPATIBLE7[status]  # type: ignore[index]
                 if STATUS7[s][i] in case.text]  # fmt: skip
        assert wrong, said
        assert STATUS7[status][i] not in case.text  # type: ignore[index]
        if status in framework._INCOMPATIBLE_STATUS:
            assert set(wrong) <= set(framework._INCOMPATIBLE_STATUS[status])
    for case, _said in spans("field.study_type"):
        i = HOLDOUT7_STYLES.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert TYPE7[other][i] in case.text
        assert TYPE7[case.trial.study_type][i] not in case.text  # type: ignore[index]
    for case, said in spans("field.enrollment_type"):
        line = " ".join(s for s in _sentences_of(case.text) if said in s).lower()
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert PLANNED.search(line) and not TOOK_PART.search(line), said
        else:
            assert TOOK_PART.search(line) and not PLANNED.search(line), said
    for case, said in spans("field.allocation"):
        line = line_of(case)
        if case.trial.allocation == "RANDOMIZED":
            assert NOT_RANDOM.search(line), line
        else:
            assert re.search(r"at random|randomized", said) and not NOT_RANDOM.search(line)
            assert "random" not in record_text(case.trial) or (
                case.trial.allocation == "NON_RANDOMIZED"
            )
    for case, said in spans("field.masking"):
        if case.trial.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert "open-label" in said, said
        else:
            assert "double-blind" in said, said
    for case, said in spans("field.phase"):
        record = {p.value[-1] for p in case.trial.phases if p != Phase.NA}
        said_phases = {str(int(v)) for v in numbers_in(said)}
        assert said_phases and not said_phases & record, (said, record)
    for case, said in spans("field.date"):
        years = {d[:4] for d in (case.trial.start_date, case.trial.primary_completion_date,
                                 case.trial.completion_date) if d}  # fmt: skip
        found = re.findall(r"\b(?:19|20)\d\d\b", said)
        assert found and not set(found) & years, (said, years)
    for case, said in spans("field.age_bound"):
        line = line_of(case)
        if case.trial.maximum_age_years is not None:
            assert NO_UPPER.search(said), said
        else:
            assert not NO_UPPER.search(line), line
            new = numbers_in(said)
            assert new and max(new) > (case.trial.minimum_age_years or 0), said
    for case, said in spans("field.age_group"):
        if (case.trial.minimum_age_years or 0) >= 18:
            assert re.search(r"children|kids", said, re.I), said
        else:
            assert re.search(r"adults only|only adults", said, re.I), said


def _sentence(text: str, a: int, b: int) -> str:
    start = max(text.rfind(". ", 0, a) + 1, text.rfind("\n", 0, a) + 1)
    ends = [i for i in (text.find(". ", b), text.find("\n", b)) if i != -1]
    return text[min(start, a) : max(min(ends) if ends else len(text), b)]


def new_numbers(case: Case) -> list[float]:
    """The numbers the error brings: those of its sentence the faithful one lacks."""
    a, b = case.span  # type: ignore[misc]
    before = faithful_of(case)
    tail = len(case.text) - b
    names = [re.sub(r"^[A-Z][A-Za-z ]+:\s+", "", i.name) for i in case.trial.interventions]

    def numbers(said: str) -> list[float]:  # not the "001" of "KTP-001"
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
        point = timepoint(case.trial)
        unit = re.search(r"\b(day|week|month|year)s?\b", line_of(case)[-200:] if point else said)
        name = point[1][:-1] if point else unit.group(1) if unit else ""
        values = new_numbers(case)
        assert values and name, said
        known = record_durations(record_text(case.trial))
        for v in values:
            assert all(abs(v * days[name] - d) > 0.1 * d for d in known), (said, known)


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
        assert any(planted in summary for planted, _ in HOLDOUT7_INJECTIONS)
        i = HOLDOUT7_STYLES.index(case.style)
        assert any(said in obeyed[i] for _, obeyed in HOLDOUT7_INJECTIONS)
        original = next(t for t in trials() if t.nct_id == case.nct_id)
        assert summary != (original.brief_summary or "")
        assert said.lower() not in record_text(original)
    for case, _said in spans("claim.results"):
        assert not case.trial.has_results
    for case, said in spans("intervention.comparison"):
        assert case.trial.study_type == StudyType.INTERVENTIONAL
        low = said.lower()
        if case.trial.has_placebo:
            assert re.search(r"no placebo", low)
        elif re.search(r"placebo|dummy", low):
            assert not re.search(r"placebo|sham|dummy", record_text(case.trial))
        else:
            assert re.search(r"standard (?:care|treatment)", low)
            assert not re.search(r"usual|standard|routine|conventional", record_text(case.trial))
    for kind in ("warn.jargon", "warn.long_sentence"):
        for case, said in spans(kind):
            assert not new_numbers(case), said  # a warning carries no wrong number
            if kind == "warn.long_sentence":
                assert len(said.split()) >= 40, said


def test_status_and_type_wordings_are_distinct() -> None:
    """No wording of one status (or study type) is part of another's, so a text that
    states one never also reads as stating another."""
    for table in (STATUS7, TYPE7):
        for i in range(len(HOLDOUT7_STYLES)):
            said = [w[i] for w in table.values()]
            assert len(set(said)) == len(said)
            for a in said:
                assert not any(a != b and a in b for b in said), a


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    text = "\n".join(x for x in text.split("\n") if not x.startswith(("- ", "  – ")))
    for part in re.split(r"(?<=[.!?])\s+|\n", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?").lower()
        s = re.sub(r"^[a-z. ]+: ", "", s)  # a speaker's label
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v7_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT7_INSERTS, HOLDOUT7_INJECTIONS, HOLDOUT7_UNKNOWN, HOLDOUT7_JARGON,
            HOLDOUT7_LONG, STATUS7, TYPE7]  # fmt: skip
    v7 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v7) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5, v6)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS", "TYPE"))
        )
    )
    assert len(earlier) > 300
    assert not v7 & earlier, v7 & earlier
    # And the faithful texts share no sentence with earlier sets' faithful texts of the
    # same records, bar what is the record's own (its title, criteria, names).
    ids = IDS
    sample = [t for t in trials() if t.nct_id in ids]
    old = set()
    for build in (
        framework.build_holdout2_cases,
        framework.build_holdout3_cases,
        v4.build_holdout4_cases,
        v5.build_holdout5_cases,
        v6.build_holdout6_cases,
    ):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful" or case.nct_id not in ids:
            continue
        source = record_text(case.trial)
        text = case.text  # the record's own names are no one's wording
        for name in Holdout7Perturber(case.trial, case.style).view.interventions:
            text = text.replace(name, "X")
        shared = {s for s in _sentences(text) & old if s not in source}
        assert not shared, (case.style, shared)


def test_every_record_gets_a_faithful_summary_in_every_style() -> None:
    # The whole fixture set renders in all three styles, says its identifier, and never
    # states an adult-only or children-too claim the record lacks.
    for t in fixture_trials():
        for style in HOLDOUT7_STYLES:
            text = Holdout7Perturber(t, style).faithful
            assert t.nct_id in text
            assert not re.search(r"children (?:can|are)|kids can|only adults|adults only", text,
                                 re.I)  # fmt: skip
            assert "{" not in text and ".." not in text and "  " not in text.replace("  – ", "")
