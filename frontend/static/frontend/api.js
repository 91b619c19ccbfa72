// The one way the pages call the JSON API: same-origin fetch with Django's CSRF token read from its
// cookie, JSON in and out, and an error answer's `message` (the API's error shape) ready to show.
// Pages get their strings and API paths from json_script elements their templates write
// (frontend/templatetags/page_data.py), so no script holds English or a hard-coded URL.
(function (root) {
  "use strict";

  function data(id) { return JSON.parse(document.getElementById(id).textContent); }
  const strings = data("api-strings");

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  // format("{today} done today", {today: 3}) -> "3 done today": translations keep named slots.
  function format(text, values, encode) {
    return text.replace(/\{(\w+)\}/g, (whole, name) => {
      if (!(name in values)) throw new Error(`no value for ${whole} in ${text}`);
      return encode ? encodeURIComponent(values[name]) : String(values[name]);
    });
  }

  // path("/pairs/{pair}/skip/", {pair: 7}) -> "/pairs/7/skip/"
  function path(template, values) { return format(template, values, true); }

  function answer(status, body) {
    const ok = status >= 200 && status < 300;
    const message = ok ? "" : (body && typeof body.message === "string" && body.message) || format(strings.failed, { status });
    return { status, ok, data: body, message };
  }

  // Resolves to {status, ok, data, message} for every HTTP answer; rejects only when the server
  // could not be reached, so each page decides whether to retry.
  async function request(method, url, body) {
    const headers = { Accept: "application/json", "X-CSRFToken": csrfToken() };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, { method, credentials: "same-origin", headers, body: body === undefined ? undefined : JSON.stringify(body) });
    let parsed = null;
    if (response.status !== 204) { try { parsed = await response.json(); } catch (e) { parsed = null; } }
    return answer(response.status, parsed);
  }

  // A multipart upload that reports its progress (fetch cannot): same headers, same answer.
  function upload(url, formData, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.upload.onprogress = (event) => { if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total); };
      xhr.onload = () => {
        let parsed = null;
        try { parsed = JSON.parse(xhr.responseText); } catch (e) { parsed = null; }
        resolve(answer(xhr.status, parsed));
      };
      xhr.onerror = () => reject(new TypeError(strings.unreachable));
      xhr.open("POST", url);
      xhr.setRequestHeader("X-CSRFToken", csrfToken());
      xhr.setRequestHeader("Accept", "application/json");
      xhr.send(formData);
    });
  }

  root.medprefApi = { data, format, path, request, upload, unreachable: strings.unreachable };
})(window);
