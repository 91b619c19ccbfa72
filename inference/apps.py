from django.apps import AppConfig


class InferenceConfig(AppConfig):
    name = "inference"

    def ready(self) -> None:
        from inference import services
        from medpref.core import webhooks

        webhooks.listen(("pair.resolved", "arbitration.decided"), services.announce_if_finished)
