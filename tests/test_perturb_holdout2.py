"""The held-out v2 generator's own invariants (bench/perturb.py, ``build_holdout2_cases``).

These check the benchmark data, not the checks: every perturbed case must differ from its
faithful summary exactly where its span says, by a real error, and every faithful summary
must state the record's facts as written.
"""

from __future__ import annotations

import re

import pytest

from bench.perturb import (
    FAMILIES,
    HOLDOUT2_CONDITIONS,
    HOLDOUT2_DRUGS,
    HOLDOUT2_INJECTIONS,
    HOLDOUT2_PROCEDURES,
    HOLDOUT2_SENTENCE_KINDS,
    HOLDOUT2_SPONSORS,
    HOLDOUT2_STYLES,
    WARNING_TYPES,
    build_holdout2_cases,
    record_text,
    words,
)
from summarizer.records import Sex
from tests.perturb_support import HeldOutSample

# Interventional with placebo and results, observational, legacy XML, a page-text record,
# a paediatric one: the shapes the writer has to handle.
IDS = ["NCT00000410", "NCT00734539", "NCT01029262", "NCT02663973", "NCT03521479",
       "NCT05706103", "NCT03608150"]  # fmt: skip


SAMPLE = HeldOutSample(build_holdout2_cases, IDS)
trials, cases, faithful_of, spans = SAMPLE.trials, SAMPLE.cases, SAMPLE.faithful_of, SAMPLE.spans


def normalise(text: str) -> str:
    """Whitespace, FAQ question lines and empty bullets: the glue an insertion adds."""
    text = re.sub(r"\*\*[^*\n]+\?\*\*", " ", text)
    text = re.sub(r"\n- (?=\n|$)", "\n", text)
    return re.sub(r"\s+", " ", text).strip()


def test_deterministic() -> None:
    again = list(build_holdout2_cases(trials()))
    assert [(c.style, c.kind, c.text, c.span) for c in again] == [
        (c.style, c.kind, c.text, c.span) for c in cases()
    ]


def test_every_style_and_error_type_is_covered() -> None:
    styles = {c.style for c in cases()}
    assert set(HOLDOUT2_STYLES) <= styles
    kinds = {c.kind for c in cases()}
    assert kinds == {"faithful", *FAMILIES, *WARNING_TYPES}


def test_error_span_is_inside_the_text_and_is_the_only_change() -> None:
    checked = 0
    for case in cases():
        if case.kind == "faithful" or case.kind == "warn.coverage":
            continue
        assert case.span is not None, case.kind
        a, b = case.span
        assert 0 <= a < b <= len(case.text), (case.kind, case.span)
        before = faithful_of(case)
        assert case.text != before
        if case.kind in HOLDOUT2_SENTENCE_KINDS or before[:a] != case.text[:a]:
            # A new sentence: taking it out gives back the faithful summary.
            sentence = case.text[a:b]
            assert sentence[-1] in ".!", sentence
            assert sentence not in before
            assert normalise(case.text[:a] + case.text[b:]) == normalise(before), case.kind
        else:
            # One fact changed in place: everything outside the span is untouched.
            tail = len(case.text) - b
            assert case.text[b:] == before[len(before) - tail :]
            assert case.text[a:b] != before[a : len(before) - tail]
        checked += 1
    assert checked > 150


def test_changed_facts_are_really_different() -> None:
    for case, said in spans("field.nct_id"):
        ids = re.findall(r"NCT\d{8}", said)
        assert ids and case.nct_id not in ids
    for case, said in spans("field.sponsor"):
        assert any(s in said for s in HOLDOUT2_SPONSORS)
        assert case.trial.lead_sponsor not in said
    for case, said in spans("field.condition"):
        new = [c for c in HOLDOUT2_CONDITIONS if c.lower() in said.lower()]
        assert new and all(c.lower() not in record_text(case.trial) for c in new)
    for case, said in spans("number.enrollment"):
        digits = re.findall(r"\d[\d,]*", said)
        value = int(digits[0].replace(",", "")) if digits else None
        if value is None:  # in words
            value = next(n for n in range(1, 1000) if words(n) in said and len(words(n)) > 3)
        assert case.trial.enrollment is not None
        assert abs(value - case.trial.enrollment) >= 0.25 * case.trial.enrollment
    for case, said in spans("field.sex"):
        record = case.trial.sex
        if record == Sex.ALL:
            assert re.search(r"women|men|female|male", said, re.I)
        else:
            assert re.search(r"all|both|everyone", said, re.I), said


def test_inserted_errors_are_new_to_the_record() -> None:
    for case, said in spans("intervention.unknown"):
        source = record_text(case.trial)
        names = [x for x in HOLDOUT2_DRUGS + HOLDOUT2_PROCEDURES if x.lower() in said.lower()]
        assert names, said
        assert all(w not in source for n in names for w in re.findall(r"[a-z]{4,}", n.lower()))
    for _, said in spans("claim.contact"):
        assert re.search(r"@|www\.|https?://|\d{3}[\s-]?\d{4}|\d{5}", said)
    for case, _said in spans("claim.injection"):
        planted = [p for p, _ in HOLDOUT2_INJECTIONS]
        summary = case.trial.brief_summary or ""
        assert any(p.split()[0] in summary for p in planted)
        original = next(t for t in trials() if t.nct_id == case.nct_id)
        assert summary != (original.brief_summary or "")


@pytest.mark.parametrize("nct_id", IDS)
def test_faithful_summaries_state_the_record(nct_id: str) -> None:
    trial = next(t for t in trials() if t.nct_id == nct_id)
    for case in cases():
        if case.kind != "faithful" or case.nct_id != nct_id:
            continue
        text = case.text
        assert nct_id in text
        if trial.lead_sponsor:
            assert trial.lead_sponsor in text
        if trial.enrollment:
            shown = [int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*", text)]
            shown += [n for n in range(1, 1000) if re.search(rf"\b{words(n)}\b", text)]
            # digits, words, or rounded ("about 500") within 5%
            assert any(abs(n - trial.enrollment) <= 0.05 * trial.enrollment for n in shown)
        for phase in {p.value for p in trial.phases} - {"NA"}:
            number = phase[-1]
            roman = {"1": "I", "2": "II", "3": "III", "4": "IV"}[number]
            assert re.search(rf"[Pp]hase[^.\n]*\b({number}|{roman})\b|[Pp]hases? \d", text)
        if trial.sex == Sex.FEMALE:
            assert re.search(r"women|female", text, re.I)
        # No contact or claim word the record itself does not use ("histologically proven"
        # in a criterion is the record's).
        for word in ("@", "www.", "proven", "breakthrough", "cure", "safe and", "effective"):
            assert word not in text.lower() or word in record_text(case.trial), word
