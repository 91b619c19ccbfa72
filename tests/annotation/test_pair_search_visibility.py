"""A text search's rare check counts only the campaigns she may list: which route answers (and how
fast) must not tell an expert whether a phrase is common in a campaign she cannot see."""

from __future__ import annotations

import pytest

from annotation.models import PairState, Prompt
from annotation.selectors import pair_search as text_search
from annotation.selectors import pairs as browser
from tests.factories import client_for, make_campaign, make_pairs

pytestmark = pytest.mark.usefixtures("merged_search_indexes")

PAGE = 3
PHRASE = "mole itches"


@pytest.fixture
def searched(campaign, expert, monkeypatch) -> list[int]:
    """Her campaign: 12 disputed pairs, the phrase in the oldest four (first in her list); another campaign she is no
    member of: the phrase in six prompts. The cap lowered to 4 and the walk to 10 pairs."""
    monkeypatch.setattr(text_search, "WALK_PAIRS", 10)
    monkeypatch.setattr(text_search, "COUNT_CAP", 4)
    mine = [pair.pk for pair in make_pairs(campaign, 12, state=PairState.DISPUTED)]
    hidden = make_pairs(make_campaign("Elsewhere", gold_rate=0), 6, start=100, state=PairState.DISPUTED)
    said = [{"role": "user", "content": f"a {PHRASE} since May"}]
    Prompt.objects.filter(pairs__pk__in=mine[:4] + [pair.pk for pair in hidden]).update(messages=said)
    return mine


def search(user, **params) -> dict:
    response = client_for(user).get("/api/v1/pairs/", {"q": PHRASE, "page_size": PAGE, **params})
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("by_campaign", [False, True])
def test_a_phrase_common_only_where_she_cannot_look_is_rare_for_her(
    campaign, expert, searched, by_campaign, monkeypatch
):
    walked = []
    real_walk = text_search.TextSearch.walk
    monkeypatch.setattr(
        text_search.TextSearch, "walk", lambda self, *a, **kw: walked.append(self.text) or real_walk(self, *a, **kw)
    )
    body = search(expert, **({"campaign": campaign.pk} if by_campaign else {}))
    # Four matches in her list, at most the cap: paged from the candidates with the exact count, no walk
    # (counting the hidden six too, the walk would have answered "4 or more").
    assert (body["count"], body["count_exact"]) == (4, True) and walked == []
    assert [row["id"] for row in body["results"]] == searched[:3]


@pytest.mark.django_db
def test_an_admin_filtering_by_campaign_counts_that_campaign_only(campaign, admin, searched):
    def rare(**filters):
        return browser.browse_search(admin, browser.PairFilters(text=PHRASE, **filters)).rare()

    assert sorted(rare(campaign_id=campaign.pk).values_list("pk", flat=True)) == searched[:4]
    # Every campaign listed: ten prompts hold it, past the cap.
    assert rare() is None
