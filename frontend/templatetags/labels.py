"""Template filters that ask the visibility selector what a user may see."""
from django import template

from annotation.selectors.visibility import campaign_label

register = template.Library()


@register.filter
def campaign_name(campaign, user) -> str:
    """`{{ campaign|campaign_name:user }}`: an evaluation's code name for everyone but admins."""
    return campaign_label(campaign, user)[0]
