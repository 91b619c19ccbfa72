"""The workspace's live preview (rules.js) agrees with annotation/rules.py on every possible score."""

import json
import shutil
import subprocess
from itertools import product
from pathlib import Path

import pytest

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
