"""The pages' scripts: files under /static/ (no inline script), API paths and strings from the templates."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.template import Context, Template

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"
TEMPLATES = sorted((FRONTEND / "templates").rglob("*.html"))
SCRIPTS = sorted((FRONTEND / "static" / "frontend").glob("*.js"))


@pytest.mark.parametrize("path", TEMPLATES + SCRIPTS, ids=lambda p: p.name)
def test_no_page_or_script_writes_an_api_path_by_hand(path):
    assert "/api/" not in path.read_text(), "take the path from {% url %} or {% api_path %} in the template"


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_templates_load_scripts_as_files_only(path):
    text = path.read_text()
    assert text.count("<script") == text.count("<script src="), "no inline script: the CSP allows only files"


def test_every_script_file_belongs_to_a_page():
    pages = "".join(path.read_text() for path in TEMPLATES)
    assert [script.name for script in SCRIPTS if f"frontend/{script.name}" not in pages] == []


def test_json_data_collects_strings_and_paths_into_one_inert_script_element():
    template = Template(
        '{% load page_data %}{% json_data "page-data" %}\n'
        "  saved Saved & done </script>\n"
        "  roles.user Patient\n"
        '  urls.skip {% api_path "pair-skip" "pair" %}\n'
        '  urls.next {% url "campaign-next" 7 %}\n'
        "{% endjson_data %}"
    )
    html = template.render(Context({}))
    assert html.startswith('<script id="page-data" type="application/json">')
    assert "</script>" not in html[: -len("</script>")]  # the text cannot close the element early
    data = json.loads(html[html.index(">") + 1 : -len("</script>")])
    assert data == {
        "saved": "Saved & done </script>",
        "roles": {"user": "Patient"},
        "urls": {"skip": "/api/v1/pairs/{pair}/skip/", "next": "/api/v1/campaigns/7/next/"},
    }


API_HARNESS = """
const strings = {failed: "refused ({status})", unreachable: "offline"};
globalThis.window = globalThis;
globalThis.document = {cookie: "theme=dark; csrftoken=tok%3D1", getElementById: (id) => ({textContent: JSON.stringify(id === "api-strings" ? strings : {})})};
const sent = [];
globalThis.fetch = async (url, init) => {
  sent.push({url, method: init.method, headers: init.headers, body: init.body});
  const answers = {"/ok/": [201, {id: 7}], "/refused/": [409, {message: "pair 3 is closed"}], "/bare/": [502, null]};
  const [status, body] = answers[url];
  return {status, ok: status < 300, json: async () => { if (body === null) throw new Error("not json"); return body; }};
};
require(process.argv[1]);
(async () => {
  const results = [await medprefApi.request("POST", "/ok/", {a: 1}), await medprefApi.request("GET", "/refused/"), await medprefApi.request("GET", "/bare/")];
  const path = medprefApi.path("/pairs/{pair}/skip/", {pair: "7/x"});
  console.log(JSON.stringify({results, sent, path, format: medprefApi.format("{a} of {b}", {a: 1, b: 2})}));
})();
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_api_js_sends_the_csrf_cookie_and_turns_error_answers_into_messages():
    script = FRONTEND / "static" / "frontend" / "api.js"
    out = json.loads(
        subprocess.run(["node", "-e", API_HARNESS, str(script)], capture_output=True, text=True, check=True).stdout
    )
    ok, refused, bare = out["results"]
    assert (ok["status"], ok["ok"], ok["data"], ok["message"]) == (201, True, {"id": 7}, "")
    assert (refused["ok"], refused["message"]) == (False, "pair 3 is closed")  # the API's own message
    assert bare["message"] == "refused (502)"  # no JSON body: the page's translated fallback
    assert out["sent"][0]["headers"] == {
        "Accept": "application/json",
        "X-CSRFToken": "tok=1",
        "Content-Type": "application/json",
    }
    assert out["sent"][0]["body"] == '{"a":1}' and "Content-Type" not in out["sent"][1]["headers"]
    assert out["path"] == "/pairs/7%2Fx/skip/" and out["format"] == "1 of 2"
