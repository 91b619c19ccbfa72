"""The Django admin works for every model; history cannot be edited there, and edits go through the services."""

import pytest
from django import forms
from django.apps import apps
from django.contrib import admin as django_admin
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from annotation.models import Annotation, AuditEvent, Campaign, GuidelineRevision, Pair, SignInLockout, SignInScope
from annotation.rules import Scores
from annotation.services import accounts
from tests.factories import judge_pair, make_pairs


@pytest.fixture
def signed_in(admin, campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, Scores(5, 5, 5), Scores(3, 3, 3))
    client = Client()
    client.force_login(admin)
    return client


def test_every_model_has_a_working_changelist(signed_in):
    models = [model for model in django_admin.site._registry if model._meta.app_label == "annotation"]
    assert set(models) == set(
        apps.get_app_config("annotation").get_models()
    )  # every model of the app, the user included
    for model in models:
        url = f"/admin/annotation/{model._meta.model_name}/"
        assert signed_in.get(url).status_code == 200, url
        assert signed_in.get(url, {"q": "x"}).status_code == 200, url


def test_annotations_are_read_only_in_the_admin(signed_in):
    annotation = Annotation.objects.get()
    assert signed_in.get(f"/admin/annotation/annotation/{annotation.pk}/change/").status_code == 200
    response = signed_in.post(f"/admin/annotation/annotation/{annotation.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert Annotation.objects.exists()


def test_annotators_cannot_enter_the_admin(annotator):
    client = Client()
    client.force_login(annotator)
    assert client.get("/admin/").status_code == 302


# --- edits go through the services ----------------------------------------------------------------


def change_form_data(client: Client, url: str, **changes) -> dict:
    """What the admin's change form would post back unchanged, with `changes` applied."""
    form = client.get(url).context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        if field.disabled:
            continue
        value = form[name].value()
        if isinstance(field.widget, forms.MultiWidget):
            data.update(
                {
                    f"{name}_{index}": "" if part is None else part
                    for index, part in enumerate(field.widget.decompress(value))
                }
            )
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, (list, tuple)):
            data[name] = [str(item) for item in value]
        else:
            data[name] = "" if value is None else value
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def test_editing_the_guideline_in_the_admin_makes_a_new_version_with_its_revision(signed_in, campaign, admin):
    url = f"/admin/annotation/campaign/{campaign.pk}/change/"
    response = signed_in.post(
        url, change_form_data(signed_in, url, guideline="Score safety first; a missed red flag is unsafe.")
    )
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    campaign.refresh_from_db()
    assert campaign.guideline_version == 2
    revision = GuidelineRevision.objects.get(campaign=campaign, version=2)
    assert (revision.text, revision.created_by) == ("Score safety first; a missed red flag is unsafe.", admin)


def test_a_campaign_added_in_the_admin_starts_its_guideline_history(signed_in, admin):
    data = change_form_data(signed_in, "/admin/annotation/campaign/add/", name="Paediatrics", guideline="v1 text")
    assert signed_in.post("/admin/annotation/campaign/add/", data).status_code == 302
    campaign = Campaign.objects.get(name="Paediatrics")
    assert list(campaign.guideline_revisions.values_list("version", "text", "created_by")) == [(1, "v1 text", admin.pk)]


def test_the_admin_refuses_what_the_service_refuses(signed_in, campaign):
    url = f"/admin/annotation/campaign/{campaign.pk}/change/"
    response = signed_in.post(url, change_form_data(signed_in, url, agreement="majority"))
    assert (
        response.status_code == 200
        and "the majority rule needs at least 3 annotations per pair" in response.content.decode()
    )
    campaign.refresh_from_db()
    assert campaign.agreement == "unanimous"


def test_the_admin_cannot_change_what_labels_mean_once_annotated(signed_in, campaign):
    pair = Pair.objects.get()  # one annotation of two so far
    url = f"/admin/annotation/campaign/{campaign.pk}/change/"
    response = signed_in.post(url, change_form_data(signed_in, url, annotations_per_pair="1"))
    assert response.status_code == 200 and "annotations_per_pair cannot change" in response.content.decode()
    pair.refresh_from_db()
    campaign.refresh_from_db()
    assert (pair.state, campaign.annotations_per_pair) == ("pending", 2)


def test_what_a_pair_compares_cannot_be_changed_or_added_in_the_admin(signed_in):
    pair = Pair.objects.get()
    url = f"/admin/annotation/pair/{pair.pk}/change/"
    form = signed_in.get(url).context["adminform"].form
    assert {"campaign", "prompt", "response_a", "response_b", "is_gold"}.isdisjoint(form.fields)
    assert {"priority", "gold_answer", "meta"} <= set(form.fields)
    assert signed_in.get("/admin/annotation/pair/add/").status_code == 403
    assert signed_in.get("/admin/annotation/prompt/add/").status_code == 403  # texts come de-identified from the import


def test_deactivating_in_the_admin_signs_her_out_everywhere(signed_in, annotator):
    token = accounts.issue_token(user=annotator)
    generation = annotator.auth_generation
    url = f"/admin/annotation/user/{annotator.pk}/change/"
    assert signed_in.post(url, change_form_data(signed_in, url, is_active=False)).status_code == 302
    annotator.refresh_from_db()
    assert not annotator.is_active and annotator.auth_generation == generation + 1
    assert not Token.objects.filter(pk=token.pk).exists()


def test_a_lockout_deleted_in_the_admin_is_lifted_on_the_audit_trail(signed_in, admin):
    # Deleting rows is the admin's way to unlock: it must leave the same trail as the console's unlock.
    now = timezone.now()
    SignInLockout.objects.create(scope=SignInScope.ADDRESS, key="203.0.113.7", failures=60, last_failure_at=now)
    SignInLockout.objects.create(scope=SignInScope.ACCOUNT, key="nobody", failures=9, last_failure_at=now)
    ids = [str(pk) for pk in SignInLockout.objects.values_list("pk", flat=True)]
    response = signed_in.post(
        "/admin/annotation/signinlockout/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert response.status_code == 302
    assert not SignInLockout.objects.exists()
    events = AuditEvent.objects.filter(actor=admin).values_list("action", flat=True)
    assert sorted(events) == ["signin.unlock_address", "signin.unlock_username"]
