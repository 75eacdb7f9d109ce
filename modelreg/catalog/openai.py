"""OpenAI models: gpt-oss open weights and the API's GPT, o1, embedding, image and audio models.

Sources: OpenAI model pages (platform.openai.com/docs/models, now
developers.openai.com/api/docs/models), OpenAI pricing (openai.com/api/pricing), OpenAI
deprecations page (developers.openai.com/api/docs/deprecations), the gpt-oss model card
(arXiv 2508.10925) and the Hugging Face config.json of openai/gpt-oss-120b and openai/gpt-oss-20b;
prices and limits cross-checked with pydantic/genai-prices (prices/providers/openai.yml) and
BerriAI/litellm (model_prices_and_context_window.json).
"""

from modelreg.catalog.provider import ModelSpec, ProviderCatalog

_DOCS = "https://platform.openai.com/docs/models/"
_GPT_OSS_CARD = "https://arxiv.org/abs/2508.10925"
_GPT4_REPORT = "https://arxiv.org/abs/2303.08774"
_O1_SYSTEM_CARD = "https://arxiv.org/abs/2412.16720"

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
        "Placeholder id: OpenAI has released no model under this name and no realtime or audio "
        "variant of gpt-oss. The entry carries the published figures of gpt-oss-120b (a "
        "text-only open-weight MoE reasoning model) and is classed as realtime only by its id, "
        "so it claims no audio input or output and has no price."
    ),
    "kind": "realtime",
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
    "tags": ["realtime", "preview", "reasoning", "open-weights", "moe"],
}

# --- GPT-4o family ---

GPT_4O: ModelSpec = {
    "id": "gpt-4o",
    "name": "GPT-4o",
    "provider": "openai",
    "description": (
        "OpenAI's multimodal GPT-4o ('omni') model, taking text and image input and producing "
        "text; the gpt-4o alias points to the gpt-4o-2024-08-06 snapshot. OpenAI has "
        "deprecated it, with API shutdown scheduled for 2027-01-14."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 2.50,
        "cached_price_per_1m": 1.25,
        "completion_price_per_1m": 10.00,
    },
    "license": "proprietary",
    "paper_url": "https://arxiv.org/abs/2410.21276",  # GPT-4o System Card
    "release_date": "2024-05-13",
    "reference_url": _DOCS + "gpt-4o",
    "tags": ["vision", "multilingual", "deprecated"],
    "aliases": ["gpt-4o-2024-08-06"],
}

GPT_4O_MINI: ModelSpec = {
    "id": "gpt-4o-mini",
    "name": "GPT-4o mini",
    "provider": "openai",
    "description": (
        "OpenAI's small, low-cost GPT-4o model with text and image input, the replacement "
        "for GPT-3.5 Turbo; the alias points to gpt-4o-mini-2024-07-18. OpenAI has "
        "deprecated it, with API shutdown scheduled for 2027-01-14."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 16_384,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,
    "supports_predicted_outputs": True,
    "supports_batch": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 0.15,
        "cached_price_per_1m": 0.075,
        "completion_price_per_1m": 0.60,
    },
    "license": "proprietary",
    "release_date": "2024-07-18",
    "reference_url": _DOCS + "gpt-4o-mini",
    "tags": ["vision", "small", "deprecated"],
    "aliases": ["gpt-4o-mini-2024-07-18"],
}

# --- GPT-4 and GPT-3.5 (legacy) ---

GPT_4_TURBO: ModelSpec = {
    "id": "gpt-4-turbo",
    "name": "GPT-4 Turbo",
    "provider": "openai",
    "description": (
        "GPT-4 Turbo with vision, a cheaper 128K-context successor to GPT-4; the alias points "
        "to gpt-4-turbo-2024-04-09. OpenAI shut it down in the API on 2026-10-23."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_structured_output": True,  # JSON mode (response_format json_object); no JSON schema
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 10.00,
        "completion_price_per_1m": 30.00,
    },
    "license": "proprietary",
    "paper_url": _GPT4_REPORT,
    "release_date": "2024-04-09",
    "reference_url": _DOCS + "gpt-4-turbo",
    "tags": ["vision", "legacy", "deprecated"],
    "aliases": ["gpt-4-turbo-2024-04-09"],
}

GPT_4: ModelSpec = {
    "id": "gpt-4",
    "name": "GPT-4",
    "provider": "openai",
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
    },
    "license": "proprietary",
    "paper_url": _GPT4_REPORT,
    "release_date": "2023-03-14",
    "reference_url": _DOCS + "gpt-4",
    "tags": ["legacy", "deprecated"],
    "aliases": ["gpt-4-0613"],
}

GPT_4_32K: ModelSpec = {
    "id": "gpt-4-32k",
    "name": "GPT-4 32K",
    "provider": "openai",
    "description": (
        "GPT-4 with a 32,768-token context, offered to a limited set of API customers; the "
        "alias pointed to gpt-4-32k-0613. OpenAI has deprecated and retired it."
    ),
    "context_window": 32_768,
    "max_completion_tokens": None,  # no separate output limit published
    "supports_function_calling": True,  # gpt-4-32k-0613 snapshot
    "pricing": {
        "prompt_price_per_1m": 60.00,
        "completion_price_per_1m": 120.00,
    },
    "license": "proprietary",
    "paper_url": _GPT4_REPORT,
    "release_date": "2023-03-14",
    "reference_url": "https://help.openai.com/en/articles/7127956-how-much-does-gpt-4-cost",
    "tags": ["legacy", "deprecated"],
    "aliases": ["gpt-4-32k-0613"],
}

GPT_35_TURBO: ModelSpec = {
    "id": "gpt-3.5-turbo",
    "name": "GPT-3.5 Turbo",
    "provider": "openai",
    "description": (
        "OpenAI's legacy low-cost chat model; the alias now points to gpt-3.5-turbo-0125 "
        "(16,385-token context, 4,096 output tokens, JSON mode). OpenAI shut it down in the "
        "API on 2026-10-23."
    ),
    "context_window": 16_385,
    "max_completion_tokens": 4_096,
    "supports_function_calling": True,
    "supports_structured_output": True,  # JSON mode (response_format json_object)
    "supports_batch": True,
    "supports_fine_tuning": True,
    "pricing": {
        "prompt_price_per_1m": 0.50,
        "completion_price_per_1m": 1.50,
    },
    "license": "proprietary",
    "release_date": "2023-03-01",  # API launch of gpt-3.5-turbo; the 0125 snapshot followed in 2024
    "reference_url": _DOCS + "gpt-3.5-turbo",
    "tags": ["legacy", "deprecated"],
    "aliases": ["gpt-3.5-turbo-0125"],
}

GPT_35_TURBO_16K: ModelSpec = {
    "id": "gpt-3.5-turbo-16k",
    "name": "GPT-3.5 Turbo 16K",
    "provider": "openai",
    "description": (
        "The 16K-context variant of GPT-3.5 Turbo (snapshot gpt-3.5-turbo-16k-0613), priced "
        "above the 4K model; OpenAI deprecated it in favour of gpt-3.5-turbo-1106 and shut "
        "the 0613 snapshot down on 2024-06-13."
    ),
    "context_window": 16_385,
    # OpenAI published no separate output cap for the 0613 snapshot (the 4,096-token cap came
    # with gpt-3.5-turbo-1106; ChatGPT-Next-Web issue #3195 shows max_tokens 8192 accepted).
    "max_completion_tokens": None,
    "supports_function_calling": True,  # 0613 snapshot
    "pricing": {
        "prompt_price_per_1m": 3.00,
        "completion_price_per_1m": 4.00,
    },
    "license": "proprietary",
    "release_date": "2023-06-13",
    "reference_url": _DOCS + "gpt-3.5-turbo",
    "tags": ["legacy", "deprecated"],
    "aliases": ["gpt-3.5-turbo-16k-0613"],
}

# --- o1 reasoning models ---

O1: ModelSpec = {
    "id": "o1",
    "name": "o1",
    "provider": "openai",
    "description": (
        "OpenAI's first production reasoning model, with image input, function calling, "
        "Structured Outputs and reasoning effort control; the alias points to o1-2024-12-17. "
        "OpenAI shut it down in the API on 2026-10-23."
    ),
    "context_window": 200_000,
    "max_completion_tokens": 100_000,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": True,
    "supports_batch": True,
    "pricing": {
        "prompt_price_per_1m": 15.00,
        "cached_price_per_1m": 7.50,
        "completion_price_per_1m": 60.00,
    },
    "license": "proprietary",
    "paper_url": _O1_SYSTEM_CARD,
    "release_date": "2024-12-17",
    "reference_url": _DOCS + "o1",
    "tags": ["reasoning", "vision", "deprecated"],
    "aliases": ["o1-2024-12-17"],
}

O1_PREVIEW: ModelSpec = {
    "id": "o1-preview",
    "name": "o1-preview",
    "provider": "openai",
    "description": (
        "Research preview of OpenAI's o1 reasoning series (snapshot o1-preview-2024-09-12): "
        "text only, without function calling, Structured Outputs or system messages. OpenAI "
        "has deprecated and retired it in favour of o1."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 32_768,
    "supports_reasoning": True,
    "pricing": {
        "prompt_price_per_1m": 15.00,
        "cached_price_per_1m": 7.50,
        "completion_price_per_1m": 60.00,
    },
    "license": "proprietary",
    "paper_url": _O1_SYSTEM_CARD,
    "release_date": "2024-09-12",
    "reference_url": _DOCS + "o1-preview",
    "tags": ["reasoning", "preview", "deprecated"],
    "aliases": ["o1-preview-2024-09-12"],
}

O1_MINI: ModelSpec = {
    "id": "o1-mini",
    "name": "o1-mini",
    "provider": "openai",
    "description": (
        "Small, cheaper o1 reasoning model aimed at coding, math and science (snapshot "
        "o1-mini-2024-09-12): text only, without function calling or Structured Outputs. "
        "OpenAI has deprecated and retired it in favour of o3-mini."
    ),
    "context_window": 128_000,
    "max_completion_tokens": 65_536,
    "supports_reasoning": True,
    # Current list price; o1-mini launched at $3 / $1.50 cached / $12 per 1M tokens.
    "pricing": {
        "prompt_price_per_1m": 1.10,
        "cached_price_per_1m": 0.55,
        "completion_price_per_1m": 4.40,
    },
    "license": "proprietary",
    "paper_url": _O1_SYSTEM_CARD,
    "release_date": "2024-09-12",
    "reference_url": _DOCS + "o1-mini",
    "tags": ["reasoning", "small", "deprecated"],
    "aliases": ["o1-mini-2024-09-12"],
}

# --- Embeddings ---

TEXT_EMBEDDING_3_LARGE: ModelSpec = {
    "id": "text-embedding-3-large",
    "name": "text-embedding-3-large",
    "provider": "openai",
    "description": (
        "OpenAI's most capable embedding model for English and non-English text, producing "
        "3,072-dimensional vectors that can be shortened with the dimensions parameter."
    ),
    "kind": "embedding",
    "context_window": 8_191,  # max input tokens (OpenAI embeddings guide; litellm 8191)
    "max_completion_tokens": None,
    "supports_batch": True,
    "embedding_dimensions": 3_072,
    "pricing": {"prompt_price_per_1m": 0.13},
    "license": "proprietary",
    "release_date": "2024-01-25",
    "reference_url": _DOCS + "text-embedding-3-large",
    "tags": ["embedding", "multilingual"],
}

TEXT_EMBEDDING_3_SMALL: ModelSpec = {
    "id": "text-embedding-3-small",
    "name": "text-embedding-3-small",
    "provider": "openai",
    "description": (
        "OpenAI's small, low-cost third-generation embedding model, producing 1,536-dimensional "
        "vectors that can be shortened with the dimensions parameter."
    ),
    "kind": "embedding",
    "context_window": 8_191,  # max input tokens (OpenAI embeddings guide; litellm 8191)
    "max_completion_tokens": None,
    "supports_batch": True,
    "embedding_dimensions": 1_536,
    "pricing": {"prompt_price_per_1m": 0.02},
    "license": "proprietary",
    "release_date": "2024-01-25",
    "reference_url": _DOCS + "text-embedding-3-small",
    "tags": ["embedding", "small"],
}

TEXT_EMBEDDING_ADA_002: ModelSpec = {
    "id": "text-embedding-ada-002",
    "name": "text-embedding-ada-002",
    "provider": "openai",
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
    "pricing": {"prompt_price_per_1m": 0.10},
    "license": "proprietary",
    "release_date": "2022-12-15",
    "reference_url": _DOCS + "text-embedding-ada-002",
    "tags": ["embedding", "legacy"],
}

# --- Images ---

DALL_E_3: ModelSpec = {
    "id": "dall-e-3",
    "name": "DALL-E 3",
    "provider": "openai",
    "description": (
        "OpenAI's DALL-E 3 text-to-image model (one image per request; 1024x1024, 1792x1024 or "
        "1024x1792; standard or hd quality). OpenAI has deprecated it and removed it from the API."
    ),
    "kind": "image_generation",
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "pricing": {"image_price_per_unit": 0.04},  # standard quality, 1024x1024
    "license": "proprietary",
    "paper_url": "https://cdn.openai.com/papers/dall-e-3.pdf",
    "release_date": "2023-11-06",
    "reference_url": _DOCS + "dall-e-3",
    "tags": ["image", "deprecated"],
}

DALL_E_2: ModelSpec = {
    "id": "dall-e-2",
    "name": "DALL-E 2",
    "provider": "openai",
    "description": (
        "OpenAI's earlier DALL-E 2 image model for generation, edits and variations at "
        "256x256, 512x512 or 1024x1024; it has no quality or style options. OpenAI has "
        "deprecated it."
    ),
    "kind": "image_generation",
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "supported_features": ["n", "response_format", "size", "user"],
    "pricing": {"image_price_per_unit": 0.02},  # 1024x1024
    "license": "proprietary",
    "paper_url": "https://arxiv.org/abs/2204.06125",
    "release_date": "2022-11-03",  # Images API public beta
    "reference_url": _DOCS + "dall-e-2",
    "tags": ["image", "legacy", "deprecated"],
}

# --- Audio ---

TTS_1: ModelSpec = {
    "id": "tts-1",
    "name": "TTS-1",
    "provider": "openai",
    "description": (
        "OpenAI's text-to-speech model optimized for speed and real-time use. OpenAI has "
        "deprecated it, with API shutdown scheduled for 2027-01-06."
    ),
    "kind": "text_to_speech",
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "supports_streaming": True,  # the speech endpoint streams audio chunks
    "pricing": {"character_price_per_1m": 15.00},
    "license": "proprietary",
    "release_date": "2023-11-06",
    "reference_url": _DOCS + "tts-1",
    "tags": ["audio", "speech", "deprecated"],
}

TTS_1_HD: ModelSpec = {
    "id": "tts-1-hd",
    "name": "TTS-1 HD",
    "provider": "openai",
    "description": (
        "OpenAI's text-to-speech model optimized for audio quality. OpenAI has deprecated it, "
        "with API shutdown scheduled for 2027-01-06."
    ),
    "kind": "text_to_speech",
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "supports_streaming": True,  # the speech endpoint streams audio chunks
    "pricing": {"character_price_per_1m": 30.00},
    "license": "proprietary",
    "release_date": "2023-11-06",
    "reference_url": _DOCS + "tts-1-hd",
    "tags": ["audio", "speech", "deprecated"],
}

WHISPER_1: ModelSpec = {
    "id": "whisper-1",
    "name": "Whisper",
    "provider": "openai",
    "description": (
        "OpenAI's hosted speech recognition model for transcription and translation into "
        "English, powered by the open-source Whisper large-v2 model. OpenAI has deprecated it, "
        "with API shutdown scheduled for 2027-02-26."
    ),
    "kind": "speech_to_text",
    "architecture": "transformer",  # encoder-decoder (Whisper paper)
    "parameters": 1_550_000_000,  # Whisper paper: large = 1550M parameters
    "context_window": None,  # not a token-based model
    "max_completion_tokens": None,
    "pricing": {"audio_price_per_minute": 0.006},
    # Whisper large-v2 weights: MIT in github.com/openai/whisper (the HF card lists apache-2.0).
    "license": "mit",
    "paper_url": "https://arxiv.org/abs/2212.04356",
    "release_date": "2023-03-01",  # Whisper API launch
    "reference_url": _DOCS + "whisper-1",
    "tags": ["audio", "speech", "multilingual", "deprecated"],
}

CATALOG = ProviderCatalog(
    provider="openai",
    name="OpenAI",
    homepage="https://openai.com",
    models=(
        GPT_OSS_120B,
        GPT_OSS_20B,
        GPT_OSS_120B_REALTIME_PREVIEW,
        GPT_4O,
        GPT_4O_MINI,
        GPT_4_TURBO,
        GPT_4,
        GPT_4_32K,
        GPT_35_TURBO,
        GPT_35_TURBO_16K,
        O1,
        O1_PREVIEW,
        O1_MINI,
        TEXT_EMBEDDING_3_LARGE,
        TEXT_EMBEDDING_3_SMALL,
        TEXT_EMBEDDING_ADA_002,
        DALL_E_3,
        DALL_E_2,
        TTS_1,
        TTS_1_HD,
        WHISPER_1,
    ),
)
