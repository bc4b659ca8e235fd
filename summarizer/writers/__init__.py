"""Backends that write summaries: ``builtin`` (deterministic, offline) and ``openai``.

``local`` is the ``openai`` backend on a llama.cpp server that it starts itself
(see :mod:`summarizer.local_model`); close the writer to stop the server.
"""

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
    if backend == "local":
        from ..local_model import MODEL_NAME, LocalWriter

        if model is not None and model != MODEL_NAME:
            raise ValueError(f"the local backend runs {MODEL_NAME}; --model {model} does not apply")
        return LocalWriter()
    raise ValueError(f"unknown backend {backend!r}: use 'builtin', 'openai' or 'local'")
