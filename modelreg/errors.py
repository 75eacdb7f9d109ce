"""The errors the core raises; the command line maps each to an exit status
(modelreg.cli.status).

    ModelRegError
    ├── ModelNotFoundError (also ValueError)    no model has this id; carries close ids
    ├── ModelConflictError (also ValueError)    an id or alias is already taken
    ├── InvalidModelIdError (also ValueError)   a string no model can have as its id
    ├── FineTuneIdError (also ValueError)       a ft: id that is not ft:BASE:ORG:SUFFIX:ID
    ├── CatalogError (also ValueError)          invalid source data: source, entry, field
    │   └── sources.FileReadError               a file that cannot be opened or read
    └── UserStoreError                          the user store cannot be written
"""

from __future__ import annotations

# The pydantic error type of a whole-model check that blames one field: the error's ctx
# holds "field" and "problem" (see schema.validation.field_error).
FIELD_ERROR = "field_inconsistent"


class ModelRegError(Exception):
    """Base of every error modelreg raises on purpose."""


class ModelNotFoundError(ModelRegError, ValueError):
    """No model has this id or alias; carries the closest ids."""

    def __init__(
        self,
        model_id: str,
        suggestions: list[str] | None = None,
        what: str = "model",
        looked_in: str | None = None,
    ):
        self.model_id = model_id
        self.suggestions = list(suggestions or [])
        message = f"{what} {model_id!r} " + (f"is not in {looked_in}" if looked_in else "not found")
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions[:3]) + "?"
        super().__init__(message)


class ModelConflictError(ModelRegError, ValueError):
    """An id or alias is already taken by another model."""


class InvalidModelIdError(ModelRegError, ValueError):
    """A string no model can have as its id (empty, or with surrounding whitespace)."""


class FineTuneIdError(ModelRegError, ValueError):
    """A ``ft:`` id that does not follow ft:BASE:ORG:SUFFIX:ID."""


class CatalogError(ModelRegError, ValueError):
    """Invalid catalog data: the message names the source, the entry and the field."""

    def __init__(self, source: str, problem: str, entry: str | None = None):
        self.source = source
        self.entry = entry
        self.problem = problem
        where = f"{source}: {entry}" if entry else source
        super().__init__(f"{where}: {problem}")


class UserStoreError(ModelRegError):
    """The user store cannot be written (permissions, read-only, disk full)."""
