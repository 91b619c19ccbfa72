"""The ranking workspace and desk in real Chromium (PROTOCOL §10): a physician ranks a 4-candidate item
with the keyboard only (digits score, h/l/j/k move between candidates and rows), sees the order the
priority rule derives as she types, reloads without losing her draft, submits and gets the next
item; `u` reopens her last ranking; eight candidates stay usable on a phone; an expert sets the final
order of a disputed item (ties, an excluded candidate) on the desk, or excludes it. The desk form's
translation into the API's arbitration body is checked on its own at the end."""

from __future__ import annotations

import pytest
from rest_framework.exceptions import ValidationError

from annotation.models import Annotation, AnnotationRevision, Arbitration, CampaignMember, Lease, Pair
from annotation.rules import Scores
from frontend.views.arbitration import places_text, ranking_payload
from tests.annotation.ranking_support import annotate, close, make_ranking_campaign, make_ranking_item
from tests.browser_support import Tab, fast_passwords, server  # noqa: F401 - fixtures

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]


def rankings(*members, items: int = 2, count: int = 4):
    campaign = make_ranking_campaign()
    CampaignMember.objects.bulk_create([CampaignMember(campaign=campaign, user=user) for user in members])
    for index in range(items):
        texts = [f"Answer {n} to question {index}: rest, fluids and see a doctor if it spreads." for n in range(count)]
        make_ranking_item(campaign, texts, external_id=f"r{index}")
    return campaign


def held(user) -> Lease:
    return Lease.objects.select_related("pair").get(annotator=user)


def checked(page) -> dict[str, str]:
    return page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('fieldset.score input:checked')].map(i => [i.name, i.value]))"
    )


def press(page, keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)


def test_a_physician_ranks_four_answers_by_keyboard_keeps_her_draft_over_a_reload_and_gets_the_next_item(
    browser, server, annotator
):
    campaign = rankings(annotator)
    tab = Tab(browser, server)
    page = tab.workspace("physician1", campaign.pk)
    lease = held(annotator)
    shown = lease.display_order  # positions in the order she sees them: A, B, C, D on her screen
    assert sorted(shown) == [0, 1, 2, 3]
    titles = page.locator(".candidate-name").all_inner_texts()
    assert titles == ["Answer A", "Answer B", "Answer C", "Answer D"]
    texts = page.locator(".candidate .response").all_inner_texts()
    assert texts == [
        f"Answer {position} to question {lease.pair.external_id[1:]}: rest, fluids and see a doctor if it spreads."
        for position in shown
    ]
    tab.shot("ranking-workspace")

    press(page, "544")  # A: S P F; the focus moves on to B's safety
    page.keyboard.press("l")  # B is for later: C's safety
    press(page, "544")  # C ties with A
    press(page, "433")  # D; the focus leaves the rows for the submit button
    assert "9 of 12" in page.inner_text("#verdict")

    page.reload()  # a draft survives a reload, and the focus comes back to the first row left to score
    page.wait_for_selector("#work:not([hidden])")
    assert "restored" in page.inner_text("#status")
    p = [f"p{position}" for position in shown]
    assert checked(page) == {
        **{f"{p[0]}-{d}": v for d, v in zip(("safety", "professionalism", "fluency"), "544")},
        **{f"{p[2]}-{d}": v for d, v in zip(("safety", "professionalism", "fluency"), "544")},
        **{f"{p[3]}-{d}": v for d, v in zip(("safety", "professionalism", "fluency"), "433")},
    }
    assert page.evaluate("document.activeElement.name") == f"{p[1]}-safety"
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.name") == f"{p[1]}-professionalism"
    page.keyboard.press("k")
    press(page, "255")  # B: fluent and professional, but unsafe
    assert page.inner_text("#verdict") == "A = C > D > B"
    assert "B" in page.inner_text("#gate-warning")
    assert page.locator(".candidate").nth(1).locator(".candidate-unsafe").is_visible()
    assert page.locator(".candidate-place").all_inner_texts() == ["place 1", "place 4", "place 1", "place 3"]

    page.keyboard.press("h")  # back to B's safety... the focus is on C's: h goes to B's
    assert page.evaluate("document.activeElement.name") == f"{p[1]}-safety"
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('fieldset.score input:checked').length === 0")
    annotation = Annotation.objects.get(annotator=annotator)
    assert annotation.pair_id == lease.pair_id
    given = {shown[0]: (5, 4, 4), shown[1]: (2, 5, 5), shown[2]: (5, 4, 4), shown[3]: (4, 3, 3)}
    assert annotation.candidate_scores == [Scores(*given[position]).as_dict() for position in range(4)]
    assert annotation.ranking == [sorted([shown[0], shown[2]]), [shown[3]], [shown[1]]]
    assert annotation.display_order == shown
    assert held(annotator).pair_id != lease.pair_id  # the next item is on screen
    assert "0 of 12" in page.inner_text("#verdict")
    assert tab.console_errors() == []
    tab.close()


def test_u_reopens_her_last_ranking_as_she_saw_it_and_enter_saves_the_revision(browser, server, annotator):
    campaign = rankings(annotator)
    tab = Tab(browser, server)
    page = tab.workspace("physician1", campaign.pk)
    first = held(annotator)
    press(page, "555" + "444" + "333" + "222")  # A > B > C > D as she sees them
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('fieldset.score input:checked').length === 0")
    assert held(annotator).pair_id != first.pair_id

    page.keyboard.press("u")
    page.wait_for_selector("#status .banner.warn")
    assert f"item {first.pair_id}" in page.inner_text("#status")
    p = [f"p{position}" for position in first.display_order]
    assert page.locator(".candidate").evaluate_all("cards => cards.map(c => Number(c.dataset.position))") == list(
        first.display_order
    )
    assert checked(page) == {
        f"{prefix}-{d}": value for prefix, value in zip(p, "5432") for d in ("safety", "professionalism", "fluency")
    }
    assert page.inner_text("#verdict") == "A > B > C > D"
    page.keyboard.press("1")  # the focus is on A's safety: she now finds it dangerous
    assert page.inner_text("#verdict") == "B > C > D > A"
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('status').textContent.includes('were changed')")
    annotation = Annotation.objects.get(annotator=annotator, pair_id=first.pair_id)
    a = first.display_order[0]
    assert annotation.revision == 2 and annotation.candidate_scores[a] == {
        "safety": 1,
        "professionalism": 5,
        "fluency": 5,
    }
    assert annotation.ranking[-1] == [a]
    assert AnnotationRevision.objects.get(annotation=annotation).ranking[0] == [a]  # the earlier version is kept
    assert tab.console_errors() == []
    tab.close()


def test_eight_answers_fit_a_phone_and_each_has_its_compact_score_row(browser, server, annotator):
    campaign = rankings(annotator, items=1, count=8)
    tab = Tab(browser, server, viewport=(390, 844), enforce_csp=True)  # the page runs under the real CSP
    page = tab.workspace("physician1", campaign.pk)
    assert page.locator(".candidate").count() == 8
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing runs off the side
    press(page, "555" + "444" * 3 + "333" * 3 + "222")
    assert page.inner_text("#verdict") == "A > B = C = D > E = F = G > H"
    tab.shot("ranking-workspace-phone")
    page.keyboard.press("Enter")
    page.wait_for_selector("#empty:not([hidden])")
    assert len(Annotation.objects.get(annotator=annotator).candidate_scores) == 8
    assert tab.console_errors() == []
    tab.close()


def test_an_expert_sets_the_final_order_of_a_disputed_ranking_on_the_desk(
    browser, server, annotator, annotator2, expert
):
    campaign = rankings(annotator, annotator2, expert, items=1)
    item = Pair.objects.get(campaign=campaign)
    good, fair, poor, worse = Scores(5, 5, 5), Scores(4, 4, 4), Scores(3, 3, 3), Scores(3, 2, 2)
    annotate(annotator, item, [good, fair, poor, worse])
    annotate(annotator2, item, [fair, good, poor, worse])  # they disagree on A-B only
    close(item)
    assert item.state == "disputed"

    tab = Tab(browser, server)
    tab.sign_in("expert1")
    page = tab.go(f"/arbitration/{item.pk}/")
    assert page.locator(".comparison").all_inner_texts() == ["A–B"]
    assert page.locator("table.ranking-desk tbody th.disagree").all_inner_texts() == ["A", "B"]
    assert page.locator("table.ranking-desk .order-text").all_inner_texts() == ["A > B > C > D", "B > A > C > D"]
    tab.shot("arbitration-ranking")
    page.locator("button.use-order").nth(1).click()  # start from physician2's order: B > A > C > D
    assert [page.input_value(f"#tier-{position}") for position in range(4)] == ["2", "1", "3", "4"]
    page.fill("#tier-0", "1")  # A and B tie
    page.check("#exclude-3")  # D is left out
    page.fill("#rationale", "A and B are equally good; D misses the red flags.")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(".banner.ok")
    item.refresh_from_db()
    decision = Arbitration.objects.get(pair=item)
    assert (item.state, item.decision, item.ranking) == ("arbitrated", "ranked", [[0, 1], [2]])
    assert (decision.ranking, decision.excluded_candidates, decision.expert) == ([[0, 1], [2]], [3], expert)
    assert tab.console_errors() == []
    tab.close()


def test_the_desk_says_what_is_wrong_with_an_order_and_keeps_what_she_typed(
    browser, server, annotator, annotator2, expert
):
    campaign = rankings(annotator, annotator2, expert, items=1, count=3)
    item = Pair.objects.get(campaign=campaign)
    annotate(annotator, item, [Scores(5, 5, 5), Scores(4, 4, 4), Scores(3, 3, 3)])
    annotate(annotator2, item, [Scores(4, 4, 4), Scores(5, 5, 5), Scores(3, 3, 3)])
    close(item)
    tab = Tab(browser, server)
    tab.sign_in("expert1")
    page = tab.go(f"/arbitration/{item.pk}/")
    page.fill("#tier-0", "1")
    page.fill("#tier-1", "2")  # C has neither a place nor "exclude"
    page.fill("#rationale", "B is less complete.")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(".banner.error")
    assert "leaves out C" in page.inner_text(".banner.error")
    assert (page.input_value("#tier-0"), page.input_value("#tier-1"), page.input_value("#rationale")) == (
        "1",
        "2",
        "B is less complete.",
    )
    item.refresh_from_db()
    assert item.state == "disputed" and not Arbitration.objects.filter(pair=item).exists()
    tab.close()


# --- the desk form as the API's arbitration body (no browser) ------------------------------------------


def test_the_desk_form_becomes_the_contracts_arbitration_body():
    posted = {
        "decision": "ranked",
        "tier_0": "2",
        "tier_1": " 5 ",
        "tier_2": "2",  # ties with A; places need not follow each other
        "exclude_3": "on",
        "tier_3": "1",  # excluded wins over a place
        "rationale": "Why",
        "c1_safety": "4",  # one score: passed on, so the API names what is missing
    }
    body = ranking_payload(posted, 4)
    assert body == {
        "decision": "ranked",
        "ranking": [[0, 2], [1]],
        "excluded_candidates": [3],
        "candidate_scores": [{"position": 0}, {"position": 1, "safety": "4"}, {"position": 2}, {"position": 3}],
        "rationale": "Why",
        "corrected_response": "",
    }
    assert ranking_payload({"decision": "ranked", "tier_0": "1", "tier_1": "1"}, 2)["candidate_scores"] is None
    whole = ranking_payload({"decision": "exclude", "tier_0": "1", "exclude_1": "on"}, 2)
    assert (whole["ranking"], whole["excluded_candidates"]) == (None, [])
    assert places_text([[1], [0, 2]], 3) == "2 1 2"  # an annotator's order as the form's places
    with pytest.raises(ValidationError, match="place of B"):
        ranking_payload({"decision": "ranked", "tier_0": "1", "tier_1": "²"}, 2)


def test_an_expert_excludes_a_whole_ranking_item_from_the_desk(client, annotator, annotator2, expert):
    campaign = rankings(annotator, annotator2, expert, items=1, count=3)
    item = Pair.objects.get(campaign=campaign)
    annotate(annotator, item, [Scores(5, 5, 5), Scores(2, 4, 4), Scores(3, 3, 3)])
    annotate(annotator2, item, [Scores(5, 5, 5), Scores(3, 4, 4), Scores(3, 3, 3)])  # B: unsafe or not
    close(item)
    assert item.safety_conflict
    client.force_login(expert)
    page = client.get(f"/arbitration/{item.pk}/").content.decode()
    assert "annotators disagree on whether answer B is unsafe" in page
    answer = client.post(f"/arbitration/{item.pk}/", {"decision": "exclude", "rationale": "The prompt is not medical."})
    assert answer.status_code == 302
    item.refresh_from_db()
    assert (item.state, item.decision) == ("excluded", "exclude")
