from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Installed only so that `manage.py create_demo` is found; the demo has no models."""

    name = "medpref.demo"
    label = "demo"
    verbose_name = "medpref demo"
