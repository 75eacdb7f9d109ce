"""Write the modules derived from the one declaration (modelreg.schema.fields).

``python -m modelreg.schema.generate`` (``make schema``) writes modelreg/schema/specs.py
(the typed dicts) and modelreg/schema/definition.py (the public pydantic types); a test
fails when either is not what this writes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from modelreg.schema import fields as declared
from modelreg.schema.fields import Field

_HEADER = '''"""{doc}

Generated from modelreg.schema.fields by ``make schema``: do not edit.
"""

from __future__ import annotations

'''
# Each type as a typed dict and as the pydantic model declares it.
_TYPED = {
    "id": "str",
    "label": "str",
    "text": "str",
    "text?": "str | None",
    "created": "int",
    "kind": "Kind",
    "status": "Status",
    "count?": "int | None",
    "flag": "bool",
    "price?": "float | None",
    "pricing?": "{pricing} | None",
    "tier?": "{tier} | None",
    "hours?": "{hours} | None",
    "images?": "list[{image}] | None",
    "size": "str",
    "price": "float",
    "count": "int",
    "applies": "AppliesTo",
    "windows": "list[str]",
    "config?": "dict[str, Any] | None",
    "offers?": "list[dict[str, Any]] | None",
    "modalities": "list[Modality]",
    "texts": "list[str]",
    "names": "list[str]",
    "date?": "str | None",
    "cutoff?": "str | None",
}
_PYDANTIC = {
    **_TYPED,
    "created": "NonNegativeInt",
    "count": "PositiveInt",
    "count?": "PositiveInt | None",
    "price?": "NonNegativeFloat | None",
    "price": "NonNegativeFloat",
}
_BOUNDS = {"id": ", min_length=1", "label": ", min_length=1", "created": ", le=MAX_CREATED"}
# The names of the nested types, as a record's typed dicts, a spec's and the pydantic model's.
_RECORD_NAMES = {
    "pricing": "Pricing",
    "tier": "LongContext",
    "hours": "OffPeak",
    "image": "ImagePrice",
}
_SPEC_NAMES = {name: f"{type_}Spec" for name, type_ in _RECORD_NAMES.items()}
_MODEL_NAMES = {name: f"Model{type_}" for name, type_ in _RECORD_NAMES.items()}
_IMAGE_DOC = "A price of one generated image at a size and quality."


def _typed_dict(
    name: str, doc: str, table: Sequence[Field], names: dict[str, str], total: bool
) -> str:
    body = "".join(f"    {f.name}: {_TYPED[f.type].format(**names)}\n" for f in table)
    total_arg = "" if total else ", total=False"
    return f'class {name}(TypedDict{total_arg}):\n    """{doc}"""\n\n{body}'


def specs() -> str:
    """The text of modelreg/schema/specs.py."""
    doc = "The typed dicts of a record (every field) and of a catalog's spec (sparse)."
    tables = [
        ("LongContext", "Prices past a prompt-length threshold.", declared.LONG_CONTEXT),
        ("OffPeak", "Prices in a provider's off-peak hours.", declared.OFF_PEAK),
        ("ImagePrice", _IMAGE_DOC, declared.IMAGE_PRICE),
        (
            "Pricing",
            "A record's prices in USD (None where unknown) and the date of their price list.",
            declared.PRICING,
        ),
    ]
    parts = [
        _HEADER.format(doc=doc),
        "from typing import Any, TypedDict\n\n",
        "from modelreg.schema.fields import AppliesTo, Kind, Modality, Status\n",
    ]
    for name, text, table in tables:
        parts += ["\n\n", _typed_dict(name, text, table, _RECORD_NAMES, True)]
    parts += [
        "\n\n",
        _typed_dict(
            "RecordFields", "Every field of a record.", declared.RECORD, _RECORD_NAMES, True
        ),
    ]
    for name, text, table in tables:
        parts += ["\n\n", _typed_dict(f"{name}Spec", text, table, _SPEC_NAMES, False)]
    spec_doc = "One model as a catalog module writes it: fields left out take their defaults."
    parts += ["\n\n", _typed_dict("ModelSpec", spec_doc, declared.RECORD, _SPEC_NAMES, False)]
    return "".join(parts)


def _literal(value: object) -> str:
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _pydantic_field(field: Field) -> str:
    hint = _PYDANTIC[field.type].format(**_MODEL_NAMES)
    if field.required:
        default = ""
    elif isinstance(field.default, list):
        default = "default_factory=list, "
    else:
        default = f"{_literal(field.default)}, "
    bounds = _BOUNDS.get(field.type, "")
    call = f"Field({default}description={_literal(field.doc)}{bounds})"
    line = f"    {field.name}: {hint} = {call}\n"
    if len(line) <= 100:
        return line
    body = f"{default}description={_literal(field.doc)}{bounds}"
    return f"    {field.name}: {hint} = Field(\n        {body}\n    )\n"


def _model(name: str, doc: str, base: str, table: Sequence[Field]) -> list[str]:
    return [f"\n\nclass {name}({base}):\n", f'    """{doc}"""\n\n', *map(_pydantic_field, table)]


def definition() -> str:
    """The text of modelreg/schema/definition.py."""
    doc = "ModelDefinition and ModelPricing: the public, validated types of a model."
    names = ["MAX_CREATED", "AppliesTo", "Kind", "Modality", "Status", *_MODEL_NAMES.values()]
    parts = [
        _HEADER.format(doc=doc),
        "from typing import Any\n\n",
        "from pydantic import Field, NonNegativeFloat, NonNegativeInt, PositiveInt\n\n",
        "from modelreg.schema.base import Validated\n",
        "from modelreg.schema.fields import MAX_CREATED, AppliesTo, Kind, Modality, Status\n\n",
        f"__all__ = {sorted([*names, 'ModelDefinition'])!r}\n".replace("'", '"'),
        *_model(
            "ModelLongContext",
            "Prices past a prompt-length threshold.",
            "Validated",
            declared.LONG_CONTEXT,
        ),
        *_model(
            "ModelOffPeak",
            "Prices in a provider's off-peak hours.",
            "Validated",
            declared.OFF_PEAK,
        ),
        *_model("ModelImagePrice", _IMAGE_DOC, "Validated", declared.IMAGE_PRICE),
        *_model(
            "ModelPricing",
            "Prices in USD; each is optional and never negative.",
            "Validated",
            declared.PRICING,
        ),
        "\n\nclass ModelDefinition(Validated):\n",
        '    """Everything modelreg knows about one model.\n\n'
        "    Unknown keys are rejected and types are strict, so a typo in a user's\n"
        "    models.json is an error rather than a silently ignored field. Fields\n"
        "    left out take the defaults of an auto-created model; derived fields\n"
        "    (name, owner, created, streaming, modalities, supported features) are\n"
        '    filled from the others.\n    """\n\n',
        *map(_pydantic_field, declared.RECORD),
    ]
    return "".join(parts)


FILES = {"specs.py": specs, "definition.py": definition}


def main(argv: list[str]) -> int:
    """Write the generated modules (``--check``: exit 1 if one is not current)."""
    here = Path(__file__).parent
    stale = []
    for name, text in FILES.items():
        path = here / name
        wanted = text()
        if path.exists() and path.read_text(encoding="utf-8") == wanted:
            continue
        stale.append(name)
        if "--check" not in argv:
            path.write_text(wanted, encoding="utf-8")
    if stale and "--check" in argv:
        print("not current: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
