"""What a page's script needs from the template: its translated strings and the API paths it calls.

The template is the one place that knows both the language of the request (`{% translate %}`) and
the routes (`{% url %}`), so the scripts under static/ hold no English and no hard-coded URL:

    {% json_data "workspace-data" %}
      saved {% translate "Saved." %}
      urls.next {% url "campaign-next" campaign.pk %}
      urls.skip {% api_path "pair-skip" "pair" %}
    {% endjson_data %}

renders one `<script type="application/json" id="workspace-data">` (Django's `json_script`: inert
under the CSP, escaped against `</script>`), read with `medprefApi.data("workspace-data")`.
"""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.html import json_script

register = template.Library()

# Stand-ins for the ids a path takes, swapped for `{name}` once reversed: `int` routes refuse letters.
_FIRST_PLACEHOLDER_ID = 987_654_321


@register.simple_tag
def api_path(route: str, *placeholders: str) -> str:
    """`{% api_path "pair-skip" "pair" %}` -> "/api/v1/pairs/{pair}/skip/", for `medprefApi.path` to fill in."""
    stand_ins = [_FIRST_PLACEHOLDER_ID + index for index in range(len(placeholders))]
    path = reverse(route, args=stand_ins)
    for stand_in, name in zip(stand_ins, placeholders):
        path = path.replace(str(stand_in), "{%s}" % name)
    return path


class JsonDataNode(template.Node):
    def __init__(self, element_id: str, nodelist: template.NodeList):
        self.element_id = element_id
        self.nodelist = nodelist

    def render(self, context: template.Context) -> str:
        # Unescaped while collecting (as `{% autoescape off %}` would): the script sets textContent,
        # and json_script escapes what matters inside a <script> element.
        autoescape, context.autoescape = context.autoescape, False
        try:
            text = self.nodelist.render(context)
        finally:
            context.autoescape = autoescape
        return json_script(parse_lines(text), self.element_id)


def parse_lines(text: str) -> dict:
    """One `key value` per line; a dotted key (`roles.user Patient`) nests; blank lines are skipped."""
    data: dict = {}
    for line in text.splitlines():
        key, _space, value = line.strip().partition(" ")
        if not key:
            continue
        *parents, leaf = key.split(".")
        target = data
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value.strip()
    return data


@register.tag
def json_data(parser: template.base.Parser, token: template.base.Token) -> JsonDataNode:
    """`{% json_data "element-id" %} key value lines {% endjson_data %}`: see the module docstring."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('json_data takes one quoted element id: {% json_data "page-data" %}')
    nodelist = parser.parse(("endjson_data",))
    parser.delete_first_token()
    return JsonDataNode(bits[1][1:-1], nodelist)
