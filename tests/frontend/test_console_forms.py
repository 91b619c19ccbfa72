"""Console forms are read by the API's serializers: the same fields, limits and messages as the API."""

from django.test import Client

from annotation.models import Campaign


def console_of(admin) -> Client:
    client = Client()
    client.force_login(admin)
    return client


def test_a_campaign_created_on_the_console_keeps_the_defaults_the_form_leaves_out(admin):
    response = console_of(admin).post(
        "/console/", {"name": "Dermatology", "annotations_per_pair": "3", "agreement": "majority", "description": ""}
    )
    campaign = Campaign.objects.get(name="Dermatology")
    assert response.status_code == 302 and response["Location"] == f"/console/campaigns/{campaign.pk}/"
    assert (campaign.annotations_per_pair, campaign.agreement, campaign.status, campaign.safety_gate) == (
        3,
        "majority",
        "draft",
        2,
    )


def test_a_bad_number_is_refused_with_the_apis_sentence(admin):
    page = (
        console_of(admin)
        .post("/console/", {"name": "Dermatology", "annotations_per_pair": "three"}, follow=True)
        .content.decode()
    )
    assert "Invalid input: annotations_per_pair: A valid integer is required." in page
    assert not Campaign.objects.filter(name="Dermatology").exists()


def test_settings_read_empty_as_null_and_json_as_json(admin, campaign):
    campaign.quorum, campaign.annotations_per_pair, campaign.agreement = 2, 3, "majority"
    campaign.save()
    form = {
        "action": "settings",
        "annotations_per_pair": "3",
        "agreement": "majority",
        "quorum": "",
        "safety_gate": "2",
        "margin": "1",
        "lease_minutes": "15",
        "gold_rate": "0.2",
        "sft_min_professionalism": "4",
        "training_config": "{}",
        "name": "renamed?",
    }
    assert console_of(admin).post(f"/console/campaigns/{campaign.pk}/", form).status_code == 302
    campaign.refresh_from_db()
    assert (
        campaign.quorum,
        campaign.lease_minutes,
        campaign.gold_rate,
        campaign.training_config,
    ) == (None, 15, 0.2, {})
    assert campaign.name == "Cardiology round 1"  # the settings form cannot rename


def test_a_review_decision_with_a_foreign_digit_is_refused_not_crashed(admin):
    page = console_of(admin).post("/console/review/", {"item": "²", "decision": "keep"}, follow=True).content.decode()
    assert "Invalid input: item: an id is a whole number written with the digits 0-9." in page
