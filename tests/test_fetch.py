"""The ClinicalTrials.gov client against real fixture records served by httpx.MockTransport."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from summarizer.errors import FetchError
from summarizer.fetch import CTGovClient, Pacer, fetch_into_store, since_filter
from summarizer.store import Store
from tests.support import FIXTURES

BASE = "https://ctgov.test/api/v2"
STUDIES = {p.stem: json.loads(p.read_text()) for p in sorted(FIXTURES.glob("v2/*.json"))}
RANGE_RE = re.compile(r"AREA\[LastUpdatePostDate\]RANGE\[(\d{4}-\d{2}-\d{2}),MAX\]")


def last_update(study: dict[str, Any]) -> str:
    return str(study["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"])


class Registry:
    """The API v2 /studies endpoints over the fixtures, with scripted faults first."""

    def __init__(self, *faults: httpx.Response) -> None:
        self.faults = list(faults)
        self.studies = dict(STUDIES)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.faults:
            return self.faults.pop(0)
        path = request.url.path.removeprefix("/api/v2")
        if path.startswith("/studies/"):
            found = self.studies.get(path.rsplit("/", 1)[1])
            return httpx.Response(200, json=found) if found else httpx.Response(404, text="")
        params = request.url.params
        chosen = sorted(self.studies.items())
        if "filter.ids" in params:
            wanted = set(params["filter.ids"].split(","))
            chosen = [(k, v) for k, v in chosen if k in wanted]
        if "filter.advanced" in params:
            match = RANGE_RE.fullmatch(params["filter.advanced"])
            assert match, params["filter.advanced"]
            chosen = [(k, v) for k, v in chosen if last_update(v) >= match.group(1)]
        if "query.term" in params:
            term = params["query.term"].lower()
            chosen = [(k, v) for k, v in chosen if term in json.dumps(v).lower()]
        size, start = int(params["pageSize"]), int(params.get("pageToken", "0"))
        page: dict[str, Any] = {"studies": [v for _, v in chosen[start : start + size]]}
        if start + size < len(chosen):
            page["nextPageToken"] = str(start + size)
        return httpx.Response(200, json=page)


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def time_() -> FakeTime:
    return FakeTime()


@pytest.fixture
def registry() -> Registry:
    return Registry()


@pytest.fixture
def client(registry: Registry, time_: FakeTime) -> Iterator[CTGovClient]:
    pacer = Pacer(1.0, clock=time_.clock, sleep=time_.sleep)
    with CTGovClient(
        BASE, transport=httpx.MockTransport(registry), pacer=pacer, backoff=1.0
    ) as opened:
        yield opened


def test_since_filter_is_the_api_range_expression() -> None:
    assert since_filter("2024-06-01") == "AREA[LastUpdatePostDate]RANGE[2024-06-01,MAX]"
    with pytest.raises(ValueError, match="is not a date like 2024-01-31"):
        since_filter("June 2024")


def test_pages_follow_next_page_token_at_one_request_a_second(
    client: CTGovClient, registry: Registry, time_: FakeTime
) -> None:
    found = [s["protocolSection"]["identificationModule"]["nctId"] for s in client.studies(
        page_size=40
    )]  # fmt: skip
    assert found == sorted(STUDIES)
    assert [r.url.params.get("pageToken") for r in registry.requests] == [None, "40", "80"]
    assert time_.sleeps == [1.0, 1.0]


def test_since_keeps_only_studies_updated_on_or_after_the_date(
    client: CTGovClient, registry: Registry
) -> None:
    cutoff = "2024-01-01"
    found = list(client.studies(since=cutoff))
    expected = sorted(k for k, v in STUDIES.items() if last_update(v) >= cutoff)
    assert 0 < len(found) < len(STUDIES)
    assert sorted(s["protocolSection"]["identificationModule"]["nctId"] for s in found) == expected
    assert registry.requests[0].url.params["filter.advanced"] == since_filter(cutoff)
    assert registry.requests[0].url.params["pageSize"] == "1000"


@pytest.mark.parametrize(
    ("fault", "expected_sleeps"),
    [
        (httpx.Response(429, headers={"Retry-After": "7"}), [7.0]),
        (httpx.Response(503, text="busy"), None),
    ],
    ids=["429 retry-after", "503 backoff"],
)
def test_429_and_5xx_are_retried(
    fault: httpx.Response, expected_sleeps: list[float] | None, time_: FakeTime
) -> None:
    registry = Registry(fault)
    pacer = Pacer(1.0, clock=time_.clock, sleep=time_.sleep)
    with CTGovClient(BASE, transport=httpx.MockTransport(registry), pacer=pacer) as client:
        assert client.study("NCT00000410")["protocolSection"]
    assert len(registry.requests) == 2
    if expected_sleeps is not None:
        assert time_.sleeps == expected_sleeps
    else:
        assert len(time_.sleeps) == 1 and 1.0 <= time_.sleeps[0] <= 2.0


def test_retries_give_up_with_a_fetch_error(time_: FakeTime) -> None:
    registry = Registry(*[httpx.Response(502, text="bad gateway")] * 3)
    pacer = Pacer(1.0, clock=time_.clock, sleep=time_.sleep)
    with (
        CTGovClient(
            BASE, transport=httpx.MockTransport(registry), pacer=pacer, max_retries=2
        ) as client,
        pytest.raises(FetchError, match=r"/studies/NCT00000410: HTTP 502: bad gateway"),
    ):
        client.study("NCT00000410")


def test_unknown_study_is_a_named_error(client: CTGovClient) -> None:
    with pytest.raises(FetchError, match=r"^NCT99999999: not found in the registry \(HTTP 404\)$"):
        client.study("NCT99999999")


def test_fetch_stores_raw_records_and_detects_changes(
    client: CTGovClient, registry: Registry, tmp_path: Any
) -> None:
    ids = ["NCT00000410", "NCT00220935", "NCT99999999"]
    with Store.open(tmp_path / "s.db") as store:
        report = fetch_into_store(store, client, ids=ids)
        assert report.counts == {"new": 2, "changed": 0, "unchanged": 0}
        assert report.missing == ["NCT99999999"]
        row = store.db.execute(
            "SELECT raw, last_update_date FROM records WHERE nct_id = 'NCT00000410'"
        ).fetchone()
        assert json.loads(row["raw"]) == STUDIES["NCT00000410"]
        assert row["last_update_date"] == last_update(STUDIES["NCT00000410"])

        assert fetch_into_store(store, client, ids=ids).counts["unchanged"] == 2
        changed = json.loads(json.dumps(STUDIES["NCT00000410"]))
        changed["protocolSection"]["statusModule"]["overallStatus"] = "TERMINATED"
        registry.studies["NCT00000410"] = changed
        report = fetch_into_store(store, client, ids=ids)
        assert report.counts == {"new": 0, "changed": 1, "unchanged": 1}
        assert store.get_trial("NCT00000410").overall_status == "TERMINATED"


def test_an_unreadable_study_is_recorded_and_the_rest_stored(
    client: CTGovClient, registry: Registry, tmp_path: Any
) -> None:
    broken = json.loads(json.dumps(STUDIES["NCT00220935"]))
    broken["protocolSection"]["statusModule"]["overallStatus"] = "SIDEWAYS"
    registry.studies["NCT00220935"] = broken
    with Store.open(tmp_path / "s.db") as store:
        report = fetch_into_store(store, client, ids=["NCT00000410", "NCT00220935"])
        assert report.counts["new"] == 1
        assert [nct for nct, _ in report.failures] == ["NCT00220935"]
        failure = store.failures("NCT00220935")[0]
        assert "unknown status 'SIDEWAYS'" in str(failure["reason"])
        assert str(failure["reason"]).startswith("cannot parse: ")
        assert str(failure["source_hash"]).startswith("raw:b2:")


def _ids(studies: Iterator[dict[str, Any]]) -> list[str]:
    return [s["protocolSection"]["identificationModule"]["nctId"] for s in studies]


def test_a_truncated_page_is_fetched_again(time_: FakeTime) -> None:
    whole = Registry()(httpx.Request("GET", f"{BASE}/studies?pageSize=40&format=json"))
    cut = httpx.Response(200, content=whole.content[: len(whole.content) // 2])
    registry = Registry(cut)
    pacer = Pacer(1.0, clock=time_.clock, sleep=time_.sleep)
    with CTGovClient(BASE, transport=httpx.MockTransport(registry), pacer=pacer) as client:
        assert _ids(client.studies(page_size=40)) == sorted(STUDIES)
    # The cut page, the same page again, then the two further pages.
    assert [r.url.params.get("pageToken") for r in registry.requests] == [None, None, "40", "80"]


class ChangingTokens(Registry):
    """Refuses the first page token it sees, as if the listing changed mid-run."""

    refused = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.params.get("pageToken") == "40" and not self.refused:
            self.refused = True
            self.requests.append(request)
            return httpx.Response(400, json={"message": "invalid pageToken"})
        return super().__call__(request)


def test_a_changed_page_token_restarts_the_listing_and_loses_nothing(time_: FakeTime) -> None:
    registry = ChangingTokens()
    pacer = Pacer(1.0, clock=time_.clock, sleep=time_.sleep)
    with CTGovClient(BASE, transport=httpx.MockTransport(registry), pacer=pacer) as client:
        found = _ids(client.studies(page_size=40))
    assert set(found) == set(STUDIES)
    assert [r.url.params.get("pageToken") for r in registry.requests] == [
        None, "40", None, "40", "80"
    ]  # fmt: skip


def test_a_page_token_refused_every_time_gives_up_with_a_fetch_error(time_: FakeTime) -> None:
    class AlwaysRefused(Registry):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            if request.url.params.get("pageToken"):
                self.requests.append(request)
                return httpx.Response(400, json={"message": "invalid pageToken"})
            return super().__call__(request)

    registry = AlwaysRefused()
    pacer = Pacer(1.0, clock=time_.clock, sleep=time_.sleep)
    with (
        CTGovClient(BASE, transport=httpx.MockTransport(registry), pacer=pacer) as client,
        pytest.raises(FetchError, match="HTTP 400"),
    ):
        list(client.studies(page_size=40))
    assert len(registry.requests) == 8  # first page + refused token, four times
