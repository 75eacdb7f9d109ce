"""Fine-tuned model ids: ``ft:BASE:ORG:SUFFIX:ID`` (SUFFIX may be empty)."""

from __future__ import annotations

from dataclasses import dataclass

from modelreg.errors import FineTuneIdError

PREFIX = "ft:"


@dataclass(frozen=True)
class FineTunedId:
    """The parts of a fine-tuned id."""

    base: str
    org: str
    suffix: str
    job_id: str

    def format(self) -> str:
        """The id these parts spell."""
        return f"{PREFIX}{self.base}:{self.org}:{self.suffix}:{self.job_id}"


def is_fine_tuned_id(model_id: str) -> bool:
    """Whether the id claims to be fine-tuned (starts with ``ft:``)."""
    return model_id.startswith(PREFIX)


def parse_fine_tuned(model_id: str) -> FineTunedId:
    """Split a fine-tuned id into its parts, or raise FineTuneIdError saying why."""
    if not is_fine_tuned_id(model_id):
        raise FineTuneIdError(f"{model_id!r} is not a fine-tuned id: it must start with 'ft:'")
    parts = model_id[len(PREFIX) :].split(":")
    if len(parts) != 4:
        raise FineTuneIdError(
            f"{model_id!r} has {len(parts)} part(s) after 'ft:', expected 4: "
            "ft:BASE:ORG:SUFFIX:ID (SUFFIX may be empty)"
        )
    base, org, suffix, job_id = parts
    for name, value in (("base model", base), ("organization", org), ("id", job_id)):
        if not value:
            raise FineTuneIdError(f"{model_id!r} has an empty {name}")
    if any(ch.isspace() for ch in model_id):
        raise FineTuneIdError(f"{model_id!r} contains whitespace")
    return FineTunedId(base, org, suffix, job_id)


def parse_fine_tuned_model_id(model_id: str) -> tuple[str | None, str | None, str | None]:
    """``(base, org, ft_id)``, or ``(None, None, None)`` for an id that is not fine-tuned."""
    try:
        parsed = parse_fine_tuned(model_id)
    except FineTuneIdError:
        return None, None, None
    return parsed.base, parsed.org, parsed.job_id
