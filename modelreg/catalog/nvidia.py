"""NVIDIA models: Nemotron, NIM-served partner models, and NeMo Retriever embed/rerank.

NVIDIA's API catalog (build.nvidia.com, integrate.api.nvidia.com) publishes no
per-token price for these models, so none has pricing. The two NIM ids that serve
another maker's model (meta/llama-3.1-405b-instruct and
nv-mistralai/mistral-nemo-12b-instruct) carry the figures of the model they serve.

Sources: build.nvidia.com and docs.api.nvidia.com model cards; NIM for LLMs
supported-models table (docs.nvidia.com/nim/large-language-models, tool-calling
column); NeMo Retriever reranking NIM support matrix; Nemotron-4 340B technical
report (arXiv 2406.11704) and Hugging Face card; NV-Embed paper (arXiv 2405.17428);
the Llama 3.1 model card and config.json (huggingface.co/meta-llama).
"""

from modelreg.catalog.provider import ModelSpec, ProviderCatalog

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
    "license": "apache-2.0",
    "release_date": "2024-07-18",  # Mistral AI / NVIDIA announcement; NIM available at launch
    "reference_url": "https://build.nvidia.com/nv-mistralai/mistral-nemo-12b-instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context", "nim"],
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
    "license": "llama3.1",
    "paper_url": "https://arxiv.org/abs/2407.21783",
    "release_date": "2024-07-23",  # Llama 3.1 launch; NIM available the same day
    "reference_url": "https://build.nvidia.com/meta/llama-3_1-405b-instruct",
    "tags": ["open-weights", "instruct", "multilingual", "long-context", "nim"],
    # "llama-3.1-405b-instruct" belongs to Meta's own model (meta.py)
    "aliases": ["nvidia_nim/meta/llama-3.1-405b-instruct"],
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
    # The NVIDIA card states "Parameter Count: 7.1 billion", less than its own
    # Mistral-7B-v0.1 backbone (7.24B); the Hugging Face weights (BF16 shards of
    # 5 + 4.92 + 5 + 0.789 GB) come to 7.85B, the figure Hugging Face shows.
    "parameters": 7_850_000_000,
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

NV_RERANK_QA_V1: ModelSpec = {
    "id": "nvidia/nv-rerank-qa-v1",
    "name": "NV-RerankQA Mistral 4B v1",
    "provider": "nvidia",
    "kind": "rerank",
    "description": (
        "NVIDIA never published a model under this exact id; it stands for the first "
        "NeMo Retriever QA reranker, the 'NVIDIA Retrieval QA Ranking Model' (API catalog "
        "nvidia/rerank-qa-mistral-4b, model name nv-rerank-qa-mistral-4b:1), a LoRA-tuned "
        "Mistral-7B-v0.1 cut to its first 16 layers that scores query-passage relevance. "
        "Its successor is nvidia/nv-rerankqa-mistral-4b-v3."
    ),
    "architecture": "transformer",
    "parameters": 4_000_000_000,  # card: "Mistral-4B Ranker"; no exact count published
    "num_layers": 16,  # card: "Fine-tuned Mistral-7B-v0.1 LLM (only first 16 layers)"
    "hidden_size": 4096,  # Mistral-7B-v0.1 dim
    "num_heads": 32,  # Mistral-7B-v0.1 attention heads
    # No limit is published for the v1 endpoint (NVIDIA documents 512 tokens per
    # query-passage pair only for its successor, nv-rerankqa-mistral-4b-v3).
    "context_window": None,
    "max_completion_tokens": None,
    # card: NVIDIA NeMo Foundational Models Evaluation License Agreement
    "license": "nvidia-nemo-foundational-models-evaluation-license",
    "reference_url": "https://docs.api.nvidia.com/nim/reference/nvidia-rerank-qa-mistral-4b",
    "tags": ["rerank", "nim"],
    "aliases": [
        "nv-rerank-qa-mistral-4b:1",
        "ai-rerank-qa-mistral-4b",
        "nvidia/rerank-qa-mistral-4b",
    ],
}

CATALOG = ProviderCatalog(
    provider="nvidia",
    name="NVIDIA",
    homepage="https://build.nvidia.com",
    models=(
        NEMOTRON_4_340B_INSTRUCT,
        MISTRAL_NEMO_12B_INSTRUCT_NIM,
        LLAMA_3_1_405B_INSTRUCT_NIM,
        NV_EMBED_V1,
        NV_RERANK_QA_V1,
    ),
)
