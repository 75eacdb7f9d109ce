"""Discovery: the user's models from files, URLs and the environment.

Sources, in precedence order (later wins): the built-in catalogs, the user
store, ``./models.json``, ``FAKEAI_CUSTOM_MODELS``, then each extra catalog
(``--catalog``) in the order given. Within a source, entries apply in file
order. An entry whose id or alias names a known model patches it field by
field (its "aliases" replace the list, but must keep the alias the patch is
written under); a new id takes the defaults of an auto-created model, or
starts from a model defined before it with ``"extends"`` (its name, aliases,
fine-tuning base and, under another provider, its owner are not inherited).
A malformed source raises CatalogError naming the source, the entry and the
field, and leaves the registry as it was.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from modelreg import fields
from modelreg.errors import (
    FIELD_ERROR,
    CatalogError,
    FineTuneIdError,
    ModelConflictError,
    ModelNotFoundError,
)
from modelreg.finetune import is_fine_tuned_id
from modelreg.memory import paused_gc

if TYPE_CHECKING:
    from pydantic import ValidationError

    from modelreg.definition import ModelDefinition
    from modelreg.registry import ModelRegistry, Record

ENV_VAR = "FAKEAI_CUSTOM_MODELS"
URL_TIMEOUT = 10.0
URL_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 3
_BATCH = 2000  # definitions validated per pass: fast, without holding every model at once
USER_STORE = "user-store"  # the provenance label of the user store
FORMAT_VERSION = 1  # of a catalog document, {"format_version": 1, "models": [...]}
TOP_LEVEL_KEYS = {"models", "format_version", "$schema"}


@dataclass(frozen=True)
class Source:
    """A parsed catalog: its provenance label, its raw entries (each a JSON object), and the
    name its errors give it (the label, or more: "user-store /home/me/.config/...")."""

    label: str
    entries: list[dict[str, Any]]
    name: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.label)


# -- reading ---------------------------------------------------------------


def parse_catalog(data: str | bytes, label: str, name: str = "") -> Source:
    """Parse catalog JSON: an array of definitions, or an object with a "models" array."""
    shown = name or label
    return Source(label, catalog_entries(parse_json(data, shown), shown), shown)


def parse_json(data: str | bytes, label: str) -> Any:
    """JSON text (str, or UTF-8 bytes) as data; CatalogError names the line and column."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CatalogError(label, f"not UTF-8 text (byte {exc.start})") from None
    from pydantic_core import from_json  # the parser validation uses anyway: faster than json

    try:
        return from_json(data)
    except ValueError as exc:
        found = re.fullmatch(r"(.*) at line (\d+) column (\d+)", str(exc))
        where = f" at line {found[2]}, column {found[3]}: {found[1]}" if found else f": {exc}"
        raise CatalogError(label, "invalid JSON" + where) from None


def catalog_entries(doc: Any, label: str) -> list[dict[str, Any]]:
    """The entries of a parsed catalog: an array of objects, or an object with a "models" array."""
    if isinstance(doc, dict):
        unknown = sorted(set(doc) - TOP_LEVEL_KEYS)
        if unknown:
            raise CatalogError(label, f"unknown top-level key {unknown[0]!r} (expected 'models')")
        if "models" not in doc:
            raise CatalogError(label, "the top-level object has no 'models' array")
        _check_version(doc.get("format_version", FORMAT_VERSION), label)
        doc = doc["models"]
    if not isinstance(doc, list):
        raise CatalogError(
            label,
            f'expected an array of model objects or {{"models": [...]}}, not {_json_type(doc)}',
        )
    for index, entry in enumerate(doc):
        if not isinstance(entry, dict):
            raise CatalogError(
                label, f"must be a JSON object, not {_json_type(entry)}", f"entry {index}"
            )
    return doc


def _check_version(version: Any, label: str) -> None:
    if type(version) is not int or version < 1:
        raise CatalogError(label, f"'format_version' must be a positive integer, not {version!r}")
    if version > FORMAT_VERSION:
        raise CatalogError(
            label,
            f"format_version {version} is newer than this modelreg understands "
            f"({FORMAT_VERSION}); upgrade modelreg",
        )


def read_file(path: str | os.PathLike[str], label: str | None = None, name: str = "") -> Source:
    """Read a models.json file (``name``: how errors name it, if not by its label)."""
    label = label or f"file:{path}"
    shown = name or label
    return parse_catalog(read_bytes(path, shown), label, shown)


def read_bytes(path: str | os.PathLike[str], name: str) -> bytes:
    """A file's bytes; a CatalogError naming it (``name``) says why they cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise CatalogError(name, "no such file") from None
    except IsADirectoryError:
        raise CatalogError(name, "is a directory, not a file") from None
    except PermissionError:
        raise CatalogError(name, "permission denied") from None
    except OSError as exc:
        raise CatalogError(name, f"cannot read: {exc.strerror or exc}") from None


def read_url(url: str, timeout: float = URL_TIMEOUT, max_bytes: int = URL_MAX_BYTES) -> Source:
    """Fetch a catalog from http://, https:// (TLS verified) or file://."""
    import urllib.parse
    import urllib.request

    label = f"url:{url}"
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:
        raise CatalogError(label, f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme == "file":
        return read_file(urllib.request.url2pathname(parts.path), label)
    if scheme not in ("http", "https"):
        raise CatalogError(label, f"unsupported URL scheme {scheme!r} (use http, https or file)")
    return parse_catalog(_fetch(url, label, timeout, max_bytes), label)


def _fetch(url: str, label: str, timeout: float, max_bytes: int) -> bytes:
    """The body at an http(s) URL, read within ``timeout`` seconds and ``max_bytes`` bytes."""
    import http.client
    import time
    import urllib.error
    import urllib.request

    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            if not newurl.lower().startswith(("http://", "https://")):
                raise urllib.error.HTTPError(
                    newurl, code, "redirect to a non-HTTP URL", headers, fp
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    deadline = time.monotonic() + timeout
    timed_out = CatalogError(label, f"timed out after {timeout:g} s")
    try:
        with urllib.request.build_opener(LimitedRedirects).open(url, timeout=timeout) as response:
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read1(65536):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise CatalogError(label, f"larger than the {max_bytes} byte limit")
                if time.monotonic() > deadline:
                    raise timed_out
            return b"".join(chunks)
    except CatalogError:
        raise
    except urllib.error.HTTPError as exc:
        raise CatalogError(label, f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise timed_out from None
        raise CatalogError(label, f"cannot reach: {exc.reason}") from None
    except TimeoutError:
        raise timed_out from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise CatalogError(label, f"cannot read: {exc!r}") from None


def read_location(location: str) -> Source:
    """A --catalog argument: a URL (with a scheme) or a file path."""
    if "://" in location:
        return read_url(location)
    return read_file(location)


def from_env(environ: Mapping[str, str] | None = None) -> Source | None:
    """The FAKEAI_CUSTOM_MODELS variable, if set and not blank."""
    value = (os.environ if environ is None else environ).get(ENV_VAR, "")
    if not value.strip():
        return None
    return parse_catalog(value, f"env:{ENV_VAR}")


def default_sources(
    environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> list[Source]:
    """The user's sources that exist: user store, ./models.json, FAKEAI_CUSTOM_MODELS."""
    from modelreg.paths import store_path

    found = []
    store = store_path(environ)
    if store.exists():
        found.append(read_file(store, USER_STORE, f"{USER_STORE} {store}"))
    local = (cwd or Path.cwd()) / "models.json"
    if local.exists():
        found.append(read_file(local, "file:./models.json"))
    env = from_env(environ)
    if env is not None:
        found.append(env)
    return found


# -- merging ---------------------------------------------------------------


def apply(registry: ModelRegistry, source: Source) -> list[ModelDefinition]:
    """Merge a source into the registry, all or nothing; returns the models it touched."""
    records = merge(registry, source)
    from modelreg.definition import ModelDefinition

    return [ModelDefinition.model_validate(r) for r in records]


def merge(registry: ModelRegistry, source: Source) -> list[Record]:
    """Merge a source into the registry, all or nothing; returns the records it touched.

    Entries apply in the order of the source, each to the registry the earlier
    ones left: a model may take an alias an earlier patch freed, and may extend
    a model defined earlier (not later). Two entries naming the same model are
    an error. A run of new ids without "extends" (the bulk of a large catalog)
    is validated in batches.
    """
    touched: list[Record] = []
    run: list[int] = []  # consecutive new ids without "extends", not yet added
    seen: dict[str, int] = {}  # lower-cased model id (or alias of the run) -> entry index
    with registry.transaction():
        for index, entry in enumerate(source.entries):
            model_id = entry.get("id")
            if not isinstance(model_id, str) or not model_id:
                _add_new(registry, source, run)  # an earlier entry's error comes first
                raise _id_error(source, index)
            existing = registry.resolve_id(model_id)
            key = (existing or model_id).lower()
            if key in seen:
                _add_new(registry, source, run)
                raise CatalogError(
                    source.name,
                    f"the same model as entry {seen[key]}; define each model once",
                    entry_where(index, entry),
                )
            seen[key] = index
            if existing is None and "extends" not in entry and not is_fine_tuned_id(model_id):
                run.append(index)
                if entry.get("aliases"):  # names the run's models will answer to
                    for alias in _strings(entry["aliases"]):
                        seen.setdefault(alias.lower(), index)
                continue
            touched += _add_new(registry, source, run)
            run = []
            touched.append(_merge_one(registry, source, index))
        touched += _add_new(registry, source, run)
    return touched


def _id_error(source: Source, index: int) -> CatalogError:
    """The error of an entry whose id is missing, empty or not a string."""
    model_id = source.entries[index].get("id")
    if model_id is None:
        problem = "missing field 'id'"
    elif model_id == "":
        problem = "field 'id': must not be empty"
    else:
        problem = "field 'id': must be a string"
    return CatalogError(source.name, problem, f"entry {index}")


def _strings(value: Any) -> list[str]:
    """The strings of a list (an entry's aliases before validation); none if not a list."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _add_new(registry: ModelRegistry, source: Source, indexes: list[int]) -> list[Record]:
    """Validate new models (entries without "extends") in batches and add them."""
    from modelreg.definition import validate_many

    added: list[Record] = []
    for start in range(0, len(indexes), _BATCH):
        batch = indexes[start : start + _BATCH]
        try:
            definitions = validate_many([source.entries[i] for i in batch])
        except _validation_error() as exc:
            position, problem = _describe(exc)
            index = batch[position]
            raise CatalogError(
                source.name, problem, entry_where(index, source.entries[index])
            ) from None
        for index, definition in zip(batch, definitions, strict=True):
            record = definition.record()
            _store(registry, source, index, record, patch=False)
            added.append(record)
    return added


def _merge_one(registry: ModelRegistry, source: Source, index: int) -> Record:
    """Patch a known model with an entry, or add a model that extends another."""
    from modelreg.definition import ModelDefinition

    entry = source.entries[index]
    where = entry_where(index, entry)
    existing = registry.resolve_id(entry["id"])
    if existing is not None:
        data = _patched(registry.get_record(existing), entry, where, source.name)
    else:
        data = _new(registry, entry, where, source.name)
    try:
        record = ModelDefinition.model_validate(data).record()
    except _validation_error() as exc:
        raise CatalogError(source.name, _describe(exc)[1], where) from None
    _store(registry, source, index, record, patch=existing is not None)
    return record


def _store(
    registry: ModelRegistry, source: Source, index: int, record: Record, *, patch: bool
) -> None:
    try:
        registry.add_record(record, source.label, replace=patch)
    except ModelConflictError as exc:
        where = entry_where(index, source.entries[index])
        raise CatalogError(source.name, str(exc), where) from None


def entry_where(index: int, entry: Mapping[str, Any]) -> str:
    """How an error names an entry: 'entry 3', or "entry 3 ('my-model')" when it has an id."""
    model_id = entry.get("id")
    return f"entry {index}" + (f" ({model_id!r})" if isinstance(model_id, str) and model_id else "")


def _validation_error() -> type[ValidationError]:
    from pydantic import ValidationError

    return ValidationError


def _patched(base: Record, entry: Mapping[str, Any], where: str, label: str) -> dict[str, Any]:
    """A known model's record with an entry's fields laid over it.

    A patch's "aliases" replace the model's list, but a patch written under an
    alias must keep that alias: the model must stay reachable by the name the
    patch uses.
    """
    if "extends" in entry:
        raise CatalogError(
            label,
            f"field 'extends': {base['id']!r} already exists; only a new id can extend",
            where,
        )
    dropped = _dropped_alias(base["id"], entry)
    if dropped is not None:
        raise CatalogError(
            label,
            f"field 'aliases': drops {dropped!r}, the alias of {base['id']!r} this patch is "
            f"written under; keep it in the list, or write the patch under {base['id']!r}",
            where,
        )
    data = dict(base)
    for key, value in entry.items():
        if key == "id":
            continue
        if key == "pricing" and isinstance(value, dict) and isinstance(base["pricing"], dict):
            data["pricing"] = {**base["pricing"], **value}
        else:
            data[key] = value
    for key in _to_derive_again(base, entry):
        data[key] = None
    if "release_date" in entry and "created" not in entry and _created_from_date(base):
        data["created"] = None
    return data


def _dropped_alias(model_id: str, entry: Mapping[str, Any]) -> str | None:
    """The alias a patch is written under, if its "aliases" list leaves that alias out."""
    name, aliases = entry["id"], entry.get("aliases")
    if name.lower() == model_id.lower() or not isinstance(aliases, list):
        return None
    kept = {a.lower() for a in _strings(aliases)}
    return None if name.lower() in kept else name


def _created_from_date(record: Record) -> bool:
    """Whether a record's ``created`` is unset or was derived from its release date."""
    date = record["release_date"]
    return not record["created"] or (
        date is not None and record["created"] == fields.release_timestamp(date)
    )


def _new(
    registry: ModelRegistry, entry: Mapping[str, Any], where: str, label: str
) -> dict[str, Any]:
    """A new model: the auto-created defaults, or the model it extends, then its own fields.

    A fine-tuned id (ft:BASE:...) with no "extends" starts from its base model when known.
    """
    data = dict(entry)
    parent_id = data.pop("extends", None)
    if parent_id is None:
        if not is_fine_tuned_id(data["id"]):
            return data
        try:
            return {**registry.get_record(data["id"]), **data}
        except (ModelNotFoundError, FineTuneIdError):
            return data
    if not isinstance(parent_id, str):
        raise CatalogError(label, "field 'extends': must be a model id (a string)", where)
    try:
        parent = registry.get_record(parent_id)
    except (ModelNotFoundError, FineTuneIdError) as exc:
        raise CatalogError(label, f"field 'extends': {exc}", where) from None
    return {**_inherited(parent, data), **data}


def _inherited(parent: Record, entry: Mapping[str, Any]) -> dict[str, Any]:
    """What a model that extends ``parent`` takes from it.

    Not its name, aliases, creation time or fine-tuning base (an extension is
    not fine-tuned unless it says so); not its owner when the entry names
    another provider (the owner follows the provider); not the derived lists
    when the entry changes what they derive from.
    """
    dropped = {"name", "aliases", "created", "fine_tuned_from"}
    if entry.get("provider", parent["provider"]) != parent["provider"]:
        dropped.add("owned_by")
    dropped.update(_to_derive_again(parent, entry))
    return {key: value for key, value in parent.items() if key not in dropped}


def _to_derive_again(base: Record, entry: Mapping[str, Any]) -> list[str]:
    """The derived lists of ``base`` to derive again under an entry that changes the kind or
    a flag: those the entry does not set and ``base`` had derived (a catalog's own list, such
    as Anthropic's request parameters, is kept)."""
    if not any(key in entry for key in fields.RULE_INPUTS):
        return []
    derived = fields.derived_lists(base)
    return [key for key, value in derived.items() if key not in entry and base[key] == value]


def _describe(exc: ValidationError) -> tuple[int, str]:
    """The first invalid entry of a batch (0 for a single model) and its problems, one line.

    Each problem reads ``field 'loc': message``; a whole-model check that blames
    one field (errors.FIELD_ERROR) reads the same.
    """
    errors = exc.errors(include_url=False)
    batch = exc.title.startswith("list[")
    position = errors[0]["loc"][0] if batch else 0
    problems = []
    for error in errors:
        loc_parts = error["loc"]
        if batch:
            if loc_parts[0] != position:
                continue
            loc_parts = loc_parts[1:]
        loc = ".".join(str(part) for part in loc_parts)
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == FIELD_ERROR:
            loc, message = error["ctx"]["field"], error["ctx"]["problem"]
        elif error["type"] == "extra_forbidden":
            from difflib import get_close_matches

            close = get_close_matches(str(loc_parts[-1]), fields.FIELDS, n=1)
            message = "unknown field" + (f" (did you mean {close[0]!r}?)" if close else "")
        elif loc and error["type"] != "missing" and "input" in error:
            message += f" (got {_short(error['input'])})"
        problems.append(f"field {loc!r}: {message}" if loc else message)
    return int(position), "; ".join(problems)


def _short(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


# -- the registry the command line and default_registry() use --------------


def load_registry(
    catalogs: Iterable[str] = (),
    *,
    builtin_only: bool = False,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> ModelRegistry:
    """The built-in catalogs, then (unless builtin_only) the user's sources, then ``catalogs``."""
    from modelreg.catalog import builtin_registry

    registry = builtin_registry()
    with paused_gc():
        if not builtin_only:
            for source in default_sources(environ, cwd):
                merge(registry, source)
        for location in catalogs:
            merge(registry, read_location(location))
    return registry


@cache
def default_registry() -> ModelRegistry:
    """The process-wide registry (built on first use): built-ins plus the user's sources."""
    return load_registry()


# The architecture's discovery methods.


def discover_from_env() -> list[ModelDefinition]:
    """The models FAKEAI_CUSTOM_MODELS defines, validated against the built-ins."""
    source = from_env()
    return _discover(source) if source else []


def discover_from_config(path: str) -> list[ModelDefinition]:
    """The models a models.json file defines."""
    return _discover(read_file(path))


def discover_from_url(url: str) -> list[ModelDefinition]:
    """The models a catalog URL defines."""
    return _discover(read_url(url))


def auto_discover() -> list[ModelDefinition]:
    """The models of every default user source, in precedence order."""
    from modelreg.catalog import builtin_registry

    registry = builtin_registry()
    found: list[ModelDefinition] = []
    for source in default_sources():
        found += apply(registry, source)
    return found


def _discover(source: Source) -> list[ModelDefinition]:
    from modelreg.catalog import builtin_registry

    return apply(builtin_registry(), source)
