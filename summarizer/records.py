"""The trial record: one validated model for every input format.

Field values follow the ClinicalTrials.gov API v2 enumerations, whatever format
the record came in, so the prompt, the checks and the store see one vocabulary.
Dates keep the precision the registry gave ("2021-01" stays a month).
"""

from __future__ import annotations

import hashlib
import json
import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

NCT_ID_RE = re.compile(r"^NCT\d{8}$")
PARTIAL_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Status(StrEnum):
    ACTIVE_NOT_RECRUITING = "ACTIVE_NOT_RECRUITING"
    COMPLETED = "COMPLETED"
    ENROLLING_BY_INVITATION = "ENROLLING_BY_INVITATION"
    NOT_YET_RECRUITING = "NOT_YET_RECRUITING"
    RECRUITING = "RECRUITING"
    SUSPENDED = "SUSPENDED"
    TERMINATED = "TERMINATED"
    WITHDRAWN = "WITHDRAWN"
    AVAILABLE = "AVAILABLE"
    NO_LONGER_AVAILABLE = "NO_LONGER_AVAILABLE"
    TEMPORARILY_NOT_AVAILABLE = "TEMPORARILY_NOT_AVAILABLE"
    APPROVED_FOR_MARKETING = "APPROVED_FOR_MARKETING"
    WITHHELD = "WITHHELD"
    UNKNOWN = "UNKNOWN"


class Phase(StrEnum):
    NA = "NA"
    EARLY_PHASE1 = "EARLY_PHASE1"
    PHASE1 = "PHASE1"
    PHASE2 = "PHASE2"
    PHASE3 = "PHASE3"
    PHASE4 = "PHASE4"


class StudyType(StrEnum):
    INTERVENTIONAL = "INTERVENTIONAL"
    OBSERVATIONAL = "OBSERVATIONAL"
    EXPANDED_ACCESS = "EXPANDED_ACCESS"


class Sex(StrEnum):
    ALL = "ALL"
    FEMALE = "FEMALE"
    MALE = "MALE"


class DateType(StrEnum):
    ACTUAL = "ACTUAL"
    ESTIMATED = "ESTIMATED"


class Intervention(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: str = Field(description="v2 InterventionType, e.g. DRUG, DEVICE, BEHAVIORAL, OTHER")
    name: str
    description: str | None = None
    other_names: list[str] = Field(default_factory=list)
    arm_labels: list[str] = Field(default_factory=list)


class Arm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    type: str | None = Field(default=None, description="v2 ArmGroupType, e.g. EXPERIMENTAL")
    description: str | None = None
    interventions: list[str] = Field(default_factory=list)


class Outcome(BaseModel):
    model_config = ConfigDict(extra="forbid")

    measure: str
    time_frame: str | None = None


class Trial(BaseModel):
    """A clinical trial record, normalized from any supported source format."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    nct_id: str
    brief_title: str
    official_title: str | None = None
    acronym: str | None = None

    overall_status: Status | None = None
    phases: list[Phase] = Field(default_factory=list)
    study_type: StudyType | None = None
    allocation: str | None = Field(default=None, description="RANDOMIZED, NON_RANDOMIZED or NA")
    masking: str | None = Field(default=None, description="NONE, SINGLE, DOUBLE, TRIPLE, QUADRUPLE")
    intervention_model: str | None = None
    primary_purpose: str | None = None

    enrollment: int | None = Field(default=None, ge=0)
    enrollment_type: DateType | None = None

    sex: Sex | None = None
    minimum_age_years: float | None = Field(default=None, ge=0)
    maximum_age_years: float | None = Field(default=None, ge=0)
    minimum_age: str | None = Field(default=None, description="as written, e.g. '6 Months'")
    maximum_age: str | None = None
    healthy_volunteers: bool | None = None

    start_date: str | None = None
    start_date_type: DateType | None = None
    primary_completion_date: str | None = None
    primary_completion_date_type: DateType | None = None
    completion_date: str | None = None
    completion_date_type: DateType | None = None
    last_update_date: str | None = None

    conditions: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    interventions: list[Intervention] = Field(default_factory=list)
    arms: list[Arm] = Field(default_factory=list)
    primary_outcomes: list[Outcome] = Field(default_factory=list)
    secondary_outcomes: list[Outcome] = Field(default_factory=list)

    lead_sponsor: str | None = None
    collaborators: list[str] = Field(default_factory=list)

    brief_summary: str | None = None
    detailed_description: str | None = None
    inclusion_criteria: list[str] = Field(default_factory=list)
    exclusion_criteria: list[str] = Field(default_factory=list)

    has_results: bool = False
    location_count: int = 0
    countries: list[str] = Field(default_factory=list)

    source_format: str = Field(description="ctgov-v2-json, ctgov-legacy-xml or page-text")

    @field_validator("nct_id")
    @classmethod
    def _nct_id_shape(cls, value: str) -> str:
        value = value.strip().upper()
        if not NCT_ID_RE.match(value):
            raise ValueError(f"{value!r} is not an NCT id like NCT01234567")
        return value

    @field_validator("start_date", "primary_completion_date", "completion_date", "last_update_date")
    @classmethod
    def _partial_date(cls, value: str | None) -> str | None:
        if value is not None and not PARTIAL_DATE_RE.match(value):
            raise ValueError(f"{value!r} is not a date like 2021, 2021-01 or 2021-01-04")
        return value

    def normalized(self) -> dict[str, Any]:
        """The JSON form printed by ``summarizer parse --json``."""
        return self.model_dump(mode="json")

    @property
    def is_interventional(self) -> bool:
        return self.study_type == StudyType.INTERVENTIONAL

    @property
    def has_placebo(self) -> bool:
        names = [i.name for i in self.interventions] + [a.type or "" for a in self.arms]
        names += [a.label for a in self.arms]
        return any("placebo" in n.lower() or n == "PLACEBO_COMPARATOR" for n in names)


def canonical_json(value: Any) -> str:
    """Canonical JSON: sorted keys, compact separators, UTF-8. Part of the hash contract."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(value: Any) -> str:
    """``b2:`` + blake2b-256 hex of the canonical JSON (or of the text, for a str).

    This form is a contract: stored hashes are compared across versions and
    re-derived by ``Store.verify()``. Never change it; add a new prefix instead.
    """
    data = value if isinstance(value, str) else canonical_json(value)
    return "b2:" + hashlib.blake2b(data.encode("utf-8"), digest_size=32).hexdigest()
