"""The registry's store: records by id, the names that reach them (ids, aliases, offers' ids,
makers' prefixed forms), provenance per model and per field, kept as plain data
(``state``/``from_state``) and changed all or nothing (``transaction``).

A store read from a compiled snapshot may leave what only some commands read where the
snapshot keeps it (``Apart``): the models' offers and the maps of lower-cased names, read
when a method asks (a model's offers when its record is asked for, every offer for
``records()``), and all of them before anything changes.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Protocol, Self

from modelreg import offers
from modelreg.catalog import CATALOGS
from modelreg.errors import ModelConflictError, ModelNotFoundError
from modelreg.finetune import is_fine_tuned_id, parse_fine_tuned
from modelreg.query.suggest import closest_names
from modelreg.schema import Record

if TYPE_CHECKING:
    from modelreg.catalog.provider import ProviderCatalog


class Apart(Protocol):
    """What a compiled snapshot keeps apart from a registry's state (modelreg.compile)."""

    def offers(self, ids: Collection[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """The offers of these models (None: of every model), by id; none for a model
        without any."""
        ...

    def owner(self, key: str, sellers: bool = True) -> str | None:
        """The id a lower-cased id or alias names, or (``sellers``) a seller's id of one
        of its offers; None when none does."""
        ...

    def names(self) -> tuple[dict[str, str], dict[str, str]]:
        """The store's maps of names, as it held them: every lower-cased id and alias,
        and every seller's id, to the id of the model it names."""
        ...


class RecordStore:
    """Models by id, their aliases and provenance; the provider catalogs they came from."""

    def __init__(self) -> None:
        self._models: dict[str, Record] = {}
        self._aliases: dict[str, str] = {}  # alias -> canonical id
        self._keys: dict[str, str] = {}  # lower-cased id or alias -> canonical id
        self._offered: dict[str, str] = {}  # lower-cased id of a seller's offer -> canonical id
        self._provider_catalogs: dict[str, ProviderCatalog] = {}
        self._sources: dict[str, tuple[str, ...]] = {}  # id -> the sources that defined it
        self._field_sources: dict[str, dict[str, str]] = {}  # id -> field -> source
        self.notes: list[str] = []  # what loading left out (an outside catalog's skipped)
        # Where the offers and the maps of names are while they are not in the dicts above
        # (a store read from a snapshot), and the models whose offers are not read yet.
        self._apart: Apart | None = None
        self._unread: set[str] = set()

    # -- storage -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._models)

    def __contains__(self, model_id: object) -> bool:
        return isinstance(model_id, str) and self.resolve_id(model_id) is not None

    def add_record(self, record: Record, source: str, *, replace: bool = False) -> None:
        """Store a complete, valid record; ``replace`` allows re-registering its id."""
        self._gather()
        model_id = record["id"]
        old = self._models.get(model_id)
        if old is not None and not replace:
            raise ModelConflictError(f"model {model_id!r} is already registered")
        aliases = record["aliases"]
        keys = self._keys
        for name in (model_id, *aliases) if aliases else (model_id,):
            owner = keys.get(name.lower())
            if owner is not None and owner != model_id:
                kind = "id" if name.lower() == owner.lower() else "alias"
                what = "id" if name == model_id else "alias"
                raise ModelConflictError(
                    f"{what} {name!r} of model {model_id!r} collides with the {kind} "
                    f"of model {owner!r}"
                )
        if old is not None:
            self._forget_names(old)
        self._put(record, source)

    def add_records(self, records: Sequence[Record], source: str) -> int:
        """Store new, complete, valid records in order, as add_record would, until one
        collides with a known id or alias; returns how many were stored."""
        self._gather()
        if self._add_all_new(records, source):
            return len(records)
        models, keys = self._models, self._keys
        for count, record in enumerate(records):
            model_id, aliases = record["id"], record["aliases"]
            if model_id in models or keys.get(model_id.lower(), model_id) != model_id:
                return count
            if aliases and any(keys.get(a.lower(), model_id) != model_id for a in aliases):
                return count
            self._put(record, source)
        return len(records)

    def _add_all_new(self, records: Sequence[Record], source: str) -> bool:
        """Store records at once (dict updates, no loop in Python) when no name of theirs,
        lower-cased, is known or given twice; False, and nothing stored, otherwise."""
        ids = list(map(itemgetter("id"), records))
        aliases: list[str] = []
        owners: list[str] = []  # the id each alias names
        for record in records:
            if record["aliases"]:
                aliases += record["aliases"]
                owners += [record["id"]] * len(record["aliases"])
        names = [*map(str.lower, ids), *map(str.lower, aliases)]
        if len(set(names)) < len(names) or not self._keys.keys().isdisjoint(names):
            return False
        self._models.update(zip(ids, records, strict=True))
        self._keys.update(zip(names, ids + owners, strict=True))
        self._aliases.update(zip(aliases, owners, strict=True))
        for record in records:
            if record["offers"]:
                self._offer(record["id"], record["offers"])
        self._sources.update(zip(ids, repeat((source,))))
        return True

    def _put(self, record: Record, source: str) -> None:
        """Store a record under its id and aliases (whose names are free)."""
        model_id = record["id"]
        self._models[model_id] = record
        self._keys[model_id.lower()] = model_id
        for alias in record["aliases"]:
            self._keys[alias.lower()] = model_id
            self._aliases[alias] = model_id
        self._sources[model_id] = (*self._sources.get(model_id, ()), source)
        if record["offers"]:
            self._offer(model_id, record["offers"])

    def add_offers(self, model_id: str, given: Sequence[dict[str, Any]]) -> None:
        """Add offers to a registered model (one of a seller's id it has already is
        replaced): its record replaced, their ids naming it, their sources noted (in order)."""
        self._gather()
        record = self._models[model_id]
        self._models[model_id] = {**record, "offers": offers.merged(record["offers"], given)}
        self._offer(model_id, given)
        sources = tuple(dict.fromkeys(item["source"] for item in given))
        self._sources[model_id] = (*self._sources[model_id], *sources)
        for source in sources:
            self.note_fields(model_id, ["offers"], source)

    def _offer(self, model_id: str, items: Iterable[dict[str, Any]]) -> None:
        """Let the ids of a model's offers name it (but a name of its own: the model's own id
        or alias, lower-cased, which names it first)."""
        keys, offered = self._keys, self._offered
        for item in items:
            name, *more = offers.names_of(item)
            if keys.get(name) != model_id:
                offered[name] = model_id
            for other in more:
                if keys.get(other) != model_id:
                    offered.setdefault(other, model_id)

    def copy(self) -> Self:
        """A registry holding the same models (records are shared: they are never changed
        in place, only replaced)."""
        self._gather()
        twin = type(self)()
        twin._models = dict(self._models)
        twin._aliases = dict(self._aliases)
        twin._keys = dict(self._keys)
        twin._offered = dict(self._offered)
        twin._provider_catalogs = dict(self._provider_catalogs)
        twin._sources = dict(self._sources)
        twin._field_sources = {k: dict(v) for k, v in self._field_sources.items()}
        return twin

    def state(self) -> dict[str, Any]:
        """What this registry holds, as plain data (modelreg.compile keeps it): its models,
        names, provenance and notes, and which provider catalogs it has (by provider)."""
        self._gather()
        return {
            "models": self._models,
            "aliases": self._aliases,
            "keys": self._keys,
            "offered": self._offered,
            "sources": self._sources,
            "field_sources": self._field_sources,
            "notes": self.notes,
            "catalogs": list(self._provider_catalogs),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], apart: Apart | None = None) -> Self:
        """A registry holding what ``state()`` gave (its provider catalogs the built-in ones
        it names), or that state without the offers and the maps of names (``keys``,
        ``offered``), which ``apart`` holds."""
        registry = cls()
        registry._models = state["models"]
        registry._aliases = state["aliases"]
        if apart is None:
            registry._keys = state["keys"]
            registry._offered = state["offered"]
        else:
            registry._apart = apart
            registry._unread = set(registry._models)
        registry._sources = state["sources"]
        registry._field_sources = state["field_sources"]
        registry.notes = state["notes"]
        known = {catalog.provider: catalog for catalog in CATALOGS}
        registry._provider_catalogs = {p: known[p] for p in state["catalogs"] if p in known}
        return registry

    def _put_offers(self, ids: Iterable[str] | None = None) -> None:
        """Put the offers kept apart into these models' records (None: every model's)."""
        if not self._unread or self._apart is None:
            return
        wanted = self._unread if ids is None else self._unread.intersection(ids)
        if not wanted:
            return
        found = self._apart.offers(None if ids is None else wanted)
        for model_id in wanted.intersection(found):
            self._models[model_id]["offers"] = found[model_id]
        self._unread = self._unread - wanted

    def _gather(self) -> None:
        """Hold everything in this store's own dicts (before a change, or a copy)."""
        if self._apart is not None:
            self._put_offers()
            self._keys, self._offered = self._apart.names()
            self._apart = None

    def _owner(self, key: str, sellers: bool = True) -> str | None:
        """The id a lower-cased id or alias names, or (``sellers``) a seller's id of one of
        its offers."""
        if self._apart is not None:
            return self._apart.owner(key, sellers)
        return self._keys.get(key) or (self._offered.get(key) if sellers else None)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Undo every change made inside the block if it raises."""
        self._gather()
        saved = (
            dict(self._models),
            dict(self._aliases),
            dict(self._keys),
            dict(self._offered),
            dict(self._sources),
            {k: dict(v) for k, v in self._field_sources.items()},
        )
        try:
            yield
        except BaseException:
            (
                self._models,
                self._aliases,
                self._keys,
                self._offered,
                self._sources,
                self._field_sources,
            ) = saved
            raise

    def _forget_names(self, record: Record) -> None:
        for alias in record["aliases"]:
            self._aliases.pop(alias, None)
            self._keys.pop(alias.lower(), None)
        self._keys.pop(record["id"].lower(), None)
        for item in record["offers"] or ():
            for name in offers.names_of(item):
                if self._offered.get(name) == record["id"]:
                    del self._offered[name]

    def remove_model(self, model_id: str) -> None:
        """Forget a model and its aliases."""
        self._gather()
        canonical = self.canonical_id(model_id)
        self._forget_names(self._models.pop(canonical))
        self._sources.pop(canonical, None)

    # -- lookup --------------------------------------------------------------

    def names(self) -> list[str]:
        """Every id and alias, ids first."""
        return [*self._models, *self._aliases]

    def resolve_id(self, model_id: str) -> str | None:
        """The canonical id for an id or alias (exact, then case-insensitive), a seller's id
        of one of its offers, or its maker's prefixed form ("openai/gpt-4o"); else None."""
        if model_id in self._models:
            return model_id
        if model_id in self._aliases:
            return self._aliases[model_id]
        key = model_id.lower()
        found = self._owner(key)
        if found is None and "/" in key:
            maker, rest = offers.maker_form(key)
            found = self._owner(rest, sellers=False) if maker else None
            if found is not None and not offers.made_by(self._models[found], maker):
                found = None
        return found

    def canonical_id(self, model_id: str) -> str:
        """Like resolve_id, but an unknown id raises ModelNotFoundError."""
        canonical = self.resolve_id(model_id)
        if canonical is None:
            raise ModelNotFoundError(model_id, self.suggestions(model_id))
        return canonical

    def record_of(self, model_id: str) -> Record:
        """The registry's own record of a registered id or alias, not a copy: read it,
        don't change it (as ``records()``)."""
        canonical = self.canonical_id(model_id)
        self._put_offers((canonical,))
        return self._models[canonical]

    def get_record(self, model_id: str) -> Record:
        """The record of an id, alias or fine-tuned id (a copy)."""
        canonical = self.resolve_id(model_id)
        if canonical is not None:
            self._put_offers((canonical,))
            return copy_record(self._models[canonical])
        if is_fine_tuned_id(model_id):
            return self._fine_tuned_record(model_id)
        raise ModelNotFoundError(model_id, self.suggestions(model_id))

    def _fine_tuned_record(self, model_id: str) -> Record:
        ft = parse_fine_tuned(model_id)
        base = self.resolve_id(ft.base)
        if base is None:
            raise ModelNotFoundError(
                ft.base, self.suggestions(ft.base), what=f"base model of {model_id!r},"
            )
        self._put_offers((base,))
        record = copy_record(self._models[base])
        record.update(
            id=model_id,
            name=model_id,
            owned_by=ft.org,  # the base's provider serves it (its provider stays); ORG owns it
            description=f"Fine-tuned from {base} by {ft.org}.",
            fine_tuned_from=base,
            aliases=[],
            tags=list(dict.fromkeys([*record["tags"], "fine-tuned"])),
        )
        return record

    def suggestions(self, model_id: str, limit: int = 3) -> list[str]:
        """The registered ids closest to a mistyped one (see closest_names)."""
        keys = self._keys if self._apart is None else self._apart.names()[0]
        names = list(keys)
        ids = dict.fromkeys(keys[names[i]] for i in closest_names(model_id, names))
        return list(ids)[:limit]

    def note_fields(self, model_id: str, fields: Iterable[str], source: str) -> None:
        """Remember that ``source`` gave these fields of a model (a patch, a filled gap)."""
        given = self._field_sources.setdefault(self.canonical_id(model_id), {})
        given.update(dict.fromkeys(fields, source))

    def field_sources(self, model_id: str) -> dict[str, str]:
        """The fields of a model given by a source other than the one that defined it."""
        canonical = self.resolve_id(model_id)
        return dict(self._field_sources.get(canonical, {})) if canonical else {}

    def provenance(self, model_id: str) -> list[str]:
        """The sources that defined or patched a model, in order."""
        canonical = self.resolve_id(model_id)
        if canonical is None:
            if is_fine_tuned_id(model_id):
                base = self.get_record(model_id)["fine_tuned_from"]
                return [*self._sources[base], f"fine-tuned:{model_id}"]
            raise ModelNotFoundError(model_id, self.suggestions(model_id))
        return list(self._sources[canonical])

    # -- listing -------------------------------------------------------------

    def records(
        self,
        provider: str | None = None,
        capabilities: Iterable[str] | None = None,
        *,
        offers: bool = True,
    ) -> list[Record]:
        """Records in registration order, optionally of one provider and with every capability.

        A capability is any word of the capability table (vision, tools, json, moe, ...).
        The records are the registry's own: read them, don't change them. Without
        ``offers``, a registry read from a compiled snapshot may leave a record's offers
        out (None) until ``read_offers`` puts them in: for a listing that shows none.
        """
        if offers:
            self._put_offers()
        records = list(self._models.values())
        if provider is None and capabilities is None:
            return records
        from modelreg.query.filters import Filters, apply_filters

        wanted = Filters.parse(providers=[provider] if provider else [], capabilities=capabilities)
        return apply_filters(records, wanted)

    def read_offers(self, records: Iterable[Record]) -> None:
        """Put their offers into these records of this registry (``records(offers=False)``'s)."""
        self._put_offers(r["id"] for r in records)


def copy_record(record: Record) -> Record:
    """A copy of a record to hand out (nobody changes a registered model behind its back)."""
    return copy.deepcopy(record)
