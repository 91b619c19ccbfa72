"""Template filters for what pages show: campaign names as the visibility selector allows, states in the reader's language."""
from django import template
from django.utils.translation import pgettext_lazy

from annotation.selectors.visibility import campaign_label

register = template.Library()

# The stored states stay English codes (API, exports, scripts); pages show these words instead.
STATE_LABELS = {
    "pending": pgettext_lazy("state", "pending"),
    "consensus": pgettext_lazy("state", "consensus"),
    "disputed": pgettext_lazy("state", "disputed"),
    "arbitrated": pgettext_lazy("state", "arbitrated"),
    "excluded": pgettext_lazy("state", "excluded"),
    "queued": pgettext_lazy("state", "queued"),
    "running": pgettext_lazy("state", "running"),
    "succeeded": pgettext_lazy("state", "succeeded"),
    "failed": pgettext_lazy("state", "failed"),
    "cancelled": pgettext_lazy("state", "cancelled"),
    "redacted": pgettext_lazy("state", "redacted"),
    "kept": pgettext_lazy("state", "kept"),
}


@register.filter
def campaign_name(campaign, user) -> str:
    """`{{ campaign|campaign_name:user }}`: an evaluation's code name for everyone but admins."""
    return campaign_label(campaign, user)[0]


@register.filter
def state_label(state: str) -> str:
    """`{{ pair.state|state_label }}`: a pair's, job's or review item's state as a word of the page's language."""
    return STATE_LABELS.get(state, state)
