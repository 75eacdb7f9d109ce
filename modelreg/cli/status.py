"""Exit statuses, declared once, and the one mapping from the core's errors to them.

status  name         when
0       OK           success (an empty result too)
1       NOT_FOUND    no such model (ModelNotFoundError, FineTuneIdError)
2       USAGE        a usage error; an id taken (ModelConflictError) or impossible
                     (InvalidModelIdError)
3       CATALOG      invalid source data, naming source, entry and field (CatalogError);
                     ``update`` when a fetch failed
4       STORE        the user store cannot be written (UserStoreError)
5       VIOLATIONS   ``check`` found violations
6       OUTPUT       the output cannot be written (a full disk, a closed stdout)
70      INTERNAL     a bug: one line on stderr, never a traceback
130     INTERRUPTED  interrupted (Ctrl-C)
"""

from __future__ import annotations

from modelreg.errors import (
    CatalogError,
    FineTuneIdError,
    InvalidModelIdError,
    ModelConflictError,
    ModelNotFoundError,
    ModelRegError,
    UserStoreError,
)

OK = 0
NOT_FOUND = 1
USAGE = 2
CATALOG = 3
STORE = 4
VIOLATIONS = 5
OUTPUT = 6
INTERNAL = 70
INTERRUPTED = 130

# Each error the core raises on purpose, and its status (the first that matches wins).
STATUS_OF: tuple[tuple[type[ModelRegError], int], ...] = (
    (ModelNotFoundError, NOT_FOUND),
    (FineTuneIdError, NOT_FOUND),
    (CatalogError, CATALOG),
    (UserStoreError, STORE),
    (ModelConflictError, USAGE),
    (InvalidModelIdError, USAGE),
)


class UsageError(Exception):
    """A value a command cannot take (status USAGE), found by the command itself: both front
    doors print it as the typer app prints its own ("Invalid value for HINT: problem")."""

    def __init__(self, problem: str, hint: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.hint = hint  # the option or argument: "'--via'", "MODEL_ID"

    def __str__(self) -> str:
        return f"Invalid value for {self.hint}: {self.problem}"


def of(exc: ModelRegError) -> int:
    """The exit status of an error the core raised."""
    for kind, code in STATUS_OF:
        if isinstance(exc, kind):
            return code
    return INTERNAL
