"""Meta models: the open-weights Llama 3.1, 3.2 and 3.3 instruction-tuned models.

Meta publishes weights, not a paid API, so no model here has pricing, and no
output limit is documented beyond the context window (max_completion_tokens is
None rather than a made-up number).

Sources: the model cards in github.com/meta-llama/llama-models (models/llama3_1,
llama3_2, llama3_3: MODEL_CARD.md, MODEL_CARD_VISION.md, text/vision_prompt_format.md),
the Hugging Face model pages and config.json files (huggingface.co/meta-llama/...),
Meta's reference architecture table (llama-models sku_list.py) and the Llama 3 herd
paper (arXiv 2407.21783).
"""

from modelreg.catalog.provider import ModelSpec, ProviderCatalog

_LLAMA3_PAPER = "https://arxiv.org/abs/2407.21783"

LLAMA_3_3_70B_INSTRUCT: ModelSpec = {
    "id": "meta-llama/Llama-3.3-70B-Instruct",
    "name": "Llama 3.3 70B Instruct",
    "provider": "meta",
    "description": (
        "Meta's 70B multilingual instruction-tuned text model (December 2024), "
        "with the Llama 3.1 70B architecture and a 128K context window."
    ),
    "architecture": "transformer",
    "parameters": 70_553_706_496,  # Hugging Face safetensors metadata (card: 70B)
    "num_layers": 80,  # config.json num_hidden_layers
    "hidden_size": 8192,  # config.json hidden_size
    "num_heads": 64,  # config.json num_attention_heads (8 KV heads, GQA)
    "context_window": 131_072,  # config.json max_position_embeddings (card: 128k)
    "max_completion_tokens": None,  # no separate output limit is documented
    "supports_function_calling": True,  # llama3_3/prompt_format.md: tool calling
    "license": "llama3.3",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-12-06",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context"],
    "aliases": ["llama-3.3-70b-instruct"],
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
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-90B-Vision-Instruct",
    "tags": ["open-weights", "instruct", "vision", "multilingual", "long-context"],
    "aliases": ["llama-3.2-90b-vision-instruct"],
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
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct",
    "tags": ["open-weights", "instruct", "vision", "multilingual", "long-context"],
    "aliases": ["llama-3.2-11b-vision-instruct"],
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
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct",
    "tags": ["open-weights", "instruct", "small", "distilled", "multilingual", "long-context"],
    "aliases": ["llama-3.2-3b-instruct"],
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
    "license": "llama3.2",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-09-25",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct",
    "tags": ["open-weights", "instruct", "small", "distilled", "multilingual", "long-context"],
    "aliases": ["llama-3.2-1b-instruct"],
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
    "license": "llama3.1",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-07-23",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct",
    "tags": ["flagship", "open-weights", "instruct", "multilingual", "long-context"],
    "aliases": [
        "llama-3.1-405b-instruct",
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
    "license": "llama3.1",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-07-23",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context"],
    "aliases": [
        "llama-3.1-70b-instruct",
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
    "license": "llama3.1",
    "paper_url": _LLAMA3_PAPER,
    "release_date": "2024-07-23",
    "reference_url": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context"],
    "aliases": [
        "llama-3.1-8b-instruct",
        "meta-llama-3.1-8b-instruct",
        "meta-llama/meta-llama-3.1-8b-instruct",
    ],
}

CATALOG = ProviderCatalog(
    provider="meta",
    name="Meta",
    homepage="https://www.llama.com",
    models=(
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
