"""Shared fixtures: users of each role, campaigns, pairs, and an API client per role."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection
from django.utils import translation

from annotation.models import Campaign, Pair, Role, User
from tests.factories import join, make_campaign, make_pairs, make_user


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
def english_between_tests():
    """A request in Chinese leaves zh-Hans active in the test process (LocaleMiddleware activates it
    per request, and the test client runs in-process): each test starts and ends in the default."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def artifacts_dir(settings, tmp_path_factory) -> Path:
    """Snapshots and other artifacts of a test go to a folder of its own, never to var/."""
    settings.ARTIFACTS_DIR = tmp_path_factory.mktemp("artifacts")
    return settings.ARTIFACTS_DIR


@pytest.fixture
def merged_search_indexes(db) -> None:
    """The text indexes' pending lists merged (services.search_index): other tests' rolled-back
    imports leave entries there that every trigram search reads until a merge, up to 64 MB."""
    from annotation.services import search_index

    search_index.merge_pending_entries()


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


# The people a test asks for by these fixtures are members of its `campaign`.
TEAM_FIXTURES = ("annotator", "annotator2", "annotator3", "expert")


@pytest.fixture
def campaign(db, request) -> Campaign:
    """An active campaign (gold rate 0) whose members are the annotators and the expert the test uses
    (the fixtures in TEAM_FIXTURES); anyone else is an outsider until `join`ed."""
    campaign = make_campaign("Cardiology round 1", gold_rate=0.0)
    join(campaign, *(request.getfixturevalue(name) for name in TEAM_FIXTURES if name in request.fixturenames))
    return campaign


@pytest.fixture
def pairs(campaign) -> list[Pair]:
    return make_pairs(campaign, 3)


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


# Last: browser_support reads make_user from here. One session Chromium for every browser test module
# (a module importing its own would start a second Playwright, which refuses to run).
from tests.browser_support import browser  # noqa: E402, F401

# A broker that refuses the first task sent, then takes every one.
from tests.runs_support import broker  # noqa: E402, F401

# The tiny offline model, its registered version and a real Celery worker, for every test that names them.
from tests.training_support import tiny_model_dir, tiny_version, worker  # noqa: E402, F401
