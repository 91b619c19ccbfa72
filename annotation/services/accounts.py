"""Accounts: creating users (one at a time or from a CSV), roles, specialties, (de)activation,
passwords under their role's policy, temporary passwords that must be changed, API tokens, signing out.

Every path that sets a password (API, console, CSV bulk create, her own change) calls `set_password`
or `create_user`; Django's own forms and commands reach the same validators through
AUTH_PASSWORD_VALIDATORS (`annotation.passwords`). Saving a new password revokes the user's API
token (`User.save`) and, because the session hash includes the password, ends her sessions.
Every change an admin makes to someone's account is written to the audit trail in the same
transaction (`annotation.services.audit.record`).
"""

from __future__ import annotations

import csv
import io
import re
import secrets
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from rest_framework.authtoken.models import Token

from annotation.errors import Conflict, ServiceError
from annotation.formats import RowError, RowInvalid, decode
from annotation.models import Lease, Role, User
from annotation.services import audit, signin
from annotation.text import unacceptable_character
from medpref.core.roles import is_admin, is_privileged

#: Django's own rule for usernames (letters, digits and @ . + - _), checked by the API and the CSV alike.
USERNAME_PATTERN = r"^[\w.@+-]+$"
MAX_USERNAME_CHARS = 150
MAX_NAME_CHARS = 150  # AbstractUser.first_name; a name is kept whole there (张建国 has no first name to split off)
#: Specialty tags: short words of letters and digits joined by hyphens (cardiology, paediatrics, 心内科).
SPECIALTY_PATTERN = re.compile(r"^[^\W_]+(?:[-_][^\W_]+)*$")
MAX_SPECIALTY_CHARS = 32
MAX_SPECIALTIES = 20
#: last_activity is written at most this often per user: one UPDATE in a while, not one per request.
ACTIVITY_PRECISION = timedelta(minutes=5)
#: A CSV bulk create reads at most this many users: each password costs a PBKDF2 hash (slow on
#: purpose, about 1 s on a busy 2-core machine) and the upload is one request under WEB_TIMEOUT.
MAX_BULK_USERS = 100
MAX_BULK_BYTES = 200_000
MAX_REPORTED_ERRORS = 50

CSV_REQUIRED = ("username", "name", "role", "specialties")
CSV_OPTIONAL = ("email", "password")

PASSWORD_CHANGE_REQUIRED = gettext_lazy(
    "You must choose a new password before anything else: an admin gave you a temporary one."
)


# --- checking what an account holds -----------------------------------------------------------


def password_problems(password: str, *, user: User) -> list[str]:
    """Every reason her role's policy rejects `password` (stricter for experts and admins); [] if none."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        return list(exc.messages)
    return []


def validate_password_for_role(password: str, *, user: User) -> None:
    """Refuse a password her role's policy rejects, saying every reason."""
    problems = password_problems(password, user=user)
    if problems:
        raise ServiceError(
            gettext("password rejected: %(reasons)s") % {"reasons": " ".join(problems)},
            details={"password": problems},
        )


def split_specialties(text: str) -> list[str]:
    """Tags written in one cell or text box, separated by `;` (or `,`)."""
    return [part for part in re.split(r"[;,]", text or "") if part.strip()]


def clean_specialties(values: Iterable[str]) -> list[str]:
    """Tags trimmed, in lower case, each once, in the order given; a ServiceError names the bad tag."""
    tags: list[str] = []
    for value in values:
        tag = str(value).strip().casefold()
        problem = unacceptable_character(tag)
        if problem or not SPECIALTY_PATTERN.match(tag):
            raise ServiceError(
                gettext(
                    "specialty '%(tag)s' is not a tag: use letters and digits, joined by hyphens (e.g. paediatric-oncology)"
                )
                % {"tag": tag[:40]},
                details={"specialties": [tag[:40]]},
            )
        if len(tag) > MAX_SPECIALTY_CHARS:
            raise ServiceError(
                gettext("specialty '%(tag)s…' is longer than %(limit)s characters")
                % {"tag": tag[:MAX_SPECIALTY_CHARS], "limit": MAX_SPECIALTY_CHARS},
                details={"specialties": [tag[:40]]},
            )
        if tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_SPECIALTIES:
        raise ServiceError(
            gettext("at most %(limit)s specialties per user, not %(count)s")
            % {"limit": MAX_SPECIALTIES, "count": len(tags)},
            details={"specialties": [str(len(tags))]},
        )
    return tags


def check_role(role: str) -> str:
    if role not in Role.values:
        raise ServiceError(
            gettext("role must be one of %(roles)s") % {"roles": ", ".join(Role.values)},
            details={"role": [str(role)[:40]]},
        )
    return role


def username_problem(username: str) -> str | None:
    if not username:
        return gettext("is required")
    if len(username) > MAX_USERNAME_CHARS:
        return gettext("is longer than %(limit)s characters") % {"limit": MAX_USERNAME_CHARS}
    if not re.match(USERNAME_PATTERN, username):
        return gettext("may hold only letters, digits and @ . + - _")
    return None


def name_problem(name: str) -> str | None:
    if len(name) > MAX_NAME_CHARS:
        return gettext("is longer than %(limit)s characters") % {"limit": MAX_NAME_CHARS}
    problem = unacceptable_character(name)
    if problem:
        return gettext("contains %(problem)s") % {"problem": problem}
    return None


def temporary_password(*, user: User) -> str:
    """A random password her role's policy accepts (16 URL-safe characters, about 96 bits)."""
    while True:
        password = secrets.token_urlsafe(12)
        if not password_problems(password, user=user):
            return password


# --- creating users ---------------------------------------------------------------------------


@transaction.atomic
def create_user(
    *,
    username: str,
    password: str,
    role: str = Role.ANNOTATOR,
    email: str = "",
    name: str = "",
    specialties: Iterable[str] = (),
    must_change_password: bool = False,
    by: User | None = None,
) -> User:
    """A new account under her role's password policy; `must_change_password` makes the password temporary."""
    check_role(role)
    for field_name, problem in (("username", username_problem(username)), ("name", name_problem(name))):
        if problem:
            raise ServiceError(f"{field_name}: {problem}", details={field_name: [problem]})
    if User.objects.filter(username__iexact=username).exists():
        raise Conflict(gettext("user '%(username)s' already exists") % {"username": username})
    user = User(
        username=username,
        email=email,
        role=role,
        first_name=name,
        specialties=clean_specialties(specialties),
        must_change_password=must_change_password,
    )
    validate_password_for_role(password, user=user)
    user.set_password(password)
    user.save()
    record_created(user, by=by)
    return user


def record_created(user: User, *, by: User | None, **details) -> None:
    audit.record(
        "user.create",
        actor=by,
        target=user,
        username=user.username,
        role=user.role,
        specialties=user.specialties,
        **details,
    )


@dataclass
class BulkRow:
    line: int
    user: User
    password: str
    generated: bool


@dataclass
class BulkReport:
    """What a CSV bulk create did: the users created (a generated password appears here once), or
    why nothing was (problems in line order, the first MAX_REPORTED_ERRORS of `error_count`)."""

    created: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    error_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def reject(self, errors: list[RowError]) -> None:
        ordered = sorted(errors, key=lambda error: error.line or 0)
        self.errors = [error.as_dict() for error in ordered[:MAX_REPORTED_ERRORS]]
        self.error_count = len(errors)

    def as_dict(self) -> dict:
        return {"created": self.created, "errors": self.errors, "error_count": self.error_count}


def bulk_create_users(*, data: bytes, by: User | None) -> BulkReport:
    """Create every user of a CSV (username, name, role, specialties; email and password optional),
    or none when any line is wrong: each problem names its line and column.

    A row without a password gets a generated temporary one (`must_change_password`), returned in
    the report only: it is stored hashed and cannot be shown again.
    """
    report = BulkReport()
    rows, errors = read_users_csv(data)
    if errors:
        report.reject(errors)
        return report
    # PBKDF2 is slow on purpose; hashlib releases the GIL, so a big file hashes on every core.
    with ThreadPoolExecutor() as pool:
        hashes = list(pool.map(make_password, [row.password for row in rows]))
    with transaction.atomic():
        for row, hashed in zip(rows, hashes, strict=True):
            row.user.password = hashed
            row.user.save()
            record_created(row.user, by=by, line=row.line, via="csv")
            report.created.append(
                {
                    "line": row.line,
                    "id": row.user.pk,
                    "username": row.user.username,
                    "role": row.user.role,
                    "temporary_password": row.password if row.generated else None,
                }
            )
    return report


def read_users_csv(data: bytes) -> tuple[list[BulkRow], list[RowError]]:
    """The file's users, checked line by line against each other and the database; or every problem."""
    if len(data) > MAX_BULK_BYTES:
        return [], [
            RowError(None, None, gettext("the file is larger than %(limit)s bytes") % {"limit": MAX_BULK_BYTES})
        ]
    try:
        text = decode(data)
    except RowInvalid as exc:
        return [], [RowError(None, None, exc.message)]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return [], [RowError(1, None, gettext("unreadable CSV (%(problem)s)") % {"problem": exc})]
    if header is None:
        return [], [RowError(None, None, gettext("the file is empty; the first line names the columns"))]
    columns = [name.strip().casefold() for name in header]
    header_errors = check_header(columns)
    if header_errors:
        return [], header_errors
    errors: list[RowError] = []
    rows: list[BulkRow] = []
    first_line: dict[str, int] = {}  # case-folded username -> the line that names it first
    line, count = 2, 0
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            count += 1
            if count > MAX_BULK_USERS:
                errors.append(
                    RowError(start, None, gettext("more than %(limit)s users in one file") % {"limit": MAX_BULK_USERS})
                )
                break
            if len(cells) > len(columns):
                errors.append(RowError(start, None, gettext("more values than header columns")))
                continue
            values = dict(zip(columns, [cell.strip() for cell in cells], strict=False))
            row, row_errors = check_row(start, values, first_line)
            errors.extend(row_errors)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        errors.append(RowError(line, None, gettext("unreadable CSV (%(problem)s)") % {"problem": exc}))
    if not rows and not errors:
        errors.append(RowError(None, None, gettext("the file holds no users, only its header")))
    taken = set(
        User.objects.annotate(folded=Lower("username"))
        .filter(folded__in=[username.lower() for username in first_line])
        .values_list("folded", flat=True)
    )
    for row in rows:
        if row.user.username.lower() in taken:
            errors.append(
                RowError(
                    row.line, "username", gettext("'%(username)s' already exists") % {"username": row.user.username}
                )
            )
    return rows, errors


def check_header(columns: list[str]) -> list[RowError]:
    known = (*CSV_REQUIRED, *CSV_OPTIONAL)
    errors = []
    missing = [name for name in CSV_REQUIRED if name not in columns]
    if missing:
        errors.append(RowError(1, None, gettext("missing column(s): %(columns)s") % {"columns": ", ".join(missing)}))
    unknown = [name for name in columns if name not in known]
    if unknown:
        errors.append(
            RowError(
                1,
                None,
                gettext("unknown column(s): %(columns)s; the columns are %(known)s")
                % {"columns": ", ".join(unknown), "known": ", ".join(known)},
            )
        )
    repeated = sorted({name for name in columns if columns.count(name) > 1})
    if repeated:
        errors.append(RowError(1, None, gettext("repeated column(s): %(columns)s") % {"columns": ", ".join(repeated)}))
    return errors


def check_row(line: int, values: dict[str, str], first_line: dict[str, int]) -> tuple[BulkRow | None, list[RowError]]:
    errors: list[RowError] = []

    def refuse(column: str, message: str) -> None:
        errors.append(RowError(line, column, message))

    for column, value in values.items():
        problem = unacceptable_character(value)
        if problem:
            refuse(column, gettext("contains %(problem)s") % {"problem": problem})
    if errors:
        return None, errors
    username = values.get("username", "")
    problem = username_problem(username)
    if problem:
        refuse("username", problem)
    elif username.casefold() in first_line:
        refuse(
            "username",
            gettext("'%(username)s' is already on line %(line)s")
            % {"username": username, "line": first_line[username.casefold()]},
        )
    else:
        first_line[username.casefold()] = line
    name = values.get("name", "")
    problem = name_problem(name)
    if problem:
        refuse("name", problem)
    role = values.get("role", "").casefold()
    if role not in Role.values:
        refuse(
            "role",
            gettext("must be one of %(roles)s, not '%(role)s'") % {"roles": ", ".join(Role.values), "role": role[:40]},
        )
    try:
        specialties = clean_specialties(split_specialties(values.get("specialties", "")))
    except ServiceError as exc:
        refuse("specialties", exc.message)
        specialties = []
    email = values.get("email", "")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            refuse("email", gettext("is not an e-mail address"))
    if errors:
        return None, errors
    user = User(username=username, first_name=name, role=role, email=email, specialties=specialties)
    password = values.get("password", "")
    if password:
        for reason in password_problems(password, user=user):
            refuse("password", reason)
        if errors:
            return None, errors
    else:
        password = temporary_password(user=user)
        user.must_change_password = True
    return BulkRow(line=line, user=user, password=password, generated=not values.get("password")), []


# --- changing an account ----------------------------------------------------------------------


def set_password(*, user: User, password: str) -> User:
    """Give an existing user a new password under her role's policy; her API token and sessions stop working."""
    validate_password_for_role(password, user=user)
    user.set_password(password)
    user.save(update_fields=["password"])
    return user


@transaction.atomic
def reset_password(*, user: User, password: str, by: User | None) -> User:
    """An admin gives her a temporary password: she is signed out and must choose her own at next sign-in."""
    set_password(user=user, password=password)
    user.must_change_password = True
    user.save(update_fields=["must_change_password"])
    audit.record("user.password", actor=by, target=user, username=user.username)
    return user


def change_own_password(request, *, user: User, current_password: str, new_password: str) -> User:
    """She replaces her password (temporary or not): the current one is checked through the sign-in
    lockout, so this is no way round it (and a wrong one is counted: no transaction around the check,
    which would roll the count back); a temporary password stops being one."""
    try:
        signin.sign_in(request, username=user.username, password=current_password)
    except signin.SignInLocked:
        raise
    except ServiceError:
        raise ServiceError(
            gettext("Your current password is not right."), details={"current_password": ["wrong"]}
        ) from None
    if new_password == current_password:
        raise ServiceError(
            gettext("Choose a new password, different from the current one."),
            details={"new_password": ["same as the current one"]},
        )
    with transaction.atomic():
        try:
            set_password(user=user, password=new_password)
        except ServiceError as exc:
            raise ServiceError(exc.message, details={"new_password": exc.details["password"]}) from exc
        user.must_change_password = False
        user.save(update_fields=["must_change_password"])
    return user


def ensure_an_active_admin_remains(*, user: User, by: User | None) -> None:
    """Refuse a change that would leave nobody to run the site (her last admin role or account).

    The active admins' rows are locked, so two admins demoting each other at once cannot both pass.
    """
    admins = list(User.objects.select_for_update().filter(role=Role.ADMIN, is_active=True).values_list("pk", flat=True))
    if admins and set(admins) <= {user.pk}:
        own = by is not None and by.pk == user.pk
        raise ServiceError(
            gettext("You are the last active admin: make someone else an admin first.")
            if own
            else gettext("%(name)s is the last active admin: make someone else an admin first.")
            % {"name": user.username},
            details={"role": ["last active admin"]},
        )


@transaction.atomic
def change_role(*, user: User, role: str, by: User | None) -> User:
    """A new role; an admin who stops being one leaves the Django admin too."""
    check_role(role)
    if role == user.role:
        return user
    if is_admin(user):
        ensure_an_active_admin_remains(user=user, by=by)
    before, was_privileged = user.role, is_privileged(user)
    user.role = role
    if not is_admin(user):
        user.is_staff = user.is_superuser = False
    if is_privileged(user) and not was_privileged:
        # Her password was chosen under the annotators' shorter minimum: she picks one under her new role's.
        user.must_change_password = True
    user.save()  # every field: the role decides the Django admin flags too (User.save)
    audit.record("user.role", actor=by, target=user, username=user.username, changes={"role": [before, role]})
    return user


@transaction.atomic
def set_specialties(*, user: User, specialties: Iterable[str], by: User | None) -> User:
    tags = clean_specialties(specialties)
    if tags == user.specialties:
        return user
    before, user.specialties = user.specialties, tags
    user.save(update_fields=["specialties"])
    audit.record(
        "user.specialties", actor=by, target=user, username=user.username, changes={"specialties": [before, tags]}
    )
    return user


@transaction.atomic
def deactivate(*, user: User, by: User | None) -> User:
    """She can no longer sign in (token and sessions end now), the pairs she holds go back to the
    others at once (her leases are released); her annotations stay, they are the record of her work."""
    if not user.is_active:
        return user
    if by is not None and user.pk == by.pk:
        raise ServiceError(
            gettext("You cannot deactivate your own account; ask another admin."),
            details={"is_active": ["own account"]},
        )
    if is_admin(user):
        ensure_an_active_admin_remains(user=user, by=by)
    user.is_active = False
    user.save(update_fields=["is_active"])
    released, _ = Lease.objects.filter(annotator=user).delete()
    sign_out_everywhere(user=user)
    audit.record("user.deactivate", actor=by, target=user, username=user.username, released_leases=released)
    return user


@transaction.atomic
def reactivate(*, user: User, by: User | None) -> User:
    if user.is_active:
        return user
    user.is_active = True
    user.save(update_fields=["is_active"])
    audit.record("user.reactivate", actor=by, target=user, username=user.username)
    return user


@transaction.atomic
def update_user(
    *,
    user: User,
    by: User,
    is_active: bool | None = None,
    password: str | None = None,
    role: str | None = None,
    specialties: Iterable[str] | None = None,
) -> User:
    """An admin's changes to one account, all or none: role, specialties, a temporary password, (de)activation."""
    if role is not None:
        change_role(user=user, role=role, by=by)
    if specialties is not None:
        set_specialties(user=user, specialties=specialties, by=by)
    if password is not None:
        reset_password(user=user, password=password, by=by)
    if is_active is True:
        reactivate(user=user, by=by)
    elif is_active is False:
        deactivate(user=user, by=by)
    return user


@transaction.atomic
def unlock(*, user: User, by: User | None) -> None:
    """An admin lifts her sign-in lock and forgets her failed attempts."""
    signin.unlock(username=user.username)
    audit.record("user.unlock", actor=by, target=user, username=user.username)


def sign_out_everywhere(*, user: User) -> None:
    """Revoke her API token and end all her sessions (the generation is part of the session hash)."""
    Token.objects.filter(user=user).delete()
    User.objects.filter(pk=user.pk).update(auth_generation=F("auth_generation") + 1)
    user.refresh_from_db(fields=["auth_generation"])


# --- activity ---------------------------------------------------------------------------------


def last_seen(user: User) -> datetime | None:
    """When she was last active: her last sign-in or signed-in request, whichever is later."""
    times = [moment for moment in (user.last_activity, user.last_login) if moment is not None]
    return max(times) if times else None


def note_activity(user: User, now: datetime | None = None) -> bool:
    """Record that she is active, at most once per ACTIVITY_PRECISION: one UPDATE, no read (the
    user is already loaded). Returns whether it wrote."""
    now = now or timezone.now()
    seen = last_seen(user)
    if seen is not None and now - seen < ACTIVITY_PRECISION:
        return False
    User.objects.filter(pk=user.pk).update(last_activity=now)
    user.last_activity = now
    return True


# --- tokens -----------------------------------------------------------------------------------


def token_expires_at(token: Token) -> datetime:
    return token.created + timedelta(hours=settings.TOKEN_TTL_HOURS)


def token_expired(token: Token, now: datetime | None = None) -> bool:
    return token_expires_at(token) <= (now or timezone.now())


@transaction.atomic
def issue_token(*, user: User) -> Token:
    """Her live API token, or a new one when she has none or hers expired (one token per user)."""
    token, _ = Token.objects.get_or_create(user=user)
    if token_expired(token):
        Token.objects.filter(pk=token.pk).delete()
        token = Token.objects.create(user=user)
    return token
