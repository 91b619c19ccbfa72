from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"

    def ready(self) -> None:
        """Campaigns (annotation, a layer below) store retraining settings; training says what is valid."""
        from annotation.services.campaigns import register_training_config_check
        from training.services import check_campaign_config

        register_training_config_check(check_campaign_config)
