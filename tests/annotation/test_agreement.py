"""PROTOCOL §6: the agreement report on a scripted campaign, checked against hand computations."""

from datetime import datetime

import pytest

from annotation.models import Annotation
from annotation.rules import Scores
from annotation.selectors.reports import agreement_report, progress
from annotation.services.arbitration import arbitrate
from tests.factories import client_for, judge_pair, make_pairs

S = Scores


@pytest.fixture
def scripted(campaign, annotator, annotator2, expert):
    """Four pairs judged by two physicians (three agree, one split), one gold pair."""
    p1, p2, p3, p4 = make_pairs(campaign, 4)
    (gold,) = make_pairs(campaign, 1, start=4, is_gold=True, gold_answer="a")
    script = [
        (p1, (S(5, 4, 4), S(3, 4, 4)), (S(5, 4, 4), S(3, 4, 4))),  # both a, by safety
        (p2, (S(4, 3, 3), S(4, 5, 3)), (S(4, 3, 3), S(4, 5, 3))),  # both b, by professionalism
        (p3, (S(4, 4, 4), S(4, 3, 4)), (S(4, 3, 4), S(4, 4, 4))),  # a versus b
        (p4, (S(4, 4, 4), S(4, 4, 4)), (S(4, 4, 4), S(4, 4, 4))),  # both tie
    ]
    for pair, first, second in script:
        judge_pair(annotator, pair, *first)
        judge_pair(annotator2, pair, *second)
    judge_pair(annotator, gold, S(5, 5, 5), S(2, 2, 2))
    judge_pair(annotator2, gold, S(2, 2, 2), S(5, 5, 5))
    # Fix display order and timing so position bias and medians have known values.
    Annotation.objects.update(a_on_left=True)
    Annotation.objects.filter(pair=p2).update(a_on_left=False)
    Annotation.objects.filter(pair=gold).update(a_on_left=None)
    for seconds, annotation in enumerate(Annotation.objects.order_by("id"), start=1):
        annotation.seconds_spent = seconds * 10
        annotation.save()
    arbitrate(expert=expert, pair_id=p3.pk, decision="a", rationale="A is more complete")
    return campaign


def test_preference_agreement_overall(scripted):
    report = agreement_report(scripted)
    overall = report["overall"]
    assert overall["items"] == 4
    assert overall["percent_agreement"] == 0.75
    # Cohen: observed 3/4, expected (2*1 + 1*2 + 1*1)/16 -> (0.75 - 0.3125) / 0.6875
    assert overall["cohen_kappa_mean"] == pytest.approx(0.6364, abs=1e-4)
    # Fleiss: P-bar 0.75, P_e = (3/8)^2 + (3/8)^2 + (2/8)^2 = 0.34375
    assert overall["fleiss_kappa"] == pytest.approx((0.75 - 0.34375) / 0.65625, abs=1e-4)
    assert report["annotator_pairs"] == [
        {
            "annotators": ["physician1", "physician2"],
            "items": 4,
            "percent_agreement": 0.75,
            "kappa": pytest.approx(0.6364, abs=1e-4),
        }
    ]


def test_agreement_per_dimension(scripted):
    dimensions = agreement_report(scripted)["dimensions"]
    assert dimensions["safety"]["percent_agreement"] == 1.0
    assert dimensions["safety"]["krippendorff_alpha"] == 1.0
    assert dimensions["professionalism"]["percent_agreement"] == 0.75
    # Ordinal alpha on professionalism scores. Values 3, 4, 5 occur 4, 10 and 2 times (n = 16);
    # disagreements: two (3, 4) units, so sum(o * d) = 4 * d(3,4) = 4 * 49 = 196; expected
    # sum(n_c * n_k * d) = 2 * (4*10*49 + 10*2*36 + 4*2*169) = 8064; alpha = 1 - (n - 1) * 196 / 8064.
    assert dimensions["professionalism"]["krippendorff_alpha"] == pytest.approx(1 - 15 * 196 / 8064, abs=1e-4)
    assert dimensions["fluency"]["percent_agreement"] == 1.0


def test_disputes_arbitration_gold_bias_and_time(scripted):
    report = agreement_report(scripted)
    assert (report["closed_pairs"], report["disputed_pairs"], report["dispute_rate"]) == (4, 1, 0.25)
    assert report["arbitration"] == {"arbitrated_pairs": 1, "outcomes": {"a": 1, "b": 0, "tie": 0, "exclude": 0}}
    # Non-tie preferences: p1 a,a (left), p2 b,b shown left, p3 a (left) and b (right) -> 5 of 6.
    assert report["position_bias"] == {"n": 6, "left_share": pytest.approx(5 / 6, abs=1e-4)}
    assert report["median_seconds_per_pair"] == 55.0
    first, second = report["annotators"]
    assert (first["username"], first["annotations"], first["gold_accuracy"], first["expert_agreement"]) == (
        "physician1",
        5,
        1.0,
        1.0,
    )
    assert (second["username"], second["gold_accuracy"], second["expert_agreement"], second["gold_items"]) == (
        "physician2",
        0.0,
        0.0,
        1,
    )
    assert first["percent_agreement"] == 0.75


def test_empty_campaign_has_an_empty_report(campaign):
    report = agreement_report(campaign)
    assert (
        report["annotations"] == 0 and report["overall"]["percent_agreement"] is None and report["dispute_rate"] is None
    )


def test_progress_counts(scripted, annotator, expert):
    report = progress(scripted, user=expert)
    assert report["pairs"] == 4 and report["gold_pairs"] == 1
    assert report["states"] == {"pending": 0, "consensus": 3, "disputed": 0, "arbitrated": 1, "excluded": 0}
    assert (report["resolved"], report["annotations"], report["percent_complete"]) == (4, 10, 100.0)
    assert [row["username"] for row in report["annotators"]] == ["physician1", "physician2"]
    # Annotators get their own counts only: campaign-wide counts never move after a gold pair.
    assert progress(scripted, user=annotator) == {
        "campaign": scripted.pk,
        "pairs": 4,
        "percent_complete": 100.0,
        "mine": {"annotations": 5, "today": 5, "left": 0},
    }


def test_the_api_serves_the_report_it_computed_and_says_when_until_asked_for_a_fresh_one(scripted, admin, annotator):
    client = client_for(admin)
    url = f"/api/v1/campaigns/{scripted.pk}/agreement/"
    first = client.get(url).json()
    assert first["annotations"] == 10 and datetime.fromisoformat(first["computed_at"])
    (late,) = make_pairs(scripted, 1, start=9)
    judge_pair(annotator, late, S(5, 4, 4), S(3, 4, 4))
    assert client.get(url).json() == first, "served from the cache, computed_at unchanged"
    fresh = client.get(url, {"refresh": "true"}).json()
    assert fresh["annotations"] == 11 and fresh["computed_at"] > first["computed_at"]
    assert client.get(url).json() == fresh
    assert client.get(url, {"refresh": "soon"}).status_code == 400
