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
WORDS = (
    "fast accurate multilingual model tuned for chat code math reasoning agents retrieval "
    "summarization translation long documents tool use safety classification research "
    "edge devices enterprise workloads trained on curated web data synthetic data"
).split()


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
        "release_date": f"{rnd.randint(2019, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
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
