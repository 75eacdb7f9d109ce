"""Models as OpenAI's Model objects, with vLLM's (and the architecture's) extras."""

from __future__ import annotations

import time
from typing import Any

import pytest
from openai.types import Model

from modelreg import ModelDefinition
from modelreg.schema import capability_view, complete
from modelreg.service.openai_model import to_openai_list, to_openai_model

# GET /v1/models from OpenAI and from vLLM.
OPENAI_SAMPLE = {
    "object": "list",
    "data": [{"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}],
}
VLLM_SAMPLE = {
    "id": "Qwen/Qwen2.5-Omni-7B",
    "object": "model",
    "created": 1766453502,
    "owned_by": "vllm",
    "root": "Qwen/Qwen2.5-Omni-7B",
    "parent": None,
    "max_model_len": 32768,
    "permission": [
        {
            "id": "modelperm-98e75e82f9c855ca",
            "object": "model_permission",
            "created": 1766453502,
            "allow_create_engine": False,
            "allow_sampling": True,
            "allow_logprobs": True,
            "allow_search_indices": False,
            "allow_view": True,
            "allow_fine_tuning": False,
            "organization": "*",
            "group": None,
            "is_blocking": False,
        }
    ],
}


def test_a_plain_model_is_its_own_root_with_no_parent() -> None:
    record = complete({"id": "gpt-4o", "created": 1715367049, "owned_by": "system"})
    model = to_openai_model(record)
    assert {k: v for k, v in model.items() if k != "permission"} == {
        "id": "gpt-4o",
        "object": "model",
        "created": 1715367049,
        "owned_by": "system",
        "shutdown_date": None,
        "root": "gpt-4o",
        "parent": None,
        "max_model_len": 8192,
    }
    assert list(model) == [*OPENAI_SAMPLE["data"][0], "shutdown_date", *list(VLLM_SAMPLE)[4:]]


def test_the_id_asked_for_is_echoed_with_the_canonical_id_as_root() -> None:
    model = to_openai_model(complete({"id": "gpt-4o", "aliases": ["omni"]}), asked="OMNI")
    assert (model["id"], model["root"], model["parent"]) == ("OMNI", "gpt-4o", None)


def test_the_shutdown_date_is_the_retirement_date() -> None:
    record = complete(
        {"id": "o1", "retirement_date": "2026-10-23", "deprecation_date": "2026-04-22"}
    )
    assert to_openai_model(record)["shutdown_date"] == "2026-10-23"


def test_created_is_given_else_the_release_date_else_when_the_model_was_seen() -> None:
    given = complete({"id": "a", "created": 1715367049, "release_date": "2024-08-06"})
    assert to_openai_model(given, seen_at=7)["created"] == 1715367049
    released = complete({"id": "b", "release_date": "2024-08-06"})
    assert to_openai_model(released, seen_at=7)["created"] == 1722902400  # 00:00 UTC
    unknown = complete({"id": "c"})
    assert unknown["created"] == 0
    assert to_openai_model(unknown, seen_at=7)["created"] == 7
    before = int(time.time())
    assert before <= to_openai_model(unknown)["created"] <= time.time()  # default: now
    listed = to_openai_list([unknown, complete({"id": "d"})])["data"]
    assert listed[0]["created"] == listed[1]["created"] > 0  # one time for a whole list


def test_a_fine_tuned_model_has_its_base_as_root_and_parent() -> None:
    ft = "ft:gpt-4o-mini-2024-07-18:acme::abc123"
    record = complete({"id": ft, "owned_by": "acme", "fine_tuned_from": "gpt-4o-mini"})
    model = to_openai_model(record)
    assert (model["root"], model["parent"]) == ("gpt-4o-mini", "gpt-4o-mini")


def test_a_fine_tuned_id_names_its_base_when_the_record_does_not() -> None:
    model = to_openai_model(complete({"id": "ft:gpt-4o-mini-2024-07-18:acme::abc123"}))
    assert (model["root"], model["parent"]) == ("gpt-4o-mini-2024-07-18",) * 2


def test_no_context_window_means_no_max_model_len() -> None:
    model = to_openai_model(
        complete({"id": "dall-e-3", "kind": "image_generation"} | {"context_window": None})
    )
    assert "max_model_len" not in model


def test_the_shapes_of_the_openai_and_vllm_samples() -> None:
    record = complete({"id": "Qwen/Qwen2.5-Omni-7B", "owned_by": "vllm", "context_window": 32768})
    listed = to_openai_list([record])
    assert set(listed) == set(OPENAI_SAMPLE) and listed["object"] == "list"
    model = listed["data"][0]
    assert set(model) == set(VLLM_SAMPLE) | {"shutdown_date"}  # OpenAI's and vLLM's, no other
    same = ("id", "object", "root", "parent", "max_model_len")
    assert {k: VLLM_SAMPLE[k] for k in same} == {k: model[k] for k in same}
    [permission] = model["permission"]
    [vllm] = VLLM_SAMPLE["permission"]
    assert list(permission) == list(vllm)
    assert permission["id"].startswith("modelperm-") and len(permission["id"]) == len(vllm["id"])
    assert permission["created"] == model["created"]
    assert Model.model_validate(model).id == "Qwen/Qwen2.5-Omni-7B"


def test_the_permission_says_what_the_model_takes() -> None:
    chat = to_openai_model(complete({"id": "chat", "supports_fine_tuning": True}))["permission"][0]
    assert (chat["allow_sampling"], chat["allow_logprobs"], chat["allow_fine_tuning"]) == (
        True,
        True,
        True,
    )
    reasoning = complete({"id": "o1", "supports_reasoning": True})
    assert to_openai_model(reasoning)["permission"][0]["allow_sampling"] is False
    open_weights = complete({"id": "oss", "supports_reasoning": True, "tags": ["open-weights"]})
    assert to_openai_model(open_weights)["permission"][0]["allow_sampling"] is True
    again = to_openai_model(complete({"id": "chat"}))["permission"][0]["id"]
    assert again == chat["id"]  # stable for an id
    assert to_openai_model(reasoning)["permission"][0]["id"] != chat["id"]


def test_capabilities_inline_the_capabilities_json_after_the_model() -> None:
    record = complete({"id": "gpt-4o", "aliases": ["omni"], "supports_vision": True})
    model = to_openai_model(record, asked="omni", capabilities=True)
    view = capability_view(record)
    del view["model"]
    assert model == to_openai_model(record, asked="omni") | view
    assert list(model)[-len(view) :] == list(view)


def test_a_model_definition_and_a_definition_dict_give_the_records_object() -> None:
    spec: dict[str, Any] = {
        "id": "custom/my-model",
        "name": "My Custom Model",
        "provider": "custom",
    }
    expected = to_openai_model(complete(spec), seen_at=1)
    assert to_openai_model(ModelDefinition(**spec), seen_at=1) == expected
    assert to_openai_model(spec, seen_at=1) == expected
    assert to_openai_list([ModelDefinition(**spec)], seen_at=1)["data"] == [expected]


@pytest.mark.parametrize("model", [None, "gpt-4o", 42, ["gpt-4o"]])
def test_anything_else_is_a_type_error_naming_the_expected(model: Any) -> None:
    with pytest.raises(TypeError, match="model must be a ModelDefinition or a dict of its fields"):
        to_openai_model(model)


def test_a_definition_dict_that_is_not_valid_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="context_window"):
        to_openai_model({"id": "x", "context_window": -1})


def test_an_empty_list() -> None:
    assert to_openai_list([]) == {"object": "list", "data": []}
