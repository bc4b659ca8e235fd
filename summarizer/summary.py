"""The "AI Clinical Summary": the structured output every backend must produce.

The JSON schema sent to the LLM is derived from :class:`PlainSummary`, and
every reply is validated against it. The rendered markdown is the canonical
text: check findings carry character spans into it, and the site shows it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

DISCLAIMER = (
    "This summary is for information only. It is not medical advice. "
    "Talk with your doctor before you decide to join a study."
)

SECTION_TITLES: dict[str, str] = {
    "about": "What is this study about?",
    "who_can_join": "Who can take part?",
    "what_happens": "What happens in the study?",
    "key_facts": "Key facts",
}


class PlainSummary(BaseModel):
    """A plain-language summary of one trial, for patients (grade 6-8 reading level)."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(description="A short plain-language title for the study.")
    about: str = Field(description="What the study is about and why it is being done.")
    who_can_join: str = Field(
        description="Who can take part: ages, sex, and the main inclusion and exclusion points."
    )
    what_happens: str = Field(
        description="What happens to participants: the study groups and the treatments."
    )
    key_facts: list[str] = Field(
        description="Short facts: status, phase in plain words, number of people, sponsor, dates."
    )
    disclaimer: str = Field(description="One closing line saying this is not medical advice.")

    @field_validator("title", "about", "who_can_join", "what_happens", "disclaimer")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("key_facts")
    @classmethod
    def _facts_not_blank(cls, value: list[str]) -> list[str]:
        facts = [f.strip() for f in value if f.strip()]
        if not facts:
            raise ValueError("must list at least one fact")
        return facts

    def to_markdown(self) -> str:
        """The canonical rendered text. Check spans index into this string."""
        parts = [f"# {self.title}", ""]
        for key in ("about", "who_can_join", "what_happens"):
            parts += [f"## {SECTION_TITLES[key]}", "", getattr(self, key), ""]
        parts += [f"## {SECTION_TITLES['key_facts']}", ""]
        parts += [f"- {fact}" for fact in self.key_facts]
        parts += ["", self.disclaimer]
        return "\n".join(parts) + "\n"

    @classmethod
    def json_schema_for_llm(cls) -> dict[str, object]:
        """The strict JSON schema sent as ``response_format``."""
        schema = cls.model_json_schema()
        schema["additionalProperties"] = False
        return schema
