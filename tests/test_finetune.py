"""Fine-tuned ids: ft:BASE:ORG:SUFFIX:ID."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from modelreg import FineTuneIdError, parse_fine_tuned_model_id
from modelreg.finetune import FineTunedId, is_fine_tuned_id, parse_fine_tuned


def test_the_architectures_example_parses() -> None:
    model_id = "ft:gpt-4o-mini-2024-07-18:acme:support-bot:abc123"
    assert parse_fine_tuned_model_id(model_id) == ("gpt-4o-mini-2024-07-18", "acme", "abc123")
    assert parse_fine_tuned(model_id) == FineTunedId(
        "gpt-4o-mini-2024-07-18", "acme", "support-bot", "abc123"
    )


def test_the_suffix_may_be_empty() -> None:
    parsed = parse_fine_tuned("ft:gpt-3.5-turbo:acme::xyz789")
    assert parsed == FineTunedId("gpt-3.5-turbo", "acme", "", "xyz789")
    assert parse_fine_tuned_model_id("ft:gpt-3.5-turbo:acme::xyz789") == (
        "gpt-3.5-turbo",
        "acme",
        "xyz789",
    )


@pytest.mark.parametrize("model_id", ["gpt-4o", "", "FT:gpt-4o:acme::x", "ft", "xft:a:b:c:d"])
def test_an_id_that_is_not_fine_tuned_gives_nones(model_id: str) -> None:
    assert parse_fine_tuned_model_id(model_id) == (None, None, None)
    assert not is_fine_tuned_id(model_id)


@pytest.mark.parametrize(
    ("model_id", "reason"),
    [
        ("ft:gpt-4o", "1 part(s)"),
        ("ft:gpt-4o:acme:x", "3 part(s)"),
        ("ft:gpt-4o:acme:x:y:z", "5 part(s)"),
        ("ft::acme:x:y", "empty base model"),
        ("ft:gpt-4o::x:y", "empty organization"),
        ("ft:gpt-4o:acme:x:", "empty id"),
        ("ft:gpt 4o:acme:x:y", "whitespace"),
        ("gpt-4o", "must start with 'ft:'"),
    ],
)
def test_a_malformed_id_says_why(model_id: str, reason: str) -> None:
    with pytest.raises(FineTuneIdError) as info:
        parse_fine_tuned(model_id)
    assert reason in str(info.value)
    assert isinstance(info.value, ValueError)
    assert parse_fine_tuned_model_id(model_id) == (None, None, None)


@given(st.text())
def test_any_string_parses_or_gives_nones_and_never_raises(model_id: str) -> None:
    result = parse_fine_tuned_model_id(model_id)
    if result != (None, None, None):
        base, org, job = result
        assert model_id == f"ft:{base}:{org}:{parse_fine_tuned(model_id).suffix}:{job}"


@given(st.from_regex(r"ft:.*", fullmatch=True))
def test_any_ft_string_parses_or_says_why(model_id: str) -> None:
    try:
        parsed = parse_fine_tuned(model_id)
    except FineTuneIdError as exc:
        assert model_id in str(exc) or repr(model_id) in str(exc)
    else:
        assert parsed.format() == model_id


_part = st.text(
    st.characters(blacklist_characters=":", blacklist_categories=("Z", "Cc", "Cs")), max_size=12
)


@given(_part.filter(bool), _part.filter(bool), _part, _part.filter(bool))
def test_format_then_parse_round_trips(base: str, org: str, suffix: str, job: str) -> None:
    parts = FineTunedId(base, org, suffix, job)
    model_id = parts.format()
    assert parse_fine_tuned(model_id) == parts
    assert parse_fine_tuned_model_id(model_id) == (base, org, job)
