"""Shared fixtures: users of each role, campaigns, pairs, and an API client per role."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from django.db import connection
from rest_framework.test import APIClient

from annotation.models import Campaign, Pair, Prompt, Response, Role, User

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def shared_file(name: str) -> Path:
    """A public data file from ../shared/data (third-party, never copied here); skip where it is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: these tests read the shared public data beside the checkout (../shared/data)")
    return path


def pytest_collection_modifyitems(config, items):
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL, or run `make test`)")
        for item in items:
            if "postgres" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def artifacts_dir(settings, tmp_path_factory) -> Path:
    """Snapshots and other artifacts of a test go to a folder of its own, never to var/."""
    settings.ARTIFACTS_DIR = tmp_path_factory.mktemp("artifacts")
    return settings.ARTIFACTS_DIR


def make_user(username: str, role: str = Role.ANNOTATOR) -> User:
    user = User(username=username, role=role)
    user.set_password("correct-horse-1")
    user.save()
    return user


@pytest.fixture
def annotator(db) -> User:
    return make_user("physician1")


@pytest.fixture
def annotator2(db) -> User:
    return make_user("physician2")


@pytest.fixture
def annotator3(db) -> User:
    return make_user("physician3")


@pytest.fixture
def expert(db) -> User:
    return make_user("expert1", Role.EXPERT)


@pytest.fixture
def admin(db) -> User:
    return make_user("admin", Role.ADMIN)


@pytest.fixture
def campaign(db) -> Campaign:
    return Campaign.objects.create(name="Cardiology round 1", gold_rate=0.0)


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


@pytest.fixture
def pairs(campaign) -> list[Pair]:
    return make_pairs(campaign, 3)


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def score_payload(a=(5, 5, 5), b=(3, 3, 3), **extra) -> dict:
    names = ("safety", "professionalism", "fluency")
    return {"client_id": str(uuid.uuid4()), "scores": {"a": dict(zip(names, a)), "b": dict(zip(names, b))}, **extra}


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


# Last: browser_support reads make_user from here. One session Chromium for every browser test module
# (a module importing its own would start a second Playwright, which refuses to run).
from tests.browser_support import browser  # noqa: E402, F401

# The tiny offline model, its registered version and a real Celery worker, for every test that names them.
from tests.training_support import tiny_model_dir, tiny_version, worker  # noqa: E402, F401
