"""Specs for summarizer.parse: every fixture, every normalization rule, every bad input.

Expected values for the fixtures are read straight from the raw JSON or XML here,
with small conversions written independently of the parser's own.
"""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.errors import InputError, RecordError, UnsupportedFormat
from summarizer.parse import (
    ParsedRecord,
    detect_format,
    iter_files,
    parse_file,
    parse_text,
    parse_trial,
)
from summarizer.records import Trial, canonical_json, content_hash

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
V2_FILES = sorted((FIXTURES / "v2").glob("*.json"))
LEGACY_FILES = sorted((FIXTURES / "legacy").glob("*.xml"))
PAGE_FILE = FIXTURES / "pages" / "trial-page-NCT05706103.txt"
ALL_FILES = [*V2_FILES, *LEGACY_FILES, PAGE_FILE]


def _name(value: object) -> str | None:
    return value.name if isinstance(value, Path) else None


def _nct_id_of(path: Path) -> str:
    return path.stem.removeprefix("trial-page-")


def _v2(path: str) -> dict[str, Any]:
    return json.loads((FIXTURES / "v2" / path).read_text(encoding="utf-8"))


def _only(records: list[ParsedRecord]) -> Trial:
    assert len(records) == 1
    return records[0].trial


def _study(**sections: Any) -> dict[str, Any]:
    """A minimal v2 study; keyword arguments replace or add protocolSection modules."""
    protocol: dict[str, Any] = {
        "identificationModule": {"nctId": "NCT01234567", "briefTitle": "A small trial"},
    }
    protocol.update(sections)
    return {"protocolSection": protocol}


def _criteria_v2(text: str) -> tuple[list[str], list[str]]:
    study = _study(eligibilityModule={"eligibilityCriteria": text})
    trial = parse_trial(json.dumps(study))
    return trial.inclusion_criteria, trial.exclusion_criteria


def _legacy_xml(inner: str, nct_id: str = "NCT01234567") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<clinical_study>'
        f"<id_info><nct_id>{nct_id}</nct_id></id_info>"
        f"<brief_title>A small trial</brief_title>{inner}</clinical_study>"
    )


# Independent conversions for expected values ----------------------------------------

_DAYS_PER_UNIT = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0}


def _expected_years(text: str | None) -> float | None:
    if text is None or text == "N/A":
        return None
    number, unit = text.split()
    return round(float(number) * _DAYS_PER_UNIT[unit.lower().rstrip("s")] / 365.25, 4)


def _expected_legacy_date(text: str | None) -> str | None:
    if text is None:
        return None
    for pattern, shape in (("%B %d, %Y", "%Y-%m-%d"), ("%B %Y", "%Y-%m")):
        try:
            return datetime.strptime(text, pattern).strftime(shape)
        except ValueError:
            continue
    raise AssertionError(f"unexpected legacy date {text!r}")


_LEGACY_PHASES = {
    "Early Phase 1": "EARLY_PHASE1",
    "Phase 1": "PHASE1",
    "Phase 2": "PHASE2",
    "Phase 3": "PHASE3",
    "Phase 4": "PHASE4",
}


def _expected_legacy_phases(text: str | None) -> list[str]:
    if text is None:
        return []
    if text == "N/A":
        return ["NA"]
    return [_LEGACY_PHASES[part] for part in text.split("/")]


def _expected_legacy_status(text: str) -> str:
    if text == "Unknown status":
        return "UNKNOWN"
    return text.upper().replace(",", "").replace(" ", "_")


_LEGACY_SEX = {"All": "ALL", "Both": "ALL", "Female": "FEMALE", "Male": "MALE"}


# Every fixture -----------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_FILES, ids=_name)
def test_every_fixture_parses_to_one_record_with_its_nct_id(path: Path) -> None:
    records = parse_file(path)
    assert len(records) == 1
    assert records[0].trial.nct_id == _nct_id_of(path)


@pytest.mark.parametrize("path", V2_FILES, ids=_name)
def test_v2_fixture_fields_match_the_raw_json(path: Path) -> None:
    study = json.loads(path.read_text(encoding="utf-8"))
    protocol = study["protocolSection"]
    status = protocol["statusModule"]
    design = protocol["designModule"]
    eligibility = protocol["eligibilityModule"]
    interventions = protocol.get("armsInterventionsModule", {}).get("interventions", [])
    locations = protocol.get("contactsLocationsModule", {}).get("locations", [])

    [record] = parse_file(path)
    trial = record.trial

    assert record.format == "ctgov-v2-json"
    assert trial.source_format == "ctgov-v2-json"
    assert record.raw == canonical_json(study)
    assert trial.brief_title == protocol["identificationModule"]["briefTitle"]
    assert trial.overall_status == status["overallStatus"]
    assert trial.phases == design.get("phases", [])
    assert trial.study_type == design["studyType"]
    assert trial.enrollment == design.get("enrollmentInfo", {}).get("count")
    assert trial.sex == eligibility["sex"]
    assert trial.minimum_age == eligibility.get("minimumAge")
    assert trial.maximum_age == eligibility.get("maximumAge")
    assert trial.minimum_age_years == pytest.approx(_expected_years(eligibility.get("minimumAge")))
    assert trial.maximum_age_years == pytest.approx(_expected_years(eligibility.get("maximumAge")))
    assert trial.healthy_volunteers == eligibility.get("healthyVolunteers")
    assert trial.start_date == status.get("startDateStruct", {}).get("date")
    assert trial.last_update_date == status["lastUpdatePostDateStruct"]["date"]
    assert trial.lead_sponsor == protocol["sponsorCollaboratorsModule"]["leadSponsor"]["name"]
    assert trial.conditions == protocol["conditionsModule"]["conditions"]
    assert [i.name for i in trial.interventions] == [i["name"] for i in interventions]
    assert [i.type for i in trial.interventions] == [i["type"] for i in interventions]
    assert trial.has_results is study["hasResults"]
    assert trial.location_count == len(locations)
    assert set(trial.countries) == {loc["country"] for loc in locations}
    # The fixtures always hold some criteria under one heading or the other.
    assert trial.inclusion_criteria or trial.exclusion_criteria
    assert all(item and item == item.strip() for item in trial.inclusion_criteria)


@pytest.mark.parametrize("path", LEGACY_FILES, ids=_name)
def test_legacy_fixture_fields_match_the_raw_xml(path: Path) -> None:
    root = ET.parse(path).getroot()
    enrollment = root.findtext("enrollment")
    gender = root.findtext("eligibility/gender")
    start = root.find("start_date")

    [record] = parse_file(path)
    trial = record.trial

    assert record.format == "ctgov-legacy-xml"
    # The text exactly as read: these files have CRLF line ends, which raw keeps.
    assert record.raw == path.read_bytes().decode("utf-8")
    assert trial.brief_title == root.findtext("brief_title")
    assert trial.official_title == root.findtext("official_title")
    assert trial.overall_status == _expected_legacy_status(root.findtext("overall_status", ""))
    assert trial.phases == _expected_legacy_phases(root.findtext("phase"))
    assert trial.enrollment == (int(enrollment) if enrollment else None)
    assert trial.sex == (_LEGACY_SEX[gender] if gender else None)
    assert trial.minimum_age_years == pytest.approx(
        _expected_years(root.findtext("eligibility/minimum_age"))
    )
    assert trial.maximum_age_years == pytest.approx(
        _expected_years(root.findtext("eligibility/maximum_age"))
    )
    assert trial.start_date == _expected_legacy_date(root.findtext("start_date"))
    expected_start_type = {None: None, "Actual": "ACTUAL", "Anticipated": "ESTIMATED"}[
        None if start is None else start.get("type")
    ]
    assert trial.start_date_type == expected_start_type
    assert trial.last_update_date == _expected_legacy_date(root.findtext("last_update_posted"))
    assert trial.lead_sponsor == root.findtext("sponsors/lead_sponsor/agency")
    assert trial.collaborators == [e.text for e in root.iterfind("sponsors/collaborator/agency")]
    assert trial.conditions == [e.text for e in root.iterfind("condition")]
    assert trial.keywords == [e.text for e in root.iterfind("keyword")]
    assert [i.name for i in trial.interventions] == [
        e.text for e in root.iterfind("intervention/intervention_name")
    ]
    assert [a.label for a in trial.arms] == [
        e.text for e in root.iterfind("arm_group/arm_group_label")
    ]
    assert trial.has_results is (root.find("clinical_results") is not None)
    assert trial.location_count == len(root.findall("location"))
    site_countries = {e.text for e in root.iterfind("location/facility/address/country")}
    listed_countries = {e.text for e in root.iterfind("location_countries/country")}
    assert set(trial.countries) == site_countries | listed_countries
    assert [o.measure for o in trial.primary_outcomes] == [
        e.text for e in root.iterfind("primary_outcome/measure")
    ]


# Hand-picked records -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "minimum", "minimum_years", "maximum", "maximum_years"),
    [
        ("legacy/NCT00734539.xml", None, None, "5 Days", 0.0137),
        ("legacy/NCT02708238.xml", None, None, "4 Months", 0.3333),
        ("legacy/NCT01339988.xml", None, None, "21 Years", 21.0),
        ("v2/NCT05814159.json", "8 Months", 0.6667, None, None),
        ("v2/NCT01100827.json", "1 Year", 1.0, None, None),
        # A missing maximumAge means no upper limit.
        ("v2/NCT00000410.json", "18 Years", 18.0, None, None),
    ],
)
def test_ages_in_days_months_and_years(
    path: str,
    minimum: str | None,
    minimum_years: float | None,
    maximum: str | None,
    maximum_years: float | None,
) -> None:
    trial = _only(parse_file(FIXTURES / path))
    assert (trial.minimum_age, trial.minimum_age_years) == (minimum, minimum_years)
    assert (trial.maximum_age, trial.maximum_age_years) == (maximum, maximum_years)


@pytest.mark.parametrize(
    ("written", "years"),
    [
        ("18 Years", 18.0),
        ("1 Year", 1.0),
        ("6 Months", 0.5),
        ("18 Months", 1.5),
        ("5 Days", 0.0137),
        ("2 Weeks", 0.0383),
        ("1 Week", 0.0192),
        ("24 Hours", 0.0027),
    ],
)
def test_age_units_convert_to_years(written: str, years: float) -> None:
    trial = parse_trial(json.dumps(_study(eligibilityModule={"minimumAge": written})))
    assert trial.minimum_age == written
    assert trial.minimum_age_years == years


@pytest.mark.parametrize(
    ("path", "phases"),
    [
        ("v2/NCT00405041.json", ["PHASE2", "PHASE3"]),
        ("v2/NCT01640457.json", ["PHASE1", "PHASE2"]),
        ("legacy/NCT02654730.xml", ["PHASE2", "PHASE3"]),
        ("legacy/NCT00023673.xml", ["PHASE1", "PHASE2"]),
        ("legacy/NCT02708238.xml", ["PHASE4"]),
        ("legacy/NCT03133988.xml", []),
    ],
)
def test_multi_phase_trials(path: str, phases: list[str]) -> None:
    assert _only(parse_file(FIXTURES / path)).phases == phases


def test_observational_patient_registry_is_observational() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT01076361.xml"))
    assert trial.study_type == "OBSERVATIONAL"
    assert trial.overall_status == "COMPLETED"
    # Countries of listed sites come first, then the rest of <location_countries>.
    assert trial.countries[:3] == ["United States", "Australia", "Austria"]


def test_expanded_access_available() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT03133988.xml"))
    assert trial.study_type == "EXPANDED_ACCESS"
    assert trial.overall_status == "AVAILABLE"
    assert trial.minimum_age is None
    assert trial.maximum_age is None
    assert trial.enrollment is None
    # <removed_countries> are places the trial no longer runs.
    assert trial.countries == []


def test_withheld_record_parses_with_its_placeholder_title() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT03182660.xml"))
    assert trial.model_dump(exclude_defaults=True) == {
        "nct_id": "NCT03182660",
        "brief_title": "[Trial of device that is not approved or cleared by the U.S. FDA]",
        "official_title": "[Trial of device that is not approved or cleared by the U.S. FDA]",
        "overall_status": "WITHHELD",
        "last_update_date": "2017-06-22",
        "lead_sponsor": "[Redacted]",
        "source_format": "ctgov-legacy-xml",
    }


@pytest.mark.parametrize(
    ("inner", "title"),
    [
        ("<official_title>The official one</official_title>", "The official one"),
        ("", "NCT01234567"),
    ],
)
def test_missing_brief_title_falls_back_to_official_title_then_nct_id(
    inner: str, title: str
) -> None:
    text = (
        f"<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info>{inner}</clinical_study>"
    )
    assert parse_trial(text).brief_title == title


def test_legacy_long_dates_become_iso_with_their_precision() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT01029262.xml"))
    assert (trial.start_date, trial.start_date_type) == ("2010-01-26", "ACTUAL")
    assert (trial.completion_date, trial.completion_date_type) == ("2018-06-04", "ESTIMATED")
    month_only = _only(parse_file(FIXTURES / "legacy/NCT02708238.xml"))
    assert (month_only.start_date, month_only.start_date_type) == ("2014-04", None)
    assert month_only.completion_date == "2015-07"


def test_legacy_lastchanged_date_is_a_fallback_for_last_update() -> None:
    text = _legacy_xml("<lastchanged_date>April 20, 2011</lastchanged_date>")
    assert parse_trial(text).last_update_date == "2011-04-20"


def test_v2_month_precision_dates_are_kept() -> None:
    trial = _only(parse_file(FIXTURES / "v2/NCT00000410.json"))
    assert (trial.start_date, trial.start_date_type) == ("2000-03", None)
    assert (trial.completion_date, trial.completion_date_type) == ("2015-04", "ACTUAL")


def test_legacy_design_display_texts_map_to_v2_values() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT01029262.xml"))
    assert trial.allocation == "RANDOMIZED"
    assert trial.masking == "QUADRUPLE"
    assert trial.intervention_model == "PARALLEL"
    assert trial.primary_purpose == "TREATMENT"
    assert trial.overall_status == "ACTIVE_NOT_RECRUITING"
    assert trial.enrollment_type == "ACTUAL"
    assert trial.healthy_volunteers is False
    assert [(a.label, a.type, a.interventions) for a in trial.arms] == [
        ("Arm #1 - Lenalidomide plus placebo", "EXPERIMENTAL", ["Drug: Lenalidomide"]),
        ("Arm #2 - placebo", "PLACEBO_COMPARATOR", ["Other: Placebo"]),
    ]
    assert [(i.type, i.other_names) for i in trial.interventions] == [
        ("DRUG", ["Revlimid", "CC-5013"]),
        ("OTHER", []),
    ]


@pytest.mark.parametrize(
    ("tag", "value", "field", "expected"),
    [
        ("overall_status", "Enrolling by invitation", "overall_status", "ENROLLING_BY_INVITATION"),
        ("overall_status", "Not yet recruiting", "overall_status", "NOT_YET_RECRUITING"),
        ("overall_status", "No longer available", "overall_status", "NO_LONGER_AVAILABLE"),
        (
            "overall_status",
            "Temporarily not available",
            "overall_status",
            "TEMPORARILY_NOT_AVAILABLE",
        ),
        ("overall_status", "Approved for marketing", "overall_status", "APPROVED_FOR_MARKETING"),
        ("overall_status", "Unknown status", "overall_status", "UNKNOWN"),
        ("overall_status", "  active,  NOT recruiting ", "overall_status", "ACTIVE_NOT_RECRUITING"),
        ("phase", "Early Phase 1", "phases", ["EARLY_PHASE1"]),
        ("phase", "N/A", "phases", ["NA"]),
        ("study_type", "Expanded Access", "study_type", "EXPANDED_ACCESS"),
        ("study_type", "Observational [Patient Registry]", "study_type", "OBSERVATIONAL"),
        ("enrollment", "", "enrollment", None),
    ],
)
def test_legacy_top_level_display_texts(tag: str, value: str, field: str, expected: Any) -> None:
    trial = parse_trial(_legacy_xml(f"<{tag}>{value}</{tag}>"))
    assert getattr(trial, field) == expected


@pytest.mark.parametrize(
    ("tag", "value", "field", "expected"),
    [
        ("allocation", "Non-Randomized", "allocation", "NON_RANDOMIZED"),
        ("allocation", "N/A", "allocation", "NA"),
        ("masking", "None (Open Label)", "masking", "NONE"),
        ("masking", "Double", "masking", "DOUBLE"),
        ("masking", "Single (Outcomes Assessor)", "masking", "SINGLE"),
        ("intervention_model", "Single Group Assignment", "intervention_model", "SINGLE_GROUP"),
        ("intervention_model", "Crossover Assignment", "intervention_model", "CROSSOVER"),
        ("intervention_model", "Factorial Assignment", "intervention_model", "FACTORIAL"),
        ("intervention_model", "Sequential Assignment", "intervention_model", "SEQUENTIAL"),
        ("primary_purpose", "Supportive Care", "primary_purpose", "SUPPORTIVE_CARE"),
        (
            "primary_purpose",
            "Health Services Research",
            "primary_purpose",
            "HEALTH_SERVICES_RESEARCH",
        ),
        ("primary_purpose", "Basic Science", "primary_purpose", "BASIC_SCIENCE"),
    ],
)
def test_legacy_design_info_display_texts(tag: str, value: str, field: str, expected: str) -> None:
    text = _legacy_xml(f"<study_design_info><{tag}>{value}</{tag}></study_design_info>")
    assert getattr(parse_trial(text), field) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Accepts Healthy Volunteers", True), ("Yes", True), ("No", False)],
)
def test_legacy_healthy_volunteers(value: str, expected: bool) -> None:
    text = _legacy_xml(
        f"<eligibility><healthy_volunteers>{value}</healthy_volunteers></eligibility>"
    )
    assert parse_trial(text).healthy_volunteers is expected


@pytest.mark.parametrize(("value", "expected"), [("Both", "ALL"), ("All", "ALL"), ("Male", "MALE")])
def test_legacy_gender(value: str, expected: str) -> None:
    text = _legacy_xml(f"<eligibility><gender>{value}</gender></eligibility>")
    assert parse_trial(text).sex == expected


@pytest.mark.parametrize(
    ("legacy", "v2"),
    [
        ("Experimental", "EXPERIMENTAL"),
        ("Placebo Comparator", "PLACEBO_COMPARATOR"),
        ("Active Comparator", "ACTIVE_COMPARATOR"),
        ("No Intervention", "NO_INTERVENTION"),
        ("Sham Comparator", "SHAM_COMPARATOR"),
        ("Other", "OTHER"),
    ],
)
def test_legacy_arm_types(legacy: str, v2: str) -> None:
    text = _legacy_xml(
        f"<arm_group><arm_group_label>A</arm_group_label><arm_group_type>{legacy}</arm_group_type>"
        "</arm_group>"
    )
    assert parse_trial(text).arms[0].type == v2


@pytest.mark.parametrize(
    ("legacy", "v2"),
    [
        ("Drug", "DRUG"),
        ("Dietary Supplement", "DIETARY_SUPPLEMENT"),
        ("Combination Product", "COMBINATION_PRODUCT"),
        ("Diagnostic Test", "DIAGNOSTIC_TEST"),
        ("Genetic", "GENETIC"),
        ("Biological", "BIOLOGICAL"),
    ],
)
def test_legacy_intervention_types(legacy: str, v2: str) -> None:
    text = _legacy_xml(
        f"<intervention><intervention_type>{legacy}</intervention_type>"
        "<intervention_name>X</intervention_name></intervention>"
    )
    assert parse_trial(text).interventions[0].type == v2


def test_legacy_textblocks_are_dedented_and_reflowed() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT00001177.xml"))
    assert trial.brief_summary is not None
    first, second = trial.brief_summary.split("\n\n")
    assert first == (
        "The purpose of this study is to identify and describe the symptoms of premenstrual "
        "syndrome (PMS)."
    )
    assert second.startswith("Women who experience PMS symptoms will complete clinical interviews,")
    assert "\n" not in second
    assert "  " not in second


def test_v2_text_is_kept_but_unescaped() -> None:
    study = _v2("NCT00777179.json")
    trial = parse_trial(json.dumps(study))
    assert "cetuximab [Erbitux] or bevacizumab [Avastin]" in trial.exclusion_criteria[1]
    assert "1250mg/m^2/day" in trial.inclusion_criteria[1]
    summary = study["protocolSection"]["descriptionModule"]["briefSummary"]
    assert trial.brief_summary == summary.replace("\\", "")


def test_v2_markdown_escapes_are_unescaped_in_criteria() -> None:
    trial = _only(parse_file(FIXTURES / "v2/NCT00353704.json"))
    assert trial.exclusion_criteria[:2] == ["Age < 18", "ASA > III"]


def test_key_criteria_headings_and_numbered_items() -> None:
    trial = _only(parse_file(FIXTURES / "v2/NCT02210780.json"))
    assert trial.inclusion_criteria[2] == (
        "Eczema Area and Severity Index (EASI) score ≥16 at the screening visit and the "
        "baseline visit"
    )
    assert trial.exclusion_criteria[0] == "Prior treatment with dupilumab (REGN668/ SAR231893)"
    assert trial.exclusion_criteria[1].startswith("Patients needing >10 mg of daily prednisone")


def test_legacy_criteria_with_wrapped_lines_and_sub_bullets() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT00023673.xml"))
    assert trial.exclusion_criteria == []  # no headings: all of it is inclusion
    assert trial.inclusion_criteria[:4] == [
        "DISEASE CHARACTERISTICS:",
        "Histologically or cytologically confirmed unresectable stage IIIB non-small cell lung "
        "cancer",
        "Squamous cell carcinoma",
        "Adenocarcinoma",
    ]


def test_legacy_bulleted_uppercase_heading() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT00001177.xml"))
    assert trial.inclusion_criteria[0] == (
        "The subjects of this study will be women who meet the following criteria:"
    )
    assert trial.inclusion_criteria[3] == "age 18 to 50;"
    assert trial.exclusion_criteria[0].startswith("Subjects should have no general medical")
    assert len(trial.exclusion_criteria) == 2


def test_french_non_inclusion_criteria_are_exclusions() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT02679963.xml"))
    assert trial.exclusion_criteria[0].startswith("Uncontrolled or symptomatic brain metastases.")


@pytest.mark.parametrize(
    ("text", "inclusion", "exclusion"),
    [
        pytest.param(
            "Inclusion Criteria:\n\n* Adults\n* Consent\n\nExclusion Criteria:\n\n* Pregnancy",
            ["Adults", "Consent"],
            ["Pregnancy"],
            id="standard",
        ),
        pytest.param(
            "Inclusion Criteriar:\n\n* Adults\n\nExclusion Critera:\n\n* Pregnancy",
            ["Adults"],
            ["Pregnancy"],
            id="heading-typos",
        ),
        pytest.param(
            "INCLUSION CRITERIA\n\n- Adults\n\nEXCLUSION CRITERIA\n\n- Pregnancy",
            ["Adults"],
            ["Pregnancy"],
            id="uppercase-no-colon-dash-bullets",
        ),
        pytest.param(
            "Key Inclusion Criteria:\n\n1. Adults\n2. Consent\n\nKey Exclusion Criteria :\n\n"
            "1. Pregnancy",
            ["Adults", "Consent"],
            ["Pregnancy"],
            id="key-numbered",
        ),
        pytest.param(
            "Inclusion Criteria:\n\n* Adequate organ function:\n  * ANC ≥ 1.5\n  * Platelets"
            " \\> 100\n* Consent",
            ["Adequate organ function:", "ANC ≥ 1.5", "Platelets > 100", "Consent"],
            [],
            id="nested-sub-bullets",
        ),
        pytest.param(
            "Inclusion Criteria:\n\n* Age \\< 18\n* snake\\_case \\*starred\\* \\[ref\\]",
            ["Age < 18", "snake_case *starred* [ref]"],
            [],
            id="markdown-escapes",
        ),
        pytest.param(
            "* Adults aged 18 or more\n* Able to   consent",
            ["Adults aged 18 or more", "Able to consent"],
            [],
            id="no-headings-all-inclusion",
        ),
        pytest.param(
            "Inclusion Criteria:\n\n*\n* \n1.\n* Adults\n\n<!-- -->\n\n"
            "Exclusion Criteria:\n\n* None",
            ["Adults"],
            ["None"],
            id="no-empty-items",
        ),
        pytest.param(
            "Inclusion Criteria: * Adults * Consent",
            ["Adults * Consent"],
            [],
            id="heading-with-text-on-its-line",
        ),
        pytest.param(
            "Inclusion criteria:\n\n* Adults\n\nParticipants meeting any of the following "
            "exclusion criteria will be excluded:\n\n* Pregnancy",
            ["Adults"],
            ["Pregnancy"],
            id="exclusion-introduced-by-a-sentence",
        ),
        pytest.param(
            "Inclusion Criteria:\n\n* Subjects with exclusion criteria required by local law",
            ["Subjects with exclusion criteria required by local law"],
            [],
            id="bulleted-mention-is-not-a-heading",
        ),
    ],
)
def test_v2_eligibility_markdown_splits_into_lists(
    text: str, inclusion: list[str], exclusion: list[str]
) -> None:
    assert _criteria_v2(text) == (inclusion, exclusion)


def test_legacy_eligibility_plain_text_joins_wrapped_lines() -> None:
    block = """
        Inclusion Criteria:

          -  Persistent presence of an antiphospholipid antibody, as defined by one or
             both of the following criteria:

               1. Medium or high anticardiolipin antibody level in the blood on two or
                  more occasions

          -  Tecfidera is given as dimethyl fumarate (brand name
             - Tecfidera®) twice daily

        Exclusion Criteria:

          -  Age under 18
    """
    text = _legacy_xml(
        f"<eligibility><criteria><textblock>{block}</textblock></criteria></eligibility>"
    )
    trial = parse_trial(text)
    assert trial.inclusion_criteria == [
        "Persistent presence of an antiphospholipid antibody, as defined by one or both of the "
        "following criteria:",
        "Medium or high anticardiolipin antibody level in the blood on two or more occasions",
        "Tecfidera is given as dimethyl fumarate (brand name - Tecfidera®) twice daily",
    ]
    assert trial.exclusion_criteria == ["Age under 18"]


# Page text -----------------------------------------------------------------------------


def test_page_text_record() -> None:
    [record] = parse_file(PAGE_FILE)
    trial = record.trial
    assert record.format == "page-text"
    assert record.raw == PAGE_FILE.read_text(encoding="utf-8")
    assert trial.nct_id == "NCT05706103"
    assert trial.brief_title.startswith("Exercise Therapy for Recurrent Low Back Pain:")
    assert trial.overall_status == "RECRUITING"
    assert trial.phases == ["NA"]
    assert trial.study_type == "INTERVENTIONAL"
    assert trial.enrollment == 62
    assert trial.enrollment_type is None
    assert trial.sex == "ALL"
    assert (trial.minimum_age, trial.minimum_age_years) == ("18 Years", 18.0)
    assert (trial.maximum_age, trial.maximum_age_years) == ("45 Years", 45.0)
    assert trial.lead_sponsor == "University Ghent"
    assert trial.conditions == ["Low Back Pain, Recurrent"]
    assert trial.start_date == "2021-01-04"
    assert trial.primary_completion_date == "2025-12-31"
    assert trial.completion_date == "2025-12-31"
    assert [(i.type, i.name) for i in trial.interventions] == [
        ("OTHER", "Specific skilled motor training"),
        ("OTHER", "General extension training"),
    ]
    assert len(trial.inclusion_criteria) == 7
    assert trial.inclusion_criteria[0] == (
        "History of non-specific recurrent LBP with the first onset being at least 6 months ago"
    )
    assert trial.inclusion_criteria[2] == (
        "Minimum LBP intensity during episodes should be ≥2/10 on a numeric rating scale (NRS) "
        "from 0 to 10"
    )
    assert trial.exclusion_criteria[0] == "Chronic LBP (i.e. duration remission <1 month)"
    # The page cuts the text off mid-word; what is there is kept.
    assert trial.exclusion_criteria[-1] == "Patients with chronic widespread pain as defined by th"
    assert trial.brief_summary is not None
    assert trial.brief_summary.startswith("Exercise therapy has been shown to be effective")
    assert trial.brief_summary.endswith("will be compared.")
    assert trial.last_update_date is None
    assert trial.arms == []
    assert trial.healthy_volunteers is None


# Wrappers ------------------------------------------------------------------------------


def test_api_page_gives_one_record_per_study() -> None:
    first, second = _v2("NCT00000410.json"), _v2("NCT00220935.json")
    page = json.dumps({"studies": [first, second], "nextPageToken": "abc"})
    records = parse_text(page)
    assert [r.trial.nct_id for r in records] == ["NCT00000410", "NCT00220935"]
    assert [r.raw for r in records] == [canonical_json(first), canonical_json(second)]
    assert {r.format for r in records} == {"ctgov-v2-json"}


def test_bare_array_download_gives_one_record_per_study() -> None:
    first, second = _v2("NCT00000410.json"), _v2("NCT00220935.json")
    records = parse_text(json.dumps([first, second]))
    assert [r.trial.nct_id for r in records] == ["NCT00000410", "NCT00220935"]


def test_raw_hash_does_not_depend_on_the_wrapper() -> None:
    study = _v2("NCT00000410.json")
    alone = parse_text(json.dumps(study, indent=2))[0]
    in_page = parse_text(json.dumps({"studies": [study]}))[0]
    assert content_hash(alone.raw) == content_hash(in_page.raw)


@pytest.mark.parametrize("payload", ['{"studies": []}', "[]"])
def test_empty_page_gives_no_records(payload: str) -> None:
    assert parse_text(payload) == []


def test_parse_trial_requires_exactly_one_record() -> None:
    study = _study()
    with pytest.raises(RecordError) as excinfo:
        parse_trial(json.dumps([study, study]), source="two.json")
    assert str(excinfo.value) == "two.json: expected exactly one record, found 2"


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        (V2_FILES[0], "ctgov-v2-json"),
        (LEGACY_FILES[0], "ctgov-legacy-xml"),
        (PAGE_FILE, "page-text"),
    ],
    ids=_name,
)
def test_detect_format(path: Path, fmt: str) -> None:
    assert detect_format(path.read_text(encoding="utf-8")) == fmt


# Bad input -----------------------------------------------------------------------------


def _mutated(change: str, value: Any) -> str:
    """NCT00220935 with the value at a dotted path replaced (or removed, for ...)."""
    study = _v2("NCT00220935.json")
    *parents, last = change.split(".")
    node: Any = study
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is ...:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return json.dumps(study)


_TRUNCATED = json.dumps(_study())[:40]

BAD_INPUTS = [
    pytest.param("", UnsupportedFormat, "bad.json: empty input", id="empty"),
    pytest.param(" \n\t\n", UnsupportedFormat, "bad.json: empty input", id="whitespace"),
    pytest.param(
        _TRUNCATED,
        UnsupportedFormat,
        "bad.json: invalid JSON: Unterminated string starting at (line 1, column 22)",
        id="truncated-json",
    ),
    pytest.param(
        '{"protocolSection": {}',
        UnsupportedFormat,
        "bad.json: invalid JSON: Expecting ',' delimiter (line 1, column 23)",
        id="unclosed-json",
    ),
    pytest.param(
        '{"results": []}',
        UnsupportedFormat,
        "bad.json: JSON object is not a ClinicalTrials.gov study, page or list of studies",
        id="json-not-a-study",
    ),
    pytest.param(
        "[1, 2]",
        UnsupportedFormat,
        "bad.json: JSON array is not a ClinicalTrials.gov study, page or list of studies",
        id="json-array-of-numbers",
    ),
    pytest.param(
        '"NCT01234567"',
        UnsupportedFormat,
        "bad.json: not a ClinicalTrials.gov record: expected v2 JSON, legacy XML or trial "
        "page text",
        id="json-string",
    ),
    pytest.param(
        '{"studies": {"a": 1}}',
        UnsupportedFormat,
        "bad.json: 'studies' is an object, not a list of studies",
        id="studies-not-a-list",
    ),
    pytest.param(
        '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
        UnsupportedFormat,
        "bad.json: XML root <rss> is not a <clinical_study> record",
        id="rss",
    ),
    pytest.param(
        "<clinical_study><id_info></clinical_study>",
        UnsupportedFormat,
        "bad.json: invalid XML: mismatched tag (line 1, column 28)",
        id="malformed-xml",
    ),
    pytest.param(
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><clinical_study>&e;'
        "</clinical_study>",
        UnsupportedFormat,
        "bad.json: XML with a DOCTYPE is not accepted",
        id="xml-external-entity",
    ),
    pytest.param(
        "Just some notes about a trial.",
        UnsupportedFormat,
        "bad.json: not a ClinicalTrials.gov record: expected v2 JSON, legacy XML or trial "
        "page text",
        id="plain-text",
    ),
    pytest.param(
        "<clinical_study><brief_title>No id</brief_title></clinical_study>",
        RecordError,
        "bad.json: missing NCT id (field id_info/nct_id)",
        id="xml-no-nct-id",
    ),
    pytest.param(
        _mutated("protocolSection.identificationModule.nctId", ...),
        RecordError,
        "bad.json: missing NCT id (field protocolSection.identificationModule.nctId)",
        id="json-no-nct-id",
    ),
    pytest.param(
        _mutated("protocolSection.identificationModule.nctId", "NCT123"),
        RecordError,
        "bad.json: NCT123: 'NCT123' is not an NCT id like NCT01234567 (field nct_id)",
        id="malformed-nct-id",
    ),
    pytest.param(
        _mutated("protocolSection.statusModule.overallStatus", "PAUSED"),
        RecordError,
        "bad.json: NCT00220935: unknown status 'PAUSED'; expected one of "
        "ACTIVE_NOT_RECRUITING, APPROVED_FOR_MARKETING, AVAILABLE, COMPLETED, "
        "ENROLLING_BY_INVITATION, NOT_YET_RECRUITING, NO_LONGER_AVAILABLE, RECRUITING, "
        "SUSPENDED, TEMPORARILY_NOT_AVAILABLE, TERMINATED, UNKNOWN, WITHDRAWN, WITHHELD "
        "(field protocolSection.statusModule.overallStatus)",
        id="unknown-status",
    ),
    pytest.param(
        _mutated("protocolSection.designModule.phases", ["PHASE5"]),
        RecordError,
        "bad.json: NCT00220935: unknown phase 'PHASE5'; expected one of EARLY_PHASE1, NA, "
        "PHASE1, PHASE2, PHASE3, PHASE4 (field protocolSection.designModule.phases[0])",
        id="unknown-phase",
    ),
    pytest.param(
        _mutated("protocolSection.designModule.phases", "PHASE1"),
        RecordError,
        "bad.json: NCT00220935: expected a list, found a string "
        "(field protocolSection.designModule.phases)",
        id="phases-a-string",
    ),
    pytest.param(
        _mutated("protocolSection.designModule.enrollmentInfo.count", "many"),
        RecordError,
        "bad.json: NCT00220935: expected a whole number, found 'many' "
        "(field protocolSection.designModule.enrollmentInfo.count)",
        id="enrollment-count-a-word",
    ),
    pytest.param(
        _mutated("protocolSection.designModule.enrollmentInfo.count", -3),
        RecordError,
        "bad.json: NCT00220935: Input should be greater than or equal to 0, found -3 "
        "(field enrollment)",
        id="enrollment-count-negative",
    ),
    pytest.param(
        _mutated("protocolSection", []),
        RecordError,
        "bad.json: expected an object, found a list (field protocolSection)",
        id="protocol-section-a-list",
    ),
    pytest.param(
        _mutated("protocolSection.eligibilityModule.minimumAge", "adults"),
        RecordError,
        "bad.json: NCT00220935: age 'adults' is not like '18 Years' or '6 Months' "
        "(field protocolSection.eligibilityModule.minimumAge)",
        id="age-without-unit",
    ),
    pytest.param(
        _mutated("protocolSection.eligibilityModule.healthyVolunteers", "no"),
        RecordError,
        "bad.json: NCT00220935: expected true or false, found a string "
        "(field protocolSection.eligibilityModule.healthyVolunteers)",
        id="healthy-volunteers-a-string",
    ),
    pytest.param(
        _mutated("protocolSection.statusModule.startDateStruct.date", "March 2000"),
        RecordError,
        "bad.json: NCT00220935: 'March 2000' is not a date like 2021, 2021-01 or 2021-01-04 "
        "(field start_date)",
        id="v2-date-in-words",
    ),
    pytest.param(
        _mutated("protocolSection.armsInterventionsModule.interventions.0.name", ...),
        RecordError,
        "bad.json: NCT00220935: missing value (field interventions[0].name)",
        id="intervention-without-name",
    ),
    pytest.param(
        _mutated("protocolSection.armsInterventionsModule.interventions.0", "Drug: X"),
        RecordError,
        "bad.json: NCT00220935: expected an object, found a string "
        "(field protocolSection.armsInterventionsModule.interventions[0])",
        id="intervention-a-string",
    ),
    pytest.param(
        _mutated("protocolSection.conditionsModule.conditions", [1, 2]),
        RecordError,
        "bad.json: NCT00220935: expected a string, found a number "
        "(field protocolSection.conditionsModule.conditions[0])",
        id="condition-a-number",
    ),
    pytest.param(
        json.dumps({"studies": [_study(), 7]}),
        RecordError,
        "bad.json: expected an object, found a number (field studies[1])",
        id="page-with-a-non-study",
    ),
    pytest.param(
        _legacy_xml("<start_date>Spring 2010</start_date>"),
        RecordError,
        "bad.json: NCT01234567: date 'Spring 2010' is not like 'March 2, 2021' or 'May 2018' "
        "(field start_date)",
        id="legacy-date-in-words",
    ),
    pytest.param(
        _legacy_xml("<enrollment>about 40</enrollment>"),
        RecordError,
        "bad.json: NCT01234567: expected a whole number, found 'about 40' (field enrollment)",
        id="legacy-enrollment-a-phrase",
    ),
    pytest.param(
        _legacy_xml("<phase>Phase 5</phase>"),
        RecordError,
        "bad.json: NCT01234567: unknown phase 'Phase 5'; expected one of EARLY_PHASE1, NA, "
        "PHASE1, PHASE2, PHASE3, PHASE4 (field phase)",
        id="legacy-unknown-phase",
    ),
    pytest.param(
        _legacy_xml("<eligibility><gender>Unspecified</gender></eligibility>"),
        RecordError,
        "bad.json: NCT01234567: unknown sex 'Unspecified'; expected one of ALL, FEMALE, MALE "
        "(field eligibility/gender)",
        id="legacy-unknown-gender",
    ),
]


@pytest.mark.parametrize(("text", "error", "message"), BAD_INPUTS)
def test_bad_input_raises_a_named_error(text: str, error: type[InputError], message: str) -> None:
    with pytest.raises(error) as excinfo:
        parse_text(text, source="bad.json")
    assert str(excinfo.value) == message


def test_record_error_carries_its_evidence() -> None:
    with pytest.raises(RecordError) as excinfo:
        parse_text(_mutated("protocolSection.designModule.phases", "PHASE1"), source="in.json")
    error = excinfo.value
    assert (error.source, error.nct_id, error.field) == (
        "in.json",
        "NCT00220935",
        "protocolSection.designModule.phases",
    )


def test_detect_format_rejects_unknown_text() -> None:
    with pytest.raises(UnsupportedFormat) as excinfo:
        detect_format("{}")
    assert str(excinfo.value) == (
        "<text>: JSON object is not a ClinicalTrials.gov study, page or list of studies"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\xef\xbb\xbf  \n", "empty input"),
        (b'{"protocolSection": ', "invalid JSON: Expecting value (line 1, column 21)"),
        (b"<rss/>", "XML root <rss> is not a <clinical_study> record"),
        (b"\xff\xfe<\x00", "not UTF-8 text (bad byte at offset 0)"),
    ],
)
def test_parse_file_errors_name_the_path(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormat) as excinfo:
        parse_file(path)
    assert str(excinfo.value) == f"{path}: {message}"
    assert excinfo.value.source == str(path)


def test_parse_file_record_error_names_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "study.json"
    path.write_text(_mutated("protocolSection.designModule.phases", "PHASE1"), encoding="utf-8")
    with pytest.raises(RecordError) as excinfo:
        parse_file(str(path))
    assert str(excinfo.value) == (
        f"{path}: NCT00220935: expected a list, found a string "
        "(field protocolSection.designModule.phases)"
    )


def test_parse_file_tolerates_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.xml"
    path.write_bytes(b"\xef\xbb\xbf" + (FIXTURES / "legacy/NCT00277524.xml").read_bytes())
    assert _only(parse_file(path)).nct_id == "NCT00277524"


# Unicode -------------------------------------------------------------------------------


def test_unicode_round_trips(tmp_path: Path) -> None:
    study = _study(
        identificationModule={"nctId": "NCT01234567", "briefTitle": "Étude café – São Paulo"},
        eligibilityModule={
            "eligibilityCriteria": "Inclusion Criteria:\n\n* Âge ≥ 18 ans\n* IMC ≤ 30 kg/m²",
        },
        sponsorCollaboratorsModule={"leadSponsor": {"name": "Université de Genève"}},
    )
    path = tmp_path / "unicode.json"
    path.write_text(json.dumps(study, ensure_ascii=False), encoding="utf-8")
    [record] = parse_file(path)
    trial = record.trial
    assert trial.brief_title == "Étude café – São Paulo"
    assert trial.inclusion_criteria == ["Âge ≥ 18 ans", "IMC ≤ 30 kg/m²"]
    assert trial.lead_sponsor == "Université de Genève"
    assert "≥" in record.raw
    assert Trial.model_validate_json(trial.model_dump_json()) == trial


def test_unicode_in_real_legacy_text() -> None:
    trial = _only(parse_file(FIXTURES / "legacy/NCT01029262.xml"))
    assert "Eastern Cooperative Oncology Group (ECOG) Performance Status (PS) ≤ 2" in (
        trial.inclusion_criteria
    )


# Files ---------------------------------------------------------------------------------


def test_iter_files_expands_directories_recursively_and_sorted(tmp_path: Path) -> None:
    for name in ["b.json", "a.xml", "sub/c.txt", "sub/d.JSON", "notes.md", "sub/e.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    explicit = tmp_path / "notes.md"
    found = list(iter_files([tmp_path, explicit]))
    assert found == [
        tmp_path / "a.xml",
        tmp_path / "b.json",
        tmp_path / "sub/c.txt",
        tmp_path / "sub/d.JSON",
        explicit,
    ]


def test_iter_files_over_the_fixtures_parses_everything() -> None:
    paths = list(iter_files([FIXTURES]))
    assert len(paths) == len(ALL_FILES)
    assert sum(len(parse_file(p)) for p in paths) == len(ALL_FILES)


# Robustness ----------------------------------------------------------------------------


def test_tens_of_thousands_of_locations_parse_to_a_count_and_countries() -> None:
    # How the time grows with the site count is measured in bench/parse_bench.py.
    study = _v2("NCT02552212.json")
    locations = study["protocolSection"]["contactsLocationsModule"]["locations"]
    study["protocolSection"]["contactsLocationsModule"]["locations"] = locations * 200
    trial = parse_trial(json.dumps(study))
    assert trial.location_count == len(locations) * 200 > 20_000
    assert len(trial.countries) == len({loc["country"] for loc in locations})


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:2]):
            found += _paths(child, (*prefix, index))
    return found


_FUZZ_STUDY = _v2("NCT00000410.json")
_FUZZ_STUDY["protocolSection"]["contactsLocationsModule"]["locations"] = _FUZZ_STUDY[
    "protocolSection"
]["contactsLocationsModule"]["locations"][:2]
_FUZZ_PATHS = _paths(_FUZZ_STUDY)
_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-10, max_value=10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["", "PHASE1", "18 Years", "2021-01", "ACTUAL", "N/A"])
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["date", "type", "name", "count", "x"]), children)
    ),
    max_leaves=6,
)


def _assert_only_input_errors(text: str) -> None:
    try:
        parse_text(text, source="fuzz")
    except InputError as exc:
        # The record builder's last-resort net reports "unreadable record"; the typed
        # readers should have caught every such case with a field name first.
        assert "unreadable record" not in str(exc)


@settings(max_examples=300, deadline=None)
@given(path=st.sampled_from(_FUZZ_PATHS), value=_JSON_VALUES)
def test_any_value_anywhere_in_a_v2_study_is_a_record_or_an_input_error(
    path: tuple[Any, ...], value: Any
) -> None:
    study = copy.deepcopy(_FUZZ_STUDY)
    node: Any = study
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    _assert_only_input_errors(json.dumps(study))


_FUZZ_XML = (FIXTURES / "legacy/NCT02708238.xml").read_text(encoding="utf-8")
_FUZZ_TAGS = sorted({e.tag for e in ET.fromstring(_FUZZ_XML).iter()} - {"nct_id"})


@settings(max_examples=200, deadline=None)
@given(tag=st.sampled_from(_FUZZ_TAGS), text=st.text(max_size=20), attribute=st.text(max_size=8))
def test_any_text_in_a_legacy_record_is_a_record_or_an_input_error(
    tag: str, text: str, attribute: str
) -> None:
    root = ET.fromstring(_FUZZ_XML)
    for element in root.iter(tag):
        element.text = text
        if "type" in element.attrib:
            element.set("type", attribute)
    _assert_only_input_errors(ET.tostring(root, encoding="unicode"))


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet='{}[]":,0123456789 tnulrefas').map(lambda s: "{" + s),
        st.text(alphabet="<>/ abc=\"'?!").map(lambda s: "<" + s),
        st.text().map(lambda s: f"NCT01234567\nStatus {s}\nEnrollment {s}\nMin Age {s}"),
    )
)
def test_arbitrary_text_is_parsed_or_refused_with_an_input_error(text: str) -> None:
    _assert_only_input_errors(text)
