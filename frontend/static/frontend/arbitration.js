// The arbitration desk: a/b/t/x choose the decision, r writes the rationale, Ctrl+Enter records it.
(function () {
  "use strict";
  const form = document.getElementById("decide");
  if (!form) return;
  const keys = { a: "a", b: "b", t: "tie", x: "exclude" };
  document.addEventListener("keydown", (event) => {
    const typing = ["TEXTAREA", "SELECT"].includes(event.target.tagName);
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); return; }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (keys[event.key]) {
      event.preventDefault();
      const input = form.querySelector(`input[name="decision"][value="${keys[event.key]}"]`);
      input.checked = true;
      input.focus();
    } else if (event.key === "r") { event.preventDefault(); document.getElementById("rationale").focus(); }
  });
})();
