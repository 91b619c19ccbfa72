// The physician workspace: one pair at a time, keyboard first, never loses work.
// Talks to the JSON API through api.js; submissions are idempotent by client_id, so a retry after
// a network error or a server restart can never record the scores twice.
(function () {
  "use strict";
  const cfg = medprefApi.data("workspace-config");
  const T = medprefApi.data("workspace-data");
  const api = medprefApi.request;
  const ROWS = ["left-safety", "left-professionalism", "left-fluency", "right-safety", "right-professionalism", "right-fluency"];
  const $ = (id) => document.getElementById(id);
  // `revising`: the pair on screen is the one she submitted last, reopened with `u` (see loadLast).
  const state = { pair: null, focus: 0, clientId: null, started: Date.now(), saving: false, retryTimer: null, diff: false, revising: false };

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  function say(kind, text) {
    const box = $("status");
    box.replaceChildren();
    if (!text) return;
    const div = document.createElement("div");
    div.className = `banner ${kind}`;
    div.textContent = text;
    box.appendChild(div);
  }

  // --- scores -------------------------------------------------------------------------------
  function rowValue(row) {
    const checked = document.querySelector(`input[name="${row}"]:checked`);
    return checked ? Number(checked.value) : null;
  }
  function sideScores(side) {
    const scores = {};
    for (const d of medprefRules.DIMENSIONS) scores[d] = rowValue(`${side}-${d}`);
    return scores;
  }
  function complete(scores) { return medprefRules.DIMENSIONS.every((d) => scores[d] !== null); }

  function focusRow(index) {
    state.focus = Math.max(0, Math.min(ROWS.length - 1, index));
    const row = ROWS[state.focus];
    const target = document.querySelector(`input[name="${row}"]:checked`) || document.querySelector(`input[name="${row}"]`);
    target.focus();
    markFocus();
  }
  function markFocus() {
    document.querySelectorAll("fieldset.score").forEach((f) => f.classList.toggle("focused", f.dataset.row === ROWS[state.focus]));
  }
  function setScore(value) {
    const input = document.querySelector(`input[name="${ROWS[state.focus]}"][value="${value}"]`);
    input.checked = true;
    changed();
    if (state.focus < ROWS.length - 1) focusRow(state.focus + 1);
    else $("submit").focus();
  }

  function changed() {
    updateVerdict();
    saveDraft();
  }

  function updateVerdict() {
    const left = sideScores("left"), right = sideScores("right");
    const verdict = $("verdict"), warning = $("gate-warning");
    const warnings = [];
    if (left.safety !== null && left.safety <= cfg.safety_gate) warnings.push(T.leftUnsafe);
    if (right.safety !== null && right.safety <= cfg.safety_gate) warnings.push(T.rightUnsafe);
    warning.textContent = warnings.join(" ");
    if (!complete(left) || !complete(right)) { verdict.textContent = T.scoreAll; return; }
    const result = medprefRules.judge(left, right, cfg.safety_gate, cfg.margin);
    if (result.preference === "tie") verdict.textContent = T.tie;
    else verdict.textContent = `${result.preference === "a" ? T.leftPreferred : T.rightPreferred} — ${T.decidedBy} ${T.dimensions[result.deciding]}`;
  }

  // --- drafts: scores survive reloads, restarts and failed submits ----------------------------
  function draftKey() { return `medpref-draft-${state.pair.pair_id}`; }
  function saveDraft() {
    // A reopened pair is already saved on the server; its edits are not a draft to restore later.
    if (!state.pair || state.revising) return;
    const rows = {};
    for (const row of ROWS) rows[row] = rowValue(row);
    const flags = [...document.querySelectorAll('input[name="flag"]:checked')].map((f) => f.value);
    localStorage.setItem(draftKey(), JSON.stringify({ rows, rationale: $("rationale").value, flags, clientId: state.clientId, started: state.started }));
  }
  function restoreDraft() {
    const raw = localStorage.getItem(draftKey());
    if (!raw) return false;
    const draft = JSON.parse(raw);
    for (const [row, value] of Object.entries(draft.rows)) {
      if (value !== null) document.querySelector(`input[name="${row}"][value="${value}"]`).checked = true;
    }
    $("rationale").value = draft.rationale || "";
    document.querySelectorAll('input[name="flag"]').forEach((f) => { f.checked = (draft.flags || []).includes(f.value); });
    state.clientId = draft.clientId;
    state.started = draft.started || Date.now();
    return true;
  }

  // --- rendering ----------------------------------------------------------------------------
  function renderConversation(messages) {
    const box = $("conversation");
    box.replaceChildren();
    for (const message of messages) {
      const div = document.createElement("div");
      div.className = `turn ${message.role}`;
      const role = document.createElement("span");
      role.className = "role";
      role.textContent = T.roles[message.role] || message.role;
      div.append(role, document.createTextNode(message.content));
      box.appendChild(div);
    }
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
    const [left, right] = state.pair.responses;
    if (!state.diff || left.text.length * right.text.length > 4e6) {
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

  function resetForm() {
    document.querySelectorAll('fieldset.score input[type="radio"]').forEach((r) => { r.checked = false; });
    document.querySelectorAll('input[name="flag"]').forEach((f) => { f.checked = false; });
    $("rationale").value = "";
  }

  async function loadNext() {
    clearTimeout(state.retryTimer);
    let result;
    try {
      result = await api("GET", T.urls.next);
    } catch (e) {
      say("error", T.loadFailed);
      state.retryTimer = setTimeout(loadNext, 5000);
      return;
    }
    if (result.status === 204) {
      setRevising(false);
      state.pair = null;
      $("work").hidden = true;
      $("empty").hidden = false;
      refreshProgress();
      return;
    }
    if (result.status !== 200) { say("error", result.message); return; }
    setRevising(false);
    state.pair = result.data;
    state.clientId = uuid();
    state.started = Date.now();
    resetForm();
    const restored = restoreDraft();
    renderConversation(state.pair.prompt);
    renderResponses();
    $("empty").hidden = true;
    $("work").hidden = false;
    say(restored ? "warn" : "", restored ? T.draftRestored : "");
    updateVerdict();
    const firstEmpty = ROWS.findIndex((row) => rowValue(row) === null);
    focusRow(firstEmpty === -1 ? 0 : firstEmpty);
    refreshProgress();
  }

  // --- undo: reopen the pair she submitted last, revise it, then carry on ------------------------
  function setRevising(on) {
    state.revising = on;
    $("undo-label").textContent = on ? T.backToNext : T.undo;
    $("skip").disabled = on;
  }

  function fillScores(data) {
    // Her scores are stored for A and B; the rows are left and right, in the order she saw them.
    const aOnLeft = data.display_order === "ab";
    const sides = { left: aOnLeft ? data.annotation.scores.a : data.annotation.scores.b, right: aOnLeft ? data.annotation.scores.b : data.annotation.scores.a };
    for (const [side, scores] of Object.entries(sides)) {
      for (const d of medprefRules.DIMENSIONS) document.querySelector(`input[name="${side}-${d}"][value="${scores[d]}"]`).checked = true;
    }
    $("rationale").value = data.annotation.rationale || "";
    document.querySelectorAll('input[name="flag"]').forEach((f) => { f.checked = data.annotation.flags.includes(f.value); });
  }

  async function loadLast() {
    if (state.saving) return;
    clearTimeout(state.retryTimer);
    let result;
    try {
      result = await api("GET", T.urls.last);
    } catch (e) { say("error", medprefApi.unreachable); return; }
    if (result.status === 204) { say("warn", T.nothingToUndo); return; }
    if (result.status !== 200) { say("error", result.message); return; }
    setRevising(true);
    state.pair = result.data;
    state.clientId = uuid();  // a new client_id: the API revises, keeping the earlier version
    state.started = Date.now();
    resetForm();
    fillScores(result.data);
    renderConversation(state.pair.prompt);
    renderResponses();
    $("empty").hidden = true;
    $("work").hidden = false;
    updateVerdict();
    focusRow(0);
    say("warn", medprefApi.format(T.revising, { pair: state.pair.pair_id }));
  }

  function undo() { if (state.revising) loadNext(); else loadLast(); }

  async function refreshProgress() {
    try {
      const result = await api("GET", T.urls.progress);
      if (result.status === 200) $("progress-text").textContent = medprefApi.format(T.progress, result.data.mine);
    } catch (e) { /* progress is a nicety; the next submit will try again */ }
  }

  // --- submit and skip ----------------------------------------------------------------------
  function payload() {
    const left = sideScores("left"), right = sideScores("right");
    const aOnLeft = state.pair.display_order === "ab";
    return {
      client_id: state.clientId,
      scores: { a: aOnLeft ? left : right, b: aOnLeft ? right : left },
      rationale: $("rationale").value,
      flags: [...document.querySelectorAll('input[name="flag"]:checked')].map((f) => f.value),
      seconds_spent: Math.round((Date.now() - state.started) / 100) / 10,
      display_order: state.pair.display_order,
    };
  }

  async function submit() {
    if (!state.pair || state.saving) return;
    clearTimeout(state.retryTimer);
    const missing = ROWS.findIndex((row) => rowValue(row) === null);
    if (missing !== -1) { say("error", T.scoreAll); focusRow(missing); return; }
    state.saving = true;
    $("submit").disabled = true;
    saveDraft();
    let result;
    try {
      result = await api("POST", medprefApi.path(T.urls.annotate, { pair: state.pair.pair_id }), payload());
    } catch (e) {
      result = null;
    } finally {
      state.saving = false;
      $("submit").disabled = false;
    }
    if (result && (result.status === 200 || result.status === 201)) {
      const revised = state.revising ? state.pair.pair_id : null;
      localStorage.removeItem(draftKey());
      say("ok", T.saved);
      await loadNext();
      if (revised !== null && !state.revising) say("ok", medprefApi.format(T.revised, { pair: revised }));
      return;
    }
    if (!result || result.status >= 500) {
      say("error", T.saveFailed);
      state.retryTimer = setTimeout(submit, 5000);
      $("submit").focus();
      return;
    }
    say("error", result.message);
  }

  async function skip(reason) {
    if (!state.pair || state.revising) return;
    try {
      const result = await api("POST", medprefApi.path(T.urls.skip, { pair: state.pair.pair_id }), { reason });
      if (result.status !== 200) { say("error", result.message); return; }
    } catch (e) { say("error", T.saveFailed); return; }
    localStorage.removeItem(draftKey());
    await loadNext();
  }

  // --- keyboard -----------------------------------------------------------------------------
  function typing(target) { return target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && target.type === "text"); }
  function openDialog(id) { const d = $(id); if (!d.open) d.showModal(); }

  document.addEventListener("keydown", (event) => {
    if (document.querySelector("dialog[open]")) {
      const skipDialog = $("skip-dialog");
      if (skipDialog.open && /^[1-9]$/.test(event.key)) {
        const option = skipDialog.querySelectorAll('input[name="reason"]')[Number(event.key) - 1];
        if (option) { option.checked = true; option.focus(); event.preventDefault(); }
      }
      return;
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey || !typing(event.target))) {
      if (event.target.tagName === "BUTTON" && event.target.id !== "submit") return;
      event.preventDefault();
      submit();
      return;
    }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (key === "u") { event.preventDefault(); undo(); return; }  // also from "nothing left": her last pair may still be open
    if (!state.pair) return;
    if (/^[1-5]$/.test(key)) { event.preventDefault(); setScore(Number(key)); }
    else if (key === "j") { event.preventDefault(); focusRow(state.focus + 1); }
    else if (key === "k") { event.preventDefault(); focusRow(state.focus - 1); }
    else if (key === "h") { event.preventDefault(); focusRow(state.focus % 3); }
    else if (key === "l") { event.preventDefault(); focusRow(3 + (state.focus % 3)); }
    else if (key === "r") { event.preventDefault(); $("rationale").focus(); }
    else if (key === "s") { event.preventDefault(); if (!state.revising) openDialog("skip-dialog"); }
    else if (key === "g") { event.preventDefault(); openDialog("guideline-dialog"); }
    else if (key === "d") { event.preventDefault(); toggleDiff(); }
    else if (key === "?") { event.preventDefault(); openDialog("keys-dialog"); }
  });

  function toggleDiff() {
    state.diff = !state.diff;
    $("toggle-diff").setAttribute("aria-pressed", String(state.diff));
    if (state.pair) renderResponses();
  }

  document.addEventListener("focusin", (event) => {
    const fieldset = event.target.closest && event.target.closest("fieldset.score");
    if (fieldset) { state.focus = ROWS.indexOf(fieldset.dataset.row); markFocus(); }
  });
  document.querySelectorAll('fieldset.score input, input[name="flag"]').forEach((input) => input.addEventListener("change", changed));
  $("rationale").addEventListener("input", saveDraft);
  $("submit").addEventListener("click", submit);
  $("skip").addEventListener("click", () => openDialog("skip-dialog"));
  $("show-guideline").addEventListener("click", () => openDialog("guideline-dialog"));
  $("show-keys").addEventListener("click", () => openDialog("keys-dialog"));
  $("toggle-diff").addEventListener("click", toggleDiff);
  $("undo").addEventListener("click", undo);
  $("undo-from-empty").addEventListener("click", undo);
  $("skip-cancel").addEventListener("click", () => $("skip-dialog").close());
  $("skip-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const reason = new FormData(event.target).get("reason");
    $("skip-dialog").close();
    skip(reason);
  });
  setInterval(() => {
    if (!state.pair) return;
    const seconds = Math.floor((Date.now() - state.started) / 1000);
    $("timer").textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  }, 1000);
  window.addEventListener("online", () => { if (state.retryTimer) submit(); });
  loadNext();
})();
