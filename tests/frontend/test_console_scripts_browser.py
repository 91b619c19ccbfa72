"""The console's page scripts in Chromium, in Chinese: the import report, and a live job page that draws and cancels."""

from __future__ import annotations

import json

import pytest

from annotation.rules import Scores
from annotation.services.snapshots import create_snapshot
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures
from tests.factories import judge_pair, make_pairs
from training.models import JobMetric, TrainingJob
from training.services import register_base_model

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def pair_rows(count: int) -> str:
    return "\n".join(
        json.dumps(
            {
                "id": f"zh-{i}",
                "prompt": f"头痛{i}天怎么办？",
                "response_a": "建议测量血压，必要时就医。",
                "response_b": "多喝热水。",
            },
            ensure_ascii=False,
        )
        for i in range(count)
    )


def test_an_import_reports_in_chinese_and_a_refused_file_shows_the_apis_reasons(
    browser, server, campaign, admin, tmp_path
):
    tab = Tab(browser, server, locale="zh-CN")
    tab.sign_in("admin")
    page = tab.go(f"/console/campaigns/{campaign.pk}/")
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(pair_rows(2))
    bad.write_text('{"prompt": "q", "response_a": "a"}')
    page.set_input_files("#import-file", str(good))
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-report .banner.ok")
    assert "已导入 2 条样本" in page.inner_text("#import-report")
    assert page.get_attribute("#import-progress", "aria-valuenow") == "100"
    page.set_input_files("#import-file", str(bad))
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-report .banner.error")
    assert "response_b" in page.inner_text("#import-report li")  # the API's own list of problems
    assert tab.console_errors(allow_network_failures=True) == []  # the browser logs the 400 itself
    tab.close()


def test_a_running_job_page_draws_its_curve_in_chinese_and_its_cancel_button_asks_the_worker_to_stop(
    browser, server, campaign, annotator, annotator2, admin
):
    (pair,) = make_pairs(campaign, 1)
    for user in (annotator, annotator2):
        judge_pair(user, pair, Scores(5, 5, 5), Scores(2, 2, 2))
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    base = register_base_model(name="tiny", base_model="/models/tiny")
    job = TrainingJob.objects.create(
        kind="dpo",
        config={},
        snapshot=snapshot,
        base_version=base,
        lineage=base.lineage,
        state="running",
        max_steps=10,
        progress_step=4,
    )
    JobMetric.objects.bulk_create(
        [JobMetric(job=job, step=step, name="loss", value=1.0 / step) for step in range(1, 5)]
    )
    tab = Tab(browser, server, locale="zh-CN")
    tab.sign_in("admin")
    page = tab.go(f"/console/jobs/{job.pk}/")
    page.wait_for_selector("#chart-loss polyline")
    assert "第 4/10 步" in page.inner_text("#job-summary") and "损失 0.2500" in page.inner_text("#job-summary")
    assert page.get_attribute("#job-progress", "aria-valuenow") == "40"
    with page.expect_response(
        lambda response: response.request.method == "POST" and response.url.endswith(f"/jobs/{job.pk}/cancel/")
    ) as answer:
        page.click("#cancel")
    assert answer.value.ok
    job.refresh_from_db()
    assert job.cancel_requested
    assert tab.console_errors() == []
    tab.close()
