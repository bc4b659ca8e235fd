"""The read API for the site: each trial's published summary, and the change feed.

It serves exactly what ``summarizer export`` writes (see export.py): the same
items, from the same publication feed, with the same cursors.

Mounting it in another FastAPI app (the review app does)::

    app.state.store_url = "summaries.db"  # a path, sqlite:///… or postgresql://…
    app.include_router(summarizer.api.router)

The contract with the host app:

- the router reads the store location from ``request.app.state.store_url``
  through the :func:`store_url` dependency (override it with
  ``app.dependency_overrides[store_url]`` to point elsewhere);
- each request opens its own :class:`~summarizer.store.Store` inside the
  endpoint and closes it before returning: FastAPI may run a dependency and its
  endpoint in different worker threads, and a SQLite connection cannot cross
  threads;
- the router adds no middleware, exception handlers or state: every error it
  returns is a JSON body ``{"detail": "..."}`` it builds itself, so it behaves
  the same in any host app;
- all routes live under ``/api``.

Stand-alone: :func:`create_app`, or ``summarizer api``. The OpenAPI document
is served at ``/openapi.json`` and committed as ``docs/openapi.json``;
regenerate it with ``python -m summarizer.api --write-openapi``.

Endpoints:

- ``GET /api/trials/{nct_id}/summary``: 200 with the trial's
  :class:`~summarizer.export.ExportedSummary` and a strong ``ETag``; 304 when
  ``If-None-Match`` matches it; 410 with a
  :class:`~summarizer.export.Withdrawal` when the site must take the summary
  down; 404 for an id that is malformed, unknown or never published.
- ``GET /api/summaries?since=CURSOR&limit=N``: a :class:`~summarizer.export.FeedPage`
  of each trial changed after ``since``, in its current state; 409 for a
  cursor ahead of the store; 422 for bad parameters.
- Both: 503 when the store cannot be opened.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from .errors import StoreError
from .export import (
    NCT_PATTERN,
    CursorAhead,
    ExportedSummary,
    FeedPage,
    Withdrawal,
    etag,
    feed_page,
    published,
)
from .store import Store

logger = logging.getLogger(__name__)

API_VERSION = "1"
OPENAPI_PATH = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"
NCT_ID = re.compile(NCT_PATTERN, re.ASCII)
NCT_SCHEMA: dict[str, Any] = {"pattern": NCT_PATTERN, "examples": ["NCT05706103"]}
MAX_LIMIT = 1000
# Cached copies must be revalidated (cheap with the ETag): an approval or a
# withdrawal has to reach the site on its next request.
CACHE_CONTROL = "no-cache"


class ErrorBody(BaseModel):
    detail: str


def store_url(request: Request) -> str:
    """The store location the host app set in ``app.state.store_url``."""
    location = getattr(request.app.state, "store_url", None)
    if not location:
        raise RuntimeError("set app.state.store_url before including summarizer.api.router")
    return str(location)


StoreUrl = Annotated[str, Depends(store_url)]
router = APIRouter(prefix="/api", tags=["site"])


def _error(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


def _with_store(location: str, work: Callable[[Store], Response]) -> Response:
    """Run ``work`` with a store opened (and closed) in this thread; 503 if it cannot open."""
    try:
        store = Store.open(location)
    except StoreError as exc:
        # The message names the store (a PostgreSQL password is redacted) for
        # the operator; the client only learns that it is unavailable.
        logger.warning("read API: cannot open the store: %s", exc)
        return _error(503, "the summary store is unavailable")
    with store:
        return work(store)


def _matches(if_none_match: str | None, tag: str) -> bool:
    """RFC 9110 If-None-Match: ``*`` or any listed tag, compared weakly (``W/`` ignored)."""
    if if_none_match is None:
        return False
    if if_none_match.strip() == "*":
        return True
    return any(c.strip().removeprefix("W/") == tag for c in if_none_match.split(","))


_ETAG_HEADER = {"description": "Strong validator of the item.", "schema": {"type": "string"}}
_CACHE_HEADER = {"description": "Revalidate before reuse.", "schema": {"type": "string"}}


@router.get(
    "/trials/{nct_id}/summary",
    operation_id="getTrialSummary",
    summary="The published summary of one trial",
    response_model=ExportedSummary,
    responses={
        200: {
            "description": "The latest approved version, as exported.",
            "headers": {"ETag": _ETAG_HEADER, "Cache-Control": _CACHE_HEADER},
        },
        304: {
            "description": "Not modified: If-None-Match matched the current ETag.",
            "headers": {"ETag": _ETAG_HEADER, "Cache-Control": _CACHE_HEADER},
        },
        404: {"model": ErrorBody, "description": "Malformed, unknown or never published."},
        410: {"model": Withdrawal, "description": "Withdrawn: take the summary down."},
        503: {"model": ErrorBody, "description": "The store cannot be opened."},
    },
)
def trial_summary(
    location: StoreUrl,
    nct_id: Annotated[
        str,
        # Documented, but checked in the handler: a malformed id is a 404 like
        # any unknown one, not a 422.
        PathParam(description="A ClinicalTrials.gov id.", json_schema_extra=NCT_SCHEMA),
    ],
    if_none_match: Annotated[
        str | None, Header(description="ETags from an earlier response.")
    ] = None,
) -> Response:
    """The latest approved version of a trial, exactly as `summarizer export` writes it.

    Send the `ETag` back in `If-None-Match` to get a 304 while it is unchanged.
    A 410 carries the withdrawal: take the summary down.
    """
    if not NCT_ID.fullmatch(nct_id):
        return _error(404, "not a ClinicalTrials.gov id: expected NCT and 8 digits")

    def work(store: Store) -> Response:
        item = published(store, nct_id)
        if item is None:
            return _error(404, f"no published summary for {nct_id}")
        if isinstance(item, Withdrawal):
            return JSONResponse(item.model_dump(mode="json"), status_code=410)
        tag = etag(item)
        headers = {"ETag": tag, "Cache-Control": CACHE_CONTROL}
        if _matches(if_none_match, tag):
            return Response(status_code=304, headers=headers)
        return JSONResponse(item.model_dump(mode="json"), headers=headers)

    return _with_store(location, work)


@router.get(
    "/summaries",
    operation_id="listSummaries",
    summary="The change feed: each trial changed after a cursor, in its current state",
    response_model=FeedPage,
    responses={
        409: {"model": ErrorBody, "description": "The cursor is ahead of the store's feed."},
        503: {"model": ErrorBody, "description": "The store cannot be opened."},
    },
)
def summaries_feed(
    location: StoreUrl,
    since: Annotated[
        int, Query(ge=0, le=Store.MAX_CURSOR, description="0, or a previous next_cursor.")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 100,
) -> Response:
    """Publish and withdraw items for trials changed after `since`, oldest change first.

    Each trial appears once, in its current state. Import the items, then store
    `next_cursor`; ask again while `has_more`. `since=0` gives every trial.
    """

    def work(store: Store) -> Response:
        try:
            page = feed_page(store, since=since, limit=limit)
        except CursorAhead as exc:
            return _error(409, str(exc))
        return JSONResponse(page.model_dump(mode="json"), headers={"Cache-Control": "no-store"})

    return _with_store(location, work)


def create_app(store_url: str) -> FastAPI:
    """A stand-alone app serving only the read API (and its OpenAPI document)."""
    app = FastAPI(
        title="summarizer read API",
        version=API_VERSION,
        description="Published plain-language summaries of ClinicalTrials.gov records, "
        "for the site to import. The same items as `summarizer export`.",
    )
    app.state.store_url = store_url
    app.include_router(router)
    return app


def openapi_document() -> dict[str, Any]:
    return create_app("unused").openapi()


def write_openapi(path: Path = OPENAPI_PATH) -> Path:
    """Write the published OpenAPI document (committed; a test keeps it fresh)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(openapi_document(), indent=2) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] != ["--write-openapi"]:
        sys.exit("usage: python -m summarizer.api --write-openapi")
    print(f"wrote {write_openapi()}")
