"""Bad and huge input: mutated real records give a record or a clear error, never a traceback.

The parsers' own property tests (tests/test_parse.py) put arbitrary values into
one study and arbitrary text into one XML record. These tests start from every
real record in ``fixtures/`` and damage it the way files and transfers get
damaged: cut short, bytes flipped, invalid UTF-8 spliced in, keys deleted,
duplicated or given values of the wrong type, XML elements dropped, renamed or
duplicated, a tag token deleted, page lines dropped or shuffled. Each mutant
goes through :func:`parse_file` and through ``summarizer summarize``: either
records come out (and are stored), or an :class:`InputError` names the file, the
CLI exits 2 with ``Error: <path>: …`` and nothing is stored.

Huge records (5,000 sites; 1 MB of eligibility text) are summarized in a fresh
interpreter whose peak resident memory is measured, so the bound covers every
allocation (tracemalloc sees only Python's, and slows the checks several-fold).

Example counts scale with ``SUMMARIZER_FUZZ_EXAMPLES`` (default 400 for the
parser, a tenth of that through the CLI); docs/reliability.md gives the soak command.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.cli import cli
from summarizer.errors import InputError, SummarizerError
from summarizer.parse import parse_file, parse_text
from summarizer.records import Trial
from summarizer.store import Store
from tests.support import FIXTURES, ROOT, fixture_files

FILES = fixture_files()
ORIGINAL: dict[str, bytes] = {path.name: path.read_bytes() for path in FILES}
FUZZ_EXAMPLES = int(os.environ.get("SUMMARIZER_FUZZ_EXAMPLES", "400"))
CLI_EXAMPLES = max(20, FUZZ_EXAMPLES // 10)
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CLI_FUZZ = settings(FUZZ, max_examples=CLI_EXAMPLES)

# --------------------------------------------------------------------------- mutations

# Bytes that break a decoder or a grammar when spliced in anywhere.
SPLICES = [
    b"\xff",  # never valid in UTF-8
    b"\xc3\x28",  # a lead byte without its continuation
    b"\xed\xa0\x80",  # an encoded surrogate
    b"\xf4\x90\x80\x80",  # above U+10FFFF
    b"\xc0\xaf",  # an overlong "/"
    b"\xef\xbb\xbf",  # a byte order mark in mid-text
    b"\x00",
    b"\r",
    b"\n\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b",",
    b":",
    b"\\",
    # A JSON escape for NUL; a lone-surrogate escape is test_lone_surrogate_escape_…
    b"\\u0000",
    b"NaN",
    b"-Infinity",
    b"1e999",
    b"<",
    b">",
    b"</",
    b"&",
    b"&#0;",
    b"&nosuchentity;",
    b"]]>",
    b"<!--",
    b"<!DOCTYPE x>",
    b"NCT99999999",
    b"Status ",
    b"Min Age 200 Years\n",
]
# Values of the wrong type for wherever they land (the registry's own values included).
ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**70,
    1.5,
    1e308,
    "",
    " ",
    "x",
    "N/A",
    "NCT00000000",
    "18 Years",
    "2021-13-45",
    "\u0000",
    "\u202e\u200b",
    [],
    {},
    [None],
    {"": None},
    [[[]]],
]
ODD_KEYS = ["", " ", "protocolSection", "studies", "nctId", "locations", "x" * 300]


class Pairs(list[tuple[str, Any]]):
    """A JSON object written as pairs, so it can hold one key twice."""


def dump_json(node: Any) -> str:
    """JSON text that may repeat keys (``Pairs``); everything else as json.dumps does."""
    if isinstance(node, Pairs):
        return "{" + ",".join(f"{json.dumps(k)}:{dump_json(v)}" for k, v in node) + "}"
    if isinstance(node, dict):
        return dump_json(Pairs(node.items()))
    if isinstance(node, list):
        return "[" + ",".join(dump_json(v) for v in node) + "]"
    return json.dumps(node, ensure_ascii=False)


def json_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key and index path, looking at the first three items of each list."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            found += json_paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node[:3]):
            found += json_paths(child, (*prefix, index))
    return found


def mutate_json(data: st.DataObject, text: str) -> str:
    document = json.loads(text)
    path = data.draw(st.sampled_from(json_paths(document)), label="path")
    parent: Any = document
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    op = data.draw(st.sampled_from(["delete", "duplicate", "retype", "rename"]), label="json op")
    if op == "delete":
        del parent[key]
    elif op == "retype":
        parent[key] = data.draw(st.sampled_from(ODD_VALUES), label="value")
    elif isinstance(parent, list):
        parent.insert(key, copy.deepcopy(parent[key]))
    elif op == "duplicate":
        # The same key twice: JSON parsers keep the last one.
        value = data.draw(st.sampled_from(ODD_VALUES), label="value")
        pairs = Pairs(parent.items())
        pairs.insert(data.draw(st.integers(0, len(pairs)), label="at"), (key, value))
        grandparent: Any = document
        for step in path[:-2]:
            grandparent = grandparent[step]
        if len(path) == 1:
            return dump_json(pairs)
        grandparent[path[-2]] = pairs
    else:
        new_key = data.draw(st.sampled_from([*ODD_KEYS, key.upper()]), label="new key")
        parent[new_key] = parent.pop(key)
    return dump_json(document)


TAG_TOKEN_RE = re.compile(r"<[^<>]*>")


def mutate_xml(data: st.DataObject, text: str) -> str:
    op = data.draw(
        st.sampled_from(["delete", "duplicate", "text", "retag", "empty", "drop tag token"]),
        label="xml op",
    )
    if op == "drop tag token":
        tokens = list(TAG_TOKEN_RE.finditer(text))
        if not tokens:
            raise ValueError("no tag left to drop")
        token = data.draw(st.sampled_from(tokens), label="token")
        return text[: token.start()] + text[token.end() :]
    root = ET.fromstring(text)
    parents = {child: parent for parent in root.iter() for child in parent}
    if not parents:
        raise ValueError("no element below the root")
    element = data.draw(st.sampled_from(list(parents)), label="element")
    parent = parents[element]
    if op == "delete":
        parent.remove(element)
    elif op == "duplicate":
        parent.insert(list(parent).index(element), copy.deepcopy(element))
    elif op == "text":
        element.text = data.draw(
            st.one_of(st.sampled_from([str(v) for v in ODD_VALUES]), st.text(max_size=30)),
            label="text",
        )
    elif op == "retag":
        element.tag = data.draw(st.sampled_from(sorted({e.tag for e in root.iter()})), label="tag")
    else:
        element.clear()
    return ET.tostring(root, encoding="unicode")


def mutate_page(data: st.DataObject, text: str) -> str:
    lines = text.splitlines()
    index = data.draw(st.integers(0, len(lines) - 1), label="line")
    op = data.draw(
        st.sampled_from(["delete", "duplicate", "swap", "relabel", "insert"]), label="page op"
    )
    if op == "delete":
        del lines[index]
    elif op == "duplicate":
        lines.insert(index, lines[index])
    elif op == "swap":
        other = data.draw(st.integers(0, len(lines) - 1), label="other line")
        lines[index], lines[other] = lines[other], lines[index]
    elif op == "relabel":
        label = lines[index].split(" ")[0]
        lines[index] = f"{label} {data.draw(st.text(max_size=20), label='value')}"
    else:
        lines.insert(index, data.draw(st.text(max_size=40), label="new line"))
    return "\n".join(lines)


def mutate_bytes(data: st.DataObject, raw: bytes) -> bytes:
    size = len(raw)
    op = data.draw(
        st.sampled_from(["truncate", "delete", "duplicate", "flip", "splice"]), label="byte op"
    )
    at = data.draw(st.integers(0, size), label="offset")
    if op == "truncate":
        return raw[: max(at, 1)]  # cut to nothing is "empty input", already common enough
    if op == "delete":
        return raw[:at] + raw[at + data.draw(st.integers(1, 64), label="length") :]
    if op == "duplicate":
        piece = raw[at : at + data.draw(st.integers(1, 256), label="length")]
        where = data.draw(st.integers(0, size), label="to")
        return raw[:where] + piece + raw[where:]
    if op == "flip":
        return raw[:at] + bytes([data.draw(st.integers(0, 255), label="byte")]) + raw[at + 1 :]
    return raw[:at] + data.draw(st.sampled_from(SPLICES), label="splice") + raw[at:]


BY_FORMAT = {
    suffix: sorted(name for name in ORIGINAL if name.endswith(suffix))
    for suffix in (".json", ".xml", ".txt")
}
# There is one page-text fixture among 140; give it a fair share of the examples.
KINDS = [".json", ".json", ".xml", ".xml", ".txt"]


def mutant(data: st.DataObject) -> tuple[str, bytes]:
    """A real fixture with one to three mutations: structural for its format, or bytes."""
    kind = data.draw(st.sampled_from(KINDS), label="format")
    name = data.draw(st.sampled_from(BY_FORMAT[kind]), label="fixture")
    raw = ORIGINAL[name]
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        structural = data.draw(st.booleans(), label="structural")
        try:
            text = raw.decode("utf-8")
            if structural and name.endswith(".json"):
                raw = mutate_json(data, text).encode("utf-8", "surrogatepass")
                continue
            if structural and name.endswith(".xml"):
                raw = mutate_xml(data, text).encode("utf-8")
                continue
            if structural and name.endswith(".txt") and text.strip():
                raw = mutate_page(data, text).encode("utf-8")
                continue
        except (UnicodeDecodeError, ValueError, ET.ParseError):
            pass  # an earlier mutation broke the format: damage the bytes instead
        raw = mutate_bytes(data, raw)
    return name, raw


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Module-scoped: hypothesis runs many examples per test, a function-scoped
    # tmp_path would be shared by all of them anyway.
    return tmp_path_factory.mktemp("mutants")


def write(directory: Path, name: str, raw: bytes) -> Path:
    handle, path = tempfile.mkstemp(dir=directory, prefix="mutant-", suffix=Path(name).suffix)
    with os.fdopen(handle, "wb") as out:
        out.write(raw)
    return Path(path)


def assert_clear(error: InputError, path: Path) -> None:
    message = str(error)
    assert message.startswith(f"{path}: "), message
    assert error.message.strip(), message
    assert "Traceback" not in message


# --------------------------------------------------------------------------- the parsers


@FUZZ
@given(data=st.data())
def test_a_mutated_real_record_parses_or_is_a_clear_input_error(
    data: st.DataObject, scratch: Path
) -> None:
    name, raw = mutant(data)
    path = write(scratch, name, raw)
    try:
        records = parse_file(path)
    except InputError as exc:
        assert_clear(exc, path)
    else:
        assert all(isinstance(record.trial, Trial) for record in records)
        assert all(re.fullmatch(r"NCT\d{8}", record.trial.nct_id) for record in records)
    finally:
        path.unlink()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_real_record_cut_in_half_is_a_clear_input_error(path: Path, tmp_path: Path) -> None:
    raw = path.read_bytes()
    cut = tmp_path / path.name
    cut.write_bytes(raw[: len(raw) // 2])

    if path.suffix == ".txt":
        # Half a page still has its labelled lines: a record, or an error naming the file.
        try:
            assert parse_file(cut)
        except InputError as exc:
            assert_clear(exc, cut)
        return
    with pytest.raises(InputError) as caught:
        parse_file(cut)
    assert_clear(caught.value, cut)
    expected = "invalid JSON: " if path.suffix == ".json" else "invalid XML: "
    assert caught.value.message.startswith(expected)


# --------------------------------------------------------------------------- the CLI


def stored(db: Path) -> tuple[int, int]:
    with Store.open(db) as store:
        records = store.db.execute("SELECT COUNT(*) AS n FROM records").fetchone()["n"]
        versions = store.db.execute("SELECT COUNT(*) AS n FROM summaries").fetchone()["n"]
    return int(records), int(versions)


@CLI_FUZZ
@given(data=st.data())
def test_summarize_on_a_mutated_record_stores_it_or_exits_2_storing_nothing(
    data: st.DataObject, scratch: Path
) -> None:
    name, raw = mutant(data)
    with tempfile.TemporaryDirectory(dir=scratch) as directory:
        path = write(Path(directory), name, raw)
        db = Path(directory) / "s.db"
        result = CliRunner().invoke(cli, ["summarize", str(path), "--db", str(db)])

        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert "Traceback" not in result.output
        try:
            expected = {record.trial.nct_id for record in parse_file(path)}
        except InputError as exc:
            assert result.exit_code == 2, result.output
            assert result.stderr == f"Error: {exc}\n"
            assert stored(db) == (0, 0)
        else:
            assert result.exit_code == 0, result.output
            # Studies sharing an NCT id (a duplicated study) are one record, one version.
            assert stored(db) == (len(expected), len(expected))


# --------------------------------------------------------------------------- known gaps


def test_lone_surrogate_escape_in_v2_json_is_an_input_error(tmp_path: Path) -> None:
    study = json.loads(ORIGINAL["NCT00000410.json"])
    study["protocolSection"]["identificationModule"]["briefTitle"] = "Broken \ud800 title"
    path = tmp_path / "NCT00000410.json"
    path.write_text(json.dumps(study), encoding="ascii")  # the escape, not the character

    result = CliRunner().invoke(cli, ["summarize", str(path), "--db", str(tmp_path / "s.db")])

    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}: ")


def test_a_nul_escape_in_a_record_is_stored_or_refused_never_a_driver_error(
    store_url: str, request: pytest.FixtureRequest
) -> None:
    from summarizer.pipeline import summarize_trial
    from summarizer.prompts import load_prompt
    from summarizer.writers.builtin import BuiltinWriter

    study = json.loads(ORIGINAL["NCT00000410.json"])
    study["protocolSection"]["identificationModule"]["briefTitle"] = "Title\u0000 with a NUL"
    try:
        record = parse_text(json.dumps(study))[0]
    except InputError:
        return  # refused by the parser: fine on every engine

    with Store.open(store_url) as store:
        try:
            outcome = summarize_trial(
                store, record.trial, record.raw, writer=BuiltinWriter(), prompt=load_prompt()
            )
        except SummarizerError:
            return  # refused by the store, with our own error: fine
        assert outcome.action == "created"
        assert store.get_trial("NCT00000410").brief_title == "Title\u0000 with a NUL"


# --------------------------------------------------------------------------- huge records

MEMORY_BOUND_MB = 100
PROMPT_BOUND_CHARS = 20_000
COUNTRIES = ["United States", "Canada", "France", "Germany", "Japan", "Brazil", "India", "Spain"]
BASE_STUDY = "NCT02552212.json"  # a real v2 study with 105 sites and markdown criteria


def _huge(kind: str) -> str:
    study = json.loads(ORIGINAL[BASE_STUDY])
    protocol = study["protocolSection"]
    if kind == "5000-locations":
        protocol["contactsLocationsModule"]["locations"] = [
            {
                "facility": f"Research Site {i}",
                "city": f"City {i}",
                "country": COUNTRIES[i % len(COUNTRIES)],
                "geoPoint": {"lat": 40.0, "lon": -75.0},
            }
            for i in range(5000)
        ]
    elif kind == "1MB-one-criterion":
        protocol["eligibilityModule"]["eligibilityCriteria"] = (
            "Inclusion Criteria:\n\n* " + "Adults with a confirmed diagnosis. " * 30_000
        )
    elif kind == "1MB-of-criteria":
        # The record says 18 and over; every criterion disagrees, so none may be quoted.
        line = "* Adults aged 18 to 65 years with a confirmed diagnosis for 12 weeks\n"
        protocol["eligibilityModule"]["eligibilityCriteria"] = "Inclusion Criteria:\n\n" + line * (
            1_000_000 // len(line)
        )
    else:
        raise ValueError(kind)
    return json.dumps(study)


def _max_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes / kilobytes


def measure_pipeline(path: str, db: str, backend: str) -> None:
    """Run in a fresh interpreter: parse → render → write → check → store; print figures.

    A small real record goes through first, so lazy loads (the pronouncing
    dictionary, the prompt template, the migrations) are in the baseline and the
    figure is what one huge record adds.
    """
    from summarizer.parse import parse_file
    from summarizer.pipeline import summarize_trial
    from summarizer.prompts import load_prompt
    from summarizer.store import Store
    from summarizer.writers import Writer
    from summarizer.writers.builtin import BuiltinWriter
    from summarizer.writers.openai import OpenAIWriter
    from tests.fake_openai import fake_openai_server

    prompt = load_prompt()
    with fake_openai_server() as server, Store.open(db) as store:
        writer: Writer = (
            OpenAIWriter("fake-model", base_url=server.base_url, api_key="test")
            if backend == "openai"
            else BuiltinWriter()
        )
        warm = parse_file(FIXTURES / "v2" / "NCT00000410.json")[0]
        summarize_trial(store, warm.trial, warm.raw, writer=writer, prompt=prompt)
        baseline = _max_rss_mb()
        record = parse_file(path)[0]
        rendered = prompt.render(record.trial)
        outcome = summarize_trial(store, record.trial, record.raw, writer=writer, prompt=prompt)
        peak = _max_rss_mb()
        writer.close()
        request = json.dumps(server.requests[-1]) if backend == "openai" else ""
    print(
        json.dumps(
            {
                "action": outcome.action,
                "error": outcome.error,
                "location_count": record.trial.location_count,
                "criteria": len(record.trial.inclusion_criteria),
                "prompt_chars": len(rendered.system) + len(rendered.user),
                "request_chars": len(request),
                "growth_mb": peak - baseline,
                "peak_mb": peak,
            }
        )
    )


def run_measured(tmp_path: Path, kind: str, backend: str) -> dict[str, Any]:
    path = tmp_path / f"{kind}.json"
    path.write_text(_huge(kind), encoding="utf-8")
    code = (
        "import sys; from tests.test_reliability_input import measure_pipeline; "
        "measure_pipeline(*sys.argv[1:])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(tmp_path / "huge.db"), backend],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return figures


@pytest.mark.parametrize(
    ("kind", "backend"),
    [
        ("5000-locations", "builtin"),
        ("1MB-one-criterion", "builtin"),
        # The builtin writer is test_builtin_writer_checks_a_bounded_number_of_…
        ("1MB-of-criteria", "openai"),
    ],
)
def test_a_huge_record_is_summarized_within_the_memory_bound(
    kind: str, backend: str, tmp_path: Path
) -> None:
    figures = run_measured(tmp_path, kind, backend)

    assert figures["action"] == "created", figures["error"]
    assert figures["prompt_chars"] < PROMPT_BOUND_CHARS
    if backend == "openai":
        # What goes over the wire: the prompt plus the JSON schema, not the record.
        assert figures["request_chars"] < PROMPT_BOUND_CHARS + 5_000
    if kind == "5000-locations":
        assert figures["location_count"] == 5000
    if kind == "1MB-of-criteria":
        assert figures["criteria"] > 12_000
    assert figures["growth_mb"] < MEMORY_BOUND_MB, figures


@pytest.fixture
def counted_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Count the builtin writer's check runs; stop it once it passes the bound."""
    from summarizer.checks import run_checks as real

    calls: list[int] = []

    def run_checks(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) > BUILTIN_CHECK_RUNS_BOUND:
            raise RuntimeError(f"more than {BUILTIN_CHECK_RUNS_BOUND} check runs")
        return real(*args, **kwargs)

    monkeypatch.setattr("summarizer.writers.builtin.run_checks", run_checks)
    yield calls


# The builtin writer checks each criterion it might quote. A bounded number of
# candidates keeps a record with thousands of criteria cheap: the full checks take
# about 5 ms a run on such a record, so 14,000 candidates are over a minute.
BUILTIN_CHECK_RUNS_BOUND = 50


def test_builtin_writer_checks_a_bounded_number_of_candidate_criteria(
    counted_checks: list[int],
) -> None:
    from summarizer.writers.builtin import compose

    # 80 kB is enough: the bound is on check runs, which grow with the number of criteria.
    study = json.loads(_huge("1MB-of-criteria"))
    eligibility = study["protocolSection"]["eligibilityModule"]
    eligibility["eligibilityCriteria"] = "\n".join(
        eligibility["eligibilityCriteria"].split("\n")[:1002]
    )
    trial = parse_text(json.dumps(study))[0].trial
    assert len(trial.inclusion_criteria) == 1000

    compose(trial)

    assert len(counted_checks) <= BUILTIN_CHECK_RUNS_BOUND
