"""DeepSeek models: the DeepSeek-V3 MoE chat model, DeepSeek-R1 and a distilled R1.

Sources: https://github.com/deepseek-ai/DeepSeek-V3 (model card, README_WEIGHTS.md),
https://github.com/deepseek-ai/DeepSeek-R1 (model card), the Hugging Face config.json files,
arXiv 2412.19437 (DeepSeek-V3 technical report), arXiv 2501.12948 (DeepSeek-R1 paper),
https://api-docs.deepseek.com/quick_start/pricing and
https://api-docs.deepseek.com/guides/reasoning_model (DeepSeek API, V3/R1 era).
"""

from modelreg.catalog.provider import ModelSpec, ProviderCatalog

# Request parameters of DeepSeek's chat completions API (api-docs.deepseek.com, Create Chat
# Completion): deepseek-chat accepts the sampling parameters, tools and JSON output.
_DEEPSEEK_CHAT_FEATURES = [
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
    "response_format",
]
# deepseek-reasoner (R1): temperature, top_p, presence_penalty and frequency_penalty are
# accepted but ignored, logprobs/top_logprobs are rejected, and function calling and JSON
# output are not supported (api-docs.deepseek.com/guides/reasoning_model).
_DEEPSEEK_REASONER_FEATURES = ["max_tokens", "stop", "stream", "stream_options"]

DEEPSEEK_V3: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-V3",
    "name": "DeepSeek-V3",
    "provider": "deepseek",
    "description": (
        "DeepSeek's Mixture-of-Experts chat model (671B total, 37B active parameters per token) "
        "with Multi-head Latent Attention, pre-trained on 14.8T tokens; served by the DeepSeek "
        "API as deepseek-chat from December 2024."
    ),
    "architecture": "moe",
    "parameters": 671_000_000_000,  # main model; the HF checkpoint is 685B incl. 14B MTP module
    "active_parameters": 37_000_000_000,
    "num_experts": 256,  # routed experts per MoE layer, plus 1 shared expert (config.json)
    "experts_per_token": 8,  # routed experts per token (config.json num_experts_per_tok)
    "num_layers": 61,  # config.json num_hidden_layers
    "hidden_size": 7168,  # config.json
    "num_heads": 128,  # config.json num_attention_heads
    # 128K per the model card; the DeepSeek API (deepseek-chat) served a 64K context.
    "context_window": 131_072,
    "max_completion_tokens": 8_192,  # DeepSeek API deepseek-chat max output (8K)
    "supports_function_calling": True,  # DeepSeek API function calling (deepseek-chat)
    "supports_structured_output": True,  # DeepSeek API JSON Output (json_object)
    # DeepSeek API prices for deepseek-chat (DeepSeek-V3) after the launch promotion ended
    # on 2025-02-08: cache-miss input, output, cache-hit input. The endpoint later moved to
    # V3.1/V3.2 at different prices.
    "pricing": {
        "prompt_price_per_1m": 0.27,
        "completion_price_per_1m": 1.10,
        "cached_price_per_1m": 0.07,
    },
    "supported_features": list(_DEEPSEEK_CHAT_FEATURES),
    "license": "deepseek-model-license",  # weights: DeepSeek Model License; code: MIT
    "paper_url": "https://arxiv.org/abs/2412.19437",
    "release_date": "2024-12-26",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-V3",
    "tags": ["flagship", "open-weights", "moe", "long-context"],
    "aliases": ["deepseek-v3"],
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
    "architecture": "moe",
    "parameters": 671_000_000_000,
    "active_parameters": 37_000_000_000,
    "num_experts": 256,  # routed experts per MoE layer, plus 1 shared expert (config.json)
    "experts_per_token": 8,  # config.json num_experts_per_tok
    "num_layers": 61,  # config.json num_hidden_layers
    "hidden_size": 7168,  # config.json
    "num_heads": 128,  # config.json num_attention_heads
    # 128K per the model card; the DeepSeek API (deepseek-reasoner) served a 64K context,
    # not counting the reasoning_content.
    "context_window": 131_072,
    # DeepSeek API: max_tokens caps the final answer at 8K; the chain of thought before it
    # can reach 32K tokens (api-docs.deepseek.com/guides/reasoning_model).
    "max_completion_tokens": 8_192,
    "supports_reasoning": True,
    # DeepSeek API prices for deepseek-reasoner (DeepSeek-R1): cache-miss input, output
    # (reasoning and answer tokens alike), cache-hit input.
    "pricing": {
        "prompt_price_per_1m": 0.55,
        "completion_price_per_1m": 2.19,
        "cached_price_per_1m": 0.14,
    },
    "supported_features": list(_DEEPSEEK_REASONER_FEATURES),
    "license": "mit",
    "paper_url": "https://arxiv.org/abs/2501.12948",
    "release_date": "2025-01-20",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-R1",
    "tags": ["reasoning", "open-weights", "moe", "long-context"],
    "aliases": ["deepseek-r1"],
}

DEEPSEEK_R1_DISTILL_QWEN_32B: ModelSpec = {
    "id": "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
    "name": "DeepSeek-R1-Distill-Qwen-32B",
    "provider": "deepseek",
    "description": (
        "Dense Qwen2.5-32B model fine-tuned on about 800k reasoning samples generated by "
        "DeepSeek-R1; open weights only (not sold through the DeepSeek API)."
    ),
    "architecture": "transformer",
    "parameters": 32_763_876_352,  # Hugging Face safetensors parameter count (BF16)
    "num_layers": 64,  # Qwen2.5-32B config.json num_hidden_layers
    "hidden_size": 5120,  # Qwen2.5-32B config.json
    "num_heads": 40,  # query heads (8 key/value heads, GQA), Qwen2.5-32B config.json
    "context_window": 131_072,  # config.json max_position_embeddings
    "max_completion_tokens": None,  # no output limit documented for the open weights
    "supports_reasoning": True,
    # Open weights served OpenAI-style (vLLM, SGLang); the model card recommends
    # temperature 0.5-0.7 (0.6) and top-p 0.95.
    "supported_features": ["max_tokens", "stop", "temperature", "top_p", "stream"],
    "license": "mit",  # derived from Qwen2.5-32B, originally Apache 2.0 (model card)
    "paper_url": "https://arxiv.org/abs/2501.12948",
    "release_date": "2025-01-20",
    "reference_url": "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
    "tags": ["reasoning", "open-weights", "distilled", "long-context"],
    "aliases": ["deepseek-r1-distill-qwen-32b"],
}

CATALOG = ProviderCatalog(
    provider="deepseek",
    name="DeepSeek",
    homepage="https://www.deepseek.com",
    models=(DEEPSEEK_V3, DEEPSEEK_R1, DEEPSEEK_R1_DISTILL_QWEN_32B),
)
