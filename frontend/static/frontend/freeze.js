// The mixture page while a freeze runs on a worker: poll its state, show its stage, reload when it ends.
(function () {
  "use strict";
  const T = medprefApi.data("freeze-data");
  const label = document.getElementById("freeze-state-label");

  async function poll() {
    let answer;
    try {
      answer = await medprefApi.request("GET", T.urls.freeze);
    } catch (e) {
      setTimeout(poll, 4000);
      return;
    }
    if (!answer.ok) { label.textContent = answer.message; return; }
    const freeze = answer.data;
    if (freeze.state === "queued" || freeze.state === "running") {
      label.textContent = freeze.stage ? `${freeze.state} · ${freeze.stage}` : freeze.state;
      setTimeout(poll, 1500);
    } else {
      window.location.reload();
    }
  }
  setTimeout(poll, 1000);
})();
