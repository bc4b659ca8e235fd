"""Field checks on real records: each error in more than one wording, with its message
and the span it points at; and the faithful wording that must pass."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from tests.checks_support import errors, only, record

# --- enrollment ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The study plans to enroll 4,000 people.",
        "4000 volunteers are needed.",
        "Number of people: 4000.",
        "The researchers hope to include about 4,000 participants.",
    ],
)
def test_enrollment_count_in_any_wording(text: str) -> None:
    trial = record("NCT00258583.json")  # 5000, estimated
    report = run_checks(trial, text)
    message = only(report, "enrollment.mismatch")
    assert message.endswith("the record says 5000 (enrollment, estimated).")
    finding = next(f for f in report.errors if f.code == "enrollment.mismatch")
    assert finding.excerpt(text).replace(",", "") == "4000"


def test_estimated_enrollment_stated_as_done() -> None:
    trial = record("NCT00258583.json")
    text = "A total of 5000 volunteers joined the study."
    report = run_checks(trial, text)
    assert only(report, "enrollment.type") == (
        "Summary gives an actual number of participants; the record's enrollment (5000) is "
        "estimated."
    )
    assert errors(trial, "The study plans to enroll 5,000 people.") == []


def test_actual_enrollment_stated_as_a_plan() -> None:
    trial = record("NCT00353704.json")  # 50, actual
    assert errors(trial, "The study will enroll 50 people.") == [("enrollment.type", "will enroll")]
    assert errors(trial, "Fifty people took part.") == []


# --- ages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "excerpt"),
    [
        ("You can join if you are between 18 and 65 years old.", "age.range", "18 and 65"),
        ("It is open to men and women aged 21-45.", "age.range", "21-45"),
        ("Participants must be at least 21 years old.", "age.minimum", "21"),
        ("People up to 50 years old can take part.", "age.maximum", "50"),
        ("Anyone 18 or older can take part.", "age.open_upper", "18 or older"),
        ("There is no upper age limit.", "age.open_upper", "no upper age limit"),
    ],
)
def test_age_errors(text: str, code: str, excerpt: str) -> None:
    assert (code, excerpt) in errors(record("seed"), text)  # 18 to 45


def test_age_messages_name_the_record_fields() -> None:
    report = run_checks(record("seed"), "Participants must be at least 21 years old.")
    assert only(report, "age.minimum") == (
        "Summary says a minimum age of 21; the record says 18 (minimum_age)."
    )


@pytest.mark.parametrize(
    "text",
    [
        "People aged 18 to 45 can take part.",
        "You can join if you are between 18 and 45 years old.",
        "Participants must be 18 to 45 years old.",
        "It is open to men and women aged 18-45.",
    ],
)
def test_faithful_age_wordings_pass(text: str) -> None:
    assert errors(record("seed"), text) == []


def test_months_are_ages_too() -> None:
    trial = record("seed").model_copy(
        update={"minimum_age": "6 Months", "minimum_age_years": 0.5, "maximum_age": "17 Years",
                "maximum_age_years": 17.0}
    )  # fmt: skip
    assert errors(trial, "People from 6 months old up to 17 years old can take part.") == []
    assert errors(trial, "People from 2 years old up to 17 years old can take part.") == [
        ("number.untraced", "2"),
        ("age.range", "2 years old up to 17"),
    ]


def test_adults_when_the_record_admits_teenagers() -> None:
    trial = record("NCT00763412.json")  # 12 to 24
    assert errors(trial, "This study is for adults.") == [("age.adults", "for adults")]
    assert errors(trial, "Teenagers and young adults aged 12 to 24 can join.") == []


def test_children_when_the_record_admits_only_adults() -> None:
    report = run_checks(record("seed"), "Children can also take part.")
    assert only(report, "age.children") == (
        "Summary says children can take part; the record's minimum age is 18 (minimum_age)."
    )


def test_an_age_in_a_list_of_exclusions_is_not_a_limit() -> None:
    text = "People cannot join if they are:\n- Younger than 18 years old.\n"
    assert errors(record("NCT00258583.json"), text) == []


# --- sex ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "excerpt"),
    [
        ("seed", "This study is for women only.", "women only"),
        ("seed", "Only male participants are included.", "Only male participants"),
        ("NCT02663973.json", "Both men and women can join.", "men and women"),
        ("NCT02663973.json", "People of any sex can take part.", "of any sex"),
    ],
)
def test_sex_errors(name: str, text: str, excerpt: str) -> None:
    assert errors(record(name), text) == [("sex.mismatch", excerpt)]


def test_women_in_an_exclusion_are_not_a_restriction() -> None:
    text = "Women who are pregnant cannot join. Men and women aged 18 to 45 can take part."
    assert errors(record("seed"), text) == []


# --- status -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("The study has been completed.", "COMPLETED"),
        ("This study is finished.", "COMPLETED"),
        ("It has not started enrolling people yet.", "NOT_YET_RECRUITING"),
        ("The study was stopped early.", "TERMINATED"),
        ("It was withdrawn before anyone enrolled.", "WITHDRAWN"),
        ("Enrollment is closed.", "ACTIVE_NOT_RECRUITING"),
        ("The study is on hold for now.", "SUSPENDED"),
    ],
)
def test_status_in_any_wording(text: str, claimed: str) -> None:
    report = run_checks(record("seed"), text)  # recruiting
    message = only(report, "status.mismatch")
    assert f"({claimed}); the record says RECRUITING (overall_status)." in message


@pytest.mark.parametrize(
    "text",
    [
        "It is currently looking for volunteers.",
        "The study is open to new participants.",
        "Results will be shared when the study is over.",
    ],
)
def test_recruiting_wordings_pass(text: str) -> None:
    assert errors(record("seed"), text) == []


def test_active_not_recruiting_wordings() -> None:
    trial = record("NCT01029262.xml")
    assert errors(trial, "The study is still running, but it is no longer recruiting.") == []
    assert errors(trial, "It is currently looking for volunteers.") == [
        ("status.mismatch", "is currently looking for volunteers")
    ]


# --- phase, study type, design --------------------------------------------------------


def test_phase_numbers_and_plain_explanations() -> None:
    trial = record("NCT00353704.json")  # phase 4
    assert errors(trial, "It is a Phase IV trial.") == []
    assert errors(trial, "It is a Phase II trial.") == [("phase.mismatch", "Phase II")]
    assert errors(trial, "This is a first-in-human study.") == [
        ("phase.mismatch", "first-in-human")
    ]
    report = run_checks(record("seed"), "This is a phase 2 study.")
    assert only(report, "phase.mismatch") == "Summary says 'phase 2'; the record says NA (phases)."


def test_no_phase_claimed_for_a_phased_trial() -> None:
    assert errors(record("NCT00353704.json"), "This study does not have phases.") == [
        ("phase.mismatch", "does not have phases")
    ]


def test_observational_study_described_as_testing_a_treatment() -> None:
    trial = record("NCT00258583.json")
    assert errors(trial, "This study tests a new drug.") == [
        ("study_type.mismatch", "tests a new drug")
    ]
    assert errors(trial, "This study does not test a new drug.") == []
    # A contraction negates too: "n't" follows a letter, so it has no word boundary before it.
    for negated in ("This study doesn't test a new drug.", "It isn't testing a treatment.",
                    "The researchers won't give people any drug."):  # fmt: skip
        assert errors(trial, negated) == [], negated


def test_interventional_study_described_as_observing() -> None:
    assert errors(record("NCT00353704.json"), "No treatment is given in this study.") == [
        ("study_type.mismatch", "No treatment is given")
    ]


def test_randomization_claims() -> None:
    assert errors(record("NCT00353704.json"), "People are put into groups by chance.") == []
    trial = record("NCT01357915.xml")  # non-randomized, open label
    report = run_checks(trial, "People are put into groups by chance.")
    assert only(report, "design.allocation") == (
        "Summary says 'by chance'; the record says NON_RANDOMIZED (allocation)."
    )
    assert errors(record("NCT00353704.json"), "The groups are not chosen at random.") == [
        ("design.allocation", "not chosen at random")
    ]


def test_blinding_claims() -> None:
    assert errors(record("NCT00353704.json"), "It is a double-blind study.") == []
    report = run_checks(record("NCT01357915.xml"), "It is a double-blind study.")
    assert only(report, "design.masking") == (
        "Summary says 'double-blind' (double blind); the record says NONE (masking)."
    )
    assert errors(record("NCT00353704.json"), "This is an open-label study.") == [
        ("design.masking", "open-label")
    ]


# --- dates, identifiers, sponsor, conditions -------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The study started in March 2020.", "March 2020"),
        ("It began in 2019.", "2019"),
        ("Start date: 4 February 2021.", "4 February 2021"),
        ("It is expected to end in December 2026.", "December 2026"),
    ],
)
def test_dates_and_years(text: str, excerpt: str) -> None:
    assert ("date.mismatch", excerpt) in errors(record("seed"), text)


def test_a_start_date_given_as_the_end_date_is_caught() -> None:
    assert errors(record("seed"), "The study ends in January 2021.") == [
        ("date.mismatch", "January 2021")
    ]
    assert errors(record("seed"), "The study started on January 4, 2021.") == []


def test_nct_id() -> None:
    assert errors(record("seed"), "Study ID: NCT05706104.") == [("nct_id.mismatch", "NCT05706104")]


@pytest.mark.parametrize(
    "text",
    [
        "The study is run by Pfizer.",
        "Pfizer is the sponsor.",
        "Pfizer is paying for the study.",
        "It is funded by Novartis.",
    ],
)
def test_sponsor_in_any_wording(text: str) -> None:
    assert [c for c, _ in errors(record("seed"), text)] == ["sponsor.mismatch"]


def test_sponsor_generic_words_are_not_a_match() -> None:
    report = run_checks(record("seed"), "The study is run by Stanford University.")
    assert only(report, "sponsor.mismatch") == (
        "Summary says the sponsor is 'Stanford University'; the record says University Ghent "
        "(lead_sponsor)."
    )


def test_condition() -> None:
    assert errors(record("seed"), "This study is about type 2 diabetes.") == [
        ("condition.mismatch", "type 2 diabetes")
    ]
    assert errors(record("seed"), "This study is for people with recurrent low back pain.") == []


# --- "Label: value" items -----------------------------------------------------------
# Terse summaries state a field by its label; the label's words decide the field.


@pytest.mark.parametrize(
    ("name", "text", "excerpt"),
    [
        ("seed", "Sex: female only.", "female only"),  # record: all sexes
        ("seed", "- **Gender:** men", "men"),
        ("seed", "Participants' sex: F", "F"),
        ("NCT02663973.json", "Sex: all.", "all"),  # record: female only
        ("NCT02663973.json", "Gender: male and female", "male and female"),
    ],
)
def test_sex_stated_as_a_label(name: str, text: str, excerpt: str) -> None:
    assert errors(record(name), text) == [("sex.mismatch", excerpt)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("seed", "Sex: all."),
        ("seed", "Gender: any"),
        ("NCT02663973.json", "Sex: female only."),
        ("NCT02663973.json", "Sex: women (not pregnant)."),
    ],
)
def test_faithful_sex_labels_pass(name: str, text: str) -> None:
    assert errors(record(name), text) == []


def test_sex_label_message() -> None:
    report = run_checks(record("NCT02663973.json"), "Sex: all.")
    assert only(report, "sex.mismatch") == "Summary says 'all'; the record says female only (sex)."


@pytest.mark.parametrize(
    ("name", "text", "excerpt"),
    [
        ("NCT00353704.json", "Size: 50 (planned).", "planned"),  # 50, actual
        ("NCT00353704.json", "Enrollment: 50, target.", "target"),
        ("NCT00258583.json", "Size: 5000 (actual).", "actual"),  # 5000, estimated
        ("NCT00258583.json", "Number of people: about 5,000 (final count).", "final count"),
    ],
)
def test_enrollment_type_stated_as_a_label(name: str, text: str, excerpt: str) -> None:
    assert errors(record(name), text) == [("enrollment.type", excerpt)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("NCT00353704.json", "Size: 50 (actual)."),
        ("NCT00258583.json", "Size: 5000 (planned)."),
        ("NCT00258583.json", "Participants: adults aged 18 or older."),
    ],
)
def test_faithful_enrollment_labels_pass(name: str, text: str) -> None:
    assert errors(record(name), text) == []


def test_a_count_after_a_people_label_is_the_enrollment() -> None:
    assert errors(record("NCT00353704.json"), "Participants: 60 (actual).") == [
        ("enrollment.mismatch", "60"),
        ("number.untraced", "60"),
    ]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Status: finished.", "finished"),
        ("Recruitment status: not yet open", "not yet open"),
        ("- **Status:** on hold", "on hold"),
        ("Status: closed to new participants.", "closed to new participants"),
    ],
)
def test_status_stated_as_a_label(text: str, excerpt: str) -> None:
    report = run_checks(record("seed"), text)  # recruiting
    assert [(f.code, f.excerpt(text)) for f in report.errors] == [("status.mismatch", excerpt)]
    assert "the record says RECRUITING (overall_status)." in report.errors[0].message


@pytest.mark.parametrize("text", ["Status: open.", "Status: recruiting now", "Status: ongoing."])
def test_faithful_status_labels_pass(text: str) -> None:
    assert errors(record("seed"), text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Sponsor: Pfizer.", "Pfizer"),
        ("Run by: Novartis", "Novartis"),
        ("- **Funder:** the Mayo Clinic", "Mayo Clinic"),
    ],
)
def test_sponsor_stated_as_a_label(text: str, excerpt: str) -> None:
    assert errors(record("seed"), text) == [("sponsor.mismatch", excerpt)]


def test_faithful_sponsor_label_passes() -> None:
    assert errors(record("seed"), "Lead organization: University Ghent.") == []


# --- wordings beyond the sentence patterns ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Sign-up has not opened yet.", "Sign-up has not opened"),
        ("Registration is not yet open.", "Registration is not yet open"),
        ("The study has yet to start.", "study has yet to start"),
        ("Enrolment is full.", "Enrolment is full"),
    ],
)
def test_status_through_other_words_for_signing_up(text: str, excerpt: str) -> None:
    assert errors(record("seed"), text) == [("status.mismatch", excerpt)]


def test_signup_wordings_true_of_the_status_pass() -> None:
    assert errors(record("NCT03367052.json"), "Sign-up has not opened yet.") == []
    assert errors(record("seed"), "Sign-up is open now.") == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The organization in charge (the sponsor) is Roche.", "Roche"),
        ("The company paying for the study is AstraZeneca.", "AstraZeneca"),
        ("Money for this research comes from the Wellcome Trust.", "Wellcome Trust"),
        ("Roche is in charge of the study.", "Roche"),
        ("Novartis runs this trial.", "Novartis"),
    ],
)
def test_sponsor_named_after_other_sponsor_words(text: str, excerpt: str) -> None:
    assert errors(record("seed"), text) == [("sponsor.mismatch", excerpt)]


@pytest.mark.parametrize(
    "text",
    [
        "The organization in charge (the sponsor) is University Ghent.",
        "The study team is in charge of the training sessions.",
        "Ghent University runs this trial.",
    ],
)
def test_faithful_sponsor_wordings_pass(text: str) -> None:
    assert errors(record("seed"), text) == []


@pytest.mark.parametrize(
    "text",
    ["Only grown-ups (adults) may take part.", "The study is open to grown-ups only."],
)
def test_grown_ups_are_adults(text: str) -> None:
    assert [c for c, _ in errors(record("NCT00763412.json"), text)] == ["age.adults"]  # 12-24
