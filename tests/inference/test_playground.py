"""The playground: who may use it, which versions it offers, and questions answered by a gpu worker."""

import time

import pytest
from django.core.cache import cache
from rest_framework.throttling import ScopedRateThrottle

from annotation.models import Campaign, PairState
from inference import playground
from inference.models import Evaluation, GenerationJob, PlaygroundTurn
from medpref.core.runs import RunState
from tests.factories import client_for, make_pairs, make_user, page_client
from tests.training_support import admin_user
from training.models import ModelVersion

QUESTION = [{"role": "user", "content": "孩子发烧39度怎么办？"}]
GREEDY = {"max_new_tokens": 8, "temperature": 0}


def ask_body(version: ModelVersion, **extra) -> dict:
    return {"model_version": version.pk, "messages": QUESTION, "sampling": GREEDY, **extra}


def evaluation_of(model_a: ModelVersion, model_b: ModelVersion, *, pairs: int = 1) -> Evaluation:
    """An evaluation whose pairs are still waiting for physicians."""
    campaign = Campaign.objects.create(name=f"Evaluation E-{Evaluation.objects.count() + 1}", gold_rate=0)
    make_pairs(campaign, pairs)
    return Evaluation.objects.create(model_a=model_a, model_b=model_b, prompts_campaign=campaign, campaign=campaign)


@pytest.fixture
def versions(db) -> dict[str, ModelVersion]:
    return {
        name: ModelVersion.objects.create(name=name, base_model="/nowhere/model", lineage=name)
        for name in ("free", "judged-a", "judged-b")
    }


# --- who may use it ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("role, experts_allowed, page_status, api_status", [
    ("annotator", False, 403, 403), ("annotator", True, 403, 403),
    ("expert", False, 403, 403), ("expert", True, 200, 202),
    ("admin", False, 200, 202),
])  # fmt: skip
def test_the_playground_is_for_admins_and_for_experts_only_when_allowed(
    versions, settings, role, experts_allowed, page_status, api_status
):
    settings.PLAYGROUND_EXPERTS = experts_allowed
    user = make_user(f"someone-{role}", role)
    cache.delete(f"throttle_playground_{user.pk}")
    assert page_client(user).get("/playground/").status_code == page_status
    response = client_for(user).post("/api/v1/playground/", ask_body(versions["free"]), format="json")
    assert response.status_code == api_status, response.content
    if api_status == 403:
        assert "playground is for admins" in response.json()["message"]
        assert not PlaygroundTurn.objects.exists()
    navigation = page_client(user).get("/annotate/").content.decode()
    assert ('href="/playground/"' in navigation) == (page_status == 200)


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(versions):
    assert page_client(None).get("/playground/").status_code == 302
    assert client_for(None).post("/api/v1/playground/", ask_body(versions["free"]), format="json").status_code == 401
    assert client_for(None).get("/api/v1/playground/1/").status_code == 401


@pytest.mark.django_db
def test_only_the_asker_sees_her_turn(versions, admin, settings):
    settings.PLAYGROUND_EXPERTS = True
    expert = make_user("expert-asker", "expert")
    cache.delete(f"throttle_playground_{expert.pk}")
    turn_id = client_for(expert).post("/api/v1/playground/", ask_body(versions["free"]), format="json").json()["id"]
    assert client_for(expert).get(f"/api/v1/playground/{turn_id}/").json()["state"] == "queued"
    assert client_for(admin).get(f"/api/v1/playground/{turn_id}/").status_code == 404
    assert client_for(make_user("physician-x")).get(f"/api/v1/playground/{turn_id}/").status_code == 403


# --- which versions it offers -----------------------------------------------------------------


@pytest.mark.django_db
def test_versions_in_an_evaluation_still_being_judged_are_never_offered(versions, admin):
    evaluation = evaluation_of(versions["judged-a"], versions["judged-b"])
    assert list(playground.offered_versions()) == [versions["free"]]
    offered = page_client(admin).get("/playground/").content.decode()
    assert "free" in offered and "judged-a" not in offered and "judged-b" not in offered
    cache.delete(f"throttle_playground_{admin.pk}")
    refused = client_for(admin).post("/api/v1/playground/", ask_body(versions["judged-a"]), format="json")
    assert refused.status_code == 404 and "not offered in the playground" in refused.json()["message"]
    assert not PlaygroundTurn.objects.exists()

    evaluation.campaign.pairs.update(state=PairState.DISPUTED)  # an expert still has to decide
    assert versions["judged-a"] not in playground.offered_versions()
    evaluation.campaign.pairs.update(state=PairState.CONSENSUS)  # judged: the blinding no longer matters
    assert set(playground.offered_versions()) == set(versions.values())


@pytest.mark.django_db
def test_versions_whose_evaluation_is_still_generating_are_not_offered(versions):
    evaluation = evaluation_of(versions["judged-a"], versions["judged-b"], pairs=0)
    assert set(playground.offered_versions()) == set(versions.values())  # nothing left to judge
    evaluation.generation_job = GenerationJob.objects.create(
        model_version=versions["judged-a"],
        other_version=versions["judged-b"],
        source_campaign=evaluation.campaign,
        target_campaign=evaluation.campaign,
        strategy="versus",
        state=RunState.RUNNING,
    )
    evaluation.save()
    assert list(playground.offered_versions()) == [versions["free"]]


@pytest.mark.django_db
def test_a_version_that_entered_an_evaluation_after_the_question_is_not_answered(versions, admin):
    turn = playground.ask(user=admin, model_version=versions["judged-a"].pk, messages=QUESTION)
    evaluation_of(versions["judged-a"], versions["judged-b"])
    assert playground.answer_turn(turn.pk) == RunState.FAILED
    turn.refresh_from_db()
    assert "no longer offered" in turn.error and turn.reply == ""


# --- what it accepts --------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("body, message", [
    ({"messages": [{"role": "doctor", "content": "x"}]}, "ending with a user message"),
    ({"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}, "ending with a user message"),
    ({"messages": [{"role": "user", "content": 5}]}, "ending with a user message"),
    ({"messages": [{"role": "user", "content": "x" * 20_001}]}, "messages[0].content: at most 20000 characters"),
    ({"sampling": {"max_new_tokens": 4096}}, "at most 1024 new tokens"),
    ({"sampling": {"top_p": 3}}, "top_p"),
    ({"sampling": {"beams": 4}}, "unknown sampling"),
    ({"model_version": 2**70}, "model_version"),
])  # fmt: skip
def test_bad_questions_are_refused_with_the_reason(versions, admin, body, message):
    cache.delete(f"throttle_playground_{admin.pk}")
    response = client_for(admin).post("/api/v1/playground/", {**ask_body(versions["free"]), **body}, format="json")
    assert response.status_code == 400 and message in response.json()["message"], response.json()
    assert not PlaygroundTurn.objects.exists()


@pytest.mark.django_db
def test_questions_are_rate_limited_per_user_and_polling_is_not(versions, admin, monkeypatch):
    cache.delete(f"throttle_playground_{admin.pk}")  # only her history, not the whole cache
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"playground": "2/min"})
    client = client_for(admin)
    first = client.post("/api/v1/playground/", ask_body(versions["free"]), format="json")
    assert first.status_code == 202 and first.json()["state"] == "queued"
    assert client.post("/api/v1/playground/", ask_body(versions["free"]), format="json").status_code == 202
    third = client.post("/api/v1/playground/", ask_body(versions["free"]), format="json")
    assert third.status_code == 429 and third.json()["message"]
    for _ in range(3):
        assert client.get(f"/api/v1/playground/{first.json()['id']}/").status_code == 200
    assert PlaygroundTurn.objects.count() == 2


# --- answered in a child process, the model kept loaded between turns ---------------------------


@pytest.mark.django_db
def test_a_turn_is_answered_by_a_child_process_that_stays_loaded_for_the_next_one(tiny_version, admin):
    turns = [
        playground.ask(user=admin, model_version=tiny_version.pk, messages=QUESTION, sampling=GREEDY) for _ in range(2)
    ]
    try:
        assert playground.answer_turn(turns[0].pk) == RunState.SUCCEEDED
        child = playground._loaded["generator"].child.pid
        assert playground.answer_turn(turns[1].pk) == RunState.SUCCEEDED
        assert playground._loaded["generator"].child.pid == child
    finally:
        playground.release()
    first, second = (PlaygroundTurn.objects.get(pk=t.pk) for t in turns)
    assert first.reply and first.reply == second.reply  # greedy: the same question, the same answer
    assert 0 < first.new_tokens <= 8 and first.load_seconds > 0 and second.load_seconds == 0
    assert first.generate_seconds is not None and first.worker_host and first.finished_at
    assert playground.answer_turn(turns[0].pk) is None  # never answered twice


@pytest.mark.django_db
def test_a_version_that_cannot_be_loaded_fails_the_turn_with_the_reason(versions, admin):
    turn = playground.ask(user=admin, model_version=versions["free"].pk, messages=QUESTION)
    assert playground.answer_turn(turn.pk) == RunState.FAILED
    turn.refresh_from_db()
    assert "could not load model /nowhere/model" in turn.error and "exited with code 2" in turn.error
    assert "generator" not in playground._loaded


@pytest.mark.postgres
@pytest.mark.timeout(300)
@pytest.mark.django_db(transaction=True)
def test_question_to_reply_through_a_real_worker(worker, tiny_version):
    admin = admin_user()
    client = client_for(admin)
    cache.delete(f"throttle_playground_{admin.pk}")
    asked = client.post("/api/v1/playground/", ask_body(tiny_version), format="json")
    assert asked.status_code == 202, asked.content
    deadline = time.time() + 180
    turn = asked.json()
    while turn["state"] in ("queued", "running") and time.time() < deadline:
        time.sleep(0.3)
        turn = client.get(f"/api/v1/playground/{turn['id']}/").json()
    assert turn["state"] == "succeeded", turn
    assert isinstance(turn["reply"], str) and turn["new_tokens"] > 0 and turn["load_seconds"] > 0
    assert turn["messages"] == QUESTION
    assert "generator" not in playground._loaded  # this process (the web side) never loaded a model
