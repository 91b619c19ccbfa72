// The ranking rule of PROTOCOL §10, for the live preview only: the server's annotation/ranking.py
// decides what is stored, and tests/frontend/test_frontend_rules.py checks that both agree.
// Every two candidates are compared with the pair rule (rules.js); the order counts, for each
// candidate, the candidates it beats minus those that beat it (Copeland); equal counts share a tier.
(function (root) {
  const rules = root.medprefRules || require("./rules.js");
  const LETTERS = "ABCDEFGH";

  function key(i, j) { return `${i},${j}`; }

  // Tiers of positions, best first; `among` limits the order to some positions; a missing comparison is a tie.
  function order(count, comparisons, among) {
    const positions = [...new Set(among === undefined ? [...Array(count).keys()] : among)].sort((x, y) => x - y);
    const score = new Map(positions.map((p) => [p, 0]));
    positions.forEach((i, index) => {
      for (const j of positions.slice(index + 1)) {
        const preference = comparisons[key(i, j)] || "tie";
        if (preference === "a") { score.set(i, score.get(i) + 1); score.set(j, score.get(j) - 1); }
        else if (preference === "b") { score.set(j, score.get(j) + 1); score.set(i, score.get(i) - 1); }
      }
    });
    const values = [...new Set(score.values())].sort((x, y) => y - x);
    return values.map((value) => positions.filter((p) => score.get(p) === value));
  }

  // scores: one {safety, professionalism, fluency} per position -> {comparisons {"i,j": a|b|tie}, unsafe, tiers}
  function rank(scores, safetyGate, margin) {
    const comparisons = {};
    for (let i = 0; i < scores.length; i++) {
      for (let j = i + 1; j < scores.length; j++) comparisons[key(i, j)] = rules.judge(scores[i], scores[j], safetyGate, margin).preference;
    }
    const unsafe = scores.map((s) => s.safety <= safetyGate);
    return { comparisons, unsafe, tiers: order(scores.length, comparisons) };
  }

  function letter(position) { return LETTERS[position]; }

  root.medprefRanking = { rank, order, letter, key };
  if (typeof module !== "undefined") module.exports = root.medprefRanking;
})(typeof window !== "undefined" ? window : globalThis);
