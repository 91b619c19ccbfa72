"""The pair browser: find pairs by text and by what happened to them, and read one pair's whole history.

Admins browse every pair; experts browse the pairs `visibility` shows them in full: the disputed,
arbitrated and excluded ones, whose every annotation they may read. A pair an expert is judging
herself stays in her workspace, so nothing here can tell her how others judged it or whether it is
gold (the gold filter is for admins alone).

Cost does not grow with the data: the list is one query (plus the page count), the history a fixed
handful. Text search on PostgreSQL goes through trigram indexes (migration 0010_pairs).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from math import ceil

from django.core import signing
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import OperationalError, connection, transaction
from django.db.models import BooleanField, Exists, F, Func, OuterRef, Q, QuerySet, Subquery, TextField
from django.db.models.functions import Cast
from django.db.models.lookups import IContains
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
    Prompt,
    Response,
    Skip,
    User,
)
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
SEARCH_MIN_LENGTH = 2
SEARCH_MAX_LENGTH = 200


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


def clean_search(text: str) -> str:
    """The search text, stripped; a refusal naming the limits when it is too short or too long."""
    text = " ".join((text or "").split())
    if text and len(text) < SEARCH_MIN_LENGTH:
        raise ServiceError(
            gettext("search for at least %(count)s characters") % {"count": SEARCH_MIN_LENGTH}, details={"q": text}
        )
    if len(text) > SEARCH_MAX_LENGTH:
        raise ServiceError(gettext("search for at most %(count)s characters") % {"count": SEARCH_MAX_LENGTH})
    return text


def flagged(flag: str) -> QuerySet[Annotation]:
    """Annotations carrying `flag` (any flag for ANY_FLAG)."""
    annotations = Annotation.objects.all()
    if flag == ANY_FLAG:
        return annotations.exclude(flags=[])
    if connection.vendor == "postgresql":
        return annotations.filter(flags__contains=[flag])
    # SQLite has no JSON containment: the stored list is JSON text, so look for the quoted flag in it.
    return annotations.annotate(flags_text=Cast("flags", TextField())).filter(flags_text__contains=f'"{flag}"')


class InArray(Func):
    """`column = ANY(ARRAY(subquery))` (PostgreSQL): the subquery runs once, and the column's index
    finds the rows for its answers. Written as `column IN (subquery)`, the planner may guess the
    answers to be many (trigram matches are hard to estimate) and scan the whole table instead."""

    arg_joiner = " = ANY(ARRAY"
    template = "%(expressions)s)"
    output_field = BooleanField()


def text_match(text: str) -> Q:
    """Pairs whose prompt messages or any response (a ranking item's every candidate) contain `text` (case-insensitive).

    A pair's responses answer its prompt (imports and generation rounds store them on it), so the
    candidates are the pairs of the prompts whose messages or responses match, found through the
    trigram indexes and then the pairs' prompt index; the second test keeps exactly the pairs whose
    own texts match, on those few rows only. (ORed `IN`s over the pairs, the obvious spelling, make
    PostgreSQL test every pair: a scan that grows with the data.)
    """
    candidates = candidate_prompts(text)
    if connection.vendor == "postgresql":
        among = Q(InArray(F("prompt_id"), Subquery(candidates)))
    else:
        among = Q(prompt_id__in=candidates)
    return among & own_texts_match(text)


def candidate_prompts(text: str, *, all: bool = False, campaigns: QuerySet | None = None) -> QuerySet:
    """The ids of the prompts whose messages or responses contain `text` (UNION ALL: once per
    matching text, so that a LIMIT stops the scan early), of `campaigns` (ids) when given."""
    prompts = matching_prompts(text)
    responses = Response.objects.filter(text__icontains=text)
    if campaigns is not None:
        prompts = prompts.filter(campaign_id__in=campaigns)
        responses = responses.filter(prompt__campaign_id__in=campaigns)
    return prompts.order_by().values("id").union(responses.order_by().values("prompt_id"), all=all)


def matching_prompts(text: str) -> QuerySet[Prompt]:
    in_messages = Q(search__icontains=text)
    if connection.vendor != "postgresql":
        # SQLite keeps JSON as text with non-ASCII characters escaped (腹 is \u8179): look for that spelling too.
        in_messages |= Q(search__icontains=json.dumps(text)[1:-1])
    return Prompt.objects.annotate(search=Cast("messages", TextField())).filter(in_messages)


def own_texts_match(text: str) -> Q:
    """The pair's own texts contain `text`: tested row by row (on the few candidates, or on a walk)."""
    own_prompt = (
        Q(IContains(Cast("prompt__messages", TextField()), text))
        if connection.vendor == "postgresql"
        else Q(prompt_id__in=matching_prompts(text).order_by().values("id"))
    )
    # A ranking item's answers past A and B are its candidates (PROTOCOL §10).
    other_candidates = Exists(Candidate.objects.filter(pair=OuterRef("pk"), response__text__icontains=text))
    return own_prompt | Q(response_a__text__icontains=text) | Q(response_b__text__icontains=text) | Q(other_candidates)


# --- a text search's pages: a walk over the list first, each step within a time budget --------------

#: A text search first tests the list's first WALK_PAIRS pairs, in its order, one by one ...
WALK_PAIRS = 5_000
#: ... and stops at COUNT_CAP matches, the count then shown as a lower bound ("1,000 or more").
COUNT_CAP = 1_000
#: The most pairs one page walks: past the first WALK_PAIRS, stretches sized by how fast those went,
#: while the page lacks matches and SEARCH_BUDGET_S lasts (about 4 µs a pair at a million).
WALK_MAX = 200_000
#: The database time one page of a text search may spend on what could take long (the rare check,
#: the walk, the trigram route), each statement under `statement_timeout`: past it the page answers
#: with the matches found so far and says the search stopped (`search_complete` false).
SEARCH_BUDGET_S = 0.25
#: Of which the rare check at most: a text of common trigrams that no text holds makes the trigram
#: indexes return nearly every row to recheck (3.5-5.5 s at a million pairs). Timed out, the check
#: tells that the trigram route would be as slow: only the walk answers then.
RARE_BUDGET_S = 0.1
#: Less time than this left: no statement is started; nor the trigram route, short of TRIGRAM_MIN_S.
MIN_BOX_S = 0.01
TRIGRAM_MIN_S = 0.05
#: PostgreSQL's SQLSTATE for a statement cancelled by its timeout.
QUERY_CANCELED = "57014"
#: The savepoint a time box sets within a request's transaction (read-only queries: rolled back after).
SAVEPOINT = "medpref_search_box"


#: Why a text search stopped short of its page: its time ran out, it tested WALK_MAX pairs, or its
#: time ran out before it tested a single pair (then it sends no `next`: that would not move on).
TIME_LIMIT, WALK_CAP, STUCK = "time", "cap", "stuck"


class SearchStopped(Exception):
    """The search's time ran out: a statement cancelled by its timeout, or too little time left to start one."""


class Budget:
    """The time left to one page of a text search."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.perf_counter() + seconds

    def left(self) -> float:
        return self.ends - time.perf_counter()

    @contextmanager
    def box(self, at_most: float | None = None) -> Iterator[None]:
        """Run the queries inside within the time left (and `at_most` seconds); SearchStopped when
        it runs out. On PostgreSQL each statement runs under `SET LOCAL statement_timeout` set to the
        time then left (two statements share the box's time, not twice it), in a transaction of its
        own, or within a request's transaction under a savepoint that is rolled back afterwards (which
        undoes the setting, and a cancelled statement); other databases have no timeout (development only)."""
        seconds = self.left() if at_most is None else min(at_most, self.left())
        if seconds < MIN_BOX_S:
            raise SearchStopped
        if connection.vendor != "postgresql":
            yield
            return
        ends = time.perf_counter() + seconds
        try:
            if not connection.in_atomic_block:
                with transaction.atomic(), connection.execute_wrapper(TimeLeft(ends)):
                    yield
                return
            with connection.cursor() as cursor:
                cursor.execute(f"SAVEPOINT {SAVEPOINT}")
            try:
                with connection.execute_wrapper(TimeLeft(ends)):
                    yield
            finally:
                with connection.cursor() as cursor:
                    cursor.execute(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}; RELEASE SAVEPOINT {SAVEPOINT}")
        except OperationalError as error:
            if getattr(error.__cause__, "sqlstate", None) == QUERY_CANCELED:
                raise SearchStopped from error
            raise


class TimeLeft:
    """An execute wrapper: each statement of a time box runs under the time then left to the box
    (`SET LOCAL statement_timeout` on the same cursor just before it), and none starts with less
    than MIN_BOX_S left."""

    def __init__(self, ends: float) -> None:
        self.ends = ends

    def __call__(self, execute, sql, params, many, context):
        left = self.ends - time.perf_counter()
        if left < MIN_BOX_S:
            raise SearchStopped
        execute(f"SET LOCAL statement_timeout = {ceil(left * 1000)}", None, False, context)  # an int: nothing to quote
        return execute(sql, params, many, context)


@dataclass(frozen=True)
class Walk:
    """What a walk over the list found: `ids`, the matches in the list's order; `walked`, the pairs
    it tested; `position`, the id of the last pair it tested (None: none); `ended`, whether the list
    ended within it (then `ids` are every match past where it began)."""

    ids: list[int]
    walked: int
    position: int | None
    ended: bool
    #: Why it stopped before the list's end or `enough` matches: TIME_LIMIT or WALK_CAP ("" when it did not).
    stopped: str = ""


@dataclass(frozen=True)
class Resume:
    """Where the walk for page `number` of `per_page` matches resumes (keyset pagination): past the
    pair `after`, with `before` matches up to it, and `seen` the highest count shown so far (a lower
    bound the next pages keep). Signed for her search (TextSearch.key): the counts it carries are
    then the server's own, and a deep page costs a walk of one page's matches, not of every match
    before. A search that stopped within (or short of) a page resumes that same page, for its other
    matches."""

    number: int
    per_page: int
    before: int
    after: int | None
    seen: int = 0

    def fits(self, number: int, per_page: int) -> bool:
        """Whether it leads to page `number` of `per_page`: at most the page's matches lie before it."""
        return (number, per_page) == (self.number, self.per_page) and 0 <= self.before < number * per_page


@dataclass(frozen=True)
class TextSearch:
    """A text search of the pair list: `found`, every match (through the trigram indexes), and
    `listed`, the list without the text test, for the walk that answers most pages."""

    found: QuerySet[Pair]
    listed: QuerySet[Pair]
    text: str
    order: tuple[str, ...]
    #: The ids of the campaigns whose texts `rare` counts (None: every campaign), see `listed_campaigns`.
    campaigns: QuerySet | None = None
    #: Who searched for what, in which order: a resume token is valid for this search only.
    key: str = ""
    #: The `cursor` of the request (a signed Resume), "" when none.
    cursor: str = ""

    def stretch(self, matches: int, window: int, after: int | None) -> Walk:
        """The first `matches` matches among the list's next `window` pairs past the pair `after`."""
        listed = self.listed.order_by(*self.order)
        if after is not None:
            listed = listed.filter(**{"pk__lt" if self.order[0].startswith("-") else "pk__gt": after})
        walked = listed.values("pk")[:window]
        # As one array (PostgreSQL): the pairs are then read by id in the list's order, where a join
        # would merge along the whole primary key, every other campaign's pairs included.
        among = InArray(F("pk"), Subquery(walked)) if connection.vendor == "postgresql" else Q(pk__in=walked)
        ids = list(
            Pair.objects.filter(among)
            .filter(own_texts_match(self.text))
            .order_by(*self.order)
            .values_list("pk", flat=True)[:matches]
        )
        if len(ids) == matches:  # stopped at its last match: that is where it got to
            return Walk(ids=ids, walked=window, position=ids[-1], ended=False)
        last = list(listed.values_list("pk", flat=True)[window - 1 : window])
        return Walk(ids=ids, walked=window, position=last[0] if last else None, ended=not last)

    def walk(self, matches: int, budget: Budget, *, enough: int | None = None, after: int | None = None) -> Walk:
        """The first `matches` pairs of the list past `after`, in its order, whose own texts contain
        the text: its first WALK_PAIRS pairs, then (while fewer than `enough` are found) stretches as
        long as the time left allows at the pace so far, up to WALK_MAX pairs. Stops early, with
        what it found, when the budget runs out."""
        enough = matches if enough is None else min(enough, matches)
        ids: list[int] = []
        walked, position, window, started = 0, after, min(WALK_PAIRS, WALK_MAX), time.perf_counter()
        while True:
            try:
                # Until one stretch has gone, the pace is unknown: the first may spend two thirds of the
                # time left, and one cancelled is tried again at half the length in what remains (a
                # page that tests no pair at all could not send the reader on).
                with budget.box(None if walked else budget.left() * 2 / 3):
                    found = self.stretch(matches - len(ids), window, position)
            except SearchStopped:
                if walked or window < 2:
                    return Walk(ids=ids, walked=walked, position=position, ended=False, stopped=TIME_LIMIT)
                window //= 2
                continue
            ids += found.ids
            walked += found.walked
            position = found.position if found.position is not None else position
            if found.ended or len(ids) >= enough:
                return Walk(ids=ids, walked=walked, position=position, ended=found.ended)
            if walked >= WALK_MAX:
                return Walk(ids=ids, walked=walked, position=position, ended=False, stopped=WALK_CAP)
            # As far as the time left walks at the pace so far (a stretch its timeout cuts short is lost).
            pace = walked / max(time.perf_counter() - started, 1e-3)
            window = int(min(WALK_MAX - walked, 0.8 * pace * budget.left()))
            if window < WALK_PAIRS // 5:
                return Walk(ids=ids, walked=walked, position=position, ended=False, stopped=TIME_LIMIT)

    def rare(self) -> QuerySet[Pair] | None:
        """Every match, when the text is in at most COUNT_CAP prompts and responses of the list's campaigns:
        the pairs of those prompts (their ids read once, not searched for again) whose own texts
        contain it; None when it is in more (then the walk is likely to fill the page).

        Asked with LIMIT COUNT_CAP + 1, the question costs little either way: PostgreSQL scans the
        trigram indexes for a rare text, and for a common one reads the tables in order until the
        limit (a few ms), where the walk would test WALK_PAIRS pairs in vain for a rare one. Only the
        campaigns she may list are counted: which route answers (and how fast) must not tell her
        whether the text is common in a campaign she cannot see.
        """
        candidates = candidate_prompts(self.text, all=True, campaigns=self.campaigns)
        prompt_ids = list(candidates.values_list("id", flat=True)[: COUNT_CAP + 1])
        if len(prompt_ids) > COUNT_CAP:
            return None
        return self.listed.filter(prompt_id__in=set(prompt_ids)).filter(own_texts_match(self.text))

    def pairs(self, ids: list[int]) -> list[Pair]:
        """The walk's pairs of `ids` in this order, with their related rows (read by id, not searched again)."""
        by_id = self.listed.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def resume_token(self, resume: Resume) -> str:
        return signing.dumps([resume.number, resume.per_page, resume.before, resume.after, resume.seen], salt=self.key)

    def resumed(self, number: int, per_page: int) -> Resume | None:
        """The request's cursor when it is this search's and leads to page `number` of `per_page`
        pairs; None otherwise (a cursor of another search or page size, or edited: the page number
        alone answers)."""
        if not self.cursor:
            return None
        try:
            resume = Resume(*signing.loads(self.cursor, salt=self.key))
        except (signing.BadSignature, TypeError, ValueError):
            return None
        return resume if resume.fits(number, per_page) else None


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


class SearchPage(Page):
    """A page of a text search served by the walk: whether more may follow, and the `cursor` of the
    next page (where the walk got to), whatever the count says."""

    def __init__(self, object_list, number, paginator, *, more: bool, next_number: int, cursor: str) -> None:
        super().__init__(object_list, number, paginator)
        self.more, self.next_number, self.cursor = more, next_number, cursor

    def has_next(self) -> bool:
        return self.more

    def next_page_number(self) -> int:
        return self.next_number

    def previous_page_number(self) -> int:
        return self.number - 1  # a stopped search's count may fall short of the pages before


class PastTheEnd(EmptyPage):
    """A text search's page asked for by number past its last match, with the empty last page the walk found."""

    def __init__(self, page: Page) -> None:
        super().__init__(gettext("That page contains no results"))
        self.page = page


class SearchPaginator(Paginator):
    """Django's paginator over a pair list, or over a TextSearch, each page within SEARCH_BUDGET_S.

    A text in few prompts and responses (TextSearch.rare) is paged from its candidates with the
    exact count. Otherwise the walk answers when it finds the page's matches (or the list ends):
    `count` is the matches found, `exact` False ("N or more") unless the list ended, and the next
    page resumes the walk where this one ended (its `cursor`). A walk short of the page tries the
    trigram route (every match, counted) in the time left. When neither answers in time, the page
    holds the matches the walk found, `complete` is False and `walked` says how many pairs it tested:
    "the search stopped, refine it", and the next page searches further.
    """

    def __init__(self, object_list, per_page, **kwargs) -> None:
        self.search = object_list if isinstance(object_list, TextSearch) else None
        super().__init__(self.search.found if self.search else object_list, per_page, **kwargs)
        self.exact, self.complete, self.walked, self.stopped = True, True, 0, ""
        self.probed, self.crowded = False, False

    def page(self, number) -> Page:
        if self.search is None:
            return super().page(number)
        number = self.validate_number_format(number)
        budget = Budget(SEARCH_BUDGET_S)
        resumed = self.search.resumed(number, self.per_page)
        if not self.probed and resumed is None:  # asked once, whatever page get_page ends up on
            # (A cursor comes from a walk's page: the text was not rare then.)
            self.probed = True
            try:
                with budget.box(RARE_BUDGET_S):
                    rare = self.search.rare()
            except SearchStopped:
                rare, self.crowded = None, True
            if rare is not None:
                self.object_list, self.search = rare, None
                return super().page(number)
        search, per_page = self.search, self.per_page
        self.exact, self.complete, self.walked, self.stopped = True, True, 0, ""
        # Page `number` holds the matches numbered ((number - 1) * per_page, number * per_page]; a
        # cursor says where the walk got to (`after`) and how many matches lie before it.
        resume = resumed or Resume(number=number, per_page=per_page, before=0, after=None)
        start, end = (number - 1) * per_page, number * per_page
        skip, want = max(0, start - resume.before), end - resume.before
        fresh = resume.after is None  # from the list's start: the first pages also count up to COUNT_CAP
        walk = search.walk(max(want, COUNT_CAP) + 1 if fresh else want + 1, budget, enough=want + 1, after=resume.after)
        found = resume.before + len(walk.ids)
        if fresh and not (walk.ended or found >= end) and not self.crowded and budget.left() >= TRIGRAM_MIN_S:
            try:  # the trigram route: every match, counted (quick for a text in few prompts)
                with budget.box():
                    self.__dict__.pop("count", None)
                    self.object_list = search.found
                    top = self.validate_number(number) * per_page
                    return self._get_page(list(search.found[top - per_page : top]), number, self)
            except SearchStopped:
                self.__dict__.pop("count", None)
        shown = self.walked_page(walk, resume, walk.ids[skip:want], found=found, end=end)
        if walk.ended and found <= start and number > 1 and resumed is None:
            # A number past the last match: the API answers 404 as for any list; the console shows
            # this empty last page, exactly counted, rather than search again for page 1. (Through a
            # `next` link the page is answered: the server sent the reader there.)
            raise PastTheEnd(shown)
        return shown

    def walked_page(self, walk: Walk, resumed: Resume, shown: list[int], *, found: int, end: int) -> SearchPage:
        """A page from the walk resumed at `resumed`: `shown`, its matches; `found` the matches known
        up to where the walk got to (those before where it began included), `end` the number of the
        page's last match."""
        number, per_page = resumed.number, resumed.per_page
        self.exact, self.complete, self.walked = walk.ended, walk.ended or found >= end, walk.walked
        self.stopped = "" if self.complete else walk.stopped
        # Paginator.count is a cached property. Short of the list's end it is a lower bound: the
        # highest one shown so far stays (a later page's walk, from where the last one ended, finds fewer).
        seen = found if walk.ended else max(found, resumed.seen)
        self.__dict__["count"] = seen
        if walk.ended and found <= end:
            resume = None
        elif found > end:  # the next page resumes past this one's last pair: a deep page costs what the first did
            resume = Resume(number=number + 1, per_page=per_page, before=end, after=shown[-1], seen=seen)
        elif walk.walked == 0:  # it tested no pair: a link to where it began would loop
            resume, self.stopped = None, STUCK
        else:  # stopped short, or at the page's last match: on past the last pair tested (this page's rest, if any)
            resume = Resume(
                number=number + 1 if found == end else number,
                per_page=per_page,
                before=found,
                after=walk.position,
                seen=seen,
            )
        return SearchPage(
            self.search.pairs(shown),
            number,
            self,
            more=resume is not None,
            next_number=resume.number if resume else number + 1,
            cursor=self.search.resume_token(resume) if resume else "",
        )

    def get_page(self, number) -> Page:
        """As Paginator.get_page (a bad number: the first page), without counting every match first; a
        number past the last match: the empty last page the walk found, not a second search for page 1."""
        if self.search is None:
            return super().get_page(number)
        try:
            return self.page(number)
        except PastTheEnd as past:
            return past.page
        except (PageNotAnInteger, EmptyPage):
            return self.page(1)

    def validate_number_format(self, number) -> int:
        """The page number as an int of at least 1 (Paginator.validate_number, without the count)."""
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(gettext("That page number is not an integer")) from None
        if number < 1:
            raise EmptyPage(gettext("That page number is less than 1"))
        return number

    def stopped_note(self) -> str:
        """What a page says when its search stopped short of it, and why ("" when it did not)."""
        if self.complete:
            return ""
        if self.stopped == STUCK:
            return gettext(
                "This search could not test a single pair within its time limit. Narrow it "
                "(a longer phrase, a campaign, a state)."
            )
        if self.stopped == WALK_CAP:
            return gettext(
                "This search stopped after testing %(count)s pairs, the most one page tests: the pairs shown "
                "match it, others may too. Narrow it (a longer phrase, a campaign, a state) or search further."
            ) % {"count": f"{self.walked:,}"}
        return gettext(
            "This search stopped at its time limit after testing %(count)s pairs: the pairs shown match it, "
            "others may too. Narrow it (a longer phrase, a campaign, a state) or search further."
        ) % {"count": f"{self.walked:,}"}


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
    if annotation.pair.state != PairState.PENDING:
        # The same words whatever the outcome: the state itself is not hers to see.
        raise Conflict(
            gettext(
                "your last pair (%(id)s) can no longer be changed: all its annotations are in and it was closed. Carry on with the next pair."
            )
            % {"id": annotation.pair_id}
        )
    return LastPair(annotation=annotation, pair=annotation.pair, candidates=tuple(candidates_of(annotation.pair)))
