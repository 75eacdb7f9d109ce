"""The global options and the registry they describe, built once per run (no typer import:
the front door and completion use it too)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from modelreg.errors import CatalogError, ModelNotFoundError

if TYPE_CHECKING:
    import typer

    from modelreg.registry import ModelRegistry
    from modelreg.schema import Record
    from modelreg.snapshot import Snapshot


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
        # What point lookups read from the compiled snapshot: id -> (sources, field sources).
        self._compiled: dict[str, tuple[list[str], dict[str, str]]] = {}

    def load(self, whole: bool = True) -> ModelRegistry:
        """A registry built from the sources these options put in effect; not ``whole``
        (this run's), what its snapshot keeps apart is read when the command asks
        (modelreg.compile.load_registry), so ``serve`` reloads a whole one."""
        from modelreg.compile import load_registry

        return load_registry(
            self.catalogs,
            builtin_only=self.builtin_only,
            prefer_outside=self.prefer_outside,
            whole=whole,
        )

    @property
    def registry(self) -> ModelRegistry:
        if self._registry is None:
            self._registry = self.load(whole=False)
            _LAST[:] = [self._registry]  # lives on: the console script need not free it
            from modelreg.cli import terminal

            for note in self._registry.notes:
                terminal.note(f"warning: {note}")
        return self._registry

    def lookup(self, model_id: str, auto_create: bool = False) -> Record:
        """A model's record by id, alias or fine-tuned id; ``auto_create`` makes unknown ids.

        Before the registry is loaded, an id or alias is first read from the compiled
        snapshot (a few rows); anything else (no current snapshot, an unknown or fine-tuned
        id) asks the whole registry. Asked by a seller's id of one of its offers, the model
        has that offer's prices and limits."""
        found = self._from_snapshot(model_id) if self._registry is None else None
        if found is None:
            try:
                found = self.registry.get_record(model_id)
            except ModelNotFoundError:
                if not auto_create:
                    raise
                return self._created(model_id)
        if model_id.lower() == found["id"].lower():  # its own id: no offer's prices
            return found
        from modelreg.offers import priced_by

        return priced_by(found, model_id)

    def _created(self, model_id: str) -> Record:
        """The record of a model made for an unknown id (``lookup``'s ``auto_create``)."""
        reg = self.registry
        try:
            reg.ensure_model(model_id)
        except ValueError as exc:  # an id no model can have
            from modelreg.cli.status import UsageError

            raise UsageError(str(exc).splitlines()[0], "MODEL_ID") from None
        return reg.get_record(model_id)

    def provenance(self, model_id: str) -> list[str]:
        """The sources that defined or patched a model (as the registry says)."""
        if model_id in self._compiled:
            return list(self._compiled[model_id][0])
        return self.registry.provenance(model_id)

    def field_sources(self, model_id: str) -> dict[str, str]:
        """The fields of a model given by a source other than the one that defined it."""
        if model_id in self._compiled:
            return dict(self._compiled[model_id][1])
        return self.registry.field_sources(model_id)

    @cached_property
    def _snapshot(self) -> Snapshot:
        """The compiled snapshot of these options, found once per run."""
        from modelreg import snapshot

        catalogs = None if self.catalogs is None else tuple(self.catalogs)
        return snapshot.locate(catalogs, self.builtin_only, self.prefer_outside)

    def _from_snapshot(self, model_id: str) -> Record | None:
        from modelreg import snapshot

        found = snapshot.read_model(self._snapshot, model_id)
        if found is None:
            return None
        record, sources, fields = found
        self._compiled[record["id"]] = (sources, fields)
        return record


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
