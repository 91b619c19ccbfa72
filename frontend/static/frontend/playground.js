// Playground: a multi-turn chat with one model version through POST /api/v1/playground/.
(function () {
  "use strict";
  const configNode = document.getElementById("playground-config");
  if (!configNode) return;
  const cfg = JSON.parse(configNode.textContent);
  const chat = document.getElementById("pg-chat"), input = document.getElementById("pg-input");
  let messages = [];
  function show(role, text, cls) {
    const div = document.createElement("div");
    div.className = `turn ${cls || role}`;
    const label = document.createElement("span");
    label.className = "role";
    label.textContent = role === "user" ? cfg.strings.you : cfg.strings.model;
    div.append(label, document.createTextNode(text));
    chat.appendChild(div);
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
      const response = await fetch("/api/v1/playground/", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": cfg.csrf, Accept: "application/json" },
        body: JSON.stringify({ model_version: Number(document.getElementById("pg-version").value), messages }),
      });
      const data = await response.json();
      if (response.ok) { messages.push({ role: "assistant", content: data.reply }); show("assistant", data.reply || "…"); }
      else { messages.pop(); show("assistant", cfg.strings.failed.replace("%s", data.message || response.status), "assistant unsafe"); }
    } catch (e) {
      messages.pop();
      show("assistant", cfg.strings.failed.replace("%s", "network"), "assistant unsafe");
    } finally { button.disabled = false; input.focus(); }
  }
  document.getElementById("pg-form").addEventListener("submit", send);
  input.addEventListener("keydown", (event) => { if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) send(event); });
  document.getElementById("pg-reset").addEventListener("click", () => { messages = []; chat.replaceChildren(); input.focus(); });
})();
