"""`manage.py phrase_index create|drop|status`: the pair browser's phrase indexes (services.phrase_index)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from annotation.services import phrase_index


class Command(BaseCommand):
    help = "Build, drop or list the word-pair indexes of the pair browser's phrase route (PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "drop", "status"])

    def handle(self, *args, action: str, **options):
        if not phrase_index.supported():
            raise CommandError("the phrase route needs PostgreSQL: SQLite searches by walking the pairs")
        if action == "create":
            self.stdout.write(f"built {', '.join(phrase_index.create())}")
        elif action == "drop":
            self.stdout.write(f"dropped {', '.join(phrase_index.drop())}")
        present = phrase_index.present()
        self.stdout.write(
            f"indexes: {', '.join(present) or 'none'}; PAIR_SEARCH_PHRASES is {settings.PAIR_SEARCH_PHRASES}"
        )
        if present and not settings.PAIR_SEARCH_PHRASES:
            self.stdout.write(
                "the indexes are built but the route is off: imports pay for them (drop them, or turn the route on)"
            )
        if settings.PAIR_SEARCH_PHRASES and len(present) < len(phrase_index.INDEXES):
            self.stdout.write(
                "the route is on without its indexes: its look-up runs out of time and searches answer as with it off"
            )
