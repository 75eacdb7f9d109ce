"""Compile once: the registry of the sources in effect, built (each input read by
modelreg.intake, merged by modelreg.merge or filled by modelreg.fill, in its order) and kept
as one snapshot in the cache directory (modelreg.snapshot), with what it was built from. A
run whose inputs are unchanged reads the snapshot and parses, converts, merges and
validates nothing. With outside copies enabled, the registry before them (the built-ins and
the user's sources: its base) has a snapshot of its own, so a rebuild after an update reads
none of the user's sources again. A remote catalog (a URL) cannot be stamped: a registry
with one has no snapshot.
"""

from __future__ import annotations

from functools import cache

from modelreg import snapshot  # the rest when a registry is built: a lookup needs none

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (a TAB)
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence
    from pathlib import Path
    from typing import Any

    from modelreg import inputs, sources
    from modelreg.registry import ModelRegistry


def load_registry(
    catalogs: Iterable[str] | None = None,
    *,
    builtin_only: bool = False,
    prefer_outside: bool = False,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    whole: bool = True,
) -> ModelRegistry:
    """The built-in catalogs, then (unless builtin_only) the user's sources, then ``catalogs``.

    ``catalogs`` None means the location MODELREG_CATALOG names, as on the command line.
    An outside catalog (LiteLLM, models.dev, OpenRouter) fills gaps and adds models;
    ``prefer_outside`` lets its figures override the others (fresher prices). Not
    ``whole``, a registry read from its snapshot reads the models' offers and the names that
    reach them only when asked: for a caller over in a moment (a command) that may not ask.
    """
    from modelreg import inputs

    options = inputs.Options(
        None if catalogs is None else tuple(catalogs), builtin_only, prefer_outside
    )
    snap = snapshot.locate(*options, environ, cwd)
    current = _read(snap, whole)
    if current is not None:
        return current
    found = in_effect(options, environ, cwd)
    facts = None if inputs.remote(found) else snapshot.depends(found, environ)
    registry = build(found, options, environ, cwd)
    if facts is not None:
        from modelreg.snapshot import writing

        writing.write(snap, registry.state(), facts)
    return registry


def in_effect(
    options: inputs.Options, environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> list[inputs.Input]:
    """The inputs these options put in effect (the enabled outside catalogs' copies last)."""
    from modelreg import inputs, intake

    enabled = intake.enabled_outside(options.builtin_only, environ)
    return inputs.in_effect(options, environ, cwd, enabled)


def build(
    found: Sequence[inputs.Input],
    options: inputs.Options,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> ModelRegistry:
    """The built-in catalogs, then every input in effect read and merged in its order. With
    outside copies in effect (last), the registry before them, its base, is read from its
    own snapshot where its inputs are unchanged (after an update: the user's sources are not
    read, validated or merged again), else built and kept so."""
    from modelreg import inputs

    copies = [n for n, item in enumerate(found) if item.kind == "outside" and not item.ignored]
    if not copies:
        return _built(found, options, environ)
    before = found[: copies[0]]
    if inputs.remote(before):  # not stamped: no snapshot
        registry = _built(before, options, environ)
    else:
        registry = _base(before, options, environ, cwd)
    _add(registry, _sources(found[copies[0] :], environ), options.prefer_outside)
    return registry


def _built(
    found: Sequence[inputs.Input], options: inputs.Options, environ: Mapping[str, str] | None
) -> ModelRegistry:
    """The built-in catalogs, then these inputs read and merged in their order."""
    from modelreg.registry import builtin

    registry = builtin()
    _add(registry, _sources(found, environ), options.prefer_outside)
    return registry


def _read(snap: snapshot.Snapshot, whole: bool) -> ModelRegistry | None:
    """The registry a current snapshot holds (None: none, or torn inside: rebuilt); not
    ``whole``, reading its offers and names on when asked."""
    from modelreg.registry import ModelRegistry

    db = snap.connection
    if db is None:
        return None
    try:
        apart = snapshot.Apart(db)
        state = apart.state()
        if not whole:
            return ModelRegistry.from_state(state, apart)  # reading it on
        return ModelRegistry.from_state(_whole(state, apart))
    except snapshot.sqlite().Error:
        return None


def _base(
    found: Sequence[inputs.Input],
    options: inputs.Options,
    environ: Mapping[str, str] | None,
    cwd: Path | None,
) -> ModelRegistry:
    """The registry of the inputs before the outside copies: read from its snapshot where
    it is current, else built and written to it (its own stamps, no completion cache)."""
    snap = snapshot.locate(*options, environ, cwd, base=True)
    current = _read(snap, whole=True)
    if current is not None:
        return current
    registry = _built(found, options, environ)
    from modelreg.snapshot import writing

    writing.write(snap, registry.state(), snapshot.depends(found, environ, base=True), tab=False)
    return registry


def _sources(
    found: Iterable[inputs.Input], environ: Mapping[str, str] | None
) -> Iterator[tuple[sources.Source, bool]]:
    """These inputs' sources in order, read one at a time, each with whether its skips are
    noted (an enabled copy's are not: `modelreg sources` says them)."""
    from modelreg import intake

    for item in found:
        source = None if item.ignored else intake.read(item, environ)
        if source is not None:
            yield source, item.kind != "outside"


def add_sources(
    registry: ModelRegistry, found: Iterable[sources.Source], *, prefer_outside: bool = False
) -> None:
    """Merge sources in order, each as ``add_source`` merges it, but outside catalogs in a
    row filled together (modelreg.fill.fill_all), as a rebuild fills them."""
    _add(registry, ((source, True) for source in found), prefer_outside)


def add_source(
    registry: ModelRegistry, source: sources.Source, *, prefer_outside: bool = False
) -> None:
    """Merge a source of any format: modelreg's own strictly, an outside one loosely."""
    add_sources(registry, [source], prefer_outside=prefer_outside)


def _add(
    registry: ModelRegistry, found: Iterable[tuple[sources.Source, bool]], prefer: bool
) -> None:
    """Merge sources in order, outside catalogs in a row together, noting what those
    ``noted`` skipped."""
    from modelreg import merge

    row: list[tuple[sources.Source, bool]] = []
    for source, noted in found:
        if source.outside is not None:
            row.append((source, noted))
            continue
        _fill(registry, row, prefer)
        row = []
        merge.merge(registry, source)
    _fill(registry, row, prefer)


def _fill(registry: ModelRegistry, row: list[tuple[sources.Source, bool]], prefer: bool) -> None:
    """Fill outside catalogs together, noting what those ``noted`` skipped."""
    if not row:
        return
    from collections import Counter

    from modelreg.fill import fill_all

    skipped = fill_all(registry, [source for source, _ in row], prefer=prefer)
    for (source, noted), left in zip(row, skipped, strict=True):
        if noted and left:
            reasons = Counter(_reason(why) for _, why in left)
            summary = ", ".join(f"{n} {why}" for why, n in reasons.most_common(3))
            registry.notes.append(f"{source.name}: skipped {len(left)} entries ({summary})")


def _reason(why: str) -> str:
    """The kind of a skip reason, without the entry's own values."""
    import re

    return re.sub(r"'[^']*'|\"[^\"]*\"|\d+(\.\d+)?", "…", why.split(";")[0])[:60]


@cache
def default_registry() -> ModelRegistry:
    """The process-wide registry (built on first use): built-ins plus the user's sources,
    and MODELREG_CATALOG's, as the command line builds it."""
    return load_registry()


def _whole(state: dict[str, Any], apart: snapshot.Apart) -> dict[str, Any]:
    """A snapshot's state with what it keeps apart put back, as ``registry.state()`` gave it."""
    models = state["models"]
    for model_id, held in apart.offers().items():
        models[model_id]["offers"] = held
    state["keys"], state["offered"] = apart.names()
    return state
