// The de-identification review queue: r redacts, k keeps the first span on the page.
(function () {
  "use strict";
  const keys = { r: "redact", k: "keep" };
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || ["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName)) return;
    const form = document.querySelector("form.review-decision");
    if (!form || !keys[event.key]) return;
    event.preventDefault();
    form.requestSubmit(form.querySelector(`button[value="${keys[event.key]}"]`));
  });
})();
