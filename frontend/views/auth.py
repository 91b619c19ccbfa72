"""Landing: each role starts where her work is. Sign-in and sign-out are Django's views (frontend.urls)."""

from __future__ import annotations

from django.shortcuts import redirect

from medpref.core.roles import landing_page


def home(request):
    if not request.user.is_authenticated:
        return redirect("login")
    return redirect(landing_page(request.user))
