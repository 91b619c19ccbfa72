"""A campaign's lifecycle (draft -> active -> paused -> closed), the settings locked once it is
annotated, and its members: who is handed its pairs, who sees it, and the audit trail of every change."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from annotation.errors import Conflict, Forbidden, ServiceError
from annotation.models import AuditEvent, Campaign, CampaignMember, Lease
from annotation.rules import Scores
from annotation.services import lifecycle, membership
from annotation.services.assignment import next_pair_for, skip_pair
from annotation.services.campaigns import LOCKED_SETTINGS, create_campaign, update_campaign
from annotation.services.importing import import_file
from annotation.services.snapshots import create_snapshot
from tests.factories import client_for, hand, join, judge_pair, make_campaign, make_pairs, make_user, score_payload

PAIR_ROW = b'{"id": "late", "prompt": "q", "response_a": "a", "response_b": "b"}'


@pytest.fixture
def draft(db, admin) -> Campaign:
    return create_campaign(user=admin, name="Paediatrics", guideline="Score safety first.", gold_rate=0)


# --- transitions ---------------------------------------------------------------------------------


def test_a_new_campaign_is_a_draft_from_the_api_the_console_and_the_service(db, admin):
    assert create_campaign(user=admin, name="By service").status == "draft"
    assert client_for(admin).post("/api/v1/campaigns/", {"name": "By API"}, format="json").json()["status"] == "draft"
    console = Client()
    console.force_login(admin)
    console.post("/console/", {"name": "By console", "annotations_per_pair": "2", "agreement": "unanimous"})
    assert Campaign.objects.get(name="By console").status == "draft"


def test_the_whole_lifecycle_and_its_audit_trail(draft, admin):
    make_pairs(draft, 1)
    for action, status in (("open", "active"), ("pause", "paused"), ("resume", "active"), ("close", "closed")):
        assert lifecycle.change_status(campaign=draft, action=action, by=admin).status == status
    events = AuditEvent.objects.filter(action="campaign.status", campaign=draft).order_by("id")
    assert [(e.details["before"], e.details["after"], e.actor) for e in events] == [
        ("draft", "active", admin),
        ("active", "paused", admin),
        ("paused", "active", admin),
        ("active", "closed", admin),
    ]


@pytest.mark.parametrize(
    "status, action",
    [
        ("draft", "pause"),
        ("draft", "resume"),
        ("draft", "close"),
        ("active", "open"),
        ("active", "resume"),
        ("paused", "pause"),
        ("paused", "open"),
        ("closed", "open"),
        ("closed", "resume"),
        ("closed", "pause"),
        ("closed", "close"),
    ],
)
def test_a_transition_the_status_does_not_allow_is_refused_and_says_so(db, status, action):
    campaign = make_campaign(status=status)
    with pytest.raises(Conflict, match=f"is {status}: it cannot {action}") as refused:
        lifecycle.change_status(campaign=campaign, action=action, by=None)
    if status == "closed":
        assert "closed is final" in refused.value.message
    campaign.refresh_from_db()
    assert campaign.status == status and not AuditEvent.objects.exists()


def test_opening_refuses_a_campaign_without_pairs_or_guideline_and_says_which(db, admin):
    empty = create_campaign(user=admin, name="Empty")
    with pytest.raises(Conflict) as refused:
        lifecycle.change_status(campaign=empty, action="open", by=admin)
    assert "no pairs (or prompts)" in refused.value.message and "no guideline" in refused.value.message
    make_pairs(empty, 1)
    with pytest.raises(Conflict, match="no guideline") as refused:
        lifecycle.change_status(campaign=empty, action="open", by=admin)
    assert "no pairs" not in refused.value.message
    update_campaign(campaign=empty, user=admin, guideline="   ")
    with pytest.raises(Conflict, match="no guideline"):
        lifecycle.change_status(campaign=empty, action="open", by=admin)
    update_campaign(campaign=empty, user=admin, guideline="Judge safety first.")
    assert lifecycle.change_status(campaign=empty, action="open", by=admin).status == "active"


def test_a_prompt_only_campaign_can_open_for_generation_rounds(draft, admin):
    report = import_file(campaign=draft, data=b'{"prompt": "Is a fever of 39 dangerous?"}', filename="p.jsonl")
    assert report.ok and report.kind == "prompts"
    assert lifecycle.change_status(campaign=draft, action="open", by=admin).status == "active"


def test_the_api_changes_the_status_and_answers_409_with_the_reason(draft, admin):
    client = client_for(admin)
    refused = client.post(f"/api/v1/campaigns/{draft.pk}/lifecycle/", {"action": "open"}, format="json")
    assert refused.status_code == 409 and "no pairs" in refused.json()["message"]
    make_pairs(draft, 1)
    opened = client.post(f"/api/v1/campaigns/{draft.pk}/lifecycle/", {"action": "open"}, format="json")
    assert opened.status_code == 200 and opened.json()["status"] == "active"
    unknown = client.post(f"/api/v1/campaigns/{draft.pk}/lifecycle/", {"action": "archive"}, format="json")
    assert unknown.status_code == 400
    sneaky = client.patch(f"/api/v1/campaigns/{draft.pk}/", {"status": "closed"}, format="json")
    assert sneaky.status_code == 400 and "lifecycle" in str(sneaky.json())
    draft.refresh_from_db()
    assert draft.status == "active"


def test_a_refusal_in_chinese_names_the_status_and_the_action_in_chinese(db, admin):
    closed = make_campaign(status="closed")
    refused = client_for(admin).post(
        f"/api/v1/campaigns/{closed.pk}/lifecycle/", {"action": "pause"}, format="json", HTTP_ACCEPT_LANGUAGE="zh-CN"
    )
    assert refused.status_code == 409
    assert "已关闭" in refused.json()["message"] and "不能暂停" in refused.json()["message"]
    assert "pause" not in refused.json()["message"]


# --- what each status allows -----------------------------------------------------------------------


def test_drafts_are_seen_and_edited_by_admins_only(draft, annotator, expert, admin):
    join(draft, annotator, expert)
    make_pairs(draft, 1)
    for user in (annotator, expert):
        assert client_for(user).get(f"/api/v1/campaigns/{draft.pk}/").status_code == 404
        assert client_for(user).get(f"/api/v1/campaigns/{draft.pk}/next/").status_code == 404
    assert client_for(admin).get(f"/api/v1/campaigns/{draft.pk}/").json()["status"] == "draft"
    with pytest.raises(Conflict, match="is a draft"):
        next_pair_for(annotator=admin, campaign=draft)


def test_a_paused_campaign_hands_out_nothing_new_but_takes_the_pair_in_her_hands(campaign, annotator, admin):
    first, _second = make_pairs(campaign, 2)
    assert next_pair_for(annotator=annotator, campaign=campaign).pair == first
    lifecycle.change_status(campaign=campaign, action="pause", by=admin)
    response = client_for(annotator).get(f"/api/v1/campaigns/{campaign.pk}/next/")
    assert response.status_code == 409 and "paused" in response.json()["message"]
    submitted = client_for(annotator).post(f"/api/v1/pairs/{first.pk}/annotations/", score_payload(), format="json")
    assert submitted.status_code == 201
    lifecycle.change_status(campaign=campaign, action="resume", by=admin)
    assert client_for(annotator).get(f"/api/v1/campaigns/{campaign.pk}/next/").json()["pair_id"] == _second.pk


def test_a_closed_campaign_is_read_only_but_still_exports(campaign, annotator, annotator2, admin):
    first, second = make_pairs(campaign, 2)
    judge_pair(annotator, first, Scores(5, 5, 5), Scores(3, 3, 3))
    judge_pair(annotator2, first, Scores(5, 5, 5), Scores(3, 3, 3))
    hand(annotator, second)
    lifecycle.change_status(campaign=campaign, action="close", by=admin)
    assert not Lease.objects.filter(campaign=campaign).exists()  # the slots in hand are given back for good
    api = client_for(annotator)
    late = api.post(f"/api/v1/pairs/{second.pk}/annotations/", score_payload(), format="json")
    assert late.status_code == 409 and "closed" in late.json()["message"]
    revised = api.post(f"/api/v1/pairs/{first.pk}/annotations/", score_payload(), format="json")
    assert revised.status_code == 409
    with pytest.raises(Conflict, match="no more skips"):
        skip_pair(annotator=annotator, pair_id=second.pk, reason="outside my field")
    upload = SimpleUploadedFile("late.jsonl", PAIR_ROW)
    imported = client_for(admin).post(f"/api/v1/campaigns/{campaign.pk}/import/", {"file": upload}, format="multipart")
    assert imported.status_code == 409 and "no more imports" in imported.json()["message"]
    changed = client_for(admin).patch(f"/api/v1/campaigns/{campaign.pk}/", {"lease_minutes": 30}, format="json")
    assert changed.status_code == 409 and "no more setting changes" in changed.json()["message"]
    assert client_for(annotator).get(f"/api/v1/campaigns/{campaign.pk}/").json()["status"] == "closed"
    assert create_snapshot(campaigns=[campaign], kind="dpo").row_count == 1


# --- settings locked once annotated --------------------------------------------------------------


@pytest.mark.parametrize(
    "setting, value",
    [("annotations_per_pair", 3), ("safety_gate", 3), ("margin", 2), ("agreement", "majority"), ("quorum", 2)],
)
def test_settings_that_change_what_labels_mean_are_locked_once_annotated(campaign, annotator, admin, setting, value):
    assert setting in LOCKED_SETTINGS
    campaign = update_campaign(campaign=campaign, user=admin, annotations_per_pair=3, agreement="majority")
    campaign = update_campaign(campaign=campaign, user=admin, quorum=None)
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, Scores(5, 5, 5), Scores(3, 3, 3))
    if setting == "annotations_per_pair":
        value = 4
    if setting == "agreement":
        value = "unanimous"
    with pytest.raises(ServiceError, match=f"{setting} cannot change") as refused:
        update_campaign(campaign=campaign, user=admin, **{setting: value})
    assert "what those labels mean" in refused.value.message and setting in refused.value.details
    # What does not change a label's meaning still can, and so can the guideline (a new version).
    assert update_campaign(campaign=campaign, user=admin, lease_minutes=20, gold_rate=0.2).lease_minutes == 20
    assert update_campaign(campaign=campaign, user=admin, guideline="v2").guideline_version == 2


def test_before_the_first_annotation_every_setting_can_change(campaign, admin):
    make_pairs(campaign, 2)
    changed = update_campaign(campaign=campaign, user=admin, annotations_per_pair=3, safety_gate=3, margin=2)
    assert (changed.annotations_per_pair, changed.safety_gate, changed.margin) == (3, 3, 2)


def test_setting_and_guideline_changes_are_audited_with_before_and_after(campaign, admin):
    update_campaign(campaign=campaign, user=admin, margin=2, guideline="Judge safety first.")
    settings_event = AuditEvent.objects.get(action="campaign.settings")
    assert settings_event.details["changes"] == {"margin": [1, 2]} and settings_event.actor == admin
    assert AuditEvent.objects.get(action="campaign.guideline").details == {"version": 2}
    update_campaign(campaign=campaign, user=admin, margin=2)  # no change, no event
    assert AuditEvent.objects.filter(action="campaign.settings").count() == 1


def test_a_refused_change_leaves_no_audit_event(campaign, annotator, admin):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, Scores(5, 5, 5), Scores(3, 3, 3))
    with pytest.raises(ServiceError):
        update_campaign(campaign=campaign, user=admin, margin=2, lease_minutes=20)
    campaign.refresh_from_db()
    assert campaign.lease_minutes == 10 and not AuditEvent.objects.filter(action="campaign.settings").exists()


# --- membership ------------------------------------------------------------------------------------


def test_only_members_are_handed_pairs(db, admin):
    campaign = make_campaign(gold_rate=0)
    make_pairs(campaign, 2)
    member, outsider = make_user("member"), make_user("outsider")
    membership.add_members(campaign=campaign, users=[member], by=admin)
    assert next_pair_for(annotator=member, campaign=campaign) is not None
    with pytest.raises(Forbidden, match="not a member"):
        next_pair_for(annotator=outsider, campaign=campaign)
    assert next_pair_for(annotator=admin, campaign=campaign) is not None  # admins may judge anywhere


def test_adding_twice_changes_nothing_and_removing_gives_her_pairs_back(campaign, admin):
    make_pairs(campaign, 1)
    doc = make_user("doc")
    assert membership.add_members(campaign=campaign, users=[doc], by=admin) == [doc]
    assert membership.add_members(campaign=campaign, users=[doc], by=admin) == []
    next_pair_for(annotator=doc, campaign=campaign)
    membership.remove_member(campaign=campaign, user=doc, by=admin)
    assert not Lease.objects.filter(annotator=doc).exists()
    with pytest.raises(ServiceError, match="not a member"):
        membership.remove_member(campaign=campaign, user=doc, by=admin)
    events = AuditEvent.objects.filter(action__startswith="campaign.members").order_by("id")
    assert [(e.action, e.details["usernames"]) for e in events] == [
        ("campaign.members.add", ["doc"]),
        ("campaign.members.remove", ["doc"]),
    ]
    assert events[1].details["leases_released"] == 1


def test_a_removed_member_can_no_longer_revise_what_she_submitted(campaign, admin):
    (pair,) = make_pairs(campaign, 1)
    doc, other = make_user("doc"), make_user("other")
    membership.add_members(campaign=campaign, users=[doc, other], by=admin)
    judge_pair(doc, pair, Scores(5, 5, 5), Scores(3, 3, 3))
    membership.remove_member(campaign=campaign, user=doc, by=admin)
    revised = client_for(doc).post(f"/api/v1/pairs/{pair.pk}/annotations/", score_payload(), format="json")
    assert revised.status_code == 404 and "not handed to you" in revised.json()["message"]
    annotation = pair.annotations.get(annotator=doc)
    assert (annotation.revision, annotation.a_safety) == (1, 5)  # kept as she left it


def test_bulk_add_by_role_and_specialty(campaign, admin):
    cardio = make_user("cardio")
    cardio.specialties = ["Cardiology", "internal medicine"]
    cardio.save()
    paeds = make_user("paeds")
    paeds.specialties = ["paediatrics"]
    paeds.save()
    cardio_expert = make_user("cardio-expert", "expert")
    cardio_expert.specialties = ["cardiology"]
    cardio_expert.save()
    gone = make_user("gone")
    gone.specialties, gone.is_active = ["cardiology"], False
    gone.save()
    added = membership.bulk_add(campaign=campaign, by=admin, roles=["annotator"], specialties=[" cardiology "])
    assert [user.username for user in added] == ["cardio"]
    added = membership.bulk_add(campaign=campaign, by=admin, specialties=["CARDIOLOGY"])
    assert [user.username for user in added] == ["cardio-expert"]
    added = membership.bulk_add(campaign=campaign, by=admin)
    assert [user.username for user in added] == ["paeds"]
    with pytest.raises(ServiceError, match="only annotators and experts"):
        membership.bulk_add(campaign=campaign, by=admin, roles=["admin"])
    with pytest.raises(ServiceError, match="deactivated"):
        membership.add_members(campaign=campaign, users=[gone], by=admin)


def test_the_members_api(campaign, admin):
    doc, expert = make_user("doc"), make_user("arbiter", "expert")
    expert.specialties = ["cardiology"]
    expert.save()
    client = client_for(admin)
    url = f"/api/v1/campaigns/{campaign.pk}/members/"
    added = client.post(url, {"users": [doc.pk]}, format="json")
    assert added.status_code == 201 and added.json() == {"added": ["doc"], "members": 1}
    assert client.post(url, {"users": [doc.pk]}, format="json").status_code == 200
    missing = client.post(url, {"users": [doc.pk, 999999]}, format="json")
    assert missing.status_code == 400 and "999999" in missing.json()["message"]
    bulk = client.post(f"{url}bulk/", {"roles": ["expert"], "specialties": ["cardiology"]}, format="json")
    assert bulk.status_code == 201 and bulk.json()["added"] == ["arbiter"]
    listed = client.get(url).json()
    assert [(m["username"], m["role"], m["added_by"]) for m in listed["results"]] == [
        ("arbiter", "expert", "admin"),
        ("doc", "annotator", "admin"),
    ]
    assert client.delete(f"{url}{doc.pk}/").status_code == 204
    assert client.delete(f"{url}{doc.pk}/").status_code == 404
    assert list(CampaignMember.objects.values_list("user__username", flat=True)) == ["arbiter"]


def test_experts_see_the_arbitration_queue_of_their_campaigns_only(db, expert, admin):
    mine, theirs = make_campaign("Mine", gold_rate=0), make_campaign("Theirs", gold_rate=0)
    join(mine, expert)
    disputed = []
    for campaign in (mine, theirs):
        (pair,) = make_pairs(campaign, 1, start=campaign.pk * 10)
        judge_pair(make_user(f"a{campaign.pk}"), pair, Scores(5, 5, 5), Scores(3, 3, 3))
        judge_pair(make_user(f"b{campaign.pk}"), pair, Scores(3, 3, 3), Scores(5, 5, 5))
        disputed.append(pair.pk)
    queue = lambda user: [p["id"] for p in client_for(user).get("/api/v1/arbitration/").json()["results"]]  # noqa: E731
    assert queue(expert) == [disputed[0]]
    assert sorted(queue(admin)) == sorted(disputed)


def test_evaluation_campaigns_open_with_every_annotator_and_expert_as_judge(db, admin, annotator, expert):
    from inference.services import create_evaluation
    from tests.factories import prompts_campaign
    from training.models import ModelVersion

    a = ModelVersion.objects.create(name="a", base_model="/m", lineage="la")
    b = ModelVersion.objects.create(name="b", base_model="/m", lineage="lb")
    evaluation = create_evaluation(model_a=a, model_b=b, prompts=prompts_campaign(), user=admin)
    campaign = evaluation.campaign
    assert campaign.status == "active"
    assert set(campaign.memberships.values_list("user__username", flat=True)) == {"physician1", "expert1"}
    assert (
        AuditEvent.objects.filter(action="campaign.status", campaign=campaign).get().details["reason"] == "evaluation"
    )


# --- console ----------------------------------------------------------------------------------------


def test_the_console_opens_closes_and_manages_members(draft, admin):
    console = Client()
    console.force_login(admin)
    url = f"/console/campaigns/{draft.pk}/"
    page = console.get(url).content.decode()
    assert "It cannot open yet" in page and 'id="lifecycle-open"' in page and "disabled" in page
    make_pairs(draft, 1)
    doc = make_user("doc")
    doc.specialties = ["dermatology"]
    doc.save()
    console.post(url, {"action": "bulk_members", "roles": ["annotator"], "specialties": "Dermatology"})
    assert list(draft.memberships.values_list("user__username", flat=True)) == ["doc"]
    page = console.post(url, {"action": "lifecycle", "transition": "open"}, follow=True).content.decode()
    draft.refresh_from_db()
    assert draft.status == "active" and 'id="lifecycle-pause"' in page and "doc" in page
    console.post(url, {"action": "remove_member", "user": str(doc.pk)})
    assert not draft.memberships.exists()
    console.post(url, {"action": "add_members", "users": [str(doc.pk)]})
    assert draft.memberships.count() == 1
    page = console.post(url, {"action": "lifecycle", "transition": "open"}, follow=True).content.decode()
    assert "it cannot open" in page  # refused with the reason, shown on the page
    console.post(url, {"action": "lifecycle", "transition": "close"})
    page = console.get(url).content.decode()
    assert "takes no more imports" in page and 'id="import-form"' not in page
    assert not any(f'id="lifecycle-{action}"' in page for action in lifecycle.ACTIONS)


def test_the_annotate_page_lists_her_active_and_paused_campaigns_only(db, annotator):
    campaigns = {
        status: make_campaign(f"C {status}", status=status) for status in ("draft", "active", "paused", "closed")
    }
    join(make_campaign("Not hers"), make_user("someone"))
    for campaign in campaigns.values():
        join(campaign, annotator)
    page = Client()
    page.force_login(annotator)
    html = page.get("/annotate/").content.decode()
    assert "C active" in html and "C paused" in html
    assert "C draft" not in html and "C closed" not in html and "Not hers" not in html
