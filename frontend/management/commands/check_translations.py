"""Fail when a marked string has no zh-Hans translation (or only msgmerge's fuzzy guess). Python only."""

import polib
from django.core.management.base import BaseCommand, CommandError

from frontend.translations import catalog_path, catalog_problems, marked_strings


class Command(BaseCommand):
    help = "List every marked string the zh-Hans catalog does not translate; exit 1 if there is one."

    def handle(self, *args, **options) -> None:
        marks = marked_strings()
        problems = catalog_problems(marks, polib.pofile(str(catalog_path())))
        for problem in problems:
            self.stdout.write(problem)
        if problems:
            raise CommandError(
                f"{len(problems)} problem(s) in {catalog_path()}; run makemessages, translate, then compile_translations"
            )
        self.stdout.write(f"all {len(marks.messages)} marked strings are translated")
