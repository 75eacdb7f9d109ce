"""genai-prices' side of bench/audit.py, run by the interpreter that has ``genai_prices``.

Reads a JSON request on stdin: ``{"at": ISO timestamp, "cases": [{"name", "prompt",
"cached", "completion"}], "models": [{"id", "provider", "names": [...]}]}``. For each model
genai-prices finds (its own matching, the first name it knows), writes the model it matched,
its context window, its prices on that date (a tiered price: its base) and the cost of each
case from ``genai_prices.calc_price`` (null where a case needs a price it lacks), as one JSON
object on stdout: ``{"version", "models": [...]}``. It imports nothing from modelreg.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from decimal import Decimal
from typing import Any

import genai_prices

# What a case needs a price for: the token count, and the price key that bills it.
NEEDS = (("prompt", "input_mtok"), ("completion", "output_mtok"))


def _number(value: Any) -> float | None:
    """A Decimal (or a tiered price's base) as a float."""
    value = getattr(value, "base", value)
    return float(value) if isinstance(value, Decimal | int | float) else None


def _priced(model: dict[str, Any], cases: list[dict[str, Any]], at: datetime) -> dict[str, Any]:
    """One model as genai-prices prices it, or {} when it does not know the model."""
    for name in model["names"]:
        try:
            probe = genai_prices.calc_price(
                genai_prices.Usage(input_tokens=1),
                name,
                provider_id=model["provider"],
                genai_request_timestamp=at,
            )
        except LookupError:
            continue
        prices = {
            key: _number(value)
            for key, value in vars(probe.model_price).items()
            if not key.startswith("_") and _number(value) is not None
        }
        tiered = sorted(k for k, v in vars(probe.model_price).items() if hasattr(v, "tiers"))
        costs: dict[str, float | None] = {}
        for case in cases:
            if any(case[count] and prices.get(key) is None for count, key in NEEDS):
                costs[case["name"]] = None  # the reference cannot price this mix
                continue
            usage = genai_prices.Usage(
                input_tokens=case["prompt"],
                cache_read_tokens=case["cached"],
                output_tokens=case["completion"],
            )
            calc = genai_prices.calc_price(
                usage, name, provider_id=model["provider"], genai_request_timestamp=at
            )
            costs[case["name"]] = float(calc.total_price)
        return {
            "id": model["id"],
            "matched": probe.model.id,
            "context_window": probe.model.context_window,
            "prices": prices,
            "tiered": tiered,
            "costs": costs,
        }
    return {}


def main() -> int:
    request = json.load(sys.stdin)
    at = datetime.fromisoformat(request["at"])
    found = [_priced(m, request["cases"], at) for m in request["models"] if m.get("provider")]
    json.dump({"version": genai_prices.__version__, "models": [m for m in found if m]}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
