"""OpenAI models: the API's GPT-6, GPT-5, GPT-4.x, o-series, image, audio, realtime, video,
embedding and moderation models, the recently retired ones, and the gpt-oss open weights.

Sources: OpenAI model pages (developers.openai.com/api/docs/models, formerly
platform.openai.com/docs/models), OpenAI pricing (developers.openai.com/api/docs/pricing), OpenAI
deprecations page (developers.openai.com/api/docs/deprecations: its newest revision, with a notice
date per row, names gpt-6.1-sol / gpt-6.1-terra for GPT-5 and gpt-image-2.6-sunburst / -flare for
the GPT Image models; the rows it cut off in the copy read here come from its 2026-08 revision,
which revised every substitute to the GPT-5.6 family; the 2026-10-14 GPT-4o / GPT-4.1 notice
names gpt-6-luna), the gpt-oss model card (arXiv 2508.10925) and the Hugging
Face config.json of openai/gpt-oss-120b and openai/gpt-oss-20b. Prices and limits cross-checked
with three community catalogs: LiteLLM 1.110.2 (model_prices_and_context_window_backup.json; its
``deprecation_date`` is OpenAI's shutdown date), models.dev 1.0.398 and pydantic/genai-prices
0.2.3 (whose OpenAI rows were last verified against the pricing page on 2026-10-26) and 0.2.5
(2026-11-19) for the models released since.

Conventions: the undated API name is the id and its dated snapshot an alias; an entry's
release date, limits and prices are those of the snapshot the name points at today. GPT-5-style
limits are given as the whole context window (e.g. 272K input + 128K output = 400K context).
``successor`` is the replacement the deprecations page recommends today (OpenAI revises them);
where an older notice named a model that has itself been retired since, it names the end of that
chain and a comment says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.catalog.provider import ProviderCatalog

if TYPE_CHECKING:  # the spec types: for type checking only (modelreg.catalog.provider)
    from modelreg.catalog.provider import ImagePriceSpec, ModelSpec

_DOCS = "https://developers.openai.com/api/docs/models/"
_DEPRECATIONS = "https://developers.openai.com/api/docs/deprecations"
_GPT_OSS_CARD = "https://arxiv.org/abs/2508.10925"
_GPT4_REPORT = "https://arxiv.org/abs/2303.08774"
_GPT4O_CARD = "https://arxiv.org/abs/2410.21276"
_O1_SYSTEM_CARD = "https://arxiv.org/abs/2412.16720"
# The price list every price below was read from: OpenAI's pricing page as of genai-prices
# 0.2.3's last verification (2026-10-26), cross-checked with LiteLLM 1.110.2. Retired models keep
# the last price that list published for them.
_AS_OF = "2026-10-26"
# Models released or priced after that list: their OpenAI model pages as of genai-prices 0.2.5
# (2026-11-19), cross-checked with LiteLLM 1.110.2.
_AS_OF_NOV = "2026-11-19"
# Batch prices and long-context tiers (past 272K prompt tokens the whole request is billed
# at 2x the input and cached prices and 1.5x the output price, "for the full request" as the
# gpt-6.2-sol page says): each model's page on developers.openai.com and the pricing page as
# genai-prices 0.2.5 records them, with LiteLLM 1.110.2 for the two Daybreak models.

# Announcement ("notice") dates on the deprecations page. OpenAI calls a model deprecated from
# the day its shutdown is announced, so these are the deprecation dates.
_DEP_2025_09_15 = "2025-09-15"  # gpt-4o-realtime-preview / -audio-preview, shutdown 2026-05-07
_DEP_2026_04_22 = "2026-04-22"  # "Legacy GPT model snapshots" table (shutdowns 2026-07-23 on)
_DEP_2026_05_08 = "2026-05-08"  # gpt-5.2-chat-latest and gpt-5.3-chat-latest
_DEP_2026_06_02 = "2026-06-02"  # GPT Image models, shutdown 2026-12-01
_DEP_2026_06_11 = "2026-06-11"  # GPT-5 / o3 snapshots, shutdown 2026-12-11
_DEP_2026_07_20 = "2026-07-20"  # legacy audio and realtime models, shutdown 2027-01-20
_DEP_2026_08_26 = "2026-08-26"  # whisper-1 and the GPT-4o transcription models, 2027-02-26
# tts-1, tts-1-hd, gpt-4o-mini-tts, shutdown 2027-01-06, replacement gpt-realtime-2.1-mini (notice
# date and replacement as AssemblyAI's 2026-11-03 migration guide quotes the page).
_DEP_2026_10_01 = "2026-10-01"
_DEP_2026_10_14 = "2026-10-14"  # GPT-4o, GPT-4o mini, GPT-4.1, GPT-4.1 mini, 2027-01-14
_DEP_2026_11_05 = "2026-11-05"  # gpt-5.5-cyber-preview, shutdown 2027-02-01
# gpt-5.1, gpt-5.3-codex and gpt-5.4-nano (shutdown 2027-04-01): the notice is absent from a
# 2026-09-21 copy of the page and present in a 2026-10-07 one; OpenAI's six-month minimum notice
# for generally available models puts it on or before 2026-10-01, the date used here. The
# 2026-10-07 copy names "gpt-6-sol / gpt-6-luna" for the group: Luna for nano, Sol for the others.
_DEP_2027_04_01_NOTICE = "2026-10-01"

# Capability sets shared by a family (each spec still states its own limits, dates and prices).
_API: ModelSpec = {"provider": "openai", "license": "proprietary"}
# GPT-5-generation reasoning models: text and image in, tools, JSON-schema outputs, Batch API.
_REASONING_VISION: ModelSpec = {
    **_API,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
}
# Non-reasoning GPT-4o / GPT-4.1 chat models.
_CHAT_VISION: ModelSpec = {
    **_API,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
}
# JSON mode (response_format json_object) without JSON-schema Structured Outputs.
_JSON_MODE_FEATURES = [
    "max_tokens",
    "n",
    "stop",
    "seed",
    "user",
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "logit_bias",
    "logprobs",
    "top_logprobs",
    "stream",
    "stream_options",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "response_format",
]

# --- gpt-oss: open weights (Apache 2.0), not sold through OpenAI's API, so no pricing ---

GPT_OSS_120B: ModelSpec = {
    "id": "openai/gpt-oss-120b",
    "name": "gpt-oss-120b",
    "provider": "openai",
    "description": (
        "OpenAI's larger open-weight reasoning model: a mixture-of-experts transformer with "
        "128 experts (4 active per token), configurable reasoning effort, tool use and "
        "structured outputs; it fits on a single 80 GB GPU with MXFP4 MoE weights."
    ),
    "architecture": "moe",
    "parameters": 116_830_000_000,  # model card Table 1: 116.83B total (README rounds to 117B)
    "active_parameters": 5_130_000_000,  # model card Table 1: 5.13B active per token
    "num_experts": 128,  # config.json num_local_experts
    "experts_per_token": 4,  # config.json num_experts_per_tok
    "num_layers": 36,  # config.json num_hidden_layers
    "hidden_size": 2880,  # config.json hidden_size
    "num_heads": 64,  # config.json num_attention_heads (8 key-value heads)
    "context_window": 131_072,
    "max_completion_tokens": 131_072,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "license": "apache-2.0",
    "paper_url": _GPT_OSS_CARD,
    "release_date": "2025-08-05",
    "reference_url": _DOCS + "gpt-oss-120b",
    "tags": ["reasoning", "open-weights", "moe"],
    "aliases": ["gpt-oss-120b"],
}

GPT_OSS_20B: ModelSpec = {
    "id": "openai/gpt-oss-20b",
    "name": "gpt-oss-20b",
    "provider": "openai",
    "description": (
        "OpenAI's smaller open-weight reasoning model for low-latency and local use: a "
        "mixture-of-experts transformer with 32 experts (4 active per token) that runs within "
        "16 GB of memory with MXFP4 MoE weights."
    ),
    "architecture": "moe",
    "parameters": 20_910_000_000,  # model card Table 1: 20.91B total (README rounds to 21B)
    "active_parameters": 3_610_000_000,  # model card Table 1: 3.61B active per token
    "num_experts": 32,  # config.json num_local_experts
    "experts_per_token": 4,  # config.json num_experts_per_tok
    "num_layers": 24,  # config.json num_hidden_layers
    "hidden_size": 2880,  # config.json hidden_size
    "num_heads": 64,  # config.json num_attention_heads (8 key-value heads)
    "context_window": 131_072,
    "max_completion_tokens": 131_072,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "license": "apache-2.0",
    "paper_url": _GPT_OSS_CARD,
    "release_date": "2025-08-05",
    "reference_url": _DOCS + "gpt-oss-20b",
    "tags": ["reasoning", "open-weights", "moe"],
    "aliases": ["gpt-oss-20b"],
}

# Never released by OpenAI: a placeholder id carrying gpt-oss-120b's published figures.
GPT_OSS_120B_REALTIME_PREVIEW: ModelSpec = {
    "id": "gpt-oss-120b-realtime-preview",
    "name": "gpt-oss-120b realtime (placeholder)",
    "provider": "openai",
    "description": (
        "Fictional placeholder id: no provider has served a model under this name, and OpenAI "
        "has released no realtime or audio variant of gpt-oss. The entry carries the published "
        "figures of gpt-oss-120b (a text-only open-weight MoE reasoning model) and is classed "
        "as realtime only by its id, so it claims no audio input or output and has no price."
    ),
    "kind": "realtime",
    "fictional": True,
    # Figures of gpt-oss-120b (model card arXiv 2508.10925, config.json, OpenAI model page).
    "architecture": "moe",
    "parameters": 116_830_000_000,
    "active_parameters": 5_130_000_000,
    "num_experts": 128,
    "experts_per_token": 4,
    "num_layers": 36,
    "hidden_size": 2880,
    "num_heads": 64,
    "context_window": 131_072,
    "max_completion_tokens": 131_072,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    # gpt-oss-120b is text in, text out; the realtime derivation would add audio.
    "input_modalities": ["text"],
    "output_modalities": ["text"],
    # gpt-oss-120b's chat parameters, not realtime session ones (no voice, no audio formats).
    "supported_features": [
        "max_completion_tokens",
        "seed",
        "user",
        "stream",
        "stream_options",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
    ],
    "license": "apache-2.0",
    "paper_url": _GPT_OSS_CARD,
    "reference_url": _DOCS + "gpt-oss-120b",
    "tags": ["fictional", "realtime", "preview", "reasoning", "open-weights", "moe"],
}

GPT_OSS_SAFEGUARD_120B: ModelSpec = {
    "id": "openai/gpt-oss-safeguard-120b",
    "name": "gpt-oss-safeguard-120b",
    "provider": "openai",
    "description": (
        "Open-weight safety-classification model fine-tuned from gpt-oss-120b: it reasons over "
        "a developer-supplied policy to label content, with the same mixture-of-experts "
        "architecture as its base."
    ),
    # Same architecture as gpt-oss-120b (its fine-tune; config.json unchanged).
    "architecture": "moe",
    "parameters": 116_830_000_000,
    "active_parameters": 5_130_000_000,
    "num_experts": 128,
    "experts_per_token": 4,
    "num_layers": 36,
    "hidden_size": 2880,
    "num_heads": 64,
    "context_window": 131_072,
    "max_completion_tokens": 131_072,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "license": "apache-2.0",
    "release_date": "2025-10-29",
    "reference_url": "https://huggingface.co/openai/gpt-oss-safeguard-120b",
    "tags": ["reasoning", "open-weights", "moe", "safety"],
    "aliases": ["gpt-oss-safeguard-120b"],
}

GPT_OSS_SAFEGUARD_20B: ModelSpec = {
    "id": "openai/gpt-oss-safeguard-20b",
    "name": "gpt-oss-safeguard-20b",
    "provider": "openai",
    "description": (
        "Open-weight safety-classification model fine-tuned from gpt-oss-20b: it reasons over "
        "a developer-supplied policy to label content, with the same mixture-of-experts "
        "architecture as its base."
    ),
    # Same architecture as gpt-oss-20b (its fine-tune; config.json unchanged).
    "architecture": "moe",
    "parameters": 20_910_000_000,
    "active_parameters": 3_610_000_000,
    "num_experts": 32,
    "experts_per_token": 4,
    "num_layers": 24,
    "hidden_size": 2880,
    "num_heads": 64,
    "context_window": 131_072,
    "max_completion_tokens": 131_072,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "license": "apache-2.0",
    "release_date": "2025-10-29",
    "reference_url": "https://huggingface.co/openai/gpt-oss-safeguard-20b",
    "tags": ["reasoning", "open-weights", "moe", "safety"],
    "aliases": ["gpt-oss-safeguard-20b"],
}

# --- GPT-6 (Astra, Sol, Luna tiers; 922K input + 128K output = 1,050,000-token context) ---

GPT_6_2_ASTRA: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6.2-astra",
    "name": "GPT-6.2 Astra",
    "description": (
        "OpenAI's November 2026 frontier reasoning model for coding and professional work "
        "(software, computer use, documents), priced 20% below GPT-6 Astra with cached input "
        "60% cheaper."
    ),
    "context_window": 1_050_000,  # 922K input + 128K output
    "max_completion_tokens": 128_000,
    # Prompts over 272K input tokens bill the whole request at 2x input and 1.5x output.
    "pricing": {
        "prompt_price_per_1m": 8.00,
        "cached_price_per_1m": 0.40,
        "cache_write_price_per_1m": 10.00,  # 30-minute retention
        "completion_price_per_1m": 40.00,
        "batch_prompt_price_per_1m": 4,
        "batch_completion_price_per_1m": 20,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 16,
            "completion_price_per_1m": 60,
            "cached_price_per_1m": 0.8,
        },
        "as_of": _AS_OF_NOV,
    },
    "release_date": "2026-11-17",
    "reference_url": _DOCS + "gpt-6.2-astra",
    "tags": ["reasoning", "vision", "coding", "agents", "flagship"],
}

GPT_6_2_SOL: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6.2-sol",
    "name": "GPT-6.2 Sol",
    "description": (
        "OpenAI's November 2026 Sol model for everyday work, from coding to agents at scale, at "
        "GPT-6.1 Sol's prices; it rejects reasoning effort none."
    ),
    "context_window": 1_050_000,  # model page: 922,000 max input + 128,000 max output
    "max_completion_tokens": 128_000,
    # Prompts over 272K input tokens bill the whole request at 2x input and cache, 1.5x output.
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.10,
        "cache_write_price_per_1m": 2.50,  # 30-minute retention; 12-hour writes cost $5
        "completion_price_per_1m": 10.00,
        "batch_prompt_price_per_1m": 1,
        "batch_completion_price_per_1m": 5,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 4,
            "completion_price_per_1m": 15,
            "cached_price_per_1m": 0.2,
        },
        "as_of": _AS_OF_NOV,
    },
    "release_date": "2026-11-17",
    "knowledge_cutoff": "2026-06-01",
    "reference_url": _DOCS + "gpt-6.2-sol",
    "tags": ["reasoning", "vision", "coding", "agents"],
}

GPT_6_1_SOL: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6.1-sol",
    "name": "GPT-6.1 Sol",
    "description": (
        "Upgrade of GPT-6 Sol for coding, computer use and professional work at the same "
        "input and output prices, with cached input at half GPT-6 Sol's rate; reasoning effort "
        "runs from low to max."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    # Prompts over 272K input tokens bill 2x input and 1.5x output.
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.10,
        "cache_write_price_per_1m": 2.50,
        "completion_price_per_1m": 10.00,
        "batch_prompt_price_per_1m": 1,
        "batch_completion_price_per_1m": 5,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 4,
            "completion_price_per_1m": 15,
            "cached_price_per_1m": 0.2,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-09-29",
    "reference_url": _DOCS + "gpt-6.1-sol",
    "tags": ["reasoning", "vision", "coding", "agents"],
}

GPT_6_1_TERRA: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6.1-terra",
    "name": "GPT-6.1 Terra",
    "description": (
        "The balanced Terra tier of the GPT-6.1 generation, priced between GPT-6.1 Sol and "
        "GPT-6 Luna, with text and image input and configurable reasoning."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.00,
        "cached_price_per_1m": 0.05,
        "cache_write_price_per_1m": 1.25,
        "completion_price_per_1m": 5.00,
        "batch_prompt_price_per_1m": 0.5,
        "batch_completion_price_per_1m": 2.5,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 2,
            "completion_price_per_1m": 7.5,
            "cached_price_per_1m": 0.1,
        },
        "as_of": _AS_OF,
    },
    "release_date": None,  # not found on a dated OpenAI page
    "reference_url": _DOCS + "gpt-6.1-terra",
    "tags": ["reasoning", "vision"],
}

GPT_6_ASTRA: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6-astra",
    "name": "GPT-6 Astra",
    "description": (
        "The flagship Astra tier of OpenAI's GPT-6 generation for the hardest reasoning, coding "
        "and agentic work, above the Sol and Luna tiers."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 10.00,
        "cached_price_per_1m": 1.00,
        "cache_write_price_per_1m": 12.50,
        "completion_price_per_1m": 50.00,
        "batch_prompt_price_per_1m": 5,
        "batch_completion_price_per_1m": 25,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 20,
            "completion_price_per_1m": 75,
            "cached_price_per_1m": 2,
        },
        "as_of": _AS_OF,
    },
    "release_date": None,  # not found on a dated OpenAI page
    "reference_url": _DOCS + "gpt-6-astra",
    "tags": ["reasoning", "vision", "coding", "agents", "flagship"],
}

GPT_6_SOL: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6-sol",
    "name": "GPT-6 Sol",
    "description": (
        "GPT-6's Sol tier for complex coding and agentic workflows, with reasoning effort from "
        "none to max; OpenAI points to GPT-6.1 Sol as the newer Sol model."
    ),
    "context_window": 1_050_000,  # model page: 1,050,000 context, 128,000 max output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.20,
        "cache_write_price_per_1m": 2.50,
        "completion_price_per_1m": 10.00,
        "batch_prompt_price_per_1m": 1,
        "batch_completion_price_per_1m": 5,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 4,
            "completion_price_per_1m": 15,
            "cached_price_per_1m": 0.4,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-09-22",
    "knowledge_cutoff": "2026-04-20",  # model page
    "reference_url": _DOCS + "gpt-6-sol",
    "tags": ["reasoning", "vision", "coding", "agents"],
}

GPT_6_LUNA: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6-luna",
    "name": "GPT-6 Luna",
    "description": (
        "GPT-6's most efficient tier for focused, high-volume tasks such as classification, "
        "extraction and routing, with text and image input and reasoning effort from none to "
        "max."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 0.10,
        "cached_price_per_1m": 0.01,
        "cache_write_price_per_1m": 0.125,
        "completion_price_per_1m": 0.50,
        "batch_prompt_price_per_1m": 0.05,
        "batch_completion_price_per_1m": 0.25,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 0.2,
            "completion_price_per_1m": 0.75,
            "cached_price_per_1m": 0.02,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-09-22",
    "reference_url": _DOCS + "gpt-6-luna",
    "tags": ["reasoning", "vision", "small"],
}

# --- GPT-5.6 (Sol, Terra, Luna; limited preview 2026-06-26, general availability 2026-07-09) ---

# --- Specialised GPT-6 / GPT-5.x models for vetted organisations (Trusted Access) ---
# Limits and prices from LiteLLM 1.110.2 and genai-prices 0.2.5 (whose rows cite OpenAI's
# pricing page); OpenAI's model pages for them were not in the corpus read here.

GPT_6_ASTRA_LAW: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6-astra-law",
    "name": "GPT-6 Astra Law",
    "description": "GPT-6 Astra's variant for legal work, at GPT-6 Astra's base prices.",
    "context_window": 1_050_000,  # LiteLLM: 922K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 10.00,
        "cached_price_per_1m": 1.00,
        "completion_price_per_1m": 50.00,
        "as_of": _AS_OF_NOV,
    },
    "reference_url": _DOCS + "gpt-6-astra-law",
    "tags": ["reasoning", "vision", "legal"],
}

GPT_6_CYBER: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6-cyber",
    "name": "GPT-6 Cyber",
    "description": (
        "OpenAI's GPT-6 model for cybersecurity defence, for organisations in its Trusted Access "
        "for Cyber programme."
    ),
    "context_window": 1_050_000,  # LiteLLM: 922K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 20.00,
        "cached_price_per_1m": 2.00,
        "cache_write_price_per_1m": 25.00,  # genai-prices
        "completion_price_per_1m": 100.00,
        "as_of": _AS_OF_NOV,
    },
    "reference_url": _DOCS + "gpt-6-cyber",
    "tags": ["reasoning", "vision", "security"],
}

GPT_5_6_CYBER: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.6-cyber",
    "name": "GPT-5.6 Cyber",
    "description": (
        "GPT-5.6 for cybersecurity defence under Trusted Access for Cyber; OpenAI's named "
        "replacement for gpt-5.4-cyber (shut down 2026-10-01)."
    ),
    "context_window": 400_000,  # LiteLLM: 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 12.50,
        "cached_price_per_1m": 1.25,
        "cache_write_price_per_1m": 15.625,  # genai-prices: 1.25x input
        "completion_price_per_1m": 75.00,
        "as_of": _AS_OF_NOV,
    },
    "reference_url": _DOCS + "gpt-5.6-cyber",
    "tags": ["reasoning", "vision", "security"],
}

GPT_5_5_CYBER_PREVIEW: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.5-cyber-preview",
    "name": "GPT-5.5 Cyber (preview)",
    "description": (
        "Preview of GPT-5.5 for cybersecurity defence under Trusted Access for Cyber; OpenAI "
        "deprecated it on 2026-11-05 with shutdown on 2027-02-01."
    ),
    "context_window": None,  # not published in the references read here
    "max_completion_tokens": None,
    "pricing": {
        "prompt_price_per_1m": 12.50,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 75.00,
        "as_of": _AS_OF_NOV,
    },
    "deprecation_date": _DEP_2026_11_05,
    "retirement_date": "2027-02-01",
    # OpenAI's Daybreak guide: "change the model field to gpt-5.6-cyber before that date".
    "successor": "gpt-5.6-cyber",
    "reference_url": "https://developers.openai.com/api/docs/guides/daybreak",
    "tags": ["reasoning", "vision", "security", "deprecated"],
    "aliases": ["gpt-5.5-cyber"],  # LiteLLM and genai-prices list both names at one price
}

GPT_DAYBREAK_BLUE_LATEST: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-daybreak-blue-latest",
    "name": "Daybreak Blue",
    "description": (
        "Moving alias for OpenAI's flagship general-purpose model with safeguards calibrated for "
        "defensive cybersecurity work (Daybreak programme, separate approval); Responses API "
        "only. It points to gpt-5.6-sol."
    ),
    "context_window": 1_050_000,  # model page: 922,000 max input + 128,000 max output
    "max_completion_tokens": 128_000,
    "supports_batch": False,  # model page: Batch not supported
    # Prices: LiteLLM 1.110.2 (gpt-5.6-sol's); 2x input and cache, 1.5x output past 272K.
    "pricing": {
        "prompt_price_per_1m": 4.00,
        "cached_price_per_1m": 0.40,
        "cache_write_price_per_1m": 5.00,
        "completion_price_per_1m": 20.00,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 8,
            "completion_price_per_1m": 30,
            "cached_price_per_1m": 0.8,
        },
        "as_of": _AS_OF_NOV,
    },
    "knowledge_cutoff": "2026-02-16",
    "reference_url": _DOCS + "gpt-daybreak-blue-latest",
    "tags": ["reasoning", "vision", "security"],
    "aliases": ["daybreak-blue-latest"],  # LiteLLM lists both names
}

GPT_DAYBREAK_RED_LATEST: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-daybreak-red-latest",
    "name": "Daybreak Red",
    "description": (
        "Moving alias for OpenAI's cyber model under the Daybreak Red programme (offensive "
        "security work by approved organisations); Responses API only."
    ),
    "context_window": 400_000,  # LiteLLM: 272K input + 128K output
    "max_completion_tokens": 128_000,
    "supports_batch": False,  # LiteLLM: /v1/responses and /v1/chat/completions only
    # Prices: LiteLLM 1.110.2 (gpt-5.6-cyber's); 2x input and cache, 1.5x output past 272K.
    "pricing": {
        "prompt_price_per_1m": 12.50,
        "cached_price_per_1m": 1.25,
        "cache_write_price_per_1m": 15.625,
        "completion_price_per_1m": 75.00,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 25,
            "completion_price_per_1m": 112.5,
            "cached_price_per_1m": 2.5,
        },
        "as_of": _AS_OF_NOV,
    },
    "reference_url": "https://developers.openai.com/api/docs/guides/daybreak",
    "tags": ["reasoning", "vision", "security"],
    "aliases": ["daybreak-red-latest"],  # LiteLLM lists both names
}

GPT_6_ROSALIND: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-6-rosalind",
    "name": "GPT-6 Rosalind",
    "description": (
        "OpenAI's GPT-6 model for life-sciences research (biology, chemistry, drug discovery), "
        "for organisations with trusted access."
    ),
    "context_window": 1_050_000,  # LiteLLM: 922K input + 128K output
    "max_completion_tokens": 128_000,
    # Prompts over 272K input tokens bill the whole request at 2x input and cache, 1.5x output.
    "pricing": {
        "prompt_price_per_1m": 15.00,
        "cached_price_per_1m": 1.50,
        "cache_write_price_per_1m": 18.75,  # genai-prices
        "completion_price_per_1m": 75.00,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 30,
            "completion_price_per_1m": 112.5,
            "cached_price_per_1m": 3,
        },
        "as_of": _AS_OF_NOV,
    },
    "reference_url": _DOCS + "gpt-6-rosalind",
    "tags": ["reasoning", "vision", "science"],
}

GPT_ROSALIND_RESEARCH: ModelSpec = {
    **_API,
    "id": "gpt-rosalind-research",
    "name": "GPT Rosalind Research",
    "description": "OpenAI's Rosalind life-sciences model for research workflows.",
    "context_window": None,  # not published in the references read here
    "max_completion_tokens": None,
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 0.50,
        "completion_price_per_1m": 25.00,
        "as_of": _AS_OF_NOV,
    },
    "reference_url": _DOCS + "gpt-rosalind-research",
    "tags": ["science"],
}

GPT_ROSALIND_DISCOVERY: ModelSpec = {
    **_API,
    "id": "gpt-rosalind-discovery",
    "name": "GPT Rosalind Discovery",
    "description": "OpenAI's Rosalind life-sciences model for discovery workflows.",
    "context_window": None,  # not published in the references read here
    "max_completion_tokens": None,
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 0.50,
        "completion_price_per_1m": 25.00,
        "as_of": _AS_OF_NOV,
    },
    "reference_url": _DOCS + "gpt-rosalind-discovery",
    "tags": ["science"],
}

GPT_5_6_SOL: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.6-sol",
    "name": "GPT-5.6 Sol",
    "description": (
        "Flagship of the GPT-5.6 family for agentic coding, biology and cybersecurity work, "
        "with max and ultra (parallel sub-agent) reasoning modes; the gpt-5.6 alias routes "
        "to it."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    # Current list price; the June 2026 preview announced $5 / $30.
    "pricing": {
        "prompt_price_per_1m": 4.00,
        "cached_price_per_1m": 0.40,
        "cache_write_price_per_1m": 5.00,
        "completion_price_per_1m": 20.00,
        "batch_prompt_price_per_1m": 2,
        "batch_completion_price_per_1m": 10,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 8,
            "completion_price_per_1m": 30,
            "cached_price_per_1m": 0.8,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-07-09",
    "reference_url": _DOCS + "gpt-5.6-sol",
    "tags": ["reasoning", "vision", "coding", "agents"],
    "aliases": ["gpt-5.6"],
}

GPT_5_6_TERRA: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.6-terra",
    "name": "GPT-5.6 Terra",
    "description": (
        "The balanced GPT-5.6 model for everyday production work, which OpenAI positions at "
        "GPT-5.5-level performance for a lower price."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    # Current list price; the June 2026 preview announced $2.50 / $15.
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.20,
        "cache_write_price_per_1m": 2.50,
        "completion_price_per_1m": 12.00,
        "batch_prompt_price_per_1m": 1,
        "batch_completion_price_per_1m": 6,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 4,
            "completion_price_per_1m": 18,
            "cached_price_per_1m": 0.4,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-07-09",
    "reference_url": _DOCS + "gpt-5.6-terra",
    "tags": ["reasoning", "vision"],
}

GPT_5_6_LUNA: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.6-luna",
    "name": "GPT-5.6 Luna",
    "description": (
        "The fastest and cheapest GPT-5.6 model, for high-volume, latency-sensitive work."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    # Current list price; the June 2026 preview announced $1 / $6.
    "pricing": {
        "prompt_price_per_1m": 0.20,
        "cached_price_per_1m": 0.02,
        "cache_write_price_per_1m": 0.25,
        "completion_price_per_1m": 1.20,
        "batch_prompt_price_per_1m": 0.1,
        "batch_completion_price_per_1m": 0.6,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 0.4,
            "completion_price_per_1m": 1.8,
            "cached_price_per_1m": 0.04,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-07-09",
    "reference_url": _DOCS + "gpt-5.6-luna",
    "tags": ["reasoning", "vision", "small"],
}

CHAT_LATEST: ModelSpec = {
    **_REASONING_VISION,
    "id": "chat-latest",
    "name": "ChatGPT chat model (latest)",
    "description": (
        "Moving alias for the model currently used in ChatGPT, for testing ChatGPT's behaviour "
        "in the API; OpenAI does not recommend it for production."
    ),
    # OpenAI's model page: 400K context, 128K max output (the audit of issue 25); LiteLLM's
    # 400,000 is its input limit.
    "context_window": 400_000,
    "max_completion_tokens": 128_000,
    "supports_batch": False,
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 0.50,
        "completion_price_per_1m": 30.00,
        "as_of": _AS_OF,
    },
    "reference_url": _DOCS + "chat-latest",
    "tags": ["reasoning", "vision", "chatgpt"],
}

# --- GPT-5.5 and GPT-5.4 ---

GPT_5_5: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.5",
    "name": "GPT-5.5",
    "description": (
        "OpenAI's April 2026 frontier model for complex professional work, agentic coding and "
        "computer use, with a 1M-token context and reasoning effort from none to xhigh."
    ),
    "context_window": 1_050_000,  # 922K input + 128K output
    "max_completion_tokens": 128_000,
    # Prompts over 272K input tokens bill 2x input and 1.5x output.
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 0.50,
        "completion_price_per_1m": 30.00,
        "batch_prompt_price_per_1m": 2.5,
        "batch_completion_price_per_1m": 15,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 10,
            "completion_price_per_1m": 45,
            "cached_price_per_1m": 1,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-04-23",
    "knowledge_cutoff": "2025-12-01",  # models.dev; not read on the model page itself
    "reference_url": _DOCS + "gpt-5.5",
    "tags": ["reasoning", "vision", "coding", "agents"],
    "aliases": ["gpt-5.5-2026-04-23"],
}

GPT_5_5_PRO: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.5-pro",
    "name": "GPT-5.5 pro",
    "description": (
        "GPT-5.5 with more compute per request for harder problems; Responses API only, "
        "without cached-input pricing."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    # The model page: structured outputs supported, streaming not (as symfony/ai's maintainer
    # quoted it reviewing symfony/ai#2125, 2026-06-03).
    "supports_streaming": False,
    "pricing": {
        "prompt_price_per_1m": 30.00,
        "completion_price_per_1m": 180.00,
        "batch_prompt_price_per_1m": 15,
        "batch_completion_price_per_1m": 90,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 60,
            "completion_price_per_1m": 270,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-04-23",
    "reference_url": _DOCS + "gpt-5.5-pro",
    "tags": ["reasoning", "vision", "pro"],
    "aliases": ["gpt-5.5-pro-2026-04-23"],
}

GPT_5_4: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.4",
    "name": "GPT-5.4",
    "description": (
        "OpenAI's March 2026 frontier model that unified the GPT and Codex lines, with a "
        "1M-token context window, text and image input and tool use."
    ),
    "context_window": 1_050_000,  # 922K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "cached_price_per_1m": 0.25,
        "completion_price_per_1m": 15.00,
        "batch_prompt_price_per_1m": 1.25,
        "batch_completion_price_per_1m": 7.5,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 5,
            "completion_price_per_1m": 22.5,
            "cached_price_per_1m": 0.5,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-03-05",
    "knowledge_cutoff": "2025-08-31",  # models.dev and Box's model card (Aug 31, 2025)
    "reference_url": _DOCS + "gpt-5.4",
    "tags": ["reasoning", "vision", "coding", "agents"],
    "aliases": ["gpt-5.4-2026-03-05"],
}

GPT_5_4_PRO: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.4-pro",
    "name": "GPT-5.4 pro",
    "description": (
        "GPT-5.4 with more compute per request for harder problems; Responses API only. OpenAI "
        "named it the substitute for the retired deep-research models."
    ),
    "context_window": 1_050_000,
    "max_completion_tokens": 128_000,
    # The model page's features table: structured outputs not supported (as LiteLLM's
    # maintainers transcribed it adding the model, BerriAI/litellm#22954; models.dev agrees).
    "supports_structured_output": False,
    "pricing": {
        "prompt_price_per_1m": 30.00,
        "completion_price_per_1m": 180.00,
        "batch_prompt_price_per_1m": 15,
        "batch_completion_price_per_1m": 90,
        "long_context": {
            "threshold_tokens": 272000,
            "applies_to": "request",
            "prompt_price_per_1m": 60,
            "completion_price_per_1m": 270,
        },
        "as_of": _AS_OF,
    },
    "release_date": "2026-03-05",
    "knowledge_cutoff": "2025-08-31",  # only in models.dev, unconfirmed
    "reference_url": _DOCS + "gpt-5.4-pro",
    "tags": ["reasoning", "vision", "pro"],
    "aliases": ["gpt-5.4-pro-2026-03-05"],
}

GPT_5_4_MINI: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.4-mini",
    "name": "GPT-5.4 mini",
    "description": "Smaller, cheaper GPT-5.4 model for high-volume reasoning and coding tasks.",
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 0.75,
        "cached_price_per_1m": 0.075,
        "completion_price_per_1m": 4.50,
        "batch_prompt_price_per_1m": 0.375,
        "batch_completion_price_per_1m": 2.25,
        "as_of": _AS_OF,
    },
    "release_date": "2026-03-17",
    "knowledge_cutoff": "2025-08-31",  # only in models.dev, unconfirmed
    "reference_url": _DOCS + "gpt-5.4-mini",
    "tags": ["reasoning", "vision", "small"],
    "aliases": ["gpt-5.4-mini-2026-03-17"],
}

GPT_5_4_NANO: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.4-nano",
    "name": "GPT-5.4 nano",
    "description": (
        "The smallest, cheapest GPT-5.4 model for classification, extraction and other "
        "simple high-volume tasks; OpenAI has scheduled its shutdown for 2027-04-01."
    ),
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 0.20,
        "cached_price_per_1m": 0.02,
        "completion_price_per_1m": 1.25,
        "batch_prompt_price_per_1m": 0.1,
        "batch_completion_price_per_1m": 0.625,
        "as_of": _AS_OF,
    },
    "release_date": "2026-03-17",
    "knowledge_cutoff": "2025-08-31",  # only in models.dev, unconfirmed
    "deprecation_date": _DEP_2027_04_01_NOTICE,
    "retirement_date": "2027-04-01",
    "successor": "gpt-6-luna",
    "reference_url": _DOCS + "gpt-5.4-nano",
    "tags": ["reasoning", "vision", "small", "deprecated"],
    "aliases": ["gpt-5.4-nano-2026-03-17"],
}

# --- GPT-5.3, GPT-5.2, GPT-5.1 ---

GPT_5_3_CODEX: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.3-codex",
    "name": "GPT-5.3-Codex",
    "description": (
        "GPT-5.3 optimised for agentic coding in Codex and the Responses API; OpenAI has "
        "scheduled its shutdown for 2027-04-01."
    ),
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.75,
        "cached_price_per_1m": 0.175,
        "completion_price_per_1m": 14.00,
        "as_of": _AS_OF,
    },
    "release_date": "2026-02-05",
    "knowledge_cutoff": "2025-08-31",  # only in models.dev, unconfirmed
    "deprecation_date": _DEP_2027_04_01_NOTICE,
    "retirement_date": "2027-04-01",
    "successor": "gpt-6-sol",
    "reference_url": _DOCS + "gpt-5.3-codex",
    "tags": ["reasoning", "vision", "coding", "deprecated"],
}

GPT_5_3_CODEX_SPARK: ModelSpec = {
    **_API,
    "id": "gpt-5.3-codex-spark",
    "name": "GPT-5.3-Codex-Spark",
    "description": (
        "A smaller GPT-5.3-Codex for real-time coding, served on Cerebras hardware: a research "
        "preview for ChatGPT Pro users in Codex (app, CLI, IDE extension), in the API only for "
        "a small set of design partners; text only."
    ),
    # OpenAI's announcement: "At launch, Codex-Spark has a 128k context window and is
    # text-only"; it gives no output limit, prices or date in what was read.
    "context_window": 128_000,
    "max_completion_tokens": None,
    "status": "preview",  # OpenAI: research preview
    "reference_url": "https://openai.com/index/introducing-gpt-5-3-codex-spark/",
    "tags": ["coding", "preview"],
}

GPT_5_3_CHAT_LATEST: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.3-chat-latest",
    "name": "GPT-5.3 Chat (latest)",
    "description": (
        "The GPT-5.3 Instant snapshot used in ChatGPT, for the API's chat use; OpenAI shut it "
        "down on 2026-08-10 in favour of gpt-5.5."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    # OpenAI's model page (_DOCS + "gpt-5.3-chat-latest") rates its performance, not its
    # reasoning, and lists no reasoning token support: GPT-5.3 Instant does not reason.
    "supports_reasoning": False,
    "supports_batch": False,
    "pricing": {
        "prompt_price_per_1m": 1.75,
        "cached_price_per_1m": 0.175,
        "completion_price_per_1m": 14.00,
        "as_of": _AS_OF,
    },
    "release_date": "2026-03-03",
    "knowledge_cutoff": "2025-08-31",
    "deprecation_date": _DEP_2026_05_08,
    "retirement_date": "2026-08-10",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "chatgpt"],
}

GPT_5_2: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.2",
    "name": "GPT-5.2",
    "description": (
        "OpenAI's December 2025 GPT-5 flagship for coding and agentic tasks, with "
        "configurable reasoning effort and text and image input."
    ),
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.75,
        "cached_price_per_1m": 0.175,
        "completion_price_per_1m": 14.00,
        "batch_prompt_price_per_1m": 0.875,
        "batch_completion_price_per_1m": 7,
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-11",
    "knowledge_cutoff": "2025-08-31",
    "reference_url": _DOCS + "gpt-5.2",
    "tags": ["reasoning", "vision", "coding"],
    "aliases": ["gpt-5.2-2025-12-11"],
}

GPT_5_2_PRO: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.2-pro",
    "name": "GPT-5.2 pro",
    "description": "GPT-5.2 with more compute per request for harder problems; Responses API only.",
    "context_window": 400_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 21.00,
        "completion_price_per_1m": 168.00,
        "batch_prompt_price_per_1m": 10.5,
        "batch_completion_price_per_1m": 84,
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-11",
    "knowledge_cutoff": "2025-08-31",
    "reference_url": _DOCS + "gpt-5.2-pro",
    "tags": ["reasoning", "vision", "pro"],
    "aliases": ["gpt-5.2-pro-2025-12-11"],
}

GPT_5_2_CODEX: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.2-codex",
    "name": "GPT-5.2-Codex",
    "description": (
        "GPT-5.2 optimised for agentic coding; OpenAI shut it down on 2026-07-23 with gpt-5.4 "
        "as the substitute."
    ),
    "context_window": 400_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.75,
        "cached_price_per_1m": 0.175,
        "completion_price_per_1m": 14.00,
        "as_of": _AS_OF,
    },
    "release_date": "2026-01-14",  # OpenAI API changelog (developers.openai.com/api/docs/changelog)
    "knowledge_cutoff": "2025-08-31",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding"],
}

GPT_5_2_CHAT_LATEST: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.2-chat-latest",
    "name": "GPT-5.2 Chat (latest)",
    "description": (
        "The GPT-5.2 Instant snapshot used in ChatGPT; OpenAI shut it down on 2026-08-10 in "
        "favour of gpt-5.5."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_batch": False,
    "pricing": {
        "prompt_price_per_1m": 1.75,
        "cached_price_per_1m": 0.175,
        "completion_price_per_1m": 14.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-11",
    "knowledge_cutoff": "2025-08-31",
    "deprecation_date": _DEP_2026_05_08,
    "retirement_date": "2026-08-10",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "chatgpt"],
}

GPT_5_1: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.1",
    "name": "GPT-5.1",
    "description": (
        "OpenAI's November 2025 GPT-5 update with adaptive reasoning (including a 'none' "
        "effort) for coding and agentic tasks; OpenAI has scheduled its shutdown for "
        "2027-04-01."
    ),
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "batch_prompt_price_per_1m": 0.625,
        "batch_completion_price_per_1m": 5,
        "as_of": _AS_OF,
    },
    "release_date": "2025-11-13",
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2027_04_01_NOTICE,
    "retirement_date": "2027-04-01",
    "successor": "gpt-6-sol",
    "reference_url": _DOCS + "gpt-5.1",
    "tags": ["reasoning", "vision", "coding", "deprecated"],
    "aliases": ["gpt-5.1-2025-11-13"],
}

GPT_5_1_CODEX: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.1-codex",
    "name": "GPT-5.1-Codex",
    "description": (
        "GPT-5.1 optimised for agentic coding in Codex; OpenAI shut it down on 2026-07-23."
    ),
    "context_window": 400_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-11-13",
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    # The table names gpt-5, itself retiring on 2026-12-11; its sibling codex rows name gpt-5.4.
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding"],
}

GPT_5_1_CODEX_MAX: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.1-codex-max",
    "name": "GPT-5.1-Codex-Max",
    "description": (
        "Long-running agentic coding variant of GPT-5.1-Codex; OpenAI shut it down on "
        "2026-07-23 with gpt-5.4 as the substitute."
    ),
    "context_window": 400_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "as_of": _AS_OF,
    },
    "release_date": None,  # models.dev gives GPT-5.1's date; the API release date unconfirmed
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding"],
}

GPT_5_1_CODEX_MINI: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.1-codex-mini",
    "name": "GPT-5.1-Codex-Mini",
    "description": (
        "Smaller, cheaper GPT-5.1-Codex; OpenAI shut it down on 2026-07-23 with gpt-5.4-mini "
        "as the substitute."
    ),
    "context_window": 400_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 0.25,
        "cached_price_per_1m": 0.025,
        "completion_price_per_1m": 2.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-11-13",
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-terra",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding", "small"],
}

GPT_5_1_CHAT_LATEST: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5.1-chat-latest",
    "name": "GPT-5.1 Chat (latest)",
    "description": (
        "The GPT-5.1 Instant snapshot used in ChatGPT; OpenAI shut it down on 2026-07-23."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_batch": False,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-11-13",
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    # OpenAI named gpt-5.3-chat-latest, retired 2026-08-10 in favour of gpt-5.5.
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "chatgpt"],
}

# --- GPT-5 (August 2025); OpenAI retires the dated snapshots on 2026-12-11 ---

GPT_5: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5",
    "name": "GPT-5",
    "description": (
        "OpenAI's August 2025 flagship reasoning model for coding and agentic tasks, with "
        "reasoning effort and verbosity controls; the alias points to gpt-5-2025-08-07, which "
        "OpenAI retires on 2026-12-11."
    ),
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "batch_prompt_price_per_1m": 0.625,
        "batch_completion_price_per_1m": 5,
        "as_of": _AS_OF,
    },
    "paper_url": "https://cdn.openai.com/gpt-5-system-card.pdf",
    "release_date": "2025-08-07",
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_06_11,
    "retirement_date": "2026-12-11",
    "successor": "gpt-6.1-sol",  # the page's newest revision
    "reference_url": _DOCS + "gpt-5",
    "tags": ["reasoning", "vision", "coding", "deprecated"],
    "aliases": ["gpt-5-2025-08-07"],
}

GPT_5_MINI: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5-mini",
    "name": "GPT-5 mini",
    "description": (
        "Faster, cheaper GPT-5 for well-defined tasks; the alias points to "
        "gpt-5-mini-2025-08-07, which OpenAI retires on 2026-12-11."
    ),
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 0.25,
        "cached_price_per_1m": 0.025,
        "completion_price_per_1m": 2.00,
        "batch_prompt_price_per_1m": 0.125,
        "batch_completion_price_per_1m": 1,
        "as_of": _AS_OF,
    },
    "release_date": "2025-08-07",
    "knowledge_cutoff": "2024-05-31",
    "deprecation_date": _DEP_2026_06_11,
    "retirement_date": "2026-12-11",
    "successor": "gpt-6.1-terra",  # the page's newest revision
    "reference_url": _DOCS + "gpt-5-mini",
    "tags": ["reasoning", "vision", "small", "deprecated"],
    "aliases": ["gpt-5-mini-2025-08-07"],
}

GPT_5_NANO: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5-nano",
    "name": "GPT-5 nano",
    "description": (
        "The fastest, cheapest GPT-5 for summarisation and classification; the alias points "
        "to gpt-5-nano-2025-08-07, which OpenAI retires on 2026-12-11."
    ),
    "context_window": 400_000,  # 272K input + 128K output
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 0.05,
        "cached_price_per_1m": 0.005,
        "completion_price_per_1m": 0.40,
        "batch_prompt_price_per_1m": 0.025,
        "batch_completion_price_per_1m": 0.2,
        "as_of": _AS_OF,
    },
    "release_date": "2025-08-07",
    "knowledge_cutoff": "2024-05-31",
    "deprecation_date": _DEP_2026_06_11,
    "retirement_date": "2026-12-11",
    "successor": "gpt-5.6-luna",  # 2026-08 revision; the newest row was cut off in my copy
    "reference_url": _DOCS + "gpt-5-nano",
    "tags": ["reasoning", "vision", "small", "deprecated"],
    "aliases": ["gpt-5-nano-2025-08-07"],
}

GPT_5_PRO: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5-pro",
    "name": "GPT-5 pro",
    "description": (
        "GPT-5 with more compute per request (high reasoning effort only, Responses API); the "
        "alias points to gpt-5-pro-2025-10-06, which OpenAI retires on 2026-12-11."
    ),
    "context_window": 400_000,
    "max_completion_tokens": 272_000,  # model page: 272,000 max output tokens
    "pricing": {
        "prompt_price_per_1m": 15.00,
        "completion_price_per_1m": 120.00,
        "batch_prompt_price_per_1m": 7.5,
        "batch_completion_price_per_1m": 60,
        "as_of": _AS_OF,
    },
    "release_date": "2025-10-06",
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_06_11,
    "retirement_date": "2026-12-11",
    "successor": "gpt-5.6-sol",  # with reasoning.mode pro (2026-08 revision)
    "reference_url": _DOCS + "gpt-5-pro",
    "tags": ["reasoning", "vision", "pro", "deprecated"],
    "aliases": ["gpt-5-pro-2025-10-06"],
}

GPT_5_CODEX: ModelSpec = {
    **_REASONING_VISION,
    "id": "gpt-5-codex",
    "name": "GPT-5-Codex",
    "description": (
        "GPT-5 optimised for agentic coding in Codex (Responses API only); OpenAI shut it down "
        "on 2026-07-23 with gpt-5.4 as the substitute."
    ),
    "context_window": 400_000,
    "max_completion_tokens": 128_000,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-09-15",  # launch in Codex (models.dev); the API followed on 09-23
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "coding"],
}

GPT_5_CHAT_LATEST: ModelSpec = {
    **_API,
    "id": "gpt-5-chat-latest",
    "name": "GPT-5 Chat (latest)",
    "description": (
        "The non-reasoning GPT-5 snapshot used in ChatGPT, offered in the API for chat use; "
        "OpenAI shut it down on 2026-07-23."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_vision": True,
    "supports_structured_output": True,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-08-07",
    "knowledge_cutoff": "2024-09-30",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    # OpenAI named gpt-5.3-chat-latest, retired 2026-08-10 in favour of gpt-5.5.
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "chatgpt"],
}

GPT_5_SEARCH_API: ModelSpec = {
    **_API,
    "id": "gpt-5-search-api",
    "name": "GPT-5 Search API",
    "description": (
        "GPT-5 variant for Chat Completions that searches the web before answering; the alias "
        "points to gpt-5-search-api-2025-10-14."
    ),
    # OpenAI's pricing page names the model but no model page gives its limits.
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "supports_structured_output": True,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "cached_price_per_1m": 0.125,
        "completion_price_per_1m": 10.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-10-14",
    "reference_url": "https://developers.openai.com/api/docs/pricing",
    "tags": ["search", "vision"],
    "aliases": ["gpt-5-search-api-2025-10-14"],
}

# --- GPT-4.5 and GPT-4.1 ---

GPT_4_5_PREVIEW: ModelSpec = {
    **_CHAT_VISION,
    "id": "gpt-4.5-preview",
    "name": "GPT-4.5 (preview)",
    "description": (
        "Research preview of OpenAI's largest GPT model of early 2025 (snapshot "
        "gpt-4.5-preview-2025-02-27); OpenAI deprecated it in favour of GPT-4.1 and removed it "
        "from the API on 2025-07-14."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "pricing": {
        "prompt_price_per_1m": 75.00,
        "cached_price_per_1m": 37.50,
        "completion_price_per_1m": 150.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-02-27",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": "2025-04-14",
    "retirement_date": "2025-07-14",
    "successor": "gpt-6-luna",  # OpenAI named gpt-4.1, whose substitute is gpt-6-luna
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "preview"],
    "aliases": ["gpt-4.5-preview-2025-02-27"],
}

GPT_4_1: ModelSpec = {
    **_CHAT_VISION,
    "id": "gpt-4.1",
    "name": "GPT-4.1",
    "description": (
        "OpenAI's April 2025 non-reasoning model with a 1M-token context, strong instruction "
        "following and tool calling; the alias points to gpt-4.1-2025-04-14, with API shutdown "
        "scheduled for 2027-01-14."
    ),
    "context_window": 1_047_576,
    "max_completion_tokens": 32_768,
    "supports_predicted_outputs": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.50,
        "completion_price_per_1m": 8.00,
        "batch_prompt_price_per_1m": 1,
        "batch_completion_price_per_1m": 4,
        "as_of": _AS_OF,
    },
    "release_date": "2025-04-14",
    "knowledge_cutoff": "2024-06-01",
    # 2026-10-14 notice on the deprecations page: shutdown 2027-01-14, replacement gpt-6-luna.
    "deprecation_date": _DEP_2026_10_14,
    "retirement_date": "2027-01-14",
    "successor": "gpt-6-luna",
    "reference_url": _DOCS + "gpt-4.1",
    "tags": ["vision", "long-context", "deprecated"],
    "aliases": ["gpt-4.1-2025-04-14"],
}

GPT_4_1_MINI: ModelSpec = {
    **_CHAT_VISION,
    "id": "gpt-4.1-mini",
    "name": "GPT-4.1 mini",
    "description": (
        "Smaller, cheaper GPT-4.1 with the same 1M-token context; the alias points to "
        "gpt-4.1-mini-2025-04-14, with API shutdown scheduled for 2027-01-14."
    ),
    "context_window": 1_047_576,
    "max_completion_tokens": 32_768,
    "supports_predicted_outputs": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 0.40,
        "cached_price_per_1m": 0.10,
        "completion_price_per_1m": 1.60,
        "batch_prompt_price_per_1m": 0.2,
        "batch_completion_price_per_1m": 0.8,
        "as_of": _AS_OF,
    },
    "release_date": "2025-04-14",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": _DEP_2026_10_14,
    "retirement_date": "2027-01-14",
    "successor": "gpt-6-luna",
    "reference_url": _DOCS + "gpt-4.1-mini",
    "tags": ["vision", "long-context", "small", "deprecated"],
    "aliases": ["gpt-4.1-mini-2025-04-14"],
}

GPT_4_1_NANO: ModelSpec = {
    **_CHAT_VISION,
    "id": "gpt-4.1-nano",
    "name": "GPT-4.1 nano",
    "description": (
        "The smallest GPT-4.1 (snapshot gpt-4.1-nano-2025-04-14) with a 1M-token context; "
        "OpenAI shut it down on 2026-10-23."
    ),
    "context_window": 1_047_576,
    "max_completion_tokens": 32_768,
    "supports_predicted_outputs": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 0.10,
        "cached_price_per_1m": 0.025,
        "completion_price_per_1m": 0.40,
        "as_of": _AS_OF,
    },
    "release_date": "2025-04-14",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-luna",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "long-context", "small"],
    "aliases": ["gpt-4.1-nano-2025-04-14"],
}

# --- GPT-4o family: one entry per snapshot ---

GPT_4O: ModelSpec = {
    **_CHAT_VISION,
    "id": "gpt-4o",
    "name": "GPT-4o",
    "description": (
        "OpenAI's multimodal GPT-4o ('omni') model with text and image input; the gpt-4o alias "
        "points to the gpt-4o-2024-08-06 snapshot described here (Structured Outputs, 16K "
        "output). OpenAI has deprecated it, with API shutdown scheduled for 2027-01-14."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_predicted_outputs": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 10.00,
        "batch_prompt_price_per_1m": 1.25,
        "batch_completion_price_per_1m": 5,
        "as_of": _AS_OF,
    },
    "paper_url": _GPT4O_CARD,
    "release_date": "2024-08-06",  # the 2024-08-06 snapshot (GPT-4o itself launched 2024-05-13)
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_10_14,
    "retirement_date": "2027-01-14",
    "successor": "gpt-6-luna",
    "reference_url": _DOCS + "gpt-4o",
    "tags": ["vision", "multilingual", "deprecated"],
    "aliases": ["gpt-4o-2024-08-06"],
}

GPT_4O_2024_11_20: ModelSpec = {
    **_CHAT_VISION,
    "id": "gpt-4o-2024-11-20",
    "name": "GPT-4o (2024-11-20)",
    "description": (
        "The November 2024 GPT-4o snapshot with improved creative writing, at gpt-4o's prices; "
        "OpenAI has deprecated it, with API shutdown scheduled for 2027-01-14."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_predicted_outputs": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 10.00,
        "batch_prompt_price_per_1m": 1.25,
        "batch_completion_price_per_1m": 5,
        "as_of": _AS_OF,
    },
    "paper_url": _GPT4O_CARD,
    "release_date": "2024-11-20",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_10_14,
    "retirement_date": "2027-01-14",
    "successor": "gpt-6-luna",
    "reference_url": _DOCS + "gpt-4o",
    "tags": ["vision", "multilingual", "deprecated"],
}

GPT_4O_2024_05_13: ModelSpec = {
    **_API,
    "id": "gpt-4o-2024-05-13",
    "name": "GPT-4o (2024-05-13)",
    "description": (
        "The original May 2024 GPT-4o snapshot (4K output, JSON mode but no Structured "
        "Outputs), priced above later snapshots; OpenAI shut it down on 2026-10-23."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,
    "supported_features": _JSON_MODE_FEATURES,
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "completion_price_per_1m": 15.00,
        "as_of": _AS_OF,
    },
    "paper_url": _GPT4O_CARD,
    "release_date": "2024-05-13",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "multilingual"],
}

CHATGPT_4O_LATEST: ModelSpec = {
    **_API,
    "id": "chatgpt-4o-latest",
    "name": "ChatGPT-4o (latest)",
    "description": (
        "Moving alias for the GPT-4o version used in ChatGPT; OpenAI deprecated it on "
        "2025-11-18 and removed it from the API on 2026-02-17."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_vision": True,
    # JSON mode; no function calling on this alias.
    "supported_features": [f for f in _JSON_MODE_FEATURES if "tool" not in f],
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "completion_price_per_1m": 15.00,
        "as_of": _AS_OF,
    },
    "release_date": "2024-08-13",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": "2025-11-18",
    "retirement_date": "2026-02-17",
    # OpenAI named gpt-5.1-chat-latest, retired 2026-07-23 (then gpt-5.3-chat-latest -> gpt-5.5).
    "successor": "gpt-5.6-sol",  # OpenAI named gpt-5.1-chat-latest, whose substitute is gpt-5.6-sol
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "chatgpt"],
}

GPT_4O_MINI: ModelSpec = {
    **_CHAT_VISION,
    "id": "gpt-4o-mini",
    "name": "GPT-4o mini",
    "description": (
        "OpenAI's small, low-cost GPT-4o model with text and image input, the replacement "
        "for GPT-3.5 Turbo; the alias points to gpt-4o-mini-2024-07-18. OpenAI has "
        "deprecated it, with API shutdown scheduled for 2027-01-14."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_predicted_outputs": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 0.15,
        "cached_price_per_1m": 0.075,
        "completion_price_per_1m": 0.60,
        "batch_prompt_price_per_1m": 0.075,
        "batch_completion_price_per_1m": 0.3,
        "as_of": _AS_OF,
    },
    "release_date": "2024-07-18",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_10_14,
    "retirement_date": "2027-01-14",
    "successor": "gpt-6-luna",
    "reference_url": _DOCS + "gpt-4o-mini",
    "tags": ["vision", "small", "deprecated"],
    "aliases": ["gpt-4o-mini-2024-07-18"],
}

GPT_4O_SEARCH_PREVIEW: ModelSpec = {
    **_API,
    "id": "gpt-4o-search-preview",
    "name": "GPT-4o Search Preview",
    "description": (
        "GPT-4o trained to search the web in Chat Completions (snapshot "
        "gpt-4o-search-preview-2025-03-11); OpenAI shut it down on 2026-07-23."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_structured_output": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "completion_price_per_1m": 10.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-03-11",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-terra",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["search", "preview"],
    "aliases": ["gpt-4o-search-preview-2025-03-11"],
}

GPT_4O_MINI_SEARCH_PREVIEW: ModelSpec = {
    **_API,
    "id": "gpt-4o-mini-search-preview",
    "name": "GPT-4o mini Search Preview",
    "description": (
        "GPT-4o mini trained to search the web in Chat Completions (snapshot "
        "gpt-4o-mini-search-preview-2025-03-11); OpenAI shut it down on 2026-07-23."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_structured_output": True,
    "pricing": {
        "prompt_price_per_1m": 0.15,
        "completion_price_per_1m": 0.60,
        "as_of": _AS_OF,
    },
    "release_date": "2025-03-11",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-terra",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["search", "preview", "small"],
    "aliases": ["gpt-4o-mini-search-preview-2025-03-11"],
}

# --- GPT-4 and GPT-3.5 (legacy) ---

GPT_4_TURBO: ModelSpec = {
    **_API,
    "id": "gpt-4-turbo",
    "name": "GPT-4 Turbo",
    "description": (
        "GPT-4 Turbo with vision, a cheaper 128K-context successor to GPT-4 with JSON mode "
        "(no JSON-schema Structured Outputs); the alias points to gpt-4-turbo-2024-04-09. "
        "OpenAI shut it down in the API on 2026-10-23."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,
    "supported_features": _JSON_MODE_FEATURES,  # JSON mode only
    "pricing": {
        "prompt_price_per_1m": 10.00,
        "completion_price_per_1m": 30.00,
        "as_of": _AS_OF,
    },
    "paper_url": _GPT4_REPORT,
    "release_date": "2024-04-09",
    "knowledge_cutoff": "2023-12-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["vision", "legacy"],
    "aliases": ["gpt-4-turbo-2024-04-09"],
}

GPT_4: ModelSpec = {
    **_API,
    "id": "gpt-4",
    "name": "GPT-4",
    "description": (
        "The original GPT-4 chat model with an 8K context; the alias points to gpt-4-0613, "
        "which supports function calling. OpenAI shut it down in the API on 2026-10-23."
    ),
    "context_window": 8_192,
    "max_completion_tokens": 8_192,
    "supports_function_calling": True,
    "supports_batch": True,
    "supports_fine_tuning": True,  # model page: fine-tuning supported (gpt-4-0613)
    "pricing": {
        "prompt_price_per_1m": 30.00,
        "completion_price_per_1m": 60.00,
        "as_of": _AS_OF,
    },
    "paper_url": _GPT4_REPORT,
    "release_date": "2023-06-13",  # the gpt-4-0613 snapshot (GPT-4 launched 2023-03-14)
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["legacy"],
    "aliases": ["gpt-4-0613"],
}

GPT_4_32K: ModelSpec = {
    **_API,
    "id": "gpt-4-32k",
    "name": "GPT-4 32K",
    "description": (
        "GPT-4 with a 32,768-token context, offered to a limited set of API customers; the "
        "alias pointed to gpt-4-32k-0613. OpenAI deprecated it on 2024-06-06 and shut it "
        "down on 2025-06-06."
    ),
    "context_window": 32_768,
    "max_completion_tokens": None,  # no separate output limit published
    "supports_function_calling": True,  # gpt-4-32k-0613 snapshot
    "pricing": {
        "prompt_price_per_1m": 60.00,
        "completion_price_per_1m": 120.00,
        "as_of": _AS_OF,
    },
    "paper_url": _GPT4_REPORT,
    "release_date": "2023-06-13",  # the gpt-4-32k-0613 snapshot
    "deprecation_date": "2024-06-06",
    "retirement_date": "2025-06-06",
    "successor": "gpt-6-luna",  # OpenAI named gpt-4o, whose substitute is gpt-6-luna
    "reference_url": _DEPRECATIONS,
    "tags": ["legacy"],
    "aliases": ["gpt-4-32k-0613"],
}

GPT_35_TURBO: ModelSpec = {
    **_API,
    "id": "gpt-3.5-turbo",
    "name": "GPT-3.5 Turbo",
    "description": (
        "OpenAI's legacy low-cost chat model; the alias points to gpt-3.5-turbo-0125 "
        "(16,385-token context, 4,096 output tokens, JSON mode but no JSON-schema Structured "
        "Outputs). OpenAI shut it down in the API on 2026-10-23 with gpt-4.1-mini as the "
        "substitute."
    ),
    "context_window": 16_385,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_batch": True,
    "supports_fine_tuning": True,
    "supported_features": _JSON_MODE_FEATURES,  # JSON mode only
    "pricing": {
        "prompt_price_per_1m": 0.50,
        "completion_price_per_1m": 1.50,
        "as_of": _AS_OF,
    },
    "release_date": "2024-01-25",  # the gpt-3.5-turbo-0125 snapshot (announced 2024-01-25)
    "knowledge_cutoff": "2021-09-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-terra",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["legacy"],
    "aliases": ["gpt-3.5-turbo-0125"],
}

GPT_35_TURBO_16K: ModelSpec = {
    **_API,
    "id": "gpt-3.5-turbo-16k",
    "name": "GPT-3.5 Turbo 16K",
    "description": (
        "The 16K-context variant of GPT-3.5 Turbo (snapshot gpt-3.5-turbo-16k-0613), priced "
        "above the 4K model; OpenAI deprecated it on 2023-11-06 in favour of the 16K-context "
        "gpt-3.5-turbo-1106 and later shut the 0613 snapshot down."
    ),
    "context_window": 16_385,
    # OpenAI published no separate output cap for the 0613 snapshot (the 4,096-token cap came
    # with gpt-3.5-turbo-1106; ChatGPT-Next-Web issue #3195 shows max_tokens 8192 accepted).
    "max_completion_tokens": None,
    "supports_function_calling": True,  # 0613 snapshot
    "pricing": {
        "prompt_price_per_1m": 3.00,
        "completion_price_per_1m": 4.00,
        "as_of": _AS_OF,
    },
    "release_date": "2023-06-13",
    "deprecation_date": "2023-11-06",
    # First scheduled for 2024-06-13, then extended: the 0613 snapshots stopped on 2024-09-13.
    "retirement_date": "2024-09-13",
    # OpenAI named gpt-3.5-turbo-1106, later retired with gpt-3.5-turbo (-> gpt-4.1-mini).
    "successor": "gpt-5.6-terra",  # end of the gpt-3.5-turbo chain
    "reference_url": _DEPRECATIONS,
    "tags": ["legacy"],
    "aliases": ["gpt-3.5-turbo-16k-0613"],
}

# --- o-series reasoning models (no sampling parameters: derived from supports_reasoning) ---

O1: ModelSpec = {
    **_REASONING_VISION,
    "id": "o1",
    "name": "o1",
    "description": (
        "OpenAI's first production reasoning model, with image input, function calling, "
        "Structured Outputs and reasoning effort control; the alias points to o1-2024-12-17. "
        "OpenAI shut it down in the API on 2026-10-23."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "pricing": {
        "prompt_price_per_1m": 15.00,
        "cached_price_per_1m": 7.50,
        "completion_price_per_1m": 60.00,
        "as_of": _AS_OF,
    },
    "paper_url": _O1_SYSTEM_CARD,
    "release_date": "2024-12-17",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision"],
    "aliases": ["o1-2024-12-17"],
}

O1_PRO: ModelSpec = {
    **_REASONING_VISION,
    "id": "o1-pro",
    "name": "o1-pro",
    "description": (
        "o1 with more compute per request for harder problems (Responses API only, snapshot "
        "o1-pro-2025-03-19); OpenAI shut it down on 2026-10-23."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    # No streaming: OpenAI's API refuses it for o1-pro (LiteLLM's maintainers fake the stream
    # for that reason, BerriAI/litellm#9419, 2025-03-20; LiteLLM's supports_native_streaming).
    "supports_streaming": False,
    "pricing": {
        "prompt_price_per_1m": 150.00,
        "completion_price_per_1m": 600.00,
        "as_of": _AS_OF,
    },
    "paper_url": _O1_SYSTEM_CARD,
    "release_date": "2025-03-19",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-sol",  # with reasoning.mode pro (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "pro"],
    "aliases": ["o1-pro-2025-03-19"],
}

O1_PREVIEW: ModelSpec = {
    **_API,
    "id": "o1-preview",
    "name": "o1-preview",
    "description": (
        "Research preview of OpenAI's o1 reasoning series (snapshot o1-preview-2024-09-12): "
        "text only, without function calling, Structured Outputs or system messages. OpenAI "
        "deprecated it on 2025-04-28 and shut it down on 2025-07-28."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 32_768,
    "supports_reasoning": True,
    "pricing": {
        "prompt_price_per_1m": 15.00,
        "cached_price_per_1m": 7.50,
        "completion_price_per_1m": 60.00,
        "as_of": _AS_OF,
    },
    "paper_url": _O1_SYSTEM_CARD,
    "release_date": "2024-09-12",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": "2025-04-28",
    "retirement_date": "2025-07-28",
    "successor": "gpt-5.6-sol",  # OpenAI named o3, whose substitute is gpt-5.6-sol
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "preview"],
    "aliases": ["o1-preview-2024-09-12"],
}

O1_MINI: ModelSpec = {
    **_API,
    "id": "o1-mini",
    "name": "o1-mini",
    "description": (
        "Small, cheaper o1 reasoning model aimed at coding, math and science (snapshot "
        "o1-mini-2024-09-12): text only, without function calling or Structured Outputs. "
        "OpenAI deprecated it on 2025-04-28 and shut it down on 2025-10-27."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 65_536,
    "supports_reasoning": True,
    # Last list price; o1-mini launched at $3 / $1.50 cached / $12 per 1M tokens.
    "pricing": {
        "prompt_price_per_1m": 1.10,
        "cached_price_per_1m": 0.55,
        "completion_price_per_1m": 4.40,
        "as_of": _AS_OF,
    },
    "paper_url": _O1_SYSTEM_CARD,
    "release_date": "2024-09-12",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": "2025-04-28",
    "retirement_date": "2025-10-27",
    "successor": "gpt-5.6-terra",  # OpenAI named o4-mini, whose substitute is gpt-5.6-terra
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "small"],
    "aliases": ["o1-mini-2024-09-12"],
}

O3: ModelSpec = {
    **_REASONING_VISION,
    "id": "o3",
    "name": "o3",
    "description": (
        "OpenAI's April 2025 reasoning model for coding, math, science and visual reasoning, "
        "with tool use in its chain of thought; the alias points to o3-2025-04-16, which "
        "OpenAI retires on 2026-12-11."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    # Price since 2025-06-10 (launched at $10 / $40).
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.50,
        "completion_price_per_1m": 8.00,
        "batch_prompt_price_per_1m": 1,
        "batch_completion_price_per_1m": 4,
        "as_of": _AS_OF,
    },
    "paper_url": "https://cdn.openai.com/pdf/2221c875-02dc-4789-800b-e7758f3722c1/o3-and-o4-mini-system-card.pdf",
    "release_date": "2025-04-16",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": _DEP_2026_06_11,
    "retirement_date": "2026-12-11",
    "successor": "gpt-5.6-sol",  # 2026-08 revision; the newest row was cut off in my copy
    "reference_url": _DOCS + "o3",
    "tags": ["reasoning", "vision", "deprecated"],
    "aliases": ["o3-2025-04-16"],
}

O3_PRO: ModelSpec = {
    **_REASONING_VISION,
    "id": "o3-pro",
    "name": "o3-pro",
    "description": (
        "o3 with more compute per request for the hardest problems (Responses API only); the "
        "alias points to o3-pro-2025-06-10, which OpenAI retires on 2026-12-11."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "pricing": {
        "prompt_price_per_1m": 20.00,
        "completion_price_per_1m": 80.00,
        "batch_prompt_price_per_1m": 10,
        "batch_completion_price_per_1m": 40,
        "as_of": _AS_OF,
    },
    "release_date": "2025-06-10",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": _DEP_2026_06_11,
    "retirement_date": "2026-12-11",
    "successor": "gpt-5.6-sol",  # with reasoning.mode pro (2026-08 revision)
    "reference_url": _DOCS + "o3-pro",
    "tags": ["reasoning", "vision", "pro", "deprecated"],
    "aliases": ["o3-pro-2025-06-10"],
}

O3_MINI: ModelSpec = {
    **_API,
    "id": "o3-mini",
    "name": "o3-mini",
    "description": (
        "Small text-only reasoning model with function calling, Structured Outputs and "
        "reasoning effort control (snapshot o3-mini-2025-01-31); OpenAI shut it down on "
        "2026-10-23."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 1.10,
        "cached_price_per_1m": 0.55,
        "completion_price_per_1m": 4.40,
        "as_of": _AS_OF,
    },
    "release_date": "2025-01-31",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "small"],
    "aliases": ["o3-mini-2025-01-31"],
}

O4_MINI: ModelSpec = {
    **_REASONING_VISION,
    "id": "o4-mini",
    "name": "o4-mini",
    "description": (
        "Fast, cost-efficient reasoning model with image input and tool use (snapshot "
        "o4-mini-2025-04-16), also offered for reinforcement fine-tuning; OpenAI shut it down "
        "on 2026-10-23."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "supports_fine_tuning": True,  # reinforcement fine-tuning
    "pricing": {
        "prompt_price_per_1m": 1.10,
        "cached_price_per_1m": 0.275,
        "completion_price_per_1m": 4.40,
        "as_of": _AS_OF,
    },
    "release_date": "2025-04-16",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-10-23",
    "successor": "gpt-5.6-terra",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "small"],
    "aliases": ["o4-mini-2025-04-16"],
}

O3_DEEP_RESEARCH: ModelSpec = {
    **_API,
    "id": "o3-deep-research",
    "name": "o3-deep-research",
    "description": (
        "o3 trained for multi-step web research with web search, file search and code "
        "interpreter tools (snapshot o3-deep-research-2025-06-26); OpenAI shut it down on "
        "2026-07-23 with gpt-5.4-pro as the substitute."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 10.00,
        "cached_price_per_1m": 2.50,
        "completion_price_per_1m": 40.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-06-26",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "research"],
    "aliases": ["o3-deep-research-2025-06-26"],
}

O4_MINI_DEEP_RESEARCH: ModelSpec = {
    **_API,
    "id": "o4-mini-deep-research",
    "name": "o4-mini-deep-research",
    "description": (
        "Faster, cheaper deep-research model built on o4-mini (snapshot "
        "o4-mini-deep-research-2025-06-26); OpenAI shut it down on 2026-07-23 with gpt-5.4-pro "
        "as the substitute."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.50,
        "completion_price_per_1m": 8.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-06-26",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-sol",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "vision", "research", "small"],
    "aliases": ["o4-mini-deep-research-2025-06-26"],
}

CODEX_MINI_LATEST: ModelSpec = {
    **_REASONING_VISION,
    "id": "codex-mini-latest",
    "name": "codex-mini-latest",
    "description": (
        "Fine-tuned o4-mini for the Codex CLI (Responses API only); OpenAI deprecated it on "
        "2025-11-17 and removed it from the API on 2026-01-16."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "supports_batch": False,
    "pricing": {
        "prompt_price_per_1m": 1.50,
        "cached_price_per_1m": 0.375,
        "completion_price_per_1m": 6.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-05-16",
    "knowledge_cutoff": "2024-06-01",
    "deprecation_date": "2025-11-17",
    "retirement_date": "2026-01-16",
    # OpenAI named gpt-5-codex-mini; gpt-5.1-codex-mini followed and was retired on 2026-07-23
    # with gpt-5.4-mini as the substitute.
    "successor": "gpt-5.4-mini",
    "reference_url": _DEPRECATIONS,
    "tags": ["reasoning", "coding", "small"],
}

COMPUTER_USE_PREVIEW: ModelSpec = {
    **_API,
    "id": "computer-use-preview",
    "name": "computer-use-preview",
    "description": (
        "Model behind the Responses API computer-use tool, reading screenshots and issuing UI "
        "actions (snapshot computer-use-preview-2025-03-11); OpenAI shut it down on 2026-07-23 "
        "with gpt-5.4-mini as the substitute."
    ),
    "context_window": 8_192,
    "max_completion_tokens": 1_024,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "pricing": {
        "prompt_price_per_1m": 3.00,
        "completion_price_per_1m": 12.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-03-11",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-5.6-terra",  # revised substitute (2026-08 revision)
    "reference_url": _DEPRECATIONS,
    "tags": ["agents", "vision", "preview"],
    "aliases": ["computer-use-preview-2025-03-11"],
}

# --- Audio chat models (audio in and out through Chat Completions) ---

GPT_AUDIO_1_5: ModelSpec = {
    **_API,
    "id": "gpt-audio-1.5",
    "name": "gpt-audio-1.5",
    "description": (
        "OpenAI's current audio model for Chat Completions, taking and producing speech and "
        "text; the substitute OpenAI names for the retired gpt-4o-audio-preview models."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "completion_price_per_1m": 10.00,
        "audio_input_price_per_1m": 32.00,
        "audio_output_price_per_1m": 64.00,
        "as_of": _AS_OF,
    },
    "release_date": None,  # not found on a dated OpenAI page
    "reference_url": _DOCS + "gpt-audio-1.5",
    "tags": ["audio", "speech"],
}

GPT_AUDIO: ModelSpec = {
    **_API,
    "id": "gpt-audio",
    "name": "gpt-audio",
    "description": (
        "OpenAI's first generally available audio model for Chat Completions (snapshot "
        "gpt-audio-2025-08-28), with speech and text in and out; API shutdown scheduled for "
        "2027-01-20."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "completion_price_per_1m": 10.00,
        "audio_input_price_per_1m": 32.00,
        "audio_output_price_per_1m": 64.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-08-28",
    "deprecation_date": _DEP_2026_07_20,
    "retirement_date": "2027-01-20",
    "successor": "gpt-audio-1.5",
    "reference_url": _DOCS + "gpt-audio",
    "tags": ["audio", "speech", "deprecated"],
    "aliases": ["gpt-audio-2025-08-28"],
}

GPT_AUDIO_MINI: ModelSpec = {
    **_API,
    "id": "gpt-audio-mini",
    "name": "gpt-audio-mini",
    "description": (
        "Cheaper audio model for Chat Completions; the alias points to "
        "gpt-audio-mini-2025-12-15 (the 2025-10-06 snapshot was shut down on 2026-07-23). API "
        "shutdown scheduled for 2027-01-20."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 0.60,
        "completion_price_per_1m": 2.40,
        "audio_input_price_per_1m": 10.00,
        "audio_output_price_per_1m": 20.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-15",
    "deprecation_date": _DEP_2026_07_20,
    "retirement_date": "2027-01-20",
    "successor": "gpt-audio-1.5",
    "reference_url": _DOCS + "gpt-audio-mini",
    "tags": ["audio", "speech", "small", "deprecated"],
    "aliases": ["gpt-audio-mini-2025-12-15"],
}

GPT_4O_AUDIO_PREVIEW: ModelSpec = {
    **_API,
    "id": "gpt-4o-audio-preview",
    "name": "GPT-4o Audio (preview)",
    "description": (
        "Preview of audio input and output in Chat Completions; the alias pointed to "
        "gpt-4o-audio-preview-2025-06-03. OpenAI shut the preview audio and realtime names "
        "down on 2026-05-07 with gpt-audio-1.5 as the replacement."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "completion_price_per_1m": 10.00,
        "audio_input_price_per_1m": 40.00,
        "audio_output_price_per_1m": 80.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-06-03",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2025_09_15,
    "retirement_date": "2026-05-07",
    "successor": "gpt-audio-1.5",
    "reference_url": _DEPRECATIONS,
    "tags": ["audio", "speech", "preview"],
    "aliases": ["gpt-4o-audio-preview-2025-06-03"],
}

GPT_4O_AUDIO_PREVIEW_2024_12_17: ModelSpec = {
    **_API,
    "id": "gpt-4o-audio-preview-2024-12-17",
    "name": "GPT-4o Audio (preview, 2024-12-17)",
    "description": (
        "December 2024 snapshot of the GPT-4o audio preview; OpenAI shut it down on "
        "2026-07-23 with gpt-audio-1.5 as the substitute."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "completion_price_per_1m": 10.00,
        "audio_input_price_per_1m": 40.00,
        "audio_output_price_per_1m": 80.00,
        "as_of": _AS_OF,
    },
    "release_date": "2024-12-17",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",
    "successor": "gpt-audio-1.5",  # 2026-05-14 revision of the table
    "reference_url": _DEPRECATIONS,
    "tags": ["audio", "speech", "preview"],
}

GPT_4O_MINI_AUDIO_PREVIEW: ModelSpec = {
    **_API,
    "id": "gpt-4o-mini-audio-preview",
    "name": "GPT-4o mini Audio (preview)",
    "description": (
        "Cheaper preview of audio in Chat Completions; the alias pointed to "
        "gpt-4o-mini-audio-preview-2024-12-17, which OpenAI shut down on 2026-07-23 with "
        "gpt-audio-mini as the substitute."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 0.15,
        "completion_price_per_1m": 0.60,
        "audio_input_price_per_1m": 10.00,
        "audio_output_price_per_1m": 20.00,
        "as_of": _AS_OF,
    },
    "release_date": "2024-12-17",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",  # the snapshot; the undated name stopped on 2026-05-07
    "successor": "gpt-audio-1.5",  # OpenAI named gpt-audio-mini, whose substitute is this
    "reference_url": _DEPRECATIONS,
    "tags": ["audio", "speech", "preview", "small"],
    "aliases": ["gpt-4o-mini-audio-preview-2024-12-17"],
}

# --- Realtime (speech-to-speech over WebRTC / WebSocket / SIP) ---

GPT_REALTIME_2_1: ModelSpec = {
    **_API,
    "id": "gpt-realtime-2.1",
    "name": "gpt-realtime-2.1",
    "description": (
        "OpenAI's current speech-to-speech model for the Realtime API, with adjustable "
        "reasoning, image input and tool calling in a 128K-token session."
    ),
    "kind": "realtime",
    "context_window": 128_000,
    "max_completion_tokens": 32_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "supports_reasoning": True,
    "pricing": {
        "prompt_price_per_1m": 4.00,
        "cached_price_per_1m": 0.40,
        "completion_price_per_1m": 24.00,
        "audio_input_price_per_1m": 32.00,
        "audio_output_price_per_1m": 64.00,
        "as_of": _AS_OF,
    },
    "release_date": None,  # not found on a dated OpenAI page
    "reference_url": _DOCS + "gpt-realtime-2.1",
    "tags": ["realtime", "audio", "speech", "reasoning"],
}

GPT_REALTIME_2_1_MINI: ModelSpec = {
    **_API,
    "id": "gpt-realtime-2.1-mini",
    "name": "gpt-realtime-2.1-mini",
    "description": (
        "Cheaper gpt-realtime-2.1 for voice agents, with reasoning, image input and tool calling."
    ),
    "kind": "realtime",
    "context_window": 128_000,
    "max_completion_tokens": 32_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "supports_reasoning": True,
    "pricing": {
        "prompt_price_per_1m": 0.60,
        "cached_price_per_1m": 0.06,
        "completion_price_per_1m": 2.40,
        "audio_input_price_per_1m": 10.00,
        "audio_output_price_per_1m": 20.00,
        "as_of": _AS_OF,
    },
    "release_date": None,  # not found on a dated OpenAI page
    "reference_url": _DOCS + "gpt-realtime-2.1-mini",
    "tags": ["realtime", "audio", "speech", "reasoning", "small"],
}

GPT_REALTIME_2: ModelSpec = {
    **_API,
    "id": "gpt-realtime-2",
    "name": "gpt-realtime-2",
    "description": (
        "Second-generation realtime speech-to-speech model (May 2026), raising the session "
        "context from 32K to 128K tokens."
    ),
    "kind": "realtime",
    "context_window": 128_000,
    "max_completion_tokens": 32_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 4.00,
        "cached_price_per_1m": 0.40,
        "completion_price_per_1m": 24.00,
        "audio_input_price_per_1m": 32.00,
        "audio_output_price_per_1m": 64.00,
        "as_of": _AS_OF,
    },
    "release_date": "2026-05-07",  # OpenAI API changelog (developers.openai.com/api/docs/changelog)
    "reference_url": _DOCS + "gpt-realtime-2",
    "tags": ["realtime", "audio", "speech"],
}

GPT_REALTIME_1_5: ModelSpec = {
    **_API,
    "id": "gpt-realtime-1.5",
    "name": "gpt-realtime-1.5",
    "description": (
        "Update of gpt-realtime for voice agents; the replacement OpenAI names for the retired "
        "gpt-4o-realtime-preview models."
    ),
    "kind": "realtime",
    "context_window": 32_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 4.00,
        "cached_price_per_1m": 0.40,
        "completion_price_per_1m": 16.00,
        "audio_input_price_per_1m": 32.00,
        "audio_output_price_per_1m": 64.00,
        "as_of": _AS_OF,
    },
    "release_date": None,  # not found on a dated OpenAI page
    "reference_url": _DOCS + "gpt-realtime-1.5",
    "tags": ["realtime", "audio", "speech"],
}

GPT_REALTIME: ModelSpec = {
    **_API,
    "id": "gpt-realtime",
    "name": "gpt-realtime",
    "description": (
        "OpenAI's first generally available realtime speech-to-speech model (snapshot "
        "gpt-realtime-2025-08-28) with image input, tools and SIP calling; API shutdown "
        "scheduled for 2027-01-20."
    ),
    "kind": "realtime",
    "context_window": 32_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 4.00,
        "cached_price_per_1m": 0.40,
        "completion_price_per_1m": 16.00,
        "audio_input_price_per_1m": 32.00,
        "audio_output_price_per_1m": 64.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-08-28",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_07_20,
    "retirement_date": "2027-01-20",
    "successor": "gpt-realtime-2.1",
    "reference_url": _DOCS + "gpt-realtime",
    "tags": ["realtime", "audio", "speech", "deprecated"],
    "aliases": ["gpt-realtime-2025-08-28"],
}

GPT_REALTIME_MINI: ModelSpec = {
    **_API,
    "id": "gpt-realtime-mini",
    "name": "gpt-realtime-mini",
    "description": (
        "Cheaper realtime speech-to-speech model; the alias points to "
        "gpt-realtime-mini-2025-12-15 (the 2025-10-06 snapshot was shut down on 2026-07-23). "
        "API shutdown scheduled for 2027-01-20."
    ),
    "kind": "realtime",
    # LiteLLM's undated entry; its 2025-12-15 entry gives a 128,000-token context (unconfirmed).
    "context_window": 32_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 0.60,
        "cached_price_per_1m": 0.06,
        "completion_price_per_1m": 2.40,
        "audio_input_price_per_1m": 10.00,
        "audio_output_price_per_1m": 20.00,
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-15",
    "deprecation_date": _DEP_2026_07_20,
    "retirement_date": "2027-01-20",
    "successor": "gpt-realtime-2.1-mini",
    "reference_url": _DOCS + "gpt-realtime-mini",
    "tags": ["realtime", "audio", "speech", "small", "deprecated"],
    "aliases": ["gpt-realtime-mini-2025-12-15"],
}

GPT_4O_REALTIME_PREVIEW: ModelSpec = {
    **_API,
    "id": "gpt-4o-realtime-preview",
    "name": "GPT-4o Realtime (preview)",
    "description": (
        "The Realtime API's beta speech-to-speech model from October 2024; OpenAI shut "
        "gpt-4o-realtime-preview and its snapshots down on 2026-05-07 with gpt-realtime-1.5 as "
        "the replacement."
    ),
    "kind": "realtime",
    # Model page (developers.openai.com/api/docs/models/gpt-4o-realtime-preview): 32,000
    # context window, 4,096 max output tokens.
    "context_window": 32_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    # Prices of gpt-4o-realtime-preview-2024-12-17.
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 2.50,
        "completion_price_per_1m": 20.00,
        "audio_input_price_per_1m": 40.00,
        "audio_output_price_per_1m": 80.00,
        "as_of": _AS_OF,
    },
    "release_date": "2024-12-17",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2025_09_15,
    "retirement_date": "2026-05-07",
    "successor": "gpt-realtime-1.5",  # its 2025-09-15 notice
    "reference_url": _DEPRECATIONS,
    "tags": ["realtime", "audio", "speech", "preview"],
    "aliases": ["gpt-4o-realtime-preview-2024-12-17"],
}

GPT_4O_MINI_REALTIME_PREVIEW: ModelSpec = {
    **_API,
    "id": "gpt-4o-mini-realtime-preview",
    "name": "GPT-4o mini Realtime (preview)",
    "description": (
        "Cheaper beta realtime model (snapshot gpt-4o-mini-realtime-preview-2024-12-17); "
        "OpenAI shut the snapshot down on 2026-07-23 with gpt-realtime-mini as the "
        "substitute."
    ),
    "kind": "realtime",
    # Model page (developers.openai.com/api/docs/models/gpt-4o-mini-realtime-preview): 16,000
    # context window, 4,096 max output tokens.
    "context_window": 16_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {
        "prompt_price_per_1m": 0.60,
        "cached_price_per_1m": 0.30,
        "completion_price_per_1m": 2.40,
        "audio_input_price_per_1m": 10.00,
        "audio_output_price_per_1m": 20.00,
        "as_of": _AS_OF,
    },
    "release_date": "2024-12-17",
    "knowledge_cutoff": "2023-10-01",
    "deprecation_date": _DEP_2026_04_22,
    "retirement_date": "2026-07-23",  # the snapshot; the undated name stopped on 2026-05-07
    # OpenAI named gpt-realtime-mini, whose substitute (2026-07-20 notice) is gpt-realtime-2.1-mini.
    "successor": "gpt-realtime-2.1-mini",
    "reference_url": _DEPRECATIONS,
    "tags": ["realtime", "audio", "speech", "preview", "small"],
    "aliases": ["gpt-4o-mini-realtime-preview-2024-12-17"],
}

GPT_LIVE_1: ModelSpec = {
    **_API,
    "id": "gpt-live-1",
    "name": "gpt-live-1",
    "description": (
        "Voice-session model for the Live API (v1/live/sessions), billed per second of "
        "session; the Responses model a session delegates to is billed separately."
    ),
    "kind": "realtime",
    "context_window": None,  # billed by session time; no token limits published
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "pricing": {"audio_price_per_minute": 0.05, "as_of": _AS_OF},  # $3.00 per hour
    "reference_url": _DOCS + "gpt-live-1",
    "tags": ["realtime", "audio", "speech"],
}

GPT_REALTIME_TRANSLATE: ModelSpec = {
    **_API,
    "id": "gpt-realtime-translate",
    "name": "gpt-realtime-translate",
    "description": (
        "Realtime speech translation model (v1/realtime/translations), billed per minute of audio."
    ),
    "kind": "realtime",
    # OpenAI's model page: 16,000 context window, 2,000 max output tokens, audio in, audio and
    # text (transcript deltas) out, knowledge cut-off Sep 30, 2024.
    "context_window": 16_000,
    "max_completion_tokens": 2_000,
    "input_modalities": ["audio"],
    "supports_audio_input": True,
    "supports_audio_output": True,
    "supported_features": ["instructions", "voice", "input_audio_format", "output_audio_format"],
    "pricing": {"audio_price_per_minute": 0.034, "as_of": _AS_OF},
    "release_date": "2026-05-07",  # OpenAI API changelog (developers.openai.com/api/docs/changelog)
    "knowledge_cutoff": "2024-09-30",
    "reference_url": _DOCS + "gpt-realtime-translate",
    "tags": ["realtime", "audio", "speech", "translation"],
}

# --- Speech to text ---

GPT_TRANSCRIBE: ModelSpec = {
    **_API,
    "id": "gpt-transcribe",
    "name": "gpt-transcribe",
    "description": "OpenAI's current speech-to-text model for the transcription endpoint.",
    "kind": "speech_to_text",
    "context_window": None,  # billed per minute of audio; no token limits published
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_streaming": True,
    "pricing": {"audio_price_per_minute": 0.0045, "as_of": _AS_OF},  # $0.27 per hour
    "reference_url": _DOCS + "gpt-transcribe",
    "tags": ["audio", "speech", "transcription"],
}

GPT_LIVE_TRANSCRIBE: ModelSpec = {
    **_API,
    "id": "gpt-live-transcribe",
    "name": "gpt-live-transcribe",
    "description": "Live (streaming) transcription sessions, billed per minute of audio.",
    "kind": "speech_to_text",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_streaming": True,
    "pricing": {"audio_price_per_minute": 0.017, "as_of": _AS_OF},
    "reference_url": _DOCS + "gpt-live-transcribe",
    "tags": ["audio", "speech", "transcription", "realtime"],
}

GPT_REALTIME_WHISPER: ModelSpec = {
    **_API,
    "id": "gpt-realtime-whisper",
    "name": "gpt-realtime-whisper",
    "description": (
        "Realtime transcription model for Realtime API transcription sessions (May 2026), "
        "billed per minute of audio."
    ),
    "kind": "speech_to_text",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_streaming": True,
    "pricing": {"audio_price_per_minute": 0.017, "as_of": _AS_OF},
    "release_date": "2026-05-07",  # OpenAI API changelog (developers.openai.com/api/docs/changelog)
    "reference_url": _DOCS + "gpt-realtime-whisper",
    "tags": ["audio", "speech", "transcription", "realtime"],
}

GPT_4O_TRANSCRIBE: ModelSpec = {
    **_API,
    "id": "gpt-4o-transcribe",
    "name": "GPT-4o Transcribe",
    "description": (
        "GPT-4o-based speech-to-text model with lower word error rates than Whisper; OpenAI "
        "has scheduled its shutdown for 2027-02-26."
    ),
    "kind": "speech_to_text",
    "context_window": 16_000,
    "max_completion_tokens": 2_000,
    "supports_audio_input": True,
    "supports_streaming": True,  # stream=true returns transcript deltas
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "audio_input_price_per_1m": 6.00,
        "completion_price_per_1m": 10.00,
        "audio_price_per_minute": 0.006,  # OpenAI's estimated cost per minute
        "as_of": _AS_OF,
    },
    "release_date": "2025-03-20",
    "deprecation_date": _DEP_2026_08_26,
    "retirement_date": "2027-02-26",
    "successor": "gpt-transcribe",  # or gpt-live-transcribe for live audio
    "reference_url": _DOCS + "gpt-4o-transcribe",
    "tags": ["audio", "speech", "transcription", "deprecated"],
}

GPT_4O_MINI_TRANSCRIBE: ModelSpec = {
    **_API,
    "id": "gpt-4o-mini-transcribe",
    "name": "GPT-4o mini Transcribe",
    "description": (
        "Cheaper GPT-4o-based speech-to-text model; the alias points to "
        "gpt-4o-mini-transcribe-2025-12-15. OpenAI has scheduled its shutdown for 2027-02-26."
    ),
    "kind": "speech_to_text",
    "context_window": 16_000,
    "max_completion_tokens": 2_000,
    "supports_audio_input": True,
    "supports_streaming": True,
    "pricing": {
        "prompt_price_per_1m": 1.25,
        "audio_input_price_per_1m": 3.00,
        "completion_price_per_1m": 5.00,
        "audio_price_per_minute": 0.003,  # OpenAI's estimated cost per minute
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-15",
    "deprecation_date": _DEP_2026_08_26,
    "retirement_date": "2027-02-26",
    "successor": "gpt-transcribe",  # or gpt-live-transcribe for live audio
    "reference_url": _DOCS + "gpt-4o-mini-transcribe",
    "tags": ["audio", "speech", "transcription", "small", "deprecated"],
    "aliases": ["gpt-4o-mini-transcribe-2025-12-15"],
}

GPT_4O_MINI_TRANSCRIBE_2025_03_20: ModelSpec = {
    **GPT_4O_MINI_TRANSCRIBE,  # one model page, one table of figures for its snapshots
    "id": "gpt-4o-mini-transcribe-2025-03-20",
    "name": "GPT-4o mini Transcribe (2025-03-20)",
    "description": (
        "The first snapshot of GPT-4o mini Transcribe (March 2025), before the alias moved to "
        "gpt-4o-mini-transcribe-2025-12-15; OpenAI has scheduled its shutdown for 2027-01-20."
    ),
    "release_date": "2025-03-20",
    # Deprecations page, "2026-07-20: Legacy audio, realtime, and transcription models":
    # shutdown Jan 20, 2027, replacement gpt-4o-mini-transcribe-2025-12-15 (an alias here).
    "deprecation_date": _DEP_2026_07_20,
    "retirement_date": "2027-01-20",
    "successor": "gpt-4o-mini-transcribe",
    "aliases": [],
}

GPT_4O_TRANSCRIBE_DIARIZE: ModelSpec = {
    **_API,
    "id": "gpt-4o-transcribe-diarize",
    "name": "GPT-4o Transcribe Diarize",
    "description": (
        "gpt-4o-transcribe with speaker diarization (who spoke when); OpenAI has scheduled its "
        "shutdown for 2027-02-26."
    ),
    "kind": "speech_to_text",
    "context_window": 16_000,
    "max_completion_tokens": 2_000,
    "supports_audio_input": True,
    "supports_streaming": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "audio_input_price_per_1m": 6.00,
        "completion_price_per_1m": 10.00,
        "audio_price_per_minute": 0.006,
        "as_of": _AS_OF,
    },
    "release_date": None,  # not found on a dated OpenAI page
    "deprecation_date": _DEP_2026_08_26,
    "retirement_date": "2027-02-26",
    "successor": "gpt-transcribe",  # or gpt-live-transcribe for live audio
    "reference_url": _DOCS + "gpt-4o-transcribe-diarize",
    "tags": ["audio", "speech", "transcription", "deprecated"],
}

WHISPER_1: ModelSpec = {
    **_API,
    "id": "whisper-1",
    "name": "Whisper",
    "description": (
        "OpenAI's hosted speech recognition model for transcription and translation into "
        "English, powered by the open-source Whisper large-v2 model; a proprietary API "
        "service. OpenAI has scheduled its shutdown for 2027-02-26."
    ),
    "kind": "speech_to_text",
    "architecture": "transformer",  # encoder-decoder (Whisper paper)
    "parameters": 1_550_000_000,  # Whisper paper: large = 1550M parameters
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "pricing": {"audio_price_per_minute": 0.006, "as_of": _AS_OF},
    # The hosted API is proprietary (the open Whisper weights are MIT-licensed on GitHub).
    "license": "proprietary",
    "paper_url": "https://arxiv.org/abs/2212.04356",
    "release_date": "2023-03-01",  # Whisper API launch
    "deprecation_date": _DEP_2026_08_26,
    "retirement_date": "2027-02-26",
    "successor": "gpt-transcribe",  # or gpt-live-transcribe for live audio
    "reference_url": _DOCS + "whisper-1",
    "tags": ["audio", "speech", "transcription", "multilingual", "deprecated"],
}

# --- Text to speech ---

GPT_4O_MINI_TTS: ModelSpec = {
    **_API,
    "id": "gpt-4o-mini-tts",
    "name": "GPT-4o mini TTS",
    "description": (
        "Text-to-speech model steerable with natural-language instructions on tone and "
        "delivery; the alias points to gpt-4o-mini-tts-2025-12-15 (the 2025-03-20 snapshot "
        "was shut down on 2026-07-23). OpenAI has scheduled its shutdown for 2027-01-06."
    ),
    "kind": "text_to_speech",
    "context_window": 2_000,  # model page: 2,000 input tokens
    "max_completion_tokens": None,
    "supports_audio_output": True,
    "supports_streaming": True,
    "supported_features": ["voice", "instructions", "response_format", "speed", "stream_format"],
    "pricing": {
        "prompt_price_per_1m": 0.60,
        "audio_output_price_per_1m": 12.00,
        "audio_price_per_minute": 0.015,  # OpenAI's estimated cost per minute
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-15",
    "deprecation_date": _DEP_2026_10_01,
    "retirement_date": "2027-01-06",
    "successor": "gpt-realtime-2.1-mini",
    "reference_url": _DOCS + "gpt-4o-mini-tts",
    "tags": ["audio", "speech", "tts", "deprecated"],
    "aliases": ["gpt-4o-mini-tts-2025-12-15"],
}

TTS_1: ModelSpec = {
    **_API,
    "id": "tts-1",
    "name": "TTS-1",
    "description": (
        "OpenAI's text-to-speech model optimized for speed and real-time use; OpenAI has "
        "scheduled its shutdown for 2027-01-06."
    ),
    "kind": "text_to_speech",
    "context_window": None,  # not a token-based model (4,096 characters per request)
    "max_completion_tokens": None,
    "supports_audio_output": True,
    "supports_streaming": True,  # the speech endpoint streams audio chunks
    "pricing": {"character_price_per_1m": 15.00, "as_of": _AS_OF},
    "release_date": "2023-11-06",
    "deprecation_date": _DEP_2026_10_01,
    "retirement_date": "2027-01-06",
    "successor": "gpt-realtime-2.1-mini",
    "reference_url": _DOCS + "tts-1",
    "tags": ["audio", "speech", "tts", "deprecated"],
    "aliases": ["tts-1-1106"],
}

TTS_1_HD: ModelSpec = {
    **_API,
    "id": "tts-1-hd",
    "name": "TTS-1 HD",
    "description": (
        "OpenAI's text-to-speech model optimized for audio quality; OpenAI has scheduled its "
        "shutdown for 2027-01-06."
    ),
    "kind": "text_to_speech",
    "context_window": None,  # not a token-based model (4,096 characters per request)
    "max_completion_tokens": None,
    "supports_audio_output": True,
    "supports_streaming": True,  # the speech endpoint streams audio chunks
    "pricing": {"character_price_per_1m": 30.00, "as_of": _AS_OF},
    "release_date": "2023-11-06",
    "deprecation_date": _DEP_2026_10_01,
    "retirement_date": "2027-01-06",
    "successor": "gpt-realtime-2.1-mini",
    "reference_url": _DOCS + "tts-1-hd",
    "tags": ["audio", "speech", "tts", "deprecated"],
    "aliases": ["tts-1-hd-1106"],
}

# --- Image generation (GPT Image models bill text and image tokens) ---

# The GPT Image models' sizes: square, portrait, landscape (portrait and landscape cost the same).
_GPT_IMAGE_SIZES = ("1024x1024", "1024x1536", "1536x1024")


def _per_image(sizes: tuple[str, ...], **by_quality: tuple[float, ...]) -> list[ImagePriceSpec]:
    """The pricing page's per-image table: a price per size for each quality ('_': none)."""
    return [
        {"size": size, "price_per_image": price, **({"quality": q} if q != "_" else {})}
        for q, prices in by_quality.items()
        for size, price in zip(sizes, prices, strict=True)
    ]


GPT_IMAGE_2_6_SUNBURST: ModelSpec = {
    **_API,
    "id": "gpt-image-2.6-sunburst",
    "name": "GPT Image 2.6 Sunburst",
    "description": (
        "OpenAI's November 2026 image model for detailed generation and edits that hold across "
        "turns (GIF and SVG output, markup-guided edits); with Flare, OpenAI's named replacement "
        "for gpt-image-1.5."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,  # edits and references input images
    "pricing": {
        "prompt_price_per_1m": 5.00,  # text input; image input $8, cached $2
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 30.00,  # image output tokens
        "as_of": _AS_OF_NOV,
    },
    "release_date": "2026-11-04",  # Images 2.6 launch (APIYI's launch note)
    "reference_url": _DOCS + "gpt-image-2.6-sunburst",
    "tags": ["image"],
}

GPT_IMAGE_2_6_FLARE: ModelSpec = {
    **_API,
    "id": "gpt-image-2.6-flare",
    "name": "GPT Image 2.6 Flare",
    "description": (
        "The fast GPT Image 2.6 model (November 2026) for quick generation and everyday edits, "
        "at the same token prices as Sunburst."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "pricing": {
        "prompt_price_per_1m": 5.00,  # text input; image input $8, cached $2
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 30.00,  # image output tokens
        "as_of": _AS_OF_NOV,
    },
    "release_date": "2026-11-04",  # Images 2.6 launch (APIYI's launch note)
    "reference_url": _DOCS + "gpt-image-2.6-flare",
    "tags": ["image"],
}

GPT_IMAGE_2_5_SUNBURST: ModelSpec = {
    **_API,
    "id": "gpt-image-2.5-sunburst",
    "name": "GPT Image 2.5 Sunburst",
    "description": (
        "One of OpenAI's two GPT Image 2.5 models (September 2026) for generating and editing "
        "images from text and image input; the alias points to gpt-image-2.5-sunburst-2026-09-08."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,  # edits and references input images
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 30.00,  # image output tokens
        "batch_prompt_price_per_1m": 2.5,
        "batch_completion_price_per_1m": 15,
        "as_of": _AS_OF,
    },
    "release_date": "2026-09-08",
    "reference_url": _DOCS + "gpt-image-2.5-sunburst",
    "tags": ["image"],
    "aliases": ["gpt-image-2.5-sunburst-2026-09-08"],
}

GPT_IMAGE_2_5_FLARE: ModelSpec = {
    **_API,
    "id": "gpt-image-2.5-flare",
    "name": "GPT Image 2.5 Flare",
    "description": (
        "The other GPT Image 2.5 model (September 2026), at the same token prices as Sunburst; "
        "the alias points to gpt-image-2.5-flare-2026-09-08."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 30.00,  # image output tokens
        "batch_prompt_price_per_1m": 2.5,
        "batch_completion_price_per_1m": 15,
        "as_of": _AS_OF,
    },
    "release_date": "2026-09-08",
    "reference_url": _DOCS + "gpt-image-2.5-flare",
    "tags": ["image"],
    "aliases": ["gpt-image-2.5-flare-2026-09-08"],
}

GPT_IMAGE_2: ModelSpec = {
    **_API,
    "id": "gpt-image-2",
    "name": "GPT Image 2",
    "description": (
        "OpenAI's April 2026 image generation and editing model; the alias points to "
        "gpt-image-2-2026-04-21."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "supports_batch": True,
    # Image input tokens cost $8 / 1M ($2 cached).
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 30.00,  # image output tokens
        "batch_prompt_price_per_1m": 2.5,
        "batch_completion_price_per_1m": 15,
        "as_of": _AS_OF,
    },
    "release_date": "2026-04-21",
    "reference_url": _DOCS + "gpt-image-2",
    "tags": ["image"],
    "aliases": ["gpt-image-2-2026-04-21"],
}

GPT_IMAGE_1_5: ModelSpec = {
    **_API,
    "id": "gpt-image-1.5",
    "name": "GPT Image 1.5",
    "description": (
        "OpenAI's December 2025 image model (snapshot gpt-image-1.5-2025-12-16); OpenAI shut "
        "it down on 2026-12-01."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "supports_batch": True,
    # Text output $10 / 1M; image input $8 / 1M and image output $32 / 1M tokens.
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 32.00,  # image output tokens
        "image_prices": _per_image(
            _GPT_IMAGE_SIZES,
            low=(0.009, 0.013, 0.013),
            medium=(0.034, 0.05, 0.05),
            high=(0.133, 0.2, 0.2),
        ),
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-16",
    "deprecation_date": _DEP_2026_06_02,
    "retirement_date": "2026-12-01",
    "successor": "gpt-image-2.6-sunburst",  # or gpt-image-2.6-flare (the page's newest revision)
    "reference_url": _DOCS + "gpt-image-1.5",
    "tags": ["image"],
    "aliases": ["gpt-image-1.5-2025-12-16"],
}

CHATGPT_IMAGE_LATEST: ModelSpec = {
    **_API,
    "id": "chatgpt-image-latest",
    "name": "ChatGPT Image (latest)",
    "description": (
        "Moving alias for the image model used in ChatGPT, at GPT Image 1.5's prices; OpenAI "
        "shut it down on 2026-12-01."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 32.00,  # image output tokens
        "as_of": _AS_OF,
    },
    "release_date": "2025-12-16",
    "deprecation_date": _DEP_2026_06_02,
    "retirement_date": "2026-12-01",
    "successor": "gpt-image-2.6-sunburst",  # or gpt-image-2.6-flare (the page's newest revision)
    "reference_url": _DOCS + "chatgpt-image-latest",
    "tags": ["image", "chatgpt"],
}

GPT_IMAGE_1: ModelSpec = {
    **_API,
    "id": "gpt-image-1",
    "name": "GPT Image 1",
    "description": (
        "OpenAI's first natively multimodal image generation and editing model in the API "
        "(April 2025); OpenAI shut it down on 2026-10-23."
    ),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "supports_batch": True,
    # Image input tokens $10 / 1M; per image: $0.011 low, $0.042 medium, $0.167 high (1024x1024).
    "pricing": {
        "prompt_price_per_1m": 5.00,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 40.00,  # image output tokens
        "image_price_per_unit": 0.042,  # medium quality, 1024x1024
        "image_prices": _per_image(
            _GPT_IMAGE_SIZES,
            low=(0.011, 0.016, 0.016),
            medium=(0.042, 0.063, 0.063),
            high=(0.167, 0.25, 0.25),
        ),
        "as_of": _AS_OF,
    },
    "release_date": "2025-04-23",
    "deprecation_date": _DEP_2026_04_22,  # shutdown 2026-10-23, as for that table's rows
    "retirement_date": "2026-10-23",
    "successor": "gpt-image-2",  # substitute in the 2026-04-22 table
    "reference_url": _DOCS + "gpt-image-1",
    "tags": ["image"],
}

GPT_IMAGE_1_MINI: ModelSpec = {
    **_API,
    "id": "gpt-image-1-mini",
    "name": "GPT Image 1 Mini",
    "description": ("Cheaper GPT Image 1 (October 2025); OpenAI shut it down on 2026-12-01."),
    "kind": "image_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,
    "supports_batch": True,
    # Image input tokens $2.50 / 1M.
    "pricing": {
        "prompt_price_per_1m": 2.00,
        "cached_price_per_1m": 0.20,
        "completion_price_per_1m": 8.00,  # image output tokens
        "image_prices": _per_image(
            _GPT_IMAGE_SIZES,
            low=(0.005, 0.006, 0.006),
            medium=(0.011, 0.015, 0.015),
            high=(0.036, 0.052, 0.052),
        ),
        "as_of": _AS_OF,
    },
    "release_date": "2025-10-06",
    "deprecation_date": _DEP_2026_06_02,
    "retirement_date": "2026-12-01",
    "successor": "gpt-image-2.6-sunburst",  # or gpt-image-2.6-flare (the page's newest revision)
    "reference_url": _DOCS + "gpt-image-1-mini",
    "tags": ["image", "small"],
}

DALL_E_3: ModelSpec = {
    **_API,
    "id": "dall-e-3",
    "name": "DALL-E 3",
    "description": (
        "OpenAI's DALL-E 3 text-to-image model (one image per request; 1024x1024, 1792x1024 or "
        "1024x1792; standard or hd quality). OpenAI deprecated it on 2025-11-14 and removed it "
        "from the API on 2026-05-12."
    ),
    "kind": "image_generation",
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "pricing": {
        "image_price_per_unit": 0.04,  # standard quality, 1024x1024
        "image_prices": _per_image(
            ("1024x1024", "1024x1792", "1792x1024"),
            standard=(0.04, 0.08, 0.08),
            hd=(0.08, 0.12, 0.12),
        ),
        "as_of": _AS_OF,
    },
    "paper_url": "https://cdn.openai.com/papers/dall-e-3.pdf",
    "release_date": "2023-11-06",
    "deprecation_date": "2025-11-14",
    "retirement_date": "2026-05-12",
    "successor": "gpt-image-2",  # first of the substitutes the page names
    "reference_url": _DEPRECATIONS,
    "tags": ["image", "legacy"],
}

DALL_E_2: ModelSpec = {
    **_API,
    "id": "dall-e-2",
    "name": "DALL-E 2",
    "description": (
        "OpenAI's earlier DALL-E 2 image model for generation, edits and variations at "
        "256x256, 512x512 or 1024x1024. OpenAI deprecated it on 2025-11-14 and removed it "
        "from the API on 2026-05-12."
    ),
    "kind": "image_generation",
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "supports_vision": True,  # edits and variations take an input image
    "supported_features": ["n", "response_format", "size", "user"],
    "pricing": {
        "image_price_per_unit": 0.02,  # 1024x1024
        "image_prices": _per_image(("256x256", "512x512", "1024x1024"), _=(0.016, 0.018, 0.02)),
        "as_of": _AS_OF,
    },
    "paper_url": "https://arxiv.org/abs/2204.06125",
    "release_date": "2022-11-03",  # Images API public beta
    "deprecation_date": "2025-11-14",
    "retirement_date": "2026-05-12",
    "successor": "gpt-image-2",  # first of the substitutes the page names
    "reference_url": _DEPRECATIONS,
    "tags": ["image", "legacy"],
}

# --- Video generation (Videos API; deprecated 2026-03-24, shut down 2026-09-24) ---

SORA_2: ModelSpec = {
    **_API,
    "id": "sora-2",
    "name": "Sora 2",
    "description": (
        "OpenAI's video generation model with synchronized audio, from a text prompt or "
        "reference image; OpenAI deprecated the Videos API and Sora 2 on 2026-03-24 and shut "
        "them down on 2026-09-24 with no replacement."
    ),
    "kind": "video_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,  # input_reference image
    "supports_audio_output": True,
    "output_modalities": ["video", "audio"],
    "pricing": {"video_price_per_second": 0.10, "as_of": _AS_OF},  # 720p
    "release_date": "2025-10-06",
    "deprecation_date": "2026-03-24",
    "retirement_date": "2026-09-24",
    "reference_url": _DOCS + "sora-2",
    "tags": ["video", "audio"],
}

SORA_2_PRO: ModelSpec = {
    **_API,
    "id": "sora-2-pro",
    "name": "Sora 2 Pro",
    "description": (
        "Higher-quality Sora 2 for production video with synchronized audio; OpenAI shut it "
        "down with the Videos API on 2026-09-24 with no replacement."
    ),
    "kind": "video_generation",
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,  # input_reference image
    "supports_audio_output": True,
    "output_modalities": ["video", "audio"],
    # 720p; $0.50 per second at 1024x1792 / 1792x1024.
    "pricing": {"video_price_per_second": 0.30, "as_of": _AS_OF},
    "release_date": "2025-10-06",
    "deprecation_date": "2026-03-24",
    "retirement_date": "2026-09-24",
    "reference_url": _DOCS + "sora-2-pro",
    "tags": ["video", "audio"],
}

# --- Embeddings ---

TEXT_EMBEDDING_3_LARGE: ModelSpec = {
    **_API,
    "id": "text-embedding-3-large",
    "name": "text-embedding-3-large",
    "description": (
        "OpenAI's most capable embedding model for English and non-English text, producing "
        "3,072-dimensional vectors that can be shortened with the dimensions parameter."
    ),
    "kind": "embedding",
    "context_window": 8_191,  # max input tokens (OpenAI embeddings guide; litellm 8191)
    "max_completion_tokens": None,
    "supports_batch": True,
    "embedding_dimensions": 3_072,
    "pricing": {"prompt_price_per_1m": 0.13, "as_of": _AS_OF},
    "release_date": "2024-01-25",
    "reference_url": _DOCS + "text-embedding-3-large",
    "tags": ["embedding", "multilingual"],
}

TEXT_EMBEDDING_3_SMALL: ModelSpec = {
    **_API,
    "id": "text-embedding-3-small",
    "name": "text-embedding-3-small",
    "description": (
        "OpenAI's small, low-cost third-generation embedding model, producing 1,536-dimensional "
        "vectors that can be shortened with the dimensions parameter."
    ),
    "kind": "embedding",
    "context_window": 8_191,  # max input tokens (OpenAI embeddings guide; litellm 8191)
    "max_completion_tokens": None,
    "supports_batch": True,
    "embedding_dimensions": 1_536,
    "pricing": {"prompt_price_per_1m": 0.02, "as_of": _AS_OF},
    "release_date": "2024-01-25",
    "reference_url": _DOCS + "text-embedding-3-small",
    "tags": ["embedding", "small"],
}

TEXT_EMBEDDING_ADA_002: ModelSpec = {
    **_API,
    "id": "text-embedding-ada-002",
    "name": "text-embedding-ada-002",
    "description": (
        "OpenAI's second-generation embedding model, producing fixed 1,536-dimensional vectors; "
        "it does not accept the dimensions parameter."
    ),
    "kind": "embedding",
    "context_window": 8_191,  # max input tokens (OpenAI embeddings guide; litellm 8191)
    "max_completion_tokens": None,
    "supports_batch": True,
    "embedding_dimensions": 1_536,
    "supported_features": ["encoding_format", "user"],
    "pricing": {"prompt_price_per_1m": 0.10, "as_of": _AS_OF},
    "release_date": "2022-12-15",
    "reference_url": _DOCS + "text-embedding-ada-002",
    "tags": ["embedding", "legacy"],
    "aliases": ["text-embedding-ada-002-v2"],  # the name the API reports; LiteLLM lists it
}

# --- Moderation ---

OMNI_MODERATION_LATEST: ModelSpec = {
    **_API,
    "id": "omni-moderation-latest",
    "name": "omni-moderation",
    "description": (
        "OpenAI's free GPT-4o-based moderation model, classifying text and images against "
        "harm categories; the alias points to omni-moderation-2024-09-26."
    ),
    "kind": "moderation",
    "context_window": 32_768,  # LiteLLM max_input_tokens; OpenAI publishes no limit
    "max_completion_tokens": None,
    "supports_vision": True,  # image inputs are classified too
    "pricing": {"prompt_price_per_1m": 0.0, "as_of": _AS_OF},  # free of charge
    "release_date": "2024-09-26",
    "reference_url": _DOCS + "omni-moderation-latest",
    "tags": ["moderation", "safety", "vision"],
    "aliases": ["omni-moderation-2024-09-26"],
}

CATALOG = ProviderCatalog(
    provider="openai",
    name="OpenAI",
    homepage="https://openai.com",
    models=(
        GPT_OSS_120B,
        GPT_OSS_20B,
        GPT_OSS_120B_REALTIME_PREVIEW,
        GPT_OSS_SAFEGUARD_120B,
        GPT_OSS_SAFEGUARD_20B,
        GPT_6_2_ASTRA,
        GPT_6_2_SOL,
        GPT_6_1_SOL,
        GPT_6_1_TERRA,
        GPT_6_ASTRA,
        GPT_6_SOL,
        GPT_6_LUNA,
        GPT_6_ASTRA_LAW,
        GPT_6_CYBER,
        GPT_5_6_CYBER,
        GPT_5_5_CYBER_PREVIEW,
        GPT_DAYBREAK_BLUE_LATEST,
        GPT_DAYBREAK_RED_LATEST,
        GPT_6_ROSALIND,
        GPT_ROSALIND_RESEARCH,
        GPT_ROSALIND_DISCOVERY,
        GPT_5_6_SOL,
        GPT_5_6_TERRA,
        GPT_5_6_LUNA,
        CHAT_LATEST,
        GPT_5_5,
        GPT_5_5_PRO,
        GPT_5_4,
        GPT_5_4_PRO,
        GPT_5_4_MINI,
        GPT_5_4_NANO,
        GPT_5_3_CODEX,
        GPT_5_3_CODEX_SPARK,
        GPT_5_3_CHAT_LATEST,
        GPT_5_2,
        GPT_5_2_PRO,
        GPT_5_2_CODEX,
        GPT_5_2_CHAT_LATEST,
        GPT_5_1,
        GPT_5_1_CODEX,
        GPT_5_1_CODEX_MAX,
        GPT_5_1_CODEX_MINI,
        GPT_5_1_CHAT_LATEST,
        GPT_5,
        GPT_5_MINI,
        GPT_5_NANO,
        GPT_5_PRO,
        GPT_5_CODEX,
        GPT_5_CHAT_LATEST,
        GPT_5_SEARCH_API,
        GPT_4_5_PREVIEW,
        GPT_4_1,
        GPT_4_1_MINI,
        GPT_4_1_NANO,
        GPT_4O,
        GPT_4O_2024_11_20,
        GPT_4O_2024_05_13,
        CHATGPT_4O_LATEST,
        GPT_4O_MINI,
        GPT_4O_SEARCH_PREVIEW,
        GPT_4O_MINI_SEARCH_PREVIEW,
        GPT_4_TURBO,
        GPT_4,
        GPT_4_32K,
        GPT_35_TURBO,
        GPT_35_TURBO_16K,
        O1,
        O1_PRO,
        O1_PREVIEW,
        O1_MINI,
        O3,
        O3_PRO,
        O3_MINI,
        O4_MINI,
        O3_DEEP_RESEARCH,
        O4_MINI_DEEP_RESEARCH,
        CODEX_MINI_LATEST,
        COMPUTER_USE_PREVIEW,
        GPT_AUDIO_1_5,
        GPT_AUDIO,
        GPT_AUDIO_MINI,
        GPT_4O_AUDIO_PREVIEW,
        GPT_4O_AUDIO_PREVIEW_2024_12_17,
        GPT_4O_MINI_AUDIO_PREVIEW,
        GPT_REALTIME_2_1,
        GPT_REALTIME_2_1_MINI,
        GPT_REALTIME_2,
        GPT_REALTIME_1_5,
        GPT_REALTIME,
        GPT_REALTIME_MINI,
        GPT_4O_REALTIME_PREVIEW,
        GPT_4O_MINI_REALTIME_PREVIEW,
        GPT_LIVE_1,
        GPT_REALTIME_TRANSLATE,
        GPT_TRANSCRIBE,
        GPT_LIVE_TRANSCRIBE,
        GPT_REALTIME_WHISPER,
        GPT_4O_TRANSCRIBE,
        GPT_4O_MINI_TRANSCRIBE,
        GPT_4O_MINI_TRANSCRIBE_2025_03_20,
        GPT_4O_TRANSCRIBE_DIARIZE,
        WHISPER_1,
        GPT_4O_MINI_TTS,
        TTS_1,
        TTS_1_HD,
        GPT_IMAGE_2_6_SUNBURST,
        GPT_IMAGE_2_6_FLARE,
        GPT_IMAGE_2_5_SUNBURST,
        GPT_IMAGE_2_5_FLARE,
        GPT_IMAGE_2,
        GPT_IMAGE_1_5,
        CHATGPT_IMAGE_LATEST,
        GPT_IMAGE_1,
        GPT_IMAGE_1_MINI,
        DALL_E_3,
        DALL_E_2,
        SORA_2,
        SORA_2_PRO,
        TEXT_EMBEDDING_3_LARGE,
        TEXT_EMBEDDING_3_SMALL,
        TEXT_EMBEDDING_ADA_002,
        OMNI_MODERATION_LATEST,
    ),
)
