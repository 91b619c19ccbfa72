"""The pages' scripts: files under /static/ (no inline script), API paths and strings from the templates."""
import json
from pathlib import Path

import pytest
from django.template import Context, Template

FRONTEND = Path(__file__).resolve().parent.parent / "frontend"
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
    assert "</script>" not in html[:-len("</script>")]  # the text cannot close the element early
    data = json.loads(html[html.index(">") + 1 : -len("</script>")])
    assert data == {"saved": "Saved & done </script>", "roles": {"user": "Patient"}, "urls": {"skip": "/api/v1/pairs/{pair}/skip/", "next": "/api/v1/campaigns/7/next/"}}
