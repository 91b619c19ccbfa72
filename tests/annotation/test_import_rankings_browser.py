"""The console's import page for a ranking campaign in Chromium: it names the ranking layouts, and an
RLHF-Label-Tool file's report says how many candidate answers the items have and warns of repeats."""

from __future__ import annotations

import json

import pytest

from annotation.models import CampaignKind, Candidate
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures
from tests.factories import make_campaign

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def test_a_ranking_file_is_imported_on_the_page_with_its_candidate_counts(browser, server, admin, tmp_path):
    rankings = make_campaign("Ranking round", kind=CampaignKind.RANKINGS, gold_rate=0.0)
    items = {
        "0": {
            "query": "孩子发烧39度怎么办？",
            "history": [],
            "response_0": "物理降温。",
            "response_1": "立即就医。",
            "response_2": "物理降温。",
        },
        "1": {
            "query": "高血压能停药吗？",
            "history": [],
            "response_0": "不要自行停药。",
            "response_1": "可以停。",
            "response_2": "问医生。",
        },
    }
    path = tmp_path / "input_file.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2))
    tab = Tab(browser, server, locale="en-US")
    tab.sign_in("admin")
    page = tab.go(f"/console/campaigns/{rankings.pk}/import/")
    assert "RLHF-Label-Tool" in page.inner_text("#ranking-layouts")
    page.set_input_files("#import-file", str(path))
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-report .banner.ok")
    text = page.inner_text("#import-report")
    assert "Imported 2 ranking items" in text and "1 × 2 answers, 1 × 3 answers" in text
    assert "'response_2': is the same text as 'response_0'" in page.inner_text("#import-report .banner.warn")
    assert Candidate.objects.filter(pair__campaign=rankings).count() == 5
    assert tab.console_errors() == []
    tab.close()
