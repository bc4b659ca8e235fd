"""The rendered summary text as editors see it: parsed back from markdown, and marked up.

Editors edit the rendered markdown, the same text the checks' spans index
into, so what they see highlighted is what they change. :func:`parse_markdown`
turns an edited text back into a :class:`PlainSummary` (the four section
headings are its structure); :func:`annotate` cuts a text into runs covered by
the same findings, for the review page and the live re-check to highlight.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..checks import Finding
from ..errors import StoreError
from ..summary import SECTION_TITLES, PlainSummary

SECTIONS = ("about", "who_can_join", "what_happens", "key_facts")


class EditError(StoreError):
    """An edited text that cannot become a summary (a heading or section is missing)."""


def parse_markdown(text: str) -> PlainSummary:
    """The summary an edited markdown text describes; the inverse of ``to_markdown``.

    The text must keep the ``# title`` line and the four ``## `` section headings in
    order; the key facts are ``- `` bullets, followed by the closing disclaimer.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise EditError("The summary is empty.")
    if not lines[first].startswith("# "):
        raise EditError("The first line must be the title, starting with '# '.")
    title = lines[first][2:].strip()
    starts: dict[str, int] = {}
    position = first + 1
    for key in SECTIONS:
        heading = f"## {SECTION_TITLES[key]}"
        found = next((i for i in range(position, len(lines)) if lines[i].strip() == heading), None)
        if found is None:
            raise EditError(
                f"The heading '{heading}' is missing or out of order. "
                "Keep the four section headings as they are."
            )
        starts[key] = found
        position = found + 1
    stray = "\n".join(lines[first + 1 : starts["about"]]).strip()
    if stray:
        raise EditError("Text between the title and the first heading has no section.")
    ends = [starts[k] for k in SECTIONS[1:]] + [len(lines)]
    body = {
        key: "\n".join(lines[starts[key] + 1 : end]).strip()
        for key, end in zip(SECTIONS, ends, strict=True)
    }
    facts, disclaimer = _facts_and_disclaimer(body.pop("key_facts"))
    try:
        return PlainSummary(title=title, key_facts=facts, disclaimer=disclaimer, **body)
    except ValidationError as exc:
        first_error = exc.errors()[0]
        name = str(first_error["loc"][0]) if first_error["loc"] else "summary"
        where = f"'{SECTION_TITLES[name]}'" if name in SECTION_TITLES else f"the {name}"
        raise EditError(f"The section {where} is empty.") from exc


def _facts_and_disclaimer(block: str) -> tuple[list[str], str]:
    facts: list[str] = []
    rest: list[str] = []
    for line in block.split("\n"):
        if rest or (not line.strip() and facts):
            rest.append(line)
        elif line.startswith(("- ", "* ")):
            facts.append(line[2:].strip())
        elif line.strip() and facts:
            facts[-1] += " " + line.strip()  # a fact wrapped onto the next line
        elif line.strip():
            raise EditError("Key facts must be a list: start each fact with '- '.")
    disclaimer = "\n".join(rest).strip()
    if not facts:
        raise EditError("The section 'Key facts' needs at least one fact starting with '- '.")
    if not disclaimer:
        raise EditError(
            "The summary must end with the disclaimer, after a blank line below the key facts."
        )
    return facts, disclaimer


# --- marking findings in the text -----------------------------------------------

LINE_KINDS = (("## ", "h2"), ("# ", "h1"), ("- ", "li"))


@dataclass
class Segment:
    """A run of text covered by the same findings (indexes into the findings list)."""

    text: str
    findings: list[int] = field(default_factory=list)
    severity: str | None = None
    starts: list[int] = field(default_factory=list)  # findings whose first run this is
    ends: list[int] = field(default_factory=list)  # findings whose last run this is


@dataclass
class Line:
    kind: str  # h1, h2, li, p or blank
    segments: list[Segment]


def annotate(text: str, findings: list[Finding]) -> list[Line]:
    """The text line by line, cut into runs marked with the findings whose spans cover them.

    Spans may overlap ("18 to 65" and "65"); a run lists every finding over it.
    Markdown markers (``#``, ``##``, ``- ``) become the line's kind, not text.
    """
    spans = [
        (i, max(0, f.span[0]), min(len(text), f.span[1]))
        for i, f in enumerate(findings)
        if f.span and f.span[1] > f.span[0]
    ]
    first_seen: set[int] = set()
    lines: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        start, end = offset, offset + len(raw)
        offset = end + 1
        kind, skip = ("blank", 0) if not raw.strip() else ("p", 0)
        for prefix, name in LINE_KINDS:
            if raw.startswith(prefix):
                kind, skip = name, len(prefix)
                break
        content_start = start + skip
        cuts = {content_start, end}
        for _, a, b in spans:
            cuts.update(c for c in (a, b) if content_start < c < end)
        ordered = sorted(cuts)
        segments = []
        for a, b in itertools.pairwise(ordered):
            covering = [i for i, fa, fb in spans if fa < b and fb > a]
            severities = {findings[i].severity for i in covering}
            segment = Segment(
                text=text[a:b],
                findings=covering,
                severity=("error" if "error" in severities else "warning") if covering else None,
            )
            segment.starts = [i for i in covering if i not in first_seen]
            first_seen.update(covering)
            segment.ends = [i for i, _, fb in spans if i in covering and fb <= b]
            segments.append(segment)
        lines.append(Line(kind=kind, segments=segments))
    if lines and lines[-1].kind == "blank" and text.endswith("\n"):
        lines.pop()  # the final newline is not an empty paragraph
    return lines


def excerpt(text: str, finding: Finding) -> str:
    """The summary text a finding points at, on one line."""
    return re.sub(r"\s+", " ", finding.excerpt(text)).strip()
