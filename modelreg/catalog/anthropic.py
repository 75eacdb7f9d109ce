"""Anthropic models: the Claude 3 and Claude 3.5 families (Messages API).

Sources: https://docs.anthropic.com/en/docs/about-claude/models/all-models,
https://www.anthropic.com/pricing#api,
https://docs.anthropic.com/en/docs/about-claude/model-deprecations,
https://docs.anthropic.com/en/release-notes/api,
the Claude 3 model card and its Claude 3.5 Sonnet addendum.
Anthropic publishes no architecture or parameter counts for Claude, so those are left out.
"""

from modelreg.catalog.provider import ModelSpec, ProviderCatalog

# Request parameters of Anthropic's Messages API (POST /v1/messages) for Claude 3.x models.
_MESSAGES_API_FEATURES = [
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
_REFERENCE = "https://docs.anthropic.com/en/docs/about-claude/models/all-models"
_CLAUDE_3_MODEL_CARD = (
    "https://www-cdn.anthropic.com/de8ba9b01c9ab7cbabf5c33b80b7bbc618857627/Model_Card_Claude_3.pdf"
)

CLAUDE_3_5_SONNET: ModelSpec = {
    "id": "claude-3-5-sonnet-20250514",
    "name": "Claude 3.5 Sonnet",
    "provider": "anthropic",
    "description": (
        "Claude 3.5 Sonnet, Anthropic's mid-tier model with vision and tool use. Anthropic never "
        "released a snapshot with this id; the figures are those of the real latest snapshot, "
        "claude-3-5-sonnet-20241022 (the earlier snapshot is claude-3-5-sonnet-20240620)."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 8_192,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,  # Message Batches API
    "pricing": {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.30,  # prompt-cache read
    },
    "supported_features": list(_MESSAGES_API_FEATURES),
    "license": "proprietary",
    # Claude 3.5 Sonnet model card addendum (June 2024); the October 2024 upgrade is covered
    # by a later addendum.
    "paper_url": (
        "https://www-cdn.anthropic.com/fed9cc193a14b84131812372d8d5857f8f304c52/"
        "Model_Card_Claude_3_Addendum.pdf"
    ),
    "release_date": "2024-10-22",  # the 20241022 snapshot this entry stands for
    "reference_url": _REFERENCE,
    # Deprecated 2025-08-13 and retired 2025-10-22 on the Claude API (model deprecations page).
    "tags": ["vision", "multilingual", "code", "deprecated"],
    "aliases": [
        "claude-3-5-sonnet-20241022",
        "claude-3-5-sonnet-latest",
        "claude-3-5-sonnet",
        "claude-3.5-sonnet",
    ],
}

CLAUDE_3_5_HAIKU: ModelSpec = {
    "id": "claude-3-5-haiku-20250514",
    "name": "Claude 3.5 Haiku",
    "provider": "anthropic",
    "description": (
        "Claude 3.5 Haiku, Anthropic's fastest Claude 3.5 model. Anthropic never released a "
        "snapshot with this id; the figures are those of the real snapshot "
        "claude-3-5-haiku-20241022."
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
        "cached_price_per_1m": 0.08,  # prompt-cache read
    },
    "supported_features": list(_MESSAGES_API_FEATURES),
    "license": "proprietary",
    # Announced 2024-10-22 (the snapshot date); available on the API from 2024-11-04.
    "release_date": "2024-10-22",
    "reference_url": _REFERENCE,
    # Retired on the Claude API on 2026-02-19 (replacement: Claude Haiku 4.5).
    "tags": ["small", "vision", "multilingual", "deprecated"],
    "aliases": [
        "claude-3-5-haiku-20241022",
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
        "and tool use; retired on the Claude API on 2026-01-05."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_batch": True,  # Message Batches API
    "pricing": {
        "prompt_price_per_1m": 15.0,
        "completion_price_per_1m": 75.0,
        "cached_price_per_1m": 1.50,  # prompt-cache read
    },
    "supported_features": list(_MESSAGES_API_FEATURES),
    "license": "proprietary",
    "paper_url": _CLAUDE_3_MODEL_CARD,
    "release_date": "2024-03-04",
    "reference_url": _REFERENCE,
    # Deprecated 2025-06-30, retired 2026-01-05 on the Claude API.
    "tags": ["flagship", "vision", "multilingual", "deprecated"],
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
    },
    "supported_features": list(_MESSAGES_API_FEATURES),
    "license": "proprietary",
    "paper_url": _CLAUDE_3_MODEL_CARD,
    "release_date": "2024-03-04",
    "reference_url": _REFERENCE,
    # Deprecated 2025-01-21, retired 2025-07-21 on the Claude API.
    "tags": ["vision", "multilingual", "deprecated"],
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
        "cached_price_per_1m": 0.03,  # prompt-cache read
    },
    "supported_features": list(_MESSAGES_API_FEATURES),
    "license": "proprietary",
    "paper_url": _CLAUDE_3_MODEL_CARD,
    "release_date": "2024-03-13",  # API availability; announced with the family on 2024-03-04
    "reference_url": _REFERENCE,
    # Retired on the Claude API on 2026-04-20 (replacement: Claude Haiku 4.5).
    "tags": ["small", "vision", "multilingual", "deprecated"],
    "aliases": ["claude-3-haiku"],
}

CATALOG = ProviderCatalog(
    provider="anthropic",
    name="Anthropic",
    homepage="https://www.anthropic.com",
    models=(CLAUDE_3_5_SONNET, CLAUDE_3_5_HAIKU, CLAUDE_3_OPUS, CLAUDE_3_SONNET, CLAUDE_3_HAIKU),
)
