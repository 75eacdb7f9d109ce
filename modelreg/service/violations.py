"""A Violation: one reason a model cannot serve a request, with the codes it can carry."""

from __future__ import annotations

from dataclasses import dataclass

from modelreg.errors import ModelNotFoundError


@dataclass(frozen=True)
class Violation:
    """One reason a model cannot serve a request (from ``check_warnings``: one thing a
    request to it should know); ``param`` as OpenAI's error names it."""

    param: str | None
    code: str
    message: str

    def to_dict(self) -> dict[str, str | None]:
        """The violation as JSON: ``{"param", "code", "message"}``."""
        return {"param": self.param, "code": self.code, "message": self.message}


# The codes of the violations: model_not_found is a 404 in OpenAI's API, the others a 400.
CODES = (
    "invalid_type",  # not a JSON object / a parameter of the wrong type
    "invalid_value",  # the right type, a value out of range or not one of the choices
    "missing_required_parameter",
    "unknown_parameter",  # a name the endpoint does not have
    "unsupported_capability",  # the model lacks the capability flag the parameter needs
    "unsupported_parameter",  # the model's supported features do not list it
    "above_limit",  # output tokens, dimensions or the context window
    "wrong_endpoint",  # the model's kind is served elsewhere
    "model_retired",  # the provider no longer serves the model
    "model_not_found",
)
WARNING_CODES = ("model_deprecated",)  # the codes of check_warnings


def model_not_found(error: ModelNotFoundError) -> Violation:
    """The violation of a request naming a model the registry does not have."""
    return Violation("model", "model_not_found", str(error))
