"""Versioned prompt templates.

A prompt is a Jinja2 file in ``prompts/`` with a header block::

    {#-
    name: plain-summary
    version: 3
    description: ...
    -#}
    {% block system %}...{% endblock %}
    {% block user %}...{% endblock %}

The header is validated by :class:`PromptHeader` (unknown keys are errors, so a
typo cannot silently change a prompt). Templates render in a sandbox with
``StrictUndefined``: a missing field in a medical prompt must fail, not render
blank. The version and a hash of the rendered text travel with every summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import PromptError
from .records import Trial, content_hash
from .summary import DISCLAIMER, PlainSummary

DEFAULT_PROMPT = "plain-summary"
HEADER_RE = re.compile(r"\A\{#-?\s*\n(?P<body>.*?)\n\s*-?#\}", re.DOTALL)
# A trial can list thousands of sites; the prompt gets a count and the countries.
MAX_CRITERIA = 12
MAX_CRITERION_CHARS = 300
MAX_COUNTRIES = 10


class PromptHeader(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    version: int
    description: str = ""


@dataclass(frozen=True)
class RenderedPrompt:
    name: str
    version: int
    hash: str
    system: str
    user: str

    @property
    def label(self) -> str:
        return f"{self.name}@v{self.version}"

    def messages(self) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.user},
        ]


def prompts_dir() -> Path:
    """Where the templates live: shipped in the wheel, or the repo's ``prompts/``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "prompts", here.parent / "prompts"):
        if candidate.is_dir():
            return candidate
    raise PromptError(f"no prompts directory found next to {here}")


@cache
def _environment(directory: Path) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(directory)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class PromptTemplate:
    header: PromptHeader
    template: jinja2.Template
    path: Path

    @property
    def name(self) -> str:
        return self.header.name

    @property
    def version(self) -> int:
        return self.header.version

    def render(self, trial: Trial) -> RenderedPrompt:
        """Render system and user messages for ``trial``."""
        context = prompt_context(trial)
        try:
            ctx = self.template.new_context(context)
            blocks = {
                name: "".join(self.template.blocks[name](ctx)).strip() + "\n"
                for name in ("system", "user")
            }
        except KeyError as exc:
            raise PromptError(f"{self.path.name}: missing block {exc}") from exc
        except jinja2.TemplateError as exc:
            # Undefined variables and sandbox refusals: both are template bugs.
            raise PromptError(f"{self.path.name}: {exc.message}") from exc
        rendered_hash = content_hash(blocks["system"] + "\x00" + blocks["user"])
        return RenderedPrompt(
            name=self.name,
            version=self.version,
            hash=rendered_hash,
            system=blocks["system"],
            user=blocks["user"],
        )


def load_prompt(name: str = DEFAULT_PROMPT, directory: Path | None = None) -> PromptTemplate:
    """Load ``prompts/{name}.j2`` and validate its header."""
    directory = directory or prompts_dir()
    path = directory / f"{name}.j2"
    if not path.is_file():
        raise PromptError(f"no prompt named {name!r} in {directory}")
    text = path.read_text(encoding="utf-8")
    match = HEADER_RE.match(text)
    if not match:
        raise PromptError(f"{path.name}: missing the {{# name: / version: #}} header")
    fields: dict[str, Any] = {}
    for line in match.group("body").splitlines():
        if line.strip():
            key, sep, value = line.partition(":")
            if not sep:
                raise PromptError(f"{path.name}: header line {line!r} is not 'key: value'")
            fields[key.strip()] = value.strip()
    try:
        header = PromptHeader.model_validate(fields)
    except ValidationError as exc:
        raise PromptError(f"{path.name}: invalid header: {exc}") from exc
    if header.name != name:
        raise PromptError(f"{path.name}: header names {header.name!r}, file names {name!r}")
    try:
        template = _environment(directory).get_template(path.name)
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(f"{path.name}:{exc.lineno}: {exc.message}") from exc
    return PromptTemplate(header=header, template=template, path=path)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def prompt_context(trial: Trial) -> dict[str, Any]:
    """The fields a prompt may use: what matters for a lay summary, bounded in size."""
    return {
        "trial": trial,
        "inclusion": [
            _clip(c, MAX_CRITERION_CHARS) for c in trial.inclusion_criteria[:MAX_CRITERIA]
        ],
        "exclusion": [
            _clip(c, MAX_CRITERION_CHARS) for c in trial.exclusion_criteria[:MAX_CRITERIA]
        ],
        "more_inclusion": max(0, len(trial.inclusion_criteria) - MAX_CRITERIA),
        "more_exclusion": max(0, len(trial.exclusion_criteria) - MAX_CRITERIA),
        "countries": trial.countries[:MAX_COUNTRIES],
        "brief_summary": _clip(trial.brief_summary or "", 2500),
        "disclaimer": DISCLAIMER,
        "schema_fields": list(PlainSummary.model_fields),
    }
