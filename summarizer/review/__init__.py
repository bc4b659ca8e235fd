"""The editors' review: a web app (``app``) and the library it and the CLI share.

- ``queue``: what needs review first, filters and counts, re-queue of changed records;
- ``actions``: edit, regenerate, approve, reject, and the live re-check;
- ``text``: parsing edited markdown back into a summary, and marking findings in it;
- ``history``: the audit trail and the diffs between versions;
- ``fields``: the record's fields as the review screen shows them;
- ``accounts``: editor accounts, sessions and login throttling.

``create_app`` is imported lazily, so the CLI's account commands do not load the web stack.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
