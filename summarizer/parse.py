"""Read ClinicalTrials.gov records in any of three formats into :class:`Trial`.

Supported inputs, detected from the text itself (never from a file name):

* ``ctgov-v2-json``: API v2 JSON. A single study object (``{"protocolSection": ...}``),
  an API page (``{"studies": [...], "nextPageToken": ...}``) or a website download
  (a bare JSON array of studies).
* ``ctgov-legacy-xml``: the retired ``<clinical_study>`` XML.
* ``page-text``: a trial web page saved as text, with labelled lines such as
  ``Status Recruiting`` and ``Min Age 18 Years``.

Whatever the format, values are mapped onto the API v2 vocabulary described in
:mod:`summarizer.records`. Every failure is an :class:`~summarizer.errors.InputError`:
``UnsupportedFormat`` when the text is not a record we can read at all, ``RecordError``
when a record is readable but one of its fields is missing or invalid. Both name the
source and, where there is one, the offending field, written as the path in the
source format (``protocolSection.designModule.phases``, ``eligibility/minimum_age``)
or, for problems caught by the model, as the :class:`Trial` field (``nct_id``).

The parser is a single linear pass over each record: batches run to 550k records and
single studies list more than 1,000 locations.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any, cast

from pydantic import ValidationError

from summarizer.errors import RecordError, UnsupportedFormat
from summarizer.records import DateType, Phase, Sex, Status, StudyType, Trial, canonical_json

__all__ = [
    "ParsedRecord",
    "detect_format",
    "iter_files",
    "parse_file",
    "parse_text",
    "parse_trial",
]

V2_JSON = "ctgov-v2-json"
LEGACY_XML = "ctgov-legacy-xml"
PAGE_TEXT = "page-text"

FILE_SUFFIXES = frozenset({".json", ".xml", ".txt"})


@dataclass(frozen=True)
class ParsedRecord:
    """One record read from an input, with the text it came from."""

    trial: Trial
    # For v2 JSON this is the canonical JSON of the one study object, whatever wrapper
    # it arrived in, so that its content hash does not depend on the page it came on.
    # For XML and page text it is the whole input text.
    raw: str
    format: str


class _FieldProblem(Exception):
    """A bad field inside one record; parse_text turns it into a RecordError."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# --------------------------------------------------------------------------- public API


def detect_format(text: str) -> str:
    """Return the format name of ``text``, or raise :class:`UnsupportedFormat`."""
    return _sniff(text, "<text>")[0]


def parse_text(text: str, *, source: str = "<text>") -> list[ParsedRecord]:
    """Parse every record in ``text``; ``source`` names the input in error messages.

    Strict: the first bad record raises its RecordError. Use :func:`parse_each`
    to keep the good studies of an API page that holds a bad one.
    """
    records = parse_each(text, source=source)
    for item in records:
        if isinstance(item, RecordError):
            raise item
    return cast(list[ParsedRecord], records)


def parse_each(text: str, *, source: str = "<text>") -> list[ParsedRecord | RecordError]:
    """Parse every record in ``text``, returning each bad record's error in its place.

    An API page holds up to 1,000 studies: one study with a bad field must not
    cost the other 999. Input that is not a readable page at all (wrong format,
    broken JSON) still raises, because there is nothing to keep.
    """
    fmt, payload = _sniff(text, source)
    if fmt == V2_JSON:
        return [
            _guarded_each(source, fmt, _study_nct_id(study), partial(_v2_record, study, path))
            for path, study in _v2_studies(payload, source)
        ]
    if fmt == LEGACY_XML:
        root: ET.Element = payload
        nct_id = _clean(root.findtext("id_info/nct_id"))
        return [_guarded_each(source, fmt, nct_id, partial(_legacy_record, root, text))]
    return [_guarded_each(source, fmt, None, partial(_page_record, text))]


def parse_file(path: str | Path) -> list[ParsedRecord]:
    """Parse every record in the UTF-8 file at ``path`` (a leading BOM is allowed).

    OS errors such as a missing file propagate unchanged; everything wrong with the
    content raises an InputError whose source is ``path`` as given.
    """
    return parse_text(_read_text(path), source=str(path))


def parse_file_each(path: str | Path) -> list[ParsedRecord | RecordError]:
    """:func:`parse_each` for the file at ``path``: bad studies come back as errors."""
    return parse_each(_read_text(path), source=str(path))


def _read_text(path: str | Path) -> str:
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormat(
            f"not UTF-8 text (bad byte at offset {exc.start})", source=str(path)
        ) from None


def parse_trial(text: str, *, source: str = "<text>") -> Trial:
    """Parse ``text`` that must hold exactly one record, else raise :class:`RecordError`."""
    records = parse_text(text, source=source)
    if len(records) != 1:
        raise RecordError(f"expected exactly one record, found {len(records)}", source=source)
    return records[0].trial


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield each path; a directory expands recursively to its record files, sorted.

    Record files are ``*.json``, ``*.xml`` and ``*.txt`` (any case). A path given
    explicitly is yielded as is, whatever its suffix, so the parser can report on it.
    """
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix.lower() in FILE_SUFFIXES and p.is_file()
            )
        else:
            yield path


# --------------------------------------------------------------------------- detection

_NCT_RE = re.compile(r"\bNCT\d{8}\b")
_DOCTYPE_RE = re.compile(r"<!DOCTYPE", re.IGNORECASE)


def _sniff(text: str, source: str) -> tuple[str, Any]:
    """Detect the format and return it with the decoded payload, so nothing is parsed twice."""
    if not isinstance(text, str):
        raise UnsupportedFormat(f"expected text, found {type(text).__name__}", source=source)
    body = text.lstrip("\ufeff \t\r\n")
    if not body:
        raise UnsupportedFormat("empty input", source=source)
    if "\x00" in body:
        raise UnsupportedFormat(_NUL_MESSAGE, source=source)
    if body[0] in "{[":
        payload = _load_json(body, source)
        if _SUSPECT_ESCAPE_RE.search(body):
            _reject_unstorable(payload, source)
        return V2_JSON, payload
    if body[0] == "<":
        return LEGACY_XML, _load_xml(body, source)
    if _NCT_RE.search(body) and _page_labels(body) >= 2:
        return PAGE_TEXT, body
    raise UnsupportedFormat(
        "not a ClinicalTrials.gov record: expected v2 JSON, legacy XML or trial page text",
        source=source,
    )


_NUL_MESSAGE = "contains a NUL character, which no text field may hold"
# JSON escapes that decode to a NUL or to half of a surrogate pair. A valid pair
# (an emoji) also matches; the full check below tells them apart, and only runs
# on the rare file that has one.
_SUSPECT_ESCAPE_RE = re.compile(r"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})")


def _reject_unstorable(payload: Any, source: str) -> None:
    """Refuse decoded text that cannot be hashed as UTF-8 or stored in PostgreSQL."""
    stack = [payload]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and "\x00" in value:
            raise UnsupportedFormat(_NUL_MESSAGE, source=source)
    try:
        json.dumps(payload, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise UnsupportedFormat(
            "contains an unpaired UTF-16 surrogate escape (such as \\ud800), which is not text",
            source=source,
        ) from None


def _load_json(body: str, source: str) -> Any:
    try:
        payload = json.loads(body)
    except json.JSONDecodeError as exc:
        raise UnsupportedFormat(
            f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", source=source
        ) from None
    except RecursionError:
        raise UnsupportedFormat("invalid JSON: nested too deeply", source=source) from None
    if isinstance(payload, dict) and ("protocolSection" in payload or "studies" in payload):
        return payload
    # A download with one bad study among good ones is a RecordError for that study;
    # an array with no study in it at all is simply some other JSON.
    if isinstance(payload, list) and (not payload or any(map(_looks_like_study, payload))):
        return payload
    kind = "object" if isinstance(payload, dict) else "array"
    raise UnsupportedFormat(
        f"JSON {kind} is not a ClinicalTrials.gov study, page or list of studies",
        source=source,
    )


def _looks_like_study(value: Any) -> bool:
    return isinstance(value, dict) and "protocolSection" in value


def _load_xml(body: str, source: str) -> ET.Element:
    # Registry XML never carries a DTD; refusing one rules out entity-expansion tricks
    # whatever the expat version underneath.
    if _DOCTYPE_RE.search(body, 0, 4096):
        raise UnsupportedFormat("XML with a DOCTYPE is not accepted", source=source)
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        line, column = exc.position
        raise UnsupportedFormat(
            f"invalid XML: {_parse_error_reason(exc)} (line {line}, column {column + 1})",
            source=source,
        ) from None
    if root.tag != "clinical_study":
        raise UnsupportedFormat(
            f"XML root <{root.tag}> is not a <clinical_study> record", source=source
        )
    return root


def _parse_error_reason(exc: ET.ParseError) -> str:
    # The message ends with ": line L, column C", which we restate 1-based.
    return str(exc).split(": line ")[0]


# --------------------------------------------------------------------------- record building


def _guarded(
    source: str, fmt: str, nct_id: str | None, build: Callable[[], tuple[dict[str, Any], str]]
) -> ParsedRecord:
    """Build one record, turning every failure into a RecordError that names its field."""
    try:
        data, raw = build()
        data["source_format"] = fmt
        trial = Trial.model_validate(data)
    except _FieldProblem as exc:
        raise RecordError(exc.message, source=source, nct_id=nct_id, field=exc.field) from None
    except ValidationError as exc:
        field, message = _first_validation_error(exc)
        raise RecordError(message, source=source, nct_id=nct_id, field=field) from None
    except (KeyError, IndexError, TypeError, AttributeError, ValueError) as exc:
        # The readers check every type they touch; this net keeps a reader bug on one odd
        # record among 550k a RecordError the batch can log, with the cause chained.
        raise RecordError(
            f"unreadable record ({type(exc).__name__}: {exc})", source=source, nct_id=nct_id
        ) from exc
    return ParsedRecord(trial=trial, raw=raw, format=fmt)


def _guarded_each(
    source: str, fmt: str, nct_id: str | None, build: Callable[[], tuple[dict[str, Any], str]]
) -> ParsedRecord | RecordError:
    try:
        return _guarded(source, fmt, nct_id, build)
    except RecordError as exc:
        return exc


def _first_validation_error(exc: ValidationError) -> tuple[str, str]:
    error = exc.errors(include_url=False)[0]
    field = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"]
    ).lstrip(".")
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "missing" or error["input"] is None:
        # The readers pass None for absent source fields, so this is a missing field.
        message = "missing value"
    elif not error["type"].startswith("value_error"):
        message += f", found {_short_repr(error['input'])}"
    return field, message


def _short_repr(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _title(brief: str | None, official: str | None, nct_id: str | None) -> str | None:
    # Trial.brief_title is required, yet withheld or half-entered records can lack it.
    # The official title is the next-best human title; failing that the NCT id is at
    # least a stable label. (The withheld fixture NCT03182660 does carry a placeholder
    # brief title, "[Trial of device that is not approved or cleared by the U.S. FDA]".)
    return brief or official or nct_id


# --------------------------------------------------------------------------- vocabularies


def _key(value: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", value.upper()).strip("_")


@dataclass(frozen=True)
class _Vocabulary:
    """A v2 enumeration plus the legacy display texts that map onto it."""

    name: str
    values: frozenset[str]
    aliases: Mapping[str, str | None]

    def __call__(self, raw: str | None, field: str) -> str | None:
        if raw is None:
            return None
        key = _key(raw)
        if not key:
            return None
        if key in self.values:
            return key
        if key in self.aliases:
            return self.aliases[key]
        raise _FieldProblem(
            field, f"unknown {self.name} {raw!r}; expected one of {', '.join(sorted(self.values))}"
        )


_STATUS = _Vocabulary("status", frozenset(Status), {"UNKNOWN_STATUS": "UNKNOWN"})
_PHASE = _Vocabulary(
    "phase",
    frozenset(Phase),
    {
        "N_A": "NA",
        "PHASE_1": "PHASE1",
        "PHASE_2": "PHASE2",
        "PHASE_3": "PHASE3",
        "PHASE_4": "PHASE4",
        "EARLY_PHASE_1": "EARLY_PHASE1",
        # The registry renamed "Phase 0" to "Early Phase 1"; old records still say it.
        "PHASE_0": "EARLY_PHASE1",
    },
)
_STUDY_TYPE = _Vocabulary(
    "study type",
    frozenset(StudyType),
    # The withheld legacy record says "N/A": there is no study type to report.
    {"OBSERVATIONAL_PATIENT_REGISTRY": "OBSERVATIONAL", "N_A": None, "NA": None},
)
_ALLOCATION = _Vocabulary(
    "allocation", frozenset(["RANDOMIZED", "NON_RANDOMIZED", "NA"]), {"N_A": "NA"}
)
_MASKING = _Vocabulary(
    "masking",
    frozenset(["NONE", "SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"]),
    {"NONE_OPEN_LABEL": "NONE", "OPEN_LABEL": "NONE"},
)
_INTERVENTION_MODEL = _Vocabulary(
    "intervention model",
    frozenset(["SINGLE_GROUP", "PARALLEL", "CROSSOVER", "FACTORIAL", "SEQUENTIAL"]),
    {
        "SINGLE_GROUP_ASSIGNMENT": "SINGLE_GROUP",
        "PARALLEL_ASSIGNMENT": "PARALLEL",
        "CROSSOVER_ASSIGNMENT": "CROSSOVER",
        "FACTORIAL_ASSIGNMENT": "FACTORIAL",
        "SEQUENTIAL_ASSIGNMENT": "SEQUENTIAL",
    },
)
_PRIMARY_PURPOSE = _Vocabulary(
    "primary purpose",
    frozenset(
        [
            "TREATMENT",
            "PREVENTION",
            "DIAGNOSTIC",
            "ECT",
            "SUPPORTIVE_CARE",
            "SCREENING",
            "HEALTH_SERVICES_RESEARCH",
            "BASIC_SCIENCE",
            "DEVICE_FEASIBILITY",
            "OTHER",
        ]
    ),
    {"EDUCATIONAL_COUNSELING_TRAINING": "ECT"},
)
_INTERVENTION_TYPE = _Vocabulary(
    "intervention type",
    frozenset(
        [
            "DRUG",
            "DEVICE",
            "BIOLOGICAL",
            "PROCEDURE",
            "RADIATION",
            "BEHAVIORAL",
            "GENETIC",
            "DIETARY_SUPPLEMENT",
            "COMBINATION_PRODUCT",
            "DIAGNOSTIC_TEST",
            "OTHER",
        ]
    ),
    # Display texts of older records: "Biological/Vaccine", "Procedure/Surgery".
    {"BIOLOGICAL_VACCINE": "BIOLOGICAL", "PROCEDURE_SURGERY": "PROCEDURE"},
)
_ARM_TYPE = _Vocabulary(
    "arm type",
    frozenset(
        [
            "EXPERIMENTAL",
            "ACTIVE_COMPARATOR",
            "PLACEBO_COMPARATOR",
            "SHAM_COMPARATOR",
            "NO_INTERVENTION",
            "OTHER",
        ]
    ),
    {},
)
_SEX = _Vocabulary("sex", frozenset(Sex), {"BOTH": "ALL"})
_DATE_TYPE = _Vocabulary(
    "date type",
    frozenset(DateType),
    {"ANTICIPATED": "ESTIMATED", "ESTIMATE": "ESTIMATED"},
)
_HEALTHY_VOLUNTEERS: Mapping[str, bool] = {
    "ACCEPTS_HEALTHY_VOLUNTEERS": True,
    "YES": True,
    "TRUE": True,
    "NO": False,
    "FALSE": False,
}


def _phases(raw: str | None, field: str) -> list[str]:
    """Legacy and page phases: "Phase 2/Phase 3" is two phases, but "N/A" is one."""
    if raw is None or not raw.strip():
        return []
    if _key(raw) in ("N_A", "NA"):
        return ["NA"]
    return [p for part in raw.split("/") if (p := _PHASE(part, field)) is not None]


def _masking(raw: str | None, field: str) -> str | None:
    # Legacy masking names who is blinded in brackets: "Double (Participant, Investigator)".
    return _MASKING(raw.split("(")[0] if raw else raw, field)


def _healthy_volunteers(raw: str | None, field: str) -> bool | None:
    if raw is None or not raw.strip():
        return None
    try:
        return _HEALTHY_VOLUNTEERS[_key(raw)]
    except KeyError:
        raise _FieldProblem(field, f"unknown healthy volunteers value {raw!r}") from None


# --------------------------------------------------------------------------- ages and dates

_AGE_RE = re.compile(r"^(\d+(?:\.\d+)?)\s*(year|yr|month|week|day|hour|minute)s?$", re.IGNORECASE)
_DAYS_PER_YEAR = 365.25
_YEARS_PER_UNIT = {
    "year": 1.0,
    "yr": 1.0,
    "month": 1 / 12,
    "week": 7 / _DAYS_PER_YEAR,
    "day": 1 / _DAYS_PER_YEAR,
    "hour": 1 / (24 * _DAYS_PER_YEAR),
    "minute": 1 / (24 * 60 * _DAYS_PER_YEAR),
}


def _age(raw: str | None, field: str) -> tuple[str | None, float | None]:
    """An age as written (None for "N/A") and in years, rounded to 4 decimals."""
    text = _clean(raw)
    if text is None or _key(text) in ("N_A", "NA", "NONE"):
        return None, None
    match = _AGE_RE.match(text)
    if match is None:
        raise _FieldProblem(field, f"age {text!r} is not like '18 Years' or '6 Months'")
    years = float(match[1]) * _YEARS_PER_UNIT[match[2].lower()]
    return text, round(years, 4)


_MONTHS = {
    name: number
    for number, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
_LEGACY_DATE_RE = re.compile(r"^([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$")
_ISO_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _legacy_date(raw: str | None, field: str) -> str | None:
    """ "March 2, 2021" -> "2021-03-02" and "May 2018" -> "2018-05": precision is kept."""
    text = _clean(raw)
    if text is None:
        return None
    if _ISO_DATE_RE.match(text):
        return text
    match = _LEGACY_DATE_RE.match(text)
    month = _MONTHS.get(match[1][:3].lower()) if match else None
    if match is None or month is None:
        raise _FieldProblem(field, f"date {text!r} is not like 'March 2, 2021' or 'May 2018'")
    year, day = match[3], match[2]
    return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"


# --------------------------------------------------------------------------- free text

_MD_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SPACE_RE = re.compile(r"\s+")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def _unescape(text: str) -> str:
    r"""Drop markdown backslash escapes: ``\<`` -> ``<``, ``\_`` -> ``_``, ``5\.`` -> ``5.``."""
    return _MD_ESCAPE_RE.sub(r"\1", text) if "\\" in text else text


def _clean(text: str | None) -> str | None:
    """Strip; empty becomes None."""
    if text is None:
        return None
    text = text.strip()
    return text or None


def _squash(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


# A list marker at the start of a line: "* ", "- ", "• ", "1. ", "2) ", "(a) ", "ii. ".
# "1.5 mg", "e.g." and "U.S." must not count: a number's marker needs a space or a
# letter after it ("9.The subjects" occurs), a letter's marker needs a space.
_BULLET_RE = re.compile(
    r"^(?:[*+\-–](?=\s|$)|[•·▪◦●○]|o(?=\s+[A-Z])|\(?\d{1,3}[.)](?=\s|$|[A-Za-z])"
    r"|\(?[a-zA-Z][.)](?=\s|$)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\s|$))\s*"
)


def _reflow(text: str | None) -> str | None:
    """Legacy textblocks are indented and hard-wrapped at ~100 columns: undo both.

    Lines within a paragraph are joined; blank lines stay paragraph breaks. Legacy
    text puts every list item in a paragraph of its own, so lists survive, and a
    wrapped line that happens to start with "- " is rightly joined to the line above.
    """
    if text is None:
        return None
    paragraphs = (_squash(p) for p in _BLANK_LINE_RE.split(text))
    return "\n\n".join(p for p in paragraphs if p) or None


# "Non-inclusion criteria" (a French-protocol habit) are exclusion criteria.
_KIND_RE = re.compile(r"\b(non[-\s]?inclusion|inclusion|exclusion)\b", re.IGNORECASE)
# A heading that is nothing but the heading, typos included ("Inclusion Criteriar:").
_BARE_HEADING_RE = re.compile(
    r"^(?:(?:key|main|major|general|specific|other|additional|study)\s+)?"
    r"(non[-\s]?inclusion|inclusion|exclusion)(?:\s+criteri[a-z]*)?\s*:?$",
    re.IGNORECASE,
)
_HEADING_MAX = 100


def _heading_kind(head: str) -> str | None:
    """ "inclusion" or "exclusion" if ``head`` names exactly one of them."""
    kinds = {
        "exclusion" if m.lower().startswith(("non", "exclu")) else "inclusion"
        for m in _KIND_RE.findall(head)
    }
    return kinds.pop() if len(kinds) == 1 else None


def _split_heading(text: str, bulleted: bool) -> tuple[str | None, str]:
    """Split a block into (heading kind or None, remaining item text).

    A bare heading counts even behind a bullet ("-  INCLUSION CRITERIA:" in legacy
    text). A plain short line that names inclusion or exclusion counts too, as does
    "<heading>: <first item>" on one line; a bulleted sentence that merely mentions
    exclusion criteria stays an item.
    """
    plain = text.strip("*_# ")
    if _BARE_HEADING_RE.match(plain):
        return _heading_kind(plain), ""
    head, colon, rest = plain.partition(":")
    head = head.strip("*_ ")
    if colon and len(head) <= _HEADING_MAX:
        kind = _heading_kind(head)
        if kind and (not bulleted or _BARE_HEADING_RE.match(head)):
            return kind, rest.strip("*_ ")
        return None, text
    if bulleted or len(plain) > _HEADING_MAX or plain.endswith((".", ";", ",")):
        return None, text
    kind = _heading_kind(plain)
    return (kind, "") if kind else (None, text)


def _criteria_blocks(text: str, *, markdown: bool) -> Iterator[tuple[bool, str]]:
    """Group lines into (bulleted, text) blocks.

    A block starts after a blank line, and in markdown also at a list marker or a
    heading; other lines continue the block above (legacy hard wraps, markdown lazy
    continuation). Legacy text separates every item with a blank line, and a wrapped
    line there may well start with "- ". Sub-bullets become blocks of their own.
    """
    current: list[str] = []
    bulleted = False
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("<!--"):
            # "<!-- -->" is how the registry's markdown separates two adjacent lists.
            if current:
                yield bulleted, " ".join(current)
            current = []
            continue
        if current and not (
            markdown and (_BULLET_RE.match(line) or _BARE_HEADING_RE.match(line.strip("*_# ")))
        ):
            current.append(line)
            continue
        if current:
            yield bulleted, " ".join(current)
        marker = _BULLET_RE.match(line)
        bulleted = marker is not None
        current = [line[marker.end() :] if marker else line]
    if current:
        yield bulleted, " ".join(current)


def _split_criteria(text: str | None, *, markdown: bool) -> tuple[list[str], list[str]]:
    """Eligibility text -> (inclusion items, exclusion items).

    Items before any heading, or in text with no headings at all, are inclusion
    criteria: that is how registrants write a plain list of requirements.
    """
    inclusion: list[str] = []
    exclusion: list[str] = []
    if not text:
        return inclusion, exclusion
    target = inclusion
    for bulleted, block in _criteria_blocks(text, markdown=markdown):
        kind, body = _split_heading(block, bulleted)
        if kind is not None:
            target = inclusion if kind == "inclusion" else exclusion
        item = _squash(_unescape(body) if markdown else body)
        # A lone marker left by a sub-list ("*", "-", "1.") is not a criterion.
        if item and not _BULLET_RE.fullmatch(item):
            target.append(item)
    return inclusion, exclusion


# --------------------------------------------------------------------------- v2 JSON


def _v2_studies(payload: Any, source: str) -> list[tuple[str, Any]]:
    """The studies in a v2 payload, each with its path for error messages."""
    if isinstance(payload, list):
        return [(f"[{i}]", study) for i, study in enumerate(payload)]
    if "protocolSection" in payload:
        return [("", payload)]
    studies = payload["studies"]
    if not isinstance(studies, list):
        raise UnsupportedFormat(
            f"'studies' is {_json_type(studies)}, not a list of studies", source=source
        )
    return [(f"studies[{i}]", study) for i, study in enumerate(studies)]


def _study_nct_id(study: Any) -> str | None:
    """The NCT id for error messages, read without trusting the record's shape."""
    try:
        nct_id = study["protocolSection"]["identificationModule"]["nctId"]
    except (KeyError, TypeError, IndexError):
        return None
    return nct_id if isinstance(nct_id, str) else None


_JSON_TYPE_NAMES: dict[type, str] = {dict: "an object", list: "a list", str: "a string"}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


class _Node:
    """A JSON object with its dotted path: typed getters name the path of a bad field."""

    __slots__ = ("data", "path")

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise _FieldProblem(path or "<study>", f"expected an object, found {_json_type(data)}")
        self.data: dict[str, Any] = data
        self.path = path

    def path_of(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def child(self, key: str) -> _Node:
        """A child object; a missing or null one reads as empty."""
        value = self.data.get(key)
        return _Node({} if value is None else value, self.path_of(key))

    def children(self, key: str) -> list[_Node]:
        return [_Node(item, f"{self.path_of(key)}[{i}]") for i, item in enumerate(self.items(key))]

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _FieldProblem(self.path_of(key), f"expected a list, found {_json_type(value)}")
        return value

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise _FieldProblem(self.path_of(key), f"expected a string, found {_json_type(value)}")
        return _clean(value)

    def texts(self, key: str) -> list[str]:
        out = []
        for i, value in enumerate(self.items(key)):
            if not isinstance(value, str):
                field = f"{self.path_of(key)}[{i}]"
                raise _FieldProblem(field, f"expected a string, found {_json_type(value)}")
            if value := value.strip():
                out.append(value)
        return out

    def flag(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is None or isinstance(value, bool):
            return value
        raise _FieldProblem(self.path_of(key), f"expected true or false, found {_json_type(value)}")

    def number(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise _FieldProblem(
            self.path_of(key), f"expected a whole number, found {_short_repr(value)}"
        )

    def enum(self, key: str, vocabulary: _Vocabulary) -> str | None:
        return vocabulary(self.text(key), self.path_of(key))


def _v2_date(module: _Node, key: str) -> tuple[str | None, str | None]:
    struct = module.child(key)
    return struct.text("date"), struct.enum("type", _DATE_TYPE)


def _v2_text(node: _Node, key: str) -> str | None:
    value = node.text(key)
    return _unescape(value) if value else None


def _v2_record(study: Any, path: str) -> tuple[dict[str, Any], str]:
    root = _Node(study, path)
    protocol = root.child("protocolSection")
    ident = protocol.child("identificationModule")
    status = protocol.child("statusModule")
    design = protocol.child("designModule")
    design_info = design.child("designInfo")
    enrollment = design.child("enrollmentInfo")
    eligibility = protocol.child("eligibilityModule")
    arms_module = protocol.child("armsInterventionsModule")
    outcomes = protocol.child("outcomesModule")
    sponsors = protocol.child("sponsorCollaboratorsModule")
    conditions = protocol.child("conditionsModule")
    description = protocol.child("descriptionModule")

    nct_id = ident.text("nctId")
    if nct_id is None:
        raise _FieldProblem(ident.path_of("nctId"), "missing NCT id")
    min_age, min_years = _age(eligibility.text("minimumAge"), eligibility.path_of("minimumAge"))
    max_age, max_years = _age(eligibility.text("maximumAge"), eligibility.path_of("maximumAge"))
    start, start_type = _v2_date(status, "startDateStruct")
    primary, primary_type = _v2_date(status, "primaryCompletionDateStruct")
    completion, completion_type = _v2_date(status, "completionDateStruct")
    inclusion, exclusion = _split_criteria(eligibility.text("eligibilityCriteria"), markdown=True)
    phases_path = design.path_of("phases")
    phases = [_PHASE(p, f"{phases_path}[{i}]") for i, p in enumerate(design.texts("phases"))]
    locations = protocol.child("contactsLocationsModule").children("locations")
    has_results = root.flag("hasResults")

    data: dict[str, Any] = {
        "nct_id": nct_id,
        "brief_title": _title(ident.text("briefTitle"), ident.text("officialTitle"), nct_id),
        "official_title": ident.text("officialTitle"),
        "acronym": ident.text("acronym"),
        "overall_status": status.enum("overallStatus", _STATUS),
        "phases": phases,
        "study_type": design.enum("studyType", _STUDY_TYPE),
        "allocation": design_info.enum("allocation", _ALLOCATION),
        "masking": design_info.child("maskingInfo").enum("masking", _MASKING),
        "intervention_model": design_info.enum("interventionModel", _INTERVENTION_MODEL),
        "primary_purpose": design_info.enum("primaryPurpose", _PRIMARY_PURPOSE),
        "enrollment": enrollment.number("count"),
        "enrollment_type": enrollment.enum("type", _DATE_TYPE),
        "sex": eligibility.enum("sex", _SEX),
        "minimum_age_years": min_years,
        "maximum_age_years": max_years,
        "minimum_age": min_age,
        "maximum_age": max_age,
        "healthy_volunteers": eligibility.flag("healthyVolunteers"),
        "start_date": start,
        "start_date_type": start_type,
        "primary_completion_date": primary,
        "primary_completion_date_type": primary_type,
        "completion_date": completion,
        "completion_date_type": completion_type,
        "last_update_date": status.child("lastUpdatePostDateStruct").text("date"),
        "conditions": conditions.texts("conditions"),
        "keywords": conditions.texts("keywords"),
        "interventions": [
            {
                "type": item.enum("type", _INTERVENTION_TYPE) or "OTHER",
                "name": item.text("name"),
                "description": _v2_text(item, "description"),
                "other_names": item.texts("otherNames"),
                "arm_labels": item.texts("armGroupLabels"),
            }
            for item in arms_module.children("interventions")
        ],
        "arms": [
            {
                "label": arm.text("label"),
                "type": arm.enum("type", _ARM_TYPE),
                "description": _v2_text(arm, "description"),
                "interventions": arm.texts("interventionNames"),
            }
            for arm in arms_module.children("armGroups")
        ],
        "primary_outcomes": _v2_outcomes(outcomes, "primaryOutcomes"),
        "secondary_outcomes": _v2_outcomes(outcomes, "secondaryOutcomes"),
        "lead_sponsor": sponsors.child("leadSponsor").text("name"),
        "collaborators": [
            name for c in sponsors.children("collaborators") if (name := c.text("name"))
        ],
        "brief_summary": _v2_text(description, "briefSummary"),
        "detailed_description": _v2_text(description, "detailedDescription"),
        "inclusion_criteria": inclusion,
        "exclusion_criteria": exclusion,
        "has_results": bool(has_results) or "resultsSection" in root.data,
        "location_count": len(locations),
        "countries": _distinct(loc.text("country") for loc in locations),
    }
    return data, canonical_json(study)


def _v2_outcomes(module: _Node, key: str) -> list[dict[str, Any]]:
    return [
        {"measure": item.text("measure"), "time_frame": item.text("timeFrame")}
        for item in module.children(key)
    ]


def _distinct(values: Iterable[str | None]) -> list[str]:
    """Distinct non-empty values in order of first appearance (linear, for 1,000+ sites)."""
    return list(dict.fromkeys(v for v in values if v))


# --------------------------------------------------------------------------- legacy XML


def _xtext(element: ET.Element, path: str) -> str | None:
    return _clean(element.findtext(path))


def _xtexts(element: ET.Element, path: str) -> list[str]:
    return [text for child in element.iterfind(path) if (text := _clean(child.text))]


def _xdate(root: ET.Element, tag: str) -> tuple[str | None, str | None]:
    element = root.find(tag)
    if element is None:
        return None, None
    return _legacy_date(element.text, tag), _DATE_TYPE(element.get("type"), f"{tag}@type")


def _legacy_record(root: ET.Element, text: str) -> tuple[dict[str, Any], str]:
    nct_id = _xtext(root, "id_info/nct_id")
    if nct_id is None:
        raise _FieldProblem("id_info/nct_id", "missing NCT id")
    min_age, min_years = _age(_xtext(root, "eligibility/minimum_age"), "eligibility/minimum_age")
    max_age, max_years = _age(_xtext(root, "eligibility/maximum_age"), "eligibility/maximum_age")
    start, start_type = _xdate(root, "start_date")
    primary, primary_type = _xdate(root, "primary_completion_date")
    completion, completion_type = _xdate(root, "completion_date")
    enrollment = root.find("enrollment")
    inclusion, exclusion = _split_criteria(
        root.findtext("eligibility/criteria/textblock"), markdown=False
    )
    locations = root.findall("location")
    interventions = [
        _legacy_intervention(element, index)
        for index, element in enumerate(root.iterfind("intervention"))
    ]
    # Records downloaded before 2017 call it <lastchanged_date>.
    last_update_tag = "last_update_posted"
    if root.find(last_update_tag) is None:
        last_update_tag = "lastchanged_date"

    data: dict[str, Any] = {
        "nct_id": nct_id,
        "brief_title": _title(_xtext(root, "brief_title"), _xtext(root, "official_title"), nct_id),
        "official_title": _xtext(root, "official_title"),
        "acronym": _xtext(root, "acronym"),
        "overall_status": _STATUS(_xtext(root, "overall_status"), "overall_status"),
        "phases": _phases(_xtext(root, "phase"), "phase"),
        "study_type": _STUDY_TYPE(_xtext(root, "study_type"), "study_type"),
        "allocation": _ALLOCATION(
            _xtext(root, "study_design_info/allocation"), "study_design_info/allocation"
        ),
        "masking": _masking(_xtext(root, "study_design_info/masking"), "study_design_info/masking"),
        "intervention_model": _INTERVENTION_MODEL(
            _xtext(root, "study_design_info/intervention_model"),
            "study_design_info/intervention_model",
        ),
        "primary_purpose": _PRIMARY_PURPOSE(
            _xtext(root, "study_design_info/primary_purpose"), "study_design_info/primary_purpose"
        ),
        "enrollment": _count(_xtext(root, "enrollment"), "enrollment"),
        "enrollment_type": (
            None if enrollment is None else _DATE_TYPE(enrollment.get("type"), "enrollment@type")
        ),
        "sex": _SEX(_xtext(root, "eligibility/gender"), "eligibility/gender"),
        "minimum_age_years": min_years,
        "maximum_age_years": max_years,
        "minimum_age": min_age,
        "maximum_age": max_age,
        "healthy_volunteers": _healthy_volunteers(
            _xtext(root, "eligibility/healthy_volunteers"), "eligibility/healthy_volunteers"
        ),
        "start_date": start,
        "start_date_type": start_type,
        "primary_completion_date": primary,
        "primary_completion_date_type": primary_type,
        "completion_date": completion,
        "completion_date_type": completion_type,
        "last_update_date": _legacy_date(_xtext(root, last_update_tag), last_update_tag),
        "conditions": _xtexts(root, "condition"),
        "keywords": _xtexts(root, "keyword"),
        "interventions": [intervention for intervention, _ in interventions],
        "arms": _legacy_arms(root, interventions),
        "primary_outcomes": _legacy_outcomes(root, "primary_outcome"),
        "secondary_outcomes": _legacy_outcomes(root, "secondary_outcome"),
        "lead_sponsor": _xtext(root, "sponsors/lead_sponsor/agency"),
        "collaborators": _xtexts(root, "sponsors/collaborator/agency"),
        "brief_summary": _reflow(root.findtext("brief_summary/textblock")),
        "detailed_description": _reflow(root.findtext("detailed_description/textblock")),
        "inclusion_criteria": inclusion,
        "exclusion_criteria": exclusion,
        "has_results": root.find("clinical_results") is not None,
        "location_count": len(locations),
        # <location_countries> also lists countries whose sites are not itemised;
        # <removed_countries> are places the trial no longer runs, so they are left out.
        "countries": _distinct(
            chain(
                (_xtext(loc, "facility/address/country") for loc in locations),
                _xtexts(root, "location_countries/country"),
            )
        ),
    }
    return data, text


def _count(raw: str | None, field: str) -> int | None:
    if raw is None:
        return None
    try:
        return int(raw.replace(",", ""))
    except ValueError:
        raise _FieldProblem(field, f"expected a whole number, found {raw!r}") from None


def _legacy_intervention(element: ET.Element, index: int) -> tuple[dict[str, Any], str]:
    """An intervention, plus its "Type: Name" label as v2 arms list it."""
    field = f"intervention[{index}]/intervention_type"
    type_text = _xtext(element, "intervention_type")
    name = _xtext(element, "intervention_name")
    intervention = {
        "type": _INTERVENTION_TYPE(type_text, field) or "OTHER",
        "name": name,
        "description": _reflow(element.findtext("description")),
        "other_names": _xtexts(element, "other_name"),
        "arm_labels": _xtexts(element, "arm_group_label"),
    }
    return intervention, f"{type_text or 'Other'}: {name}"


def _legacy_arms(
    root: ET.Element, interventions: list[tuple[dict[str, Any], str]]
) -> list[dict[str, Any]]:
    # Legacy arms do not list their interventions; the interventions list their arms.
    # Inverting that gives the same "Drug: Name" labels v2 puts in interventionNames.
    by_arm: dict[str, list[str]] = {}
    for intervention, display_name in interventions:
        for arm_label in intervention["arm_labels"]:
            by_arm.setdefault(arm_label, []).append(display_name)
    arms: list[dict[str, Any]] = []
    for index, element in enumerate(root.iterfind("arm_group")):
        label = _xtext(element, "arm_group_label")
        arms.append(
            {
                "label": label,
                "type": _ARM_TYPE(
                    _xtext(element, "arm_group_type"), f"arm_group[{index}]/arm_group_type"
                ),
                "description": _reflow(element.findtext("description")),
                "interventions": by_arm.get(label or "", []),
            }
        )
    return arms


def _legacy_outcomes(root: ET.Element, tag: str) -> list[dict[str, Any]]:
    return [
        {"measure": _xtext(element, "measure"), "time_frame": _xtext(element, "time_frame")}
        for element in root.iterfind(tag)
    ]


# --------------------------------------------------------------------------- page text

_PAGE_LABEL_RE = re.compile(
    r"^(NCT ID|Status|Phase|Sponsor|Conditions?|Study Type|Enrollment|Sex|Gender|Min Age|"
    r"Max Age|Start Date|Primary Completion(?: Date)?|Completion(?: Date)?)(?:\s+(.*))?$"
)
_PAGE_LABEL_LINE_RE = re.compile(
    r"^(?:Status|Sponsor|Study Type|Enrollment|Min Age|Max Age|Start Date|Sex)\s+\S",
    re.MULTILINE,
)
# Section headings that open free text; labelled lines inside them are prose, not data.
_PAGE_PROSE = frozenset(
    {
        "Brief Summary",
        "Detailed Description",
        "Eligibility Criteria",
        "Eligibility Fast-Check",
        "Related Trials",
    }
)
_PAGE_SECTIONS = _PAGE_PROSE | {"Trial Parameters", "Interventions", "Clinical Trial Summary"}
_TITLE_RE = re.compile(r"^(NCT\d{8})\s+(\S.*)$")
# The page runs intervention names together: "...motor trainingGeneral extension...".
_RUN_TOGETHER_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_INLINE_BULLET_RE = re.compile(r"\s+\*\s+")
_INLINE_HEADING_RE = re.compile(
    r"\s*\b((?:key\s+)?(?:non[-\s]?)?(?:inclusion|exclusion)\s+criteri[a-z]*\s*:)", re.IGNORECASE
)
_LEADING_INT_RE = re.compile(r"^(\d[\d,]*)\b")


def _page_labels(text: str) -> int:
    return len({m.group(0).split()[0] for m in _PAGE_LABEL_LINE_RE.finditer(text)})


def _page_record(text: str) -> tuple[dict[str, Any], str]:
    labels: dict[str, str] = {}
    prose: dict[str, list[str]] = {}
    intervention_lines: list[str] = []
    title: tuple[str, str] | None = None
    section: str | None = None
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if line in _PAGE_SECTIONS:
            section = line
            continue
        if section in _PAGE_PROSE:
            prose.setdefault(section, []).append(line)
        elif section == "Interventions":
            if line:
                intervention_lines.append(line)
            else:
                section = None
        elif match := _PAGE_LABEL_RE.match(line):
            # The page repeats some labels in two blocks; the first non-empty one wins.
            label = match[1].removesuffix(" Date") if match[1] != "Start Date" else match[1]
            if match[2] and label not in labels:
                labels[label] = match[2].strip()
        elif title is None and (found := _TITLE_RE.match(line)):
            title = (found[1], found[2].strip())

    nct_id = labels.get("NCT ID") or (title[0] if title else None)
    if nct_id is None:
        nct_match = _NCT_RE.search(text)
        nct_id = nct_match.group(0) if nct_match else None
    if nct_id is None:
        raise _FieldProblem("NCT ID", "missing NCT id")
    min_age, min_years = _age(labels.get("Min Age"), "Min Age")
    max_age, max_years = _age(labels.get("Max Age"), "Max Age")
    eligibility = _page_prose(prose.get("Eligibility Criteria"))
    if eligibility:
        eligibility = _INLINE_HEADING_RE.sub(r"\n\n\1\n\n", eligibility)
        eligibility = _INLINE_BULLET_RE.sub("\n* ", eligibility)
    inclusion, exclusion = _split_criteria(eligibility, markdown=True)
    summary = _page_prose(prose.get("Brief Summary"))
    description = _page_prose(prose.get("Detailed Description"))
    condition = labels.get("Condition") or labels.get("Conditions")
    enrollment_text = labels.get("Enrollment")
    enrollment = None
    if enrollment_text is not None:
        count = _LEADING_INT_RE.match(enrollment_text)
        if count is None:
            raise _FieldProblem("Enrollment", f"expected a number, found {enrollment_text!r}")
        enrollment = _count(count[1], "Enrollment")

    data: dict[str, Any] = {
        "nct_id": nct_id,
        "brief_title": _title(title[1] if title else None, None, nct_id),
        "overall_status": _STATUS(labels.get("Status"), "Status"),
        "phases": _phases(labels.get("Phase"), "Phase"),
        "study_type": _STUDY_TYPE(labels.get("Study Type"), "Study Type"),
        "enrollment": enrollment,
        "sex": _SEX(labels.get("Sex") or labels.get("Gender"), "Sex"),
        "minimum_age_years": min_years,
        "maximum_age_years": max_years,
        "minimum_age": min_age,
        "maximum_age": max_age,
        "start_date": labels.get("Start Date"),
        "primary_completion_date": labels.get("Primary Completion"),
        "completion_date": labels.get("Completion"),
        # A page lists a trial's conditions on one line, and a single condition may
        # itself contain a comma ("Low Back Pain, Recurrent"), so the line stays whole.
        "conditions": [condition] if condition else [],
        # The page gives no intervention types.
        "interventions": [
            {"type": "OTHER", "name": name.strip()}
            for line in intervention_lines
            for name in _RUN_TOGETHER_RE.split(line)
            if name.strip()
        ],
        "lead_sponsor": labels.get("Sponsor"),
        "brief_summary": _unescape(summary) if summary else None,
        "detailed_description": _unescape(description) if description else None,
        "inclusion_criteria": inclusion,
        "exclusion_criteria": exclusion,
    }
    return data, text


def _page_prose(lines: list[str] | None) -> str | None:
    if not lines:
        return None
    paragraphs = "\n".join(lines).split("\n\n")
    return "\n\n".join(p.strip() for p in paragraphs if p.strip()) or None
