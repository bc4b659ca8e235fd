"""Whole families of wording, not single phrases: contractions and adverbs in status
sentences, facts stated as bare fragments of a card, and so on. Each test states a wrong
fact in several members of a family on a real record, and the same shapes with the right
fact must pass."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record

# --- status: contractions, adverbs, particle verbs, bare fragments ---------------------

# NCT00000410 is COMPLETED; the seed page is RECRUITING.


@pytest.mark.parametrize(
    ("name", "text", "excerpt"),
    [
        ("seed", "This one's already finished.", "This one's already finished"),
        ("seed", "This study has already wrapped up.", "study has already wrapped up"),
        ("seed", "The trial has now concluded.", "trial has now concluded"),
        ("seed", "They haven't started signing people up yet.",
         "haven't started signing people up"),
        ("seed", "Recruitment hasn't started yet.", "Recruitment hasn't started"),
        ("seed", "The study is not recruiting yet.", "not recruiting yet"),
        ("seed", "They're not taking anyone new.", "'re not taking anyone"),
        ("NCT00000410.json", "And they're signing people up right now.",
         "'re signing people up"),
        ("NCT00000410.json", "It's recruiting right now.", "'s recruiting"),
        ("NCT00000410.json", "It's still going.", "still going"),
        ("NCT00000410.json", "It was actually withdrawn before anyone enrolled.",
         "It was actually withdrawn"),
        ("NCT00000410.json", "It's on hold at the moment.", "It's on hold"),
    ],
)  # fmt: skip
def test_status_in_contractions_and_with_adverbs(name: str, text: str, excerpt: str) -> None:
    assert errors(record(name), text) == [("status.mismatch", excerpt)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("NCT00000410.json", "This one's already finished."),
        ("NCT00000410.json", "The study has already wrapped up."),
        ("seed", "And they're signing people up right now."),
        ("seed", "It's still going, and it's recruiting."),
        # a location, not a status: "running at several sites"
        ("NCT05879653.json", "It's running at several sites in the United States."),
        ("NCT05879653.json", "They haven't started signing people up yet."),
        # not about recruitment at all
        ("seed", "People who are not taking blood thinners can join."),
        ("NCT00000410.json", "The study's recruiting period ended in 2004."),
    ],
)  # fmt: skip
def test_status_wordings_true_of_the_record_pass(name: str, text: str) -> None:
    assert [e for e in errors(record(name), text) if e[0] == "status.mismatch"] == []


CARD = "Spine Patient Outcomes Research Trial\nNCT00000410 · Phase 4 · {status}\nAge 18+"


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("NCT00000410.json", "Recruiting"),
        ("NCT00000410.json", "Active, closed to new participants"),
        ("NCT00000410.json", "Suspended"),
        ("seed", "Completed"),
        ("seed", "Withdrawn"),
        ("seed", "Stopped early"),
    ],
)
def test_a_bare_status_fragment_is_read(name: str, status: str) -> None:
    text = CARD.format(status=status)
    assert ("status.mismatch", status) in errors(record(name), text)


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("NCT00000410.json", "Completed"),
        ("seed", "Recruiting"),
        ("seed", "Active, recruiting"),
        # a word that names other things when it stands alone is not read as a status
        ("NCT00000410.json", "Open"),
        ("NCT00000410.json", "Planned"),
    ],
)
def test_a_bare_status_fragment_true_of_the_record_passes(name: str, status: str) -> None:
    text = CARD.format(status=status)
    assert [e for e in errors(record(name), text) if e[0] == "status.mismatch"] == []
