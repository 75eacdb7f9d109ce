"""A ``Source``: one catalog read, its entries and the names its errors give it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class Source:
    """A parsed catalog: its provenance label, its raw entries (each a JSON object), and the
    name its errors give it (the label, or more: "user-store /home/me/.config/...").

    ``origins`` gives, for entries gathered from several places (the user store and an
    ``add``'s input), each entry's own source name and index, for error messages. An outside
    catalog (LiteLLM, models.dev, OpenRouter: modelreg.formats) says its format in ``outside``
    and what its reader skipped in ``skipped``; modelreg.fill merges it. ``forms`` holds its
    ids' matching forms where they were worked out before (modelreg.offers.learn), and
    ``problems``, where its entries were validated before (modelreg.fill.problems), what
    keeps each from being a model, by index (None: not validated yet).
    """

    __slots__ = ("entries", "forms", "label", "name", "origins", "outside", "problems", "skipped")

    def __init__(
        self,
        label: str,
        entries: Sequence[dict[str, Any]],
        name: str = "",
        origins: tuple[tuple[str, int], ...] | None = None,
        outside: str | None = None,  # the outside format (litellm, ...) of an outside catalog
        skipped: tuple[tuple[str, str], ...] = (),  # its entries left out, and why
        forms: Mapping[str, tuple[str, ...]] | None = None,
        problems: Mapping[int, str] | None = None,
    ) -> None:
        self.label = label
        self.entries = entries
        self.name = name or label
        self.origins = origins
        self.outside = outside
        self.skipped = skipped
        self.forms = forms or {}
        self.problems = problems

    def __repr__(self) -> str:
        return f"Source({self.name!r}, {len(self.entries)} entries)"

    def origin(self, index: int) -> tuple[str, int]:
        """The source name and index an error gives entry ``index``."""
        return self.origins[index] if self.origins is not None else (self.name, index)
