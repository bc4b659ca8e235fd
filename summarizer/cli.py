"""The ``summarizer`` command: a thin layer over the library.

Each command opens the store, makes library calls and turns library errors
into ``Error: ...`` messages. Exit codes: 0 ok, 1 flagged or failed, 2 bad input.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import click

from .checks import CheckReport, run_checks
from .errors import InputError, SummarizerError
from .parse import ParsedRecord, iter_files, parse_file, parse_trial
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
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        envvar="SUMMARIZER_DB",
        show_envvar=True,
        help="SQLite store file. Default: ./summaries.db",
    )(fn)


def _open_store(db_path: Path | None) -> Store:
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
    type=click.Choice(["builtin", "openai"]),
    default=None,
    help="Default: openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else builtin.",
)
@click.option("--model", default=None, help="Model name for the openai backend.")
@click.option("--prompt", "prompt_name", default=DEFAULT_PROMPT, show_default=True)
@click.option("--author", default="summarizer", show_default=True)
@click.option("--force", is_flag=True, help="Write a new version even if an identical one exists.")
def summarize(
    paths: tuple[Path, ...],
    db_path: Path | None,
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

        summarizer summarize fixtures/
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
                records: list[ParsedRecord] = parse_file(path)
            except InputError as exc:
                totals["bad input"] += 1
                click.echo(f"Error: {exc}", err=True)
                continue
            for record in records:
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


def _version_json(version: SummaryVersion) -> str:
    return json.dumps(version.model_dump(mode="json"), indent=2, ensure_ascii=False)


@cli.command()
@click.argument("nct_id")
@click.option("--version", "version", type=int, default=None, help="Default: the latest.")
@click.option("--json", "as_json", is_flag=True)
@_db_option
def show(nct_id: str, version: int | None, as_json: bool, db_path: Path | None) -> None:
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
    out: Path | None, directory: Path | None, since: int | None, db_path: Path | None
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


@cli.group()
def review() -> None:
    """Review summaries: list the queue, approve or reject a version."""


@review.command("list")
@click.option(
    "--status",
    type=click.Choice(["flagged", "approved", "rejected"]),
    default="flagged",
    show_default=True,
)
@_db_option
def review_list(status: str, db_path: Path | None) -> None:
    """List trials whose latest version has STATUS (flagged first by default).

    Example:

        summarizer review list --status flagged
    """
    with _open_store(db_path) as store:
        for nct_id in store.trial_ids():
            latest = store.get_version(nct_id)
            if latest.status == status:
                click.echo(_outcome_line(Outcome(nct_id, "created", latest)))


def _review(
    action: str, nct_id: str, version: int | None, note: str | None, by: str, db_path: Path | None
) -> None:
    with _open_store(db_path) as store:
        try:
            number = version or store.get_version(nct_id.upper()).version
            done = store.review(nct_id.upper(), number, action, by, note)
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
    nct_id: str, version: int | None, note: str | None, by: str, db_path: Path | None
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
    nct_id: str, version: int | None, note: str | None, by: str, db_path: Path | None
) -> None:
    """Reject a version with a note; the site never shows it.

    Example:

        summarizer review reject NCT05706103 --note "wrong age range"
    """
    _review("reject", nct_id, version, note, by, db_path)


if __name__ == "__main__":  # pragma: no cover
    cli()
