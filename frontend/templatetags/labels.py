"""Template filters for what pages show: campaign names as the visibility selector allows, and the
words for stored codes (states, dimensions, speakers, settings) in the reader's language."""

from django import template
from django.utils.translation import gettext_lazy, pgettext_lazy

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
DIMENSION_LABELS = {
    "safety": gettext_lazy("Safety"),
    "professionalism": gettext_lazy("Professionalism"),
    "fluency": gettext_lazy("Fluency"),
}
ROLE_LABELS = {"user": gettext_lazy("Patient"), "assistant": gettext_lazy("Doctor"), "system": gettext_lazy("System")}
SETTING_LABELS = {
    "annotations_per_pair": gettext_lazy("Annotations per pair"),
    "agreement": gettext_lazy("Agreement rule"),
    "quorum": gettext_lazy("Quorum (majority rule)"),
    "safety_gate": gettext_lazy("Safety gate (this score or lower is unsafe)"),
    "margin": gettext_lazy("Margin (score difference that decides)"),
    "lease_minutes": gettext_lazy("Minutes a pair stays with its annotator"),
    "gold_rate": gettext_lazy("Share of gold pairs"),
    "sft_min_professionalism": gettext_lazy("Lowest professionalism score kept for SFT"),
}


@register.filter
def campaign_name(campaign, user) -> str:
    """`{{ campaign|campaign_name:user }}`: an evaluation's code name for everyone but admins."""
    return campaign_label(campaign, user)[0]


@register.filter
def state_label(state: str) -> str:
    """`{{ pair.state|state_label }}`: a pair's, job's or review item's state as a word of the page's language."""
    return STATE_LABELS.get(state, state)


@register.filter
def dimension_label(dimension: str) -> str:
    """`{{ dimension|dimension_label }}`: Safety, Professionalism or Fluency in the page's language."""
    return DIMENSION_LABELS.get(dimension, dimension)


@register.filter
def role_label(role: str) -> str:
    """`{{ message.role|role_label }}`: who speaks in a conversation (patient, doctor, system)."""
    return ROLE_LABELS.get(role, role)


@register.filter
def setting_label(name: str) -> str:
    """`{{ name|setting_label }}`: what a campaign setting means, for the console's settings form."""
    return SETTING_LABELS.get(name, name)
