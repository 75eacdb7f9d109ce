"""NVIDIA models: Nemotron open-weights models (chat, omni-modal and content safety),
NeMo Retriever embedding and rerank models, the Cosmos world foundation models (video
generation) of the API catalog, and the NIM-served partner models of the first catalog.

Nemotron models carry their Hugging Face repo id (nvidia/...), with the NIM id that
NVIDIA's API catalog (build.nvidia.com, integrate.api.nvidia.com) serves as an alias
where it differs by more than case. NVIDIA's hosted NIMs are free to try and NVIDIA
publishes no per-token price for them, so no model here has pricing. The NIM ids that
serve another maker's model (meta/llama-3.1-405b-instruct and
nv-mistralai/mistral-nemo-12b-instruct) carry the figures of the model they serve.

Sources: the Hugging Face model cards (huggingface.co/nvidia/...: Nemotron 3 Ultra,
Super and Nano, Nemotron Nano v2 and v2 VL, the Llama Nemotron Ultra / Super / Nano
cards), NVIDIA's Nemotron 3 announcements on developer.nvidia.com, the NeMo Retriever
embedding NIM support matrices 1.3-2.2 and reranking NIM support matrices 1.0-2.0
(docs.nvidia.com/nim/nemo-retriever: model ids, max tokens, parameters, embedding
dimensions), the build.nvidia.com and docs.api.nvidia.com model cards, the Nemotron-4
340B technical report (arXiv 2406.11704), the NV-Embed paper (arXiv 2405.17428) and
the Llama 3.1 model card and config.json (huggingface.co/meta-llama), and for the
Nemotron 3 Nano Omni, Nemotron Mini, safety and NV-EmbedCode models their cards on
build.nvidia.com, docs.api.nvidia.com and NGC; cross-checked against models.dev 1.0.398
(provider nvidia, whose 128,000 / 4,096 limits for many NIMs are placeholders, not
NVIDIA's figures) and LiteLLM 1.110.2 (nvidia_nim).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.catalog.provider import ProviderCatalog

if TYPE_CHECKING:  # the spec types: for type checking only (modelreg.catalog.provider)
    from modelreg.catalog.provider import ModelSpec

NEMOTRON_3_ULTRA: ModelSpec = {
    "id": "nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16",
    "name": "NVIDIA Nemotron 3 Ultra 550B-A55B",
    "provider": "nvidia",
    "description": (
        "NVIDIA's largest open reasoning model (June 2026): a hybrid Mamba-2 / attention "
        "LatentMoE model with multi-token prediction, 55B active of 550B total parameters, "
        "up to 1M tokens of context and reasoning switchable on or off in the chat template."
    ),
    "architecture": "moe",
    "parameters": 550_000_000_000,  # model card: 550B total
    "active_parameters": 55_000_000_000,  # model card: 55B active
    # Expert counts: not on the parts of the card I could read (left None).
    "context_window": 1_048_576,  # model card: "up to 1M tokens"
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # card: tool use among its intended uses
    "supports_reasoning": True,  # card: reasoning on/off via enable_thinking
    "knowledge_cutoff": "2025-09",  # card: pre-training data cutoff September 2025
    "license": "openmdw-1.1",  # card: OpenMDW License Agreement, version 1.1
    "release_date": "2026-06-04",  # card: "Release Date: June 4, 2026"
    "reference_url": "https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16",
    "tags": ["flagship", "open-weights", "moe", "reasoning", "hybrid-mamba", "long-context"],
    "aliases": [
        "nvidia/nvidia-nemotron-3-ultra-550b-a55b",  # NIM id (API catalog)
        "nemotron-3-ultra",
    ],
}

NEMOTRON_3_SUPER: ModelSpec = {
    "id": "nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-BF16",
    "name": "NVIDIA Nemotron 3 Super 120B-A12B",
    "provider": "nvidia",
    "description": (
        "NVIDIA's mid-size Nemotron 3 model for multi-agent work: a hybrid Mamba-2 / "
        "attention LatentMoE model with multi-token prediction, 12B active of 120B total "
        "parameters, pre-trained in NVFP4, with a 1M-token context and switchable reasoning."
    ),
    "architecture": "moe",
    "parameters": 120_000_000_000,  # NVIDIA: 120B total
    "active_parameters": 12_000_000_000,  # NVIDIA: 12B active
    # Expert counts: press accounts cite 512 LatentMoE experts; not confirmed on a page
    # of NVIDIA's I could read, so left None.
    "context_window": 1_048_576,  # NVIDIA: native 1M-token context
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "license": "nvidia-nemotron-open-model-license",
    # only in models.dev (2026-03-11), unconfirmed; NVIDIA's research materials are
    # dated 2026-03-10
    "release_date": "2026-03-11",
    "reference_url": "https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-BF16",
    "tags": ["open-weights", "moe", "reasoning", "hybrid-mamba", "long-context"],
    "aliases": [
        "nvidia/nemotron-3-super-120b-a12b",  # NIM id (API catalog)
        "nemotron-3-super",
    ],
}

NEMOTRON_3_NANO: ModelSpec = {
    "id": "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16",
    "name": "NVIDIA Nemotron 3 Nano 30B-A3B",
    "provider": "nvidia",
    "description": (
        "The first Nemotron 3 model (December 2025): a hybrid Mamba-2 / attention "
        "mixture-of-experts model with 31.6B total parameters, 128 routed experts (6 per "
        "token) plus a shared expert, switchable reasoning and long context."
    ),
    "architecture": "moe",
    "parameters": 31_600_000_000,  # model card: 31.6B total
    # model card: about 3.2B active per token (3.6B with embeddings); "A3B" in the name
    "active_parameters": 3_200_000_000,
    "num_experts": 128,  # model card: 128 routed experts + 1 shared expert
    "experts_per_token": 6,  # model card: 6 routed experts active per token
    # model card: context up to 1M tokens (the default serving config is 256K)
    "context_window": 1_048_576,
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "license": "nvidia-nemotron-open-model-license",
    "release_date": "2025-12-15",
    "reference_url": "https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16",
    "tags": ["open-weights", "moe", "reasoning", "hybrid-mamba", "small", "long-context"],
    "aliases": [
        "nvidia/nemotron-3-nano-30b-a3b",  # NIM id (API catalog)
        "nvidia/nemotron-nano-3-30b-a3b",  # as listed by /v1/models in September 2026
        "nemotron-3-nano",
    ],
}

NEMOTRON_NANO_12B_V2_VL: ModelSpec = {
    "id": "nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-BF16",
    "name": "NVIDIA Nemotron Nano 12B v2 VL",
    "provider": "nvidia",
    "description": (
        "NVIDIA's 12B hybrid Mamba-Transformer vision-language model for document "
        "intelligence and video understanding: text, images and video in, text out, "
        "with switchable reasoning."
    ),
    "architecture": "transformer",  # hybrid Mamba-2 / attention decoder + vision encoder
    "parameters": 12_000_000_000,  # model name: 12B; no exact count on the card
    "context_window": 131_072,  # model card: 128K
    "max_completion_tokens": None,
    "supports_vision": True,
    "supports_reasoning": True,
    "input_modalities": ["text", "image", "video"],
    "license": "nvidia-open-model-license",
    "release_date": "2025-10-28",
    "reference_url": "https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-BF16",
    "tags": ["open-weights", "vision", "video", "reasoning", "hybrid-mamba", "long-context"],
    "aliases": [
        "nvidia/nemotron-nano-12b-v2-vl",  # NIM id (API catalog)
        "nemotron-nano-12b-v2-vl",
    ],
}

NEMOTRON_NANO_9B_V2: ModelSpec = {
    "id": "nvidia/NVIDIA-Nemotron-Nano-9B-v2",
    "name": "NVIDIA Nemotron Nano 9B v2",
    "provider": "nvidia",
    "description": (
        "NVIDIA's 9B hybrid Mamba-2 / Transformer reasoning model (August 2025), trained "
        "from scratch, with reasoning switchable by /think and /no_think, a 128K context "
        "and tool calling."
    ),
    "architecture": "transformer",  # hybrid: mostly Mamba-2 layers, a few attention layers
    "parameters": 9_000_000_000,  # model name: 9B; no exact count on the card
    "context_window": 131_072,  # model card: 128K
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "license": "nvidia-open-model-license",
    "release_date": "2025-08-18",
    "reference_url": "https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-9B-v2",
    "tags": ["open-weights", "reasoning", "hybrid-mamba", "small", "long-context"],
    # the NIM id nvidia/nvidia-nemotron-nano-9b-v2 is this id ignoring case
    "aliases": ["nemotron-nano-9b-v2"],
}

NEMOTRON_3_NANO_OMNI: ModelSpec = {
    "id": "nvidia/Nemotron-3-Nano-Omni-30B-A3B-Reasoning-BF16",
    "name": "NVIDIA Nemotron 3 Nano Omni 30B-A3B Reasoning",
    "provider": "nvidia",
    "description": (
        "NVIDIA's omni-modal Nemotron 3 Nano (April 2026): video, audio, images and text in, "
        "text out, for document intelligence, transcription, video+speech analysis and GUI "
        "agents. A hybrid Mamba-2 / Transformer mixture of experts (31B total, about 3B "
        "active) with a 256k context and reasoning on by default."
    ),
    "architecture": "moe",  # model card: Mamba2-Transformer hybrid MoE
    "parameters": 31_000_000_000,  # model card: 3.1 x 10^10 (31B A3B)
    "active_parameters": 3_000_000_000,  # model card: ~3B active per token
    "context_window": 262_144,  # model card: max context 256k tokens
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # models.dev 1.0.398: tool calls (GUI/agentic use)
    "supports_vision": True,
    "supports_audio_input": True,
    "supports_reasoning": True,  # model card: on by default, enable_thinking toggles it
    "input_modalities": ["text", "image", "audio", "video"],
    "license": "nvidia-open-model-agreement",  # model card: NVIDIA Open Model Agreement
    "release_date": "2026-04-28",  # model card: build.nvidia.com and Hugging Face 04/28/2026
    "reference_url": "https://build.nvidia.com/nvidia/nemotron-3-nano-omni-30b-a3b-reasoning/modelcard",
    "tags": ["open-weights", "moe", "vision", "audio", "video", "reasoning", "hybrid-mamba"],
    "aliases": [
        "nvidia/nemotron-3-nano-omni-30b-a3b-reasoning",  # NIM id (API catalog)
        "nemotron-3-nano-omni",
    ],
}

NEMOTRON_MINI_4B_INSTRUCT: ModelSpec = {
    "id": "nvidia/Nemotron-Mini-4B-Instruct",
    "name": "Nemotron Mini 4B Instruct",
    "provider": "nvidia",
    "description": (
        "NVIDIA's small on-device model for roleplay, RAG question answering and function "
        "calling (NVIDIA ACE), pruned and distilled from Nemotron-4 15B, with a 4,096-token "
        "context."
    ),
    "architecture": "transformer",  # model card: Nemotron-4 decoder, GQA, RoPE
    "parameters": 4_000_000_000,  # model name: 4B; no exact count on the card
    "num_heads": 32,  # model card: 32 attention heads
    "hidden_size": 3072,  # model card: embedding size 3072
    # Model card: "a context length of 4,096 tokens"; models.dev's 128,000 is not NVIDIA's.
    "context_window": 4096,
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "license": "nvidia-community-model-license",
    "release_date": "2024-08-21",  # models.dev 1.0.398 (build.nvidia.com listing)
    "reference_url": "https://docs.api.nvidia.com/nim/reference/nvidia-nemotron-mini-4b-instruct",
    "tags": ["open-weights", "small"],
    # the NIM id nvidia/nemotron-mini-4b-instruct is this id ignoring case
    "aliases": ["nemotron-mini-4b-instruct"],
}

RIVA_TRANSLATE_4B_INSTRUCT_V1_1: ModelSpec = {
    "id": "nvidia/riva-translate-4b-instruct-v1_1",
    "name": "Riva Translate 4B Instruct v1.1",
    "provider": "nvidia",
    "description": (
        "NVIDIA's 4B decoder-only translation model (pruned and distilled from Mistral-NeMo-"
        "Minitron-8B) for sentence- and document-level translation among 12 languages, with "
        "an 8K context."
    ),
    "architecture": "transformer",  # model card: decoder-only Transformer
    "parameters": 4_000_000_000,  # model card: a 4B base model
    "context_window": 8192,  # model card: "a context length of 8K tokens"
    "max_completion_tokens": None,
    "license": "nvidia-community-model-license",  # model card (additional: Apache 2.0)
    "release_date": "2025-12-11",  # model card: build.nvidia.com 12/11/2025
    "reference_url": "https://docs.api.nvidia.com/nim/reference/nvidia-riva-translate-4b-instruct-v1_1",
    "tags": ["open-weights", "translation", "multilingual", "small"],
    "aliases": [
        "nvidia/riva-translate-4b-instruct-v1.1",
        "riva-translate-4b-instruct",
    ],
}

NEMOTRON_3_VOICECHAT: ModelSpec = {
    "id": "nvidia/nemotron-voicechat",
    "name": "NVIDIA Nemotron 3 VoiceChat",
    "provider": "nvidia",
    "kind": "realtime",
    "description": (
        "NVIDIA's 12B end-to-end, full-duplex speech-to-speech model for voice agents: a "
        "FastConformer audio encoder, a Nemotron Nano v2 9B backbone and a TTS decoder in one "
        "streaming model, with persona control by text role prompts; early access for "
        "evaluation."
    ),
    "architecture": "transformer",
    "parameters": 12_000_000_000,  # model card: 12B
    "context_window": None,  # not on the model card
    "max_completion_tokens": None,
    "supports_audio_input": True,
    "supports_audio_output": True,
    "supports_streaming": True,
    # Model card: NVIDIA Software and Model Evaluation License (evaluation only).
    "license": "nvidia-software-and-model-evaluation-license",
    "release_date": "2026-03-16",  # model card: NGC 03/16/2026
    "status": "preview",  # model card: "ready for early access evaluation purposes only"
    "reference_url": "https://build.nvidia.com/nvidia/nemotron-voicechat/modelcard",
    "tags": ["audio", "speech-to-speech", "realtime"],
    "aliases": ["nemotron-3-voicechat"],
}

USDCODE: ModelSpec = {
    "id": "nvidia/usdcode",
    "name": "USD Code",
    "provider": "nvidia",
    "description": (
        "NVIDIA's OpenUSD assistant on the API catalog: answers OpenUSD questions and writes "
        "USD-Python code, an agentic service over a 70B instruct model with nv-embedqa-e5-v5 "
        "retrieval; up to 2,048 generated tokens."
    ),
    # The model card names the 70B model: Meta's Llama 3.1 70B Instruct. The API's model
    # parameter defaults to nvidia/usdcode-llama-3.1-70b-instruct; that name is left out as
    # an alias because the catalog keeps "llama" names for Llama models.
    "context_window": None,  # not published for the service
    "max_completion_tokens": 2048,  # API reference: max_tokens 1 to 2048
    "license": "nvidia-ai-foundation-models-community-license",  # model card
    "reference_url": "https://build.nvidia.com/nvidia/usdcode",
    "tags": ["coding", "nim"],
}

# Cosmos world foundation models on NVIDIA's API catalog: video generation for physical AI.
_COSMOS_DOCS = "https://docs.nvidia.com/cosmos/latest/"

COSMOS_PREDICT1_5B: ModelSpec = {
    "id": "nvidia/cosmos-predict1-5b",
    "name": "Cosmos-Predict1 5B Video2World",
    "provider": "nvidia",
    "kind": "video_generation",
    "description": (
        "NVIDIA's autoregressive Cosmos world foundation model for physical AI "
        "(Cosmos-Predict1-5B-Video2World, first released as Cosmos-1.0-Autoregressive-5B-"
        "Video2World): from a text description and an image or a 9-frame video it predicts "
        "the next 32 or 24 frames, at 1024x640."
    ),
    # NVIDIA's autoregressive model reference (docs.nvidia.com/cosmos/1.1.0/predict/
    # autoregressive/reference.html): Video2World models Cosmos-Predict1-5B-Video2World and
    # 13B, text and image/video input both required, 1024x640 only; frame counts from the
    # build.nvidia.com card of nvidia/cosmos-1.0-autoregressive-5b.
    "parameters": 5_000_000_000,  # the model's name: 5B
    "context_window": None,
    "max_completion_tokens": None,
    "supports_vision": True,  # an image or video prompt
    "input_modalities": ["text", "image", "video"],
    "output_modalities": ["video"],
    "license": "nvidia-open-model-license",  # model card: NVIDIA Open Model License
    "reference_url": "https://build.nvidia.com/nvidia/cosmos-1_0-autoregressive-5b/modelcard",
    "tags": ["video", "open-weights", "nim"],
    "aliases": ["nvidia/cosmos-1.0-autoregressive-5b"],  # the card's id
}

COSMOS_TRANSFER1_7B: ModelSpec = {
    "id": "nvidia/cosmos-transfer1-7b",
    "name": "Cosmos-Transfer1 7B",
    "provider": "nvidia",
    "kind": "video_generation",
    "description": (
        "NVIDIA's multi-control Cosmos world foundation model: generates video from a text "
        "prompt conditioned on structured video inputs (edge, depth, segmentation, blur) "
        "such as simulator renders, to carry a scene to other environments and lighting."
    ),
    # docs.api.nvidia.com (the Cosmos family overview): "Multicontrol model to generate
    # videos conditioned on ground-truth simulations or structured video inputs"; NVIDIA's
    # Transfer1 model reference: a prompt and an input video in, a 960x704 video out.
    "parameters": 7_000_000_000,  # the model's name: 7B
    "context_window": None,
    "max_completion_tokens": None,
    "input_modalities": ["text", "video"],
    "output_modalities": ["video"],
    "license": "nvidia-open-model-license",  # Hugging Face card: nvidia-open-model-license
    "paper_url": "https://arxiv.org/abs/2503.14492",
    "reference_url": _COSMOS_DOCS + "transfer/reference.html",
    "tags": ["video", "open-weights", "nim"],
}

COSMOS_TRANSFER2_5_2B: ModelSpec = {
    "id": "nvidia/cosmos-transfer2_5-2b",
    "name": "Cosmos-Transfer2.5 2B",
    "provider": "nvidia",
    "kind": "video_generation",
    "description": (
        "NVIDIA's Cosmos-Transfer2.5: a world-to-world transfer from a source video and "
        "control inputs (depth, edge, segmentation, blur) with a text prompt, to bridge "
        "simulated and real-world footage."
    ),
    # NIM for Cosmos release notes (docs.nvidia.com/nim/cosmos/latest/release-notes.html):
    # "performs a world-to-world transfer based on a source video and some conditional
    # inputs"; the Transfer2.5 quickstart: prompt, video_path and the control variants.
    "parameters": 2_000_000_000,  # the model's name: 2B
    "context_window": None,
    "max_completion_tokens": None,
    "input_modalities": ["text", "video"],
    "output_modalities": ["video"],
    "reference_url": _COSMOS_DOCS + "transfer2.5/quickstart_guide.html",
    "tags": ["video", "open-weights", "nim"],
    "aliases": ["nvidia/cosmos-transfer2.5-2b"],  # the NIM container's name
}

MAGPIE_TTS_ZEROSHOT: ModelSpec = {
    "id": "nvidia/magpie-tts-zeroshot",
    "name": "Magpie TTS Zeroshot",
    "provider": "nvidia",
    "kind": "text_to_speech",
    "description": (
        "NVIDIA Riva's English text-to-speech model that clones a voice from a few seconds of "
        "reference audio: a streaming encoder-decoder Transformer for live telephony and game "
        "characters, under 200 ms latency."
    ),
    "architecture": "transformer",  # NVIDIA: streaming encoder-decoder Transformer
    "context_window": None,
    "max_completion_tokens": None,
    "supports_audio_input": True,  # the reference voice sample
    "supports_audio_output": True,
    "supports_streaming": True,
    "release_date": "2025-05-22",  # models.dev 1.0.398 (build.nvidia.com listing)
    # Architecture, languages and latency: NVIDIA's technical blog "Enhancing Multilingual
    # Human-Like Speech and Voice Cloning with NVIDIA Riva TTS".
    "reference_url": "https://build.nvidia.com/nvidia/magpie-tts-zeroshot",
    "tags": ["audio", "text-to-speech", "nim", "riva"],
}

LLAMA_3_1_NEMOTRON_ULTRA_253B_V1: ModelSpec = {
    "id": "nvidia/Llama-3_1-Nemotron-Ultra-253B-v1",
    "name": "Llama 3.1 Nemotron Ultra 253B v1",
    "provider": "nvidia",
    "owned_by": "nvidia",
    "description": (
        "NVIDIA's reasoning model derived from Meta's Llama 3.1 405B Instruct by neural "
        "architecture search (253B dense), post-trained for reasoning, chat, RAG and tool "
        "calling, with reasoning switched on or off by the system prompt; 128K context."
    ),
    "architecture": "transformer",
    "parameters": 253_000_000_000,  # model card: 253B
    "context_window": 131_072,  # model card: "context length of 128K tokens"
    "max_completion_tokens": None,
    "supports_function_calling": True,  # model card: tool calling
    "supports_reasoning": True,  # "detailed thinking on/off" system prompt
    "license": "nvidia-open-model-license",  # plus the Llama 3.1 Community License
    "release_date": "2025-04-07",
    "reference_url": "https://huggingface.co/nvidia/Llama-3_1-Nemotron-Ultra-253B-v1",
    "tags": ["open-weights", "reasoning", "llama-nemotron", "long-context"],
    "aliases": [
        "nvidia/llama-3.1-nemotron-ultra-253b-v1",  # NIM id (API catalog)
        "llama-3.1-nemotron-ultra-253b",
    ],
}

LLAMA_3_3_NEMOTRON_SUPER_49B_V1_5: ModelSpec = {
    "id": "nvidia/Llama-3_3-Nemotron-Super-49B-v1_5",
    "name": "Llama 3.3 Nemotron Super 49B v1.5",
    "provider": "nvidia",
    "description": (
        "The July 2025 update of NVIDIA's 49B reasoning model derived from Meta's Llama 3.3 "
        "70B Instruct by neural architecture search, with stronger reasoning and tool "
        "calling; 128K context."
    ),
    "architecture": "transformer",
    "parameters": 49_000_000_000,  # model card: 49B
    "context_window": 131_072,  # model card: 128K
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "license": "nvidia-open-model-license",  # plus the Llama 3.3 Community License
    "release_date": "2025-07-25",
    "reference_url": "https://huggingface.co/nvidia/Llama-3_3-Nemotron-Super-49B-v1_5",
    "tags": ["open-weights", "reasoning", "llama-nemotron", "long-context"],
    "aliases": [
        "nvidia/llama-3.3-nemotron-super-49b-v1.5",  # NIM id (API catalog)
        "llama-3.3-nemotron-super-49b-v1.5",
    ],
}

LLAMA_3_3_NEMOTRON_SUPER_49B_V1: ModelSpec = {
    "id": "nvidia/Llama-3_3-Nemotron-Super-49B-v1",
    "name": "Llama 3.3 Nemotron Super 49B v1",
    "provider": "nvidia",
    "description": (
        "NVIDIA's 49B reasoning model derived from Meta's Llama 3.3 70B Instruct by neural "
        "architecture search (March 2025), with reasoning switched on or off by the system "
        "prompt, tool calling and a 128K context."
    ),
    "architecture": "transformer",
    "parameters": 49_000_000_000,  # model card: 49B
    "context_window": 131_072,  # model card: 128K
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "license": "nvidia-open-model-license",  # plus the Llama 3.3 Community License
    "release_date": "2025-03-18",
    "successor": "nvidia/Llama-3_3-Nemotron-Super-49B-v1_5",
    "reference_url": "https://huggingface.co/nvidia/Llama-3_3-Nemotron-Super-49B-v1",
    "tags": ["open-weights", "reasoning", "llama-nemotron", "long-context"],
    "aliases": [
        "nvidia/llama-3.3-nemotron-super-49b-v1",  # NIM id (API catalog)
        "llama-3.3-nemotron-super-49b",
    ],
}

LLAMA_3_1_NEMOTRON_NANO_8B_V1: ModelSpec = {
    "id": "nvidia/Llama-3.1-Nemotron-Nano-8B-v1",
    "name": "Llama 3.1 Nemotron Nano 8B v1",
    "provider": "nvidia",
    "description": (
        "NVIDIA's 8B reasoning model post-trained from Meta's Llama 3.1 8B Instruct, with "
        "reasoning switched on or off by the system prompt, tool calling and a 128K context."
    ),
    "architecture": "transformer",
    "parameters": 8_000_000_000,  # model card: 8B
    "context_window": 131_072,  # model card: 128K
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "license": "nvidia-open-model-license",  # plus the Llama 3.1 Community License
    "release_date": "2025-03-18",
    "reference_url": "https://huggingface.co/nvidia/Llama-3.1-Nemotron-Nano-8B-v1",
    "tags": ["open-weights", "reasoning", "llama-nemotron", "small", "long-context"],
    # the NIM id nvidia/llama-3.1-nemotron-nano-8b-v1 is this id ignoring case
    "aliases": ["llama-3.1-nemotron-nano-8b"],
}

LLAMA_3_1_NEMOTRON_NANO_4B_V1_1: ModelSpec = {
    "id": "nvidia/Llama-3.1-Nemotron-Nano-4B-v1.1",
    "name": "Llama 3.1 Nemotron Nano 4B v1.1",
    "provider": "nvidia",
    "description": (
        "NVIDIA's 4B reasoning model, pruned and distilled from Llama 3.1 8B (Minitron) and "
        "post-trained for reasoning and tool calling, for edge devices; 128K context."
    ),
    "architecture": "transformer",
    "parameters": 4_000_000_000,  # model name: 4B; no exact count on the card
    "context_window": 131_072,  # model card: 128K
    "max_completion_tokens": None,
    "supports_function_calling": True,
    "supports_reasoning": True,
    "license": "nvidia-open-model-license",  # plus the Llama 3.1 Community License
    "release_date": None,  # not stated on the parts of the card I could read
    "reference_url": "https://huggingface.co/nvidia/Llama-3.1-Nemotron-Nano-4B-v1.1",
    "tags": ["open-weights", "reasoning", "llama-nemotron", "small", "long-context"],
    # the NIM id nvidia/llama-3.1-nemotron-nano-4b-v1.1 is this id ignoring case
    "aliases": ["llama-3.1-nemotron-nano-4b"],
}

NEMOTRON_4_340B_INSTRUCT: ModelSpec = {
    "id": "nvidia/nemotron-4-340b-instruct",
    "name": "Nemotron-4 340B Instruct",
    "provider": "nvidia",
    "description": (
        "NVIDIA's 340B English chat model, fine-tuned from Nemotron-4-340B-Base (SFT, DPO, "
        "RPO) and aimed at synthetic data generation; 4,096-token context."
    ),
    "architecture": "transformer",
    "parameters": 340_000_000_000,  # published round figure (base card: "340 billion")
    "num_layers": 96,  # technical report Table 1
    "hidden_size": 18_432,  # technical report Table 1
    "num_heads": 96,  # technical report Table 1 (8 KV heads, GQA)
    "context_window": 4096,  # model card: "supports a context length of 4,096 tokens"
    "max_completion_tokens": None,  # no separate output limit is documented
    "license": "nvidia-open-model-license",
    "paper_url": "https://arxiv.org/abs/2406.11704",
    "release_date": "2024-06-14",
    "reference_url": "https://huggingface.co/nvidia/Nemotron-4-340B-Instruct",
    "tags": ["flagship", "open-weights", "instruct", "nim"],
    "aliases": ["nemotron-4-340b-instruct", "nvidia_nim/nvidia/nemotron-4-340b-instruct"],
}

MISTRAL_NEMO_12B_INSTRUCT_NIM: ModelSpec = {
    "id": "nv-mistralai/mistral-nemo-12b-instruct",
    "name": "Mistral NeMo 12B Instruct (NVIDIA NIM)",
    "provider": "nvidia",
    # NVIDIA's /v1/models lists owned_by "nv-mistralai"; the card says the model was
    # jointly trained by Mistral AI and NVIDIA, and Mistral AI publishes it as
    # Mistral-Nemo-Instruct-2407.
    "owned_by": "mistral",
    "description": (
        "NVIDIA's NIM of Mistral NeMo 12B Instruct (Mistral-Nemo-Instruct-2407), the 12B "
        "multilingual model jointly trained by Mistral AI and NVIDIA, with a 128k context "
        "window; the figures are those of the served model."
    ),
    "architecture": "transformer",
    # Hugging Face safetensors metadata of mistralai/Mistral-Nemo-Instruct-2407 (card: 12B)
    "parameters": 12_247_782_400,
    "num_layers": 40,  # card: Layers 40
    "hidden_size": 5120,  # card: Dim 5,120
    "num_heads": 32,  # card: 32 heads, 8 KV heads (GQA)
    "context_window": 128_000,  # card: "Trained with a 128k context window"
    "max_completion_tokens": None,  # no separate output limit is documented
    # The model was trained on function calling, but NVIDIA's NIM for LLMs model table
    # lists no tool-calling support for the Mistral NeMo 12B Instruct NIM.
    "supports_function_calling": False,
    # Hosted NIM no longer listed: absent from the build.nvidia.com hosted-endpoint catalog
    # that models.dev synced on 2026-05-01 (anomalyco/models.dev PR #1678, 92 live
    # entries); NVIDIA published no retirement date, so the status is set explicitly.
    "status": "retired",
    "license": "apache-2.0",
    "release_date": "2024-07-18",  # Mistral AI / NVIDIA announcement; NIM available at launch
    "reference_url": "https://build.nvidia.com/nv-mistralai/mistral-nemo-12b-instruct",
    "tags": ["instruct", "multilingual", "long-context", "nim"],
    "aliases": [
        "mistral-nemo-12b-instruct",
        "nvidia_nim/nv-mistralai/mistral-nemo-12b-instruct",
    ],
}

LLAMA_3_1_405B_INSTRUCT_NIM: ModelSpec = {
    "id": "meta/llama-3.1-405b-instruct",
    "name": "Llama 3.1 405B Instruct (NVIDIA NIM)",
    "provider": "nvidia",
    "owned_by": "meta",
    "description": (
        "NVIDIA's NIM of Meta's Llama 3.1 405B Instruct (meta-llama/Llama-3.1-405B-Instruct); "
        "the figures are those of the served model: 405B dense, 128K context, tool calling."
    ),
    "architecture": "transformer",
    "parameters": 405_853_388_800,  # Meta's weights, Hugging Face safetensors metadata
    "num_layers": 126,  # Llama 3.1 405B config.json
    "hidden_size": 16_384,  # Llama 3.1 405B config.json
    "num_heads": 128,  # Llama 3.1 405B config.json (8 KV heads, GQA)
    "context_window": 131_072,  # Llama 3.1 config.json max_position_embeddings (128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # NIM for LLMs model table: tool calling "Yes"
    # Hosted NIM no longer listed: absent from the build.nvidia.com hosted-endpoint catalog
    # that models.dev synced on 2026-05-01 (anomalyco/models.dev PR #1678, 92 live
    # entries); NVIDIA published no retirement date, so the status is set explicitly.
    "status": "retired",
    "license": "llama3.1",
    "paper_url": "https://arxiv.org/abs/2407.21783",
    "release_date": "2024-07-23",  # Llama 3.1 launch; NIM available the same day
    "reference_url": "https://build.nvidia.com/meta/llama-3_1-405b-instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context", "nim"],
    # "llama-3.1-405b-instruct" belongs to Meta's own model (meta.py)
    "aliases": ["nvidia_nim/meta/llama-3.1-405b-instruct"],
}

LLAMA_3_1_NEMOTRON_SAFETY_GUARD_8B_V3: ModelSpec = {
    "id": "nvidia/Llama-3.1-Nemotron-Safety-Guard-8B-v3",
    "name": "Llama 3.1 Nemotron Safety Guard 8B v3",
    "provider": "nvidia",
    "kind": "moderation",
    "description": (
        "NVIDIA's multilingual content safety model: a LoRA tune of Llama 3.1 8B Instruct "
        "that labels user prompts and LLM responses safe or unsafe and lists the violated "
        "categories (23 safety categories, 9 languages)."
    ),
    "architecture": "transformer",  # Llama-3.1-8B-Instruct base
    "parameters": 8_000_000_000,  # model name: 8B
    "context_window": None,  # no limit on the card (models.dev's 128,000 is a placeholder)
    "max_completion_tokens": None,
    "license": "nvidia-open-model-license",  # plus the Llama 3.1 Community License
    "release_date": "2025-10-27",  # NGC container card: Hugging Face and NGC 10/27/2025
    "reference_url": "https://build.nvidia.com/nvidia/llama-3_1-nemotron-safety-guard-8b-v3",
    "tags": ["open-weights", "moderation", "safety", "multilingual"],
    # the NIM id nvidia/llama-3.1-nemotron-safety-guard-8b-v3 is this id ignoring case
    "aliases": ["nvidia/llama-3_1-nemotron-safety-guard-8b-v3"],  # build.nvidia.com slug
}

NEMOTRON_CONTENT_SAFETY_REASONING_4B: ModelSpec = {
    "id": "nvidia/Nemotron-Content-Safety-Reasoning-4B",
    "name": "Nemotron Content Safety Reasoning 4B",
    "provider": "nvidia",
    "kind": "moderation",
    "description": (
        "NVIDIA's guardrail classifier for content safety and topic following that enforces "
        "a caller's own safety policy, with an optional reasoning trace; built on Gemma 3 "
        "4B-it."
    ),
    "architecture": "transformer",  # Gemma-3-4B-it base
    "parameters": 4_000_000_000,  # model name: 4B
    "context_window": None,  # no limit on NVIDIA's card
    "max_completion_tokens": None,
    # Its Reasoning On mode writes a trace, but a moderation model claims no reasoning here.
    "license": "nvidia-open-model-license",  # plus the Gemma Terms of Use
    # Release date: NVIDIA's NGC card gives only the month (Hugging Face, 11/2025).
    "reference_url": "https://docs.api.nvidia.com/nim/reference/nvidia-nemotron-content-safety-reasoning-4b",
    "tags": ["open-weights", "moderation", "safety", "reasoning"],
    # the NIM id nvidia/nemotron-content-safety-reasoning-4b is this id ignoring case
    "aliases": ["nemotron-content-safety-reasoning-4b"],
}

NEMOTRON_3_CONTENT_SAFETY: ModelSpec = {
    "id": "nvidia/Nemotron-3-Content-Safety",
    "name": "Nemotron 3 Content Safety",
    "provider": "nvidia",
    "kind": "moderation",
    "description": (
        "NVIDIA's multimodal, multilingual content safety classifier (Gemma 3 4B-it fine-tuned "
        "by NVIDIA): labels a prompt, an optional image and an optional response safe or "
        "unsafe, with the violated categories, in 12 languages."
    ),
    "architecture": "transformer",  # model card: Gemma-3-4b-it base, LoRA merged
    "parameters": 4_000_000_000,  # model card: Gemma-3-4B base
    "context_window": None,  # not on the model card
    "max_completion_tokens": None,
    "supports_vision": True,  # model card: takes an optional image
    "release_date": "2026-04-16",  # models.dev 1.0.398 (build.nvidia.com listing)
    "reference_url": "https://huggingface.co/nvidia/Nemotron-3-Content-Safety",
    "tags": ["open-weights", "moderation", "safety", "multilingual", "vision"],
    "aliases": ["nemotron-3-content-safety"],  # NIM id nvidia/nemotron-3-content-safety
}

NV_EMBED_V1: ModelSpec = {
    "id": "nvidia/nv-embed-v1",
    "name": "NV-Embed-v1",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's generalist text embedding model: Mistral-7B-v0.1 with latent-attention "
        "pooling and two-stage instruction tuning, producing 4096-dimensional embeddings."
    ),
    "architecture": "transformer",
    # NVIDIA's card: "Parameter Count: 7.1 billion" (Hugging Face's file-size estimate
    # of the BF16 shards, 7.85B, is not a published count).
    "parameters": 7_100_000_000,
    "num_layers": 32,  # Mistral-7B-v0.1 backbone (config.json text_config)
    "hidden_size": 4096,  # config.json hidden_size
    "num_heads": 32,  # Mistral-7B-v0.1 backbone
    "context_window": 32_768,  # card: "Max Input Tokens: 32k"
    "max_completion_tokens": None,
    "embedding_dimensions": 4096,  # card: "Embedding Dimension: 4096" (not 1024)
    # fixed 4096-dimensional output: no `dimensions` parameter
    "supported_features": ["encoding_format"],
    "license": "cc-by-nc-4.0",  # card: governed by CC-BY-NC-4.0
    "paper_url": "https://arxiv.org/abs/2405.17428",
    "release_date": "2024-05-27",  # NV-Embed paper, arXiv v1
    "reference_url": "https://build.nvidia.com/nvidia/nv-embed-v1/modelcard",
    "tags": ["embedding", "open-weights", "long-context", "nim"],
    "aliases": ["nv-embed-v1", "nvidia_nim/nvidia/nv-embed-v1"],
}

# -- NeMo Retriever embedding models (NIM support matrices: Model ID, Max Tokens,
# Total Parameters, Embedding, Dynamic Embeddings). Embeddings take input_type
# ("query" / "passage") and truncate; models with dynamic embeddings take dimensions.
_EMBED = ["input_type", "truncate", "encoding_format"]
_EMBED_DYNAMIC = [*_EMBED, "dimensions"]
_RERANK = ["query", "passages", "top_n", "truncate"]

LLAMA_3_2_NV_EMBEDQA_1B_V2: ModelSpec = {
    "id": "nvidia/llama-3.2-nv-embedqa-1b-v2",
    "name": "Llama 3.2 NV-EmbedQA 1B v2",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's NeMo Retriever multilingual text embedding model for question-answer "
        "retrieval, built on Llama 3.2 1B: 2048-dimensional embeddings (shorter ones on "
        "request), 8192-token input. Renamed llama-nemotron-embed-1b-v2 in NIM 2.x."
    ),
    "architecture": "transformer",
    "parameters": 1_236_000_000,  # support matrix: 1236M total (973M without embeddings)
    "context_window": 8192,  # support matrix: Max Tokens 8192
    "max_completion_tokens": None,
    "embedding_dimensions": 2048,  # support matrix: Embedding 2048, dynamic yes
    "supported_features": _EMBED_DYNAMIC,
    "license": "nvidia-open-model-license",  # plus the Llama 3.2 Community License
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-embedding/1.9.0/support-matrix.html",
    "tags": ["embedding", "multilingual", "nim", "nemo-retriever"],
    "aliases": [
        "nvidia/llama-nemotron-embed-1b-v2",  # NIM 2.2 support matrix: same figures
        "llama-3.2-nv-embedqa-1b-v2",
    ],
}

LLAMA_NEMOTRON_EMBED_300M_V2: ModelSpec = {
    "id": "nvidia/llama-nemotron-embed-300m-v2",
    "name": "Llama Nemotron Embed 300M v2",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's small NeMo Retriever text embedding model: 569M parameters, "
        "2048-dimensional embeddings (shorter ones on request), 8192-token input."
    ),
    "architecture": "transformer",
    "parameters": 569_000_000,  # NIM 2.2 support matrix: 569M total (307M w/o embeddings)
    "context_window": 8192,  # support matrix: Max Tokens 8192
    "max_completion_tokens": None,
    "embedding_dimensions": 2048,  # support matrix: 2048, dynamic yes
    "supported_features": _EMBED_DYNAMIC,
    "license": "nvidia-open-model-license",
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-embedding/2.2.0/support-matrix.html",
    "tags": ["embedding", "small", "nim", "nemo-retriever"],
    "aliases": ["llama-nemotron-embed-300m-v2"],
}

LLAMA_3_2_NEMORETRIEVER_300M_EMBED_V1: ModelSpec = {
    "id": "nvidia/llama-3.2-nemoretriever-300m-embed-v1",
    "name": "Llama 3.2 NeMo Retriever Embedding 300M v1",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's first 300M-class NeMo Retriever text embedding model: 569M parameters, "
        "fixed 2048-dimensional embeddings, 8192-token input."
    ),
    "architecture": "transformer",
    "parameters": 569_000_000,  # NIM 1.9 support matrix: 569M total (307M w/o embeddings)
    "context_window": 8192,
    "max_completion_tokens": None,
    "embedding_dimensions": 2048,  # support matrix: 2048, dynamic no
    "supported_features": _EMBED,
    "license": "nvidia-open-model-license",
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-embedding/1.9.0/support-matrix.html",
    "tags": ["embedding", "small", "nim", "nemo-retriever"],
    "aliases": ["nvidia/llama-3_2-nemoretriever-300m-embed-v1"],  # build.nvidia.com slug
}

NEMOTRON_3_EMBED_1B: ModelSpec = {
    "id": "nvidia/nemotron-3-embed-1b",
    "name": "Nemotron 3 Embed 1B",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's Nemotron 3 text embedding model in NeMo Retriever: 1,141M parameters, "
        "2048-dimensional embeddings, 4096-token input."
    ),
    "architecture": "transformer",
    "parameters": 1_141_000_000,  # NIM 2.2 support matrix: 1141M total (872M w/o emb.)
    "context_window": 4096,  # support matrix: Max Tokens 4096
    "max_completion_tokens": None,
    "embedding_dimensions": 2048,  # support matrix: 2048, dynamic no
    "supported_features": _EMBED,
    "license": "nvidia-open-model-license",
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-embedding/2.2.0/support-matrix.html",
    "tags": ["embedding", "nim", "nemo-retriever"],
    "aliases": ["nemotron-3-embed-1b"],
}

LLAMA_NEMOTRON_EMBED_VL_1B_V2: ModelSpec = {
    "id": "nvidia/llama-nemotron-embed-vl-1b-v2",
    "name": "Llama Nemotron Embed VL 1B v2",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's multimodal NeMo Retriever embedding model: embeds text, page images, or "
        "both into 2048-dimensional vectors (shorter ones on request), for visual document "
        "retrieval."
    ),
    "architecture": "transformer",
    "parameters": 1_678_000_000,  # NIM 2.2 support matrix: 1678M total
    "context_window": 2048,  # NIM 2.2 support matrix: Max Tokens 2048
    "max_completion_tokens": None,
    "supports_vision": True,  # image inputs (passages only)
    "embedding_dimensions": 2048,  # support matrix: 2048, dynamic yes
    "supported_features": _EMBED_DYNAMIC,
    "license": "nvidia-open-model-license",
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-embedding/2.2.0/support-matrix.html",
    "tags": ["embedding", "vision", "nim", "nemo-retriever"],
    "aliases": [
        # the model's earlier NIM name (1.7-1.9 support matrices: 1678M, 2048 dims)
        "nvidia/llama-3.2-nemoretriever-1b-vlm-embed-v1",
    ],
}

NV_EMBEDCODE_7B_V1: ModelSpec = {
    "id": "nvidia/nv-embedcode-7b-v1",
    "name": "NV-EmbedCode 7B v1",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's 7B Mistral-based embedding model for code retrieval, taking text, code and "
        "mixed queries; a free preview endpoint on build.nvidia.com."
    ),
    "architecture": "transformer",  # build.nvidia.com: Mistral-based
    "parameters": 7_000_000_000,  # build.nvidia.com: 7B
    "context_window": None,  # not on the pages read (models.dev gives 32,768)
    "max_completion_tokens": None,
    "supported_features": _EMBED,
    "license": "nvidia-open-model-license",
    "release_date": "2025-03-17",  # models.dev 1.0.398
    "status": "preview",  # build.nvidia.com: PREVIEW
    "reference_url": "https://build.nvidia.com/nvidia/nv-embedcode-7b-v1",
    "tags": ["embedding", "coding", "nim", "nemo-retriever"],
    "aliases": ["nv-embedcode-7b-v1"],
}

NV_EMBEDQA_E5_V5: ModelSpec = {
    "id": "nvidia/nv-embedqa-e5-v5",
    "name": "NV-EmbedQA-E5-v5",
    "provider": "nvidia",
    "kind": "embedding",
    "description": (
        "NVIDIA's English text embedding model for question-answer retrieval, fine-tuned "
        "from E5-large-unsupervised: 1024-dimensional embeddings, 512-token input."
    ),
    "architecture": "transformer",
    "parameters": 335_000_000,  # support matrix: 335M total (303M w/o embeddings)
    "context_window": 512,  # support matrix: Max Tokens 512
    "max_completion_tokens": None,
    "embedding_dimensions": 1024,  # support matrix: 1024, dynamic no
    "supported_features": _EMBED,
    "license": "nvidia-ai-foundation-models-community-license",
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-embedding/2.2.0/support-matrix.html",
    "tags": ["embedding", "nim", "nemo-retriever"],
    "aliases": ["nv-embedqa-e5-v5"],
}

NV_RERANKQA_MISTRAL_4B_V3: ModelSpec = {
    "id": "nvidia/nv-rerankqa-mistral-4b-v3",
    "name": "NV-RerankQA-Mistral-4B-v3",
    "provider": "nvidia",
    "kind": "rerank",
    "description": (
        "NVIDIA's NeMo Retriever QA reranker (the 'NVIDIA Retrieval QA Mistral 4B Reranking "
        "Model'): a LoRA-tuned Mistral-7B-v0.1 cut to its first layers that scores how "
        "relevant each passage is to a query, 512 tokens per query-passage pair. The first "
        "catalog's nvidia/nv-rerank-qa-v1, an id NVIDIA never served, resolves here."
    ),
    "architecture": "transformer",
    # NVIDIA's documents name it "Mistral 4B"; no exact count is published.
    "parameters": 4_000_000_000,
    "num_layers": 16,  # the Mistral-4B ranker: the first 16 of Mistral-7B's 32 layers
    "hidden_size": 4096,  # Mistral-7B-v0.1 dim
    "num_heads": 32,  # Mistral-7B-v0.1 attention heads
    # reranking NIM support matrix: Max Tokens 512 (query + passage, truncated past it)
    "context_window": 512,
    "max_completion_tokens": None,
    "supported_features": _RERANK,
    # card: NVIDIA AI Foundation Models Community License and Apache 2.0
    "license": "nvidia-ai-foundation-models-community-license",
    "reference_url": "https://build.nvidia.com/nvidia/nv-rerankqa-mistral-4b-v3",
    "tags": ["rerank", "multilingual", "nim", "nemo-retriever"],
    "aliases": [
        "nvidia/nv-rerank-qa-v1",  # the first catalog's id (never served)
        "nv-rerankqa-mistral-4b-v3",
        "nvidia_nim/nvidia/nv-rerankqa-mistral-4b-v3",  # LiteLLM
    ],
}

RERANK_QA_MISTRAL_4B: ModelSpec = {
    "id": "nvidia/rerank-qa-mistral-4b",
    "name": "NVIDIA Retrieval QA Ranking Model (Mistral 4B, v1)",
    "provider": "nvidia",
    "kind": "rerank",
    "description": (
        "The first NeMo Retriever QA reranker (NIM model nv-rerank-qa-mistral-4b:1): a "
        "LoRA-tuned Mistral-7B-v0.1 cut to its first 16 layers that scores the probability "
        "that a passage answers a question. Its successor is nv-rerankqa-mistral-4b-v3."
    ),
    "architecture": "transformer",
    "parameters": 4_000_000_000,  # card: "Mistral-4B Ranker"; no exact count published
    "num_layers": 16,  # card: "Fine-tuned Mistral-7B-v0.1 LLM (only first 16 layers)"
    "hidden_size": 4096,
    "num_heads": 32,
    "context_window": None,  # no limit is published for this endpoint
    "max_completion_tokens": None,
    "supported_features": _RERANK,
    "successor": "nvidia/nv-rerankqa-mistral-4b-v3",
    "license": "nvidia-nemo-foundational-models-evaluation-license",
    "reference_url": "https://docs.api.nvidia.com/nim/reference/nvidia-rerank-qa-mistral-4b",
    "tags": ["rerank", "nim", "nemo-retriever"],
    "aliases": ["nv-rerank-qa-mistral-4b:1", "ai-rerank-qa-mistral-4b"],
}

LLAMA_3_2_NV_RERANKQA_1B_V2: ModelSpec = {
    "id": "nvidia/llama-3.2-nv-rerankqa-1b-v2",
    "name": "Llama 3.2 NV-RerankQA 1B v2",
    "provider": "nvidia",
    "kind": "rerank",
    "description": (
        "NVIDIA's multilingual NeMo Retriever reranker built on Llama 3.2 1B, scoring "
        "query-passage relevance over up to 8192 tokens; renamed llama-nemotron-rerank-1b-v2 "
        "in the reranking NIM 2.0."
    ),
    "architecture": "transformer",
    "parameters": None,  # "1B" in the name; no exact count in the support matrix
    "context_window": 8192,  # support matrix: 8192 (optimized profiles; 4096 generic)
    "max_completion_tokens": None,
    "supported_features": _RERANK,
    "license": "nvidia-open-model-license",  # plus the Llama 3.2 Community License
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-reranking/1.12.0/support-matrix.html",
    "tags": ["rerank", "multilingual", "nim", "nemo-retriever"],
    "aliases": [
        "nvidia/llama-nemotron-rerank-1b-v2",  # reranking NIM 2.0 support matrix
        "nvidia/llama-3-2-nv-rerankqa-1b-v2",  # reranking NIM 1.4-1.6 support matrix
        "nvidia_nim/nvidia/llama-3_2-nv-rerankqa-1b-v2",  # LiteLLM
        "nvidia_nim/ranking/nvidia/llama-3.2-nv-rerankqa-1b-v2",  # LiteLLM
    ],
}

LLAMA_NEMOTRON_RERANK_500M_V2: ModelSpec = {
    "id": "nvidia/llama-nemotron-rerank-500m-v2",
    "name": "Llama Nemotron Rerank 500M v2",
    "provider": "nvidia",
    "kind": "rerank",
    "description": (
        "NVIDIA's small NeMo Retriever reranker (formerly "
        "llama-3.2-nemoretriever-500m-rerank-v2), scoring query-passage relevance over up "
        "to 8192 tokens."
    ),
    "architecture": "transformer",
    "parameters": None,  # "500m" in the name only
    "context_window": 8192,  # reranking NIM 2.0 support matrix
    "max_completion_tokens": None,
    "supported_features": _RERANK,
    "license": "nvidia-open-model-license",
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-reranking/2.0.0/support-matrix.html",
    "tags": ["rerank", "small", "nim", "nemo-retriever"],
    "aliases": [
        "nvidia/llama-3.2-nemoretriever-500m-rerank-v2",  # reranking NIM 1.12
        "nvidia/llama-3-2-nemoretriever-500m-rerank-v2",  # reranking NIM 1.6
    ],
}

LLAMA_NEMOTRON_RERANK_VL_1B_V2: ModelSpec = {
    "id": "nvidia/llama-nemotron-rerank-vl-1b-v2",
    "name": "Llama Nemotron Rerank VL 1B v2",
    "provider": "nvidia",
    "kind": "rerank",
    "description": (
        "NVIDIA's multimodal NeMo Retriever reranker: scores how relevant text or page-image "
        "passages are to a query, for visual document retrieval."
    ),
    "architecture": "transformer",
    "parameters": None,  # "1B" in the name only
    # reranking NIM 2.0 support matrix: 8192 (the 1.12 matrix gave 10240)
    "context_window": 8192,
    "max_completion_tokens": None,
    "supports_vision": True,  # image passages
    "supported_features": _RERANK,
    "license": "nvidia-open-model-license",
    "reference_url": "https://docs.nvidia.com/nim/nemo-retriever/text-reranking/2.0.0/support-matrix.html",
    "tags": ["rerank", "vision", "nim", "nemo-retriever"],
    "aliases": ["llama-nemotron-rerank-vl-1b-v2"],
}


CATALOG = ProviderCatalog(
    provider="nvidia",
    name="NVIDIA",
    homepage="https://build.nvidia.com",
    models=(
        NEMOTRON_3_ULTRA,
        NEMOTRON_3_SUPER,
        NEMOTRON_3_NANO,
        NEMOTRON_NANO_12B_V2_VL,
        NEMOTRON_NANO_9B_V2,
        NEMOTRON_3_NANO_OMNI,
        NEMOTRON_MINI_4B_INSTRUCT,
        RIVA_TRANSLATE_4B_INSTRUCT_V1_1,
        NEMOTRON_3_VOICECHAT,
        USDCODE,
        MAGPIE_TTS_ZEROSHOT,
        COSMOS_PREDICT1_5B,
        COSMOS_TRANSFER1_7B,
        COSMOS_TRANSFER2_5_2B,
        LLAMA_3_1_NEMOTRON_ULTRA_253B_V1,
        LLAMA_3_3_NEMOTRON_SUPER_49B_V1_5,
        LLAMA_3_3_NEMOTRON_SUPER_49B_V1,
        LLAMA_3_1_NEMOTRON_NANO_8B_V1,
        LLAMA_3_1_NEMOTRON_NANO_4B_V1_1,
        NEMOTRON_4_340B_INSTRUCT,
        MISTRAL_NEMO_12B_INSTRUCT_NIM,
        LLAMA_3_1_405B_INSTRUCT_NIM,
        LLAMA_3_1_NEMOTRON_SAFETY_GUARD_8B_V3,
        NEMOTRON_CONTENT_SAFETY_REASONING_4B,
        NEMOTRON_3_CONTENT_SAFETY,
        NV_EMBED_V1,
        LLAMA_3_2_NV_EMBEDQA_1B_V2,
        LLAMA_NEMOTRON_EMBED_300M_V2,
        LLAMA_3_2_NEMORETRIEVER_300M_EMBED_V1,
        NEMOTRON_3_EMBED_1B,
        LLAMA_NEMOTRON_EMBED_VL_1B_V2,
        NV_EMBEDCODE_7B_V1,
        NV_EMBEDQA_E5_V5,
        NV_RERANKQA_MISTRAL_4B_V3,
        RERANK_QA_MISTRAL_4B,
        LLAMA_3_2_NV_RERANKQA_1B_V2,
        LLAMA_NEMOTRON_RERANK_500M_V2,
        LLAMA_NEMOTRON_RERANK_VL_1B_V2,
    ),
)
