"""The record's source fields as the review screen lists them beside the summary.

Each row has an anchor (``field-<name>``) that findings link to, so an editor
can jump from "the summary says 65" to the record field that says 45.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..checks import Finding
from ..records import Trial


@dataclass
class FieldRow:
    name: str  # the Trial field; the anchor is field-<name>
    label: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    long: bool = False  # long free text, folded by default
    findings: list[int] = field(default_factory=list)  # numbers of findings about it

    @property
    def anchor(self) -> str:
        return f"field-{self.name}"


@dataclass
class FieldGroup:
    title: str
    rows: list[FieldRow]


# Findings may name a field the screen shows in another row.
ALIASES = {
    "minimum_age": "minimum_age_years",
    "maximum_age": "maximum_age_years",
    "enrollment_type": "enrollment",
    "start_date_type": "start_date",
    "primary_completion_date_type": "primary_completion_date",
    "completion_date_type": "completion_date",
    "collaborators": "lead_sponsor",
    "acronym": "brief_title",
    "keywords": "conditions",
    "location_count": "countries",
}
FIELD_NAME_RE = re.compile(r"[a-z_]+")


PHASES = {
    "NA": "Not applicable",
    "EARLY_PHASE1": "Early phase 1",
    "PHASE1": "Phase 1",
    "PHASE2": "Phase 2",
    "PHASE3": "Phase 3",
    "PHASE4": "Phase 4",
}


def _plain(value: object) -> str:
    text = getattr(value, "value", value)
    return str(text).replace("_", " ").capitalize() if text is not None else ""


def _date(trial: Trial, name: str) -> str:
    value = getattr(trial, name)
    kind = getattr(trial, f"{name}_type", None)
    return f"{value} ({_plain(kind).lower()})" if value and kind else value or ""


def _age(raw: str | None, years: float | None) -> str:
    if raw:
        return raw
    return f"{years:g} years" if years is not None else "No limit"


def record_fields(trial: Trial) -> list[FieldGroup]:
    """The fields an editor checks a summary against, grouped as on the registry page."""
    enrollment = ""
    if trial.enrollment is not None:
        kind = f" ({_plain(trial.enrollment_type).lower()})" if trial.enrollment_type else ""
        enrollment = f"{trial.enrollment}{kind}"
    healthy = {True: "Accepted", False: "Not accepted", None: ""}[trial.healthy_volunteers]
    sponsor = trial.lead_sponsor or ""
    if trial.collaborators:
        sponsor += f" (with {', '.join(trial.collaborators)})"
    groups = [
        FieldGroup("Overview", [
            FieldRow("nct_id", "Study ID", trial.nct_id),
            FieldRow("brief_title", "Title", trial.brief_title),
            FieldRow("official_title", "Official title", trial.official_title or ""),
            FieldRow("overall_status", "Status", _plain(trial.overall_status)),
            FieldRow("phases", "Phase", ", ".join(PHASES.get(p, _plain(p)) for p in trial.phases)
                     or "None given"),
            FieldRow("study_type", "Study type", _plain(trial.study_type)),
            FieldRow("lead_sponsor", "Sponsor", sponsor),
            FieldRow("enrollment", "Enrollment", enrollment),
            FieldRow("start_date", "Start date", _date(trial, "start_date")),
            FieldRow("primary_completion_date", "Primary completion",
                     _date(trial, "primary_completion_date")),
            FieldRow("completion_date", "Completion", _date(trial, "completion_date")),
            FieldRow("last_update_date", "Last update", trial.last_update_date or ""),
        ]),
        FieldGroup("Who can take part", [
            FieldRow("sex", "Sex", _plain(trial.sex)),
            FieldRow("minimum_age_years", "Minimum age",
                     _age(trial.minimum_age, trial.minimum_age_years)),
            FieldRow("maximum_age_years", "Maximum age",
                     _age(trial.maximum_age, trial.maximum_age_years)),
            FieldRow("healthy_volunteers", "Healthy volunteers", healthy),
            FieldRow("inclusion_criteria", "Inclusion criteria", items=trial.inclusion_criteria),
            FieldRow("exclusion_criteria", "Exclusion criteria", items=trial.exclusion_criteria),
        ]),
        FieldGroup("Conditions and treatments", [
            FieldRow("conditions", "Conditions", items=trial.conditions + [
                f"Keyword: {k}" for k in trial.keywords]),
            FieldRow("interventions", "Interventions", items=[
                f"{_plain(i.type)}: {i.name}" + (f". {i.description}" if i.description else "")
                for i in trial.interventions]),
            FieldRow("arms", "Groups", items=[
                a.label + (f" ({_plain(a.type).lower()})" if a.type else "")
                + (f". {a.description}" if a.description else "") for a in trial.arms]),
            FieldRow("primary_outcomes", "Primary outcomes", items=[
                o.measure + (f" ({o.time_frame})" if o.time_frame else "")
                for o in trial.primary_outcomes]),
            FieldRow("secondary_outcomes", "Secondary outcomes", items=[
                o.measure + (f" ({o.time_frame})" if o.time_frame else "")
                for o in trial.secondary_outcomes]),
            FieldRow("countries", "Locations", f"{trial.location_count} site(s)" + (
                f" in {', '.join(trial.countries)}" if trial.countries else "")
                if trial.location_count or trial.countries else ""),
        ]),
        FieldGroup("Description", [
            FieldRow("brief_summary", "Brief summary", trial.brief_summary or "", long=True),
            FieldRow("detailed_description", "Detailed description",
                     trial.detailed_description or "", long=True),
        ]),
    ]  # fmt: skip
    for group in groups:
        group.rows = [r for r in group.rows if r.text or r.items]
    return [g for g in groups if g.rows]


def anchor_name(field_name: str | None) -> str | None:
    """The row a finding's field is shown in (``interventions[0].name`` → interventions)."""
    if not field_name:
        return None
    match = FIELD_NAME_RE.match(field_name)
    if match is None:
        return None
    return ALIASES.get(match.group(0), match.group(0))


def attach_findings(groups: list[FieldGroup], findings: list[Finding]) -> dict[int, FieldRow]:
    """Mark each row with the findings about it; return the row for each finding number."""
    rows = {row.name: row for group in groups for row in group.rows}
    linked: dict[int, FieldRow] = {}
    for number, finding in enumerate(findings):
        row = rows.get(anchor_name(finding.field) or "")
        if row is not None:
            row.findings.append(number)
            linked[number] = row
    return linked
