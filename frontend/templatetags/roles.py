"""`user|is_admin`, `user|is_expert`: the navigation asks the same predicates as views and the API (medpref.core.roles)."""

from django import template

from medpref.core import roles

register = template.Library()


@register.filter
def is_admin(user) -> bool:
    return roles.is_admin(user)


@register.filter
def is_expert(user) -> bool:
    return roles.is_expert(user)
