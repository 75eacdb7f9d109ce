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
    "config?": "dict[str, Any] | None",
    "modalities": "list[Modality]",
    "texts": "list[str]",
    "names": "list[str]",
    "date?": "str | None",
    "cutoff?": "str | None",
}
_PYDANTIC = {
    **_TYPED,
    "created": "NonNegativeInt",
    "count?": "PositiveInt | None",
    "price?": "NonNegativeFloat | None",
}
_BOUNDS = {"id": ", min_length=1", "label": ", min_length=1", "created": ", le=MAX_CREATED"}


def _typed_dict(name: str, doc: str, table: Sequence[Field], pricing: str, total: bool) -> str:
    body = "".join(f"    {f.name}: {_TYPED[f.type].format(pricing=pricing)}\n" for f in table)
    total_arg = "" if total else ", total=False"
    return f'class {name}(TypedDict{total_arg}):\n    """{doc}"""\n\n{body}'


def specs() -> str:
    """The text of modelreg/schema/specs.py."""
    doc = "The typed dicts of a record (every field) and of a catalog's spec (sparse)."
    parts = [
        _HEADER.format(doc=doc),
        "from typing import Any, TypedDict\n\n",
        "from modelreg.schema.fields import Kind, Modality, Status\n\n\n",
        _typed_dict(
            "Pricing",
            "A record's prices in USD (None where unknown) and the date of their price list.",
            declared.PRICING,
            "Pricing",
            True,
        ),
        "\n\n",
        _typed_dict(
            "RecordFields", "Every field of a model record.", declared.RECORD, "Pricing", True
        ),
        "\n\n",
        _typed_dict(
            "PricingSpec",
            "Prices in USD, as on the provider's own price list.",
            declared.PRICING,
            "PricingSpec",
            False,
        ),
        "\n\n",
        _typed_dict(
            "ModelSpec",
            "One model as a catalog module writes it: fields left out take their defaults.",
            declared.RECORD,
            "PricingSpec",
            False,
        ),
    ]
    return "".join(parts)


def _literal(value: object) -> str:
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _pydantic_field(field: Field) -> str:
    hint = _PYDANTIC[field.type].format(pricing="ModelPricing")
    if field.name == "id":
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


def definition() -> str:
    """The text of modelreg/schema/definition.py."""
    doc = "ModelDefinition and ModelPricing: the public, validated types of a model."
    parts = [
        _HEADER.format(doc=doc),
        "from typing import Any\n\n",
        "from pydantic import Field, NonNegativeFloat, NonNegativeInt, PositiveInt\n\n",
        "from modelreg.schema.base import DefinitionRules, PricingRules\n",
        "from modelreg.schema.fields import MAX_CREATED, Kind, Modality, Status\n\n",
        '__all__ = ["MAX_CREATED", "Kind", "ModelDefinition", "ModelPricing", '
        '"Modality", "Status"]\n\n\n',
        "class ModelPricing(PricingRules):\n",
        '    """Prices in USD; each is optional and never negative."""\n\n',
        *map(_pydantic_field, declared.PRICING),
        "\n\nclass ModelDefinition(DefinitionRules):\n",
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
