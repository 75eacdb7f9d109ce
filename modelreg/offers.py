"""One model, many offers: an outside entry of a seller matched to the model it serves.

A seller's id spells the maker's model its own way: a seller and region path
(``azure/eu/``, ``openrouter/openai/``, ``fireworks_ai/accounts/fireworks/models/``),
Bedrock's dotted region and maker (``us.anthropic.``) and version (``-v1:0``),
Vertex's ``@date``, OpenRouter's ``:free``, dots for dashes. ``keys`` reduces an
id to the forms it is matched by, most exact first; ``Index`` finds the model a key
names; ``offer`` is what the model record keeps of the seller's entry. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import Any

from modelreg import schema as vocabulary
from modelreg.schema.derive import lifecycle_status, normalized, today
from modelreg.schema.fields import PRICING

# What an offer keeps of its own where the seller's entry differs from the model (null: the
# model's): modalities and lifecycle dates, beside its prices and limits.
OWN = ("input_modalities", "output_modalities", "deprecation_date", "retirement_date")

# Bedrock's dotted prefixes: a cross-region profile, then the maker.
_REGIONS = frozenset({"us", "eu", "apac", "au", "jp", "ca", "global", "us-gov", "in", "uk"})
_DOTTED_MAKERS = frozenset(
    {"anthropic", "meta", "amazon", "mistral", "cohere", "ai21", "deepseek", "qwen", "openai"}
    | {"writer", "moonshotai", "moonshot", "minimax", "google", "nvidia", "zai", "xai"}
)
# A seller's name written into the model's own name (databricks/databricks-claude-...).
_NAME_PREFIXES = ("databricks-",)
# A maker's or seller's name joined to the model's by a dash (digitalocean's
# "anthropic-claude-opus-4.5", nano-gpt's "azure-o1"): a last resort of matching.
_DASHED_PREFIXES = _DOTTED_MAKERS | {"azure", "databricks", "vertex", "bedrock"}
_CLAUDE_ORDER = re.compile(r"^claude-(\d+(?:-\d)?)-(opus|sonnet|haiku)")
_DATE = re.compile(r"-(\d{8}|\d{4}-\d{2}-\d{2})$")
_FIREWORKS_VERSION = re.compile(r"(\d)p(\d)")  # llama-v3p1 -> llama-v3.1
_BEDROCK_VERSION = re.compile(r"-v\d+$")
_SEPARATORS = re.compile(r"[._\s]+")
# A last path part that names a task or a variant, not a model (fal's
# "fal-ai/flux/dev", "luma/agent/ray/v3.2/text-to-video"): the part before it is kept too.
_TASK_WORDS = frozenset(
    {"dev", "pro", "schnell", "edit", "turbo", "fast", "max", "ultra", "lite", "standard"}
    | {"base", "image", "video", "inpainting", "upscale", "redux", "fill", "depth", "canny"}
    | {"community", "auto", "free", "default", "latest"}  # ".../deepseek-r1/community", routers
)
_PRICE_FIELDS = frozenset(vocabulary.PRICE_FIELDS)
# Sellers whose price is a subscription or a coding plan, not a metered price.
_PLAN_SELLERS = ("coding-plan", "copilot", "subscription")


# keys' answers: an id is matched again by every catalog filled (and indexed by each); a
# converted copy of an outside catalog keeps its entries' (``learn``).
_KEYS: dict[str, tuple[str, ...]] = {}


def keys(model_id: str) -> tuple[str, ...]:
    """The normalised forms an id is matched by, most exact first (empty: none)."""
    found = _KEYS.get(model_id)
    if found is None:
        found = _KEYS[model_id] = _keys(model_id)
    return found


def learn(forms: Mapping[str, tuple[str, ...]]) -> None:
    """Take the forms of ids worked out before (``keys``: the same code's, a pure function)."""
    _KEYS.update(forms)


def forms_of(entries: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, ...]]:
    """The forms (``keys``) of the ids and aliases of entries, to ``learn`` later."""
    return {
        name: keys(name) for entry in entries for name in (entry["id"], *entry.get("aliases", ()))
    }


def _keys(model_id: str) -> tuple[str, ...]:
    name = model_id.strip().lower()
    head, slash, last = name.rpartition("/")
    if slash and ("-to-" in last or last in _TASK_WORDS):  # fal's ".../flux/dev"
        last = f"{head.rpartition('/')[2]}-{last}"
    last = last.split("@", 1)[0].split(":", 1)[0]  # vertex @date, :free, bedrock :0
    return _forms(last, name.startswith(("fireworks_ai/", "accounts/fireworks/")))


@cache  # many sellers' ids end in the same name (a third as many names as ids)
def _forms(last: str, fireworks: bool) -> tuple[str, ...]:
    """The forms of an id's last part (keys): its own, then looser ones."""
    if "." in last:
        parts = last.split(".")
        while len(parts) > 1 and parts[0] in _REGIONS:
            parts.pop(0)
        if len(parts) > 1 and parts[0] in _DOTTED_MAKERS:
            parts.pop(0)
            last = _BEDROCK_VERSION.sub("", ".".join(parts))
        else:
            last = ".".join(parts)
    for prefix in _NAME_PREFIXES:
        if last.startswith(prefix):
            last = last[len(prefix) :]
    if fireworks:
        last = _FIREWORKS_VERSION.sub(r"\1.\2", last).replace("llama-v", "llama-")
    if not last.replace("-", "").isalnum():  # a separator (or nothing) besides dashes
        last = _SEPARATORS.sub("-", last)
    key = last.strip("-")
    if not key:
        return ()
    forms = [key]  # none is empty: each ends as the key does, or in "claude-"'s rest
    if key[-1].isdigit():  # a date ends in one
        forms.append(_DATE.sub("", key))
    if key.startswith("claude-"):  # claude-4-sonnet: claude-sonnet-4
        forms.append(_CLAUDE_ORDER.sub(r"claude-\2-\1", key))
    maker, dash, rest = key.partition("-")  # "anthropic-claude-opus-4-5", "openai-o1"
    if dash and rest and maker in _DASHED_PREFIXES:
        forms.append(rest)
    forms += [form.replace("-", "") for form in forms if "-" in form]  # "claude-opus4-5"
    return tuple(dict.fromkeys(forms))


class Index:
    """The models of a store by the normalised forms of their ids and aliases: each name's
    own form first, its looser forms (undated, dashless, ...) only where no name has it."""

    def __init__(self, records: Iterable[Mapping[str, Any]] = ()) -> None:
        self._exact: dict[str, str] = {}
        self._loose: dict[str, str] = {}
        self._makers: dict[str, set[str]] = {}
        for record in records:
            self.add(record)

    def add(self, record: Mapping[str, Any]) -> None:
        """Index a model by its id and aliases (a form another model holds is kept)."""
        self._makers[record["id"]] = {
            m.lower() for m in (record.get("provider"), record.get("owned_by")) if m
        }
        for name in (record["id"], *record.get("aliases", ())):
            forms = keys(name)
            if forms:
                self._exact.setdefault(forms[0], record["id"])
            for key in forms[1:]:
                self._loose.setdefault(key, record["id"])

    def find(self, entry: Mapping[str, Any]) -> str | None:
        """The id of the model a seller's entry serves, where the maker the entry names (if
        any) is the model's: its id's or an alias's form as a model's name has it, then its
        looser forms, then any form against the models' looser ones."""
        maker = (entry.get("owned_by") or "").lower()
        aliases = entry.get("aliases")
        forms = [keys(name) for name in (entry["id"], *aliases)] if aliases else [keys(entry["id"])]
        exact, makers = self._exact, self._makers
        for each in forms:  # a name's own form (a seller's entry is mostly found by it)
            found = exact.get(each[0]) if each else None
            if found is not None and (not maker or maker in makers[found]):
                return found
        for table, start in ((exact, 1), (self._loose, 0)):
            for each in forms:
                for key in each[start:]:
                    found = table.get(key)
                    if found is not None and (not maker or maker in makers[found]):
                        return found
        return None


def is_sellers(entry: Mapping[str, Any]) -> bool:
    """Whether an outside entry is a seller's: its provider is not the maker it names."""
    provider = entry.get("provider")
    return bool(provider) and entry.get("owned_by") != provider


def plan(seller: str, model_id: str, pricing: Mapping[str, Any] | None) -> str | None:
    """'free' (a free tier or a $0 price), 'subscription' (a plan, not metered), or None."""
    if _sells_plans(seller):
        return "subscription"
    name = model_id.lower()
    if name.endswith((":free", "-free")):
        return "free"
    if not pricing or pricing.get("prompt_price_per_1m"):  # a price to pay: metered
        return None
    known = [v for k, v in pricing.items() if v is not None and k in _PRICE_FIELDS]
    return "free" if known and not any(known) else None


@cache  # a catalog has a few sellers, each with many entries
def _sells_plans(seller: str) -> bool:
    name = seller.lower()
    return any(word in name for word in _PLAN_SELLERS)


def offer(entry: Mapping[str, Any], source: str, model: Mapping[str, Any]) -> dict[str, Any]:
    """What a model keeps of a seller's entry: its modalities and lifecycle dates null
    where they are the model's (null: the model's)."""
    get = entry.get
    seller, model_id, pricing = entry["provider"], entry["id"], get("pricing")
    item = {
        "seller": seller,
        "id": model_id,
        "pricing": normalized(pricing, PRICING) if pricing else None,  # every key
        "context_window": get("context_window"),
        "max_completion_tokens": get("max_completion_tokens"),
    }
    for name in OWN:
        given = get(name)
        if given is not None:  # None either way when not given
            theirs = model.get(name)
            if given == theirs or (
                isinstance(given, list) and isinstance(theirs, list) and set(given) == set(theirs)
            ):
                given = None
        item[name] = given
    item["status"] = get("status")
    item["plan"] = plan(seller, model_id, pricing)  # its prices as given: the same plan
    item["source"] = source
    return item


def lifecycle(item: Mapping[str, Any], record: Mapping[str, Any]) -> dict[str, Any]:
    """An offer's lifecycle: its own dates where the seller publishes them, else its maker's
    (a model its maker retired stays retired), and its status today from them."""
    dates = {
        name: item.get(name) or record.get(name) for name in ("deprecation_date", "retirement_date")
    }
    given = item.get("status") or record.get("status")
    status = lifecycle_status(given, dates["deprecation_date"], dates["retirement_date"], today())
    return {**dates, "status": status}


def prompt_price(item: Mapping[str, Any]) -> float | None:
    """An offer's (or a record's) USD per 1M prompt tokens, where it has one."""
    pricing = item.get("pricing") or {}
    value = pricing.get("prompt_price_per_1m")
    return float(value) if value is not None else None


def cheapest_first(offers: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Offers by prompt price, metered before plans and free tiers, unpriced last (the
    same objects: an offer, as a record, is replaced, never changed)."""

    def order(item: Mapping[str, Any]) -> tuple[bool, bool, float, str]:
        pricing = item.get("pricing")
        price = pricing.get("prompt_price_per_1m") if pricing else None  # prompt_price's
        return (
            item.get("plan") is not None,
            price is None,
            float(price) if price is not None else 0.0,
            item["id"].lower(),
        )

    return sorted(offers, key=order)


def merged(
    old: Iterable[dict[str, Any]] | None, new: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Offers added to a model's, one per seller's id (a later source's replaces)."""
    by_id = {(o["seller"].lower(), o["id"].lower()): o for o in (old or ())}
    for item in new:
        by_id[(item["seller"].lower(), item["id"].lower())] = item
    return cheapest_first(by_id.values())


def maker_form(name: str) -> tuple[str | None, str]:
    """A maker-prefixed id split: "openai/gpt-4o" -> ("openai", "gpt-4o"); (None, name)
    when its prefix names no maker modelreg knows."""
    prefix, slash, rest = name.partition("/")
    maker = _maker_named(prefix) if slash and rest else None
    return (maker, rest) if maker else (None, name)


@lru_cache(maxsize=1024)  # a few prefixes, each asked by many names
def _maker_named(prefix: str) -> str | None:
    from modelreg.formats import maker_named  # here: a point lookup needs no format

    return maker_named(prefix)


def made_by(record: Mapping[str, Any], maker: str | None) -> bool:
    """Whether a model is of a maker (its provider or owner)."""
    return maker in {record.get("provider"), record.get("owned_by")}


def priced_by(record: Mapping[str, Any], name: str) -> dict[str, Any]:
    """A model as a seller offers it, where ``name`` is that seller's id of it: the offer's
    prices and limits where it gives them; else the model unchanged (a copy)."""
    shown = dict(record)
    key = name.lower()
    if key == record["id"].lower():
        return shown
    for item in record.get("offers") or ():
        if key in names_of(item):
            fields = ("pricing", "context_window", "max_completion_tokens", *OWN[:2])
            shown.update({f: item[f] for f in fields if item.get(f) is not None})
            shown.update(lifecycle(item, record))
            break
    return shown


def names_of(item: Mapping[str, Any]) -> list[str]:
    """The lower-cased names an offer is looked up by: its id, and the id without the
    seller's prefix ("bedrock/us.anthropic.claude-..." is also "us.anthropic.claude-...")."""
    name = item["id"].lower()
    seller, slash, rest = name.partition("/")
    return [name, rest] if slash and rest and seller == item["seller"].lower() else [name]


def own_offer(record: Mapping[str, Any]) -> bool:
    """Whether a model is a seller's entry of its own (no maker lists it): its id is an
    offer's."""
    key = record["id"].lower()
    return any(item["id"].lower() == key for item in record.get("offers") or ())


def via(records: Iterable[Mapping[str, Any]], sellers: Iterable[str]) -> list[dict[str, Any]]:
    """The models these sellers sell (a maker counts as selling its own), each priced at the
    cheapest of their offers."""
    wanted = {s.lower() for s in sellers}
    kept: list[dict[str, Any]] = []
    for record in records:
        sold = [o for o in record.get("offers") or () if o["seller"].lower() in wanted]
        if record["provider"].lower() in wanted and not own_offer(record):
            kept.append(dict(record))
        elif sold:
            kept.append(priced_by(record, cheapest_first(sold)[0]["id"]))
    return kept


def rows(records: Iterable[Mapping[str, Any]], sellers: Iterable[str] = ()) -> list[dict[str, Any]]:
    """A row per offer (and one for the maker's own model), of these sellers only if any:
    the seller's id, prices, limits, modalities and lifecycle (priced_by), named
    "NAME (SELLER)"."""
    wanted = {s.lower() for s in sellers}
    listed: list[dict[str, Any]] = []
    for record in records:
        if not own_offer(record) and (not wanted or record["provider"].lower() in wanted):
            listed.append(dict(record))
        for item in record.get("offers") or ():
            if wanted and item["seller"].lower() not in wanted:
                continue
            row = priced_by(record, item["id"])
            row.update(
                id=item["id"],
                name=f"{record['name']} ({item['seller']})",
                aliases=[],
                offers=None,
            )
            listed.append(row)
    return listed


def is_free(record: Mapping[str, Any], price: float | None) -> bool:
    """Whether a listed price is a free tier or a plan's $0 (not a metered price)."""
    return price == 0 or record["id"].lower().endswith((":free", "-free"))


# Path parts of a seller's id that name no maker: fireworks' "accounts/fireworks/models/".
_CLOUD_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-\d+")
_NOT_MAKERS = frozenset({"accounts", "models", "fireworks", "deployments", "hf"}) | _REGIONS


def maker_in_path(model_id: str) -> str | None:
    """The maker a seller's "seller/org/model" id names by its org ("kilo/sao10k/l3-70b":
    sao10k, "together_ai/Qwen/...": alibaba), or None."""
    from modelreg.formats import maker_named  # here: a point lookup needs no format

    parts = model_id.split("/")
    if len(parts) < 3:
        return None
    org = parts[-2].strip().lower()
    if not org or org in _NOT_MAKERS or not org[0].isalpha() or ":" in org:
        return None
    if _CLOUD_REGION.fullmatch(org):  # bedrock/us-gov-east-1/..., bedrock/ap-northeast-1/...
        return None
    return maker_named(org, any_name=True)
