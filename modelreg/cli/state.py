"""The global options and the registry they describe, built once per run (no typer import:
the fast paths and completion use it too)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from modelreg.errors import CatalogError, ModelNotFoundError

if TYPE_CHECKING:
    import typer

    from modelreg.record import Record
    from modelreg.registry import ModelRegistry


# The registry the last run loaded, kept until the process ends (modelreg.cli.main.run ends
# it without freeing a large catalog record by record).
_LAST: list[ModelRegistry] = []


class State:
    """What the global options asked for; the registry is loaded on first use."""

    def __init__(
        self,
        catalogs: Iterable[str] | None = None,
        builtin_only: bool = False,
        prefer_outside: bool = False,
    ) -> None:
        self.catalogs = list(catalogs) if catalogs else None  # None: MODELREG_CATALOG's
        self.builtin_only = builtin_only
        self.prefer_outside = prefer_outside
        self._registry: ModelRegistry | None = None

    @property
    def registry(self) -> ModelRegistry:
        if self._registry is None:
            from modelreg.memory import paused_gc
            from modelreg.registry import load_registry

            # A run is short: what it loads lives until it exits, so freeze it (see paused_gc).
            with paused_gc(freeze=True):
                self._registry = load_registry(
                    self.catalogs,
                    builtin_only=self.builtin_only,
                    prefer_outside=self.prefer_outside,
                )
            _LAST[:] = [self._registry]  # lives on: the console script need not free it
            from modelreg.cli import output

            for note in self._registry.notes:
                output.note(f"warning: {note}")
        return self._registry

    def lookup(self, model_id: str, auto_create: bool = False) -> Record:
        """A model's record by id, alias or fine-tuned id; ``auto_create`` makes unknown ids."""
        reg = self.registry
        try:
            return reg.get_record(model_id)
        except ModelNotFoundError:
            if not auto_create:
                raise
        try:
            reg.ensure_model(model_id)
        except ValueError as exc:  # an id no model can have
            import typer

            raise typer.BadParameter(str(exc).splitlines()[0], param_hint="MODEL_ID") from None
        return reg.get_record(model_id)


def state(ctx: typer.Context) -> State:
    """The State of this run (the root context's object)."""
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        # Shell completion parses the global options without running the root callback.
        params = root.params
        root.obj = State(
            catalogs=params.get("catalog"),
            builtin_only=bool(params.get("builtin_only")),
            prefer_outside=bool(params.get("prefer_outside")),
        )
    return root.obj


def registry(ctx: typer.Context) -> ModelRegistry:
    """The registry built from the global options."""
    return state(ctx).registry


def registry_or_none(ctx: typer.Context) -> ModelRegistry | None:
    """The registry, or None when a source is broken (for completion and better messages)."""
    try:
        return registry(ctx)
    except CatalogError:
        return None


def lookup(ctx: typer.Context, model_id: str, auto_create: bool = False) -> Record:
    """A model's record by id, alias or fine-tuned id; ``auto_create`` makes unknown ids."""
    return state(ctx).lookup(model_id, auto_create)
