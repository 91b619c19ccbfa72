// The physician workspace for a rankings campaign (PROTOCOL §10): the K candidates as cards in the order
// the server chose for her, named A, B, C... in that order (never by position or source), one S/P/F row
// each; the order the priority rule derives (ranking.js) is shown live. The engine (keys, drafts,
// submit, undo) is workspace_core.js, shared with the pair workspace; the API talks in positions.
(function () {
  "use strict";
  const ws = medprefWorkspace;
  const cfg = medprefApi.data("workspace-config");
  const T = medprefApi.data("workspace-data");
  const $ = (id) => document.getElementById(id);
  let shown = [];  // positions in display order

  function prefix(position) { return `p${position}`; }
  // The name she reads: the letter of its place on her screen.
  function name(position) { return medprefRanking.letter(shown.indexOf(position)); }
  function card(position) { return document.querySelector(`.candidate[data-position="${position}"]`); }

  function show(item) {
    shown = item.candidates.map((c) => c.position);
    const box = $("candidates");
    box.replaceChildren();
    const template = $("candidate-template");
    for (const candidate of item.candidates) {
      const section = template.content.firstElementChild.cloneNode(true);
      const p = prefix(candidate.position);
      section.dataset.position = candidate.position;
      section.setAttribute("aria-labelledby", `${p}-title`);
      const title = section.querySelector(".candidate-name");
      title.id = `${p}-title`;
      title.textContent = medprefApi.format(T.answer, { letter: name(candidate.position) });
      section.querySelector(".response").textContent = candidate.text;
      for (const fieldset of section.querySelectorAll("fieldset.score")) {
        const row = `${p}-${fieldset.dataset.dimension}`;
        fieldset.dataset.row = row;
        fieldset.querySelector(".hint").id = `${row}-hint`;
        fieldset.querySelectorAll("input").forEach((input) => { input.name = row; input.setAttribute("aria-describedby", `${row}-hint`); });
      }
      box.appendChild(section);
    }
    return shown.flatMap((position) => ws.DIMENSIONS.map((d) => `${prefix(position)}-${d}`));
  }

  function verdict() {
    const scores = shown.map((position) => ws.scoresOf(prefix(position)));  // display order
    const unsafe = [];
    shown.forEach((position, index) => {
      const bad = scores[index].safety !== null && scores[index].safety <= cfg.safety_gate;
      card(position).querySelector(".candidate-unsafe").hidden = !bad;
      if (bad) unsafe.push(name(position));
    });
    $("gate-warning").textContent = unsafe.length ? medprefApi.format(T.unsafeOnes, { letters: unsafe.join(", ") }) : "";
    const done = scores.reduce((n, s) => n + ws.DIMENSIONS.filter((d) => s[d] !== null).length, 0);
    const places = document.querySelectorAll(".candidate-place");
    if (!scores.every(ws.complete)) {
      places.forEach((pill) => { pill.hidden = true; });
      $("verdict").textContent = medprefApi.format(T.orderSoFar, { done, total: scores.length * ws.DIMENSIONS.length });
      return;
    }
    const byPosition = [];
    shown.forEach((position, index) => { byPosition[position] = scores[index]; });
    const { tiers } = medprefRanking.rank(byPosition, cfg.safety_gate, cfg.margin);
    let place = 1;
    for (const tier of tiers) {
      for (const position of tier) {
        const pill = card(position).querySelector(".candidate-place");
        pill.textContent = medprefApi.format(T.place, { place });
        pill.hidden = false;
      }
      place += tier.length;
    }
    $("verdict").textContent = tiers.map((tier) => tier.map(name).sort().join(" = ")).join(" > ");
  }

  ws.start({
    show,
    verdict,
    payload() {
      const candidate_scores = [...shown].sort((x, y) => x - y).map((position) => ({ position, ...ws.scoresOf(prefix(position)) }));
      return { candidate_scores };
    },
    filled(data) {
      const rows = {};
      for (const scores of data.annotation.candidate_scores) for (const d of ws.DIMENSIONS) rows[`${prefix(scores.position)}-${d}`] = scores[d];
      return rows;
    },
  });
})();
