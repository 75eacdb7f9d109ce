"""The request parameters a model's servers take, open-weights servers included."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelreg.schema import is_open_weights
from modelreg.schema.derive import SAMPLING

# What the servers of open weights (vLLM, SGLang, llama.cpp, Ollama) take from any chat
# model, reasoning or not: that a reasoning model takes no sampling parameters and no
# max_tokens is a rule of OpenAI's hosted API, not of the weights.
OPEN_WEIGHTS_CHAT_FEATURES = (
    "max_tokens",
    "max_completion_tokens",
    "n",
    "stop",
    "seed",
    "user",
    *SAMPLING,
)


def accepted_features(record: Mapping[str, Any]) -> list[str]:
    """The request parameters a model's servers take: its supported features, and for an
    open-weights chat model (tagged open-weights) what open-weights servers take too."""
    listed = list(record["supported_features"] or ())
    if record["kind"] == "chat" and is_open_weights(record):
        listed += [name for name in OPEN_WEIGHTS_CHAT_FEATURES if name not in listed]
    return listed
