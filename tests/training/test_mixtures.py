"""The arithmetic of a data mixture (training.mixtures): shares achieved within rounding, up- and
down-sampling, deduplication across datasets, held-out splits, and bytes that depend only on the
inputs and the seed."""

import hashlib
import json
from collections import Counter

import pytest

from training import forgetting
from training.mixtures import (
    Component,
    MixtureError,
    apportion,
    freeze,
    near_text,
    split_heldout,
    targets,
    with_general_share,
)


def rows(prefix: str, count: int, tokens: int | None = None) -> list[dict]:
    return [
        {
            "messages": [
                {"role": "user", "content": f"{prefix} question {i}"},
                {"role": "assistant", "content": f"{prefix} answer {i}"},
            ],
            "tokens": tokens if tokens is not None else 10 + i % 7,
        }
        for i in range(count)
    ]


def sources(frozen) -> dict[str, dict]:
    return {s["name"]: s for s in frozen.manifest["sources"]}


def train_counts(frozen) -> Counter:
    return Counter(row["source"] for row in frozen.train_rows)


@pytest.mark.parametrize(
    "shares",
    [(0.5, 0.3, 0.2), (0.9, 0.1, 0.0), (1 / 3, 1 / 3, 1 / 3), (0.77, 0.2, 0.03)],
)
def test_row_shares_are_met_within_one_row(shares):
    components = [
        Component("med", "medical", rows("med", 300), share=shares[0]),
        Component("dia", "dialogue", rows("dia", 120), share=shares[1]),
        Component("gen", "general", rows("gen", 200), share=shares[2]),
    ]
    frozen = freeze(components, seed=3, heldout_fraction=0.1)
    total = frozen.manifest["train"]["rows"]
    counts = train_counts(frozen)
    for component, share in zip(components, shares):
        assert abs(counts[component.name] - share * total) <= 1, (component.name, counts, total)
        assert sources(frozen)[component.name]["share_rows"] == pytest.approx(counts[component.name] / total, abs=1e-6)
    # Shares only and no total: the largest mixture that repeats no row.
    assert max(s["times_used"] for s in frozen.manifest["sources"]) <= 1.0


def test_a_total_upsamples_by_repeating_whole_datasets_then_sampling():
    components = [
        Component("med", "medical", rows("med", 50), share=0.8),
        Component("gen", "general", rows("gen", 50), share=0.2),
    ]
    frozen = freeze(components, seed=1, heldout_fraction=0.0, total=250)
    counts = train_counts(frozen)
    assert counts == {"med": 200, "gen": 50}
    med = [json.dumps(r["messages"]) for r in frozen.train_rows if r["source"] == "med"]
    assert set(Counter(med).values()) == {4}  # each of the 50 rows exactly four times
    assert sources(frozen)["med"]["times_used"] == 4.0


def test_downsampling_draws_distinct_rows():
    components = [Component("med", "medical", rows("med", 100), weight=0.3)]
    frozen = freeze(components, seed=5, heldout_fraction=0.0)
    picked = [json.dumps(r["messages"]) for r in frozen.train_rows]
    assert len(picked) == 30 and len(set(picked)) == 30


def test_weights_fill_what_the_shares_leave():
    components = [
        Component("med", "medical", rows("med", 100), weight=1.0),
        Component("dia", "dialogue", rows("dia", 100), weight=0.5),
        Component("gen", "general", rows("gen", 400), share=0.25),
    ]
    frozen = freeze(components, seed=0, heldout_fraction=0.0)
    counts = train_counts(frozen)
    assert counts["med"] == 100 and counts["dia"] == 50  # weights: the dataset times its weight
    assert counts["gen"] == 50  # a quarter of 200 rows in all
    assert frozen.manifest["train"]["rows"] == 200


def test_token_shares_are_met_within_one_row_of_tokens():
    components = [
        Component("med", "medical", rows("med", 200), share=0.6),
        Component("gen", "general", rows("gen", 200, tokens=40), share=0.4),
    ]
    frozen = freeze(components, basis="tokens", seed=2, heldout_fraction=0.05)
    total = frozen.manifest["train"]["tokens"]
    by_source = sources(frozen)
    assert abs(by_source["med"]["tokens"] - 0.6 * total) <= 40
    assert abs(by_source["gen"]["tokens"] - 0.4 * total) <= 40
    assert by_source["gen"]["share_tokens"] == pytest.approx(by_source["gen"]["tokens"] / total, abs=1e-6)


def test_a_token_mixture_needs_token_counts():
    components = [Component("med", "medical", [{**r, "tokens": None} for r in rows("med", 5)], share=1.0)]
    with pytest.raises(MixtureError, match="token counts"):
        freeze(components, basis="tokens")


def test_exact_and_near_duplicates_are_dropped_across_datasets_first_wins():
    med = rows("med", 20)
    copy = {"messages": med[3]["messages"], "tokens": 5}
    near = {
        "messages": [
            {"role": "user", "content": "MED  question 4!"},  # case, spacing and punctuation differ
            {"role": "assistant", "content": "ｍｅｄ answer 4."},  # full-width letters
        ],
        "tokens": 5,
    }
    gen = [copy, near, *rows("gen", 10)]
    frozen = freeze(
        [Component("med", "medical", med, share=0.5), Component("gen", "general", gen, share=0.5)],
        heldout_fraction=0.0,
    )
    by_source = sources(frozen)
    assert (by_source["gen"]["exact_duplicates"], by_source["gen"]["near_duplicates"]) == (1, 1)
    assert (by_source["med"]["exact_duplicates"], by_source["med"]["near_duplicates"]) == (0, 0)
    assert by_source["gen"]["pool_rows"] == 10
    kept = {json.dumps(r["messages"]) for r in frozen.train_rows}
    assert json.dumps(near["messages"]) not in kept
    assert near_text(near["messages"]) == near_text(med[4]["messages"])


def test_duplicates_within_one_dataset_are_dropped_too():
    data = rows("med", 10)
    frozen = freeze([Component("med", "medical", data + data[:4], weight=1.0)], heldout_fraction=0.0)
    assert sources(frozen)["med"]["exact_duplicates"] == 4
    assert frozen.manifest["train"]["rows"] == 10


def test_the_heldout_split_is_disjoint_per_dataset_and_independent_of_shares():
    def build(general_share):
        components = [
            Component("med", "medical", rows("med", 200), share=1 - general_share),
            Component("gen", "general", rows("gen", 100), share=general_share),
        ]
        return freeze(components, seed=7, heldout_fraction=0.1, heldout_max=15)

    low, high = build(0.0), build(0.5)
    assert low.heldout == high.heldout  # a sweep evaluates every share on the same rows
    heldout = Counter(row["source"] for row in low.heldout_rows)
    assert heldout == {"med": 15, "gen": 10}  # 10% each, at most heldout_max
    assert {row["kind"] for row in low.heldout_rows} == {"medical", "general"}
    held = {json.dumps(r["messages"]) for r in high.heldout_rows}
    assert not held & {json.dumps(r["messages"]) for r in high.train_rows}
    assert train_counts(low)["gen"] == 0  # a zero share trains on nothing but is still evaluated


def test_split_heldout_does_not_depend_on_row_order():
    data = rows("x", 50)
    _, first = split_heldout(data, fraction=0.2, maximum=100, seed=1)
    _, second = split_heldout(list(reversed(data)), fraction=0.2, maximum=100, seed=1)
    assert sorted(map(json.dumps, first)) == sorted(map(json.dumps, second))
    _, other_seed = split_heldout(data, fraction=0.2, maximum=100, seed=2)
    assert sorted(map(json.dumps, other_seed)) != sorted(map(json.dumps, first))


def test_the_same_inputs_give_the_same_bytes_and_the_seed_changes_them():
    def build(seed):
        return freeze(
            [
                Component("med", "medical", rows("med", 80), share=0.7, sha256="a" * 64),
                Component("gen", "general", rows("gen", 80), share=0.3, sha256="b" * 64),
            ],
            seed=seed,
        )

    first, again, other = build(11), build(11), build(12)
    assert first.train == again.train and first.heldout == again.heldout and first.manifest == again.manifest
    assert first.manifest["train"]["sha256"] == hashlib.sha256(first.train).hexdigest()
    assert first.manifest["heldout"]["sha256"] == hashlib.sha256(first.heldout).hexdigest()
    assert other.train != first.train
    assert first.manifest["seed"] == 11 and sources(first)["med"]["sha256"] == "a" * 64
    line = first.train.decode().splitlines()[0]
    assert line == json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@pytest.mark.parametrize(
    "weights, shares, message",
    [
        ([None, None], [0.5, 0.4], "add up to 0.9"),
        ([1.0, None], [None, 1.2], "between 0 and 1"),
        ([1.0, None], [0.5, 0.5], "either a weight or a share"),
        ([1.0, None], [None, 1.0], "no room left"),
        ([-1.0, None], [None, 0.5], "0 or more"),
    ],
)
def test_impossible_recipes_are_refused_with_the_reason(weights, shares, message):
    with pytest.raises(MixtureError, match=message):
        targets([10, 10], weights, shares)


def test_a_share_on_a_dataset_with_no_rows_left_is_refused():
    with pytest.raises(MixtureError, match="component 2 has a share but no training rows"):
        targets([10, 0], [None, None], [0.5, 0.5])


def test_apportion_keeps_the_total_and_stays_within_one():
    values = [10.4, 20.35, 5.25]
    counts = apportion(values, 36)
    assert sum(counts) == 36 and all(abs(c - v) < 1 for c, v in zip(counts, values))


def test_with_general_share_changes_only_the_general_part_and_keeps_proportions():
    components = [
        Component("med", "medical", rows("med", 300), weight=1.0),
        Component("dia", "dialogue", rows("dia", 100), weight=1.0),
        Component("gen1", "general", rows("g1", 100), share=0.3),
        Component("gen2", "general", rows("g2", 100), share=0.1),
    ]
    swept = {c.name: c.share for c in with_general_share(components, 0.2, general_kind="general")}
    assert swept == pytest.approx({"med": 0.6, "dia": 0.2, "gen1": 0.15, "gen2": 0.05})
    with pytest.raises(MixtureError, match="not general"):
        with_general_share(components[2:], 0.1, general_kind="general")


def test_the_forgetting_table_pools_datasets_of_a_kind_by_tokens():
    parent = {
        "a": {"kind": "medical", "rows": 2, "tokens": 10, "sum": 30.0, "loss": 3.0},
        "b": {"kind": "medical", "rows": 1, "tokens": 30, "sum": 30.0, "loss": 1.0},
        "g": {"kind": "general", "rows": 4, "tokens": 20, "sum": 40.0, "loss": 2.0},
    }
    new = {
        "a": {"kind": "medical", "rows": 2, "tokens": 10, "sum": 20.0, "loss": 2.0},
        "b": {"kind": "medical", "rows": 1, "tokens": 30, "sum": 15.0, "loss": 0.5},
        "g": {"kind": "general", "rows": 4, "tokens": 20, "sum": 50.0, "loss": 2.5},
    }
    result = forgetting.table(parent, new)
    assert [d["name"] for d in result["datasets"]] == ["a", "b", "g"]
    medical, general = result["kinds"]
    assert (medical["name"], medical["rows"], medical["parent"], medical["new"]) == ("medical", 3, 1.5, 0.875)
    assert medical["change"] == pytest.approx(-0.625)
    assert (general["parent"], general["new"], general["change"]) == (2.0, 2.5, 0.5)
    assert forgetting.kind_losses(result) == {"medical": 0.875, "general": 2.5}
