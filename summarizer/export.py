"""Exports for the site: what the site shows, as full or incremental, atomic files.

The source of truth is the store's publication feed (``publications``, see
store.py): an append-only log in which every change to what the site may
show — a version approved, rejected, superseded; a study withdrawn or removed
from the registry — appends one entry. Its ids are the **cursors**.

Every exported line, file or API item is the *current state* of one trial,
one of two shapes (the published JSON Schema, ``schemas/summary-export.v1.json``,
covers both; ``action`` tells them apart):

- ``publish``: an :class:`ExportedSummary`, the latest approved version — never
  a flagged or rejected one;
- ``withdraw``: a :class:`Withdrawal`, so the site takes the summary down.

A **full** export (no ``since``) is a snapshot: every trial currently
published, and nothing else. An **incremental** export (``since=CURSOR``)
holds each trial whose state changed after that cursor, once, in its state at
the export's cursor. Either way the export's cursor is the feed position it
reflects; pass it as the next ``since`` and nothing earlier is repeated.
An item is built from immutable rows (a version, its reviews, the feed entry),
so it changes only with a new feed entry, which is what keeps an incremental
import equal to a full one. The one exception is ``source_last_update``, read
from the record: it turns null, without a feed entry, when the record changes
under a published version (the new summary then awaits review).

Files are written beside their target and renamed into place, so a crash
leaves the previous export intact: a JSONL file is replaced with
``os.replace``; a directory export is a symlink to a generation directory and
is swapped by replacing the symlink. The manifest (cursor, counts) is written
after the data, so a crash between the two leaves an *older* cursor, which
only makes the next incremental export repeat changes the site then
re-applies, never skip them.

Regenerate the published schema with ``python -m summarizer.export --write-schema``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from .errors import StoreError
from .records import content_hash
from .store import Store
from .summary import SECTION_TITLES, PlainSummary

EXPORT_SCHEMA_VERSION = 1
NCT_PATTERN = r"^NCT[0-9]{8}$"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "summary-export.v1.json"
EXPORT_FILE_MODE, EXPORT_DIR_MODE = 0o644, 0o755
PAGE_SIZE = 500  # feed rows per query: large enough to be fast, small enough to stay flat


class CursorAhead(StoreError):
    """A ``since`` cursor beyond the store's feed: the store was replaced or reset."""

    def __init__(self, since: int, latest: int) -> None:
        self.since, self.latest = since, latest
        super().__init__(
            f"cursor {since} is ahead of this store's feed (latest cursor {latest}): "
            "was the store replaced? Re-import in full (no --since, or since=0)"
        )


# --- the exported shapes ------------------------------------------------------


class MarkdownSections(BaseModel):
    """The summary's sections as safe markdown: no raw HTML, links or images can render."""

    title: str
    about: str
    who_can_join: str
    what_happens: str
    key_facts: list[str]
    disclaimer: str


class Checks(BaseModel):
    """The automated checks' verdict on this version (see checks.py)."""

    status: Literal["passed", "flagged"] = Field(
        description="passed: no error findings; flagged: errors an editor approved past."
    )
    errors: int = Field(ge=0)
    warnings: int = Field(ge=0)


class ExportedSummary(BaseModel):
    """One published summary: the latest approved version of a trial, as the site imports it."""

    # Unknown fields are allowed (no additionalProperties: false in the schema):
    # adding a field stays within schema_version 1 and breaks no importer.
    model_config = ConfigDict(title="ExportedSummary")

    schema_version: Literal[1] = 1
    action: Literal["publish"] = "publish"
    nct_id: str = Field(pattern=NCT_PATTERN)
    version: int = Field(ge=1, description="The summary version number within the trial.")
    status: Literal["approved"] = "approved"
    summary: PlainSummary = Field(description="The sections as plain text.")
    summary_markdown: MarkdownSections = Field(description="The sections as safe markdown.")
    markdown: str = Field(description="The whole summary as one safe markdown document.")
    prompt_version: str = Field(description='The prompt as "name@vN", e.g. "plain-summary@v1".')
    prompt_hash: str
    model: str
    backend: str
    source_hash: str = Field(description="Content hash of the record this was written from.")
    source_last_update: str | None = Field(
        description="The registry's last-update date of that record; null when the store's "
        "record has changed since (a newer summary is then awaiting review)."
    )
    checks: Checks
    author: str
    created_at: str
    approval: Literal["editor", "automatic"] = Field(
        description="automatic: the version passed every check and was approved on creation."
    )
    approved_by: str = Field(description="The approving editor, or the author if automatic.")
    approved_at: str


class Withdrawal(BaseModel):
    """A trial whose summary the site must take down."""

    model_config = ConfigDict(title="Withdrawal")

    schema_version: Literal[1] = 1
    action: Literal["withdraw"] = "withdraw"
    nct_id: str = Field(pattern=NCT_PATTERN)
    reason: str = Field(
        description='e.g. "the study was withdrawn", "removed from the registry", '
        '"no approved version".'
    )
    withdrawn_at: str


ExportLine = Annotated[ExportedSummary | Withdrawal, Field(discriminator="action")]
LINE: TypeAdapter[ExportedSummary | Withdrawal] = TypeAdapter(ExportLine)


class ExportManifest(BaseModel):
    """What an export holds: ``manifest.json`` in a directory, ``<file>.manifest.json`` by JSONL."""

    schema_version: Literal[1] = 1
    kind: Literal["full", "incremental"]
    since: int | None = Field(description="The cursor this export started after; null: full.")
    cursor: int = Field(description="Pass as the next --since / since=.")
    published: int
    withdrawn: int
    written_at: str


class FeedPage(BaseModel):
    """One page of the feed: each changed trial's current state, oldest change first."""

    items: list[ExportLine]
    next_cursor: int = Field(description="Pass as the next since=; store it once items are in.")
    has_more: bool = Field(description="True when another page is ready now.")


def export_schema() -> dict[str, Any]:
    """The published JSON Schema of one export line (a publish or a withdraw item)."""
    schema = LINE.json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"summarizer export line, schema_version {EXPORT_SCHEMA_VERSION}",
        "description": "One trial's current state for the site: publish an ExportedSummary, "
        "or a Withdrawal, told apart by 'action'.",
        **schema,
    }


# --- safe markdown ------------------------------------------------------------

# Replacements, in order: the backslash first, so the escapes added later are
# not escaped again; "&" before the entities that contain it. HTML becomes
# entities, and the punctuation that opens every inline markdown construct (a
# link, an image, an autolink, code, emphasis, a table) is backslash-escaped.
# A loop of str.replace is several times faster than re.sub or str.translate
# here, and a full export escapes millions of lines.
_ESCAPES = (
    ("\\", "\\\\"),
    ("&", "&amp;"),
    ("<", "&lt;"),
    (">", "&gt;"),
    *((c, "\\" + c) for c in "`*_[]()!#|~{}"),
)
# Characters that open a block only at the start of a line (lists, headings, rules).
_BLOCK_START = re.compile(r"^([-+=])|^([0-9]+)([.)])")
_BLOCK_CHARS = frozenset("-+=0123456789")
_BULLET = "- "


def _escape_line(line: str) -> str:
    line = line.strip()
    for char, escaped in _ESCAPES:
        if char in line:
            line = line.replace(char, escaped)
    # A "- " bullet is kept: writers list criteria that way, and a list can
    # carry no HTML, link or image. What follows it is escaped like any line.
    bullet = _BULLET if line.startswith(_BULLET) else ""
    rest = line[len(bullet) :].lstrip() if bullet else line
    if rest and rest[0] in _BLOCK_CHARS:
        rest = _BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", rest)
    return bullet + rest


def safe_markdown(text: str) -> str:
    """Model or editor text as markdown that renders as that text, with no HTML, links or images.

    HTML is entity-escaped (``<`` → ``&lt;``); markdown punctuation that could
    open a link, image, autolink, code span, emphasis or table is
    backslash-escaped; lines are stripped, so no indented code block starts;
    block markers are escaped except a leading ``- `` bullet.
    """
    return "\n".join(_escape_line(raw) for raw in text.splitlines())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def markdown_sections(summary: PlainSummary) -> MarkdownSections:
    return MarkdownSections(
        title=safe_markdown(_one_line(summary.title)),
        about=safe_markdown(summary.about),
        who_can_join=safe_markdown(summary.who_can_join),
        what_happens=safe_markdown(summary.what_happens),
        key_facts=[safe_markdown(_one_line(f)) for f in summary.key_facts],
        disclaimer=safe_markdown(summary.disclaimer),
    )


def markdown_document(sections: MarkdownSections) -> str:
    """The safe sections laid out like :meth:`PlainSummary.to_markdown`."""
    parts = [f"# {sections.title}", ""]
    for key in ("about", "who_can_join", "what_happens"):
        parts += [f"## {SECTION_TITLES[key]}", "", getattr(sections, key), ""]
    parts += [f"## {SECTION_TITLES['key_facts']}", ""]
    parts += [f"- {fact}" for fact in sections.key_facts]
    parts += ["", sections.disclaimer]
    return "\n".join(parts) + "\n"


# --- items from the store -----------------------------------------------------


def _item(row: dict[str, Any]) -> ExportedSummary | Withdrawal:
    """An export line from a :meth:`Store.published_rows` row."""
    if row["action"] == "withdraw":
        return Withdrawal(
            nct_id=row["nct_id"], reason=row["reason"] or "withdrawn",
            withdrawn_at=row["published_at"],
        )  # fmt: skip
    summary = PlainSummary.model_validate_json(row["summary_json"])
    findings = json.loads(row["findings_json"])
    errors = sum(f.get("severity") == "error" for f in findings)
    # Approved on creation (passed every check) unless an editor has rejected it since.
    automatic = row["check_status"] == "approved" and row["last_reject"] is None
    approved_by = row["author"] if automatic else row["approved_by"]
    approved_at = row["created_at"] if automatic else row["approved_at"]
    if approved_by is None:
        raise StoreError(
            f"{row['nct_id']} v{row['version']}: published at cursor {row['cursor']} "
            "but no review approved it"
        )
    sections = markdown_sections(summary)
    current = row["record_hash"] == row["source_hash"]
    return ExportedSummary(
        nct_id=row["nct_id"],
        version=row["version"],
        summary=summary,
        summary_markdown=sections,
        markdown=markdown_document(sections),
        prompt_version=f"{row['prompt_name']}@v{row['prompt_version']}",
        prompt_hash=row["prompt_hash"],
        model=row["model"],
        backend=row["backend"],
        source_hash=row["source_hash"],
        source_last_update=row["last_update_date"] if current else None,
        checks=Checks(
            status="passed" if row["check_status"] == "approved" else "flagged",
            errors=errors,
            warnings=len(findings) - errors,
        ),
        author=row["author"],
        created_at=row["created_at"],
        approval="automatic" if automatic else "editor",
        approved_by=approved_by,
        approved_at=approved_at,
    )


def published(store: Store, nct_id: str) -> ExportedSummary | Withdrawal | None:
    """What the site shows for ``nct_id`` now, exactly as exported; None if never published."""
    rows = store.published_rows(nct_id=nct_id, limit=1)
    return _item(rows[0]) if rows else None


def etag(item: ExportedSummary | Withdrawal) -> str:
    """A strong ETag: the content hash of the item's canonical JSON (see records.py)."""
    return f'"{content_hash(item.model_dump(mode="json"))}"'


def iter_lines(
    store: Store, *, until: int, since: int | None = None, page_size: int = PAGE_SIZE
) -> Iterator[ExportedSummary | Withdrawal]:
    """The export's lines in feed order, one query per page: full when ``since`` is None."""
    cursor = since or 0
    while True:
        rows = store.published_rows(
            since=cursor, until=until, publish_only=since is None, limit=page_size
        )
        for row in rows:
            yield _item(row)
        if len(rows) < page_size:
            return
        cursor = rows[-1]["cursor"]


def feed_page(store: Store, *, since: int = 0, limit: int = 100) -> FeedPage:
    """Trials changed after ``since``, in their current state; the read API's feed."""
    latest = store.latest_cursor()
    if since > latest:
        raise CursorAhead(since, latest)
    rows = store.published_rows(since=since, until=latest, limit=limit + 1)
    has_more = len(rows) > limit
    return FeedPage(
        items=[_item(r) for r in rows[:limit]],
        next_cursor=rows[limit - 1]["cursor"] if has_more else latest,
        has_more=has_more,
    )


@contextlib.contextmanager
def _snapshot(store: Store) -> Iterator[None]:
    """One consistent read view for an export's many page queries.

    A reject and the withdrawal it causes commit together, so a snapshot sees
    both or neither; without one, a long export could pair a version with a
    review newer than the export's cursor. SQLite's deferred read transaction
    (WAL) and PostgreSQL's REPEATABLE READ give a snapshot without blocking writers.
    """
    if store.dialect == "postgresql":
        store.db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    else:
        store.db.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        store.db.execute("ROLLBACK")


# --- writing exports ----------------------------------------------------------


@dataclass
class ExportResult:
    path: Path
    manifest: ExportManifest


def _line_json(item: ExportedSummary | Withdrawal) -> str:
    return item.model_dump_json()


def _start(store: Store, since: int | None) -> int:
    """The cursor the export reflects; refuses a ``since`` the store never handed out."""
    until = store.latest_cursor()
    if since is not None and since > until:
        raise CursorAhead(since, until)
    return until


def _manifest(since: int | None, until: int, published: int, withdrawn: int) -> ExportManifest:
    return ExportManifest(
        kind="full" if since is None else "incremental",
        since=since,
        cursor=until,
        published=published,
        withdrawn=withdrawn,
        written_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_file(target: Path, write: Any) -> Any:
    """Run ``write(fh)`` into a temporary sibling, fsync it, and rename it over ``target``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, EXPORT_FILE_MODE)  # mkstemp makes 0600; the site's importer must read it
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return result


def manifest_path(jsonl: Path) -> Path:
    """A JSONL export's manifest: ``a.jsonl`` → ``a.jsonl.manifest.json`` beside it."""
    return jsonl.with_name(jsonl.name + ".manifest.json")


def export_jsonl(store: Store, out: Path, *, since: int | None = None) -> ExportResult:
    """Write one JSON line per trial to ``out``, then its manifest, each atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    counts = {"publish": 0, "withdraw": 0}
    with _snapshot(store):
        until = _start(store, since)

        def write(fh: Any) -> None:
            for item in iter_lines(store, until=until, since=since):
                fh.write(_line_json(item) + "\n")
                counts[item.action] += 1

        _replace_file(out, write)
    manifest = _manifest(since, until, counts["publish"], counts["withdraw"])
    _replace_file(manifest_path(out), lambda fh: fh.write(manifest.model_dump_json(indent=2)))
    return ExportResult(out, manifest)


def export_directory(store: Store, out: Path, *, since: int | None = None) -> ExportResult:
    """Write ``NCT….json`` per trial and ``manifest.json`` into ``out``, swapped in atomically.

    ``out`` is a symlink to a generation directory beside it
    (``.<name>.exports/cursor-N-…``); a new export is written into a new
    generation and the symlink replaced in one rename, so readers see the old
    export or the new one, never a mix. The previous generation is kept for
    readers still in it; older ones are removed.
    """
    if out.exists() and not out.is_symlink():
        if not out.is_dir() or any(out.iterdir()):
            raise StoreError(
                f"{out} exists and is not a directory export made by summarizer export; "
                "move it away or choose another --dir"
            )
        out.rmdir()  # an empty directory made for us: the symlink takes its place
    generations = out.parent / f".{out.name}.exports"
    generations.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".tmp-", dir=generations))
    try:
        work.chmod(EXPORT_DIR_MODE)  # mkdtemp makes 0700; the site's importer must read it
        counts = {"publish": 0, "withdraw": 0}
        with _snapshot(store):
            until = _start(store, since)
            for item in iter_lines(store, until=until, since=since):
                (work / f"{item.nct_id}.json").write_text(_line_json(item), encoding="utf-8")
                counts[item.action] += 1
        manifest = _manifest(since, until, counts["publish"], counts["withdraw"])
        (work / "manifest.json").write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
        # One flush for every file, rather than an fsync per file: 100,000 fsyncs
        # take minutes, and the swap below must not reach the disk before them.
        if hasattr(os, "sync"):
            os.sync()
        generation = generations / f"cursor-{until}-{work.name.removeprefix('.tmp-')}"
        os.rename(work, generation)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    previous = os.readlink(out) if out.is_symlink() else None
    link = out.parent / f".{out.name}.link-{generation.name}"
    os.symlink(os.path.join(generations.name, generation.name), link)
    os.replace(link, out)
    _fsync_dir(out.parent)
    keep = {generation.name, Path(previous).name if previous else None}
    for stale in generations.iterdir():
        if stale.name not in keep:
            shutil.rmtree(stale, ignore_errors=True)
    return ExportResult(out, manifest)


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    """Write the published JSON Schema (committed; a test keeps it fresh)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(export_schema(), indent=2) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] != ["--write-schema"]:
        sys.exit("usage: python -m summarizer.export --write-schema")
    print(f"wrote {write_schema()}")
