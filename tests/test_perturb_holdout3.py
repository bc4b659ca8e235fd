"""The held-out v3 generator's own invariants (bench/perturb.py, ``build_holdout3_cases``).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary where its span says, by a real error, and every faithful summary must
state the record's facts as the record gives them.
"""

from __future__ import annotations

import re

from bench.perturb import (
    FAMILIES,
    HOLDOUT3_CONDITIONS,
    HOLDOUT3_DRUGS,
    HOLDOUT3_INJECTIONS,
    HOLDOUT3_PROCEDURES,
    HOLDOUT3_SENTENCE_KINDS,
    HOLDOUT3_SPONSORS,
    HOLDOUT3_STYLES,
    WARNING_TYPES,
    build_holdout3_cases,
    record_text,
    spoken,
    words,
)
from summarizer.records import Sex, Status, StudyType
from tests.perturb_support import HeldOutSample

# Interventional with placebo and results, observational, legacy XML, a page-text record,
# a paediatric one, an expanded-access programme: the shapes the writer has to handle.
IDS = ["NCT00000410", "NCT00734539", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150", "NCT03147742"]  # fmt: skip


SAMPLE = HeldOutSample(build_holdout3_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans


def normalise(text: str) -> str:
    """Whitespace and the glue an insertion adds (a new "HOST:" line, a card's "; ")."""
    text = re.sub(r"\n\nHOST: ", " ", text)
    text = text.replace("; ", " ")
    return re.sub(r"\s+", " ", text).strip()


def test_deterministic() -> None:
    again = list(build_holdout3_cases(trials()))
    assert [(c.style, c.kind, c.text, c.span) for c in again] == [
        (c.style, c.kind, c.text, c.span) for c in cases()
    ]


def test_every_style_and_error_type_is_covered() -> None:
    assert {c.style for c in cases()} == set(HOLDOUT3_STYLES)
    assert {c.kind for c in cases()} == {"faithful", *FAMILIES, *WARNING_TYPES}


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
        if case.kind in HOLDOUT3_SENTENCE_KINDS or (
            case.kind in ("number.duration", "number.dose") and said not in before
            and before[:a] != case.text[:a]
        ):  # fmt: skip
            # A new sentence or fragment: taking it out gives back the faithful summary.
            assert said.strip() and said not in before, (case.kind, said)
            assert normalise(case.text[:a] + case.text[b:]) == normalise(before), case.kind
        else:
            # One fact changed in place: everything outside the span is untouched.
            tail = len(case.text) - b
            assert case.text[:a] == before[:a]
            assert case.text[b:] == before[len(before) - tail :]
            assert said != before[a : len(before) - tail]
        checked += 1
    assert checked > 200


def test_faithful_texts_state_the_record() -> None:
    for case in cases():
        if case.kind != "faithful":
            continue
        t, text = case.trial, case.text
        assert t.nct_id in text
        low = text.lower()
        if t.enrollment and t.study_type == StudyType.INTERVENTIONAL:
            n = t.enrollment
            forms = {f"{n:,}", str(n), words(n), spoken(n)} if n < 1000 else {f"{n:,}"}
            assert any(f in low for f in forms) or "about" in low or "around" in low, case
        if t.sex == Sex.FEMALE:
            assert "women" in low and "men and women" not in low
        if t.overall_status == Status.COMPLETED:
            assert re.search(r"finished|completed", low)
        if t.overall_status == Status.RECRUITING:
            assert re.search(r"looking for volunteers|signing people up right now|recruiting",
                             low)  # fmt: skip
        phases = {p.value for p in t.phases}
        if "PHASE2" in phases and "PHASE3" not in phases and "PHASE1" not in phases:
            assert re.search(r"phase (2|two)\b", low), text
        if t.has_placebo:
            assert "placebo" in low
        if t.lead_sponsor and case.style != "summary_card":
            assert t.lead_sponsor in text
        # A faithful summary names no treatment, sponsor or condition from the banks that
        # the record does not itself use.
        source = record_text(t)
        for x in HOLDOUT3_DRUGS + HOLDOUT3_SPONSORS + HOLDOUT3_CONDITIONS:
            assert x.lower() not in low or x.lower() in source


def test_radio_says_numbers_in_words() -> None:
    for case in cases():
        if case.style == "radio" and case.kind == "faithful" and case.trial.enrollment:
            n = case.trial.enrollment
            assert f"{n:,}" not in case.text and (str(n) not in case.text or n > 10**6)


def test_changed_facts_are_really_different() -> None:
    for case, said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said)
        assert ids and case.nct_id not in ids
    for case, said in spans("field.sponsor"):
        assert any(s in said for s in HOLDOUT3_SPONSORS)
        assert case.trial.lead_sponsor not in said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT3_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, said in spans("field.sex"):
        if case.trial.sex == Sex.ALL:
            assert re.search(r"(wo)?men only|only (wo)?men", said, re.I), said
        else:
            assert re.search(r"both|all sexes", said, re.I), said
    for case, said in spans("field.study_type"):
        if case.trial.study_type == StudyType.INTERVENTIONAL:
            assert re.search(r"observ|nobody is given", said, re.I), said
        else:
            assert re.search(r"interventional|give|decides which treatment", said, re.I), said
    for case, said in spans("number.enrollment"):
        n = case.trial.enrollment
        assert n is not None
        digits = re.findall(r"\d[\d,]*", said)
        if digits:
            value = int(digits[0].replace(",", ""))
        else:  # spoken: the longest number word phrase that matches
            value = max((k for k in range(1, 10_000) if spoken(k) in said),
                        key=lambda k: len(spoken(k)))  # fmt: skip
        assert abs(value - n) >= 0.25 * n, (said, n)


def test_inserted_errors_are_new_to_the_record() -> None:
    for case, said in spans("intervention.unknown"):
        source = record_text(case.trial)
        names = [x for x in HOLDOUT3_DRUGS + HOLDOUT3_PROCEDURES if x.lower() in said.lower()]
        assert names, said
        assert all(w not in source for n in names for w in re.findall(r"[a-z]{4,}", n.lower()))
    for _, said in spans("claim.contact"):
        assert re.search(r"@|www\.|\d{3}[\s-]?\d{4}", said)
    for case, said in spans("claim.injection"):
        summary = case.trial.brief_summary or ""
        assert any(planted in summary for planted, _ in HOLDOUT3_INJECTIONS)
        assert any(said.rstrip(".") in (o.rstrip(".") for o in obeyed)
                   for _, obeyed in HOLDOUT3_INJECTIONS)  # fmt: skip
        original = next(t for t in trials() if t.nct_id == case.nct_id)
        assert summary != (original.brief_summary or "")
    for case, _said in spans("claim.results"):
        assert not case.trial.has_results
    for case, said in spans("intervention.comparison"):
        assert ("no placebo" in said.lower() or "nobody" in said.lower()) == case.trial.has_placebo
