"""Records as OpenAI (and vLLM) Model objects."""

from __future__ import annotations

from modelreg.openai_model import to_openai_list, to_openai_model
from modelreg.schema import complete

# GET /v1/models from OpenAI and from vLLM (vLLM's permission list abbreviated).
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
    "permission": [{"id": "modelperm-98e75e82f9c855ca", "object": "model_permission"}],
}


def test_a_plain_model_is_its_own_root_with_no_parent() -> None:
    record = complete({"id": "gpt-4o", "created": 1715367049, "owned_by": "system"})
    assert to_openai_model(record) == {
        "id": "gpt-4o",
        "object": "model",
        "created": 1715367049,
        "owned_by": "system",
        "max_model_len": 8192,
        "root": "gpt-4o",
        "parent": None,
    }


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
    openai, vllm = OPENAI_SAMPLE, VLLM_SAMPLE
    record = complete({"id": "Qwen/Qwen2.5-Omni-7B", "owned_by": "vllm", "context_window": 32768})
    listed = to_openai_list([record])
    assert set(listed) == set(openai) and listed["object"] == "list"
    model = listed["data"][0]
    assert set(openai["data"][0]) <= set(model)
    assert {k: vllm[k] for k in ("id", "object", "root", "parent", "max_model_len")} == {
        k: model[k] for k in ("id", "object", "root", "parent", "max_model_len")
    }
    assert set(model) <= set(vllm)  # no key vLLM does not have (permission is left out)


def test_an_empty_list() -> None:
    assert to_openai_list([]) == {"object": "list", "data": []}
