"""Terse text: facts joined on one line and stated as bare fragments.

Cards and fact lists join facts with " · ", " | ", " / " or "; " and state a fact with no
subject or verb: "NCT01234567 · Phase 2 · Recruiting", "Children and adults", "Safe, no
serious side effects", "Plus allopurinol". The checks read such a fragment as a claim, and
read a negation or a hedge only within the fragment it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .core import Context, Rule

# What may stand right before a fragment's first word: a sentence end, a separator, a
# label's colon, a list or bold marker ("** ").
_OPENERS = (". ", "! ", "? ", "; ", "· ", "| ", ": ", "** ", "• ", "- ", "* ")


def opens_fragment(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a line, a sentence, a fragment or a label's value."""
    if pos == 0 or text[pos - 1] == "\n":
        return True
    if text.endswith(_OPENERS, max(0, pos - 2), pos) or text.endswith(" / ", max(0, pos - 3), pos):
        head = text[max(0, pos - 2) : pos]
        # a list marker counts only at the start of its line: "- Plus", not "X - plus"
        return head not in ("- ", "* ") or pos < 2 or text[pos - 3 : pos - 2] in ("", "\n")
    return False


class FragmentRule(Rule):
    """A :class:`Rule` whose matches must open a fragment (``opens_fragment``): a claim
    with no subject, as a card or a list states it ("Worth joining", "Effective for
    asthma", "Plus allopurinol"). Checked on each match, not with look-behinds tried at
    every position."""

    def finditer(self, ctx: Context, text: str | None = None) -> Iterator[re.Match[str]]:
        searched = ctx.masked if text is None else text
        for match in super().finditer(ctx, text):
            if opens_fragment(searched, match.start()):
                yield match


_FRAGMENT_SPLIT_RE = re.compile(r"[ \t]+[·|/][ \t]+|;[ \t]+")
_FRAGMENT_STRIP = " \t-*•#_>.;:!|"


def _line_fragments(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The fragments of the line ``text[at:end]``, stripped."""
    line = text[at:end]
    cuts = [at]
    if ";" in line or "·" in line or "|" in line or "/" in line:
        for match in _FRAGMENT_SPLIT_RE.finditer(text, at, end):
            cuts += [match.start(), match.end()]
    cuts.append(end)
    spans = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip(_FRAGMENT_STRIP))
        b -= len(piece) - len(piece.rstrip(_FRAGMENT_STRIP))
        if a < b:
            spans.append((a, b))
    return spans


def fragment_at(ctx: Context, pos: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding ``pos``, cut to the fragment holding it:
    on a card line "Phase 2/3 · Completed; vs standard care" only "vs standard care"."""
    a, b = ctx.sentence_at(pos)
    text = ctx.masked
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    for x, y in _line_fragments(text, line_start, len(text) if line_end < 0 else line_end):
        if x <= pos <= y:
            return max(a, x), min(b, y)
    return a, b


def short_fragments(ctx: Context, words: frozenset[str], longest: int) -> list[tuple[int, int]]:
    """The fragments of at most ``longest`` characters on the lines that hold one of
    ``words``: a bare fact ("Recruiting", "Women") is short, and a line of prose with no
    separator, one long fragment, is passed over without being split."""
    text = ctx.masked
    index = ctx.word_index
    found: set[tuple[int, int]] = set()
    lines: set[int] = set()
    for word in words & index.keys():
        for pos in index[word]:
            start = text.rfind("\n", 0, pos) + 1
            if start in lines:
                continue
            lines.add(start)
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[start:end]
            if end - start > longest and not any(sep in line for sep in ";·|/"):
                continue
            found.update(f for f in _line_fragments(text, start, end) if f[1] - f[0] <= longest)
    return sorted(found)
