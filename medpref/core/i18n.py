"""Translation that also works where Django is not set up.

The training and generation child processes (`python -m training.run`, `python -m
inference.generation`) check their settings with the same code the web process uses, but never
call django.setup(): there the English text is the message, while a request sees its language.
"""

from __future__ import annotations


def gettext(message: str) -> str:
    """Django's gettext once the apps are loaded (its translations need them), `message` itself before."""
    from django.apps import apps

    if not apps.ready:
        return message
    from django.utils.translation import gettext as translated

    return translated(message)
