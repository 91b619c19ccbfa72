"""The console's import page in Chromium: a file of unknown keys gets a proposed mapping to confirm,
importing with it saves it for the campaign, and a GBK CSV's report names its encoding."""

from __future__ import annotations

import json

import pytest

from annotation.models import Prompt
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def test_unknown_keys_are_mapped_on_the_page_and_the_mapping_is_saved(browser, server, campaign, admin, tmp_path):
    rows = [
        {"编号": "q1", "question": "孩子发烧39度怎么办？", "answer": "物理降温并观察精神状态。"},
        {"编号": "q2", "question": "高血压可以喝咖啡吗？", "answer": "少量可以，注意监测血压。"},
    ]
    qa = tmp_path / "qa.json"
    qa.write_text(json.dumps(rows, ensure_ascii=False))
    tab = Tab(browser, server, locale="en-US")
    tab.sign_in("admin")
    page = tab.go(f"/console/campaigns/{campaign.pk}/import/")
    assert page.is_hidden("#mapping")
    page.set_input_files("#import-file", str(qa))
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-report .banner.error")
    assert "match no known layout" in page.inner_text("#import-report li")
    assert page.is_visible("#mapping") and page.is_checked("#use-mapping")
    assert (page.input_value("#map-prompt"), page.input_value("#map-reference"), page.input_value("#map-id")) == (
        "question",
        "answer",
        "编号",
    )
    page.check("#save-mapping")
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-report .banner.ok")
    assert "Imported 2 prompts" in page.inner_text("#import-report")
    assert Prompt.objects.get(external_id="q1").reference == "物理降温并观察精神状态。"
    campaign.refresh_from_db()
    assert campaign.import_mapping == {"id": "编号", "prompt": "question", "reference": "answer"}

    gbk = tmp_path / "pairs.csv"
    gbk.write_bytes("id,prompt,response_a,response_b\nc1,头痛怎么办？,测血压。,多喝水。\n".encode("gbk"))
    page.uncheck("#use-mapping")
    page.set_input_files("#import-file", str(gbk))
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-report .banner.ok")
    assert "encoding gb18030" in page.inner_text("#import-report")
    assert tab.console_errors(allow_network_failures=True) == []  # the browser logs the 400 itself
    tab.close()
