"""Security: SQL stays parameterized under hostile input, and API keys go nowhere.

- Hostile NCT ids, notes and reviewer names go through the CLI (``show``,
  ``review approve/reject``) and the library (``Store.get_version``,
  ``Store.review``) on SQLite and PostgreSQL: lookups end in ``NotFound``,
  notes are stored byte for byte, and every table keeps every row.
- A static test reads the package's source: SQL is never built with ``%`` or
  ``.format``, and every f-string SQL interpolates only what the allowlist
  below names, each with the reason it is not user-controlled.
- One CLI session with ``OPENAI_API_KEY`` set (a good reply, a 401 whose body
  echoes the key, a 500 whose text echoes it) then ``show`` and ``export``: the
  key is in no log record at DEBUG (ours, ``openai``, ``httpx2``), no output,
  no failure reason, and no byte of the SQLite files or the export.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from summarizer.cli import cli
from summarizer.errors import NotFound, SummarizerError
from summarizer.parse import parse_file
from summarizer.pipeline import summarize_trial
from summarizer.prompts import load_prompt
from summarizer.store import Store
from summarizer.writers.builtin import BuiltinWriter, compose
from summarizer.writers.openai import forget_endpoints
from tests.fake_openai import Status, fake_openai_server
from tests.support import FIXTURES, ROOT, SEED_PAGE

RECORD = FIXTURES / "v2" / "NCT00405041.json"
NCT = "NCT00405041"

HOSTILE = [
    pytest.param("' OR 1=1 --", id="or-1-equals-1"),
    pytest.param("NCT00000001'; DROP TABLE summaries; --", id="drop-table"),
    pytest.param('NCT00000001"; DELETE FROM reviews; --', id="double-quote-delete"),
    pytest.param("NCT00405041' UNION SELECT * FROM records --", id="union-select"),
    pytest.param("NCT00405041') OR ('1'='1", id="parenthesis-or"),
    # PostgresDatabase rewrites "?" placeholders to "%s": lookalikes in values must stay data.
    pytest.param("%s %(nct_id)s ? $1 :nct_id {0}", id="placeholder-lookalikes"),
    pytest.param("NCT00405041\\", id="trailing-backslash"),
    pytest.param("ＮＣＴ００４０５０４１", id="fullwidth-digits"),
    pytest.param("NCT00405041\u202e\u200b", id="bidi-override-zero-width"),
    pytest.param("Ωμέγα 临床试验 🧪💊", id="unicode"),
    pytest.param("NCT" + "9" * 100_000, id="100k-characters"),
]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A store holding one real trial with one reviewed version."""
    with Store.open(store_url) as opened:
        parsed = parse_file(RECORD)[0]
        summarize_trial(
            opened, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=load_prompt()
        )
        opened.review(NCT, 1, "reject", "dana", "too long")
        yield opened


def tables(store: Store) -> dict[str, int]:
    """Every table in the store with its row count."""
    if store.dialect == "sqlite":
        names = [
            r["name"]
            for r in store.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
    else:
        names = [
            r["table_name"]
            for r in store.db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        ]
    # Names come from the catalog, not from input.
    return {
        name: store.db.execute(f'SELECT COUNT(*) AS n FROM "{name}"').fetchone()["n"]
        for name in sorted(names)
    }


def notes(store: Store) -> list[tuple[str, str | None]]:
    rows = store.db.execute("SELECT actor, note FROM reviews WHERE nct_id = ? ORDER BY id", (NCT,))
    return [(r["actor"], r["note"]) for r in rows]


def cli_run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


# --------------------------------------------------------------------------- hostile ids


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_nct_id_is_not_found_and_changes_nothing(
    store: Store, store_url: str, hostile: str
) -> None:
    before = tables(store)
    shown_as = hostile.upper()  # the CLI takes NCT ids in any case

    with pytest.raises(NotFound) as latest:
        store.get_version(hostile)
    with pytest.raises(NotFound) as numbered:
        store.get_version(hostile, 1)
    with pytest.raises(NotFound):
        store.get_trial(hostile)
    with pytest.raises(NotFound):
        store.review(hostile, 1, "approve", "mallory", "looks fine")
    shown = cli_run("show", hostile, "--db", store_url)
    approved = cli_run(
        "review", "approve", hostile, "--note", "ok", "--by", "mallory", "--db", store_url
    )  # fmt: skip
    rejected = cli_run(
        "review", "reject", hostile, "--version", "1", "--note", "no", "--db", store_url
    )  # fmt: skip

    assert str(latest.value) == f"no summary for {hostile} in the store"
    assert str(numbered.value) == f"no summary version 1 for {hostile} in the store"
    assert store.versions(hostile) == []
    assert store.failures(hostile) == []
    assert store.latest_approved(hostile) is None
    assert store.find_reusable(hostile, "b2:x", "plain-summary", 1, "builtin") is None
    assert (shown.exit_code, shown.output) == (
        1,
        f"Error: no summary for {shown_as} in the store\n",
    )
    assert (approved.exit_code, approved.output) == (
        1,
        f"Error: no summary for {shown_as} in the store\n",
    )
    assert (rejected.exit_code, rejected.output) == (
        1,
        f"Error: no summary version 1 for {shown_as} in the store\n",
    )
    assert tables(store) == before
    assert store.get_version(NCT).version == 1


# --------------------------------------------------------------------------- hostile notes


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_note_and_reviewer_are_stored_verbatim(
    store: Store, store_url: str, hostile: str
) -> None:
    before = tables(store)

    done = store.review(NCT, 1, "reject", hostile, hostile)
    rejected = cli_run(
        "review", "reject", NCT, "--version", "1", "--note", hostile, "--by", hostile,
        "--db", store_url,
    )  # fmt: skip

    assert done.status == "rejected"
    assert done.reviewed_by == hostile
    assert rejected.exit_code == 0, rejected.output
    assert rejected.output == f"{NCT} · v1 · rejected by {hostile}\n"
    assert notes(store)[-2:] == [(hostile, hostile)] * 2
    after = tables(store)
    assert after.pop("reviews") == before.pop("reviews") + 2
    # A rejection may append to the audit and publication logs; nothing is removed.
    assert all(after[name] >= count for name, count in before.items())
    assert store.get_version(NCT).text


def test_a_megabyte_note_is_stored_verbatim(store: Store) -> None:
    note = "'; DROP TABLE summaries; -- " * 40_000

    store.review(NCT, 1, "reject", "dana", note)

    assert notes(store)[-1] == ("dana", note)
    assert len(note) > 1_000_000


@pytest.mark.parametrize("field", ["nct_id", "note"])
def test_nul_character_is_refused_or_stored_never_a_driver_error(
    store: Store, field: str, request: pytest.FixtureRequest
) -> None:
    before = tables(store)
    hostile = "NCT00405041\x00' OR 1=1 --"

    try:
        if field == "nct_id":
            store.get_version(hostile)
        else:
            store.review(NCT, 1, "reject", "dana", hostile)
    except SummarizerError as exc:
        # A refusal is fine, as long as it is ours, and says what it is.
        assert field == "note" or isinstance(exc, NotFound), exc
    else:
        assert field == "note", "a NUL id cannot be found"
        assert notes(store)[-1] == ("dana", hostile)
    assert tables(store)["summaries"] == before["summaries"]


# --------------------------------------------------------------------------- SQL in the source

SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WHERE|VALUES|PRAGMA|TRIGGER|WITH)\b"
)
# Every value interpolated into SQL text in the package, and why it is not input.
# Key: (file under summarizer/, enclosing function or <module>, the interpolated expression).
SAFE_INTERPOLATIONS: dict[tuple[str, str, str], str] = {
    ("store.py", "<module>", "SUMMARY_COLUMNS"): "a constant column list",
    ("store.py", "add_version", "SUMMARY_COLUMNS"): "a constant column list",
    ("store.py", "add_version", "held"): "a constant still-ours clause, or nothing",
    ("store.py", "add_version", "insert"): "the version insert built above from constants",
    ("store.py", "add_version", "INSERTED_PUBLICATION_STATE"): "a constant query",
    ("store.py", "stored_records", "marks"): "'?, ?, …': one placeholder per claimed job",
    ("store.py", "<module>", "LATEST_APPROVED"): "a constant query",
    ("store.py", "<module>", "RECORD_FACTS"): "constant subqueries",
    ("store.py", "<module>", "LAST_PUBLICATION"): "constant subqueries",
    ("store.py", "<module>", "UPSERT_RECORD"): "a constant statement",
    ("migrations.py", "m001_initial", "serial_pk(db)"): "the dialect's id column DDL",
    ("migrations.py", "m002_publications", "serial_pk(db)"): "the dialect's id column DDL",
    ("migrations.py", "m003_review_accounts", "serial_pk(db)"): "the dialect's id column DDL",
    ("migrations.py", "m005_batch_queue", "serial_pk(db)"): "the dialect's id column DDL",
    ("migrations.py", "m005_batch_queue", "epoch"): "a constant SQL expression per dialect",
    ("migrations.py", "m005_batch_queue", "done"): "a constant SET clause",
    ("migrations.py", "m005_batch_queue", "match"): "a constant WHERE clause",
    ("migrations.py", "m006_versions_clear_failures", "clear"): "a constant DELETE statement",
    # forbid() is called by migrations only, with literals (checked below).
    ("migrations.py", "forbid", "name"): "built from forbid()'s literal table and operation",
    ("migrations.py", "forbid", "operation"): "a literal UPDATE or DELETE",
    ("migrations.py", "forbid", "table"): "a literal table name",
    ("migrations.py", "forbid", "message"): "a literal message without quotes",
    ("queue.py", "claim", "lock"): "a constant locking clause per dialect",
    ("queue.py", "submit", "marks"): "'?, ?, …': one placeholder per job",
    ("queue.py", "_release", "where"): "a constant WHERE clause from _release's callers",
    ("provider_batch.py", "update", "columns"): "'name = ?' per keyword argument name in code",
}


Site = tuple[str, str, int, str, list[str]]


@cache
def _sql_sites() -> list[Site]:
    """(file, function, line, kind, interpolated expressions) for SQL built from parts."""
    package = ROOT / "summarizer"
    return [
        site
        for path in sorted(package.rglob("*.py"))
        for site in scan(str(path.relative_to(package)), path.read_text(encoding="utf-8"))
    ]


PROSE_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "echo", "print"}


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def scan(name: str, source: str) -> Iterator[Site]:
    """The SQL in ``source`` that is built from parts, with what it interpolates."""
    tree = ast.parse(source)
    where: dict[int, str] = {}
    for definition in ast.walk(tree):
        if isinstance(definition, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(definition):
                where[id(node)] = definition.name  # innermost wins: walked later
    # Messages that merely mention SQL words ("needs UPDATE … RETURNING") are prose.
    prose = {
        id(node)
        for message in ast.walk(tree)
        if isinstance(message, ast.Raise)
        or (isinstance(message, ast.Call) and _callee(message) in PROSE_CALLS)
        for node in ast.walk(message)
    }
    for node in ast.walk(tree):
        function = where.get(id(node), "<module>")
        if id(node) in prose:
            continue
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                str(part.value) for part in node.values if isinstance(part, ast.Constant)
            )
            if SQL_WORDS.search(text):
                parts = [
                    ast.unparse(part.value)
                    for part in node.values
                    if isinstance(part, ast.FormattedValue)
                ]
                yield name, function, node.lineno, "f-string", parts
        elif (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod)
            and isinstance(node.left, ast.Constant)
            and SQL_WORDS.search(str(node.left.value))
        ):
            yield name, function, node.lineno, "% formatting", [ast.unparse(node.right)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant)
            and SQL_WORDS.search(str(node.func.value.value))
        ):
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            yield name, function, node.lineno, ".format()", [ast.unparse(a) for a in arguments]


def test_sql_is_never_built_from_values_outside_the_allowlist() -> None:
    unsafe = [
        f"summarizer/{name}:{line} ({function}): {kind} interpolates {expression}"
        for name, function, line, kind, parts in _sql_sites()
        for expression in parts
        if kind != "f-string" or (name, function, expression) not in SAFE_INTERPOLATIONS
    ]
    assert unsafe == [], "SQL built from values; pass them as ? parameters:\n" + "\n".join(unsafe)


def test_the_scan_finds_values_in_sql_however_they_get_there() -> None:
    source = """
def lookup(db, nct_id, note):
    db.execute(f"SELECT * FROM summaries WHERE nct_id = '{nct_id}'")
    db.execute("INSERT INTO reviews (note) VALUES ('%s')" % note)
    sql = "DELETE FROM failures WHERE nct_id = '{}'".format(nct_id)
    raise NotFound(f"no summary for {nct_id}: SELECT found nothing")
    db.execute(f"WITH picked AS ({sql}) {note}")
"""
    found = sorted((line, kind, parts) for _, _, line, kind, parts in scan("x.py", source))
    assert found == [
        (3, "f-string", ["nct_id"]),
        (4, "% formatting", ["note"]),
        (5, ".format()", ["nct_id"]),
        (7, "f-string", ["sql", "note"]),  # no SQL word but WITH outside the parts
    ]


def test_the_allowlist_names_only_sites_that_exist() -> None:
    found = {
        (name, function, expression)
        for name, function, _, _, parts in _sql_sites()
        for expression in parts
    }
    assert set(SAFE_INTERPOLATIONS) - found == set()


def test_forbid_is_called_with_literals_only() -> None:
    # forbid() quotes its message inside SQL; only literals may reach it.
    tree = ast.parse((ROOT / "summarizer" / "migrations.py").read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "forbid"
    ]
    assert calls
    for call in calls:
        db, *literals = call.args
        assert isinstance(db, ast.Name) and not call.keywords
        assert all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in literals)
        assert all("'" not in arg.value for arg in literals)  # type: ignore[attr-defined]


def test_sql_text_has_no_percent_sign() -> None:
    # PostgresDatabase turns "?" into "%s"; a literal "%" in SQL text would be read by
    # psycopg as a placeholder (database.py relies on there being none).
    found = []
    for path in sorted((ROOT / "summarizer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL_WORDS.search(node.value)
                and re.search(r"\b(FROM|INTO|SET|TABLE|TRIGGER)\b", node.value)
                and "%" in node.value
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


# --------------------------------------------------------------------------- API keys

KEY = "sk-test-SECRET-9f3c2a7d41b8e6055ca1ab1e"
KEY_TAIL = KEY[-16:]  # a partly masked echo must not leave the secret part either


@pytest.fixture
def all_logs_at_debug(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in ("summarizer", "openai", "httpx2", "httpcore2", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def test_the_api_key_is_never_written_to_the_store_logs_outputs_or_exports(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    all_logs_at_debug: pytest.LogCaptureFixture,
) -> None:
    forget_endpoints()
    db = tmp_path / "store.db"
    good, unauthorized, server_error = (
        SEED_PAGE,
        FIXTURES / "v2" / "NCT00000410.json",
        FIXTURES / "legacy" / "NCT00001177.xml",
    )
    echo = {"error": {"message": f"Incorrect API key provided: {KEY}.", "code": "invalid_api_key"}}
    outputs: list[str] = []
    with fake_openai_server() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        server.enqueue(compose(parse_file(good)[0].trial).model_dump())
        server.enqueue(Status(401, body=echo))
        # The SDK tries a 5xx five times (the CLI's max_retries=4); with a retry-after-ms
        # hint it does so at once. The endpoint took json_schema above: no probe.
        server.enqueue(*[Status(500, retry_after_ms=1, body=f"bad key {KEY}")] * 5)
        for path in (good, unauthorized, server_error):
            result = cli_run("summarize", str(path), "--db", str(db), "--model", "m")
            outputs.append(result.output)
        # The key did go out, in the Authorization header: the fake saw it.
        assert server.request_headers[0]["authorization"] == f"Bearer {KEY}"
        assert (len(server.requests), server.pending) == (7, 0)
        assert server.errors == []
    for nct_id in ("NCT05706103", "NCT00000410", "NCT00001177"):
        outputs.append(cli_run("show", nct_id, "--db", str(db)).output)
        outputs.append(cli_run("show", nct_id, "--db", str(db), "--json").output)
    export_to = tmp_path / "site" / "summaries.jsonl"
    exported = cli_run("export", "--out", str(export_to), "--db", str(db))
    outputs.append(exported.output)
    forget_endpoints()

    with Store.open(db) as store:
        reasons = {str(f["nct_id"]): str(f["reason"]) for f in store.failures()}
    # The failures happened, and say what happened, with the key masked.
    assert reasons["NCT00000410"].startswith("NCT00000410: HTTP 401 from ")
    assert reasons["NCT00000410"].endswith("Incorrect API key provided: ***.")
    assert reasons["NCT00001177"].endswith(": bad key ***")
    assert exported.exit_code == 0, exported.output

    logged = [
        (record.name, record.getMessage(), repr(record.args), record.exc_text or "")
        for record in all_logs_at_debug.records
    ]
    loggers = {name.split(".")[0] for name, *_ in logged}
    assert {"openai", "httpx2"} <= loggers  # the SDK and its transport did log, at DEBUG
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert {p.name for p in files} >= {"store.db", "summaries.jsonl"}
    for secret in (KEY, KEY_TAIL):
        assert not [entry for entry in logged if secret in "".join(entry)]
        assert not [output for output in outputs if secret in output]
        assert not [reason for reason in reasons.values() if secret in reason]
        assert not [p.name for p in files if secret.encode() in p.read_bytes()]


def test_a_key_in_a_store_url_is_masked_in_errors(tmp_path: Path) -> None:
    url = "postgresql://summarizer:hunter2-SECRET@127.0.0.1:1/nowhere?connect_timeout=1"

    result = cli_run("show", NCT, "--db", url)

    assert result.exit_code == 1
    assert "hunter2-SECRET" not in result.output
    assert "postgresql://summarizer:***@127.0.0.1:1/nowhere" in result.output
