"""The editors' review web app: a queue, a review screen, edits with live re-checks.

Pages are Jinja2 templates rendered server-side with autoescaping on, in an
environment of their own (the prompts' sandbox renders plain text and must
not escape). Every page works without JavaScript; ``review.js`` only adds the
live re-check while an editor types.

Security, in brief:

- Editors sign in (``accounts.py``); every page but the login page needs a session.
- Every POST carries a CSRF token: the session's for signed-in editors, and for
  the login form one derived from ``secret_key`` and a cookie nonce. A POST
  whose ``Origin`` is another site is refused whatever its token.
- Record and summary text only ever reaches the page through escaped template
  output or ``textContent``; the Content-Security-Policy allows no inline
  script or style, as a second line of defence.
- Only known host names are served (DNS rebinding), and the CLI binds to
  127.0.0.1 unless told otherwise.

The store is opened per request, in the thread that serves it: a SQLite
connection must not cross threads, and a PostgreSQL one is cheap to open.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import NotFound, StoreError, SummarizerError
from ..prompts import DEFAULT_PROMPT, PromptTemplate, load_prompt
from ..store import Store, SummaryVersion
from ..writers import Writer, make_writer
from . import actions
from .accounts import SESSION_LIFETIME, Accounts, LoginLimiter, Session
from .fields import attach_findings, record_fields
from .history import ACTION_WORDS, audit_trail
from .queue import (
    SEVERITIES,
    STATE_LABELS,
    STATES,
    QueueFilter,
    next_in_queue,
    queue_view,
)
from .text import annotate, excerpt

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "summarizer_session"
LOGIN_COOKIE = "summarizer_login"
FLASH_COOKIE = "summarizer_flash"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
DEFAULT_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
NCT_RE = re.compile(r"^NCT\d{8}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


class LoginRequired(Exception):
    pass


class CsrfRefused(Exception):
    pass


# --- plumbing -------------------------------------------------------------------------


class SecurityHeaders:
    """ASGI middleware adding the security headers to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                # Pages show unpublished text: keep them out of shared caches, unless
                # a route chose its own policy (the read API revalidates by ETag).
                if b"cache-control" not in present and not scope["path"].startswith("/static/"):
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["ACTION_WORDS"] = ACTION_WORDS
    env.globals["queue_url"] = queue_url
    return env


def queue_url(current: QueueFilter | None, **changes: Any) -> str:
    """The queue's URL for ``current`` with ``changes``, leaving out empty filters."""
    fields = asdict(current) if current is not None else {}
    fields |= changes
    return "/queue?" + urlencode({k: v for k, v in fields.items() if v not in ("", None)})


def _local_path(target: str | None) -> str:
    """``target`` if it is a path on this site, else the queue: no open redirects."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return "/queue"


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "") or request.url.path.endswith(
        "/check"
    )


class ReviewApp:
    """The app's state and its pages. ``create_app`` builds one and wires its routes."""

    def __init__(
        self,
        store_url: str,
        *,
        secret_key: bytes,
        writer: Writer | None,
        prompt: PromptTemplate | None,
        limiter: LoginLimiter,
        secure_cookies: bool,
    ) -> None:
        self.store_url = store_url
        self.secret_key = secret_key
        self._writer = writer
        self._prompt = prompt
        self.limiter = limiter
        self.secure_cookies = secure_cookies
        self.templates = Jinja2Templates(env=_environment())

    # --- helpers -----------------------------------------------------------------

    @contextmanager
    def store(self) -> Iterator[Store]:
        with Store.open(self.store_url) as store:
            yield store

    def writer(self) -> Writer:
        return self._writer if self._writer is not None else make_writer()

    def prompt(self) -> PromptTemplate:
        return self._prompt if self._prompt is not None else load_prompt(DEFAULT_PROMPT)

    def _lookup_session(self, token: str | None) -> Session | None:
        if not token:
            return None
        with self.store() as store:
            return Accounts(store).session(token)

    async def session(self, request: Request) -> Session | None:
        if not hasattr(request.state, "session"):
            token = request.cookies.get(SESSION_COOKIE)
            request.state.session = await run_in_threadpool(self._lookup_session, token)
        found: Session | None = request.state.session
        return found

    async def require_editor(self, request: Request) -> Session:
        session = await self.session(request)
        if session is None:
            raise LoginRequired()
        return session

    def login_token(self, nonce: str) -> str:
        return hmac.new(self.secret_key, nonce.encode(), hashlib.sha256).hexdigest()

    async def protect(self, request: Request) -> None:
        """Refuse a state-changing request without the right CSRF token or from another site."""
        if request.method in SAFE_METHODS:
            return
        origin = request.headers.get("origin")
        if origin is not None:
            host = request.headers.get("host", "")
            if origin == "null" or urlsplit(origin).netloc != host:
                raise CsrfRefused()
        sent = request.headers.get(CSRF_HEADER)
        if sent is None and "form" in request.headers.get("content-type", ""):
            value = (await request.form()).get(CSRF_FIELD)
            sent = value if isinstance(value, str) else None
        if request.url.path == "/login":
            nonce = request.cookies.get(LOGIN_COOKIE, "")
            expected = self.login_token(nonce) if nonce else None
        else:
            expected = (await self.require_editor(request)).csrf_token
        if not (sent and expected and hmac.compare_digest(sent, expected)):
            raise CsrfRefused()

    def flash(self, response: Response, text: str, kind: str = "ok") -> None:
        payload = base64.urlsafe_b64encode(json.dumps([kind, text]).encode()).decode()
        response.set_cookie(
            FLASH_COOKIE, payload, httponly=True, samesite="lax", secure=self.secure_cookies
        )

    def render(
        self,
        request: Request,
        name: str,
        context: dict[str, Any],
        *,
        status_code: int = 200,
        session: Session | None = None,
    ) -> HTMLResponse:
        flash = None
        raw = request.cookies.get(FLASH_COOKIE)
        if raw:
            try:
                kind, text = json.loads(base64.urlsafe_b64decode(raw.encode()))
                flash = {"kind": str(kind), "text": str(text)}
            except (ValueError, TypeError):
                flash = None
        base = {"session": session, "flash": flash, "csrf_token": session.csrf_token if session
                else ""}  # fmt: skip
        response = self.templates.TemplateResponse(
            request, name, base | context, status_code=status_code
        )
        if raw:
            response.delete_cookie(FLASH_COOKIE)
        return response

    def redirect(self, target: str) -> RedirectResponse:
        return RedirectResponse(target, status_code=303)

    # --- login --------------------------------------------------------------------

    def login_page(
        self, request: Request, *, error: str | None = None, status_code: int = 200,
        username: str = "", next_path: str = "/queue",
    ) -> HTMLResponse:  # fmt: skip
        nonce = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)
        response = self.render(
            request,
            "login.html",
            {"login_token": self.login_token(nonce), "error": error, "username": username,
             "next": _local_path(next_path)},
            status_code=status_code,
        )  # fmt: skip
        response.set_cookie(
            LOGIN_COOKIE, nonce, httponly=True, samesite="strict", secure=self.secure_cookies
        )
        return response

    def login(self, request: Request, username: str, password: str, next_path: str) -> Response:
        username = username.strip().lower()
        address = _client(request)
        wait = self.limiter.retry_after(address, username)
        if wait:
            minutes = -(-wait // 60)
            refused = self.login_page(
                request,
                error=f"Too many failed attempts. Try again in {minutes} minute(s).",
                status_code=429,
                username=username,
                next_path=next_path,
            )
            refused.headers["retry-after"] = str(wait)
            return refused
        with self.store() as store:
            accounts = Accounts(store)
            if not accounts.authenticate(username, password):
                self.limiter.failed(address, username)
                return self.login_page(
                    request, error="Wrong username or password.", status_code=401,
                    username=username, next_path=next_path,
                )  # fmt: skip
            self.limiter.succeeded(address, username)
            token, _ = accounts.start_session(username)
        response = self.redirect(_local_path(next_path))
        response.set_cookie(
            SESSION_COOKIE, token, httponly=True, samesite="lax", secure=self.secure_cookies,
            max_age=int(SESSION_LIFETIME.total_seconds()),
        )  # fmt: skip
        response.delete_cookie(LOGIN_COOKIE)
        return response

    def logout(self, request: Request) -> Response:
        with self.store() as store:
            Accounts(store).end_session(request.cookies.get(SESSION_COOKIE))
        response = self.redirect("/login")
        response.delete_cookie(SESSION_COOKIE)
        return response

    # --- queue -------------------------------------------------------------------------

    def queue_page(self, request: Request, session: Session) -> HTMLResponse:
        q = request.query_params
        state = q.get("state", "review")
        wanted = QueueFilter(
            state=state if state in STATES else "review",
            code=q.get("code", "")[:80],
            severity=q.get("severity", "") if q.get("severity") in SEVERITIES else "",
            condition=q.get("condition", "")[:200],
            since=q.get("since", "") if DATE_RE.match(q.get("since", "")) else "",
            until=q.get("until", "") if DATE_RE.match(q.get("until", "")) else "",
        )
        try:
            page = int(q.get("page", "1"))
        except ValueError:
            page = 1
        with self.store() as store:
            view = queue_view(store, wanted, page=page)
        return self.render(
            request,
            "queue.html",
            {"view": view, "state_labels": STATE_LABELS, "states": STATES,
             "severities": SEVERITIES, "filter": wanted},
            session=session,
        )  # fmt: skip

    # --- review screen ---------------------------------------------------------------------

    def _review_context(
        self, store: Store, nct_id: str, version: int | None, session: Session
    ) -> dict[str, Any]:
        shown = store.get_version(nct_id, version)
        latest = store.get_version(nct_id)
        trial = store.get_trial(nct_id)
        record_hash = store.record_hash(nct_id)
        source_changed = record_hash is not None and record_hash != shown.source_hash
        findings = shown.findings
        readability = shown.readability
        if source_changed:
            # Stored findings were checked against the old record; what matters
            # now is what the summary gets wrong about the current one.
            live = actions.check_text(trial, shown.text)
            findings, readability = live.report.findings, live.report.readability
        groups = record_fields(trial)
        linked = attach_findings(groups, findings)
        errors = sum(f.severity == "error" for f in findings)
        approved = store.latest_approved(nct_id)
        return {
            "nct_id": nct_id,
            "shown": shown,
            "latest": latest,
            "is_latest": shown.version == latest.version,
            "versions": store.versions(nct_id),
            "trial": trial,
            "groups": groups,
            "findings": findings,
            "finding_rows": linked,
            "excerpts": [excerpt(shown.text, f) for f in findings],
            "lines": annotate(shown.text, findings),
            "readability": readability,
            "errors": errors,
            "warnings": len(findings) - errors,
            "source_changed": source_changed,
            "own_version": shown.author == session.username,
            "trail": audit_trail(store, nct_id),
            "live_version": approved.version if approved else None,
            "next_nct": next_in_queue(store, after=nct_id),
        }

    def review_page(
        self,
        request: Request,
        session: Session,
        nct_id: str,
        version: int | None,
        *,
        error: str | None = None,
        note: str = "",
        status_code: int = 200,
    ) -> HTMLResponse:
        with self.store() as store:
            context = self._review_context(store, nct_id, version, session)
        context |= {"error": error, "note": note}
        return self.render(
            request, "review.html", context, session=session, status_code=status_code
        )

    def edit_page(
        self,
        request: Request,
        session: Session,
        nct_id: str,
        version: int | None,
        *,
        text: str | None = None,
        note: str = "",
        error: str | None = None,
        status_code: int = 200,
    ) -> HTMLResponse:
        with self.store() as store:
            base = store.get_version(nct_id, version)
            trial = store.get_trial(nct_id)
            draft = base.text if text is None else text
            live = actions.check_text(trial, draft)
        groups = record_fields(trial)
        linked = attach_findings(groups, live.report.findings)
        return self.render(
            request,
            "edit.html",
            {"nct_id": nct_id, "base": base, "text": draft, "note": note, "trial": trial,
             "live": live, "findings": live.report.findings, "finding_rows": linked,
             "excerpts": [excerpt(live.text, f) for f in live.report.findings],
             "lines": live.lines, "groups": groups, "error": error or live.structure_error,
             "readability": live.report.readability},
            session=session,
            status_code=status_code,
        )  # fmt: skip

    def live_check(self, nct_id: str, text: str) -> dict[str, Any]:
        with self.store() as store:
            trial = store.get_trial(nct_id)
        live = actions.check_text(trial, text)
        groups = record_fields(trial)
        linked = attach_findings(groups, live.report.findings)
        return {
            "flagged": live.report.flagged,
            "structure_error": live.structure_error,
            "readability": live.report.readability,
            "findings": [
                f.model_dump(mode="json")
                | {
                    "excerpt": excerpt(live.text, f),
                    "field_anchor": linked[i].anchor if i in linked else None,
                    "field_label": linked[i].label if i in linked else None,
                }
                for i, f in enumerate(live.report.findings)
            ],
            "lines": [
                {"kind": line.kind, "segments": [asdict(s) for s in line.segments]}
                for line in live.lines
            ],
        }

    def after_review(self, store: Store, done: SummaryVersion, verb: str) -> Response:
        following = next_in_queue(store, after=done.nct_id)
        if following is None:
            response = self.redirect("/queue")
            self.flash(response, f"{verb} {done.nct_id} v{done.version}. The queue is clear.")
        else:
            response = self.redirect(f"/trial/{following}")
            self.flash(
                response, f"{verb} {done.nct_id} v{done.version}. Next in the queue: {following}."
            )
        return response


FormText = Annotated[str, Form()]


def create_app(
    store_url: str,
    *,
    secret_key: str | bytes | None = None,
    writer: Writer | None = None,
    prompt: PromptTemplate | None = None,
    allowed_hosts: tuple[str, ...] | list[str] = DEFAULT_HOSTS,
    login_limiter: LoginLimiter | None = None,
    secure_cookies: bool = False,
) -> FastAPI:
    """The review app over the store at ``store_url`` (a path, sqlite:/// or postgresql:// URL).

    ``writer`` and ``prompt`` regenerate summaries (default: as ``summarizer summarize``
    would choose). ``secret_key`` keys the login form's CSRF token (default: random per
    process). Set ``secure_cookies`` when serving over HTTPS behind a proxy.
    """
    Store.open(store_url).close()  # migrate once, before the first request
    key = secret_key.encode() if isinstance(secret_key, str) else secret_key
    review = ReviewApp(
        store_url,
        secret_key=key or secrets.token_bytes(32),
        writer=writer,
        prompt=prompt,
        limiter=login_limiter or LoginLimiter(),
        secure_cookies=secure_cookies,
    )
    app = FastAPI(title="summarizer review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store_url = store_url
    app.state.review = review
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_error_pages(app, review)
    app.include_router(_routes(review))
    try:
        from ..api import router as api_router
    except ModuleNotFoundError as exc:  # the read API is optional
        if exc.name != "summarizer.api":
            raise
    else:
        app.include_router(api_router)
    return app


def _install_error_pages(app: FastAPI, review: ReviewApp) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": "Sign in again."}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method not in SAFE_METHODS:  # come back to the page the form was on
            target = urlsplit(request.headers.get("referer", "")).path or "/queue"
        return review.redirect(f"/login?next={quote(_local_path(target), safe='')}")

    @app.exception_handler(CsrfRefused)
    async def csrf_refused(request: Request, exc: CsrfRefused) -> Response:
        message = (
            "This request was refused because it did not carry this page's security token. "
            "Go back, reload the page and try again."
        )
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=403)
        return review.render(
            request, "error.html", {"title": "Request refused", "message": message},
            status_code=403, session=await review.session(request),
        )  # fmt: skip

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        session = await review.session(request)
        return review.render(
            request, "error.html", {"title": "Not found", "message": str(exc)},
            status_code=404, session=session,
        )  # fmt: skip


def _nct(nct_id: str) -> str:
    nct_id = nct_id.upper()
    if not NCT_RE.match(nct_id):
        raise NotFound(f"{nct_id!r} is not an NCT id")
    return nct_id


async def _signed_in(request: Request) -> Session:
    review: ReviewApp = request.app.state.review
    return await review.require_editor(request)


async def _protected(request: Request) -> None:
    review: ReviewApp = request.app.state.review
    await review.protect(request)


Editor = Annotated[Session, Depends(_signed_in)]


def _routes(review: ReviewApp) -> APIRouter:
    router = APIRouter(dependencies=[Depends(_protected)])

    @router.get("/", include_in_schema=False)
    async def home() -> Response:
        return review.redirect("/queue")

    @router.get("/login", response_class=HTMLResponse)
    async def login_form(request: Request) -> Response:
        if await review.session(request) is not None:
            return review.redirect(_local_path(request.query_params.get("next")))
        return review.login_page(request, next_path=request.query_params.get("next", "/queue"))

    @router.post("/login")
    def login(
        request: Request, username: FormText, password: FormText, next: FormText = "/queue"
    ) -> Response:
        return review.login(request, username, password, next)

    @router.post("/logout")
    def logout(request: Request, editor: Editor) -> Response:
        return review.logout(request)

    @router.get("/queue", response_class=HTMLResponse)
    def queue(request: Request, editor: Editor) -> Response:
        return review.queue_page(request, editor)

    @router.get("/trial/{nct_id}", response_class=HTMLResponse)
    def trial(
        request: Request, editor: Editor, nct_id: str, version: int | None = None
    ) -> Response:
        return review.review_page(request, editor, _nct(nct_id), version)

    @router.get("/trial/{nct_id}/edit", response_class=HTMLResponse)
    def edit_form(
        request: Request, editor: Editor, nct_id: str, version: int | None = None
    ) -> Response:
        return review.edit_page(request, editor, _nct(nct_id), version)

    @router.post("/trial/{nct_id}/edit")
    def edit(
        request: Request,
        editor: Editor,
        nct_id: str,
        version: Annotated[int, Form()],
        text: FormText,
        note: FormText = "",
        intent: FormText = "save",
    ) -> Response:
        nct_id = _nct(nct_id)
        if intent != "save":
            return review.edit_page(request, editor, nct_id, version, text=text, note=note)
        try:
            with review.store() as store:
                saved = actions.save_edit(
                    store, nct_id, version, text, editor=editor.username, note=note
                )
        except StoreError as exc:
            return review.edit_page(
                request, editor, nct_id, version, text=text, note=note, error=str(exc),
                status_code=400,
            )  # fmt: skip
        response = review.redirect(f"/trial/{nct_id}?version={saved.version}")
        outcome = (
            f"{saved.status}: {sum(f.severity == 'error' for f in saved.findings)} error(s) remain"
            if saved.status == "flagged"
            else "the checks find no errors, so it is approved and will be published"
        )
        review.flash(response, f"Saved your edit as v{saved.version}; {outcome}.")
        return response

    @router.post("/trial/{nct_id}/check")
    async def check(request: Request, editor: Editor, nct_id: str) -> Response:
        nct_id = _nct(nct_id)
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return JSONResponse({"error": 'send {"text": ...}'}, status_code=400)
        result = await run_in_threadpool(review.live_check, nct_id, body["text"])
        return JSONResponse(result)

    def _review_action(
        request: Request, editor: Session, nct_id: str, version: int, note: str, action: str
    ) -> Response:
        nct_id = _nct(nct_id)
        try:
            with review.store() as store:
                done = actions.review(store, nct_id, version, action, editor.username, note)
                return review.after_review(
                    store, done, "Approved" if action == "approve" else "Rejected"
                )
        except NotFound:
            raise
        except StoreError as exc:
            return review.review_page(
                request, editor, nct_id, None, error=str(exc), note=note, status_code=400
            )

    @router.post("/trial/{nct_id}/approve")
    def approve(
        request: Request,
        editor: Editor,
        nct_id: str,
        version: Annotated[int, Form()],
        note: FormText = "",
    ) -> Response:
        return _review_action(request, editor, nct_id, version, note, "approve")

    @router.post("/trial/{nct_id}/reject")
    def reject(
        request: Request,
        editor: Editor,
        nct_id: str,
        version: Annotated[int, Form()],
        note: FormText = "",
    ) -> Response:
        return _review_action(request, editor, nct_id, version, note, "reject")

    @router.post("/trial/{nct_id}/regenerate")
    def regenerate(request: Request, editor: Editor, nct_id: str) -> Response:
        nct_id = _nct(nct_id)
        response = review.redirect(f"/trial/{nct_id}")
        try:
            with review.store() as store:
                made = actions.regenerate(
                    store, nct_id, writer=review.writer(), prompt=review.prompt(),
                    requested_by=editor.username,
                )  # fmt: skip
        except NotFound:
            raise
        except (SummarizerError, ValueError) as exc:  # a writer or prompt that cannot run
            review.flash(response, str(exc), "error")
            return response
        review.flash(
            response,
            f"Regenerated as v{made.version} ({made.status}) with prompt "
            f"{made.provenance.prompt_name}@v{made.provenance.prompt_version}.",
        )
        return response

    @router.post("/trial/{nct_id}/recheck")
    def recheck(
        request: Request, editor: Editor, nct_id: str, version: Annotated[int, Form()]
    ) -> Response:
        nct_id = _nct(nct_id)
        with review.store() as store:
            base = store.get_version(nct_id, version)
            saved = actions.save_edit(
                store, nct_id, version, base.text, editor=editor.username,
                note="re-checked against the changed record",
            )  # fmt: skip
        response = review.redirect(f"/trial/{nct_id}?version={saved.version}")
        review.flash(
            response, f"Re-checked against the current record as v{saved.version} ({saved.status})."
        )
        return response

    return router
