"""Experts: the arbitration queue and the desk where a disputed pair (PROTOCOL §4) or ranking item (§10) is decided."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from rest_framework.exceptions import ValidationError

from annotation import ranking, rules
from annotation.api.serializers import ArbitrationInput
from annotation.models import CampaignKind, Candidate
from annotation.selectors import arbitration as desk
from annotation.selectors.visibility import sees_all_annotations, visible_annotations, visible_campaigns, visible_pairs
from annotation.services import arbitration
from frontend.views.annotate import dimension_texts
from frontend.views.forms import refusals_as_messages
from medpref.core.api import id_from_query, validated
from medpref.core.roles import expert_page

DESK_FIELDS = ("decision", "rationale", "corrected_response")
WITH_CAMPAIGN = ("campaign", "campaign__evaluation")


@expert_page
def queue(request):
    campaign_id = None
    with refusals_as_messages(request):
        campaign_id = id_from_query(request.GET, "campaign")
    safety_only = request.GET.get("safety") == "1"
    # Each campaign's name on the page asks whether it is an evaluation's (code name): read with it.
    context = {
        "pairs": desk.arbitration_queue(
            request.user, campaign_id=campaign_id, safety_conflicts_only=safety_only
        ).select_related(*WITH_CAMPAIGN)[:200],
        "campaigns": visible_campaigns(request.user).select_related("evaluation").order_by("name"),
        "campaign_id": "" if campaign_id is None else str(campaign_id),
        "safety": safety_only,
        "recent": desk.decided_by(request.user).select_related(*WITH_CAMPAIGN)[:10],
    }
    return render(request, "frontend/arbitration_list.html", context)


@expert_page
@require_http_methods(["GET", "POST"])
def pair(request, pair_id: int):
    pair = get_object_or_404(
        visible_pairs(request.user).select_related("campaign", "prompt", "response_a", "response_b"), pk=pair_id
    )
    if not sees_all_annotations(request.user, pair):
        # A pair she is judging herself (or one already settled by consensus): the desk would show
        # the others' judgements, which the API hides from her too.
        raise Http404("not a pair for the arbitration desk")
    if pair.campaign.kind == CampaignKind.RANKINGS:
        return ranking_pair(request, pair)
    form = {"decision": "", "rationale": "", "corrected_response": "", "scores": None}
    if request.method == "POST":
        form = {key: request.POST.get(key, "") for key in DESK_FIELDS}
        form["scores"] = posted_scores(request.POST)
        with refusals_as_messages(request):
            # The API's serializer: the same limits and messages for the page and the API.
            arbitration.arbitrate(expert=request.user, pair_id=pair.pk, **validated(ArbitrationInput, form))
            messages.success(
                request, _("Pair %(id)s decided: %(decision)s.") % {"id": pair.pk, "decision": form["decision"]}
            )
            following = desk.next_to_decide(request.user, after=pair)
            return redirect("arbitration-pair", following.pk) if following else redirect("arbitration")
    context = {
        "pair": pair,
        "table": desk.desk_table(list(visible_annotations(request.user, pair))),
        "score_menus": score_menus(form["scores"]),
        "form": form,
        "history": pair.arbitrations.select_related("expert"),
        "values": [str(value) for value in range(rules.SCORE_MIN, rules.SCORE_MAX + 1)],  # as posted, to show her picks
    }
    return render(request, "frontend/arbitration_pair.html", context)


def posted_scores(data) -> dict | None:
    """The six score menus of the form in the API's shape, None when all are empty ("no scores")."""
    scores = {
        key: {dimension: data[f"{key}_{dimension}"] for dimension in rules.DIMENSIONS if data.get(f"{key}_{dimension}")}
        for key in ("a", "b")
    }
    return scores if any(scores.values()) else None


def score_menus(posted: dict | None) -> list[tuple[str, list[tuple]]]:
    """The six score menus, each showing what she picked before a refused submit (nothing is lost)."""
    posted = posted or {}
    return [
        (
            key,
            [
                (dimension, label, anchors, posted.get(key, {}).get(dimension, ""))
                for dimension, label, anchors in dimension_texts()
            ],
        )
        for key in ("a", "b")
    ]


# --- ranking items (PROTOCOL §10) -----------------------------------------------------------------


def ranking_pair(request, pair):
    """The desk for a ranking item: every candidate with every annotator's scores and order, the
    disagreeing comparisons named by letters, and a place (tier) per candidate to set the final order."""
    candidates = list(Candidate.objects.filter(pair=pair).select_related("response").order_by("position"))
    annotations = list(visible_annotations(request.user, pair).select_related("annotator"))
    posted = request.POST if request.method == "POST" else {}
    if request.method == "POST":
        with refusals_as_messages(request):
            body = ranking_payload(request.POST, len(candidates))
            arbitration.arbitrate(expert=request.user, pair_id=pair.pk, **validated(ArbitrationInput, body))
            messages.success(
                request, _("Item %(id)s decided: %(decision)s.") % {"id": pair.pk, "decision": body["decision"]}
            )
            following = desk.next_to_decide(request.user, after=pair)
            return redirect("arbitration-pair", following.pk) if following else redirect("arbitration")
    table = desk.ranking_desk(candidates, annotations)
    context = {
        "pair": pair,
        "ranking_desk": table,
        # One row per candidate, every annotator's three scores across it.
        "grid": [
            (candidate, [row.cells[index] for row in table.rows]) for index, candidate in enumerate(table.candidates)
        ],
        "disputed_letters": {letter for comparison in table.disagreements for letter in comparison},
        # Each annotator's order as places by position ("2 1 1 3"), for the button that copies it into the form.
        "orders": [(row, places_text(row.annotation.ranking, len(candidates))) for row in table.rows],
        "dimensions": dimension_texts(),
        # What she typed before a refused submit comes back (nothing is lost).
        "decide": [
            {
                **candidate,
                "tier": posted.get(f"tier_{candidate['position']}", ""),
                "excluded": f"exclude_{candidate['position']}" in posted,
                "scores": [
                    (dimension, label, anchors, posted.get(f"c{candidate['position']}_{dimension}", ""))
                    for dimension, label, anchors in dimension_texts()
                ],
            }
            for candidate in table.candidates
        ],
        "form": {key: posted.get(key, "") for key in DESK_FIELDS},
        "history": pair.arbitrations.select_related("expert"),
        "values": [str(value) for value in range(rules.SCORE_MIN, rules.SCORE_MAX + 1)],
    }
    return render(request, "frontend/arbitration_pair.html", context)


def places_text(tiers: list[list[int]], count: int) -> str:
    """An order as the desk form's places, by position: [[1], [0, 2]] -> "2 1 2" (1 = best)."""
    place = {position: index + 1 for index, tier in enumerate(tiers) for position in tier}
    return " ".join(str(place.get(position, "")) for position in range(count))


def ranking_payload(data, count: int) -> dict:
    """The posted desk form as the API's arbitration body for a ranking item (the contract's shape).

    Each candidate has a place (1 = best; the same number = a tie; numbers need not follow each
    other) or "exclude". Scores go as chosen when any is (the API then names each missing one); none
    chosen means no scores.
    """
    places: dict[int, list[int]] = {}
    excluded = []
    for position in range(count):
        if f"exclude_{position}" in data:
            excluded.append(position)
            continue
        text = data.get(f"tier_{position}", "").strip()
        if not text:
            continue  # checked_tiers names what is left out
        if not text.isascii() or not text.isdigit():
            raise ValidationError(
                {"ranking": [_("the place of %(letter)s is not a whole number") % {"letter": ranking.letter(position)}]}
            )
        places.setdefault(int(text), []).append(position)
    scores = [
        {"position": position}
        | {
            dimension: data[f"c{position}_{dimension}"]
            for dimension in rules.DIMENSIONS
            if data.get(f"c{position}_{dimension}")
        }
        for position in range(count)
    ]
    decision = data.get("decision", "")
    return {
        "decision": decision,
        "ranking": [places[place] for place in sorted(places)] if decision != "exclude" else None,
        "excluded_candidates": excluded if decision != "exclude" else [],
        "candidate_scores": scores if any(len(s) > 1 for s in scores) else None,
        "rationale": data.get("rationale", ""),
        "corrected_response": data.get("corrected_response", ""),
    }
