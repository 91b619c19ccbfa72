"""Factories: plain functions that build what tests need (users, pairs, API clients, annotations,
prompts, the public data files). Fixtures live in conftest.py and the *_support modules; every test
module imports its builders from here and from nowhere else."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from annotation.models import Campaign, CampaignMember, CampaignStatus, Lease, Pair, Prompt, Response, Role, User
from annotation.rules import Scores
from annotation.services.importing import import_file
from annotation.services.submission import submit_annotation
from inference.models import Evaluation
from medpref.core.roles import is_admin
from training.models import ModelVersion

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PASSWORD = "correct-horse-1"  # what make_user gives everyone


def shared_file(name: str) -> Path:
    """A public data file from ../shared/data (third-party, never copied here); skip where it is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: these tests read the shared public data beside the checkout (../shared/data)")
    return path


def make_user(username: str, role: str = Role.ANNOTATOR) -> User:
    user = User(username=username, role=role)
    user.set_password(PASSWORD)
    user.save()
    return user


def make_campaign(name: str = "Cardiology round 1", *, status: str = CampaignStatus.ACTIVE, **fields) -> Campaign:
    """A campaign straight in `status` (active unless told: most tests are about work in an open
    campaign; the lifecycle tests walk the real transitions through the service)."""
    return Campaign.objects.create(name=name, status=status, **fields)


def join(campaign: Campaign, *users: User) -> None:
    """Make them members of the campaign (what an admin does on its page)."""
    CampaignMember.objects.bulk_create(
        [CampaignMember(campaign=campaign, user=user) for user in users], ignore_conflicts=True
    )


def make_pairs(campaign: Campaign, count: int, *, start: int = 0, **fields) -> list[Pair]:
    """`count` pairs with distinct prompts and responses, created in id order."""
    pairs = []
    for index in range(start, start + count):
        prompt = Prompt.objects.create(
            campaign=campaign,
            external_id=f"p{index}",
            messages=[{"role": "user", "content": f"Question {index}: is this rash serious?"}],
        )
        a = Response.objects.create(prompt=prompt, text=f"Answer A to question {index}", source="model-a")
        b = Response.objects.create(prompt=prompt, text=f"Answer B to question {index}", source="model-b")
        pairs.append(
            Pair.objects.create(
                campaign=campaign, prompt=prompt, response_a=a, response_b=b, external_id=f"p{index}", **fields
            )
        )
    return pairs


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def token_client(username: str, password: str = PASSWORD) -> APIClient:
    """An API client signed in the way a script signs in: a token from POST auth/token/."""
    response = APIClient().post("/api/v1/auth/token/", {"username": username, "password": password}, format="json")
    assert response.status_code == 200, response.content
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    return client


def page_client(user: User | None, *, headers: dict | None = None, **defaults) -> Client:
    """A browser on the pages, signed in as `user` (None: signed out); `headers` and `defaults` as
    django.test.Client takes them."""
    client = Client(headers=headers, **defaults)
    if user is not None:
        client.force_login(user)
    return client


def score_payload(a=(5, 5, 5), b=(3, 3, 3), **extra) -> dict:
    names = ("safety", "professionalism", "fluency")
    return {"client_id": str(uuid.uuid4()), "scores": {"a": dict(zip(names, a)), "b": dict(zip(names, b))}, **extra}


def hand(user, pair, *, a_on_left: bool = True) -> Lease:
    """Hand this exact pair to her, as `next` would (tests choose the pair and the display order);
    `next` hands pairs to members only, so she joins the campaign first."""
    if not is_admin(user):
        CampaignMember.objects.get_or_create(campaign=pair.campaign, user=user)
    lease, _ = Lease.objects.update_or_create(
        pair=pair,
        annotator=user,
        defaults={
            "campaign": pair.campaign,
            "a_on_left": a_on_left,
            "expires_at": timezone.now() + timedelta(minutes=10),
        },
    )
    return lease


def judge_pair(user, pair, a: Scores, b: Scores, client_id=None, **kwargs):
    """Hand her the pair, then submit her scores for it."""
    hand(user, pair)
    return submit_annotation(
        annotator=user, pair_id=pair.pk, client_id=client_id or uuid.uuid4(), scores={"a": a, "b": b}, **kwargs
    )


PROMPTS = [
    {"id": "p1", "prompt": "孩子发烧39度怎么办？", "reference": "先按体重用退烧药，精神差或抽搐立即就医。"},
    {
        "id": "p2",
        "prompt": "How much ibuprofen can an adult take?",
        "reference": "200-400 mg every 6-8 hours, at most 1,200 mg a day without advice.",
    },
    {
        "id": "p3",
        "prompt": [
            {"role": "user", "content": "我头痛"},
            {"role": "assistant", "content": "多久了？"},
            {"role": "user", "content": "三天了"},
        ],
    },
    {"id": "p4", "prompt": "Is a mole that bleeds dangerous?"},
]


def prompts_campaign(name="Held-out prompts") -> Campaign:
    campaign = make_campaign(name, gold_rate=0)
    report = import_file(
        campaign=campaign,
        data="\n".join(json.dumps(p, ensure_ascii=False) for p in PROMPTS).encode(),
        filename="prompts.jsonl",
    )
    assert report.ok and report.kind == "prompts", report.errors
    return campaign


def scripted_evaluation(outcomes: list[str], *, multi_turn_from: int | None = None) -> Evaluation:
    """An evaluation whose pairs two physicians judge so that model A gets `outcomes` (win/tie/loss)."""
    new = ModelVersion.objects.create(name="new", base_model="/m", lineage="l")
    old = ModelVersion.objects.create(name="old", base_model="/m", lineage="l2")
    prompts = make_campaign("held out", gold_rate=0)
    campaign = make_campaign("eval", gold_rate=0)
    evaluation = Evaluation.objects.create(model_a=new, model_b=old, prompts_campaign=prompts, campaign=campaign)
    doctors = [make_user("eval-doc1"), make_user("eval-doc2")]
    join(campaign, *doctors)
    good, poor = Scores(5, 5, 4), Scores(5, 3, 4)
    for index, outcome in enumerate(outcomes):
        multi = multi_turn_from is not None and index >= multi_turn_from
        messages = (
            [
                {"role": "user", "content": f"q{index}"},
                {"role": "assistant", "content": "?"},
                {"role": "user", "content": "more"},
            ]
            if multi
            else [{"role": "user", "content": f"q{index}"}]
        )
        prompt = Prompt.objects.create(campaign=campaign, external_id=f"e{index}", messages=messages)
        ours_first = index % 2 == 0  # model A is answer A on even pairs, answer B on odd ones
        ours = Response.objects.create(prompt=prompt, text=f"new {index}", provenance={"model_version": new.pk})
        theirs = Response.objects.create(prompt=prompt, text=f"old {index}", provenance={"model_version": old.pk})
        pair = Pair.objects.create(
            campaign=campaign,
            prompt=prompt,
            response_a=ours if ours_first else theirs,
            response_b=theirs if ours_first else ours,
            external_id=f"e{index}",
        )
        ours_scores, theirs_scores = {"win": (good, poor), "tie": (good, good), "loss": (poor, good)}[outcome]
        a, b = (ours_scores, theirs_scores) if ours_first else (theirs_scores, ours_scores)
        for doctor in doctors:
            judge_pair(doctor, pair, a, b)
    return evaluation


def run_threads(count: int, target, *, timeout: float = 300) -> list[BaseException]:
    """Run `target(index)` in `count` threads released together; the errors they raised."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def wrapped(index: int) -> None:
        try:
            barrier.wait()
            target(index)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=wrapped, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    return errors
