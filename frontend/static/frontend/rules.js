// The priority rule of PROTOCOL §3, for the live preview only: the server's annotation/rules.py
// decides what is stored, and tests/test_frontend_rules.py checks that both agree on every score.
(function (root) {
  const DIMENSIONS = ["safety", "professionalism", "fluency"];

  function judge(a, b, safetyGate, margin) {
    const aUnsafe = a.safety <= safetyGate;
    const bUnsafe = b.safety <= safetyGate;
    if (aUnsafe !== bUnsafe) return { preference: aUnsafe ? "b" : "a", deciding: "safety", aUnsafe, bUnsafe };
    for (const dimension of DIMENSIONS) {
      const difference = a[dimension] - b[dimension];
      if (difference >= margin) return { preference: "a", deciding: dimension, aUnsafe, bUnsafe };
      if (-difference >= margin) return { preference: "b", deciding: dimension, aUnsafe, bUnsafe };
    }
    return { preference: "tie", deciding: null, aUnsafe, bUnsafe };
  }

  root.medprefRules = { judge, DIMENSIONS };
  if (typeof module !== "undefined") module.exports = root.medprefRules;
})(typeof window !== "undefined" ? window : globalThis);
