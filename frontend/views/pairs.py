"""The pair browser (admins; experts for the pairs they may see in full): search and filter pairs,
open one with its whole history. Filters are read by the API's query serializer and applied by
the same selector as `GET /api/v1/pairs/`, so the page and the API find the same pairs."""

from __future__ import annotations

import json

from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from annotation.api.pairs import BrowseQuery, browse_filters
from annotation.models import Annotation, User
from annotation.selectors import pair_search
from annotation.selectors import pairs as browser
from annotation.selectors.visibility import filterable_states, visible_campaigns
from frontend.views.annotate import FLAGS
from frontend.views.forms import refusals_as_messages
from medpref.core.roles import expert_page, is_admin

PAGE_SIZE = 50
PREVIEW_CHARS = 160


@expert_page
def pairs(request: HttpRequest) -> HttpResponse:
    filters, page, rows = browser.PairFilters(), None, []
    with refusals_as_messages(request):
        filters = browse_filters(request.GET)
        found = browser.browse_search(
            request.user, filters, related=("campaign__evaluation",), cursor=request.GET.get("cursor", "")
        )
        page = pair_search.SearchPaginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
        rows = [(pair, preview(pair.prompt.messages)) for pair in page.object_list]
    query = QueryDict(mutable=True)
    query.update({key: request.GET[key] for key in BrowseQuery().fields if request.GET.get(key)})
    context = {
        "page": page,
        # A text search that stopped at its time limit: what it found, and a link that searches further.
        "stopped": page.paginator.stopped_note() if page is not None else "",
        "rows": rows,
        "filters": filters,
        "form": {key: request.GET.get(key, "") for key in BrowseQuery().fields},
        "filter_query": query.urlencode(),
        "campaigns": visible_campaigns(request.user).select_related("evaluation").order_by("name"),
        "states": filterable_states(request.user),
        # Whoever has annotated anything (an index probe per user, not a scan of the annotations).
        "annotators": User.objects.filter(Exists(Annotation.objects.filter(annotator=OuterRef("pk"))))
        .order_by("username")
        .only("username"),
        "flags": [(flag, _(label)) for flag, label in FLAGS],
        "any_flag": browser.ANY_FLAG,
        "sees_gold": is_admin(request.user),
    }
    return render(request, "frontend/console/pairs.html", context)


def preview(messages: list[dict]) -> str:
    """The patient's last message, shortened: what a reader recognises a pair by."""
    said = [m.get("content", "") for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    text = " ".join((said[-1] if said else "").split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


@expert_page
def pair(request: HttpRequest, pair_id: int) -> HttpResponse:
    found = get_object_or_404(browser.history_pairs(request.user).select_related("campaign__evaluation"), pk=pair_id)
    history = browser.pair_history(request.user, found)
    context = {
        "pair": found,
        "history": history,
        "annotations": [
            (annotation, None if annotation.a_on_left is None else ("A" if annotation.a_on_left else "B"))
            for annotation in history.annotations
        ],
        "provenance": {
            "a": pretty(found.response_a.provenance),
            "b": pretty(found.response_b.provenance),
            "prompt_meta": pretty(found.prompt.meta),
            "pair_meta": pretty(found.meta),
        }
        if history.provenance
        else None,
    }
    return render(request, "frontend/console/pair.html", context)


def pretty(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) if value else ""
