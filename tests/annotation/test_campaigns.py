"""Campaign settings and users: validation, guideline versions, changes that close pairs."""

import pytest

from annotation.errors import Conflict, ServiceError
from annotation.services.accounts import create_user
from annotation.services.campaigns import create_campaign, update_campaign
from tests.factories import client_for, make_user


@pytest.mark.django_db
def test_defaults_follow_the_protocol():
    campaign = create_campaign(user=None, name="Defaults")
    assert (
        campaign.annotations_per_pair,
        campaign.agreement,
        campaign.safety_gate,
        campaign.margin,
        campaign.lease_minutes,
        campaign.sft_min_professionalism,
    ) == (2, "unanimous", 2, 1, 10, 4)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields, message",
    [
        ({"agreement": "majority"}, "at least 3 annotations"),
        ({"annotations_per_pair": 3, "agreement": "majority", "quorum": 1}, "strict majority"),
        ({"margin": 0}, "invalid campaign settings"),
        ({"gold_rate": 1.5}, "invalid campaign settings"),
        ({"colour": "red"}, "unknown campaign field"),
    ],
)
def test_invalid_settings_are_refused(fields, message):
    with pytest.raises(ServiceError, match=message):
        create_campaign(user=None, name="Bad", **fields)


def test_a_new_guideline_text_gets_a_new_version(campaign):
    updated = update_campaign(campaign=campaign, guideline="Version two of the guideline.")
    assert updated.guideline_version == 2
    assert update_campaign(campaign=updated, description="same guideline").guideline_version == 2


@pytest.mark.django_db
def test_users_get_a_role_and_a_checked_password():
    user = create_user(username="dr.li", password="a-long-password-9", role="expert")
    assert user.role == "expert" and user.check_password("a-long-password-9")
    with pytest.raises(Conflict):
        create_user(username="DR.LI", password="a-long-password-9")
    with pytest.raises(ServiceError, match="password rejected"):
        create_user(username="dr.wu", password="short")
    admin = create_user(username="boss", password="a-long-password-9", role="admin")
    assert admin.is_staff and admin.is_superuser


def test_admins_create_users_through_the_api(admin):
    response = client_for(admin).post(
        "/api/v1/users/", {"username": "dr.zhao", "password": "123", "role": "annotator"}, format="json"
    )
    assert response.status_code == 400 and response.json()["message"].startswith("password rejected")
    listed = client_for(admin).get("/api/v1/users/").json()
    assert [u["username"] for u in listed["results"]] == ["admin"]
    make_user("dr.qian")
    assert client_for(admin).get("/api/v1/users/").json()["count"] == 2
