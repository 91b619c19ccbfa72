"""A text search's page has a time budget: each of its statements runs under a timeout, a search
that runs out says so (`search_complete` false, a note, a link that searches further) and never
shows a pair that does not match; its `next` links resume the walk where the page ended (a signed
cursor), so a deep page costs what the first did. The walk and its cap are lowered so that a few
dozen pairs show it."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client

from annotation.selectors import pairs as browser
from frontend.views import pairs as pair_pages
from tests.factories import client_for, make_campaign, make_pairs

PAGE = 3


@pytest.fixture
def searched(admin, monkeypatch):
    """30 pairs whose prompts all say "rash serious" (and "Question N:"), a walk of 10 pairs that stops past 4 matches."""
    monkeypatch.setattr(browser, "WALK_PAIRS", 10)
    monkeypatch.setattr(browser, "COUNT_CAP", 4)
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


def statement_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_a_statement_past_the_budget_is_cancelled_and_the_connection_goes_on_as_before():
    before = statement_timeout()
    with pytest.raises(browser.SearchStopped), browser.Budget(1).box(at_most=0.05), connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(2)")
    with browser.Budget(1).box(at_most=0.5), connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    # Within the test's transaction: the cancelled statement and the box's own timeout are rolled back.
    assert statement_timeout() == before
    # Too little time left starts no statement at all.
    with pytest.raises(browser.SearchStopped), browser.Budget(browser.MIN_BOX_S / 2).box():
        pass


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
def test_a_cursor_of_another_search_or_another_page_is_ignored(admin, searched):
    campaign, pair_ids = searched
    cursor = search(admin, campaign, "rash serious")["next"].split("cursor=")[1].split("&")[0]
    # The cursor leads to page 2 of this search: for page 4, or for another text, the number alone answers.
    assert ids(search(admin, campaign, "rash serious", page=4, cursor=cursor)) == pair_ids[9:12]
    assert ids(search(admin, campaign, "Question 2", page=2, cursor=cursor)) == pair_ids[22:25]
    assert ids(search(admin, campaign, "rash serious", page=2, cursor=cursor + "x")) == pair_ids[3:6]


@pytest.mark.django_db
def test_a_search_out_of_time_says_so_and_searches_further_from_where_it_stopped(admin, searched, monkeypatch):
    campaign, pair_ids = searched
    # The rare check runs out of time (as for a text whose trigrams fill the indexes), so the trigram
    # route would too; the walk stops at its longest, ten pairs: the one match lies beyond them.
    monkeypatch.setattr(browser, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(browser, "WALK_MAX", 10)
    stopped = search(admin, campaign, "Question 17:")
    assert (ids(stopped), stopped["count"], stopped["count_exact"]) == ([], 0, False)
    assert stopped["search_complete"] is False and "10 pairs" in stopped["search_note"]
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
    monkeypatch.setattr(browser, "RARE_BUDGET_S", 0)
    monkeypatch.setattr(browser, "WALK_MAX", 10)
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
    monkeypatch.setattr(browser, "RARE_BUDGET_S", 0)  # no trigram route: only the walk, ten pairs a request
    monkeypatch.setattr(browser, "WALK_MAX", 10)
    # Page 5 holds the 13th to 15th matches; ten pairs walked found ten: none of the page's, and it says so.
    short = search(admin, campaign, "rash serious", page=5)
    assert (ids(short), short["count"], short["search_complete"]) == ([], 10, False)
    assert "page=5" in short["next"]  # searching further stays on page 5
    further = get(admin, short["next"])
    assert ids(further) == pair_ids[12:15] and (further["count"], further["search_complete"]) == (16, True)
    assert "page=6" in further["next"]
