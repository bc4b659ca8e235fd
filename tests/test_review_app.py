"""The review web app over HTTP (FastAPI's TestClient): sign-in, CSRF, the queue, decisions,
edits, live checks, regeneration, re-queue and escaping, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from summarizer.database import connect
from summarizer.migrations import MIGRATIONS, applied
from summarizer.review.accounts import Accounts, LoginLimiter, hash_password, verify_password
from summarizer.review.app import create_app
from summarizer.review.history import diff_lines, record_event
from summarizer.review.queue import QueueFilter, queue_view
from summarizer.review.text import EditError, annotate, parse_markdown
from summarizer.store import Store
from summarizer.writers.builtin import compose
from tests.review_support import (
    PASSWORDS,
    RIGHT_AGES,
    SEED_ID,
    WRONG_AGES,
    XSS_CRITERION,
    XSS_TITLE,
    TamperingWriter,
    add_editors,
    add_flagged,
    seed,
    seed_record,
)
from tests.support import FIXTURES

BASE = "http://127.0.0.1"
TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


class Browser:
    """A TestClient that signs in and remembers the page's CSRF token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.token = ""

    def login(self, username: str = "dana", password: str | None = None) -> Response:
        page = self.client.get("/login")
        login_token = TOKEN_RE.search(page.text)
        assert login_token is not None
        response = self.client.post(
            "/login",
            data={
                "username": username,
                "password": PASSWORDS[username] if password is None else password,
                "csrf_token": login_token.group(1),
                "next": "/queue",
            },
            follow_redirects=False,
        )
        if response.status_code == 303:
            self.token = self.csrf_from(self.client.get("/queue"))
        return response

    def logout(self) -> None:
        self.client.post("/logout", data={"csrf_token": self.token})
        self.client.cookies.clear()

    @staticmethod
    def csrf_from(page: Response) -> str:
        found = TOKEN_RE.search(page.text)
        assert found is not None, page.text
        return found.group(1)

    def post(self, path: str, **data: object) -> Response:
        form = {"csrf_token": self.token, **{k: str(v) for k, v in data.items()}}
        return self.client.post(path, data=form, follow_redirects=False)

    def check(self, text: str) -> Response:
        return self.client.post(
            f"/trial/{SEED_ID}/check", json={"text": text}, headers={"X-CSRF-Token": self.token}
        )


@pytest.fixture
def seeded(store_url: str) -> str:
    """A seeded store on SQLite and on PostgreSQL: for what touches the store."""
    seed(store_url, malicious=True)
    return store_url


@pytest.fixture
def local(tmp_path: Path) -> str:
    """A seeded SQLite store: for HTTP behaviour that does not depend on the engine."""
    location = str(tmp_path / "local.db")
    seed(location, malicious=True)
    return location


def make_client(store_url: str, **options: object) -> TestClient:
    options.setdefault("writer", TamperingWriter())
    return TestClient(create_app(store_url, **options), base_url=BASE)  # type: ignore[arg-type]


@pytest.fixture
def browser(seeded: str) -> Iterator[Browser]:
    with make_client(seeded) as client:
        yield Browser(client)


@pytest.fixture
def dana(browser: Browser) -> Browser:
    assert browser.login("dana").status_code == 303
    return browser


@pytest.fixture
def web(local: str) -> Iterator[Browser]:
    with make_client(local) as client:
        yield Browser(client)


@pytest.fixture
def signed_in(web: Browser) -> Browser:
    assert web.login("dana").status_code == 303
    return web


def latest(store_url: str, nct_id: str = SEED_ID):  # type: ignore[no-untyped-def]
    with Store.open(store_url) as store:
        return store.get_version(nct_id)


def fixed_text() -> str:
    with_error = latest_text_of_seed()
    assert WRONG_AGES in with_error
    return with_error.replace(WRONG_AGES, RIGHT_AGES)


def latest_text_of_seed() -> str:
    summary = compose(seed_record().trial)
    return summary.to_markdown().replace(RIGHT_AGES, WRONG_AGES)


# --- signing in --------------------------------------------------------------------------


def test_pages_need_a_signed_in_editor(web: Browser) -> None:
    for path in ("/queue", f"/trial/{SEED_ID}", f"/trial/{SEED_ID}/edit"):
        response = web.client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=%2F")
    assert web.client.get("/static/review.css").status_code == 200


def test_login_sets_a_session_cookie_that_scripts_cannot_read(browser: Browser) -> None:
    response = browser.login("dana")
    assert response.status_code == 303
    assert response.headers["location"] == "/queue"
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith("summarizer_session=")
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Signed in as <strong>dana</strong>" in browser.client.get("/queue").text


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(web: Browser) -> None:
    wrong = web.login("dana", "not the password")
    unknown = web.login("lee", "nope nope nope")
    assert wrong.status_code == unknown.status_code == 401
    assert "Wrong username or password." in wrong.text
    assert web.client.get("/queue", follow_redirects=False).status_code == 303


def test_logins_are_rate_limited(local: str) -> None:
    now = [1000.0]
    limiter = LoginLimiter(max_failures=3, window_seconds=60, clock=lambda: now[0])
    with make_client(local, login_limiter=limiter) as client:
        browser = Browser(client)
        assert [browser.login("dana", "guess").status_code for _ in range(3)] == [401] * 3
        refused = browser.login("dana")  # even the right password, until the window passes
        assert refused.status_code == 429
        assert int(refused.headers["retry-after"]) == 61
        assert "Too many failed attempts. Try again in 2 minute(s)." in refused.text
        now[0] += 61
        assert browser.login("dana").status_code == 303


def test_logout_ends_the_session_on_the_server(signed_in: Browser) -> None:
    cookie = signed_in.client.cookies.get("summarizer_session")
    signed_in.logout()
    signed_in.client.cookies.set("summarizer_session", cookie or "")
    assert signed_in.client.get("/queue", follow_redirects=False).status_code == 303


def test_login_redirects_only_within_the_site(web: Browser) -> None:
    page = web.client.get("/login?next=//evil.example/x")
    token = Browser.csrf_from(page)
    response = web.client.post(
        "/login",
        data={"username": "dana", "password": PASSWORDS["dana"], "csrf_token": token,
              "next": "//evil.example/x"},
        follow_redirects=False,
    )  # fmt: skip
    assert response.headers["location"] == "/queue"


def test_passwords_are_salted_scrypt_hashes() -> None:
    first, second = hash_password("correct horse battery"), hash_password("correct horse battery")
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert verify_password("correct horse battery", first)
    assert not verify_password("correct horse batterY", first)
    assert not verify_password("correct horse battery", first.replace("scrypt", "md5"))
    assert not verify_password("anything", "garbage")


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("Dana Smith", "long enough pw", "invalid username 'Dana Smith'"),
        ("dana2", "short", "the password must be at least 10 characters"),
        ("dana", "long enough pw", "an editor named 'dana' already exists"),
    ],
)
def test_account_rules(tmp_path: Path, username: str, password: str, message: str) -> None:
    with Store.open(tmp_path / "a.db") as store:
        add_editors(store)
        with pytest.raises(Exception, match=re.escape(message)):
            Accounts(store).add(username, password)


def test_passwords_are_never_stored_in_clear(seeded: str) -> None:
    with Store.open(seeded) as store:
        rows = store.db.execute("SELECT username, password_hash FROM editors").fetchall()
    assert {r["username"] for r in rows} == set(PASSWORDS)
    assert all(PASSWORDS[r["username"]] not in r["password_hash"] for r in rows)


# --- CSRF and headers ---------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "forged"])
def test_a_post_without_the_csrf_token_is_refused(
    signed_in: Browser, local: str, token: str
) -> None:
    data = {"version": "1", "note": "looks fine"}
    if token:
        data["csrf_token"] = token
    response = signed_in.client.post(f"/trial/{SEED_ID}/approve", data=data, follow_redirects=False)
    assert response.status_code == 403
    assert "did not carry this page" in response.text
    assert latest(local).status == "flagged"


def test_a_post_from_another_site_is_refused_even_with_the_token(signed_in: Browser) -> None:
    response = signed_in.client.post(
        f"/trial/{SEED_ID}/reject",
        data={"csrf_token": signed_in.token, "version": "1", "note": "x"},
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403


def test_login_needs_its_csrf_token(web: Browser) -> None:
    response = web.client.post("/login", data={"username": "dana", "password": PASSWORDS["dana"]})
    assert response.status_code == 403


def test_live_check_needs_the_csrf_header(signed_in: Browser) -> None:
    response = signed_in.client.post(f"/trial/{SEED_ID}/check", json={"text": "x"})
    assert response.status_code == 403
    assert response.json()["error"].startswith("This request was refused")


def test_security_headers(signed_in: Browser) -> None:
    for path in ("/login", "/queue", f"/trial/{SEED_ID}"):
        headers = signed_in.client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "'unsafe-inline'" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "same-origin"
        assert headers["cache-control"] == "no-store"


def test_unknown_host_names_are_refused(local: str) -> None:
    with TestClient(create_app(local), base_url="http://rebound.example") as client:
        assert client.get("/login").status_code == 400


# --- the queue ----------------------------------------------------------------------------


def test_queue_lists_flagged_summaries_first_with_counts(dana: Browser) -> None:
    page = dana.client.get("/queue").text
    assert "<strong>2</strong> of 4 summaries need review" in page
    rows = re.findall(r'<a class="trial-link" href="/trial/(NCT\d+)">', page)
    assert rows == ["NCT05706103", "NCT09999999"]
    assert re.search(r"Approved <span class=\"count\">2</span>", page)
    assert "age.range (2)" in page  # the finding-type filter shows its counts
    everything = dana.client.get("/queue?state=all").text
    assert re.findall(r'href="/trial/(NCT\d+)">', everything)[:2] == rows  # flagged first


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("state=approved", {"NCT00000410", "NCT00405041"}),
        ("state=all&code=age.range", {SEED_ID, "NCT09999999"}),
        ("state=all&severity=error", {SEED_ID, "NCT09999999"}),
        ("state=all&code=age.range&severity=warning", set()),
        ("state=all&condition=herniated", {"NCT00000410", "NCT00405041"}),
        ("state=all&condition=LOW%20BACK", {SEED_ID, "NCT09999999", "NCT00000410"}),
        ("state=all&since=2999-01-01", set()),
        ("state=all&until=2000-01-01", set()),
        ("state=rejected", set()),
    ],
)
def test_queue_filters(signed_in: Browser, query: str, shown: set[str]) -> None:
    page = signed_in.client.get(f"/queue?{query}").text
    assert set(re.findall(r'class="trial-link" href="/trial/(NCT\d+)"', page)) == shown


def test_queue_counts_say_what_each_filter_would_show(seeded: str) -> None:
    with Store.open(seeded) as store:
        view = queue_view(store, QueueFilter(state="all", severity="error"))
    assert view.state_counts == {
        "review": 2, "flagged": 2, "changed": 0, "rejected": 0, "approved": 0, "all": 2,
    }  # fmt: skip
    codes = dict(view.code_counts)
    assert (codes["age.range"], codes["number.untraced"]) == (2, 2)
    assert view.severity_counts["error"] == 2
    assert (view.total, view.waiting, view.all_items) == (2, 2, 4)


# --- the review screen --------------------------------------------------------------------


def test_review_screen_highlights_each_finding_and_links_the_record_field(dana: Browser) -> None:
    page = dana.client.get(f"/trial/{SEED_ID}").text
    # The age range and the untraced 65 overlap: "65" is marked for both.
    assert re.search(r'<mark class="finding sev-error" data-findings="\d+">18 to </mark>', page)
    assert re.search(r'<mark class="finding sev-error" data-findings="\d+ \d+">65</mark>', page)
    assert '<a href="#field-maximum_age_years">Record: Maximum age</a>' in page
    assert 'class="field contradicted" id="field-maximum_age_years"' in page
    assert "45 Years" in page  # the record's own value, beside the summary
    assert "Summary says ages 18 to 65; the record says 18 to 45" in page
    assert re.search(r'data-key="flesch_kincaid_grade" class="(ok|over)">\d+(\.\d)?<', page)
    assert "summarizer</strong> wrote" in page


def test_unknown_trials_are_not_found(signed_in: Browser) -> None:
    assert signed_in.client.get("/trial/NCT00000001").status_code == 404
    assert signed_in.client.get("/trial/not-an-id").status_code == 404


# --- decisions ----------------------------------------------------------------------------


def test_approving_over_errors_needs_a_reason(dana: Browser, seeded: str) -> None:
    refused = dana.post(f"/trial/{SEED_ID}/approve", version=1, note="  ")
    assert refused.status_code == 400
    assert "2 error finding(s) remain; approving needs a note saying why" in refused.text
    done = dana.post(f"/trial/{SEED_ID}/approve", version=1, note="The record's 45 is a typo.")
    assert done.status_code == 303
    assert done.headers["location"] == "/trial/NCT09999999"  # on to the next in the queue
    approved = latest(seeded)
    assert (approved.status, approved.reviewed_by) == ("approved", "dana")


def test_rejecting_needs_a_note(dana: Browser, seeded: str) -> None:
    refused = dana.post(f"/trial/{SEED_ID}/reject", version=1)
    assert refused.status_code == 400
    assert f"{SEED_ID} v1: rejecting needs a note" in refused.text
    assert dana.post(f"/trial/{SEED_ID}/reject", version=1, note="wrong ages").status_code == 303
    assert latest(seeded).status == "rejected"


def test_the_author_of_a_version_cannot_approve_it(dana: Browser, seeded: str) -> None:
    still_wrong = latest_text_of_seed().replace("# Exercise", "# Exercises", 1)
    assert dana.post(f"/trial/{SEED_ID}/edit", version=1, text=still_wrong).status_code == 303
    page = dana.client.get(f"/trial/{SEED_ID}").text
    assert 'id="approve" disabled' in page
    refused = dana.post(f"/trial/{SEED_ID}/approve", version=2, note="fine")
    assert refused.status_code == 400
    assert f"{SEED_ID} v2: dana wrote this version and cannot approve it" in refused.text
    dana.logout()
    dana.login("lee")
    assert dana.post(f"/trial/{SEED_ID}/approve", version=2, note="ok, typo").status_code == 303
    assert latest(seeded).reviewed_by == "lee"


def test_only_the_latest_version_can_be_decided(dana: Browser) -> None:
    dana.post(f"/trial/{SEED_ID}/edit", version=1, text=fixed_text())
    refused = dana.post(f"/trial/{SEED_ID}/approve", version=1, note="old one")
    assert refused.status_code == 400
    assert f"{SEED_ID} v1 is not the latest version (v2)" in refused.text


# --- edits, live checks, regeneration -------------------------------------------------------


def test_an_edit_is_a_new_version_by_the_editor(dana: Browser, seeded: str) -> None:
    response = dana.post(f"/trial/{SEED_ID}/edit", version=1, text=fixed_text(), note="ages")
    assert response.status_code == 303
    assert response.headers["location"] == f"/trial/{SEED_ID}?version=2"
    saved = latest(seeded)
    assert (saved.version, saved.author, saved.parent_version, saved.note) == (2, "dana", 1, "ages")
    assert saved.provenance.backend == "editor"
    assert not [f for f in saved.findings if f.severity == "error"]
    assert saved.text == fixed_text()
    page = dana.client.get(response.headers["location"]).text
    assert "Saved your edit as v2; the checks find no errors" in page
    assert "Changes from v1" in page
    assert "<del>65</del>" in page and "<ins>45</ins>" in page
    with Store.open(seeded) as store:
        assert store.get_version(SEED_ID, 1).text == latest_text_of_seed()  # v1 is untouched


def test_an_edit_that_breaks_the_structure_is_refused_and_kept(dana: Browser, seeded: str) -> None:
    broken = fixed_text().replace("## Who can take part?", "Who can join")
    response = dana.post(f"/trial/{SEED_ID}/edit", version=1, text=broken)
    assert response.status_code == 400
    assert (
        "The heading &#39;## Who can take part?&#39; is missing or out of order." in response.text
    )
    assert "Who can join" in response.text  # the editor's text is not lost
    assert latest(seeded).version == 1


def test_check_intent_rechecks_without_saving(dana: Browser, seeded: str) -> None:
    response = dana.post(f"/trial/{SEED_ID}/edit", version=1, text=fixed_text(), intent="check")
    assert response.status_code == 200
    assert "age.range" not in response.text
    assert latest(seeded).version == 1


def test_live_check_returns_findings_and_marked_lines(dana: Browser) -> None:
    wrong = dana.check(latest_text_of_seed()).json()
    assert wrong["flagged"] is True
    first = wrong["findings"][0]
    assert (first["code"], first["excerpt"], first["field_anchor"]) == (
        "age.range", "18 to 65", "field-maximum_age_years"
    )  # fmt: skip
    codes = [f["code"] for f in wrong["findings"]]
    ages, untraced = codes.index("age.range"), codes.index("number.untraced")
    marked = [s for line in wrong["lines"] for s in line["segments"] if s["findings"]]
    assert {
        "text": "18 to ",
        "findings": [ages],
        "severity": "error",
        "starts": [ages],
        "ends": [],
    } in marked
    assert {
        "text": "65",
        "findings": [ages, untraced],
        "severity": "error",
        "starts": [untraced],
        "ends": [ages, untraced],
    } in marked
    fixed = dana.check(fixed_text()).json()
    assert fixed["flagged"] is False
    assert not [f for f in fixed["findings"] if f["severity"] == "error"]
    broken = dana.check("no headings").json()
    assert broken["structure_error"] == "The first line must be the title, starting with '# '."


def test_live_check_after_the_session_ends_says_so(signed_in: Browser) -> None:
    signed_in.logout()
    response = signed_in.client.post(
        f"/trial/{SEED_ID}/check", json={"text": "x"}, headers={"X-CSRF-Token": signed_in.token}
    )
    assert response.status_code == 401


def test_regenerate_writes_a_new_version_and_records_who_asked(dana: Browser, seeded: str) -> None:
    response = dana.post(f"/trial/{SEED_ID}/regenerate")
    assert response.status_code == 303
    made = latest(seeded)
    assert (made.version, made.author, made.status) == (2, "summarizer", "approved")
    page = dana.client.get(f"/trial/{SEED_ID}").text
    assert "Regenerated as v2 (approved) with prompt plain-summary@v" in page
    assert "regenerated at the request of <strong>dana</strong>" in page
    # The writer wrote it, so the editor who asked may approve it.
    assert 'id="approve" disabled' not in page


def test_a_failed_regeneration_is_reported_and_logged(seeded: str) -> None:
    class Broken(TamperingWriter):
        def write(self, trial, prompt):  # type: ignore[no-untyped-def]
            raise RuntimeError("endpoint down")

    with make_client(seeded, writer=Broken()) as client:
        browser = Browser(client)
        browser.login("dana")
        response = browser.post(f"/trial/{SEED_ID}/regenerate")
        page = client.get(response.headers["location"]).text
    assert "regeneration failed: RuntimeError: endpoint down" in page
    assert "asked for a regeneration, which failed" in page
    assert latest(seeded).version == 1


# --- re-queue ---------------------------------------------------------------------------------


def test_a_changed_record_sends_an_approved_summary_back_to_the_queue(
    dana: Browser, seeded: str
) -> None:
    dana.post(f"/trial/{SEED_ID}/edit", version=1, text=fixed_text())
    assert latest(seeded).status == "approved"
    assert SEED_ID not in dana.client.get("/queue").text
    record = seed_record()
    changed = record.trial.model_copy(update={"maximum_age_years": 40.0, "maximum_age": "40 Years"})
    with Store.open(seeded) as store:
        assert store.put_record(changed, record.raw)[1] == "changed"
    queue = dana.client.get("/queue").text
    assert f'href="/trial/{SEED_ID}"' in queue and "Record changed" in queue
    page = dana.client.get(f"/trial/{SEED_ID}").text
    assert "The registry record changed after this version was written." in page
    assert "Summary says ages 18 to 45; the record says 18 to 40" in page
    dana.logout()
    dana.login("lee")  # lee did not write v2, but it was checked against the old record
    refused = dana.post(f"/trial/{SEED_ID}/approve", version=2, note="still fine")
    assert refused.status_code == 400
    assert f"{SEED_ID} v2 was written before the record changed" in refused.text
    # Keeping the text makes a version checked against the new record: still wrong.
    dana.post(f"/trial/{SEED_ID}/recheck", version=2)
    rechecked = latest(seeded)
    assert (rechecked.version, rechecked.status, rechecked.parent_version) == (3, "flagged", 2)
    assert rechecked.author == "lee"
    assert "trial-link" not in dana.client.get("/queue?state=changed").text


# --- escaping -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/queue", "/trial/NCT09999999", "/trial/NCT09999999/edit"])
def test_record_text_is_escaped(signed_in: Browser, path: str) -> None:
    page = signed_in.client.get(path).text
    assert "<script>window" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page
    if path != "/queue":
        assert "&lt;img src=x onerror=&#34;window.__xss=3&#34;&gt;" in page
    assert XSS_TITLE and XSS_CRITERION  # the payloads are in the record itself


# --- text, diffs and the schema -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["NCT00000410.json", "NCT00258583.json", "NCT00831909.json"])
def test_markdown_parses_back_into_the_same_summary(name: str) -> None:
    from summarizer.parse import parse_file

    summary = compose(parse_file(FIXTURES / "v2" / name)[0].trial)
    assert parse_markdown(summary.to_markdown()) == summary


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("# Exercise", "Exercise", 1),
         "The first line must be the title, starting with '# '."),
        (lambda t: t.replace("## Key facts", "## Facts"),
         "The heading '## Key facts' is missing or out of order."),
        (lambda t: t.split("\n## What happens")[0] + "\n## What happens in the study?\n\n"
         + "\n## Key facts" + t.split("## Key facts")[1],
         "The section 'What happens in the study?' is empty."),
        (lambda t: t.rsplit("\n\n", 1)[0] + "\n",
         "The summary must end with the disclaimer, after a blank line below the key facts."),
        (lambda t: t.replace("- Study ID", "Study ID"),
         "Key facts must be a list: start each fact with '- '."),
    ],
)  # fmt: skip
def test_markdown_structure_errors(change, message: str) -> None:  # type: ignore[no-untyped-def]
    text = compose(seed_record().trial).to_markdown()
    with pytest.raises(EditError, match=re.escape(message)):
        parse_markdown(change(text))


def test_annotate_drops_markdown_markers_and_splits_overlaps() -> None:
    from summarizer.checks import Finding

    text = "# Title\n\n- aged 18 to 65 years\n"
    a, b = text.index("18"), text.index("65")
    findings = [
        Finding(code="x", severity="error", field=None, message="", span=(a, b + 2)),
        Finding(code="y", severity="warning", field=None, message="", span=(b, b + 2)),
    ]
    lines = annotate(text, findings)
    assert [line.kind for line in lines] == ["h1", "blank", "li"]
    assert [(s.text, s.findings) for s in lines[2].segments] == [
        ("aged ", []), ("18 to ", [0]), ("65", [0, 1]), (" years", []),
    ]  # fmt: skip


def test_diff_marks_changed_words_and_folds_the_rest() -> None:
    old = "\n".join(f"line {i}" for i in range(10)) + "\nPeople aged 18 to 65\n"
    rows = diff_lines(old, old.replace("65", "45"))
    assert [r.kind for r in rows] == ["gap", "same", "del", "add"]
    assert rows[0].skipped == 9
    assert rows[3].parts == [(False, "People aged 18 to "), (True, "45")]


def test_review_tables_migrate_from_the_previous_schema(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    db = connect(path)
    for fn in MIGRATIONS:
        if fn.__name__ == "m003_review_accounts":
            break
        with db.transaction():
            applied(db)
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, 'then')", (fn.__name__,)
            )
    db.close()
    with Store.open(path) as store:
        add_flagged(store)
        add_editors(store)
        assert "m003_review_accounts" in applied(store.db)
        assert Accounts(store).authenticate("dana", PASSWORDS["dana"])
        record_event(store, SEED_ID, 1, "regenerate", "dana", None)
        with pytest.raises(Exception, match="review events are append-only"):
            store.db.execute("UPDATE review_events SET actor = 'x'")
