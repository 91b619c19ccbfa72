// The pair browser's list: a changed menu applies the filters at once, `/` jumps to the search box.
(function () {
  "use strict";
  const form = document.getElementById("pair-filters");
  if (!form) return;
  form.querySelectorAll("select").forEach((menu) => menu.addEventListener("change", () => form.requestSubmit()));
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      document.getElementById("f-q").focus();
    }
  });
})();
