"""A text search of the pair list: which pairs' texts contain a phrase, a page at a time within a time budget.

The pair browser (selectors.pairs) chooses the pairs she may see and builds a TextSearch over them;
this module tests texts and pages the matches. A phrase of two whole words or more whose word pairs
are in few texts is found through their index (services.phrase_index, where a deployment built it), another text in few prompts through
the trigram indexes (migration 0010_pairs), both with the exact count; a common one by walking the
list in its order, the matches found so far shown as a lower bound. Each page spends at most SEARCH_BUDGET_S of
database time (medpref.core.timebox): past it, the page says the search stopped and where to go on.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    Window,
)
from django.db.models.functions import Cast
from django.db.models.lookups import IContains
from django.utils.translation import gettext

from annotation.errors import ServiceError
from annotation.models import Candidate, Pair, Prompt, Response
from medpref.core.timebox import Budget, OutOfTime

SEARCH_MIN_LENGTH = 2
SEARCH_MAX_LENGTH = 200


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


def json_spellings(text: str) -> list[str]:
    """`text` as the messages' JSON text may spell it: as typed, and with quotes and backslashes
    escaped (`"` is `\\"` in `messages::text`); SQLite's JSON text also escapes non-ASCII (腹 is \\u8179)."""
    escaped = json.dumps(text, ensure_ascii=connection.vendor != "postgresql")[1:-1]
    return [text] if escaped == text else [text, escaped]


def in_json(field: str, text: str) -> Q:
    """`field` (JSON cast to text) contains `text` in one of its JSON spellings (case-insensitive)."""
    found = Q()
    for spelling in json_spellings(text):
        found |= Q(IContains(Cast(field, TextField()), spelling))
    return found


def matching_prompts(text: str) -> QuerySet[Prompt]:
    return Prompt.objects.filter(in_json("messages", text))


def own_texts_match(text: str) -> Q:
    """The pair's own texts contain `text`: tested row by row (on the few candidates, or on a walk)."""
    own_prompt = (
        in_json("prompt__messages", text)
        if connection.vendor == "postgresql"
        else Q(prompt_id__in=matching_prompts(text).order_by().values("id"))
    )
    # A ranking item's answers past A and B are its candidates (PROTOCOL §10).
    other_candidates = Exists(Candidate.objects.filter(pair=OuterRef("pk"), response__text__icontains=text))
    return own_prompt | Q(response_a__text__icontains=text) | Q(response_b__text__icontains=text) | Q(other_candidates)


# --- the phrase route: adjacent word pairs, indexed (migration 0017; opt-in: services.phrase_index) ---------------------

#: Han characters: each one a word (Chinese has no spaces), as `medpref_word_pairs` splits them.
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
WORDS = re.compile(f"[A-Za-z0-9]+|[{HAN}]")
HAN_CHAR = re.compile(f"[{HAN}]")


def phrase_char(char: str) -> bool:
    """Whether the route may read `char` as the database does: ASCII, Han, or punctuation, a space or
    a symbol without case. A letter outside ASCII may upper-case to ASCII in the database (ſ to S),
    and its words would then differ from the ones read here."""
    if char.isascii() or HAN_CHAR.fullmatch(char):
        return True
    return unicodedata.category(char)[0] in "PZS" and char.upper() == char == char.lower()


def phrase_words(text: str) -> str | None:
    """The part of `text` whose adjacent word pairs every text containing it holds, or None when it
    has fewer than two such words (or letters other than ASCII and Han, see `phrase_char`).

    A word is a run of ASCII letters and digits or one Han character, as `medpref_word_pairs` reads
    texts. A first Latin word at the text's start may be the end of a longer word in a matching text
    ("ergency department" is in "emergency department"), and a last one at its end the start of
    one: both are left out. The words between are whole words of every match, in that order.
    """
    if not all(phrase_char(char) for char in text):
        return None
    spans = [(m.start(), m.end()) for m in WORDS.finditer(text)]
    if spans and spans[0][0] == 0 and text[0].isascii():
        spans = spans[1:]
    if spans and spans[-1][1] == len(text) and text[-1].isascii():
        spans = spans[:-1]
    return text[spans[0][0] : spans[-1][1]] if len(spans) >= 2 else None


class HasWordPairs(Func):
    """`medpref_word_pairs(text) @> medpref_word_pairs(words)`: the text holds every adjacent word
    pair of `words` (the GIN indexes of services.phrase_index answer it for prompts' messages and responses)."""

    arg_joiner = ") @> medpref_word_pairs("
    template = "medpref_word_pairs(%(expressions)s)"
    output_field = BooleanField()


def phrase_texts(words: str, *, campaigns: QuerySet | None = None) -> tuple[QuerySet[Prompt], QuerySet[Response]]:
    """The prompts whose messages and the responses whose texts hold every word pair of `words`
    (through the indexes of services.phrase_index), of `campaigns` (ids) when given: every text containing the
    phrase, and others."""
    phrase = Value(words, output_field=TextField())
    prompts = Prompt.objects.filter(HasWordPairs(Cast("messages", TextField()), phrase))
    responses = Response.objects.filter(HasWordPairs(F("text"), phrase))
    if campaigns is not None:
        prompts = prompts.filter(campaign_id__in=campaigns)
        responses = responses.filter(prompt__campaign_id__in=campaigns)
    return prompts.order_by(), responses.order_by()


def phrase_match(text: str, prompts: QuerySet[Prompt], responses: QuerySet[Response]) -> Q:
    """Pairs whose own texts contain `text`, found from `prompts` and `responses` that include every
    text containing it: the texts are tested once each (not once for every pair that shows them),
    then the pairs are found through the indexes on their prompt, answers and candidates. The same
    pairs as `own_texts_match`, which tests each pair's own texts."""
    in_prompts = prompts.filter(in_json("messages", text)).values("id")
    in_responses = responses.filter(text__icontains=text).values("id")
    in_candidates = Candidate.objects.filter(InArray(F("response_id"), Subquery(in_responses))).values("pair_id")
    return (
        Q(InArray(F("prompt_id"), Subquery(in_prompts)))
        | Q(InArray(F("response_a_id"), Subquery(in_responses)))
        | Q(InArray(F("response_b_id"), Subquery(in_responses)))
        | Q(InArray(F("pk"), Subquery(in_candidates)))
    )


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
#: Less time than this left: the trigram route is not tried.
TRIGRAM_MIN_S = 0.05
#: A phrase of two whole words or more (phrase_words) is first looked up by its word pairs: in at most
#: PHRASE_CAP prompts and responses, its page and exact count come from those texts, each tested for
#: the phrase (about 30-50 µs a text on the loaded development machine: 3,000 fit in the time left),
#: in PHRASE_BUDGET_S for the look-up and the time left for the page. In more, the walk answers.
PHRASE_CAP = 3_000
PHRASE_BUDGET_S = 0.1


#: Why a text search stopped short of its page: its time ran out, it tested WALK_MAX pairs, or its
#: time ran out before it tested a single pair (then it sends no `next`: that would not move on).
TIME_LIMIT, WALK_CAP, STUCK = "time", "cap", "stuck"


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
            except OutOfTime:
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

    def phrased(self) -> bool:
        """Whether the phrase route may answer: turned on (`PAIR_SEARCH_PHRASES`, with the indexes of
        services.phrase_index), PostgreSQL, two whole words or more."""
        return (
            settings.PAIR_SEARCH_PHRASES and connection.vendor == "postgresql" and phrase_words(self.text) is not None
        )

    def by_phrase(self) -> QuerySet[Pair] | None:
        """Every match, when the phrase's word pairs are in at most PHRASE_CAP prompts and responses
        of the list's campaigns (counted with LIMIT PHRASE_CAP + 1 through the indexes): the cost of
        finding them all is testing those texts for the phrase. None when they are in more. As for
        `rare`, only the campaigns she may list are counted."""
        prompts, responses = phrase_texts(phrase_words(self.text), campaigns=self.campaigns)
        texts = prompts.values("id").union(responses.values("id"), all=True)
        if texts[: PHRASE_CAP + 1].count() > PHRASE_CAP:
            return None
        return self.listed.filter(phrase_match(self.text, prompts, responses))

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

    A phrase of two whole words or more whose word pairs are in few prompts and responses
    (TextSearch.by_phrase, PostgreSQL), or another text in few (TextSearch.rare), is paged from its
    candidates with the exact count. Otherwise the walk answers when it finds the page's matches (or the list ends):
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
            # Its word pairs tell a rare phrase better than its trigrams; where the phrase route
            # declines (more candidates than PHRASE_CAP, or its look-up out of time: no index, a
            # loaded machine), the rare check answers as with the route off.
            phrased = self.phrase_page(number, budget) if self.search.phrased() else None
            if phrased is not None:
                return phrased
            try:
                with budget.box(RARE_BUDGET_S):
                    rare = self.search.rare()
            except OutOfTime:
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
            except OutOfTime:
                self.__dict__.pop("count", None)
        shown = self.walked_page(walk, resume, walk.ids[skip:want], found=found, end=end)
        if walk.ended and found <= start and number > 1 and resumed is None:
            # A number past the last match: the API answers 404 as for any list; the console shows
            # this empty last page, exactly counted, rather than search again for page 1. (Through a
            # `next` link the page is answered: the server sent the reader there.)
            raise PastTheEnd(shown)
        return shown

    def phrase_page(self, number: int, budget: Budget) -> Page | None:
        """Page `number` of every match with the exact count, from the phrase route (TextSearch.by_phrase),
        when its word pairs are in few enough prompts and the page is read in the time left (one
        statement: the page and the count over it); None when they are in more, or the look-up ran
        out of time, and the rare check and the walk answer as with the route off. A page statement out of time answers a stopped page that
        holds nothing, whose `next` walks the list from its start with a whole budget (the trigram
        route, no quicker, is not tried: `crowded`)."""
        start = (number - 1) * self.per_page
        try:
            with budget.box(PHRASE_BUDGET_S):
                matches = self.search.by_phrase()
        except OutOfTime:  # says nothing of its trigrams: the rare check is still asked
            matches = None
        if matches is None:
            return None
        try:
            with budget.box():
                rows = list(matches.annotate(search_total=Window(Count("pk")))[start : start + self.per_page])
                count = rows[0].search_total if rows else matches.count()
        except OutOfTime:
            self.crowded = True
            return self.walk_later(number)
        self.object_list, self.search = matches, None
        self.__dict__["count"] = count  # Paginator.count, a cached property
        return self._get_page(rows, self.validate_number(number), self)

    def walk_later(self, number: int) -> SearchPage:
        """A stopped page that found nothing yet, whose `next` link (a cursor from the list's start)
        walks the list for page `number` with the next request's whole budget."""
        self.exact, self.complete, self.walked, self.stopped = False, False, 0, TIME_LIMIT
        self.__dict__["count"] = 0
        resume = Resume(number=number, per_page=self.per_page, before=0, after=None)
        cursor = self.search.resume_token(resume)
        return SearchPage([], number, self, more=True, next_number=number, cursor=cursor)

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
