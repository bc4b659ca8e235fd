"""Fields stated in the registry's own terms, as a model shown the record's JSON writes
them: field names in snake or camel case ("overall_status", "enrollmentType",
"maskingInfo.masking") and the API's values ("ACTIVE_NOT_RECRUITING", "NON_RANDOMIZED",
"DOUBLE", "CHILD, ADULT").

Each wording is checked both ways: wrong for one record, right for another (or in its
right form), so a reader that flags everything fails as surely as one that flags nothing.
"""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from summarizer.prompts import load_prompt
from summarizer.writers.builtin import compose
from tests.checks_support import caught_only_when_wrong, codes, errors, record

SPINE = "NCT00000410.json"  # completed, 501 actual, randomized, open label, 18 and over
NIMH = "NCT00001177.xml"  # recruiting, 1,600 estimated, observational, 18 to 50
DOUBLE = "NCT00220935.json"  # randomized, double-blind, 21 to 55
TEENS_TO_ADULTS = "NCT00763412.json"  # 12 to 24, randomized, quadruple-blind, 31 actual
ONE_GROUP = "NCT00023673.xml"  # non-randomized, open label, 63 actual
STILL_RUNNING = "NCT01029262.xml"  # active, not recruiting
ACCESS = "NCT03147742.xml"  # expanded access


@pytest.mark.parametrize(
    ("trial_name", "wrong", "right", "code"),
    [
        (SPINE, "overall_status: RECRUITING", "overall_status: COMPLETED", "status.mismatch"),
        (SPINE, "overallStatus: ACTIVE_NOT_RECRUITING", "overallStatus: COMPLETED",
         "status.mismatch"),
        (STILL_RUNNING, "status: COMPLETED", "status: ACTIVE_NOT_RECRUITING", "status.mismatch"),
        (SPINE, "enrollment_type: ESTIMATED", "enrollment_type: ACTUAL", "enrollment.type"),
        (SPINE, "enrollmentInfo.type: ESTIMATED", "enrollmentInfo.type: ACTUAL",
         "enrollment.type"),
        (NIMH, "Type of enrollment: actual", "Type of enrollment: anticipated",
         "enrollment.type"),
        (SPINE, "allocation: NON_RANDOMIZED", "allocation: RANDOMIZED", "design.allocation"),
        (SPINE, "Randomized: no", "Randomized: yes", "design.allocation"),
        (ONE_GROUP, "Randomized: yes", "Randomized: no", "design.allocation"),
        (ONE_GROUP, "designInfo.allocation: RANDOMIZED", "designInfo.allocation: NON_RANDOMIZED",
         "design.allocation"),
        (SPINE, "masking: DOUBLE", "masking: NONE", "design.masking"),
        (DOUBLE, "masking: NONE", "masking: DOUBLE", "design.masking"),
        (DOUBLE, "Masking: single", "Masking: double (participant, investigator)",
         "design.masking"),
        (DOUBLE, "Blinded: no", "Blinded: yes", "design.masking"),
        (TEENS_TO_ADULTS, "maskingInfo.masking: SINGLE", "maskingInfo.masking: QUADRUPLE",
         "design.masking"),
        (SPINE, "age_group: CHILD, ADULT", "age_group: ADULT, OLDER_ADULT", "age.group"),
        (SPINE, "stdAges: [CHILD, ADULT]", "stdAges: [ADULT, OLDER_ADULT]", "age.group"),
        (NIMH, "Age group: older adults", "Age group: adults", "age.group"),
        (TEENS_TO_ADULTS, "std_ages: ADULT", "std_ages: CHILD, ADULT", "age.group"),
        (SPINE, "study_type: EXPANDED_ACCESS", "study_type: INTERVENTIONAL",
         "study_type.mismatch"),
        (ACCESS, "studyType: INTERVENTIONAL", "studyType: EXPANDED_ACCESS",
         "study_type.mismatch"),
        (NIMH, "Study type: interventional", "Study type: observational", "study_type.mismatch"),
        (SPINE, "phases: NA", "phases: PHASE4", "phase.mismatch"),
        (SPINE, "Phase: n/a", "Phase: 4", "phase.mismatch"),
        (NIMH, "maximum_age: N/A", "maximum_age: 50 Years", "age.open_upper"),
        (NIMH, "maximumAge: none", "minimumAge: 18 Years", "age.open_upper"),
    ],
)  # fmt: skip
def test_a_registry_term_is_read_and_checked(
    trial_name: str, wrong: str, right: str, code: str
) -> None:
    caught_only_when_wrong(trial_name, wrong, right, code)


def test_the_finding_names_the_label_the_value_and_the_record_field() -> None:
    trial = record(DOUBLE)
    text = "Study facts\n- masking: NONE\n- allocation: RANDOMIZED"
    report = run_checks(trial, text)
    [finding] = report.errors
    assert finding.code == "design.masking"
    assert finding.field == "masking"
    assert finding.excerpt(text) == "NONE"
    assert finding.message == "Summary says masking 'NONE'; the record says DOUBLE (masking)."


def test_an_age_group_that_leaves_out_children_says_which_groups_the_record_admits() -> None:
    trial = record(TEENS_TO_ADULTS)
    [finding] = run_checks(trial, "Age group: adults").errors
    assert finding.code == "age.group"
    assert finding.message == (
        "Summary says age group 'adults'; the record admits ages 12 to 24, so children, adults "
        "(minimum_age, maximum_age)."
    )


def test_a_bare_value_is_read_once_not_also_by_the_sentence_patterns() -> None:
    # "double-blind" alone is a wording MASK_PATTERNS reads too: one finding, not two
    assert errors(record(SPINE), "Blinding: double-blind") == [("design.masking", "double-blind")]
    # "adults" alone is the item's; "adults only" is prose, which the adults pattern reads
    assert codes(record(TEENS_TO_ADULTS), "Age group: adults") == ["age.group"]
    assert codes(record(TEENS_TO_ADULTS), "Age group: adults only") == ["age.adults"]


def test_a_value_in_prose_is_left_to_the_sentence_patterns() -> None:
    # not a bare value: the masking patterns read it, and it is right
    assert codes(record(DOUBLE), "Masking: neither you nor the doctors know the group.") == []
    # and wrong
    assert codes(record(SPINE), "Blinding: neither you nor the doctors know the group.") == [
        "design.masking"
    ]


def test_an_underscore_joins_words_between_letters_only() -> None:
    # An arm code's number is part of the code, not a count: the builtin writer's line
    # for this record's arm "RSV_IC_2".
    line = "- RSV_IC_2 group: RSVPreF3 OA Investigational Vaccine."
    assert codes(record("NCT05921903.json"), line) == []
    # markdown's bold marks are kept: the label is still read
    assert codes(record(SPINE), "__overall_status__: RECRUITING") == ["status.mismatch"]


@pytest.mark.parametrize("name", [SPINE, NIMH, DOUBLE, TEENS_TO_ADULTS, ONE_GROUP, ACCESS])
def test_a_dump_of_the_records_own_values_passes(name: str) -> None:
    trial = record(name)
    fields = {
        "overall_status": trial.overall_status.value if trial.overall_status else None,
        "phases": ", ".join(p.value for p in trial.phases),
        "maximum_age": trial.maximum_age or "N/A",
        "study_type": trial.study_type.value if trial.study_type else None,
        "allocation": trial.allocation,
        "masking": trial.masking,
        "enrollment_type": trial.enrollment_type.value if trial.enrollment_type else None,
    }
    dump = "\n".join(f"{key}: {value}" for key, value in fields.items() if value)
    assert codes(trial, dump) == [], dump
    assert not run_checks(trial, compose(trial).to_markdown()).flagged


# The prompt's own lines (prompts/plain-summary.j2), as a small model copies them into its
# summary with one value changed.
@pytest.mark.parametrize(
    ("trial_name", "wrong", "right", "code"),
    [
        (SPINE, "Status: COMPLETED; INTERVENTIONAL; PHASE3; RANDOMIZED; masking NONE",
         "Status: COMPLETED; INTERVENTIONAL; PHASE4; RANDOMIZED; masking NONE", "phase.mismatch"),
        (SPINE, "Status: COMPLETED; INTERVENTIONAL; PHASE4; RANDOMIZED; masking DOUBLE",
         "Status: COMPLETED; INTERVENTIONAL; PHASE4; RANDOMIZED; masking NONE", "design.masking"),
        (SPINE, "Status: COMPLETED; INTERVENTIONAL; phase not applicable; RANDOMIZED",
         "Status: COMPLETED; INTERVENTIONAL; PHASE4; RANDOMIZED", "phase.mismatch"),
        (TEENS_TO_ADULTS, "Status: COMPLETED; phase not applicable; RANDOMIZED; masking SINGLE",
         "Status: COMPLETED; phase not applicable; RANDOMIZED; masking QUADRUPLE",
         "design.masking"),
        (SPINE, "Eligible: FEMALE; 18 Years and older (no upper limit)",
         "Eligible: ALL; 18 Years and older (no upper limit)", "sex.mismatch"),
        (NIMH, "Eligible: ALL; 18 Years to 50 Years; healthy volunteers yes",
         "Eligible: FEMALE; 18 Years to 50 Years; healthy volunteers yes", "sex.mismatch"),
        (SPINE, "Results posted: yes", "Results posted: no", "claim.results"),
        (SPINE, "Enrollment: 501 ESTIMATED", "Enrollment: 501 ACTUAL", "enrollment.type"),
    ],
)  # fmt: skip
def test_a_copied_prompt_line_with_a_changed_value_is_caught(
    trial_name: str, wrong: str, right: str, code: str
) -> None:
    caught_only_when_wrong(trial_name, wrong, right, code)


@pytest.mark.parametrize("name", [SPINE, NIMH, DOUBLE, TEENS_TO_ADULTS, ONE_GROUP, ACCESS])
def test_the_prompts_fact_lines_copied_whole_pass(name: str) -> None:
    """A model that copies its prompt's fact lines says nothing false."""
    trial = record(name)
    prompt = load_prompt().render(trial).messages()[-1]["content"]
    facts = prompt.split("<trial_record>", 1)[1].split("Summary:", 1)[0]
    lines = [
        line
        for line in facts.splitlines()
        if line.startswith(("Status:", "Enrollment:", "Eligible:", "Results posted:", "Start",
                            "Conditions:", "Sponsor:", "Sites:", "Interventions:"))
    ]  # fmt: skip
    assert len(lines) >= 6, facts
    assert codes(trial, "\n".join(lines)) == [], lines


# A model's JSON answer: every member is a labelled item wherever it sits on its line, its
# camel-case key read as words.
@pytest.mark.parametrize(
    ("trial_name", "wrong", "right", "code"),
    [
        (NIMH, '"eligibility": {"sex": "all", "minAge": "18 years", "maxAge": "50 years"}',
         '"eligibility": {"sex": "female", "minAge": "18 years", "maxAge": "50 years"}',
         "sex.mismatch"),
        (SPINE, '"progress": {"status": "recruiting", "enrollment": 501}',
         '"progress": {"status": "completed", "enrollment": 501}', "status.mismatch"),
        (SPINE, '"progress": {"status": "completed", "enrollment": 510}',
         '"progress": {"status": "completed", "enrollment": 501}', "enrollment.mismatch"),
        (SPINE, '"progress": {"status": "completed", "resultsPosted": true}',
         '"progress": {"status": "completed", "resultsPosted": false}', "claim.results"),
        (SPINE, '"design": {"studyType": "observational", "allocation": "randomized"}',
         '"design": {"studyType": "interventional", "allocation": "randomized"}',
         "study_type.mismatch"),
        (SPINE, '"registry": {"nctId": "NCT00000410", "leadSponsor": "Mayo Clinic"}',
         '"registry": {"nctId": "NCT00000410", "leadSponsor": "Dartmouth-Hitchcock Medical '
         'Center"}', "sponsor.mismatch"),
        (SPINE, '"stdAges": ["CHILD", "ADULT"]', '"stdAges": ["ADULT", "OLDER_ADULT"]',
         "age.group"),
    ],
)  # fmt: skip
def test_a_json_member_is_read_and_checked(
    trial_name: str, wrong: str, right: str, code: str
) -> None:
    caught_only_when_wrong(trial_name, wrong, right, code)


def test_a_json_member_whose_value_is_a_sentence_names_no_illness() -> None:
    text = '{"condition": "herniated disc", "about": "how well back surgery works"}'
    assert codes(record(SPINE), text) == []
    assert "condition.mismatch" in codes(record(SPINE), '{"condition": "gout"}')
