// The console's campaign page: a file import with an upload progress bar and a readable report,
// a confirmation before the steps that cannot be undone (closing, removing a member), and the
// snapshot form's DPO pair mode, enabled for DPO only.
(function () {
  "use strict";
  const T = medprefApi.data("campaign-data");

  document.querySelectorAll("button[data-confirm]").forEach((button) => {
    button.addEventListener("click", (event) => {
      if (!window.confirm(T.confirm[button.dataset.confirm])) event.preventDefault();
    });
  });

  // The DPO pair mode of a rankings campaign's snapshot only means something for DPO rows.
  const snapshotKind = document.getElementById("snap-kind");
  const pairMode = document.getElementById("snap-ranking-pairs");
  if (snapshotKind && pairMode) {
    const follow = () => { pairMode.disabled = snapshotKind.value !== "dpo"; };
    snapshotKind.addEventListener("change", follow);
    follow();
  }

  const form = document.getElementById("import-form");
  if (!form) return;

  function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function setBar(bar, fraction) {
    const percent = Math.round(100 * Math.max(0, Math.min(1, fraction)));
    bar.querySelector("span").style.width = `${percent}%`;
    bar.setAttribute("aria-valuenow", String(percent));
  }

  function reportSuccess(report, body) {
    const kind = T.kinds[body.kind] || body.kind;
    report.appendChild(el("div", medprefApi.format(T.imported, { ...body, kind }), "banner ok"));
    const redactions = Object.entries(body.redactions || {}).map(([label, count]) => `${label} ${count}`).join(", ");
    report.appendChild(el("p", medprefApi.format(T.deidentified, { redactions: redactions || T.nothingToReplace }), "muted"));
    (body.notes || []).forEach((note) => report.appendChild(el("p", note, "muted")));
  }

  function reportFailure(report, result) {
    report.appendChild(el("div", result.message, "banner error"));
    const errors = (result.data && result.data.errors) || [];
    if (!errors.length) return;
    const list = el("ul");
    errors.forEach((error) => list.appendChild(el("li", error.message)));
    report.appendChild(list);
    if (result.data.errors_note) report.appendChild(el("p", result.data.errors_note, "muted"));
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const bar = document.getElementById("import-progress");
    const report = document.getElementById("import-report");
    bar.hidden = false;
    setBar(bar, 0);
    report.replaceChildren(el("p", "…", "muted"));
    let result;
    try {
      // The last tenth of the bar is the server's work: parsing, de-identifying, storing.
      result = await medprefApi.upload(T.urls.import, new FormData(form), (fraction) => setBar(bar, fraction * 0.9));
    } catch (e) {
      report.replaceChildren(el("div", T.unreachable, "banner error"));
      return;
    }
    setBar(bar, 1);
    report.replaceChildren();
    if (result.status === 201) reportSuccess(report, result.data);
    else reportFailure(report, result);
  });
})();
