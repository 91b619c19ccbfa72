// Playground: a multi-turn chat with one model version. Posting the conversation queues the question
// for a GPU worker (202 with the turn); the turn is polled until it is answered.
(function () {
  "use strict";
  if (!document.getElementById("playground-data")) return;  // no version on offer: no chat
  const T = medprefApi.data("playground-data");
  const chat = document.getElementById("pg-chat"), input = document.getElementById("pg-input");
  const status = document.getElementById("pg-status");
  const POLL_MS = 700, MAX_POLL_FAILURES = 20;
  let messages = [];
  function show(role, text, cls) {
    const div = document.createElement("div");
    div.className = `turn ${cls || role}`;
    const label = document.createElement("span");
    label.className = "role";
    label.textContent = role === "user" ? T.you : T.model;
    div.append(label, document.createTextNode(text));
    chat.appendChild(div);
  }
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // The turn once it has ended (succeeded or failed); network hiccups are retried.
  async function answered(turn) {
    let failures = 0;
    while (turn.state === "queued" || turn.state === "running") {
      status.textContent = turn.state === "queued" ? T.waiting : T.writing;
      await pause(POLL_MS);
      try {
        const polled = await medprefApi.request("GET", medprefApi.path(T.urls.turn, { turn: turn.id }));
        if (!polled.ok) return { state: "failed", error: polled.message };
        turn = polled.data;
        failures = 0;
      } catch (e) {
        if (++failures >= MAX_POLL_FAILURES) return { state: "failed", error: T.network };
      }
    }
    return turn;
  }
  async function send(event) {
    if (event) event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    messages.push({ role: "user", content: text });
    show("user", text);
    input.value = "";
    const button = document.getElementById("pg-send");
    button.disabled = true;
    try {
      const asked = await medprefApi.request("POST", T.urls.ask, { model_version: Number(document.getElementById("pg-version").value), messages });
      const turn = asked.ok ? await answered(asked.data) : { state: "failed", error: asked.message };
      if (turn.state === "succeeded") { messages.push({ role: "assistant", content: turn.reply }); show("assistant", turn.reply || "…"); }
      else { messages.pop(); show("assistant", medprefApi.format(T.failed, { reason: turn.error || turn.state }), "assistant unsafe"); }
    } catch (e) {
      messages.pop();
      show("assistant", medprefApi.format(T.failed, { reason: T.network }), "assistant unsafe");
    } finally { status.textContent = ""; button.disabled = false; input.focus(); }
  }
  document.getElementById("pg-form").addEventListener("submit", send);
  input.addEventListener("keydown", (event) => { if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) send(event); });
  document.getElementById("pg-reset").addEventListener("click", () => { messages = []; chat.replaceChildren(); input.focus(); });
})();
