"""Reading numbers, units and names out of text, for the summary and the record alike.

Numbers come as digits ("62", "1,200", "2.5") or words ("sixty-two", "a dozen",
"one hundred and twenty"). A number followed by a unit ("12 weeks", "18
sessions", "50 mg", "40%") is a quantity; time units are kept in days, so "6
months" and "26 weeks" can be compared.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _compiler as _sre_compiler
from re import _constants as _sre_c
from re import _parser as _sre_parser
from typing import Any

# Where a match can start. ``re`` tries a pattern at every position unless it can tell
# which characters a match starts with, and it cannot see past a leading ``\b``, ``^`` or
# look-behind: "\b(?:study|trial) ..." is tried at every character of the text.
# Telling it the first characters (those a match can consume first, past any zero-width
# assertion) lets it skip the rest. Matches are the same, because ``re`` still tries the
# whole pattern at every position holding one of those characters; a pattern whose first
# characters cannot be listed (a class like ``\w``, ignored case, an empty match) is
# compiled as usual. This builds on ``re``'s internals (Python 3.11's): a version whose
# internals differ gets the usual compile, the same matches more slowly.
_ZERO_WIDTH_OPS = frozenset({_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT})
_REPEAT_OPS = frozenset({_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT})
_MAX_RANGE = 256  # a wider range ("[^...]", a script) is not worth listing


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[int], bool] | None:
    """(the characters a match of the parsed ``items`` can start with, whether it can be
    empty), or None when they cannot be listed."""
    found: set[int] = set()
    for op, av in items:
        chars: set[int]
        if op in _ZERO_WIDTH_OPS:
            continue
        if op is _sre_c.LITERAL:
            chars, empty = {av}, False
        elif op is _sre_c.IN:
            chars, empty = set(), False
            for item_op, item in av:
                if item_op is _sre_c.LITERAL:
                    chars.add(item)
                elif item_op is _sre_c.RANGE and item[1] - item[0] < _MAX_RANGE:
                    chars.update(range(item[0], item[1] + 1))
                else:
                    return None
        elif op is _sre_c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                got = _first_chars(branch.data)
                if got is None:
                    return None
                chars |= got[0]
                empty = empty or got[1]
        elif op is _sre_c.SUBPATTERN:
            if av[1] & (re.IGNORECASE | re.LOCALE):
                return None
            got = _first_chars(av[3].data)
            if got is None:
                return None
            chars, empty = got
        elif op in _REPEAT_OPS:
            low, high, body = av
            if high == 0:
                continue
            got = _first_chars(body.data)
            if got is None:
                return None
            chars, empty = got[0], got[1] or low == 0
        else:
            return None
        found |= chars
        if not empty:
            return found, False
    return found, True


# Where a match can go on. ``re`` tries an alternation's branches one after another, and
# the checks' alternations hold dozens of words: at every position that starts one, each
# branch's first letter is compared in turn. Branches that start with the same letter are
# grouped under that letter, and so on down, so a position is compared with each first
# letter once: "(?:results?|remission|response)" is run as
# "(?:r(?:e(?:sults?|mission|sponse)))". Matches are the same: only branches that start
# with the letter at hand can match there, and within a letter the branches keep their
# order. A branch that does not start with a plain letter (a class, a group) keeps its
# place, and nothing is grouped across it, nor under ignored case, where one letter stands
# for two.
def _grouped(items: Any, ignore_case: bool) -> list[tuple[Any, Any]]:
    """The parsed ``items`` with every alternation's branches grouped by their first letter."""
    state = items.state
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _sre_c.BRANCH:
            branches = [_grouped(branch, ignore_case) for branch in av[1]]
            if not ignore_case:
                branches = _by_first_letter(branches, state)
            av = (av[0], [_sre_parser.SubPattern(state, b) for b in branches])
        elif op is _sre_c.SUBPATTERN:
            group, add, drop, body = av
            inner = (ignore_case or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE
            av = (group, add, drop, _sre_parser.SubPattern(state, _grouped(body, inner)))
        elif op in _REPEAT_OPS:
            low, high, body = av
            av = (low, high, _sre_parser.SubPattern(state, _grouped(body, ignore_case)))
        elif op in (_sre_c.ASSERT, _sre_c.ASSERT_NOT):
            direction, body = av
            av = (direction, _sre_parser.SubPattern(state, _grouped(body, ignore_case)))
        elif op is _sre_c.ATOMIC_GROUP:
            av = _sre_parser.SubPattern(state, _grouped(av, ignore_case))
        out.append((op, av))
    return out


def _by_first_letter(
    branches: list[list[tuple[Any, Any]]], state: Any
) -> list[list[tuple[Any, Any]]]:
    grouped: list[list[tuple[Any, Any]]] = []
    run: dict[int, list[list[tuple[Any, Any]]]] = {}  # first letter -> the rest of each branch

    def close_run() -> None:
        for letter, rests in run.items():  # (dicts keep the order letters were first seen)
            if len(rests) == 1:
                grouped.append([(_sre_c.LITERAL, letter), *rests[0]])
            else:
                inner = [_sre_parser.SubPattern(state, r) for r in _by_first_letter(rests, state)]
                grouped.append([(_sre_c.LITERAL, letter), (_sre_c.BRANCH, (None, inner))])
        run.clear()

    for branch in branches:
        if branch and branch[0][0] is _sre_c.LITERAL:
            run.setdefault(branch[0][1], []).append(branch[1:])
        else:
            close_run()
            grouped.append(branch)
    close_run()
    return grouped


def compile_skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, told which characters a match starts with, with its
    alternations grouped by first letter."""
    plain = re.compile(pattern, flags)
    if plain.flags & (re.IGNORECASE | re.LOCALE):
        return plain
    try:
        parsed = _sre_parser.parse(pattern, flags)
        parsed = _sre_parser.SubPattern(parsed.state, _grouped(parsed, False))
        code = _sre_compiler._code(parsed, flags)
        # INFO, its length, no prefix or character set known, then the width: at least one.
        got = _first_chars(parsed.data)
        if code[:3] == [_sre_c.INFO, 4, 0] and code[3] >= 1 and got is not None and not got[1]:
            charset, _ = _sre_compiler._optimize_charset(
                [(_sre_c.LITERAL, c) for c in sorted(got[0])]
            )
            info = [_sre_c.INFO, 0, _sre_c.SRE_INFO_CHARSET, code[3], code[4]]
            _sre_compiler._compile_charset(charset, flags, info)
            info[1] = len(info) - 1
            code = info + code[5:]
        groupindex = parsed.state.groupdict
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return _sre.compile(  # type: ignore[no-any-return]
            pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,
            groupindex, tuple(indexgroup),
        )  # fmt: skip
    except Exception:  # another Python's internals
        return plain


SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}
NUMBER_WORDS: dict[str, int] = {**SMALL, **TENS, **SCALES, "dozen": 12}
_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "A dozen", "a hundred and twenty": the article is the number's "one", and keeping it in
# the number's span lets a hedge before it ("about a hundred and twenty") be seen.
_A_SCALE = ("dozen", "hundred", "thousand")
_WORD_TOKEN_RE = compile_skipping(rf"\b(?:a\s+(?:{'|'.join(_A_SCALE)})|{_WORD_ALT})\b")

# Unit spellings → (canonical unit, factor). Time units are stored in days.
TIME_UNITS: dict[str, float] = {
    "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25,
}  # fmt: skip
_UNIT_SPELLINGS: dict[str, str] = {
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mo": "month", "mos": "month", "mth": "month",
    "mths": "month",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "y": "year", "d": "day",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "g": "g", "gram": "g", "grams": "g",
    "mcg": "mcg", "µg": "mcg", "ug": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "ml": "ml", "milliliter": "ml",
    "milliliters": "ml", "millilitre": "ml", "millilitres": "ml", "iu": "iu", "units": "iu",
    "%": "percent", "percent": "percent", "per cent": "percent",
    "session": "session", "sessions": "session", "visit": "visit", "visits": "visit",
    "appointment": "visit", "appointments": "visit", "check-up": "visit", "check-ups": "visit",
    "checkup": "visit", "checkups": "visit",
    # Why calls count as visits: a follow-up call or contact is a visit by phone, and a
    # count of them is as much the record's to give ("three follow-up phone calls",
    # "Follow-up comprises two telephone contacts"); the label form already read them so.
    "call": "visit", "calls": "visit", "contact": "visit", "contacts": "visit",
    # ... and so is a chat or a check-in, as a notice calls a call ("three follow-up phone
    # chats")
    "chat": "visit", "chats": "visit", "check-in": "visit", "check-ins": "visit",
    "dose": "dose", "doses": "dose", "group": "group", "groups": "group", "arm": "group",
    "arms": "group", "cohort": "group", "cohorts": "group", "cycle": "cycle", "cycles": "cycle",
    "injection": "injection", "injections": "injection", "infusion": "injection",
    "infusions": "injection", "tablet": "tablet", "tablets": "tablet", "pill": "tablet",
    "pills": "tablet", "capsule": "tablet", "capsules": "tablet", "times": "times",
    "site": "site", "sites": "site", "center": "site", "centers": "site", "centre": "site",
    "centres": "site", "hospital": "site", "hospitals": "site", "clinic": "site",
    "clinics": "site", "location": "site", "locations": "site", "country": "country",
    "countries": "country",
}  # fmt: skip
# Count units may have a word or two between number and unit ("18 repeated sessions").
COUNT_UNITS = {"session", "visit", "dose", "group", "cycle", "injection", "tablet", "site"}
# A number that ends its line has no unit on the next line when that line is a "Label:
# value" fact ("Minimum age: 18" over "Country: Norway"): the word there is the next label.
NEXT_LINE_LABEL = r"(?![ \t]*\n\s*[^\n:]{0,30}:)"
# "Week 12", "Day 28", "visits 3 and 4": unit before the number.
_UNIT_BEFORE_RE = compile_skipping(
    r"\b(?P<unit>minutes?|hours?|days?|weeks?|months?|years?|visits?|cycles?|sessions?|doses?)"
    r"\s*(?:#\s*)?$"
)

# A hedge says the number is rounded ("about 60" for 62); a bound says only which side of
# it the truth lies ("more than 60", "up to 12 weeks"), so it is no rounding and is judged
# by the looser tolerance alone.
HEDGE_WORDS = (
    "about",
    "around",
    "approximately",
    "approx",
    "approx.",
    "roughly",
    "nearly",
    "almost",
    "close to",
    "some",
    "an estimated",
    "estimated",
    "~",
)
BOUND_WORDS = (
    "over",
    "more than",
    "fewer than",
    "less than",
    "up to",
    "at least",
    "at most",
    "under",
    "just over",
    "just under",
    "upwards of",
    "in excess of",
    "north of",
    ">",
    "<",
)
APPROX_WORDS = HEDGE_WORDS + BOUND_WORDS

PEOPLE_NOUNS = (
    r"people|persons|participants|patients|volunteers|adults|children|kids|subjects|women|men"
    r"|individuals|teenagers|teens|infants|babies|girls|boys|mothers|smokers|residents|workers"
    r"|students|survivors|families|couples|pairs|veterans|athletes|healthy volunteers"
    # a text message's shorthand: "60 ppl"
    r"|ppl|peeps"
    # people in homely words: "sixty folks", "1,600 good souls", "forty seniors"
    r"|folks|folk|souls|seniors|youngsters|elders"
)
PEOPLE_AFTER_RE = re.compile(
    rf"\s+(?:[a-z-]+\s+){{0,3}}?(?:{PEOPLE_NOUNS})\b|\s*(?:-\s*)?(?:year-olds?)"
)


@dataclass(frozen=True)
class Quantity:
    """A number in a text, with its unit when one follows (or leads) it."""

    value: float
    span: tuple[int, int]
    written: str
    unit: str | None = None  # canonical unit, e.g. "week", "mg", "session"
    approximate: bool = False
    is_word: bool = False
    people: bool = False  # followed by a word for people ("62 volunteers")
    bound: bool = False  # the approximation is a bound ("more than 60"), not a hedge

    @property
    def hedged(self) -> bool:
        """Whether the number is given as a rounding ("about 60"), not exactly or as a bound."""
        return self.approximate and not self.bound

    @property
    def days(self) -> float | None:
        return self.value * TIME_UNITS[self.unit] if self.unit in TIME_UNITS else None


def fold(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)`` for a table of a few characters, each mapped to one that is
    not itself in the table.

    ``str.translate`` looks every character up in the table: on a record of a few
    thousand characters with one curly quote that costs about 50 times more than a
    ``replace`` for each table character that is there."""
    for code, to in table.items():
        char = chr(code)
        if char in text:
            text = text.replace(char, to)
    return text


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping every character in place so spans stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def parse_number(token: str) -> float:
    return float(token.replace(",", ""))


def _word_groups(text: str, offset: int) -> Iterator[tuple[float, tuple[int, int], str]]:
    """Split a run of number words into numbers: "one and two" is two numbers."""
    total = current = 0
    last: str | None = None
    start = end = 0
    for match in _WORD_TOKEN_RE.finditer(text):
        word = match.group(0).lower().split()[-1]  # "a hundred" is one hundred
        kind = (
            "dozen"
            if word == "dozen"
            else "scale"
            if word in SCALES
            else "tens"
            if word in TENS
            else "small"
        )
        joins = last is not None and (
            (last == "tens" and kind == "small" and 0 < SMALL[word] < 10)
            or (last in ("small", "tens", "teen") and kind in ("scale", "dozen"))
            or (last == "scale" and kind in ("small", "tens"))
        )
        if last is not None and not joins:
            yield float(total + current), (offset + start, offset + end), text[start:end]
            total = current = 0
            last = None
        if last is None:
            start = match.start()
        end = match.end()
        if kind == "small":
            current += SMALL[word]
            last = "small" if SMALL[word] < 10 else "teen"
        elif kind == "tens":
            current += TENS[word]
            last = "tens"
        elif kind == "dozen":
            current = max(current, 1) * 12
            last = "scale"
        elif word == "hundred":
            current = max(current, 1) * 100
            last = "scale"
        else:
            total += max(current, 1) * 1000
            current = 0
            last = "scale"
    if last is not None:
        yield float(total + current), (offset + start, offset + end), text[start:end]


def unit_of(word: str) -> str | None:
    return _UNIT_SPELLINGS.get(word.lower())


# (a hyphen hung before "to": "5- to 10-minute sessions")
_JOIN_RE = re.compile(r"\s*(?:-\s*to|-|to|and|or|through|until)\s*")
_DIGIT_RUN_RE = re.compile(r"\d[\d,.]*")
# The same where the text is ASCII, so \d is [0-9]: a class re can skip ahead by.
_ASCII_DIGIT_RUN_RE = re.compile(r"[0-9][0-9,.]*")
_DIGITS_FULL_RE = re.compile(_DIGITS)
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
# A whole run of letters ([a-z]+) that is a number word: found without splitting the rest
# of the text into words.
_NUMBER_WORD_RE = compile_skipping(rf"(?<![a-z])(?:{_WORD_ALT})(?![a-z])")
_NO_BEFORE_ONE_RE = re.compile(r"\b[Nn]o $")
# The arrows a poster or a card puts after a line's label: "NOW ▸ Finished", "WHO ▸ Adults".
ARROW_MARKS = "▸►▶→"
# How the study's people treat you names no treatment and no illness: "The team will treat
# you with respect", "You will be treated with dignity".
MANNERS = ("respect", "dignity", "kindness", "courtesy", "compassion", "consideration",
           "fairness", "patience")  # fmt: skip
_RUN_GAP_RE = re.compile(r"(?:\s+and\s+|\s+|\s*-\s*)")
_NOT_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.,/")
# Records write doses glued to their unit ("60mg/m2", "7.5mg/kg"); other letters glued to
# a number make a code ("3D", "CYP3A4"), not a quantity.
_GLUED_DOSE_RE = re.compile(r"(?:mg|mcg|µg|ug|kg|ml|iu)(?![a-z])")


# Spoken decimals: "zero point five milligrams", "two point five": the digits after
# "point" are read one by one.
_POINT_GAP_RE = re.compile(r"\s+point\s+")
_DIGIT_WORDS = {w: v for w, v in SMALL.items() if v < 10} | {"oh": 0}

# A question that its answer denies, from the end of what it asks: "Was it phase 3? No",
# "randomized? (Answer: no)", "Q: ... ? A: No" ("No doubt" affirms).
ANSWERED_NO_RE = re.compile(
    r"[^.?!\n]{0,30}\?[\s(]*(?:(?:answer|a)[ \t]*[:-][ \t]*)?(?:no|nope|false)\b"
    r"(?![ \t]+(?:doubt|question)\b)",
    re.IGNORECASE,
)
# An age bound followed by a bar on joining: "Applicants aged 17 or younger cannot apply"
# gives the minimum (18), not a maximum, and the number is the one below it.
BARRED_AFTER_RE = re.compile(
    r"[^.;:!?\n]{0,30}?\b(?:(?:cannot|can't|can not|may not|must not|are not|aren't|is not"
    r"|isn't|won't|will not|do not|don't)\s+(?:\w+\s+)?(?:apply|join|take part|enrol\w*"
    r"|be enrol\w*|participate|sign up|be eligible|eligible|be included|be accepted)"
    r"|(?:are|is) (?:excluded|ineligible|barred|not eligible|not allowed))\b",
    re.IGNORECASE,
)
# Three or more digit words joined by hyphens alone: "two-four-eight" ("five-six weeks",
# two of them, is a range, left to the words' own reading).
_SPELT_DIGIT_ALT = "|".join(w for w in _DIGIT_WORDS if w != "oh")
_SPELT_DIGITS_RE = re.compile(
    rf"(?:{_SPELT_DIGIT_ALT})(?:-(?:{_SPELT_DIGIT_ALT})){{2,}}", re.IGNORECASE
)


def _spoken_decimal(text: str, runs: list[tuple[int, int]], i: int) -> tuple[float, int] | None:
    """(fraction, end) when run ``i`` is followed by "point" and single digit words."""
    if i + 1 >= len(runs) or not _POINT_GAP_RE.fullmatch(text, runs[i][1], runs[i + 1][0]):
        return None
    a, b = runs[i + 1]
    digits = text[a:b].split()
    if not digits or any(d not in _DIGIT_WORDS for d in digits):
        return None
    return float("0." + "".join(str(_DIGIT_WORDS[d]) for d in digits)), b


def _number_spans(
    text: str, tokens: list[tuple[str, int, int]] | None, words: set[str] | None = None
) -> list[tuple[float, tuple[int, int], str, bool]]:
    """(value, span, as written, is_word) for every number, in text order."""
    found: list[tuple[float, tuple[int, int], str, bool]] = []
    for match in (_ASCII_DIGIT_RUN_RE if text.isascii() else _DIGIT_RUN_RE).finditer(text):
        a, b = match.span()
        run = match.group(0)
        while run[-1] in ".,":  # a full stop or comma after the number
            run = run[:-1]
            b -= 1
        if a and text[a - 1] in _NOT_BEFORE:
            continue
        glued = b < len(text) and (text[b].isalpha() or text[b] == "_")
        if glued and not _GLUED_DOSE_RE.match(text, b):
            continue
        # (a run of ASCII digits alone is a number: no pattern needed to say so)
        if not (run.isascii() and run.isdigit()) and not _DIGITS_FULL_RE.fullmatch(run):
            continue  # "1.5.2", "2,00": a version or a typo, not a quantity
        found.append((parse_number(run), (a, b), run, False))
    if words is not None and _NUMBER_WORD_SET.isdisjoint(words):
        return found
    if tokens is None:
        # Only number words matter below, so find just those instead of every word.
        tokens = [(m.group(0), m.start(), m.end()) for m in _NUMBER_WORD_RE.finditer(text)]
    run_start = run_end = -1
    runs: list[tuple[int, int]] = []
    for word, start, end in tokens:
        if word not in NUMBER_WORDS and not (
            "-" in word and all(p in NUMBER_WORDS for p in word.split("-") if p)
        ):
            continue
        if run_end >= 0 and _RUN_GAP_RE.fullmatch(text, run_end, start):
            run_end = end
            continue
        if run_end >= 0:
            runs.append((run_start, run_end))
        run_start, run_end = start, end
        if word in _A_SCALE and text[max(0, start - 2) : start] == "a ":
            run_start = start - 2
    if run_end >= 0:
        runs.append((run_start, run_end))
    i = 0
    while i < len(runs):
        a, b = runs[i]
        decimal = _spoken_decimal(text, runs, i)
        if decimal is not None:
            value, end = decimal
            # The whole part may itself be a run ("one hundred and five point two").
            groups = list(_word_groups(text[a:b], a))
            for whole, span, written in groups[:-1]:
                found.append((whole, span, written, True))
            start = groups[-1][1][0]
            found.append((groups[-1][0] + value, (start, end), text[start:end], True))
            i += 2
            continue
        if _SPELT_DIGITS_RE.fullmatch(text, a, b):
            # a number read out digit by digit, as a bingo caller or a phone line does:
            # "two-four-eight" is 248, not 2, 4 and 8
            digits = "".join(str(_DIGIT_WORDS[d]) for d in text[a:b].lower().split("-"))
            found.append((float(digits), (a, b), text[a:b], True))
            i += 1
            continue
        for value, span, written in _word_groups(text[a:b], a):
            if written.lower() == "one" and (
                nobody := _NO_BEFORE_ONE_RE.search(text, max(0, span[0] - 4), span[0])
            ):
                # "withdrawn with no one enrolled" counts nobody: zero, not one
                value, span = 0, (nobody.start(), span[1])
                written = text[span[0] : span[1]]
            found.append((value, span, written, True))
        i += 1
    found.sort(key=lambda item: item[1])
    return found


_COUNT_LABEL_RE = compile_skipping(
    r"\b(?P<unit>arms?|groups?|cohorts?|sites?|centres?|centers?|visits?|sessions?|doses?"
    r"|cycles?|injections?|follow-?ups?|calls?|contacts?)\s*:$"
)
_LEADING_UNITS = (
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "visit",
    "visits",
    "cycle",
    "cycles",
    "session",
    "sessions",
    "dose",
    "doses",
    "#",
)
_PEOPLE_WORDS = frozenset(PEOPLE_NOUNS.split("|")) | {"healthy"}
_COUNT_UNIT_WORDS = frozenset(
    [
        "sessions",
        "session",
        "visits",
        "visit",
        "appointments",
        "appointment",
        "check-ups",
        "checkups",
        "doses",
        "dose",
        "groups",
        "group",
        "cycles",
        "cycle",
        "injections",
        "injection",
        "tablets",
        "tablet",
        "pills",
        "pill",
        "capsules",
        "capsule",
        "sites",
        "site",
        "centers",
        "center",
        "centres",
        "centre",
        "hospitals",
        "hospital",
        "clinics",
        "clinic",
        "calls",
        "call",
        "contacts",
        "contact",
        "chats",
        "chat",
        "check-ins",
        "check-in",
    ]
)
_FIRST_WORD_RE = re.compile(rf"{NEXT_LINE_LABEL}\s*(?:-\s*)?([a-zµ]+|%)(?![\w])")
_AFTER_WORDS_RE = re.compile(r"[a-zµ%][a-z%µ/'-]*|\d")
_CLAUSE_WORDS = frozenset(
    ["so", "but", "because", "then", "if", "when", "while", "that", "which", "who", "is", "are",
     "was", "were", "it", "its", "it's", "in", "on", "at", "to", "for", "from", "than", "as"]
)  # fmt: skip


# A verb whose particle "over" is: "Each person hands over 38 swabs" hands over exactly 38,
# not more than 38.
_OVER_AS_PARTICLE_RE = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|fork|forks|forked|forking)"
    r"\s+over$"
)


def _approx_word(before: str) -> str | None:
    """The approximation word at the end of ``before``, when it is a whole word."""
    for word in APPROX_WORDS:
        if before.endswith(word):
            cut = len(before) - len(word)
            if word == "over" and _OVER_AS_PARTICLE_RE.search(before):
                return None
            return word if cut == 0 or not before[cut - 1].isalpha() else None
    return None


def _unit_after(text: str, end: int) -> tuple[str | None, bool]:
    """(unit, people) for the number ending at ``end``: "12 weeks", "62 volunteers"."""
    head = text[end : end + 48]
    if not head:
        return None, False
    if head[0] == "%" or head.startswith((" %", " percent", " per cent")):
        return "percent", False
    first = _FIRST_WORD_RE.match(head)
    if first:
        unit = _UNIT_SPELLINGS.get(first.group(1))
        if unit:
            return unit, unit == "year" and "year-old" in head[:12]
    for stop in (".", ";", "\n", ",", "(", ":"):
        cut = head.find(stop)
        if cut >= 0:
            head = head[:cut]
    words = _AFTER_WORDS_RE.findall(head)[:4]
    # Why the people must come before a clause word: a count counts the people of its own
    # noun phrase, not those of the next clause ("it's an interventional one so ppl in it
    # get the treatment", "two are given, then people rest").
    for i, w in enumerate(words):
        if w in _CLAUSE_WORDS:
            words = words[:i]
            break
    # Nor those joined on after it: in "teenagers from 16 and adults up to 70" the 16 is an
    # age, and "adults" heads a phrase of its own.
    if len(words) > 1 and words[0] in ("and", "or") and words[1] in _PEOPLE_WORDS:
        words = []
    people = any(w in _PEOPLE_WORDS for w in words) or "year-old" in head[:12]
    if len(words) > 1:
        for w in words[1:3]:
            if w in _COUNT_UNIT_WORDS:
                return unit_of(w), people
    return None, people


def quantities(
    text: str,
    *,
    units: bool = True,
    tokens: list[tuple[str, int, int]] | None = None,
    words: set[str] | None = None,
) -> Iterator[Quantity]:
    """Every number in ``text`` with its unit, approximation marker and span.

    ``tokens`` (lower-case words with spans, as the checks already have them) saves
    tokenizing ``text`` again.
    """
    text = lower_same_length(text)
    pending: Quantity | None = None  # the left side of a range, waiting for its unit
    pending_until = -1
    for value, (a, b), written, is_word in _number_spans(text, tokens, words):
        before = text[max(0, a - 24) : a].rstrip()
        word = _approx_word(before) if before.endswith(APPROX_WORDS) else None
        approximate = word is not None
        bound = word in BOUND_WORDS
        unit = None
        people = False
        if units:
            unit, people = _unit_after(text, b)
            if unit is None and before.endswith(_LEADING_UNITS):
                lead = _UNIT_BEFORE_RE.search(before)
                if lead:
                    unit = unit_of(lead.group("unit"))
            elif unit is None and before.endswith(":"):
                # a label's count: "Arms: three in total", "Phone follow-ups: two"
                label = _COUNT_LABEL_RE.search(before)
                if label:
                    unit = unit_of(label.group("unit")) or "visit"
        if pending is not None:
            if a == pending_until and (unit or people):
                pending = Quantity(
                    pending.value, pending.span, pending.written, unit, pending.approximate,
                    pending.is_word, people, pending.bound,
                )  # fmt: skip
            yield pending
            pending = None
        if people and text.startswith("+", b):
            # "10,000+ people": more than that many, so as loose as "over 10,000" (read only
            # for head counts: "18+" is an age limit, and those must be exact)
            approximate = bound = True
        quantity = Quantity(value, (a, b), written, unit, approximate, is_word, people, bound)
        if unit is None and not people:
            join = _JOIN_RE.match(text, b)
            if join and join.end() > b:
                pending, pending_until = quantity, join.end()
                continue
        yield quantity
    if pending is not None:
        yield pending
