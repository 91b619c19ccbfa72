"""The console's campaign page: how old the kept progress counts are, and the position-bias chart
titled for what position means in the campaign's kind."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

from annotation.selectors import progress
from annotation.services import agreement
from frontend.views import console
from tests.annotation.ranking_support import GOOD, OKAY, annotate, close, make_ranking_campaign, make_ranking_item
from tests.factories import judge_pair, make_pairs
from tests.runs_support import use_broker

LEFT = "Share of preferences for the left answer"
SHOWN_FIRST = "Share of comparisons won by the candidate shown first"


def campaign_page(admin, campaign) -> str:
    client = Client()
    client.force_login(admin)
    response = client.get(f"/console/campaigns/{campaign.pk}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_progress_says_when_its_counts_were_kept_and_how_long_ago(admin, campaign, monkeypatch):
    monkeypatch.setattr(progress, "LIVE_LIMIT", 0)  # kept, as a large campaign's are
    use_broker(monkeypatch)
    make_pairs(campaign, 3)
    progress.recount(campaign.pk)
    counted = datetime.fromisoformat(progress.campaign_counts(campaign, now=timezone.now())["counted_at"])
    monkeypatch.setattr(console, "timezone", SimpleNamespace(now=lambda: counted + timedelta(seconds=42)))
    page = campaign_page(admin, campaign)
    when = timezone.localtime(counted).strftime("%H:%M:%S")
    assert f"counted {when} (as of 42 s ago)" in page


@pytest.mark.django_db
def test_the_position_bias_chart_of_a_pairs_campaign_is_about_the_left_answer(admin, campaign, annotator):
    judge_pair(annotator, make_pairs(campaign, 1)[0], GOOD, OKAY)
    agreement.compute_and_store(campaign)
    page = campaign_page(admin, campaign)
    assert LEFT in page and SHOWN_FIRST not in page and "Left share" in page


@pytest.mark.django_db
def test_the_position_bias_chart_of_a_rankings_campaign_is_about_the_candidate_shown_first(
    admin, annotator, annotator2
):
    campaign = make_ranking_campaign()
    item = make_ranking_item(campaign, ["First answer.", "Second answer.", "Third answer."], external_id="r1")
    for user in (annotator, annotator2):
        annotate(user, item, [GOOD, OKAY, OKAY])
    close(item)
    agreement.compute_and_store(campaign)
    page = campaign_page(admin, campaign)
    assert SHOWN_FIRST in page and LEFT not in page and "Left share" not in page
    assert "Shown-first share" in page
