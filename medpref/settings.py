"""Settings for medpref, read from the environment with safe local defaults.

Without `DATABASE_URL` the app runs on a SQLite file under `var/` (the embedded default used by
`make run`); production and the test suite point `DATABASE_URL` at PostgreSQL and `REDIS_URL` at
Redis.

The settings refuse to load without a secret key (there is no built-in one, DEBUG or not):
SECRET_KEY from the environment, else the file SECRET_KEY_FILE (default var/secret_key, written
once with a random key by scripts/secret_key.sh, which `make run` and `make test` call). HTTPS=1 switches on the settings
`manage.py check --deploy` asks for.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("MEDPREF_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def secret_key() -> str:
    """The key signing sessions and tokens: never a fixed fallback, so a forgotten key cannot go live."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = Path(os.environ.get("SECRET_KEY_FILE", VAR_DIR / "secret_key"))
    key = path.read_text().strip() if path.is_file() else ""
    if not key:
        raise ImproperlyConfigured(
            f"No secret key: SECRET_KEY is not set and {path} is missing or empty. Set SECRET_KEY in the "
            "environment (e.g. export SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')) "
            "or run `bash scripts/secret_key.sh` once to write a random key to that file (`make run` does)."
        )
    return key


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "http://127.0.0.1,http://localhost")

# --- HTTPS, cookies, security headers --------------------------------------------------------
# HTTPS=1 once the site is served over TLS: redirect, secure cookies and HSTS, all that
# `manage.py check --deploy` asks for. Off by default because `make run` serves http://127.0.0.1.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain http
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = HTTPS and env_bool("HSTS_PRELOAD", True)
# Behind a proxy that terminates TLS Django sees plain http; trust its X-Forwarded-Proto only when
# the proxy always sets it (overwriting what clients send), or anyone could claim https.
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_AGE = round(float(os.environ.get("SESSION_HOURS", "12")) * 3600)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # Scripts are files under /static/ only; pages hand them data in inert json_script elements.
        "script-src": [SELF],
        # 'unsafe-inline' for styles only: templates and the server-drawn SVG charts use style
        # attributes widely, and Swagger UI has an inline <style>. Styles cannot run code.
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "medpref.core",
    "annotation",
    "training",
    "inference",
    "frontend",
    "medpref.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "medpref.core.middleware.refuse_control_characters",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "annotation.middleware.AccountMiddleware",  # temporary passwords must be changed; last activity
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "medpref.urls"
WSGI_APPLICATION = "medpref.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database_config() -> dict:
    url = os.environ.get("DATABASE_URL")
    if url:
        # One persistent connection per process (and per thread): gunicorn's sync workers serve one
        # request at a time, so the web tier holds at most `workers` connections (README, Production).
        config = dj_database_url.parse(
            url, conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")), conn_health_checks=True
        )
        if config["ENGINE"] == "django.db.backends.postgresql":
            # Server-side binding lets psycopg prepare repeated statements: the hot queries of
            # `next` and submit plan in longer than they run. Turn off behind PgBouncer (transaction pooling).
            config.setdefault("OPTIONS", {})["server_side_binding"] = env_bool("DB_SERVER_SIDE_BINDING", True)
            config.setdefault("TEST", {})["NAME"] = os.environ.get("TEST_DATABASE_NAME") or None
            if not config["TEST"]["NAME"]:
                del config["TEST"]["NAME"]
        return config
    return {
        # Django's SQLite backend whose writers wait on a file lock, not in SQLite's polling loop.
        "ENGINE": "medpref.sqlite",
        "NAME": VAR_DIR / "medpref.sqlite3",
        # Kept per gunicorn worker like PostgreSQL's: no file open and schema parse per request.
        "CONN_MAX_AGE": int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        "CONN_HEALTH_CHECKS": True,
        # IMMEDIATE transactions and WAL let the gunicorn workers and the Celery workers share the
        # file: readers never wait, a writer takes the lock when its transaction begins (no
        # deadlock on upgrade) and waits up to `timeout` seconds (SQLite's busy timeout) for it.
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "annotation.User"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "medpref"),
        }
    }
else:
    # Files under var/ rather than process memory: the gunicorn workers and the Celery worker of
    # `make run` must see the same sign-in lockouts, remembered tokens and throttles.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "medpref"),
        }
    }

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Import files can be large (a few MB of dialogues); allow them through the API.
DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024 * 1024
# JSON bodies are small (a file travels as a multipart upload): anything above this is refused with
# a 413 before it is parsed (annotation.api.parsers; a view that needs more sets `json_max_bytes`).
API_JSON_MAX_BYTES = int(os.environ.get("API_JSON_MAX_BYTES", str(1024 * 1024)))
FILE_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024 * 1024

LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/login/"
LOCALE_PATHS = [BASE_DIR / "frontend" / "locale"]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "annotation.api.authentication.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # JSON bodies only (imports are multipart uploads, set on their view), with a nesting limit.
    "DEFAULT_PARSER_CLASSES": ["annotation.api.parsers.JSONParser"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "medpref.core.api.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "annotation.api.errors.AutoSchema",  # documents each operation's 4xx answers
    "EXCEPTION_HANDLER": "annotation.api.errors.exception_handler",
    "DEFAULT_THROTTLE_RATES": {"playground": os.environ.get("PLAYGROUND_RATE", "20/min")},
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "medpref API",
    "DESCRIPTION": "Collect physicians' SPF judgements on response pairs, resolve disputes, export preference data.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from drf-spectacular-sidecar's files under /static/: the docs work offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Public on purpose: the schema describes the API's shapes (as the source code does), holds no
    # data, and every operation it lists still needs a signed-in user with the right role.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "PairStateEnum": "annotation.models.PairState",
        "JobStateEnum": "medpref.core.runs.RunState",
        "SnapshotKindEnum": "annotation.models.SnapshotKind",
        "PreferenceEnum": "annotation.models.PreferenceChoice",
        "DecisionEnum": "annotation.models.DecisionChoice",
        "TrainingKindEnum": "training.config.JobKind",
        "DeliveryStatusEnum": "medpref.core.webhooks.models.DeliveryStatus",
        "CampaignStatusEnum": "annotation.models.CampaignStatus",
        "DatasetKindEnum": "training.models.DatasetKind",
        "OwnPairStatusEnum": ["leased", "submitted"],  # what an annotator may know of her own pair
    },
}

# --- Celery (see medpref/celery.py) -----------------------------------------------------------
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or REDIS_URL or "filesystem://"
if CELERY_BROKER_URL == "filesystem://":
    _queue_dir = VAR_DIR / "celery" / "queue"
    _queue_dir.mkdir(parents=True, exist_ok=True)
    # The exchange table goes under var/ too (kombu's default is ./control in the current directory).
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
    }
else:
    # acks_late: a job is only acknowledged when it ends, so the broker must not hand it to another
    # worker while it still runs: the visibility timeout outlasts the longest job.
    # A broker that drops packets fails a send within seconds instead of hanging the request (or
    # a re-send holding its run's row lock, medpref.core.runs.resend) for the system's TCP timeout.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": int(os.environ.get("TRAINING_TIME_LIMIT", str(6 * 3600))) + 3600,
        "socket_connect_timeout": 5,
    }
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "training.tasks.run_training_job": {"queue": "gpu"},
    "inference.tasks.run_generation": {"queue": "gpu"},
    "inference.tasks.answer_playground_turn": {"queue": "gpu"},
}
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Celery beat (inside the embedded worker, or `celery -A medpref beat` in production) fails runs
# whose worker vanished; a missed tick is dropped (expires), the next one does the same work.
REAP_INTERVAL_SECONDS = float(os.environ.get("REAP_INTERVAL_SECONDS", "60"))
CELERY_BEAT_SCHEDULE = {
    "reap-stale-runs": {
        "task": "medpref.reap_stale_runs",
        "schedule": REAP_INTERVAL_SECONDS,
        "options": {"expires": REAP_INTERVAL_SECONDS},
    },
    # Webhook deliveries whose retry message was lost (medpref.core.webhooks.services.send_due).
    "webhooks-send-due": {
        "task": "medpref.webhooks.send_due",
        "schedule": REAP_INTERVAL_SECONDS,
        "options": {"expires": REAP_INTERVAL_SECONDS},
    },
}
# --- Webhooks (medpref/core/webhooks): a POST's time limit, retries with exponential backoff ----
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "5"))
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "8"))
WEBHOOK_RETRY_BASE_SECONDS = float(os.environ.get("WEBHOOK_RETRY_BASE_SECONDS", "30"))
WEBHOOK_RETRY_MAX_SECONDS = float(os.environ.get("WEBHOOK_RETRY_MAX_SECONDS", str(6 * 3600)))
WEBHOOK_SEND_DUE_GRACE_SECONDS = float(os.environ.get("WEBHOOK_SEND_DUE_GRACE_SECONDS", "30"))
WEBHOOK_LOG_DAYS = int(os.environ.get("WEBHOOK_LOG_DAYS", "90"))
# Webhooks go to public addresses only (medpref.core.webhooks.addresses); 1 lets them reach loopback
# and private networks too, for a receiver inside the hospital.
WEBHOOK_ALLOW_PRIVATE = env_bool("WEBHOOK_ALLOW_PRIVATE", False)
(VAR_DIR / "celery").mkdir(exist_ok=True)
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celery" / "beat-schedule")

# --- Training (see training/ and the README) ------------------------------------------------
ARTIFACTS_DIR = Path(os.environ.get("MEDPREF_ARTIFACTS_DIR", VAR_DIR / "artifacts")).resolve()
TRAINING_TIME_LIMIT = int(os.environ.get("TRAINING_TIME_LIMIT", str(6 * 3600)))  # seconds per job
# The pair browser's phrase route (annotation.services.phrase_index): on where its indexes were built.
PAIR_SEARCH_PHRASES = env_bool("MEDPREF_PAIR_SEARCH_PHRASES", False)
TRAINING_HEARTBEAT_SECONDS = float(os.environ.get("TRAINING_HEARTBEAT_SECONDS", "5"))
TRAINING_HEARTBEAT_TIMEOUT = float(os.environ.get("TRAINING_HEARTBEAT_TIMEOUT", "120"))
TRAINING_PROCESSES = int(os.environ.get("TRAINING_PROCESSES", "1"))  # > 1: `accelerate launch` over that many GPUs
TRAINING_ACCELERATE_CONFIG = os.environ.get("TRAINING_ACCELERATE_CONFIG", "")  # e.g. training/accelerate/zero2.yaml
TRAINING_CPU_THREADS = int(os.environ.get("TRAINING_CPU_THREADS", "0"))  # 0: let torch decide
RETRAIN_MIN_PAIRS = int(os.environ.get("RETRAIN_MIN_PAIRS", "16"))
DEFAULT_LINEAGE = os.environ.get("DEFAULT_LINEAGE", "")
# A job's default settings (LoRA and TRL trainer) are in training/config.py, next to their checks.

# --- Accounts and sign-in: lockout, password policy, token lifetime ----------------------------

# The playground (inference/playground.py) is for admins; experts too when this is on.
PLAYGROUND_EXPERTS = env_bool("PLAYGROUND_EXPERTS", False)

# Where DEMO users' passwords come from (see README).
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "medpref-demo")

# Every password sign-in (API token, /login/, Django admin) passes the lockout (annotation.services.signin).
AUTHENTICATION_BACKENDS = ["annotation.backends.LockoutBackend"]
SIGNIN_LOCKOUT_ATTEMPTS = int(os.environ.get("SIGNIN_LOCKOUT_ATTEMPTS", "5"))  # failures per account
SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS = int(
    os.environ.get("SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS", "50")
)  # per IP: a ward shares one
SIGNIN_LOCKOUT_MINUTES = float(os.environ.get("SIGNIN_LOCKOUT_MINUTES", "15"))  # counting window and lock length
# Reverse proxies in front of the app that append to X-Forwarded-For (0: use the peer's address).
# One with BEHIND_PROXY: behind a proxy every client has the proxy's address, so one stranger's
# guesses would lock the whole site out (annotation.checks warns when the two disagree).
SIGNIN_TRUSTED_PROXIES = int(os.environ.get("SIGNIN_TRUSTED_PROXIES", "1" if BEHIND_PROXY else "0"))
if (
    min(SIGNIN_LOCKOUT_ATTEMPTS, SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS) < 1
    or SIGNIN_LOCKOUT_MINUTES <= 0
    or SIGNIN_TRUSTED_PROXIES < 0
):
    raise ImproperlyConfigured(
        "SIGNIN_LOCKOUT_ATTEMPTS and SIGNIN_LOCKOUT_ADDRESS_ATTEMPTS must be >= 1, SIGNIN_LOCKOUT_MINUTES > 0, SIGNIN_TRUSTED_PROXIES >= 0"
    )

# API tokens expire this long after they were issued; POST auth/token/ then issues a new one.
TOKEN_TTL_HOURS = float(os.environ.get("TOKEN_TTL_HOURS", str(7 * 24)))
if TOKEN_TTL_HOURS <= 0:
    raise ImproperlyConfigured("TOKEN_TTL_HOURS must be > 0")

# Password policy on every path that sets one (annotation.passwords): longer for experts and admins,
# never the username, all digits, a common password or the public demo password.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "annotation.passwords.RoleMinimumLengthValidator",
        "OPTIONS": {
            "min_length": int(os.environ.get("PASSWORD_MIN_LENGTH", "8")),
            "privileged_min_length": int(os.environ.get("PASSWORD_MIN_LENGTH_PRIVILEGED", "12")),
        },
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "annotation.passwords.DemoPasswordValidator"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
