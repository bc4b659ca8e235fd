"""Screenshots of the review app for docs/: the queue and the review screen.

Builds a demo store from the bundled fixtures (a few summaries made wrong on
purpose so the checks flag them), serves the app on 127.0.0.1 and photographs
it in Debian's headless Chromium::

    python3 bench/screenshots.py            # writes docs/review-queue.png, docs/review-screen.png
    python3 bench/screenshots.py --out /tmp
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.parse import parse_file  # noqa: E402
from summarizer.pipeline import summarize_trial  # noqa: E402
from summarizer.prompts import load_prompt  # noqa: E402
from summarizer.review.app import create_app  # noqa: E402
from summarizer.store import Store  # noqa: E402
from tests.live_server import (  # noqa: E402
    CHROMIUM_ARGS,
    browser_unavailable,
    chromium_path,
    live_server,
)
from tests.review_support import PASSWORDS, TamperingWriter, add_editors, add_flagged  # noqa: E402

FIXTURES = ROOT / "fixtures" / "v2"
# Fixture, section, (what the builtin writer says, what the demo summary says instead).
MISTAKES = [
    ("NCT00220935.json", "key_facts", ("Number of people: 150.", "Number of people: 510.")),
    ("NCT00410098.json", "key_facts", ("Status: Unknown.", "Status: It is recruiting.")),
    ("NCT00763412.json", "key_facts", ("31 people took part", "13 people took part")),
]
CLEAN = [
    "NCT00000410.json", "NCT00258583.json", "NCT00353704.json", "NCT00405041.json",
    "NCT00710099.json", "NCT00712335.json", "NCT00777179.json", "NCT00831909.json",
]  # fmt: skip


def build_store(location: str) -> None:
    prompt = load_prompt()
    with Store.open(location) as store:
        add_flagged(store)
        for name, section, change in MISTAKES:
            record = parse_file(FIXTURES / name)[0]
            writer = TamperingWriter({section: change})
            summarize_trial(store, record.trial, record.raw, writer=writer, prompt=prompt)
        for name in CLEAN:
            record = parse_file(FIXTURES / name)[0]
            writer = TamperingWriter()
            summarize_trial(store, record.trial, record.raw, writer=writer, prompt=prompt)
        add_editors(store)
        # Some history, so the queue's other tabs are not empty: a rejection, and an
        # approved summary whose registry record has since changed.
        record = parse_file(FIXTURES / "NCT00405041.json")[0]
        store.put_record(record.trial.model_copy(update={"enrollment": 80}), record.raw)
        store.review("NCT00410098", 1, "reject", "lee", "Says recruiting; the status is unknown.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    reason = browser_unavailable()
    if reason:
        print(f"cannot take screenshots: {reason}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        location = str(Path(tmp) / "demo.db")
        build_store(location)
        with live_server(create_app(location)) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 860})
            page.goto(f"{base}/login")
            page.fill("#username", "dana")
            page.fill("#password", PASSWORDS["dana"])
            page.click("button[type=submit]")
            page.wait_for_url(f"{base}/queue")
            page.screenshot(path=str(args.out / "review-queue.png"))
            page.click("a.trial-link[href='/trial/NCT05706103']")
            page.wait_for_selector("mark.finding")
            page.set_viewport_size({"width": 1360, "height": 1180})
            page.screenshot(path=str(args.out / "review-screen.png"))
            browser.close()
    for name in ("review-queue.png", "review-screen.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
