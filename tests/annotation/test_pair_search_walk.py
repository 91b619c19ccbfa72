"""A text search's first pages come from a walk over the list in its order (a phrase found in nearly
every pair needs no count of every match); a rare phrase, or a page past the walk, from the trigram
route with its exact count. The walk and its cap are lowered so that a few dozen pairs show both."""

from __future__ import annotations

import pytest
from django.test import Client

from annotation.models import Prompt
from annotation.selectors import pair_search as text_search
from annotation.selectors import pairs as browser
from frontend.views import pairs as pair_pages
from tests.factories import client_for, make_campaign, make_pairs

pytestmark = pytest.mark.usefixtures("merged_search_indexes")

PAGE = 3


@pytest.fixture
def searched(admin, monkeypatch):
    """30 pairs whose prompts all say "rash serious", and the 10-pair walk that stops past 4 matches."""
    monkeypatch.setattr(text_search, "WALK_PAIRS", 10)
    monkeypatch.setattr(text_search, "COUNT_CAP", 4)
    campaign = make_campaign("Dermatology", gold_rate=0)
    pairs = make_pairs(campaign, 30)
    return campaign, [pair.pk for pair in pairs]


def search(admin, campaign, text: str, page: int = 1) -> dict:
    response = client_for(admin).get(
        "/api/v1/pairs/", {"campaign": campaign.pk, "q": text, "page": page, "page_size": PAGE}
    )
    assert response.status_code == 200, response.content
    return response.json()


def ids(body: dict) -> list[int]:
    return [row["id"] for row in body["results"]]


@pytest.mark.django_db
def test_a_phrase_in_every_pair_is_paged_from_the_walk_with_a_lower_bound_for_its_count(admin, searched):
    campaign, pair_ids = searched
    first = search(admin, campaign, "rash serious")
    # The walk stopped past the cap: 5 found, "5 or more"; the page is the list's first three, in its order.
    assert (first["count"], first["count_exact"]) == (5, False)
    assert ids(first) == pair_ids[:3] and first["next"] is not None
    second = search(admin, campaign, "rash serious", page=2)
    assert ids(second) == pair_ids[3:6] and second["count_exact"] is False


@pytest.mark.django_db
def test_a_page_past_the_walk_and_a_rare_phrase_are_found_through_the_indexes_and_counted(admin, searched, monkeypatch):
    monkeypatch.setattr(text_search, "WALK_MAX", 10)  # a deeper page walks no further
    campaign, pair_ids = searched
    deep = search(admin, campaign, "rash serious", page=5)
    assert ids(deep) == pair_ids[12:15] and (deep["count"], deep["count_exact"]) == (30, True)
    # Beyond the walk's first ten pairs: the walk finds nothing, the indexes find it.
    rare = search(admin, campaign, "Question 17:")
    assert ids(rare) == [pair_ids[17]] and (rare["count"], rare["count_exact"]) == (1, True)
    assert search(admin, campaign, "no such words")["count"] == 0


@pytest.mark.django_db
def test_a_list_shorter_than_the_walk_is_counted_exactly_by_it(admin, monkeypatch):
    monkeypatch.setattr(text_search, "WALK_PAIRS", 50)
    campaign = make_campaign("Small", gold_rate=0)
    pair_ids = [pair.pk for pair in make_pairs(campaign, 8)]
    Prompt.objects.filter(pairs__pk__in=pair_ids[5:]).update(messages=[{"role": "user", "content": "a cough"}])
    body = search(admin, campaign, "rash serious", page=2)
    assert ids(body) == pair_ids[3:5] and (body["count"], body["count_exact"]) == (5, True)
    assert body["next"] is None


@pytest.mark.django_db
def test_the_walk_finds_the_pages_the_indexes_find_in_either_order(admin, searched):
    campaign, _ = searched
    Prompt.objects.filter(pairs__pk__in=searched[1][::3]).update(
        messages=[{"role": "user", "content": "a cough at night"}]
    )
    filters = browser.PairFilters(text="rash serious", campaign_id=campaign.pk)
    for order in (("id",), ("-id",)):
        everything = list(browser.browse_pairs(admin, filters, order=order).values_list("pk", flat=True))
        found = browser.browse_search(admin, filters, order=order)
        for number in (1, 2, 3, 5):
            page = text_search.SearchPaginator(found, PAGE).page(number)
            assert [pair.pk for pair in page] == everything[(number - 1) * PAGE : number * PAGE], (order, number)


@pytest.mark.django_db
def test_the_console_says_or_more_when_the_walk_answered(admin, searched, monkeypatch):
    monkeypatch.setattr(pair_pages, "PAGE_SIZE", PAGE)
    campaign, _ = searched
    page = Client()
    page.force_login(admin)
    walked = page.get("/console/pairs/", {"campaign": campaign.pk, "q": "rash serious"}).content.decode()
    assert "5 pairs or more" in walked and "Page 1 of" not in walked
    exact = page.get("/console/pairs/", {"campaign": campaign.pk, "q": "Question 17:"}).content.decode()
    assert "1 pair</p>" in exact and "Page 1 of 1" in exact


@pytest.mark.django_db
def test_a_rare_phrase_is_told_apart_before_any_walk_and_a_common_one_is_walked(admin, searched, monkeypatch):
    campaign, pair_ids = searched
    walked = []
    real_walk = text_search.TextSearch.walk
    monkeypatch.setattr(
        text_search.TextSearch,
        "walk",
        lambda self, *args, **kwargs: walked.append(self.text) or real_walk(self, *args, **kwargs),
    )
    # In one prompt of this campaign and one of another: at most COUNT_CAP (4) candidates, no walk.
    make_pairs(make_campaign("Elsewhere", gold_rate=0), 1)
    rare = search(admin, campaign, "Question 0:")
    assert ids(rare) == [pair_ids[0]] and (rare["count"], rare["count_exact"]) == (1, True) and walked == []
    # In exactly COUNT_CAP prompts: still rare, every match paged and counted from its candidates.
    Prompt.objects.filter(pairs__pk__in=pair_ids[20:24]).update(messages=[{"role": "user", "content": "a mole itches"}])
    four = search(admin, campaign, "mole itches", page=2)
    assert ids(four) == [pair_ids[23]] and (four["count"], four["count_exact"]) == (4, True) and walked == []
    # One more prompt makes it common: the walk answers (the list's first ten pairs hold none of it,
    # so it walks on, as far as its time allows, and stops at the cap's fifth match: "5 or more").
    Prompt.objects.filter(pairs__pk=pair_ids[24]).update(messages=[{"role": "user", "content": "a mole itches"}])
    five = search(admin, campaign, "mole itches")
    assert ids(five) == pair_ids[20:23] and (five["count"], five["count_exact"]) == (5, False)
    assert walked == ["mole itches"]


@pytest.mark.django_db
def test_a_deeper_page_of_a_common_phrase_walks_further_up_to_the_longest_walk(admin, searched, monkeypatch):
    monkeypatch.setattr(text_search, "WALK_MAX", 20)
    campaign, pair_ids = searched
    # Page 5 needs 15 matches: ten pairs walked per four matches needed, 20 at most; 16 found there.
    deep = search(admin, campaign, "rash serious", page=5)
    assert ids(deep) == pair_ids[12:15] and (deep["count"], deep["count_exact"]) == (16, False)
    assert deep["next"] is not None
    # Page 7 needs 21 matches, more than the longest walk holds: the indexes, counted.
    deeper = search(admin, campaign, "rash serious", page=7)
    assert ids(deeper) == pair_ids[18:21] and (deeper["count"], deeper["count_exact"]) == (30, True)
