"""The held-out v5 generator's own invariants (bench/perturb_holdout5.py).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import re

from bench.perturb import (
    _INCOMPATIBLE_STATUS,
    FAMILIES,
    SMALL,
    TENS,
    WARNING_TYPES,
    Case,
    dose_of,
    fixture_trials,
    record_durations,
    record_numbers,
    record_text,
    timepoint,
)
from bench.perturb_holdout5 import (
    HOLDOUT5_CONDITIONS,
    HOLDOUT5_DEVICES,
    HOLDOUT5_DRUGS,
    HOLDOUT5_INJECTIONS,
    HOLDOUT5_PROCEDURES,
    HOLDOUT5_SENTENCE_KINDS,
    HOLDOUT5_SPONSORS,
    HOLDOUT5_STYLES,
    STATUS5,
    Holdout5Perturber,
    build_holdout5_cases,
)
from summarizer.records import DateType, Phase, Sex, Status, StudyType
from tests.perturb_support import (
    HeldOutSample,
    check_deterministic,
)

# Interventional with placebo, results and a dose; observational; legacy XML; the page-text
# record; newborns (an upper age in days); babies (in months); months as a lower age; an
# expanded-access programme; early phase 1; withdrawn; not yet recruiting, men only; women
# only; the status withheld; recruiting, women only, observational; a large multinational
# one; an enrollment a clinician rounds.
IDS = ["NCT00000410", "NCT00734539", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150", "NCT03147742", "NCT05814159", "NCT01220531",
       "NCT06097962", "NCT00973089", "NCT01339988", "NCT00001177", "NCT02210780",
       "NCT00831909", "NCT02708238", "NCT03182660", "NCT03459976", "NCT04764188",
       "NCT01207388"]  # fmt: skip
BANK_NAMES = HOLDOUT5_DRUGS + HOLDOUT5_PROCEDURES + HOLDOUT5_DEVICES
UNITS = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}


SAMPLE = HeldOutSample(build_holdout5_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans


def numbers_in(said: str) -> list[float]:
    """Digits ("2,300", "2.5") and numbers said in words ("twenty-six", "a hundred and
    twenty", "two thousand") in a phrase."""
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
            continue  # "a hundred", "two hundred and four"
        elif seen:
            out.append(float(total + current))
            total = current = 0
            seen = False
    return out


def test_numbers_in_reads_digits_and_spoken_numbers() -> None:
    assert numbers_in("about a hundred and twenty people") == [120]
    assert numbers_in("two hundred and thirty-nine, 1,500 and 2.5") == [1500, 2.5, 239]
    assert numbers_in("between forty and seventy years") == [40, 70]
    assert numbers_in("two thousand") == [2000]


def test_deterministic() -> None:
    check_deterministic(SAMPLE)


def test_every_style_and_error_type_is_covered() -> None:
    assert {c.style for c in cases()} == set(HOLDOUT5_STYLES)
    assert {c.kind for c in cases()} == {"faithful", *FAMILIES, *WARNING_TYPES}
    for style in HOLDOUT5_STYLES:
        faithful = [c for c in cases() if c.style == style and c.kind == "faithful"]
        assert len(faithful) == len(IDS)
        kinds = {c.kind for c in cases() if c.style == style}
        assert kinds == {"faithful", *FAMILIES, *WARNING_TYPES}, style


def _without_glue(text: str) -> str:
    """Whitespace, and the bullet mark an inserted line brings."""
    text = re.sub(r"(?m)^(?:- |• )$", "", text)
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
        # With no time point (dose) in the record, a wrong one is written as a sentence.
        inserted = case.kind in HOLDOUT5_SENTENCE_KINDS or (
            (case.kind == "number.duration" and timepoint(case.trial) is None)
            or (case.kind == "number.dose" and dose_of(case.trial) is None)
        )
        if inserted:
            # A new sentence, line or bullet: taking it out gives back the faithful summary.
            assert said.strip() and said not in before, (case.kind, said)
            assert _without_glue(case.text[:a] + case.text[b:]) == _without_glue(before)
            # Never under the eligibility heading, where it would read as a criterion.
            head = case.text[:a]
            last = max(head.rfind("## "), head.rfind("\nWhat's involved?"),
                       head.rfind("\nStudy facts"), head.rfind("\nWho can take part?"))  # fmt: skip
            assert not head[last:].lstrip().startswith(("## Who can join?", "Who can take")), (
                case.kind, said)  # fmt: skip
        else:
            # One fact changed in place: everything outside the span is untouched.
            tail = len(case.text) - b
            assert case.text[:a] == before[:a]
            assert case.text[b:] == before[len(before) - tail :]
            assert said != before[a : len(before) - tail]
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
    """The head count, exactly or honestly rounded: "about 120" for 117 (within 4%), or
    "500+" for 501."""
    low = text.lower()
    for m in re.finditer(r"(approximately|about|around|roughly)?\s*([\d,]+\+?|(?:a |one |"
                         r"two |three |four |five |six |seven |eight |nine )?[a-z -]+)"
                         r"\s+(?:participants|people|volunteers)", low):  # fmt: skip
        hedged = re.search(r"\b(?:approximately|about|around|roughly)\b", m.group(0))
        said = m.group(2)
        values = numbers_in(said)
        if not values:
            continue
        v = values[-1]
        if v == n:
            return True
        if (hedged or said.endswith("+")) and abs(v - n) <= 0.04 * n:
            return not said.endswith("+") or v <= n
    return False


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text, style = case.trial, case.text, case.style
        low = text.lower()
        assert t.nct_id in text
        if t.lead_sponsor:
            assert t.lead_sponsor.rstrip(".") in text
        assert STATUS5[t.overall_status][HOLDOUT5_STYLES.index(style)] in text  # type: ignore[index]
        if t.enrollment:
            assert _enrollment_said(t.enrollment, text), (t.enrollment, text)
            planned = re.compile(r"participants \(estimated\)|planned (?:enrollment|size)|"
                                 r"target:|hoping to get|aiming for")  # fmt: skip
            if t.enrollment_type == DateType.ESTIMATED:
                assert planned.search(low)
            elif t.enrollment_type == DateType.ACTUAL:
                assert re.search(r"\(actual\)|enrolled|taking part", low)
                assert not planned.search(low)
        kids = t.maximum_age_years is not None and t.maximum_age_years < 18
        both, she, he = ("boys and girls", "girls", "boys") if kids else (
            "men and women", "women", "men")  # fmt: skip
        if t.sex == Sex.FEMALE:
            assert re.search(rf"\b{she}\b", low) and both not in low
        elif t.sex == Sex.MALE:
            assert re.search(rf"\b{he}\b", low) and she not in low
        elif t.sex == Sex.ALL:
            assert both in low
        lo, hi = t.minimum_age_years, t.maximum_age_years
        ages = set(numbers_in(low))
        if lo is not None and t.minimum_age:
            assert float(t.minimum_age.split()[0]) in ages, t.minimum_age
        if hi is None and lo is not None:
            assert re.search(r"no upper|no maximum", low), text
        if hi is not None and t.maximum_age:
            assert float(t.maximum_age.split()[0]) in ages
            assert not re.search(r"no upper|no maximum", low)
        for p in t.phases:
            if p == Phase.NA:
                assert "not applicable" in low
                continue
            k = {Phase.EARLY_PHASE1: 1, Phase.PHASE1: 1, Phase.PHASE2: 2, Phase.PHASE3: 3,
                 Phase.PHASE4: 4}[p]  # fmt: skip
            assert re.search(rf"phase (?:[\d/a-z ]*\b)?(?:{k}|{SMALL[k]})\b", low), (p, text)
            if p == Phase.EARLY_PHASE1:
                assert re.search(r"early phase (?:1|one)\b", low)
        if t.study_type == StudyType.OBSERVATIONAL:
            assert "observational" in low and "interventional" not in low
        elif t.study_type == StudyType.INTERVENTIONAL:
            assert "interventional" in low and "observational" not in low
        elif t.study_type == StudyType.EXPANDED_ACCESS:
            assert "expanded access" in low
        if t.allocation == "RANDOMIZED":
            assert re.search(r"random", low) and not re.search(r"not random", low)
        elif t.allocation == "NON_RANDOMIZED":
            assert re.search(r"not random", low)
        if t.masking == "NONE":
            assert "open-label" in low
        elif t.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert f"{t.masking.lower()}-blind" in low
        assert ("placebo" in low) == t.has_placebo
        if t.start_date:
            assert t.start_date[:4] in text
            if t.start_date_type == DateType.ESTIMATED:
                assert re.search(r"planned|due to start", low)
        end = t.completion_date or t.primary_completion_date
        if end:
            assert end[:4] in text
        for country in t.countries[:3]:
            assert country in text
        posted = re.search(r"results:\*\* posted|results available|posted the results", low)
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
        # that the record does not itself use.
        source = record_text(t)
        for x in BANK_NAMES + HOLDOUT5_SPONSORS + HOLDOUT5_CONDITIONS:
            assert x.lower() not in low or x.lower() in source


def test_dates_are_not_told_as_past_when_the_record_plans_them() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, low = case.trial, case.text.lower()
        if t.overall_status in (Status.WITHDRAWN, Status.NOT_YET_RECRUITING):
            assert not re.search(r"kicked off|\bstarted [a-z]{3} \d{4}|(?<!listed )start date:\*\* "
                                 r"[\w ,]+\d{4}\n", low)  # fmt: skip
        if t.overall_status not in (Status.COMPLETED, Status.TERMINATED):
            assert not re.search(
                r"wrapped up|\bfinished [a-z]{3} \d{4}|(?<!listed )completion date:", low
            )


def test_each_style_has_its_shape() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        text, t = case.text, case.trial
        lines = [x for x in text.split("\n") if x.strip()]
        if case.style == "llm_markdown":
            heads = re.findall(r"(?m)^## (.+)$", text)
            assert "What is this study about?" in heads and "Key facts" in heads
            assert re.search(r"(?m)^- \*\*[A-Z][\w .()/]+:\*\* ", text)
            assert lines[-1].startswith("*This summary is for") and lines[-1].endswith("*")
            assert "information only" in lines[-1] and "advice" not in lines[-1].replace(
                "not medical advice", "")  # fmt: skip
            if t.allocation == "RANDOMIZED":
                assert "randomized" in text
        elif case.style == "flyer":
            assert lines[0].endswith("?")
            assert lines[1] == STATUS5[t.overall_status][1]  # type: ignore[index]
            assert lines[-3] == "Contact" and "clinicaltrials.gov" in lines[-2]
            # Short punchy lines: no paragraph of prose (bar the record's own names and
            # criteria, quoted as they are).
            assert max(len(x) for x in lines if not x.startswith(("✓ ", "A "))) <= 140
        else:
            assert re.match(r"(So|Right, so)\b", text)
            assert re.search(r"\byou\b|\byou'd\b", text.lower())
            assert len(re.findall(r"\b\w+'(?:s|re|d|ve|t)\b", text)) >= 5
            # Said aloud: small numbers in words, no digit outside years, ids and doses.
            stripped = re.sub(r"NCT\d{8}|\b(?:19|20)\d\d\b|[\d.,]+ (?:milligrams|micrograms|"
                              r"grams)|\d[\d,]{3,}", "", text)  # fmt: skip
            names = " ".join(i.name for i in t.interventions) + " ".join(t.conditions)
            names += " " + (t.lead_sponsor or "")
            for d in re.findall(r"\S*\d\S*", stripped):
                assert d.strip(".,;").lower() in names.lower(), d


def test_changed_facts_are_really_different() -> None:
    for case, said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said)
        assert ids and case.nct_id not in ids
    for case, said in spans("field.sponsor"):
        lead = case.trial.lead_sponsor or ""
        assert lead not in said and said.strip()
        from_bank = any(s in said for s in HOLDOUT5_SPONSORS)
        collaborator = any(said in c or c in said for c in case.trial.collaborators)
        assert from_bank or collaborator, said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT5_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, said in spans("field.sex"):
        line = case.text[case.text.rfind("\n", 0, case.span[0]) + 1 :].split("\n")[0]  # type: ignore[index]
        if case.trial.sex == Sex.ALL:
            assert re.search(r"only|just for", line, re.I) and " and " not in said, line
        else:
            assert re.search(r"men and women|boys and girls", line, re.I), line
    for case, said in spans("field.status"):
        i = HOLDOUT5_STYLES.index(case.style)
        wrong = [s for s in _INCOMPATIBLE_STATUS[case.trial.overall_status]  # type: ignore[index]
                 if STATUS5[s][i] in case.text]  # fmt: skip
        assert wrong, said
        assert STATUS5[case.trial.overall_status][i] not in case.text  # type: ignore[index]
    for case, said in spans("field.study_type"):
        if case.trial.study_type == StudyType.INTERVENTIONAL:
            assert "observational" in said.lower(), said
        else:
            assert "interventional" in said.lower(), said
    for case, said in spans("field.enrollment_type"):
        if case.trial.enrollment_type == DateType.ACTUAL:
            assert re.search(r"estimated|planned|target|hoping|aiming", said, re.I), said
        else:
            assert re.search(r"actual|enrolled|taking part", said, re.I), said
    for case, said in spans("field.allocation"):
        if case.trial.allocation == "RANDOMIZED":
            assert re.search(r"not random", said, re.I), said
        else:
            assert re.search(r"random", said, re.I) and not re.search(r"not random", said)
    for case, said in spans("field.masking"):
        if case.trial.masking in ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"):
            assert re.search(r"open-label", said, re.I), said
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
        line = case.text[case.text.rfind("\n", 0, case.span[0]) + 1 :].split("\n")[0]  # type: ignore[index]
        if case.trial.maximum_age_years is not None:
            assert re.search(r"no upper|no maximum", line, re.I), line
        else:
            assert not re.search(r"no upper|no maximum", line, re.I), line
            assert numbers_in(said)
    for case, said in spans("field.age_group"):
        if (case.trial.minimum_age_years or 0) >= 18:
            assert re.search(r"children", said, re.I), said
        else:
            assert re.search(r"adults only", said, re.I), said


def _sentence(text: str, a: int, b: int) -> str:
    """The sentence (or line) holding text[a:b], as the benchmark credits it."""
    start = max(text.rfind(". ", 0, a) + 1, text.rfind("\n", 0, a) + 1)
    ends = [i for i in (text.find(". ", b), text.find("\n", b)) if i != -1]
    return text[min(start, a) : max(min(ends) if ends else len(text), b)]


def new_numbers(case: Case) -> list[float]:
    """The numbers the error brings: those of its sentence that the faithful sentence does
    not have ("two hundred and four" → "three hundred and four" changes only "three", but
    brings 304)."""
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
                elif "months" in said:
                    known_days = record_durations(record_text(case.trial))
                    assert all(abs(spelled[0] * 30.44 - d) > 0.1 * d for d in known_days)
                else:
                    assert not set(spelled) & known, said
            elif kind == "number.dose":
                dose = dose_of(case.trial)
                assert dose is None or dose[1] not in values, (said, dose)
                assert not set(values) & known, (said, values)
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
        assert any(planted in summary for planted, _ in HOLDOUT5_INJECTIONS)
        i = HOLDOUT5_STYLES.index(case.style)
        assert any(said in obeyed[i] for _, obeyed in HOLDOUT5_INJECTIONS)
        original = next(t for t in trials() if t.nct_id == case.nct_id)
        assert summary != (original.brief_summary or "")
    for case, _said in spans("claim.results"):
        assert not case.trial.has_results
    for case, said in spans("intervention.comparison"):
        assert case.trial.study_type == StudyType.INTERVENTIONAL
        low = said.lower()
        if case.trial.has_placebo:
            assert re.search(r"no placebo|no dummy|nobody gets a dummy", low)
        elif "placebo" in low:
            assert "placebo" not in record_text(case.trial)
        else:
            assert "standard treatment" in low
            assert not re.search(r"usual|standard|routine|conventional", record_text(case.trial))


def test_every_record_gets_a_faithful_summary_in_every_style() -> None:
    # The whole fixture set renders (no record shape the writer cannot say), and says
    # its identifier, in all three styles.
    for t in fixture_trials():
        for style in HOLDOUT5_STYLES:
            assert t.nct_id in Holdout5Perturber(t, style).faithful
