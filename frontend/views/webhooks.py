"""The webhooks page (admins): subscriptions (create with the secret shown once, edit, pause,
rotate the secret, delete), a "send test event" button, and the delivery log with response codes.

Every action goes through the webhooks API's serializers and services (medpref.core.webhooks), so
the page and the API refuse the same things with the same sentences.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from rest_framework.exceptions import ValidationError

from frontend.views.forms import checkbox, fields_of, refusals_as_messages
from medpref.core.api import validated
from medpref.core.roles import admin_page
from medpref.core.webhooks import services
from medpref.core.webhooks.api import DeliveryQuery, SubscriptionInput
from medpref.core.webhooks.models import Delivery, DeliveryStatus, Subscription

PAGE_SIZE = 50
SUBSCRIPTION_FIELDS = ("url", "events", "description")


@admin_page
@require_http_methods(["GET", "POST"])
def webhooks(request: HttpRequest) -> HttpResponse:
    shown_secret = None
    if request.method == "POST":
        with refusals_as_messages(request):
            shown_secret = act(request)
        if shown_secret is None:
            return redirect(request.get_full_path())  # back to the same filters and page
    return render(request, "frontend/console/webhooks.html", page_context(request, shown_secret))


def act(request: HttpRequest) -> dict | None:
    """Do the posted action; a new secret comes back to be shown this once (never redirected to)."""
    action = request.POST.get("action", "")
    if action == "create":
        data = validated(SubscriptionInput, fields_of(request.POST, SUBSCRIPTION_FIELDS))
        subscription, secret = services.create_subscription(**data, created_by=request.user)
        messages.success(request, _("Subscription created. Copy its signing secret now: it is not shown again."))
        return {"subscription": subscription, "secret": secret}
    subscription = get_object_or_404(Subscription, pk=request.POST.get("subscription") or 0)
    if action == "rotate":
        secret = services.rotate_secret(subscription)
        messages.success(request, _("New signing secret made; the old one no longer verifies. Copy it now."))
        return {"subscription": subscription, "secret": secret}
    if action == "update":
        data = validated(
            SubscriptionInput,
            fields_of(request.POST, SUBSCRIPTION_FIELDS, active=checkbox(request.POST, "active")),
            partial=True,
        )
        services.update_subscription(subscription, **data)
        messages.success(request, _("Subscription saved."))
    elif action == "pause":
        services.update_subscription(subscription, active=not subscription.active)
        messages.success(request, _("Subscription resumed.") if subscription.active else _("Subscription paused."))
    elif action == "delete":
        subscription.delete()
        messages.success(request, _("Subscription deleted, with its delivery log."))
    elif action == "test":
        delivery = services.send_test(subscription, sent_by=request.user)
        if delivery.status == DeliveryStatus.SUCCEEDED:
            messages.success(
                request,
                _("Test event delivered: the receiver answered %(code)s.") % {"code": delivery.last_status_code},
            )
        else:
            messages.error(
                request,
                _("Test event not delivered (%(answer)s).")
                % {"answer": delivery.last_status_code or delivery.last_error}
                + (" " + _("It will be retried.") if delivery.status == DeliveryStatus.PENDING else ""),
            )
    else:
        raise ValidationError({"action": [_("unknown action")]})
    return None


def page_context(request: HttpRequest, shown_secret: dict | None) -> dict:
    filters, deliveries = {}, Delivery.objects.none()
    with refusals_as_messages(request):
        filters = validated(
            DeliveryQuery, {key: value for key, value in request.GET.items() if key in DeliveryQuery().fields and value}
        )
        deliveries = Delivery.objects.select_related("subscription").filter(**filters)
    page = Paginator(deliveries, PAGE_SIZE).get_page(request.GET.get("page"))
    query = QueryDict(mutable=True)
    query.update({key: str(value.pk if isinstance(value, Subscription) else value) for key, value in filters.items()})
    subscriptions = list(Subscription.objects.select_related("created_by"))
    return {
        "subscriptions": [
            {"subscription": s, "events": [(name, name in s.events) for name in services.EVENT_TYPES]}
            for s in subscriptions
        ],
        "event_types": list(services.EVENT_TYPES.items()),
        "all_event_types": [*services.EVENT_TYPES, services.TEST_EVENT],
        "statuses": DeliveryStatus.choices,
        "page": page,
        "filters": {key: str(value) for key, value in filters.items()},
        "filter_query": query.urlencode(),
        "shown_secret": shown_secret,
        "schedule": [int(seconds) for seconds in services.schedule()],
    }
