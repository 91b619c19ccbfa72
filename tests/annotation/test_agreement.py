"""PROTOCOL §6: the agreement report on a scripted campaign, checked against hand computations."""

from collections import Counter, defaultdict
from datetime import datetime, timedelta
from unittest.mock import ANY

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from annotation import rules, stats
from annotation.models import Annotation, Arbitration, Campaign, PairState, Role, User
from annotation.rules import Scores
from annotation.selectors import reports
from annotation.selectors.progress import progress
from annotation.selectors.reports import agreement_report
from annotation.selectors.visibility import DISPUTE_STATES
from annotation.services import agreement
from annotation.services.arbitration import arbitrate
from annotation.tasks import compute_agreement_report
from tests.annotation.campaign_support import realistic_campaign, reference_progress
from tests.factories import client_for, judge_pair, make_pairs, make_user
from tests.runs_support import use_broker

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
        "counted_at": ANY,
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


def without_time(report: dict) -> dict:
    return {key: value for key, value in report.items() if key != "computed_at"}


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [1, 2])
def test_the_streamed_report_has_the_figures_of_the_report_computed_in_memory(seed, monkeypatch):
    campaign = realistic_campaign(f"realistic {seed}", 150, seed)
    realistic_campaign(f"neighbour {seed}", 20, seed + 10)  # another campaign's work counts for nothing here
    expected = without_time(reference_report(campaign))
    assert expected["annotations"] > 300 and expected["arbitration"]["arbitrated_pairs"] > 20
    assert without_time(agreement_report(campaign)) == expected
    # Chunk and pattern-batch boundaries anywhere give the same figures.
    monkeypatch.setattr(reports, "MAX_PATTERNS", 3)
    assert without_time(agreement_report(campaign, chunk_size=7)) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [1, 2])
def test_progress_from_indexes_counts_what_the_join_of_every_annotation_counted(seed):
    campaign = realistic_campaign(f"progress {seed}", 120, seed)
    realistic_campaign(f"progress neighbour {seed}", 15, seed + 10)
    doctor, other = User.objects.filter(username__startswith=f"progress {seed}-doctor-").order_by("username")[:2]
    expert = User.objects.get(username=f"progress {seed}-expert")
    admin = make_user(f"progress {seed}-admin", Role.ADMIN)
    for user in (doctor, other, expert, admin):
        for now in (None, timezone.now() - timedelta(days=3)):
            counted = progress(campaign, user=user, now=now)
            counted.pop("counted_at")  # a small campaign is counted in the request (tests/annotation/test_progress.py)
            assert counted == reference_progress(campaign, user=user, now=now), user
    assert reference_progress(campaign, user=doctor)["mine"]["left"] > 0


@pytest.mark.django_db
def test_the_streamed_report_of_the_scripted_campaign_equals_the_reference(scripted):
    assert without_time(agreement_report(scripted)) == without_time(reference_report(scripted))


@pytest.mark.django_db
def test_the_report_reads_a_constant_number_of_queries():
    small = realistic_campaign("few", 10, 3)
    large = realistic_campaign("many", 100, 4)
    counts = []
    for campaign in (small, large):
        with CaptureQueriesContext(connection) as queries:
            agreement_report(campaign, chunk_size=5)
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 8, counts


def test_a_large_campaign_s_report_is_computed_by_a_worker_while_the_last_one_is_served(scripted, admin, monkeypatch):
    """Past INLINE_LIMIT annotations, asking for a report queues one computation and answers at once."""
    monkeypatch.setattr(agreement, "INLINE_LIMIT", 3)
    broker = use_broker(monkeypatch)
    client = client_for(admin)
    url = f"/api/v1/campaigns/{scripted.pk}/agreement/"
    assert client.get(url).json() == {"campaign": scripted.pk, "computed_at": None, "computing": True}
    assert client.get(url, {"refresh": "true"}).json()["computing"] and broker.sent(agreement.TASK_NAME) == [
        scripted.pk
    ], "asked once"
    assert compute_agreement_report(scripted.pk) == 10  # what the worker runs
    served = client.get(url).json()
    assert served["computing"] is False
    assert without_time(served) == {**without_time(agreement_report(scripted)), "computing": False}
    again = client.get(url, {"refresh": "true"}).json()
    assert again["computing"] and again["computed_at"] == served["computed_at"], (
        "the last report while the next one is computed"
    )
    assert broker.sent(agreement.TASK_NAME) == [scripted.pk, scripted.pk]
    later = timezone.now() + timedelta(seconds=agreement.REPORT_MAX_AGE + 1)
    assert agreement.latest_agreement_report(scripted, now=later)["computed_at"] == served["computed_at"]
    assert len(broker.taken) == 2, "still being computed: not asked again"


def test_a_report_that_could_not_be_asked_for_is_asked_for_again(scripted, monkeypatch):
    monkeypatch.setattr(agreement, "INLINE_LIMIT", 3)
    use_broker(monkeypatch, down=True)
    with pytest.raises(ConnectionError):
        agreement.latest_agreement_report(scripted)
    assert agreement.cache.get(agreement.computing_key(scripted)) is None, "the next view asks again"


# --- The report as it was computed in memory, kept as the reference the streamed one must equal ---

ANNOTATION_FIELDS = (
    "pair_id",
    "annotator__username",
    "preference",
    "a_on_left",
    "seconds_spent",
    "settings",
    "pair__is_gold",
    "pair__gold_answer",
    "pair__state",
    "created_at",
    *(f"{key}_{dimension}" for key in ("a", "b") for dimension in rules.DIMENSIONS),
)


def reference_report(campaign: Campaign) -> dict:
    """The report as computed before it streamed: every annotation in memory (commit 531e202)."""
    computed_at = timezone.now()
    rows = list(Annotation.objects.filter(pair__campaign=campaign).values(*ANNOTATION_FIELDS).order_by("id"))
    judged = [row for row in rows if not row["pair__is_gold"]]
    preferences = units(judged, lambda row: row["preference"])
    report = {
        "campaign": campaign.pk,
        "computed_at": computed_at.isoformat(),
        "annotations": len(rows),
        "pairs_annotated": len(preferences),
        "overall": label_agreement(preferences),
        "dimensions": {
            dimension: dimension_agreement(judged, dimension, campaign.margin) for dimension in rules.DIMENSIONS
        },
        "annotator_pairs": [
            {"annotators": list(raters), **values}
            for raters, values in sorted(
                stats.pairwise_cohen(preferences).items(), key=lambda kv: tuple(map(str, kv[0]))
            )
        ],
        **reports.dispute_summary(campaign),
    }
    sided_with, arbitration_outcomes = arbitration_summary(campaign, preferences)
    report["arbitration"] = arbitration_outcomes
    report["position_bias"] = position_bias(rows)
    seconds = [row["seconds_spent"] for row in rows if row["seconds_spent"] is not None]
    report["median_seconds_per_pair"] = stats.median(seconds)
    report["seconds_histogram"] = histogram(seconds)
    report["timeline"] = dispute_timeline(judged)
    report["annotators"] = annotator_table(rows, preferences, sided_with)
    return report


def dispute_timeline(rows: list[dict]) -> list[dict]:
    """Per day on which pairs closed (their last annotation): how many closed, and the share disputed."""
    closed_at: dict[int, tuple] = {}
    for row in rows:
        if row["pair__state"] != PairState.PENDING:
            previous = closed_at.get(row["pair_id"])
            if previous is None or row["created_at"] > previous[0]:
                closed_at[row["pair_id"]] = (row["created_at"], row["pair__state"])
    days: dict[str, Counter] = defaultdict(Counter)
    for moment, state in closed_at.values():
        day = timezone.localdate(moment).isoformat()
        days[day]["closed"] += 1
        days[day]["disputed"] += state in DISPUTE_STATES
    return [
        {
            "date": day,
            "closed": c["closed"],
            "disputed": c["disputed"],
            "dispute_rate": rounded(c["disputed"] / c["closed"]),
        }
        for day, c in sorted(days.items())
    ]


def histogram(values: list[float], bins: int = 10) -> dict:
    """Equal-width bins from 0 to the largest value: edges and counts."""
    if not values:
        return {"edges": [], "counts": []}
    top = max(values) or 1.0
    width = top / bins
    counts = [0] * bins
    for value in values:
        counts[min(bins - 1, int(value / width))] += 1
    return {"edges": [round(i * width, 1) for i in range(bins + 1)], "counts": counts}


def units(rows: list[dict], value) -> dict:
    result: dict = defaultdict(dict)
    for row in rows:
        result[row["pair_id"]][row["annotator__username"]] = value(row)
    return dict(result)


def label_agreement(labels: dict) -> dict:
    pairwise = stats.pairwise_cohen(labels)
    kappas = [v["kappa"] for v in pairwise.values() if v["kappa"] is not None]
    return {
        "items": sum(1 for ratings in labels.values() if len(ratings) >= 2),
        "percent_agreement": rounded(stats.percent_agreement(labels)),
        "cohen_kappa_mean": rounded(sum(kappas) / len(kappas)) if kappas else None,
        "fleiss_kappa": rounded(stats.fleiss_kappa(labels, list(rules.PREFERENCES))),
    }


def dimension_agreement(rows: list[dict], dimension: str, margin: int) -> dict:
    """Agreement on which response this dimension alone prefers, and alpha on its raw scores."""
    labels = units(
        rows,
        lambda row: rules.compare_dimension(
            row[f"a_{dimension}"], row[f"b_{dimension}"], margin=row["settings"].get("margin", margin)
        ),
    )
    scores: dict = defaultdict(dict)
    for row in rows:
        for key in ("a", "b"):
            scores[(row["pair_id"], key)][row["annotator__username"]] = row[f"{key}_{dimension}"]
    return {**label_agreement(labels), "krippendorff_alpha": rounded(stats.krippendorff_alpha(scores, "ordinal"))}


def arbitration_summary(campaign: Campaign, preferences: dict) -> tuple[dict, dict]:
    """Which annotators the experts sided with, and how disputes ended (latest decision per pair)."""
    latest: dict[int, str] = {}
    for pair_id, decision in (
        Arbitration.objects.filter(pair__campaign=campaign)
        .order_by("created_at", "id")
        .values_list("pair_id", "decision")
    ):
        latest[pair_id] = decision
    sided_with: dict[str, Counter] = defaultdict(Counter)
    for pair_id, decision in latest.items():
        for annotator, preference in preferences.get(pair_id, {}).items():
            sided_with[annotator]["total"] += 1
            sided_with[annotator]["agreed"] += preference == decision
    outcomes = Counter(latest.values())
    return sided_with, {
        "arbitrated_pairs": len(latest),
        "outcomes": {decision: outcomes.get(decision, 0) for decision in ("a", "b", "tie", "exclude")},
    }


def position_bias(rows: list[dict]) -> dict:
    """Share of non-tie preferences for the response shown on the left (0.5 means no bias)."""
    choices = [left_choice(row) for row in rows]
    known = [choice for choice in choices if choice is not None]
    return {"n": len(known), "left_share": rounded(sum(known) / len(known)) if known else None}


def left_choice(row: dict) -> bool | None:
    if row["a_on_left"] is None or row["preference"] == "tie":
        return None
    return (row["preference"] == "a") == row["a_on_left"]


def annotator_table(rows: list[dict], preferences: dict, sided_with: dict) -> list[dict]:
    by_annotator: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_annotator[row["annotator__username"]].append(row)
    table = []
    for username, own in sorted(by_annotator.items()):
        pairs_with_others = [
            (ratings[username], other)
            for ratings in preferences.values()
            if username in ratings
            for name, other in ratings.items()
            if name != username
        ]
        gold = [row for row in own if row["pair__is_gold"]]
        expert = sided_with.get(username, Counter())
        table.append(
            {
                "username": username,
                "annotations": len(own),
                "shared_items": len(pairs_with_others),
                "percent_agreement": rounded(sum(x == y for x, y in pairs_with_others) / len(pairs_with_others))
                if pairs_with_others
                else None,
                "cohen_kappa": rounded(
                    stats.cohen_kappa([x for x, _ in pairs_with_others], [y for _, y in pairs_with_others])
                )
                if pairs_with_others
                else None,
                "expert_agreement": rounded(expert["agreed"] / expert["total"]) if expert["total"] else None,
                "arbitrated_items": expert["total"],
                "gold_items": len(gold),
                "gold_accuracy": rounded(sum(row["preference"] == row["pair__gold_answer"] for row in gold) / len(gold))
                if gold
                else None,
                "position_bias": position_bias(own),
                "median_seconds": stats.median(
                    [row["seconds_spent"] for row in own if row["seconds_spent"] is not None]
                ),
            }
        )
    return table


def rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)
