"""Backends that write summaries: ``builtin`` (deterministic, offline) and ``openai``."""

from __future__ import annotations

import os

from .base import Draft, Usage, Writer

__all__ = ["Draft", "Usage", "Writer", "make_writer"]


def make_writer(backend: str | None = None, *, model: str | None = None) -> Writer:
    """The writer for ``backend``; ``None`` picks openai when an endpoint is configured.

    An endpoint is configured when ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL`` is set.
    """
    if backend is None:
        configured = os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL")
        backend = "openai" if configured else "builtin"
    if backend == "builtin":
        from .builtin import BuiltinWriter

        return BuiltinWriter()
    if backend == "openai":
        from .openai import OpenAIWriter

        return OpenAIWriter(model=model)
    raise ValueError(f"unknown backend {backend!r}: use 'builtin' or 'openai'")
