"""A background import on the console's import page in Chromium: the page follows the run (state,
rows read, a progress bar) and shows its report, or its line-exact errors, when the worker is done;
past imports are listed there, each linking to its report in the reader's language."""

from __future__ import annotations

import json

import pytest
from django.core.files import File
from django.utils import translation

from annotation.models import ImportRun, Pair
from annotation.services import import_runs, importing
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures
from tests.factories import make_campaign

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def pairs_file(path, count: int, bad_line: int | None = None):
    rows = [
        {
            "id": f"p{i}",
            "prompt": f"头痛{i}天了怎么办？",
            "response_a": f"测血压{i}次。",
            "response_b": f"Rest {i} days.",
        }
        for i in range(count)
    ]
    if bad_line:
        del rows[bad_line - 1]["response_b"]
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows))
    return str(path)


def start(tab: Tab, campaign, file: str):
    page = tab.go(f"/console/campaigns/{campaign.pk}/import/")
    page.set_input_files("#import-file", file)
    page.check("#in-background")
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-run-state")
    assert "queued" in page.inner_text("#import-run-state") and page.is_visible("#import-cancel")
    return page


def test_the_page_follows_a_background_import_to_its_report(browser, server, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_ROWS", 50)
    campaign = make_campaign("Background", gold_rate=0.0)
    tab = Tab(browser, server, locale="en-US")
    tab.sign_in("admin")
    page = start(tab, campaign, pairs_file(tmp_path / "pairs.jsonl", 300))
    run = ImportRun.objects.get(campaign=campaign)
    assert import_runs.run_import(run.pk) == "succeeded"  # what the worker does
    page.wait_for_selector("#import-report .banner.ok", timeout=20_000)
    assert "Imported 300 pairs" in page.inner_text("#import-report")
    assert page.get_attribute("#import-progress", "aria-valuenow") == "100"
    assert Pair.objects.filter(campaign=campaign).count() == 300
    assert page.get_attribute("#import-run-page", "href") == f"/console/imports/{run.pk}/"

    failing = make_campaign("Background, bad line", gold_rate=0.0)
    page = start(tab, failing, pairs_file(tmp_path / "bad.jsonl", 300, bad_line=287))
    import_runs.run_import(ImportRun.objects.get(campaign=failing).pk)
    page.wait_for_selector("#import-report .banner.error", timeout=20_000)
    assert "line 287, field 'response_b': is missing or empty" in page.inner_text("#import-report")
    assert not Pair.objects.filter(campaign=failing).exists()
    assert tab.console_errors() == []
    tab.close()


def test_past_imports_are_listed_and_a_report_reads_in_the_readers_language(browser, server, admin, tmp_path):
    """An English worker refused the file; a Chinese-speaking admin finds the run in the campaign's
    history and reads its line-exact error in Chinese."""
    campaign = make_campaign("History", gold_rate=0.0)
    path = pairs_file(tmp_path / "ward-7.jsonl", 20, bad_line=7)
    with open(path, "rb") as file:
        run = import_runs.request_import(
            campaign=campaign,
            upload=File(file, name="ward-7.jsonl"),
            filename="ward-7.jsonl",
            options=importing.ImportOptions(user=admin),
        )
    with translation.override("en"):
        assert import_runs.run_import(run.pk) == "failed"
    tab = Tab(browser, server, locale="zh-CN")
    tab.sign_in("admin")
    page = tab.go(f"/console/campaigns/{campaign.pk}/import/")
    rows = page.locator("#import-history tbody tr")
    assert rows.count() == 1 and "ward-7.jsonl" in rows.inner_text() and "失败" in rows.inner_text()
    page.click(f"#import-history tbody a[href='/console/imports/{run.pk}/'] >> nth=0")
    page.wait_for_selector("#import-errors")
    assert "第 7 行，字段“response_b”：缺失或为空" in page.inner_text("#import-report")
    assert "is missing or empty" not in page.inner_text("#import-report")
    assert tab.console_errors() == []
    tab.close()
