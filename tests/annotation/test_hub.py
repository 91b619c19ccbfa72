"""A snapshot as a Hugging Face dataset (issue 13): the folder loads offline with `datasets` and gives
the snapshot's rows back, its card says what they are, the zip is the same bytes each time, and a
push happens only on an explicit POST (the Hub itself is replaced at HfApi, the network boundary)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import datasets
import pytest
import yaml
from huggingface_hub import HfApi

from annotation.models import AuditEvent
from annotation.rules import Scores
from annotation.services import hub
from annotation.services.arbitration import arbitrate
from annotation.services.snapshots import create_snapshot
from tests.factories import client_for, judge_pair, make_pairs

GOOD, POOR = Scores(5, 5, 4), Scores(2, 3, 3)


@pytest.fixture
def resolved(campaign, annotator, annotator2, expert):
    """Two consensus pairs (one with Chinese text) and one decided by an expert."""
    first, second, third = make_pairs(campaign, 3)
    first.prompt.messages = [
        {"role": "user", "content": "孩子发烧39度怎么办？"},
        {"role": "assistant", "content": "多久了？"},
        {"role": "user", "content": "两天"},
    ]
    first.prompt.save()
    for pair in (first, second):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, GOOD, POOR)
    judge_pair(annotator, third, GOOD, POOR)
    judge_pair(annotator2, third, POOR, GOOD)
    arbitrate(expert=expert, pair_id=third.pk, decision="b", rationale="B names the red flags.")
    return campaign


@pytest.fixture
def offline(monkeypatch, tmp_path):
    """`datasets` as on a machine without network: offline, with its cache in the test's folder."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True)
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    return tmp_path / "hf-cache"


def jsonl_rows(snapshot) -> list[dict]:
    with snapshot.open() as handle:
        return [json.loads(line) for line in handle if line.strip()]


def card_of(text: str) -> tuple[dict, str]:
    _, header, body = text.split("---\n", 2)
    return yaml.safe_load(header), body


@pytest.mark.parametrize("kind", ["dpo", "sft"])
def test_the_folder_loads_offline_with_the_same_rows(resolved, offline, tmp_path, kind):
    snapshot = create_snapshot(campaigns=[resolved], kind=kind)
    folder = hub.build_folder(snapshot, tmp_path / "folder")
    loaded = datasets.load_dataset(str(folder.path), split="train", cache_dir=str(offline))
    assert loaded.num_rows == snapshot.row_count == folder.rows == 3
    assert [dict(row) for row in loaded] == jsonl_rows(snapshot)
    assert sorted(p.relative_to(folder.path).as_posix() for p in folder.path.rglob("*") if p.is_file()) == [
        "README.md",
        "data/train-00000-of-00001.parquet",
    ]


def test_the_card_has_the_licence_the_configs_counts_agreement_and_both_digests(resolved, tmp_path):
    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    folder = hub.build_folder(snapshot, tmp_path / "folder", license="CC-BY-NC-4.0")
    header, body = card_of((folder.path / "README.md").read_text(encoding="utf-8"))
    assert header["license"] == "cc-by-nc-4.0"
    assert header["configs"] == [
        {"config_name": "default", "data_files": [{"split": "train", "path": "data/train-00000-of-00001.parquet"}]}
    ]
    assert header["size_categories"] == ["n<1K"] and "medical" in header["tags"]
    assert f"manifest sha256 (the JSONL rows medpref exported): `{snapshot.sha256}`" in body
    assert f"`{hub.file_sha256(folder.path / hub.DATA_FILE)}`" == f"`{folder.parquet_sha256}`"
    assert folder.parquet_sha256 in body
    assert "| resolved pairs | 3 |" in body and "Safety > Professionalism > Fluency" in body
    assert f"| {resolved.name} | 3 | 0.667 |" in body  # two of three pairs agreed on the preference
    assert "Scrubber version" in body


def test_a_licence_that_is_not_an_id_is_refused(resolved, tmp_path):
    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    with pytest.raises(hub.ServiceError, match="not a licence id"):
        hub.build_folder(snapshot, tmp_path / "folder", license="MIT\nmalicious: yes")


@pytest.mark.django_db
def test_an_empty_snapshot_is_refused_with_its_name(campaign, tmp_path):
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    with pytest.raises(hub.ServiceError, match=f"snapshot {snapshot.name} has no rows"):
        hub.build_folder(snapshot, tmp_path / "folder")


def test_the_zip_download_is_the_folder_and_the_same_bytes_every_time(resolved, offline, admin, annotator, tmp_path):
    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    api = client_for(admin)
    first = api.get(f"/api/v1/snapshots/{snapshot.pk}/hf/")
    assert first.status_code == 200 and first["Content-Type"] == "application/zip"
    assert f'filename="{snapshot.name}-hf.zip"' in first["Content-Disposition"]
    body = b"".join(first.streaming_content)
    assert b"".join(api.get(f"/api/v1/snapshots/{snapshot.pk}/hf/").streaming_content) == body
    zipfile.ZipFile(io.BytesIO(body)).extractall(tmp_path)
    loaded = datasets.load_dataset(str(tmp_path / snapshot.name), split="train", cache_dir=str(offline))
    assert [dict(row) for row in loaded] == jsonl_rows(snapshot)
    assert client_for(annotator).get(f"/api/v1/snapshots/{snapshot.pk}/hf/").status_code == 403
    refused = api.get(f"/api/v1/snapshots/{snapshot.pk}/hf/?license=not%20a%20licence")
    assert refused.status_code == 400 and "not a licence id" in refused.json()["message"]


class RecordingHub:
    """Stands in for the Hub at HfApi's two calls (the Hub is unreachable from tests); keeps what was sent."""

    def __init__(self, monkeypatch, *, fail: Exception | None = None):
        self.calls, self.uploaded, self.fail = [], {}, fail
        recorder = self

        def create_repo(api, repo_id, **kwargs):
            recorder.calls.append(("create_repo", repo_id, kwargs, api.token))
            if recorder.fail:
                raise recorder.fail

        def upload_folder(api, *, folder_path, repo_id, **kwargs):
            recorder.calls.append(("upload_folder", repo_id, kwargs, api.token))
            recorder.uploaded = {
                p.relative_to(folder_path).as_posix(): p.read_bytes()
                for p in Path(folder_path).rglob("*")
                if p.is_file()
            }
            return f"https://huggingface.co/datasets/{repo_id}/commit/abc123"

        monkeypatch.setattr(HfApi, "create_repo", create_repo)
        monkeypatch.setattr(HfApi, "upload_folder", upload_folder)


def test_a_push_uploads_the_folder_with_the_admins_token_and_keeps_no_token(resolved, admin, monkeypatch):
    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    recorded = RecordingHub(monkeypatch)
    answer = client_for(admin).post(
        f"/api/v1/snapshots/{snapshot.pk}/hub/",
        {"repo_id": "hospital/cardiology-dpo", "token": "hf_secret_token", "license": "cc-by-nc-4.0"},
        format="json",
    )
    assert answer.status_code == 200, answer.json()
    assert answer.json() == {
        "repo_id": "hospital/cardiology-dpo",
        "url": "https://huggingface.co/datasets/hospital/cardiology-dpo/commit/abc123",
    }
    (create, upload) = recorded.calls
    assert create == (
        "create_repo",
        "hospital/cardiology-dpo",
        {"repo_type": "dataset", "private": True, "exist_ok": True},
        "hf_secret_token",
    )
    assert upload[1] == "hospital/cardiology-dpo" and upload[2]["repo_type"] == "dataset"
    assert sorted(recorded.uploaded) == ["README.md", "data/train-00000-of-00001.parquet"]
    assert card_of(recorded.uploaded["README.md"].decode())[0]["license"] == "cc-by-nc-4.0"
    event = AuditEvent.objects.get(action="snapshot.pushed")
    assert event.actor == admin and event.details["repo_id"] == "hospital/cardiology-dpo"
    assert "hf_secret_token" not in json.dumps(event.details)


def test_nothing_is_pushed_without_a_post_and_refusals_say_why(resolved, admin, annotator, monkeypatch):
    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    recorded = RecordingHub(monkeypatch)
    url = f"/api/v1/snapshots/{snapshot.pk}/hub/"
    assert client_for(admin).get(url).status_code == 405
    assert client_for(annotator).post(url, {"repo_id": "a/b", "token": "t"}, format="json").status_code == 403
    bad = client_for(admin).post(url, {"repo_id": "no-owner", "token": "t"}, format="json")
    assert bad.status_code == 400 and "owner/name" in bad.json()["message"]
    assert client_for(admin).post(url, {"repo_id": "a/b"}, format="json").status_code == 400
    assert recorded.calls == []


def test_a_hub_that_cannot_be_reached_is_a_clear_refusal(resolved, admin, monkeypatch):
    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    RecordingHub(monkeypatch, fail=ConnectionError("Name or service not known"))
    answer = client_for(admin).post(
        f"/api/v1/snapshots/{snapshot.pk}/hub/", {"repo_id": "a/b", "token": "hf_x"}, format="json"
    )
    assert answer.status_code == 400
    assert "the Hub could not be reached: ConnectionError: Name or service not known" in answer.json()["message"]
    assert not AuditEvent.objects.filter(action="snapshot.pushed").exists()


def test_the_snapshot_page_links_the_dataset_and_offers_the_push(resolved, admin):
    from django.test import Client

    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    client = Client()
    client.force_login(admin)
    page = client.get(f"/console/snapshots/{snapshot.pk}/").content.decode()
    assert f'href="/api/v1/snapshots/{snapshot.pk}/hf/"' in page
    assert f'"hub": "/api/v1/snapshots/{snapshot.pk}/hub/"' in page and 'id="hub-form"' in page


def test_the_card_lists_the_columns_of_its_kind_and_no_ranking_column_for_pairs(resolved, tmp_path):
    snapshot = create_snapshot(campaigns=[resolved], kind="dpo")
    _, body = card_of((hub.build_folder(snapshot, tmp_path / "folder").path / "README.md").read_text(encoding="utf-8"))
    assert "| `chosen` | the preferred answer, one assistant message |" in body
    assert "ranking_positions" not in body and "Rankings campaigns" not in body
