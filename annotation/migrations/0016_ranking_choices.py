"""RankingChoice: what each resolved ranking item gives as DPO pairs, kept so the retrain check
counts rankings campaigns in one query (issue 15); filled here for the items resolved before it.

The fill is a frozen copy of the rule as this migration knows it (the export's order of a resolved
item, the annotators' mean safety or the expert's score), through this migration's models: it
imports no application code, so later changes to the services cannot break an upgrade from before
0016. From then on the services write the facts (services.ranking_facts); `manage.py
refill_ranking_choices --check` compares both, and without --check repairs what differs (an item
resolved meanwhile by a web worker older than 0016, in a rolling deploy).
"""

import django.db.models.deletion
from django.db import migrations, models

#: Items at a time; every IN list stays under the 999 variables old SQLite builds take.
BATCH = 500
DIMENSIONS = ("safety", "professionalism", "fluency")
#: The tiers of a decision without an order (an arbitration of the A/B kind).
DECISION_TIERS = {"a": [[0], [1]], "b": [[1], [0]], "tie": [[0, 1]]}


def tiers_of(stored):
    if not isinstance(stored, list):
        return []
    return [[int(p) for p in tier] for tier in stored if isinstance(tier, list) and tier]


def safety_by_position(stored):
    """The safety score of each fully scored candidate: a list by position, or entries naming theirs."""
    result = {}
    for index, entry in enumerate(stored if isinstance(stored, list) else []):
        if isinstance(entry, dict) and all(isinstance(entry.get(d), int) for d in DIMENSIONS):
            result[entry.get("position", index)] = entry["safety"]
    return result


def facts(pair_ranking, marks, verdict, positions):
    """(position, safety, pairs_all, pairs_adjacent, pairs_best) of each answer chosen in a DPO pair:
    position None is the expert's answer, ranked above every candidate; safety is the expert's
    score, else the annotators' mean to 2 places, None when nobody scored it."""
    corrected, expert = "", {}
    tiers = tiers_of(pair_ranking)
    if verdict is not None:  # the latest arbitration of an arbitrated item
        decision, corrected, verdict_ranking, verdict_scores = verdict
        if decision == "exclude":
            return []
        tiers = tiers_of(verdict_ranking) or tiers or DECISION_TIERS.get(decision, [])
        expert = safety_by_position(verdict_scores)
    order = [[None], *tiers] if corrected else tiers
    if sum(len(tier) for tier in order) < 2:
        return []
    own = [safety_by_position(scores) for scores in marks]
    safety = {}
    for position in positions:
        given = [m[position] for m in own if position in m]
        if given:
            safety[position] = round(sum(given) / len(given), 2)
    safety.update({p: float(s) for p, s in expert.items()})
    rows = []
    for t, tier in enumerate(order[:-1]):
        below = sum(len(lower) for lower in order[t + 1 :])
        for chosen in tier:
            rows.append((chosen, safety.get(chosen), below, len(order[t + 1]), below if t == 0 else 0))
    return rows


def fill(apps, schema_editor):
    Pair, Annotation, Arbitration, Candidate, RankingChoice = (
        apps.get_model("annotation", name)
        for name in ("Pair", "Annotation", "Arbitration", "Candidate", "RankingChoice")
    )
    resolved = Pair.objects.filter(campaign__kind="rankings", state__in=["consensus", "arbitrated"]).order_by("id")
    last = 0
    while items := list(resolved.filter(id__gt=last).values_list("id", "state", "ranking")[:BATCH]):
        last = items[-1][0]
        ids = [pk for pk, _, _ in items]
        marks, verdicts, positions = {}, {}, {}
        for pk, scores in (
            Annotation.objects.filter(pair_id__in=ids)
            .order_by("pair_id", "id")
            .values_list("pair_id", "candidate_scores")
        ):
            marks.setdefault(pk, []).append(scores)
        arbitrated = [pk for pk, state, _ in items if state == "arbitrated"]
        for pk, *verdict in (
            Arbitration.objects.filter(pair_id__in=arbitrated)
            .order_by("pair_id", "-created_at", "-id")
            .values_list("pair_id", "decision", "corrected_response", "ranking", "candidate_scores")
        ):
            verdicts.setdefault(pk, tuple(verdict))  # the latest one is in force
        for pk, position in Candidate.objects.filter(pair_id__in=ids).values_list("pair_id", "position"):
            positions.setdefault(pk, []).append(position)
        RankingChoice.objects.bulk_create(
            RankingChoice(
                pair_id=pk,
                position=position,
                safety=safety,
                pairs_all=pairs_all,
                pairs_adjacent=pairs_adjacent,
                pairs_best=pairs_best,
            )
            for pk, _, pair_ranking in items
            for position, safety, pairs_all, pairs_adjacent, pairs_best in facts(
                pair_ranking, marks.get(pk, []), verdicts.get(pk), positions.get(pk, [])
            )
        )


class Migration(migrations.Migration):
    dependencies = [("annotation", "0015_pair_campaign_order")]

    operations = [
        migrations.CreateModel(
            name="RankingChoice",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "position",
                    models.PositiveSmallIntegerField(help_text="Null: the expert's answer, never unsafe.", null=True),
                ),
                (
                    "safety",
                    models.FloatField(
                        help_text="The expert's score, else the annotators' mean to 2 places; null: nobody scored it.",
                        null=True,
                    ),
                ),
                ("pairs_all", models.PositiveSmallIntegerField()),
                ("pairs_adjacent", models.PositiveSmallIntegerField()),
                ("pairs_best", models.PositiveSmallIntegerField()),
                (
                    "pair",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="ranking_choices",
                        to="annotation.pair",
                    ),
                ),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("pair", "position"), name="ranking_choice_unique")],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
