"""The audit trail of a trial's summary: versions, reviews and events, with diffs.

Three append-only tables make the trail: ``summaries`` (who wrote each version,
from which parent, when), ``reviews`` (who approved or rejected which version,
why, when) and ``review_events`` (what neither records: who asked for a
regeneration, and regenerations that failed).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..store import Store, SummaryVersion, now

CONTEXT_LINES = 1
EDITOR_BACKEND = "editor"  # the provenance backend of a version an editor wrote
# How the trail says what happened: "dana approved v2".
ACTION_WORDS = {
    "written": "wrote",
    "edited": "edited",
    "approve": "approved",
    "reject": "rejected",
    "regenerate-failed": "asked for a regeneration, which failed",
}
TOKEN_RE = re.compile(r"\s+|\w+|[^\w\s]")


def record_event(
    store: Store, nct_id: str, version: int | None, action: str, actor: str, note: str | None
) -> None:
    """Append one event to the trial's log."""
    store.db.execute(
        "INSERT INTO review_events (nct_id, version, action, actor, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (nct_id, version, action, actor, note, now()),
    )


# --- diffs -----------------------------------------------------------------------------


@dataclass
class DiffRow:
    """One line of a diff: ``same``, ``del``, ``add``, or ``gap`` (unchanged lines skipped).

    ``parts`` are ``(changed, text)`` runs, so a changed line shows which words changed.
    """

    kind: str
    parts: list[tuple[bool, str]] = field(default_factory=list)
    skipped: int = 0


def _word_diff(old: str, new: str) -> tuple[list[tuple[bool, str]], list[tuple[bool, str]]]:
    a, b = TOKEN_RE.findall(old), TOKEN_RE.findall(new)
    old_parts: list[tuple[bool, str]] = []
    new_parts: list[tuple[bool, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if i2 > i1:
            old_parts.append((op != "equal", "".join(a[i1:i2])))
        if j2 > j1:
            new_parts.append((op != "equal", "".join(b[j1:j2])))
    return old_parts, new_parts


def diff_lines(old: str, new: str) -> list[DiffRow]:
    """A line diff of two texts with changed words marked, unchanged stretches folded."""
    a, b = old.splitlines(), new.splitlines()
    rows: list[DiffRow] = []
    shown_to = 0  # lines of ``a`` before this index are shown or folded already
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(CONTEXT_LINES):
        if group[0][1] > shown_to:
            rows.append(DiffRow("gap", skipped=group[0][1] - shown_to))
        for op, i1, i2, j1, j2 in group:
            if op == "equal":
                rows += [DiffRow("same", [(False, line)]) for line in a[i1:i2]]
                continue
            olds, news = a[i1:i2], b[j1:j2]
            paired = min(len(olds), len(news)) if op == "replace" else 0
            for k in range(paired):
                old_parts, new_parts = _word_diff(olds[k], news[k])
                rows.append(DiffRow("del", old_parts))
                rows.append(DiffRow("add", new_parts))
            rows += [DiffRow("del", [(True, line)]) for line in olds[paired:]]
            rows += [DiffRow("add", [(True, line)]) for line in news[paired:]]
        shown_to = group[-1][2]
    if rows and shown_to < len(a):
        rows.append(DiffRow("gap", skipped=len(a) - shown_to))
    return rows


# --- the trail ---------------------------------------------------------------------------


@dataclass
class TrailEntry:
    """Something that happened to a trial's summary: who, what, when, on which version."""

    at: str
    actor: str
    action: str  # written, edited, approve, reject, regenerate-failed
    version: int | None
    note: str | None = None
    detail: str | None = None
    requested_by: str | None = None  # who asked for a regeneration
    diff: list[DiffRow] | None = None
    diff_against: int | None = None


def _version_entry(version: SummaryVersion, previous: SummaryVersion | None) -> TrailEntry:
    p = version.provenance
    if p.backend == EDITOR_BACKEND:
        action = "edited"
        detail = f"edited from v{version.parent_version}" if version.parent_version else None
    else:
        action = "written"
        detail = f"{p.backend}/{p.model}, prompt {p.prompt_name}@v{p.prompt_version}"
    entry = TrailEntry(
        at=version.created_at,
        actor=version.author,
        action=action,
        version=version.version,
        note=version.note,
        detail=detail,
    )
    if previous is not None:
        entry.diff = diff_lines(previous.text, version.text)
        entry.diff_against = previous.version
        if previous.source_hash != version.source_hash:
            entry.detail = "; ".join(filter(None, [entry.detail, "the record had changed"]))
    return entry


def audit_trail(store: Store, nct_id: str) -> list[TrailEntry]:
    """Everything that happened to a trial's summary, newest first.

    Each version is diffed against the one before it.
    """
    versions = store.versions(nct_id)
    by_version = {
        v.version: _version_entry(v, versions[i - 1] if i else None) for i, v in enumerate(versions)
    }
    entries = list(by_version.values())
    for row in store.db.execute(
        "SELECT version, action, actor, note, created_at FROM reviews WHERE nct_id = ? ORDER BY id",
        (nct_id,),
    ):
        entries.append(
            TrailEntry(row["created_at"], row["actor"], row["action"], row["version"], row["note"])
        )
    for row in store.db.execute(
        "SELECT version, action, actor, note, created_at FROM review_events WHERE nct_id = ? "
        "ORDER BY id",
        (nct_id,),
    ):
        if row["action"] == "regenerate" and row["version"] in by_version:
            by_version[row["version"]].requested_by = row["actor"]
            continue
        entries.append(
            TrailEntry(
                row["created_at"], row["actor"], row["action"], row["version"], None, row["note"]
            )
        )
    # Timestamps have one-second resolution: at a tie, a version comes before its
    # reviews, and rows of one kind keep the order they were written in.
    ranked = [(e.at, e.action not in ("written", "edited"), i, e) for i, e in enumerate(entries)]
    return [e for *_, e in sorted(ranked, key=lambda r: r[:3], reverse=True)]
