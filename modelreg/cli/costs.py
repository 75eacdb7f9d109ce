"""The answer of ``modelreg cost``: what requests cost, for one model or several, from counts
or from a JSONL file of OpenAI usage objects (the architecture's usage-based billing
simulation). No typer here: see modelreg.cli.models."""

from __future__ import annotations

import math
from typing import Any

from modelreg.cli import figures, output, status, tables, terminal, views
from modelreg.cli.state import State
from modelreg.cli.status import UsageError
from modelreg.errors import CatalogError
from modelreg.query.parsers import parse_count
from modelreg.schema import Record
from modelreg.service.cost import request_cost, usage_cost

MAX_TOKENS = 10**15  # a token count beyond any request (a larger one is a usage error)
# Media quantities: option -> (the pricing field, what one unit is).
MEDIA = {
    "images": ("image_price_per_unit", 1.0),
    "audio_minutes": ("audio_price_per_minute", 1.0),
    "characters": ("character_price_per_1m", 1e-6),
    "video_seconds": ("video_price_per_second", 1.0),
}


def _tokens(value: str | None, option: str) -> int:
    """A token count such as 1200, 200K or 1M; a usage error otherwise."""
    if value is None:
        return 0
    try:
        count = parse_count(value)
    except ValueError as exc:
        raise UsageError(str(exc), option) from None
    if count > MAX_TOKENS:
        raise UsageError(f"at most {MAX_TOKENS:.0e} tokens", option)
    return count


def _amount(value: str | None, option: str) -> float:
    if value is None:
        return 0.0
    try:
        amount = float(value)
    except ValueError:
        try:  # a count written as token counts are: 1M characters, 2K images
            amount = float(parse_count(value))
        except ValueError:
            raise UsageError(f"expected a number (1.5, 1M), not {value!r}", option) from None
    if not 0 <= amount < 1e15:
        raise UsageError("must be a number from 0 to 1e15", option)
    return amount


def cost(
    state: State,
    model_ids: list[str] | None = None,
    prompt_tokens: str | None = None,
    completion_tokens: str | None = None,
    cached_tokens: str | None = None,
    images: str | None = None,
    size: str | None = None,
    quality: str | None = None,
    audio_minutes: str | None = None,
    characters: str | None = None,
    video_seconds: str | None = None,
    usage: str | None = None,
    batch: bool = False,
    off_peak: bool = False,
    via: str | None = None,
    auto_create: bool = False,
    fmt: str | None = None,
    as_json: bool = False,
) -> None:
    """``cost``: the USD cost of requests at the models' prices, as the providers charge."""
    fmt = terminal.resolve_format(fmt, as_json)
    if usage is not None:
        if model_ids:
            raise UsageError("give either models or --usage", "MODEL_ID")
        _emit_usage(state, usage, fmt, {"batch": batch, "off_peak": off_peak})
        return
    if not model_ids:
        raise UsageError("give a model (or --usage FILE)", "MODEL_ID")
    tokens = {
        "prompt_tokens": _tokens(prompt_tokens, "--prompt-tokens"),
        "cached_tokens": _tokens(cached_tokens, "--cached-tokens"),
        "completion_tokens": _tokens(completion_tokens, "--completion-tokens"),
    }
    if tokens["cached_tokens"] > tokens["prompt_tokens"]:
        raise UsageError("cannot exceed --prompt-tokens", "--cached-tokens")
    given = {
        "images": images,
        "audio_minutes": audio_minutes,
        "characters": characters,
        "video_seconds": video_seconds,
    }
    if (size or quality) and images is None:
        raise UsageError("applies to --images", "--size" if size else "--quality")
    media = {
        name: _amount(value, "--" + name.replace("_", "-"))
        for name, value in given.items()
        if value is not None
    }
    if not any(tokens.values()) and not media:
        raise UsageError(
            "give the tokens (or --images, --audio-minutes, --characters, --video-seconds)",
            "--prompt-tokens",
        )
    billing = {"batch": batch, "off_peak": off_peak}
    records = [views.looked_up(state, m, auto_create) for m in model_ids]
    if via is not None:
        records = [_sold_by(record, via) for record in records]
    if size or quality:
        records = [_at_size(record, size, quality) for record in records]
    results = [_priced(record, tokens, media, billing) for record in records]
    if len(results) == 1:
        result = results[0]
        output.emit_record(result, fmt, lambda: tables.emit_fields(result))
        return
    results.sort(key=lambda r: (r["total_cost"] is None, r["total_cost"] or 0.0))
    _emit_rows(results, fmt)


def _sold_by(record: Record, seller: str) -> Record:
    """A model at a seller's prices (its cheapest offer there); a model the seller does not
    sell is a usage error naming who does."""
    from modelreg import offers

    found = offers.via([record], [seller])
    if not found:
        sellers = sorted({o["seller"] for o in record.get("offers") or ()})
        where = f"; it is sold by {', '.join(sellers)}" if sellers else ""
        raise UsageError(f"{seller} does not sell {record['id']}{where}", "--via")
    return found[0]


def _at_size(record: Record, size: str | None, quality: str | None) -> Record:
    """A model whose per-image price is its price at this size and quality (unknown, said
    on stderr with the sizes and qualities it has, where none or several prices match)."""
    items = (record["pricing"] or {}).get("image_prices") or []
    prices = {
        i["price_per_image"]
        for i in items
        if size in (None, i["size"]) and (quality or "").lower() in ("", (i["quality"] or ""))
    }
    price = prices.pop() if len(prices) == 1 else None
    if price is None:
        listed = ", ".join(" ".join(filter(None, (i["size"], i["quality"]))) for i in items)
        at = " ".join(filter(None, (size, quality)))
        problem = f"several prices per image at {at}" if prices else f"no price per image at {at}"
        terminal.note(
            f"model {record['id']!r} has {problem}" + (f" (it has {listed})" if listed else "")
        )
    return {**record, "pricing": {**(record["pricing"] or {}), "image_price_per_unit": price}}


def _priced(
    record: Record, tokens: dict[str, int], media: dict[str, float], billing: dict[str, bool]
) -> dict[str, Any]:
    """One model's cost object (notes on stderr for unknown prices and fine-tuned ids)."""
    pricing = record["pricing"] or {}
    costs = request_cost(
        pricing,
        tokens["prompt_tokens"],
        tokens["completion_tokens"],
        tokens["cached_tokens"],
        **billing,
    )
    for name, amount in media.items():
        field, unit = MEDIA[name]
        price = pricing.get(field)
        costs[f"{name}_cost"] = None if price is None else round(amount * price * unit, 10)
    parts = [v for k, v in costs.items() if k != "total_cost"]
    asked = {**tokens, **media}
    if media and not any(tokens.values()):  # a media request: its token parts are not asked
        parts = [costs[f"{name}_cost"] for name in media]
        for part in ("prompt_cost", "cached_cost", "completion_cost"):
            costs[part] = 0.0
    known = [p for p in parts if p is not None]
    costs["total_cost"] = round(sum(known), 10) if len(known) == len(parts) else None
    _check_finite(record, costs)
    unknown = [k.removesuffix("_cost") for k, v in costs.items() if v is None and k != "total_cost"]
    if unknown:
        missing = " or ".join(unknown)
        kind = "batch " if billing["batch"] else "off-peak " if billing["off_peak"] else ""
        terminal.note(
            f"model {record['id']!r} has no {kind}{missing} price: the total cost is unknown"
        )
    if record["fine_tuned_from"] and record["id"].startswith("ft:"):
        terminal.note(f"{record['id']}: priced as its base model {record['fine_tuned_from']}")
    total = costs.pop("total_cost")
    return {"model": record["id"], **asked, **costs, "total_cost": total, "currency": "USD"}


def _check_finite(record: Record, costs: dict[str, float | None]) -> None:
    if any(c is not None and not math.isfinite(c) for c in costs.values()):
        terminal.error(
            f"the cost of these tokens at the prices of {record['id']!r} is too large to "
            "compute (it overflows)"
        )
        raise SystemExit(status.USAGE)


# A cost table's column titles for people (piped, the keys themselves).
_TITLES = {"model": "Model", "requests": "Requests", "total_cost": "Total"}


def _emit_rows(results: list[dict[str, Any]], fmt: str) -> None:
    """Several costs: one row per model, cheapest first."""
    if fmt == "json":
        output.emit_json(results)
    elif fmt == "jsonl":
        output.emit_jsonl(results)
    elif fmt == "csv":
        output.emit_csv(results)
    elif fmt == "ids":
        terminal.write("\n".join(terminal.clean(r["model"]) for r in results))
    else:
        human = terminal.is_terminal()
        keys = [k for k in results[0] if k in ("model", "requests") or k.endswith("_cost")]
        rows = [[figures.text(r[k], human, k) for k in keys] for r in results]
        if not human:
            tables.emit_plain(keys, rows)
            return
        titles = [_TITLES.get(k, k.removesuffix("_cost").capitalize()) for k in keys]
        right = [i for i, k in enumerate(keys) if k != "model"]
        tables.emit_table(titles, rows, right=right, caption="USD")


def _finite(total: float, name: str) -> float:
    """A total cost, which must be a number JSON can hold (not Infinity)."""
    if not math.isfinite(total):
        raise CatalogError(name, "the total cost is too large to add up")
    return total


def _emit_usage(state: State, location: str, fmt: str, billing: dict[str, bool]) -> None:
    """The cost of every request of a JSONL usage file, per model and in total."""
    from modelreg.sources import parse_json, read_bytes, read_stdin

    name = "stdin" if location == "-" else location
    data = read_stdin(name) if location == "-" else read_bytes(location, name)
    per_model: dict[str, dict[str, Any]] = {}
    reg = state.registry
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = parse_json(line.encode(), name)
        except CatalogError as exc:
            raise CatalogError(name, f"not JSON: {exc.problem}", f"line {number}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("model"), str):
            raise CatalogError(name, "expected an object with a 'model'", f"line {number}")
        record = reg.get_record(obj["model"])
        try:
            costs = usage_cost(record["pricing"], obj.get("usage", obj), **billing)
        except (TypeError, ValueError) as exc:
            raise CatalogError(name, f"usage: {exc}", f"line {number}") from None
        row = per_model.setdefault(
            record["id"], {"model": record["id"], "requests": 0, "total_cost": 0.0}
        )
        row["requests"] += 1
        total = costs["total_cost"]
        row["total_cost"] = (
            None
            if total is None or row["total_cost"] is None
            else round(row["total_cost"] + total, 10)
        )
        if row["total_cost"] is not None and not math.isfinite(row["total_cost"]):
            raise CatalogError(name, "the total cost is too large to add up", f"line {number}")
    rows = sorted(
        per_model.values(), key=lambda r: (r["total_cost"] is None, -(r["total_cost"] or 0))
    )
    for row in rows:
        if row["total_cost"] is None:
            terminal.note(
                f"model {row['model']!r} lacks a price its usage needs: its cost is unknown"
            )
    known = [r["total_cost"] for r in rows]
    summary = {
        "models": rows,
        "requests": sum(r["requests"] for r in rows),
        "total_cost": None if None in known else _finite(round(sum(known), 10), name),  # type: ignore[arg-type]
        "currency": "USD",
    }
    if fmt in ("json", "jsonl"):
        output.emit_json(summary) if fmt == "json" else output.emit_jsonl([summary])
        return
    total_row = {
        "model": "total",
        "requests": summary["requests"],
        "total_cost": summary["total_cost"],
    }
    _emit_rows([*rows, total_row] if rows else [total_row], fmt)
