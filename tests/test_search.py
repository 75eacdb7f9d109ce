"""Search ranking on the built-in catalog: the issue's examples, capability words, ranking."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelreg.query.search import (
    Hit,
    _sorted,
    fuzzy_search,
    search,
    search_by_capability,
    search_by_name,
    search_by_provider,
    search_by_tags,
)
from modelreg.registry import builtin as builtin_registry
from modelreg.schema import is_open_weights

Record = dict[str, Any]


@pytest.fixture(scope="module")
def builtin() -> list[Record]:
    return builtin_registry().records()


def ids(hits: list[Hit]) -> list[str]:
    return [hit.record["id"] for hit in hits]


def is_llama(record: Record) -> bool:
    return "llama" in record["id"].lower()


# -- the examples ------------------------------------------------------


def test_vision_finds_every_vision_model_and_nothing_else(builtin: list[Record]) -> None:
    hits = search(builtin, "vision")
    found = set(ids(hits))
    assert {r["id"] for r in builtin if r["supports_vision"]} <= found
    assert "meta-llama/Llama-3.2-90B-Vision-Instruct" in found
    assert "gpt-4o" in found
    assert "claude-3-opus-20240229" in found
    for hit in hits:  # a model without vision got in only by its name saying so
        assert hit.record["supports_vision"] or "vision" in hit.record["name"].lower()
    assert "gpt-3.5-turbo" not in found
    assert "text-embedding-3-large" not in found


def test_lama_finds_the_llama_models(builtin: list[Record]) -> None:
    hits = search(builtin, "lama")
    llamas = {r["id"] for r in builtin if is_llama(r)}
    assert len(llamas) >= 8
    assert set(ids(hits)) == llamas


@pytest.mark.parametrize("query", ["gpt4o", "GPT 4o", "gpt-4o", "GPT-4o", "gpt 4o"])
def test_gpt4o_spellings_put_gpt4o_first(builtin: list[Record], query: str) -> None:
    hits = search(builtin, query)
    assert ids(hits)[0] == "gpt-4o"
    assert hits[0].matched[0] == "id"
    assert "gpt-4o-mini" in ids(hits)
    assert hits[0].score > hits[1].score
    assert "gpt-4" not in ids(hits)  # no '4o' in it
    assert "o1" not in ids(hits)


def test_clade_opus_finds_claude_3_opus(builtin: list[Record]) -> None:
    hits = search(builtin, "clade opus")
    assert ids(hits)[0].startswith("claude-opus-")
    assert "claude-3-opus-20240229" in ids(hits)
    named = [h for h in hits if "description" not in h.matched]
    assert named and all("opus" in h.record["id"] for h in named)
    assert any(m.startswith("fuzzy:") for m in hits[0].matched)


def test_mixtrl_finds_mixtral_and_not_pixtral(builtin: list[Record]) -> None:
    hits = search(builtin, "mixtrl")
    assert set(ids(hits)) == {"mixtral-8x7b", "mixtral-8x22b"}
    assert "pixtral-12b-2409" not in ids(hits)
    assert "mistral-large-2501" not in ids(hits)


def test_deepsek_r1_puts_deepseek_r1_first(builtin: list[Record]) -> None:
    hits = search(builtin, "deepsek r1")
    assert ids(hits)[0] == "deepseek-ai/DeepSeek-R1"
    named = [h.record["id"].lower() for h in hits if "description" not in h.matched]
    assert named and all("deepseek-r1" in n for n in named)
    assert "deepseek-ai/DeepSeek-V3" not in ids(hits)


def test_llama_vision_narrows_to_the_llama_vision_models(builtin: list[Record]) -> None:
    hits = search(builtin, "llama vision")
    assert set(ids(hits[:2])) == {  # the word in the name first, then the capability
        "meta-llama/Llama-3.2-90B-Vision-Instruct",
        "meta-llama/Llama-3.2-11B-Vision-Instruct",
    }
    assert all("llama" in h.record["id"].lower() and h.record["supports_vision"] for h in hits)
    assert "meta-llama/Llama-4-Scout-17B-16E-Instruct" in ids(hits)
    assert "meta-llama/Llama-3.3-70B-Instruct" not in ids(hits)  # not every Llama
    assert "gpt-4o" not in ids(hits)  # not every vision model
    assert set(ids(search(builtin, "vision llama"))) == set(ids(hits))  # order of terms


@pytest.mark.parametrize("query", ["zzzzqqq", "qqqq", "xylophone", "zz"])
def test_a_query_that_means_nothing_finds_nothing(builtin: list[Record], query: str) -> None:
    assert search(builtin, query) == []


def test_no_weak_fuzzy_noise(builtin: list[Record]) -> None:
    assert search(builtin, "gemini") == []  # 'mini' is two edits away
    assert ids(search(builtin, "o1")) == ["o1", "o1-pro", "o1-mini", "o1-preview"]
    assert "whisper-1" not in ids(search(builtin, "r1"))  # no match from mid-word


def test_empty_query_finds_nothing(builtin: list[Record]) -> None:
    assert search(builtin, "") == []
    assert search(builtin, "  , - ") == []
    assert search([], "gpt") == []


# -- capability words ----------------------------------------------------------

CAPABILITY_ORACLES = {
    "vision": lambda r: r["supports_vision"],
    "reasoning": lambda r: r["supports_reasoning"],
    "audio": lambda r: "audio" in r["input_modalities"] + r["output_modalities"],
    "embedding": lambda r: r["kind"] == "embedding",
    "embeddings": lambda r: r["kind"] == "embedding",
    "tools": lambda r: r["supports_function_calling"],
    "function calling": lambda r: r["supports_function_calling"],
    "function_calling": lambda r: r["supports_function_calling"],
    "structured output": lambda r: r["supports_structured_output"],
    "json": lambda r: r["supports_structured_output"],
    "streaming": lambda r: r["supports_streaming"],
    "fine-tuning": lambda r: r["supports_fine_tuning"],
    "fine tuning": lambda r: r["supports_fine_tuning"],
    "batch": lambda r: r["supports_batch"],
    "moe": lambda r: r["architecture"] == "moe" or (r["num_experts"] or 0) > 1,
}


@pytest.mark.parametrize("word", sorted(CAPABILITY_ORACLES))
def test_capability_words_find_models_that_have_it(builtin: list[Record], word: str) -> None:
    oracle = CAPABILITY_ORACLES[word]
    having = {r["id"] for r in builtin if oracle(r)}
    assert having, f"the catalog has no model for {word!r}"
    hits = search(builtin, word)
    assert having <= set(ids(hits))
    capability_hits = [h for h in hits if any(m.startswith("capability:") for m in h.matched)]
    assert {h.record["id"] for h in capability_hits} <= having
    # the word is nowhere in these models' names, and they are still found
    assert any(word.split()[0] not in i.lower() for i in having & set(ids(hits)))


def test_capability_phrase_narrows_with_other_words(builtin: list[Record]) -> None:
    hits = search(builtin, "claude function calling")
    assert hits
    assert all(h.record["supports_function_calling"] for h in hits)
    assert all(h.record["id"].startswith("claude") for h in hits)


def test_moe_finds_mixture_of_experts_without_the_word(builtin: list[Record]) -> None:
    found = ids(search(builtin, "moe"))
    assert "mixtral-8x7b" in found
    assert "deepseek-ai/DeepSeek-V3" in found
    assert "gpt-4o" not in found


# -- ranking -------------------------------------------------------------------


def test_exact_id_then_prefix_then_the_rest(builtin: list[Record]) -> None:
    hits = search(builtin, "o1")
    assert hits[0].record["id"] == "o1"
    assert hits[0].matched == ["id"]
    assert [h.matched for h in hits[1:]] == [["prefix:id"], ["prefix:id"], ["prefix:id"]]
    assert hits[0].score > hits[1].score


def test_exact_alias_comes_first(builtin: list[Record]) -> None:
    hits = search(builtin, "claude-3-opus")
    assert hits[0].record["id"] == "claude-3-opus-20240229"
    assert hits[0].matched[0] in ("alias", "id")
    assert hits[0].score == 100


def test_provider_and_tag_matches(builtin: list[Record]) -> None:
    hits = search(builtin, "deepseek")
    assert {h.record["provider"] for h in hits} == {"deepseek"}
    tagged = search(builtin, "open-weights")
    assert tagged
    assert all(is_open_weights(h.record) for h in tagged)
    assert any(m in ("tag:open-weights", "capability:open_weights") for m in tagged[0].matched)
    # "open weights", two words, means the same
    assert [h.record["id"] for h in search(builtin, "open weights")] == [
        h.record["id"] for h in tagged
    ]


def test_description_words_rank_below_names(builtin: list[Record]) -> None:
    hits = search(builtin, "adapter")  # only in the Llama 3.2 vision descriptions
    assert hits
    assert all(h.matched == ["description"] for h in hits)
    assert all(h.score < 60 for h in hits)


def test_ties_are_deterministic(builtin: list[Record]) -> None:
    first = ids(search(builtin, "llama"))
    assert first == ids(search(list(reversed(builtin)), "llama"))
    scores = [h.score for h in search(builtin, "llama")]
    assert scores == sorted(scores, reverse=True)


@given(
    st.lists(
        st.tuples(st.sampled_from([50.0, 72.5, 85.0, 90.0]), st.text("ab-/", max_size=4)),
        max_size=30,
    )
)
def test_hits_are_best_first_then_shorter_then_by_id(pairs: list[tuple[float, str]]) -> None:
    """Ties on the score (of undated records matched by no name) go to the shorter id, then
    the id, whatever order they came in."""
    hits = [Hit({"id": model_id}, score) for score, model_id in pairs]
    expected = sorted(hits, key=lambda h: (-h.score, len(h.record["id"]), h.record["id"]))
    assert [id(h) for h in _sorted(hits, None)] == [id(h) for h in expected]
    assert [id(h) for h in _sorted(hits, 3)] == [id(h) for h in expected[:3]]


def test_limit(builtin: list[Record]) -> None:
    full = search(builtin, "gpt")
    assert ids(search(builtin, "gpt", limit=3)) == ids(full)[:3]
    assert search(builtin, "gpt", limit=0) == []
    with pytest.raises(ValueError):
        search(builtin, "gpt", limit=-1)


def test_hit_match_object(builtin: list[Record]) -> None:
    hit = search(builtin, "gpt4o")[0]
    match = hit.match()
    assert set(match) == {"score", "matched"}
    assert match["score"] == 99  # exact but for the separator: gpt-4o
    assert match["matched"] == ["id"]
    assert isinstance(match["matched"], list)


def test_search_does_not_change_the_records(builtin: list[Record]) -> None:
    before = [dict(r) for r in builtin]
    search(builtin, "llama vision")
    search(builtin, "clade")
    assert builtin == before


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_id_and_alias_finds_its_model_first(builtin: list[Record], data: Any) -> None:
    record = data.draw(st.sampled_from(builtin))
    name = data.draw(st.sampled_from([record["id"], *record["aliases"]]))
    spelling = data.draw(st.sampled_from([name, name.upper(), name.lower()]))
    hits = search(builtin, spelling)
    assert hits[0].record["id"] == record["id"]
    assert hits[0].score >= 98


def test_registry_search_models_uses_search() -> None:
    registry = builtin_registry()
    assert [d.id for d in registry.search_models("llama vision")] == ids(
        search(registry.records(), "llama vision")
    )


# -- the architecture's search functions ---------------------------------------


def test_search_by_name(builtin: list[Record]) -> None:
    found = [r["id"] for r in search_by_name(builtin, "gpt-4o")]
    assert found[0] == "gpt-4o"
    assert "gpt-4o-mini" in found
    assert search_by_name(builtin, "vision") == [
        r for r in search_by_name(builtin, "vision") if "vision" in r["id"].lower()
    ]
    assert search_by_name(builtin, "anthropic") == []  # a provider is not a name


def test_search_by_provider(builtin: list[Record]) -> None:
    found = search_by_provider(builtin, "Meta")
    assert found
    assert all(r["provider"] == "meta" for r in found)
    assert len(found) == sum(r["provider"] == "meta" for r in builtin)


def test_search_by_capability(builtin: list[Record]) -> None:
    assert search_by_capability(builtin, "vision") == [r for r in builtin if r["supports_vision"]]
    assert search_by_capability(builtin, "supports_reasoning") == [
        r for r in builtin if r["supports_reasoning"]
    ]
    with pytest.raises(ValueError, match="unknown capability"):
        search_by_capability(builtin, "telepathy")


def test_search_by_tags(builtin: list[Record]) -> None:
    both = search_by_tags(builtin, ["open-weights", "vision"])
    assert both
    assert all({"open-weights", "vision"} <= set(r["tags"]) for r in both)
    either = search_by_tags(builtin, ["nim", "vision"], match_all=False)
    assert len(either) > len(both)
    assert search_by_tags(builtin, "OPEN-WEIGHTS") == search_by_tags(builtin, "open-weights")


def test_fuzzy_search(builtin: list[Record]) -> None:
    found = [r["id"] for r in fuzzy_search(builtin, "clade 3 opus")]
    assert found[0] == "claude-3-opus-20240229"
    assert fuzzy_search(builtin, "zzzzqqq") == []
    assert len(fuzzy_search(builtin, "gpt", limit=2)) == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("STRASSE", "straße-7b"),
        ("straße", "straße-7b"),
        ("МОДЕЛ", "модел-один"),
        ("моделодин", "модел-один"),
        ("модел один", "модел-один"),
    ],
)
def test_search_folds_case_in_any_script(query: str, expected: str) -> None:
    from modelreg import schema as vocabulary

    records = [vocabulary.complete({"id": i}) for i in ("straße-7b", "модел-один", "gpt-4o")]
    assert ids(search(records, query))[:1] == [expected]


# -- matching among some of the records ------------------------------------------

WORDS = ["gpt", "llama", "vision", "4o", "mini", "open weights", "chat", "claude", "zzz", "8b"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(WORDS))
def test_a_subset_of_the_records_matches_as_those_records_alone_do(
    builtin: list[Record], data: st.DataObject, word: str
) -> None:
    """A search narrows each term to the records the earlier terms left, through a subset
    of the whole corpus: its columns come from the whole, and a term absent from the whole
    builds no text of the subset's own. Its matches are those of the same records alone."""
    from modelreg.query.corpus import Corpus, parse_query
    from modelreg.query.matchers import description_matches, name_matches, term_matches

    indexes = data.draw(st.lists(st.integers(0, len(builtin) - 1), unique=True, max_size=40))
    whole = Corpus(builtin)
    subset, alone = whole.subset(indexes), Corpus([builtin[i] for i in indexes])
    (term,) = parse_query(word)
    for match in (
        lambda c: term_matches(c, term),
        lambda c: name_matches(c, term.squashed, literal=term.text),
        lambda c: name_matches(c, term.squashed, anchored=True, literal=term.text),
    ):
        assert match(subset) == match(alone)
    found_subset: dict[int, Any] = {}
    found_alone: dict[int, Any] = {}
    description_matches(subset, term, found_subset)
    description_matches(alone, term, found_alone)
    assert found_subset == found_alone
    assert list(subset.ids) == [builtin[i]["id"] for i in indexes]
