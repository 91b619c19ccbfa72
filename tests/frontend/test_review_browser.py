"""The de-identification review queue in real Chromium (PROTOCOL §7, issue 10).

Spans the scrubber kept as written but is unsure about are listed for an admin, who decides each
one with a single key: `r` redacts the first span on the page (the stored text gets the next free
`[NAME_n]`), `k` keeps it. The spans are listed here with the import's own service
(`review.review_items`) rather than by importing text the scrubber happens to be unsure about
today, so this test checks the page and the decisions, not the scrubber's current heuristics.
"""

from __future__ import annotations

import pytest

from annotation.deid import Uncertain
from annotation.models import Pair, Prompt, Response, ReviewItem, ReviewState
from annotation.services import review
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]

QUESTION = "[NAME_1]医生您好，我父亲胜利昨天出院了，降压药还要吃吗？"
ANSWER_A = "建议继续服用，下周请高明主任复诊时再调整剂量。"
ANSWER_B = "多喝热水。"


def imported_pair_with_two_uncertain_spans(campaign) -> tuple[Prompt, Response, Response]:
    """A stored pair as the import leaves it, and its two listed spans: one in the patient's
    message ("胜利" after a kinship word), one in an answer ("高明" before a title)."""
    prompt = Prompt.objects.create(
        campaign=campaign, external_id="r1", messages=[{"role": "user", "content": QUESTION}]
    )
    a = Response.objects.create(prompt=prompt, text=ANSWER_A, source="model-a")
    b = Response.objects.create(prompt=prompt, text=ANSWER_B, source="model-b")
    Pair.objects.create(campaign=campaign, prompt=prompt, response_a=a, response_b=b, external_id="r1")
    texts = [QUESTION, ANSWER_A, ANSWER_B]
    spans = [
        Uncertain(turn=0, start=QUESTION.index("胜利"), end=QUESTION.index("胜利") + 2, text="胜利"),
        Uncertain(turn=1, start=ANSWER_A.index("高明"), end=ANSWER_A.index("高明") + 2, text="高明"),
    ]
    items = review.review_items(
        campaign=campaign, prompt=prompt, message_count=1, responses=[a, b], uncertain=spans, texts=texts
    )
    ReviewItem.objects.bulk_create(items)
    return prompt, a, b


def rows(page) -> list[str]:
    return page.locator("#review tbody tr mark").all_inner_texts()


def test_an_admin_redacts_one_span_with_r_keeps_the_other_with_k_and_the_queue_is_empty(
    browser, server, campaign, admin
):  # noqa: F811 (the fixture)
    prompt, a, b = imported_pair_with_two_uncertain_spans(campaign)
    in_question, in_answer = ReviewItem.objects.order_by("id")
    tab = Tab(browser, server)
    tab.sign_in("admin")
    page = tab.go("/console/review/")
    assert rows(page) == ["胜利", "高明"]
    first_row = page.inner_text("#review tbody tr:first-child")
    assert campaign.name in first_row and "我父亲胜利昨天出院" in first_row  # the span in its context
    tab.shot("review-queue")

    with page.expect_navigation():
        page.keyboard.press("r")  # redacts the first span on the page
    assert f"Span {in_question.pk}: redacted." in page.inner_text(".banner.ok")
    assert rows(page) == ["高明"]
    prompt.refresh_from_db()
    assert (
        prompt.messages[0]["content"] == "[NAME_1]医生您好，我父亲[NAME_2]昨天出院了，降压药还要吃吗？"
    )  # the next free number
    in_question.refresh_from_db()
    assert (
        in_question.state == ReviewState.REDACTED
        and in_question.decided_by == admin
        and in_question.decided_at is not None
    )
    assert (in_question.text, in_question.context) == ("", "")  # the identifier is kept nowhere

    with page.expect_navigation():
        page.keyboard.press("k")
    assert f"Span {in_answer.pk}: kept." in page.inner_text(".banner.ok")
    assert "Nothing to review." in page.inner_text("main") and page.locator("#review").count() == 0
    in_answer.refresh_from_db()
    assert in_answer.state == ReviewState.KEPT and in_answer.decided_by == admin and in_answer.decided_at is not None
    assert in_answer.text == "高明"  # kept as written, so the record may say what was kept
    a.refresh_from_db(), b.refresh_from_db()
    assert (a.text, b.text) == (ANSWER_A, ANSWER_B)
    assert ReviewItem.objects.filter(state=ReviewState.PENDING).count() == 0
    tab.shot("review-queue-empty")
    assert tab.console_errors() == []
    tab.close()


def test_the_empty_queue_says_so_and_the_keys_do_nothing(browser, server, campaign, admin):  # noqa: F811 (the fixture)
    prompt, a, _b = imported_pair_with_two_uncertain_spans(campaign)
    ReviewItem.objects.update(state=ReviewState.KEPT)  # decided earlier: no longer in the queue
    tab = Tab(browser, server)
    tab.sign_in("admin")
    page = tab.go("/console/review/")
    assert "Nothing to review." in page.inner_text("main")
    assert page.locator("#review").count() == 0 and page.locator("form.review-decision").count() == 0
    url = page.url
    page.keyboard.press("r")
    page.keyboard.press("k")
    page.wait_for_timeout(300)  # a stray submit would have navigated by now
    assert page.url == url and page.locator(".banner").count() == 0
    prompt.refresh_from_db(), a.refresh_from_db()
    assert (prompt.messages[0]["content"], a.text) == (QUESTION, ANSWER_A)
    assert tab.console_errors() == []
    tab.close()
