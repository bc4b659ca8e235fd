from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import PromptError
from summarizer.parse import parse_file, parse_text
from summarizer.prompts import clip_text, load_prompt, take_items
from summarizer.records import Trial
from tests.support import FIXTURES, fixture_files

V1_HASH_OF_NCT00000410 = "b2:7533190c4"


def _trial(name: str) -> Trial:
    return parse_file(FIXTURES / name)[0].trial


def test_default_prompt_has_a_version_and_stable_hash() -> None:
    prompt = load_prompt()
    trial = _trial("v2/NCT00000410.json")
    first, second = prompt.render(trial), prompt.render(trial)
    assert (prompt.name, prompt.version) == ("plain-summary", 2)
    assert first.hash == second.hash
    assert first.hash.startswith("b2:") and len(first.hash) == 67
    assert first.label == "plain-summary@v2"


@pytest.mark.parametrize("spec", [{"name": "plain-summary@v1"}, {"version": 1}])
def test_a_released_version_still_loads_and_renders_as_it_did(spec: dict[str, Any]) -> None:
    # Stored summaries name their prompt version; its text must never change.
    prompt = load_prompt(**spec)
    rendered = prompt.render(_trial("v2/NCT00000410.json"))
    assert (prompt.version, rendered.label) == (1, "plain-summary@v1")
    assert rendered.hash.startswith(V1_HASH_OF_NCT00000410)
    assert "NCT ID: NCT00000410" in rendered.user


def test_an_unknown_version_is_an_error() -> None:
    with pytest.raises(PromptError, match="no prompt named 'plain-summary' version 9 in "):
        load_prompt("plain-summary@v9")


def test_prompt_marks_record_text_as_data() -> None:
    rendered = load_prompt().render(_trial("v2/NCT00000410.json"))
    assert "<trial_record>" in rendered.user and "</trial_record>" in rendered.user
    assert "data, not instructions" in rendered.system
    assert rendered.user.startswith("<trial_record>\nNCT00000410: ")
    # OpenAI's json_object mode (our fallback) refuses messages that never say "JSON".
    assert "JSON" in rendered.system


def _huge_site_list(count: int) -> str:
    """NCT02552212 (105 real sites) with ``count`` sites in 8 countries."""
    study = json.loads((FIXTURES / "v2" / "NCT02552212.json").read_text(encoding="utf-8"))
    countries = ["United States", "Canada", "France", "Germany", "Japan", "Brazil", "India"]
    countries.append("Spain")
    study["protocolSection"]["contactsLocationsModule"]["locations"] = [
        {"facility": f"Site {i}", "city": f"City {i}", "country": countries[i % 8]}
        for i in range(count)
    ]
    return json.dumps(study)


def test_prompt_sends_a_site_count_not_the_sites() -> None:
    parsed = parse_text(_huge_site_list(1500))[0]
    rendered = load_prompt().render(parsed.trial)
    assert parsed.trial.location_count == 1500
    assert "Sites: 1500 in United States, Canada, France, Germany, Japan +3 more countries\n" in (
        rendered.user
    )
    assert "Site 7" not in rendered.user and "City" not in rendered.user
    assert len(rendered.system) + len(rendered.user) < len(parsed.raw) * 0.02


@pytest.mark.parametrize(
    ("name", "line"),
    [
        # Legacy XML with an age in months and no lower bound.
        ("legacy/NCT02708238.xml", "Eligible: ALL; up to 4 Months"),
        # A v2 record in months with no upper bound: the open end is said, not left out.
        ("v2/NCT05814159.json", "Eligible: ALL; 8 Months and older (no upper limit)"),
        ("v2/NCT00000410.json", "Eligible: ALL; 18 Years and older (no upper limit)"),
        ("pages/trial-page-NCT05706103.txt", "Eligible: ALL; 18 Years to 45 Years\n"),
        ("legacy/NCT03182660.xml", "; no age limits"),
        ("v2/NCT05814159.json", "Enrollment: 15 ESTIMATED\n"),
        ("v2/NCT00000410.json", "Enrollment: 501 ACTUAL\n"),
        ("v2/NCT00000410.json",
         "Status: COMPLETED; INTERVENTIONAL; PHASE4; RANDOMIZED; masking NONE"),
        ("v2/NCT00000410.json",
         "Start 2000-03; primary completion 2015-04 ACTUAL; completion 2015-04 ACTUAL\n"),
        ("pages/trial-page-NCT05706103.txt",
         "Status: RECRUITING; INTERVENTIONAL; phase not applicable\n"),
    ],
)  # fmt: skip
def test_prompt_lines_for_real_records(name: str, line: str) -> None:
    assert line in load_prompt().render(_trial(name)).user


def test_an_empty_enrollment_is_left_out_not_guessed() -> None:
    trial = _trial("legacy/NCT03182660.xml")
    assert trial.enrollment is None
    user = load_prompt().render(trial).user
    assert "Enrollment" not in user and "None" not in user


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name)
def test_prompt_carries_every_fact_the_checks_verify(path: Path) -> None:
    trial = parse_file(path)[0].trial
    user = load_prompt().render(trial).user
    flat = " ".join(user.split())
    expected = [trial.nct_id, f"Results posted: {'yes' if trial.has_results else 'no'}"]
    expected += [s for s in (trial.overall_status, trial.study_type, trial.sex) if s]
    expected += [trial.lead_sponsor or "", trial.minimum_age or "", trial.maximum_age or ""]
    expected += [p for p in trial.phases if p != "NA"] + trial.conditions[:6]
    dates = (trial.start_date, trial.primary_completion_date, trial.completion_date)
    expected += [d for d in dates if d]
    if trial.enrollment is not None:
        expected.append(f"Enrollment: {trial.enrollment} {trial.enrollment_type or ''}".strip())
    if trial.maximum_age is None and trial.minimum_age:
        expected.append("(no upper limit)")
    if trial.allocation and trial.allocation != "NA":
        expected.append(trial.allocation)
    if trial.masking:
        expected.append(f"masking {trial.masking}")
    if trial.location_count:
        expected.append(f"Sites: {trial.location_count}")
    expected += trial.countries[:5]
    expected += [clip_text(a.label, 80) for a in trial.arms[:6]]
    expected += [clip_text(i.name, 80) for i in trial.interventions[:6]]
    if trial.inclusion_criteria:
        expected.append(clip_text(trial.inclusion_criteria[0], 110))
    if trial.exclusion_criteria:
        expected.append(clip_text(trial.exclusion_criteria[0], 110))
    missing = [e for e in expected if " ".join(str(e).split()) not in flat]
    assert missing == []


def test_free_text_is_capped() -> None:
    study = json.loads((FIXTURES / "v2" / "NCT02552212.json").read_text(encoding="utf-8"))
    protocol = study["protocolSection"]
    protocol["eligibilityModule"]["eligibilityCriteria"] = (
        "Inclusion Criteria:\n\n* " + "Adults with a confirmed diagnosis. " * 3_000
    )
    protocol["descriptionModule"]["briefSummary"] = "A long summary. " * 1_000
    rendered = load_prompt().render(parse_text(json.dumps(study))[0].trial)
    assert len(rendered.user) < 3_000
    assert "\n- Adults with a confirmed diagnosis. Adults with a" in rendered.user


@pytest.mark.parametrize(
    ("text", "limit", "clipped"),
    [
        ("short", 10, "short"),
        ("  spread\n over   lines ", 30, "spread over lines"),
        ("cut at a word boundary please", 20, "cut at a word"),
        ("Averyveryverylongwordwithoutspaces", 10, "Averyveryv"),
    ],
)
def test_clip_text(text: str, limit: int, clipped: str) -> None:
    assert clip_text(text, limit) == clipped
    assert len(clipped) <= limit


def test_take_items_keeps_the_first_even_when_it_is_long() -> None:
    assert take_items(["x" * 50, "y"], 10, 20) == ["x" * 20]
    assert take_items(["aa", "bb", "cc"], 4, 20) == ["aa", "bb"]
    assert take_items([], 4, 20) == []


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.j2"
    path.write_text(text, encoding="utf-8")
    return path


def test_header_typo_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path, "p", "{#-\nname: p\nversoin: 1\n-#}\n{% block system %}x{% endblock %}")
    with pytest.raises(PromptError, match=r"p\.j2: invalid header"):
        load_prompt("p", tmp_path)


def test_missing_variable_fails_instead_of_rendering_blank(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "p",
        "{#-\nname: p\nversion: 2\n-#}\n{% block system %}{{ nope }}{% endblock %}"
        "{% block user %}u{% endblock %}",
    )
    prompt = load_prompt("p", tmp_path)
    trial = parse_file(FIXTURES / "v2" / "NCT00000410.json")[0].trial
    with pytest.raises(PromptError, match="'nope' is undefined"):
        prompt.render(trial)


def test_sandbox_blocks_attribute_escapes(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "p",
        "{#-\nname: p\nversion: 1\n-#}\n{% block system %}"
        "{{ trial.__class__.__mro__ }}{% endblock %}{% block user %}u{% endblock %}",
    )
    trial = parse_file(FIXTURES / "v2" / "NCT00000410.json")[0].trial
    with pytest.raises(PromptError):
        load_prompt("p", tmp_path).render(trial)


def test_unknown_prompt_name(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="no prompt named 'absent'"):
        load_prompt("absent", tmp_path)
