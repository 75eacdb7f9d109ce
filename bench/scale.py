"""Scale benchmark: generated catalogs of 10k and 100k models, full and minimal.

    python bench/scale.py                           # generate (if missing), measure 10k, 100k
    python bench/scale.py --sizes 100000 --before OTHER/bin/modelreg
    python bench/scale.py --generate-only

Catalogs go to bench/data/ (gitignored): valid models.json files with a
realistic variety of providers, families, sizes, capabilities, prices and
dates (about 45 MB for 100k models), and minimal ones (id, name, provider,
description, two limits, parameters, two capability flags, tags and pricing; half
of them llamas, half seeing images). Each whole command (``-c F search llama vision --json``,
``list --format ids``, ``filter --capability vision --json``, and a search
matching half the catalog) is reported in wall time and peak RSS as a ratio to
``python -c "import json; json.load(open(F))"`` on the same file in the same
run; the half-matching search also against a short script that loads, filters
and json.dumps; then the 10k -> 100k growth of each command, and (``--in-process``)
of loading, searching, filtering and sorting in this process, modelreg's library
calls timed apart. ``--before`` measures another install (main, say) in the same
run, runs interleaved. Targets: <= 2.5x json.load in time and memory, the
half-matching search <= 3x the script, growth linear (10.0) or better.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
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


def generate_minimal(n: int, path: Path) -> Path:
    """A models.json of n small entries: id, name, provider, description, context_window,
    max_completion_tokens, parameters, two capability flags, tags and pricing. Half of
    them are llamas, half see images, and every description says "model"."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    entries = []
    for i in range(n):
        family, size = ("llama" if i % 2 else "qwen"), SIZES_B[i % len(SIZES_B)]
        entries.append(
            {
                "id": f"org-{i % 97}/{family}-{size:g}b-{i}",
                "name": f"{family.title()} {size:g}B #{i}",
                "provider": f"org-{i % 97}",
                "description": f"A {size:g}B {family} model for {WORDS[i % len(WORDS)]}.",
                "context_window": CONTEXTS[i % len(CONTEXTS)],
                "max_completion_tokens": 4096,
                "parameters": int(size * 1e9),
                "supports_vision": i % 4 < 2,
                "supports_function_calling": i % 3 == 0,
                "tags": ["open-weights", TAGS[i % len(TAGS)]],
                "pricing": {
                    "prompt_price_per_1m": round(0.05 * (1 + i % 40), 2),
                    "completion_price_per_1m": round(0.1 * (1 + i % 40), 2),
                },
            }
        )
    tmp.write_text(json.dumps(entries), encoding="utf-8")
    tmp.replace(path)
    return path


def catalog_path(n: int, minimal: bool = False) -> Path:
    return DATA / f"models-{n // 1000}k{'-minimal' if minimal else ''}.json"


# -- measuring ---------------------------------------------------------------

_BASELINE = "import json, sys; json.load(open(sys.argv[1]))"
# What a script does by hand: load, keep the entries with the word that see images, dump them.
_SCRIPT = (
    "import json, sys; data = json.load(open(sys.argv[1])); "
    "models = data['models'] if isinstance(data, dict) else data; word = sys.argv[2]; "
    "keep = [m for m in models if m.get('supports_vision') and any("
    "word in str(m.get(k, '')).lower() for k in ('id', 'name', 'description'))]; "
    "sys.stdout.write(json.dumps(keep, ensure_ascii=False))"
)
HALF = "model"  # in every description of a minimal catalog; half of them see images
COMMANDS = {
    "search llama vision --json": ["search", "llama", "vision", "--json"],
    "list --format ids": ["list", "--format", "ids"],
    "filter --capability vision --json": ["filter", "--capability", "vision", "--json"],
    "search model vision --json (half)": ["search", HALF, "vision", "--json"],
}
TIME_TARGET, HALF_TARGET = 2.5, 3.0


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of a command, its output
    discarded. CPU time moves less than wall time on a shared machine."""
    time_bin = shutil.which("time") or "/usr/bin/time"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKEAI_", "MODELREG_"))}
    env["XDG_CONFIG_HOME"] = str(DATA / "no-config")  # no user store
    # A cache directory per install: each keeps its own compiled registry (the snapshot of
    # one set of inputs is one file, rebuilt when another modelreg wrote it).
    env["XDG_CACHE_HOME"] = str(DATA / "cache" / hashlib.sha1(command[0].encode()).hexdigest())
    if os.path.exists(time_bin):
        done = subprocess.run(
            [time_bin, "-f", "%e %M %U %S", *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=DATA,
        )
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed: {done.stderr.strip()[-300:]}")
        wall, rss_kb, user, system = done.stderr.strip().splitlines()[-1].split()
        return float(wall), int(rss_kb) / 1024, float(user) + float(system)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env, cwd=DATA)
    wall = time.perf_counter() - start
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, wall


def best_of(commands: list[list[str]], repeat: int) -> list[tuple[float, float, float]]:
    """The best wall time, lowest peak RSS and least CPU time of each command, their runs
    interleaved."""
    runs: list[list[tuple[float, float, float]]] = [[] for _ in commands]
    for _ in range(repeat):
        for i, command in enumerate(commands):
            runs[i].append(timed(command))
    return [tuple(min(column) for column in zip(*r, strict=True)) for r in runs]  # type: ignore[misc]


def measure(n: int, minimal: bool, scripts: list[str], repeat: int) -> dict[str, object]:
    """Every figure of one catalog: {name: [(seconds, MB) per script]} and the baselines,
    all their runs interleaved (a slower minute slows the baselines too)."""
    path = catalog_path(n, minimal)
    if not path.exists():
        (generate_minimal if minimal else generate)(n, path)
    commands = [
        [sys.executable, "-c", _BASELINE, str(path)],
        [sys.executable, "-c", _SCRIPT, str(path), HALF],
        *([s, "-c", str(path), *argv] for argv in COMMANDS.values() for s in scripts),
    ]
    base, script, *rest = best_of(commands, repeat)
    row: dict[str, object] = {"n": n, "minimal": minimal, "base": base, "script": script}
    for i, name in enumerate(COMMANDS):
        row[name] = rest[i * len(scripts) : (i + 1) * len(scripts)]
    return row


def report(rows: list[dict], columns: list[str]) -> str:
    lines = [
        "baseline: python -c 'import json; json.load(open(F))' (same file, same run);",
        "script: load, keep what says 'model' and sees images, json.dumps (the half search's);",
        "each command is modelreg -c F ..., with no user source; best of the runs;",
        "cpu x: user + system seconds against the baseline's (targets read wall time).",
        "",
        f"{'catalog':<14}{'command':<36}"
        + "".join(
            f"{c + ' s':>9}{c + ' MB':>10}{'time x':>8}{'mem x':>7}{'cpu x':>7}" for c in columns
        )
        + f"{'vs script':>10}",
    ]
    for row in rows:
        label = f"{int(row['n']) // 1000}k" + (" minimal" if row["minimal"] else "")
        base_t, base_m, base_c = row["base"]
        script_t, script_m, _ = row["script"]
        lines.append(
            f"{label:<14}{'json.load':<36}{base_t:>9.2f}{base_m:>10.0f}"
            + f"{'':>15}{'':>39}" * (len(columns) - 1)
        )
        lines.append(
            f"{label:<14}{'script (load, filter, dumps)':<36}{script_t:>9.2f}{script_m:>10.0f}"
        )
        for name in COMMANDS:
            cells = ""
            for wall, mem, cpu in row[name]:
                cells += f"{wall:>9.2f}{mem:>10.0f}{wall / base_t:>7.2f}x{mem / base_m:>6.2f}x"
                cells += f"{cpu / base_c:>6.2f}x"
            wall, mem, _ = row[name][-1]
            target = HALF_TARGET if "half" in name else TIME_TARGET
            versus = f"{wall / script_t:>9.2f}x" if "half" in name else ""
            ok = (wall / script_t if "half" in name else max(wall / base_t, mem / base_m)) <= target
            lines.append(f"{label:<14}{name:<36}{cells}{versus}  {'ok' if ok else 'OVER'}")
    by = {(int(r["n"]), r["minimal"]): r for r in rows}
    for minimal in (False, True):
        if (10_000, minimal) in by and (100_000, minimal) in by:
            small, big = by[10_000, minimal], by[100_000, minimal]
            lines += ["", f"10k -> 100k growth{' (minimal)' if minimal else ''}, 10.0 is linear:"]
            lines.append(f"  {'json.load':<36} time x{big['base'][0] / small['base'][0]:.1f}")
            for name in COMMANDS:
                growth = "  ".join(
                    f"{c}: time x{b[0] / s[0]:.1f} mem x{b[1] / s[1]:.1f}"
                    for c, s, b in zip(columns, small[name], big[name], strict=True)
                )
                lines.append(f"  {name:<36} {growth}")
    return "\n".join(lines)


def in_process(sizes: list[int], repeat: int) -> str:
    """The 10k -> 100k growth of the library calls behind the commands, each timed alone
    (best of ``repeat``) on the full and the minimal catalog."""
    import gc
    from functools import partial

    from modelreg.compile import load_registry
    from modelreg.query.filters import Filters, apply_filters
    from modelreg.query.search import search
    from modelreg.query.sorting import sort_records

    def best(call: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            gc.collect()
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
        return min(times)

    vision = Filters.parse(capabilities=["vision"])
    lines = ["", "in-process, seconds (best of the runs), 10k -> 100k growth (10.0 is linear):"]
    for minimal in (False, True):
        figures: dict[str, list[float]] = {}
        for n in sizes:
            path = str(catalog_path(n, minimal))
            records = load_registry([path]).records()
            calls: dict[str, Callable[[], object]] = {
                "load_registry([F])": partial(load_registry, [path]),
                "search(records, 'llama vision')": partial(search, records, "llama vision"),
                "apply_filters(records, vision)": partial(apply_filters, records, vision),
                "sort_records(records, 'context_window')": partial(
                    sort_records, records, "context_window"
                ),
            }
            for name, call in calls.items():
                figures.setdefault(name, []).append(best(call))
            del records, calls
        label = "minimal" if minimal else "full"
        for name, times in figures.items():
            cells = "  ".join(f"{n // 1000}k {t:.3f}" for n, t in zip(sizes, times, strict=True))
            growth = f"  growth x{times[-1] / times[0]:.1f}" if len(times) > 1 else ""
            lines.append(f"  {label:<8}{name:<42}{cells}{growth}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per command (best kept)")
    parser.add_argument("--before", help="another modelreg console script, measured alongside")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--in-process", action="store_true", help="also time the library calls")
    args = parser.parse_args(argv)
    for n in args.sizes:
        if args.regenerate or not catalog_path(n).exists():
            print(f"generating {catalog_path(n)} ...", file=sys.stderr)
            generate(n, catalog_path(n))
        if args.regenerate or not catalog_path(n, True).exists():
            generate_minimal(n, catalog_path(n, True))
    if args.generate_only:
        return 0
    script = shutil.which("modelreg", path=str(Path(sys.executable).parent)) or shutil.which(
        "modelreg"
    )
    if script is None:
        sys.exit("modelreg is not installed: pip install -e .")
    scripts = [s for s in (args.before, script) if s]
    columns = ["before", "after"] if args.before else ["now"]
    rows = []
    for n in args.sizes:
        for minimal in (False, True):
            rows.append(measure(n, minimal, scripts, args.repeat))
            print(f"measured {n} {'minimal' if minimal else 'full'}", file=sys.stderr, flush=True)
    print(report(rows, columns))
    if args.in_process:
        print(in_process(args.sizes, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
