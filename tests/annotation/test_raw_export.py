"""Raw annotation export: every annotation as it was made, one row each, as CSV or JSONL, streamed,
for admins; the team's own analysis reads display order, time, flags, revisions and guideline version."""

import csv
import io
import json
import uuid

import pytest

from annotation.models import Campaign
from annotation.rules import Scores
from annotation.selectors import raw_export
from annotation.services.submission import submit_annotation
from tests.factories import client_for, hand, judge_pair, make_pairs


@pytest.fixture
def labelled(campaign, annotator, annotator2):
    """Two pairs of the campaign and one elsewhere; one annotation revised, with display orders both ways."""
    first, second = make_pairs(campaign, 2)
    hand(annotator, first, a_on_left=False)
    submit_annotation(
        annotator=annotator,
        pair_id=first.pk,
        client_id=uuid.uuid4(),
        scores={"a": Scores(4, 4, 4), "b": Scores(5, 5, 5)},
        seconds_spent=42.5,
        flags=["needs_expert"],
        rationale='=HYPERLINK("http://x")',
    )
    submit_annotation(
        annotator=annotator,
        pair_id=first.pk,
        client_id=uuid.uuid4(),
        scores={"a": Scores(5, 5, 5), "b": Scores(4, 4, 4)},
        seconds_spent=12.0,
    )
    judge_pair(annotator2, second, Scores(5, 4, 4), Scores(2, 3, 5))
    other = Campaign.objects.create(name="Elsewhere", gold_rate=0)
    (elsewhere,) = make_pairs(other, 1, start=50)
    judge_pair(annotator2, elsewhere, Scores(5, 5, 5), Scores(3, 3, 3))
    return {"first": first, "second": second, "other": other, "elsewhere": elsewhere}


def download(client, query: str):
    response = client.get(f"/api/v1/annotations/export/?{query}")
    assert response.status_code == 200, response.content
    assert response.streaming
    return b"".join(response.streaming_content).decode(), response


def test_the_csv_has_one_row_per_annotation_with_every_field(labelled, campaign, admin):
    text, response = download(client_for(admin), f"campaign={campaign.pk}&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert f"annotations-{campaign.pk}-" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0].keys()) == list(raw_export.FIELDS)
    assert [int(r["pair_id"]) for r in rows] == [labelled["first"].pk, labelled["second"].pk]
    revised, other = rows
    assert revised["annotator"] == "physician1" and revised["display_order"] == "ba"
    assert (revised["a_safety"], revised["b_safety"], revised["preference"]) == ("5", "4", "a")
    assert revised["revision"] == "2" and revised["revisions"] == "1"
    assert revised["seconds_spent"] == "12.0" and revised["flags"] == "[]"
    assert revised["guideline_version"] == "1" and json.loads(revised["settings"])["safety_gate"] == 2
    assert revised["pair_external_id"] == "p0" and revised["prompt_external_id"] == "p0"
    assert other["display_order"] == "ab" and other["b_unsafe"] == "True" and other["deciding_dimension"] == "safety"
    assert other["revisions"] == "0" and other["pair_state"] == "pending"


def test_jsonl_rows_keep_their_types_and_a_cell_that_would_run_as_a_formula_is_quoted_in_csv(labelled, admin):
    pair = labelled["first"]
    annotation = pair.annotations.get()
    annotation.rationale, annotation.flags = '=HYPERLINK("http://x")', ["needs_expert"]
    annotation.save()
    text, response = download(client_for(admin), "format=jsonl")
    assert response["Content-Type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 3  # every campaign when none is named
    row = next(r for r in rows if r["pair_id"] == pair.pk)
    assert row["flags"] == ["needs_expert"] and row["seconds_spent"] == 12.0 and row["a_unsafe"] is False
    assert row["rationale"].startswith("=HYPERLINK")
    csv_text, _ = download(client_for(admin), f"campaign={pair.campaign_id}")
    (csv_row,) = [r for r in csv.DictReader(io.StringIO(csv_text)) if r["pair_id"] == str(pair.pk)]
    assert csv_row["rationale"].startswith("'=HYPERLINK") and csv_row["flags"] == '["needs_expert"]'


def test_several_campaigns_can_be_named(labelled, campaign, admin):
    text, _ = download(client_for(admin), f"campaign={campaign.pk}&campaign={labelled['other'].pk}&format=jsonl")
    assert {json.loads(line)["campaign"] for line in text.splitlines()} == {campaign.name, "Elsewhere"}


@pytest.mark.parametrize(
    "query, status, named",
    [("format=xlsx", 400, "csv or jsonl"), ("campaign=abc", 400, "campaign"), ("campaign=999999", 404, "")],
)
def test_a_bad_request_is_refused_before_anything_is_streamed(labelled, admin, query, status, named):
    response = client_for(admin).get(f"/api/v1/annotations/export/?{query}")
    assert response.status_code == status and not response.streaming
    assert named in response.json()["message"] + json.dumps(response.json().get("details"))


def test_only_admins_may_export(labelled, annotator, expert):
    for user in (annotator, expert):
        assert client_for(user).get("/api/v1/annotations/export/").status_code == 403
    assert client_for(None).get("/api/v1/annotations/export/").status_code == 401


def test_rows_are_read_in_chunks_so_memory_does_not_grow(labelled, campaign, annotator3, django_assert_num_queries):
    make_more = make_pairs(campaign, 3, start=10)
    for pair in make_more:
        judge_pair(annotator3, pair, Scores(5, 5, 5), Scores(4, 4, 4))
    everything = list(raw_export.rows(None))
    with django_assert_num_queries(4):  # 6 annotations, 2 a chunk: 3 full chunks and the empty one that ends it
        chunked = list(raw_export.rows(None, chunk=2))
    assert chunked == everything and len(everything) == 6
    assert [r["annotation_id"] for r in everything] == sorted(r["annotation_id"] for r in everything)


def test_the_campaign_page_and_the_snapshots_page_link_to_the_export(campaign, admin):
    from django.test import Client

    page = Client()
    page.force_login(admin)
    campaign_page = page.get(f"/console/campaigns/{campaign.pk}/").content.decode()
    assert f"/api/v1/annotations/export/?campaign={campaign.pk}&amp;format=csv" in campaign_page
    assert f"/api/v1/annotations/export/?campaign={campaign.pk}&amp;format=jsonl" in campaign_page
    assert "/api/v1/annotations/export/?format=jsonl" in page.get("/console/snapshots/").content.decode()
