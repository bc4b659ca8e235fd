"""Names of illnesses, organizations and countries, found in a summary by the names themselves.

The condition and sponsor checks in ``registry`` read a name where a wording says one is
("people with ...", "funded by ..."). Every new style of writing brings wordings they do
not know, and a swapped illness or sponsor in such a sentence went unseen. A name from these
lexicons (``summarizer/lexicon/*.txt``) is found whatever surrounds it, so the checks can ask
the one question that matters: does the record mention it anywhere?

A lexicon line lists one illness or organization; its names, separated by `` | ``, are
interchangeable, so a record that says "myocardial infarction" grounds a summary's "heart
attack".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from .core import _TOKEN_RE, Context
from .facts import WORD_RE, RecordFacts, acronym
from .parsing import ARROW_MARKS, compile_skipping

# Between the words of a name only spaces and commas may differ ("hand, foot and mouth
# disease"); anything else left in a gap (the "2" of "type 2 diabetes") must be the same.
_GAP_DROP = str.maketrans("", "", " ,")


@dataclass(frozen=True)
class Alias:
    words: tuple[str, ...]
    gaps: tuple[str, ...]
    names: tuple[str, ...]  # every name of its illness or organization, this one included
    text: str
    exact_case: bool  # an acronym ("WHO", "GSK") is a name only in capitals


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    alias: Alias


class Lexicon:
    """Names a line each, looked up by their first word in one pass over a summary."""

    def __init__(self, lines: list[str]) -> None:
        self._by_first: dict[str, list[Alias]] = {}
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            names = tuple(n.strip() for n in line.split("|") if n.strip())
            for name in names:
                lower = name.lower()
                found = list(_TOKEN_RE.finditer(lower))
                alias = Alias(
                    words=tuple(m.group(0) for m in found),
                    gaps=tuple(
                        lower[a.end() : b.start()].translate(_GAP_DROP) for a, b in pairwise(found)
                    ),
                    names=names,
                    text=name,
                    exact_case=len(name) > 1 and name.replace("-", "").isupper(),
                )
                self._by_first.setdefault(alias.words[0], []).append(alias)
        for aliases in self._by_first.values():
            aliases.sort(key=lambda a: -len(a.words))  # the longest name wins
        # Every word a name can start with, plurals of one-word names included: a summary
        # with none of them is passed over without reading its words one by one.
        self._starts = frozenset(self._by_first) | frozenset(
            first + ending
            for first, aliases in self._by_first.items()
            if any(len(a.words) == 1 for a in aliases)
            for ending in ("s", "es")
        )

    def find(self, ctx: Context, *, capitalized: bool = False) -> Iterator[NameMatch]:
        """Every name in the summary, longest first where names overlap. ``capitalized``:
        a name must start with a capital letter (an organization, not "lupin" the plant)."""
        present = self._starts & ctx.words
        if not present:
            return
        tokens, text, cased = ctx.tokens, ctx.masked, ctx.norm
        n = len(tokens)
        index = ctx.token_index
        after = 0  # the first token not inside the last name found
        for i in sorted(i for word in present & index.keys() for i in index[word]):
            if i < after:
                continue
            word, start, _ = tokens[i]
            match = None
            for alias in self._candidates(word):
                k = len(alias.words)
                if i + k > n or not _same_words(alias, tokens, i, text):
                    continue
                end = tokens[i + k - 1][2]
                if alias.exact_case:
                    if (
                        cased[start:end] != alias.text
                        or _shouted(tokens, i, i + k, cased)
                        or _line_tag(cased, start, end)
                    ):
                        continue
                elif capitalized and not cased[start].isupper():
                    continue
                match = NameMatch(start, end, alias)
                break
            if match is not None:
                yield match
                after = i + len(match.alias.words)

    def _candidates(self, word: str) -> list[Alias]:
        found = self._by_first.get(word, [])
        # A plural of a one-word name: "migraines", "cataracts", "rashes".
        for ending in ("s", "es"):
            if word.endswith(ending) and len(word) > 4:
                singular = self._by_first.get(word[: -len(ending)], ())
                found = found + [a for a in singular if len(a.words) == 1]
        return found


def _shouted(tokens: list[tuple[str, int, int]], i: int, j: int, cased: str) -> bool:
    """Whether the words either side of tokens[i:j] are capitals too, on the same line: a
    heading in capitals ("WHO CAN JOIN") spells words, not an acronym's organization."""
    for k in (i - 1, j):
        if 0 <= k < len(tokens):
            _, a, b = tokens[k]
            if "\n" not in cased[min(a, tokens[i][1]) : max(b, tokens[j - 1][2])]:
                word = cased[a:b]
                if len(word) > 1 and word.isalpha() and word.isupper():
                    return True
    return False


# A line's tag: a word in capitals that opens the line and is followed by a mark, as on a
# poster ("WHO ▸ Ages 18 and over", "WHEN: 2021"): it labels the line, it names no one.
_LINE_TAG_BEFORE_RE = re.compile(r"[ \t\-*•·>#]*")
_LINE_TAG_AFTER_RE = re.compile(rf"[ \t]*[{ARROW_MARKS}:|>]| +- ")  # (dashes fold to "-")


def _line_tag(cased: str, start: int, end: int) -> bool:
    line_start = cased.rfind("\n", 0, start) + 1
    return bool(
        _LINE_TAG_AFTER_RE.match(cased, end)
        and _LINE_TAG_BEFORE_RE.fullmatch(cased, line_start, start)
    )


def _same_words(alias: Alias, tokens: list[tuple[str, int, int]], i: int, text: str) -> bool:
    last = len(alias.words) - 1
    for j, want in enumerate(alias.words):
        got = tokens[i + j][0]
        # The last word may be plural: "kidney stones", "migraines" (offered by _candidates).
        if got != want and not (j == last and got in (want + "s", want + "es")):
            return False
        if (
            j
            and text[tokens[i + j - 1][2] : tokens[i + j][1]].translate(_GAP_DROP)
            != (alias.gaps[j - 1])
        ):
            return False
    return True


@cache
def lexicon(name: str) -> Lexicon:
    source = resources.files("summarizer").joinpath("lexicon", f"{name}.txt")
    return Lexicon(source.read_text(encoding="utf-8").splitlines())


def conditions() -> Lexicon:
    return lexicon("conditions")


def organizations() -> Lexicon:
    return lexicon("organizations")


def countries() -> Lexicon:
    return lexicon("countries")


# The endings of illnesses' names ("sarcoidosis", "tendinitis", "leukaemia", "neuropathy"),
# for the illnesses no lexicon lists, and the words that end so but name none.
_ILLNESS_ENDINGS = ("itis", "osis", "iasis", "emia", "algia", "pathy", "plasia")
_NOT_ILLNESSES = frozenset({
    "diagnosis", "prognosis", "hypnosis", "osmosis", "symbiosis", "metamorphosis", "mitosis",
    "meiosis", "apoptosis", "apotheosis", "empathy", "sympathy", "apathy", "antipathy",
    "telepathy", "homeopathy", "homoeopathy", "osteopathy", "naturopathy", "allopathy",
    "nostalgia", "academia", "bohemia", "anaesthesia", "anesthesia", "analgesia",
})  # fmt: skip


def illness_words(ctx: Context) -> Iterator[tuple[int, int]]:
    """The spans of words that by their ending name an illness."""
    for word, _, end in ctx.tokens:
        if len(word) > 6 and word.endswith(_ILLNESS_ENDINGS):
            part = word.rsplit("-", 1)[-1]
            if len(part) > 6 and part not in _NOT_ILLNESSES:
                yield end - len(part), end


# The words an organization's name can end with, as it writes them: "Kowa Pharmaceuticals",
# "Aalborg University". One list makes both the pattern and the words that turn it on, so
# neither can name a kind the other lacks.
_ORG_KINDS = (
    "Pharmaceutical", "Pharmaceuticals", "Pharma", "Therapeutics", "Biosciences", "Biotech",
    "Biotechnology", "Biologics", "Biopharma", "Laboratories", "Labs", "Inc", "Ltd", "Limited",
    "GmbH", "AG", "LLC", "Corporation", "Corp", "Healthcare", "University", "Hospital",
    "Hospitals", "Institute", "Clinic", "Foundation",
)  # fmt: skip
# An organization's name by its kind: at most three capitalized words before it, or
# "University of Kent" after it. One word of it must be no heading's: "Join Our Hospital"
# names no one, and a sentence's "It's" is no part of "It's Tianjin Medical University".
_ORG_NAME_RE = compile_skipping(
    r"\b((?:(?!(?:It|That|There|Here|What|Who|He|She|Let)'s )[A-Z][\w'&-]*[ ]){1,3}"
    rf"(?:{'|'.join(sorted(_ORG_KINDS, key=len, reverse=True))}))\b"
    rf"|\b((?:University|Hospital|Institute) of(?: the)?(?: [A-Z][\w'&-]*){{1,3}})"
)
# Words a heading or sentence may capitalize before an organization's kind: "Our Hospital",
# "Local University". They name no organization.
_HEADING_WORDS = frozenset({
    "our", "your", "the", "a", "an", "this", "that", "local", "nearby", "join", "at", "from",
    "by", "with", "for", "and", "or", "of", "in", "study", "trial", "research", "new", "ask",
    "contact", "visit", "call", "teaching", "children's", "general", "community", "private",
    "public", "state", "national", "medical", "city", "county", "regional", "university",
})  # fmt: skip
# The kinds in lower case: the summary must hold one for the names to be looked for.
_ORG_KEYS = frozenset(kind.lower() for kind in _ORG_KINDS)
_NOT_TELLING = _HEADING_WORDS | _ORG_KEYS


def organization_names(ctx: Context) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of organization-like names: capitalized words ending in a word
    such as "Pharmaceuticals" or "University", with at least one word that is no heading's."""
    text = ctx.masked_cased
    if not any(w in ctx.words for w in _ORG_KEYS):
        return
    for match in _ORG_NAME_RE.finditer(text):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        if any(w.lower() not in _NOT_TELLING for w in re.findall(r"[A-Za-z][\w'&-]*", name)):
            yield match.start(group), match.end(group), name


# Words that say what kind of illness a name is, not which: a record about "Crohn disease"
# grounds "Crohn's disease" by "crohn" alone.
_KIND_WORDS = {"disease", "diseases", "disorder", "disorders", "syndrome", "syndromes",
               "condition", "illness", "chronic", "acute", "type", "of", "the", "and", "a",
               "an", "in", "with", "to", "s"}  # fmt: skip


# British spellings of medical words, as the registry (American) spells them: "anaemia",
# "haemoptysis", "paediatric", "oedema", "diarrhoea", "tumour", "anaesthesia".
_BRITISH_RE = re.compile(r"(?<=[a-z])(ae|oe)(?=[a-z])|\b(oe)(?=[dsn])|(?<=[a-z]{2})our(?=s?\b)")


def us_spelling(text: str) -> str:
    """``text`` with British medical spellings made American (lower case in, lower out)."""
    if "ae" not in text and "oe" not in text and "our" not in text:
        return text
    return _BRITISH_RE.sub(lambda m: "or" if m.group(0) == "our" else "e", text)


def condition_known(names: tuple[str, ...], facts: RecordFacts, synonyms: dict[str, tuple[str, ...]]
                    ) -> bool:  # fmt: skip
    """Whether the record mentions the illness by any of ``names``: the whole name in its
    text, or every telling word of one name somewhere in it (with another ending, or as a
    plain word for a registry term: "kidney" for "renal"), in either spelling."""
    american = [a for n in names if (a := us_spelling(n.lower())) != n.lower()]
    for name in (*names, *american):
        lower = name.lower()
        if _has_phrase(facts.text, lower):
            return True
        words = [w for w in re.findall(r"[a-z0-9]+", lower.replace("'s", ""))
                 if w not in _KIND_WORDS]  # fmt: skip
        if words and all(_record_knows(w, facts, synonyms) for w in words):
            return True
    return False


def _record_knows(word: str, facts: RecordFacts, synonyms: dict[str, tuple[str, ...]]) -> bool:
    text = facts.text
    if len(word) >= 5:
        if word in text:  # inside a longer word too: "menopause" in "postmenopausal"
            return True
    elif re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text):
        return True
    if len(word) > 5 and word[:6] in facts.stems:
        need = max(6, len(word) - 4)  # "diabetic" for "diabetes", as shares_stem
        if any(w[:need] == word[:need] for w in facts.words if len(w) >= need):
            return True
    return any(stem in text for stem in synonyms.get(word, ()))


def organization_known(names: tuple[str, ...], facts: RecordFacts) -> bool:
    """Whether the record names the organization by any of ``names``: a name in its text
    ("Roche" in "Hoffmann-La Roche"), a name's telling words among the sponsors' ("University
    of Oxford" for "Oxford University Hospitals"), or its initials among theirs. Telling words
    scattered over the rest of the record are not enough: "University College London" is not
    named by a record that mentions London."""
    for name in names:
        if _has_phrase(facts.flat, name.lower()):
            return True
        # every word, "university" and "college" too: "University College London" is not
        # "King's College London"
        said = set(WORD_RE.findall(name.lower())) - _NAME_STOP
        if said and said <= _sponsor_words(facts):
            return True
        initials = name.lower() if name.isupper() else acronym(name)
        if len(initials) > 1 and initials in facts.sponsor_tokens:
            return True
    return False


def _sponsor_words(facts: RecordFacts) -> set[str]:
    return set(WORD_RE.findall(" ".join(facts.sponsor_names).lower()))


_NAME_STOP = {"the", "of", "and", "for", "at", "a", "an", "de"}


def _has_phrase(text: str, phrase: str) -> bool:
    at = text.find(phrase)
    while at != -1:
        end = at + len(phrase)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


def country_known(names: tuple[str, ...], trial_countries: list[str], facts: RecordFacts) -> bool:
    """Whether the record places the study in the country named by any of ``names``: among
    its sites' countries, or in its text ("conducted in Canada" with no sites listed)."""
    listed = {c.lower() for c in trial_countries}
    return any(n.lower() in listed or _has_phrase(facts.text, n.lower()) for n in names)
