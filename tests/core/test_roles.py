"""Roles are checked one way: the predicates of medpref.core.roles, wrapped for the API and the pages."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from medpref.core import roles
from medpref.core.roles import IsAdminRole, IsExpertRole, Role, admin_page, expert_page
from tests.factories import make_user

ROOT = Path(__file__).resolve().parents[2]

# who: (is_admin, is_expert, landing page)
EXPECTED = {
    None: (False, False, "annotate"),
    Role.ANNOTATOR: (False, False, "annotate"),
    Role.EXPERT: (False, True, "arbitration"),
    Role.ADMIN: (True, True, "console"),
}


def person(role):
    return AnonymousUser() if role is None else make_user(f"someone-{role}", role)


@pytest.mark.parametrize("role", list(EXPECTED))
def test_what_each_role_may_do(db, role):
    user = person(role)
    assert (roles.is_admin(user), roles.is_expert(user), roles.landing_page(user)) == EXPECTED[role]


@pytest.mark.parametrize("role", list(EXPECTED))
def test_the_api_permissions_and_the_page_decorators_ask_the_same_predicates(db, role):
    user = person(role)
    request = RequestFactory().get("/anywhere/")
    request.user = user
    assert IsAdminRole().has_permission(request, None) == roles.is_admin(user)
    assert IsExpertRole().has_permission(request, None) == roles.is_expert(user)

    def page(request):
        return HttpResponse("ok")

    for decorator, allowed in ((admin_page, roles.is_admin(user)), (expert_page, roles.is_expert(user))):
        if role is None:
            assert decorator(page)(request).status_code == 302  # to the sign-in page
        elif allowed:
            assert decorator(page)(request).status_code == 200
        else:
            with pytest.raises(roles.PermissionDenied):
                decorator(page)(request)


#: Files that may read `role` directly, and why: they write roles, they do not check them.
WRITES_ROLES = {
    "medpref/core/roles.py": "the predicates themselves",
    "medpref/demo/management/commands/create_demo.py": "gives the demo users their roles",
}


def test_no_app_checks_roles_by_hand():
    """`user.role == ...` (in code or a template), reading `is_staff` or groups elsewhere would be a second spelling of a rule."""
    by_hand = re.compile(
        # `.groups` of a user, not of the regex parser's state (annotation.deid.prefilter)
        r"\.role\s*(==|!=|\bin\b|\bnot in\b)|\bis_staff\b(?!\s*=[^=])|\bis_superuser\b(?!\s*=[^=])|(?<!state)\.groups\b|has_role"
    )
    offenders = []
    for app in ("annotation", "training", "inference", "frontend", "medpref"):
        for path in [*(ROOT / app).rglob("*.py"), *(ROOT / app).rglob("*.html")]:
            where = str(path.relative_to(ROOT))
            if "migrations" in path.parts or where in WRITES_ROLES:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if by_hand.search(line):
                    offenders.append(f"{where}:{number}: {line.strip()}")
    assert offenders == []
