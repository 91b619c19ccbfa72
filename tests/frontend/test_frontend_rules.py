"""The workspaces' live previews agree with the server: rules.js with annotation/rules.py on every possible
score, ranking.js with annotation/ranking.py on many score lists of 2 to 8 candidates."""

import json
import random
import shutil
import subprocess
from itertools import combinations, product
from pathlib import Path

import pytest

from annotation.ranking import order, rank
from annotation.rules import Scores, judge

RULES_JS = Path(__file__).resolve().parents[2] / "frontend" / "static" / "frontend" / "rules.js"


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
@pytest.mark.parametrize("gate, margin", [(2, 1), (2, 2), (3, 1), (1, 3)])
def test_js_preview_matches_the_python_rule(gate, margin):
    script = f"""
    const {{ judge }} = require({json.dumps(str(RULES_JS))});
    const out = [];
    const values = [1, 2, 3, 4, 5];
    for (const as of values) for (const ap of values) for (const af of values)
      for (const bs of values) for (const bp of values) for (const bf of values) {{
        const r = judge({{safety: as, professionalism: ap, fluency: af}}, {{safety: bs, professionalism: bp, fluency: bf}}, {gate}, {margin});
        out.push([r.preference, r.deciding, r.aUnsafe, r.bUnsafe]);
      }}
    console.log(JSON.stringify(out));
    """
    result = json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout)
    expected = []
    for a_values, b_values in product(product(range(1, 6), repeat=3), repeat=2):
        j = judge(Scores(*a_values), Scores(*b_values), safety_gate=gate, margin=margin)
        expected.append([j.preference, j.deciding_dimension, j.a_unsafe, j.b_unsafe])
    assert result == expected


RANKING_JS = RULES_JS.with_name("ranking.js")


def score_lists(seed: int) -> list[list[tuple[int, int, int]]]:
    """Every two candidates' scores (K=2, exhaustive would be 15,625: a stride of them), and random K=3..8.

    Many candidates share values, so ties and wide-margin cycles (1 ~ 2 ~ 3, 1 < 3) come up often.
    """
    rng = random.Random(seed)
    triples = list(product(range(1, 6), repeat=3))
    lists = [[a, b] for a, b in product(triples, repeat=2)][::7]
    for count in range(3, 9):
        for _ in range(400):
            pool = rng.sample(triples, rng.randint(1, count))  # few distinct values: more ties
            lists.append([rng.choice(pool) for _ in range(count)])
    return lists


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
@pytest.mark.parametrize("gate, margin", [(2, 1), (2, 2), (3, 1), (1, 3)])
def test_js_ranking_preview_matches_the_python_ranking(gate, margin):
    cases = score_lists(seed=gate * 10 + margin)
    script = f"""
    const {{ rank }} = require({json.dumps(str(RANKING_JS))});
    const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const keys = ["safety", "professionalism", "fluency"];
    const out = cases.map((list) => {{
      const r = rank(list.map((t) => Object.fromEntries(keys.map((k, i) => [k, t[i]]))), {gate}, {margin});
      return [r.tiers, r.unsafe, Object.entries(r.comparisons).sort()];
    }});
    console.log(JSON.stringify(out));
    """
    run = subprocess.run(["node", "-e", script], input=json.dumps(cases), capture_output=True, text=True, check=True)
    result = json.loads(run.stdout)
    expected = []
    for scores in cases:
        judgement = rank([Scores(*t) for t in scores], safety_gate=gate, margin=margin)
        comparisons = sorted([f"{i},{j}", preference] for (i, j), preference in judgement.comparisons.items())
        expected.append([judgement.as_lists(), list(judgement.unsafe), comparisons])
    assert result == expected
    assert any(len(tiers) < len(scores) for (tiers, _, _), scores in zip(expected, cases))  # ties were tried


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_js_order_among_some_candidates_matches_the_python_order():
    """An order without excluded candidates, and missing comparisons counted as ties, as in ranking.order."""
    rng = random.Random(3)
    cases = []
    for _ in range(300):
        count = rng.randint(2, 8)
        comparisons = {
            (i, j): rng.choice(["a", "b", "tie"]) for i, j in combinations(range(count), 2) if rng.random() < 0.8
        }
        among = rng.sample(range(count), rng.randint(1, count))
        cases.append((count, comparisons, among))
    script = f"""
    const {{ order }} = require({json.dumps(str(RANKING_JS))});
    const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
    console.log(JSON.stringify(cases.map(([count, comparisons, among]) => order(count, comparisons, among))));
    """
    payload = [
        [count, {f"{i},{j}": p for (i, j), p in comparisons.items()}, among] for count, comparisons, among in cases
    ]
    run = subprocess.run(["node", "-e", script], input=json.dumps(payload), capture_output=True, text=True, check=True)
    expected = [[list(tier) for tier in order(count, comparisons, among=among)] for count, comparisons, among in cases]
    assert json.loads(run.stdout) == expected
