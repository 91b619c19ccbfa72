"""SFT on a data mixture through the real stack (API -> Celery -> worker -> TRL runner): the
held-out loss of each dataset before and after (the forgetting check), the two-stage pipeline
(SFT on a mixture, then DPO on a campaign) in one lineage, and the ratio sweep."""

import pytest

from medpref.core.runs import RunState
from medpref.demo.datasets import load_demo_datasets
from tests.factories import client_for
from tests.training_support import admin_user, resolved_demo_campaign, tiny_config, wait_for
from training import services, sweeps
from training.models import ModelVersion, Sweep, TrainingJob

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(600)]


def kinds(job: TrainingJob) -> dict[str, dict]:
    return {entry["kind"]: entry for entry in job.heldout["kinds"]}


def test_sft_on_a_mixture_lowers_medical_heldout_loss_then_dpo_follows_in_the_same_lineage(worker, tiny_version):
    mixture = load_demo_datasets()
    campaign = resolved_demo_campaign()
    admin = client_for(admin_user())
    response = admin.post(
        f"/api/v1/mixtures/{mixture.pk}/pipeline/",
        {
            "base_version": tiny_version.pk,
            "campaigns": [campaign.pk],
            "sft_config": tiny_config(learning_rate=1e-2, max_steps=40, lora={"r": 16, "lora_alpha": 32}),
            "dpo_config": tiny_config(max_steps=5),
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["waiting"] and response.json()["mixture_snapshot"] is None  # a worker freezes first
    sft = wait_for(TrainingJob.objects.get(pk=response.json()["id"]), lambda j: j.state == RunState.SUCCEEDED)
    assert sft.mixture_snapshot.mixture == mixture and sft.snapshot is None

    # The forgetting check: every dataset's held-out rows, the parent's loss next to the new version's.
    table = sft.heldout
    # 10% of each dataset, at most 30 rows (the demo mixture's heldout_max)
    assert {d["name"]: d["rows"] for d in table["datasets"]} == {
        "demo-medical-instructions": 30,
        "demo-medical-dialogue": 20,
        "demo-general-instructions": 30,
    }
    # The demo mixture names the demo benchmark: scored on the parent and on the new version.
    [benchmark] = table["benchmarks"]
    assert (benchmark["name"], benchmark["questions"]) == ("demo-benchmark", 40)
    assert all(0 <= benchmark[m][w] <= 1 for m in ("acc", "acc_norm") for w in ("parent", "new")), benchmark
    medical = kinds(sft)["medical"]
    assert medical["new"] < medical["parent"] - 0.1, table
    assert medical["change"] == pytest.approx(medical["new"] - medical["parent"], abs=1e-4)
    detail = admin.get(f"/api/v1/jobs/{sft.pk}/").json()
    assert detail["heldout"] == table and detail["mixture_snapshot_name"] == sft.mixture_snapshot.name

    version = ModelVersion.objects.get(job=sft)
    card = open(f"{version.adapter_path}/README.md", encoding="utf-8").read()
    assert "## Data mixture" in card and sft.mixture_snapshot.sha256 in card
    assert "demo-general-instructions" in card and "Held-out loss" in card

    # Stage two: DPO on the campaign's resolved pairs, from the SFT version, in its lineage.
    sft.refresh_from_db()
    assert sft.next_job is not None, sft.then_dpo
    dpo = wait_for(sft.next_job, lambda j: j.state == RunState.SUCCEEDED)
    assert (dpo.kind, dpo.base_version, dpo.lineage) == ("dpo", version, tiny_version.lineage)
    assert [b["name"] for b in dpo.heldout["benchmarks"]] == ["demo-benchmark"]  # the same check on stage two
    # Its parent is the SFT version, loaded back from disk: the same answers (one question of slack for float noise).
    assert dpo.heldout["benchmarks"][0]["acc"]["parent"] == pytest.approx(benchmark["acc"]["new"], abs=0.026)
    final = ModelVersion.objects.get(job=dpo)
    assert (final.parent, final.is_current) == (version, True)


def test_a_ratio_sweep_runs_one_job_per_general_share_on_the_same_heldout_rows(worker, tiny_version):
    mixture = load_demo_datasets()
    admin = client_for(admin_user())
    response = admin.post(
        f"/api/v1/mixtures/{mixture.pk}/sweeps/",
        {"base_version": tiny_version.pk, "shares": [0.5, 0], "config": tiny_config(learning_rate=1e-2, max_steps=12)},
        format="json",
    )
    assert response.status_code == 201, response.content
    sweep = Sweep.objects.get(pk=response.json()["id"])
    jobs = list(sweep.jobs.order_by("general_share"))
    assert [(job.general_share, job.waiting_for_freeze) for job in jobs] == [(0.0, True), (0.5, True)]
    assert len({job.freeze_id for job in jobs}) == 1  # one freeze on the worker for every share
    jobs = [wait_for(job, lambda j: j.mixture_snapshot_id is not None) for job in jobs]
    assert [job.mixture_snapshot.general_share for job in jobs] == [0.0, 0.5]
    assert len({job.mixture_snapshot.manifest["heldout"]["sha256"] for job in jobs}) == 1
    general_rows = [
        next(s for s in job.mixture_snapshot.manifest["sources"] if s["kind"] == "general")["rows"] for job in jobs
    ]
    assert general_rows[0] == 0 and general_rows[1] > 0
    assert {job.config["trainer"]["max_steps"] for job in jobs} == {12}  # the share is the only difference
    for job in jobs:
        wait_for(job, lambda j: j.state == RunState.SUCCEEDED, timeout=300)

    tiny_version.refresh_from_db()
    assert tiny_version.is_current  # a sweep is an experiment: its versions are not promoted
    results = admin.get(f"/api/v1/sweeps/{sweep.pk}/").json()["results"]
    assert [r["share"] for r in results] == [0.0, 0.5]
    assert all(set(r["losses"]) == {"medical", "dialogue", "general"} for r in results)
    assert all(0 <= r["benchmarks"]["demo-benchmark"] <= 1 for r in results), results  # accuracy beside the losses
    series = sweeps.series(sweep)
    assert list(series) == ["medical", "dialogue", "general"] and all(len(v) == 2 for v in series.values())
    # Trained on general rows, the model's general held-out loss is lower than without them.
    assert series["general"][1] < series["general"][0], series


def test_the_sweep_page_charts_heldout_loss_per_kind_at_each_share(tiny_version):
    from django.test import Client

    from training.models import Mixture

    mixture = load_demo_datasets()
    sweep = sweeps.start_sweep(mixture=Mixture.objects.get(pk=mixture.pk), base_version=tiny_version, shares=[0, 0.25])
    services.run_freeze(sweep.jobs.first().freeze_id)  # what a worker does
    for job, (medical, general) in zip(sweep.jobs.order_by("general_share"), [(2.0, 3.0), (2.2, 2.5)]):
        TrainingJob.objects.filter(pk=job.pk).update(
            state=RunState.SUCCEEDED,
            heldout={
                "datasets": [],
                "kinds": [
                    {
                        "name": "medical",
                        "kind": "medical",
                        "rows": 30,
                        "parent": 3.0,
                        "new": medical,
                        "change": medical - 3,
                    },
                    {
                        "name": "general",
                        "kind": "general",
                        "rows": 30,
                        "parent": 3.0,
                        "new": general,
                        "change": general - 3,
                    },
                ],
                "benchmarks": [
                    {
                        "name": "demo-benchmark",
                        "questions": 40,
                        "acc": {"parent": 0.25, "new": general / 10, "change": general / 10 - 0.25},
                        "acc_norm": {"parent": 0.3, "new": 0.3, "change": 0.0},
                    }
                ],
            },
        )
    client = Client()
    client.force_login(admin_user())
    html = client.get(f"/console/sweeps/{sweep.pk}/").content.decode()
    assert html.count('class="series-line"') == 2  # one line per kind
    assert "medical · 25%: 2.2000" in html and "general · 0%: 3.0000" in html
    assert html.count("SFT #") == 2
    assert "demo-benchmark" in html and "0.300" in html and "0.250" in html  # accuracy per share
    job = sweep.jobs.order_by("general_share").last()
    job_page = client.get(f"/console/jobs/{job.pk}/").content.decode()
    assert 'id="forgetting"' in job_page and job.mixture_snapshot.name in job_page
    assert "2.2000" in job_page and "+0.5000" not in job_page and "-0.5000" in job_page  # general 3.0 -> 2.5
    assert 'id="benchmark-scores"' in job_page and "0.250" in job_page and "0.000" in job_page
