"""Gaps in the field checks found in round 31: each wrong sentence is caught and its faithful
twin is not."""

from __future__ import annotations

from tests.checks_support import caught_only_when_wrong, codes, record


def test_an_acronym_spelled_like_a_question_word_names_a_sponsor() -> None:
    # NCT03751280's lead sponsor is Novartis Pharmaceuticals, not the WHO.
    for wrong in ("The sponsor is WHO.", "Sponsor: WHO", "The study is sponsored by WHO."):
        caught_only_when_wrong(
            "NCT03751280.json", wrong, wrong.replace("WHO", "Novartis"), "sponsor.mismatch"
        )
    trial = record("NCT03751280.json")
    for faithful in (
        "WHO ▸ Ages 18 and over",
        "Who is behind the study? Novartis.",
        "WHO RUNS THE STUDY? Novartis.",
    ):
        assert "sponsor.mismatch" not in codes(trial, faithful), faithful


def test_a_label_typing_its_count_in_any_noun() -> None:
    # NCT03390920 plans 200 people (estimated); NCT00000410 enrolled 501 (actual).
    caught_only_when_wrong(
        "NCT03390920.json", "Actual audience: 248", "Estimated audience: 200", "enrollment.type"
    )
    caught_only_when_wrong(
        "NCT03390920.json", "Actual turnout: 200 people", "Planned turnout: 200", "enrollment.type"
    )
    caught_only_when_wrong(
        "NCT00000410.json", "Planned audience: 501", "Actual audience: 501", "enrollment.type"
    )
    trial = record("NCT03390920.json")
    for faithful in ("Actual start: 2020", "Actual sites: 3", "Expected duration: 12"):
        assert "enrollment.type" not in codes(trial, faithful), faithful


def test_the_only_sex_a_record_admits_refused() -> None:
    # NCT02663973 takes women only.
    caught_only_when_wrong(
        "NCT02663973.json",
        "This job is not open to women.",
        "This job is not open to men.",
        "sex.mismatch",
    )
    caught_only_when_wrong(
        "NCT02663973.json",
        "The study does not accept women.",
        "The study does not accept men.",
        "sex.mismatch",
    )
    trial = record("NCT02663973.json")
    for faithful in (
        "This study is not open to women who are pregnant.",
        "Pregnant women cannot join.",
        "Only women can join.",
    ):
        assert "sex.mismatch" not in codes(trial, faithful), faithful


def test_a_phase_denied_of_a_study_with_no_phase() -> None:
    # NCT03390920 has no phase (NA).
    caught_only_when_wrong(
        "NCT03390920.json", "It is a phase 3 trial.", "It is not a phase 3 trial.", "phase.mismatch"
    )
    caught_only_when_wrong(
        "NCT03390920.json", "It is in phase 2.", "It isn't in phase 2.", "phase.mismatch"
    )


def test_a_country_placed_with_any_verb_of_the_work_or_joining() -> None:
    # NCT00000410's sites are in the United States alone.
    caught_only_when_wrong(
        "NCT00000410.json",
        "It was done in the US and the Netherlands.",
        "It was done in the United States.",
        "location.country",
    )
    caught_only_when_wrong(
        "NCT00000410.json",
        "People in the Netherlands could join.",
        "People in the United States could join.",
        "location.country",
    )
    trial = record("NCT00000410.json")
    faithful = "The drug was developed in Germany; you can join."
    assert "location.country" not in codes(trial, faithful)


def test_a_diagnosis_older_than_the_oldest_participant() -> None:
    # NCT02967393 takes children aged 5 to 11.
    caught_only_when_wrong(
        "NCT02967393.json",
        "The children were diagnosed with asthma at the age of 18.",
        "The children were diagnosed with asthma at the age of 4.",
        "age.maximum",
    )
    trial = record("NCT02967393.json")
    faithful = "Children diagnosed at the age of 18 or later are not studied here."
    assert "age.maximum" not in codes(trial, faithful)
