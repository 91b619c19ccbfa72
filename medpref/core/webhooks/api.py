"""REST endpoints of webhooks (admins): subscriptions, their secrets (shown once), test events, the delivery log."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from medpref.core.api import IdField, validated
from medpref.core.roles import IsAdminRole
from medpref.core.webhooks import services
from medpref.core.webhooks.models import Delivery, DeliveryStatus, Subscription


class SubscriptionInput(serializers.Serializer):
    url = serializers.CharField(max_length=2000, help_text="http:// or https:// URL the events are POSTed to.")
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=list(services.EVENT_TYPES)),
        min_length=1,
        max_length=len(services.EVENT_TYPES),
        help_text="Event types to send: " + ", ".join(services.EVENT_TYPES) + ".",
    )
    description = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    active = serializers.BooleanField(required=False, default=True)

    def validate_url(self, value: str) -> str:
        try:
            return services.check_url(value)
        except services.InvalidSubscription as exc:
            raise serializers.ValidationError(exc.message) from None


class SubscriptionOutput(serializers.ModelSerializer):
    secret_hint = serializers.CharField(
        read_only=True, help_text="The end of the secret; the secret itself is shown once."
    )
    created_by = serializers.CharField(source="created_by.username", default=None, allow_null=True)

    class Meta:
        model = Subscription
        fields = [
            "id",
            "url",
            "events",
            "description",
            "active",
            "secret_hint",
            "created_by",
            "created_at",
            "updated_at",
        ]


class SubscriptionCreated(SubscriptionOutput):
    secret = serializers.CharField(
        help_text="whsec_...: verify the webhook-signature header with it. Shown this once; keep it in your receiver's settings."
    )

    class Meta(SubscriptionOutput.Meta):
        fields = [*SubscriptionOutput.Meta.fields, "secret"]


class SecretOutput(serializers.Serializer):
    secret = serializers.CharField(help_text="The new whsec_... secret, shown this once.")


class DeliveryOutput(serializers.ModelSerializer):
    url = serializers.CharField(source="subscription.url")

    class Meta:
        model = Delivery
        fields = [
            "id", "subscription", "url", "event_id", "event_type", "status", "attempts", "last_status_code",
            "last_error", "next_attempt_at", "created_at", "last_attempt_at", "finished_at", "payload",
        ]  # fmt: skip


class EventTypeOutput(serializers.Serializer):
    type = serializers.CharField()
    description = serializers.CharField()


def created(subscription: Subscription, secret: str) -> dict:
    return {**SubscriptionOutput(subscription).data, "secret": secret}


class EventTypesView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(responses=EventTypeOutput(many=True), summary="The event types a subscription may choose")
    def get(self, request):
        return Response([{"type": name, "description": str(text)} for name, text in services.EVENT_TYPES.items()])


class SubscriptionsView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = SubscriptionOutput

    @extend_schema(responses=SubscriptionOutput(many=True), summary="Webhook subscriptions, newest first")
    def get(self, request):
        page = self.paginate_queryset(Subscription.objects.select_related("created_by"))
        return self.get_paginated_response(SubscriptionOutput(page, many=True).data)

    @extend_schema(
        request=SubscriptionInput,
        responses={201: SubscriptionCreated},
        summary="Subscribe a URL to events; the answer holds the signing secret, shown this once",
    )
    def post(self, request):
        data = validated(SubscriptionInput, request.data)
        subscription, secret = services.create_subscription(**data, created_by=request.user)
        return Response(created(subscription, secret), status=status.HTTP_201_CREATED)


class SubscriptionView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = SubscriptionOutput

    @extend_schema(responses=SubscriptionOutput, summary="A subscription (its secret is never shown again)")
    def get(self, request, pk: int):
        return Response(SubscriptionOutput(get_object_or_404(Subscription, pk=pk)).data)

    @extend_schema(
        request=SubscriptionInput, responses=SubscriptionOutput, summary="Change url, events, description or active"
    )
    def patch(self, request, pk: int):
        subscription = get_object_or_404(Subscription, pk=pk)
        data = validated(SubscriptionInput, request.data, partial=True)
        return Response(SubscriptionOutput(services.update_subscription(subscription, **data)).data)

    @extend_schema(
        responses={204: OpenApiResponse(description="Deleted, with its delivery log")}, summary="Delete a subscription"
    )
    def delete(self, request, pk: int):
        get_object_or_404(Subscription, pk=pk).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)


class RotateSecretView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(request=None, responses=SecretOutput, summary="A new signing secret, shown this once")
    def post(self, request, pk: int):
        return Response({"secret": services.rotate_secret(get_object_or_404(Subscription, pk=pk))})


class TestEventView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        request=None,
        responses=DeliveryOutput,
        summary="Send a webhook.test event now and answer with its delivery (status code, error)",
    )
    def post(self, request, pk: int):
        delivery = services.send_test(get_object_or_404(Subscription, pk=pk), sent_by=request.user)
        return Response(DeliveryOutput(delivery).data)


class DeliveryQuery(serializers.Serializer):
    subscription = IdField(required=False)
    status = serializers.ChoiceField(choices=DeliveryStatus.choices, required=False)
    event_type = serializers.ChoiceField(choices=[*services.EVENT_TYPES, services.TEST_EVENT], required=False)


class DeliveriesView(GenericAPIView):
    permission_classes = [IsAdminRole]
    serializer_class = DeliveryOutput

    @extend_schema(
        parameters=[
            OpenApiParameter("subscription", int),
            OpenApiParameter("status", str, enum=DeliveryStatus.values),
            OpenApiParameter("event_type", str, enum=[*services.EVENT_TYPES, services.TEST_EVENT]),
        ],
        responses=DeliveryOutput(many=True),
        summary="The delivery log, newest first: attempts, last status code and error",
    )
    def get(self, request):
        filters = validated(DeliveryQuery, {key: value for key, value in request.query_params.items() if value})
        page = self.paginate_queryset(Delivery.objects.select_related("subscription").filter(**filters))
        return self.get_paginated_response(DeliveryOutput(page, many=True).data)
