"""User management by admins: deactivation, roles, temporary passwords that must be changed, CSV
bulk creation, specialties, last activity; the console page and the API alike, each change audited."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from annotation.models import Annotation, AuditEvent, Lease, Role, User
from annotation.rules import Scores
from annotation.services import accounts
from annotation.services.accounts import ACTIVITY_PRECISION
from tests.factories import PASSWORD, client_for, hand, judge_pair, make_pairs, make_user, page_client, token_client

TEMPORARY = "temporary-pass-42"
GOOD, POOR = Scores(5, 5, 5), Scores(2, 3, 3)


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action).order_by("id"))


# --- deactivation -----------------------------------------------------------------------------


def test_deactivation_releases_her_leases_keeps_her_annotations_and_refuses_token_and_session(
    campaign, annotator, admin
):
    done, held, other = make_pairs(campaign, 3)
    judge_pair(annotator, done, GOOD, POOR)
    hand(annotator, held)
    hand(annotator, other)
    api, page = token_client("physician1"), page_client(annotator)

    response = client_for(admin).patch(f"/api/v1/users/{annotator.pk}/", {"is_active": False}, format="json")

    assert response.status_code == 200 and response.json()["is_active"] is False
    assert not Lease.objects.filter(annotator=annotator).exists()
    assert Annotation.objects.filter(annotator=annotator, pair=done).exists()
    refused = api.get("/api/v1/me/")
    assert refused.status_code == 401 and refused.json()["code"] in ("account_inactive", "authentication_failed")
    assert page.get("/annotate/")["Location"].startswith("/login/")
    (event,) = events("user.deactivate")
    assert event.actor == admin and event.target_id == str(annotator.pk) and event.details["released_leases"] == 2


def test_a_reactivated_user_signs_in_again_and_both_changes_are_audited(annotator, admin):
    console = page_client(admin)
    console.post("/console/users/", {"action": "deactivate", "username": "physician1"})
    console.post("/console/users/", {"action": "activate", "username": "physician1"})
    annotator.refresh_from_db()
    assert annotator.is_active
    assert token_client("physician1").get("/api/v1/me/").status_code == 200
    assert [e.action for e in AuditEvent.objects.order_by("id")] == ["user.deactivate", "user.reactivate"]


def test_the_last_active_admin_cannot_be_deactivated_by_the_django_admin_either(admin):
    other = make_user("admin2", Role.ADMIN)
    accounts.deactivate(user=other, by=admin)
    with pytest.raises(accounts.ServiceError, match="own account"):
        accounts.deactivate(user=admin, by=admin)


# --- roles ------------------------------------------------------------------------------------


def test_an_admin_changes_a_role_and_it_is_audited(annotator, admin):
    response = client_for(admin).patch(f"/api/v1/users/{annotator.pk}/", {"role": "annotator"}, format="json")
    assert response.status_code == 200 and not events("user.role")  # no change, no event

    response = client_for(admin).patch(f"/api/v1/users/{annotator.pk}/", {"role": "expert"}, format="json")
    assert response.status_code == 200 and response.json()["role"] == "expert"
    (event,) = events("user.role")
    assert event.actor == admin and event.details["changes"] == {"role": ["annotator", "expert"]}


def test_promotion_to_a_privileged_role_asks_for_a_password_under_its_longer_minimum(annotator, admin):
    accounts.change_role(user=annotator, role=Role.EXPERT, by=admin)
    annotator.refresh_from_db()
    assert annotator.must_change_password


def test_the_last_active_admin_cannot_give_her_admin_role_away(admin):
    response = client_for(admin).patch(f"/api/v1/users/{admin.pk}/", {"role": "expert"}, format="json")
    assert response.status_code == 400
    assert "last active admin" in response.json()["message"]
    admin.refresh_from_db()
    assert admin.role == Role.ADMIN and not events("user.role")


def test_with_another_active_admin_she_may_step_down_and_leaves_the_django_admin(admin):
    make_user("admin2", Role.ADMIN)
    response = client_for(admin).patch(f"/api/v1/users/{admin.pk}/", {"role": "expert"}, format="json")
    assert response.status_code == 200
    admin.refresh_from_db()
    assert admin.role == Role.EXPERT and not admin.is_staff and not admin.is_superuser
    assert page_client(admin).get("/admin/").status_code == 302  # to the admin's sign-in


def test_a_deactivated_admin_does_not_count_as_the_one_that_remains(admin):
    other = make_user("admin2", Role.ADMIN)
    accounts.deactivate(user=other, by=admin)
    with pytest.raises(accounts.ServiceError, match="last active admin"):
        accounts.change_role(user=admin, role=Role.ANNOTATOR, by=admin)


def test_only_admins_manage_users(annotator, expert):
    for user in (annotator, expert):
        client = client_for(user)
        assert client.patch(f"/api/v1/users/{annotator.pk}/", {"role": "admin"}, format="json").status_code == 403
        upload = SimpleUploadedFile("users.csv", b"username,name,role,specialties\nx,,annotator,\n")
        assert client.post("/api/v1/users/import/", {"file": upload}, format="multipart").status_code == 403
        assert page_client(user).get("/console/users/").status_code == 403
    annotator.refresh_from_db()
    assert annotator.role == Role.ANNOTATOR
    assert client_for(annotator).get(f"/api/v1/users/{annotator.pk}/").status_code == 403
    assert client_for(None).post("/api/v1/me/password/", {}, format="json").status_code == 401


# --- temporary passwords ----------------------------------------------------------------------


def test_a_reset_password_must_be_changed_before_the_api_does_anything_else(annotator, admin):
    response = client_for(admin).patch(f"/api/v1/users/{annotator.pk}/", {"password": TEMPORARY}, format="json")
    assert response.status_code == 200 and response.json()["must_change_password"] is True
    assert [e.action for e in AuditEvent.objects.all()] == ["user.password"]
    assert TEMPORARY not in str(AuditEvent.objects.get().details)

    signed_in = APIClient().post(
        "/api/v1/auth/token/", {"username": "physician1", "password": TEMPORARY}, format="json"
    )
    assert signed_in.status_code == 200 and signed_in.json()["must_change_password"] is True
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {signed_in.json()['token']}")
    for url in ("/api/v1/me/", "/api/v1/campaigns/", "/api/v1/pairs/"):
        refused = api.get(url)
        assert refused.status_code == 403, url
        assert refused.json()["code"] == "password_change_required"
        assert "/api/v1/me/password/" in refused.json()["message"]

    changed = api.post(
        "/api/v1/me/password/", {"current_password": TEMPORARY, "new_password": "my-own-secret-77"}, format="json"
    )
    assert changed.status_code == 200 and changed.json()["must_change_password"] is False
    # The old token died with the temporary password; the answer carries its successor.
    assert api.get("/api/v1/me/").status_code == 401
    api.credentials(HTTP_AUTHORIZATION=f"Token {changed.json()['token']}")
    assert api.get("/api/v1/me/").status_code == 200
    annotator.refresh_from_db()
    assert annotator.check_password("my-own-secret-77") and not annotator.must_change_password


def test_she_may_still_sign_out_while_her_password_is_temporary(annotator, admin):
    accounts.reset_password(user=annotator, password=TEMPORARY, by=admin)
    api = token_client("physician1", TEMPORARY)
    assert api.delete("/api/v1/auth/token/").status_code == 204
    page = Client()
    page.post("/login/", {"username": "physician1", "password": TEMPORARY})
    signed_out = page.post("/logout/")
    assert signed_out.status_code == 302 and not signed_out["Location"].startswith("/password/")


def test_pages_send_her_to_the_password_page_until_she_chooses_her_own(annotator, admin):
    accounts.reset_password(user=annotator, password=TEMPORARY, by=admin)
    page = Client()
    signed_in = page.post("/login/", {"username": "physician1", "password": TEMPORARY})
    assert signed_in.status_code == 302
    landing = page.get("/annotate/")
    assert landing.status_code == 302 and landing["Location"] == "/password/?next=%2Fannotate%2F"
    form = page.get(landing["Location"])
    assert form.status_code == 200 and "temporary password" in form.content.decode()
    # The session's API calls are refused the same way, as JSON.
    refused = page.get("/api/v1/me/")
    assert refused.status_code == 403 and refused.json()["code"] == "password_change_required"

    mismatch = page.post(
        "/password/",
        {
            "current_password": TEMPORARY,
            "new_password": "my-own-secret-77",
            "confirm_password": "something-else-1",
            "next": "/annotate/",
        },
        follow=True,
    )
    assert "differ" in mismatch.content.decode()
    changed = page.post(
        "/password/",
        {
            "current_password": TEMPORARY,
            "new_password": "my-own-secret-77",
            "confirm_password": "my-own-secret-77",
            "next": "/annotate/",
        },
    )
    assert changed.status_code == 302 and changed["Location"] == "/annotate/"
    # Still signed in (the session follows the new password), and everything works again.
    assert page.get("/")["Location"] == "/annotate/"
    assert page.get("/api/v1/me/").json()["must_change_password"] is False


@pytest.mark.parametrize(
    "current, new, field",
    [
        ("wrong-password-1", "my-own-secret-77", "current_password"),
        (TEMPORARY, TEMPORARY, "new_password"),
        (TEMPORARY, "123", "new_password"),
    ],
    ids=["wrong current password", "the same password again", "rejected by the policy"],
)
def test_her_own_change_is_refused_with_the_field_that_is_wrong(annotator, admin, current, new, field):
    accounts.reset_password(user=annotator, password=TEMPORARY, by=admin)
    api = token_client("physician1", TEMPORARY)
    refused = api.post("/api/v1/me/password/", {"current_password": current, "new_password": new}, format="json")
    assert refused.status_code == 400 and field in refused.json()["details"]
    annotator.refresh_from_db()
    assert annotator.must_change_password and annotator.check_password(TEMPORARY)


def test_the_current_password_check_counts_towards_the_lockout(annotator, admin, settings):
    settings.SIGNIN_LOCKOUT_ATTEMPTS = 2
    api = token_client("physician1")
    body = {"current_password": "wrong-password-1", "new_password": "my-own-secret-77"}
    assert api.post("/api/v1/me/password/", body, format="json").status_code == 400
    assert api.post("/api/v1/me/password/", body, format="json").status_code == 429  # the failure that locks
    body["current_password"] = PASSWORD  # then even the right one is refused
    assert api.post("/api/v1/me/password/", body, format="json").status_code == 429


def test_the_console_resets_a_password(annotator, admin):
    console = page_client(admin)
    response = console.post(
        "/console/users/", {"action": "password", "username": "physician1", "password": TEMPORARY}, follow=True
    )
    assert "must choose her own" in response.content.decode()
    annotator.refresh_from_db()
    assert annotator.must_change_password and annotator.check_password(TEMPORARY)
    weak = console.post(
        "/console/users/", {"action": "password", "username": "physician1", "password": "123"}, follow=True
    )
    assert "password rejected" in weak.content.decode()


# --- specialties ------------------------------------------------------------------------------


def test_specialties_are_short_tags_in_lower_case_each_once(annotator, admin):
    api = client_for(admin)
    response = api.patch(
        f"/api/v1/users/{annotator.pk}/",
        {"specialties": [" Cardiology", "paediatrics", "cardiology", "心内科"]},
        format="json",
    )
    assert response.status_code == 200 and response.json()["specialties"] == ["cardiology", "paediatrics", "心内科"]
    (event,) = events("user.specialties")
    assert event.details["changes"] == {"specialties": [[], ["cardiology", "paediatrics", "心内科"]]}

    refused = api.patch(f"/api/v1/users/{annotator.pk}/", {"specialties": ["heart; lungs"]}, format="json")
    assert refused.status_code == 400 and "heart; lungs" in refused.json()["message"]
    refused = api.patch(f"/api/v1/users/{annotator.pk}/", {"specialties": ["x" * 40]}, format="json")
    assert refused.status_code == 400 and "32 characters" in refused.json()["message"]
    annotator.refresh_from_db()
    assert annotator.specialties == ["cardiology", "paediatrics", "心内科"]


def test_the_console_edits_specialties_from_one_text_box(annotator, admin):
    console = page_client(admin)
    console.post(
        "/console/users/", {"action": "specialties", "username": "physician1", "specialties": "ICU; cardiology"}
    )
    annotator.refresh_from_db()
    assert annotator.specialties == ["icu", "cardiology"]
    console.post("/console/users/", {"action": "specialties", "username": "physician1", "specialties": ""})
    annotator.refresh_from_db()
    assert annotator.specialties == []


# --- CSV bulk creation ------------------------------------------------------------------------


def upload(client, text: str, *, bom: bool = False):
    data = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    return client.post("/api/v1/users/import/", {"file": SimpleUploadedFile("team.csv", data)}, format="multipart")


TEAM = """username,name,role,specialties,email
dr.zhang,张建国,annotator,cardiology;paediatrics,zhang@example.org
dr.smith,Anna Smith,expert,cardiology,
lead,Li Wei,admin,,
"""


@pytest.mark.parametrize("bom", [False, True], ids=["plain UTF-8", "UTF-8 with BOM"])
def test_a_csv_creates_every_user_with_a_temporary_password_shown_once(admin, bom):
    response = upload(client_for(admin), TEAM, bom=bom)

    assert response.status_code == 201, response.content
    assert response["Cache-Control"] == "no-store"
    created = response.json()["created"]
    assert [(row["line"], row["username"], row["role"]) for row in created] == [
        (2, "dr.zhang", "annotator"),
        (3, "dr.smith", "expert"),
        (4, "lead", "admin"),
    ]
    zhang = User.objects.get(username="dr.zhang")
    assert zhang.get_full_name() == "张建国" and zhang.email == "zhang@example.org"
    assert zhang.specialties == ["cardiology", "paediatrics"] and zhang.must_change_password
    for row in created:
        user = User.objects.get(username=row["username"])
        assert user.check_password(row["temporary_password"])
        assert not accounts.password_problems(row["temporary_password"], user=user)
    assert User.objects.get(username="lead").is_staff
    assert [e.details["line"] for e in events("user.create")] == [2, 3, 4]
    # Shown once: the list of users never carries a password.
    listed = client_for(admin).get("/api/v1/users/").content.decode()
    assert all(row["temporary_password"] not in listed for row in created)


def test_a_password_given_in_the_csv_is_kept_and_checked_against_the_role(admin):
    text = "username,name,role,specialties,password\ndr.li,,annotator,,otter-lake\ndr.wu,,expert,,otter-lake\n"
    refused = upload(client_for(admin), text)
    assert refused.status_code == 400
    (error,) = refused.json()["errors"]
    assert error["line"] == 3 and error["field"] == "password" and "12 characters" in error["message"]

    text = "username,name,role,specialties,password\ndr.li,,annotator,,otter-lake\n"
    response = upload(client_for(admin), text)
    assert response.status_code == 201 and response.json()["created"][0]["temporary_password"] is None
    user = User.objects.get(username="dr.li")
    assert user.check_password("otter-lake") and not user.must_change_password


def test_a_csv_with_any_wrong_line_creates_nobody_and_names_each_line_and_column(admin, annotator):
    text = (
        "Username,Name,Role,Specialties\n"  # header names are read without regard to case
        "dr.a,A,annotator,cardiology\n"  # 2: fine
        "dr.b,B,surgeon,\n"  # 3: no such role
        "DR.A,A again,annotator,\n"  # 4: the same username as line 2
        "physician1,P,annotator,\n"  # 5: already a user
        "dr c,C,expert,\n"  # 6: a space in the username
        '"dr.d","multi\nline name",annotator,"heart, lungs; brain/spine"\n'  # 7-8: a bad tag
        "dr.e,E,annotator,\n"  # 9: fine
    )
    response = upload(client_for(admin), text)

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_file" and body["error_count"] == 5
    assert [(e["line"], e["field"]) for e in body["errors"]] == [
        (3, "role"),
        (4, "username"),
        (5, "username"),
        (6, "username"),
        (7, "specialties"),
    ]
    messages = [e["message"] for e in body["errors"]]
    assert messages[0].startswith("line 3, field 'role': must be one of annotator, expert, admin")
    assert "already on line 2" in messages[1] and "already exists" in messages[2]
    assert "brain/spine" in messages[4]
    assert body["message"].startswith("No user was created: 5 problem(s), first: line 3")
    assert not User.objects.filter(username__startswith="dr.").exists()
    assert not events("user.create")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "empty"),
        ("username,name,role\nx,y,annotator\n", "line 1: missing column(s): specialties"),
        ("username,name,role,specialties,phone\n", "line 1: unknown column(s): phone"),
        ("username,name,role,specialties\n", "holds no users"),
        ("username,name,role,specialties\nx,y,annotator,,extra\n", "line 2: more values than header columns"),
    ],
    ids=["empty", "missing column", "unknown column", "header only", "too many values"],
)
def test_a_csv_of_the_wrong_shape_says_what_is_wrong(admin, text, expected):
    response = upload(client_for(admin), text)
    assert response.status_code == 400 and expected in response.json()["message"]


def test_the_console_uploads_a_csv_and_shows_the_temporary_passwords_once(admin):
    console = page_client(admin)
    response = console.post("/console/users/", {"action": "import", "file": SimpleUploadedFile("t.csv", TEAM.encode())})
    page = response.content.decode()
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    shown = re.findall(r"<code>([^<]+)</code>", page)
    assert len(shown) == 3 and User.objects.get(username="dr.zhang").check_password(shown[0])
    assert not any(password in console.get("/console/users/").content.decode() for password in shown)

    again = console.post("/console/users/", {"action": "import", "file": SimpleUploadedFile("t.csv", TEAM.encode())})
    assert "line 2, field &#x27;username&#x27;: &#x27;dr.zhang&#x27; already exists" in again.content.decode()


def test_bulk_creation_reads_what_a_spreadsheet_writes(admin):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows([["username", "name", "role", "specialties"], ["dr.oneil", "O'Neil, Pat", "annotator", "ICU"]])
    response = upload(client_for(admin), out.getvalue().replace("\n", "\r\n"), bom=True)
    assert response.status_code == 201
    assert User.objects.get(username="dr.oneil").get_full_name() == "O'Neil, Pat"


# --- last activity ----------------------------------------------------------------------------


def activity_writes(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum(1 for query in queries if query["sql"].startswith("UPDATE") and "last_activity" in query["sql"])


def test_last_activity_is_written_at_most_once_every_few_minutes(annotator):
    api = token_client("physician1")
    assert activity_writes(api, "/api/v1/me/") == 1  # first request: one UPDATE, no extra read
    first = User.objects.get(pk=annotator.pk).last_activity
    assert first is not None
    assert [activity_writes(api, "/api/v1/me/") for _ in range(3)] == [0, 0, 0]
    User.objects.filter(pk=annotator.pk).update(
        last_activity=timezone.now() - ACTIVITY_PRECISION - timedelta(seconds=1)
    )
    assert activity_writes(api, "/api/v1/me/") == 1
    assert User.objects.get(pk=annotator.pk).last_activity > first


def test_a_page_notes_activity_too_and_a_fresh_sign_in_counts_as_activity(annotator):
    page = page_client(annotator)  # signing in sets last_login
    assert activity_writes(page, "/password/") == 0
    User.objects.filter(pk=annotator.pk).update(last_login=timezone.now() - timedelta(hours=1))
    assert activity_writes(page, "/password/") == 1


def test_anonymous_requests_write_nothing(db):
    with CaptureQueriesContext(connection) as queries:
        assert Client().get("/login/").status_code == 200
    assert not any(query["sql"].startswith("UPDATE") for query in queries)


# --- the users page ---------------------------------------------------------------------------


def test_the_users_page_shows_role_specialties_activity_lock_state_and_pages(admin, annotator, settings):
    settings.SIGNIN_LOCKOUT_ATTEMPTS = 1
    accounts.set_specialties(user=annotator, specialties=["cardiology"], by=admin)
    User.objects.filter(pk=annotator.pk).update(
        last_activity=timezone.now().replace(year=2026, month=3, day=4, hour=9, minute=30)
    )
    APIClient().post("/api/v1/auth/token/", {"username": "physician1", "password": "wrong"}, format="json")
    for index in range(55):
        make_user(f"zz-physician{index:02d}")
    console = page_client(admin)

    first = console.get("/console/users/").content.decode()
    row = re.search(r"<tr>\s*<td>physician1</td>.*?</tr>", first, re.S).group()
    assert "Annotator" in row and "cardiology" in row and "2026-03-04 09:30" in row and "locked until" in row
    assert "page 1 of 2 (57 users)" in first and "zz-physician54" not in first
    second = console.get("/console/users/?page=2").content.decode()
    assert "zz-physician54" in second
    filtered = console.get("/console/users/?q=ZZ-physician54&role=annotator").content.decode()
    assert "zz-physician54" in filtered and "zz-physician53" not in filtered and "<td>physician1</td>" not in filtered
    assert "<td>physician1</td>" not in console.get("/console/users/?role=expert").content.decode()
    empty = console.get("/console/users/?q=nobody").content.decode()
    assert "No user matches these filters." in empty


def test_the_api_lists_users_with_the_same_facts(admin, annotator, settings):
    settings.SIGNIN_LOCKOUT_ATTEMPTS = 1
    APIClient().post("/api/v1/auth/token/", {"username": "physician1", "password": "wrong"}, format="json")
    listed = client_for(admin).get("/api/v1/users/", {"role": "annotator"}).json()
    (row,) = listed["results"]
    assert row["username"] == "physician1" and row["locked_until"] is not None
    assert {"specialties", "must_change_password", "last_activity", "name", "is_active"} <= set(row)
    assert client_for(admin).get("/api/v1/users/", {"role": "surgeon"}).status_code == 400


def test_a_csv_of_more_users_than_one_upload_takes_is_refused_whole(admin):
    lines = [f"dr.{index},,annotator," for index in range(accounts.MAX_BULK_USERS + 1)]
    response = upload(client_for(admin), "username,name,role,specialties\n" + "\n".join(lines) + "\n")
    assert response.status_code == 400
    assert f"more than {accounts.MAX_BULK_USERS} users in one file" in response.json()["message"]
    assert not User.objects.filter(username__startswith="dr.").exists()
