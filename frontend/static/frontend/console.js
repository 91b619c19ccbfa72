// Admin console: file import with an upload progress bar and a readable report, and the live
// training job page (progress, curves, log, cancel), both through the JSON API.
(function () {
  "use strict";
  function csrf() { const m = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/); return m ? decodeURIComponent(m[1]) : ""; }
  function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function setBar(bar, fraction) {
    const percent = Math.round(100 * Math.max(0, Math.min(1, fraction)));
    bar.querySelector("span").style.width = `${percent}%`;
    bar.setAttribute("aria-valuenow", String(percent));
  }

  // --- import -------------------------------------------------------------------------------
  const form = document.getElementById("import-form");
  if (form) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const bar = document.getElementById("import-progress");
      const report = document.getElementById("import-report");
      const data = new FormData(form);
      const xhr = new XMLHttpRequest();
      bar.hidden = false; setBar(bar, 0); report.replaceChildren(el("p", "…", "muted"));
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) setBar(bar, e.loaded / e.total * 0.9); };
      xhr.onload = () => {
        setBar(bar, 1);
        let body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = { message: xhr.statusText }; }
        report.replaceChildren();
        if (xhr.status === 201) {
          const ok = el("div", `Imported ${body.created} ${body.kind} (${body.format}); ${body.skipped} already there.`, "banner ok");
          report.appendChild(ok);
          const redactions = Object.entries(body.redactions || {}).map(([k, v]) => `${k} ${v}`).join(", ");
          report.appendChild(el("p", `De-identified: ${redactions || "nothing to replace"}.`, "muted"));
          (body.notes || []).forEach((note) => report.appendChild(el("p", note, "muted")));
        } else {
          report.appendChild(el("div", body.message || `Import failed (${xhr.status}).`, "banner error"));
          if (body.errors && body.errors.length) {
            const list = el("ul");
            body.errors.forEach((error) => list.appendChild(el("li", error.message)));
            report.appendChild(list);
            if (body.errors_note) report.appendChild(el("p", body.errors_note, "muted"));
          }
        }
      };
      xhr.onerror = () => { report.replaceChildren(el("div", "The server could not be reached; nothing was imported.", "banner error")); };
      xhr.open("POST", form.dataset.url);
      xhr.setRequestHeader("X-CSRFToken", csrf());
      xhr.setRequestHeader("Accept", "application/json");
      xhr.send(data);
    });
  }

  // --- live job -----------------------------------------------------------------------------
  const jobConfig = document.getElementById("job-config");
  if (!jobConfig) return;
  const cfg = JSON.parse(jobConfig.textContent);
  const SVGNS = "http://www.w3.org/2000/svg";
  let lastStep = 0;
  const curves = {};

  function draw(svg, series) {
    svg.replaceChildren();
    const all = series.flatMap((s) => s.points);
    if (!all.length) { const t = document.createElementNS(SVGNS, "text"); t.setAttribute("x", "280"); t.setAttribute("y", "110"); t.setAttribute("text-anchor", "middle"); t.textContent = "waiting for the first metrics…"; svg.appendChild(t); return; }
    const xs = all.map((p) => p[0]), ys = all.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs, x0 + 1), y0 = Math.min(0, ...ys), y1 = Math.max(...ys, y0 + 1e-6);
    const X = (x) => 48 + (x - x0) / (x1 - x0) * 500, Y = (y) => 184 - (y - y0) / (y1 - y0) * 170;
    for (const [value, label] of [[y0, y0.toFixed(2)], [y1, y1.toFixed(2)]]) {
      const t = document.createElementNS(SVGNS, "text"); t.setAttribute("x", "42"); t.setAttribute("y", String(Y(value) + 4)); t.setAttribute("text-anchor", "end"); t.textContent = label; svg.appendChild(t);
    }
    const axis = document.createElementNS(SVGNS, "text"); axis.setAttribute("x", "548"); axis.setAttribute("y", "206"); axis.setAttribute("text-anchor", "end"); axis.textContent = `step ${x1}`; svg.appendChild(axis);
    for (const s of series) {
      if (!s.points.length) continue;
      const line = document.createElementNS(SVGNS, "polyline");
      line.setAttribute("class", s.cls);
      line.setAttribute("points", s.points.map((p) => `${X(p[0]).toFixed(1)},${Y(p[1]).toFixed(1)}`).join(" "));
      svg.appendChild(line);
    }
  }

  async function refresh() {
    let job;
    try {
      const response = await fetch(`/api/v1/jobs/${cfg.job}/`, { credentials: "same-origin", headers: { Accept: "application/json" } });
      job = await response.json();
      const metrics = await (await fetch(`/api/v1/jobs/${cfg.job}/metrics/?after_step=${lastStep}`, { credentials: "same-origin" })).json();
      for (const [name, points] of Object.entries(metrics.curves)) {
        curves[name] = (curves[name] || []).concat(points);
        lastStep = Math.max(lastStep, ...points.map((p) => p[0]));
      }
    } catch (e) {
      document.getElementById("job-summary").textContent = "The server could not be reached; retrying…";
      setTimeout(refresh, 4000);
      return;
    }
    document.getElementById("job-state").textContent = job.state;
    setBar(document.getElementById("job-progress"), job.max_steps ? job.progress_step / job.max_steps : 0);
    const latest = job.latest_metrics || {};
    const parts = [`step ${job.progress_step}/${job.max_steps || "?"}`];
    if (latest.loss) parts.push(`loss ${latest.loss.value.toFixed(4)}`);
    if (latest["rewards/accuracies"]) parts.push(`reward accuracy ${latest["rewards/accuracies"].value.toFixed(2)}`);
    if (job.device) parts.push(job.device);
    if (job.output_version) parts.push(`new version #${job.output_version}`);
    document.getElementById("job-summary").textContent = parts.join(" · ");
    document.getElementById("job-error").textContent = job.error || "";
    document.getElementById("job-log").textContent = job.log_tail || "";
    draw(document.getElementById("chart-loss"), [{ points: curves.loss || [], cls: "line" }]);
    draw(document.getElementById("chart-rewards"), [{ points: curves["rewards/accuracies"] || [], cls: "line" }, { points: curves["rewards/margins"] || [], cls: "line2" }]);
    const cancel = document.getElementById("cancel");
    cancel.hidden = !(job.state === "queued" || job.state === "running");
    if (job.state === "queued" || job.state === "running") setTimeout(refresh, 2000);
  }

  document.getElementById("cancel").addEventListener("click", async () => {
    await fetch(`/api/v1/jobs/${cfg.job}/cancel/`, { method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": cfg.csrf, Accept: "application/json" } });
    refresh();
  });
  refresh();
})();
