// The arbitration desk: a/b/t/x choose the decision on a pair (o/x on a ranking item: set the order or
// exclude it), r writes the rationale, Ctrl+Enter records it. A ranking item's places are number fields.
(function () {
  "use strict";
  const form = document.getElementById("decide");
  if (!form) return;
  const keys = { a: "a", b: "b", t: "tie", x: "exclude", o: "ranked" };
  function typing(target) {
    return ["TEXTAREA", "SELECT"].includes(target.tagName) || (target.tagName === "INPUT" && ["text", "number"].includes(target.type));
  }
  // A ranking item: "Use this order" copies an annotator's places into the form (then she edits them).
  document.querySelectorAll("button.use-order").forEach((button) => button.addEventListener("click", () => {
    button.dataset.places.split(" ").forEach((place, position) => {
      document.getElementById(`tier-${position}`).value = place;
      document.getElementById(`exclude-${position}`).checked = false;
    });
    form.querySelector('input[name="decision"][value="ranked"]').checked = true;
    document.getElementById("tier-0").focus();
  }));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); return; }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const input = keys[event.key] && form.querySelector(`input[name="decision"][value="${keys[event.key]}"]`);
    if (input) {
      event.preventDefault();
      input.checked = true;
      input.focus();
    } else if (event.key === "r") { event.preventDefault(); document.getElementById("rationale").focus(); }
  });
})();
