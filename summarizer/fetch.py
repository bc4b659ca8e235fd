"""The ClinicalTrials.gov API v2 client: studies by id, by query, or updated since a date.

The registry publishes no rate limit, so the client stays at or below one
request a second (:class:`Pacer`) and backs off on 429 and 5xx, honouring
``Retry-After``. Pages hold up to 1,000 studies and chain by ``nextPageToken``;
``--since`` uses the API's last-update filter,
``AREA[LastUpdatePostDate]RANGE[date,MAX]``.

Studies go into the store as they arrive (:func:`fetch_into_store`): the raw
study and its last-update date are kept, and the source hash tells a changed
record from a re-fetched unchanged one. The clock, the sleep and the HTTP
transport are injectable, so tests serve real fixture pages through
``httpx.MockTransport`` and never sleep or touch the network.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import Any, Self

import httpx

from .errors import FetchError, InputError
from .parse import parse_text
from .records import NCT_ID_RE, content_hash
from .store import RecordChange, Store

__all__ = [
    "CTGovClient",
    "IngestReport",
    "Pacer",
    "fetch_into_store",
    "record_unreadable",
    "since_filter",
]

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://clinicaltrials.gov/api/v2"
PAGE_SIZE = 1000
# filter.ids goes in the query string; 100 ids keep the URL well under common limits.
IDS_PER_REQUEST = 100
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_BACKOFF = 60.0
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Pacer:
    """At most ``rate`` requests a second, and none before a server-imposed pause ends."""

    def __init__(
        self,
        rate: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate
        self.clock = clock
        self.sleep = sleep
        self._next = float("-inf")

    def wait(self) -> None:
        """Block until the next request may go, then book its slot."""
        delay = self._next - self.clock()
        if delay > 0:
            self.sleep(delay)
        self._next = max(self._next, self.clock()) + self.interval

    def hold(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (a Retry-After, or our own backoff)."""
        self._next = max(self._next, self.clock() + seconds)


def since_filter(since: str | date) -> str:
    """The ``filter.advanced`` expression for studies last updated on or after ``since``."""
    text = since.isoformat() if isinstance(since, date) else since.strip()
    if not DATE_RE.match(text):
        raise ValueError(f"{since!r} is not a date like 2024-01-31")
    return f"AREA[LastUpdatePostDate]RANGE[{text},MAX]"


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_tz(value)
        return None if parsed is None else max(0.0, email.utils.mktime_tz(parsed) - time.time())


class CTGovClient:
    """A polite, retrying client for ``/studies`` and ``/studies/{nctId}``."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        rate: float = 1.0,
        max_retries: int = 5,
        backoff: float = 2.0,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.max_retries = max_retries
        self.backoff = backoff
        self.pacer = pacer or Pacer(rate)
        self.requests = 0
        self._http = httpx.Client(
            timeout=timeout,
            transport=transport,
            headers={"Accept": "application/json", "User-Agent": "summarizer (+batch fetch)"},
            follow_redirects=True,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _get(self, path: str, params: dict[str, str] | None = None) -> Any:
        """GET a JSON document, pacing every try and retrying 429, 5xx and network errors."""
        url = f"{self.base_url}{path}"
        for attempt in range(self.max_retries + 1):
            self.pacer.wait()
            self.requests += 1
            last_try = attempt == self.max_retries
            # Full jitter keeps several fetchers from retrying in step.
            backoff = min(MAX_BACKOFF, self.backoff * 2**attempt) * (0.5 + random.random() / 2)
            try:
                response = self._http.get(url, params=params)
            except httpx.TransportError as exc:
                if last_try:
                    raise FetchError(f"GET {url} failed: {type(exc).__name__}: {exc}") from exc
                log.warning("GET %s: %s; retrying in %.1fs", url, exc, backoff)
                self.pacer.hold(backoff)
                continue
            if response.status_code in RETRY_STATUSES and not last_try:
                wait = _retry_after(response)
                wait = backoff if wait is None else wait
                log.warning("GET %s: HTTP %s; retrying in %.1fs", url, response.status_code, wait)
                self.pacer.hold(wait)
                continue
            if response.status_code == 404:
                raise FetchError(f"{path.rsplit('/', 1)[-1]}: not found in the registry (HTTP 404)")
            if response.status_code >= 400:
                text = " ".join(response.text.split())[:300]
                raise FetchError(f"GET {url}: HTTP {response.status_code}: {text}")
            try:
                return response.json()
            except json.JSONDecodeError as exc:
                # A page cut off in transit is transient: ask again.
                if last_try:
                    raise FetchError(f"GET {url}: the answer is not JSON: {exc}") from exc
                log.warning("GET %s: truncated or malformed JSON; retrying in %.1fs", url, backoff)
                self.pacer.hold(backoff)
                continue
        raise AssertionError("unreachable")  # pragma: no cover

    def study(self, nct_id: str) -> dict[str, Any]:
        """One study, as the API returns it."""
        nct_id = _check_id(nct_id)
        found = self._get(f"/studies/{nct_id}")
        if not isinstance(found, dict):
            raise FetchError(f"{nct_id}: the API answered {type(found).__name__}, not a study")
        return found

    def studies(
        self,
        *,
        ids: Iterable[str] = (),
        query: str | None = None,
        since: str | date | None = None,
        page_size: int = PAGE_SIZE,
    ) -> Iterator[dict[str, Any]]:
        """Every study matching all the filters given, page by page, streamed.

        ``ids`` restricts to those NCT ids, ``query`` is a full-text query
        (``query.term``), ``since`` keeps studies last updated on or after a date.
        """
        wanted = [_check_id(i) for i in ids]
        base: dict[str, str] = {"pageSize": str(page_size), "format": "json"}
        if query:
            base["query.term"] = query
        if since is not None:
            base["filter.advanced"] = since_filter(since)
        if not wanted:
            yield from self._pages(base)
            return
        for start in range(0, len(wanted), IDS_PER_REQUEST):
            chunk = wanted[start : start + IDS_PER_REQUEST]
            yield from self._pages({**base, "filter.ids": ",".join(chunk)})

    def _pages(self, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        token: str | None = None
        restarts = 0
        while True:
            try:
                page = self._get("/studies", {**params, "pageToken": token} if token else params)
            except FetchError:
                # A page token the API no longer accepts (it changed mid-run): start the
                # listing again. Studies already stored come back "unchanged", so a
                # restart costs requests, not data.
                if token is None or restarts >= MAX_LISTING_RESTARTS:
                    raise
                restarts += 1
                log.warning("page token refused; restarting the listing (%d)", restarts)
                token = None
                continue
            studies = page.get("studies") if isinstance(page, dict) else None
            if not isinstance(studies, list):
                raise FetchError(f"GET {self.base_url}/studies: the answer has no 'studies' list")
            yield from studies
            token = page.get("nextPageToken")
            if not token:
                return


MAX_LISTING_RESTARTS = 3


def _check_id(nct_id: str) -> str:
    value = nct_id.strip().upper()
    if not NCT_ID_RE.match(value):
        raise FetchError(f"{nct_id!r} is not an NCT id like NCT01234567")
    return value


@dataclass
class IngestReport:
    """What reading or fetching records did to the store."""

    counts: dict[RecordChange, int] = field(
        default_factory=lambda: {"new": 0, "changed": 0, "unchanged": 0}
    )
    failures: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.counts["new"] + self.counts["changed"]

    def summary(self) -> str:
        c = self.counts
        line = (
            f"{c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged, "
            f"{len(self.failures)} unreadable"
        )
        if self.missing:
            line += f", {len(self.missing)} not found"
        return line


def store_study(store: Store, study: dict[str, Any]) -> RecordChange:
    """Parse one API study and store it; InputError if it is not a usable record."""
    records = parse_text(json.dumps(study, ensure_ascii=False), source="ClinicalTrials.gov API")
    record = records[0]
    _, change = store.put_record(record.trial, record.raw)
    return change


def study_id(study: Any) -> str | None:
    """The NCT id of an API study, if it has a readable one."""
    try:
        value = study["protocolSection"]["identificationModule"]["nctId"]
    except (KeyError, TypeError):
        return None
    return value if isinstance(value, str) else None


def fetch_into_store(
    store: Store,
    client: CTGovClient,
    *,
    ids: Iterable[str] = (),
    query: str | None = None,
    since: str | date | None = None,
    on_study: Callable[[str | None, str], None] | None = None,
) -> IngestReport:
    """Fetch matching studies and store each as it arrives; one bad study never stops the rest.

    A study that cannot be parsed is reported (and its reason kept in the
    report); the others are stored. ``on_study(nct_id, change)`` is called for
    each, e.g. to drive a progress bar.
    """
    report = IngestReport()
    wanted = {_check_id(i) for i in ids}
    seen: set[str] = set()
    for study in client.studies(ids=sorted(wanted), query=query, since=since):
        nct_id = study_id(study)
        try:
            change: str = store_study(store, study)
        except InputError as exc:
            reason = f"cannot parse: {exc}"
            report.failures.append((nct_id or "?", reason))
            change = "unreadable"
            if nct_id:
                record_unreadable(store, nct_id, content_hash(study), reason)
        else:
            report.counts[change] += 1  # type: ignore[index]
        if nct_id and wanted:
            seen.add(nct_id)
        if on_study is not None:
            on_study(nct_id, change)
    report.missing = sorted(wanted - seen)
    return report


def record_unreadable(store: Store, nct_id: str, raw_hash: str, reason: str) -> None:
    """Keep why a record could not be read, in the failures table beside writer failures.

    Prompt version 0 and model "-" mark it as a reading failure, not a writing
    one; it is keyed by the hash of the raw input, so it names exactly what
    failed. Reading the input again (the next run) retries it.
    """
    store.record_failure(nct_id, "raw:" + raw_hash, 0, "-", reason)
