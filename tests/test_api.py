from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from summarizer.api import OPENAPI_PATH, create_app, openapi_document, router
from summarizer.export import export_jsonl
from summarizer.store import Store
from tests.export_support import (
    CLEAN,
    OTHER,
    SEED,
    read_jsonl,
    summarize,
    withdraw_study,
    wrong_ages,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = Store.open(store_url)
    yield opened
    opened.close()


@pytest.fixture
def client(store: Store, store_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_url)) as test_client:
        yield test_client


def fill(store: Store) -> None:
    """SEED published, CLEAN flagged (never published), OTHER withdrawn."""
    summarize(store, SEED)
    summarize(store, CLEAN, edit=wrong_ages)
    summarize(store, OTHER)
    withdraw_study(store, OTHER)


def exported(store: Store, tmp_path: Path, since: int | None = None) -> list[dict[str, Any]]:
    return read_jsonl(export_jsonl(store, tmp_path / "export.jsonl", since=since).path)


# --- the OpenAPI document ---------------------------------------------------------


def test_published_openapi_is_the_generated_one() -> None:
    """Regenerate with: python -m summarizer.api --write-openapi"""
    assert json.loads(OPENAPI_PATH.read_text(encoding="utf-8")) == openapi_document()


def test_the_app_serves_its_openapi_document(client: TestClient) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.json() == openapi_document()
    assert set(response.json()["paths"]) == {"/api/trials/{nct_id}/summary", "/api/summaries"}


# --- one trial's summary ----------------------------------------------------------


def test_summary_is_the_exported_item_with_an_etag(
    store: Store, client: TestClient, tmp_path: Path
) -> None:
    fill(store)
    response = client.get(f"/api/trials/{SEED}/summary")
    assert response.status_code == 200
    assert [response.json()] == [x for x in exported(store, tmp_path) if x["nct_id"] == SEED]
    tag = response.headers["etag"]
    assert tag.startswith('"b2:') and tag.endswith('"')  # strong: no W/
    assert response.headers["cache-control"] == "no-cache"


@pytest.mark.parametrize(
    "if_none_match",
    ["{tag}", "W/{tag}", '"b2:other", {tag}', "*"],
    ids=["exact", "weak form", "in a list", "any"],
)
def test_matching_etag_is_304(store: Store, client: TestClient, if_none_match: str) -> None:
    summarize(store, SEED)
    tag = client.get(f"/api/trials/{SEED}/summary").headers["etag"]
    response = client.get(
        f"/api/trials/{SEED}/summary", headers={"If-None-Match": if_none_match.format(tag=tag)}
    )
    assert (response.status_code, response.content) == (304, b"")
    assert response.headers["etag"] == tag


def test_a_new_approved_version_changes_the_etag(store: Store, client: TestClient) -> None:
    summarize(store, SEED)
    old = client.get(f"/api/trials/{SEED}/summary").headers["etag"]
    stale = client.get(f"/api/trials/{SEED}/summary", headers={"If-None-Match": '"b2:x"'})
    assert stale.status_code == 200
    summarize(store, SEED, edit=lambda s: s.model_copy(update={"title": "Clearer"}))
    response = client.get(f"/api/trials/{SEED}/summary", headers={"If-None-Match": old})
    assert response.status_code == 200
    assert response.headers["etag"] != old and response.json()["version"] == 2


def test_withdrawn_trial_is_410_with_the_withdrawal(
    store: Store, client: TestClient, tmp_path: Path
) -> None:
    fill(store)
    response = client.get(f"/api/trials/{OTHER}/summary")
    assert response.status_code == 410
    assert [response.json()] == [x for x in exported(store, tmp_path, 0) if x["nct_id"] == OTHER]
    assert response.json()["reason"] == "the study was withdrawn"


@pytest.mark.parametrize(
    ("nct_id", "detail"),
    [
        (CLEAN, f"no published summary for {CLEAN}"),  # flagged, never approved
        ("NCT99999999", "no published summary for NCT99999999"),
        ("nct05706103", "not a ClinicalTrials.gov id: expected NCT and 8 digits"),
        ("NCT0570610", "not a ClinicalTrials.gov id: expected NCT and 8 digits"),
        ("NCT057061031", "not a ClinicalTrials.gov id: expected NCT and 8 digits"),
        ("NCT0570610٣", "not a ClinicalTrials.gov id: expected NCT and 8 digits"),
        ("NCT05706103%0A", "not a ClinicalTrials.gov id: expected NCT and 8 digits"),
        ("'; DROP TABLE summaries; --", "not a ClinicalTrials.gov id: expected NCT and 8 digits"),
    ],
)
def test_unknown_or_malformed_id_is_404(
    store: Store, client: TestClient, nct_id: str, detail: str
) -> None:
    fill(store)
    response = client.get(f"/api/trials/{nct_id}/summary")
    assert (response.status_code, response.json()) == (404, {"detail": detail})


# --- the feed ---------------------------------------------------------------------


def test_feed_pages_through_what_an_incremental_export_holds(
    store: Store, client: TestClient, tmp_path: Path
) -> None:
    fill(store)
    summarize(store, CLEAN)  # a clean v2: CLEAN is now published too
    items, since, pages = [], 0, 0
    while True:
        page = client.get("/api/summaries", params={"since": since, "limit": 1}).json()
        items += page["items"]
        since, pages = page["next_cursor"], pages + 1
        if not page["has_more"]:
            break
    assert items == exported(store, tmp_path, since=0)
    assert pages == len(items) == 3
    assert since == store.latest_cursor()
    assert client.get("/api/summaries", params={"since": since}).json() == {
        "items": [], "next_cursor": since, "has_more": False
    }  # fmt: skip


def test_feed_shows_a_flagged_then_approved_summary(store: Store, client: TestClient) -> None:
    fill(store)
    cursor = client.get("/api/summaries").json()["next_cursor"]
    store.review(CLEAN, 1, "approve", "dana", "ages checked")
    page = client.get("/api/summaries", params={"since": cursor}).json()
    assert [(x["nct_id"], x["action"], x["approved_by"]) for x in page["items"]] == [
        (CLEAN, "publish", "dana")
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"since": -1},
        {"since": "x"},
        {"since": 2**63},
        {"limit": 0},
        {"limit": 1001},
        {"limit": 1.5},
    ],
)
def test_bad_feed_parameters_are_422(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/summaries", params=params).status_code == 422


def test_a_cursor_ahead_of_the_store_is_409(store: Store, client: TestClient) -> None:
    summarize(store, SEED)
    response = client.get("/api/summaries", params={"since": 2**63 - 1})
    assert response.status_code == 409
    assert response.json()["detail"].startswith(f"cursor {2**63 - 1} is ahead of this store")


def test_an_unavailable_store_is_503_without_details() -> None:
    with TestClient(create_app("mysql://secret@db/x")) as client:
        for path in (f"/api/trials/{SEED}/summary", "/api/summaries"):
            response = client.get(path)
            assert (response.status_code, response.json()) == (
                503, {"detail": "the summary store is unavailable"}
            )  # fmt: skip


def test_router_mounts_in_another_app(store: Store, store_url: str) -> None:
    """The review app includes the router and sets app.state.store_url."""
    summarize(store, SEED)
    host = FastAPI()
    host.state.store_url = store_url
    host.include_router(router)
    with TestClient(host) as client:
        assert client.get(f"/api/trials/{SEED}/summary").json()["nct_id"] == SEED


# --- fuzzing from the OpenAPI document ------------------------------------------------


@pytest.fixture
def api_schema(tmp_path: Path) -> Any:
    with Store.open(tmp_path / "fuzz.db") as filled:
        fill(filled)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(str(tmp_path / "fuzz.db")))


fuzzed = schemathesis.pytest.from_fixture("api_schema")


@fuzzed.parametrize()
@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_fuzzed_from_its_openapi_document(case: Any) -> None:
    """Every generated request, valid or not, gets a documented answer and never a 5xx."""
    response = case.call_and_validate()
    assert response.status_code < 500


# --- the stand-alone server -------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_api_command_serves_on_localhost(tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    with Store.open(db) as filled:
        summarize(filled, SEED)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "api", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/trials/{SEED}/summary")
                break
            except httpx.ConnectError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert response.status_code == 200 and response.json()["nct_id"] == SEED
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout:
            server.stdout.close()
