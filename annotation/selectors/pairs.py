"""The pair browser: find pairs by text and by what happened to them, and read one pair's whole history.

Admins browse every pair; experts browse the pairs `visibility` shows them in full: the disputed,
arbitrated and excluded ones, whose every annotation they may read. A pair an expert is judging
herself stays in her workspace, so nothing here can tell her how others judged it or whether it is
gold (the gold filter is for admins alone).

Cost does not grow with the data: the list is one query (plus the page count), the history a fixed
handful. The text test and a text search's pages are selectors.pair_search.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from django.db import connection
from django.db.models import Exists, OuterRef, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext

from annotation.errors import Conflict, Forbidden, ServiceError
from annotation.models import (
    Annotation,
    Arbitration,
    Campaign,
    CampaignKind,
    CampaignStatus,
    Candidate,
    Lease,
    Pair,
    PairState,
    Skip,
    User,
)
from annotation.revision_window import open_for_revision
from annotation.selectors.pair_search import TextSearch, text_match
from annotation.selectors.visibility import (
    DISPUTE_STATES,
    filterable_states,
    member_of,
    sees_all_annotations,
    sees_provenance,
    visible_annotations,
    visible_pairs,
)
from medpref.core.roles import is_admin, is_expert

#: `?flag=any`: pairs with at least one flagged annotation.
ANY_FLAG = "any"


@dataclass(frozen=True)
class PairFilters:
    """What the browser narrows to; None or empty means "any"."""

    text: str = ""
    campaign_id: int | None = None
    state: str | None = None
    annotator_id: int | None = None
    flag: str = ""
    safety_conflict: bool | None = None
    gold: bool | None = None

    @property
    def browsing(self) -> bool:
        """Filters only the browser has (the plain pair list knows campaign and state)."""
        return bool(self.text or self.flag) or any(
            value is not None for value in (self.annotator_id, self.safety_conflict, self.gold)
        )


def may_browse(user: User) -> bool:
    """The pair browser is for experts and admins; physicians see their own pairs in the workspace."""
    return is_expert(user)


def browsable_pairs(user: User) -> QuerySet[Pair]:
    """Every pair she may browse: all for admins, the ones she sees in full for experts."""
    if not may_browse(user):
        raise Forbidden(gettext("the pair browser is for experts and admins"))
    pairs = visible_pairs(user)
    return pairs if is_admin(user) else pairs.filter(state__in=DISPUTE_STATES)


def browse_pairs(user: User, filters: PairFilters, *, order: tuple[str, ...] = ("-id",)) -> QuerySet[Pair]:
    """The pairs she may browse that match every filter, newest first (with their campaign and prompt)."""
    pairs = browsable_pairs(user)
    if filters.state is not None:
        check_state(user, filters.state)
        pairs = pairs.filter(state=filters.state)
    if filters.gold is not None:
        if not is_admin(user):
            raise Forbidden(gettext("only admins may filter by gold pairs"))
        pairs = pairs.filter(is_gold=filters.gold)
    if filters.campaign_id is not None:
        pairs = pairs.filter(campaign_id=filters.campaign_id)
    if filters.safety_conflict is not None:
        pairs = pairs.filter(safety_conflict=filters.safety_conflict)
    if filters.annotator_id is not None:
        pairs = pairs.filter(Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator_id=filters.annotator_id)))
    if filters.flag:
        pairs = pairs.filter(Exists(flagged(filters.flag).filter(pair=OuterRef("pk"))))
    if filters.text:
        pairs = pairs.filter(text_match(filters.text))
    return pairs.select_related("campaign", "prompt").order_by(*order)


def check_state(user: User, state: str) -> None:
    if state not in PairState.values:
        raise ServiceError(gettext("state must be one of %(states)s") % {"states": ", ".join(PairState.values)})
    allowed = filterable_states(user)
    if state not in allowed:
        raise Forbidden(gettext("you may filter by state %(states)s") % {"states": ", ".join(allowed)})


def flagged(flag: str) -> QuerySet[Annotation]:
    """Annotations carrying `flag` (any flag for ANY_FLAG)."""
    annotations = Annotation.objects.all()
    if flag == ANY_FLAG:
        return annotations.exclude(flags=[])
    if connection.vendor == "postgresql":
        return annotations.filter(flags__contains=[flag])
    # SQLite has no JSON containment: the stored list is JSON text, so look for the quoted flag in it.
    return annotations.annotate(flags_text=Cast("flags", TextField())).filter(flags_text__contains=f'"{flag}"')


def browse_search(
    user: User,
    filters: PairFilters,
    *,
    order: tuple[str, ...] = ("-id",),
    related: tuple[str, ...] = (),
    cursor: str = "",
) -> QuerySet[Pair] | TextSearch:
    """`browse_pairs` (with `related` rows), and for a text search the walk that answers its pages
    (SearchPaginator), resumed from `cursor` (a `next` link's) where it stopped.

    A phrase found in nearly every pair makes the trigram route collect every match before a page
    can be taken (20 s at 100,000 pairs); walking the list in its order with the text test finds a
    page's matches among its first pairs. A rare phrase leaves the walk short of the page: then the
    trigram route, quick for a rare phrase, answers, with the exact count.
    """
    if order not in (("id",), ("-id",)):
        raise ValueError("a text search walks the list by id")
    found = browse_pairs(user, filters, order=order).select_related(*related)
    if not filters.text:
        return found
    listed = browse_pairs(user, replace(filters, text=""), order=order).select_related(*related)
    return TextSearch(
        found=found,
        listed=listed,
        text=filters.text,
        order=order,
        campaigns=listed_campaigns(user, filters),
        key=f"pair-search:{user.pk}:{order}:{filters!r}",
        cursor=cursor,
    )


def listed_campaigns(user: User, filters: PairFilters) -> QuerySet[Campaign] | None:
    """The ids of the campaigns whose pairs her list may hold (as `visible_pairs` chooses them, and
    the campaign filter); None for an admin's list of every campaign. A subquery, not read here: the
    rare check stays one query."""
    campaigns = Campaign.objects.all()
    if not is_admin(user):
        campaigns = campaigns.filter(member_of(user, "pk")).exclude(status=CampaignStatus.DRAFT)
    elif filters.campaign_id is None:
        return None
    if filters.campaign_id is not None:
        campaigns = campaigns.filter(pk=filters.campaign_id)
    return campaigns.order_by().values("pk")


# --- one pair's history ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PairHistory:
    """Everything that happened to a pair that she may see, oldest first within each kind."""

    pair: Pair
    annotations: list[Annotation]
    skips: list[Skip] = field(default_factory=list)
    arbitrations: list[Arbitration] = field(default_factory=list)
    leases: list[Lease] = field(default_factory=list)
    complete: bool = False  # everyone's judgements (False: only hers, the pair is still hers to judge)
    provenance: bool = False  # sources, provenance and prompt meta (admins)
    candidates: list[Candidate] = field(default_factory=list)  # ranking items, by position


def pair_history(user: User, pair: Pair) -> PairHistory:
    """The pair's annotations (with display order and revisions), skips, arbitrations and live leases.

    A pair an expert is judging herself shows only her own annotation, as everywhere else.
    """
    if not may_browse(user):
        raise Forbidden(gettext("the pair browser is for experts and admins"))
    complete = sees_all_annotations(user, pair)
    annotations = list(visible_annotations(user, pair))
    candidates = candidates_of(pair)
    if not complete:
        return PairHistory(pair=pair, annotations=annotations, candidates=candidates)
    return PairHistory(
        candidates=candidates,
        pair=pair,
        annotations=annotations,
        skips=list(pair.skips.select_related("annotator").order_by("created_at", "id")),
        arbitrations=list(pair.arbitrations.select_related("expert").order_by("created_at", "id")),
        leases=list(pair.leases.select_related("annotator").order_by("created_at", "id")),
        complete=True,
        provenance=sees_provenance(user),
    )


def candidates_of(pair: Pair) -> list[Candidate]:
    """A ranking item's candidates with their texts, by position (one query); [] for a pair of a pairs campaign."""
    if pair.campaign.kind != CampaignKind.RANKINGS:
        return []
    return list(Candidate.objects.filter(pair=pair).select_related("response").order_by("position"))


def candidates_in_order(candidates, display_order) -> list[dict]:
    """The candidates as [{position, text}] in `display_order` (position order where none was recorded)."""
    by_position = {candidate.position: candidate for candidate in candidates}
    shown = [p for p in display_order if p in by_position] or sorted(by_position)
    # A candidate the recorded order lacks (it cannot, short of a changed item) still gets shown, last.
    shown += [p for p in sorted(by_position) if p not in shown]
    return [{"position": p, "text": by_position[p].response.text} for p in shown]


def history_pairs(user: User) -> QuerySet[Pair]:
    """Pairs she may open in the browser, with what the history page reads in the same query."""
    return browsable_pairs(user).select_related("campaign", "prompt", "response_a", "response_b")


# --- undo: the pair she submitted last --------------------------------------------------------------


@dataclass(frozen=True)
class LastPair:
    """Her latest annotation in a campaign and its pair, to reopen in the workspace as she saw it."""

    annotation: Annotation
    pair: Pair
    candidates: tuple[Candidate, ...] = ()  # ranking items, by position

    @property
    def kind(self) -> str:
        return self.pair.campaign.kind

    def candidates_in_display_order(self) -> list[dict]:
        """Ranking items: [{position, text}] in the order she saw them (position order when unknown)."""
        return candidates_in_order(self.candidates, self.annotation.display_order)

    @property
    def a_on_left(self) -> bool:
        # Unknown only for annotations made without a lease (admins through the API): show A left.
        return self.annotation.a_on_left is not False

    def responses_in_display_order(self) -> list[dict]:
        a = {"key": "a", "text": self.pair.response_a.text}
        b = {"key": "b", "text": self.pair.response_b.text}
        return [a, b] if self.a_on_left else [b, a]


def last_submitted(*, annotator: User, campaign: Campaign) -> LastPair | None:
    """The pair she submitted last in this campaign, while she may still revise it; None if she has
    submitted nothing here. Revising goes through `submission.submit_annotation` with a new
    client_id, which keeps the earlier version as an AnnotationRevision."""
    annotation = (
        Annotation.objects.select_related("pair__prompt", "pair__response_a", "pair__response_b", "pair__campaign")
        .filter(annotator=annotator, pair__campaign=campaign)
        .order_by("-created_at", "-id")
        .first()
    )
    if annotation is None:
        return None
    if not open_for_revision(annotation.pair):
        # The same words whatever the outcome, gold or not: the state itself is not hers to see.
        raise Conflict(
            gettext(
                "your last pair (%(id)s) can no longer be changed: all its annotations are in and it was closed. Carry on with the next pair."
            )
            % {"id": annotation.pair_id}
        )
    return LastPair(annotation=annotation, pair=annotation.pair, candidates=tuple(candidates_of(annotation.pair)))
