// The physician workspace's engine, shared by pairs (workspace.js) and rankings (ranking_workspace.js):
// one item at a time, keyboard first, never loses work. Talks to the JSON API through api.js;
// submissions are idempotent by client_id, so a retry after a network error or a server restart can
// never record the scores twice.
//
// Score rows are radio groups named `<prefix>-<dimension>` (prefix: "left"/"right" for pairs, "p<position>"
// for ranking candidates), in the order the keys walk them. A kind (pairs or rankings) says how to show
// an item and how its scores travel:
//   show(item) -> the row names in order, after drawing the answers (and their score rows);
//   verdict() -> refresh the live preview; payload(item) -> its fields of the submit body;
//   filled(data) -> {row: value} of her submitted scores (undo); key(key) -> true when it handled it.
(function (root) {
  "use strict";
  const DIMENSIONS = medprefRules.DIMENSIONS;
  const $ = (id) => document.getElementById(id);

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

  function rowValue(row) {
    const checked = document.querySelector(`input[name="${row}"]:checked`);
    return checked ? Number(checked.value) : null;
  }
  // {safety, professionalism, fluency} of one answer's rows (null where not scored yet).
  function scoresOf(prefix) {
    const scores = {};
    for (const d of DIMENSIONS) scores[d] = rowValue(`${prefix}-${d}`);
    return scores;
  }
  function complete(scores) { return DIMENSIONS.every((d) => scores[d] !== null); }

  function start(kind) {
    const T = medprefApi.data("workspace-data");
    const api = medprefApi.request;
    // `revising`: the item on screen is the one she submitted last, reopened with `u` (see loadLast).
    const state = { pair: null, rows: [], focus: 0, clientId: null, started: Date.now(), saving: false, retryTimer: null, revising: false };

    // --- scores -----------------------------------------------------------------------------
    function focusRow(index) {
      state.focus = Math.max(0, Math.min(state.rows.length - 1, index));
      const row = state.rows[state.focus];
      const target = document.querySelector(`input[name="${row}"]:checked`) || document.querySelector(`input[name="${row}"]`);
      target.focus();
      markFocus();
    }
    function markFocus() {
      document.querySelectorAll("fieldset.score").forEach((f) => f.classList.toggle("focused", f.dataset.row === state.rows[state.focus]));
    }
    function setScore(value) {
      const input = document.querySelector(`input[name="${state.rows[state.focus]}"][value="${value}"]`);
      input.checked = true;
      changed();
      if (state.focus < state.rows.length - 1) focusRow(state.focus + 1);
      else $("submit").focus();
    }
    // h / l: the same dimension of the previous / next answer (left / right for a pair).
    function focusAnswer(step) {
      const per = DIMENSIONS.length, answers = state.rows.length / per;
      const answer = Math.max(0, Math.min(answers - 1, Math.floor(state.focus / per) + step));
      focusRow(answer * per + (state.focus % per));
    }
    function changed() {
      kind.verdict();
      saveDraft();
    }
    function flags() { return [...document.querySelectorAll('input[name="flag"]:checked')].map((f) => f.value); }
    function setFlags(list) { document.querySelectorAll('input[name="flag"]').forEach((f) => { f.checked = (list || []).includes(f.value); }); }
    function check(rows) {
      for (const [row, value] of Object.entries(rows)) {
        const input = value === null ? null : document.querySelector(`input[name="${row}"][value="${value}"]`);
        if (input) input.checked = true;
      }
    }

    // --- drafts: scores survive reloads, restarts and failed submits --------------------------
    function draftKey() { return `medpref-draft-${state.pair.pair_id}`; }
    function saveDraft() {
      // A reopened item is already saved on the server; its edits are not a draft to restore later.
      if (!state.pair || state.revising) return;
      const rows = {};
      for (const row of state.rows) rows[row] = rowValue(row);
      localStorage.setItem(draftKey(), JSON.stringify({ rows, rationale: $("rationale").value, flags: flags(), clientId: state.clientId, started: state.started }));
    }
    function restoreDraft() {
      const raw = localStorage.getItem(draftKey());
      if (!raw) return false;
      const draft = JSON.parse(raw);
      check(draft.rows);
      $("rationale").value = draft.rationale || "";
      setFlags(draft.flags);
      state.clientId = draft.clientId;
      state.started = draft.started || Date.now();
      return true;
    }

    // --- rendering --------------------------------------------------------------------------
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
    function resetForm() {
      document.querySelectorAll('fieldset.score input[type="radio"]').forEach((r) => { r.checked = false; });
      setFlags([]);
      $("rationale").value = "";
    }
    function show(item) {
      state.pair = item;
      state.started = Date.now();
      resetForm();
      state.rows = kind.show(item);
      renderConversation(item.prompt);
    }
    function reveal() {
      $("empty").hidden = true;
      $("work").hidden = false;
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
      show(result.data);
      state.clientId = uuid();
      const restored = restoreDraft();
      reveal();
      say(restored ? "warn" : "", restored ? T.draftRestored : "");
      kind.verdict();
      const firstEmpty = state.rows.findIndex((row) => rowValue(row) === null);
      focusRow(firstEmpty === -1 ? 0 : firstEmpty);
      refreshProgress();
    }

    // --- undo: reopen the item she submitted last, revise it, then carry on --------------------
    function setRevising(on) {
      state.revising = on;
      $("undo-label").textContent = on ? T.backToNext : T.undo;
      $("skip").disabled = on;
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
      show(result.data);
      state.clientId = uuid();  // a new client_id: the API revises, keeping the earlier version
      check(kind.filled(result.data));
      $("rationale").value = result.data.annotation.rationale || "";
      setFlags(result.data.annotation.flags);
      reveal();
      kind.verdict();
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

    // --- submit and skip --------------------------------------------------------------------
    async function submit() {
      if (!state.pair || state.saving) return;
      clearTimeout(state.retryTimer);
      const missing = state.rows.findIndex((row) => rowValue(row) === null);
      if (missing !== -1) { say("error", T.scoreAll); focusRow(missing); return; }
      state.saving = true;
      $("submit").disabled = true;
      saveDraft();
      const body = {
        client_id: state.clientId,
        rationale: $("rationale").value,
        flags: flags(),
        seconds_spent: Math.round((Date.now() - state.started) / 100) / 10,
        ...kind.payload(state.pair),
      };
      let result;
      try {
        result = await api("POST", medprefApi.path(T.urls.annotate, { pair: state.pair.pair_id }), body);
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

    // --- keyboard ---------------------------------------------------------------------------
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
      if (key === "u") { event.preventDefault(); undo(); return; }  // also from "nothing left": her last item may still be open
      if (!state.pair) return;
      if (/^[1-5]$/.test(key)) { event.preventDefault(); setScore(Number(key)); }
      else if (key === "j") { event.preventDefault(); focusRow(state.focus + 1); }
      else if (key === "k") { event.preventDefault(); focusRow(state.focus - 1); }
      else if (key === "h") { event.preventDefault(); focusAnswer(-1); }
      else if (key === "l") { event.preventDefault(); focusAnswer(1); }
      else if (key === "r") { event.preventDefault(); $("rationale").focus(); }
      else if (key === "s") { event.preventDefault(); if (!state.revising) openDialog("skip-dialog"); }
      else if (key === "g") { event.preventDefault(); openDialog("guideline-dialog"); }
      else if (key === "?") { event.preventDefault(); openDialog("keys-dialog"); }
      else if (kind.key && kind.key(key)) event.preventDefault();
    });

    document.addEventListener("focusin", (event) => {
      const fieldset = event.target.closest && event.target.closest("fieldset.score");
      if (fieldset) { state.focus = state.rows.indexOf(fieldset.dataset.row); markFocus(); }
    });
    // Delegated: a ranking draws its score rows for each item.
    document.addEventListener("change", (event) => { if (event.target.matches('fieldset.score input, input[name="flag"]')) changed(); });
    $("rationale").addEventListener("input", saveDraft);
    $("submit").addEventListener("click", submit);
    $("skip").addEventListener("click", () => openDialog("skip-dialog"));
    $("show-guideline").addEventListener("click", () => openDialog("guideline-dialog"));
    $("show-keys").addEventListener("click", () => openDialog("keys-dialog"));
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
    return { state };
  }

  root.medprefWorkspace = { start, say, rowValue, scoresOf, complete, DIMENSIONS };
})(window);
