"""The review queue: each trial's latest version, what needs an editor first, filters, counts.

A trial needs review when its latest version is flagged by the checks, or when
its source record changed after that version was written (re-queue): the
site may be showing a summary of a record that no longer says the same thing.
Rejected and approved trials stay reachable through the status filter.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from ..store import Store

PAGE_SIZE = 50
STATES = ("review", "flagged", "changed", "rejected", "approved", "all")
STATE_LABELS = {
    "review": "Needs review",
    "flagged": "Flagged",
    "changed": "Record changed",
    "rejected": "Rejected",
    "approved": "Approved",
    "all": "All",
}
SEVERITIES = ("error", "warning")
# Flagged first, then summaries whose record changed, then the rest.
RANK = {"flagged": 0, "changed": 1, "rejected": 2, "approved": 3}

LATEST_VERSIONS = """
    SELECT s.nct_id, s.version, s.status, s.findings_json, s.author, s.created_at,
        s.source_hash,
        (SELECT r.action FROM reviews r WHERE r.nct_id = s.nct_id AND r.version = s.version
            ORDER BY r.id DESC LIMIT 1) AS review_action,
        (SELECT r.actor FROM reviews r WHERE r.nct_id = s.nct_id AND r.version = s.version
            ORDER BY r.id DESC LIMIT 1) AS review_actor,
        (SELECT MAX(p.version) FROM summaries p WHERE p.nct_id = s.nct_id AND COALESCE(
            (SELECT CASE r.action WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected'
                END FROM reviews r WHERE r.nct_id = p.nct_id AND r.version = p.version
                ORDER BY r.id DESC LIMIT 1),
            p.status) = 'approved') AS live_version,
        rec.source_hash AS record_hash, rec.trial_json, rec.deleted_at
    FROM summaries s LEFT JOIN records rec ON rec.nct_id = s.nct_id
    WHERE s.version = (SELECT MAX(m.version) FROM summaries m WHERE m.nct_id = s.nct_id)
"""


@dataclass
class QueueItem:
    """A trial in the queue, described by its latest version."""

    nct_id: str
    title: str
    conditions: list[str]
    version: int
    status: str  # approved, flagged or rejected: the latest version's status
    source_changed: bool  # the record changed after the latest version was written
    errors: int
    warnings: int
    findings: list[tuple[str, str]]  # (code, severity) per finding
    author: str
    created_at: str
    reviewed_by: str | None
    live_version: int | None  # what the site shows now

    @property
    def state(self) -> str:
        """flagged, changed, rejected or approved; a flagged version stays flagged."""
        if self.status == "flagged":
            return "flagged"
        return "changed" if self.source_changed else self.status

    @property
    def needs_review(self) -> bool:
        return self.state in ("flagged", "changed")

    @property
    def codes(self) -> list[str]:
        return sorted({code for code, _ in self.findings})


@dataclass(frozen=True)
class QueueFilter:
    """What the editor asked to see. Empty fields do not filter."""

    state: str = "review"
    code: str = ""
    severity: str = ""
    condition: str = ""
    since: str = ""  # YYYY-MM-DD, on the latest version's date
    until: str = ""

    def matches(self, item: QueueItem, *, ignore: tuple[str, ...] = ()) -> bool:
        if "state" not in ignore and not _state_matches(self.state, item):
            return False
        if "finding" not in ignore and not self._finding_matches(item):
            return False
        if self.condition:
            wanted = self.condition.strip().lower()
            if not any(wanted in c.lower() for c in item.conditions):
                return False
        day = item.created_at[:10]
        if self.since and day < self.since:
            return False
        return not (self.until and day > self.until)

    def _finding_matches(self, item: QueueItem) -> bool:
        if not (self.code or self.severity):
            return True
        return any(
            (not self.code or code == self.code) and (not self.severity or sev == self.severity)
            for code, sev in item.findings
        )


def _state_matches(state: str, item: QueueItem) -> bool:
    if state == "all":
        return True
    if state == "review":
        return item.needs_review
    return item.state == state


@dataclass
class QueueView:
    """One page of the filtered queue, with the counts the filters show."""

    filter: QueueFilter
    items: list[QueueItem]
    total: int  # items matching the filter, on every page
    page: int
    pages: int
    state_counts: dict[str, int]
    code_counts: list[tuple[str, int]]
    severity_counts: dict[str, int]
    conditions: list[str]
    waiting: int  # trials that need review, whatever the filter
    all_items: int  # trials in the store


def _item(row: Any) -> QueueItem:
    findings = json.loads(row["findings_json"])
    trial = json.loads(row["trial_json"]) if row["trial_json"] else {}
    status = {"approve": "approved", "reject": "rejected"}.get(row["review_action"], row["status"])
    return QueueItem(
        nct_id=row["nct_id"],
        title=trial.get("brief_title") or row["nct_id"],
        conditions=list(trial.get("conditions") or []),
        version=row["version"],
        status=status,
        source_changed=bool(row["record_hash"]) and row["record_hash"] != row["source_hash"],
        errors=sum(f["severity"] == "error" for f in findings),
        warnings=sum(f["severity"] == "warning" for f in findings),
        findings=[(f["code"], f["severity"]) for f in findings],
        author=row["author"],
        created_at=row["created_at"],
        reviewed_by=row["review_actor"],
        live_version=row["live_version"],
    )


def queue_items(store: Store) -> list[QueueItem]:
    """Every trial's latest version, in queue order: flagged first, oldest waiting first."""
    items = [_item(row) for row in store.db.execute(LATEST_VERSIONS).fetchall()]
    items.sort(key=lambda i: (RANK[i.state], i.created_at, i.nct_id))
    return items


def queue_view(store: Store, wanted: QueueFilter, *, page: int = 1) -> QueueView:
    """The queue page for a filter, with counts per state, finding type and severity.

    Each count is taken over the items the *other* filters let through, so a
    count says how many items choosing that option would show.
    """
    items = queue_items(store)
    shown = [i for i in items if wanted.matches(i)]
    pages = max(1, -(-len(shown) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    state_counts = {
        state: sum(replace(wanted, state=state).matches(i) for i in items) for state in STATES
    }
    by_finding = [i for i in items if wanted.matches(i, ignore=("finding",))]
    codes: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    for item in by_finding:
        codes.update({c for c, s in item.findings if not wanted.severity or s == wanted.severity})
        severities.update({s for c, s in item.findings if not wanted.code or c == wanted.code})
    return QueueView(
        filter=wanted,
        items=shown[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
        total=len(shown),
        page=page,
        pages=pages,
        state_counts=state_counts,
        code_counts=sorted(codes.items(), key=lambda kv: (-kv[1], kv[0])),
        severity_counts={s: severities[s] for s in SEVERITIES},
        conditions=sorted({c for i in items for c in i.conditions}, key=str.lower),
        waiting=sum(i.needs_review for i in items),
        all_items=len(items),
    )


def next_in_queue(store: Store, *, after: str | None = None) -> str | None:
    """The first trial that needs review, other than ``after``."""
    for item in queue_items(store):
        if item.needs_review and item.nct_id != after:
            return item.nct_id
    return None
