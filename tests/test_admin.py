"""The Django admin works for every model; history cannot be edited there."""
import pytest
from django.apps import apps
from django.contrib import admin as django_admin
from django.test import Client

from annotation.models import Annotation
from annotation.rules import Scores
from tests.conftest import make_pairs
from tests.helpers import judge_pair


@pytest.fixture
def signed_in(admin, campaign, annotator):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, Scores(5, 5, 5), Scores(3, 3, 3))
    client = Client()
    client.force_login(admin)
    return client


def test_every_model_has_a_working_changelist(signed_in):
    models = [model for model in django_admin.site._registry if model._meta.app_label == "annotation"]
    assert set(models) == set(apps.get_app_config("annotation").get_models())  # every model of the app, the user included
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
