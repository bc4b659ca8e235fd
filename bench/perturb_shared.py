"""Scaffolding the held-out writers and perturbers (v9 onwards) all repeat.

Each blind set was written as a copy of the previous one's layout with every sentence
rewritten. The sentences are the content of a set and stay in its own module; what lives
here has no wording of its own (how facts are gathered into blocks, how a template is
filled, how a changed view becomes a case), so sharing it cannot leak one set's phrasing
into another. A set whose scaffolding really differs keeps its own method, which
overrides the one here.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.perturb import _INCOMPATIBLE_STATUS, Holdout2Perturber, View, Writer, _and_list, _cap
from bench.perturb_holdout8 import _span8, lower_condition
from summarizer.records import DateType, Phase, Status, StudyType, Trial


def day_suffix(n: int) -> str:
    """5 → '5th', 22 → '22nd'."""
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def _conditions(items: list[str]) -> str:
    return _and_list([lower_condition(c) for c in items])


# The error types every set writes as a new sentence besides its own inserted claims; the
# others change one fact of the View in place.
SENTENCE_KINDS = {"claim.injection", "intervention.unknown", "intervention.comparison",
                  "number.count", "number.words", "warn.jargon", "warn.long_sentence",
                  "warn.coverage"}  # fmt: skip


# A status the record's own status rules out; an expanded-access programme's statuses rule
# each other out as well (v23 on; earlier sets keep their own copy).
INCOMPATIBLE_WITH_ACCESS: dict[Status, list[Status]] = {
    **_INCOMPATIBLE_STATUS,
    Status.AVAILABLE: [Status.NO_LONGER_AVAILABLE, Status.TEMPORARILY_NOT_AVAILABLE],
    Status.NO_LONGER_AVAILABLE: [Status.AVAILABLE],
    Status.TEMPORARILY_NOT_AVAILABLE: [Status.AVAILABLE],
}


class HeldOutWriter(Writer):
    """A held-out writer: one sentence-producing method per fact (``condition`` ...
    ``results``, written by each set), gathered into the blocks its style lays out."""

    # Set by each writer's __init__ from the faithful view; None while that view is built.
    base_blocks: list[bool] | None
    # Each set's own: its style names (the index into its tables) and its wordings of a
    # study type and of a status, one per style.
    style_order: list[str]
    type_wording: dict[StudyType, tuple[str, ...]]
    status_wording: dict[Status, tuple[str, ...]]

    @property
    def i(self) -> int:
        return self.style_order.index(self.style)

    def study_type(self, v: View) -> str:
        if v.study_type not in self.type_wording:
            return ""
        return self.type_wording[v.study_type][self.i]

    def status(self, v: View) -> str:
        if v.status not in self.status_wording:
            return ""
        return self.status_wording[v.status][self.i]

    def read_record(self, trial: Trial) -> None:
        """What a changed fact must not rewrite elsewhere, taken from the record (v23 on;
        earlier sets read it in their own ``__init__``): how many countries it names, its
        study type and status, whether it is early phase 1 or for children only, whether
        its start is actual and whether its end has passed."""
        self.more_countries = len(trial.countries) > 3
        self.record_type = trial.study_type
        self.record_status = trial.overall_status
        self.early = Phase.EARLY_PHASE1 in trial.phases
        top = trial.maximum_age_years
        self.kids = top is not None and top < 18
        self.start_actual = trial.start_date_type == DateType.ACTUAL
        end_type = (
            trial.completion_date_type if trial.completion_date
            else trial.primary_completion_date_type
        )  # fmt: skip
        self.ended = end_type == DateType.ACTUAL and trial.overall_status in (
            Status.COMPLETED,
            Status.TERMINATED,
        )

    def criteria(self, v: View) -> list[str]:
        return [c.rstrip(".") for c in v.inclusion[:2]]

    def _facts(self, v: View) -> dict[str, str]:
        slots: dict[str, Callable[[View], str]] = {
            "condition": self.condition, "study_type": self.study_type, "phase": self.phase,
            "treatments": self.treatments, "arms": self.arms, "allocation": self.allocation,
            "masking": self.masking, "placebo": self.placebo, "dose": self.dose,
            "duration": self.duration, "enrollment": self.enrollment, "ages": self.ages,
            "sex": self.sex, "status": self.status, "start": self.start, "end": self.end,
            "sponsor": self.sponsor, "where": self.where, "ident": self.ident,
            "results": self.results,
        }  # fmt: skip
        return {name: "" if name in v.drop else fn(v) for name, fn in slots.items()}

    def _join(self, *parts: str) -> str:
        return " ".join(x for x in parts if x)

    def _settled(self, blocks: list[str]) -> list[str]:
        """A block the faithful text lacks joins the block before it: a fact an error adds
        (a masking the record lacks) never brings a block of its own."""
        if self.base_blocks is None:
            return blocks
        out = list(blocks)
        for k in range(1, len(out)):
            if not self.base_blocks[k] and out[k]:
                out[k - 1] = self._join(out[k - 1], out[k])
                out[k] = ""
        return out


class HeldOutPerturber(Holdout2Perturber):
    """A held-out perturber whose templates may name the condition as well as the
    treatment, and whose spans come from v8's token-aware diff."""

    condition_guard = True
    # Each set's own names for an intervention the record never mentions (drugs,
    # procedures, devices) and its wordings of one, keyed "drug", "procedure", "device".
    unknown_pools: tuple[list[str], list[str], list[str]]
    unknown_wordings: dict[str, tuple[list[str], list[str], list[str]]]
    # Each set's banks a changed fact is drawn from: sponsors, conditions, and the statuses
    # each status rules out.
    change_banks: tuple[list[str], list[str], dict[Status, list[Status]]]

    def one(self, rng: random.Random, *banks: list[str]) -> str:
        """One of this style's wordings, filled (``banks``: one per style, in style order)."""
        return self.fill(rng.choice(self.bank(banks)))

    def fill(self, template: str) -> str:
        iv = (self.view.interventions or ["the study treatment"])[0]
        cond = lower_condition((self.view.conditions or ["this condition"])[0])
        return _cap(template.format(iv=iv, cond=cond))

    def changed(self, view: View) -> tuple[str, tuple[int, int] | None, Trial] | None:
        text = self.writer.render(view)
        if text == self.faithful:
            return None
        return text, _span8(self.faithful, text), self.trial

    def choose(self, templates: list[str], rng: random.Random) -> str:
        """A template, filled; a study that assigns no treatment gets none naming one."""
        if self.view.study_type != StudyType.INTERVENTIONAL or not self.view.interventions:
            templates = [x for x in templates if "{iv}" not in x] or templates
        # Sets up to v17 were built without this filter; they turn it off so that their
        # cases stay exactly as they were measured.
        if self.condition_guard and not self.view.conditions:
            templates = [x for x in templates if "{cond}" not in x] or templates
        return self.fill(rng.choice(templates))

    def _unknown(self, rng: random.Random) -> str | None:
        """A drug, procedure or device the record never mentions."""
        found = self.absent_intervention(rng, *self.unknown_pools)
        if found is None:
            return None
        which, x = found
        template = rng.choice(self.bank(self.unknown_wordings[which]))
        return _cap(template.format(x=x))

    def _changed_view(self, kind: str, rng: random.Random) -> View | None:
        return self._banked_change(kind, rng, *self.change_banks)
