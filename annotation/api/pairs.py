"""API: pairs, annotations on them, skips, arbitration and the arbitration queue."""

from __future__ import annotations

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import APIView

from annotation.api import serializers as s
from annotation.api.errors import ErrorBody
from annotation.api.lookups import campaign_for, pair_for
from annotation.errors import NotFound, ServiceError
from annotation.models import Campaign, CampaignKind, PairState
from annotation.selectors import pair_search, raw_export
from annotation.selectors import pairs as browser
from annotation.selectors.arbitration import arbitration_queue
from annotation.selectors.visibility import filterable_states, visible_annotations, visible_pairs
from annotation.services import arbitration, assignment, submission
from medpref.core.api import IdField, Pagination, id_from_query, validated
from medpref.core.roles import IsAdminRole, IsExpertRole


class AnnotationsView(APIView):
    @extend_schema(
        request=s.AnnotationInput,
        responses={201: s.SubmissionOutput, 200: s.SubmissionOutput},
        summary="Submit (or revise) your scores for a pair (scores) or a ranking item (candidate_scores); "
        "idempotent by client_id",
    )
    def post(self, request, pk: int):
        data = validated(s.AnnotationInput, request.data)
        order = data.pop("display_order")
        result = submission.submit_annotation(
            annotator=request.user, pair_id=pk, a_on_left=None if order is None else order == "ab", **data
        )
        code = status.HTTP_200_OK if result.outcome == "revised" else status.HTTP_201_CREATED
        return Response(s.SubmissionOutput.from_submission(result, user=request.user), status=code)


class SkipView(APIView):
    @extend_schema(
        request=s.SkipInput,
        responses={200: s.SkipOutput},
        summary="Skip a pair: releases your lease, never offered to you again",
    )
    def post(self, request, pk: int):
        data = validated(s.SkipInput, request.data)
        pair_for(request, pk)
        skip = assignment.skip_pair(annotator=request.user, pair_id=pk, reason=data["reason"])
        return Response({"pair_id": pk, "skipped": True, "reason": skip.reason})


class ArbitrationView(APIView):
    permission_classes = [IsExpertRole]

    @extend_schema(
        request=s.ArbitrationInput,
        responses={201: s.ArbitrationOutput},
        summary="Decide a disputed pair (a, b, tie or exclude) or ranking item (ranked with an order, or exclude)",
    )
    def post(self, request, pk: int):
        data = validated(s.ArbitrationInput, request.data)
        pair_for(request, pk)
        decided = arbitration.arbitrate(expert=request.user, pair_id=pk, **data)
        return Response(
            {**s.ArbitrationOutput(decided).data, "pair_state": decided.pair.state}, status=status.HTTP_201_CREATED
        )


PAIR_FILTERS = [
    OpenApiParameter("campaign", int, description="Only this campaign"),
    OpenApiParameter("state", str, description="pending, consensus, disputed, arbitrated or excluded"),
]
YES_NO = ["true", "false", "1", "0"]
BROWSER_FILTERS = [
    OpenApiParameter(
        "q",
        str,
        description="Text in the prompt's messages or either answer (at least 2 characters). A text search "
        "has no `page=last` (400): its pages are found in the list's order within a time budget, and its "
        "count is known only as far as it searched",
    ),
    OpenApiParameter("annotator", int, description="Pairs this user annotated"),
    OpenApiParameter("flag", str, description="Pairs with an annotation carrying this flag; `any`: any flag"),
    OpenApiParameter("safety_conflict", str, enum=YES_NO),
    OpenApiParameter("gold", str, enum=YES_NO, description="Admins"),
    OpenApiParameter(
        "cursor", str, description="Where a text search's page resumes its walk: as the `next` link gives it"
    ),
]


class BrowseQuery(serializers.Serializer):
    """The pair browser's query string (the API's list and the console page read it alike)."""

    q = serializers.CharField(required=False, allow_blank=True, default="", trim_whitespace=True)
    campaign = IdField(required=False, allow_null=True, default=None)
    state = serializers.CharField(required=False, allow_blank=True, default="")
    annotator = IdField(required=False, allow_null=True, default=None)
    flag = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)
    safety_conflict = serializers.ChoiceField(choices=YES_NO, required=False, allow_blank=True, default="")
    gold = serializers.ChoiceField(choices=YES_NO, required=False, allow_blank=True, default="")

    def to_internal_value(self, data):
        values = super().to_internal_value(data)
        return browser.PairFilters(
            text=pair_search.clean_search(values["q"]),
            campaign_id=values["campaign"],
            state=values["state"] or None,
            annotator_id=values["annotator"],
            flag=values["flag"].strip(),
            safety_conflict=yes_no(values["safety_conflict"]),
            gold=yes_no(values["gold"]),
        )


def yes_no(value: str) -> bool | None:
    return None if value == "" else value in ("true", "1")


def browse_filters(params) -> browser.PairFilters:
    """The browser's filters from a query string; a 400 naming the parameter when one is malformed."""
    # An empty parameter is an unused filter (a form sends every field, filled or not).
    serializer = BrowseQuery(data={key: params[key] for key in BrowseQuery().fields if params.get(key, "") != ""})
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def in_campaign(pairs, request):
    """Narrow to `?campaign=<id>` when given."""
    campaign = id_from_query(request.query_params, "campaign")
    return pairs if campaign is None else pairs.filter(campaign_id=campaign)


class PairPagination(Pagination):
    """Pages of the pair list; a text search's pages mostly come from a walk over the list
    (selectors.pair_search.SearchPaginator), whose count is then a lower bound (`count_exact` false), and
    whose `next` link resumes the walk (`cursor`). A search that stopped at its time limit says so
    (`search_complete` false, `search_note`)."""

    django_paginator_class = pair_search.SearchPaginator

    def get_page_number(self, request, paginator):
        """DRF reads `page=last` by counting every match first: for a text search, outside any time box
        (20-40 s at a million pairs for a common phrase). Refused: a text search's last page is reached
        by its `next` links."""
        number = request.query_params.get(self.page_query_param) or 1
        if paginator.search is not None and number in self.last_page_strings:
            raise ServiceError(
                gettext("a text search has no last page to jump to: follow its next links"),
                details={"page": number},
            )
        return super().get_page_number(request, paginator)

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        paginator = self.page.paginator
        response.data["count_exact"] = paginator.exact
        response.data["search_complete"] = paginator.complete
        response.data["search_note"] = paginator.stopped_note() or None
        return response

    def get_next_link(self):
        link = super().get_next_link()
        cursor = getattr(self.page, "cursor", "")
        if link is None or not cursor:
            return link if link is None else remove_query_param(link, "cursor")
        return replace_query_param(link, "cursor", cursor)

    def get_previous_link(self):
        link = super().get_previous_link()
        return link if link is None else remove_query_param(link, "cursor")

    def get_paginated_response_schema(self, schema: dict) -> dict:
        paginated = super().get_paginated_response_schema(schema)
        paginated["properties"]["count"]["description"] = (
            "the number of pairs found; at least this many when `count_exact` is false"
        )
        paginated["properties"]["count_exact"] = {
            "type": "boolean",
            "description": "false when a text search's page was found by testing the list's pairs in order "
            f"(its first {pair_search.WALK_PAIRS:,}, then further while the page lacks matches, up to "
            f"{pair_search.WALK_MAX:,}), stopping past {pair_search.COUNT_CAP:,} matches or past the page's last: `count` "
            "is then the matches found so far ('N or more', never less than the page before showed), and "
            "`next` resumes the walk past this page while more may follow (with the same `page_size`); a `next` "
            "that walks to the list's end before the page's first match answers an empty last page, exactly "
            f"counted. A text in at most {pair_search.COUNT_CAP:,} prompts and responses is counted "
            "exactly, without that walk; so is a phrase of two whole words or more whose adjacent word pairs are "
            f"in at most {pair_search.PHRASE_CAP:,} (PostgreSQL)",
        }
        paginated["properties"]["search_complete"] = {
            "type": "boolean",
            "description": "false when a text search stopped at its time limit "
            f"({pair_search.SEARCH_BUDGET_S * 1000:.0f} ms of database time) or its most pairs a page tests "
            f"({pair_search.WALK_MAX:,}) before finding this page's matches (`search_note` says which): `results` "
            "are matches, others may exist; `next` searches further from where it stopped, or narrow the "
            "search. `next` is null when the time ran out before a single pair was tested",
        }
        paginated["properties"]["search_note"] = {
            "type": "string",
            "nullable": True,
            "description": "what to tell the reader when `search_complete` is false (null otherwise)",
        }
        paginated["required"] = [*paginated["required"], "count_exact", "search_complete", "search_note"]
        return paginated


class PairsView(GenericAPIView):
    serializer_class = s.PairSummary
    pagination_class = PairPagination

    def get_queryset(self):
        filters = browse_filters(self.request.query_params)
        if filters.browsing:
            # Text search and the filters on judgements: the pair browser, experts and admins only.
            return browser.browse_search(
                self.request.user, filters, order=("id",), cursor=self.request.query_params.get("cursor", "")
            )
        pairs = in_campaign(visible_pairs(self.request.user).order_by("id"), self.request)
        state = self.request.query_params.get("state")
        if state:
            if state not in PairState.values:
                raise ServiceError(f"state must be one of {', '.join(PairState.values)}")
            allowed = filterable_states(self.request.user)
            if state not in allowed:
                raise ServiceError(
                    f"you may filter by state {', '.join(allowed)}"
                    if allowed
                    else "pairs are listed with your own status only; filtering by state is for experts and admins"
                )
            pairs = pairs.filter(state=state)
        return pairs

    @extend_schema(
        parameters=PAIR_FILTERS + BROWSER_FILTERS,
        responses=s.PairSummary(many=True),
        summary="Pairs you may see, filtered by campaign and state; experts and admins also search and filter by "
        "annotator, flag, safety conflict and (admins) gold",
        operation_id="pairs_list",
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.PairSummary(page, many=True, context={"request": request}).data)


class ArbitrationQueueView(PairsView):
    permission_classes = [IsExpertRole]

    def get_queryset(self):
        params = self.request.query_params
        return arbitration_queue(
            self.request.user,
            campaign_id=id_from_query(params, "campaign"),
            safety_conflicts_only=params.get("safety_conflict") in ("1", "true"),
        )

    @extend_schema(
        parameters=[PAIR_FILTERS[0], OpenApiParameter("safety_conflict", bool)],
        responses=s.PairSummary(many=True),
        summary="Disputed pairs waiting for an expert",
        operation_id="arbitration_queue",
    )
    def get(self, request):
        return super().get(request)


class PairView(APIView):
    @extend_schema(responses=s.PairDetail, summary="A pair with its texts and the annotations your role may see")
    def get(self, request, pk: int):
        pair = pair_for(request, pk, related=True)
        context = {"request": request, "annotations": visible_annotations(request.user, pair)}
        return Response(s.PairDetail(pair, context=context).data)


# --- the pair browser's history --------------------------------------------------------------------


class RevisionOutput(serializers.Serializer):
    revision = serializers.IntegerField()
    scores = serializers.DictField()
    preference = serializers.CharField()
    deciding_dimension = serializers.CharField(allow_null=True)
    ranking = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField()),
        help_text="Ranking items: the order of that version ([] for pairs); its scores are under scores.candidates",
    )
    rationale = serializers.CharField(allow_blank=True)
    flags = serializers.ListField(child=serializers.CharField())
    seconds_spent = serializers.FloatField(allow_null=True)
    made_at = serializers.DateTimeField()
    superseded_at = serializers.DateTimeField()


class HistoryAnnotationOutput(s.AnnotationOutput):
    """An annotation with every earlier version she kept (AnnotationRevision), oldest first."""

    history = RevisionOutput(source="revisions.all", many=True, read_only=True)


class SkipHistoryOutput(serializers.Serializer):
    annotator = serializers.CharField(source="annotator.username")
    reason = serializers.CharField()
    created_at = serializers.DateTimeField()


class LeaseHistoryOutput(serializers.Serializer):
    annotator = serializers.CharField(source="annotator.username")
    display_order = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()

    @extend_schema_field(s.DISPLAY_ORDER_SCHEMA)
    def get_display_order(self, lease):
        if lease.display_order:
            return lease.display_order
        return "ab" if lease.a_on_left else "ba"


class PairHistoryOutput(s.PairSummary):
    """A pair with its texts, provenance (admins) and everything that happened to it."""

    prompt = s.MessageSerializer(many=True, required=False)
    prompt_external_id = serializers.CharField(required=False)
    responses = serializers.DictField(child=serializers.DictField(), required=False)
    candidates = s.PairCandidate(many=True, required=False, help_text="Ranking items, in position order")
    ranking = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField()),
        required=False,
        help_text="Ranking items: the resolved order, tiers of positions, best first",
    )
    annotations = HistoryAnnotationOutput(many=True, required=False)
    skips = SkipHistoryOutput(many=True, required=False)
    arbitrations = s.ArbitrationOutput(many=True, required=False)
    leases = LeaseHistoryOutput(many=True, required=False)
    meta = serializers.DictField(required=False, help_text="Admins")
    prompt_meta = serializers.DictField(required=False, help_text="Admins")
    reference = serializers.CharField(required=False, allow_blank=True, help_text="Admins")

    def to_representation(self, history: browser.PairHistory) -> dict:
        pair = history.pair
        data = super().to_representation(pair)
        data["prompt"] = pair.prompt.messages
        data["prompt_external_id"] = pair.prompt.external_id
        data["responses"] = {
            "a": s.response_data(pair.response_a, with_provenance=history.provenance),
            "b": s.response_data(pair.response_b, with_provenance=history.provenance),
        }
        if history.candidates:
            data["candidates"] = [
                s.candidate_data(candidate, with_provenance=history.provenance) for candidate in history.candidates
            ]
            data["ranking"] = pair.ranking if history.complete else []
        data["annotations"] = HistoryAnnotationOutput(history.annotations, many=True).data
        if history.complete:
            data["skips"] = SkipHistoryOutput(history.skips, many=True).data
            data["arbitrations"] = s.ArbitrationOutput(history.arbitrations, many=True).data
            data["leases"] = LeaseHistoryOutput(history.leases, many=True).data
        if history.provenance:
            data.update(meta=pair.meta, prompt_meta=pair.prompt.meta, reference=pair.prompt.reference)
        return data


class PairHistoryView(APIView):
    permission_classes = [IsExpertRole]

    @extend_schema(
        responses=PairHistoryOutput,
        summary="A pair's whole history: annotations with display order and revisions, skips, arbitration, "
        "leases, provenance (admins)",
    )
    def get(self, request, pk: int):
        pair = browser.history_pairs(request.user).filter(pk=pk).first()
        if pair is None:
            raise NotFound(f"pair {pk} does not exist or is not one you may browse")
        history = browser.pair_history(request.user, pair)
        return Response(PairHistoryOutput(history, context={"request": request}).data)


# --- undo: reopen the pair she submitted last ----------------------------------------------------


class LastAnnotationOutput(serializers.Serializer):
    annotation_id = serializers.IntegerField(source="pk")
    scores = serializers.DictField(source="scores_dict", help_text="Pairs: A and B (ranking items: candidates 0 and 1)")
    candidate_scores = serializers.SerializerMethodField()
    rationale = serializers.CharField(allow_blank=True)
    flags = serializers.ListField(child=serializers.CharField())
    seconds_spent = serializers.FloatField(allow_null=True)
    revision = serializers.IntegerField()

    @extend_schema_field(s.CandidateScoresSerializer(many=True))
    def get_candidate_scores(self, annotation) -> list[dict]:
        """Ranking items: her scores per candidate as she sends them, [{position, ...}]; [] for pairs."""
        return s.candidate_scores_data(annotation.candidate_scores)


class LastPairOutput(serializers.Serializer):
    pair_id = serializers.IntegerField()
    campaign = serializers.IntegerField()
    kind = serializers.CharField(help_text="pairs or rankings (the campaign's kind)")
    prompt = s.MessageSerializer(many=True)
    responses = serializers.ListField(
        child=serializers.DictField(), help_text="[{key, text}] as she saw them; [] for ranking items"
    )
    display_order = serializers.CharField(
        allow_blank=True, help_text="'ab' when A was shown on the left, else 'ba'; '' for ranking items"
    )
    candidates = s.CandidateText(many=True, help_text="Ranking items: every candidate in the order she saw them")
    guideline_version = serializers.IntegerField()
    annotation = LastAnnotationOutput(help_text="Her scores as submitted; send a new client_id to revise")

    @staticmethod
    def from_last(last: browser.LastPair) -> dict:
        pair = last.pair
        ranked = last.kind == CampaignKind.RANKINGS
        return {
            "pair_id": pair.pk,
            "campaign": pair.campaign_id,
            "kind": last.kind,
            "prompt": pair.prompt.messages,
            "responses": [] if ranked else last.responses_in_display_order(),
            "display_order": "" if ranked else ("ab" if last.a_on_left else "ba"),
            "candidates": last.candidates_in_display_order() if ranked else [],
            "guideline_version": pair.campaign.guideline_version,
            "annotation": LastAnnotationOutput(last.annotation).data,
        }


class LastPairView(APIView):
    @extend_schema(
        responses={
            200: LastPairOutput,
            204: OpenApiResponse(description="You have submitted nothing in this campaign"),
            409: OpenApiResponse(ErrorBody, description="Your last pair is closed: it can no longer be changed"),
        },
        summary="The pair you submitted last, in the order you saw it, with your scores: revise it with "
        "POST pairs/{id}/annotations/ while it is pending (409 once it is closed)",
    )
    def get(self, request, pk: int):
        last = browser.last_submitted(annotator=request.user, campaign=campaign_for(request, pk))
        if last is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(LastPairOutput.from_last(last))


# --- raw annotation export --------------------------------------------------------------------------


class JSONAnswers(DefaultContentNegotiation):
    """This view answers JSON (errors) or a stream it builds itself: `?format=` is its own parameter."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


class ExportQuery(serializers.Serializer):
    format = serializers.ChoiceField(
        choices=list(raw_export.FORMATS),
        default="csv",
        error_messages={"invalid_choice": gettext_lazy("format must be csv or jsonl")},
    )
    campaign = serializers.ListField(child=IdField(), required=False, default=list)


class RawExportView(APIView):
    permission_classes = [IsAdminRole]
    content_negotiation_class = JSONAnswers

    @extend_schema(
        parameters=[
            OpenApiParameter("campaign", int, many=True, description="Repeat for several; none: every campaign"),
            OpenApiParameter("format", str, enum=list(raw_export.FORMATS), description="csv (default) or jsonl"),
        ],
        responses={
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/x-ndjson"): OpenApiTypes.STR,
            404: OpenApiResponse(ErrorBody, description="A campaign named in `campaign` does not exist"),
        },
        summary="Every annotation as it was made, one row each (scores, display order, time, flags, revisions, "
        "guideline version), streamed",
    )
    def get(self, request):
        params = request.query_params
        query = validated(
            ExportQuery, {"format": params.get("format") or "csv", "campaign": params.getlist("campaign")}
        )
        campaigns = None
        if query["campaign"]:
            campaigns = [get_object_or_404(Campaign, pk=pk) for pk in dict.fromkeys(query["campaign"])]
        fmt = query["format"]
        name = "-".join(str(c.pk) for c in campaigns) if campaigns else "all"
        response = StreamingHttpResponse(raw_export.lines(fmt, campaigns), content_type=EXPORT_TYPES[fmt])
        response["Content-Disposition"] = (
            f'attachment; filename="annotations-{name}-{timezone.now():%Y%m%d-%H%M}.{fmt}"'
        )
        return response
