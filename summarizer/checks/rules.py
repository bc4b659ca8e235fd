"""Variants of :class:`~summarizer.checks.core.Rule` that run less often than a plain one.

A plain Rule runs its pattern in windows on both sides of every key word; with a common key
word ("you", "work") that is most of a summary. These narrow where the pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .core import Context, Rule


class NeedsRule(Rule):
    """A :class:`Rule` that also needs one of a few strings in the summary ("for you"): its
    key words alone ("you") are in too many summaries."""

    def __init__(self, pattern: str, keys: str, flags: int = 0, *, needs: tuple[str, ...]):
        super().__init__(pattern, keys, flags)
        self.needs = needs

    def finditer(self, ctx: Context, text: str | None = None) -> Iterator[re.Match[str]]:
        if any(need in ctx.lower for need in self.needs):
            yield from super().finditer(ctx, text)


class EndsAtKeyRule(Rule):
    """A :class:`Rule` whose matches end at one of its key words ("surgery really works"):
    it runs only in the few characters before each key word, not in windows on both sides,
    so a common key word ("work") costs little."""

    BEFORE = 60
    AFTER = 32  # room for a look-ahead past the key word

    def finditer(self, ctx: Context, text: str | None = None) -> Iterator[re.Match[str]]:
        if self.keys.isdisjoint(ctx.words):
            return
        text = ctx.masked if text is None else text
        found: set[tuple[int, int]] = set()
        for pos in self.key_positions(ctx):
            window = (max(0, pos - self.BEFORE), min(len(text), pos + self.AFTER))
            for match in self.regex.finditer(text, *window):
                if match.span() not in found:
                    found.add(match.span())
                    yield match
