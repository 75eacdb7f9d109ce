"""THE capability table: the capabilities JSON's ten flags and the properties derived from
a record, the words people type for each, and the capabilities view of a record.

What a capability flag means, for every kind of model:

- ``supports_streaming``: the provider's API streams the output incrementally
  (chat, realtime; speech and transcription models where the API streams them);
  never an embedding, rerank or moderation model.
- ``supports_function_calling``: takes tool definitions and returns tool calls.
- ``supports_vision``: takes image input (images in the prompt, or an image to edit).
- ``supports_audio_input``: takes audio input (speech-to-text, audio chat, realtime).
- ``supports_audio_output``: produces audio (text-to-speech, audio chat, realtime).
- ``supports_reasoning``: thinks before it answers (o-series, R1, extended thinking).
- ``supports_structured_output``: output constrained to a caller's JSON schema; JSON
  mode alone is not enough (it shows as ``response_format`` in supported_features).
- ``supports_predicted_outputs``: OpenAI's Predicted Outputs.
- ``supports_batch``: the provider's batch API accepts it.
- ``supports_fine_tuning``: the provider offers fine-tuning of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from modelreg.schema.fields import MODALITIES


class Capability(NamedTuple):
    """One capability: its name in JSON, the record field or test behind it, the words people
    type for it, and its letter and label in tables."""

    name: str
    field: str | None  # the record's boolean field; None for a property derived from a record
    words: tuple[str, ...]
    letter: str = ""  # its mark in the model table's Caps column ("" for none)
    test: Callable[[Mapping[str, Any]], bool] | None = None

    def of(self, record: Mapping[str, Any]) -> bool:
        """Whether a record has this capability."""
        return bool(self.test(record) if self.test else record[self.field])  # type: ignore[index]


def _any_audio(record: Mapping[str, Any]) -> bool:
    return "audio" in record["input_modalities"] or "audio" in record["output_modalities"]


_OPEN_WEIGHT_TAGS = frozenset({"openweights", "openweight", "opensource"})


def is_open_weights(record: Mapping[str, Any]) -> bool:
    """Whether a record is tagged open weights ("open-weights", "open-source", ...)."""
    return any(squash(tag) in _OPEN_WEIGHT_TAGS for tag in record["tags"])


def _is_moe(record: Mapping[str, Any]) -> bool:
    return (record["architecture"] or "").lower() == "moe" or (record["num_experts"] or 0) > 1


# THE capability table: the capabilities JSON's ten flags in their order, then the
# properties derived from a record. Words are matched after normalize_words().
CAPABILITIES: tuple[Capability, ...] = (
    Capability("streaming", "supports_streaming", ("streaming", "stream")),
    Capability(
        "function_calling",
        "supports_function_calling",
        ("tools", "function calling", "tool", "tool use", "tool calling", "functions"),
        "T",
    ),
    Capability("vision", "supports_vision", ("vision", "image input", "images in"), "V"),
    Capability(
        "audio_input", "supports_audio_input", ("audio input", "audio in", "speech input"), "A"
    ),
    Capability(
        "audio_output",
        "supports_audio_output",
        ("audio output", "audio out", "speech output"),
        "O",
    ),
    Capability("reasoning", "supports_reasoning", ("reasoning", "reasoner", "thinking"), "R"),
    Capability(
        "structured_output",
        "supports_structured_output",
        ("structured output", "structured outputs", "json", "json schema", "json mode"),
        "J",
    ),
    Capability(
        "predicted_outputs",
        "supports_predicted_outputs",
        ("predicted outputs", "predicted output", "prediction"),
    ),
    Capability(
        "fine_tuning",
        "supports_fine_tuning",
        ("fine tuning", "finetuning", "fine tune", "finetune", "fine tunable"),
        "F",
    ),
    Capability(
        "batch_processing", "supports_batch", ("batch processing", "batch", "batch api"), "B"
    ),
    Capability("audio", None, ("audio",), test=_any_audio),
    Capability(
        "embedding", None, ("embedding", "embeddings"), test=lambda r: r["kind"] == "embedding"
    ),
    Capability("moe", None, ("moe", "mixture of experts"), test=_is_moe),
    Capability(
        "open_weights", None, ("open weights", "open weight", "open source"), test=is_open_weights
    ),
)
CAPABILITY_FLAGS: tuple[Capability, ...] = tuple(c for c in CAPABILITIES if c.field)
CAPABILITY_FIELDS: dict[str, str] = {c.name: c.field for c in CAPABILITY_FLAGS}  # type: ignore[misc]
MARKED: tuple[Capability, ...] = tuple(c for c in CAPABILITIES if c.letter)
CAPABILITY_NAMES: tuple[str, ...] = tuple(c.name for c in CAPABILITIES)


def normalize_words(text: str) -> str:
    """Lower case, '-' and '_' as spaces, single spaces: 'Fine-Tuning' -> 'fine tuning'."""
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


# Every word or phrase people type for a capability, its name and its field -> the capability.
CAPABILITY_WORDS: dict[str, Capability] = {}
for _capability in CAPABILITIES:
    for _word in (*_capability.words, _capability.name, _capability.field or _capability.name):
        CAPABILITY_WORDS.setdefault(normalize_words(_word), _capability)
LONGEST_PHRASE = max(len(word.split()) for word in CAPABILITY_WORDS)


def capability(word: str) -> Capability:
    """The capability a word names (vision, tools, audio-in, supports_batch, moe, ...).

    An unknown word raises ValueError naming the known capabilities.
    """
    found = CAPABILITY_WORDS.get(normalize_words(word))
    if found is None:
        from difflib import get_close_matches

        close = get_close_matches(normalize_words(word), list(CAPABILITY_WORDS), n=1)
        hint = f" (did you mean {CAPABILITY_WORDS[close[0]].name!r}?)" if close else ""
        known = ", ".join(
            c.name + (f" ({c.words[0]})" if normalize_words(c.name) != c.words[0] else "")
            for c in CAPABILITIES
        )
        raise ValueError(f"unknown capability {word!r}{hint}; use one of: {known}")
    return found


def squash(text: str) -> str:
    """Case-folded letters and digits of any script, nothing else: 'GPT 4o' -> 'gpt4o'."""
    return "".join(filter(str.isalnum, text.casefold()))


def modalities(record: Mapping[str, Any]) -> list[str]:
    """Input and output modalities together, in the canonical order."""
    seen = set(record["input_modalities"]) | set(record["output_modalities"])
    return [m for m in MODALITIES if m in seen]


def capability_view(record: Mapping[str, Any]) -> dict[str, Any]:
    """The capabilities response (design.md's exact shape) of a record."""
    return {
        "model": record["id"],
        "context_window": record["context_window"],
        "max_completion_tokens": record["max_completion_tokens"],
        "pricing": record["pricing"],
        "capabilities": {c.name: record[c.field] for c in CAPABILITY_FLAGS},  # type: ignore[index]
        "modalities": modalities(record),
        "supported_features": list(record["supported_features"]),
    }
