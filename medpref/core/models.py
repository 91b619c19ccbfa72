"""The kernel's models: webhook subscriptions and deliveries (medpref.core.webhooks)."""

from medpref.core.webhooks.models import Delivery, DeliveryStatus, Subscription

__all__ = ["Delivery", "DeliveryStatus", "Subscription"]
