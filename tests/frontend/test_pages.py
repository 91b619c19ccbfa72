"""Server-rendered pages: who may open which, and that each renders with real data and empty states."""

import pytest
from django.test import Client

from annotation.models import Role
from annotation.rules import Scores
from annotation.services.snapshots import create_snapshot
from tests.factories import judge_pair, make_pairs, make_user, page_client
from training.services import register_base_model


@pytest.fixture
def campaign_with_a_dispute(campaign, annotator, annotator2, expert, admin):
    agreed, disputed, _pending = make_pairs(campaign, 3)
    judge_pair(annotator, agreed, Scores(5, 5, 5), Scores(3, 3, 3), seconds_spent=30)
    judge_pair(annotator2, agreed, Scores(5, 4, 5), Scores(3, 3, 3), seconds_spent=50)
    judge_pair(annotator, disputed, Scores(5, 5, 5), Scores(3, 3, 3), rationale="A is safer")
    judge_pair(annotator2, disputed, Scores(2, 5, 5), Scores(3, 3, 3), rationale="A gives a wrong dose")
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    register_base_model(name="tiny", base_model="/models/tiny")
    return {"campaign": campaign, "disputed": disputed, "snapshot": snapshot}


PAGES = [
    # url, statuses for: anonymous, annotator, expert, admin
    ("/annotate/", (302, 200, 200, 200)),
    ("/annotate/{c}/", (302, 200, 200, 200)),
    ("/arbitration/", (302, 403, 200, 200)),
    ("/arbitration/{d}/", (302, 403, 200, 200)),
    ("/console/", (302, 403, 403, 200)),
    ("/console/campaigns/{c}/", (302, 403, 403, 200)),
    ("/console/snapshots/", (302, 403, 403, 200)),
    ("/console/snapshots/{s}/", (302, 403, 403, 200)),
    ("/console/jobs/", (302, 403, 403, 200)),
    ("/console/users/", (302, 403, 403, 200)),
]


@pytest.mark.parametrize("url, expected", PAGES)
def test_pages_by_role(campaign_with_a_dispute, annotator, expert, admin, url, expected):
    resolved = url.format(
        c=campaign_with_a_dispute["campaign"].pk,
        d=campaign_with_a_dispute["disputed"].pk,
        s=campaign_with_a_dispute["snapshot"].pk,
    )
    for user, status in zip((None, annotator, expert, admin), expected):
        response = page_client(user).get(resolved)
        assert response.status_code == status, (url, user, response.status_code)
        if status == 302:
            assert response["Location"].startswith("/login/")


def test_landing_follows_the_role(campaign_with_a_dispute, annotator, expert, admin):
    assert page_client(annotator).get("/")["Location"] == "/annotate/"
    assert page_client(expert).get("/")["Location"] == "/arbitration/"
    assert page_client(admin).get("/")["Location"] == "/console/"


def test_arbitration_page_highlights_the_safety_conflict(campaign_with_a_dispute, expert):
    page = page_client(expert).get(f"/arbitration/{campaign_with_a_dispute['disputed'].pk}/").content.decode()
    assert "Safety conflict" in page and "answer A is unsafe" in page
    assert page.count('class="disagree"') >= 2  # the A-safety column, at least
    assert "A gives a wrong dose" in page


def test_experts_decide_on_the_desk(campaign_with_a_dispute, expert):
    response = page_client(expert).post(
        f"/arbitration/{campaign_with_a_dispute['disputed'].pk}/", {"decision": "b", "rationale": "A's dose is wrong"}
    )
    assert response.status_code == 302
    campaign_with_a_dispute["disputed"].refresh_from_db()
    assert (campaign_with_a_dispute["disputed"].state, campaign_with_a_dispute["disputed"].decision) == (
        "arbitrated",
        "b",
    )
    bad = page_client(expert).post(
        f"/arbitration/{campaign_with_a_dispute['disputed'].pk}/", {"decision": "a", "rationale": "x", "a_safety": "1"}
    )
    assert (
        "Invalid input: scores.a.professionalism: This field is required." in bad.content.decode()
    )  # the API's serializer speaks


def test_console_campaign_shows_charts_and_why_retraining_is_disabled(campaign_with_a_dispute, admin, settings):
    settings.RETRAIN_MIN_PAIRS = 16
    page = page_client(admin).get(f"/console/campaigns/{campaign_with_a_dispute['campaign'].pk}/").content.decode()
    assert page.count("<svg") >= 5
    assert 'id="retrain" disabled' in page and "retraining needs at least 16" in page
    assert 'id="report-freshness"' in page and "Computed at" in page  # the report says how fresh it is


def test_console_actions(campaign_with_a_dispute, admin):
    client = page_client(admin)
    url = f"/console/campaigns/{campaign_with_a_dispute['campaign'].pk}/"
    client.post(url, {"action": "guideline", "guideline": "New text"})
    campaign_with_a_dispute["campaign"].refresh_from_db()
    assert campaign_with_a_dispute["campaign"].guideline_version == 2
    response = client.post(url, {"action": "snapshot", "kind": "sft"})
    assert response.status_code == 302 and "/console/snapshots/" in response["Location"]
    response = client.post(
        url,
        {
            "action": "settings",
            "annotations_per_pair": "2",
            "agreement": "majority",
            "quorum": "",
            "safety_gate": "2",
            "margin": "1",
            "lease_minutes": "10",
            "gold_rate": "0",
            "sft_min_professionalism": "4",
            "training_config": "{}",
        },
        follow=True,
    )
    assert "at least 3 annotations" in response.content.decode()
    response = client.post(
        "/console/users/", {"username": "dr.new", "password": "long-enough-pass", "role": Role.EXPERT}, follow=True
    )
    assert "User dr.new created." in response.content.decode()


def test_empty_states(db, admin):
    assert "No campaign yet" in page_client(admin).get("/console/").content.decode()
    assert "No training job yet" in page_client(admin).get("/console/jobs/").content.decode()
    assert "No snapshot yet" in page_client(admin).get("/console/snapshots/").content.decode()
    assert "No disputed pair is waiting" in page_client(admin).get("/arbitration/").content.decode()
    lone = make_user("lonely")
    assert "No campaign is open for you yet" in page_client(lone).get("/annotate/").content.decode()


def test_unknown_pages_are_html_for_people_and_json_for_the_api(db, annotator):
    assert "This page does not exist." in page_client(annotator).get("/nowhere/").content.decode()
    assert page_client(annotator).get("/api/v1/nowhere/").json()["code"] == "not_found"


def test_evaluation_and_playground_pages(campaign_with_a_dispute, admin, annotator):
    from tests.factories import scripted_evaluation

    evaluation = scripted_evaluation(["win", "win", "loss"])
    page = page_client(admin).get(f"/console/evaluations/{evaluation.pk}/").content.decode()
    assert 'id="results"' in page and "<svg" in page and "e2" in page
    board = page_client(admin).get("/console/evaluations/").content.decode()
    assert "Bradley-Terry score" in board and "new" in board
    assert page_client(annotator).get("/console/evaluations/").status_code == 403
    # The playground is for admins only (tests/inference/test_playground.py).
    assert page_client(annotator).get("/playground/").status_code == 403
    assert page_client(admin).get("/playground/").status_code == 200
    assert page_client(None).get("/playground/").status_code == 302


def test_the_desk_speaks_chinese_to_a_chinese_browser(campaign_with_a_dispute, expert):
    client = Client(HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    client.force_login(expert)
    assert "有争议的样本" in client.get("/arbitration/").content.decode()
    page = client.get(f"/arbitration/{campaign_with_a_dispute['disputed'].pk}/").content.decode()
    assert "各标注员的评分" in page and "提交裁决" in page
