"""DeepSeek models: the DeepSeek API models and the open-weight releases behind them.

Sources: https://api-docs.deepseek.com/quick_start/pricing (Models & Pricing: the version read
on 2026-11-15, which lists deepseek-flash (DeepSeek-V4.1-Flash-1017) and deepseek-v4-pro
(DeepSeek-V4-Pro-0813) at peak and off-peak prices; the versions of August 2026 that announced
peak / off-peak billing from 2026-08-16 16:00 UTC; the version of 2026-05-22 that made the
deepseek-v4-pro discount permanent; the 2025 versions for the retired deepseek-chat /
deepseek-reasoner figures), https://api-docs.deepseek.com/news
(V4 Preview release note of 2026-04-24, with the retirement of the deepseek-chat and
deepseek-reasoner names after 2026-07-24 15:59 UTC), https://api-docs.deepseek.com/guides/
thinking_mode, the Hugging Face model cards and config.json files of the deepseek-ai repos,
arXiv 2412.19437 (DeepSeek-V3 technical report) and 2501.12948 (DeepSeek-R1 paper).
Cross-checked against LiteLLM 1.110.2, models.dev 1.0.398 and genai-prices 0.2.5.

Since 2026-08-16 DeepSeek bills peak and off-peak rates: peak hours are 01:00-04:00 and
06:00-10:00 UTC (09:00-12:00 and 14:00-18:00 Beijing time) on weekdays other than Chinese public
holidays, and every other hour is off-peak at half the peak rates. The API entries carry the peak
(standard) rates; the off-peak rates are in the side file of prices the schema cannot hold yet.

The DeepSeek API sells API model names (deepseek-flash, deepseek-v4-pro; before them
deepseek-v4-flash, and before it deepseek-chat and deepseek-reasoner); the Hugging Face repos
are open weights that DeepSeek does not sell, so they carry no pricing. API limits (context,
max output) belong to the API entries; the open-weight entries carry the model card /
config.json figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.catalog.provider import ProviderCatalog

if TYPE_CHECKING:  # the spec types: for type checking only (modelreg.catalog.provider)
    from modelreg.catalog.provider import ModelSpec

# Off-peak prices (half the standard ones; every hour but 01:00-04:00 and 06:00-10:00 UTC,
# weekends and Chinese public holidays aside, which the catalog does not model): DeepSeek's
# pricing page (api-docs.deepseek.com/quick_start/pricing), read 2026-11-15.

# Request parameters of DeepSeek's chat completions API (POST /chat/completions,
# OpenAI format). "thinking" switches V3.1+/V4 thinking mode on or off; in thinking mode
# temperature, top_p and the penalties are accepted but have no effect.
_DEEPSEEK_API_FEATURES = [
    "max_tokens",
    "stop",
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "logprobs",
    "top_logprobs",
    "stream",
    "stream_options",
    "tools",
    "tool_choice",
    "response_format",  # JSON Output: {"type": "json_object"} only, no JSON schema
    "thinking",
]
# Open weights served OpenAI-style (vLLM, SGLang): what such a server takes for these models.
_OPEN_WEIGHTS_FEATURES = ["max_tokens", "stop", "temperature", "top_p", "stream"]
_OPEN_WEIGHTS_TOOLS_FEATURES = [*_OPEN_WEIGHTS_FEATURES, "tools", "tool_choice"]

_PRICING_URL = "https://api-docs.deepseek.com/quick_start/pricing"
_V3_PAPER = "https://arxiv.org/abs/2412.19437"
_R1_PAPER = "https://arxiv.org/abs/2501.12948"


def _v3_architecture() -> ModelSpec:
    """The DeepSeek-V3 architecture shared by V3, R1, V3.1 and V3.2 (their config.json files)."""
    return {
        "architecture": "moe",
        # Main model; the Hugging Face checkpoint is 685B including the 14B Multi-Token
        # Prediction module (README_WEIGHTS.md).
        "parameters": 671_000_000_000,
        "active_parameters": 37_000_000_000,
        "num_experts": 256,  # routed experts per MoE layer (n_routed_experts), plus 1 shared
        "experts_per_token": 8,  # routed experts per token (num_experts_per_tok)
        "num_layers": 61,  # num_hidden_layers
        "hidden_size": 7168,
        "num_heads": 128,  # num_attention_heads
        # 128K as on the model cards; config.json max_position_embeddings is 163840.
        "context_window": 131_072,
        "max_completion_tokens": None,  # no output limit documented for the open weights
    }


# --- DeepSeek API models -----------------------------------------------------------------

DEEPSEEK_FLASH_API: ModelSpec = {
    "id": "deepseek-flash",
    "name": "DeepSeek-V4.1-Flash (API)",
    "provider": "deepseek",
    "description": (
        "The DeepSeek API's economical model, serving DeepSeek-V4.1-Flash (model version "
        "DeepSeek-V4.1-Flash-1017) with thinking (default) and non-thinking modes, image "
        "input, 1M context, JSON output and tool calls; it replaced deepseek-v4-flash."
    ),
    # Pricing page: CONTEXT LENGTH 1M, MAX OUTPUT MAXIMUM 384K.
    "context_window": 1_048_576,
    "max_completion_tokens": 393_216,
    "supports_function_calling": True,  # Tool Calls
    "supports_vision": True,  # pricing page: Vision supported (deepseek-v4-pro: not supported)
    "supports_reasoning": True,  # thinking mode (the default)
    # JSON Output is json_object mode only, not a caller-supplied JSON schema.
    "supports_structured_output": False,
    "pricing": {
        # Peak rates; off-peak hours bill half (0.15 / 0.60 / 0.003).
        "prompt_price_per_1m": 0.30,  # input, cache miss
        "completion_price_per_1m": 1.20,
        "cached_price_per_1m": 0.006,  # input, cache hit
        "off_peak": {
            "hours_utc": ["04:00-06:00", "10:00-01:00"],
            "prompt_price_per_1m": 0.15,
            "completion_price_per_1m": 0.6,
            "cached_price_per_1m": 0.003,
        },
        "as_of": "2026-11-15",
    },
    "supported_features": list(_DEEPSEEK_API_FEATURES),
    "license": "proprietary",  # the hosted API
    # The day requests to deepseek-v4-flash began to be served by V4.1-Flash (genai-prices
    # 0.2.5; the pricing page names the model but not the date).
    "release_date": "2026-09-10",
    "reference_url": _PRICING_URL,
    "tags": ["reasoning", "vision", "long-context", "api"],
}

# The pricing page (2026-11-15): the legacy names deepseek-v4-flash and
# deepseek-v4-flash-vision-exp are still accepted, but their models are retired; requests to
# them are served by DeepSeek-V4.1-Flash and billed at deepseek-flash's prices, which these
# entries carry.
DEEPSEEK_V4_FLASH_API: ModelSpec = {
    "id": "deepseek-v4-flash",
    "name": "DeepSeek-V4-Flash (API)",
    "provider": "deepseek",
    "description": (
        "The DeepSeek API's economical model from April 2026, serving DeepSeek-V4-Flash (284B "
        "total / 13B active MoE; last version DeepSeek-V4-Flash-0731); retired on 2026-09-10. "
        "The name is still accepted: its requests are served by deepseek-flash "
        "(DeepSeek-V4.1-Flash) and billed at its prices."
    ),
    "context_window": 1_048_576,  # pricing page: 1M
    "max_completion_tokens": 393_216,  # pricing page: maximum 384K
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": False,  # json_object mode only
    "pricing": {
        # Billed as deepseek-flash (peak rates). Its own last list, from 2026-08-16: peak
        # 0.44 / 1.32 / 0.014 (cache miss / output / cache hit), off-peak half; before that
        # 0.14 / 0.28 / 0.0028 (2026-05-22).
        "prompt_price_per_1m": 0.30,
        "completion_price_per_1m": 1.20,
        "cached_price_per_1m": 0.006,
        "off_peak": {
            "hours_utc": ["04:00-06:00", "10:00-01:00"],
            "prompt_price_per_1m": 0.15,
            "completion_price_per_1m": 0.6,
            "cached_price_per_1m": 0.003,
        },
        "as_of": "2026-11-15",
    },
    "supported_features": list(_DEEPSEEK_API_FEATURES),
    "license": "proprietary",  # the hosted API; the weights are MIT (deepseek-ai/DeepSeek-V4-Flash)
    "release_date": "2026-04-24",
    "retirement_date": "2026-09-10",
    "successor": "deepseek-flash",
    "reference_url": _PRICING_URL,
    "tags": ["reasoning", "long-context", "api", "legacy-name"],
}

DEEPSEEK_V4_FLASH_VISION_EXP_API: ModelSpec = {
    "id": "deepseek-v4-flash-vision-exp",
    "name": "DeepSeek-V4-Flash-Vision-Exp (API)",
    "provider": "deepseek",
    "description": (
        "An experimental image-input variant of DeepSeek-V4-Flash on the DeepSeek API "
        "(summer 2026), retired with it on 2026-09-10; the name is still accepted and served "
        "by deepseek-flash (DeepSeek-V4.1-Flash), which takes images."
    ),
    "context_window": 1_048_576,  # pricing page (August 2026): 1M
    "max_completion_tokens": 393_216,  # maximum 384K
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "supports_structured_output": False,
    "pricing": {
        # Billed as deepseek-flash (peak rates); its own list of August 2026 was V4-Flash's.
        "prompt_price_per_1m": 0.30,
        "completion_price_per_1m": 1.20,
        "cached_price_per_1m": 0.006,
        "off_peak": {
            "hours_utc": ["04:00-06:00", "10:00-01:00"],
            "prompt_price_per_1m": 0.15,
            "completion_price_per_1m": 0.6,
            "cached_price_per_1m": 0.003,
        },
        "as_of": "2026-11-15",
    },
    "supported_features": list(_DEEPSEEK_API_FEATURES),
    "license": "proprietary",
    "retirement_date": "2026-09-10",
    "successor": "deepseek-flash",
    "reference_url": _PRICING_URL,
    "tags": ["vision", "experimental", "api", "legacy-name"],
}

DEEPSEEK_V4_PRO_API: ModelSpec = {
    "id": "deepseek-v4-pro",
    "name": "DeepSeek-V4-Pro (API)",
    "provider": "deepseek",
    "description": (
        "The DeepSeek API's flagship, serving DeepSeek-V4-Pro (1.6T total / 49B active MoE; "
        "model version DeepSeek-V4-Pro-0813) with thinking (default) and non-thinking modes, "
        "1M context, JSON output and tool calls; no image input."
    ),
    "context_window": 1_048_576,  # pricing page: 1M
    "max_completion_tokens": 393_216,  # pricing page: maximum 384K
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supports_structured_output": False,  # json_object mode only
    "pricing": {
        # Peak rates since 2026-08-16 16:00 UTC; off-peak hours bill half (0.66 / 1.98 /
        # 0.022). Before: 0.435 / 0.87 / 0.003625 (the launch discount made permanent on
        # 2026-05-22), which models.dev and genai-prices' default still show.
        "prompt_price_per_1m": 1.32,  # input, cache miss
        "completion_price_per_1m": 3.96,
        "cached_price_per_1m": 0.044,  # input, cache hit
        "off_peak": {
            "hours_utc": ["04:00-06:00", "10:00-01:00"],
            "prompt_price_per_1m": 0.66,
            "completion_price_per_1m": 1.98,
            "cached_price_per_1m": 0.022,
        },
        "as_of": "2026-11-15",
    },
    "supported_features": list(_DEEPSEEK_API_FEATURES),
    "license": "proprietary",  # the hosted API; the weights are MIT (deepseek-ai/DeepSeek-V4-Pro)
    "release_date": "2026-04-24",
    "reference_url": _PRICING_URL,
    "tags": ["flagship", "reasoning", "long-context", "api"],
}

DEEPSEEK_CHAT: ModelSpec = {
    "id": "deepseek-chat",
    "name": "deepseek-chat",
    "provider": "deepseek",
    "description": (
        "The DeepSeek API's original chat model name: DeepSeek-V3 from December 2024, then "
        "V3.1, V3.2 and finally the non-thinking mode of DeepSeek-V4-Flash; retired after "
        "2026-07-24 15:59 UTC in favour of deepseek-v4-flash (now deepseek-flash)."
    ),
    # Its last figures: V4-Flash non-thinking mode (pricing page from 2026-04-24 on).
    "context_window": 1_048_576,
    "max_completion_tokens": 393_216,
    "supports_function_calling": True,
    "supports_structured_output": False,  # JSON Output (json_object) only
    "pricing": {
        "prompt_price_per_1m": 0.14,
        "completion_price_per_1m": 0.28,
        "cached_price_per_1m": 0.0028,
        "as_of": "2026-05-22",
    },
    "supported_features": list(_DEEPSEEK_API_FEATURES),
    "license": "proprietary",
    "release_date": "2024-12-26",  # the name's DeepSeek-V3 era began with the V3 launch
    # Announced with the V4 Preview release; the name stopped resolving after 2026-07-24.
    "deprecation_date": "2026-04-24",
    "retirement_date": "2026-07-24",
    # DeepSeek named deepseek-v4-flash, itself retired on 2026-09-10; its replacement.
    "successor": "deepseek-flash",
    "reference_url": _PRICING_URL,
    "tags": ["api", "legacy-name"],
    # DeepSeek's change log, 2024-09-05 (api-docs.deepseek.com/updates): the chat and coder
    # models were merged into DeepSeek-V2.5, reached through either deepseek-coder or
    # deepseek-chat; its later pages name deepseek-chat alone.
    "aliases": ["deepseek-coder"],
}

DEEPSEEK_REASONER: ModelSpec = {
    "id": "deepseek-reasoner",
    "name": "deepseek-reasoner",
    "provider": "deepseek",
    "description": (
        "The DeepSeek API's original reasoning model name: DeepSeek-R1 from January 2025, then "
        "the thinking mode of V3.1 and V3.2 and finally of DeepSeek-V4-Flash; retired after "
        "2026-07-24 15:59 UTC in favour of deepseek-v4-flash (now deepseek-flash)."
    ),
    "context_window": 1_048_576,  # last figures: V4-Flash thinking mode
    "max_completion_tokens": 393_216,
    "supports_function_calling": True,  # V4-Flash thinking mode takes tool calls
    "supports_reasoning": True,
    "supports_structured_output": False,
    "pricing": {
        "prompt_price_per_1m": 0.14,
        "completion_price_per_1m": 0.28,
        "cached_price_per_1m": 0.0028,
        "as_of": "2026-05-22",
    },
    # Its last model (V4-Flash thinking mode) took the same request as deepseek-chat; in
    # thinking mode the sampling parameters have no effect.
    "supported_features": list(_DEEPSEEK_API_FEATURES),
    "license": "proprietary",
    "release_date": "2025-01-20",
    "deprecation_date": "2026-04-24",
    "retirement_date": "2026-07-24",
    # DeepSeek named deepseek-v4-flash, itself retired on 2026-09-10; its replacement.
    "successor": "deepseek-flash",
    "reference_url": _PRICING_URL,
    "tags": ["api", "reasoning", "legacy-name"],
}

# --- Open weights on Hugging Face ----------------------------------------------------------

DEEPSEEK_V4_1_FLASH: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V4.1-Flash",
    "name": "DeepSeek-V4.1-Flash",
    "provider": "deepseek",
    "description": (
        "The open weights of DeepSeek-V4.1-Flash, the model behind the API's deepseek-flash: "
        "a larger Mixture-of-Experts successor of V4-Flash that also takes images (autumn 2026)."
    ),
    "architecture": "moe",
    # Hugging Face's safetensors count ("763B"); the model card and config.json were not read,
    # so the active parameters, context and licence are left out.
    "parameters": 763_000_000_000,
    "context_window": None,
    "max_completion_tokens": None,
    "supports_function_calling": True,  # as deepseek-flash serves it
    "supports_vision": True,  # Hugging Face task: image-text-to-text
    "supports_reasoning": True,  # thinking and non-thinking modes, as deepseek-flash
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": None,
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V4.1-Flash",
    "tags": ["open-weights", "moe", "reasoning", "vision"],
    "aliases": ["deepseek-v4.1-flash"],
}

DEEPSEEK_V4_PRO: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V4-Pro",
    "name": "DeepSeek-V4-Pro",
    "provider": "deepseek",
    "description": (
        "DeepSeek's fourth-generation flagship Mixture-of-Experts model (1.6T total, 49B "
        "active parameters) with a 1M-token context and hybrid attention; open weights "
        "released as a preview with the V4 API on 2026-04-24."
    ),
    "architecture": "moe",
    "parameters": 1_600_000_000_000,  # "1.6T total parameters" (V4 release note)
    "active_parameters": 49_000_000_000,  # "49B activated"
    # Expert counts, layers and hidden size: not confirmed here (config.json not read).
    "context_window": 1_048_576,  # 1M (release note)
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,  # thinking and non-thinking modes
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "release_date": "2026-04-24",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V4-Pro",
    "tags": ["flagship", "open-weights", "moe", "reasoning", "long-context"],
    "aliases": ["deepseek-v4-pro-weights"],
}

DEEPSEEK_V4_FLASH: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V4-Flash",
    "name": "DeepSeek-V4-Flash",
    "provider": "deepseek",
    "description": (
        "The smaller DeepSeek-V4 Mixture-of-Experts model (284B total, 13B active parameters) "
        "with a 1M-token context; open weights released as a preview on 2026-04-24."
    ),
    "architecture": "moe",
    "parameters": 284_000_000_000,  # "284B total parameters" (V4 release note)
    "active_parameters": 13_000_000_000,  # "13B activated"
    "context_window": 1_048_576,
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "release_date": "2026-04-24",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V4-Flash",
    "tags": ["open-weights", "moe", "reasoning", "long-context"],
    "aliases": ["deepseek-v4-flash-weights"],
}

DEEPSEEK_V3_2: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V3.2",
    "name": "DeepSeek-V3.2",
    "provider": "deepseek",
    "description": (
        "DeepSeek-V3.2, the release version of V3.2-Exp's DeepSeek Sparse Attention on the V3 "
        "architecture, a hybrid thinking / non-thinking model with tool use in thinking mode; "
        "served by the DeepSeek API from December 2025 until V4."
    ),
    **_v3_architecture(),
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "release_date": "2025-12-01",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V3.2",
    "tags": ["open-weights", "moe", "reasoning", "long-context"],
    "aliases": ["deepseek-v3.2"],
}

DEEPSEEK_V3_2_EXP: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V3.2-Exp",
    "name": "DeepSeek-V3.2-Exp",
    "provider": "deepseek",
    "description": (
        "Experimental V3.1-Terminus successor introducing DeepSeek Sparse Attention for "
        "cheaper long-context training and inference; hybrid thinking / non-thinking."
    ),
    **_v3_architecture(),
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "release_date": "2025-09-29",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V3.2-Exp",
    "tags": ["open-weights", "moe", "reasoning", "long-context", "experimental"],
    "aliases": ["deepseek-v3.2-exp"],
}

DEEPSEEK_V3_1_TERMINUS: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V3.1-Terminus",
    "name": "DeepSeek-V3.1-Terminus",
    "provider": "deepseek",
    "description": (
        "Update of DeepSeek-V3.1 with better language consistency and stronger code and "
        "search agents; hybrid thinking / non-thinking model."
    ),
    **_v3_architecture(),
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "release_date": "2025-09-22",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V3.1-Terminus",
    "tags": ["open-weights", "moe", "reasoning", "long-context", "agents"],
    "aliases": ["deepseek-v3.1-terminus"],
}

DEEPSEEK_V3_1: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V3.1",
    "name": "DeepSeek-V3.1",
    "provider": "deepseek",
    "description": (
        "Hybrid model that switches between thinking and non-thinking modes through its chat "
        "template, with stronger tool use; DeepSeek-V3 architecture with extended long-context "
        "training. Served by the DeepSeek API from August 2025."
    ),
    **_v3_architecture(),
    "supports_function_calling": True,
    "supports_reasoning": True,
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "release_date": "2025-08-21",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V3.1",
    "tags": ["open-weights", "moe", "reasoning", "long-context"],
    "aliases": ["deepseek-v3.1"],
}

DEEPSEEK_V3_0324: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V3-0324",
    "name": "DeepSeek-V3-0324",
    "provider": "deepseek",
    "description": (
        "March 2025 update of DeepSeek-V3 with stronger reasoning, front-end coding and "
        "function calling; same architecture, released under the MIT licence."
    ),
    **_v3_architecture(),
    "supports_function_calling": True,  # model card: improved function calling accuracy
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "paper_url": _V3_PAPER,
    "release_date": "2025-03-24",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V3-0324",
    "tags": ["open-weights", "moe", "long-context"],
    "aliases": ["deepseek-v3-0324"],
}

DEEPSEEK_V3: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V3",
    "name": "DeepSeek-V3",
    "provider": "deepseek",
    "description": (
        "DeepSeek's Mixture-of-Experts chat model (671B total, 37B active parameters per token) "
        "with Multi-head Latent Attention, pre-trained on 14.8T tokens; served by the DeepSeek "
        "API as deepseek-chat from December 2024."
    ),
    **_v3_architecture(),
    "supports_function_calling": True,
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    # Weights under the DeepSeek Model License, code under MIT (model card); DeepSeek moved
    # to MIT for the weights with V3-0324 and R1.
    "license": "deepseek-model-license",
    "paper_url": _V3_PAPER,
    "release_date": "2024-12-26",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V3",
    "tags": ["open-weights", "moe", "long-context"],
    "aliases": ["deepseek-v3"],
}

DEEPSEEK_R1_0528: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-R1-0528",
    "name": "DeepSeek-R1-0528",
    "provider": "deepseek",
    "description": (
        "May 2025 update of DeepSeek-R1 with deeper reasoning, fewer hallucinations, function "
        "calling and JSON output; same 671B-total / 37B-active MoE architecture."
    ),
    **_v3_architecture(),
    "supports_function_calling": True,  # model card: supports function calling
    "supports_reasoning": True,
    "supported_features": list(_OPEN_WEIGHTS_TOOLS_FEATURES),
    "license": "mit",
    "paper_url": _R1_PAPER,
    "release_date": "2025-05-28",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-R1-0528",
    "tags": ["reasoning", "open-weights", "moe", "long-context"],
    "aliases": ["deepseek-r1-0528"],
}

DEEPSEEK_R1: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-R1",
    "name": "DeepSeek-R1",
    "provider": "deepseek",
    "description": (
        "DeepSeek's first-generation reasoning model, trained from DeepSeek-V3-Base with "
        "cold-start data and large-scale reinforcement learning; same 671B-total / 37B-active "
        "MoE architecture as DeepSeek-V3. Served by the DeepSeek API as deepseek-reasoner."
    ),
    **_v3_architecture(),
    "supports_reasoning": True,
    # Model card recommends temperature 0.5-0.7 (0.6) and no system prompt.
    "supported_features": list(_OPEN_WEIGHTS_FEATURES),
    "license": "mit",
    "paper_url": _R1_PAPER,
    "release_date": "2025-01-20",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-R1",
    "tags": ["reasoning", "open-weights", "moe", "long-context"],
    "aliases": ["deepseek-r1"],
}


def _distill(
    size: str,
    base: str,
    parameters: int,
    layers: int,
    hidden: int,
    heads: int,
    licence: str,
    licence_note: str,
) -> ModelSpec:
    """A DeepSeek-R1-Distill model: a dense base model fine-tuned on 800k R1 samples."""
    repo = f"DeepSeek-R1-Distill-{size}"
    return {
        "id": f"deepseek-ai/{repo}",
        "name": repo,
        "provider": "deepseek",
        "description": (
            f"Dense {base} model fine-tuned on about 800k reasoning samples generated by "
            f"DeepSeek-R1 ({licence_note}); open weights only, not sold through the DeepSeek API."
        ),
        "architecture": "transformer",
        "parameters": parameters,  # Hugging Face safetensors parameter count (BF16)
        "num_layers": layers,  # config.json num_hidden_layers
        "hidden_size": hidden,
        "num_heads": heads,  # query heads (config.json num_attention_heads)
        "context_window": 131_072,  # config.json max_position_embeddings
        "max_completion_tokens": None,  # no output limit documented for the open weights
        "supports_reasoning": True,
        # Model card: temperature 0.5-0.7 (0.6), top-p 0.95.
        "supported_features": list(_OPEN_WEIGHTS_FEATURES),
        "license": licence,
        "paper_url": _R1_PAPER,
        "release_date": "2025-01-20",
        "reference_url": f"https://huggingface.co/deepseek-ai/{repo}",
        "tags": ["reasoning", "open-weights", "distilled", "long-context"],
        "aliases": [repo.lower()],
    }


_QWEN_NOTE = "the repo is MIT; derived from Qwen2.5, originally Apache 2.0"
DEEPSEEK_R1_DISTILL_QWEN_1_5B = _distill(
    "Qwen-1.5B", "Qwen2.5-Math-1.5B", 1_777_088_000, 28, 1536, 12, "mit", _QWEN_NOTE
)
DEEPSEEK_R1_DISTILL_QWEN_7B = _distill(
    "Qwen-7B", "Qwen2.5-Math-7B", 7_615_616_512, 28, 3584, 28, "mit", _QWEN_NOTE
)
DEEPSEEK_R1_DISTILL_QWEN_14B = _distill(
    "Qwen-14B", "Qwen2.5-14B", 14_770_033_664, 48, 5120, 40, "mit", _QWEN_NOTE
)
DEEPSEEK_R1_DISTILL_QWEN_32B = _distill(
    "Qwen-32B", "Qwen2.5-32B", 32_763_876_352, 64, 5120, 40, "mit", _QWEN_NOTE
)
DEEPSEEK_R1_DISTILL_LLAMA_8B = _distill(
    "Llama-8B",
    "Llama-3.1-8B",
    8_030_261_248,
    32,
    4096,
    32,
    "llama3.1",
    "derived from Llama-3.1-8B under the Llama 3.1 licence",
)
DEEPSEEK_R1_DISTILL_LLAMA_70B = _distill(
    "Llama-70B",
    "Llama-3.3-70B-Instruct",
    70_553_706_496,
    80,
    8192,
    64,
    "llama3.3",
    "derived from Llama-3.3-70B-Instruct under the Llama 3.3 licence",
)

DEEPSEEK_R1_0528_QWEN3_8B: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-R1-0528-Qwen3-8B",
    "name": "DeepSeek-R1-0528-Qwen3-8B",
    "provider": "deepseek",
    "description": (
        "Qwen3-8B-Base post-trained on the chain of thought of DeepSeek-R1-0528; open weights "
        "only, not sold through the DeepSeek API."
    ),
    "architecture": "transformer",
    "parameters": 8_190_735_360,  # Hugging Face safetensors parameter count (BF16)
    "num_layers": 36,  # Qwen3-8B config.json
    "hidden_size": 4096,
    "num_heads": 32,
    "context_window": 131_072,  # config.json max_position_embeddings
    "max_completion_tokens": None,
    "supports_reasoning": True,
    "supported_features": list(_OPEN_WEIGHTS_FEATURES),
    "license": "mit",
    "paper_url": _R1_PAPER,
    "release_date": "2025-05-28",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-R1-0528-Qwen3-8B",
    "tags": ["reasoning", "open-weights", "distilled"],
    "aliases": ["deepseek-r1-0528-qwen3-8b"],
}

CATALOG = ProviderCatalog(
    provider="deepseek",
    name="DeepSeek",
    homepage="https://www.deepseek.com",
    models=(
        DEEPSEEK_FLASH_API,
        DEEPSEEK_V4_PRO_API,
        DEEPSEEK_V4_FLASH_API,
        DEEPSEEK_V4_FLASH_VISION_EXP_API,
        DEEPSEEK_CHAT,
        DEEPSEEK_REASONER,
        DEEPSEEK_V4_1_FLASH,
        DEEPSEEK_V4_PRO,
        DEEPSEEK_V4_FLASH,
        DEEPSEEK_V3_2,
        DEEPSEEK_V3_2_EXP,
        DEEPSEEK_V3_1_TERMINUS,
        DEEPSEEK_V3_1,
        DEEPSEEK_V3_0324,
        DEEPSEEK_V3,
        DEEPSEEK_R1_0528,
        DEEPSEEK_R1,
        DEEPSEEK_R1_DISTILL_QWEN_1_5B,
        DEEPSEEK_R1_DISTILL_QWEN_7B,
        DEEPSEEK_R1_DISTILL_QWEN_14B,
        DEEPSEEK_R1_DISTILL_QWEN_32B,
        DEEPSEEK_R1_DISTILL_LLAMA_8B,
        DEEPSEEK_R1_DISTILL_LLAMA_70B,
        DEEPSEEK_R1_0528_QWEN3_8B,
    ),
)
