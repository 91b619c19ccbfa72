"""The console for rankings (PROTOCOL §10): a campaign is created as pairs or rankings, its page says
which, and its snapshot form offers the ranking kind and the DPO pair mode of rankings campaigns."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher, make_password
from django.test import Client

from annotation.models import Campaign, Snapshot, User
from annotation.ranking import EXPORT_MODES
from tests.annotation.ranking_support import GOOD, OKAY, annotate, close, make_ranking_campaign, make_ranking_item
from tests.browser_support import Server, Tab


def console_of(admin) -> Client:
    client = Client()
    client.force_login(admin)
    return client


@pytest.fixture
def ranked(annotator, annotator2):
    """A rankings campaign with one consensus item: A best, B and C tied."""
    campaign = make_ranking_campaign()
    item = make_ranking_item(campaign, ["First answer.", "Second answer.", "Third answer."], external_id="r1")
    for user in (annotator, annotator2):
        annotate(user, item, [GOOD, OKAY, OKAY])
    close(item)
    return campaign


def options(page: str, select_id: str) -> list[str]:
    select = re.search(rf'<select id="{select_id}"[^>]*>(.*?)</select>', page, re.S)
    assert select, f"no select #{select_id}"
    return re.findall(r'<option value="([^"]+)"', select.group(1))


def test_the_create_form_offers_both_kinds_with_an_explanation(admin):
    page = console_of(admin).get("/console/").content.decode()
    assert options(page, "c-kind") == ["pairs", "rankings"]
    assert "Rankings: they score 2-8 answers per prompt" in page


def test_a_rankings_campaign_is_created_from_the_console(admin):
    response = console_of(admin).post("/console/", {"name": "Ranked answers", "kind": "rankings"})
    campaign = Campaign.objects.get(name="Ranked answers")
    assert response.status_code == 302 and (campaign.kind, campaign.status) == ("rankings", "draft")


def test_an_unknown_kind_is_refused_with_the_apis_sentence(admin):
    page = console_of(admin).post("/console/", {"name": "Triples", "kind": "triples"}, follow=True).content.decode()
    assert "kind" in page and "is not a valid choice" in page
    assert not Campaign.objects.filter(name="Triples").exists()


def test_the_campaign_page_of_a_rankings_campaign_offers_the_ranking_kind_and_the_pair_modes(admin, ranked):
    page = console_of(admin).get(f"/console/campaigns/{ranked.pk}/").content.decode()
    assert re.search(r'id="campaign-kind">rankings<', page)
    assert options(page, "snap-kind") == ["dpo", "sft", "ranking"]
    assert options(page, "snap-ranking-pairs") == list(EXPORT_MODES)


def test_the_campaign_page_of_a_pairs_campaign_offers_neither(admin, campaign):
    page = console_of(admin).get(f"/console/campaigns/{campaign.pk}/").content.decode()
    assert re.search(r'id="campaign-kind">pairs<', page)
    assert options(page, "snap-kind") == ["dpo", "sft"]
    assert 'id="snap-ranking-pairs"' not in page


def test_the_snapshot_form_exports_dpo_pairs_in_the_chosen_mode(admin, ranked):
    console = console_of(admin)
    response = console.post(
        f"/console/campaigns/{ranked.pk}/", {"action": "snapshot", "kind": "dpo", "ranking_pairs": "best"}
    )
    snapshot = Snapshot.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/console/snapshots/{snapshot.pk}/"
    assert (snapshot.filters["ranking_pairs"], snapshot.row_count) == ("best", 2)
    page = console.get(f"/console/snapshots/{snapshot.pk}/").content.decode()
    assert "Rankings became DPO pairs in mode “best”." in page
    listing = console.get("/console/snapshots/").content.decode()
    assert "(ranking pairs: best)" in listing


def test_the_snapshot_form_exports_ranking_rows(admin, ranked):
    console_of(admin).post(f"/console/campaigns/{ranked.pk}/", {"action": "snapshot", "kind": "ranking"})
    snapshot = Snapshot.objects.get()
    assert (snapshot.kind, snapshot.row_count, snapshot.filters["ranking_pairs"]) == ("ranking", 1, "all")


def test_a_bad_mode_is_refused_on_the_page(admin, ranked):
    page = (
        console_of(admin)
        .post(
            f"/console/campaigns/{ranked.pk}/",
            {"action": "snapshot", "kind": "dpo", "ranking_pairs": "everything"},
            follow=True,
        )
        .content.decode()
    )
    assert "filters.ranking_pairs must be one of" in page and not Snapshot.objects.exists()


def test_a_pairs_campaign_ignores_a_posted_mode(admin, campaign):
    console_of(admin).post(
        f"/console/campaigns/{campaign.pk}/", {"action": "snapshot", "kind": "dpo", "ranking_pairs": "best"}
    )
    assert "ranking_pairs" not in Snapshot.objects.get().filters


# --- in Chromium ---------------------------------------------------------------------------------


@pytest.fixture
def server(tmp_path, transactional_db, settings):
    settings.ARTIFACTS_DIR = tmp_path
    started = Server(tmp_path)
    yield started
    started.stop()


@pytest.mark.postgres
@pytest.mark.timeout(300)
@pytest.mark.django_db(transaction=True)
def test_the_pair_mode_is_offered_for_dpo_only_and_reaches_the_snapshot(browser, server, admin, annotator, annotator2):
    # The server runs in its own process with the real password hashers.
    User.objects.filter(pk=admin.pk).update(password=make_password("correct-horse-1", hasher=PBKDF2PasswordHasher()))
    campaign = make_ranking_campaign()
    item = make_ranking_item(campaign, ["First answer.", "Second answer.", "Third answer."], external_id="r1")
    for user in (annotator, annotator2):
        annotate(user, item, [GOOD, OKAY, OKAY])
    close(item)
    tab = Tab(browser, server)
    tab.sign_in("admin")
    page = tab.go(f"/console/campaigns/{campaign.pk}/")
    assert page.is_enabled("#snap-ranking-pairs")
    page.select_option("#snap-kind", "sft")
    assert not page.is_enabled("#snap-ranking-pairs")
    page.select_option("#snap-kind", "dpo")
    page.select_option("#snap-ranking-pairs", "adjacent")
    with page.expect_navigation():
        page.click("#create-snapshot")
    assert "/console/snapshots/" in page.url and "mode “adjacent”" in page.inner_text("#snapshot-kind")
    assert Snapshot.objects.get().filters["ranking_pairs"] == "adjacent"
    assert tab.errors == []
