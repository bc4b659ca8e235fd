from __future__ import annotations

from collections.abc import Iterator

import pytest

from summarizer.database import Database, connect
from summarizer.errors import StoreError
from summarizer.migrations import MIGRATIONS, applied, migrate
from summarizer.parse import parse_file
from summarizer.pipeline import summarize_trial
from summarizer.prompts import load_prompt
from summarizer.readability import measure
from summarizer.records import Status, content_hash
from summarizer.store import Store
from summarizer.writers.builtin import BuiltinWriter
from tests.support import FIXTURES

RECORD = FIXTURES / "v2" / "NCT00405041.json"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = Store.open(store_url)
    yield opened
    opened.close()


class CountingWriter(BuiltinWriter):
    """The builtin writer, counting calls, so tests can see when the LLM is skipped."""

    def __init__(self) -> None:
        self.calls = 0

    def write(self, trial, prompt):  # type: ignore[no-untyped-def]
        self.calls += 1
        return super().write(trial, prompt)


def test_content_hash_is_a_stable_contract() -> None:
    # Changing this breaks every stored source hash: add a new prefix instead.
    assert content_hash({"b": 1, "a": "é"}) == content_hash({"a": "é", "b": 1})
    assert content_hash({"a": 1}) == (
        "b2:" + __import__("hashlib").blake2b(b'{"a":1}', digest_size=32).hexdigest()
    )


def test_unchanged_record_makes_one_version_and_one_call(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    writer, prompt = CountingWriter(), load_prompt()
    first = summarize_trial(store, parsed.trial, parsed.raw, writer=writer, prompt=prompt)
    again = summarize_trial(store, parsed.trial, parsed.raw, writer=writer, prompt=prompt)
    assert (first.action, again.action) == ("created", "reused")
    assert writer.calls == 1
    assert [v.version for v in store.versions("NCT00405041")] == [1]


def test_changed_record_makes_a_second_version(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    writer, prompt = CountingWriter(), load_prompt()
    summarize_trial(store, parsed.trial, parsed.raw, writer=writer, prompt=prompt)
    changed = parsed.trial.model_copy(update={"enrollment": 80})
    outcome = summarize_trial(store, changed, parsed.raw, writer=writer, prompt=prompt)
    assert outcome.action == "created" and outcome.record_change == "changed"
    versions = store.versions("NCT00405041")
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].source_hash != versions[1].source_hash
    assert "80 people" in versions[1].text and "79 people" in versions[0].text


def test_version_records_provenance(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    prompt = load_prompt()
    outcome = summarize_trial(
        store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=prompt, author="alice"
    )
    version = store.get_version("NCT00405041", 1)
    assert outcome.version == version
    p = version.provenance
    assert (p.prompt_name, p.prompt_version, p.backend, p.model) == (
        "plain-summary", 2, "builtin", "builtin"
    )  # fmt: skip
    assert p.prompt_hash == prompt.render(parsed.trial).hash
    assert version.source_hash == content_hash(parsed.trial.normalized())
    assert version.author == "alice" and version.status == "approved"
    assert version.readability["flesch_kincaid_grade"] == measure(version.text).grade


def test_versions_are_immutable(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    summarize_trial(store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=load_prompt())
    with pytest.raises(Exception, match="summary versions are immutable"):
        store.db.execute("UPDATE summaries SET status = 'flagged'")
    with pytest.raises(Exception, match="summary versions are never deleted"):
        store.db.execute("DELETE FROM summaries")
    assert len(store.versions("NCT00405041")) == 1


def test_review_changes_status_without_touching_the_version(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    summarize_trial(store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=load_prompt())
    store.review("NCT00405041", 1, "reject", "bob", "too long")
    version = store.get_version("NCT00405041")
    assert (version.status, version.check_status, version.reviewed_by) == (
        "rejected", "approved", "bob"
    )  # fmt: skip
    assert store.latest_approved("NCT00405041") is None


def test_migrates_a_blank_database(store_url: str) -> None:
    db = connect(store_url)
    assert migrate(db) == [m.__name__ for m in MIGRATIONS]
    assert migrate(db) == []
    names = {r["name"] for r in db.execute("SELECT name FROM _migrations")}
    assert names == {m.__name__ for m in MIGRATIONS}
    for table in ("records", "summaries", "reviews", "failures"):
        assert db.execute(f"SELECT COUNT(*) AS n FROM {table}").fetchone()["n"] == 0
    db.close()


def test_migrates_from_the_previous_schema(store_url: str) -> None:
    """A store made by the first release opens, keeps its data and gains later migrations."""
    db = connect(store_url)
    migrate_only = MIGRATIONS[:1]
    for fn in migrate_only:
        with db.transaction():
            applied(db)
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, 'then')", (fn.__name__,)
            )
    db.close()
    with Store.open(store_url) as store:
        parsed = parse_file(RECORD)[0]
        summarize_trial(
            store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=load_prompt()
        )
        names = {r["name"] for r in store.db.execute("SELECT name FROM _migrations")}
        assert names == {m.__name__ for m in MIGRATIONS}
        assert store.get_version("NCT00405041").version == 1


def test_failed_migration_leaves_no_trace(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def m999_broken(db: Database) -> None:
        db.execute("CREATE TABLE half (x INTEGER)")
        db.execute("SELECT * FROM no_such_table")

    db = connect(store_url)
    monkeypatch.setattr("summarizer.migrations.MIGRATIONS", [*MIGRATIONS, m999_broken])
    with pytest.raises(Exception, match="no_such_table"):
        migrate(db)
    with pytest.raises(Exception, match="half"):
        db.execute("SELECT * FROM half")
    applied_now = {r["name"] for r in db.execute("SELECT name FROM _migrations")}
    assert applied_now == {m.__name__ for m in MIGRATIONS}
    db.close()


def test_failure_is_recorded_and_cleared_by_success(store: Store) -> None:
    parsed = parse_file(RECORD)[0]

    class Broken(BuiltinWriter):
        def write(self, trial, prompt):  # type: ignore[no-untyped-def]
            raise RuntimeError("backend exploded")

    outcome = summarize_trial(
        store, parsed.trial, parsed.raw, writer=Broken(), prompt=load_prompt()
    )
    assert outcome.action == "failed"
    assert outcome.error == "RuntimeError: backend exploded"
    assert [f["reason"] for f in store.failures()] == ["RuntimeError: backend exploded"]
    summarize_trial(store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=load_prompt())
    assert store.failures() == []


def test_verify_finds_tampered_records(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    store.put_record(parsed.trial, parsed.raw)
    assert store.verify() == []
    store.db.execute("UPDATE records SET trial_json = replace(trial_json, '79', '97')")
    assert store.verify() == ["NCT00405041"]


def test_unsupported_url() -> None:
    with pytest.raises(StoreError, match="unsupported store URL 'mysql://x'"):
        Store.open("mysql://x")


def test_review_rules(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    summarize_trial(
        store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=load_prompt(), author="al"
    )
    with pytest.raises(StoreError, match="al wrote this version and cannot approve it"):
        store.review("NCT00405041", 1, "approve", "al")
    with pytest.raises(StoreError, match="rejecting needs a note"):
        store.review("NCT00405041", 1, "reject", "bo")
    assert store.review("NCT00405041", 1, "approve", "bo").status == "approved"


def test_publication_feed_follows_what_the_site_may_show(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    prompt = load_prompt()
    summarize_trial(store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=prompt)
    first = store.publications_since(0)
    assert [(p.nct_id, p.action, p.version) for p in first] == [("NCT00405041", "publish", 1)]
    cursor = first[-1].cursor
    assert store.publications_since(cursor) == []

    store.review("NCT00405041", 1, "reject", "ed", "wrong")
    taken_down = store.publications_since(cursor)
    assert [(p.action, p.version, p.reason) for p in taken_down] == [
        ("withdraw", None, "no approved version")
    ]
    store.review("NCT00405041", 1, "approve", "ed", "fixed upstream")
    withdrawn = parsed.trial.model_copy(update={"overall_status": Status.WITHDRAWN})
    store.put_record(withdrawn, parsed.raw)
    later = store.publications_since(taken_down[-1].cursor)
    assert [(p.action, p.version, p.reason) for p in later] == [
        ("publish", 1, None),
        ("withdraw", None, "the study was withdrawn"),
    ]
    assert store.latest_cursor() == later[-1].cursor


def test_deleted_record_is_withdrawn(store: Store) -> None:
    parsed = parse_file(RECORD)[0]
    summarize_trial(store, parsed.trial, parsed.raw, writer=BuiltinWriter(), prompt=load_prompt())
    store.delete_record("NCT00405041")
    last = store.publications_since(0)[-1]
    assert (last.action, last.reason) == ("withdraw", "removed from the registry")
