"""Findings, the check registry, and the per-summary context every check reads.

A check is a function ``(Context) -> Iterable[Finding]`` registered with
``@check``. It reads the summary through ``ctx.norm`` (the text with dashes,
quotes and odd spaces folded one character for one character, so a span in it
is a span in the original) and the record through ``ctx.facts``, which is
computed once per trial and reused for every summary of that trial.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, Field

from ..readability import Readability, measure
from ..records import Trial
from .facts import CONTACT_RE, RecordFacts
from .labels import Item, find_labelled_items
from .parsing import Quantity, compile_skipping, fold, lower_same_length, quantities

Severity = Literal["error", "warning"]


class Finding(BaseModel):
    code: str
    severity: Severity
    field: str | None = Field(description="the record field the finding is about")
    message: str
    span: tuple[int, int] | None = Field(description="[start, end) in the summary text")

    def excerpt(self, text: str) -> str:
        return text[self.span[0] : self.span[1]] if self.span else ""


class CheckReport(BaseModel):
    flagged: bool
    findings: list[Finding]
    readability: dict[str, object] = Field(default_factory=dict)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


# One character for one character, so spans found in the folded text index the original.
_FOLD = str.maketrans(
    {
        "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
        "‘": "'", "’": "'", "“": '"', "”": '"',
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
        "≥": ">", "≤": "<",
    }
)  # fmt: skip

# Between letters only: "RSV_IC_2" stays a code whose 2 is no count.
_SNAKE_RE = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")

# A sentence ends at . ! ? followed by space, or at a line break. Decimal points never
# match; "e.g." and "Dr." are dropped afterwards (a look-behind per position is slow).
_SENTENCE_BREAK_RE = compile_skipping(r"[.!?]+[\"')\]]*(?=\s)|\n+")
_NOT_AN_END = ("e.g.", "i.e.", " vs.", " dr.", " no.", " st.", "approx.", " mr.", " ms.", " mrs.")


NCT_RE = re.compile(r"\bNCT\s?\d{8}\b", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[a-z][a-z0-9'-]*[a-z0-9]|[a-z]")
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_WORD_PARTS_RE = re.compile(r"[-']")
_BRACKETS_RE = re.compile(r" \([^()]*\)")
_QUOTED_RE = re.compile(r'"([^"\n]{16,400})"')
# Posters and leaflets tick their items off ("✓ Aged 18 to 70") or use other glyphs as
# bullets: an item is an item whatever marks it, and a screen reader's text says so in words
# ("Item: Age 18 or over", "List item 2: ..."). A chat or an email quotes the record's lines
# after "> ", and the quoted line may be a numbered item of its own ("> 5. Sign the consent").
# Read out over the phone or in a chat, the record's lines trail in after an ellipsis.
# Why any lone mark: a list's bullet is whatever one symbol a writer opens its lines with
# (a report's "·", a memo's "o" typed for a hollow bullet, "~", "+"), and a list of the marks
# seen so far misses the next one, and a mark may be doubled for a second level ("~~",
# "--"). Numbered items count however they are numbered: "2.", "b)", "(iv)", "(3)". A
# heading's "#" and a table's "|" are no bullets.
_BULLET_RE = re.compile(
    r"^\s*(?:>\s*)*(?:[-*•✓✔☑✅▪◦‣⁃➤►▶●○■□→›»➔➜>…]|[^\w\s#|\"'(\[]{1,2}|o(?=[ \t])|\.{3}"
    r"|\d{1,2}[.)]|[a-z][)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4}|[IVX]{1,4})\)"
    r"|(?:[Ll]ist )?[Ii]tem(?: \d{1,2})?:|[Bb]ullet:)\s+"
)
_EXCLUSION_CUE_RE = compile_skipping(
    r"\b(?:cannot|can't|can ?not|not able to|may not|must not|are not able to) (?:join|take part|"
    r"be included|enrol)|\bnot (?:be )?eligible\b|\bexclusion\b|\bexcluded\b|\breasons? "
    r"(?:a person|someone|you|people) (?:cannot|can't|may not)|\bwho (?:cannot|can't) (?:join|"
    r"take part)|\bwon't be able to (?:join|take part)"
)
_EXCLUSION_INLINE_RE = compile_skipping(
    r"\b(?:cannot|can't|may not) (?:join|take part|be included|enrol)\w* (?:if|when|because)\b"
    r"|\bnot (?:be )?eligible if\b|\bexcluded if\b"
)
# The people a sentence excludes, named before it says so: "Those with diabetes are not
# eligible", "Anyone who has had surgery will not be able to take part".
_EXCLUDED_SUBJECT_RE = compile_skipping(
    r"\b(?:cannot|can't|can not|may not|must not|(?:are|is) (?:not able|unable) to|"
    r"(?:will|would) not be able to|won't be able to) (?:join|take part|participate|enrol+\w*|"
    r"be included|be enrolled|sign up)\b|\b(?:are|is) (?:not eligible|ineligible|excluded)\b"
    r"|\bwill be excluded\b"
)
# A sentence that says who may join, not what happened to anyone: "people who had fewer
# than two infections last year can join", "those on insulin are eligible".
WHO_MAY_JOIN_RE = compile_skipping(
    r"\b(?:can(?:not)? (?:join|take part|enrol\w*|sign up|apply|be included)|eligible"
    r"|qualif\w*)\b"
)
_PEOPLE_FIRST_RE = re.compile(
    r"[\s*•-]*(?:people|participants|patients|those|anyone|someone|women|men|children|adults|"
    r"volunteers|smokers|persons|individuals|you)\b"
)
_NCT_LOWER_RE = re.compile(r"nct\s?\d{8}\b")
# A list item's number opens its line: "5. What is it?", "2)", and a thread's post number,
# "3/" or "3/7".
_MARKER = r"\d{1,2}(?:[.)]|/(?:\d{1,2})?)(?=\s)"
_LIST_MARKER_RE = re.compile(rf"\n[ \t]*{_MARKER}")
_LIST_START_RE = re.compile(rf"\A[ \t]*{_MARKER}")  # the first line only
# A time of day ("4:12 pm", "[chat, 09:30]") counts nothing: a message's timestamp is no age,
# dose or number of people. Not a ratio's "1:2:1", nor a score's "3:1" with no minutes.
_CLOCK_RE = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?:\s?[ap]\.?m\b\.?)?"
    # an hour alone: "sent 4 pm", "at 9am", "7 p.m."
    r"|(?<![\d.,:])\b(?:1[0-2]|0?[1-9])\s?(?:[ap]m\b|[ap]\.m\.)"
)
_PHONE_HINT_RE = re.compile(r"\d{3}[\s.)-]+\d{3}")
# The same where the text is ASCII, so \d is [0-9]: a class re can skip ahead by.
_ASCII_PHONE_HINT_RE = compile_skipping(r"[0-9]{3}[\s.)-]+[0-9]{3}")
_CONTACT_MARKS = ("@", "www", "://")
_DOMAIN_HINTS = (".com", ".org", ".net", ".gov", ".edu", ".io", ".info", ".co", ".us", ".uk",
                 ".de", ".fr", ".eu", ".biz")  # fmt: skip
_CONTACT_HINTS = _CONTACT_MARKS + _DOMAIN_HINTS


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _phone_hint_re(text: str) -> re.Pattern[str]:
    return _ASCII_PHONE_HINT_RE if text.isascii() else _PHONE_HINT_RE


def may_hold_contact(text: str) -> bool:
    """Cheap pre-test: most summaries have no link, email or phone number at all."""
    lower = text.lower()
    return any(h in lower for h in _CONTACT_HINTS) or bool(_phone_hint_re(text).search(text))


def contact_spans(text: str, lower: str) -> list[tuple[int, int]]:
    """Spans of links, emails and phone numbers, read only around their tell-tale marks."""
    hints = [m.start() for m in _phone_hint_re(text).finditer(text)]
    for hint in _CONTACT_MARKS:
        at = lower.find(hint)
        while at != -1:
            hints.append(at)
            at = lower.find(hint, at + 1)
    # The domain endings all start with a dot: one pass over the dots, not one per ending.
    at = lower.find(".")
    while at != -1:
        if lower.startswith(_DOMAIN_HINTS, at):
            hints.append(at)
        at = lower.find(".", at + 1)
    spans: list[tuple[int, int]] = []
    for at in sorted(hints):
        if spans and at < spans[-1][1]:
            continue
        a = max(0, at - 80)
        a = max(text.rfind(" ", 0, at) + 1, text.rfind("\n", 0, at) + 1, a)
        for match in CONTACT_RE.finditer(text, a, min(len(text), at + 120)):
            if match.start() <= at < match.end() + 1 and (
                not spans or match.start() >= spans[-1][1]
            ):
                spans.append(match.span())
                break
    return spans


@dataclass
class Context:
    """One summary being checked against one record."""

    trial: Trial
    text: str
    facts: RecordFacts
    readability: Readability | None = None
    norm: str = field(init=False)

    def __post_init__(self) -> None:
        # Every character _FOLD maps but the tab is outside ASCII.
        plain = self.text.isascii() and "\t" not in self.text
        self.norm = self.text if plain else fold(self.text, _FOLD)
        if "_" in self.norm:
            # The registry's own field names and values ("overall_status: ACTIVE_NOT_RECRUITING")
            # read as the words they join; markdown's "__bold__" keeps its marks.
            self.norm = _SNAKE_RE.sub(" ", self.norm)

    @cached_property
    def lower(self) -> str:
        return lower_same_length(self.norm)

    @cached_property
    def masked_cased(self) -> str:
        """``norm`` with NCT ids, links, emails, phone numbers and list markers blanked."""
        blank = self.norm
        lower = self.lower
        if "nct" in lower:
            for match in _NCT_LOWER_RE.finditer(lower):
                a, b = match.span()
                blank = blank[:a] + " " * (b - a) + blank[b:]
        if _LIST_START_RE.match(blank) or _LIST_MARKER_RE.search(blank):
            blank = _LIST_START_RE.sub(_spaces, blank)
            blank = _LIST_MARKER_RE.sub(lambda m: "\n" + " " * (len(m.group(0)) - 1), blank)
        for a, b in contact_spans(blank, lower):
            blank = blank[:a] + " " * (b - a) + blank[b:]
        if ":" in blank or "pm" in lower or "am" in lower or ".m." in lower:
            blank = _CLOCK_RE.sub(_spaces, blank)
        return blank

    @cached_property
    def masked(self) -> str:
        """``masked_cased`` in lower case: what most checks scan (no IGNORECASE: it is slow)."""
        return lower_same_length(self.masked_cased)

    @cached_property
    def tokens(self) -> list[tuple[str, int, int]]:
        """Lower-case words of the summary with their spans."""
        # Three loops in C over the matches cost less than one in Python building tuples.
        found = list(_TOKEN_RE.finditer(self.masked))
        return list(zip(map(_GROUP, found), map(_START, found), map(_END, found), strict=True))

    @cached_property
    def _indexes(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """``token_index`` and ``word_index``, built in one pass over the tokens."""
        at: dict[str, list[int]] = {}
        starts: dict[str, list[int]] = {}
        for i, (word, start, _) in enumerate(self.tokens):
            if word in at:
                at[word].append(i)
            else:
                at[word] = [i]
            if word in starts:
                starts[word].append(start)
            else:
                starts[word] = [start]
            if "-" in word or "'" in word:
                for part in _WORD_PARTS_RE.split(word):
                    starts.setdefault(part, []).append(start)
        return at, starts

    @cached_property
    def token_index(self) -> dict[str, list[int]]:
        """Where in ``tokens`` each word is: the lexicons start their names only there."""
        return self._indexes[0]

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Where each word (and each part of a hyphenated word) starts."""
        return self._indexes[1]

    @cached_property
    def words(self) -> set[str]:
        """Every word, and the parts of hyphenated words ("double-blind" → "double", "blind")."""
        return set(self.word_index)

    @cached_property
    def labelled_items(self) -> list[Item]:
        """The summary's ``Label: value`` items that name a record field (``labels``)."""
        return find_labelled_items(self)

    @cached_property
    def mentions(self) -> list[Quantity]:
        """Every number in the summary, with its unit."""
        return list(quantities(self.masked, tokens=self.tokens, words=self.words))

    @cached_property
    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        starts, ends = [0], []
        lower = self.lower
        for match in _SENTENCE_BREAK_RE.finditer(lower):
            end = match.end()
            if lower[end - 1] == "." and (
                lower[max(0, end - 7) : end].endswith(_NOT_AN_END)
                # an initial, as in "L. acidophilus" or "John F. Kennedy"
                or (end >= 3 and lower[end - 2].isalpha() and not lower[end - 3].isalnum()
                    and self.norm[end - 2].isupper())
            ):  # fmt: skip
                continue
            ends.append(end)
            starts.append(end)
        ends.append(len(lower))
        return starts, ends

    def sentence_at(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The [start, end) of the sentence holding ``start`` (extended to cover ``end``)."""
        starts, ends = self._sentence_bounds
        i = bisect.bisect_right(starts, start) - 1
        j = i if end is None else max(i, bisect.bisect_right(starts, max(start, end - 1)) - 1)
        return starts[i], ends[j]

    def said(self, match: re.Match[str], group: int | str = 0) -> str:
        """What the summary says at ``match``, in its own letters."""
        return self.text[match.start(group) : match.end(group)]

    def sentence_text(self, start: int, end: int | None = None) -> str:
        a, b = self.sentence_at(start, end)
        return self.lower[a:b]

    def clause_before(self, start: int, limit: int = 80) -> str:
        """Lowercase text from the start of the clause (or ``limit`` chars) up to ``start``."""
        a, _ = self.sentence_at(start)
        head = self.lower[max(a, start - limit) : start]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("("))
        return head[cut + 1 :] if cut >= 0 else head

    @cached_property
    def lines(self) -> list[tuple[int, int, bool]]:
        """(start, end, is a list item) for every non-blank line."""
        found = []
        offset = 0
        for line in self.norm.split("\n"):
            if line.strip():
                found.append((offset, offset + len(line), bool(_BULLET_RE.match(line))))
            offset += len(line) + 1
        return found

    @cached_property
    def exclusion_spans(self) -> list[tuple[int, int]]:
        """Text that says who may NOT take part: the list under "People cannot join if:",
        the rest of a sentence after "cannot join if", or the people a sentence names before
        "cannot join" ("People with heart disease cannot join"). A claim there is inverted."""
        spans = []
        excluding = False
        for start, end, bullet in self.lines:
            if not bullet:
                excluding = bool(_EXCLUSION_CUE_RE.search(self.lower, start, end))
                cue = _EXCLUSION_INLINE_RE.search(self.lower, start, end)
                if cue:
                    spans.append((cue.start(), self.sentence_at(cue.start())[1]))
                for cue in _EXCLUDED_SUBJECT_RE.finditer(self.lower, start, end):
                    a = self.sentence_at(cue.start())[0]
                    if _PEOPLE_FIRST_RE.match(self.lower, a, cue.start()):
                        spans.append((a, cue.start()))
            elif excluding:
                spans.append((start, end))
        return spans

    def excluded(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.exclusion_spans)

    @cached_property
    def quoted_spans(self) -> list[tuple[int, int]]:
        """List items and strings in quotation marks copied word for word from the record's
        own text (criteria, mostly: a list's "- Age 45-70", a JSON array's "Age 45 - 70")."""
        spans = []
        flat = self.facts.flat
        for start, end, bullet in self.lines:
            if not bullet:
                continue
            item = _BULLET_RE.sub("", self.lower[start:end]).strip().rstrip(".;,")
            # An explanation added in brackets ("consent (agreeing to ...)") is not the record's.
            bare = _BRACKETS_RE.sub("", item).strip().rstrip(".;,")
            if any(len(x) >= 16 and " ".join(x.split()) in flat for x in (item, bare)):
                spans.append((start, end))
        if '"' in self.norm:
            for match in _QUOTED_RE.finditer(self.lower):
                said = " ".join(match.group(1).split()).rstrip(".;,")
                if len(said) >= 16 and said in flat:
                    spans.append(match.span())
        return spans

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        starts, ends = self._sentence_bounds
        return [(a, b) for a, b in zip(starts, ends, strict=True) if self.norm[a:b].strip()]


class Rule:
    """A pattern and the words at least one of which any match must contain.

    ``re`` tries every alternative at every position, so a large alternation costs
    about a millisecond on a summary. A rule runs only in windows around its key
    words (found once per summary), and not at all when none is there.
    """

    MARGIN = 120  # no match reaches further than this from its key word

    def __init__(self, pattern: str, keys: str, flags: int = 0) -> None:
        self.regex = compile_skipping(pattern, flags)
        _SKIPPING[self.regex] = self.regex
        self.keys = frozenset(keys.split())

    def active(self, ctx: Context) -> bool:
        return not self.keys.isdisjoint(ctx.words)

    def key_positions(self, ctx: Context) -> list[int]:
        """Where the summary's key words start, in order."""
        return key_positions(ctx, self.keys)

    def finditer(self, ctx: Context, text: str | None = None) -> Iterator[re.Match[str]]:
        if self.keys.isdisjoint(ctx.words):
            return
        yield from find_near(self.regex, self.keys, ctx, ctx.masked if text is None else text)


def key_positions(ctx: Context, keys: frozenset[str]) -> list[int]:
    """Where the summary's words among ``keys`` start, in order."""
    index = ctx.word_index
    present = keys & index.keys()
    if len(present) == 1:
        return index[next(iter(present))][:]  # built in text order
    return sorted(p for key in present for p in index[key])


# Every pattern find_near runs, as ``compile_skipping`` compiles it: the same matches,
# found sooner. Patterns compiled plainly elsewhere are recompiled once, on first use.
_SKIPPING: dict[re.Pattern[str], re.Pattern[str]] = {}


def _skipping(regex: re.Pattern[str]) -> re.Pattern[str]:
    fast = _SKIPPING.get(regex)
    if fast is None:
        fast = _SKIPPING[regex] = compile_skipping(regex.pattern, regex.flags)
    return fast


def find_near(
    regex: re.Pattern[str], keys: frozenset[str], ctx: Context, text: str
) -> Iterator[re.Match[str]]:
    """``regex``'s matches in ``text`` within ``Rule.MARGIN`` of a key word: each of its
    matches holds one, and no match reaches further from it."""
    positions = key_positions(ctx, keys)
    if not positions:
        return
    regex = _skipping(regex)
    margin = Rule.MARGIN
    # Windows are merged when they touch (key words at most two margins apart), so no
    # match is found twice.
    first = last = positions[0]
    for pos in positions:
        if pos - last > 2 * margin:
            yield from regex.finditer(text, max(0, first - margin), min(len(text), last + margin))
            first = pos
        last = pos
    yield from regex.finditer(text, max(0, first - margin), min(len(text), last + margin))


CheckFn = Callable[[Context], Iterable[Finding]]
CHECKS: list[CheckFn] = []


def check(fn: CheckFn) -> CheckFn:
    CHECKS.append(fn)
    return fn


# Checks that read a summary by what it asserts rather than by its wording. They run after
# CHECKS and report only in sentences where those found no error, so an editor never sees
# the same claim twice.
BACKSTOPS: list[CheckFn] = []


def backstop(fn: CheckFn) -> CheckFn:
    BACKSTOPS.append(fn)
    return fn


def error(code: str, field: str | None, message: str, span: tuple[int, int] | None) -> Finding:
    return Finding(code=code, severity="error", field=field, message=message, span=span)


def warning(code: str, field: str | None, message: str, span: tuple[int, int] | None) -> Finding:
    return Finding(code=code, severity="warning", field=field, message=message, span=span)


# Findings about structured fields that a verbatim quote of the record can trigger when the
# record disagrees with itself ("Age 45-70" in criteria, 40 to 70 in the age fields).
FIELD_CODES = ("age.", "sex.", "status.", "phase.", "date.", "enrollment.", "study_type.",
               "design.", "nct_id.", "condition.", "location.")  # fmt: skip


def _quoted_to_warning(ctx: Context, finding: Finding) -> Finding:
    if finding.severity != "error" or not finding.code.startswith(FIELD_CODES) or not finding.span:
        return finding
    start = finding.span[0]
    if not any(a <= start < b for a, b in ctx.quoted_spans):
        return finding
    return warning(
        "record.inconsistent",
        finding.field,
        "Quoted from the record's own text, which disagrees with its fields: " + finding.message,
        finding.span,
    )


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether [start, end) shares a character with any of ``spans``."""
    return any(a < end and start < b for a, b in spans)


def _backstop_findings(ctx: Context, found: list[Finding]) -> Iterator[Finding]:
    flagged = [ctx.sentence_at(*f.span) for f in found if f.severity == "error" and f.span]
    for fn in BACKSTOPS:
        for finding in fn(ctx):
            if finding.span and overlaps(*ctx.sentence_at(*finding.span), flagged):
                continue
            yield finding


class Checker:
    """Checks many summaries of one trial; the record is analysed once, here."""

    def __init__(self, trial: Trial) -> None:
        self.trial = trial
        self.facts = RecordFacts(trial)

    def check(self, text: str) -> CheckReport:
        """Run every check on ``text`` (the rendered summary) against the trial."""
        ctx = Context(trial=self.trial, text=text, facts=self.facts, readability=measure(text))
        findings: list[Finding] = []
        for fn in CHECKS:
            findings.extend(fn(ctx))
        if BACKSTOPS:
            findings.extend(_backstop_findings(ctx, findings))
        if any(f.severity == "error" and f.code.startswith(FIELD_CODES) for f in findings):
            findings = [_quoted_to_warning(ctx, f) for f in findings]
        findings.sort(key=lambda f: (f.span or (len(text), 0), f.code))
        assert ctx.readability is not None
        return CheckReport(
            flagged=any(f.severity == "error" for f in findings),
            findings=findings,
            readability=ctx.readability.as_dict(),
        )


# The builtin writer and the pipeline check several texts against the same Trial
# object in a row; analysing the record dominates the cost of a check, so keep the
# last few. An entry is reused only for the same object with the same field values
# (a field reassigned in place makes a new entry); mutating a list inside a Trial
# after checking it is not detected, so treat a checked Trial as frozen.
_RECENT: OrderedDict[int, tuple[Trial, dict[str, object], Checker]] = OrderedDict()
_RECENT_SIZE = 16


def checker_for(trial: Trial) -> Checker:
    """The cached :class:`Checker` for ``trial``."""
    key = id(trial)
    entry = _RECENT.get(key)
    if entry is not None and entry[0] is trial and entry[1] == trial.__dict__:
        _RECENT.move_to_end(key)
        return entry[2]
    checker = Checker(trial)
    _RECENT[key] = (trial, dict(trial.__dict__), checker)
    if len(_RECENT) > _RECENT_SIZE:
        _RECENT.popitem(last=False)
    return checker


def run_checks(trial: Trial, text: str) -> CheckReport:
    """Run every check on ``text`` (the rendered summary) against ``trial``."""
    return checker_for(trial).check(text)
