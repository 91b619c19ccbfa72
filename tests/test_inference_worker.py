"""A generation round through the real stack: API -> Celery (Redis) -> worker -> tiny model -> pairs."""
import time

import pytest

from annotation.models import Pair
from inference.models import GenerationJob
from tests.conftest import client_for
from tests.test_inference import prompts_campaign
from tests.training_support import admin_user, tiny_model_dir, tiny_version, worker  # noqa: F401

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def test_generation_runs_on_the_worker_and_creates_pairs(worker, tiny_version):
    campaign = prompts_campaign()
    admin = client_for(admin_user())
    response = admin.post(f"/api/v1/model-versions/{tiny_version.pk}/generate/", {"campaign": campaign.pk, "strategy": "two_samples", "sampling": {"temperature": 1.0, "max_new_tokens": 16, "seed": 1}}, format="json")
    assert response.status_code == 201, response.content
    job_id = response.json()["id"]
    deadline = time.time() + 180
    while time.time() < deadline:
        state = admin.get(f"/api/v1/generation-jobs/{job_id}/").json()
        if state["state"] in ("succeeded", "failed", "cancelled"):
            break
        time.sleep(0.5)
    assert state["state"] == "succeeded", state
    assert state["progress"] == 1.0 and state["pairs_created"] == Pair.objects.filter(campaign=campaign).count() > 0
    job = GenerationJob.objects.get(pk=job_id)
    assert job.started_at and job.finished_at
