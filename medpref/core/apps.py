from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "medpref.core"
    label = "core"
    verbose_name = "medpref core"
