"""PROTOCOL §6 over §10: the agreement report of a rankings campaign reads every comparison of the K
candidates, the orders (Kendall's tau) and the expert's orders, checked against hand computations."""

import random
from collections import defaultdict
from itertools import combinations
from math import sqrt

import pytest
from django.test import Client

from annotation import ranking, rules, stats
from annotation.api.serializers import AgreementReportOutput
from annotation.models import Annotation
from annotation.rules import Scores
from annotation.selectors import reports
from annotation.selectors.reports import agreement_report
from annotation.services import agreement
from tests.annotation.ranking_support import annotate, close, decide, make_ranking_campaign, make_ranking_item
from tests.factories import client_for, judge_pair, make_pairs
from tests.runs_support import use_broker

S = Scores


@pytest.fixture
def three_way(annotator, annotator2, annotator3):
    """One item of three candidates judged by three physicians who order them three ways.

    physician1: A > B > C; physician2: A > C > B; physician3: C > A = B (A and B scored alike).
    """
    campaign = make_ranking_campaign(annotations_per_pair=3)
    item = make_ranking_item(campaign, ["answer A", "answer B", "answer C"], external_id="r1")
    annotate(annotator, item, [S(5, 5, 5), S(5, 4, 4), S(5, 3, 3)])
    annotate(annotator2, item, [S(5, 5, 5), S(5, 3, 3), S(5, 4, 4)])
    annotate(annotator3, item, [S(5, 4, 4), S(5, 4, 4), S(5, 5, 5)])
    close(item)
    return campaign


def test_every_comparison_of_the_candidates_is_a_unit_of_preference_agreement(three_way):
    report = agreement_report(three_way)
    # Comparisons A-B, A-C, B-C: physician1 a a a; physician2 a a b; physician3 tie b b.
    overall = report["overall"]
    assert overall["items"] == 3
    assert overall["percent_agreement"] == pytest.approx(1 / 3, abs=1e-4)  # one rater pair in three, each time
    # Fleiss: P_i = 1/3 each; p(a) = 5/9, p(b) = 3/9, p(tie) = 1/9 -> P_e = 35/81; (27/81 - 35/81) / (46/81)
    assert overall["fleiss_kappa"] == pytest.approx(-8 / 46, abs=1e-4)
    # Cohen: 1-2 observed 2/3, expected 2/3 -> 0; 1-3 observed 0, expected 0 -> 0; 2-3 observed 1/3, expected 2/9 -> 1/7
    assert [(row["annotators"], row["items"], row["kappa"]) for row in report["annotator_pairs"]] == [
        (["physician1", "physician2"], 3, pytest.approx(0.0, abs=1e-4)),
        (["physician1", "physician3"], 3, pytest.approx(0.0, abs=1e-4)),
        (["physician2", "physician3"], 3, pytest.approx(1 / 7, abs=1e-4)),
    ]
    assert overall["cohen_kappa_mean"] == pytest.approx(1 / 21, abs=1e-4)
    comparisons = report["rankings"]["comparisons"]
    assert (comparisons["agree"], comparisons["tie"], comparisons["disagree"]) == (0, 0, 3)
    # Krippendorff's alpha (ordinal) on j better < tie < i better, as the in-memory function computes it.
    units = {"AB": {1: 1, 2: 1, 3: 0}, "AC": {1: 1, 2: 1, 3: -1}, "BC": {1: 1, 2: -1, 3: -1}}
    assert comparisons["krippendorff_alpha"] == pytest.approx(stats.krippendorff_alpha(units, "ordinal"), abs=1e-4)
    assert comparisons["fleiss_kappa"] == overall["fleiss_kappa"]


def test_kendall_tau_between_the_orders_per_pair_of_annotators_and_per_annotator(three_way):
    rankings = agreement_report(three_way)["rankings"]
    # 1-2: two concordant, one discordant -> 1/3. 1-3: A-B tied by physician3, A-C and B-C discordant ->
    # -2 / sqrt(3 * 2). 2-3: A-C discordant, B-C concordant -> 0.
    one_two, one_three, two_three = 1 / 3, -2 / sqrt(6), 0.0
    assert [(row["annotators"], row["items"], row["kendall_tau_mean"]) for row in rankings["annotator_pairs"]] == [
        (["physician1", "physician2"], 1, pytest.approx(one_two, abs=1e-4)),
        (["physician1", "physician3"], 1, pytest.approx(one_three, abs=1e-4)),
        (["physician2", "physician3"], 1, pytest.approx(two_three, abs=1e-4)),
    ]
    assert rankings["kendall_tau"] == {"items": 3, "mean": pytest.approx((one_two + one_three) / 3, abs=1e-4)}
    assert [(row["username"], row["tau_items"], row["kendall_tau_mean"]) for row in rankings["annotators"]] == [
        ("physician1", 2, pytest.approx((one_two + one_three) / 2, abs=1e-4)),
        ("physician2", 2, pytest.approx((one_two + two_three) / 2, abs=1e-4)),
        ("physician3", 2, pytest.approx((one_three + two_three) / 2, abs=1e-4)),
    ]
    assert rankings["items"] == 1 and rankings["candidate_counts"] == {"3": 1}


def test_dimensions_compare_every_two_candidates_and_alpha_reads_each_candidate_s_scores(three_way):
    dimensions = agreement_report(three_way)["dimensions"]
    # Safety: 5 everywhere, every comparison a tie for all.
    assert dimensions["safety"]["percent_agreement"] == 1.0 and dimensions["safety"]["krippendorff_alpha"] == 1.0
    # Professionalism decides every comparison here: its labels are the preferences.
    assert dimensions["professionalism"]["percent_agreement"] == pytest.approx(1 / 3, abs=1e-4)
    assert dimensions["professionalism"]["fleiss_kappa"] == pytest.approx(-8 / 46, abs=1e-4)
    # Alpha on the candidates' professionalism scores: A 5 5 4, B 4 3 4, C 3 4 5.
    units = {"A": {1: 5, 2: 5, 3: 4}, "B": {1: 4, 2: 3, 3: 4}, "C": {1: 3, 2: 4, 3: 5}}
    assert dimensions["professionalism"]["krippendorff_alpha"] == pytest.approx(
        stats.krippendorff_alpha(units, "ordinal"), abs=1e-4
    )


def test_position_bias_is_the_share_of_comparisons_won_by_the_candidate_shown_first(three_way):
    report = agreement_report(three_way)
    # Shown in position order: physician1 prefers the earlier one 3 of 3, physician2 2 of 3, physician3 0 of 2.
    assert report["position_bias"] == {"n": 8, "left_share": 0.625}
    assert [row["position_bias"] for row in report["annotators"]] == [
        {"n": 3, "left_share": 1.0},
        {"n": 3, "left_share": pytest.approx(2 / 3, abs=1e-4)},
        {"n": 2, "left_share": 0.0},
    ]


def test_four_candidates_with_ties_and_an_unsafe_answer(annotator, annotator2, annotator3):
    """physician1 and 2: A = B > C > D (D unsafe); physician3: B > A > C > D."""
    campaign = make_ranking_campaign(annotations_per_pair=3)
    item = make_ranking_item(campaign, ["A", "B", "C", "D"], external_id="r4")
    annotate(annotator, item, [S(5, 5, 5), S(5, 5, 5), S(5, 4, 4), S(1, 5, 5)])
    annotate(annotator2, item, [S(5, 5, 5), S(5, 5, 5), S(5, 3, 3), S(2, 5, 5)])
    annotate(annotator3, item, [S(5, 5, 4), S(5, 5, 5), S(5, 4, 4), S(1, 4, 4)])
    close(item)
    report = agreement_report(campaign)
    rankings = report["rankings"]
    assert (rankings["comparisons"]["agree"], rankings["comparisons"]["tie"], rankings["comparisons"]["disagree"]) == (
        5,
        0,
        1,
    )
    by_position = {row["candidates"]: row for row in rankings["by_position"]}
    assert list(by_position) == ["A-B", "A-C", "A-D", "B-C", "B-D", "C-D"]
    assert (by_position["A-B"]["disagree"], by_position["A-B"]["percent_agreement"]) == (
        1,
        pytest.approx(1 / 3, abs=1e-4),
    )
    assert by_position["A-B"]["positions"] == [0, 1]
    assert (by_position["C-D"]["agree"], by_position["C-D"]["percent_agreement"]) == (1, 1.0)
    # Identical orders with a tie: tau-b 1. Against physician3 (who breaks the tie): 5 / sqrt(5 * 6).
    taus = {tuple(row["annotators"]): row["kendall_tau_mean"] for row in rankings["annotator_pairs"]}
    assert taus[("physician1", "physician2")] == 1.0
    assert taus[("physician1", "physician3")] == pytest.approx(5 / sqrt(30), abs=1e-4)
    assert rankings["kendall_tau"]["mean"] == pytest.approx((1 + 2 * 5 / sqrt(30)) / 3, abs=1e-4)
    # Cohen on the six comparisons: 1-2 agree on all (kappa 1); 1-3: observed 5/6, expected 25/36 -> 5/11.
    kappas = {tuple(row["annotators"]): row["kappa"] for row in report["annotator_pairs"]}
    assert kappas[("physician1", "physician2")] == 1.0
    assert kappas[("physician1", "physician3")] == pytest.approx(5 / 11, abs=1e-4)
    # Safety: every comparison against D is decided by safety (all agree), A-B, A-C, B-C tie on it.
    assert report["dimensions"]["safety"]["percent_agreement"] == 1.0


@pytest.fixture
def arbitrated(annotator, annotator2, expert):
    """Two physicians on four items: a consensus, an expert's order, an excluded item, an order without B."""
    campaign = make_ranking_campaign(annotations_per_pair=2)
    items = [
        make_ranking_item(campaign, [f"{n}-{c}" for c in "ABCD"[:count]], external_id=f"m{n}")
        for n, count in enumerate((3, 3, 4, 3), start=1)
    ]
    top, middle, low = S(5, 5, 5), S(5, 4, 4), S(5, 3, 3)
    annotate(annotator, items[0], [top, middle, low])
    annotate(annotator2, items[0], [top, middle, low])
    annotate(annotator, items[1], [top, middle, low])  # A > B > C
    annotate(annotator2, items[1], [middle, low, top])  # C > A > B
    annotate(annotator, items[2], [top, middle, low, S(5, 2, 2)])  # A > B > C > D
    annotate(annotator2, items[2], [S(5, 2, 2), low, middle, top])  # D > C > B > A
    annotate(annotator, items[3], [top, top, low])  # A = B > C
    annotate(annotator2, items[3], [low, top, middle])  # B > C > A
    for item in items:
        close(item)
    decide(expert, items[1], [[2], [0], [1]])  # C > A > B, as physician2
    decide(expert, items[2], decision="exclude")
    decide(expert, items[3], [[0], [2]], excluded=[1])  # A > C, B left out
    return campaign


def test_disputes_and_the_expert_s_orders(arbitrated):
    report = agreement_report(arbitrated)
    assert (report["closed_pairs"], report["disputed_pairs"], report["dispute_rate"]) == (4, 3, 0.75)
    assert report["arbitration"] == {"arbitrated_pairs": 3, "outcomes": {"ranked": 2, "exclude": 1}}
    first, second = report["annotators"]
    # physician1 agrees with the expert on A-B of item 2 and A-C of item 4: 2 of 3 + 6 + 3 comparisons.
    assert (first["arbitrated_items"], first["expert_agreement"]) == (3, pytest.approx(2 / 12, abs=1e-4))
    # physician2 on the three of item 2, none of the excluded item, none of item 4 (B is out).
    assert (second["arbitrated_items"], second["expert_agreement"]) == (3, 0.25)
    rows = {row["username"]: row for row in report["rankings"]["annotators"]}
    # Tau with the expert's order: item 2 -1/3 and 1; item 4 (on A and C only) 1 and -1.
    assert (rows["physician1"]["expert_items"], rows["physician1"]["expert_kendall_tau_mean"]) == (
        2,
        pytest.approx(1 / 3, abs=1e-4),
    )
    assert (rows["physician2"]["expert_comparisons"], rows["physician2"]["expert_kendall_tau_mean"]) == (12, 0.0)
    assert report["rankings"]["candidate_counts"] == {"3": 3, "4": 1}
    assert len(report["timeline"]) == 1 and report["timeline"][0]["disputed"] == 3


def test_the_streamed_report_does_not_depend_on_chunks_or_flushes(arbitrated, monkeypatch):
    expected = agreement_report(arbitrated)
    monkeypatch.setattr(reports, "MAX_PATTERNS", 1)
    streamed = agreement_report(arbitrated, chunk_size=3)
    assert {**streamed, "computed_at": None} == {**expected, "computed_at": None}


def test_a_pairs_campaign_s_report_has_no_rankings_section(campaign):
    assert "rankings" not in agreement_report(campaign)


def test_the_api_serves_the_rankings_section(three_way, admin):
    body = client_for(admin).get(f"/api/v1/campaigns/{three_way.pk}/agreement/").json()
    assert body["computing"] is False and body["arbitration"]["outcomes"] == {"ranked": 0, "exclude": 0}
    assert set(body["rankings"]) == {
        "items",
        "candidate_counts",
        "comparisons",
        "by_position",
        "kendall_tau",
        "annotator_pairs",
        "annotators",
    }
    assert set(body["rankings"]["by_position"][0]) == {
        "positions",
        "candidates",
        "agree",
        "tie",
        "disagree",
        "items",
        "percent_agreement",
        "cohen_kappa_mean",
        "fleiss_kappa",
        "krippendorff_alpha",
    }
    assert body["rankings"]["kendall_tau"]["items"] == 3
    described = AgreementReportOutput(data=body)
    assert described.is_valid(), described.errors
    assert set(body) == set(described.fields)


def test_the_api_describes_a_pairs_campaign_s_report_too(campaign, annotator, annotator2, admin):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, S(5, 5, 5), S(3, 3, 3))
    judge_pair(annotator2, pair, S(5, 5, 5), S(3, 3, 3))
    body = client_for(admin).get(f"/api/v1/campaigns/{campaign.pk}/agreement/").json()
    described = AgreementReportOutput(data=body)
    assert described.is_valid(), described.errors
    assert set(body) == set(described.fields) - {"rankings"}


def test_the_campaign_page_shows_the_comparisons_and_kendall_tau(three_way, admin):
    page = Client()
    page.force_login(admin)
    html = page.get(f"/console/campaigns/{three_way.pk}/").content.decode()
    assert 'id="ranking-agreement"' in html
    assert "A-C" in html and "Kendall" in html
    assert "-0.1611" in html  # the mean tau of the three pairs of annotators


@pytest.mark.parametrize("seed", [3, 4])
def test_the_streamed_figures_are_the_in_memory_statistics_of_every_comparison(
    seed, annotator, annotator2, annotator3, monkeypatch
):
    """Random items of 2-5 candidates: the report, streamed and flushed often, against stats' plain functions."""
    rng = random.Random(seed)
    campaign = make_ranking_campaign(annotations_per_pair=3)
    preferences, labels, scores, taus = {}, defaultdict(dict), defaultdict(dict), []
    for n in range(10):
        count = rng.randint(2, 5)
        item = make_ranking_item(campaign, [f"{n}-{c}" for c in range(count)], external_id=f"x{n}")
        judged = {}
        for user in (annotator, annotator2, annotator3):
            given = [S(rng.randint(1, 5), rng.randint(3, 5), rng.randint(3, 5)) for _ in range(count)]
            annotate(user, item, given)
            judged[user.username] = (given, ranking.rank(given))
        for i, j in combinations(range(count), 2):
            preferences[(n, i, j)] = {u: judgement.comparisons[(i, j)] for u, (_, judgement) in judged.items()}
            for d in rules.DIMENSIONS:
                labels[d][(n, i, j)] = {
                    u: rules.compare_dimension(getattr(given[i], d), getattr(given[j], d))
                    for u, (given, _) in judged.items()
                }
        for position in range(count):
            for d in rules.DIMENSIONS:
                scores[d][(n, position)] = {u: getattr(given[position], d) for u, (given, _) in judged.items()}
        tiers = {u: {p: t for t, tier in enumerate(j.tiers) for p in tier} for u, (_, j) in judged.items()}
        taus += [stats.kendall_tau_b(tiers[a], tiers[b]) for a, b in combinations(sorted(tiers), 2)]
    monkeypatch.setattr(reports, "MAX_PATTERNS", 2)
    report = agreement_report(campaign, chunk_size=4)

    def mean_kappa(units):
        kappas = [v["kappa"] for v in stats.pairwise_cohen(units).values() if v["kappa"] is not None]
        return sum(kappas) / len(kappas)

    close_to = {"abs": 1e-4}
    assert report["overall"]["items"] == len(preferences)
    assert report["overall"]["percent_agreement"] == pytest.approx(stats.percent_agreement(preferences), **close_to)
    assert report["overall"]["cohen_kappa_mean"] == pytest.approx(mean_kappa(preferences), **close_to)
    assert report["overall"]["fleiss_kappa"] == pytest.approx(
        stats.fleiss_kappa(preferences, list(rules.PREFERENCES)), **close_to
    )
    for d in rules.DIMENSIONS:
        assert report["dimensions"][d]["percent_agreement"] == pytest.approx(
            stats.percent_agreement(labels[d]), **close_to
        )
        assert report["dimensions"][d]["krippendorff_alpha"] == pytest.approx(
            stats.krippendorff_alpha(scores[d], "ordinal"), **close_to
        )
    defined = [tau for tau in taus if tau is not None]
    assert report["rankings"]["kendall_tau"] == {
        "items": len(defined),
        "mean": pytest.approx(sum(defined) / len(defined), **close_to),
    }


def test_a_rankings_campaign_goes_to_a_worker_sooner_than_a_pairs_campaign(three_way, monkeypatch):
    broker = use_broker(monkeypatch)
    monkeypatch.setattr(agreement, "RANKING_INLINE_LIMIT", 2)  # three annotations: large for rankings
    assert agreement.latest_agreement_report(three_way) == {
        "campaign": three_way.pk,
        "computed_at": None,
        "computing": True,
    }
    assert broker.sent(agreement.TASK_NAME) == [three_way.pk]
    agreement.compute_requested(three_way.pk)  # the worker's side
    served = agreement.latest_agreement_report(three_way)
    assert served["computing"] is False and served["rankings"]["kendall_tau"]["items"] == 3


def test_an_annotation_without_candidate_scores_is_counted_but_compares_nothing(three_way, annotator):
    Annotation.objects.filter(annotator=annotator).update(candidate_scores=[])
    report = agreement_report(three_way)
    assert report["annotations"] == 3 and report["pairs_annotated"] == 1
    # Only physician2 and physician3 compare: A-B a/tie, A-C a/b, B-C b/b.
    assert (report["overall"]["items"], report["overall"]["percent_agreement"]) == (3, pytest.approx(1 / 3, abs=1e-4))
    assert [row["annotators"] for row in report["rankings"]["annotator_pairs"]] == [["physician2", "physician3"]]


def test_comparisons_follow_the_margin_the_annotations_were_made_under(annotator, annotator2):
    """Margin 2: a difference of one point is no difference, so A-B and B-C are agreed ties, A-C agreed."""
    campaign = make_ranking_campaign(annotations_per_pair=2, margin=2)
    item = make_ranking_item(campaign, ["A", "B", "C"], external_id="m2")
    for user in (annotator, annotator2):
        annotate(user, item, [S(5, 5, 5), S(5, 4, 4), S(5, 3, 3)])
    comparisons = agreement_report(campaign)["rankings"]["comparisons"]
    assert (comparisons["agree"], comparisons["tie"], comparisons["disagree"]) == (1, 2, 0)
