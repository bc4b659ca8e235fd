"""Stores with flagged summaries and editor accounts, for the review app and CLI tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.parse import ParsedRecord, parse_file
from summarizer.pipeline import summarize_trial
from summarizer.prompts import RenderedPrompt, load_prompt
from summarizer.records import Trial
from summarizer.review.accounts import Accounts
from summarizer.store import Store, SummaryVersion
from summarizer.writers import Draft, Usage
from summarizer.writers.builtin import compose
from tests.support import FIXTURES, SEED_PAGE

SEED_ID = "NCT05706103"
RIGHT_AGES, WRONG_AGES = "aged 18 to 45", "aged 18 to 65"
PASSWORDS = {"dana": "correct horse battery", "lee": "staple gun orange"}
XSS_TITLE = '<script>window.__xss = 1</script> Study "><img src=x onerror="window.__xss=2">'
XSS_CRITERION = 'Adults "><img src=x onerror="window.__xss=3"> <script>window.__xss=4</script>'
CLEAN_RECORDS = ("NCT00405041.json", "NCT00000410.json")


@dataclass
class TamperingWriter:
    """The builtin writer, with replacements made in one section: a wrong summary on demand."""

    replacements: dict[str, tuple[str, str]] = field(default_factory=dict)
    backend: str = "builtin"
    model: str = "builtin"
    calls: int = 0

    def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        del prompt
        self.calls += 1
        summary = compose(trial)
        for section, (old, new) in self.replacements.items():
            value = getattr(summary, section)
            assert old in str(value), f"{old!r} not in {section}: {value!r}"
            changed = (
                [item.replace(old, new) for item in value]
                if isinstance(value, list)
                else value.replace(old, new)
            )
            summary = summary.model_copy(update={section: changed})
        return Draft(summary=summary, backend=self.backend, model=self.model, usage=Usage())


def seed_record() -> ParsedRecord:
    return parse_file(SEED_PAGE)[0]


def add_flagged(store: Store, record: ParsedRecord | None = None) -> SummaryVersion:
    """The seed page summarized with the wrong age range (18 to 65): flagged, age.range."""
    record = record or seed_record()
    writer = TamperingWriter({"who_can_join": (RIGHT_AGES, WRONG_AGES)})
    outcome = summarize_trial(store, record.trial, record.raw, writer=writer, prompt=load_prompt())
    assert outcome.version is not None and outcome.version.status == "flagged"
    return outcome.version


def add_clean(store: Store, name: str) -> SummaryVersion:
    record = parse_file(FIXTURES / "v2" / name)[0]
    writer = TamperingWriter()
    outcome = summarize_trial(store, record.trial, record.raw, writer=writer, prompt=load_prompt())
    assert outcome.version is not None
    return outcome.version


def add_malicious(store: Store) -> SummaryVersion:
    """A record with markup in its title and criteria, summarized (the markup is quoted)."""
    record = seed_record()
    trial = record.trial.model_copy(
        update={
            "nct_id": "NCT09999999",
            "brief_title": XSS_TITLE,
            "inclusion_criteria": [XSS_CRITERION, *record.trial.inclusion_criteria],
        }
    )
    writer = TamperingWriter({"who_can_join": (RIGHT_AGES, WRONG_AGES)})
    outcome = summarize_trial(
        store, trial, record.raw.replace(SEED_ID, "NCT09999999"), writer=writer,
        prompt=load_prompt(),
    )  # fmt: skip
    assert outcome.version is not None
    return outcome.version


def add_editors(store: Store) -> None:
    accounts = Accounts(store)
    for name, password in PASSWORDS.items():
        accounts.add(name, password)


def seed(store_url: str, *, malicious: bool = False) -> None:
    """A store with one flagged summary, two clean ones and editors dana and lee."""
    with Store.open(store_url) as store:
        add_flagged(store)
        for name in CLEAN_RECORDS:
            add_clean(store, name)
        if malicious:
            add_malicious(store)
        add_editors(store)
