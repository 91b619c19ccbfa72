"""Freezing a mixture runs on a worker, off the web request: the API answers 202 with a URL to poll,
the freeze goes queued -> running -> succeeded with its snapshot, or failed with the reason; one
freeze at a time per mixture."""

import json
import time

import pytest

from annotation.errors import Conflict
from tests.factories import client_for
from tests.training_support import admin_user
from training import services
from training.models import Mixture, MixtureFreeze

pytestmark = [pytest.mark.postgres]


def jsonl(*rows) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()


def two_dataset_mixture(name: str = "mix") -> Mixture:
    datasets = [
        services.upload_dataset(
            name=f"{name}-{kind}",
            kind=kind,
            data=jsonl(
                *(
                    {
                        "messages": [
                            {"role": "user", "content": f"{kind} q{i}"},
                            {"role": "assistant", "content": f"a{i}"},
                        ]
                    }
                    for i in range(30)
                )
            ),
            filename=f"{kind}.jsonl",
        )
        for kind in ("medical", "general")
    ]
    return services.create_mixture(
        name=name, components=[{"dataset": d, "share": s} for d, s in zip(datasets, (0.7, 0.3))], seed=2
    )


def poll(client, url: str, timeout: float = 120) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        body = client.get(url).json()
        if body["state"] not in ("queued", "running"):
            return body
        time.sleep(0.3)
    raise AssertionError(f"freeze still {body['state']} ({body['stage']}) after {timeout} s")


@pytest.mark.django_db
def test_a_second_freeze_of_the_same_mixture_waits_for_the_first():
    mixture = two_dataset_mixture()
    first = services.request_freeze(mixture)
    with pytest.raises(Conflict, match=f"freeze {first.pk}"):
        services.request_freeze(mixture)
    services.run_freeze(first.pk)
    assert MixtureFreeze.objects.get(pk=first.pk).snapshot.version == 1
    assert services.request_freeze(mixture).pk != first.pk  # once it ended, freezing again is allowed


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(300)
def test_a_worker_freezes_the_mixture_and_the_api_answers_at_once(worker):
    mixture = two_dataset_mixture()
    admin = client_for(admin_user())
    accepted = admin.post(f"/api/v1/mixtures/{mixture.pk}/freeze/")
    assert accepted.status_code == 202, accepted.content
    assert accepted.json()["state"] == "queued" and accepted.json()["snapshot"] is None
    done = poll(admin, accepted.json()["url"])
    assert done["state"] == "succeeded", done
    snapshot = done["snapshot"]
    assert (snapshot["name"], snapshot["version"]) == ("mix-v1", 1)
    assert {s["name"]: s["share_rows"] for s in snapshot["manifest"]["sources"]} == pytest.approx(
        {"mix-medical": 0.7, "mix-general": 0.3}, abs=0.02
    )
    assert done["started_at"] and done["finished_at"]

    # A dataset file gone from the storage: the freeze fails, and says why.
    broken = two_dataset_mixture("broken")
    dataset = broken.components.first().dataset
    dataset.file.storage.delete(dataset.file.name)
    accepted = admin.post(f"/api/v1/mixtures/{broken.pk}/freeze/")
    failed = poll(admin, accepted.json()["url"])
    assert failed["state"] == "failed" and "FileNotFoundError" in failed["error"], failed
    assert failed["snapshot"] is None and not broken.snapshots.exists()
