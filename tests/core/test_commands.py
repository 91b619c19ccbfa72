"""Management commands: create_demo (idempotent), import_pairs, export_snapshot."""

import json

import pytest
from django.core.management import CommandError, call_command

from annotation.models import Campaign, ImportRun, Pair, Prompt, User
from medpref.demo import DEMO_CAMPAIGN
from tests.factories import shared_file


@pytest.mark.django_db
def test_create_demo_is_idempotent_and_ships_a_real_demo(settings):
    settings.DEMO_PASSWORD = "demo-pass-123"
    call_command("create_demo")
    call_command("create_demo")
    campaign = Campaign.objects.get(name=DEMO_CAMPAIGN)
    pairs = Pair.objects.filter(campaign=campaign)
    assert pairs.count() >= 60
    assert pairs.filter(is_gold=True).exists()
    languages = {pair.meta["lang"] for pair in pairs}
    assert languages == {"zh", "en"}
    assert any(pair.prompt.is_multi_turn for pair in pairs.select_related("prompt"))
    roles = dict(User.objects.values_list("username", "role"))
    assert roles == {
        "physician1": "annotator",
        "physician2": "annotator",
        "physician3": "annotator",
        "expert1": "expert",
        "admin": "admin",
    }
    assert all(user.check_password("demo-pass-123") for user in User.objects.all())
    assert campaign.guideline.startswith("Score each response")


@pytest.mark.django_db
def test_import_pairs_command(tmp_path, capsys):
    call_command(
        "import_pairs", "Reward set", str(shared_file("medicalgpt_reward_test_medical_zh_100.jsonl")), "--create"
    )
    assert Pair.objects.filter(campaign__name="Reward set").count() == 100
    run = ImportRun.objects.get()  # in the campaign's import history, as the console's imports are
    assert (run.state, run.filename, run.created_by, run.report["created"]) == (
        "succeeded", "medicalgpt_reward_test_medical_zh_100.jsonl", None, 100
    )  # fmt: skip
    assert "100 created, 0 skipped; redactions: " in (out := capsys.readouterr().out) and f"import {run.pk}" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "q", "response_a": "a", "response_b": "b"}\n{"prompt": ""}\n')
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import_pairs", "Reward set", str(bad))
    assert "line 2, field 'prompt'" in capsys.readouterr().err
    failed = ImportRun.objects.latest("pk")
    assert (failed.state, failed.filename, failed.report["error_count"]) == ("failed", "bad.jsonl", 1)
    with pytest.raises(CommandError, match="no campaign"):
        call_command("import_pairs", "Missing", str(bad))


@pytest.mark.django_db
def test_import_prompts_command(capsys):
    call_command("import_pairs", "Dialogues", str(shared_file("zhongjing_CMtMedQA_test.json")), "--create")
    assert Prompt.objects.filter(campaign__name="Dialogues").count() == 1138
    assert "prompts: 1138 created, 6 skipped" in capsys.readouterr().out


@pytest.mark.django_db
def test_export_snapshot_writes_rows_and_manifest(campaign, tmp_path):
    output = tmp_path / "out" / "dpo.jsonl"
    call_command("export_snapshot", "--campaign", campaign.name, "--kind", "dpo", "--output", str(output))
    manifest = json.loads(output.with_suffix(".manifest.json").read_text())
    assert manifest["name"] == "dpo-v1" and manifest["counts"]["rows"] == 0
    assert output.read_bytes() == b""
