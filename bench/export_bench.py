"""Benchmark: a full JSONL export of 10k, 50k and 100k stored summaries; time and peak memory.

    python3 bench/export_bench.py                 # 10,000 / 50,000 / 100,000
    python3 bench/export_bench.py --sizes 1000 5000 --workdir /tmp/bench

The store is SQLite, filled directly through the store's database layer with
one realistic trial (a real record, its builtin summary, its check findings)
copied under distinct NCT ids, because 100,000 builtin runs would measure the
writer, not the export. Of the trials, 10% were flagged and then approved by an
editor (so the export joins their reviews), 1% have a flagged-only v2 on top
of an approved v1, and 1% are withdrawn studies.

Each export runs in a fresh subprocess, twice: once timed, reporting the
process's peak RSS (``ru_maxrss``), and once under ``tracemalloc`` for the peak
of Python allocations, which is the number that must stay flat as the store
grows. A single-trial lookup (what ``GET /api/trials/{id}/summary`` does) is
timed too, to show it stays an index lookup at 100,000.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.checks import run_checks  # noqa: E402
from summarizer.export import export_jsonl, published  # noqa: E402
from summarizer.parse import parse_file  # noqa: E402
from summarizer.prompts import load_prompt  # noqa: E402
from summarizer.records import content_hash  # noqa: E402
from summarizer.store import Store  # noqa: E402
from summarizer.writers.builtin import compose  # noqa: E402

RECORD = ROOT / "fixtures" / "v2" / "NCT00405041.json"
NOW = "2025-01-01T00:00:00+00:00"


def _template() -> dict[str, Any]:
    """One real trial's rows, to be copied under other NCT ids."""
    parsed = parse_file(RECORD)[0]
    trial, prompt = parsed.trial, load_prompt()
    summary = compose(trial)
    report = run_checks(trial, summary.to_markdown())
    normalized = trial.normalized()
    return {
        "raw": parsed.raw,
        "normalized": normalized,
        "source_hash": content_hash(normalized),
        "last_update": trial.last_update_date,
        "status": trial.overall_status.value if trial.overall_status else None,
        "summary": summary,
        "text": summary.to_markdown(),
        "findings": json.dumps([f.model_dump(mode="json") for f in report.findings]),
        "readability": json.dumps(report.readability),
        "prompt": (prompt.name, prompt.version, prompt.render(trial).hash),
    }


def fill(db_path: Path, start: int, stop: int, chunk: int = 5_000) -> None:
    """Add trials ``start`` .. ``stop - 1`` to a SQLite store, a transaction per chunk."""
    t = _template()
    with Store.open(db_path) as store:
        for first in range(start, stop, chunk):
            _insert(store, t, range(first, min(first + chunk, stop)))


def _insert(store: Store, t: dict[str, Any], ids: range) -> None:
    name, version, prompt_hash = t["prompt"]
    records, summaries, reviews, publications = [], [], [], []
    for i in ids:
        nct = f"NCT{i:08d}"
        withdrawn = i % 100 == 7
        flagged = i % 10 == 3
        summary = t["summary"].model_copy(update={"title": f"{t['summary'].title} ({i})"})
        status = "WITHDRAWN" if withdrawn else t["status"]
        records.append(
            (nct, t["source_hash"], "v2", json.dumps({**t["normalized"], "nct_id": nct}),
             t["raw"], t["last_update"], NOW, status)
        )  # fmt: skip
        row = (
            nct, 1, t["source_hash"], name, version, prompt_hash, "builtin", "builtin",
            0, 0, 0, summary.model_dump_json(), t["text"], t["findings"], t["readability"],
            "flagged" if flagged else "approved", "summarizer", NOW, None, None,
        )  # fmt: skip
        summaries.append(row)
        if flagged:
            reviews.append((nct, 1, "approve", "editor", "checked", NOW))
        if i % 100 == 5:  # a flagged v2 awaiting review: v1 stays published
            summaries.append((*row[:1], 2, *row[2:15], "flagged", *row[16:]))
        if withdrawn:
            publications.append((nct, "withdraw", None, "the study was withdrawn", NOW))
        else:
            publications.append((nct, "publish", 1, None, NOW))
    conn = store.db.conn  # type: ignore[attr-defined]  # SQLite: bulk executemany
    with store.transaction():
        conn.executemany(
            "INSERT INTO records (nct_id, source_hash, source_format, trial_json, raw, "
            "last_update_date, updated_at, overall_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            records,
        )
        conn.executemany(
            "INSERT INTO summaries (nct_id, version, source_hash, prompt_name, "
            "prompt_version, prompt_hash, backend, model, prompt_tokens, completion_tokens, "
            "total_tokens, summary_json, text, findings_json, readability_json, status, "
            "author, created_at, parent_version, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            summaries,
        )
        conn.executemany(
            "INSERT INTO reviews (nct_id, version, action, actor, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            reviews,
        )
        conn.executemany(
            "INSERT INTO publications (nct_id, action, version, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            publications,
        )


def peak_rss_mb() -> float:
    """This process's peak resident memory.

    Linux's ``ru_maxrss`` survives ``execve``, so a child started by a big
    parent reports the parent's peak; ``VmHWM`` belongs to the new image.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(db_path: Path, out: Path, traced: bool) -> dict[str, float]:
    """One full export in this process (run in a fresh subprocess by :func:`main`)."""
    if traced:
        tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    with Store.open(db_path) as store:
        result = export_jsonl(store, out)
    seconds = time.perf_counter() - started
    report: dict[str, float] = {
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu_started,
        "lines": result.manifest.published,
        "maxrss_mb": peak_rss_mb(),
    }
    if traced:
        report["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    return report


def lookup_ms(db_path: Path, size: int, samples: int = 500) -> float:
    """Mean time of one trial's published item, as the read API fetches it."""
    rng = random.Random(7)
    with Store.open(db_path) as store:
        ids = [f"NCT{rng.randrange(size):08d}" for _ in range(samples)]
        started = time.perf_counter()
        for nct_id in ids:
            published(store, nct_id)
        return (time.perf_counter() - started) / samples * 1000


def _subprocess(db_path: Path, out: Path, traced: bool) -> dict[str, float]:
    args = [sys.executable, __file__, "--measure", str(db_path), str(out)]
    done = subprocess.run([*args, *(["--traced"] if traced else [])], check=True,
                          capture_output=True, text=True)  # fmt: skip
    return dict(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/summarizer-export-bench"))
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure, traced=args.traced)))
        return

    args.workdir.mkdir(parents=True, exist_ok=True)
    db = args.workdir / "bench.db"
    for stale in args.workdir.glob("bench.db*"):
        stale.unlink()
    out = args.workdir / "summaries.jsonl"
    rows = []
    filled = 0
    for size in sorted(args.sizes):
        started = time.perf_counter()
        fill(db, filled, size)
        fill_s, filled = time.perf_counter() - started, size
        timed = _subprocess(db, out, traced=False)
        traced = _subprocess(db, out, traced=True)
        rows.append({
            "summaries": size, "exported": int(timed["lines"]), "seconds": timed["seconds"],
            "cpu": timed["cpu_seconds"], "per_sec": timed["lines"] / timed["cpu_seconds"],
            "maxrss_mb": timed["maxrss_mb"],
            "traced_peak_mb": traced["traced_peak_mb"], "lookup_ms": lookup_ms(db, size),
            "file_mb": out.stat().st_size / 2**20, "fill_s": fill_s,
        })  # fmt: skip
        print(f"filled {size:,} in {fill_s:.1f}s; exported", file=sys.stderr)
    # Wall time depends on what else the machine runs; CPU time much less so.
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(
        "| stored trials | exported lines | wall time | CPU time | lines per CPU-second | "
        "peak RSS | peak Python allocations | one-trial lookup | JSONL size |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['summaries']:,} | {r['exported']:,} | {r['seconds']:.1f} s | "
            f"{r['cpu']:.1f} s | {r['per_sec']:,.0f} | {r['maxrss_mb']:.0f} MB | "
            f"{r['traced_peak_mb']:.1f} MB | {r['lookup_ms']:.2f} ms | {r['file_mb']:.0f} MB |"
        )


if __name__ == "__main__":
    main()
