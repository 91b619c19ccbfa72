"""Evaluation results: identical answers as outcomes, one written definition, position balance, the paper table."""

import csv
import io
import random
import uuid

import pytest
from django.test import Client as DjangoClient

from annotation.models import AUTO_TIE, Campaign, Pair, PairState, Prompt, Response, Role
from annotation.rules import Scores
from annotation.selectors.reports import agreement_report
from annotation.services import arbitration, assignment
from annotation.services.snapshots import create_snapshot
from annotation.services.submission import submit_annotation
from inference.generation import Sampling
from inference.models import Evaluation
from inference.services import create_evaluation, evaluation_results, provenance, store_pairs
from tests.factories import client_for, join, judge_pair, make_campaign, make_pairs, make_user
from training.models import ModelVersion

GOOD, POOR = Scores(5, 5, 4), Scores(5, 3, 4)


def browser_for(user) -> DjangoClient:
    client = DjangoClient()
    client.force_login(user)
    return client


def versions() -> tuple[ModelVersion, ModelVersion]:
    return ModelVersion.objects.create(name="dpo-v3", base_model="/m", lineage="l"), ModelVersion.objects.create(
        name="sft-v2", base_model="/m", lineage="l2"
    )


def evaluation_with_prompts(count: int, **kwargs) -> Evaluation:
    new, old = versions()
    prompts = Campaign.objects.create(name="held out", gold_rate=0)
    for index in range(count):
        Prompt.objects.create(
            campaign=prompts, external_id=f"q{index}", messages=[{"role": "user", "content": f"question {index}"}]
        )
    return create_evaluation(model_a=new, model_b=old, prompts=prompts, **kwargs)


def generate(evaluation: Evaluation, texts: list[tuple[str, str]]) -> tuple[int, int]:
    """What a generation round stores for these answers of model A and model B, prompt by prompt."""
    job = evaluation.generation_job
    sampling = Sampling()
    prompts = list(evaluation.prompts_campaign.prompts.order_by("id"))
    candidates = [
        (
            (a, provenance(job.model_version, job, sampling, 0, 5)),
            (b, provenance(job.other_version, job, sampling, 1_000_003, 5)),
        )
        for a, b in texts
    ]
    return store_pairs(job, prompts, candidates)


def ours_is_a(pair: Pair, evaluation: Evaluation) -> bool:
    return pair.response_a.provenance["model_version"] == evaluation.model_a_id


@pytest.mark.django_db
def test_identical_answers_are_resolved_ties_counted_apart_and_never_served():
    evaluation = evaluation_with_prompts(5)
    texts = [
        ("Drink water and rest.", "Drink water and rest."),  # identical
        (
            "Take 400 mg ibuprofen every 6 hours.",
            "Take 400 mg\u200b ibuprofen every 6 hours.",
        ),  # identical once normalised
        (
            "See a doctor today if the fever passes 39 degrees or the child is drowsy.",
            "See a doctor today if the fever passes 39 degrees or the child is drowsy!",
        ),  # near-identical
        ("Call emergency services now.", "Rest and see how it goes."),
        ("Keep the wound clean and dry.", "Use a tourniquet for an hour."),
    ]
    assert generate(evaluation, texts) == (2, 0)
    evaluation.generation_job.refresh_from_db()
    assert evaluation.generation_job.auto_ties == 3
    ties = Pair.objects.filter(campaign=evaluation.campaign, meta__has_key=AUTO_TIE)
    assert ties.count() == 3 and set(ties.values_list("state", "decision")) == {(PairState.CONSENSUS, "tie")}
    assert {p.meta[AUTO_TIE]["reason"] for p in ties} == {"identical answers", "near-identical answers"}
    # Judges only ever get the two pairs that differ.
    doctors = [make_user("doc1"), make_user("doc2")]
    join(evaluation.campaign, *doctors)
    served = set()
    for doctor in doctors:
        while (handed := assignment.next_pair_for(annotator=doctor, campaign=evaluation.campaign)) is not None:
            pair = handed.pair
            served.add(pair.pk)
            win = pair.prompt.external_id == "q3"  # A wins q3, loses q4
            ours, theirs = (GOOD, POOR) if win else (POOR, GOOD)
            judge_pair(doctor, pair, *((ours, theirs) if ours_is_a(pair, evaluation) else (theirs, ours)))
    assert served == set(
        Pair.objects.filter(campaign=evaluation.campaign).exclude(meta__has_key=AUTO_TIE).values_list("pk", flat=True)
    )
    results = evaluation_results(evaluation)
    overall = results["overall"]
    assert (overall["wins"], overall["ties"], overall["losses"], overall["identical"]) == (1, 0, 1, 3)
    assert overall["wins"] + overall["ties"] + overall["losses"] + overall["identical"] == overall["n"] == 5
    assert overall["win_rate"] == 0.5 and all(
        results[d]["identical"] == 3 for d in ("safety", "professionalism", "fluency")
    )
    # Not training data, and no effect on agreement: snapshots skip them, the report has no annotation of theirs.
    snapshot = create_snapshot(campaigns=[evaluation.campaign], kind="dpo")
    assert snapshot.manifest["counts"]["resolved_pairs"] == 2 and snapshot.row_count == 2
    assert agreement_report(evaluation.campaign)["pairs_annotated"] == 2


@pytest.mark.django_db
def test_a_training_round_still_skips_identical_answers():
    evaluation = evaluation_with_prompts(2)
    job = evaluation.generation_job
    Evaluation.objects.filter(pk=evaluation.pk).update(generation_job=None)  # the same round, outside any evaluation
    job.refresh_from_db()
    prompts = list(evaluation.prompts_campaign.prompts.order_by("id"))
    same = (("Rest.", {"model_version": 1}), ("Rest.", {"model_version": 2}))
    assert store_pairs(job, prompts, [same, same]) == (0, 2)
    assert not Pair.objects.filter(campaign=evaluation.campaign).exists()


@pytest.mark.django_db
def test_results_follow_the_written_definition_for_consensus_and_arbitrated_pairs(expert):
    """One hand-built case per way a pair gets resolved; margin 1, model A is `dpo-v3`."""
    new, old = versions()
    campaign = Campaign.objects.create(name="Evaluation E-x", gold_rate=0)
    evaluation = Evaluation.objects.create(model_a=new, model_b=old, prompts_campaign=campaign, campaign=campaign)
    doc1, doc2 = make_user("d1"), make_user("d2")

    def pair(name: str, *, ours_first: bool = True, **fields) -> Pair:
        prompt = Prompt.objects.create(
            campaign=campaign, external_id=name, messages=[{"role": "user", "content": name}]
        )
        ours = Response.objects.create(
            prompt=prompt, text=f"new answer to {name}", provenance={"model_version": new.pk}
        )
        theirs = Response.objects.create(
            prompt=prompt, text=f"old answer to {name}", provenance={"model_version": old.pk}
        )
        a, b = (ours, theirs) if ours_first else (theirs, ours)
        return Pair.objects.create(
            campaign=campaign, prompt=prompt, response_a=a, response_b=b, external_id=name, **fields
        )

    # consensus, A wins on professionalism: mean professionalism 4.5 vs 3 (win), fluency 4 vs 3.5 (tie: under the margin).
    p1 = pair("p1")
    judge_pair(doc1, p1, Scores(5, 5, 4), Scores(5, 3, 4))
    judge_pair(doc2, p1, Scores(5, 4, 4), Scores(5, 3, 3))
    # consensus with model A as answer B: A wins on fluency (mean 4.5 vs 3.5).
    p2 = pair("p2", ours_first=False)
    judge_pair(doc1, p2, Scores(4, 4, 4), Scores(4, 4, 5))
    judge_pair(doc2, p2, Scores(4, 4, 3), Scores(4, 4, 4))
    # safety conflict, arbitrated with the expert's scores: A loses on safety, wins professionalism and fluency.
    p3 = pair("p3")
    judge_pair(doc1, p3, Scores(5, 5, 5), Scores(5, 4, 5))
    judge_pair(doc2, p3, Scores(2, 5, 5), Scores(5, 4, 5))
    arbitration.arbitrate(
        expert=expert,
        pair_id=p3.pk,
        decision="b",
        rationale="unsafe dose",
        scores={"a": Scores(3, 5, 5), "b": Scores(5, 4, 4)},
    )
    # disputed, arbitrated as a tie without scores: dimensions from the annotators' means (prof 4 vs 3.5: tie).
    p4 = pair("p4")
    judge_pair(doc1, p4, Scores(5, 5, 5), Scores(5, 3, 5))
    judge_pair(doc2, p4, Scores(5, 3, 5), Scores(5, 4, 5))
    arbitration.arbitrate(expert=expert, pair_id=p4.pk, decision="tie", rationale="equivalent")
    # excluded by the expert: not counted.
    p5 = pair("p5")
    judge_pair(doc1, p5, Scores(5, 5, 5), Scores(5, 3, 5))
    judge_pair(doc2, p5, Scores(5, 3, 5), Scores(5, 5, 5))
    arbitration.arbitrate(expert=expert, pair_id=p5.pk, decision="exclude", rationale="prompt not medical")
    # identical answers: a tie on every dimension without a judge.
    pair(
        "p6",
        state=PairState.CONSENSUS,
        decision="tie",
        meta={AUTO_TIE: {"reason": "identical answers", "similarity": 1.0}},
    )
    # still pending.
    p7 = pair("p7")
    judge_pair(doc1, p7, GOOD, POOR)

    results = evaluation_results(evaluation)
    table = {
        key: {k: results[key][k] for k in ("wins", "ties", "losses", "identical", "n")}
        for key in ("overall", "safety", "professionalism", "fluency")
    }
    assert table == {
        "overall": {"wins": 2, "ties": 1, "losses": 1, "identical": 1, "n": 5},
        "safety": {"wins": 0, "ties": 3, "losses": 1, "identical": 1, "n": 5},
        "professionalism": {"wins": 2, "ties": 2, "losses": 0, "identical": 1, "n": 5},
        "fluency": {"wins": 2, "ties": 2, "losses": 0, "identical": 1, "n": 5},
    }
    assert results["overall"]["win_rate"] == 0.6  # (2 + (1 + 1) / 2) / 5
    assert [w["prompt"] for w in results["won"]] == ["p1", "p2"] and [
        (lost["prompt"], lost["source"]) for lost in results["lost"]
    ] == [("p3", "arbitration")]
    assert results["lost"][0]["dimensions"] == {"safety": "loss", "professionalism": "win", "fluency": "win"}
    assert results["pending_pairs"] == 1
    assert "mean of the annotators' final scores" in results["definition"]


@pytest.mark.django_db
def test_each_pair_is_shown_left_and_right_equally_often_across_its_annotators():
    campaign = make_campaign("balance", gold_rate=0, annotations_per_pair=4)
    make_pairs(campaign, 6)
    doctors = [make_user(f"bal{i}") for i in range(4)]
    join(campaign, *doctors)
    rng = random.Random(7)
    for doctor in doctors:
        while (handed := assignment.next_pair_for(annotator=doctor, campaign=campaign, rng=rng)) is not None:
            judge = GOOD if rng.random() < 0.5 else POOR
            submit_annotation(
                annotator=doctor, pair_id=handed.pair.pk, client_id=uuid.uuid4(), scores={"a": judge, "b": POOR}
            )
    for pair in Pair.objects.filter(campaign=campaign):
        sides = list(pair.annotations.values_list("a_on_left", flat=True))
        assert len(sides) == 4 and sides.count(True) == 2, (pair.pk, sides)


@pytest.mark.django_db
def test_the_paper_table_downloads_as_csv_and_the_page_shows_it(admin):
    evaluation = evaluation_with_prompts(3)
    generate(
        evaluation, [("Same.", "Same."), ("Call 120 now.", "Wait a week."), ("Ice and rest.", "Heat it up for hours.")]
    )
    doctors = [make_user("c1"), make_user("c2")]
    for pair in Pair.objects.filter(campaign=evaluation.campaign, state=PairState.PENDING):
        for doctor in doctors:
            judge_pair(doctor, pair, *((GOOD, POOR) if ours_is_a(pair, evaluation) else (POOR, GOOD)))
    client = client_for(admin)
    response = client.get(f"/api/v1/evaluations/{evaluation.pk}/results/?format=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert f'filename="evaluation-e-{evaluation.pk}-results.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 12 and rows[0].keys() >= {
        "prompts",
        "dimension",
        "n",
        "win_pct",
        "tie_pct",
        "loss_pct",
        "ci_low",
        "ci_high",
    }
    overall = next(r for r in rows if (r["prompts"], r["dimension"]) == ("all", "overall"))
    assert (overall["n"], overall["win_pct"], overall["tie_pct"], overall["loss_pct"], overall["identical"]) == (
        "3",
        "66.7",
        "33.3",
        "0.0",
        "1",
    )
    multi = next(r for r in rows if (r["prompts"], r["dimension"]) == ("multi_turn", "overall"))
    assert multi["n"] == "0" and multi["win_pct"] == ""
    assert client.get(f"/api/v1/evaluations/{evaluation.pk}/results/").json()["position_bias"]["n"] == 4
    page = browser_for(admin).get(f"/console/evaluations/{evaluation.pk}/").content.decode()
    assert "?format=csv" in page and "mean of the annotators" in page and "66.7" in page and "Position bias" in page
    assert (
        client_for(make_user("nosy")).get(f"/api/v1/evaluations/{evaluation.pk}/results/?format=csv").status_code == 403
    )


@pytest.mark.django_db
def test_an_expert_sees_the_code_name_where_an_admin_sees_the_models(admin):
    evaluation = evaluation_with_prompts(1)
    Campaign.objects.filter(pk=evaluation.campaign_id).update(
        name="Evaluation dpo-v3 vs sft-v2 (old style)", description="dpo-v3 against sft-v2"
    )
    expert = make_user("exp", Role.EXPERT)
    join(evaluation.campaign, expert)
    seen = client_for(expert).get(f"/api/v1/campaigns/{evaluation.campaign_id}/").json()
    assert (seen["name"], seen["description"]) == (
        f"Evaluation E-{evaluation.pk}",
        "Blinded comparison of two answers to each prompt.",
    )
    assert "dpo-v3" in browser_for(admin).get(f"/console/evaluations/{evaluation.pk}/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_evaluating_a_version_against_its_twin_still_gives_judges_pairs(tiny_version, tiny_model_dir):
    """Same weights, so only sampling tells the answers apart: each side draws with its own seed, the
    answers that still coincide become ties, and the rest are served (the one-click case after DPO)."""
    from inference.generation import Sampling as Settings
    from inference.models import GenerationJob
    from inference.runner import run_generation_job
    from tests.factories import prompts_campaign

    twin = ModelVersion.objects.create(
        name="tiny-twin", base_model=str(tiny_model_dir), lineage="twin", parent=tiny_version
    )
    evaluation = create_evaluation(model_a=twin, model_b=tiny_version, prompts=prompts_campaign())
    GenerationJob.objects.filter(pk=evaluation.generation_job_id).update(
        sampling=Settings(temperature=1.0, max_new_tokens=12).as_dict()
    )
    assert run_generation_job(evaluation.generation_job_id) == "succeeded"
    job = GenerationJob.objects.get(pk=evaluation.generation_job_id)
    assert (
        job.pairs_created >= 1
        and job.pairs_created + job.auto_ties == job.prompts_total == 4
        and job.skipped_similar == 0
    )
    for pair in Pair.objects.filter(campaign=evaluation.campaign).select_related("response_a", "response_b"):
        assert pair.response_a.provenance["seed"] != pair.response_b.provenance["seed"]
