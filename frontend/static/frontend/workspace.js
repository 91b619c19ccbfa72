// The physician workspace for pairs: both answers side by side in the server-chosen order, the
// preference the priority rule derives shown live. The engine (keys, drafts, submit, undo) is
// workspace_core.js, shared with the ranking workspace.
(function () {
  "use strict";
  const ws = medprefWorkspace;
  const cfg = medprefApi.data("workspace-config");
  const T = medprefApi.data("workspace-data");
  const ROWS = ["left", "right"].flatMap((side) => ws.DIMENSIONS.map((d) => `${side}-${d}`));
  const $ = (id) => document.getElementById(id);
  let pair = null, diff = false;

  function verdict() {
    const left = ws.scoresOf("left"), right = ws.scoresOf("right");
    const warnings = [];
    if (left.safety !== null && left.safety <= cfg.safety_gate) warnings.push(T.leftUnsafe);
    if (right.safety !== null && right.safety <= cfg.safety_gate) warnings.push(T.rightUnsafe);
    $("gate-warning").textContent = warnings.join(" ");
    const box = $("verdict");
    if (!ws.complete(left) || !ws.complete(right)) { box.textContent = T.scoreAll; return; }
    const result = medprefRules.judge(left, right, cfg.safety_gate, cfg.margin);
    if (result.preference === "tie") box.textContent = T.tie;
    else box.textContent = `${result.preference === "a" ? T.leftPreferred : T.rightPreferred} — ${T.decidedBy} ${T.dimensions[result.deciding]}`;
  }

  function tokens(text) { return text.match(/[\u3400-\u9fff]|[^\s\u3400-\u9fff]+|\s+/g) || []; }
  function commonMask(a, b) {
    // Longest common subsequence over words (CJK: characters); marks the tokens both share.
    const n = a.length, m = b.length;
    const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    const inA = new Array(n).fill(false), inB = new Array(m).fill(false);
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) { inA[i++] = true; inB[j++] = true; } else if (table[i + 1][j] >= table[i][j + 1]) i++; else j++;
    }
    return [inA, inB];
  }
  function renderResponses() {
    const [left, right] = pair.responses;
    if (!diff || left.text.length * right.text.length > 4e6) {
      $("left-text").textContent = left.text;
      $("right-text").textContent = right.text;
      return;
    }
    const a = tokens(left.text), b = tokens(right.text);
    const [inA, inB] = commonMask(a, b);
    for (const [id, list, mask] of [["left-text", a, inA], ["right-text", b, inB]]) {
      const box = $(id);
      box.replaceChildren();
      list.forEach((token, index) => {
        if (mask[index] || /^\s+$/.test(token)) box.appendChild(document.createTextNode(token));
        else { const mark = document.createElement("mark"); mark.className = "diff"; mark.textContent = token; box.appendChild(mark); }
      });
    }
  }
  function toggleDiff() {
    diff = !diff;
    $("toggle-diff").setAttribute("aria-pressed", String(diff));
    if (pair) renderResponses();
  }
  $("toggle-diff").addEventListener("click", toggleDiff);

  ws.start({
    show(item) { pair = item; renderResponses(); return ROWS; },
    verdict,
    payload(item) {
      const left = ws.scoresOf("left"), right = ws.scoresOf("right");
      const aOnLeft = item.display_order === "ab";
      return { scores: { a: aOnLeft ? left : right, b: aOnLeft ? right : left }, display_order: item.display_order };
    },
    filled(data) {
      // Her scores are stored for A and B; the rows are left and right, in the order she saw them.
      const aOnLeft = data.display_order === "ab";
      const sides = { left: aOnLeft ? data.annotation.scores.a : data.annotation.scores.b, right: aOnLeft ? data.annotation.scores.b : data.annotation.scores.a };
      const rows = {};
      for (const [side, scores] of Object.entries(sides)) for (const d of ws.DIMENSIONS) rows[`${side}-${d}`] = scores[d];
      return rows;
    },
    key(key) { if (key === "d") { toggleDiff(); return true; } return false; },
  });
})();
