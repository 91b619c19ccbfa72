"""A text search's page has a time budget: each of its statements runs under a timeout, a search
that runs out says so (`search_complete` false, a note, a link that searches further) and never
shows a pair that does not match; its `next` links resume the walk where the page ended (a signed
cursor), so a deep page costs what the first did. The walk and its cap are lowered so that a few
dozen pairs show it."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from urllib.parse import parse_qs, urlparse

import pytest
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotation.models import PairState
from annotation.selectors import pair_search as text_search
from annotation.selectors import pairs as browser
from frontend.views import pairs as pair_pages
from medpref.core import timebox
from tests.factories import client_for, join, make_campaign, make_pairs

pytestmark = pytest.mark.usefixtures("merged_search_indexes")

PAGE = 3


@pytest.fixture
def searched(admin, monkeypatch):
    """30 pairs whose prompts all say "rash serious" (and "Question N:"), a walk of 10 pairs that stops past 4 matches."""
    monkeypatch.setattr(text_search, "WALK_PAIRS", 10)
    monkeypatch.setattr(text_search, "COUNT_CAP", 4)
    campaign = make_campaign("Dermatology", gold_rate=0)
    return campaign, [pair.pk for pair in make_pairs(campaign, 30)]


def get(admin, url: str, params: dict | None = None) -> dict:
    response = client_for(admin).get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def search(admin, campaign, text: str, **params) -> dict:
    return get(admin, "/api/v1/pairs/", {"campaign": campaign.pk, "q": text, "page_size": PAGE, **params})


def ids(body: dict) -> list[int]:
    return [row["id"] for row in body["results"]]


def cursor_of(link: str) -> str:
    return parse_qs(urlparse(link).query)["cursor"][0]


def signing_key(user, campaign, text: str) -> str:
    """The key the server signs `user`'s cursors of a search of `text` in `campaign` with (the API's order)."""
    return f"pair-search:{user.pk}:('id',):{browser.PairFilters(text=text, campaign_id=campaign.pk)!r}"


def signed_for(user, campaign, text: str, resume: text_search.Resume) -> str:
    """A cursor as the server signs it for `user`'s search."""
    search = text_search.TextSearch(
        found=None, listed=None, text=text, order=("id",), key=signing_key(user, campaign, text)
    )
    return search.resume_token(resume)


def slow_stretches(monkeypatch, seconds: float, *, from_window: int = 0) -> None:
    """Each stretch of the walk of at least `from_window` pairs first sleeps `seconds` in the database."""
    real = text_search.TextSearch.stretch

    def slow(self, matches, window, after):
        if window >= from_window:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_sleep(%s)", [seconds])
        return real(self, matches, window, after)

    monkeypatch.setattr(text_search.TextSearch, "stretch", slow)


def statement_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_statement_past_the_budget_is_cancelled_and_the_connection_goes_on_as_before():
    before = statement_timeout()
    with pytest.raises(timebox.OutOfTime), timebox.Budget(1).box(at_most=0.05), connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(2)")
    with timebox.Budget(1).box(at_most=0.5), connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    # Within the test's transaction: the cancelled statement and the box's own timeout are rolled back.
    assert statement_timeout() == before
    # Too little time left starts no statement at all.
    with pytest.raises(timebox.OutOfTime), timebox.Budget(timebox.MIN_BOX_S / 2).box():
        pass


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_statements_of_one_time_box_share_its_time():
    # Each statement runs under the time then left: two of 0.6 s do not fit in a box of one second.
    with pytest.raises(timebox.OutOfTime), timebox.Budget(1).box(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(0.6)")
        cursor.execute("SELECT pg_sleep(0.6)")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_as_in_production_a_cancelled_statement_leaves_the_connection_as_it_was(
    admin, searched, monkeypatch
):
    campaign, pair_ids = searched
    assert not connection.in_atomic_block
    before = statement_timeout()
    with pytest.raises(timebox.OutOfTime), timebox.Budget(1).box(at_most=0.05), connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(2)")
    assert statement_timeout() == before and not connection.in_atomic_block
    # A request whose walk is cut short by its timeout: the matches found before, and the connection as it was.
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # nor the phrase route
    monkeypatch.setattr(text_search, "SEARCH_BUDGET_S", 1)
    slow_stretches(monkeypatch, 2, from_window=11)  # the first ten pairs are quick, the stretch after them is not
    stopped = search(admin, campaign, "rash serious", page=4)  # the 10th to 12th matches: the 10th found
    assert (ids(stopped), stopped["count"], stopped["search_complete"]) == ([pair_ids[9]], 10, False)
    assert "time limit" in stopped["search_note"] and statement_timeout() == before


@pytest.mark.django_db
def test_next_links_resume_the_walk_and_give_the_pages_the_indexes_give(admin, searched):
    campaign, pair_ids = searched
    body = search(admin, campaign, "rash serious")
    pages = [ids(body)]
    while body["next"] is not None:
        assert "cursor=" in body["next"] and body["search_complete"] is True
        body = get(admin, body["next"])
        pages.append(ids(body))
    # Every page of three, in the list's order; the last one knows the list ended: counted exactly.
    assert pages == [pair_ids[n : n + PAGE] for n in range(0, 30, PAGE)]
    assert (body["count"], body["count_exact"]) == (30, True)


@pytest.mark.django_db
def test_a_cursor_of_another_search_page_size_or_user_is_ignored(admin, expert, searched):
    campaign, pair_ids = searched
    text = "rash serious"
    # A cursor that skips to past the 21st pair for page 2: honoured, page 2 shows pairs 22-24.
    skip = text_search.Resume(number=2, per_page=PAGE, before=PAGE, after=pair_ids[20])
    mine = signed_for(admin, campaign, text, skip)
    assert ids(search(admin, campaign, text, page=2, cursor=mine)) == pair_ids[21:24]
    # For page 4, another page size, another text, another user, or edited: the page number alone answers.
    assert ids(search(admin, campaign, text, page=4, cursor=mine)) == pair_ids[9:12]
    other_size = signed_for(admin, campaign, text, replace(skip, per_page=10))
    assert ids(search(admin, campaign, text, page=2, cursor=other_size)) == pair_ids[3:6]
    assert ids(search(admin, campaign, "Question 2", page=2, cursor=mine)) == pair_ids[22:25]
    assert ids(search(admin, campaign, text, page=2, cursor=mine + "x")) == pair_ids[3:6]
    # An expert's cursor is hers: the admin's search ignores it, and hers ignores the admin's.
    join(campaign, expert)
    disputed = [pair.pk for pair in make_pairs(campaign, 9, start=30, state=PairState.DISPUTED)]
    assert ids(search(admin, campaign, text, page=2, cursor=signed_for(expert, campaign, text, skip))) == pair_ids[3:6]
    hers = text_search.Resume(number=2, per_page=PAGE, before=PAGE, after=disputed[5])
    assert ids(search(expert, campaign, text, page=2, cursor=signed_for(expert, campaign, text, hers))) == disputed[6:9]
    assert ids(search(expert, campaign, text, page=2, cursor=signed_for(admin, campaign, text, hers))) == disputed[3:6]


@pytest.mark.django_db
def test_a_next_link_followed_with_another_page_size_answers_by_the_page_number(admin, searched):
    campaign, pair_ids = searched
    link = search(admin, campaign, "rash serious", page_size=10)["next"]
    assert ids(get(admin, link.replace("page_size=10", f"page_size={PAGE}"))) == pair_ids[3:6]
    assert ids(get(admin, link.replace("page_size=10", "page_size=12"))) == pair_ids[12:24]


@pytest.mark.django_db
def test_a_text_search_has_no_last_page_to_jump_to(admin, searched):
    campaign, _ = searched
    with CaptureQueriesContext(connection) as queries:
        response = client_for(admin).get(
            "/api/v1/pairs/", {"campaign": campaign.pk, "q": "rash serious", "page_size": PAGE, "page": "last"}
        )
    assert response.status_code == 400 and "next links" in response.json()["message"]
    assert not [query for query in queries.captured_queries if "COUNT(" in query["sql"].upper()]
    # The list without a text search still has one.
    assert get(admin, "/api/v1/pairs/", {"campaign": campaign.pk, "page_size": PAGE, "page": "last"})["next"] is None


@pytest.mark.django_db
def test_the_count_shown_never_falls_from_one_page_to_the_next(admin, searched, monkeypatch):
    campaign, _ = searched
    monkeypatch.setattr(text_search, "COUNT_CAP", 20)  # the first page counts 21 "or more"; the next walk fewer
    monkeypatch.setattr(text_search, "WALK_PAIRS", 30)
    body = search(admin, campaign, "rash serious")
    counts = [body["count"]]
    while body["next"] is not None:
        body = get(admin, body["next"])
        counts.append(body["count"])
    assert counts[0] == 21 and counts == sorted(counts) and (counts[-1], body["count_exact"]) == (30, True)


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_search_whose_first_stretch_is_too_slow_tries_a_shorter_one_and_never_links_to_itself(
    admin, searched, monkeypatch
):
    campaign, pair_ids = searched
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # nor the phrase route
    monkeypatch.setattr(text_search, "SEARCH_BUDGET_S", 1)
    # Stretches of ten pairs are too slow for the budget; of five, quick: the page tests five and goes on.
    slow_stretches(monkeypatch, 2, from_window=10)
    halved = search(admin, campaign, "rash serious", page=3)
    assert (ids(halved), halved["count"], halved["search_complete"]) == ([], 5, False)
    assert signing.loads(cursor_of(halved["next"]), salt=signing_key(admin, campaign, "rash serious"))[2:4] == [
        5,
        pair_ids[4],
    ]
    # Every stretch too slow: no pair tested, so no `next` that would ask the same again; it says so.
    slow_stretches(monkeypatch, 2)
    stuck = search(admin, campaign, "rash serious", page=3)
    assert (ids(stuck), stuck["next"], stuck["search_complete"]) == ([], None, False)
    assert "could not test a single pair" in stuck["search_note"]


@pytest.mark.django_db
def test_next_links_that_walk_past_the_last_match_end_on_an_empty_page_exactly_counted(admin, searched, monkeypatch):
    campaign, pair_ids = searched
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # nor the phrase route
    monkeypatch.setattr(text_search, "WALK_MAX", 10)
    # "Question 1" is in 11 pairs (1 and 10-19): page 5 (the 13th to 15th) does not exist, but the
    # walk only finds out at the list's end; its links lead there, and the last page says so.
    body = search(admin, campaign, "Question 1", page=5)
    while body["next"] is not None:
        body = get(admin, body["next"])
    assert (ids(body), body["count"], body["count_exact"], body["search_complete"]) == ([], 11, True, True)
    assert "page=4" in body["previous"]


@pytest.mark.django_db
def test_the_console_follows_its_links_to_the_empty_last_page(admin, searched, monkeypatch):
    monkeypatch.setattr(pair_pages, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # nor the phrase route
    monkeypatch.setattr(text_search, "WALK_MAX", 10)
    campaign, _ = searched
    page = Client()
    page.force_login(admin)
    shown = page.get("/console/pairs/", {"campaign": campaign.pk, "q": "Question 1", "page": 5}).content.decode()
    followed = 0
    while (link := re.search(r'href="\?([^"]+)" rel="next"', shown)) is not None:
        shown = page.get("/console/pairs/?" + html.unescape(link.group(1))).content.decode()
        followed += 1
    assert followed and 'id="list-ended"' in shown and "11 pairs" in shown and "Page 5 of 4" not in shown
    assert 'id="pair-table"' not in shown and "No pair matches these filters." not in shown
    # Asked for by number past the last match, once the walk reaches the list's end: the same empty
    # last page (the API answers 404, as for any list), not page 1 searched again.
    monkeypatch.setattr(text_search, "WALK_MAX", 200)
    past = page.get("/console/pairs/", {"campaign": campaign.pk, "q": "Question 1", "page": 9}).content.decode()
    assert 'id="list-ended"' in past and "11 pairs" in past and 'id="pair-table"' not in past
    response = client_for(admin).get(
        "/api/v1/pairs/", {"campaign": campaign.pk, "q": "Question 1", "page_size": PAGE, "page": 9}
    )
    assert response.status_code == 404


@pytest.mark.django_db
def test_a_search_out_of_time_says_so_and_searches_further_from_where_it_stopped(admin, searched, monkeypatch):
    campaign, pair_ids = searched
    # The rare check runs out of time (as for a text whose trigrams fill the indexes), so the trigram
    # route would too; the walk stops at its longest, ten pairs: the one match lies beyond them.
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # nor the phrase route
    monkeypatch.setattr(text_search, "WALK_MAX", 10)
    stopped = search(admin, campaign, "Question 17:")
    assert (ids(stopped), stopped["count"], stopped["count_exact"]) == ([], 0, False)
    assert stopped["search_complete"] is False and "10 pairs, the most one page tests" in stopped["search_note"]
    assert "page=1" in stopped["next"]  # the same page again, the walk resumed past the tenth pair
    further = get(admin, stopped["next"])
    assert ids(further) == [pair_ids[17]] and (further["count"], further["search_complete"]) == (1, False)
    # On to the list's end, ten pairs a page: nothing more, and then the count is exact.
    while further["next"] is not None:
        further = get(admin, further["next"])
        assert ids(further) == []
    assert (further["count"], further["count_exact"], further["search_complete"]) == (1, True, True)
    # A phrase the walk finds in time is complete, whatever the rare check did.
    assert search(admin, campaign, "rash serious")["search_complete"] is True


@pytest.mark.django_db
def test_the_console_says_the_search_stopped_and_links_to_search_further(admin, searched, monkeypatch):
    monkeypatch.setattr(pair_pages, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # nor the phrase route
    monkeypatch.setattr(text_search, "WALK_MAX", 10)
    campaign, _ = searched
    page = Client()
    page.force_login(admin)
    # Newest first: the oldest pair's answer lies beyond the ten pairs walked.
    shown = page.get("/console/pairs/", {"campaign": campaign.pk, "q": "Answer A to question 0"}).content.decode()
    assert 'id="search-stopped"' in shown and "Search further" in shown and "cursor=" in shown
    assert "No pair matches these filters." not in shown


@pytest.mark.django_db
def test_a_page_asked_for_by_number_shows_only_its_own_matches_when_the_search_stops_short_of_it(
    admin, searched, monkeypatch
):
    campaign, pair_ids = searched
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)  # no trigram route: only the walk, ten pairs a request
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # nor the phrase route
    monkeypatch.setattr(text_search, "WALK_MAX", 10)
    # Page 5 holds the 13th to 15th matches; ten pairs walked found ten: none of the page's, and it says so.
    short = search(admin, campaign, "rash serious", page=5)
    assert (ids(short), short["count"], short["search_complete"]) == ([], 10, False)
    assert "page=5" in short["next"]  # searching further stays on page 5
    further = get(admin, short["next"])
    assert ids(further) == pair_ids[12:15] and (further["count"], further["search_complete"]) == (16, True)
    assert "page=6" in further["next"]
