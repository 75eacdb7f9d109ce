"""The rules of the public pydantic types, which the generated classes
(modelreg.schema.definition) inherit: configuration, derivation before validation, the
checks of each field type, the whole-model rules and the record view."""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from modelreg.schema import rules
from modelreg.schema.derive import derive
from modelreg.schema.fields import IMAGE_PRICE, OFF_PEAK, PRICING, RECORD
from modelreg.schema.validation import field_error

_STRICT = ConfigDict(extra="forbid", frozen=True, strict=True)


def _of_type(table: Any, *types: str) -> tuple[str, ...]:
    return tuple(field.name for field in table if field.type in types)


class PricingRules(BaseModel):
    """The configuration and checks of ModelPricing and the price objects it holds."""

    model_config = ConfigDict(**_STRICT, allow_inf_nan=False)

    @field_validator(*_of_type(PRICING, "date?"), check_fields=False)
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return rules.check_date(value)

    @field_validator(*_of_type(IMAGE_PRICE, "size"), check_fields=False)
    @classmethod
    def _size(cls, value: str) -> str:
        return rules.check_size(value)

    @field_validator(*_of_type(OFF_PEAK, "windows"), check_fields=False)
    @classmethod
    def _windows(cls, values: list[str]) -> list[str]:
        return rules.check_windows(values)


class DefinitionRules(BaseModel):
    """ModelDefinition's configuration, derivation and checks."""

    model_config = _STRICT

    @model_validator(mode="before")
    @classmethod
    def _derive(cls, data: Any) -> Any:
        return derive(data) if isinstance(data, dict) else data

    @field_validator(*_of_type(RECORD, "config?"), check_fields=False)
    @classmethod
    def _bounded(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            rules.check_free_form(value)
        return value

    @field_validator(*_of_type(RECORD, "date?"), check_fields=False)
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return rules.check_date(value)

    @field_validator(*_of_type(RECORD, "cutoff?"), check_fields=False)
    @classmethod
    def _month_or_date(cls, value: str | None) -> str | None:
        return rules.month_or_date(value)

    @field_validator(*_of_type(RECORD, "names"), check_fields=False)
    @classmethod
    def _distinct_names(cls, values: list[str]) -> list[str]:
        return rules.distinct_names(values)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        broken = rules.inconsistency(self.__dict__)
        if broken is not None:
            raise field_error(*broken)
        return self

    def record(self) -> dict[str, Any]:
        """This definition as a plain dict of every field (the registry's record)."""
        data = dict(self.__dict__)
        pricing = data.get("pricing")
        if pricing is not None:
            data["pricing"] = prices = dict(pricing.__dict__)
            for key, value in prices.items():
                if isinstance(value, BaseModel):
                    prices[key] = dict(value.__dict__)
                elif isinstance(value, list):  # image_prices
                    prices[key] = [dict(item.__dict__) for item in value]
        return data
