"""`user|may_use_playground`: whether the navigation offers her the playground (inference.playground decides)."""

from django import template

from inference.playground import may_use

register = template.Library()


@register.filter
def may_use_playground(user) -> bool:
    return may_use(user)
