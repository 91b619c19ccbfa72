"""Chinese readers see Chinese: every marked string has a zh-Hans translation, pages and API errors use it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from annotation.rules import Scores
from frontend.translations import (
    IGNORED,
    LANGUAGE,
    Marks,
    Message,
    catalog_path,
    catalog_problems,
    marked_strings,
)
from tests.factories import client_for, judge_pair, make_pairs

CHINESE = {"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}


def test_every_marked_string_has_a_chinese_translation():
    problems = catalog_problems(marked_strings(), polib.pofile(str(catalog_path())))
    assert problems == [], "\n".join(problems)


def test_the_check_fails_on_an_untranslated_a_fuzzy_a_missing_and_a_broken_string():
    catalog = polib.POFile()
    catalog.append(polib.POEntry(msgid="Saved.", msgstr="已保存。"))
    catalog.append(polib.POEntry(msgid="Skip", msgstr=""))
    catalog.append(polib.POEntry(msgid="Pair %(id)s decided.", msgstr="已裁决样本。"))
    catalog.append(polib.POEntry(msgid="Tie", msgstr="平局", flags=["fuzzy"]))
    catalog.append(polib.POEntry(msgid="Ties", msgstr="平局", flags=["fuzzy"]))
    marks = Marks(
        {Message(text): ["page.html:1"] for text in ("Saved.", "Skip", "Pair %(id)s decided.", "Tie", "Unlock")}
    )
    problems = catalog_problems(marks, catalog)
    assert problems == [
        "page.html:1: untranslated: 'Skip'",
        "page.html:1: the translation changes the placeholders of 'Pair %(id)s decided.'",
        "page.html:1: fuzzy (a guess by msgmerge, not a translation): 'Tie'",
        "page.html:1: not in the catalog: 'Unlock'",
        "stale fuzzy entry nobody marks any more: 'Ties'",
    ]


def test_the_scan_reads_templates_and_python_like_xgettext_and_refuses_formatted_msgids(tmp_path):
    (tmp_path / "page.html").write_text(
        '{% load i18n %}{% translate "Win %" %}{% blocktranslate with time=t %}locked until {{ time }}{% endblocktranslate %}{{ x|default:_("None yet.") }}'
    )
    (tmp_path / "views.py").write_text(
        'from django.utils.translation import gettext as _, pgettext\n_("Saved" " twice."), pgettext("verb", "Skip")\n_(f"pair {pk}")\n_("pair %s" % pk)\n'
    )
    marks = marked_strings(tmp_path)
    assert set(marks.messages) == {
        Message("Win %%"),
        Message("locked until %(time)s"),
        Message("None yet."),
        Message("Saved twice."),
        Message("Skip", "verb"),
    }
    assert [mistake.split(": ", 1)[0] for mistake in marks.mistakes] == ["views.py:3", "views.py:4"]


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (xgettext) for makemessages")
def test_makemessages_finds_exactly_the_strings_the_check_reads(tmp_path, settings, monkeypatch):
    copy = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, copy, ignore=shutil.ignore_patterns(".*", "locale", *IGNORED))
    monkeypatch.chdir(copy)
    settings.LOCALE_PATHS = [copy / "locale"]
    call_command("makemessages", verbosity=0)
    extracted = polib.pofile(str(copy / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po"))
    assert {Message(e.msgid, e.msgctxt or "", e.msgid_plural or "") for e in extracted} == set(
        marked_strings(copy).messages
    )


@pytest.fixture
def chinese_catalog(tmp_path, settings) -> Path:
    """The committed catalog compiled by compile_translations into a folder of its own."""
    locale = tmp_path / "locale"
    (locale / LANGUAGE / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(catalog_path(), locale / LANGUAGE / "LC_MESSAGES" / "django.po")
    settings.LOCALE_PATHS = [locale]  # a changed setting also empties Django's translation caches
    call_command("compile_translations", verbosity=0)
    return locale


def script_data(page: str, element_id: str) -> dict:
    found = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


@pytest.mark.django_db
def test_the_workspace_and_its_script_strings_are_in_chinese(chinese_catalog, campaign, annotator):
    client = Client(**CHINESE)
    client.force_login(annotator)
    page = client.get(f"/annotate/{campaign.pk}/").content.decode()
    assert '<html lang="zh-hans">' in page and "提交并下一条" in page
    assert 'value="Outside my specialty"' in page and "超出我的专业范围" in page  # stored in English, shown in Chinese
    strings = script_data(page, "workspace-data")
    assert strings["saved"] == "已保存。" and strings["roles"]["assistant"] == "医生"
    assert strings["urls"]["skip"] == "/api/v1/pairs/{pair}/skip/"
    english = Client()
    english.force_login(annotator)
    assert script_data(english.get(f"/annotate/{campaign.pk}/").content.decode(), "workspace-data")["saved"] == "Saved."


@pytest.mark.django_db
def test_a_service_refusal_reaches_a_chinese_reader_in_chinese_through_the_api(chinese_catalog, campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, Scores(5, 5, 5), Scores(3, 3, 3))
    client = client_for(annotator)
    refused = client.post(
        f"/api/v1/pairs/{pair.pk}/skip/", {"reason": "Outside my specialty"}, format="json", **CHINESE
    )
    assert refused.status_code == 409 and refused.json()["message"] == "你已评过这条样本；请修改你的标注，而不是跳过它"
    english = client.post(f"/api/v1/pairs/{pair.pk}/skip/", {"reason": "Outside my specialty"}, format="json")
    assert (
        english.json()["message"] == "you have already judged this pair; revise your annotation instead of skipping it"
    )


@pytest.mark.django_db
def test_a_bad_import_file_is_refused_in_chinese_naming_its_line_and_field(chinese_catalog, campaign, admin):
    rows = b'{"prompt": "\xe8\x83\xb8\xe7\x97\x9b", "response_a": "A", "response_b": "B"}\n{"prompt": "", "response_a": "A", "response_b": "B"}\n'
    client = client_for(admin)

    def refusal(**headers) -> dict:
        upload = SimpleUploadedFile("pairs.jsonl", rows)
        answer = client.post(
            f"/api/v1/campaigns/{campaign.pk}/import/", {"file": upload}, format="multipart", **headers
        )
        assert answer.status_code == 400
        return answer.json()

    chinese = refusal(**CHINESE)
    assert chinese["errors"] == [{"line": 2, "field": "prompt", "message": "第 2 行，字段“prompt”：为空或只有空白字符"}]
    assert chinese["message"] == "未导入任何数据：共 1 个问题，第一个：第 2 行，字段“prompt”：为空或只有空白字符"
    english = refusal()
    assert english["errors"] == [{"line": 2, "field": "prompt", "message": "line 2, field 'prompt': is blank"}]


def test_pages_show_states_in_the_readers_language_and_keep_unknown_codes(chinese_catalog):
    from django.utils import translation

    from frontend.templatetags.labels import state_label

    with translation.override("zh-hans"):
        assert [str(state_label(s)) for s in ("disputed", "succeeded", "something-new")] == [
            "有争议",
            "已成功",
            "something-new",
        ]
    assert str(state_label("disputed")) == "disputed"
