"""`manage.py unlock_signin --address A | --user U`: lift a sign-in lock from the shell.

The console and the API unlock too, but both need an admin signed in, which a lock may prevent;
this needs only the server. Audited like the console's unlock (actor: none).
"""

from django.core.management.base import BaseCommand, CommandError

from annotation.errors import ServiceError
from annotation.models import User
from annotation.services import accounts, signin


class Command(BaseCommand):
    help = "Lift the sign-in lock of a network address or an account (audited)."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--address", help="an IP address, as the console's locked addresses list it")
        which.add_argument("--user", help="a username (also one without an account, e.g. a typo that got locked)")

    def handle(self, *args, address: str | None, user: str | None, **options):
        try:
            if address is not None:
                removed = signin.unlock_address(address=address, by=None)
                self.stdout.write(f"address {address}: {'unlocked' if removed else 'was not locked'}")
                return
            account = User.objects.filter(username__iexact=user.strip()).first()
            if account is not None:
                locked = signin.account_key(account.username) in signin.locked_accounts()
                accounts.unlock(user=account, by=None)
            else:
                locked = signin.unlock_username(username=user, by=None) > 0
            self.stdout.write(f"user {user}: {'unlocked' if locked else 'was not locked'}")
        except ServiceError as exc:
            raise CommandError(exc.message) from None
