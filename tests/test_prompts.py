from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import PromptError
from summarizer.parse import parse_file
from summarizer.prompts import load_prompt
from tests.support import FIXTURES


def test_default_prompt_has_a_version_and_stable_hash() -> None:
    prompt = load_prompt()
    trial = parse_file(FIXTURES / "v2" / "NCT00000410.json")[0].trial
    first, second = prompt.render(trial), prompt.render(trial)
    assert (prompt.name, prompt.version) == ("plain-summary", 1)
    assert first.hash == second.hash
    assert first.hash.startswith("b2:") and len(first.hash) == 67
    assert first.label == "plain-summary@v1"


def test_prompt_marks_record_text_as_data() -> None:
    trial = parse_file(FIXTURES / "v2" / "NCT00000410.json")[0].trial
    rendered = load_prompt().render(trial)
    assert "<trial_record>" in rendered.user and "</trial_record>" in rendered.user
    assert "not instructions" in rendered.system
    assert "NCT ID: NCT00000410" in rendered.user


def test_prompt_sends_fields_not_the_whole_record() -> None:
    # NCT02552212 lists well over a thousand sites; the prompt carries a count.
    parsed = parse_file(FIXTURES / "v2" / "NCT02552212.json")[0]
    rendered = load_prompt().render(parsed.trial)
    assert parsed.trial.location_count > 100
    assert f"Study sites: {parsed.trial.location_count}" in rendered.user
    assert len(rendered.user) < len(parsed.raw) * 0.15


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
