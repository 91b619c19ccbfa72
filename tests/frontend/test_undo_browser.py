"""Undo in real Chromium: `u` reopens the pair she submitted last, as she saw it and with her scores;
she changes a score, Enter saves the revision and brings back her next pair; once the pair is
closed, `u` says it can no longer be changed."""

from __future__ import annotations

import pytest

from annotation.models import Annotation, AnnotationRevision, Lease, Pair
from annotation.rules import Scores
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures
from tests.factories import judge_pair, make_pairs

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def held_pair(user) -> Pair:
    return Lease.objects.select_related("pair").get(annotator=user).pair


def checked(page) -> dict[str, str]:
    return page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('fieldset.score input:checked')].map(i => [i.name, i.value]))"
    )


def test_a_physician_reopens_her_last_pair_with_u_revises_it_and_carries_on(
    browser, server, campaign, annotator, annotator2
):
    make_pairs(campaign, 3)
    tab = Tab(browser, server)
    page = tab.workspace("physician1", campaign.pk)
    first = held_pair(annotator)
    a_on_left = Lease.objects.get(annotator=annotator).a_on_left
    for key in ("5", "4", "4", "3", "3", "5"):  # left S P F, right S P F
        page.keyboard.press(key)
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('fieldset.score input:checked').length === 0")
    second = held_pair(annotator)
    assert second != first

    page.keyboard.press("u")
    page.wait_for_selector("#status .banner.warn")
    assert f"pair {first.pk}" in page.inner_text("#status")
    assert page.inner_text("#left-text") == (first.response_a.text if a_on_left else first.response_b.text)
    assert checked(page) == {
        "left-safety": "5",
        "left-professionalism": "4",
        "left-fluency": "4",
        "right-safety": "3",
        "right-professionalism": "3",
        "right-fluency": "5",
    }
    assert page.locator("#skip").is_disabled()
    tab.shot("workspace-undo")
    page.keyboard.press("2")  # the focus is on the left answer's safety: she now finds it unsafe
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('status').textContent.includes('were changed')")

    annotation = Annotation.objects.get(annotator=annotator, pair=first)
    left_key = "a" if a_on_left else "b"
    assert annotation.revision == 2 and annotation.a_on_left == a_on_left
    assert annotation.scores(left_key) == Scores(2, 4, 4)
    assert AnnotationRevision.objects.get(annotation=annotation).scores[left_key] == Scores(5, 4, 4).as_dict()
    assert held_pair(annotator) == second  # `next` brought back the pair she held before the undo
    assert page.inner_text("#left-text") in (second.response_a.text, second.response_b.text)

    judge_pair(annotator2, first, Scores(5, 5, 5), Scores(4, 4, 4))  # the second annotation closes the pair
    page.keyboard.press("u")
    page.wait_for_selector("#status .banner.error")
    assert "can no longer be changed" in page.inner_text("#status")
    assert held_pair(annotator) == second and page.inner_text("#left-text") in (
        second.response_a.text,
        second.response_b.text,
    )
    # The browser logs the refused request (409) itself; nothing else may have gone wrong.
    assert [error for error in tab.console_errors() if "status of 409" not in error] == []
    tab.close()
