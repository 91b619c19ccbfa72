from django.urls import path

from medpref.core.webhooks import api

urlpatterns = [
    path("webhooks/events/", api.EventTypesView.as_view(), name="webhook-events"),
    path("webhooks/subscriptions/", api.SubscriptionsView.as_view(), name="webhook-subscriptions"),
    path("webhooks/subscriptions/<int:pk>/", api.SubscriptionView.as_view(), name="webhook-subscription"),
    path("webhooks/subscriptions/<int:pk>/rotate-secret/", api.RotateSecretView.as_view(), name="webhook-rotate"),
    path("webhooks/subscriptions/<int:pk>/test/", api.TestEventView.as_view(), name="webhook-test"),
    path("webhooks/deliveries/", api.DeliveriesView.as_view(), name="webhook-deliveries"),
]
