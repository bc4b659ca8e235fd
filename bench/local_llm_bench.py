"""Seconds per summary and tokens per second of the bundled SmolLM2 on this machine.

Every summary goes the production path: the ``local`` backend's llama.cpp server,
the real ``openai`` SDK, the json_schema → json_object fallback, pydantic
validation and one re-ask. Token counts are the server's ``usage`` figures;
seconds are wall-clock per summary, re-asks and the one-time fallback probe
included, because that is what a batch run pays.

With ``--record FILE`` every exchange is also kept as evaluation data, one JSON
object per trial and line: the raw reply text of each attempt, the server's
usage, the prompt name, version and hash, and the parsed summary or the reason
it failed. ``bench/real_llm_eval.py`` runs the checks over those replies against
the hand labels in ``fixtures/llm/labels.jsonl``. The file is JSON Lines so that
``summarizer summarize fixtures/`` does not take it for a trial record, and so
that a long run can be resumed (``--resume``) after an interruption.

Usage (needs ``pip install -e '.[local]'``)::

    python3 bench/local_llm_bench.py fixtures/legacy/NCT00001177.xml fixtures/v2/NCT00868335.json
    python3 bench/local_llm_bench.py fixtures/ --record fixtures/llm/smollm2/replies.jsonl --resume
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx2

from summarizer.errors import ModelOutputError, SummarizerError, WriterError
from summarizer.local_model import (
    DEFAULT_MAX_TOKENS,
    DEFAULT_N_CTX,
    DEFAULT_SEED,
    LocalModelServer,
    LocalWriter,
)
from summarizer.parse import iter_files, parse_file
from summarizer.prompts import load_prompt
from summarizer.records import Trial

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DEFAULT_PATHS = [FIXTURES / "v2", FIXTURES / "legacy", FIXTURES / "pages"]


@dataclass
class Recorder:
    """httpx2 event hook that keeps every chat-completions exchange of the current trial."""

    exchanges: list[dict[str, Any]] = field(default_factory=list)

    def __call__(self, response: httpx2.Response) -> None:
        if not response.request.url.path.endswith("/chat/completions"):
            return
        response.read()
        sent = json.loads(response.request.content or b"{}")
        exchange: dict[str, Any] = {
            "response_format": (sent.get("response_format") or {}).get("type"),
            "status": response.status_code,
        }
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code == 200 and isinstance(body, dict):
            choice = (body.get("choices") or [{}])[0]
            exchange["finish_reason"] = choice.get("finish_reason")
            exchange["content"] = (choice.get("message") or {}).get("content")
            exchange["usage"] = body.get("usage")
            exchange["model"] = body.get("model")
        else:
            exchange["error"] = response.text[:500]
        self.exchanges.append(exchange)

    def take(self) -> list[dict[str, Any]]:
        taken, self.exchanges = self.exchanges, []
        return taken


def _usage(exchanges: list[dict[str, Any]]) -> dict[str, int]:
    total = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    for exchange in exchanges:
        for key in total:
            total[key] += int((exchange.get("usage") or {}).get(key) or 0)
    return total


def trials(paths: list[Path]) -> list[tuple[Path, Trial]]:
    found = []
    for path in iter_files(paths):
        for record in parse_file(path):
            found.append((path, record.trial))
    return found


def _done(record: Path | None) -> set[str]:
    if record is None or not record.exists():
        return set()
    return {json.loads(line)["nct_id"] for line in record.read_text().splitlines() if line}


def run(args: argparse.Namespace) -> dict[str, Any]:
    prompt = load_prompt()
    todo = trials(args.paths or DEFAULT_PATHS)
    skip = _done(args.record) if args.resume else set()
    todo = [(p, t) for p, t in todo if t.nct_id not in skip][: args.limit]
    recorder = Recorder()
    server = LocalModelServer(n_ctx=args.n_ctx, seed=args.seed)
    http_client = httpx2.Client(event_hooks={"response": [recorder]})
    writer = LocalWriter(
        server=server,
        max_tokens=args.max_tokens,
        max_attempts=args.max_attempts,
        http_client=http_client,
    )
    rows: list[dict[str, Any]] = []
    started = startup = time.perf_counter()
    if args.record is not None:
        args.record.parent.mkdir(parents=True, exist_ok=True)
    with server, writer:
        startup = time.perf_counter() - startup
        for index, (path, trial) in enumerate(todo, 1):
            rendered = prompt.render(trial)
            began = time.perf_counter()
            summary = reason = None
            try:
                draft = writer.write(trial, rendered)
                summary = draft.summary
            except ModelOutputError as exc:
                reason = str(exc)
            except WriterError as exc:  # transport: recorded, the run goes on
                reason = str(exc)
            seconds = time.perf_counter() - began
            exchanges = recorder.take()
            usage = _usage(exchanges)
            replies = [e for e in exchanges if e["status"] == 200]
            row = {
                "nct_id": trial.nct_id,
                "source": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
                "model": writer.model,
                "runtime": f"llama-cpp-python {version('llama-cpp-python')}",
                "settings": {
                    "temperature": 0.0,
                    "seed": args.seed,
                    "max_tokens": args.max_tokens,
                    "n_ctx": args.n_ctx,
                    "max_attempts": writer.max_attempts,
                },
                "prompt": {
                    "name": rendered.name,
                    "version": rendered.version,
                    "hash": rendered.hash,
                },
                "seconds": round(seconds, 2),
                "usage": usage,
                "exchanges": exchanges,
                "raw_reply": replies[-1].get("content") if replies else None,
                "summary": summary.model_dump() if summary is not None else None,
                "text": summary.to_markdown() if summary is not None else None,
                "failure": reason,
            }
            rows.append(row)
            if args.record is not None:
                with args.record.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            state = "ok" if summary is not None else f"FAILED: {reason}"
            print(
                f"[{index}/{len(todo)}] {trial.nct_id} {seconds:6.1f}s "
                f"{usage['prompt_tokens']}+{usage['completion_tokens']} tok · {state}",
                file=sys.stderr,
                flush=True,
            )
    return report(rows, startup=startup, wall=time.perf_counter() - started)


def report(rows: list[dict[str, Any]], *, startup: float, wall: float) -> dict[str, Any]:
    """The figures: seconds per summary, and tokens per second from the server's usage."""
    seconds = [r["seconds"] for r in rows]
    busy = sum(seconds) or 1.0
    completion = sum(r["usage"]["completion_tokens"] for r in rows)
    prompt = sum(r["usage"]["prompt_tokens"] for r in rows)
    requests = sum(len(r["exchanges"]) for r in rows)
    return {
        "summaries": len(rows),
        "valid": sum(r["summary"] is not None for r in rows),
        "failed": sum(r["summary"] is None for r in rows),
        "requests": requests,
        "server_startup_s": round(startup, 1),
        "seconds_per_summary_mean": round(statistics.fmean(seconds), 1) if rows else None,
        "seconds_per_summary_median": round(statistics.median(seconds), 1) if rows else None,
        "completion_tokens_per_s": round(completion / busy, 1),
        "prompt_plus_completion_tokens_per_s": round((prompt + completion) / busy, 1),
        "completion_tokens": completion,
        "prompt_tokens": prompt,
        "wall_s": round(wall, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="Default: every bundled fixture.")
    parser.add_argument("--limit", type=int, default=None, help="Summarize at most N records.")
    parser.add_argument("--record", type=Path, default=None, help="Append each exchange here.")
    parser.add_argument("--resume", action="store_true", help="Skip trials already in --record.")
    parser.add_argument("--n-ctx", type=int, default=DEFAULT_N_CTX)
    parser.add_argument("--max-tokens", type=int, default=DEFAULT_MAX_TOKENS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    # 2 is what --backend local does (one re-ask); 1 records first replies in half the time.
    parser.add_argument("--max-attempts", type=int, default=2)
    args = parser.parse_args(argv)
    try:
        figures = run(args)
    except SummarizerError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
