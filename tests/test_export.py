from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import summarizer.export
from summarizer.cli import cli
from summarizer.export import (
    CursorAhead,
    ExportedSummary,
    export_directory,
    export_jsonl,
    export_schema,
    iter_lines,
    manifest_path,
    safe_markdown,
)
from summarizer.store import Store
from tests.export_support import (
    CLEAN,
    OTHER,
    SCHEMA_FILE,
    SEED,
    read_jsonl,
    schema,
    summarize,
    trial,
    withdraw_study,
    wrong_ages,
)
from tests.support import FIXTURES

RECORDS_FOR_CLI = [FIXTURES / "v2" / "NCT00405041.json", FIXTURES / "v2" / "NCT00410098.json"]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = Store.open(store_url)
    yield opened
    opened.close()


def export(store: Store, tmp_path: Path, since: int | None = None) -> tuple[list[dict], int]:
    """Export to a JSONL file; return its lines and the export's cursor."""
    result = export_jsonl(store, tmp_path / "site" / "summaries.jsonl", since=since)
    return read_jsonl(result.path), result.manifest.cursor


def shown(lines: list[dict[str, Any]]) -> list[tuple[str, str, int | None]]:
    return [(x["nct_id"], x["action"], x.get("version")) for x in lines]


# --- the published schema --------------------------------------------------------


def test_published_schema_is_the_generated_one() -> None:
    """Regenerate with: python -m summarizer.export --write-schema"""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == export_schema()


def test_every_exported_line_validates_against_the_published_schema(
    store: Store, tmp_path: Path
) -> None:
    for nct_id in (SEED, CLEAN, OTHER):
        summarize(store, nct_id)
    summarize(store, SEED, edit=wrong_ages)
    store.review(SEED, 2, "approve", "dana", "ages checked against the protocol")
    withdraw_study(store, OTHER)
    validator = jsonschema.Draft202012Validator(schema())
    validator.check_schema(schema())
    lines, _ = export(store, tmp_path, since=0)
    assert {x["action"] for x in lines} == {"publish", "withdraw"}
    full, _ = export(store, tmp_path)
    directory = export_directory(store, tmp_path / "site" / "by-trial", since=0).path
    files = [json.loads(p.read_text()) for p in sorted(directory.glob("NCT*.json"))]
    for line in [*lines, *full, *files]:
        validator.validate(line)
        # The model accepts what it wrote: the schema and the model agree.
        if line["action"] == "publish":
            ExportedSummary.model_validate(line)
    assert len(files) == len(lines) == 3


def test_the_schema_rejects_what_the_site_must_never_get() -> None:
    validator = jsonschema.Draft202012Validator(schema())
    for bad in (
        {"schema_version": 1, "action": "withdraw", "nct_id": "NCT1", "reason": "x",
         "withdrawn_at": "t"},
        {"schema_version": 1, "action": "publish", "nct_id": SEED},
        {"schema_version": 1, "action": "delete", "nct_id": SEED},
    ):  # fmt: skip
        assert not validator.is_valid(bad)


# --- what an export holds ----------------------------------------------------------


def test_full_export_holds_the_latest_approved_version_per_trial(
    store: Store, tmp_path: Path
) -> None:
    summarize(store, SEED)
    summarize(store, CLEAN)
    summarize(store, OTHER, edit=wrong_ages)  # flagged: never exported
    summarize(store, CLEAN, edit=wrong_ages)  # a flagged v2 does not hide the approved v1
    lines, cursor = export(store, tmp_path)
    assert sorted(shown(lines)) == [(CLEAN, "publish", 1), (SEED, "publish", 1)]
    assert cursor == store.latest_cursor()
    assert all(x["status"] == "approved" for x in lines)


def test_exported_item_carries_provenance_and_approval(store: Store, tmp_path: Path) -> None:
    made = summarize(store, CLEAN).version
    assert made is not None
    (item,), _ = export(store, tmp_path)
    assert item["summary"] == made.summary.model_dump(mode="json")
    assert item | {"summary": None, "summary_markdown": None, "markdown": None} == {
        "schema_version": 1, "action": "publish", "nct_id": CLEAN, "version": 1,
        "status": "approved", "summary": None, "summary_markdown": None, "markdown": None,
        "prompt_version": "plain-summary@v2", "prompt_hash": made.provenance.prompt_hash,
        "model": "builtin", "backend": "builtin", "source_hash": made.source_hash,
        "source_last_update": "2008-04-10",
        "checks": {"status": "passed", "errors": 0, "warnings": len(made.findings)},
        "author": "summarizer", "created_at": made.created_at,
        "approval": "automatic", "approved_by": "summarizer", "approved_at": made.created_at,
    }  # fmt: skip
    assert item["markdown"].startswith(f"# {item['summary_markdown']['title']}\n")


def test_flagged_then_approved_shows_up_in_the_next_incremental_export(
    store: Store, tmp_path: Path
) -> None:
    summarize(store, CLEAN)
    flagged = summarize(store, SEED, edit=wrong_ages).version
    assert flagged is not None and flagged.status == "flagged"
    lines, cursor = export(store, tmp_path)
    assert shown(lines) == [(CLEAN, "publish", 1)]
    assert export(store, tmp_path, since=cursor) == ([], cursor)

    approved = store.review(SEED, 1, "approve", "dana", "the protocol allows ages 2 to 99")
    changes, next_cursor = export(store, tmp_path, since=cursor)
    assert shown(changes) == [(SEED, "publish", 1)]
    assert changes[0]["checks"]["status"] == "flagged" and changes[0]["checks"]["errors"] >= 1
    assert (changes[0]["approval"], changes[0]["approved_by"], changes[0]["approved_at"]) == (
        "editor", "dana", approved.reviewed_at
    )  # fmt: skip
    # Nothing earlier is repeated, and an export with no changes keeps the cursor.
    assert next_cursor > cursor
    assert export(store, tmp_path, since=next_cursor) == ([], next_cursor)


def test_a_trial_changed_many_times_appears_once_in_its_current_state(
    store: Store, tmp_path: Path
) -> None:
    summarize(store, SEED)
    _, cursor = export(store, tmp_path)
    store.review(SEED, 1, "reject", "dana", "too vague")
    summarize(store, SEED, edit=lambda s: s.model_copy(update={"title": "Clearer title"}))
    store.review(SEED, 1, "approve", "dana", "fine after all")
    changes, _ = export(store, tmp_path, since=cursor)
    assert shown(changes) == [(SEED, "publish", 2)]
    assert changes[0]["summary"]["title"] == "Clearer title"


@pytest.mark.parametrize(
    ("take_down", "reason"),
    [
        (lambda store: withdraw_study(store, SEED), "the study was withdrawn"),
        (lambda store: store.delete_record(SEED), "removed from the registry"),
        (lambda store: store.review(SEED, 1, "reject", "dana", "wrong"), "no approved version"),
    ],
    ids=["study withdrawn", "record deleted", "version rejected"],
)
def test_a_summary_taken_down_is_signalled(
    store: Store, tmp_path: Path, take_down: Any, reason: str
) -> None:
    summarize(store, SEED)
    summarize(store, CLEAN)
    _, cursor = export(store, tmp_path)
    take_down(store)
    changes, _ = export(store, tmp_path, since=cursor)
    assert changes == [
        {"schema_version": 1, "action": "withdraw", "nct_id": SEED, "reason": reason,
         "withdrawn_at": store.publications_since(cursor)[-1].created_at}
    ]  # fmt: skip
    full, _ = export(store, tmp_path)
    assert shown(full) == [(CLEAN, "publish", 1)]
    assert store.published(SEED) == summarizer.export.Withdrawal.model_validate(changes[0])


def test_rejecting_the_latest_falls_back_to_the_previous_approved_version(
    store: Store, tmp_path: Path
) -> None:
    summarize(store, CLEAN)
    summarize(store, CLEAN, changes={"enrollment": 80})  # a changed record: v2, approved
    _, cursor = export(store, tmp_path)
    store.review(CLEAN, 2, "reject", "dana", "80 is a typo in the registry")
    (item,), _ = export(store, tmp_path, since=cursor)
    assert (item["action"], item["version"]) == ("publish", 1)
    # v1 was written from an older form of the record, whose date the store no longer has.
    assert item["source_last_update"] is None


def test_a_later_approval_of_a_published_version_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    """Items change only with the feed, or incremental imports would drift from full ones."""
    summarize(store, SEED)
    before = store.published(SEED)
    _, cursor = export(store, tmp_path)
    store.review(SEED, 1, "approve", "dana", None)
    assert export(store, tmp_path, since=cursor) == ([], cursor)
    assert store.published(SEED) == before
    assert before is not None and before.approval == "automatic"


def test_incremental_imports_add_up_to_a_full_export(store: Store, tmp_path: Path) -> None:
    """A site that applies every incremental export shows what a full export holds."""
    site: dict[str, dict[str, Any]] = {}
    cursor = 0

    def sync() -> None:
        nonlocal cursor
        changes, cursor = export(store, tmp_path, since=cursor)
        for line in changes:
            if line["action"] == "withdraw":
                site.pop(line["nct_id"], None)
            else:
                site[line["nct_id"]] = line
        full, _ = export(store, tmp_path)
        assert site == {x["nct_id"]: x for x in full}

    steps = [
        lambda: summarize(store, SEED),
        lambda: summarize(store, CLEAN, edit=wrong_ages),
        lambda: summarize(store, OTHER),
        lambda: store.review(CLEAN, 1, "approve", "dana", "ok"),
        lambda: store.review(SEED, 1, "reject", "dana", "no"),
        lambda: summarize(store, SEED, edit=lambda s: s.model_copy(update={"title": "New"})),
        lambda: withdraw_study(store, OTHER),
        lambda: store.delete_record(CLEAN),
    ]
    for step in steps:
        step()
        sync()
    assert sorted(site) == [SEED]


def test_paging_does_not_change_the_export(store: Store) -> None:
    for nct_id in (SEED, CLEAN, OTHER):
        summarize(store, nct_id)
    store.review(CLEAN, 1, "reject", "dana", "no")
    until = store.latest_cursor()
    for since in (None, 0, 1):
        one = list(iter_lines(store, until=until, since=since, page_size=1))
        many = list(iter_lines(store, until=until, since=since, page_size=500))
        assert one == many


def test_a_cursor_the_store_never_handed_out_is_refused(store: Store, tmp_path: Path) -> None:
    summarize(store, SEED)
    latest = store.latest_cursor()
    with pytest.raises(CursorAhead) as raised:
        export(store, tmp_path, since=latest + 1)
    assert str(raised.value) == (
        f"cursor {latest + 1} is ahead of this store's feed (latest cursor {latest}): "
        "was the store replaced? Re-import in full (no --since, or since=0)"
    )


def test_python_api_gives_the_same_data_as_the_export(store: Store, tmp_path: Path) -> None:
    summarize(store, SEED)
    summarize(store, CLEAN, edit=wrong_ages)
    store.review(CLEAN, 1, "approve", "dana", "checked")
    lines, _ = export(store, tmp_path)
    for line in lines:
        item = store.published(line["nct_id"])
        assert item is not None and item.model_dump(mode="json") == line
        approved = store.latest_approved(line["nct_id"])
        assert approved is not None
        assert (approved.version, approved.summary.model_dump(mode="json")) == (
            line["version"], line["summary"]
        )  # fmt: skip
    assert store.published(OTHER) is None


# --- atomic files ------------------------------------------------------------------


def crash_on_second_line(monkeypatch: pytest.MonkeyPatch) -> None:
    real = summarizer.export._line_json
    calls = []

    def flaky(item: Any) -> str:
        calls.append(item)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(item)

    monkeypatch.setattr(summarizer.export, "_line_json", flaky)


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every path under ``root`` (hidden ones included) with its bytes, or where it links."""

    def content(p: Path) -> bytes | str:
        if p.is_symlink():
            return f"-> {os.readlink(p)}"
        return p.read_bytes() if p.is_file() else "dir"

    return {str(p.relative_to(root)): content(p) for p in sorted(root.rglob("*"))}


def test_a_crash_mid_jsonl_export_leaves_the_previous_export(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summarize(store, SEED)
    out = tmp_path / "site" / "summaries.jsonl"
    export_jsonl(store, out)
    before = snapshot(out.parent)
    summarize(store, CLEAN)
    summarize(store, OTHER)
    crash_on_second_line(monkeypatch)
    with pytest.raises(OSError, match="disk full"):
        export_jsonl(store, out)
    assert snapshot(out.parent) == before
    assert sorted(os.listdir(out.parent)) == ["summaries.jsonl", "summaries.jsonl.manifest.json"]


def test_a_crash_mid_directory_export_leaves_the_previous_export(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summarize(store, SEED)
    out = tmp_path / "site" / "summaries"
    export_directory(store, out)
    target, before = os.readlink(out), snapshot(out.parent)
    summarize(store, CLEAN)
    summarize(store, OTHER)
    crash_on_second_line(monkeypatch)
    with pytest.raises(OSError, match="disk full"):
        export_directory(store, out)
    assert snapshot(out.parent) == before and os.readlink(out) == target
    assert sorted(p.name for p in out.iterdir()) == [f"{SEED}.json", "manifest.json"]


def test_directory_export_layout_and_swap(store: Store, tmp_path: Path) -> None:
    summarize(store, SEED)
    summarize(store, CLEAN)
    out = tmp_path / "site" / "summaries"
    out.mkdir(parents=True)  # an empty directory made for the export is fine
    first = export_directory(store, out)
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{CLEAN}.json", f"{SEED}.json", "manifest.json"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest | {"written_at": None} == {
        "schema_version": 1, "kind": "full", "since": None, "cursor": store.latest_cursor(),
        "published": 2, "withdrawn": 0, "written_at": None,
    }  # fmt: skip
    assert (out / f"{SEED}.json").stat().st_mode & 0o777 == 0o644

    withdraw_study(store, SEED)
    second = export_directory(store, out, since=first.manifest.cursor)
    assert sorted(p.name for p in out.iterdir()) == [f"{SEED}.json", "manifest.json"]
    assert json.loads((out / f"{SEED}.json").read_text())["action"] == "withdraw"
    assert second.manifest.kind == "incremental" and second.manifest.withdrawn == 1

    export_directory(store, out)
    generations = sorted(p.name for p in (out.parent / ".summaries.exports").iterdir())
    assert len(generations) == 2  # the live one, and the previous one for readers still in it
    assert Path(os.readlink(out)).name in generations


def test_directory_export_refuses_to_replace_other_files(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(Exception, match=f"{out} exists and is not a directory export"):
        export_directory(store, out)
    assert (out / "notes.txt").read_text() == "keep me"


# --- safe markdown -----------------------------------------------------------------

RENDER = MarkdownIt("commonmark", {"html": True})  # the worst case: raw HTML allowed


def tags(rendered: str) -> set[str]:
    return set(re.findall(r"<\s*([a-zA-Z][\w-]*)", rendered))


def text_of(rendered: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", rendered)).strip()


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "[x](javascript:alert(1))",
        "![pixel](https://example.com/p.png)",
        "<https://example.com>",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "`code` *em* __strong__ ~~gone~~ | a | b |",
        "&lt;script&gt; is &amp; stays text",
        "# not a heading\n1. not a list\n---\n    not code\n> not a quote",
        "<!-- comment --> <?php ?> <![CDATA[x]]>",
    ],
)
def test_safe_markdown_renders_as_the_text_and_nothing_else(text: str) -> None:
    rendered = RENDER.render(safe_markdown(text))
    assert tags(rendered) <= {"p", "br"}, rendered
    assert " ".join(text_of(rendered).split()) == " ".join(text.split())


def test_summary_injection_is_neutralized_in_the_export(store: Store, tmp_path: Path) -> None:
    def hostile(summary: Any) -> Any:
        return summary.model_copy(update={
            "title": "<script>alert(1)</script>",
            "about": '"><img src=x onerror=alert(1)> and [x](javascript:alert(1))',
            "key_facts": ["![i](https://example.com/t.png)", *summary.key_facts],
        })  # fmt: skip

    made = summarize(store, CLEAN, edit=hostile).version
    assert made is not None
    if made.status == "flagged":  # the checks may object to the text; an editor lets it through
        store.review(CLEAN, made.version, "approve", "dana", "testing the escaping")
    (item,), _ = export(store, tmp_path, since=0)
    assert item["summary"]["title"] == "<script>alert(1)</script>"  # plain text stays plain
    assert item["summary_markdown"]["title"] == "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"
    rendered = RENDER.render(item["markdown"])
    assert tags(rendered) <= {"h1", "h2", "p", "ul", "li", "br"}
    assert not re.search(r"<\w+\s", rendered), "no element may carry an attribute"
    assert "<script" not in rendered and "<img" not in rendered and "<a" not in rendered


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=60))
def test_safe_markdown_never_renders_markup(text: str) -> None:
    rendered = RENDER.render(safe_markdown(text))
    assert tags(rendered) <= {"p", "ul", "li"}, (text, rendered)
    assert not re.search(r"<\w+\s", rendered), (text, rendered)
    if not text.strip().startswith("- "):
        assert text_of(rendered) == text_of(html.escape(text.strip())), (text, rendered)


# --- the command -------------------------------------------------------------------


def run(*args: Any) -> Any:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_export_command_prints_the_cursor_last(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    run("summarize", RECORDS_FOR_CLI[0], RECORDS_FOR_CLI[1], "--db", db)
    out = tmp_path / "site" / "summaries.jsonl"
    first = run("export", "--out", out, "--db", db)
    assert first.exit_code == 0
    assert (
        first.output.splitlines()[0] == f"Wrote 2 published and 0 withdrawn to {out} (full export)"
    )
    cursor = int(first.output.splitlines()[-1].removeprefix("cursor: "))
    manifest = json.loads(manifest_path(out).read_text())
    assert (manifest["cursor"], manifest["published"]) == (cursor, 2)

    again = run("export", "--out", out, "--db", db, "--since", cursor)
    assert again.output.splitlines() == [
        f"Wrote 0 published and 0 withdrawn to {out} (incremental export)",
        f"cursor: {cursor}",
    ]
    assert out.read_text() == ""

    directory = run("export", "--dir", tmp_path / "by-trial", "--db", db)
    assert directory.exit_code == 0 and directory.output.endswith(f"cursor: {cursor}\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give exactly one of --out FILE.jsonl or --dir DIRECTORY"),
        (("--out", "a.jsonl", "--dir", "b"), "give exactly one of --out FILE.jsonl or --dir"),
        (("--out", "a.jsonl", "--since", "-1"), "-1 is not in the range x>=0"),
    ],
)
def test_export_command_usage_errors(args: tuple[str, ...], message: str) -> None:
    result = CliRunner().invoke(cli, ["export", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_export_command_reports_a_cursor_ahead(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(
        cli, ["export", "--out", "x.jsonl", "--db", str(db), "--since", "5"]
    )
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: cursor 5 is ahead of this store's feed (latest cursor 0)"
    )


def test_record_fixtures_are_what_the_tests_assume() -> None:
    record, _ = trial(CLEAN)
    assert (record.minimum_age_years, record.maximum_age_years) == (18, 75)
    assert record.last_update_date == "2008-04-10"
