"""The review app end to end in headless Chromium (Debian's package, driven by Playwright),
against the real server on 127.0.0.1: an editor clears a flagged summary from sign-in to export.

Skips, saying why, when Playwright or Debian's ``chromium`` is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.export import export_jsonl
from summarizer.review.app import create_app
from summarizer.store import Store
from tests.live_server import CHROMIUM_ARGS, browser_unavailable, chromium_path, live_server
from tests.review_support import (
    PASSWORDS,
    SEED_ID,
    XSS_CRITERION,
    XSS_TITLE,
    TamperingWriter,
    seed,
)

XSS_ID = "NCT09999999"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    reason = browser_unavailable()
    if reason:
        print(f"\nSKIP browser tests: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The review app on 127.0.0.1 over a store with flagged summaries; (base URL, store)."""
    location = str(tmp_path / "browser.db")
    seed(location, malicious=True)
    with live_server(create_app(location, writer=TamperingWriter())) as base:
        yield base, location


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1360, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    yield opened
    context.close()


def sign_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/queue")
    assert page.url.startswith(f"{base}/login?next=")
    page.fill("#username", username)
    page.fill("#password", PASSWORDS[username])
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/queue")


def sign_out(page: Any) -> None:
    page.click(".signout button")
    page.wait_for_url("**/login")


def test_an_editor_fixes_a_flagged_summary_and_it_is_exported(
    page: Any, site: tuple[str, str], tmp_path: Path
) -> None:
    base, location = site
    sign_in(page, base, "dana")
    assert "2 of 4 summaries need review" in page.inner_text("#waiting")
    page.screenshot(path=str(tmp_path / "queue.png"))

    # Open the first flagged summary and see its finding highlighted.
    first = page.locator("a.trial-link").first
    assert first.get_attribute("href") == f"/trial/{SEED_ID}"
    first.click()
    page.wait_for_url(f"{base}/trial/{SEED_ID}")
    highlighted = page.locator("#summary mark.sev-error")
    assert highlighted.all_inner_texts() == ["18 to ", "65"]
    assert page.locator("#finding-0 code").inner_text() == "age.range"
    page.click("#finding-0 a[href='#field-maximum_age_years']")
    assert page.locator("#field-maximum_age_years.contradicted").inner_text().endswith("45 Years")
    page.screenshot(path=str(tmp_path / "review.png"))

    # Edit the wrong number and watch the finding clear as the checks rerun.
    page.click("#edit")
    page.wait_for_url(f"{base}/trial/{SEED_ID}/edit?version=1")
    assert page.locator("#summary mark.sev-error").count() == 2
    text = page.input_value("#edit-text")
    page.fill("#edit-text", text.replace("aged 18 to 65", "aged 18 to 45"))
    page.wait_for_function(
        "() => document.querySelectorAll('#summary mark.sev-error').length === 0"
    )
    assert page.locator("#findings .sev-error").count() == 0
    assert page.inner_text("#check-status").startswith("0 errors")
    assert page.get_attribute("#field-maximum_age_years", "class") == "field"
    page.fill("#edit-note", "The record says 18 to 45.")
    page.click("#save")
    page.wait_for_url(f"{base}/trial/{SEED_ID}?version=2")
    assert "Saved your edit as v2" in page.inner_text(".flash")
    # dana wrote v2, so only someone else may approve it.
    assert page.locator("#approve").is_disabled()
    sign_out(page)

    # A second editor approves the new version.
    sign_in(page, base, "lee")
    page.goto(f"{base}/trial/{SEED_ID}")
    assert page.locator("#summary mark.sev-error").count() == 0
    page.click("#approve")
    page.wait_for_url(f"{base}/trial/{XSS_ID}")  # on to the next summary in the queue
    assert f"Approved {SEED_ID} v2" in page.inner_text(".flash")

    # The audit trail has every step, and v2's diff against v1.
    page.goto(f"{base}/trial/{SEED_ID}")
    history = page.inner_text("#history")
    for line in ("lee approved v2", "dana edited v2", "summarizer wrote v1"):
        assert line in history
    assert page.locator("#history ins").first.inner_text() == "45"

    # The export now carries the edited version.
    out = tmp_path / "export.jsonl"
    with Store.open(location) as store:
        export_jsonl(store, out)
        approved = store.latest_approved(SEED_ID)
    assert approved is not None and (approved.version, approved.reviewed_by) == (2, "lee")
    items = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    exported = [i for i in items if i.get("nct_id") == SEED_ID]
    assert [i["version"] for i in exported] == [2]
    assert "aged 18 to 45" in json.dumps(exported[0])


def test_markup_in_a_record_renders_as_text(page: Any, site: tuple[str, str]) -> None:
    base, _ = site
    sign_in(page, base, "dana")
    for path in ("/queue?state=all", f"/trial/{XSS_ID}", f"/trial/{XSS_ID}/edit"):
        page.goto(base + path)
        assert page.evaluate("window.__xss") is None, path
        assert page.locator("main img").count() == 0, path
        assert page.locator("main script").count() == 0, path
    page.goto(f"{base}/trial/{XSS_ID}")
    assert page.inner_text("h1") == XSS_TITLE
    assert page.inner_text("#summary .line-h1") == XSS_TITLE  # the summary quotes it too
    criteria = page.locator("#field-inclusion_criteria li").all_inner_texts()
    assert XSS_CRITERION in criteria
    page.goto(f"{base}/trial/{XSS_ID}/edit")
    page.fill("#edit-text", page.input_value("#edit-text") + "\n<img src=x onerror=alert(1)>")
    page.wait_for_function("() => document.querySelector('#check-status .pill') !== null")
    page.wait_for_timeout(400)
    assert page.locator("main img").count() == 0
    assert page.evaluate("window.__xss") is None


def test_a_post_without_the_csrf_token_is_refused(page: Any, site: tuple[str, str]) -> None:
    base, location = site
    sign_in(page, base, "lee")
    # The browser's own cookies, but no token: what a forged cross-site form would send.
    refused = page.request.post(
        f"{base}/trial/{SEED_ID}/approve", form={"version": "1", "note": "forged"}
    )
    assert refused.status == 403
    from_script = page.evaluate(
        """async (url) => (await fetch(url, {method: 'POST', body: new URLSearchParams(
               {version: '1', note: 'forged'})})).status""",
        f"{base}/trial/{SEED_ID}/reject",
    )
    assert from_script == 403
    with Store.open(location) as store:
        assert store.get_version(SEED_ID).status == "flagged"
