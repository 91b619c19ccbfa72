"""The audit trail: arbitration decisions are recorded with the change they made; admins read the
trail (API and page) filtered by action, campaign, actor and date, each event summed up in words."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone, translation

from annotation.errors import ServiceError
from annotation.models import AuditEvent, Campaign
from annotation.rules import Scores
from annotation.selectors import audit
from annotation.services.arbitration import arbitrate
from annotation.services.audit import record
from tests.factories import client_for, judge_pair, make_pairs


@pytest.fixture(autouse=True)
def in_english():
    """Summaries are in the reader's language; these tests read the English ones, whatever an
    earlier test in the same process left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def disputed(campaign, annotator, annotator2):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, Scores(5, 5, 5), Scores(3, 3, 3))
    judge_pair(annotator2, pair, Scores(3, 3, 3), Scores(5, 5, 5))
    pair.refresh_from_db()
    assert pair.state == "disputed"
    return pair


def test_an_arbitration_decision_is_recorded_with_what_it_changed(disputed, expert, campaign):
    arbitrate(expert=expert, pair_id=disputed.pk, decision="b", rationale="B warns about the red flags")
    (event,) = AuditEvent.objects.all()
    assert (event.action, event.actor, event.campaign) == ("arbitration.decision", expert, campaign)
    assert (event.target_type, event.target_id) == ("pair", str(disputed.pk))
    assert event.details["before"] == {"state": "disputed", "decision": None}
    assert event.details["after"] == {"state": "arbitrated", "decision": "b"}
    summary = audit.summary(event)
    assert summary.startswith(f"decided a disputed pair (pair {disputed.pk})")
    assert "decision: — → b" in summary and "state: disputed → arbitrated" in summary
    assert "with_scores" not in summary and "corrected response" not in summary  # what did not happen is not listed
    corrected = AuditEvent(action="arbitration.decision", details={"corrected_response": True, "with_scores": False})
    assert audit.summary(corrected) == "decided a disputed pair: corrected response"


def test_a_refused_decision_leaves_no_trace(disputed, expert):
    with pytest.raises(ServiceError):
        # The scores give A under the priority rule: the decision "b" is refused after the pair was locked.
        arbitrate(
            expert=expert,
            pair_id=disputed.pk,
            decision="b",
            rationale="B",
            scores={"a": Scores(5, 5, 5), "b": Scores(3, 3, 3)},
        )
    assert not AuditEvent.objects.exists()


@pytest.fixture
def trail(disputed, campaign, expert, admin, annotator):
    other = Campaign.objects.create(name="Paediatrics", gold_rate=0)
    arbitrate(expert=expert, pair_id=disputed.pk, decision="a", rationale="A is safer")
    record("campaign.settings", actor=admin, target=campaign, changes={"margin": [1, 2]})
    record("campaign.guideline", actor=admin, target=other, before={"version": 1}, after={"version": 2})
    old = record("user.role", actor=admin, target=annotator, before={"role": "annotator"}, after={"role": "expert"})
    AuditEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=10))
    return {"other": other, "old": old}


def actions(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [event["action"] for event in response.json()["results"]]


def test_admins_filter_the_trail_by_action_campaign_actor_and_date(trail, campaign, admin, expert):
    client = client_for(admin)
    assert actions(client.get("/api/v1/audit/")) == [
        "campaign.guideline",
        "campaign.settings",
        "arbitration.decision",
        "user.role",
    ]
    assert actions(client.get("/api/v1/audit/", {"action": "campaign"})) == ["campaign.guideline", "campaign.settings"]
    assert actions(client.get("/api/v1/audit/", {"action": "campaign.settings"})) == ["campaign.settings"]
    assert actions(client.get("/api/v1/audit/", {"campaign": campaign.pk})) == [
        "campaign.settings",
        "arbitration.decision",
    ]
    assert actions(client.get("/api/v1/audit/", {"actor": expert.pk})) == ["arbitration.decision"]
    today = timezone.localdate().isoformat()
    assert "user.role" not in actions(client.get("/api/v1/audit/", {"since": today}))
    assert actions(client.get("/api/v1/audit/", {"until": (timezone.localdate() - timedelta(days=5)).isoformat()})) == [
        "user.role"
    ]
    first = client.get("/api/v1/audit/", {"page_size": 2}).json()
    assert first["count"] == 4 and len(first["results"]) == 2 and first["next"]
    settings_event = client.get("/api/v1/audit/", {"action": "campaign.settings"}).json()["results"][0]
    assert settings_event["actor"] == "admin" and settings_event["campaign_name"] == campaign.name
    assert settings_event["summary"] == f"changed the campaign's settings (campaign {campaign.pk}): margin: 1 → 2"


@pytest.mark.parametrize("query, named", [({"since": "yesterday"}, "since"), ({"campaign": "x"}, "campaign")])
def test_a_malformed_filter_is_refused_naming_it(trail, admin, query, named):
    response = client_for(admin).get("/api/v1/audit/", query)
    assert response.status_code == 400 and named in str(response.json())


def test_only_admins_read_the_trail(trail, annotator, expert):
    for user in (annotator, expert):
        assert client_for(user).get("/api/v1/audit/").status_code == 403
        page = Client()
        page.force_login(user)
        assert page.get("/console/audit/").status_code == 403


def test_summaries_read_the_shapes_services_write_and_fall_back_to_the_code():
    event = AuditEvent(
        action="campaign.members.add", target_type="campaign", target_id="3", details={"usernames": ["a", "b"]}
    )
    assert audit.summary(event) == "added members (campaign 3): usernames: a, b"
    status = AuditEvent(action="campaign.status", details={"transition": "open", "before": "draft", "after": "active"})
    assert audit.summary(status) == "changed the campaign's status: draft → active; transition: open"
    unknown = AuditEvent(action="model.promote", details={"changes": {"current": {"before": "v1", "after": "v2"}}})
    assert audit.summary(unknown) == "model.promote: current: v1 → v2"
    assert audit.summary(AuditEvent(action="user.unlock")) == "lifted a sign-in lock"


def test_the_page_lists_the_trail_with_summaries_and_filters(trail, campaign, admin, disputed):
    page = Client()
    page.force_login(admin)
    html = page.get("/console/audit/", {"action": "arbitration"}).content.decode()
    assert "decided a disputed pair" in html and f"/console/pairs/{disputed.pk}/" in html
    assert "changed the campaign&#x27;s settings" not in html
    assert "margin: 1 → 2" in page.get("/console/audit/").content.decode()
    every_field = {"action": "arbitration", "campaign": "", "actor": "", "since": "", "until": ""}
    assert "decided a disputed pair" in page.get("/console/audit/", every_field).content.decode()
    refused = page.get("/console/audit/", {"since": "31/12/2026"}).content.decode()
    assert "YYYY-MM-DD" in refused
    assert (
        "No change matches these filters." in page.get("/console/audit/", {"action": "nothing.here"}).content.decode()
    )
