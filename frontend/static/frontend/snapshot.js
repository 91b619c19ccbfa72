// A snapshot's page: push its dataset folder to the Hugging Face Hub, only when the admin submits the form.
(function () {
  "use strict";
  const page = medprefApi.data("snapshot-data");
  const form = document.getElementById("hub-form");
  const result = document.getElementById("hub-result");
  const button = document.getElementById("hub-submit");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    result.textContent = page.pushing;
    const body = {
      repo_id: form.elements.repo_id.value,
      token: form.elements.token.value,
      license: form.elements.license.value,
      private: form.elements.private.checked,
    };
    try {
      const answer = await medprefApi.request("POST", page.urls.hub, body);
      if (answer.ok) {
        result.textContent = `${page.pushed} `;
        const link = document.createElement("a");
        link.href = answer.data.url;
        link.textContent = answer.data.url;
        link.rel = "noopener";
        result.appendChild(link);
        form.elements.token.value = "";
      } else {
        result.textContent = answer.message;
      }
    } catch (error) {
      result.textContent = medprefApi.unreachable;
    } finally {
      button.disabled = false;
    }
  });
})();
