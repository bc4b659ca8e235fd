"""Where a pattern's matches can start, read from the pattern itself.

``re`` has no fast scan for a pattern that opens with ``\\b`` or a look-behind (nearly every
rule here): it tries the whole pattern at every character. If every match must start at the
start of a word, with one of a few known first letters ("stu" for "study"), a rule can
instead try the pattern only there (``re.match`` at a handful of places) and find exactly
the same matches.

The reading is conservative: what it does not understand (``.``, ``\\w``, a back-reference,
a pattern that can match nothing) ends what is known of a way through the pattern, and a
way with no known first letter gives ``None``, so the rule scans as before.
``tests/test_checks_match_starts.py`` compares both ways on every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The parser behind ``re`` (``sre_parse`` before 3.11); private, but its tree is what the
# matcher runs, so reading it cannot disagree with the matcher.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

LETTERS = 3  # the longest start told apart: "stu", "tri" are rare enough to try each
_MOST_WAYS = 400  # beyond this many ways through a pattern, stop spelling them out

# A way through a pattern so far: the letters it has matched, and whether a word starts
# where it began (a ``\b``, ``^`` or a look-behind ending in a non-word character before).
_Way = tuple[str, bool]

_GUARDS = (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING)
_REPEATS = tuple(
    op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op
)


class _Unknown(Exception):
    """A way through the pattern has no known first letter."""


@dataclass(frozen=True)
class Starts:
    """Every match starts at a word start (a word character with none before it) followed
    by one of ``prefixes``. ``folded``: the pattern ignores case, so the text is compared
    lower-cased and any non-ASCII start lets the pattern be tried (``re`` folds 'ſ' to 's')."""

    prefixes: tuple[str, ...]
    folded: bool
    width: int  # the longest a match can be (look-arounds not counted)

    def allows(self, text: str, at: int) -> bool:
        """Whether a match can start at ``at``, a word start of ``text``."""
        if not self.folded:
            return text.startswith(self.prefixes, at)
        head = text[at : at + LETTERS]
        return not head.isascii() or head.lower().startswith(self.prefixes)


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``re`` calls a word character


class _Reader:
    """Spells out the ways through a pattern up to ``LETTERS`` letters each."""

    def __init__(self) -> None:
        self.folded = False
        self.done: set[_Way] = set()

    def end(self, ways: set[_Way]) -> None:
        """What is known of these ways stops here."""
        if any(not letters for letters, _ in ways):
            raise _Unknown
        self.done |= ways

    def sequence(self, items: list[tuple[object, object]], ways: set[_Way]) -> set[_Way]:
        for op, av in items:
            if not ways:
                break
            ways = self.item(op, av, ways)
        return ways

    def item(self, op: object, av: object, ways: set[_Way]) -> set[_Way]:
        if op is C.AT:
            if av in _GUARDS:
                return {(s, guard or not s) for s, guard in ways}
            return ways
        if op is C.ASSERT:
            direction, pattern = av  # type: ignore[misc]
            last = pattern.data[-1] if direction == -1 and pattern.data else None
            chars = self.chars(*last) if last else None
            if chars and not any(map(_word, chars)):
                return {(s, guard or not s) for s, guard in ways}
            return ways
        if op is C.ASSERT_NOT:
            return ways
        if op is C.LITERAL or op is C.IN:
            chars = self.chars(op, av)
            if chars is None or len(ways) * len(chars) > _MOST_WAYS:
                self.end(ways)
                return set()
            longer = {(s + c, guard) for s, guard in ways for c in chars}
            self.done |= {w for w in longer if len(w[0]) >= LETTERS}
            return {w for w in longer if len(w[0]) < LETTERS}
        if op is C.SUBPATTERN:
            _, add_flags, _, pattern = av  # type: ignore[misc]
            self.folded |= bool(add_flags & re.IGNORECASE)
            return self.sequence(pattern.data, ways)
        if op is C.BRANCH:
            out: set[_Way] = set()
            for alternative in av[1]:  # type: ignore[index]
                out |= self.sequence(alternative.data, ways)
            return out
        if op in _REPEATS:
            low, _, pattern = av  # type: ignore[misc]
            # Once through; what further rounds add is not spelled out.
            through = self.sequence(pattern.data, ways)
            self.end(through)
            return set(ways) if low == 0 else set()
        self.end(ways)  # ".", "\w", back-references, conditionals: anything may follow
        return set()

    def chars(self, op: object, av: object) -> set[str] | None:
        if op is C.LITERAL:
            return {chr(av)}  # type: ignore[arg-type]
        if op is not C.IN:
            return None
        chars: set[str] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 256:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None  # a negated class or a category
        return chars


def match_starts(regex: re.Pattern[str]) -> Starts | None:
    """Where ``regex``'s matches can start, or None when that cannot be told."""
    parsed = _parser.parse(regex.pattern, regex.flags)  # it compiled, so it parses
    reader = _Reader()
    try:
        reader.end(reader.sequence(parsed.data, {("", False)}))
    except _Unknown:
        return None
    ways = reader.done
    if not ways or not all(guard and _word(s[0]) for s, guard in ways):
        return None
    folded = reader.folded or bool(parsed.state.flags & re.IGNORECASE)
    prefixes = {s.lower() for s, _ in ways} if folded else {s for s, _ in ways}
    width = parsed.getwidth()[1]
    return Starts(tuple(sorted(prefixes)), folded, int(min(width, C.MAXREPEAT)))
