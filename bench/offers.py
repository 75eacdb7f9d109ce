"""Sellers' entries grouped under the models they serve, measured on full outside catalogs.

    python bench/offers.py [--refs DIR] [--before OTHER/bin/modelreg] [--sample 50] [--seed 7]

With LiteLLM's and models.dev's full files (DIR/litellm.json, DIR/models-dev.json; default
/work/refs) enabled as a user enables them (`modelreg update --enable`), reports the rows
`list`, `list --all` and `search vision` give (and with --before, another install's, as
they were before offers), then, in this process: the sellers' entries filed as offers, those
matched to a model of the six built-in providers, those matched to a model an outside
catalog adds, those left a model of their own (with a sample), and a random sample of matches
to check by hand; and what offers keep of their own (modalities, lifecycle dates) and the
per-size image prices filed under models and offers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from modelreg.catalog import CATALOGS
from modelreg.compile import load_registry
from modelreg.offers import OWN, own_offer

HERE = Path(sys.executable).parent / "modelreg"
LISTINGS = (("list",), ("list", "--all"), ("search", "vision"))


def rows(script: str, refs: Path) -> dict[str, int]:
    """The rows of each listing with both catalogs enabled, by this install of modelreg."""
    with tempfile.TemporaryDirectory() as config, tempfile.TemporaryDirectory() as cache:
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": config,
            "XDG_CACHE_HOME": cache,
            "MODELREG_URL_LITELLM": (refs / "litellm.json").as_uri(),
            "MODELREG_URL_MODELS_DEV": (refs / "models-dev.json").as_uri(),
        }
        for name in ("litellm", "models.dev"):
            run = [script, "update", "--enable", name]
            subprocess.run(run, env=env, check=True, capture_output=True)
        counts = {}
        for words in LISTINGS:
            done = subprocess.run(
                [script, *words, "--json"], env=env, check=True, capture_output=True, text=True
            )
            counts[" ".join(words)] = len(json.loads(done.stdout))
        return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refs", type=Path, default=Path("/work/refs"))
    parser.add_argument("--before", help="another install's modelreg script, to compare rows")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    after = rows(str(HERE), args.refs)
    before = rows(args.before, args.refs) if args.before else None
    print("rows with LiteLLM and models.dev enabled")
    for name, count in after.items():
        then = f"{before[name]:>6} -> " if before else ""
        print(f"  {name:<14} {then}{count:>6}")

    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp()  # a snapshot of this code, not a cached one
    registry = load_registry(
        [f"litellm:{args.refs / 'litellm.json'}", f"models.dev:{args.refs / 'models-dev.json'}"],
        builtin_only=True,
    )
    builtin = {p.provider for p in CATALOGS if p.models}
    builtin_ids = {m["id"] for p in CATALOGS for m in p.models}
    matched_builtin: list[tuple[str, str]] = []
    matched_outside: list[tuple[str, str]] = []
    unmatched: list[str] = []
    for record in registry.records():
        for item in record["offers"] or ():
            if item["id"] == record["id"]:
                unmatched.append(item["id"])
            elif record["id"] in builtin_ids and record["provider"] in builtin:
                matched_builtin.append((item["id"], record["id"]))
            else:
                matched_outside.append((item["id"], record["id"]))
    extra = sum(len(r["offers"] or ()) - 1 for r in registry.records() if own_offer(r))
    total = len(matched_builtin) + len(matched_outside) + len(unmatched)
    print(f"\nsellers' entries filed as offers: {total}")
    print(f"  matched to a model of the built-in providers ({', '.join(sorted(builtin))}):")
    print(f"    {len(matched_builtin)} offers of {len({m for _, m in matched_builtin})} models")
    print(f"  matched to a model an outside catalog adds: {len(matched_outside)}")
    print(f"    of which further sellers of a model only sellers list: {extra}")
    print(f"  left a model of their own (no model matched): {len(unmatched)}")
    records = registry.records()
    offered = [o for r in records for o in r["offers"] or ()]
    print(
        "  with their own (the model's where null): "
        + ", ".join(f"{name} {sum(1 for o in offered if o.get(name))}" for name in OWN)
    )
    priced = [r for r in records if (r["pricing"] or {}).get("image_prices")]
    prices = sum(len(r["pricing"]["image_prices"]) for r in priced)
    sold = [o for o in offered if (o["pricing"] or {}).get("image_prices")]
    on_offers = sum(len(o["pricing"]["image_prices"]) for o in sold)
    print(
        f"per-size image prices: {len(priced)} models ({prices} prices), "
        f"{len(sold)} offers ({on_offers} prices)"
    )
    pick = random.Random(args.seed)
    print("\nsample of entries left a model of their own:")
    for name in sorted(pick.sample(unmatched, min(20, len(unmatched)))):
        print(f"  {name}")
    matches = matched_builtin + matched_outside
    print(f"\n{args.sample} random matches (seller's id -> model):")
    for offer_id, model_id in sorted(pick.sample(matches, min(args.sample, len(matches)))):
        print(f"  {offer_id:<70} -> {model_id}")


if __name__ == "__main__":
    main()
