"""Meta models: the models of Meta's own Model API (api.meta.ai: Muse Spark, Muse Wonder,
Muse Image, Muse Voice Transcribe, SAM 3.1), the open-weights Muse models of Meta
Superintelligence Labs, the open-weights Llama 4, 3.3, 3.2 and 3.1 instruction-tuned models,
and the models of Meta's Llama API (llama.developer.meta.com).

The Model API's models carry Meta's prices. Open weights are not sold by Meta, so they have no
pricing, and no output limit is documented beyond the context window (max_completion_tokens
is None rather than a made-up number). The Llama API is a preview that Meta has not priced;
its entries have no pricing either.

Model API sources: Meta's rate card https://dev.meta.ai/docs/pricing-rate-limits as carried
by LiteLLM 1.110.2 (meta/..., whose entries cite it) and genai-prices 0.2.5, which agree; the
launch notes of Muse Spark 1.3 (LiteLLM, day 0); the Muse Spark 1.3 and Muse Wonder 1.0 pages
of Google Cloud's Model Garden (Meta's partner models); OpenRouter's Muse Voice Transcribe
page. Meta's own developer pages are not in the copies read here; where only a seller states
a figure, a comment says so.

Sources: the model cards in github.com/meta-llama/llama-models (models/llama3_1,
llama3_2, llama3_3, llama4: MODEL_CARD.md, MODEL_CARD_VISION.md, prompt_format.md),
the Hugging Face model pages and config.json files (huggingface.co/meta-llama/...),
Meta's reference architecture table (llama-models sku_list.py), the Llama 3 herd
paper (arXiv 2407.21783), the Llama 4 announcement
(ai.meta.com/blog/llama-4-multimodal-intelligence, 2025-04-05) and the Llama API
model list (llama.developer.meta.com/docs/models), cross-checked against LiteLLM
1.110.2 (meta_llama/...) and models.dev 1.0.398 (provider "llama").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.catalog.provider import ProviderCatalog

if TYPE_CHECKING:  # the spec types: for type checking only (modelreg.catalog.provider)
    from modelreg.catalog.provider import ModelSpec, PricingSpec

_LLAMA3_PAPER = "https://arxiv.org/abs/2407.21783"
_LLAMA_API = "https://llama.developer.meta.com/docs/models"

# --- Meta Model API (api.meta.ai) --------------------------------------------------------------

_MODEL_API = "https://dev.meta.ai/docs/pricing-rate-limits"
_MODEL_API_PRICES = "2026-11-20"  # the rate card as LiteLLM 1.110.2 carries it


def _muse_spark(version: str, contributor: bool = False) -> ModelSpec:
    """Muse Spark 1.x on Meta's Model API: every version shares its tier's rate card."""
    model_id = f"muse-spark-{version}" + ("-contributor" if contributor else "")
    if contributor:
        description = (
            f"Muse Spark {version} at Meta's contributor rate: the same model for about a "
            "twentieth of the price, on terms that let Meta train future models on the "
            "prompts and completions (the standard tier is never trained on), with lower "
            "rate limits."
        )
        # Contributor tier: $0.10 in / $0.002 cached / $0.20 out per MTok.
        pricing: PricingSpec = {
            "prompt_price_per_1m": 0.10,
            "completion_price_per_1m": 0.20,
            "cached_price_per_1m": 0.002,
            "as_of": _MODEL_API_PRICES,
        }
    else:
        description = (
            f"Muse Spark {version}, Meta Superintelligence Labs' multimodal reasoning model "
            "on Meta's Model API (Chat Completions, Responses and Anthropic Messages formats): "
            "text, image, video and PDF in, tool calling, prompt caching, 1M context."
        )
        # Standard tier, unchanged across 1.1, 1.2 and 1.3: $1.25 in / $0.15 cached /
        # $4.25 out per MTok (web search grounding: $2.50 per 1,000 queries).
        pricing = {
            "prompt_price_per_1m": 1.25,
            "completion_price_per_1m": 4.25,
            "cached_price_per_1m": 0.15,
            "as_of": _MODEL_API_PRICES,
        }
    return {
        "id": model_id,
        "name": f"Muse Spark {version}" + (" (contributor)" if contributor else ""),
        "provider": "meta",
        "description": description,
        "context_window": 1_048_576,  # 1,048,576 tokens, as Meta's docs spell it
        "max_completion_tokens": 131_072,
        "supports_function_calling": True,
        "supports_vision": True,
        "supports_reasoning": True,  # reasoning is native and always on (reasoning_effort)
        "supports_structured_output": True,  # response schemas (LiteLLM)
        "input_modalities": ["text", "image", "video"],
        "pricing": pricing,
        "license": "proprietary",
        "reference_url": _MODEL_API,
        "tags": ["reasoning", "vision", "coding", "agents", "long-context", "model-api"],
    }


MUSE_SPARK_1_3 = _muse_spark("1.3")
MUSE_SPARK_1_3_CONTRIBUTOR = _muse_spark("1.3", contributor=True)
MUSE_SPARK_1_2 = _muse_spark("1.2")
MUSE_SPARK_1_2_CONTRIBUTOR = _muse_spark("1.2", contributor=True)
MUSE_SPARK_1_1 = _muse_spark("1.1")

MUSE_WONDER_1_0: ModelSpec = {
    "id": "muse-wonder-1.0",
    "name": "Muse Wonder 1.0",
    "provider": "meta",
    "description": (
        "Meta's high-capability reasoning model for complex software engineering, long-running "
        "agents and computer use: it plans, delegates to sub-agents, calls tools in parallel "
        "and recovers from errors; 1M context."
    ),
    "context_window": 1_048_576,
    # LiteLLM's figure; Vercel's gateway lists 1,048,576 (the context window).
    "max_completion_tokens": 131_072,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,  # reasoning effort minimal to max
    "supports_structured_output": True,
    "input_modalities": ["text", "image", "video"],
    "pricing": {
        "prompt_price_per_1m": 4.0,
        "completion_price_per_1m": 20.0,
        "cached_price_per_1m": 0.20,
        "as_of": _MODEL_API_PRICES,
    },
    "license": "proprietary",
    "release_date": "2026-10-12",  # WaveSpeed's listing; Meta's launch note not read
    "reference_url": _MODEL_API,
    "tags": ["flagship", "reasoning", "vision", "coding", "agents", "long-context", "model-api"],
}

MUSE_IMAGE_1_0: ModelSpec = {
    "id": "muse-image-1.0",
    "name": "Muse Image 1.0",
    "provider": "meta",
    "description": (
        "Meta Superintelligence Labs' first image model: generation from text, precise edits "
        "and composition from several reference images, on the Model API's images and "
        "responses endpoints."
    ),
    "kind": "image_generation",
    "context_window": None,  # billed per image; no token limits published
    "max_completion_tokens": None,
    "supports_vision": True,  # edits and multi-reference composition take images
    "pricing": {"image_price_per_unit": 0.01, "as_of": _MODEL_API_PRICES},  # per image out
    "license": "proprietary",
    "release_date": "2026-07-07",  # announced on Meta's AI blog
    "reference_url": _MODEL_API,
    "tags": ["image", "image-editing", "model-api"],
}

MUSE_VOICE_TRANSCRIBE_1_0: ModelSpec = {
    "id": "muse-voice-transcribe-1.0",
    "name": "Muse Voice Transcribe 1.0",
    "provider": "meta",
    "description": (
        "Meta's speech-to-text model: push-to-talk, endpointing and speaker-aware "
        "transcription with keyword and language biasing, in 25 languages; realtime over a "
        "WebSocket or synchronous for mono 16-bit PCM WAV recordings up to 10 minutes."
    ),
    "kind": "speech_to_text",
    "context_window": None,  # billed per second of audio; no token limits published
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_streaming": True,  # realtime transcription (wss://api.meta.ai/v1/asr/realtime)
    # $0.00005 per second ($0.18 per hour), as LiteLLM and OpenRouter give it.
    "pricing": {"audio_price_per_minute": 0.003, "as_of": _MODEL_API_PRICES},
    "license": "proprietary",
    "release_date": "2026-09-11",  # OpenRouter's listing
    "reference_url": "https://dev.meta.ai/docs/speech-to-text",
    "tags": ["audio", "speech", "transcription", "realtime", "model-api"],
}

SAM_3_1: ModelSpec = {
    "id": "sam-3.1",
    "name": "SAM 3.1",
    "provider": "meta",
    "description": (
        "Segment Anything 3.1 on Meta's Model API (Responses endpoint): segments every "
        "instance of a concept named in text, or the object a box or point picks, in an image "
        "or video, and returns boxes and masks as text."
    ),
    "context_window": None,  # billed per image; no token limits published
    "max_completion_tokens": None,
    "supports_vision": True,
    "input_modalities": ["text", "image", "video"],
    # $2.50 per 1,000 images: one image per request (one concept per request).
    "pricing": {"image_price_per_unit": 0.0025, "as_of": _MODEL_API_PRICES},
    "license": "proprietary",
    "reference_url": _MODEL_API,
    "tags": ["vision", "segmentation", "model-api"],
}

# --- Open-weights Muse models (huggingface.co/meta-models) -------------------------------------

MUSE_SPARK_OPEN: ModelSpec = {
    "id": "meta-models/Muse-Spark-Open-816B-A42B",
    "name": "Muse Spark Open",
    "provider": "meta",
    "description": (
        "Meta's open-weights reasoning model for coding and agentic work: a sparse "
        "Mixture-of-Experts model (816B total, 42B active parameters) with tool calling and "
        "native image understanding in one checkpoint, 1M context (October 2026)."
    ),
    "architecture": "moe",
    "parameters": 816_000_000_000,  # "816B" in the repo name (no exact count read)
    "active_parameters": 42_000_000_000,  # "A42B"
    # As its hosts serve it (Fireworks 1,048,576, Venice 1M); the model card was not read.
    "context_window": 1_048_576,
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_vision": True,
    "supports_reasoning": True,
    "license": None,  # the model card's licence was not read
    "release_date": "2026-10-15",  # Venice's listing
    "reference_url": "https://huggingface.co/meta-models/Muse-Spark-Open-816B-A42B",
    "tags": ["open-weights", "moe", "reasoning", "vision", "long-context"],
    "aliases": ["muse-spark-open"],
}

MUSE_GLIMMER_30B: ModelSpec = {
    "id": "meta-models/Muse-Glimmer-30B",
    "name": "Muse Glimmer 30B",
    "provider": "meta",
    "description": (
        "The first open model of Meta Superintelligence Labs: a dense 30B image-text-to-text "
        "model for local agentic and coding workflows, released under Apache 2.0."
    ),
    "architecture": "transformer",  # dense
    "parameters": 30_000_000_000,  # "30B" (Hugging Face); no exact count read
    "context_window": None,  # not on a page read here (Fireworks served 131,072)
    "max_completion_tokens": None,
    "supports_function_calling": True,  # as Fireworks served it
    "supports_vision": True,  # Hugging Face task: image-text-to-text
    "supports_reasoning": True,  # as Fireworks served it
    "license": "apache-2.0",
    "reference_url": "https://huggingface.co/meta-models/Muse-Glimmer-30B",
    "tags": ["open-weights", "small", "vision", "coding", "agents"],
    "aliases": ["muse-glimmer-30b"],
}

LLAMA_4_MAVERICK_17B_128E_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
    "name": "Llama 4 Maverick 17B-128E Instruct",
    "provider": "meta",
    "description": (
        "Meta's natively multimodal Llama 4 mixture-of-experts model: 17B active of 400B "
        "total parameters, 128 routed experts plus a shared expert, text and image in, "
        "1M-token context (April 2025)."
    ),
    "architecture": "moe",
    "parameters": 400_000_000_000,  # model card: 400B total (no exact count published)
    "active_parameters": 17_000_000_000,  # model card: 17B activated
    # config.json text_config: num_local_experts 128, num_experts_per_tok 1 (each token
    # also passes the shared expert); MoE and dense layers alternate
    # (interleave_moe_layer_step 2).
    "num_experts": 128,
    "experts_per_token": 1,
    "num_layers": 48,  # config.json text_config.num_hidden_layers
    "hidden_size": 5120,  # config.json text_config.hidden_size
    "num_heads": 40,  # config.json text_config.num_attention_heads (8 KV heads)
    "context_window": 1_048_576,  # model card: 1M context length
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # llama4 prompt_format.md: tool calling
    "supports_vision": True,  # model card: text + up to 5 images in (tested)
    "knowledge_cutoff": "2024-08",  # model card: "Knowledge cutoff: August 2024"
    "license": "llama4",
    "release_date": "2025-04-05",
    "reference_url": "https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct",
    "tags": ["flagship", "open-weights", "moe", "vision", "multilingual", "long-context"],
    "aliases": [
        "llama-4-maverick",
        "llama-4-maverick-17b-128e-instruct",
        "llama-4-maverick-instruct",
    ],
}

LLAMA_4_SCOUT_17B_16E_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-4-Scout-17B-16E-Instruct",
    "name": "Llama 4 Scout 17B-16E Instruct",
    "provider": "meta",
    "description": (
        "Meta's smaller natively multimodal Llama 4 mixture-of-experts model: 17B active "
        "of 109B total parameters, 16 routed experts plus a shared expert, text and image "
        "in, 10M-token context (April 2025)."
    ),
    "architecture": "moe",
    "parameters": 109_000_000_000,  # model card: 109B total (no exact count published)
    "active_parameters": 17_000_000_000,  # model card: 17B activated
    # config.json text_config: num_local_experts 16, num_experts_per_tok 1 (plus the
    # shared expert); every layer is an MoE layer (interleave_moe_layer_step 1).
    "num_experts": 16,
    "experts_per_token": 1,
    "num_layers": 48,  # config.json text_config.num_hidden_layers
    "hidden_size": 5120,  # config.json text_config.hidden_size
    "num_heads": 40,  # config.json text_config.num_attention_heads (8 KV heads)
    "context_window": 10_485_760,  # model card: 10M (config.json max_position_embeddings)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # llama4 prompt_format.md: tool calling
    "supports_vision": True,  # model card: text + up to 5 images in (tested)
    "knowledge_cutoff": "2024-08",  # model card: "Knowledge cutoff: August 2024"
    "license": "llama4",
    "release_date": "2025-04-05",
    "reference_url": "https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct",
    "tags": ["open-weights", "moe", "vision", "multilingual", "long-context"],
    "aliases": [
        "llama-4-scout",
        "llama-4-scout-17b-16e-instruct",
        "llama-4-scout-instruct",
    ],
}

# The Llama API (api.llama.com, announced at LlamaCon on 2025-04-29) is a free,
# waitlisted preview; its model list names FP8 builds of Llama 4 and a Llama 3.3 8B
# that Meta serves only there. Llama-3.3-70B-Instruct, the fourth model on that list,
# resolves (ids are matched ignoring case) to the open-weights entry below.
# The API's context and output limits are not stated on a page I could read: LiteLLM
# gives 1M / 10M input tokens for the Llama 4 builds and models.dev and Mastra give
# 128K, so the limits are left None.
LLAMA_API_MAVERICK: ModelSpec = {
    "id": "Llama-4-Maverick-17B-128E-Instruct-FP8",
    "name": "Llama 4 Maverick (Llama API, FP8)",
    "provider": "meta",
    "description": (
        "Llama 4 Maverick 17B-128E Instruct in FP8 as served by Meta's Llama API preview "
        "(the weights are meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8); text and "
        "image in, tool calling."
    ),
    "architecture": "moe",
    "parameters": 400_000_000_000,  # the served model: 400B total
    "active_parameters": 17_000_000_000,
    "num_experts": 128,
    "experts_per_token": 1,
    "context_window": None,  # see the note above
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_vision": True,
    "status": "preview",
    "knowledge_cutoff": "2024-08",
    "license": "llama4",
    "release_date": "2025-04-29",  # Llama API preview launch (LlamaCon)
    "reference_url": _LLAMA_API,
    "tags": ["moe", "vision", "llama-api", "preview"],
    "aliases": ["meta_llama/Llama-4-Maverick-17B-128E-Instruct-FP8"],
}

LLAMA_API_SCOUT: ModelSpec = {
    "id": "Llama-4-Scout-17B-16E-Instruct-FP8",
    "name": "Llama 4 Scout (Llama API, FP8)",
    "provider": "meta",
    "description": (
        "Llama 4 Scout 17B-16E Instruct in FP8 as served by Meta's Llama API preview; "
        "text and image in, tool calling."
    ),
    "architecture": "moe",
    "parameters": 109_000_000_000,  # the served model: 109B total
    "active_parameters": 17_000_000_000,
    "num_experts": 16,
    "experts_per_token": 1,
    "context_window": None,  # see the note above LLAMA_API_MAVERICK
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_vision": True,
    "status": "preview",
    "knowledge_cutoff": "2024-08",
    "license": "llama4",
    "release_date": "2025-04-29",  # Llama API preview launch (LlamaCon)
    "reference_url": _LLAMA_API,
    "tags": ["moe", "vision", "llama-api", "preview"],
    "aliases": ["meta_llama/Llama-4-Scout-17B-16E-Instruct-FP8"],
}

LLAMA_API_LLAMA_3_3_8B: ModelSpec = {
    "id": "Llama-3.3-8B-Instruct",
    "name": "Llama 3.3 8B Instruct (Llama API)",
    "provider": "meta",
    "description": (
        "An 8B Llama 3.3 text model that Meta serves on its Llama API preview only "
        "(no open weights were published with it); tool calling."
    ),
    "architecture": "transformer",
    "parameters": None,  # no card: "8B" in the name only
    "context_window": None,  # see the note above LLAMA_API_MAVERICK
    "max_completion_tokens": None,
    "supports_function_calling": True,  # LiteLLM and Mastra's Llama API table
    "status": "preview",
    "license": "proprietary",
    "release_date": "2025-04-29",  # Llama API preview launch (LlamaCon)
    "reference_url": _LLAMA_API,
    "tags": ["small", "llama-api", "preview"],
    "aliases": ["meta_llama/Llama-3.3-8B-Instruct", "llama-3.3-8b"],
}

LLAMA_3_3_70B_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.3-70B-Instruct",
    "name": "Llama 3.3 70B Instruct",
    "provider": "meta",
    "description": (
        "Meta's 70B multilingual instruction-tuned text model (December 2024), "
        "with the Llama 3.1 70B architecture and a 128K context window; Meta's Llama API "
        "serves it as Llama-3.3-70B-Instruct (this id ignoring case)."
    ),
    "architecture": "transformer",
    "parameters": 70_553_706_496,  # Hugging Face safetensors metadata (card: 70B)
    "num_layers": 80,  # config.json num_hidden_layers
    "hidden_size": 8192,  # config.json hidden_size
    "num_heads": 64,  # config.json num_attention_heads (8 KV heads, GQA)
    "context_window": 131_072,  # config.json max_position_embeddings (card: 128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # llama3_3/prompt_format.md: tool calling
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.3",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-12-06",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context"],
    "aliases": ["llama-3.3-70b-instruct", "llama-3.3-70b"],
}

LLAMA_3_2_90B_VISION_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.2-90B-Vision-Instruct",
    "name": "Llama 3.2 90B Vision Instruct",
    "provider": "meta",
    "description": (
        "Meta's 90B image-reasoning model: the Llama 3.1 70B text model plus a separately "
        "trained vision adapter of cross-attention layers (text + image in, text out). "
        "Tool calling works with text-only prompts, not with an image in the prompt."
    ),
    "architecture": "transformer",
    "parameters": 88_800_000_000,  # model card: "90B (88.8)"; no exact count published
    # config.json text_config.num_hidden_layers: 80 self-attention + 20 cross-attention
    # layers (Meta's reference args: n_layers 80, vision_num_cross_attention_layers 20)
    "num_layers": 100,
    "hidden_size": 8192,  # text model dim (llama-models sku_list / config.json)
    "num_heads": 64,  # text model attention heads
    "context_window": 131_072,  # card: 128k
    "max_completion_tokens": None,  # no separate output limit is documented
    # vision_prompt_format.md: Llama 3.1 tool-calling format for text-only inputs;
    # "Tool Calling does NOT work with images in the prompt as of now."
    "supports_function_calling": True,
    "supports_vision": True,
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-90B-Vision-Instruct",
    "tags": ["open-weights", "instruct", "vision", "multilingual", "long-context"],
    "aliases": ["llama-3.2-90b-vision-instruct", "llama-3.2-90b-vision"],
}

LLAMA_3_2_11B_VISION_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.2-11B-Vision-Instruct",
    "name": "Llama 3.2 11B Vision Instruct",
    "provider": "meta",
    "description": (
        "Meta's 11B image-reasoning model: the Llama 3.1 8B text model plus a separately "
        "trained vision adapter of cross-attention layers (text + image in, text out). "
        "Tool calling works with text-only prompts, not with an image in the prompt."
    ),
    "architecture": "transformer",
    "parameters": 10_670_220_835,  # Hugging Face safetensors metadata (card: "11B (10.6)")
    # config.json text_config.num_hidden_layers: 32 self-attention + 8 cross-attention
    # layers (Meta's reference args: n_layers 32, vision_num_cross_attention_layers 8)
    "num_layers": 40,
    "hidden_size": 4096,  # text model dim
    "num_heads": 32,  # text model attention heads
    "context_window": 131_072,  # card: 128k
    "max_completion_tokens": None,  # no separate output limit is documented
    # vision_prompt_format.md: tool calling for text-only inputs, not with images
    "supports_function_calling": True,
    "supports_vision": True,
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct",
    "tags": ["open-weights", "instruct", "vision", "multilingual", "long-context"],
    "aliases": ["llama-3.2-11b-vision-instruct", "llama-3.2-11b-vision"],
}

LLAMA_3_2_3B_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.2-3B-Instruct",
    "name": "Llama 3.2 3B Instruct",
    "provider": "meta",
    "description": (
        "Meta's 3B multilingual text model for on-device use, pruned and distilled with "
        "logits from Llama 3.1 8B and 70B; 128K context."
    ),
    "architecture": "transformer",
    "parameters": 3_212_749_824,  # Hugging Face safetensors metadata (card: "3B (3.21B)")
    "num_layers": 28,  # config.json num_hidden_layers
    "hidden_size": 3072,  # config.json hidden_size
    "num_heads": 24,  # config.json num_attention_heads (8 KV heads, GQA)
    "context_window": 131_072,  # config.json max_position_embeddings (card: 128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # text_prompt_format.md: zero-shot function calling
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct",
    "tags": ["open-weights", "instruct", "small", "distilled", "multilingual", "long-context"],
    "aliases": ["llama-3.2-3b-instruct", "llama-3.2-3b"],
}

LLAMA_3_2_1B_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.2-1B-Instruct",
    "name": "Llama 3.2 1B Instruct",
    "provider": "meta",
    "description": (
        "Meta's 1B multilingual text model for on-device use, pruned and distilled with "
        "logits from Llama 3.1 8B and 70B; 128K context."
    ),
    "architecture": "transformer",
    "parameters": 1_235_814_400,  # Hugging Face safetensors metadata (card: "1B (1.23B)")
    "num_layers": 16,  # config.json num_hidden_layers
    "hidden_size": 2048,  # config.json hidden_size
    "num_heads": 32,  # config.json num_attention_heads (8 KV heads, GQA)
    "context_window": 131_072,  # config.json max_position_embeddings (card: 128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # text_prompt_format.md: zero-shot function calling
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct",
    "tags": ["open-weights", "instruct", "small", "distilled", "multilingual", "long-context"],
    "aliases": ["llama-3.2-1b-instruct", "llama-3.2-1b"],
}

LLAMA_3_1_405B_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.1-405B-Instruct",
    "name": "Llama 3.1 405B Instruct",
    "provider": "meta",
    "description": (
        "Meta's largest Llama 3.1 model: a 405B dense multilingual instruction-tuned text "
        "model with a 128K context window and built-in and custom tool calling."
    ),
    "architecture": "transformer",
    "parameters": 405_853_388_800,  # Hugging Face safetensors metadata (card: 405B)
    "num_layers": 126,  # config.json num_hidden_layers; herd paper Table 3
    "hidden_size": 16_384,  # config.json hidden_size
    "num_heads": 128,  # config.json num_attention_heads (8 KV heads, GQA)
    "context_window": 131_072,  # config.json max_position_embeddings (card: 128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # llama3_1/prompt_format.md: tool calling
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.1",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-07-23",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct",
    "tags": ["flagship", "open-weights", "instruct", "multilingual", "long-context"],
    "aliases": [
        "llama-3.1-405b-instruct",
        "llama-3.1-405b",
        "meta-llama-3.1-405b-instruct",
        "meta-llama/meta-llama-3.1-405b-instruct",
    ],
}

LLAMA_3_1_70B_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.1-70B-Instruct",
    "name": "Llama 3.1 70B Instruct",
    "provider": "meta",
    "description": (
        "Meta's 70B multilingual instruction-tuned Llama 3.1 text model with a 128K "
        "context window and tool calling."
    ),
    "architecture": "transformer",
    "parameters": 70_553_706_496,  # Hugging Face safetensors metadata (card: 70B)
    "num_layers": 80,  # config.json num_hidden_layers
    "hidden_size": 8192,  # config.json hidden_size
    "num_heads": 64,  # config.json num_attention_heads (8 KV heads, GQA)
    "context_window": 131_072,  # config.json max_position_embeddings (card: 128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # llama3_1/prompt_format.md: tool calling
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.1",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-07-23",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context"],
    "aliases": [
        "llama-3.1-70b-instruct",
        "llama-3.1-70b",
        "meta-llama-3.1-70b-instruct",
        "meta-llama/meta-llama-3.1-70b-instruct",
    ],
}

LLAMA_3_1_8B_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.1-8B-Instruct",
    "name": "Llama 3.1 8B Instruct",
    "provider": "meta",
    "description": (
        "Meta's 8B multilingual instruction-tuned Llama 3.1 text model with a 128K "
        "context window and tool calling."
    ),
    "architecture": "transformer",
    "parameters": 8_030_261_248,  # Hugging Face safetensors metadata (card: 8B)
    "num_layers": 32,  # config.json num_hidden_layers
    "hidden_size": 4096,  # config.json hidden_size
    "num_heads": 32,  # config.json num_attention_heads (8 KV heads, GQA)
    "context_window": 131_072,  # config.json max_position_embeddings (card: 128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # llama3_1/prompt_format.md: tool calling
    "knowledge_cutoff": "2023-12",  # model card: "data cutoff of December 2023"
    "license": "llama3.1",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-07-23",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context"],
    "aliases": [
        "llama-3.1-8b-instruct",
        "llama-3.1-8b",
        "meta-llama-3.1-8b-instruct",
        "meta-llama/meta-llama-3.1-8b-instruct",
    ],
}

CATALOG = ProviderCatalog(
    provider="meta",
    name="Meta",
    homepage="https://www.llama.com",
    models=(
        MUSE_SPARK_1_3,
        MUSE_SPARK_1_3_CONTRIBUTOR,
        MUSE_SPARK_1_2,
        MUSE_SPARK_1_2_CONTRIBUTOR,
        MUSE_SPARK_1_1,
        MUSE_WONDER_1_0,
        MUSE_IMAGE_1_0,
        MUSE_VOICE_TRANSCRIBE_1_0,
        SAM_3_1,
        MUSE_SPARK_OPEN,
        MUSE_GLIMMER_30B,
        LLAMA_4_MAVERICK_17B_128E_INSTRUCT,
        LLAMA_4_SCOUT_17B_16E_INSTRUCT,
        LLAMA_API_MAVERICK,
        LLAMA_API_SCOUT,
        LLAMA_API_LLAMA_3_3_8B,
        LLAMA_3_3_70B_INSTRUCT,
        LLAMA_3_2_90B_VISION_INSTRUCT,
        LLAMA_3_2_11B_VISION_INSTRUCT,
        LLAMA_3_2_3B_INSTRUCT,
        LLAMA_3_2_1B_INSTRUCT,
        LLAMA_3_1_405B_INSTRUCT,
        LLAMA_3_1_70B_INSTRUCT,
        LLAMA_3_1_8B_INSTRUCT,
    ),
)
