"""Parse time as a record's site list grows: it should grow linearly, not worse.

    python3 bench/parse_bench.py

Takes a real v2 study (NCT02552212), repeats its site list 1x to 400x and
prints CPU milliseconds per parse, and per 1,000 sites, from one run. Linear
parsing keeps the per-1,000-sites figure about constant down the table.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.parse import parse_trial  # noqa: E402

FIXTURE = ROOT / "fixtures" / "v2" / "NCT02552212.json"
FACTORS = (1, 25, 100, 200, 400)
REPEATS = 5


def cpu_ms(text: str) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.process_time()
        parse_trial(text, source="bench")
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    study = json.loads(FIXTURE.read_text(encoding="utf-8"))
    module = study["protocolSection"]["contactsLocationsModule"]
    sites = module["locations"]
    print("| sites | JSON size | CPU ms per parse (median of 5) | ms per 1,000 sites |")
    print("| ---: | ---: | ---: | ---: |")
    for factor in FACTORS:
        module["locations"] = sites * factor
        text = json.dumps(study)
        ms = cpu_ms(text)
        count = len(sites) * factor
        print(f"| {count:,} | {len(text) / 1e6:.1f} MB | {ms:.1f} | {ms / count * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
