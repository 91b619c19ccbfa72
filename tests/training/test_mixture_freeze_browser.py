"""The job page in Chromium while the job waits for its mixture's freeze: the state says so, the
summary and the progress bar follow the freeze's rows read, and cancel works before it trains."""

from __future__ import annotations

import pytest

from annotation.models import Role
from medpref.core.runs import RunState
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures
from tests.factories import make_user
from training import services
from training.models import MixtureFreeze, TrainingJob

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def test_the_job_page_follows_the_freeze_then_cancels_the_waiting_job(browser, server):
    rows = [
        {"messages": [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}]}
        for i in range(20)
    ]
    dataset = services.store_dataset(rows, name="page-medical", kind="medical")
    mixture = services.create_mixture(name="page-mix", components=[{"dataset": dataset, "weight": 1}])
    version = services.register_base_model(name="page-base", base_model="/nowhere", lineage="page")
    job = services.create_job(kind="sft", mixture=mixture, base_version=version)  # no worker: it keeps waiting
    MixtureFreeze.objects.filter(pk=job.freeze_id).update(
        state=RunState.RUNNING, stage="freezing mixture page-mix: 10/20 rows read", rows_done=10, rows_total=20
    )
    make_user("freeze-admin", Role.ADMIN)
    tab = Tab(browser, server)
    tab.sign_in("freeze-admin")
    page = tab.go(f"/console/jobs/{job.pk}/")
    page.wait_for_selector("#job-progress[aria-valuenow='50']")
    assert page.inner_text("#job-state") == "waiting for its freeze"
    assert page.inner_text("#job-summary") == "freezing mixture page-mix: 10/20 rows read"
    assert "page-mix" in page.inner_text("#job-mixture") and page.is_visible("#cancel")

    page.click("#cancel")
    page.wait_for_function("document.getElementById('job-state').textContent === 'cancelled'")
    job.refresh_from_db()
    assert job.state == RunState.CANCELLED and job.started_at is None
    assert MixtureFreeze.objects.get(pk=job.freeze_id).cancel_requested  # nobody else waits for it
    assert page.is_hidden("#cancel") and TrainingJob.objects.filter(state=RunState.QUEUED).count() == 0
    assert tab.errors == []
