"""What the public pydantic types (modelreg.schema.definition) inherit: their configuration,
their validation and the record view.

They validate through modelreg.schema.validation, the one validator, in ``__init__``, which
pydantic also calls for ``model_validate``, ``model_validate_json`` and a list of them:
pydantic's own validation of their fields never runs, so a rule is wired once and an error
reads the same from the library as from the command line. Their fields, declared by the
generated classes, give the JSON schema and attribute access.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from modelreg.schema import fields, validation
from modelreg.schema.derive import DERIVED_LISTS

_STRICT = ConfigDict(extra="forbid", frozen=True, strict=True)
# The derived fields a definition always holds once derived (``created`` only when derived
# from a release date): pydantic counted them as set, as derivation ran before it.
_DERIVED = frozenset(f.name for f in fields.RECORD if f.derived and f.name != "created")


class Validated(BaseModel):
    """A public type: validated by modelreg.schema.validation, never by pydantic."""

    model_config = _STRICT
    _type: ClassVar[str] = ""  # the public type validated: a name validation.py knows
    _table: ClassVar[tuple[fields.Field, ...]] = ()
    _classes: ClassVar[dict[str, type[Validated]]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        for type_, (name, table, _) in fields.OBJECTS.items():
            if cls.__name__ == name:
                cls._type, cls._table = name, table
                cls._classes.setdefault(type_, cls)  # the class a definition's objects get
        if cls.__name__ == validation.DEFINITION:
            cls._type, cls._table = validation.DEFINITION, fields.RECORD

    def __init__(self, /, **data: Any) -> None:
        data = {key: _plain(value) for key, value in data.items()}
        if self._type == validation.DEFINITION:
            values = validation.validate_record(data)
            for name in DERIVED_LISTS:  # its own, not the lists derived records share
                values[name] = list(values[name])
            given = set(data) | _DERIVED
            if data.get("release_date") and not data.get("created"):
                given.add("created")
        else:
            values = validation.validate_object(self._type, data)
            given = set(data)
        _fill(self, _built(type(self), values, data), given)

    def record(self) -> dict[str, Any]:
        """This object as a plain dict of every field (a definition's: the registry's
        record)."""
        return {key: _plain(value) for key, value in self.__dict__.items()}


def _plain(value: Any) -> Any:
    """A public type's object as the dict it holds (in a dict too, as a pricing may hold
    one): what the validator takes."""
    if isinstance(value, Validated):
        return value.record()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list) and any(isinstance(item, Validated) for item in value):
        return [_plain(item) for item in value]  # image_prices
    return value


def _built(cls: type[Validated], values: dict[str, Any], given: Any) -> dict[str, Any]:
    """Validated values (of ``given``) with each price object as its public type."""
    for field in cls._table:
        nested = Validated._classes.get(field.type)
        value = values[field.name]
        if nested is None or value is None:
            continue
        if isinstance(value, list):  # a list of objects (image_prices)
            values[field.name] = [
                _instance(nested, item, data)
                for item, data in zip(value, given[field.name], strict=True)
            ]
        else:
            values[field.name] = _instance(nested, value, given[field.name])
    return values


def _instance(cls: type[Validated], values: dict[str, Any], given: Any) -> Validated:
    """A nested object of its public type from its validated values, unvalidated again."""
    instance = cls.__new__(cls)
    _fill(instance, _built(cls, values, given), set(given))
    return instance


def _fill(instance: Validated, values: dict[str, Any], given: set[str]) -> None:
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", given)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
