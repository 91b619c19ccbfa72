"""Sign-in and accounts: brute-force lockout and unlock, the password policy on every path, tokens."""

import io
import json
import threading
from datetime import datetime, timedelta
from unittest.mock import patch

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client, RequestFactory
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from annotation.errors import ServiceError
from annotation.models import AuditEvent, Lease, Role, SignInLockout, User
from annotation.services import accounts, signin
from tests.factories import PASSWORD, client_for, hand, make_pairs, make_user, token_client


@pytest.fixture(autouse=True)
def small_limits(settings):
    settings.SIGNIN_LOCKOUT_ATTEMPTS = 3
    settings.SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS = 6
    settings.SIGNIN_LOCKOUT_MINUTES = 15


def token_post(username: str, password: str, address: str = "127.0.0.1"):
    return APIClient(REMOTE_ADDR=address).post(
        "/api/v1/auth/token/", {"username": username, "password": password}, format="json"
    )


def page_sign_in(username: str, password: str, url: str = "/login/"):
    return Client().post(url, {"username": username, "password": password})


# --- brute force ------------------------------------------------------------------------------


def test_the_api_locks_an_account_after_n_failures_and_then_refuses_even_the_right_password(annotator, admin):
    assert [token_post("physician1", "wrong").status_code for _ in range(2)] == [400, 400]
    locking = token_post("physician1", "wrong")
    assert locking.status_code == 429
    refused = token_post("physician1", PASSWORD)
    assert refused.status_code == 429 and refused.json()["code"] == "throttled"
    message = refused.json()["message"]
    assert "Too many failed sign-ins for this account" in message and "ask an admin" in message and "UTC" in message
    assert 14 * 60 <= int(refused["Retry-After"]) <= 15 * 60
    # Other people are not affected by her lock.
    assert token_post("admin", PASSWORD).status_code == 200

    assert client_for(admin).post(f"/api/v1/users/{annotator.pk}/unlock/").status_code == 204
    assert token_post("physician1", PASSWORD).status_code == 200


def test_the_lock_lifts_after_the_cool_off_and_the_count_starts_again(annotator):
    for _ in range(3):
        token_post("physician1", "wrong")
    assert token_post("physician1", PASSWORD).status_code == 429
    # Sixteen minutes later (the row is moved back in time, as the clock would).
    past = timezone.now() - timedelta(minutes=16)
    SignInLockout.objects.update(last_failure_at=past, locked_until=past)
    assert token_post("physician1", "wrong").status_code == 400
    assert SignInLockout.objects.get(scope="account").failures == 1
    assert token_post("physician1", PASSWORD).status_code == 200


def test_a_right_password_clears_the_accounts_count(annotator):
    for _ in range(2):
        token_post("physician1", "wrong")
    assert token_post("physician1", PASSWORD).status_code == 200
    for _ in range(2):
        assert token_post("physician1", "wrong").status_code == 400
    assert token_post("physician1", PASSWORD).status_code == 200


def test_unknown_usernames_are_locked_the_same_way_so_nothing_tells_which_exist(db):
    codes = [token_post("nobody", "wrong").status_code for _ in range(4)]
    assert codes == [400, 400, 429, 429]


def test_the_login_page_locks_too_and_says_when_to_retry(annotator, admin):
    for _ in range(2):
        response = page_sign_in("physician1", "wrong")
        assert (
            response.status_code == 200 and "Please enter a correct username and password" in response.content.decode()
        )
    page_sign_in("physician1", "wrong")
    response = page_sign_in("physician1", PASSWORD)
    assert response.status_code == 200
    assert "Too many failed sign-ins for this account" in response.content.decode()

    console = Client()
    console.force_login(admin)
    page = console.get("/console/users/").content.decode()
    assert "locked until" in page
    console.post("/console/users/", {"action": "unlock", "username": "physician1"})
    response = page_sign_in("physician1", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/"


def test_the_django_admin_sign_in_shares_the_lockout(admin):
    for _ in range(3):
        token_post("admin", "wrong")
    response = page_sign_in("admin", PASSWORD, url="/admin/login/?next=/admin/")
    assert response.status_code == 200 and "Too many failed sign-ins for this account" in response.content.decode()
    signin.unlock(username="admin")
    response = page_sign_in("admin", PASSWORD, url="/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def lock_address(address: str = "203.0.113.7") -> None:
    """Made-up usernames from one address until it is locked (6 here, 50 by default)."""
    for index in range(6):
        assert token_post(f"guess{index}", "wrong", address=address).status_code in (400, 429)
    assert signin.current_lockouts()[0].key == address


def test_an_address_lock_does_not_refuse_the_right_password_of_an_account_that_did_not_fail(annotator, admin):
    lock_address()
    # Behind one proxy the whole hospital shares this address: made-up usernames must not lock it out.
    assert token_post("admin", PASSWORD, address="203.0.113.7").status_code == 200
    assert token_post("physician1", PASSWORD, address="203.0.113.7").status_code == 200
    page = Client(REMOTE_ADDR="203.0.113.7").post("/login/", {"username": "physician1", "password": PASSWORD})
    assert page.status_code == 302  # /login/ follows the same rule


def test_an_address_lock_refuses_an_account_that_failed_from_it_even_with_the_right_password(annotator):
    assert token_post("physician1", "wrong", address="203.0.113.7").status_code == 400
    lock_address()
    refused = token_post("physician1", PASSWORD, address="203.0.113.7")
    assert refused.status_code == 429 and "from your network address" in refused.json()["message"]
    # The same account from elsewhere is fine: only the address is locked.
    assert token_post("physician1", PASSWORD, address="198.51.100.2").status_code == 200


def test_a_sprayer_behind_a_locked_address_gets_one_guess_per_account_and_every_refusal_looks_alike(annotator, admin):
    lock_address()
    wrong, unknown = token_post("physician1", "wrong", "203.0.113.7"), token_post("nobody", "wrong", "203.0.113.7")
    assert wrong.status_code == unknown.status_code == 429  # nothing tells which usernames exist
    assert wrong.json()["message"] == unknown.json()["message"]
    assert "from your network address" in wrong.json()["message"]
    # Her one guess is spent: from this address even her right password waits for the lock to end.
    assert token_post("physician1", PASSWORD, address="203.0.113.7").status_code == 429
    assert token_post("admin", PASSWORD, address="203.0.113.7").status_code == 200


def test_an_address_lock_still_grows_with_the_sprayers_failures(annotator):
    lock_address()
    before = SignInLockout.objects.get(scope="address").failures
    token_post("physician1", "wrong", address="203.0.113.7")
    assert SignInLockout.objects.get(scope="address").failures == before + 1


def test_the_console_unlocks_an_address_on_the_audit_trail(annotator, admin):
    assert token_post("physician1", "wrong", address="203.0.113.7").status_code == 400
    lock_address()
    console = Client()
    console.force_login(admin)
    assert "203.0.113.7" in console.get("/console/users/").content.decode()
    console.post("/console/users/", {"action": "unlock_address", "address": "203.0.113.7"})
    event = AuditEvent.objects.get(action="signin.unlock_address")
    assert (event.actor, event.details["address"]) == (admin, "203.0.113.7")
    assert token_post("physician1", PASSWORD, address="203.0.113.7").status_code == 200


def test_unlock_signin_lifts_an_address_or_an_account_from_the_shell_on_the_audit_trail(annotator):
    lock_address()
    for _ in range(3):
        token_post("physician1", "wrong", address="198.51.100.2")
    out = io.StringIO()
    call_command("unlock_signin", "--address", "203.0.113.7", stdout=out)
    call_command("unlock_signin", "--user", "Physician1", stdout=out)
    assert out.getvalue().splitlines() == ["address 203.0.113.7: unlocked", "user Physician1: unlocked"]
    assert not signin.current_lockouts()
    assert token_post("physician1", PASSWORD, address="198.51.100.2").status_code == 200
    actions = set(AuditEvent.objects.filter(actor=None).values_list("action", flat=True))
    assert {"signin.unlock_address", "user.unlock"} <= actions


def test_unlock_signin_also_lifts_a_username_that_has_no_account_and_refuses_a_non_address(db):
    for _ in range(3):
        token_post("nobody", "wrong")
    call_command("unlock_signin", "--user", "nobody", stdout=io.StringIO())
    assert not signin.current_lockouts()
    assert AuditEvent.objects.get(action="signin.unlock_username").details["username"] == "nobody"
    with pytest.raises(CommandError, match="not an IP address"):
        call_command("unlock_signin", "--address", "the ward", stdout=io.StringIO())


def test_the_client_address_comes_from_trusted_proxies_only(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.44")
    assert signin.client_address(request) == "10.0.0.1"
    settings.SIGNIN_TRUSTED_PROXIES = 1
    assert signin.client_address(request) == "192.0.2.44"
    settings.SIGNIN_TRUSTED_PROXIES = 2
    assert signin.client_address(request) == "6.6.6.6"
    settings.SIGNIN_TRUSTED_PROXIES = 3
    assert signin.client_address(request) == "10.0.0.1"
    assert signin.client_address(RequestFactory().get("/", REMOTE_ADDR="not an address")) is None


def test_the_django_admin_unlocks_with_an_action_and_lists_the_locks(admin, annotator):
    for _ in range(3):
        token_post("physician1", "wrong")
    client = Client()
    client.force_login(admin)
    assert "physician1" in client.get("/admin/annotation/signinlockout/").content.decode()
    client.post("/admin/annotation/user/", {"action": "unlock_sign_in", "_selected_action": [annotator.pk]})
    assert not SignInLockout.objects.filter(scope="account").exists()
    assert token_post("physician1", PASSWORD).status_code == 200


def test_only_admins_unlock(annotator, expert):
    assert client_for(expert).post(f"/api/v1/users/{annotator.pk}/unlock/").status_code == 403
    assert client_for(None).post(f"/api/v1/users/{annotator.pk}/unlock/").status_code == 401


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_failures_are_all_counted(settings):
    settings.SIGNIN_LOCKOUT_ATTEMPTS = 1000
    settings.SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS = 1000
    make_user("physician1")
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def attempt() -> None:
        try:
            barrier.wait()
            for _ in range(3):
                assert token_post("physician1", "wrong").status_code == 400
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert dict(SignInLockout.objects.values_list("scope", "failures")) == {"account": 24, "address": 24}


# --- password policy --------------------------------------------------------------------------


def through_api(admin, username, role, password) -> bool:
    response = client_for(admin).post(
        "/api/v1/users/", {"username": username, "password": password, "role": role}, format="json"
    )
    assert response.status_code in (201, 400), response.content
    return response.status_code == 201


def through_console(admin, username, role, password) -> bool:
    client = Client()
    client.force_login(admin)
    client.post("/console/users/", {"action": "create", "username": username, "password": password, "role": role})
    return User.objects.filter(username=username).exists()


def through_django_admin(admin, username, role, password) -> bool:
    client = Client()
    client.force_login(admin)
    form = {"username": username, "usable_password": "true", "password1": password, "password2": password, "role": role}
    client.post("/admin/annotation/user/add/", form)
    return User.objects.filter(username=username).exists()


def through_django_admin_password_change(admin, username, role, password) -> bool:
    user = make_user(username, role)
    client = Client()
    client.force_login(admin)
    client.post(
        f"/admin/annotation/user/{user.pk}/password/",
        {"usable_password": "true", "password1": password, "password2": password},
    )
    user.refresh_from_db()
    return user.check_password(password)


def through_api_password_change(admin, username, role, password) -> bool:
    user = make_user(username, role)
    response = client_for(admin).patch(f"/api/v1/users/{user.pk}/", {"password": password}, format="json")
    assert response.status_code in (200, 400), response.content
    return response.status_code == 200


def through_changepassword(admin, username, role, password) -> bool:
    """`manage.py changepassword`, answering its prompts (it reads them with getpass)."""
    from django.contrib.auth.management.commands.changepassword import Command

    user = make_user(username, role)
    try:
        with patch.object(Command, "_get_pass", lambda self, prompt="": password):
            call_command("changepassword", username, stdout=io.StringIO(), stderr=io.StringIO())
    except CommandError:
        return False
    user.refresh_from_db()
    return user.check_password(password)


def through_service(admin, username, role, password) -> bool:
    """What a CSV bulk create calls."""
    user = make_user(username, role)
    try:
        accounts.set_password(user=user, password=password)
    except ServiceError as exc:
        assert exc.details["password"]
        return False
    return True


PATHS = [
    through_api,
    through_console,
    through_django_admin,
    through_django_admin_password_change,
    through_api_password_change,
    through_changepassword,
    through_service,
]
USERNAME = "physician.zhou"
# (role, password, accepted)
CASES = [
    (Role.ANNOTATOR, USERNAME, False),  # the username
    (Role.ANNOTATOR, "Physician.Zhou1", False),  # nearly the username
    (Role.ANNOTATOR, "4829301756", False),  # all digits
    (Role.ANNOTATOR, "password123", False),  # common
    (Role.ANNOTATOR, "medpref-demo", False),  # the public demo password
    (Role.ADMIN, "MEDPREF-DEMO", False),
    (Role.ANNOTATOR, "otter-lake", True),  # 10 characters: enough for an annotator
    (Role.EXPERT, "otter-lake", False),  # ... not for an expert
    (Role.ADMIN, "otter-lake", False),  # ... nor an admin
    (Role.EXPERT, "otter-lake-72", True),
    (Role.ADMIN, "otter-lake-72", True),
]


@pytest.mark.parametrize("role, password, accepted", CASES, ids=[f"{role}-{password}" for role, password, _ in CASES])
@pytest.mark.parametrize("path", PATHS, ids=[path.__name__ for path in PATHS])
def test_every_path_that_sets_a_password_applies_the_policy(admin, settings, path, role, password, accepted):
    settings.DEMO_PASSWORD = "medpref-demo"
    assert path(admin, USERNAME, role, password) is accepted


def test_a_rejected_password_says_every_reason(admin):
    response = client_for(admin).post(
        "/api/v1/users/", {"username": "dr.li", "password": "123", "role": "expert"}, format="json"
    )
    assert response.status_code == 400
    reasons = response.json()["details"]["password"]
    assert any("12 characters" in reason for reason in reasons) and any("numeric" in reason for reason in reasons)


def test_create_demo_still_gives_its_demo_users_the_demo_password(db, settings):
    settings.DEMO_PASSWORD = "medpref-demo"
    call_command("create_demo")
    assert User.objects.get(username="expert1").check_password("medpref-demo")
    with pytest.raises(ServiceError, match="demo password"):
        accounts.create_user(username="dr.new", password="medpref-demo")


def test_createsuperuser_makes_an_admin(db, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-root-password-42")
    call_command("createsuperuser", interactive=False, username="root", email="root@example.org", verbosity=0)
    assert User.objects.get(username="root").role == Role.ADMIN


# --- tokens and sessions ----------------------------------------------------------------------


def test_delete_token_signs_out_everywhere(annotator):
    api = token_client("physician1")
    browser = Client()
    browser.force_login(annotator)
    assert browser.get("/api/v1/me/").status_code == 200
    assert api.delete("/api/v1/auth/token/").status_code == 204
    assert api.get("/api/v1/me/").status_code == 401
    assert browser.get("/api/v1/me/").status_code == 401
    assert browser.get("/annotate/")["Location"].startswith("/login/")
    # She signs in again as usual, with a new token.
    assert token_client("physician1").get("/api/v1/me/").status_code == 200


def test_delete_token_needs_a_signed_in_user(db):
    assert APIClient().delete("/api/v1/auth/token/").status_code == 401


def test_a_password_change_rotates_the_token(annotator):
    old = Token.objects.get_or_create(user=annotator)[0].key
    api = token_client("physician1")
    accounts.set_password(user=annotator, password="a-brand-new-pass-3")
    refused = api.get("/api/v1/me/")
    assert refused.status_code == 401
    fresh = token_post("physician1", "a-brand-new-pass-3").json()["token"]
    assert fresh != old


def test_tokens_expire_and_post_issues_a_new_one(annotator, settings):
    settings.TOKEN_TTL_HOURS = 1
    first = token_post("physician1", PASSWORD).json()
    assert (
        timezone.now() + timedelta(minutes=59)
        < datetime.fromisoformat(first["expires_at"])
        <= timezone.now() + timedelta(hours=1)
    )
    Token.objects.filter(key=first["token"]).update(created=timezone.now() - timedelta(hours=2))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {first['token']}")
    expired = client.get("/api/v1/me/")
    assert expired.status_code == 401 and expired.json()["code"] == "token_expired"
    assert "expired" in expired.json()["message"] and "POST /api/v1/auth/token/" in expired.json()["message"]
    # Signing in again works even while the client still sends the expired token.
    renewed = client.post("/api/v1/auth/token/", {"username": "physician1", "password": PASSWORD}, format="json")
    assert renewed.status_code == 200 and renewed.json()["token"] != first["token"]
    client.credentials(HTTP_AUTHORIZATION=f"Token {renewed.json()['token']}")
    assert client.get("/api/v1/me/").status_code == 200


def test_a_live_token_is_handed_out_again(annotator):
    assert token_post("physician1", PASSWORD).json()["token"] == token_post("physician1", PASSWORD).json()["token"]


def test_deactivation_takes_effect_on_the_next_request(annotator, admin):
    api = token_client("physician1")
    browser = Client()
    browser.force_login(annotator)
    response = client_for(admin).patch(f"/api/v1/users/{annotator.pk}/", {"is_active": False}, format="json")
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert api.get("/api/v1/me/").status_code == 401
    assert browser.get("/annotate/")["Location"].startswith("/login/")
    assert token_post("physician1", PASSWORD).status_code == 400


def test_deactivating_in_the_django_admin_ends_token_and_session_at_once(annotator):
    api = token_client("physician1")
    browser = Client()
    browser.force_login(annotator)
    annotator.is_active = False
    annotator.save()
    refused = api.get("/api/v1/me/")
    assert refused.status_code == 401 and refused.json()["code"] == "account_inactive"
    assert browser.get("/api/v1/me/").status_code == 401
    assert browser.get("/annotate/")["Location"].startswith("/login/")


def test_the_console_deactivates_and_reactivates(annotator, admin):
    console = Client()
    console.force_login(admin)
    console.post("/console/users/", {"action": "deactivate", "username": "physician1"})
    annotator.refresh_from_db()
    assert not annotator.is_active
    console.post("/console/users/", {"action": "activate", "username": "physician1"})
    annotator.refresh_from_db()
    assert annotator.is_active and token_post("physician1", PASSWORD).status_code == 200


def test_admins_cannot_deactivate_themselves(admin):
    response = client_for(admin).patch(f"/api/v1/users/{admin.pk}/", {"is_active": False}, format="json")
    assert response.status_code == 400 and "own account" in response.json()["message"]


def test_the_schema_documents_sign_out_and_the_lockout(db):
    paths = APIClient().get("/api/schema/", {"format": "json"}).json()["paths"]
    token = paths["/api/v1/auth/token/"]
    assert "429" in token["post"]["responses"] and "204" in token["delete"]["responses"]
    assert "401" in token["delete"]["responses"]
    assert "204" in paths["/api/v1/users/{id}/unlock/"]["post"]["responses"]


def test_the_schema_documents_the_password_change_and_the_user_import(db):
    paths = APIClient().get("/api/schema/", {"format": "json"}).json()["paths"]
    assert "200" in paths["/api/v1/me/password/"]["post"]["responses"]
    assert "403" in paths["/api/v1/me/"]["get"]["responses"]
    assert {"201", "400"} <= set(paths["/api/v1/users/import/"]["post"]["responses"])


def test_the_django_admin_does_not_list_or_mint_api_tokens(admin, annotator):
    assert token_post("physician1", PASSWORD).status_code == 200  # she has a live token
    console = Client()
    console.force_login(admin)
    for url in ("/admin/authtoken/tokenproxy/", "/admin/authtoken/tokenproxy/add/", "/admin/authtoken/"):
        assert console.get(url).status_code == 404, url
    assert Token.objects.get(user=annotator).key not in console.get("/admin/").content.decode()


# --- the Django admin goes through the same accounts service ----------------------------------


def django_admin_change(admin, user: User, **changes) -> None:
    """Post the Django admin's change form for `user` with `changes` over her current values."""
    form = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "role": user.role,
        "specialties": json.dumps(user.specialties),
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        **({"is_active": "on"} if user.is_active else {}),
        **changes,
    }
    form = {name: value for name, value in form.items() if value is not None}
    client = Client()
    client.force_login(admin)
    response = client.post(f"/admin/annotation/user/{user.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_role_changed_in_the_django_admin_is_audited(admin, annotator):
    django_admin_change(admin, annotator, role="expert", specialties='["Cardiology"]')
    annotator.refresh_from_db()
    assert annotator.role == Role.EXPERT and annotator.specialties == ["cardiology"]
    assert sorted(AuditEvent.objects.values_list("action", flat=True)) == ["user.role", "user.specialties"]


def test_the_django_admin_cannot_remove_the_last_active_admin(admin):
    django_admin_change(admin, admin, role="annotator")
    admin.refresh_from_db()
    assert admin.role == Role.ADMIN and not AuditEvent.objects.filter(action="user.role").exists()


def test_deactivating_in_the_django_admin_form_releases_her_leases(admin, annotator, campaign):
    (pair,) = make_pairs(campaign, 1)
    hand(annotator, pair)
    django_admin_change(admin, annotator, is_active=None)  # the box unticked
    annotator.refresh_from_db()
    assert not annotator.is_active and not Lease.objects.filter(annotator=annotator).exists()
    assert AuditEvent.objects.get().action == "user.deactivate"
