"""Mistral AI models: Mistral Large / Medium / Small, the Mixtral MoE models and Pixtral 12B.

Sources: Mistral's model pages (https://docs.mistral.ai/models/..., kept in
https://github.com/mistralai/platform-docs-public src/schema/models/models/*.ts),
https://docs.mistral.ai/resources/release-note/2024-02-26-mistral-large-and-mistral-small-api-endpoints,
https://mistral.ai/pricing#api-pricing, the Hugging Face model cards and config.json files,
arXiv 2401.04088 (Mixtral of Experts) and arXiv 2410.07073 (Pixtral 12B).
"""

from modelreg.catalog.provider import ModelSpec, ProviderCatalog

# Request parameters of Mistral's chat completions API (POST /v1/chat/completions).
_MISTRAL_CHAT_FEATURES = [
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

MISTRAL_LARGE_2501: ModelSpec = {
    "id": "mistral-large-2501",
    "name": "Mistral Large 2.1 (24.11)",
    "provider": "mistral",
    "description": (
        "Mistral's top-tier dense model, version 24.11. Mistral never published an API id "
        "mistral-large-2501 (its Large ids are 2402, 2407, 2411 and 2512; 2501 is a Mistral "
        "Small 3 date): this entry stands for mistral-large-2411, the latest Mistral Large in "
        "January 2025, and gives its figures."
    ),
    "architecture": "transformer",
    "parameters": 123_000_000_000,  # 123B dense (Mistral model page / weights)
    "context_window": 131_072,  # 128k (Mistral model page)
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,  # 'predicted-outputs' on Mistral's model page
    "supports_batch": True,
    "supports_fine_tuning": True,  # Mistral model page: text fine-tuning
    "pricing": {"prompt_price_per_1m": 2.0, "completion_price_per_1m": 6.0},
    "supported_features": [
        *_MISTRAL_CHAT_FEATURES,
        *_TOOLS,
        "response_format",
        "prediction",
    ],
    "license": "mistral-research-license",  # weights: Mistral Research License (MRL)
    "release_date": "2024-11-18",
    "reference_url": "https://docs.mistral.ai/models/mistral-large-2-1-24-11",
    "tags": ["flagship", "open-weights", "multilingual", "code", "long-context"],
    "aliases": ["mistral-large-2411", "mistralai/mistral-large-instruct-2411"],
}

MISTRAL_MEDIUM: ModelSpec = {
    "id": "mistral-medium",
    "name": "Mistral Medium 1.0 (23.12)",
    "provider": "mistral",
    "description": (
        "Mistral's first proprietary enterprise model (December 2023). The bare id "
        "mistral-medium was its original API endpoint, dated mistral-medium-2312 in February "
        "2024 (Mistral release note); retired on 2025-06-16. Later Mistral Medium 3.x "
        "releases use other ids."
    ),
    "context_window": 32_768,  # 32k (Mistral model page)
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    # Retired: Mistral's price list no longer carries it, so no price is given.
    "supported_features": list(_MISTRAL_CHAT_FEATURES),
    "license": "proprietary",
    "release_date": "2023-12-11",
    "reference_url": "https://docs.mistral.ai/models/mistral-medium-1-0-23-12",
    "tags": ["deprecated"],
    "aliases": ["mistral-medium-2312"],
}

MISTRAL_SMALL: ModelSpec = {
    "id": "mistral-small",
    "name": "Mistral Small 3 (25.01)",
    "provider": "mistral",
    "description": (
        "Mistral Small 3 (mistral-small-2501), a 24B open-weights model for low-latency "
        "chat and function calling, which this id stands for. The bare mistral-small endpoint "
        "first served Mixtral 8x7B (renamed open-mixtral-8x7b in February 2024, see "
        "mixtral-8x7b); mistral-small-latest has since moved to newer Small releases."
    ),
    "architecture": "transformer",
    "parameters": 24_000_000_000,  # 24B (Mistral model page / model card)
    "context_window": 32_768,  # 32k (Mistral model page)
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.3},
    "supported_features": [*_MISTRAL_CHAT_FEATURES, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "release_date": "2025-01-30",
    "reference_url": "https://docs.mistral.ai/models/mistral-small-3-0-25-01",
    # Deprecated 2025-11-06, retired 2025-11-30 (replacement: Mistral Small 3.2), per
    # mistralai/platform-docs-public src/schema/models/models/mistral-small-3-0-25-01.ts.
    "tags": ["small", "open-weights", "multilingual", "instruct", "deprecated"],
    "aliases": [
        "mistral-small-2501",
        "mistral-small-3",
        "mistralai/mistral-small-24b-instruct-2501",
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
    # Retired from Mistral's API: no price on Mistral's list any more.
    "supported_features": list(_MISTRAL_CHAT_FEATURES),
    "license": "apache-2.0",
    "paper_url": "https://arxiv.org/abs/2401.04088",
    "release_date": "2023-12-11",
    "reference_url": "https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1",
    "tags": ["open-weights", "moe", "multilingual", "instruct", "deprecated"],
    "aliases": [
        "open-mixtral-8x7b",
        "mistral-small-2312",
        "mixtral-8x7b-instruct",
        "mixtral-8x7b-instruct-v0.1",
        "mistralai/mixtral-8x7b-instruct-v0.1",
    ],
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
    # Retired from Mistral's API: no price on Mistral's list any more.
    "supported_features": [*_MISTRAL_CHAT_FEATURES, *_TOOLS],
    "license": "apache-2.0",
    "release_date": "2024-04-17",
    "reference_url": "https://huggingface.co/mistralai/Mixtral-8x22B-Instruct-v0.1",
    "tags": ["open-weights", "moe", "multilingual", "instruct", "deprecated"],
    "aliases": [
        "open-mixtral-8x22b",
        "mixtral-8x22b-instruct",
        "mixtral-8x22b-instruct-v0.1",
        "mistralai/mixtral-8x22b-instruct-v0.1",
    ],
}

PIXTRAL_12B_2409: ModelSpec = {
    "id": "pixtral-12b-2409",
    "name": "Pixtral 12B",
    "provider": "mistral",
    "description": (
        "Mistral's first multimodal model: a 12B decoder with a vision encoder that reads "
        "images alongside text, open weights under Apache 2.0."
    ),
    "architecture": "transformer",
    # 12B multimodal decoder (Mistral model page); the paper adds a 400M vision encoder.
    "parameters": 12_000_000_000,
    "context_window": 131_072,  # 128k (Mistral model page)
    "max_completion_tokens": None,  # Mistral documents no separate output limit
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {"prompt_price_per_1m": 0.15, "completion_price_per_1m": 0.15},
    "supported_features": [*_MISTRAL_CHAT_FEATURES, *_TOOLS, "response_format"],
    "license": "apache-2.0",
    "paper_url": "https://arxiv.org/abs/2410.07073",
    "release_date": "2024-09-11",
    "reference_url": "https://docs.mistral.ai/models/pixtral-12b-24-09",
    # Deprecated 2025-12-02, retirement 2025-12-31 (replacement: Ministral 3 14B).
    "tags": ["vision", "open-weights", "multilingual", "deprecated"],
    "aliases": ["pixtral-12b", "pixtral-12b-latest", "mistralai/pixtral-12b-2409"],
}

CATALOG = ProviderCatalog(
    provider="mistral",
    name="Mistral AI",
    homepage="https://mistral.ai",
    models=(
        MISTRAL_LARGE_2501,
        MISTRAL_MEDIUM,
        MISTRAL_SMALL,
        MIXTRAL_8X7B,
        MIXTRAL_8X22B,
        PIXTRAL_12B_2409,
    ),
)
