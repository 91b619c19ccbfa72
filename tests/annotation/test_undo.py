"""Undo the last pair: she reopens the pair she submitted last, as she saw it and with her scores,
revises it through the API's revise path (the earlier version is kept), and carries on with `next`.
Once the pair is closed the undo is refused with a sentence that says so."""

import pytest

from annotation.models import Annotation, AnnotationRevision, Lease
from tests.factories import client_for, hand, make_pairs, score_payload


@pytest.fixture
def two_pairs(campaign, annotator):
    return make_pairs(campaign, 2)


def submit(client, pair, **payload):
    response = client.post(f"/api/v1/pairs/{pair.pk}/annotations/", payload, format="json")
    assert response.status_code in (200, 201), response.content
    return response.json()


def test_her_last_pair_comes_back_in_the_order_she_saw_it_with_her_scores(campaign, two_pairs, annotator):
    first, second = two_pairs
    client = client_for(annotator)
    hand(annotator, first, a_on_left=False)
    submit(
        client,
        first,
        **score_payload(a=(2, 3, 4), b=(5, 4, 4), rationale="A misses the red flags", flags=["needs_expert"]),
    )
    hand(annotator, second)
    last = client.get(f"/api/v1/campaigns/{campaign.pk}/last/")
    assert last.status_code == 200
    data = last.json()
    assert data["pair_id"] == first.pk and data["display_order"] == "ba"
    assert [r["key"] for r in data["responses"]] == ["b", "a"]
    assert data["responses"][0]["text"] == first.response_b.text
    assert data["annotation"]["scores"] == {
        "a": {"safety": 2, "professionalism": 3, "fluency": 4},
        "b": {"safety": 5, "professionalism": 4, "fluency": 4},
    }
    assert data["annotation"]["rationale"] == "A misses the red flags"
    assert data["annotation"]["flags"] == ["needs_expert"] and data["annotation"]["revision"] == 1


def test_a_revision_after_undo_keeps_the_earlier_version_and_next_carries_on_with_her_pair(
    campaign, two_pairs, annotator
):
    client = client_for(annotator)
    handed = client.get(f"/api/v1/campaigns/{campaign.pk}/next/").json()
    submit(client, two_pairs[0] if handed["pair_id"] == two_pairs[0].pk else two_pairs[1], **score_payload())
    following = client.get(f"/api/v1/campaigns/{campaign.pk}/next/").json()
    assert following["pair_id"] != handed["pair_id"]

    last = client.get(f"/api/v1/campaigns/{campaign.pk}/last/").json()
    assert last["pair_id"] == handed["pair_id"] and last["display_order"] == handed["display_order"]
    revised = client.post(
        f"/api/v1/pairs/{last['pair_id']}/annotations/",
        score_payload(a=(2, 2, 2), b=(5, 5, 5), display_order=last["display_order"]),
        format="json",
    )
    assert revised.status_code == 200 and revised.json()["outcome"] == "revised"
    annotation = Annotation.objects.get(annotator=annotator, pair_id=last["pair_id"])
    assert annotation.revision == 2 and annotation.preference == "b"
    assert annotation.a_on_left == (handed["display_order"] == "ab")  # the order she saw stays recorded
    (earlier,) = AnnotationRevision.objects.filter(annotation=annotation)
    assert earlier.revision == 1 and earlier.preference == "a"
    # `next` gives back the pair she was holding before the undo: nothing was skipped or lost.
    assert client.get(f"/api/v1/campaigns/{campaign.pk}/next/").json()["pair_id"] == following["pair_id"]
    assert Lease.objects.filter(annotator=annotator).count() == 1
    # The undo now reopens the same pair, at its new revision.
    assert client.get(f"/api/v1/campaigns/{campaign.pk}/last/").json()["annotation"]["revision"] == 2


def test_undo_is_refused_with_a_clear_message_once_the_pair_is_closed(campaign, two_pairs, annotator, annotator2):
    first, _ = two_pairs
    client = client_for(annotator)
    hand(annotator, first)
    submit(client, first, **score_payload())
    hand(annotator2, first)
    submit(client_for(annotator2), first, **score_payload(a=(3, 3, 3), b=(5, 5, 5)))  # the pair closes (disputed)
    refused = client.get(f"/api/v1/campaigns/{campaign.pk}/last/")
    assert refused.status_code == 409
    message = refused.json()["message"]
    assert f"({first.pk})" in message and "can no longer be changed" in message
    assert "disputed" not in message  # the outcome is not hers to see
    assert client.post(f"/api/v1/pairs/{first.pk}/annotations/", score_payload(), format="json").status_code == 409
    assert Annotation.objects.get(annotator=annotator).revision == 1


def test_with_nothing_submitted_in_this_campaign_there_is_nothing_to_undo(campaign, two_pairs, annotator, annotator2):
    assert client_for(annotator).get(f"/api/v1/campaigns/{campaign.pk}/last/").status_code == 204
    hand(annotator2, two_pairs[0])
    submit(client_for(annotator2), two_pairs[0], **score_payload())
    # Someone else's work is never hers to reopen.
    assert client_for(annotator).get(f"/api/v1/campaigns/{campaign.pk}/last/").status_code == 204
