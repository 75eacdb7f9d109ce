"""Merging an outside catalog (LiteLLM, models.dev, OpenRouter): fill gaps, add new models.

An outside entry for a model the store already knows (by id, alias, or the
provider-prefixed form of either, for the same provider) fills only the fields
that model leaves empty: it never overrides a built-in or user-given figure,
unless ``prefer`` asks for the outside figures (fresher prices). Capability
flags are never filled: a built-in False is a statement, not a gap. An entry
for a new id becomes a new model with unknown limits (no invented 8192). An entry
of a seller (a host or reseller serving a model someone else makes) becomes an
offer of that model (modelreg.offers), or a model of its maker if none matches. Outside
catalogs are looser than modelreg's own format: an entry that does not validate,
or whose id or alias another model holds, is skipped and reported, never an
error. Every field filled is recorded against the source (``note_fields``). Outside catalogs
read together (``fill_all``: the enabled copies of a rebuild) give their sellers' entries to
the models they serve once every catalog's makers' entries are in. A copy's entries are
validated once, when it is converted (``problems``, kept in the converted copy): its models
are then made as validation makes them, without the validator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from modelreg import offers
from modelreg import schema as vocabulary
from modelreg.errors import ModelConflictError
from modelreg.merge import Store, describe_error, describe_errors, field_problem
from modelreg.schema import Record, rules
from modelreg.schema.derive import today
from modelreg.sources import Source

_BATCH = 2000
_NEVER_FILLED = frozenset(
    {"id", "name", "owned_by", "aliases", "tags", "status", "created", "offers"}
)
_EMPTY: tuple[Any, ...] = (None, "", [])


class Catalog(Store, Protocol):
    """A store whose models can be listed (to match sellers' entries to them)."""

    def records(self) -> list[Record]: ...
    def remove_model(self, model_id: str) -> None: ...
    def record_of(self, model_id: str) -> Record: ...
    def add_offers(self, model_id: str, given: Sequence[dict[str, Any]]) -> None: ...


Skipped = list[tuple[str, str]]  # (entry, reason): what a source's fill left out
# What keeps each entry of a source (by identity) from being a model, where the source was
# validated before (Source.problems: a converted copy's); None where it was not.
Checked = dict[int, str] | None


def fill(store: Catalog, source: Source, *, prefer: bool = False) -> Skipped:
    """Merge an outside source: fill known models, add new ones, file sellers' entries as
    offers of the models they serve; the (entry, reason) skipped."""
    return fill_all(store, [source], prefer=prefer)[0]


def fill_all(store: Catalog, sources: Sequence[Source], *, prefer: bool = False) -> list[Skipped]:
    """Merge outside sources in order, as ``fill`` merges each, but file their sellers'
    entries once all their makers' entries are in: a seller's entry in one catalog of a
    model only a later one's maker lists is that model's offer at once (not a model of its
    own, adopted later), and a model's offers from them all are merged once. What each
    source's fill skipped, in their order."""
    skipped = [list(source.skipped) for source in sources]
    checks = [_checked(source) for source in sources]
    sellers: list[tuple[dict[str, Any], int]] = []
    for n, source in enumerate(sources):
        offers.learn(source.forms)
        their = _fill_makers(store, source, prefer, skipped[n], checks[n])
        sellers += [(entry, n) for entry in their]
    _add_offers(store, sellers, [source.label for source in sources], skipped, checks)
    return skipped


def problems(entries: Sequence[dict[str, Any]]) -> dict[int, str]:
    """What keeps each entry of an outside catalog from being a model of its own (by
    index; validated as ``_new`` makes one): a converted copy keeps it (Source.problems),
    so that a rebuild makes its models without validating them again."""
    from pydantic_core import ValidationError

    from modelreg.schema.validation import validate_records

    found: dict[int, str] = {}
    for start in range(0, len(entries), _BATCH):
        batch = entries[start : start + _BATCH]
        try:
            validate_records([_unknown_limits(entry) for entry in batch])
        except ValidationError as exc:
            found.update({start + i: problem for i, problem in describe_errors(exc).items()})
    return found


def _checked(source: Source) -> Checked:
    if source.problems is None:
        return None
    return {id(source.entries[i]): problem for i, problem in source.problems.items()}


def _fill_makers(
    store: Catalog, source: Source, prefer: bool, skipped: Skipped, checked: Checked
) -> list[dict[str, Any]]:
    """Fill known models from a source's makers' entries and add its new models; its
    sellers' entries (to file as offers)."""
    sellers: list[dict[str, Any]] = []
    new: list[dict[str, Any]] = []
    new_problems: list[str | None] = []
    # A seller's entry is a known model's own only where the seller is that model's
    # provider: none is, for most sellers (this loop adds no model).
    providers = {record["provider"] for record in store.records()}
    for entry in source.entries:
        seller = entry["provider"] if offers.is_sellers(entry) else None
        known = None if seller and seller not in providers else _known(store, entry)
        if seller and (known is None or store.record_of(known)["provider"] != seller):
            sellers.append(entry)  # after the makers' own entries: their models first
            continue
        if known is None:
            new.append(_new(store, entry))
            new_problems.append(None if checked is None else checked.get(id(entry)))
            continue
        base = store.record_of(known)  # read only: _fill_known stores a new record
        if base["provider"] != entry.get("provider", base["provider"]):
            skipped.append((entry["id"], f"the id of a {base['provider']} model"))
            continue
        _fill_known(store, known, base, entry, prefer, source.label, skipped, checked)
    _add_new(store, new, source.label, skipped, problems=None if checked is None else new_problems)
    return sellers


def _new(store: Store, entry: dict[str, Any]) -> dict[str, Any]:
    """A new model's entry: a successor only where it resolves, unknown limits."""
    if entry.get("successor") and store.resolve_id(entry["successor"]) is None:
        entry = {k: v for k, v in entry.items() if k != "successor"}
    return _unknown_limits(entry)


def _unknown_limits(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An entry as a new model: the limits it does not give unknown (no invented 8192)."""
    return {"context_window": None, "max_completion_tokens": None, **entry}


def _fill_known(
    store: Store,
    known: str,
    base: Record,
    entry: dict[str, Any],
    prefer: bool,
    label: str,
    skipped: Skipped,
    checked: Checked,
) -> None:
    """Fill a known model's gaps from an entry (or its figures, with ``prefer``). An entry
    validated before gives valid fields to a valid record: only the whole-model rules are
    checked again."""
    data, fields = _filled(base, entry, prefer)
    if "successor" in fields and store.resolve_id(data["successor"]) is None:
        data["successor"] = base["successor"]  # a successor must resolve
        fields.remove("successor")
    if not fields:
        return
    if checked is not None and id(entry) not in checked:
        record = vocabulary.complete(data, today())
        broken = rules.inconsistency(record)
        if broken is not None:
            skipped.append((entry["id"], field_problem(*broken)))
            return
    else:
        from pydantic_core import ValidationError

        from modelreg.schema.validation import validate_records

        try:
            # The batch validator _add_new uses: a rebuild builds one validator, not two.
            (record,) = validate_records([data])
        except ValidationError as exc:
            skipped.append((entry["id"], describe_error(exc)[1]))
            return
    store.add_record(record, label, replace=True)
    store.note_fields(known, fields, label)


def _adopted(store: Catalog) -> dict[str, list[dict[str, Any]]]:
    """Models only sellers listed (from an earlier catalog) that a maker's own entry now
    names: removed, their offers by the id of the maker's model."""
    records = store.records()
    own = [offers.own_offer(r) for r in records]
    sellers_own = [r for r, is_own in zip(records, own, strict=True) if is_own]
    if not sellers_own:
        return {}
    makers = offers.Index(r for r, is_own in zip(records, own, strict=True) if not is_own)
    found: dict[str, list[dict[str, Any]]] = {}
    for record in sellers_own:
        target = makers.find({"id": record["id"], "owned_by": record["provider"]})
        if target is not None:
            found.setdefault(target, []).extend(record["offers"])
            store.remove_model(record["id"])
    return found


def _add_new(
    store: Store,
    new: list[dict[str, Any]],
    label: str,
    skipped: Skipped,
    given: list[list[dict[str, Any]]] | None = None,
    problems: Sequence[str | None] | None = None,
) -> None:
    """Validate new models in batches and add them, each with its ``given`` offers (made
    here, valid: not validated); an invalid one is skipped, saying why. Models of entries
    validated before (their ``problems``, None for none) are made as validation makes them."""
    if problems is not None:
        on = today()
        skipped += [(new[i]["id"], p) for i, p in enumerate(problems) if p is not None]
        valid = [i for i, problem in enumerate(problems) if problem is None]
        _store_new(
            store, [vocabulary.complete(new[i], on) for i in valid], valid, label, skipped, given
        )
        return
    from pydantic_core import ValidationError

    from modelreg.schema.validation import validate_records

    for start in range(0, len(new), _BATCH):
        batch = new[start : start + _BATCH]
        kept: Sequence[int] = range(start, start + len(batch))
        try:
            records = validate_records(batch)
        except ValidationError as exc:  # skip what does not validate, add the rest
            invalid = describe_errors(exc)
            skipped += [(batch[i]["id"], problem) for i, problem in invalid.items()]
            kept = [start + i for i in range(len(batch)) if i not in invalid]
            records = validate_records([new[i] for i in kept])
        _store_new(store, records, kept, label, skipped, given)


def _store_new(
    store: Store,
    records: list[Record],
    kept: Sequence[int],
    label: str,
    skipped: Skipped,
    given: list[list[dict[str, Any]]] | None,
) -> None:
    """Add new models' records (those of these indexes of ``given``, with their offers) at
    once, but a model whose names another holds."""
    if given is not None:
        for index, record in zip(kept, records, strict=True):
            record["offers"] = given[index]
    added = 0
    while added < len(records):
        added += store.add_records(records[added:], label)
        if added < len(records):
            skipped += _add(store, records[added], label)
            added += 1


def _add_offers(
    store: Catalog,
    sellers: Sequence[tuple[dict[str, Any], int]],
    labels: Sequence[str],
    skipped: Sequence[Skipped],
    checks: Sequence[Checked],
) -> None:
    """File each seller's entry (of the source numbered, its label and skipped list by that
    number) as an offer of the model it serves.

    An entry matching no known model is a model of its own, of its maker where the
    entry or its id's "org/" names one (the seller only when none does), and the first
    offer of it; the other
    sellers' entries of the same model (same maker, same normalised id) are its offers.
    """
    found = _adopted(store)
    if not sellers and not found:
        return
    index = offers.Index(store.records())
    # A new model's entry, the source of its first, and what keeps it from being a model.
    Made = tuple[dict[str, Any], int, str | None]
    made: dict[str, Made] = {}  # the new models by id (the first made of an id)
    own: dict[tuple[str, str], Made] = {}  # the new models by (maker, key)
    later: dict[str, list[tuple[dict[str, Any], int]]] = {}  # its entries in later sources
    indexed, current = 0, -1
    for entry, n in sellers:
        if n != current:  # a source finds earlier ones' new models, as a fill after theirs
            for model, *_ in list(made.values())[indexed:]:
                index.add(model)
            indexed, current = len(made), n
        target = index.find(entry)
        if target is not None and target not in made:
            item = offers.offer(entry, labels[n], store.record_of(target))
            found.setdefault(target, []).append(item)
            continue
        forms = offers.keys(entry["id"])
        group = ((entry.get("owned_by") or "").lower(), forms[0] if forms else entry["id"])
        found_made = own.get(group) if target is None else made[target]
        if found_made is None:
            model = _new(store, entry)
            model["provider"] = (
                entry.get("owned_by") or offers.maker_in_path(entry["id"]) or entry["provider"]
            )
            model["offers"] = []
            checked = checks[n]
            problem = None if checked is None else checked.get(id(entry))
            found_made = own[group] = made.setdefault(model["id"], (model, n, problem))
        model, first, _ = found_made
        if first == n:
            model["offers"].append(offers.offer(entry, labels[n], model))
        else:  # an offer of the model as it is stored, as a later fill's
            later.setdefault(model["id"], []).append((entry, n))
    for n, label in enumerate(labels):  # by the source of their first entry, in order
        theirs = [(model, problem) for model, first, problem in made.values() if first == n]
        given = [offers.cheapest_first(model.pop("offers")) for model, _ in theirs]
        flagged = None if checks[n] is None else [problem for _, problem in theirs]
        _add_new(store, [model for model, _ in theirs], label, skipped[n], given, flagged)
    for model_id, entries in later.items():
        target = store.resolve_id(model_id)
        for entry, n in entries:
            if target is None:  # its model was skipped (and why said): so are they
                skipped[n].append((entry["id"], f"an offer of {model_id!r}, skipped"))
            else:
                item = offers.offer(entry, labels[n], store.record_of(target))
                found.setdefault(target, []).append(item)
    for target, items in found.items():
        # A valid record with offers made here (objects of text keys, all the schema asks of
        # them) is valid: not validated again.
        store.add_offers(target, items)


def _known(store: Catalog, entry: Mapping[str, Any]) -> str | None:
    """The id of the known model an entry describes, if any."""
    provider = entry.get("provider")
    for name in (entry["id"], *entry.get("aliases", ())):
        found = store.resolve_id(name)
        if found is not None:
            return found
        prefix, slash, rest = name.partition("/")
        if slash and prefix.lower() == (provider or "").lower():
            found = store.resolve_id(rest)
            if found is not None and store.record_of(found)["provider"] == provider:
                return found
    return None


def _filled(base: Record, entry: Mapping[str, Any], prefer: bool) -> tuple[dict[str, Any], list]:
    """A known model's record with an outside entry's figures in its gaps; the fields given."""
    data: dict[str, Any] = dict(base)
    fields: list[str] = []
    for key, value in entry.items():
        if key in _NEVER_FILLED or value in _EMPTY:
            continue
        if key == "pricing":
            prices = dict(base["pricing"] or dict.fromkeys(vocabulary.PRICING_KEYS))
            given = [
                k
                for k, v in value.items()
                if k != vocabulary.PRICE_DATE
                and v is not None
                and (prices[k] is None or (prefer and prices[k] != v))
            ]
            if given:
                prices.update(
                    {
                        k: value[k] if k in vocabulary.PRICE_OBJECTS else float(value[k])
                        for k in given
                    }
                )
                if value.get(vocabulary.PRICE_DATE) and (prefer or not prices["as_of"]):
                    prices[vocabulary.PRICE_DATE] = value[vocabulary.PRICE_DATE]
                data["pricing"] = prices
                fields += [f"pricing.{k}" for k in given]
        elif isinstance(base.get(key), bool):
            if prefer and base[key] != value:
                data[key] = value
                fields.append(key)
        elif base.get(key) in _EMPTY or (prefer and base.get(key) != value):
            data[key] = value
            fields.append(key)
    if any(f in vocabulary.RULE_INPUTS for f in fields):
        for derived, value in vocabulary.derived_lists(base).items():
            if base[derived] == value and derived not in entry:
                data[derived] = None
    return data, fields


def _add(store: Store, record: Record, label: str) -> Skipped:
    """Add a new model; an alias another model holds is dropped, an id it holds skips it."""
    try:
        store.add_record(record, label)
        return []
    except ModelConflictError:
        pass
    kept = [a for a in record["aliases"] if store.resolve_id(a) is None]
    try:
        store.add_record({**record, "aliases": kept}, label)
    except ModelConflictError as exc:
        return [(record["id"], str(exc))]
    return []
