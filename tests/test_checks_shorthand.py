"""Facts said in a digest's shorthand or in words for children, as an automatic digest, a
children's page or a doctor's letter says them: "Ph 2/3", "F only", "age ≥18 y", "n≈62
(est.)", "Arms: three", "Placebo: none", "peds eligible", "letting new people sign up".

Each wording is checked both ways: wrong for one record, right for another (or in its
right form), so a reader that flags everything fails as surely as one that flags nothing.
"""

from __future__ import annotations

import pytest

from tests.checks_support import caught_only_when_wrong, codes, record

SPINE = "NCT00000410.json"  # phase 4, randomized, 18+, all sexes, 501 actual, completed, 2 arms
TEENS = "NCT05372913.json"  # 13 to 17, all sexes, 141 actual, completed, 2 arms
YOUNG = "NCT06863285.json"  # 11 and over, not yet recruiting, 140 estimated
ACCESS = "NCT03147742.xml"  # expanded access, available
PREGABALIN = "NCT00353704.json"  # pregabalin against placebo
SLOMO = "NCT06568081.json"  # one app (SloMo), recruiting, 18 and over


@pytest.mark.parametrize(
    ("trial_name", "wrong", "right", "code"),
    [
        (SPINE, "Type: interventional; Ph 2; RCT.", "Type: interventional; Ph 4; RCT.",
         "phase.mismatch"),
        (SPINE, "Ph II/III, randomised.", "Ph IV, randomised.", "phase.mismatch"),
        (SPINE, "Eligibility: age ≥18 y; M only.", "Eligibility: age ≥18 y; sexes: all.",
         "sex.mismatch"),
        (SPINE, "Eligibility: F-only; age ≥18 y.", "Eligibility: any sex; age ≥18 y.",
         "sex.mismatch"),
        (SPINE, "Eligibility: age ≥21 y.", "Eligibility: age ≥18 y.", "age.minimum"),
        (SPINE, "Completed; n≈501 (est.).", "Completed; n=501 (actual).", "enrollment.type"),
        (SPINE, "Nobody tosses a coin to decide the groups.",
         "The groups are decided by tossing a coin.", "design.allocation"),
        (SPINE, "peds eligible too; age ≥18 y.", "adults only; age ≥18 y.", "age.children"),
        (YOUNG, "The trial is limited to adults.", "The trial is open to people aged 11 and up.",
         "age.adults"),
        (TEENS, "Arms: four in total.", "Arms: two in total.", "number.untraced"),
        (TEENS, "Phone follow-ups: seven.", "Phone follow-ups: none.", "number.untraced"),
        (YOUNG, "The trial is letting new people sign up this month.",
         "The trial is not letting people sign up yet.", "status.mismatch"),
        (ACCESS, "The program has stopped handing out the drug for now.",
         "The program hands out the drug to people who ask their doctor.", "status.mismatch"),
        (PREGABALIN, "Placebo: none; everyone on active drug.", "Placebo: yes, one arm.",
         "intervention.placebo"),
        (SLOMO, "Concomitant: sertraline for everyone.", "Concomitant: none.",
         "intervention.unknown"),
    ],
)  # fmt: skip
def test_a_shorthand_fact_is_read_and_checked(
    trial_name: str, wrong: str, right: str, code: str
) -> None:
    caught_only_when_wrong(trial_name, wrong, right, code)


def test_ph_is_a_phase_only_with_its_capital() -> None:
    # the acidity "pH 4" is no phase, whatever the record's phase
    assert "phase.mismatch" not in codes(record(SPINE), "The cream has a pH 5 like skin.")


def test_the_record_placebo_described_as_a_look_alike_is_no_new_treatment() -> None:
    text = "One arm gets an inactive look-alike capsule."
    assert "intervention.unknown" not in codes(record(PREGABALIN), text)
