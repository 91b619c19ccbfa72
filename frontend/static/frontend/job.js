// The console's live training job page: progress, loss and reward curves, the log tail, cancel.
(function () {
  "use strict";
  const T = medprefApi.data("job-data");
  const SVGNS = "http://www.w3.org/2000/svg";
  const $ = (id) => document.getElementById(id);
  let lastStep = 0;
  const curves = {};

  function setBar(bar, fraction) {
    const percent = Math.round(100 * Math.max(0, Math.min(1, fraction)));
    bar.querySelector("span").style.width = `${percent}%`;
    bar.setAttribute("aria-valuenow", String(percent));
  }
  function svgText(svg, x, y, anchor, text) {
    const t = document.createElementNS(SVGNS, "text");
    t.setAttribute("x", String(x)); t.setAttribute("y", String(y)); t.setAttribute("text-anchor", anchor);
    t.textContent = text;
    svg.appendChild(t);
  }

  function draw(svg, series) {
    svg.replaceChildren();
    const all = series.flatMap((s) => s.points);
    if (!all.length) { svgText(svg, 280, 110, "middle", T.waitingForMetrics); return; }
    const xs = all.map((p) => p[0]), ys = all.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs, x0 + 1), y0 = Math.min(0, ...ys), y1 = Math.max(...ys, y0 + 1e-6);
    const X = (x) => 48 + (x - x0) / (x1 - x0) * 500, Y = (y) => 184 - (y - y0) / (y1 - y0) * 170;
    for (const value of [y0, y1]) svgText(svg, 42, Y(value) + 4, "end", value.toFixed(2));
    svgText(svg, 548, 206, "end", medprefApi.format(T.axisStep, { step: x1 }));
    for (const s of series) {
      if (!s.points.length) continue;
      const line = document.createElementNS(SVGNS, "polyline");
      line.setAttribute("class", s.cls);
      line.setAttribute("points", s.points.map((p) => `${X(p[0]).toFixed(1)},${Y(p[1]).toFixed(1)}`).join(" "));
      svg.appendChild(line);
    }
  }

  function summary(job) {
    const latest = job.latest_metrics || {};
    const parts = [medprefApi.format(T.step, { step: job.progress_step, max: job.max_steps || "?" })];
    if (latest.loss) parts.push(medprefApi.format(T.loss, { value: latest.loss.value.toFixed(4) }));
    if (latest["rewards/accuracies"]) parts.push(medprefApi.format(T.rewardAccuracy, { value: latest["rewards/accuracies"].value.toFixed(2) }));
    if (job.device) parts.push(job.device);
    if (job.output_version) parts.push(medprefApi.format(T.newVersion, { id: job.output_version }));
    return parts.join(" · ");
  }

  async function refresh() {
    let answers;
    try {
      answers = [await medprefApi.request("GET", T.urls.job), await medprefApi.request("GET", `${T.urls.metrics}?after_step=${lastStep}`)];
    } catch (e) {
      $("job-summary").textContent = T.retrying;
      setTimeout(refresh, 4000);
      return;
    }
    const refused = answers.find((answer) => !answer.ok);
    if (refused) { $("job-error").textContent = refused.message; return; }
    const [job, metrics] = answers.map((answer) => answer.data);
    for (const [name, points] of Object.entries(metrics.curves)) {
      curves[name] = (curves[name] || []).concat(points);
      lastStep = Math.max(lastStep, ...points.map((p) => p[0]));
    }
    const running = job.state === "queued" || job.state === "running";
    // A job waiting for its mixture's freeze shows the freeze's rows read in place of training steps.
    const freeze = job.freeze || {};
    $("job-state").textContent = job.waiting ? T.waitingForFreeze : job.state;
    if (job.waiting) setBar($("job-progress"), freeze.rows_total ? freeze.rows_done / freeze.rows_total : 0);
    else setBar($("job-progress"), job.max_steps ? job.progress_step / job.max_steps : 0);
    $("job-summary").textContent = job.waiting ? job.stage : summary(job);
    if ($("job-frozen-version") && job.mixture_snapshot_name) {
      $("job-frozen-version").textContent = medprefApi.format(T.frozenVersion, { name: job.mixture_snapshot_name });
    }
    $("job-error").textContent = job.error || "";
    $("job-log").textContent = job.log_tail || "";
    draw($("chart-loss"), [{ points: curves.loss || [], cls: "line" }]);
    draw($("chart-rewards"), [{ points: curves["rewards/accuracies"] || [], cls: "line" }, { points: curves["rewards/margins"] || [], cls: "line2" }]);
    $("cancel").hidden = !running;
    if (running) setTimeout(refresh, 2000);
  }

  $("cancel").addEventListener("click", async () => {
    const result = await medprefApi.request("POST", T.urls.cancel);
    if (!result.ok) $("job-error").textContent = result.message;
    refresh();
  });
  refresh();
})();
