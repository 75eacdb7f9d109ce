"""Scale benchmark: generated catalogs of 1k, 10k and 100k models.

    python bench/scale.py                 # generate (if missing) and measure 1k, 10k, 100k
    python bench/scale.py --sizes 10000   # only some sizes
    python bench/scale.py --generate-only

Catalogs go to bench/data/ (gitignored): valid models.json files with a
realistic variety of providers, families, sizes, capabilities, prices and
dates, about 35 MB for 100k models. Every figure is reported as a ratio to
``python -c "import json; json.load(open(F))"`` on the same file in the same
run, so the numbers compare across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SIZES = (1_000, 10_000, 100_000)
SEED = 20240601

# (provider, org prefix, families, licence, open weights)
PROVIDERS = [
    ("meta", "meta-llama", ["llama", "code-llama", "llama-guard"], "llama3.1", True),
    (
        "mistral",
        "mistralai",
        ["mistral", "mixtral", "codestral", "ministral", "pixtral"],
        "apache-2.0",
        True,
    ),
    ("qwen", "Qwen", ["qwen", "qwen-coder", "qwen-vl", "qwq"], "apache-2.0", True),
    ("google", "google", ["gemma", "codegemma", "paligemma", "gemini"], "gemma", True),
    ("microsoft", "microsoft", ["phi", "phi-vision", "orca"], "mit", True),
    (
        "deepseek",
        "deepseek-ai",
        ["deepseek", "deepseek-coder", "deepseek-r1", "deepseek-vl"],
        "mit",
        True,
    ),
    (
        "openai",
        "openai",
        ["gpt", "o-series", "text-embedding", "whisper", "tts"],
        "proprietary",
        False,
    ),
    ("anthropic", "anthropic", ["claude"], "proprietary", False),
    ("cohere", "CohereForAI", ["command", "aya", "embed", "rerank"], "cc-by-nc-4.0", True),
    ("nvidia", "nvidia", ["nemotron", "nv-embed", "nv-rerank"], "nvidia-open-model-license", True),
    ("tii", "tiiuae", ["falcon", "falcon-mamba"], "falcon-llm-license", True),
    ("01-ai", "01-ai", ["yi", "yi-vl"], "apache-2.0", True),
    ("stability", "stabilityai", ["stablelm", "stable-code"], "stability-community", True),
    ("ibm", "ibm-granite", ["granite", "granite-code"], "apache-2.0", True),
    ("allenai", "allenai", ["olmo", "molmo", "tulu"], "apache-2.0", True),
    ("community", "TheBloke", ["llama", "mistral", "vicuna", "wizardlm", "zephyr"], "other", True),
]
SIZES_B = [0.5, 1, 1.5, 2, 3, 4, 7, 8, 9, 11, 13, 14, 22, 27, 32, 34, 40, 70, 72, 90, 110, 405]
VARIANTS = ["instruct", "chat", "base", "it", "preview", "turbo", "mini", "pro", "code", "vision"]
QUANTS = ["", "", "", "-awq", "-gptq", "-fp8", "-gguf", "-int4"]
CONTEXTS = [2048, 4096, 8192, 16384, 32768, 65536, 131072, 200000, 1048576]
TAGS = [
    "instruct",
    "chat",
    "code",
    "multilingual",
    "long-context",
    "small",
    "flagship",
    "distilled",
    "quantized",
    "math",
    "legacy",
    "preview",
    "experimental",
]
WORDS = [
    *[
        "fast",
        "accurate",
        "multilingual",
        "model",
        "tuned",
        "chat",
        "code",
        "math",
        "reasoning",
        "agents",
        "retrieval",
    ],
    *[
        "summarization",
        "translation",
        "long",
        "documents",
        "tool",
        "use",
        "safety",
        "classification",
    ],
    *[
        "research",
        "edge",
        "devices",
        "enterprise",
        "workloads",
        "trained",
        "curated",
        "web",
        "synthetic",
        "data",
    ],
]


def _kind(family: str, rnd: random.Random) -> str:
    if "embed" in family:
        return "embedding"
    if "rerank" in family:
        return "rerank"
    if family == "whisper":
        return "speech_to_text"
    if family == "tts":
        return "text_to_speech"
    return "chat" if rnd.random() > 0.02 else "realtime"


def generate_entry(i: int, rnd: random.Random) -> dict:
    provider, org, families, licence, open_weights = rnd.choice(PROVIDERS)
    family = rnd.choice(families)
    version = rnd.choice(["1", "2", "2.5", "3", "3.1", "3.2", "4", "v2", "v3"])
    size = rnd.choice(SIZES_B)
    variant = rnd.choice(VARIANTS)
    kind = _kind(family, rnd)
    vision = kind == "chat" and (
        variant == "vision"
        or "vl" in family
        or family in ("pixtral", "paligemma", "phi-vision", "molmo")
        or rnd.random() < 0.1
    )
    size_txt = f"{size:g}B"
    tail = f"{family}-{version}-{size_txt.lower()}-{variant}{rnd.choice(QUANTS)}-{i}"
    model_id = f"{org}/{tail}"
    name = f"{family.replace('-', ' ').title()} {version} {size_txt} {variant.title()}"
    moe = family in ("mixtral", "deepseek", "deepseek-r1", "qwen") and rnd.random() < 0.4
    params = int(size * 1e9) + rnd.randrange(0, 10**8)
    conversational = kind in ("chat", "realtime")
    reasoning = conversational and (
        family in ("deepseek-r1", "qwq", "o-series") or rnd.random() < 0.05
    )
    entry: dict = {
        "id": model_id,
        "name": name,
        "provider": provider,
        "description": f"A {size_txt} {kind} model for " + " ".join(rnd.sample(WORDS, 2)) + ".",
        "kind": kind,
        "architecture": "moe" if moe else rnd.choice(["transformer", "transformer", "mamba"]),
        "parameters": params,
        "context_window": rnd.choice(CONTEXTS),
        "max_completion_tokens": rnd.choice([None, 2048, 4096, 8192, 16384]),
        "supports_vision": vision,
        "supports_function_calling": conversational and rnd.random() < 0.5,
        "supports_reasoning": reasoning,
        "supports_structured_output": conversational and rnd.random() < 0.4,
        "supports_fine_tuning": rnd.random() < 0.2,
        "supports_batch": rnd.random() < 0.2,
        "license": licence if rnd.random() < 0.9 else None,
        "release_date": f"{rnd.randint(2019, 2025)}-{rnd.randint(1, 12):02d}-"
        f"{rnd.randint(1, 28):02d}",
        "tags": sorted(
            set(
                rnd.sample(TAGS, rnd.randint(0, 2))
                + (["open-weights"] if open_weights else [])
                + (["vision"] if vision else [])
            )
        ),
        "aliases": [f"{provider}-{tail.lower()}"] if rnd.random() < 0.3 else [],
    }
    for flag in [k for k, v in entry.items() if v is False or v is None or v == []]:
        del entry[flag]  # sparse, as people write them: defaults left out
    if moe:
        entry["num_experts"] = rnd.choice([8, 16, 64, 256])
        entry["experts_per_token"] = 2
        entry["active_parameters"] = params // 4
    if rnd.random() < 0.5:
        prompt = round(
            rnd.choice([0.05, 0.1, 0.15, 0.2, 0.5, 0.9, 1, 2.5, 3, 5, 10, 15])
            * rnd.uniform(0.5, 1.5),
            3,
        )
        entry["pricing"] = {
            "prompt_price_per_1m": prompt,
            "completion_price_per_1m": round(prompt * rnd.choice([1, 2, 3, 4, 5]), 3),
        }
        if rnd.random() < 0.1:
            entry["pricing"]["cached_price_per_1m"] = round(prompt / 2, 4)
    return entry


def generate(n: int, path: Path) -> Path:
    """Write a models.json of n generated models (deterministic for a given n)."""
    rnd = random.Random(SEED + n)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        out.write('{"format_version": 1, "models": [\n')
        for i in range(n):
            if i:
                out.write(",\n")
            out.write(json.dumps(generate_entry(i, rnd), separators=(",", ":")))
        out.write("\n]}\n")
    tmp.replace(path)
    return path


def catalog_path(n: int) -> Path:
    return DATA / f"models-{n // 1000}k.json"


# -- measuring ---------------------------------------------------------------

QUERY = ("llama", "vision")
# Run in a fresh interpreter: load, then time one search and one filter.
_IN_PROCESS = r"""
import gc, json, sys, time
t0 = time.perf_counter()
from modelreg import registry, sources
registry = registry.load_registry([sys.argv[1]], builtin_only=True)
load = time.perf_counter() - t0
records = registry.records()
from modelreg.query import filters, search, sorting
search.search(records[:10], "warm up")  # imports rapidfuzz: not part of the search time
def best(fn, n=3):
    times = []
    for _ in range(n):
        t = time.perf_counter(); out = fn(); times.append(time.perf_counter() - t)
    return min(times), out
query = " ".join(sys.argv[2:])
t_search, hits = best(lambda: search.search(records, query))
conditions = filters.Filters.parse(capabilities=["vision"], min_context="32k", max_prompt_price=5,
                         min_params="7B", released_after="2023")
t_filter, kept = best(lambda: filters.apply_filters(records, conditions))
t_sort, _ = best(lambda: sorting.sort_records(records, "prompt_price", descending=True))
print(json.dumps({"models": len(records), "load": load, "search": t_search, "hits": len(hits),
                  "filter": t_filter, "kept": len(kept), "sort": t_sort}))
"""
_BASELINE = "import json, sys; json.load(open(sys.argv[1]))"
_FALLBACK = (
    "import sys; from modelreg import registry; from modelreg.query import search; "
    "r = registry.load_registry([sys.argv[1]], builtin_only=True); "
    "import json; print(json.dumps([h.record['id'] for h in search.search(r.records(), "
    "' '.join(sys.argv[2:]))]))"
)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a command, its output discarded."""
    time_bin = shutil.which("time") or "/usr/bin/time"
    if os.path.exists(time_bin):
        done = subprocess.run(
            [time_bin, "-f", "%e %M", *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
        wall, rss_kb = done.stderr.strip().splitlines()[-1].split()
        return float(wall), int(rss_kb) / 1024
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def best_of(command: list[str], repeat: int) -> tuple[float, float]:
    runs = [timed(command) for _ in range(repeat)]
    return min(w for w, _ in runs), min(m for _, m in runs)


def cli_command(path: Path) -> list[str]:
    """The whole command line under test (the fallback until the CLI exists)."""
    exe = shutil.which("modelreg")
    if exe:
        return [exe, "-c", str(path), "search", *QUERY, "--json"]
    return [sys.executable, "-c", _FALLBACK, str(path), *QUERY]


def measure(n: int, repeat: int) -> dict[str, float]:
    path = catalog_path(n)
    if not path.exists():
        generate(n, path)
    base_t, base_m = best_of([sys.executable, "-c", _BASELINE, str(path)], repeat)
    cli_t, cli_m = best_of(cli_command(path), repeat)
    inner = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, str(path), *QUERY],
        capture_output=True,
        text=True,
        check=True,
    )
    row: dict[str, float] = json.loads(inner.stdout)
    row.update(
        n=n,
        mb=path.stat().st_size / 1e6,
        base_t=base_t,
        base_m=base_m,
        cli_t=cli_t,
        cli_m=cli_m,
    )
    return row


def report(rows: list[dict[str, float]]) -> str:
    lines = [
        f"whole command: {' '.join(cli_command(Path('F')))}",
        "baseline: python -c 'import json; json.load(open(F))' (same file, same run)",
        "",
        f"{'models':>8} {'file MB':>8} {'json.load':>14} {'command':>14} {'time x':>7} "
        f"{'mem x':>6} {'load s':>7} {'search ms':>9} {'filter ms':>9} {'sort ms':>8} "
        f"{'hits':>6}",
    ]
    for r in rows:
        lines.append(
            f"{int(r['n']):>8} {r['mb']:>8.1f} {r['base_t']:>6.2f}s {r['base_m']:>5.0f}MB "
            f"{r['cli_t']:>6.2f}s {r['cli_m']:>5.0f}MB {r['cli_t'] / r['base_t']:>7.2f} "
            f"{r['cli_m'] / r['base_m']:>6.2f} {r['load']:>7.2f} {r['search'] * 1000:>9.1f} "
            f"{r['filter'] * 1000:>9.1f} {r['sort'] * 1000:>8.1f} {int(r['hits']):>6}"
        )
    by_n = {int(r["n"]): r for r in rows}
    if 10_000 in by_n and 100_000 in by_n:
        small, big = by_n[10_000], by_n[100_000]
        lines.append("")
        lines.append("10k -> 100k growth (10.0 is linear):")
        for key, label in (
            ("base_t", "json.load time"),
            ("cli_t", "command time"),
            ("cli_m", "command peak memory"),
            ("load", "registry load"),
            ("search", "search"),
            ("filter", "filter"),
            ("sort", "sort"),
        ):
            lines.append(f"  {label:<22} x{big[key] / small[key]:.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=3, help="runs per command (best kept)")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args(argv)
    for n in args.sizes:
        if args.regenerate or not catalog_path(n).exists():
            print(f"generating {catalog_path(n)} ...", file=sys.stderr)
            generate(n, catalog_path(n))
    if args.generate_only:
        return 0
    rows = [measure(n, args.repeat) for n in args.sizes]
    print(report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
