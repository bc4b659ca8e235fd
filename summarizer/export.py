"""Exports for the site: the latest approved version per trial, never a flagged one.

Files are written to a temporary sibling and renamed into place, so a crash
mid-export leaves the previous export intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .store import Store, SummaryVersion

EXPORT_SCHEMA_VERSION = 1


def export_item(version: SummaryVersion) -> dict[str, Any]:
    """One exported summary, as the site imports it."""
    return {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "nct_id": version.nct_id,
        "version": version.version,
        "summary": version.summary.model_dump(mode="json"),
        "markdown": version.text,
        "prompt_version": f"{version.provenance.prompt_name}@v{version.provenance.prompt_version}",
        "model": version.provenance.model,
        "backend": version.provenance.backend,
        "source_hash": version.source_hash,
        "status": version.status,
        "created_at": version.created_at,
        "approved_by": version.reviewed_by or version.author,
        "approved_at": version.reviewed_at or version.created_at,
    }


def export_jsonl(store: Store, out: Path) -> int:
    """Write one JSON line per trial to ``out`` atomically; return the count."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for version in store.iter_latest_approved():
                fh.write(json.dumps(export_item(version), ensure_ascii=False) + "\n")
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
