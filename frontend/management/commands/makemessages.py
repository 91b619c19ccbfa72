"""`manage.py makemessages` with the project's defaults, so the catalog regenerates the same way each time.

Plain `manage.py makemessages` updates frontend/locale/zh_Hans/LC_MESSAGES/django.po (the one
catalog, LOCALE_PATHS) from every marked string, skipping the folders frontend.translations
skips, dropping strings nobody marks any more, and noting only the file of each string (line
numbers would churn the diff). It needs GNU gettext (xgettext, msgmerge); checking and compiling
the catalog (check_translations, compile_translations) do not.
"""

from django.core.management.commands import makemessages

from frontend.translations import IGNORED, LANGUAGE


class Command(makemessages.Command):
    def handle(self, *args, **options) -> None:
        options["ignore_patterns"] = [*options["ignore_patterns"], *IGNORED]
        options["no_obsolete"] = True
        options["add_location"] = options["add_location"] or "file"
        if not options["locale"] and not options["all"] and not options["exclude"]:
            options["locale"] = [LANGUAGE]
        super().handle(*args, **options)
