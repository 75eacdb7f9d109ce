"""Mistral AI models: everything Mistral's API serves today and the models it retired.

Large 4 and 3, Medium 3.5, Small 4, Ministral 3, Magistral, Codestral, Devstral,
Leanstral, Pixtral, Voxtral 2 and 3 (audio chat, transcription, text to speech), the
embedding, moderation and OCR models, and the third-party Z.ai GLM models Mistral
serves, with the retired snapshots their ids pointed at before. The versioned
API id is each model's id; -latest and other undated names are aliases of the model
they point at today.

Sources: Mistral's model cards (https://docs.mistral.ai/models/model-cards/..., kept in
https://github.com/mistralai/platform-docs-public src/schema/models/models/*.ts at
commit 222f4ba, 2026-08-21: API names, release, deprecation and retirement dates,
replacements, context lengths, features, weights and parameters, and the prices that
docs.mistral.ai and mistral.ai/pricing show), Mistral's changelog of 2024-02-26 (the
renamed mistral-tiny / mistral-small endpoints), the embeddings guides (dimensions),
the Mistral Small 4 announcement (experts), the Hugging Face model cards and
config.json files (Mixtral), arXiv 2401.04088 (Mixtral of Experts) and arXiv
2410.07073 (Pixtral 12B). Models and changes after 2026-08-21 (Large 4, Voxtral 3,
GLM 5.3, the OCR 4.0 and GLM 5.2 retirements) come from Mistral's release
notes (docs.mistral.ai/resources/release-note/...), its model pages
(docs.mistral.ai/models/...) and its Voxtral 2 migration guide, with the figures they do
not carry from LiteLLM 1.110.2 and genai-prices 0.2.5 (each says so where used);
everything is cross-checked against LiteLLM 1.110.2 and models.dev 1.0.398.

Context lengths: the model cards give "128k" / "256k" / "32k"; they are written here
as 131,072 / 262,144 / 32,768 tokens (the figures Mistral's API and LiteLLM use), the
whole context window. Mistral publishes no output limit except where noted.
Prices are USD per 1M tokens (audio per minute, speech per 1M characters) from the
model cards of 2026-08-21 unless a model says otherwise; cached input is billed at 10%
of the input price (Mistral's prompt caching guide). OCR is priced per page, which has no
field here, so the OCR models give the price in their description and have no pricing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.catalog.provider import ProviderCatalog

if TYPE_CHECKING:  # the spec types: for type checking only (modelreg.catalog.provider)
    from modelreg.catalog.provider import ModelSpec

_AS_OF = "2026-08-21"  # platform-docs-public commit 222f4ba: the model cards' prices
# Mistral Large 4's batch prices: Mistral's pricing page (docs.mistral.ai/inference/pricing)
# as genai-prices 0.2.5 records it.
# Prompt caching (docs.mistral.ai/inference/conversations/advanced/prompt-caching): "Cached
# prompt tokens are billed at 10% of the standard input token price". Models whose cached
# price is that 10% (LiteLLM 1.110.2 and genai-prices 0.2.5 agree) are priced as of:
_CACHED_AS_OF = "2026-12-07"

# Request parameters of Mistral's chat completions API (POST /v1/chat/completions).
# Every chat model takes response_format (JSON mode); only those whose model card lists
# "Structured Outputs" claim supports_structured_output (a caller's JSON schema).
_CHAT = [
    "max_tokens",
    "n",
    "stop",
    "random_seed",
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "stream",
    "safe_prompt",
]
_TOOLS = ["tools", "tool_choice", "parallel_tool_calls"]
# Parameters of POST /v1/ocr.
_OCR = [
    "document",
    "pages",
    "include_image_base64",
    "bbox_annotation_format",
    "document_annotation_format",
]

MISTRAL_LARGE_4_0: ModelSpec = {
    "id": "mistral-large-4-0",
    "name": "Mistral Large 4 (4.0)",
    "provider": "mistral",
    "description": (
        "Mistral Large 4, Mistral's natively multimodal (text and image in) mixture-of-experts "
        "flagship of about a trillion parameters, with reasoning on by default and a 1M-token "
        "context; in public preview on Mistral's API since 2026-10-06, open weights released "
        "on 2026-10-29."
    ),
    "architecture": "moe",
    # Total and active parameters: third-party pages give 1.05T / 49B and the weights'
    # repository name 1T-A52B; Mistral's card could not be read, so both are left out.
    "context_window": 1_048_576,  # Mistral model card (via LiteLLM 1.110.2, its source): 1M
    # 262,144 (256k, reasoning included) as quoted from Mistral's card by Vercel's AI Gateway
    # and AIHubMix; LiteLLM's 1,048,576 is its input limit repeated.
    "max_completion_tokens": 262_144,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    # Launched at $0.68 / $0.07 / $2.09, list prices $1.36 / $0.14 / $4.18 from 2026-10-20,
    # $0.70 / $0.07 / $2.10 on Mistral's pricing page since 2026-10-29 (genai-prices 0.2.5's
    # history of docs.mistral.ai/inference/pricing; LiteLLM 1.110.2 agrees on today's).
    "pricing": {
        "prompt_price_per_1m": 0.7,
        "cached_price_per_1m": 0.07,
        "completion_price_per_1m": 2.1,
        "batch_prompt_price_per_1m": 0.35,
        "batch_completion_price_per_1m": 1.05,
        "as_of": "2026-10-29",
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "release_date": "2026-10-06",
    "status": "preview",  # Mistral: Public Preview
    "reference_url": "https://docs.mistral.ai/models/mistral-large-4-0",
    "tags": ["flagship", "open-weights", "moe", "reasoning", "vision", "long-context"],
    "aliases": [
        "mistral-large-4",
    ],
}

MISTRAL_LARGE_2512: ModelSpec = {
    "id": "mistral-large-2512",
    "name": "Mistral Large 3 (25.12)",
    "provider": "mistral",
    "description": (
        "Mistral Large 3 (25.12), Mistral's open-weights general-purpose multimodal flagship: "
        "a granular mixture-of-experts model with 41B active of 675B total parameters, text "
        "and image in, 256k context."
    ),
    "architecture": "moe",
    "parameters": 675_000_000_000,  # Mistral model card: 675B total
    "active_parameters": 41_000_000_000,  # Mistral model card: 41B active
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.5,
        "cached_price_per_1m": 0.05,  # prompt caching page: 10% of input
        "completion_price_per_1m": 1.5,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-12-02",
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-large-3-25-12",
    "tags": ["open-weights", "moe", "vision", "long-context"],
    "aliases": [
        "mistral-large-latest",
        "mistral-large-3",
        "mistral-large",
        "mistralai/Mistral-Large-3-675B-Instruct-2512",
    ],
}

MISTRAL_LARGE_2411: ModelSpec = {
    "id": "mistral-large-2411",
    "name": "Mistral Large 2.1 (24.11)",
    "provider": "mistral",
    "description": (
        "Mistral Large 2.1 (24.11), Mistral's 123B dense flagship of late 2024, retired on "
        "2026-05-31. Mistral never served an id mistral-large-2501 (its Large ids are 2402, "
        "2407, 2411 and 2512; 25.01 was a Mistral Small 3 date): the first catalog's "
        "mistral-large-2501 is kept as an alias of this model, the closest real one and the "
        "current Large in January 2025."
    ),
    "architecture": "transformer",
    "parameters": 123_000_000_000,  # Mistral model card: 123B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 2.0, "completion_price_per_1m": 6.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "mistral-research-license",
    "release_date": "2024-11-18",
    "deprecation_date": "2026-02-27",
    "retirement_date": "2026-05-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-large-2-1-24-11",
    "tags": ["open-weights", "long-context"],
    "aliases": [
        "mistral-large-2501",  # the first catalog's id (never served)
        "mistralai/Mistral-Large-Instruct-2411",
    ],
}

MISTRAL_LARGE_2407: ModelSpec = {
    "id": "mistral-large-2407",
    "name": "Mistral Large 2.0 (24.07)",
    "provider": "mistral",
    "description": (
        "Mistral Large 2 (24.07), a 123B dense model with open weights under the Mistral "
        "Research License and a 128k context. Retired on 2025-03-30 (Mistral's replacement: "
        "Mistral Large 3)."
    ),
    "architecture": "transformer",
    "parameters": 123_000_000_000,  # Mistral model card: 123B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "mistral-research-license",
    "release_date": "2024-07-24",
    "deprecation_date": "2024-11-30",
    "retirement_date": "2025-03-30",
    "successor": "mistral-large-2512",  # Mistral: replacement Mistral Large 3
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-large-2-0-24-07",
    "tags": ["open-weights", "long-context"],
    "aliases": [
        "mistralai/Mistral-Large-Instruct-2407",
    ],
}

MISTRAL_LARGE_2402: ModelSpec = {
    "id": "mistral-large-2402",
    "name": "Mistral Large 1.0 (24.02)",
    "provider": "mistral",
    "description": (
        "Mistral Large 1.0 (24.02), Mistral's first flagship proprietary model, with a 32k "
        "context. Retired on 2025-06-16 (Mistral's replacement: Mistral Large 3)."
    ),
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "proprietary",
    "release_date": "2024-02-26",
    "deprecation_date": "2024-11-30",
    "retirement_date": "2025-06-16",
    "successor": "mistral-large-2512",  # Mistral: replacement Mistral Large 3
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-large-1-0-24-02",
    "tags": [],
}

MISTRAL_MEDIUM_3_5: ModelSpec = {
    "id": "mistral-medium-3-5",
    "name": "Mistral Medium 3.5 (26.04)",
    "provider": "mistral",
    "description": (
        "Mistral Medium 3.5 (26.04), Mistral's frontier-class multimodal reasoning model for "
        "agentic and coding work, with open weights (128B dense) under a modified MIT licence. "
        "mistral-medium-latest, mistral-medium-3 and the bare mistral-medium point at it today."
    ),
    "architecture": "transformer",
    "parameters": 128_000_000_000,  # Mistral model card: 128B
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 1.5,
        "cached_price_per_1m": 0.15,  # prompt caching page: 10% of input
        "completion_price_per_1m": 7.5,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "modified-mit",
    "release_date": "2026-04-28",
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-medium-3-5-26-04",
    "tags": ["open-weights", "reasoning", "vision", "long-context"],
    "aliases": [
        "mistral-medium-3",
        "mistral-medium-latest",
        "mistral-medium",  # Mistral's Medium today
        "mistral-medium-3.5",
        "mistral-medium-2604",  # the dated name LiteLLM and models.dev give Medium 3.5
        "mistralai/Mistral-Medium-3.5-128B",
    ],
}

MISTRAL_MEDIUM_2508: ModelSpec = {
    "id": "mistral-medium-2508",
    "name": "Mistral Medium 3.1 (25.08)",
    "provider": "mistral",
    "description": (
        "Mistral Medium 3.1 (25.08), Mistral's proprietary multimodal (text and image in) "
        "mid-size model of August 2025, 128k context. Retired on 2026-08-31 (Mistral's "
        "replacement: Mistral Medium 3.5)."
    ),
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.4,
        "cached_price_per_1m": 0.04,  # prompt caching page: 10% of input
        "completion_price_per_1m": 2.0,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "proprietary",
    "release_date": "2025-08-12",
    "deprecation_date": "2026-05-22",
    "retirement_date": "2026-08-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-medium-3-1-25-08",
    "tags": ["vision", "long-context"],
}

MISTRAL_MEDIUM_2505: ModelSpec = {
    "id": "mistral-medium-2505",
    "name": "Mistral Medium 3 (25.05)",
    "provider": "mistral",
    "description": (
        "Mistral Medium 3 (25.05), Mistral's proprietary multimodal (text and image in) "
        "mid-size model of May 2025, 128k context. Retired on 2026-08-31 (Mistral's "
        "replacement: Mistral Medium 3.5)."
    ),
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.4,
        "cached_price_per_1m": 0.04,  # prompt caching page: 10% of input
        "completion_price_per_1m": 2.0,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "proprietary",
    "release_date": "2025-05-07",
    "deprecation_date": "2026-05-22",
    "retirement_date": "2026-08-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-medium-3-25-05",
    "tags": ["vision", "long-context"],
}

MISTRAL_MEDIUM_2312: ModelSpec = {
    "id": "mistral-medium-2312",
    "name": "Mistral Medium 1.0 (23.12)",
    "provider": "mistral",
    "description": (
        "Mistral Medium 1.0 (23.12), Mistral's first proprietary enterprise model; the bare id "
        "mistral-medium was its endpoint until Mistral dated it mistral-medium-2312 in "
        "February 2024. Retired on 2025-06-16 (Mistral's replacement: Mistral Medium 3.5)."
    ),
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "proprietary",
    "release_date": "2023-12-11",
    "deprecation_date": "2024-11-30",
    "retirement_date": "2025-06-16",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-medium-1-0-23-12",
    "tags": [],
}

MISTRAL_SMALL_2603: ModelSpec = {
    "id": "mistral-small-2603",
    "name": "Mistral Small 4 (26.03)",
    "provider": "mistral",
    "description": (
        "Mistral Small 4 (26.03), a 119B mixture-of-experts model (6.5B active) that unifies "
        "instruct, reasoning (configurable reasoning effort) and coding, with image input and "
        "a 256k context. mistral-small-latest and the bare mistral-small point at it today; "
        "the bare mistral-small first served Mixtral 8x7B (see mixtral-8x7b)."
    ),
    "architecture": "moe",
    "parameters": 119_000_000_000,  # Mistral model card: 119B total
    "active_parameters": 6_500_000_000,  # Mistral model card: 6.5B active
    "num_experts": 128,  # Mistral Small 4 announcement: 128 experts, 4 active per token
    "experts_per_token": 4,
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.15,
        "cached_price_per_1m": 0.015,  # prompt caching page: 10% of input
        "completion_price_per_1m": 0.6,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "apache-2.0",
    "release_date": "2026-03-16",
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-small-4-0-26-03",
    "tags": ["open-weights", "moe", "reasoning", "vision", "long-context"],
    "aliases": [
        "mistral-small-latest",
        "mistral-small",  # Mistral's Small today
        "mistral-small-4",
        "mistralai/Mistral-Small-4-2603",
    ],
}

MISTRAL_SMALL_2506: ModelSpec = {
    "id": "mistral-small-2506",
    "name": "Mistral Small 3.2 (25.06)",
    "provider": "mistral",
    "description": (
        "Mistral Small 3.2 (25.06), a 24B open-weights model with image input, 128k context. "
        "Retired on 2026-07-31 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "apache-2.0",
    "release_date": "2025-06-20",
    "deprecation_date": "2026-04-30",
    "retirement_date": "2026-07-31",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-small-3-2-25-06",
    "tags": ["open-weights", "vision", "long-context"],
    "aliases": [
        "mistralai/Mistral-Small-3.2-24B-Instruct-2506",
    ],
}

MISTRAL_SMALL_2503: ModelSpec = {
    "id": "mistral-small-2503",
    "name": "Mistral Small 3.1 (25.03)",
    "provider": "mistral",
    "description": (
        "Mistral Small 3.1 (25.03), a 24B open-weights model that added image input and a 128k "
        "context. Retired on 2025-11-30 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "apache-2.0",
    "release_date": "2025-03-17",
    "deprecation_date": "2025-11-06",
    "retirement_date": "2025-11-30",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-small-3-1-25-03",
    "tags": ["open-weights", "vision", "long-context"],
    "aliases": [
        "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
    ],
}

MISTRAL_SMALL_2501: ModelSpec = {
    "id": "mistral-small-2501",
    "name": "Mistral Small 3.0 (25.01)",
    "provider": "mistral",
    "description": (
        "Mistral Small 3 (25.01), a 24B open-weights model for low-latency chat and function "
        "calling, 32k context. Retired on 2025-11-30 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-01-30",
    "deprecation_date": "2025-11-06",
    "retirement_date": "2025-11-30",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-small-3-0-25-01",
    "tags": ["open-weights"],
    "aliases": [
        "mistralai/Mistral-Small-24B-Instruct-2501",
    ],
}

MISTRAL_SMALL_2409: ModelSpec = {
    "id": "mistral-small-2409",
    "name": "Mistral Small 2.0 (24.09)",
    "provider": "mistral",
    "description": (
        "Mistral Small 2 (24.09), a 22B model with open weights under the Mistral Research "
        "License, 32k context. Retired on 2025-11-30 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 22_000_000_000,  # Mistral model card: 22B
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "mistral-research-license",
    "release_date": "2024-09-17",
    "deprecation_date": "2025-11-06",
    "retirement_date": "2025-11-30",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-small-2-0-24-09",
    "tags": ["open-weights"],
    "aliases": [
        "mistralai/Mistral-Small-Instruct-2409",
    ],
}

MISTRAL_SMALL_2402: ModelSpec = {
    "id": "mistral-small-2402",
    "name": "Mistral Small 1.0 (24.02)",
    "provider": "mistral",
    "description": (
        "Mistral Small 1.0 (24.02), a proprietary small model, the first to carry the "
        "mistral-small name after the February 2024 renaming (the bare mistral-small had "
        "served Mixtral 8x7B). Retired on 2025-06-16 (Mistral's replacement: Mistral Small 4)."
    ),
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "proprietary",
    "release_date": "2024-02-26",
    "deprecation_date": "2024-11-30",
    "retirement_date": "2025-06-16",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-small-1-0-24-02",
    "tags": [],
}

LABS_MISTRAL_SMALL_CREATIVE: ModelSpec = {
    "id": "labs-mistral-small-creative",
    "name": "Mistral Small Creative (25.12)",
    "provider": "mistral",
    "description": (
        "Mistral Small Creative, a Mistral Labs model for creative writing and character "
        "interaction, 32k context. Retired on 2026-04-30 (Mistral's replacement: Ministral 3 "
        "8B)."
    ),
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "release_date": "2025-12-11",
    "deprecation_date": "2026-03-31",
    "retirement_date": "2026-04-30",
    "successor": "ministral-8b-2512",  # Mistral: replacement Ministral 3 8B
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-small-creative-25-12",
    "tags": ["labs"],
}

MINISTRAL_14B_2512: ModelSpec = {
    "id": "ministral-14b-2512",
    "name": "Ministral 3 14B (25.12)",
    "provider": "mistral",
    "description": (
        "Ministral 3 14B (25.12), the largest of Mistral's open-weights Ministral 3 edge "
        "models: text and image in, 256k context."
    ),
    "architecture": "transformer",
    "parameters": 14_000_000_000,  # Mistral model card: 14B
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.2,
        "cached_price_per_1m": 0.02,  # prompt caching page: 10% of input
        "completion_price_per_1m": 0.2,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-12-02",
    "paper_url": "https://arxiv.org/abs/2601.08584",
    "reference_url": "https://docs.mistral.ai/models/model-cards/ministral-3-14b-25-12",
    "tags": ["open-weights", "vision", "long-context"],
    "aliases": [
        "ministral-14b-latest",
        # LiteLLM lists this spelling on Mistral's API, same figures (mistral.ai/pricing).
        "ministral-3-14b-2512",
        "mistralai/Ministral-3-14B-Instruct-2512",
    ],
}

MINISTRAL_8B_2512: ModelSpec = {
    "id": "ministral-8b-2512",
    "name": "Ministral 3 8B (25.12)",
    "provider": "mistral",
    "description": (
        "Ministral 3 8B (25.12), an open-weights edge model with text and image input and a "
        "256k context."
    ),
    "architecture": "transformer",
    "parameters": 8_000_000_000,  # Mistral model card: 8B
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.15,
        "cached_price_per_1m": 0.015,  # prompt caching page: 10% of input
        "completion_price_per_1m": 0.15,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-12-02",
    "paper_url": "https://arxiv.org/abs/2601.08584",
    "reference_url": "https://docs.mistral.ai/models/model-cards/ministral-3-8b-25-12",
    "tags": ["open-weights", "vision", "long-context"],
    "aliases": [
        "ministral-8b-latest",
        # LiteLLM lists this spelling on Mistral's API, same figures (mistral.ai/pricing).
        "ministral-3-8b-2512",
        "mistralai/Ministral-3-8B-Instruct-2512",
    ],
}

MINISTRAL_3B_2512: ModelSpec = {
    "id": "ministral-3b-2512",
    "name": "Ministral 3 3B (25.12)",
    "provider": "mistral",
    "description": (
        "Ministral 3 3B (25.12), Mistral's smallest open-weights Ministral 3 edge model, text "
        "and image in, 256k context."
    ),
    "architecture": "transformer",
    "parameters": 3_000_000_000,  # Mistral model card: 3B
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.1,
        "cached_price_per_1m": 0.01,  # prompt caching page: 10% of input
        "completion_price_per_1m": 0.1,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-12-02",
    "paper_url": "https://arxiv.org/abs/2601.08584",
    "reference_url": "https://docs.mistral.ai/models/model-cards/ministral-3-3b-25-12",
    "tags": ["open-weights", "vision", "long-context"],
    "aliases": [
        "ministral-3b-latest",
        # LiteLLM lists this spelling on Mistral's API, same figures (mistral.ai/pricing).
        "ministral-3-3b-2512",
        "mistralai/Ministral-3-3B-Instruct-2512",
    ],
}

MINISTRAL_8B_2410: ModelSpec = {
    "id": "ministral-8b-2410",
    "name": "Ministral 8B (24.10)",
    "provider": "mistral",
    "description": (
        "Ministral 8B (24.10), an 8B edge model with weights under the Mistral Research "
        "License, 128k context. Retired on 2025-12-31 (Mistral's replacement: Ministral 3 8B)."
    ),
    "architecture": "transformer",
    "parameters": 8_000_000_000,  # Mistral model card: 8B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.1, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "mistral-research-license",
    "release_date": "2024-10-09",
    "deprecation_date": "2025-12-02",
    "retirement_date": "2025-12-31",
    "successor": "ministral-8b-2512",  # Mistral: replacement Ministral 3 8B
    "reference_url": "https://docs.mistral.ai/models/model-cards/ministral-8b-24-1",
    "tags": ["open-weights", "long-context"],
    "aliases": [
        "mistralai/Ministral-8B-Instruct-2410",
    ],
}

MINISTRAL_3B_2410: ModelSpec = {
    "id": "ministral-3b-2410",
    "name": "Ministral 3B (24.10)",
    "provider": "mistral",
    "description": (
        "Ministral 3B (24.10), a proprietary 3B edge model, 128k context. Retired on "
        "2025-12-31 (Mistral's replacement: Ministral 3 3B)."
    ),
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.04, "completion_price_per_1m": 0.04, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "proprietary",
    "release_date": "2024-10-09",
    "deprecation_date": "2025-12-02",
    "retirement_date": "2025-12-31",
    "successor": "ministral-3b-2512",  # Mistral: replacement Ministral 3 3B
    "reference_url": "https://docs.mistral.ai/models/model-cards/ministral-3b-24-1",
    "tags": ["long-context"],
}

MAGISTRAL_MEDIUM_2509: ModelSpec = {
    "id": "magistral-medium-2509",
    "name": "Magistral Medium 1.2 (25.09)",
    "provider": "mistral",
    "description": (
        "Magistral Medium 1.2 (25.09), Mistral's proprietary reasoning model with image input "
        "and a 128k context. Retired on 2026-07-31 (Mistral's replacement: Mistral Medium 3.5)."
    ),
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 2.0, "completion_price_per_1m": 5.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "proprietary",
    "release_date": "2025-09-18",
    "deprecation_date": "2026-05-22",
    "retirement_date": "2026-07-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/magistral-medium-1-2-25-09",
    "tags": ["reasoning", "vision", "long-context"],
    "aliases": [
        "magistral-medium-latest",
    ],
}

MAGISTRAL_MEDIUM_2507: ModelSpec = {
    "id": "magistral-medium-2507",
    "name": "Magistral Medium 1.1 (25.07)",
    "provider": "mistral",
    "description": (
        "Magistral Medium 1.1 (25.07), Mistral's proprietary reasoning model, 40k context. "
        "Retired on 2025-11-30 (Mistral's replacement: Mistral Medium 3.5)."
    ),
    "context_window": 40_960,  # Mistral model card: 40k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 2.0, "completion_price_per_1m": 5.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "proprietary",
    "release_date": "2025-07-24",
    "deprecation_date": "2025-10-31",
    "retirement_date": "2025-11-30",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/magistral-medium-1-1-25-07",
    "tags": ["reasoning"],
}

MAGISTRAL_MEDIUM_2506: ModelSpec = {
    "id": "magistral-medium-2506",
    "name": "Magistral Medium 1.0 (25.06)",
    "provider": "mistral",
    "description": (
        "Magistral Medium 1.0 (25.06), Mistral's first proprietary reasoning model, 40k "
        "context. Retired on 2025-11-30 (Mistral's replacement: Mistral Medium 3.5)."
    ),
    "context_window": 40_960,  # Mistral model card: 40k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 2.0, "completion_price_per_1m": 5.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "proprietary",
    "release_date": "2025-06-10",
    "deprecation_date": "2025-10-31",
    "retirement_date": "2025-11-30",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "paper_url": "https://arxiv.org/pdf/2506.10910",
    "reference_url": "https://docs.mistral.ai/models/model-cards/magistral-medium-1-0-25-06",
    "tags": ["reasoning"],
}

MAGISTRAL_SMALL_2509: ModelSpec = {
    "id": "magistral-small-2509",
    "name": "Magistral Small 1.2 (25.09)",
    "provider": "mistral",
    "description": (
        "Magistral Small 1.2 (25.09), a 24B open-weights reasoning model with image input and "
        "a 128k context. Retired on 2026-07-31 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.5, "completion_price_per_1m": 1.5, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-09-18",
    "deprecation_date": "2026-04-30",
    "retirement_date": "2026-07-31",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/magistral-small-1-2-25-09",
    "tags": ["open-weights", "reasoning", "vision", "long-context"],
    "aliases": [
        "magistral-small-latest",
        "mistralai/Magistral-Small-2509",
    ],
}

MAGISTRAL_SMALL_2507: ModelSpec = {
    "id": "magistral-small-2507",
    "name": "Magistral Small 1.1 (25.07)",
    "provider": "mistral",
    "description": (
        "Magistral Small 1.1 (25.07), a 24B open-weights reasoning model, 40k context. Retired "
        "on 2025-11-30 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 40_960,  # Mistral model card: 40k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.5, "completion_price_per_1m": 1.5, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-07-24",
    "deprecation_date": "2025-10-31",
    "retirement_date": "2025-11-30",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/magistral-small-1-1-25-07",
    "tags": ["open-weights", "reasoning"],
    "aliases": [
        "mistralai/Magistral-Small-2507",
    ],
}

MAGISTRAL_SMALL_2506: ModelSpec = {
    "id": "magistral-small-2506",
    "name": "Magistral Small 1.0 (25.06)",
    "provider": "mistral",
    "description": (
        "Magistral Small 1.0 (25.06), Mistral's first open-weights (24B) reasoning model, 40k "
        "context. Retired on 2025-11-30 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 40_960,  # Mistral model card: 40k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.5, "completion_price_per_1m": 1.5, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-06-10",
    "deprecation_date": "2025-10-31",
    "retirement_date": "2025-11-30",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "paper_url": "https://arxiv.org/pdf/2506.10910",
    "reference_url": "https://docs.mistral.ai/models/model-cards/magistral-small-1-0-25-06",
    "tags": ["open-weights", "reasoning"],
    "aliases": [
        "mistralai/Magistral-Small-2506",
    ],
}

CODESTRAL_2508: ModelSpec = {
    "id": "codestral-2508",
    "name": "Codestral (25.08)",
    "provider": "mistral",
    "description": (
        "Codestral (25.08), Mistral's proprietary code model for completion and "
        "fill-in-the-middle (/v1/fim/completions) as well as chat, 256k context."
    ),
    # Mistral's models overview (docs.mistral.ai/guides/model-selection): 256k. The model
    # card of 2026-08-21 said 128k and LiteLLM gives 128,000; models.dev and genai-prices
    # give 256,000. Mistral's overview wins.
    "context_window": 262_144,
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.3,
        "cached_price_per_1m": 0.03,  # prompt caching page: 10% of input
        "completion_price_per_1m": 0.9,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "proprietary",
    "release_date": "2025-07-30",
    "reference_url": "https://docs.mistral.ai/models/model-cards/codestral-25-08",
    "tags": ["coding", "long-context"],
    "aliases": [
        "codestral-latest",
        "codestral",
    ],
}

CODESTRAL_2501: ModelSpec = {
    "id": "codestral-2501",
    "name": "Codestral (25.01)",
    "provider": "mistral",
    "description": (
        "Codestral (25.01), Mistral's code model for chat and fill-in-the-middle, 128k "
        "context. Retired on 2025-11-30 (Mistral's replacement: Codestral)."
    ),
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.3, "completion_price_per_1m": 0.9, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "proprietary",
    "release_date": "2025-01-13",
    "deprecation_date": "2025-11-06",
    "retirement_date": "2025-11-30",
    "successor": "codestral-2508",  # Mistral: replacement Codestral
    "reference_url": "https://docs.mistral.ai/models/model-cards/codestral-25-01",
    "tags": ["coding", "long-context"],
}

CODESTRAL_2405: ModelSpec = {
    "id": "codestral-2405",
    "name": "Codestral (24.05)",
    "provider": "mistral",
    "description": (
        "Codestral (24.05), Mistral's first code model (22B, weights under the Mistral "
        "Non-Production License) for chat and fill-in-the-middle, 32k context. Retired on "
        "2025-06-16 (Mistral's replacement: Codestral)."
    ),
    "architecture": "transformer",
    "parameters": 22_000_000_000,  # Mistral model card: 22B
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "mistral-non-production-license",
    "release_date": "2024-05-29",
    "deprecation_date": "2024-12-02",
    "retirement_date": "2025-06-16",
    "successor": "codestral-2508",  # Mistral: replacement Codestral
    "reference_url": "https://docs.mistral.ai/models/model-cards/codestral-24-05",
    "tags": ["open-weights", "coding"],
    "aliases": [
        "mistralai/Codestral-22B-v0.1",
    ],
}

OPEN_CODESTRAL_MAMBA: ModelSpec = {
    "id": "open-codestral-mamba",
    "name": "Codestral Mamba 7B (v0.1)",
    "provider": "mistral",
    "description": (
        "Codestral Mamba 7B, an open-weights code model on the Mamba 2 architecture, 256k "
        "context. Retired on 2025-06-06 (Mistral's replacement: Codestral)."
    ),
    "architecture": "transformer",
    "parameters": 7_000_000_000,  # Mistral model card: 7B
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "apache-2.0",
    "release_date": "2024-07-16",
    "deprecation_date": "2025-06-06",
    "retirement_date": "2025-06-06",
    "successor": "codestral-2508",  # Mistral: replacement Codestral
    "reference_url": "https://docs.mistral.ai/models/model-cards/codestral-mamba-7b-0-1",
    "tags": ["open-weights", "long-context"],
    "aliases": [
        # Its first API names: "codestral-mamba-latest: currently points to codestral-mamba-2407"
        # (Mistral's models page, platform-docs-public commit 8eae445c, 2024-07-16), renamed
        # open-codestral-mamba two days later (commit 02c3f50e).
        "codestral-mamba-latest",
        "codestral-mamba-2407",
        "mistralai/Mamba-Codestral-7B-v0.1",
    ],
}

DEVSTRAL_2512: ModelSpec = {
    "id": "devstral-2512",
    "name": "Devstral 2 (25.12)",
    "provider": "mistral",
    "description": (
        "Devstral 2 (25.12), Mistral's 123B dense open-weights model for software-engineering "
        "agents, 256k context. Retired on 2026-07-31 (Mistral's replacement: Mistral Medium "
        "3.5)."
    ),
    "architecture": "transformer",
    "parameters": 123_000_000_000,  # Mistral model card: 123B
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 0.4,
        "cached_price_per_1m": 0.04,  # prompt caching page: 10% of input
        "completion_price_per_1m": 2.0,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "modified-mit",
    "release_date": "2025-12-09",
    "deprecation_date": "2026-05-22",
    "retirement_date": "2026-07-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/devstral-2-25-12",
    "tags": ["open-weights", "coding", "long-context"],
    "aliases": [
        "devstral-latest",
        "devstral-medium-latest",
        "devstral-2",
        "mistralai/Devstral-2-123B-Instruct-2512",
    ],
}

DEVSTRAL_MEDIUM_2507: ModelSpec = {
    "id": "devstral-medium-2507",
    "name": "Devstral Medium 1.0 (25.07)",
    "provider": "mistral",
    "description": (
        "Devstral Medium 1.0 (25.07), Mistral's proprietary model for software-engineering "
        "agents, 128k context. Retired on 2026-05-31 (Mistral's replacement: Mistral Medium "
        "3.5)."
    ),
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.4, "completion_price_per_1m": 2.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "proprietary",
    "release_date": "2025-07-10",
    "deprecation_date": "2026-02-27",
    "retirement_date": "2026-05-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/devstral-medium-1-0-25-07",
    "tags": ["coding", "long-context"],
}

LABS_DEVSTRAL_SMALL_2512: ModelSpec = {
    "id": "labs-devstral-small-2512",
    "name": "Devstral Small 2 (25.12)",
    "provider": "mistral",
    "description": (
        "Devstral Small 2 (25.12), a 24B open-weights Mistral Labs model for code agents, text "
        "and image in, 256k context. Retired on 2026-03-31 (Mistral's replacement: Mistral "
        "Medium 3.5)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-12-09",
    "deprecation_date": "2026-02-27",
    "retirement_date": "2026-03-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/devstral-small-2-25-12",
    "tags": ["open-weights", "vision", "coding", "labs", "long-context"],
    "aliases": [
        "devstral-small-latest",
        "devstral-small-2",
        "mistralai/Devstral-Small-2-24B-Instruct-2512",
    ],
}

DEVSTRAL_SMALL_2507: ModelSpec = {
    "id": "devstral-small-2507",
    "name": "Devstral Small 1.1 (25.07)",
    "provider": "mistral",
    "description": (
        "Devstral Small 1.1 (25.07), a 24B open-weights model for software-engineering agents, "
        "128k context. Retired on 2026-05-31 (Mistral's replacement: Mistral Small 4)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-07-10",
    "deprecation_date": "2026-02-27",
    "retirement_date": "2026-05-31",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/devstral-small-1-1-25-07",
    "tags": ["open-weights", "coding", "long-context"],
    "aliases": [
        "mistralai/Devstral-Small-2507",
    ],
}

DEVSTRAL_SMALL_2505: ModelSpec = {
    "id": "devstral-small-2505",
    "name": "Devstral Small 1.0 (25.05)",
    "provider": "mistral",
    "description": (
        "Devstral Small 1.0 (25.05), Mistral's first 24B open-weights model for "
        "software-engineering agents, 128k context. Retired on 2025-11-30 (Mistral's "
        "replacement: Mistral Medium 3.5)."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-05-21",
    "deprecation_date": "2025-10-31",
    "retirement_date": "2025-11-30",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/devstral-small-1-0-25-05",
    "tags": ["open-weights", "coding", "long-context"],
    "aliases": [
        "mistralai/Devstral-Small-2505",
    ],
}

LABS_LEANSTRAL_1_5: ModelSpec = {
    "id": "labs-leanstral-1-5",
    "name": "Leanstral 1.5",
    "provider": "mistral",
    "description": (
        "Leanstral 1.5, a Mistral Labs code agent for Lean 4 proof engineering (119B mixture "
        "of experts, 6.5B active), served free in public preview. Retired on 2026-09-30."
    ),
    "architecture": "moe",
    "parameters": 119_000_000_000,  # Mistral model card: 119B total
    "active_parameters": 6_500_000_000,  # Mistral model card: 6.5B active
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": 131_072,  # model card output limit: 128k
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "pricing": {"prompt_price_per_1m": 0.0, "completion_price_per_1m": 0.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2026-06-30",
    "retirement_date": "2026-09-30",
    "reference_url": "https://docs.mistral.ai/models/model-cards/leanstral-1-5",
    "tags": ["open-weights", "moe", "vision", "labs", "long-context"],
    "aliases": [
        "mistralai/Leanstral-1.5-119B-A6B",
    ],
}

LABS_LEANSTRAL_2603: ModelSpec = {
    "id": "labs-leanstral-2603",
    "name": "Leanstral (26.03)",
    "provider": "mistral",
    "description": (
        "Leanstral (26.03), a Mistral Labs code agent for Lean 4 proof engineering (119B "
        "mixture of experts, 6.5B active), served free. Retired on 2026-06-30 (Mistral's "
        "replacement: Leanstral 1.5)."
    ),
    "architecture": "moe",
    "parameters": 119_000_000_000,  # Mistral model card: 119B total
    "active_parameters": 6_500_000_000,  # Mistral model card: 6.5B active
    "context_window": 262_144,  # Mistral model card: 256k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "pricing": {"prompt_price_per_1m": 0.0, "completion_price_per_1m": 0.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2026-03-16",
    "deprecation_date": "2026-05-22",
    "retirement_date": "2026-06-30",
    # No successor: Mistral's replacement, Leanstral 1.5, was itself retired on 2026-09-30
    # with no replacement named, and a successor here must be a model still served.
    "reference_url": "https://docs.mistral.ai/models/model-cards/leanstral-26-03",
    "tags": ["open-weights", "moe", "vision", "labs", "long-context"],
    "aliases": [
        "mistralai/Leanstral-2603",
    ],
}

PIXTRAL_LARGE_2411: ModelSpec = {
    "id": "pixtral-large-2411",
    "name": "Pixtral Large (24.11)",
    "provider": "mistral",
    "description": (
        "Pixtral Large (24.11), a 124B multimodal model (Mistral Large 2 with a vision "
        "encoder), weights under the Mistral Research License, 128k context. Retired on "
        "2026-05-31 (Mistral's replacement: Mistral Medium 3.5)."
    ),
    "architecture": "transformer",
    "parameters": 124_000_000_000,  # Mistral model card: 124B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 2.0, "completion_price_per_1m": 6.0, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "license": "mistral-research-license",
    "release_date": "2024-11-18",
    "deprecation_date": "2026-02-27",
    "retirement_date": "2026-05-31",
    "successor": "mistral-medium-3-5",  # Mistral: replacement Mistral Medium 3.5
    "reference_url": "https://docs.mistral.ai/models/model-cards/pixtral-large-24-11",
    "tags": ["open-weights", "vision", "long-context"],
    "aliases": [
        "pixtral-large-latest",
        "mistralai/Pixtral-Large-Instruct-2411",
    ],
}

PIXTRAL_12B_2409: ModelSpec = {
    "id": "pixtral-12b-2409",
    "name": "Pixtral 12B (24.09)",
    "provider": "mistral",
    "description": (
        "Pixtral 12B (24.09), Mistral's first multimodal model: a 12B decoder with a 400M "
        "vision encoder that reads images alongside text, open weights under Apache 2.0. "
        "Retired on 2025-12-31 (Mistral's replacement: Ministral 3 14B)."
    ),
    "architecture": "transformer",
    "parameters": 12_000_000_000,  # Mistral model card: 12B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.15, "completion_price_per_1m": 0.15, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2024-09-11",
    "deprecation_date": "2025-12-02",
    "retirement_date": "2025-12-31",
    "successor": "ministral-14b-2512",  # Mistral: replacement Ministral 3 14B
    "paper_url": "https://arxiv.org/pdf/2410.07073",
    "reference_url": "https://docs.mistral.ai/models/model-cards/pixtral-12b-24-09",
    "tags": ["open-weights", "vision", "long-context"],
    "aliases": [
        "pixtral-12b",
        "pixtral-12b-latest",
        "mistralai/Pixtral-12B-2409",
    ],
}

OPEN_MISTRAL_NEMO_2407: ModelSpec = {
    "id": "open-mistral-nemo-2407",
    "name": "Mistral Nemo 12B (24.07)",
    "provider": "mistral",
    "description": (
        "Mistral NeMo 12B (24.07), a multilingual open-weights model built with NVIDIA, 128k "
        "context. Retired on 2026-07-31 (Mistral's replacement: Ministral 3 8B)."
    ),
    "architecture": "transformer",
    "parameters": 12_000_000_000,  # Mistral model card: 12B
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.15, "completion_price_per_1m": 0.15, "as_of": _AS_OF},
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2024-07-18",
    "deprecation_date": "2026-05-22",
    "retirement_date": "2026-07-31",
    "successor": "ministral-8b-2512",  # Mistral: replacement Ministral 3 8B
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-nemo-12b-24-07",
    "tags": ["open-weights", "long-context"],
    "aliases": [
        "open-mistral-nemo",
        "mistral-nemo",
        "mistralai/Mistral-Nemo-Instruct-2407",
    ],
}

OPEN_MISTRAL_7B: ModelSpec = {
    "id": "open-mistral-7b",
    "name": "Mistral 7B (v0.3)",
    "provider": "mistral",
    "description": (
        "Mistral 7B, Mistral's first open-weights model, served as open-mistral-7b (first "
        "mistral-tiny, renamed in February 2024; the id served v0.2 and then v0.3). Retired on "
        "2025-03-30."
    ),
    "architecture": "transformer",
    "parameters": 7_000_000_000,  # Mistral model card: 7B
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "apache-2.0",
    "release_date": "2024-05-22",
    "deprecation_date": "2024-11-30",
    "retirement_date": "2025-03-30",
    "successor": "ministral-8b-2512",  # Mistral: replacement Ministral 3 8B
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-7b-0-3",
    "tags": ["open-weights"],
    "aliases": [
        "mistral-tiny",
        "mistral-tiny-2312",
        "mistralai/Mistral-7B-Instruct-v0.3",
    ],
}

MISTRAL_SABA_2502: ModelSpec = {
    "id": "mistral-saba-2502",
    "name": "Mistral Saba (25.02)",
    "provider": "mistral",
    "description": (
        "Mistral Saba (25.02), a proprietary model trained for Middle Eastern and South Asian "
        "languages, 32k context. Retired on 2025-09-30 (Mistral's replacement: Mistral Small "
        "4)."
    ),
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's model card no longer carries a price, so none is given.
    "supported_features": list(_CHAT),
    "license": "proprietary",
    "release_date": "2025-02-17",
    "deprecation_date": "2025-06-10",
    "retirement_date": "2025-09-30",
    "successor": "mistral-small-2603",  # Mistral: replacement Mistral Small 4
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-saba-25-02",
    "tags": [],
    "aliases": [
        "mistral-saba-latest",
    ],
}

VOXTRAL_SMALL_2507: ModelSpec = {
    "id": "voxtral-small-2507",
    "name": "Voxtral Small (25.07)",
    "provider": "mistral",
    "description": (
        "Voxtral Small (25.07), a 24B open-weights chat model that takes audio as well as text "
        "input (speech understanding, transcription, Q&A over audio), 32k context."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # Mistral model card: 24B
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_audio_input": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "audio_price_per_minute": 0.004,
        "prompt_price_per_1m": 0.1,
        "cached_price_per_1m": 0.01,  # prompt caching page: 10% of input
        "completion_price_per_1m": 0.4,
        "as_of": _CACHED_AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-07-15",
    "paper_url": "https://arxiv.org/pdf/2507.13264",
    "reference_url": "https://docs.mistral.ai/models/model-cards/voxtral-small-25-07",
    "tags": ["open-weights", "audio"],
    "aliases": [
        "voxtral-small-latest",
        "mistralai/Voxtral-Small-24B-2507",
    ],
}

VOXTRAL_MINI_2507: ModelSpec = {
    "id": "voxtral-mini-2507",
    "name": "Voxtral Mini (25.07)",
    "provider": "mistral",
    "description": (
        "Voxtral Mini (25.07), a small open-weights audio-and-text chat model "
        "(Voxtral-Mini-3B-2507); the same id also served Mistral's first transcription "
        "endpoint (Voxtral Mini Transcribe, $0.002/min). Retired on 2026-05-31."
    ),
    "architecture": "transformer",
    # Mistral model card: 4B (the 3B language model plus its audio encoder)
    "parameters": 4_000_000_000,
    "context_window": 32_768,  # Mistral model card: 32k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_audio_input": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "audio_price_per_minute": 0.001,
        "prompt_price_per_1m": 0.04,
        "completion_price_per_1m": 0.04,
        "as_of": _AS_OF,
    },
    "supported_features": [*_CHAT, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-07-15",
    "deprecation_date": "2026-02-27",
    "retirement_date": "2026-05-31",
    "successor": "voxtral-mini-2602",  # Mistral: replacement Voxtral Mini Transcribe 2
    "paper_url": "https://arxiv.org/pdf/2507.13264",
    "reference_url": "https://docs.mistral.ai/models/model-cards/voxtral-mini-25-07",
    "tags": ["open-weights", "audio"],
    "aliases": [
        "mistralai/Voxtral-Mini-3B-2507",
    ],
}

VOXTRAL_MINI_2602: ModelSpec = {
    "id": "voxtral-mini-2602",
    "name": "Voxtral Mini Transcribe 2 (26.02)",
    "provider": "mistral",
    "description": (
        "Voxtral Mini Transcribe 2 (26.02), Mistral's speech-to-text model for "
        "/v1/audio/transcriptions, with timestamps."
    ),
    "kind": "speech_to_text",
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_audio_input": True,
    "pricing": {"audio_price_per_minute": 0.003, "as_of": _AS_OF},
    "license": "proprietary",
    "release_date": "2026-02-04",
    "reference_url": "https://docs.mistral.ai/models/model-cards/voxtral-mini-transcribe-26-02",
    "tags": ["audio", "speech-to-text"],
    "aliases": [
        "voxtral-mini-latest",
    ],
}

VOXTRAL_MINI_TRANSCRIBE_REALTIME_2602: ModelSpec = {
    "id": "voxtral-mini-transcribe-realtime-2602",
    "name": "Voxtral Mini Transcribe Realtime (26.02)",
    "provider": "mistral",
    "description": (
        "Voxtral Mini Transcribe Realtime (26.02), a 4B open-weights streaming speech-to-text "
        "model for live transcription."
    ),
    "kind": "speech_to_text",
    "architecture": "transformer",
    "parameters": 4_000_000_000,  # Mistral model card: 4B
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_audio_input": True,
    "supports_streaming": True,
    "pricing": {"audio_price_per_minute": 0.006, "as_of": _AS_OF},
    "license": "apache-2.0",
    "release_date": "2026-02-04",
    "paper_url": "https://arxiv.org/abs/2602.11298",
    "reference_url": "https://docs.mistral.ai/models/model-cards/voxtral-mini-transcribe-realtime-26-02",
    "tags": ["open-weights", "audio", "speech-to-text"],
    "aliases": [
        # voxtral-mini-transcribe-realtime-latest now names Realtime 3 (its model card).
        # LiteLLM lists this spelling on Mistral's API with this model's card as its source.
        "voxtral-mini-realtime-2602",
        "mistralai/Voxtral-Mini-4B-Realtime-2602",
    ],
}

VOXTRAL_MINI_TTS_2603: ModelSpec = {
    "id": "voxtral-mini-tts-2603",
    "name": "Voxtral TTS (26.03)",
    "provider": "mistral",
    "description": (
        "Voxtral TTS (26.03), Mistral's 4B text-to-speech model with zero-shot voice cloning "
        "from a reference clip, 9 languages, streaming output."
    ),
    "kind": "text_to_speech",
    "architecture": "transformer",
    "parameters": 4_000_000_000,  # Mistral model card: 4B
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_audio_input": True,
    "supports_audio_output": True,
    "supports_streaming": True,
    "pricing": {"character_price_per_1m": 16.0, "as_of": _AS_OF},
    "license": "cc-by-nc-4.0",
    "release_date": "2026-03-23",
    "reference_url": "https://docs.mistral.ai/models/model-cards/voxtral-tts-26-03",
    "tags": ["open-weights", "audio", "text-to-speech"],
    "aliases": [
        "voxtral-mini-tts-latest",
        "mistralai/Voxtral-4B-TTS-2603",
    ],
}

VOXTRAL_MINI_TRANSCRIBE_3_0: ModelSpec = {
    "id": "voxtral-mini-transcribe-3-0",
    "name": "Voxtral Mini Transcribe 3 (3.0)",
    "provider": "mistral",
    "description": (
        "Voxtral Mini Transcribe 3, Mistral's fast multilingual speech-to-text model for "
        "/v1/audio/transcriptions, with speaker diarization and context biasing (segment "
        "timestamps only); public preview since 2026-10-20, the Voxtral 3 replacement of "
        "Voxtral Mini Transcribe 2."
    ),
    "kind": "speech_to_text",
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_batch": True,
    # $0.0035/min: LiteLLM 1.110.2 ($0.0000583/s) and genai-prices 0.2.5 ($0.21/h).
    "pricing": {"audio_price_per_minute": 0.0035, "as_of": "2026-10-20"},
    "license": "proprietary",
    "release_date": "2026-10-20",
    "status": "preview",  # Mistral: Public Preview (Voxtral 3 release note, 2026-10-20)
    # Model ids and aliases: docs.mistral.ai/studio/audio/migrate-from-voxtral-2
    "reference_url": "https://docs.mistral.ai/models/voxtral-mini-transcribe-3-0",
    "tags": ["audio", "speech-to-text"],
    "aliases": [
        "voxtral-mini-transcribe-3",
        "voxtral-mini-transcribe-latest",
    ],
}

VOXTRAL_SMALL_TRANSCRIBE_3_0: ModelSpec = {
    "id": "voxtral-small-transcribe-3-0",
    "name": "Voxtral Small Transcribe 3 (3.0)",
    "provider": "mistral",
    "description": (
        "Voxtral Small Transcribe 3, Mistral's most accurate speech-to-text model for "
        "/v1/audio/transcriptions (multilingual, speaker diarization, domain vocabulary); "
        "public preview since 2026-10-20, the Voxtral 3 replacement for transcription with "
        "Voxtral Small."
    ),
    "kind": "speech_to_text",
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_batch": True,
    # $0.004/min: LiteLLM 1.110.2 ($0.0000667/s) and genai-prices 0.2.5 ($0.24/h).
    "pricing": {"audio_price_per_minute": 0.004, "as_of": "2026-10-20"},
    "license": "proprietary",
    "release_date": "2026-10-20",
    "status": "preview",  # Mistral: Public Preview (Voxtral 3 release note, 2026-10-20)
    # Model id as LiteLLM, genai-prices and the card's address give it; Mistral's migration
    # page lists voxtral-small-transcribe-3 and voxtral-small-transcribe-latest as its names.
    "reference_url": "https://docs.mistral.ai/models/voxtral-small-transcribe-3-0",
    "tags": ["audio", "speech-to-text"],
    "aliases": [
        "voxtral-small-transcribe-3",
        "voxtral-small-transcribe-latest",
    ],
}

VOXTRAL_MINI_TRANSCRIBE_REALTIME_3_0: ModelSpec = {
    "id": "voxtral-mini-transcribe-realtime-3-0",
    "name": "Voxtral Mini Transcribe Realtime 3 (3.0)",
    "provider": "mistral",
    "description": (
        "Voxtral Mini Transcribe Realtime 3, Mistral's streaming speech-to-text model for "
        "agents over WebSocket: configurable latency (80 ms to 2,400 ms), end-of-turn "
        "detection, context biasing and speaker diarization; public preview since 2026-10-20."
    ),
    "kind": "speech_to_text",
    "context_window": None,  # model card: "--"
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_streaming": True,
    "pricing": {"audio_price_per_minute": 0.008, "as_of": "2026-10-20"},  # model card
    "license": "proprietary",
    "release_date": "2026-10-20",
    "status": "preview",  # Mistral model card: Public Preview
    "reference_url": "https://docs.mistral.ai/models/voxtral-mini-transcribe-realtime-3-0",
    "tags": ["audio", "speech-to-text"],
    "aliases": [
        "voxtral-mini-transcribe-realtime-3",
        "voxtral-mini-transcribe-realtime-latest",  # model card: an API name of this model
    ],
}

VOXTRAL_MINI_TTS_3_0: ModelSpec = {
    "id": "voxtral-mini-tts-3-0",
    "name": "Voxtral TTS 3 (3.0)",
    "provider": "mistral",
    "description": (
        "Voxtral TTS 3, Mistral's text-to-speech model (35+ languages) with voice adaptation "
        "from a short sample and a realtime route that takes text as it arrives; public "
        "preview since 2026-10-20. voxtral-mini-tts-latest moves to it within a month of "
        "general availability."
    ),
    "kind": "text_to_speech",
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,
    "supports_audio_output": True,
    "supports_streaming": True,
    # $13 per 1M characters: LiteLLM 1.110.2 ($0.000013 per character).
    "pricing": {"character_price_per_1m": 13.0, "as_of": "2026-10-20"},
    "license": "proprietary",
    "release_date": "2026-10-20",
    "status": "preview",  # Mistral: Public Preview (Voxtral 3 release note, 2026-10-20)
    "reference_url": "https://docs.mistral.ai/models/voxtral-mini-tts-3-0",
    "tags": ["audio", "text-to-speech"],
    "aliases": [
        "voxtral-mini-tts-3",
    ],
}

MISTRAL_EMBED_2312: ModelSpec = {
    "id": "mistral-embed-2312",
    "name": "Mistral Embed (23.12)",
    "provider": "mistral",
    "description": (
        "Mistral Embed (23.12), Mistral's text embedding model: 1024-dimensional vectors, "
        "8k-token input."
    ),
    "kind": "embedding",
    "context_window": 8_192,  # Mistral model card: 8k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "as_of": _AS_OF},
    "supported_features": ["encoding_format"],
    "embedding_dimensions": 1024,  # Mistral embeddings guide: 1024 dimensions
    "license": "proprietary",
    "release_date": "2023-12-11",
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-embed-23-12",
    "tags": ["embedding"],
    "aliases": [
        "mistral-embed",
    ],
}

CODESTRAL_EMBED_2505: ModelSpec = {
    "id": "codestral-embed-2505",
    "name": "Codestral Embed (25.05)",
    "provider": "mistral",
    "description": (
        "Codestral Embed (25.05), Mistral's code embedding model: 1536 dimensions by default, "
        "up to 3072 (output_dimension), 8k-token input."
    ),
    "kind": "embedding",
    "context_window": 8_192,  # Mistral model card: 8k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.15, "as_of": _AS_OF},
    "supported_features": ["encoding_format", "output_dimension", "output_dtype"],
    # code embeddings guide: 1536 by default, up to 3072 (output_dimension)
    "embedding_dimensions": 1536,
    "license": "proprietary",
    "release_date": "2025-05-28",
    "reference_url": "https://docs.mistral.ai/models/model-cards/codestral-embed-25-05",
    "tags": ["coding", "embedding"],
    "aliases": [
        "codestral-embed",
    ],
}

MISTRAL_MODERATION_2603: ModelSpec = {
    "id": "mistral-moderation-2603",
    "name": "Mistral Moderation 2 (26.03)",
    "provider": "mistral",
    "description": (
        "Mistral Moderation 2 (26.03), Mistral's free text moderation classifier with a 128k "
        "context and jailbreak detection."
    ),
    "kind": "moderation",
    "context_window": 131_072,  # Mistral model card: 128k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.0, "as_of": _AS_OF},
    "license": "proprietary",
    "release_date": "2026-03-01",
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-moderation-26-03",
    "tags": ["moderation", "long-context"],
    "aliases": [
        "mistral-moderation-2",
    ],
}

MISTRAL_MODERATION_2411: ModelSpec = {
    "id": "mistral-moderation-2411",
    "name": "Mistral Moderation (24.11)",
    "provider": "mistral",
    "description": (
        "Mistral Moderation (24.11), Mistral's first text moderation classifier, 8k context. "
        "Retired on 2026-06-30 (Mistral's replacement: Mistral Moderation 2)."
    ),
    "kind": "moderation",
    "context_window": 8_192,  # Mistral model card: 8k
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "as_of": _AS_OF},
    "license": "proprietary",
    "release_date": "2024-11-06",
    "deprecation_date": "2026-03-31",
    "retirement_date": "2026-06-30",
    "successor": "mistral-moderation-2603",  # Mistral: replacement Mistral Moderation 2
    "reference_url": "https://docs.mistral.ai/models/model-cards/mistral-moderation-24-11",
    "tags": ["moderation"],
}

MISTRAL_OCR_4_1: ModelSpec = {
    "id": "mistral-ocr-4-1",
    "name": "Mistral OCR 4.1",
    "provider": "mistral",
    "description": (
        "Mistral's latest OCR model (Document AI), with paragraph-level bounding boxes, block "
        "labels and confidence scores; documents and images in, markdown out, through /v1/ocr. "
        "Generally available since 2026-08-31. Priced per page: $4 per 1,000 pages, $5 per "
        "1,000 annotated pages (half in a batch)."
    ),
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_streaming": False,
    "supports_vision": True,
    "supports_batch": True,
    "supported_features": _OCR,
    "license": "proprietary",
    "release_date": "2026-07-16",
    # Generally available (no longer Public Preview) since 2026-08-31: Mistral's release note
    # https://docs.mistral.ai/resources/release-note/2026-08-31-ocr-4-1-general-availability
    "reference_url": "https://docs.mistral.ai/models/model-cards/ocr-4-1",
    "tags": ["ocr"],
    "aliases": [
        "mistral-ocr-4",
        "mistral-ocr-latest",
    ],
}

MISTRAL_OCR_4_0: ModelSpec = {
    "id": "mistral-ocr-4-0",
    "name": "Mistral OCR 4.0",
    "provider": "mistral",
    "description": (
        "Mistral OCR 4.0: document and image OCR through /v1/ocr with bounding-box extraction "
        "and annotations, priced per page ($4 per 1,000 pages, $5 per 1,000 annotated pages) "
        "until its retirement on 2026-09-30 (Mistral's replacement: OCR 4.1, same price)."
    ),
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_streaming": False,
    "supports_vision": True,
    "supports_batch": True,
    "supported_features": _OCR,
    "license": "proprietary",
    "release_date": "2026-06-23",
    # Mistral's deprecation notice of 2026-09-29 (docs.mistral.ai/resources/release-note/
    # 2026-09-29-ocr-4-0-deprecation): deprecated, retires on 2026-09-30.
    "deprecation_date": "2026-09-29",
    "retirement_date": "2026-09-30",
    "successor": "mistral-ocr-4-1",  # Mistral: replacement OCR 4.1
    "reference_url": "https://docs.mistral.ai/models/model-cards/ocr-4-0",
    "tags": ["ocr"],
}

MISTRAL_OCR_2512: ModelSpec = {
    "id": "mistral-ocr-2512",
    "name": "Mistral OCR 3 (25.12)",
    "provider": "mistral",
    "description": (
        "Mistral OCR 3 (25.12): document and image OCR through /v1/ocr with structured "
        "annotations. Priced per page: $2 per 1,000 pages, $3 per 1,000 annotated pages."
    ),
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_streaming": False,
    "supports_vision": True,
    "supports_batch": True,
    "supported_features": _OCR,
    "license": "proprietary",
    "release_date": "2025-12-18",
    "successor": "mistral-ocr-4-1",  # Mistral: replacement OCR 4.1
    "reference_url": "https://docs.mistral.ai/models/model-cards/ocr-3-25-12",
    "tags": ["ocr"],
    "aliases": [
        "mistral-ocr-3",
    ],
}

MISTRAL_OCR_2505: ModelSpec = {
    "id": "mistral-ocr-2505",
    "name": "Mistral OCR 2 (25.05)",
    "provider": "mistral",
    "description": (
        "Mistral OCR 2 (25.05): document and image OCR through /v1/ocr. Priced per page ($1 "
        "per 1,000 pages, $3 per 1,000 annotated pages) until its retirement on 2026-05-31."
    ),
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_streaming": False,
    "supports_vision": True,
    "supports_batch": True,
    "supported_features": _OCR,
    "license": "proprietary",
    "release_date": "2025-05-22",
    "deprecation_date": "2026-02-27",
    "retirement_date": "2026-05-31",
    "successor": "mistral-ocr-4-1",  # Mistral: replacement OCR 4.1
    "reference_url": "https://docs.mistral.ai/models/model-cards/ocr-2-25-05",
    "tags": ["ocr"],
}

MISTRAL_OCR_2503: ModelSpec = {
    "id": "mistral-ocr-2503",
    "name": "Mistral OCR (25.03)",
    "provider": "mistral",
    "description": (
        "Mistral OCR (25.03), Mistral's first OCR model for documents and images through "
        "/v1/ocr; retired on 2025-12-31."
    ),
    "context_window": None,  # no context length on the model card
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_streaming": False,
    "supports_vision": True,
    "supported_features": _OCR,
    "license": "proprietary",
    "release_date": "2025-03-06",
    "deprecation_date": "2025-12-02",
    "retirement_date": "2025-12-31",
    "successor": "mistral-ocr-4-1",  # Mistral: replacement OCR 4.1
    "reference_url": "https://docs.mistral.ai/models/model-cards/ocr-25-03",
    "tags": ["ocr"],
}

ZAI_GLM_5_2: ModelSpec = {
    "id": "zai-glm-5-2",
    "name": "Z.ai GLM 5.2",
    "provider": "mistral",
    "owned_by": "zai",
    "description": (
        "Z.ai's GLM 5.2, a third-party reasoning model that Mistral served on its API in "
        "public preview, with a 1M-token context and 128k output. Retired on 2026-10-31 "
        "(Mistral's replacement: Z.ai GLM 5.3, same price)."
    ),
    "context_window": 1_048_576,  # Mistral model card: 1M
    "max_completion_tokens": 131_072,  # model card output limit: 128k
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 1.4,
        "cached_price_per_1m": 0.14,
        "completion_price_per_1m": 4.4,
        "as_of": _AS_OF,
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format", "prediction"],
    "release_date": "2026-08-06",
    "status": "preview",  # Mistral model card: Public Preview (until its retirement)
    # Mistral's deprecation notice of 2026-09-29 (docs.mistral.ai/resources/release-note/
    # 2026-09-29-zai-glm-5-2-deprecation): retires on 2026-10-31, replacement GLM 5.3.
    "deprecation_date": "2026-09-29",
    "retirement_date": "2026-10-31",
    "successor": "zai-glm-5-3",
    "reference_url": "https://docs.mistral.ai/models/model-cards/zai-glm-5-2",
    "tags": ["reasoning", "long-context"],
}

ZAI_GLM_5_3: ModelSpec = {
    "id": "zai-glm-5-3",
    "name": "Z.ai GLM 5.3",
    "provider": "mistral",
    "owned_by": "zai",
    "description": (
        "Z.ai's GLM 5.3, a third-party reasoning model for software engineering and agents, "
        "generally available on Mistral's API at GLM 5.2's price, with a 1M-token context "
        "and 128k output."
    ),
    "context_window": 1_048_576,  # LiteLLM 1.110.2 (source: Mistral's card): 1M
    "max_completion_tokens": 131_072,  # LiteLLM 1.110.2: 128k output
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    # Mistral: "offered at the same price" as GLM 5.2 (GLM 5.2 deprecation notice,
    # 2026-09-29); LiteLLM 1.110.2 and genai-prices 0.2.5 agree.
    "pricing": {
        "prompt_price_per_1m": 1.4,
        "cached_price_per_1m": 0.14,
        "completion_price_per_1m": 4.4,
        "as_of": "2026-09-29",
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "reference_url": "https://docs.mistral.ai/models/zai-glm-5-3",
    "tags": ["reasoning", "long-context"],
    "aliases": [
        "zai-glm-latest",  # LiteLLM 1.110.2: same figures (GLM 5.2 is retired)
    ],
}

ZAI_GLM_5_3_FLASH: ModelSpec = {
    "id": "zai-glm-5-3-flash",
    "name": "Z.ai GLM 5.3 Flash",
    "provider": "mistral",
    "owned_by": "zai",
    "description": (
        "Z.ai's GLM 5.3 Flash, a smaller multimodal (text and image in) third-party reasoning "
        "model on Mistral's API since 2026-10-22, with a 1M-token context and 128k output."
    ),
    "context_window": 1_048_576,  # LiteLLM 1.110.2 (source: Mistral's card): 1M
    "max_completion_tokens": 131_072,  # LiteLLM 1.110.2: 128k output
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    # LiteLLM 1.110.2 and genai-prices 0.2.5 agree.
    "pricing": {
        "prompt_price_per_1m": 0.15,
        "cached_price_per_1m": 0.03,
        "completion_price_per_1m": 0.5,
        "as_of": "2026-10-22",
    },
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "release_date": "2026-10-22",  # Mistral changelog: available on the API
    "reference_url": "https://docs.mistral.ai/models/zai-glm-5-3-flash",
    "tags": ["reasoning", "vision", "long-context"],
}

MIXTRAL_8X22B: ModelSpec = {
    "id": "mixtral-8x22b",
    "name": "Mixtral 8x22B",
    "provider": "mistral",
    "description": (
        "Mistral's larger open sparse Mixture-of-Experts model: 141B total and 39B active "
        "parameters, 8 experts per layer with 2 routed per token, 64k context. Served on "
        "Mistral's API as open-mixtral-8x22b, retired there on 2025-03-30."
    ),
    "architecture": "moe",
    "parameters": 141_000_000_000,  # Mistral model page / Mixtral 8x22B announcement
    "active_parameters": 39_000_000_000,
    "num_experts": 8,  # config.json num_local_experts
    "experts_per_token": 2,  # config.json num_experts_per_tok
    "num_layers": 56,  # config.json num_hidden_layers
    "hidden_size": 6144,  # config.json
    "num_heads": 48,  # config.json num_attention_heads (8 key/value heads)
    "context_window": 65_536,  # 64k (Mistral model page; config.json max_position_embeddings)
    "max_completion_tokens": None,
    "supports_function_calling": True,  # natively capable of function calling (announcement)
    # Retired: Mistral's model card no longer carries a price, so none is given.
    # JSON mode only: Mistral's model card lists no structured-output (JSON schema)
    # feature for it, so supports_structured_output stays False.
    "supported_features": [*_CHAT, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2024-04-17",
    # Mistral model card: deprecated 2024-11-30, retired 2025-03-30 (replacement Mistral Small 4)
    "deprecation_date": "2024-11-30",
    "retirement_date": "2025-03-30",
    "successor": "mistral-small-2603",
    "reference_url": "https://huggingface.co/mistralai/Mixtral-8x22B-Instruct-v0.1",
    "tags": ["open-weights", "moe", "multilingual", "instruct"],
    "aliases": [
        "open-mixtral-8x22b",
        "mixtral-8x22b-instruct",
        "mixtral-8x22b-instruct-v0.1",
        "mistralai/mixtral-8x22b-instruct-v0.1",
    ],
}

MIXTRAL_8X7B: ModelSpec = {
    "id": "mixtral-8x7b",
    "name": "Mixtral 8x7B",
    "provider": "mistral",
    "description": (
        "Mistral's first open sparse Mixture-of-Experts model: 8 experts per layer, 2 routed "
        "per token. Served on Mistral's API as open-mixtral-8x7b (earlier mistral-small), "
        "retired there on 2025-03-30."
    ),
    "architecture": "moe",
    # Mixtral announcement (mistral.ai/news/mixtral-of-experts): 46.7B total, 12.9B per
    # token; the paper and Mistral's model page round these to 47B / 13B.
    "parameters": 46_700_000_000,
    "active_parameters": 12_900_000_000,
    "num_experts": 8,  # config.json num_local_experts
    "experts_per_token": 2,  # config.json num_experts_per_tok
    "num_layers": 32,  # config.json num_hidden_layers
    "hidden_size": 4096,  # config.json
    "num_heads": 32,  # config.json num_attention_heads (8 key/value heads)
    "context_window": 32_768,  # 32k (paper; config.json max_position_embeddings)
    "max_completion_tokens": None,
    # Retired: Mistral's model card no longer carries a price, so none is given.
    # JSON mode only: Mistral's model card lists no structured-output (JSON schema)
    # feature for it, so supports_structured_output stays False.
    "supported_features": [*_CHAT, "response_format"],
    "license": "apache-2.0",
    "paper_url": "https://arxiv.org/abs/2401.04088",
    "release_date": "2023-12-11",
    # Mistral model card: deprecated 2024-11-30, retired 2025-03-30 (replacement Mistral Small 4)
    "deprecation_date": "2024-11-30",
    "retirement_date": "2025-03-30",
    "successor": "mistral-small-2603",
    "reference_url": "https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1",
    "tags": ["open-weights", "moe", "multilingual", "instruct"],
    "aliases": [
        "open-mixtral-8x7b",
        "mistral-small-2312",
        "mixtral-8x7b-instruct",
        "mixtral-8x7b-instruct-v0.1",
        "mistralai/mixtral-8x7b-instruct-v0.1",
    ],
}


CATALOG = ProviderCatalog(
    provider="mistral",
    name="Mistral AI",
    homepage="https://mistral.ai",
    models=(
        MISTRAL_LARGE_4_0,
        MISTRAL_LARGE_2512,
        MISTRAL_LARGE_2411,
        MISTRAL_LARGE_2407,
        MISTRAL_LARGE_2402,
        MISTRAL_MEDIUM_3_5,
        MISTRAL_MEDIUM_2508,
        MISTRAL_MEDIUM_2505,
        MISTRAL_MEDIUM_2312,
        MISTRAL_SMALL_2603,
        MISTRAL_SMALL_2506,
        MISTRAL_SMALL_2503,
        MISTRAL_SMALL_2501,
        MISTRAL_SMALL_2409,
        MISTRAL_SMALL_2402,
        LABS_MISTRAL_SMALL_CREATIVE,
        MINISTRAL_14B_2512,
        MINISTRAL_8B_2512,
        MINISTRAL_3B_2512,
        MINISTRAL_8B_2410,
        MINISTRAL_3B_2410,
        MAGISTRAL_MEDIUM_2509,
        MAGISTRAL_MEDIUM_2507,
        MAGISTRAL_MEDIUM_2506,
        MAGISTRAL_SMALL_2509,
        MAGISTRAL_SMALL_2507,
        MAGISTRAL_SMALL_2506,
        CODESTRAL_2508,
        CODESTRAL_2501,
        CODESTRAL_2405,
        OPEN_CODESTRAL_MAMBA,
        DEVSTRAL_2512,
        DEVSTRAL_MEDIUM_2507,
        LABS_DEVSTRAL_SMALL_2512,
        DEVSTRAL_SMALL_2507,
        DEVSTRAL_SMALL_2505,
        LABS_LEANSTRAL_1_5,
        LABS_LEANSTRAL_2603,
        PIXTRAL_LARGE_2411,
        PIXTRAL_12B_2409,
        OPEN_MISTRAL_NEMO_2407,
        OPEN_MISTRAL_7B,
        MIXTRAL_8X22B,
        MIXTRAL_8X7B,
        MISTRAL_SABA_2502,
        VOXTRAL_SMALL_2507,
        VOXTRAL_MINI_2507,
        VOXTRAL_MINI_2602,
        VOXTRAL_MINI_TRANSCRIBE_REALTIME_2602,
        VOXTRAL_MINI_TTS_2603,
        VOXTRAL_MINI_TRANSCRIBE_3_0,
        VOXTRAL_SMALL_TRANSCRIBE_3_0,
        VOXTRAL_MINI_TRANSCRIBE_REALTIME_3_0,
        VOXTRAL_MINI_TTS_3_0,
        MISTRAL_EMBED_2312,
        CODESTRAL_EMBED_2505,
        MISTRAL_MODERATION_2603,
        MISTRAL_MODERATION_2411,
        MISTRAL_OCR_4_1,
        MISTRAL_OCR_4_0,
        MISTRAL_OCR_2512,
        MISTRAL_OCR_2505,
        MISTRAL_OCR_2503,
        ZAI_GLM_5_2,
        ZAI_GLM_5_3,
        ZAI_GLM_5_3_FLASH,
    ),
)
