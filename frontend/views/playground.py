"""The model playground: admins (and experts where PLAYGROUND_EXPERTS allows) talk to a model version."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.csrf import ensure_csrf_cookie

from inference.playground import may_use, offered_versions
from medpref.core.roles import page_requires


@page_requires(may_use)
@ensure_csrf_cookie
def playground(request):
    return render(request, "frontend/playground.html", {"versions": offered_versions()})
