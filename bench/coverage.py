"""Coverage: the share of the makers' current first-party models the built-ins know.

For each maker (OpenAI, Anthropic, Meta, Mistral, DeepSeek, NVIDIA), the union of the
model ids three references list on the maker's own API:

- LiteLLM: entries whose ``litellm_provider`` is the maker's API: "openai", "anthropic",
  "mistral", "deepseek", "meta" (Meta's Model API) and "meta_llama" (the Llama API),
  "nvidia_nim" (NVIDIA's API catalog, its "nvidia/" models); the provider prefix LiteLLM
  puts on some ids ("mistral/", "meta/", "nvidia_nim/") is dropped.
- models.dev: the maker's own provider block ("openai", "anthropic", "mistral",
  "deepseek", "llama" for Meta's Llama API, "nvidia"), less the models a block resells
  (NVIDIA's block: only its "nvidia/" models; Meta's: not the "cerebras-"/"groq-" ones).
- genai-prices: the maker's own provider ("openai", "anthropic", "mistral", "deepseek",
  "meta"; it has no NVIDIA provider), less ids of other makers it prices there.

Ids are compared case-insensitively. Fine-tuning templates ("ft:..."), a seller's
variants (":free") and the tools LiteLLM prices (web search, a code interpreter's
container) are not models. A model is not current, and leaves the denominator, when a
reference says so (LiteLLM: a ``deprecation_date`` that has passed; models.dev: status
"deprecated"; genai-prices: ``deprecated``), when the built-ins know it as retired, or
deprecated with a retirement date that has passed (known but not current), or when the
maker's own deprecations page says it is shut down (SHUT_DOWN, each with its date and
page). Ids a reference files under the maker that the maker does not serve
(NOT_THE_MAKERS, each with its reason), and those no kind of model modelreg describes fits
(OUT_OF_SCOPE: 3D perception, detectors, a validator; each with its reason and page), are
left out too; every count is shown.

A current model is covered when modelreg resolves one of the spellings the references use
(LiteLLM's key with its prefix, or the id without it; by id, alias, or the maker's prefixed
form), the built-ins alone. A genai-prices entry names a family ("codex-mini" for
"codex-mini" and "codex-mini-latest"), so the modelreg names its own matching takes for it
count as its spellings too. Each missing id is shown with modelreg's nearest known id, to
tell a naming variant from a gap.

    python bench/coverage.py --refs DIR [--provider mistral] [--json]

Exit status: 0 (a measure, not a gate), 3 a reference cannot be read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from audit import FILES, GENAI_PYTHON, AuditInputError, add_refs_argument, fetch_references

from modelreg.compile import load_registry

EXIT_DATA = 3


@dataclass(frozen=True)
class Maker:
    """Where each reference lists one maker's own API, and which of its ids are the
    maker's own models."""

    litellm: tuple[str, ...]
    models_dev: tuple[str, ...]
    genai: tuple[str, ...]
    own: tuple[str, ...] = ()  # id prefixes of the maker's models (empty: every id)
    resold: tuple[str, ...] = ()  # id prefixes of models resold there (other makers, hosts)


MAKERS: dict[str, Maker] = {
    "openai": Maker(("openai",), ("openai",), ("openai",)),
    "anthropic": Maker(("anthropic",), ("anthropic",), ("anthropic",)),
    "meta": Maker(("meta", "meta_llama"), ("llama",), ("meta",), resold=("cerebras-", "groq-")),
    "mistral": Maker(
        ("mistral",),
        ("mistral",),
        ("mistral",),
        resold=("deepseek", "zai-", "glm", "llama", "qwen", "kimi", "gpt-oss"),
    ),
    "deepseek": Maker(("deepseek",), ("deepseek",), ("deepseek",)),
    "nvidia": Maker(("nvidia_nim",), ("nvidia",), (), own=("nvidia/",)),
}
# LiteLLM's prefixes before a model's own id: provider routes, not part of the model id.
LITELLM_PREFIXES = ("nvidia_nim/ranking/", "nvidia_nim/", "meta_llama/", "meta/")
NOT_MODELS = ("ft:", "ft-")  # fine-tuning templates
NOT_MODEL_SUFFIXES = (":free", ":extended", ".ft-")
# LiteLLM prices some tools beside the models: a web search, a code interpreter's container.
TOOL_MODES = ("search",)
TOOL_KEYS = ("code_interpreter_cost_per_session",)


_OPENAI_DEPRECATIONS = "https://developers.openai.com/api/docs/deprecations"
_ANTHROPIC_DEPRECATIONS = "https://platform.claude.com/docs/en/about-claude/model-deprecations"
_MISTRAL_CARDS = "https://docs.mistral.ai/models/model-cards"
# Ids a reference lists as if current that the maker's own page says are shut down, and
# modelreg does not carry: (shutdown date, the page). Names are the references' own.
SHUT_DOWN: dict[str, tuple[str, str]] = {
    # 2023-07-06 notice: the GPT-3 completions models, shut down 2024-01-04.
    **{
        name: ("2024-01-04", _OPENAI_DEPRECATIONS)
        for name in ("ada", "babbage", "curie", "davinci", "text-davinci-002", "text-davinci-003")
    },
    # 2023-11-06 notice: gpt-3.5-turbo-0301 and -0613 (genai-prices: gpt-3.5-0301).
    "gpt-3.5-0301": ("2024-09-13", _OPENAI_DEPRECATIONS),
    "gpt-3.5-turbo-0613": ("2024-09-13", _OPENAI_DEPRECATIONS),
    "gpt-4-vision-preview": ("2024-12-06", _OPENAI_DEPRECATIONS),
    # 2026-04-22 notice "Legacy GPT model snapshots" (LiteLLM says 2027-01-06).
    "gpt-4o-mini-tts-2025-03-20": ("2026-07-23", _OPENAI_DEPRECATIONS),
    # "2025-09-26: Legacy GPT model snapshots": shutdown 2026-09-28, replacement gpt-5.6-terra.
    # LiteLLM files them under "text-completion-openai", so only genai-prices lists them under
    # OpenAI, undeprecated.
    **{
        name: ("2026-09-28", _OPENAI_DEPRECATIONS)
        for name in ("babbage-002", "davinci-002", "gpt-3.5-turbo-instruct")
    },
    # genai-prices' claude-v1 matches claude-1.x and claude-instant-1.x; claude-2, 2.0 and 2.1.
    "claude-v1": ("2024-11-06", _ANTHROPIC_DEPRECATIONS),
    "claude-2": ("2025-07-21", _ANTHROPIC_DEPRECATIONS),
    # genai-prices' "ministral-3b" is Ministral 3B 24.10 (its $0.04 price and 128k context);
    # Mistral's model card: ministral-3b-2410, retired 2025-12-31, replaced by Ministral 3 3B.
    "ministral-3b": ("2025-12-31", f"{_MISTRAL_CARDS}/ministral-3b-24-1"),
    # OpenRouter's name for Mistral Small 3.1 (genai-prices imports it from OpenRouter);
    # Mistral's model card: mistral-small-2503, retired 2025-11-30.
    "mistral-small-3.1-24b-instruct": ("2025-11-30", f"{_MISTRAL_CARDS}/mistral-small-3-1-25-03"),
}
# Ids a reference files under a maker that the maker does not serve: why.
NOT_THE_MAKERS: dict[str, str] = {
    **{
        name: "OpenRouter's product (a GPT model with OpenAI's image generation tool), "
        "not a model of OpenAI's API"
        for name in ("gpt-5-image", "gpt-5-image-mini", "gpt-5.4-image-2")
    },
}
# Ids a reference lists on the maker's API that are no model modelreg describes: no kind of
# modelreg.schema.fields.KINDS (chat, embedding, image/video generation, speech, rerank,
# moderation) fits what goes in and comes out. Why, with the maker's page.
_NVIDIA_3D = "multi-camera 3D object detection for autonomous driving (video in, 3D boxes out)"
OUT_OF_SCOPE: dict[str, str] = {
    "nvidia/bevformer": f"{_NVIDIA_3D}: build.nvidia.com/nvidia/bevformer",
    "nvidia/streampetr": f"{_NVIDIA_3D}: docs.api.nvidia.com/nim/reference/nvidia-streampetr",
    # NVIDIA's own card was not found; the model is its authors' (github.com/swc-17/SparseDrive).
    "nvidia/sparsedrive": "end-to-end driving (multi-camera video in, detections and a planned "
    "trajectory out): github.com/swc-17/SparseDrive",
    "nvidia/active-speaker-detection": "video, audio and diarization in, per-frame speaker boxes "
    "out, over gRPC: docs.nvidia.com/nim/maxine/active-speaker-detection",
    "nvidia/synthetic-video-detector": "a detector of generated video (video in, a probability "
    "out, over gRPC): docs.nvidia.com/nim/maxine/synthetic-video-detector",
    "nvidia/studiovoice": "speech enhancement (noisy speech in, studio-quality speech out), "
    "neither speech to text nor text to speech: docs.nvidia.com/nim/maxine/studio-voice",
    "nvidia/gliner-pii": "a non-generative entity tagger (text in, labelled PII spans out): "
    "huggingface.co/nvidia/gliner-PII",
    # NVIDIA's card for the NIM was not found; the validator it names is NVIDIA's OpenUSD one.
    "nvidia/usdvalidate": "OpenUSD asset validation (a USD stage in, rule violations out): "
    "github.com/NVIDIA-Omniverse/usd-validation-nvidia",
}


@dataclass
class Listing:
    """One id a reference lists, and whether that reference calls it no longer current."""

    refs: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # the spellings the references use
    gone: set[str] = field(default_factory=set)  # references that say it is not current


def _is_model(maker: Maker, model_id: str) -> bool:
    key = model_id.lower()
    if key.startswith(NOT_MODELS) or key.endswith(NOT_MODEL_SUFFIXES) or key.endswith("-"):
        return False
    if maker.own and not key.startswith(maker.own):
        return False
    return not key.startswith(maker.resold)


def _litellm(
    data: Mapping[str, Any], maker: Maker, today: date
) -> Iterable[tuple[str, Sequence[str], bool]]:
    for key, entry in data.items():
        if key == "sample_spec" or not isinstance(entry, dict):
            continue  # sample_spec: LiteLLM's description of its own format
        if entry.get("litellm_provider") not in maker.litellm:
            continue
        if entry.get("mode") in TOOL_MODES or any(k in entry for k in TOOL_KEYS):
            continue
        model_id = key
        for prefix in (*LITELLM_PREFIXES, f"{entry['litellm_provider']}/"):
            if model_id.startswith(prefix):
                model_id = model_id[len(prefix) :]
                break
        ends = str(entry.get("deprecation_date") or "")
        yield model_id, (key,), bool(ends) and ends[:10] < today.isoformat()


def _models_dev(data: Mapping[str, Any], maker: Maker) -> Iterable[tuple[str, Sequence[str], bool]]:
    for block in maker.models_dev:
        for model_id, entry in (data.get(block) or {}).get("models", {}).items():
            yield model_id, (), entry.get("status") == "deprecated"


GENAI_CODE = """
import json, sys, genai_prices.data as d
names = json.load(sys.stdin)
print(json.dumps({
    p.id: [(m.id, bool(m.deprecated), [n for n in names if m.match.is_match(n)])
           for m in p.models]
    for p in d.providers
}))
"""


def genai_models(refs: Path, names: Sequence[str]) -> dict[str, list[tuple[str, bool, list[str]]]]:
    """genai-prices' models by provider: (id, deprecated, which of ``names`` its own
    matching takes for that model: "codex-mini" matches "codex-mini-latest"), from its venv."""
    python = refs / GENAI_PYTHON
    if not python.exists():
        raise AuditInputError(f"{python}: missing (a venv with genai-prices is expected)")
    done = subprocess.run(
        [str(python), "-c", GENAI_CODE],
        input=json.dumps(list(names)),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise AuditInputError(f"{python}: genai-prices failed: {done.stderr.strip()[-2000:]}")
    found: dict[str, list[tuple[str, bool, list[str]]]] = json.loads(done.stdout)
    return found


def read_json(path: Path) -> Mapping[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AuditInputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AuditInputError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise AuditInputError(f"{path}: expected a JSON object")
    return data


def listings(
    maker: Maker,
    litellm: Mapping[str, Any],
    models_dev: Mapping[str, Any],
    genai: Mapping[str, Sequence[tuple[str, bool, list[str]]]],
    today: date,
) -> dict[str, Listing]:
    """The union of the ids the references list for a maker, keyed by the lower-case id."""
    found: dict[str, Listing] = {}
    sides: list[tuple[str, Iterable[tuple[str, Sequence[str], bool]]]] = [
        ("litellm", _litellm(litellm, maker, today)),
        ("models.dev", _models_dev(models_dev, maker)),
        ("genai-prices", ((i, n, d) for p in maker.genai for i, d, n in genai.get(p, ()))),
    ]
    for label, rows in sides:
        for model_id, names, gone in rows:
            if not _is_model(maker, model_id):
                continue
            listing = found.setdefault(model_id.lower(), Listing())
            listing.refs.add(label)
            listing.names.update((model_id, *names))
            if gone:
                listing.gone.add(label)
    return found


def not_current(record: Mapping[str, Any], today: date) -> bool:
    """Whether the built-ins know a model as no longer served."""
    if record.get("status") == "retired":
        return True
    ends = record.get("retirement_date")
    return bool(ends) and str(ends) < today.isoformat()


def measure(refs: Path, providers: Sequence[str], today: date) -> dict[str, Any]:
    """Per maker: the current ids in the union, those modelreg resolves, the rest."""
    litellm = read_json(refs / FILES["litellm"][0])
    models_dev = read_json(refs / FILES["models.dev"][0])
    registry = load_registry([], builtin_only=True)
    # modelreg's names as genai-prices may write them: lower case, without an "org/" prefix.
    spelled = {v: n for n in registry.names() for v in (n, n.lower(), n.lower().split("/")[-1])}
    genai = {
        provider: [(i, d, [spelled[n] for n in matched]) for i, d, matched in rows]
        for provider, rows in genai_models(refs, sorted(spelled)).items()
    }
    report: dict[str, Any] = {}
    for name in providers:
        maker = MAKERS[name]
        current, covered, missing, retired, gone, others, beyond = 0, 0, [], [], [], [], []
        for key, listing in sorted(listings(maker, litellm, models_dev, genai, today).items()):
            spellings = (*sorted(listing.names), f"{name}/{key}")
            resolved = next(filter(None, map(registry.resolve_id, spellings)), None)
            record = registry.record_of(resolved) if resolved else None
            if record is not None and not_current(record, today):
                retired.append(key)
            elif listing.gone:
                gone.append({"id": key, "by": sorted(listing.gone)})
            elif key in SHUT_DOWN:
                gone.append({"id": key, "by": ["maker: shut down {}, {}".format(*SHUT_DOWN[key])]})
            elif key in NOT_THE_MAKERS:
                others.append({"id": key, "why": NOT_THE_MAKERS[key]})
            elif key in OUT_OF_SCOPE:
                beyond.append({"id": key, "why": OUT_OF_SCOPE[key]})
            else:
                current += 1
                if resolved:
                    covered += 1
                else:
                    nearest = registry.suggestions(key, limit=1)
                    missing.append(
                        {"id": key, "refs": sorted(listing.refs), "nearest": nearest[:1]}
                    )
        report[name] = {
            "current": current,
            "covered": covered,
            "share": covered / current if current else 1.0,
            "missing": missing,
            "retired_in_modelreg": retired,
            "not_current": gone,
            "not_the_makers": others,
            "out_of_scope": beyond,
        }
    return report


def print_report(report: Mapping[str, Any]) -> None:
    """Per maker: current, covered, share, and what left the denominator; then the missing
    ids with modelreg's nearest id."""
    heads = ("provider", "current", "covered", "share", "retired", "gone", "not-maker's", "no-kind")
    print(f"{heads[0]:10}" + "".join(f"{h:>12}" for h in heads[1:]))
    totals = [0, 0]
    for name, row in report.items():
        totals[0] += row["current"]
        totals[1] += row["covered"]
        cells = (
            row["current"],
            row["covered"],
            f"{row['share']:.1%}",
            len(row["retired_in_modelreg"]),
            len(row["not_current"]),
            len(row["not_the_makers"]),
            len(row["out_of_scope"]),
        )
        print(f"{name:10}" + "".join(f"{c:>12}" for c in cells))
    share = f"{totals[1] / totals[0]:.1%}" if totals[0] else "-"
    print(f"{'all':10}{totals[0]:>12}{totals[1]:>12}{share:>12}")
    print(
        "left out: retired = modelreg knows it as retired; gone = not current by a reference "
        "or by the maker's deprecations page; not-maker's = filed under the maker, not served "
        "by it; no-kind = no model kind modelreg describes"
    )
    for name, row in report.items():
        if row["missing"]:
            print(f"\n{name}: missing {len(row['missing'])}")
            for entry in row["missing"]:
                nearest = "".join(f"  (nearest: {n})" for n in entry["nearest"])
                print(f"  {entry['id']:42} {', '.join(entry['refs']):28}{nearest}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_refs_argument(parser)
    parser.add_argument("--provider", action="append", choices=sorted(MAKERS), default=[])
    parser.add_argument("--json", action="store_true", help="the whole report as JSON")
    args = parser.parse_args(argv)
    today = datetime.now(UTC).date()
    try:
        with tempfile.TemporaryDirectory(prefix="modelreg-coverage-") as tmp:
            refs = Path(args.refs) if args.refs else Path(tmp)
            if not args.refs:
                fetch_references(refs)
            report = measure(refs, args.provider or list(MAKERS), today)
    except AuditInputError as exc:
        print(f"coverage: {exc}", file=sys.stderr)
        return EXIT_DATA
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the report, no traceback
    raise SystemExit(main())
