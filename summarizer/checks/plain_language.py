"""Warnings about how the summary reads: grade level, long sentences, unexplained jargon."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..glossary import JARGON
from ..readability import LONG_SENTENCE_WORDS
from .core import Context, Finding, check, warning
from .facts import content_words

MAX_GRADE = 8.0

JARGON_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(JARGON, key=len, reverse=True)) + r")s?\b"
)
# "... (this is called randomization)", "a placebo, which is ...", "placebo: a look-alike".
EXPLAINED_BEFORE_RE = re.compile(
    r"(?:\bcalled|\bknown as|\bnamed|\bterm for|\bthe word|\bmeans|\(|\bor)\s*[\"']?$"
)
EXPLAINED_AFTER_RE = re.compile(
    r"^[\"']?\s*(?:\(|-\s|:|,\s*(?:or|which|meaning|that is|i\.e\.)|\s*(?:means|meaning|which "
    r"(?:is|are|means)|that is|i\.e\.|in other words|refers to|is when|is a way|are people|is "
    r"a \w+|is an \w+|is the \w+|are \w+ (?:that|who|which)))"
)
EXPLAINED_IN_SENTENCE_RE = re.compile(
    r"\b(?:which means|that means|this means|meaning|in other words|i\.e\.|that is|which is when)\b"
)
EXPLAINED_NEXT_RE = re.compile(
    r"\s*(?:this|that|it) (?:means|is|is when|is a|is how)\b|\s*in other words\b|\s*put simply\b"
)


def _explained(ctx: Context, term: str, start: int, end: int) -> bool:
    text = ctx.lower
    if EXPLAINED_BEFORE_RE.search(text, max(0, start - 24), start):
        return True
    if EXPLAINED_AFTER_RE.match(text[end : end + 40]):
        return True
    a, b = ctx.sentence_at(start)
    if EXPLAINED_IN_SENTENCE_RE.search(text, a, b):
        return True
    nb = ctx.sentence_at(b)[1] if b < len(text) else b
    if b < len(text) and EXPLAINED_NEXT_RE.match(text, b):
        return True
    plain = {w[:5] for w in content_words(JARGON[term]) if w not in _WEAK_WORDS}
    if not plain:
        return False
    near = {w[:5] for w in content_words(text[a:nb])}
    hits = len(plain & near)
    return hits >= min(2, len(plain)) and hits * 2 >= len(plain)


_WEAK_WORDS = {"what", "how", "who", "which", "when", "where", "one", "after", "before", "time"}


@check
def readable(ctx: Context) -> Iterator[Finding]:
    r = ctx.readability
    if r is None:
        return
    if r.grade > MAX_GRADE:
        yield warning(
            "readability.grade",
            None,
            f"Reads at US grade {r.grade:g} (Flesch-Kincaid); the target is 6 to 8.",
            None,
        )
    for span in r.long_sentences:
        yield warning(
            "readability.long_sentence",
            None,
            f"A sentence of over {LONG_SENTENCE_WORDS} words "
            f"({len(ctx.text[span[0] : span[1]].split())} words).",
            span,
        )


_SINGLE_TERMS = frozenset(t for t in JARGON if " " not in t and "-" not in t) | frozenset(
    t + "s" for t in JARGON if " " not in t and "-" not in t
)
_MULTI_TERMS = tuple(t for t in JARGON if t not in _SINGLE_TERMS)


@check
def jargon_explained(ctx: Context) -> Iterator[Finding]:
    if _SINGLE_TERMS.isdisjoint(ctx.words) and not any(t in ctx.lower for t in _MULTI_TERMS):
        return
    first: dict[str, tuple[int, int]] = {}
    explained: set[str] = set()
    for match in JARGON_RE.finditer(ctx.lower):
        term = match.group(0).lower()
        if term not in JARGON:
            term = term[:-1]
        if term in explained:
            continue
        if _explained(ctx, term, match.start(), match.end()):
            explained.add(term)
            first.pop(term, None)
        else:
            first.setdefault(term, match.span())
    for term, span in sorted(first.items(), key=lambda item: item[1]):
        yield warning(
            "readability.jargon",
            None,
            f"Uses {ctx.text[span[0] : span[1]]!r} without a plain explanation; for example: "
            f"{term} ({JARGON[term]}).",
            span,
        )
