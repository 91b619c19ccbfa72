// The webhooks page: copy the secret shown once, and ask before a new secret or a deletion.
(function () {
  "use strict";
  const copy = document.getElementById("copy-secret");
  if (copy) {
    copy.addEventListener("click", () => {
      const secret = document.getElementById("secret-value").textContent.trim();
      navigator.clipboard.writeText(secret).then(() => {
        copy.textContent = copy.dataset.copied;
      });
    });
  }
  for (const form of document.querySelectorAll("form.confirm")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }
})();
