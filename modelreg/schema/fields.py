"""THE declaration of a model record: every field once, with its type, default and doc.

Everything else is derived from the two tables below: the record's defaults and field
groups (here), the typed dicts of catalogs and records (modelreg.schema.specs) and the
public pydantic types ModelDefinition and ModelPricing (modelreg.schema.definition), both
generated from this module by ``make schema``, and the one validator
(modelreg.schema.validation), built from the types when first used. A new field is one
line here, then ``make schema``.

A field's ``type`` is one of TYPES; a ``?`` ending one admits null. A ``derived`` field
left out (or null) is filled from the others (modelreg.schema.derive): its record holds
``unset`` until then.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple, get_args

Kind = Literal[
    "chat",
    "embedding",
    "image_generation",
    "text_to_speech",
    "speech_to_text",
    "rerank",
    "realtime",
    "video_generation",
    "moderation",
]
Modality = Literal["text", "image", "audio", "video"]
Status = Literal["active", "preview", "deprecated", "retired"]
STATUSES: tuple[str, ...] = get_args(Status)
KINDS: tuple[str, ...] = get_args(Kind)
MODALITIES: tuple[str, ...] = get_args(Modality)

# Bounds that keep every record writable and readable back: free-form values (the
# fine-tuning configuration) nest at most MAX_DEPTH levels (the JSON parser stops near
# 200, and a store wraps entries two levels deeper) and hold finite numbers only (JSON
# has no NaN); ``created`` is a time of year 9999 at the latest (what dates can show).
MAX_DEPTH = 32
MAX_CREATED = 253402300799  # 9999-12-31T23:59:59Z

# Every type a field can have, and what it admits.
TYPES = {
    "id": "a non-empty string",
    "label": "a non-empty string",
    "text": "a string",
    "text?": "a string or null",
    "created": f"an integer from 0 to {MAX_CREATED}",
    "kind": "one of the kinds",
    "status": "one of the statuses",
    "count?": "an integer above 0, or null",
    "flag": "true or false",
    "price?": "a finite number of at least 0, or null",
    "pricing?": "an object of prices, or null",
    "config?": f"an object of JSON values nested at most {MAX_DEPTH} deep, or null",
    "modalities": "a list of modalities",
    "texts": "a list of strings",
    "names": "a list of distinct, non-empty strings",
    "date?": "a date as YYYY-MM-DD, or null",
    "cutoff?": "a date as YYYY-MM or YYYY-MM-DD, or null",
    "count": "an integer above 0",
    "applies": "'request' or 'excess'",
    "windows": "a list of UTC hours as HH:MM-HH:MM",
    "tier?": "an object of a threshold and the prices past it, or null",
    "hours?": "an object of off-peak hours and their prices, or null",
    "images?": "a list of prices per image, by size and quality, or null",
    "size": "an image size as WIDTHxHEIGHT in pixels, e.g. '1024x1024', or 'max'",
    "price": "a finite number of at least 0",
    "offers?": "a list of offers (objects of seller, id, pricing, limits, modalities, lifecycle, "
    "plan, source), or null",
}
AppliesTo = Literal["request", "excess"]
_SAME = object()
REQUIRED_TYPES = ("id", "count", "size", "price")  # a field of these types has no default


class Field(NamedTuple):
    """One field of a record: its name, type (a key of TYPES), one-line doc and default."""

    name: str
    type: str
    doc: str
    default: Any = None
    derived: bool = False  # left out or null, modelreg.schema.derive fills it
    unset: Any = _SAME  # what a record holds before derivation (default: ``default``)

    @property
    def required(self) -> bool:
        """Whether an entry must give this field (it has no default)."""
        return self.type in REQUIRED_TYPES

    @property
    def before(self) -> Any:
        """The value of this field in a record no derivation has filled yet."""
        return self.default if self.unset is _SAME else self.unset


def _f(name: str, type_: str, doc: str, default: Any = None, **more: Any) -> Field:
    if type_ not in TYPES:
        raise ValueError(f"{name}: unknown type {type_!r}")
    return Field(name, type_, doc, default, **more)


# The prices past a prompt-length threshold (pricing.long_context).
LONG_CONTEXT: tuple[Field, ...] = (
    _f("threshold_tokens", "count", "Prompt tokens past which these prices apply."),
    _f(
        "applies_to",
        "applies",
        "'request': the whole request is billed at these prices; 'excess': only the prompt "
        "tokens past the threshold.",
        "request",
    ),
    _f("prompt_price_per_1m", "price?", "USD per 1M prompt tokens past the threshold."),
    _f("completion_price_per_1m", "price?", "USD per 1M completion tokens past the threshold."),
    _f("cached_price_per_1m", "price?", "USD per 1M cached prompt tokens past the threshold."),
    _f(
        "cache_write_price_per_1m",
        "price?",
        "USD per 1M prompt tokens written to the cache past the threshold.",
    ),
)
# The prices of a provider's off-peak hours (pricing.off_peak).
OFF_PEAK: tuple[Field, ...] = (
    _f("hours_utc", "windows", "The off-peak hours in UTC, e.g. ['16:30-00:30'].", []),
    _f("prompt_price_per_1m", "price?", "USD per 1M prompt tokens off-peak."),
    _f("completion_price_per_1m", "price?", "USD per 1M completion tokens off-peak."),
    _f("cached_price_per_1m", "price?", "USD per 1M cached prompt tokens off-peak."),
)
# A price of one generated image at a size and quality (pricing.image_prices, one each).
IMAGE_PRICE: tuple[Field, ...] = (
    _f("size", "size", "The image size, WIDTHxHEIGHT in pixels ('max': the largest)."),
    _f("quality", "text?", "The quality it is for: 'standard', 'hd', 'low', 'high', ..."),
    _f("steps", "text?", "The diffusion steps it is for ('50', 'max'), where prices vary by them."),
    _f("price_per_image", "price", "USD per image."),
)

PRICING: tuple[Field, ...] = (
    _f("prompt_price_per_1m", "price?", "USD per 1M prompt tokens."),
    _f("completion_price_per_1m", "price?", "USD per 1M completion tokens."),
    _f("cached_price_per_1m", "price?", "USD per 1M cached prompt tokens."),
    _f("image_price_per_unit", "price?", "USD per generated image."),
    _f("audio_price_per_minute", "price?", "USD per minute of audio."),
    _f("character_price_per_1m", "price?", "USD per 1M input characters (text-to-speech)."),
    _f(
        "cache_write_price_per_1m",
        "price?",
        "USD per 1M prompt tokens written to the prompt cache.",
    ),
    _f("audio_input_price_per_1m", "price?", "USD per 1M audio input tokens."),
    _f("audio_output_price_per_1m", "price?", "USD per 1M audio output tokens."),
    _f("video_price_per_second", "price?", "USD per second of generated video."),
    _f(
        "cache_write_1h_price_per_1m",
        "price?",
        "USD per 1M prompt tokens written to the 1-hour cache (cache_write_price_per_1m is the "
        "default, shorter one).",
    ),
    _f("batch_prompt_price_per_1m", "price?", "USD per 1M prompt tokens through the batch API."),
    _f(
        "batch_completion_price_per_1m",
        "price?",
        "USD per 1M completion tokens through the batch API.",
    ),
    _f(
        "long_context",
        "tier?",
        "Prices past a prompt-length threshold, where the provider bills long requests higher.",
    ),
    _f("off_peak", "hours?", "Prices in the provider's off-peak hours."),
    _f(
        "image_prices",
        "images?",
        "USD per image by size and quality (and steps), where the price depends on them.",
    ),
    _f(
        "as_of",
        "date?",
        "The date (YYYY-MM-DD) of the price list these prices were read from.",
    ),
)

RECORD: tuple[Field, ...] = (
    # Basic info
    _f("id", "id", "The id requests use, e.g. 'gpt-4o'."),
    _f("name", "text", "Human-readable name (defaults to the id).", "", derived=True),
    _f("provider", "label", "Provider catalog: openai, meta, ...", "custom"),
    _f("description", "text", "What the model is.", ""),
    _f(
        "created",
        "created",
        "Unix timestamp (defaults to release_date; at most the end of year 9999).",
        0,
        derived=True,
    ),
    _f("owned_by", "text", "Owner organization (defaults to the provider).", "", derived=True),
    _f("kind", "kind", "What the model does.", "chat"),
    # Architecture
    _f("architecture", "text?", "'transformer', 'moe', ... where published."),
    _f("parameters", "count?", "Total parameter count."),
    _f("active_parameters", "count?", "Parameters active per token (mixture-of-experts)."),
    _f("num_experts", "count?", "Number of experts (MoE)."),
    _f("experts_per_token", "count?", "Experts active per token (MoE)."),
    _f("num_layers", "count?", "Layer count."),
    _f("hidden_size", "count?", "Hidden dimension size."),
    _f("num_heads", "count?", "Attention heads."),
    # Context and capabilities
    _f(
        "context_window",
        "count?",
        "Maximum context in tokens (null for models that take no tokens).",
        8192,
    ),
    _f("max_completion_tokens", "count?", "Maximum output tokens.", 4096),
    _f(
        "supports_streaming",
        "flag",
        "Streams its output (default: chat, realtime).",
        True,
        derived=True,
        unset=None,
    ),
    _f("supports_function_calling", "flag", "Takes tools / function calls.", False),
    _f("supports_vision", "flag", "Takes image input.", False),
    _f("supports_audio_input", "flag", "Takes audio input.", False),
    _f("supports_audio_output", "flag", "Produces audio output.", False),
    _f("supports_reasoning", "flag", "Reasons before answering (o1/R1 style).", False),
    _f("supports_structured_output", "flag", "JSON / JSON-schema output.", False),
    _f("supports_predicted_outputs", "flag", "Predicted outputs (speculative).", False),
    _f("supports_batch", "flag", "Accepted by the provider's batch API.", False),
    # Pricing
    _f("pricing", "pricing?", "Prices in USD, or null when unknown."),
    _f(
        "offers",
        "offers?",
        "Where others sell it: {seller, id, pricing, context_window, max_completion_tokens, "
        "input_modalities, output_modalities, deprecation_date, retirement_date, status, plan, "
        "source} each (null: the model's), cheapest first; null when none is known.",
    ),
    # Fine-tuning
    _f("supports_fine_tuning", "flag", "The provider offers fine-tuning.", False),
    _f("fine_tuning_config", "config?", "Fine-tuning configuration."),
    _f("fine_tuned_from", "text?", "The base model of a fine-tuned id."),
    # Modalities and request parameters
    _f(
        "input_modalities",
        "modalities",
        "Input modalities (derived from the flags when left out).",
        [],
        derived=True,
        unset=None,
    ),
    _f(
        "output_modalities",
        "modalities",
        "Output modalities (derived when left out).",
        [],
        derived=True,
        unset=None,
    ),
    _f(
        "supported_features",
        "texts",
        "Request parameters accepted (derived from the kind).",
        [],
        derived=True,
        unset=None,
    ),
    _f("embedding_dimensions", "count?", "Embedding vector size."),
    # Metadata
    _f("license", "text?", "Licence identifier, e.g. 'apache-2.0'."),
    _f("paper_url", "text?", "Research paper or technical report."),
    _f("release_date", "date?", "Release date, YYYY-MM-DD."),
    _f(
        "knowledge_cutoff",
        "cutoff?",
        "Training data cut-off as published: YYYY-MM or YYYY-MM-DD.",
    ),
    # Lifecycle
    _f(
        "status",
        "status",
        "active, preview, deprecated or retired; a passed deprecation or retirement date sets it.",
        "active",
        derived=True,
        unset=None,
    ),
    _f(
        "deprecation_date",
        "date?",
        "When the provider announced the model's deprecation, YYYY-MM-DD.",
    ),
    _f(
        "retirement_date",
        "date?",
        "When the provider's API stops (or stopped) serving it, YYYY-MM-DD.",
    ),
    _f("successor", "text?", "The id the provider recommends instead."),
    _f(
        "fictional",
        "flag",
        "The id names no model any provider has served (a placeholder).",
        False,
    ),
    _f("reference_url", "text?", "The public page the figures come from."),
    _f("tags", "names", "Categorization tags.", []),
    _f("aliases", "names", "Alternative ids.", []),
)

# The types that hold objects of fields of their own: the public class of each object
# (modelreg.schema.definition), its fields, and whether the type is a list of them.
OBJECTS: dict[str, tuple[str, tuple[Field, ...], bool]] = {
    "pricing?": ("ModelPricing", PRICING, False),
    "tier?": ("ModelLongContext", LONG_CONTEXT, False),
    "hours?": ("ModelOffPeak", OFF_PEAK, False),
    "images?": ("ModelImagePrice", IMAGE_PRICE, True),
}

# Derived from the declaration: the names, the defaults of a new record, the groups.
BY_NAME: dict[str, Field] = {field.name: field for field in RECORD}
FIELDS: tuple[str, ...] = tuple(BY_NAME)
# A new model's record before derivation: the architecture's auto-created definition.
DEFAULTS: dict[str, Any] = {f.name: f.before for f in RECORD if f.name != "id"}
LIST_FIELDS = tuple(f.name for f in RECORD if f.type in ("modalities", "texts", "names"))
COUNT_FIELDS = tuple(f.name for f in RECORD if f.type == "count?")
FLAG_FIELDS = tuple(f.name for f in RECORD if f.type == "flag")
DATE_FIELDS = tuple(f.name for f in RECORD if f.type in ("date?", "cutoff?"))
ARCHITECTURE_FIELDS = ("architecture", *COUNT_FIELDS[:7], "embedding_dimensions")
LIFECYCLE_FIELDS = ("status", "deprecation_date", "retirement_date", "successor")
PRICE_DATE = "as_of"  # the date of the price list a model's pricing was read from
PRICE_FIELDS = tuple(f.name for f in PRICING if f.type == "price?")
PRICING_KEYS = tuple(f.name for f in PRICING)  # every key of a record's pricing
# The nested price objects of a pricing, by key, and their fields.
# (image_prices holds a list of its objects.)
PRICE_OBJECTS: dict[str, tuple[Field, ...]] = {
    "long_context": LONG_CONTEXT,
    "off_peak": OFF_PEAK,
    "image_prices": IMAGE_PRICE,
}
# Short names of the prices (--sort prompt_price), each the field it stands for.
PRICE_NAMES = {name.rsplit("_per_", 1)[0]: name for name in PRICE_FIELDS}
