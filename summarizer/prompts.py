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

``prompts/{name}.j2`` is the current version of a prompt. Earlier versions stay
beside it as ``prompts/{name}@v{N}.j2``, unchanged, so a stored summary's
prompt can be rendered again exactly (``load_prompt("plain-summary@v1")``).
A changed prompt is a new version: never edit a released one.

Templates may use two filters that bound free text: ``clip(n)`` (whitespace
collapsed, at most ``n`` characters, cut at a word, unmarked) and ``take(total, each)``
(the first items of a list, each clipped to ``each``, while they fit in
``total`` characters; always at least one).
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
VERSIONED_RE = re.compile(r"\A(?P<name>[\w.-]+)@v(?P<version>\d+)\Z")
HEADER_RE = re.compile(r"\A\{#-?\s*\n(?P<body>.*?)\n\s*-?#\}", re.DOTALL)
# v1's caps (v2 sets its own in the template). A trial can list thousands of
# sites; the prompt gets a count and the countries.
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


def clip_text(text: str | None, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word.

    No "…" marks the cut: small local models (SmolLM2 on NCT00001177) copied it
    into their reply and then repeated themselves until the token cap.
    """
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    # Cut at a word boundary unless that would throw away most of the room.
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:")


def take_items(items: list[str], total: int, each: int) -> list[str]:
    """The first ``items``, each clipped to ``each``, while they fit in ``total`` characters.

    The first item is always kept, so a record with one huge criterion still
    shows the start of it.
    """
    taken: list[str] = []
    used = 0
    for item in items:
        text = clip_text(item, each)
        if taken and used + len(text) > total:
            break
        taken.append(text)
        used += len(text)
    return taken


@cache
def _environment(directory: Path) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(directory)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["clip"] = clip_text
    env.filters["take"] = take_items
    return env


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


def load_prompt(
    name: str = DEFAULT_PROMPT, directory: Path | None = None, *, version: int | None = None
) -> PromptTemplate:
    """Load a prompt and validate its header: the current version, or ``version``.

    ``name`` may carry the version, as summaries record it: ``plain-summary@v1``.
    """
    directory = directory or prompts_dir()
    match = VERSIONED_RE.match(name)
    if match:
        name, version = match.group("name"), int(match.group("version"))
    path = directory / f"{name}.j2"
    if version is not None and not _has_version(path, version):
        path = directory / f"{name}@v{version}.j2"
    if not path.is_file():
        which = f"{name!r}" if version is None else f"{name!r} version {version}"
        raise PromptError(f"no prompt named {which} in {directory}")
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
    if version is not None and header.version != version:
        raise PromptError(f"{path.name}: header says version {header.version}, not {version}")
    try:
        template = _environment(directory).get_template(path.name)
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(f"{path.name}:{exc.lineno}: {exc.message}") from exc
    return PromptTemplate(header=header, template=template, path=path)


def _has_version(path: Path, version: int) -> bool:
    """Whether the current file ``path`` is ``version`` (read from its header, cheaply)."""
    if not path.is_file():
        return False
    match = HEADER_RE.match(path.read_text(encoding="utf-8"))
    found = re.search(r"^\s*version:\s*(\d+)\s*$", match.group("body"), re.M) if match else None
    return found is not None and int(found.group(1)) == version


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
