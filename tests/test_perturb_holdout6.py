"""The held-out v6 generator's own invariants (bench/perturb_holdout6.py).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import re

import bench.perturb as framework
import bench.perturb_holdout4 as v4
import bench.perturb_holdout5 as v5
from bench.perturb import (
    _INCOMPATIBLE_STATUS,
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
from bench.perturb_holdout6 import (
    HOLDOUT6_CONDITIONS,
    HOLDOUT6_DEVICES,
    HOLDOUT6_DRUGS,
    HOLDOUT6_INJECTIONS,
    HOLDOUT6_INSERTS,
    HOLDOUT6_JARGON,
    HOLDOUT6_LONG,
    HOLDOUT6_PROCEDURES,
    HOLDOUT6_QUESTIONS,
    HOLDOUT6_SENTENCE_KINDS,
    HOLDOUT6_SPONSORS,
    HOLDOUT6_STYLES,
    HOLDOUT6_UNKNOWN,
    STATUS6,
    TYPE6,
    Holdout6Perturber,
    build_holdout6_cases,
)
from summarizer.records import DateType, Phase, Sex, Status, StudyType
from tests.perturb_support import (
    HeldOutSample,
    bank_sentences,
    bank_strings,
    check_deterministic,
    check_every_style_and_error_type_is_covered,
    line_of,
)

# Interventional with placebo, results and a dose; observational; legacy XML; the page-text
# record; newborns (an upper age in days); babies (in months); months as a lower age; an
# expanded-access programme; early phase 1; withdrawn; not yet recruiting, men only; women
# only; the status withheld; recruiting, women only, observational; a large multinational
# one; an enrollment the letter rounds; phase 1/2; terminated.
IDS = ["NCT00000410", "NCT00734539", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150", "NCT03147742", "NCT05814159", "NCT01220531",
       "NCT06097962", "NCT00973089", "NCT01339988", "NCT00001177", "NCT02210780",
       "NCT00831909", "NCT02708238", "NCT03182660", "NCT03459976", "NCT04764188",
       "NCT01207388"]  # fmt: skip
BANK_NAMES = HOLDOUT6_DRUGS + HOLDOUT6_PROCEDURES + HOLDOUT6_DEVICES
UNITS = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}
EASY, FAQ, LETTER = HOLDOUT6_STYLES

SAMPLE = HeldOutSample(build_holdout6_cases, IDS)
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


def test_numbers_in_reads_digits_and_words() -> None:
    assert numbers_in("just over 500 people") == [500]
    assert numbers_in("nine people and 1,600 more") == [1600, 9]
    assert numbers_in("a phase three trial") == [3]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    check_every_style_and_error_type_is_covered(SAMPLE, HOLDOUT6_STYLES)


def _without_glue(text: str) -> str:
    """Whitespace, and the question an answer inserted on the FAQ page brings."""
    questions = [q for qs in HOLDOUT6_QUESTIONS.values() for q in qs]
    for q in questions:
        text = text.replace(f"Q: {q}\nA: ", "")
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
        assert said == said.strip(), (case.kind, said)
        inserted = case.kind in HOLDOUT6_SENTENCE_KINDS or (
            (case.kind == "number.duration" and timepoint(case.trial) is None)
            or (case.kind == "number.dose" and dose_of(case.trial) is None)
        )
        if inserted:
            # A new sentence or line: taking it out gives back the faithful summary.
            assert said.strip() and said not in before, (case.kind, said)
            assert _without_glue(case.text[:a] + case.text[b:]) == _without_glue(before)
            # Never in a list of criteria, a table row, a heading or the greeting.
            line = line_of(case)
            assert not line.startswith(("- ", "Q: ", "Hi ", "Dear ", "Hello ")), line
            assert " | " not in line, line
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
        checked += 1
    assert checked > 1500


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


def _enrollment_said(n: int, text: str) -> bool:
    """The head count, exactly or honestly rounded the way the letter rounds it: "just
    over 500" for 512, "nearly 240" for 239 (within 4%)."""
    for m in re.finditer(r"(just over |nearly )?([\d,]+|[a-z-]+) (?:participants|people)\b",
                         text.lower()):  # fmt: skip
        values = numbers_in(m.group(2))
        if not values:
            continue
        v = values[-1]
        if v == n and not m.group(1):
            return True
        if m.group(1) == "just over " and v < n <= 1.04 * v:
            return True
        if m.group(1) == "nearly " and 0.96 * v <= n < v:
            return True
    return False


PLANNED = re.compile(r"wants [\d,]+ people|plans to enrol|hoping for|plan is to recruit")
TOOK_PART = re.compile(r"took part|people were in the study")
NO_UPPER = re.compile(r"no (?:top|upper) age (?:limit|cut-off)")


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text, style = case.trial, case.text, case.style
        i = HOLDOUT6_STYLES.index(style)
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor:
            assert t.lead_sponsor.rstrip(".") in text
        assert STATUS6[t.overall_status][i] in text  # type: ignore[index]
        others = [s[i] for k, s in STATUS6.items() if k != t.overall_status]
        assert not any(o in text for o in others)
        if t.study_type in TYPE6:
            assert TYPE6[t.study_type][i] in text  # type: ignore[index]
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
        if t.sex == Sex.FEMALE:
            assert f"only {she}" in low or f"for {she} only" in low
            assert both not in low
        elif t.sex == Sex.MALE:
            assert f"only {he}" in low or f"for {he} only" in low
            assert both not in low
        elif t.sex == Sex.ALL:
            single = r"\bonly (?:for )?(?:wo)?men\b|(?:wo)?men only"
            assert both in low and not re.search(single, low)
        ages = set(numbers_in(low))
        if t.minimum_age_years is not None and t.minimum_age:
            assert float(t.minimum_age.split()[0]) in ages, t.minimum_age
            unit = t.minimum_age.split()[1].lower().rstrip("s")
            if unit != "year":
                assert f"{t.minimum_age.split()[0]} {unit}" in low
        if t.maximum_age_years is None and t.minimum_age_years is not None:
            assert NO_UPPER.search(low), text
        if t.maximum_age_years is not None and t.maximum_age:
            assert float(t.maximum_age.split()[0]) in ages
            assert not NO_UPPER.search(low)
        for p in t.phases:
            if p == Phase.NA:
                assert re.search(r"phase number", low)
                continue
            k = {Phase.EARLY_PHASE1: 1, Phase.PHASE1: 1, Phase.PHASE2: 2, Phase.PHASE3: 3,
                 Phase.PHASE4: 4}[p]  # fmt: skip
            assert re.search(rf"phase (?:[\d/a-z ]*\b)?(?:{k}|{SMALL[k]})\b", low), (p, text)
            if p == Phase.EARLY_PHASE1:
                assert re.search(r"early phase (?:1|one)\b", low)
        if t.allocation == "RANDOMIZED":
            assert re.search(r"random|by chance", low)
            assert not re.search(r"not (?:randomi|picked by|decided at)|aren't decided", low)
        elif t.allocation == "NON_RANDOMIZED":
            assert re.search(r"not (?:randomi|picked by chance)|aren't decided at random", low)
        if t.masking == "NONE":
            assert "open label" in low or "open-label" in low
        elif t.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert f"{t.masking.lower()}-blind" in low
        assert ("placebo" in low) == t.has_placebo
        if t.start_date:
            assert t.start_date[:4] in text
            if t.start_date_type == DateType.ESTIMATED:
                assert re.search(r"plans to start|expected to begin|meant to start|planned "
                                 r"start", low)  # fmt: skip
        end = t.completion_date or t.primary_completion_date
        if end:
            assert end[:4] in text
        for country in t.countries[:3]:
            assert country in text
        posted = re.search(r"results are on|results have been posted on|put the results up|"
                           r"results \| posted", low)  # fmt: skip
        assert bool(posted) == t.has_results
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
        for x in BANK_NAMES + HOLDOUT6_SPONSORS + HOLDOUT6_CONDITIONS:
            assert x.lower() not in low or x.lower() in source
        own = "\n".join(x for x in low.split("\n") if not x.startswith("- "))  # not criteria
        assert not re.search(r"\bshould\b|\bproven\b|guarantee|\bbest\b|no side effects", own)


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, low = case.trial, case.text.lower()
        if t.overall_status in (Status.WITHDRAWN, Status.NOT_YET_RECRUITING) and (
            t.start_date_type != DateType.ACTUAL
        ):
            assert not re.search(r"study started|study began|got going|\nstart date \|", low)
        if t.overall_status not in (Status.COMPLETED, Status.TERMINATED):
            assert not re.search(r"study ended|was completed|it ended|\ncompletion date \|", low)


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        text, t = case.text, case.trial
        lines = [x for x in text.split("\n") if x.strip()]
        record_words = " ".join([t.brief_title, *t.conditions, *t.inclusion_criteria,
                                 t.lead_sponsor or "", *(i.name for i in t.interventions),
                                 *(i.description or "" for i in t.interventions),
                                 ]).lower()  # fmt: skip
        if case.style == EASY:
            assert lines[0] == "Easy Read" and lines[-1].endswith("does not tell you what to do.")
            assert ("Who can be in the study" in lines) == bool(
                t.minimum_age or t.maximum_age or t.sex or t.inclusion_criteria
            )
            # One short fact a line: a line is at most two short sentences, each short.
            for line in lines[2:]:
                if line.startswith("- "):
                    continue  # a criterion, copied as the record gives it
                sentences = [s for s in re.split(r"(?<=[.!?])\s+", line) if s]
                assert len(sentences) <= 3, line
                for s in sentences:
                    assert len(s.split()) <= 16 or s.lower()[:-1] in record_words or any(
                        n.lower() in s.lower() for n in t.conditions + [t.brief_title]
                        + [i.name for i in t.interventions]), s  # fmt: skip
            # Numbers always as digits (bar words in the record's own names).
            for w in re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()):
                if w in UNITS and w not in ("one",):
                    assert w in record_words, w
        elif case.style == FAQ:
            assert lines[0] == "Research Office: Study Information"
            questions = [x for x in lines if x.startswith("Q: ")]
            assert all(q.endswith("?") for q in questions)
            # Key details as a table, or as questions of their own.
            assert "Item | Detail" in lines or len(questions) >= 4
            for j, line in enumerate(lines):
                if line.startswith("Q: ") and line != "Q: Who can take part?":
                    assert lines[j + 1].startswith("A: "), line
            if "Item | Detail" in lines:
                rows = lines[lines.index("Item | Detail") + 1 : -1]
                assert rows and all(re.match(r"[A-Z][\w .]+ \| \S", r) for r in rows), rows
            assert "not medical advice" in lines[-1] or "replace medical advice" in lines[-1]
        else:
            assert re.match(r"(Hi|Dear|Hello) [A-Z][a-z]+,$", lines[0])
            assert re.match(r"(Love|Speak soon|Lots of love),$", lines[-2])
            # Third person about the patient, named in the opening paragraph.
            who = re.search(r"(?:thought|think) of (Mum|Dad|our Jess|our Tom|Rosie|Alfie|the baby)",
                            lines[1])  # fmt: skip
            assert who, lines[1]
            assert len(re.findall(r"\b\w+'(?:s|re|d|ve|t)\b", text)) >= 5


def test_changed_facts_are_really_different() -> None:
    for case, said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said)
        assert ids and case.nct_id not in ids
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said and any(s in said for s in HOLDOUT6_SPONSORS), said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT6_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, _said in spans("field.sex"):
        line = line_of(case).lower()
        if case.trial.sex == Sex.ALL:
            assert "only" in line and "men and women" not in line, line
        else:
            assert re.search(r"men and women|boys and girls", line), line
    for case, said in spans("field.status"):
        i = HOLDOUT6_STYLES.index(case.style)
        wrong = [s for s in _INCOMPATIBLE_STATUS[case.trial.overall_status]  # type: ignore[index]
                 if STATUS6[s][i] in case.text]  # fmt: skip
        assert wrong, said
        assert STATUS6[case.trial.overall_status][i] not in case.text  # type: ignore[index]
    for case, _said in spans("field.study_type"):
        i = HOLDOUT6_STYLES.index(case.style)
        other = (StudyType.OBSERVATIONAL if case.trial.study_type == StudyType.INTERVENTIONAL
                 else StudyType.INTERVENTIONAL)  # fmt: skip
        assert TYPE6[other][i] in case.text
        assert TYPE6[case.trial.study_type][i] not in case.text  # type: ignore[index]
    for case, said in spans("field.enrollment_type"):
        line = line_of(case).lower()
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert PLANNED.search(line) and not TOOK_PART.search(line), said
        else:
            assert TOOK_PART.search(line) and not PLANNED.search(line), said
    for case, said in spans("field.allocation"):
        if case.trial.allocation == "RANDOMIZED":
            assert re.search(r"\bnot\b|aren't", said, re.I), said
        else:
            assert re.search(r"random|chance", said, re.I), said
            assert not re.search(r"\bnot (?:randomi|picked)|aren't", said), said
    for case, said in spans("field.masking"):
        if case.trial.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert re.search(r"open[- ]label", said, re.I), said
        else:
            assert "double-blind" in said.lower(), said
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
            assert NO_UPPER.search(line), line
        else:
            assert not NO_UPPER.search(line), line
            assert numbers_in(said)
    for case, said in spans("field.age_group"):
        if (case.trial.minimum_age_years or 0) >= 18:
            assert re.search(r"children", said, re.I), said
        else:
            assert re.search(r"only adults|grown-ups only", said, re.I), said


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
                assert spelled, said
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
        unit = re.search(r"\b(day|week|month|year)s?\b", said)
        name = unit.group(1) if unit else point[1][:-1] if point else ""
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
        assert any(planted in summary for planted, _ in HOLDOUT6_INJECTIONS)
        i = HOLDOUT6_STYLES.index(case.style)
        assert any(said in obeyed[i] for _, obeyed in HOLDOUT6_INJECTIONS)
        original = next(t for t in trials() if t.nct_id == case.nct_id)
        assert summary != (original.brief_summary or "")
        assert said.lower() not in record_text(original)
    for case, _said in spans("claim.results"):
        assert not case.trial.has_results
    for case, said in spans("intervention.comparison"):
        assert case.trial.study_type == StudyType.INTERVENTIONAL
        low = said.lower()
        if case.trial.has_placebo:
            assert re.search(r"no placebo|nobody gets a placebo", low)
        elif "placebo" in low:
            assert "placebo" not in record_text(case.trial)
        else:
            assert re.search(r"usual treatment|standard (?:care|treatment)", low)
            assert not re.search(r"usual|standard|routine|conventional", record_text(case.trial))


def _sentences(text: str) -> set[str]:
    """A text's sentences of three words or more, lower case; not the criteria it copies."""
    out = set()
    text = "\n".join(x for x in text.split("\n") if not x.startswith("- "))
    for part in re.split(r"(?<=[.!?])\s+|\n", text):
        s = re.sub(r"\{[^}]*\}", "", part).strip(" .!?").lower()
        if len(s.split()) >= 3:
            out.add(s)
    return out


def test_no_v6_sentence_is_an_earlier_sets() -> None:
    mine = [HOLDOUT6_INSERTS, HOLDOUT6_INJECTIONS, HOLDOUT6_UNKNOWN, HOLDOUT6_JARGON,
            HOLDOUT6_LONG, STATUS6, TYPE6]  # fmt: skip
    v6 = set().union(*(_sentences(s) for bank in mine for s in bank_strings(bank)))
    assert len(v6) > 100
    earlier = set().union(
        *(
            _sentences(s)
            for m in (framework, v4, v5)
            for s in bank_sentences(m, ("HOLDOUT", "STATUS"))
        )
    )
    assert len(earlier) > 300
    assert not v6 & earlier, v6 & earlier
    # And the faithful texts share no sentence with v4's or v5's faithful texts of the same
    # records, bar what is the record's own (its title, criteria, names).
    ids = IDS[:8]
    sample = [t for t in trials() if t.nct_id in ids]
    old = set()
    for build in (v4.build_holdout4_cases, v5.build_holdout5_cases):
        old |= {s for c in build(sample) if c.kind == "faithful" for s in _sentences(c.text)}
    for case in cases():
        if case.kind != "faithful" or case.nct_id not in ids:
            continue
        source = record_text(case.trial)
        shared = {s for s in _sentences(case.text) & old if s not in source}
        assert not shared, (case.style, shared)


def test_every_record_gets_a_faithful_summary_in_every_style() -> None:
    # The whole fixture set renders in all three styles, says its identifier, and never
    # states an adult-only or children-too claim the record lacks.
    for t in fixture_trials():
        for style in HOLDOUT6_STYLES:
            text = Holdout6Perturber(t, style).faithful
            assert t.nct_id in text
            assert not re.search(r"children can|children may|only adults|grown-ups only", text,
                                 re.I)  # fmt: skip
            assert "{" not in text and ".." not in text and "  " not in text
