"""Production defaults: the secret key, `check --deploy`, security headers, session lifetime, the
stale-run reaper on a schedule (GETs stay read-only), offline API docs, the gunicorn config."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils import timezone

from annotation.services.snapshots import create_snapshot
from inference.models import GenerationJob
from medpref.core.runs import RunState
from medpref.core.tasks import reap_stale_runs
from tests.factories import client_for, judge_pair, make_pairs, make_user
from tests.training_support import ROOT, admin_user, resolved_demo_campaign, worker_env
from training.models import TrainingJob
from training.services import register_base_model

KEY = "k" * 20 + "-production-test-key-with-enough-entropy-9f3a7c1e5b"


def run_python(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """`python -c code` in the project with a clean environment: only what a fresh shell would have."""
    clean = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "medpref.settings",
        "MEDPREF_VAR_DIR": str(tmp_path / "var"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def run_manage(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "MEDPREF_VAR_DIR": str(tmp_path / "var"), **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


# --- the secret key --------------------------------------------------------------------------


def test_settings_refuse_to_load_without_a_secret_key(tmp_path):
    result = run_python("import django; django.setup()", tmp_path)
    assert result.returncode != 0
    assert "ImproperlyConfigured: No secret key: SECRET_KEY is not set" in result.stderr
    assert "scripts/secret_key.sh" in result.stderr  # the message says how to fix it


def test_the_key_comes_from_the_environment_or_the_file_the_scripts_write(tmp_path):
    show = "import django; django.setup(); from django.conf import settings; print(settings.SECRET_KEY)"
    assert run_python(show, tmp_path, SECRET_KEY=KEY).stdout.strip() == KEY

    env = {"PATH": os.environ["PATH"], "MEDPREF_VAR_DIR": str(tmp_path / "var")}
    subprocess.run(["bash", "scripts/secret_key.sh"], cwd=ROOT, env=env, check=True, capture_output=True)
    key_file = tmp_path / "var" / "secret_key"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    written = key_file.read_text().strip()
    assert len(written) >= 50
    assert run_python(show, tmp_path).stdout.strip() == written
    subprocess.run(["bash", "scripts/secret_key.sh"], cwd=ROOT, env=env, check=True, capture_output=True)
    assert key_file.read_text().strip() == written  # written once, never replaced


# --- check --deploy and headers -------------------------------------------------------------


PRODUCTION = {"SECRET_KEY": KEY, "HTTPS": "1", "ALLOWED_HOSTS": "medpref.example.org"}


def test_check_deploy_is_clean_with_the_production_variables(tmp_path):
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], tmp_path, **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_complains_without_https(tmp_path):
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], tmp_path, SECRET_KEY=KEY)
    assert result.returncode != 0
    for check in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert check in result.stderr


def test_check_deploy_warns_when_behind_a_proxy_that_hides_every_client(tmp_path):
    # Behind a proxy that trusts no forwarded hop, every client shares the proxy's address for the lockout.
    result = run_manage(["check", "--deploy"], tmp_path, **PRODUCTION, BEHIND_PROXY="1", SIGNIN_TRUSTED_PROXIES="0")
    assert "medpref.W001" in result.stdout + result.stderr


def test_https_turns_on_hsts_redirects_and_secure_cookies(tmp_path):
    probe = """
import json, django
django.setup()
from django.test import Client
from django.conf import settings
client = Client(HTTP_HOST="medpref.example.org")
plain, secure = client.get("/login/"), client.get("/login/", secure=True)
print(json.dumps({"redirect": [plain.status_code, plain.get("Location")], "hsts": secure.get("Strict-Transport-Security"),
                  "csp": secure.get("Content-Security-Policy"), "cookies": [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE],
                  "proxy": settings.SECURE_PROXY_SSL_HEADER}))
"""
    result = run_python(probe, tmp_path, **PRODUCTION, HSTS_SECONDS="600", BEHIND_PROXY="1")
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["redirect"] == [301, "https://medpref.example.org/login/"]
    assert seen["hsts"] == "max-age=600; includeSubDomains; preload"
    assert seen["cookies"] == [True, True]
    assert seen["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert "script-src 'self'" in seen["csp"]


@pytest.mark.django_db
def test_every_page_sends_a_content_security_policy_without_inline_scripts():
    response = Client().get("/login/")
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'"  # no 'unsafe-inline', no other origin
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_arbitration_desk_runs_only_script_files_and_its_policy_needs_no_nonce(
    campaign, annotator, annotator2, expert
):
    from annotation.rules import Scores

    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, Scores(5, 5, 5), Scores(2, 2, 2))
    judge_pair(annotator2, pair, Scores(2, 2, 2), Scores(5, 5, 5))
    client = Client()
    client.force_login(expert)
    response = client.get(f"/arbitration/{pair.pk}/")
    assert response.status_code == 200
    scripts = re.findall(r"<script([^>]*)>", response.content.decode())
    assert 'src="/static/frontend/arbitration.js"' in " ".join(scripts)
    # Every script is a file or inert data (json_script): nothing inline for a nonce to allow.
    assert all(" src=" in attributes or 'type="application/json"' in attributes for attributes in scripts)
    assert (
        "script-src 'self';" in response["Content-Security-Policy"] + ";"
        and "nonce" not in response["Content-Security-Policy"]
    )


# --- the embedded SQLite: writers queue on a file lock --------------------------------------


def test_sqlite_writers_hold_the_file_lock_only_inside_their_transaction_and_all_succeed(tmp_path):
    probe = """
import fcntl, threading, django
django.setup()
from django.conf import settings
from django.db import connection, transaction

lock_path = str(settings.DATABASES["default"]["NAME"]) + ".write-lock"

def locked():
    with open(lock_path, "a") as probe:
        try:
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        return False

with transaction.atomic():
    connection.cursor().execute("CREATE TABLE counter (n INTEGER)")
    connection.cursor().execute("INSERT INTO counter VALUES (0)")
    inside = locked()
after_commit = locked()
try:
    with transaction.atomic():
        connection.cursor().execute("UPDATE counter SET n = n + 1000")
        raise ValueError
except ValueError:
    pass
after_rollback = locked()

errors = []
def writer():
    try:
        for _ in range(25):
            with transaction.atomic():
                connection.cursor().execute("UPDATE counter SET n = n + 1")
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        connection.close()
threads = [threading.Thread(target=writer) for _ in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
print(inside, after_commit, after_rollback, connection.cursor().execute("SELECT n FROM counter").fetchone()[0], errors)
"""
    result = run_python(probe, tmp_path, SECRET_KEY=KEY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "True False False 200 []"


# --- the embedded cache is shared between processes -----------------------------------------


def test_without_redis_the_cache_is_shared_by_separate_processes(tmp_path):
    """Lockouts, remembered tokens and throttles must hold across gunicorn workers and Celery."""
    cache = "import django; django.setup(); from django.core.cache import caches; cache = caches['default']; "
    written = run_python(
        cache + "cache.set('probe', 'from process one', 60); print(type(cache).__name__)", tmp_path, SECRET_KEY=KEY
    )
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == "FileBasedCache"
    read = run_python(cache + "print(cache.get('probe'))", tmp_path, SECRET_KEY=KEY)
    assert read.stdout.strip() == "from process one"
    assert (tmp_path / "var" / "cache").is_dir()


# --- session lifetime ------------------------------------------------------------------------


def test_session_lifetime_defaults_to_twelve_hours_and_follows_session_hours(tmp_path):
    show = "import django; django.setup(); from django.conf import settings; print(settings.SESSION_COOKIE_AGE)"
    assert run_python(show, tmp_path, SECRET_KEY=KEY).stdout.strip() == str(12 * 3600)
    assert run_python(show, tmp_path, SECRET_KEY=KEY, SESSION_HOURS="2").stdout.strip() == "7200"


@pytest.mark.django_db
def test_signing_in_sets_a_session_cookie_that_lasts_the_configured_lifetime(settings):
    settings.SESSION_COOKIE_AGE = 7200
    make_user("physician9")
    client = Client()
    response = client.post("/login/", {"username": "physician9", "password": "correct-horse-1"})
    assert response.status_code == 302, response.content[:500]
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == 7200
    assert client.session.get_expiry_age() == 7200


# --- stale runs are reaped on a schedule, not by GET requests -------------------------------


def stale_runs(minutes_silent: int = 60) -> tuple[TrainingJob, GenerationJob]:
    """A running training job and a running generation round whose worker stopped answering."""
    base = register_base_model(name="base", base_model="/models/base", lineage="base")
    campaign = resolved_demo_campaign(limit=20)
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    silent_since = timezone.now() - timedelta(minutes=minutes_silent)
    job = TrainingJob.objects.create(
        kind="dpo",
        config={},
        snapshot=snapshot,
        base_version=base,
        lineage="base",
        state=RunState.RUNNING,
        heartbeat_at=silent_since,
        worker_host="gpu-7",
    )
    round_ = GenerationJob.objects.create(
        model_version=base,
        source_campaign=campaign,
        target_campaign=campaign,
        strategy="two_samples",
        state=RunState.RUNNING,
        heartbeat_at=silent_since,
        worker_host="gpu-8",
    )
    return job, round_


@pytest.mark.django_db
def test_get_requests_leave_a_stale_run_alone_and_the_beat_task_fails_it():
    job, round_ = stale_runs()
    admin = admin_user()
    api = client_for(admin)
    assert api.get("/api/v1/jobs/").status_code == 200
    assert api.get(f"/api/v1/jobs/{job.pk}/").json()["state"] == "running"
    assert api.get(f"/api/v1/generation-jobs/{round_.pk}/").json()["state"] == "running"
    page = Client()
    page.force_login(admin)
    assert page.get("/console/jobs/").status_code == 200
    job.refresh_from_db(), round_.refresh_from_db()
    assert (job.state, round_.state) == ("running", "running")  # GETs are read-only

    none = dict.fromkeys(("training_jobs", "generation_jobs", "playground_turns", "mixture_freezes", "import_runs"), 0)
    assert reap_stale_runs.apply().get() == {
        "reaped": {**none, "training_jobs": 1, "generation_jobs": 1},
        "resent": none,
    }
    job.refresh_from_db(), round_.refresh_from_db()
    assert job.state == "failed" and "gpu-7 stopped answering" in job.error
    assert round_.state == "failed" and "gpu-8 stopped answering" in round_.error


def test_the_beat_schedule_names_the_reaper_and_the_webhook_resender_and_the_worker_knows_them():
    from medpref.celery import app

    entries = django_settings.CELERY_BEAT_SCHEDULE.values()
    tasks = [entry["task"] for entry in entries]
    assert tasks == ["medpref.reap_stale_runs", "medpref.webhooks.send_due"]
    assert all(entry["schedule"] == django_settings.REAP_INTERVAL_SECONDS == 60 for entry in entries)
    app.loader.import_default_modules()  # what a worker does as it starts: autodiscovery of every app's tasks
    assert all(task in app.tasks for task in tasks)
    assert app.conf.beat_schedule == django_settings.CELERY_BEAT_SCHEDULE


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(180)
def test_a_worker_with_embedded_beat_fails_a_stale_run_on_its_own(tmp_path):
    """The embedded set-up of `make run`: `celery worker --beat` reaps without any request."""
    from medpref.celery import app

    job, round_ = stale_runs()
    app.control.purge()
    env = {
        **worker_env(tmp_path),
        "REAP_INTERVAL_SECONDS": "1",
        "MEDPREF_VAR_DIR": str(tmp_path / "var"),
        "SECRET_KEY": django_settings.SECRET_KEY,
    }
    log = tmp_path / "worker.log"
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "medpref",
        "worker",
        "--beat",
        "-Q",
        "default",
        "-c",
        "1",
        "--without-gossip",
        "--without-mingle",
        "-n",
        f"beat-{os.getpid()}@%h",
        "-l",
        "info",
    ]
    with open(log, "w") as out:
        worker = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            job.refresh_from_db(), round_.refresh_from_db()
            if job.state == round_.state == "failed":
                break
            assert worker.poll() is None, log.read_text()[-3000:]
            time.sleep(0.5)
        assert (job.state, round_.state) == ("failed", "failed"), log.read_text()[-3000:]
        assert (tmp_path / "var" / "celery" / "beat-schedule").exists() or list(
            (tmp_path / "var" / "celery").glob("beat-schedule*")
        )
    finally:
        os.killpg(worker.pid, 9)
        worker.wait(timeout=30)


# --- API docs offline --------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_docs_page_loads_swagger_ui_from_static_files_only():
    html = Client().get("/api/docs/").content.decode()
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources and all(src.startswith("/static/") or src.startswith("/api/docs/") for src in sources), sources
    assert "http://" not in html and "https://" not in html
    for src in sources:
        if src.startswith("/static/"):
            assert finders.find(src.removeprefix("/static/")), f"{src} is not a static file"
    script = Client().get("/api/docs/?script=")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.content.decode()


# --- gunicorn -----------------------------------------------------------------------------------


def test_the_gunicorn_config_binds_loopback_with_sync_workers(tmp_path):
    env = {"PATH": os.environ["PATH"], "PORT": "8123", "WEB_CONCURRENCY": "3"}
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "medpref/gunicorn.conf.py", "--print-config"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    config = dict(re.findall(r"^(\w+)\s+= (.*)$", result.stdout, re.M))
    assert config["bind"] == "['127.0.0.1:8123']"
    assert (config["workers"], config["worker_class"], config["wsgi_app"]) == ("3", "sync", "medpref.wsgi:application")
