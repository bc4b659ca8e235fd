"""The review commands: editor accounts, list, show, edit in $EDITOR, approve, reject, serve."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from summarizer.cli import cli
from summarizer.review.accounts import Accounts
from summarizer.store import Store
from tests.review_support import (
    RIGHT_AGES,
    SEED_ID,
    WRONG_AGES,
    add_clean,
    add_flagged,
    seed,
)

EDITOR_SCRIPT = """\
import os, sys
old, new, path = sys.argv[1:]  # click puts the file to edit last
with open(path, encoding="utf-8") as fh:
    text = fh.read()
with open(path, "w", encoding="utf-8") as fh:
    fh.write(text.replace(old, new))
# click.edit only keeps a file whose modification time moved.
st = os.stat(path)
os.utime(path, (st.st_atime, st.st_mtime + 5))
"""


def run(*args: object, **kwargs: Any) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "review.db"
    seed(str(path))
    return path


def editor_command(tmp_path: Path, old: str, new: str) -> str:
    """An $EDITOR that replaces ``old`` with ``new`` in the file it is given."""
    script = tmp_path / "fake_editor.py"
    script.write_text(EDITOR_SCRIPT, encoding="utf-8")
    # click runs "$EDITOR file" through the shell: quote each argument.
    return f"{sys.executable} {script} '{old}' '{new}'"


def test_editor_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    result = run("editor", "add", "sam", "--password-stdin", "--db", db, input="a long password\n")
    assert result.exit_code == 0
    assert result.output == "Created editor sam. They can sign in at `summarizer serve`.\n"
    with Store.open(db) as store:
        assert Accounts(store).authenticate("sam", "a long password")
    assert run("editor", "list", "--db", db).output == "sam\n"


def test_editor_add_asks_for_the_password_twice(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    result = run("editor", "add", "sam", "--db", db, input="a long password\na long password\n")
    assert result.exit_code == 0
    assert "Repeat for confirmation" in result.output


@pytest.mark.parametrize(
    ("name", "password", "message"),
    [
        ("sam", "short", "Error: the password must be at least 10 characters"),
        ("dana", "a long password", "Error: an editor named 'dana' already exists"),
    ],
)
def test_editor_add_refusals(db: Path, name: str, password: str, message: str) -> None:
    result = CliRunner().invoke(
        cli, ["editor", "add", name, "--password-stdin", "--db", str(db)], input=password + "\n"
    )
    assert result.exit_code == 1
    assert result.output.strip() == message


def test_review_list_shows_what_needs_review_first(db: Path) -> None:
    result = run("review", "list", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{SEED_ID} · v1 · flagged · 2 error(s), ")
    assert "age.range, number.untraced" in lines[0]
    approved = run("review", "list", "--status", "approved", "--db", db).stdout.splitlines()
    # Oldest first, and created_at has one-second resolution: the two clean
    # summaries are written in the same second or not, so their order is not fixed.
    assert sorted(line.split(" · ")[0] for line in approved) == ["NCT00000410", "NCT00405041"]
    assert run("review", "list", "--status", "all", "--code", "age.range", "--db", db).stdout


def test_review_show_prints_text_findings_and_history(db: Path) -> None:
    result = run("review", "show", SEED_ID, "--db", db)
    assert result.exit_code == 0
    out = result.output
    assert out.startswith(f"{SEED_ID} · v1 · flagged · by summarizer at ")
    assert "the site shows nothing" in out
    assert "People aged 18 to 65 can take part." in out
    assert "age.range" in out and "«18 to 65»" in out
    assert "History:" in out and "summarizer wrote v1 · builtin/builtin" in out


def test_review_edit_saves_a_new_version_by_the_editor(db: Path, tmp_path: Path) -> None:
    env = {"EDITOR": editor_command(tmp_path, WRONG_AGES, RIGHT_AGES), "VISUAL": ""}
    result = run(
        "review", "edit", SEED_ID, "--by", "dana", "--note", "fixed ages", "--db", db, env=env
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{SEED_ID} · v2 · approved · 0 error(s)")
    with Store.open(db) as store:
        saved = store.get_version(SEED_ID)
    assert (saved.author, saved.parent_version, saved.note) == ("dana", 1, "fixed ages")
    assert RIGHT_AGES in saved.text
    shown = run("review", "show", SEED_ID, "--diff", "--db", db).output
    assert "-People aged 18 to 65 can take part." in shown
    assert "+People aged 18 to 45 can take part." in shown
    assert "dana edited v2 · edited from v1 · fixed ages" in shown


def test_review_edit_that_keeps_an_error_says_what_next(db: Path, tmp_path: Path) -> None:
    env = {"EDITOR": editor_command(tmp_path, "# Exercise", "# Exercises"), "VISUAL": ""}
    result = run("review", "edit", SEED_ID, "--by", "dana", "--db", db, env=env)
    assert result.exit_code == 0
    assert result.output.startswith(f"{SEED_ID} · v2 · flagged · 2 error(s)")
    assert "another editor approves v2 with a note" in result.output
    refused = CliRunner().invoke(
        cli, ["review", "approve", SEED_ID, "--by", "dana", "--note", "ok", "--db", str(db)]
    )
    assert refused.exit_code == 1
    assert "dana wrote this version and cannot approve it" in refused.output
    assert (
        run("review", "approve", SEED_ID, "--by", "lee", "--note", "ok", "--db", db).exit_code == 0
    )


def test_review_edit_without_changes_saves_nothing(db: Path) -> None:
    result = run("review", "edit", SEED_ID, "--db", db, env={"EDITOR": "true", "VISUAL": ""})
    assert result.output == "No changes; nothing saved.\n"
    with Store.open(db) as store:
        assert len(store.versions(SEED_ID)) == 1


def test_review_edit_that_breaks_a_heading_can_be_abandoned(db: Path, tmp_path: Path) -> None:
    env = {"EDITOR": editor_command(tmp_path, "## Key facts", "Facts"), "VISUAL": ""}
    result = CliRunner().invoke(
        cli, ["review", "edit", SEED_ID, "--db", str(db)], env=env, input="n\n"
    )
    assert result.exit_code == 1
    assert "The heading '## Key facts' is missing or out of order." in result.output
    assert result.output.endswith("Error: nothing saved\n")
    with Store.open(db) as store:
        assert len(store.versions(SEED_ID)) == 1


def test_review_reject_and_approve(db: Path) -> None:
    rejected = run("review", "reject", SEED_ID, "--note", "wrong ages", "--by", "lee", "--db", db)
    assert rejected.exit_code == 0
    assert rejected.output == f"{SEED_ID} · v1 · rejected by lee\n"
    assert run("review", "list", "--status", "rejected", "--db", db).stdout.startswith(SEED_ID)
    approved = run(
        "review", "approve", SEED_ID, "--note", "ages checked by hand", "--by", "lee", "--db", db
    )
    assert approved.output == f"{SEED_ID} · v1 · approved by lee\n"
    with Store.open(db) as store:
        assert store.get_version(SEED_ID).status == "approved"


def test_review_approve_refuses_a_version_that_is_not_the_latest(db: Path, tmp_path: Path) -> None:
    env = {"EDITOR": editor_command(tmp_path, WRONG_AGES, RIGHT_AGES), "VISUAL": ""}
    assert run("review", "edit", SEED_ID, "--by", "dana", "--db", db, env=env).exit_code == 0
    result = CliRunner().invoke(
        cli, ["review", "approve", SEED_ID, "--version", "1", "--note", "ok", "--by", "lee",
              "--db", str(db)],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "v1 is not the latest version (v2); review v2 instead" in result.output
    with Store.open(db) as store:
        assert store.get_version(SEED_ID, 1).status == "flagged"


def test_serve_binds_to_localhost_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> None:
        served.update(options, app=app)

    monkeypatch.setattr("uvicorn.run", fake_run)
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        add_flagged(store)
        add_clean(store, "NCT00405041.json")
    result = run("serve", "--db", db)
    assert result.exit_code == 0
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    assert served["app"].state.store_url == str(db)
    assert "No editor accounts yet" in result.output
    assert f"Review app: http://127.0.0.1:8000/ · store {db}" in result.output
