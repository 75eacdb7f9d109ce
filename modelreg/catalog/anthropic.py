"""Anthropic models on the Claude API (Messages API): Claude 3 to Claude Fable 5.2.

Sources: https://platform.claude.com/docs/en/about-claude/models/overview (where
docs.anthropic.com and docs.claude.com now redirect), https://platform.claude.com/docs/en/
about-claude/pricing, https://platform.claude.com/docs/en/about-claude/model-deprecations
(model status table, read through copies of 2026-10-01 to 2026-10-10; the deprecation of
Claude Opus 4.5 on 2026-11-23 through the Modelpin registry's transcription of that table,
read on 2026-11-26), the per-model pages https://platform.claude.com/docs/en/models/MODEL/
overview (status, prices, limits, knowledge cutoffs, read through copies of 2026-10 to 2026-12),
https://platform.claude.com/docs/en/build-with-claude/structured-outputs (supported models),
the anthropic-sdk-python and anthropic-sdk-typescript model lists and DEPRECATED_MODELS maps
(2024-2026), the Claude 3 model card and its Claude 3.5 Sonnet addendum.
Cross-checked against LiteLLM 1.110.2, models.dev 1.0.398 and genai-prices 0.2.5; where they
and Anthropic's pages disagree, Anthropic's pages win and a comment says so.

Ids: up to the 4.5 generation the dated snapshot is the model id and the undated name an
alias; from the 4.6 generation on Anthropic's dateless id is itself the pinned snapshot.
Anthropic publishes a "not sooner than" retirement floor one year after each release; where
the launch date is not otherwise stated the release date below is read from that floor.
Anthropic publishes no architecture or parameter counts for Claude, so those are left out.
Prices: input, output, cache read, 5-minute cache write (the 1-hour write is 2x input; batch
is half of input and output; both, and Claude Haiku 5.5's long-prompt tier, are listed in the
side file of prices the schema cannot hold yet).
Models with a 1M context on a beta header keep their default window in context_window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.catalog.provider import ProviderCatalog

if TYPE_CHECKING:  # the spec types: for type checking only (modelreg.catalog.provider)
    from modelreg.catalog.provider import ModelSpec

# Request parameters of the Messages API (POST /v1/messages) for Claude 3 / 3.5 models.
_CLAUDE_3_FEATURES = [
    "max_tokens",
    "stop_sequences",
    "temperature",
    "top_p",
    "top_k",
    "stream",
    "system",
    "metadata",
    "tools",
    "tool_choice",
]
# Claude 3.7 to 4.1: the same plus extended thinking (thinking: {type: enabled, budget_tokens}).
_THINKING_FEATURES = [*_CLAUDE_3_FEATURES, "thinking"]
# Claude 4.5 and 4.6: plus output_config (format: JSON schema structured outputs; effort).
_OUTPUT_CONFIG_FEATURES = [*_THINKING_FEATURES, "output_config"]
# Claude Opus 4.7 and later (all 5.x models): a non-default temperature, top_p or top_k
# returns a 400 error (model deprecations page), so the sampling parameters are left out.
_CURRENT_FEATURES = [
    "max_tokens",
    "stop_sequences",
    "stream",
    "system",
    "metadata",
    "tools",
    "tool_choice",
    "thinking",
    "output_config",
]

_OVERVIEW = "https://platform.claude.com/docs/en/about-claude/models/overview"
_DEPRECATIONS = "https://platform.claude.com/docs/en/about-claude/model-deprecations"
_CLAUDE_3_MODEL_CARD = (
    "https://www-cdn.anthropic.com/de8ba9b01c9ab7cbabf5c33b80b7bbc618857627/Model_Card_Claude_3.pdf"
)
_PRICES_2026_10 = "2026-10-10"  # pricing page as read on 2026-10-10
_PRICES_2025_11 = "2025-11-24"  # pricing page of the Opus 4.5 launch (last to list the 4.0-era)
_PRICES_2026_12 = "2026-12-01"  # model pages and price trackers as read on 2026-12-01
_PRICING = "https://platform.claude.com/docs/en/about-claude/pricing"
# 1-hour cache writes (2x the input price), Batch API prices (half the input and output prices)
# and Claude Haiku 5.5's long-prompt tier: the pricing page and each model's overview page.

# --- Claude 5.2 -----------------------------------------------------------------------------


def _mythos_class_5_2(model_id: str, name: str, description: str, tags: list[str]) -> ModelSpec:
    """Claude Fable 5.2 / Mythos 5.2: one model, the same limits and prices."""
    return {
        "id": model_id,
        "name": name,
        "provider": "anthropic",
        "description": description,
        "context_window": 1_000_000,
        "max_completion_tokens": 128_000,
        "supports_function_calling": True,
        "supports_vision": True,
        "supports_reasoning": True,  # adaptive thinking, always on
        "supports_structured_output": True,
        "supports_batch": True,
        "pricing": {
            # 20% below Fable 5.1; no long-context premium. Anthropic's 5.2 pages are not in
            # the copies read here: the figures are genai-prices 0.2.5's and two trackers'
            # reading of the pricing page (claude-usage 1.5.7, checked 2026-12-01; LaoZhang,
            # 2026-11-10), which agree; the 1-hour write is $16 (2x input).
            "prompt_price_per_1m": 8.0,
            "completion_price_per_1m": 40.0,
            "cached_price_per_1m": 0.20,
            "cache_write_price_per_1m": 10.0,
            "cache_write_1h_price_per_1m": 16.0,
            "batch_prompt_price_per_1m": 4.0,  # the Batch API: half the standard prices
            "batch_completion_price_per_1m": 20.0,
            "as_of": _PRICES_2026_12,
        },
        "supported_features": list(_CURRENT_FEATURES),
        "license": "proprietary",
        "release_date": "2026-11-09",
        "reference_url": _PRICING,
        "tags": tags,
        "aliases": [model_id.replace("5-2", "5.2")],
    }


CLAUDE_FABLE_5_2 = _mythos_class_5_2(
    "claude-fable-5-2",
    "Claude Fable 5.2",
    "Anthropic's most capable widely released model (November 2026), a Mythos-class model "
    "with safety classifiers, for demanding reasoning and long-horizon agentic work at 20% "
    "below Fable 5.1's prices; thinking is always on.",
    ["flagship", "reasoning", "vision", "coding", "agents", "long-context"],
)
CLAUDE_MYTHOS_5_2 = _mythos_class_5_2(
    "claude-mythos-5-2",
    "Claude Mythos 5.2",
    "The same model, prices and limits as Claude Fable 5.2 without its safety classifiers, "
    "for organisations verified through Anthropic's programmes (Project Glasswing).",
    ["flagship", "reasoning", "vision", "restricted-access", "long-context"],
)

# --- Claude 5.5 / 5.1 ----------------------------------------------------------------------

CLAUDE_FABLE_5_1: ModelSpec = {
    "id": "claude-fable-5-1",
    "name": "Claude Fable 5.1",
    "provider": "anthropic",
    "description": (
        "A Mythos-class model with safety classifiers that can fall back to a lesser model, "
        "for demanding reasoning and long-horizon agentic work (September 2026; succeeded by "
        "Fable 5.2 in November); thinking is always on."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,  # structured outputs supportedModels
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 10.0,
        "completion_price_per_1m": 50.0,
        "cached_price_per_1m": 0.25,
        "cache_write_price_per_1m": 12.5,
        "cache_write_1h_price_per_1m": 20,
        "batch_prompt_price_per_1m": 5.0,
        "batch_completion_price_per_1m": 25.0,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-09-01",  # retirement floor "not sooner than" 2027-09-01
    "knowledge_cutoff": "2026-06",  # reliable knowledge cutoff (models overview)
    "reference_url": _OVERVIEW,
    # A Covered Model: requires 30-day data retention (not available under ZDR).
    "tags": ["flagship", "reasoning", "vision", "coding", "agents", "long-context"],
    "aliases": ["claude-fable-5.1"],
}

CLAUDE_MYTHOS_5_1: ModelSpec = {
    "id": "claude-mythos-5-1",
    "name": "Claude Mythos 5.1",
    "provider": "anthropic",
    "description": (
        "The same model, prices and limits as Claude Fable 5.1 with the cyber and biology "
        "safeguards lifted, available only to organisations verified through Anthropic's "
        "Project Glasswing."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 10.0,
        "completion_price_per_1m": 50.0,
        "cached_price_per_1m": 0.25,
        "cache_write_price_per_1m": 12.5,
        "cache_write_1h_price_per_1m": 20,
        "batch_prompt_price_per_1m": 5.0,
        "batch_completion_price_per_1m": 25.0,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-09-01",  # retirement floor 2027-09-01
    "reference_url": _OVERVIEW,
    "tags": ["flagship", "reasoning", "vision", "restricted-access", "long-context"],
    "aliases": ["claude-mythos-5.1"],
}

CLAUDE_OPUS_5_5: ModelSpec = {
    "id": "claude-opus-5-5",
    "name": "Claude Opus 5.5",
    "provider": "anthropic",
    "description": (
        "The first model of Anthropic's Claude 5.5 family, for long-running agentic coding "
        "and knowledge work, at 20% below Opus 5's prices; thinking is always on."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 4.0,
        "completion_price_per_1m": 20.0,
        "cached_price_per_1m": 0.20,  # cache hits on Opus 5.5 / Sonnet 5.5: 0.05x input
        "cache_write_price_per_1m": 5.0,
        "cache_write_1h_price_per_1m": 8,
        "batch_prompt_price_per_1m": 2.0,
        "batch_completion_price_per_1m": 10.0,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-09-22",  # retirement floor 2027-09-22
    "knowledge_cutoff": "2026-06",  # reliable knowledge cutoff (models overview)
    "reference_url": _OVERVIEW,
    "tags": ["flagship", "reasoning", "vision", "coding", "agents", "long-context"],
    "aliases": ["claude-opus-5.5"],
}

CLAUDE_SONNET_5_5: ModelSpec = {
    "id": "claude-sonnet-5-5",
    "name": "Claude Sonnet 5.5",
    "provider": "anthropic",
    "description": (
        "Anthropic's balanced Claude 5.5 model with adaptive thinking on by default; it "
        "rejects non-default sampling parameters, assistant prefill and forced tool_choice."
    ),
    "context_window": 1_000_000,
    # 128K on the Messages API; 300K on the Batch API with beta output-300k-2026-03-24.
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 2.0,
        "completion_price_per_1m": 10.0,
        "cached_price_per_1m": 0.10,  # 0.05x input (pricing page footnote)
        "cache_write_price_per_1m": 2.5,
        "cache_write_1h_price_per_1m": 4,
        "batch_prompt_price_per_1m": 1.0,
        "batch_completion_price_per_1m": 5.0,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-09-28",
    "knowledge_cutoff": "2026-06",
    "reference_url": "https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
    "tags": ["reasoning", "vision", "coding", "agents", "long-context"],
    "aliases": ["claude-sonnet-5.5"],
}

CLAUDE_HAIKU_5_5: ModelSpec = {
    "id": "claude-haiku-5-5",
    "name": "Claude Haiku 5.5",
    "provider": "anthropic",
    "description": (
        "Anthropic's small Claude 5.5 model for high-volume, latency-sensitive tasks such as "
        "classification, extraction and routing; the first Haiku with a dateless id and a 1M "
        "context."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,  # models overview (1M context, 128K output)
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,  # thinking available (off unless requested)
    # Released after the structured-outputs supported-models list that was read; LiteLLM
    # and Sim's catalogue list native structured outputs.
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        # Prompts up to 100,000 tokens (input, cache reads and cache writes counted); above
        # that the whole request, output included, bills at $0.50 input / $2.50 output /
        # $0.05 cache read / $0.625 5-minute and $1.00 1-hour cache write (model page).
        "prompt_price_per_1m": 0.10,
        "completion_price_per_1m": 0.50,
        "cached_price_per_1m": 0.01,
        "cache_write_price_per_1m": 0.125,
        "cache_write_1h_price_per_1m": 0.2,
        "batch_prompt_price_per_1m": 0.05,
        "batch_completion_price_per_1m": 0.25,
        "long_context": {
            "threshold_tokens": 100000,
            "applies_to": "request",
            "prompt_price_per_1m": 0.5,
            "completion_price_per_1m": 2.5,
            "cached_price_per_1m": 0.05,
        },
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-10-07",  # retirement floor 2027-10-07
    "knowledge_cutoff": "2026-06",  # reliable knowledge cutoff (models overview)
    "reference_url": "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
    "tags": ["small", "fast", "vision", "long-context"],
    "aliases": ["claude-haiku-5.5"],
}

# --- Claude 5 ---------------------------------------------------------------------------

CLAUDE_FABLE_5: ModelSpec = {
    "id": "claude-fable-5",
    "name": "Claude Fable 5",
    "provider": "anthropic",
    "description": (
        "Anthropic's first generally available Mythos-class model; requests its classifiers "
        "flag (cyber, biology, distillation) fall back to Claude Opus 4.8. Legacy since "
        "Fable 5.1."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 10.0,
        "completion_price_per_1m": 50.0,
        "cached_price_per_1m": 1.0,
        "cache_write_price_per_1m": 12.5,
        "cache_write_1h_price_per_1m": 20,
        "batch_prompt_price_per_1m": 5.0,
        "batch_completion_price_per_1m": 25.0,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-06-09",
    "knowledge_cutoff": "2026-01",  # reliable knowledge cutoff (models overview, June 2026)
    "reference_url": _OVERVIEW,
    "tags": ["reasoning", "vision", "coding", "agents", "long-context"],
}

CLAUDE_MYTHOS_5: ModelSpec = {
    "id": "claude-mythos-5",
    "name": "Claude Mythos 5",
    "provider": "anthropic",
    "description": (
        "The same model as Claude Fable 5 with its cyber and biology safeguards lifted, for "
        "Project Glasswing participants only; it succeeded Claude Mythos Preview."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 10.0,
        "completion_price_per_1m": 50.0,
        "cached_price_per_1m": 1.0,
        "cache_write_price_per_1m": 12.5,
        "cache_write_1h_price_per_1m": 20,
        "batch_prompt_price_per_1m": 5.0,
        "batch_completion_price_per_1m": 25.0,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-06-09",
    "knowledge_cutoff": "2026-01",  # shares Claude Fable 5's specifications
    "reference_url": _OVERVIEW,
    "tags": ["reasoning", "vision", "restricted-access", "long-context"],
}

CLAUDE_OPUS_5: ModelSpec = {
    "id": "claude-opus-5",
    "name": "Claude Opus 5",
    "provider": "anthropic",
    "description": (
        "Anthropic's Opus model for complex agentic coding and enterprise work, a drop-in "
        "upgrade of Opus 4.8 at the same prices; thinking on by default."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 5.0,
        "completion_price_per_1m": 25.0,
        "cached_price_per_1m": 0.50,
        "cache_write_price_per_1m": 6.25,
        "cache_write_1h_price_per_1m": 10,
        "batch_prompt_price_per_1m": 2.5,
        "batch_completion_price_per_1m": 12.5,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-07-24",
    "knowledge_cutoff": "2026-05",  # reliable knowledge cutoff (models overview)
    "reference_url": _OVERVIEW,
    "tags": ["reasoning", "vision", "coding", "agents", "long-context"],
}

CLAUDE_SONNET_5: ModelSpec = {
    "id": "claude-sonnet-5",
    "name": "Claude Sonnet 5",
    "provider": "anthropic",
    "description": (
        "Anthropic's Claude 5 Sonnet: near-Opus coding and agentic quality, adaptive thinking "
        "on by default and a new tokenizer (about 30% more tokens than Sonnet 4.6)."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        # The launch rates were to rise to $3 / $15 on 2026-09-01; Anthropic cancelled the
        # increase and $2 / $10 is the standard price (Sonnet 5 model page: input $2, output
        # $10, 5-minute write $2.50, 1-hour write $4, cache read $0.20), as LiteLLM and
        # genai-prices have it.
        "prompt_price_per_1m": 2.0,
        "completion_price_per_1m": 10.0,
        "cached_price_per_1m": 0.20,
        "cache_write_price_per_1m": 2.5,
        "cache_write_1h_price_per_1m": 4,
        "batch_prompt_price_per_1m": 1.0,
        "batch_completion_price_per_1m": 5.0,
        "as_of": _PRICES_2026_12,
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-06-30",
    "knowledge_cutoff": "2026-01",  # reliable knowledge cutoff (Sonnet 5 model page)
    "reference_url": "https://platform.claude.com/docs/en/models/sonnet-5/overview",
    "tags": ["reasoning", "vision", "coding", "agents", "long-context"],
}

# --- Claude 4.x -------------------------------------------------------------------------


def _opus_4_x(version: str, release: str, description: str) -> ModelSpec:
    """Claude Opus 4.6 / 4.7 / 4.8: same limits and prices (1M context at standard price)."""
    dashed = version.replace(".", "-")
    aliases = [f"claude-opus-{version}"]
    if version in ("4.6", "4.7"):
        # The dated snapshot ids people still send (LiteLLM lists both); Anthropic's own
        # id for these models is the dateless one.
        aliases.append(f"claude-opus-{dashed}-{release.replace('-', '')}")
    sampling = version == "4.6"  # Opus 4.7 and later reject non-default sampling values
    return {
        "id": f"claude-opus-{dashed}",
        "name": f"Claude Opus {version}",
        "provider": "anthropic",
        "description": description,
        "context_window": 1_000_000,
        "max_completion_tokens": 128_000,
        "supports_function_calling": True,
        "supports_vision": True,
        "supports_reasoning": True,
        "supports_structured_output": True,
        "supports_batch": True,
        "pricing": {
            "prompt_price_per_1m": 5.0,
            "completion_price_per_1m": 25.0,
            "cached_price_per_1m": 0.50,
            "cache_write_price_per_1m": 6.25,
            "cache_write_1h_price_per_1m": 10.0,
            "batch_prompt_price_per_1m": 2.5,  # the Batch API: half the standard prices
            "batch_completion_price_per_1m": 12.5,
            "as_of": _PRICES_2026_10,
        },
        "supported_features": list(_OUTPUT_CONFIG_FEATURES if sampling else _CURRENT_FEATURES),
        "license": "proprietary",
        "release_date": release,
        "reference_url": _OVERVIEW,
        "tags": ["reasoning", "vision", "coding", "agents", "long-context"],
        "aliases": aliases,
    }


CLAUDE_OPUS_4_8 = _opus_4_x(
    "4.8",
    "2026-05-28",
    "The last and most capable Opus 4 model: long-horizon agentic work, knowledge work and "
    "memory; adaptive thinking only. The fallback model of Claude Fable 5.",
)
CLAUDE_OPUS_4_7 = _opus_4_x(
    "4.7",
    "2026-04-16",
    "Claude Opus 4.7: autonomous long-horizon agentic work, vision and memory; the first "
    "Claude model to drop the sampling parameters and manual thinking budgets.",
)
CLAUDE_OPUS_4_7["knowledge_cutoff"] = "2026-01"  # only in models.dev, unconfirmed
CLAUDE_OPUS_4_6 = _opus_4_x(
    "4.6",
    "2026-02-05",
    "Claude Opus 4.6 with adaptive thinking and 128K output; its 1M context became standard "
    "(no long-context premium) on 2026-03-13.",
)
CLAUDE_OPUS_4_6["knowledge_cutoff"] = "2025-05"  # reliable knowledge cutoff (models overview)

CLAUDE_SONNET_4_6: ModelSpec = {
    "id": "claude-sonnet-4-6",
    "name": "Claude Sonnet 4.6",
    "provider": "anthropic",
    "description": (
        "Claude Sonnet 4.6 with adaptive thinking; its 1M context became standard on "
        "2026-03-13 and its output limit rose from 64K to 128K in mid-2026."
    ),
    "context_window": 1_000_000,
    "max_completion_tokens": 128_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.30,
        "cache_write_price_per_1m": 3.75,
        "cache_write_1h_price_per_1m": 6,
        "batch_prompt_price_per_1m": 1.5,
        "batch_completion_price_per_1m": 7.5,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_OUTPUT_CONFIG_FEATURES),
    "license": "proprietary",
    "release_date": "2026-02-17",
    "knowledge_cutoff": "2025-08",  # reliable knowledge cutoff (models overview)
    "reference_url": _OVERVIEW,
    "tags": ["reasoning", "vision", "coding", "agents", "long-context"],
    "aliases": ["claude-sonnet-4.6"],
}

CLAUDE_OPUS_4_5: ModelSpec = {
    "id": "claude-opus-4-5-20251101",
    "name": "Claude Opus 4.5",
    "provider": "anthropic",
    "description": (
        "Claude Opus 4.5, the first Opus at $5/$25 per million tokens, with extended thinking "
        "and the effort parameter; deprecated 2026-11-23, retiring 2027-01-22 on the Claude API."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 64_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 5.0,
        "completion_price_per_1m": 25.0,
        "cached_price_per_1m": 0.50,
        "cache_write_price_per_1m": 6.25,
        "cache_write_1h_price_per_1m": 10,
        "batch_prompt_price_per_1m": 2.5,
        "batch_completion_price_per_1m": 12.5,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_OUTPUT_CONFIG_FEATURES),
    "license": "proprietary",
    "release_date": "2025-11-24",  # announced and available on 2025-11-24 (snapshot 20251101)
    "knowledge_cutoff": "2025-05",  # reliable knowledge cutoff (models overview)
    # Deprecated on 2026-11-23 with 2027-01-22 as its (tentative) retirement date and
    # claude-opus-5-5 as the recommended replacement (the deprecations page's model status
    # table as transcribed on 2026-11-26; the Opus 4.5 page points to Claude Opus 5.5).
    "deprecation_date": "2026-11-23",
    "retirement_date": "2027-01-22",
    "successor": "claude-opus-5-5",
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding", "agents"],
    "aliases": ["claude-opus-4-5", "claude-opus-4.5"],
}

CLAUDE_HAIKU_4_5: ModelSpec = {
    "id": "claude-haiku-4-5-20251001",
    "name": "Claude Haiku 4.5",
    "provider": "anthropic",
    "description": (
        "Claude Haiku 4.5, a fast small model with extended thinking (manual budgets only, no "
        "effort parameter); legacy since Claude Haiku 5.5."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 64_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 1.0,
        "completion_price_per_1m": 5.0,
        "cached_price_per_1m": 0.10,
        "cache_write_price_per_1m": 1.25,
        "cache_write_1h_price_per_1m": 2,
        "batch_prompt_price_per_1m": 0.5,
        "batch_completion_price_per_1m": 2.5,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_OUTPUT_CONFIG_FEATURES),
    "license": "proprietary",
    "release_date": "2025-10-15",
    "knowledge_cutoff": "2025-02",  # reliable knowledge cutoff (models overview)
    "reference_url": "https://platform.claude.com/docs/en/models/haiku-4-5/overview",
    "tags": ["small", "fast", "vision", "reasoning"],
    "aliases": ["claude-haiku-4-5", "claude-haiku-4.5"],
}

CLAUDE_SONNET_4_5: ModelSpec = {
    "id": "claude-sonnet-4-5-20250929",
    "name": "Claude Sonnet 4.5",
    "provider": "anthropic",
    "description": (
        "Claude Sonnet 4.5, Anthropic's coding and agents model of September 2025 with "
        "extended thinking; deprecated 2026-09-30 and retired 2026-11-30 on the Claude API."
    ),
    # 200K (the model page). The 1M-context beta (header context-1m-2025-08-07, billed at
    # $6 / $22.50 for requests over 200K input tokens) is no longer offered: the page gives
    # 200K alone, and genai-prices 0.2.5 dates its retirement 2026-04-30.
    "context_window": 200_000,
    "max_completion_tokens": 64_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.30,
        "cache_write_price_per_1m": 3.75,
        "as_of": _PRICES_2026_10,
    },
    "supported_features": list(_OUTPUT_CONFIG_FEATURES),
    "license": "proprietary",
    "release_date": "2025-09-29",
    "knowledge_cutoff": "2025-01",  # reliable knowledge cutoff (models overview)
    "deprecation_date": "2026-09-30",
    "retirement_date": "2026-11-30",
    "successor": "claude-sonnet-5-5",  # the deprecations page's recommended replacement
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding", "agents"],
    "aliases": ["claude-sonnet-4-5", "claude-sonnet-4.5"],
}

CLAUDE_OPUS_4_1: ModelSpec = {
    "id": "claude-opus-4-1-20250805",
    "name": "Claude Opus 4.1",
    "provider": "anthropic",
    "description": (
        "Claude Opus 4.1, an agentic-coding upgrade of Opus 4 with extended thinking; "
        "deprecated 2026-06-05 and retired 2026-08-05 on the Claude API."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 32_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    # One of the two launch models of the structured outputs beta (2025-11-14).
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 15.0,
        "completion_price_per_1m": 75.0,
        "cached_price_per_1m": 1.50,
        "cache_write_price_per_1m": 18.75,
        "as_of": _PRICES_2025_11,
    },
    "supported_features": list(_THINKING_FEATURES),
    "license": "proprietary",
    "release_date": "2025-08-05",
    "knowledge_cutoff": "2025-01",  # reliable knowledge cutoff (models overview)
    "deprecation_date": "2026-06-05",
    "retirement_date": "2026-08-05",
    # The current Opus when it was deprecated; the page's replacement was not confirmed.
    "successor": "claude-opus-4-8",
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding", "agents"],
    "aliases": ["claude-opus-4-1", "claude-opus-4.1"],
}

CLAUDE_OPUS_4: ModelSpec = {
    "id": "claude-opus-4-20250514",
    "name": "Claude Opus 4",
    "provider": "anthropic",
    "description": (
        "Claude Opus 4, the first Claude 4 Opus, with extended thinking and tool use during "
        "thinking; deprecated 2026-04-14 and retired 2026-06-15 on the Claude API."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 32_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 15.0,
        "completion_price_per_1m": 75.0,
        "cached_price_per_1m": 1.50,
        "cache_write_price_per_1m": 18.75,
        "as_of": _PRICES_2025_11,
    },
    "supported_features": list(_THINKING_FEATURES),
    "license": "proprietary",
    "release_date": "2025-05-22",
    "knowledge_cutoff": "2025-01",  # reliable knowledge cutoff (models overview)
    "deprecation_date": "2026-04-14",
    "retirement_date": "2026-06-15",
    # Reports of the replacement disagree (claude-opus-4-7 in May, claude-opus-4-8 at the
    # retirement); the later one is kept.
    "successor": "claude-opus-4-8",
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding", "agents"],
    "aliases": ["claude-opus-4-0", "claude-opus-4"],
}

CLAUDE_SONNET_4: ModelSpec = {
    "id": "claude-sonnet-4-20250514",
    "name": "Claude Sonnet 4",
    "provider": "anthropic",
    "description": (
        "Claude Sonnet 4, the first Claude 4 Sonnet, with extended thinking; deprecated "
        "2026-04-14 and retired 2026-06-15 on the Claude API."
    ),
    # 200K by default; 1M with the beta header context-1m-2025-08-07 (premium pricing above
    # 200K input tokens).
    "context_window": 200_000,
    "max_completion_tokens": 64_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.30,
        "cache_write_price_per_1m": 3.75,
        "as_of": _PRICES_2025_11,
    },
    "supported_features": list(_THINKING_FEATURES),
    "license": "proprietary",
    "release_date": "2025-05-22",
    "knowledge_cutoff": "2025-01",  # reliable knowledge cutoff (models overview)
    "deprecation_date": "2026-04-14",
    "retirement_date": "2026-06-15",
    "successor": "claude-sonnet-4-6",  # recommended replacement
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding"],
    "aliases": ["claude-sonnet-4-0", "claude-sonnet-4"],
}

CLAUDE_MYTHOS_PREVIEW: ModelSpec = {
    "id": "claude-mythos-preview",
    "name": "Claude Mythos Preview",
    "provider": "anthropic",
    "description": (
        "Invitation-only research preview of Anthropic's Mythos-class model for Project "
        "Glasswing's defensive cybersecurity partners; succeeded by Claude Mythos 5 and "
        "retired 2026-06-30."
    ),
    "context_window": 1_000_000,  # only in LiteLLM, unconfirmed
    "max_completion_tokens": 128_000,  # only in LiteLLM, unconfirmed
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "pricing": {
        # Participants' price from the Project Glasswing announcement (after credits);
        # LiteLLM lists 10 / 50.
        "prompt_price_per_1m": 25.0,
        "completion_price_per_1m": 125.0,
        "as_of": "2026-04-07",
    },
    "supported_features": list(_CURRENT_FEATURES),
    "license": "proprietary",
    "release_date": "2026-04-07",
    # The SDKs gave its end of life (2026-06-30) from the Mythos 5 launch on 2026-06-09.
    "deprecation_date": "2026-06-09",
    "retirement_date": "2026-06-30",
    # Anthropic named Claude Mythos 5 its successor ("Successor to Claude Mythos Preview",
    # Fable 5 / Mythos 5 launch page; the deprecations page of 2026-09-17).
    "successor": "claude-mythos-5",
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "restricted-access", "preview"],
}

# --- Claude 3.x -------------------------------------------------------------------------

CLAUDE_3_7_SONNET: ModelSpec = {
    "id": "claude-3-7-sonnet-20250219",
    "name": "Claude 3.7 Sonnet",
    "provider": "anthropic",
    "description": (
        "Claude 3.7 Sonnet, Anthropic's first hybrid reasoning model with optional extended "
        "thinking; deprecated 2025-10-28 and retired 2026-02-19 on the Claude API."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 64_000,  # 128K with the beta header output-128k-2025-02-19
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.30,
        "cache_write_price_per_1m": 3.75,
        "as_of": _PRICES_2025_11,
    },
    "supported_features": list(_THINKING_FEATURES),
    "license": "proprietary",
    "release_date": "2025-02-24",  # announced and available 2025-02-24 (snapshot 20250219)
    "knowledge_cutoff": "2024-10",  # reliable knowledge cutoff (models overview)
    "deprecation_date": "2025-10-28",
    "retirement_date": "2026-02-19",
    # Anthropic recommended claude-sonnet-4-5-20250929, itself retired since; its replacement.
    "successor": "claude-sonnet-5-5",
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding"],
    "aliases": ["claude-3-7-sonnet-latest", "claude-3-7-sonnet", "claude-3.7-sonnet"],
}

CLAUDE_3_5_SONNET: ModelSpec = {
    "id": "claude-3-5-sonnet-20241022",
    "name": "Claude 3.5 Sonnet (October 2024)",
    "provider": "anthropic",
    "description": (
        "The upgraded Claude 3.5 Sonnet of October 2024 (the first with computer use); "
        "deprecated 2025-08-13 and retired on the Claude API in October 2025. The first "
        "catalog's id claude-3-5-sonnet-20250514 was never served and resolves here."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 8_192,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,  # Message Batches API
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.30,
        "cache_write_price_per_1m": 3.75,
        "as_of": "2025-08-13",
    },
    "supported_features": list(_CLAUDE_3_FEATURES),
    "license": "proprietary",
    # The October 2024 upgrade is covered by a later addendum to the Claude 3 model card.
    "paper_url": (
        "https://www-cdn.anthropic.com/fed9cc193a14b84131812372d8d5857f8f304c52/"
        "Model_Card_Claude_3_Addendum.pdf"
    ),
    "release_date": "2024-10-22",
    "knowledge_cutoff": "2024-04",
    "deprecation_date": "2025-08-13",
    # The deprecations page lists 2025-10-28; the SDKs' warning had said 2025-10-22.
    "retirement_date": "2025-10-28",
    # Anthropic recommended Claude Sonnet 4, itself retired since; its replacement.
    "successor": "claude-sonnet-4-6",
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "multilingual", "coding"],
    "aliases": [
        "claude-3-5-sonnet-20250514",  # first catalog's id, never served
        "claude-3-5-sonnet-latest",
        "claude-3-5-sonnet",
        "claude-3.5-sonnet",
    ],
}

CLAUDE_3_5_SONNET_JUNE: ModelSpec = {
    "id": "claude-3-5-sonnet-20240620",
    "name": "Claude 3.5 Sonnet (June 2024)",
    "provider": "anthropic",
    "description": (
        "The original Claude 3.5 Sonnet snapshot of June 2024; deprecated 2025-08-13 and "
        "retired on the Claude API in October 2025."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 8_192,  # 4,096 at launch; 8,192 from July 2024
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.30,
        "cache_write_price_per_1m": 3.75,
        "as_of": "2025-08-13",
    },
    "supported_features": list(_CLAUDE_3_FEATURES),
    "license": "proprietary",
    "paper_url": (
        "https://www-cdn.anthropic.com/fed9cc193a14b84131812372d8d5857f8f304c52/"
        "Model_Card_Claude_3_Addendum.pdf"
    ),
    "release_date": "2024-06-20",
    "knowledge_cutoff": "2024-04",
    "deprecation_date": "2025-08-13",
    "retirement_date": "2025-10-28",
    "successor": "claude-sonnet-4-6",
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "multilingual", "coding"],
}

CLAUDE_3_5_HAIKU: ModelSpec = {
    "id": "claude-3-5-haiku-20241022",
    "name": "Claude 3.5 Haiku",
    "provider": "anthropic",
    "description": (
        "Claude 3.5 Haiku, Anthropic's fastest Claude 3.5 model; retired on the Claude API on "
        "2026-02-19. The first catalog's id claude-3-5-haiku-20250514 was never served and "
        "resolves here."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 8_192,
    "supports_function_calling": True,
    # Text-only at launch; Anthropic added vision on 2025-02-24 (API release notes).
    "supports_vision": True,
    "supports_batch": True,  # Message Batches API
    "pricing": {
        "prompt_price_per_1m": 0.80,
        "completion_price_per_1m": 4.0,
        "cached_price_per_1m": 0.08,
        "cache_write_price_per_1m": 1.0,
        "as_of": _PRICES_2025_11,
    },
    "supported_features": list(_CLAUDE_3_FEATURES),
    "license": "proprietary",
    # Announced 2024-10-22 (the snapshot date); available on the API from 2024-11-04.
    "release_date": "2024-10-22",
    "knowledge_cutoff": "2024-07",  # training data cutoff (models overview)
    # Deprecation announced by 2026-01-12 (the SDKs' warning); exact date not confirmed.
    "retirement_date": "2026-02-19",
    "successor": "claude-haiku-4-5-20251001",
    "reference_url": _DEPRECATIONS,
    "tags": ["small", "vision", "multilingual"],
    "aliases": [
        "claude-3-5-haiku-20250514",  # first catalog's id, never served
        "claude-3-5-haiku-latest",
        "claude-3-5-haiku",
        "claude-3.5-haiku",
    ],
}

CLAUDE_3_OPUS: ModelSpec = {
    "id": "claude-3-opus-20240229",
    "name": "Claude 3 Opus",
    "provider": "anthropic",
    "description": (
        "Claude 3 Opus, the most capable model of Anthropic's Claude 3 family, with vision "
        "and tool use; deprecated 2025-06-30 and retired on the Claude API on 2026-01-05 "
        "(access continued on request)."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,  # Message Batches API
    "pricing": {
        "prompt_price_per_1m": 15.0,
        "completion_price_per_1m": 75.0,
        "cached_price_per_1m": 1.50,
        "cache_write_price_per_1m": 18.75,
        "as_of": _PRICES_2025_11,
    },
    "supported_features": list(_CLAUDE_3_FEATURES),
    "license": "proprietary",
    "paper_url": _CLAUDE_3_MODEL_CARD,
    "release_date": "2024-03-04",
    "knowledge_cutoff": "2023-08",
    "deprecation_date": "2025-06-30",
    "retirement_date": "2026-01-05",
    # Anthropic recommended Claude Opus 4.1, itself retired since; its replacement.
    "successor": "claude-opus-4-8",
    "reference_url": _DEPRECATIONS,
    "tags": ["flagship", "vision", "multilingual"],
    "aliases": ["claude-3-opus-latest", "claude-3-opus"],
}

CLAUDE_3_SONNET: ModelSpec = {
    "id": "claude-3-sonnet-20240229",
    "name": "Claude 3 Sonnet",
    "provider": "anthropic",
    "description": (
        "Claude 3 Sonnet, the balanced mid-tier model of Anthropic's Claude 3 family, with "
        "vision and tool use; retired on the Claude API on 2025-07-21."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    # Not among the models the Message Batches API launched with (3.5 Sonnet, 3 Opus,
    # 3 Haiku); prompt caching was not offered for it either, so no cached price.
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "as_of": "2025-01-21",
    },
    "supported_features": list(_CLAUDE_3_FEATURES),
    "license": "proprietary",
    "paper_url": _CLAUDE_3_MODEL_CARD,
    "release_date": "2024-03-04",
    "knowledge_cutoff": "2023-08",
    "deprecation_date": "2025-01-21",
    "retirement_date": "2025-07-21",
    # Anthropic recommended Claude 3.5 Sonnet, itself retired since; the current chain.
    "successor": "claude-sonnet-4-6",
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "multilingual"],
    "aliases": ["claude-3-sonnet"],
}

CLAUDE_3_HAIKU: ModelSpec = {
    "id": "claude-3-haiku-20240307",
    "name": "Claude 3 Haiku",
    "provider": "anthropic",
    "description": (
        "Claude 3 Haiku, the fastest and most compact model of Anthropic's Claude 3 family, "
        "with vision and tool use; retired on the Claude API on 2026-04-20."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,  # Message Batches API
    "pricing": {
        "prompt_price_per_1m": 0.25,
        "completion_price_per_1m": 1.25,
        "cached_price_per_1m": 0.03,
        "cache_write_price_per_1m": 0.30,
        "as_of": _PRICES_2025_11,
    },
    "supported_features": list(_CLAUDE_3_FEATURES),
    "license": "proprietary",
    "paper_url": _CLAUDE_3_MODEL_CARD,
    "release_date": "2024-03-13",  # API availability; announced with the family on 2024-03-04
    "knowledge_cutoff": "2023-08",
    # Deprecation notice about 60 days before; exact date not confirmed.
    "retirement_date": "2026-04-20",
    "successor": "claude-haiku-4-5-20251001",
    "reference_url": _DEPRECATIONS,
    "tags": ["small", "vision", "multilingual"],
    "aliases": ["claude-3-haiku"],
}

CATALOG = ProviderCatalog(
    provider="anthropic",
    name="Anthropic",
    homepage="https://www.anthropic.com",
    models=(
        CLAUDE_FABLE_5_2,
        CLAUDE_MYTHOS_5_2,
        CLAUDE_FABLE_5_1,
        CLAUDE_MYTHOS_5_1,
        CLAUDE_OPUS_5_5,
        CLAUDE_SONNET_5_5,
        CLAUDE_HAIKU_5_5,
        CLAUDE_FABLE_5,
        CLAUDE_MYTHOS_5,
        CLAUDE_OPUS_5,
        CLAUDE_SONNET_5,
        CLAUDE_OPUS_4_8,
        CLAUDE_OPUS_4_7,
        CLAUDE_OPUS_4_6,
        CLAUDE_SONNET_4_6,
        CLAUDE_OPUS_4_5,
        CLAUDE_HAIKU_4_5,
        CLAUDE_SONNET_4_5,
        CLAUDE_OPUS_4_1,
        CLAUDE_OPUS_4,
        CLAUDE_SONNET_4,
        CLAUDE_MYTHOS_PREVIEW,
        CLAUDE_3_7_SONNET,
        CLAUDE_3_5_SONNET,
        CLAUDE_3_5_SONNET_JUNE,
        CLAUDE_3_5_HAIKU,
        CLAUDE_3_OPUS,
        CLAUDE_3_SONNET,
        CLAUDE_3_HAIKU,
    ),
)
