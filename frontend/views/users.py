"""Console page for user accounts (admins): the list (filters, pages, lock state, last activity),
creating one user or many from a CSV, role, specialties, temporary passwords, (de)activation, unlocks.

Every action goes through the API's serializers and the accounts and sign-in services, so the page
and the API refuse the same things with the same sentences.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.password_validation import password_validators_help_texts
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from annotation.api.serializers import UserImportInput, UserInput, UserUpdateInput
from annotation.errors import ServiceError
from annotation.models import SignInScope, User
from annotation.services import accounts, signin
from frontend.views.forms import checkbox, fields_of, refusals_as_messages
from medpref.core.api import validated
from medpref.core.roles import Role, admin_page

PAGE_SIZE = 50


@admin_page
@require_http_methods(["GET", "POST"])
def users(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and request.POST.get("action") == "import":
        return import_users(request)
    if request.method == "POST":
        with refusals_as_messages(request):
            messages.success(request, user_action(request))
        return redirect(request.get_full_path())  # back to the same filters and page
    return render(request, "frontend/console/users.html", page_context(request))


def page_context(request: HttpRequest, **extra) -> dict:
    filters = {
        "q": request.GET.get("q", "").strip(),
        "role": request.GET.get("role", "") if request.GET.get("role", "") in Role.values else "",
        "status": request.GET.get("status", "") if request.GET.get("status", "") in ("active", "inactive") else "",
    }
    people = User.objects.order_by("username")
    if filters["q"]:
        people = people.filter(Q(username__icontains=filters["q"]) | Q(first_name__icontains=filters["q"]))
    if filters["role"]:
        people = people.filter(role=filters["role"])
    if filters["status"]:
        people = people.filter(is_active=filters["status"] == "active")
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    locks = signin.current_lockouts()
    locked_accounts = {lock.key: lock.locked_until for lock in locks if lock.scope == SignInScope.ACCOUNT}
    query = QueryDict(mutable=True)
    query.update({name: value for name, value in filters.items() if value})
    return {
        "page": page,
        "rows": [
            {
                "user": user,
                "locked_until": locked_accounts.get(signin.account_key(user.username)),
                "last_seen": accounts.last_seen(user),
                # The role menu with her role chosen (an option list, not a permission check).
                "role_options": [(value, label, value == user.role) for value, label in Role.choices],
            }
            for user in page.object_list
        ],
        "filters": filters,
        "filter_query": query.urlencode(),
        "roles": Role.choices,
        "role_filter": [(value, label, value == filters["role"]) for value, label in Role.choices],
        "locked_addresses": [lock for lock in locks if lock.scope == SignInScope.ADDRESS],
        "password_rules": password_validators_help_texts(),
        **extra,
    }


def specialties_data(post: QueryDict, names: tuple[str, ...]) -> QueryDict:
    """The posted fields, with the specialties text box ("cardiology; paediatrics") as a list of tags."""
    data = fields_of(post, names)
    if "specialties" in post:
        data.setlist("specialties", accounts.split_specialties(post["specialties"]))
    return data


def user_action(request: HttpRequest) -> str:
    """One action of the page, through the accounts and sign-in services; returns what was done."""
    action, post = request.POST.get("action", "create"), request.POST
    if action == "create":
        data = specialties_data(post, ("username", "password", "role", "email", "name", "specialties"))
        data["must_change_password"] = checkbox(post, "must_change_password")
        user = accounts.create_user(by=request.user, **validated(UserInput, data))
        return _("User %(name)s created.") % {"name": user.username}
    if action == "unlock_address":
        signin.unlock_address(address=post.get("address", ""), by=request.user)
        return _("Address %(address)s can sign in again.") % {"address": post.get("address", "")}
    user = get_object_or_404(User, username=post.get("username", ""))
    if action == "unlock":
        accounts.unlock(user=user, by=request.user)
        return _("%(name)s can sign in again.") % {"name": user.username}
    if action in ("activate", "deactivate"):
        accounts.update_user(user=user, by=request.user, is_active=action == "activate")
        return (
            _("%(name)s is active again.")
            if user.is_active
            else _("%(name)s is deactivated and signed out everywhere; the pairs she held are released.")
        ) % {"name": user.username}
    if action == "role":
        accounts.update_user(user=user, by=request.user, **validated(UserUpdateInput, fields_of(post, ("role",))))
        return _("%(name)s is now %(role)s.") % {"name": user.username, "role": user.get_role_display()}
    if action == "specialties":
        data = specialties_data(post, ("specialties",))
        if not data.getlist("specialties"):
            accounts.update_user(user=user, by=request.user, specialties=[])
        else:
            accounts.update_user(user=user, by=request.user, **validated(UserUpdateInput, data))
        return _("Specialties of %(name)s saved.") % {"name": user.username}
    if action == "password":
        accounts.update_user(user=user, by=request.user, **validated(UserUpdateInput, fields_of(post, ("password",))))
        return _("%(name)s has a temporary password and is signed out; she must choose her own at next sign-in.") % {
            "name": user.username
        }
    raise ServiceError(_("Unknown action."))


def import_users(request: HttpRequest) -> HttpResponse:
    """Users from a CSV, all or none; the result (with generated passwords, shown this once) is the answer."""
    report = None
    with refusals_as_messages(request):
        upload = validated(UserImportInput, {"file": request.FILES.get("file")})["file"]
        report = accounts.bulk_create_users(data=upload.read(), by=request.user)
        if report.ok:
            messages.success(request, _("%(count)s user(s) created.") % {"count": len(report.created)})
        else:
            messages.error(
                request,
                _("No user was created: %(count)s problem(s) in the file.") % {"count": report.error_count},
            )
    response = render(request, "frontend/console/users.html", page_context(request, import_report=report))
    response["Cache-Control"] = "no-store"  # generated passwords must not stay in a cache
    return response
