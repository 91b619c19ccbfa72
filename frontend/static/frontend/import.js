// The console's import page: upload with a progress bar, a readable report (encoding, warnings,
// line-exact errors, candidates per item for a ranking campaign), and the column mapping step for
// files whose keys match no known layout. A large file (or one sent with "in the background") is
// imported by a worker: the answer is 202 with the run, polled until it ends, the bar following the
// share of the file read, with a button to cancel.
(function () {
  "use strict";
  const form = document.getElementById("import-form");
  if (!form) return;
  const T = medprefApi.data("import-data");
  const useMapping = document.getElementById("use-mapping");
  const fieldset = document.getElementById("mapping");
  const inputs = Array.from(fieldset.querySelectorAll("input[data-field]"));

  function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function setBar(bar, fraction) {
    const percent = Math.round(100 * Math.max(0, Math.min(1, fraction)));
    bar.querySelector("span").style.width = `${percent}%`;
    bar.setAttribute("aria-valuenow", String(percent));
  }
  function arrows(mapping) { return Object.entries(mapping).map(([field, key]) => `${field} ← ${key}`).join(", "); }

  function currentMapping() {
    const mapping = {};
    inputs.forEach((input) => { if (input.value.trim()) mapping[input.dataset.field] = input.value.trim(); });
    return mapping;
  }

  // The keys the server found become suggestions; a proposal fills the fields and opens the step.
  function offerMapping(report, body) {
    const keys = body.keys || [];
    const list = document.getElementById("file-keys");
    list.replaceChildren(...keys.map((key) => { const option = document.createElement("option"); option.value = key; return option; }));
    const found = document.getElementById("file-keys-found");
    found.textContent = medprefApi.format(T.keysFound, { keys: keys.join(", ") });
    found.hidden = !keys.length;
    const proposal = body.proposed_mapping || {};
    if (!Object.keys(proposal).length) return;
    inputs.forEach((input) => { input.value = proposal[input.dataset.field] || ""; });
    useMapping.checked = true;
    fieldset.hidden = false;
    report.appendChild(el("p", T.mapPrompt, "banner warn"));
    (inputs.find((input) => input.dataset.field === "prompt") || inputs[0]).focus();
  }

  function describe(body) {
    return medprefApi.format(T.readAs, {
      format: body.format,
      encoding: body.encoding ? medprefApi.format(T.encoding, { encoding: body.encoding }) : "",
      sheet: body.sheet ? medprefApi.format(T.sheet, { sheet: body.sheet }) : "",
    });
  }

  function reportSuccess(report, body) {
    const kind = T.kinds[body.kind] || body.kind;
    report.appendChild(el("div", medprefApi.format(T.imported, { ...body, kind }), "banner ok"));
    (body.warnings || []).forEach((warning) => report.appendChild(el("div", warning, "banner warn")));
    if (body.candidates && Object.keys(body.candidates).length) {
      const counts = Object.entries(body.candidates).map(([k, count]) => medprefApi.format(T.candidateCount, { k, count })).join(", ");
      report.appendChild(el("p", medprefApi.format(T.candidates, { counts }), "muted"));
    }
    report.appendChild(el("p", describe(body), "muted"));
    if (Object.keys(body.mapping || {}).length) report.appendChild(el("p", medprefApi.format(T.mapped, { mapping: arrows(body.mapping) }), "muted"));
    const redactions = Object.entries(body.redactions || {}).map(([label, count]) => `${label} ${count}`).join(", ");
    report.appendChild(el("p", medprefApi.format(T.deidentified, { redactions: redactions || T.nothingToReplace }), "muted"));
    (body.notes || []).forEach((note) => report.appendChild(el("p", note, "muted")));
  }

  function reportFailure(report, result) {
    report.appendChild(el("div", result.message, "banner error"));
    const body = result.data || {};
    const errors = body.errors || [];
    if (errors.length) {
      const list = el("ul");
      errors.forEach((error) => list.appendChild(el("li", error.message)));
      report.appendChild(list);
    }
    if (body.errors_note) report.appendChild(el("p", body.errors_note, "muted"));
    if (body.format && body.format !== "unknown") report.appendChild(el("p", describe(body), "muted"));
    offerMapping(report, body);
  }

  useMapping.addEventListener("change", () => { fieldset.hidden = !useMapping.checked; });

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // A background import: the bar follows the bytes the worker has read; the report comes at the end.
  async function follow(run, bar, report) {
    const status = el("p", "", "muted");
    status.id = "import-run-state";
    const cancel = el("button", T.cancel);
    cancel.type = "button";
    cancel.id = "import-cancel";
    cancel.addEventListener("click", async () => {
      cancel.disabled = true;
      await medprefApi.request("POST", run.cancel_url);
    });
    report.replaceChildren(status, cancel);
    for (;;) {
      setBar(bar, run.progress);
      status.textContent = medprefApi.format(T.running, {
        state: T.states[run.state] || run.state,
        rows: run.rows_read.toLocaleString(),
        percent: Math.round(100 * run.progress),
      });
      if (!["queued", "running"].includes(run.state)) break;
      await sleep(1000);
      let answer;
      try { answer = await medprefApi.request("GET", run.url); } catch (e) { continue; }
      if (answer.ok) run = answer.data;
    }
    report.replaceChildren();
    if (run.state === "succeeded") { setBar(bar, 1); reportSuccess(report, run.report); }
    else if (run.report && run.report.errors && run.report.errors.length) reportFailure(report, { message: run.error, data: run.report });
    else report.appendChild(el("div", run.state === "cancelled" ? T.cancelled : medprefApi.format(T.failed, { error: run.error }), "banner error"));
    linkRun(report, run.id);
  }

  // Every import, in the background or not, stays readable later, in the reader's language, on its
  // run's own page (and in the history).
  function linkRun(report, id) {
    const page = el("a", T.runPage);
    page.id = "import-run-page";
    page.href = T.urls.runPage.replace("/0/", `/${id}/`);
    report.appendChild(el("p", "", "muted")).appendChild(page);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const bar = document.getElementById("import-progress");
    const report = document.getElementById("import-report");
    const data = new FormData(form);
    data.delete("save_mapping");
    if (useMapping.checked) {
      const mapping = currentMapping();
      if (!mapping.prompt) { report.replaceChildren(el("div", T.noPrompt, "banner error")); return; }
      data.append("mapping", JSON.stringify(mapping));
      if (document.getElementById("save-mapping").checked) data.append("save_mapping", "true");
    }
    bar.hidden = false;
    setBar(bar, 0);
    report.replaceChildren(el("p", "…", "muted"));
    let result;
    try {
      // The last tenth of the bar is the server's work: parsing, de-identifying, storing.
      const url = document.getElementById("in-background").checked ? `${T.urls.import}?background=true` : T.urls.import;
      result = await medprefApi.upload(url, data, (fraction) => setBar(bar, fraction * 0.9));
    } catch (e) {
      report.replaceChildren(el("div", T.unreachable, "banner error"));
      return;
    }
    if (result.status === 202) { await follow(result.data, bar, report); return; }
    setBar(bar, 1);
    report.replaceChildren();
    if (result.status === 201) reportSuccess(report, result.data);
    else reportFailure(report, result);
    if (result.data && result.data.run) linkRun(report, result.data.run);
  });
})();
