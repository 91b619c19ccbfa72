"""Judges never learn which model wrote an answer: every page and endpoint, walked as an annotator and
as an expert while an evaluation is being judged, says nothing about the models or the round."""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from annotation.models import AUTO_TIE, Campaign, Pair, Prompt, Role
from annotation.rules import Scores
from annotation.services import assignment
from inference.generation import Sampling
from inference.models import Evaluation
from inference.services import create_evaluation, provenance, store_pairs
from tests.factories import join, judge_pair, make_user
from training.models import ModelVersion

PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")
# Shapes, not data: the public schema names fields such as model_version for the admin endpoints.
SCHEMA_PAGES = ("api/schema/", "api/docs/")

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def routes(patterns=None, prefix: str = ""):
    """Every route of the URLconf as a template like `api/v1/pairs/<int:pk>/` (the Django admin aside)."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        if route.startswith("admin/"):
            continue
        if isinstance(entry, URLResolver):
            yield from routes(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


def urls_for(route: str, ids: list[int]) -> list[str]:
    """The route with each id we know for its parameter (ids of every object in play)."""
    if route.startswith("^") or "(?P" in route:
        return []
    names = PARAMETER.findall(route)
    if not names:
        return ["/" + route]
    if len(names) > 1 or names[0][0] not in ("int", ""):
        return []
    return ["/" + PARAMETER.sub(str(pk), route) for pk in ids]


@pytest.fixture
def evaluation_in_progress(db):
    """An evaluation of two versions being judged: one pair identical, one disputed, one leased to the expert."""
    new = ModelVersion.objects.create(
        name="zeta-dpo-v9",
        base_model="/models/secret-base-7b",
        adapter_path="/artifacts/zeta-adapter-17",
        lineage="zeta-lineage",
    )
    old = ModelVersion.objects.create(name="omega-sft-v8", base_model="/models/secret-base-7b", lineage="omega-lineage")
    prompts = Campaign.objects.create(name="held-out", gold_rate=0)
    for index in range(4):
        Prompt.objects.create(
            campaign=prompts,
            external_id=f"q{index}",
            messages=[
                {"role": "user", "content": f"My child has a fever of 39 degrees, case {index}. What should I do?"}
            ],
        )
    admin = make_user("boss", Role.ADMIN)
    evaluation = create_evaluation(model_a=new, model_b=old, prompts=prompts, user=admin)
    job = evaluation.generation_job
    texts = [("Give paracetamol by weight and watch for drowsiness.", "Give paracetamol by weight and watch for drowsiness."),
             ("See a doctor if it lasts three days.", "Cold baths bring the fever down fastest."),
             ("Call emergency services if she has a seizure.", "Wait and see; fevers are harmless."),
             ("Keep her drinking water.", "Give aspirin, it works well for children.")]  # fmt: skip
    candidates = [
        ((a, provenance(new, job, Sampling(), 0, 9)), (b, provenance(old, job, Sampling(), 1_000_003, 9)))
        for a, b in texts
    ]
    store_pairs(job, list(prompts.prompts.order_by("id")), candidates)
    annotator, annotator2, expert = make_user("doc-a"), make_user("doc-b"), make_user("expert-x", Role.EXPERT)
    join(evaluation.campaign, annotator, annotator2, expert)  # joined after the evaluation began
    judged = list(Pair.objects.filter(campaign=evaluation.campaign).exclude(meta__has_key=AUTO_TIE).order_by("id"))
    judge_pair(annotator, judged[0], Scores(5, 5, 5), Scores(5, 3, 5))
    judge_pair(annotator2, judged[0], Scores(5, 3, 5), Scores(5, 5, 5))  # disputed: the expert may open it
    judge_pair(annotator, judged[1], Scores(5, 5, 5), Scores(5, 3, 5))
    assert assignment.next_pair_for(annotator=annotator, campaign=evaluation.campaign) is not None  # a live lease
    assert assignment.next_pair_for(annotator=expert, campaign=evaluation.campaign) is not None  # she judges too
    forbidden = {
        new.name,
        old.name,
        new.base_model,
        new.adapter_path,
        new.lineage,
        old.lineage,
        f"gen{job.pk}-",
        "zeta",
        "omega",
    }
    ids = sorted(
        {
            evaluation.pk,
            evaluation.campaign_id,
            prompts.pk,
            job.pk,
            new.pk,
            old.pk,
            *Pair.objects.values_list("pk", flat=True),
        }
    )
    return {"evaluation": evaluation, "forbidden": forbidden, "ids": ids, "annotator": annotator, "expert": expert}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["annotator", "expert"])
def test_no_page_or_endpoint_tells_a_judge_which_model_wrote_an_answer(evaluation_in_progress, role):
    setup = evaluation_in_progress
    client = Client()
    client.force_login(setup[role])
    campaign = setup["evaluation"].campaign_id
    urls = [url for route in routes() for url in urls_for(route, setup["ids"])]
    urls += [
        f"/api/v1/pairs/?campaign={campaign}",
        f"/api/v1/arbitration/?campaign={campaign}",
        f"/arbitration/?campaign={campaign}",
        "/api/v1/campaigns/?page_size=500",
    ]
    assert len(urls) > 100
    answered, leaks = 0, []
    for url in urls:
        response = client.get(url)
        if response.status_code >= 500:
            leaks.append(f"{url}: {response.status_code}")
            continue
        body = b"".join(response.streaming_content) if response.streaming else response.content
        # Every page carries a random CSRF token of 64 letters and digits: "zeta" turns up in one, case aside, about
        # once in 15,000 pages (a run of this walk reads ~1,000), and says nothing of the model.
        text = CSRF_TOKEN.sub("", body.decode("utf-8", "replace"))
        answered += response.status_code == 200
        found = {word for word in setup["forbidden"] if word.lower() in text.lower()}
        if not url.lstrip("/").startswith(SCHEMA_PAGES):
            found |= {
                key
                for key in (
                    '"provenance"',
                    '"model_version"',
                    '"model_name"',
                    '"generation_job"',
                    '"seed"',
                    "model_a",
                    "model_b",
                )
                if key in text
            }
        if found:
            leaks.append(f"{url} ({response.status_code}): {sorted(found)}")
    assert not leaks, "\n".join(leaks)
    assert answered >= 10  # the walk reached real pages, not only refusals
    # What she does see: the code name, on the list page and in the workspace.
    code_name = f"Evaluation E-{setup['evaluation'].pk}"
    assert code_name in client.get("/annotate/").content.decode()
    assert code_name in client.get(f"/annotate/{campaign}/").content.decode()
    assert client.get(f"/api/v1/campaigns/{campaign}/").json()["name"] == code_name


@pytest.mark.django_db
def test_identical_pairs_are_invisible_to_judges(evaluation_in_progress):
    setup = evaluation_in_progress
    tie = Pair.objects.get(campaign=setup["evaluation"].campaign, meta__has_key=AUTO_TIE)
    for role in ("annotator", "expert"):
        client = Client()
        client.force_login(setup[role])
        assert client.get(f"/api/v1/pairs/{tie.pk}/").status_code == 404
        assert client.get(f"/arbitration/{tie.pk}/").status_code in (403, 404)
    assert Evaluation.objects.get(pk=setup["evaluation"].pk).generation_job.auto_ties == 1
