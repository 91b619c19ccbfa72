"""Webhooks (Standard Webhooks): subscriptions, `emit` for the services, signed deliveries with retries.

Services call `webhooks.emit(event_type, data)`; the rest is in `services` (delivery), `models`,
`api` (admins' REST endpoints) and the console page (frontend.views.webhooks).
"""

from medpref.core.webhooks.services import EVENT_TYPES, emit, listen

__all__ = ["EVENT_TYPES", "emit", "listen"]
