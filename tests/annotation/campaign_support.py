"""Campaigns for tests that need the data a year of work leaves (`realistic_campaign`), and the
progress counted the slow, obvious way (`reference_progress`) that the kept and live counts must equal."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.utils import timezone

from annotation import rules
from annotation.models import AUTO_TIE, Annotation, Arbitration, Campaign, Lease, Pair, PairState, Role, Skip, User
from annotation.rules import Scores
from annotation.selectors import progress as campaign_progress
from annotation.selectors.visibility import DISPUTE_STATES, sees_campaign_counts
from medpref.core.roles import is_expert
from tests.factories import make_campaign, make_pairs, make_user


def realistic_campaign(name: str, pairs: int, seed: int) -> Campaign:
    """A campaign as a year of work leaves it: four physicians who often agree, two or three
    ratings a pair (one on the pairs still pending), gold pairs, labels made under another margin,
    display order known or not, times in tenths of a second that recur, annotations over several
    days, disputes arbitrated once or revised (the latest decision counts), an auto-tie, and an
    arbitration on a pair nobody annotated."""
    rng = random.Random(seed)
    campaign = make_campaign(name, gold_rate=0)
    doctors = [make_user(f"{name}-doctor-{n}") for n in range(4)]
    expert = make_user(f"{name}-expert", Role.EXPERT)
    made = make_pairs(campaign, pairs, start=seed * 10_000)
    gold = make_pairs(campaign, 4, start=seed * 10_000 + pairs, is_gold=True, gold_answer="a")
    started = timezone.now() - timedelta(days=6)
    annotations = []
    for i, pair in enumerate(made + gold):
        raters = rng.sample(doctors, 1 if i % 7 == 0 else rng.choice((2, 2, 3)))
        truth = [rng.randint(1, 5) for _ in range(6)]
        for doctor in raters:
            scores = [min(5, max(1, v + rng.choice((0, 0, 0, 1, -1)))) for v in truth]
            margin = 2 if rng.random() < 0.2 else campaign.margin
            judgement = rules.judge(Scores(*scores[:3]), Scores(*scores[3:]), margin=margin)
            annotations.append(
                Annotation(
                    pair=pair,
                    campaign=campaign,
                    annotator=doctor,
                    preference=judgement.preference,
                    deciding_dimension=judgement.deciding_dimension,
                    a_unsafe=judgement.a_unsafe,
                    b_unsafe=judgement.b_unsafe,
                    a_on_left=rng.choice((True, False, None)),
                    seconds_spent=rng.choice((None, round(rng.uniform(3, 90), 1), 30.0)),
                    settings={"margin": margin} if margin != campaign.margin else {},
                    **{
                        f"{key}_{d}": v for (key, d), v in zip([(k, d) for k in "ab" for d in rules.DIMENSIONS], scores)
                    },
                )
            )
        pair.state = PairState.PENDING if len(raters) == 1 else rng.choice(list(PairState.values)[1:])
        pair.annotation_count = len(raters)
        pair.save(update_fields=["state", "annotation_count"])
    Annotation.objects.bulk_create(annotations)
    for annotation in Annotation.objects.filter(campaign=campaign):
        Annotation.objects.filter(pk=annotation.pk).update(
            created_at=started + timedelta(hours=rng.randint(0, 6 * 24), seconds=rng.randint(0, 3599))
        )
    disputed = [pair for pair in made if pair.state in DISPUTE_STATES]
    for pair in [*disputed, made[0]]:
        for n in range(rng.choice((1, 1, 2, 3))):
            arbitration = Arbitration.objects.create(
                pair=pair, expert=expert, decision=rng.choice(("a", "b", "tie", "exclude")), rationale="checked"
            )
            Arbitration.objects.filter(pk=arbitration.pk).update(created_at=started + timedelta(days=n))
    made[1].meta = {AUTO_TIE: True}
    made[1].save(update_fields=["meta"])
    untouched = make_pairs(campaign, 6, start=seed * 10_000 + pairs + 4)
    untouched += make_pairs(campaign, 2, start=seed * 10_000 + pairs + 10, is_gold=True, gold_answer="b")
    # The first physician skipped some pairs: untouched ones, pending ones others began, one she judged.
    pending = [pair for pair in made if pair.state == PairState.PENDING]
    for pair in untouched[:3] + pending[:4]:
        Skip.objects.create(pair=pair, annotator=doctors[0], reason="outside my specialty")
    Lease.objects.create(
        pair=untouched[-1],
        annotator=doctors[1],
        campaign=campaign,
        a_on_left=True,
        expires_at=timezone.now() + timedelta(minutes=5),
    )
    return campaign


def reference_progress(campaign: Campaign, *, user: User, now: datetime | None = None) -> dict:
    """Progress as it was counted before issue 15 (commit 531e202): a join of every annotation to its pair."""
    now = now or timezone.now()
    today = campaign_progress.start_of_today(now)
    needed = campaign.annotations_per_pair
    by_state = {
        (is_gold, state): (n, filled)
        for is_gold, state, n, filled in Pair.objects.filter(campaign=campaign)
        .values_list("is_gold", "state")
        .annotate(n=Count("id"), filled=Sum("annotation_count"))
        .order_by()
    }
    states = Counter({state: n for (is_gold, state), (n, _) in by_state.items() if not is_gold})
    total = sum(states.values())
    annotations = Annotation.objects.filter(pair__campaign=campaign)
    left_for_me = (
        Pair.objects.filter(campaign=campaign, state=PairState.PENDING)
        .filter(~Exists(Annotation.objects.filter(pair=OuterRef("pk"), annotator=user)))
        .filter(~Exists(Skip.objects.filter(pair=OuterRef("pk"), annotator=user)))
        .count()
    )
    done = campaign_progress.percent_complete(total, states.get(PairState.PENDING, 0))
    counted = Count("id"), Count("id", filter=Q(created_at__gte=today))
    if not sees_campaign_counts(user):
        mine = annotations.filter(annotator=user).aggregate(total=counted[0], today=counted[1])
        mine_counts = {"annotations": mine["total"], "today": mine["today"], "left": left_for_me}
        return {"campaign": campaign.pk, "pairs": total, "percent_complete": done, "mine": mine_counts}
    per_annotator = list(
        annotations.values("annotator_id", "annotator__username")
        .annotate(total=counted[0], today=counted[1])
        .order_by("annotator__username")
    )
    own = next((row for row in per_annotator if row["annotator_id"] == user.pk), {"total": 0, "today": 0})
    pending, filled = by_state.get((False, PairState.PENDING), (0, 0))
    report = {
        "campaign": campaign.pk,
        "pairs": total,
        "gold_pairs": sum(n for (is_gold, _), (n, _) in by_state.items() if is_gold),
        "states": {state: states.get(state, 0) for state in PairState.values},
        "resolved": states.get(PairState.CONSENSUS, 0) + states.get(PairState.ARBITRATED, 0),
        "annotations": sum(row["total"] for row in per_annotator),
        "annotations_today": sum(row["today"] for row in per_annotator),
        "annotations_left": needed * pending - (filled or 0),
        "live_leases": Lease.objects.filter(campaign=campaign, expires_at__gt=now).count(),
        "percent_complete": done,
        "mine": {"annotations": own["total"], "today": own["today"], "left": left_for_me},
    }
    if is_expert(user):
        report["annotators"] = [
            {"username": row["annotator__username"], "annotations": row["total"], "today": row["today"]}
            for row in per_annotator
        ]
    return report
