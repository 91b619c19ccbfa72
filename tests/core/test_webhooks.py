"""Webhooks (issue 13): signed the Standard Webhooks way, retried with backoff after 5xx, timeouts and
refused connections, never after a 2xx or a plain 4xx; secrets shown once; each event sent by its service.

A real HTTP receiver on 127.0.0.1 answers from a script and checks every signature with the
`standardwebhooks` package's own Webhook class, as an integrator would.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import struct
import threading
import time
from contextlib import contextmanager
from datetime import timedelta
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction
from django.utils import timezone
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from annotation.models import Role
from annotation.rules import Scores
from annotation.services.arbitration import arbitrate
from annotation.services.snapshots import create_snapshot
from medpref.core import runs
from medpref.core.runs import RunState
from medpref.core.webhooks import services
from medpref.core.webhooks.models import Delivery, DeliveryStatus, Subscription
from tests.factories import client_for, join, judge_pair, make_pairs, make_user, page_client, scripted_evaluation
from tests.runs_support import use_broker
from training.models import TrainingJob
from training.services import create_job, register_base_model

GOOD, POOR = Scores(5, 5, 5), Scores(3, 3, 3)


class Receiver:
    """An HTTP server in a thread: answers each POST with the next scripted (status, headers, delay),
    then 200; keeps every request and whether its signature verified with the subscription's secret."""

    def __init__(self):
        self.script: list[tuple[int, dict, float]] = []
        self.requests: list[dict] = []
        self.secret = ""
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = dict(self.headers.items())
                try:
                    verified = Webhook(receiver.secret).verify(body, headers)
                except WebhookVerificationError:
                    verified = None
                receiver.requests.append({"path": self.path, "headers": headers, "body": body, "verified": verified})
                code, extra, delay = receiver.script.pop(0) if receiver.script else (200, {}, 0)
                time.sleep(delay)
                self.send_response(code)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, *codes, headers: dict | None = None, delay: float = 0) -> None:
        self.script.extend((code, headers or {}, delay) for code in codes)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    started = Receiver()
    yield started
    started.close()


@pytest.fixture(autouse=True)
def webhook_settings(settings):
    settings.WEBHOOK_TIMEOUT_SECONDS = 1
    settings.WEBHOOK_MAX_ATTEMPTS = 4
    settings.WEBHOOK_RETRY_BASE_SECONDS = 30
    settings.WEBHOOK_RETRY_MAX_SECONDS = 3600
    settings.WEBHOOK_ALLOW_PRIVATE = True  # the receiver is on 127.0.0.1; the tests of the rule turn it off


@pytest.fixture(scope="module", autouse=True)
def empty_queue_afterwards():
    """Deliveries queue a real Celery message (nobody consumes it here): leave the broker empty."""
    yield
    from medpref.celery import app

    app.control.purge()


def subscribe(receiver: Receiver, events=None, **fields) -> Subscription:
    subscription, secret = services.create_subscription(
        url=receiver.url, events=events or list(services.EVENT_TYPES), **fields
    )
    receiver.secret = secret
    return subscription


def delivery_for(subscription: Subscription, event_type: str = "pair.resolved", data=None) -> Delivery:
    (delivery,) = services.dispatch(
        services.new_event_id(),
        event_type,
        {"type": event_type, "timestamp": "2026-11-29T10:00:00Z", "data": data or {"pair": 7}},
    )
    assert delivery.subscription_id == subscription.pk
    return delivery


@contextmanager
def announced(capture):
    """Run only the webhook announcements among the callbacks of the transaction (no training task is sent)."""
    with capture(execute=False) as callbacks:
        yield
    for callback in callbacks:
        if isinstance(callback, partial) and callback.func is services.announce:
            callback()


def sent(event_type: str) -> list[dict]:
    return [d.payload["data"] for d in Delivery.objects.filter(event_type=event_type).order_by("id")]


# --- signing and the wire format -----------------------------------------------------------------


@pytest.mark.django_db
def test_a_delivery_is_signed_so_the_standard_webhooks_library_verifies_it(receiver):
    subscription = subscribe(receiver)
    delivery = delivery_for(subscription, data={"pair": 7, "campaign": 3})
    assert services.attempt(delivery.pk).status == DeliveryStatus.SUCCEEDED
    (request,) = receiver.requests
    assert request["verified"] == {
        "type": "pair.resolved",
        "timestamp": "2026-11-29T10:00:00Z",
        "data": {"pair": 7, "campaign": 3},
    }
    assert request["headers"]["webhook-id"] == delivery.event_id and delivery.event_id.startswith("msg_")
    assert request["headers"]["content-type"] == "application/json"
    with pytest.raises(WebhookVerificationError):
        Webhook(services.new_secret()).verify(request["body"], request["headers"])


@pytest.mark.django_db
def test_every_retry_keeps_the_event_id_and_is_signed_with_its_own_timestamp(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(503)
    now = timezone.now()
    services.attempt(delivery.pk, now=now)
    services.attempt(delivery.pk, now=now + timedelta(seconds=31))
    first, second = receiver.requests
    assert first["headers"]["webhook-id"] == second["headers"]["webhook-id"] == delivery.event_id
    assert int(second["headers"]["webhook-timestamp"]) == int(first["headers"]["webhook-timestamp"]) + 31
    assert first["verified"] == second["verified"]  # each signature covers its own timestamp


# --- retries -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_500_is_retried_after_the_backoff_and_then_succeeds(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(500)
    now = timezone.now()
    failed = services.attempt(delivery.pk, now=now)
    assert (failed.status, failed.attempts, failed.last_status_code) == (DeliveryStatus.PENDING, 1, 500)
    assert failed.next_attempt_at == now + timedelta(seconds=30)
    assert services.attempt(delivery.pk, now=now + timedelta(seconds=29)) is None  # not due yet: nothing sent
    done = services.attempt(delivery.pk, now=now + timedelta(seconds=30))
    assert (done.status, done.attempts, done.last_status_code, done.next_attempt_at) == (
        DeliveryStatus.SUCCEEDED, 2, 200, None
    )  # fmt: skip
    assert len(receiver.requests) == 2


@pytest.mark.django_db
def test_a_2xx_is_never_sent_again(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(204)
    assert services.attempt(delivery.pk).status == DeliveryStatus.SUCCEEDED
    assert services.attempt(delivery.pk, now=timezone.now() + timedelta(days=1)) is None
    assert services.send_due(now=timezone.now() + timedelta(days=1)) == 0
    assert len(receiver.requests) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "code, retried", [(400, False), (401, False), (404, False), (410, False), (408, True), (429, True), (502, True)]
)
def test_which_answers_are_retried(receiver, code, retried):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(code)
    after = services.attempt(delivery.pk)
    assert after.last_status_code == code
    assert after.status == (DeliveryStatus.PENDING if retried else DeliveryStatus.FAILED)
    assert (after.next_attempt_at is not None) == retried


@pytest.mark.django_db
def test_retry_after_is_honoured_up_to_the_cap(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(429, headers={"Retry-After": "120"})
    now = timezone.now()
    assert services.attempt(delivery.pk, now=now).next_attempt_at == now + timedelta(seconds=120)


@pytest.mark.django_db
def test_a_receiver_that_does_not_answer_in_time_is_retried(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(200, delay=2)  # the timeout is 1 s
    after = services.attempt(delivery.pk)
    assert (after.status, after.last_status_code) == (DeliveryStatus.PENDING, None)
    assert "no answer within 1 s" in after.last_error


@pytest.mark.django_db
def test_a_refused_connection_is_retried(receiver):
    subscription = subscribe(receiver)
    receiver.close()  # nobody listens on the port any more
    after = services.attempt(delivery_for(subscription).pk)
    assert (after.status, after.last_status_code) == (DeliveryStatus.PENDING, None)
    assert after.last_error.startswith("could not connect")


def resetting_server() -> tuple[socket.socket, int]:
    """A port that accepts a connection and resets it at once (an open port that is not HTTP)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def reset() -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _ = server.accept()
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                connection.close()

    threading.Thread(target=reset, daemon=True).start()
    return server, server.getsockname()[1]


@pytest.mark.django_db
def test_a_reset_connection_reads_like_a_refused_one_so_the_log_scans_no_ports(receiver):
    refused_subscription = subscribe(receiver)
    receiver.close()
    refused = services.attempt(delivery_for(refused_subscription).pk)
    server, port = resetting_server()
    try:
        Subscription.objects.update(url=f"http://127.0.0.1:{port}/hooks")
        reset = services.attempt(delivery_for(refused_subscription).pk)
    finally:
        server.close()
    assert reset.last_error == refused.last_error and reset.last_status_code is None
    assert "refused" not in reset.last_error.lower() and "reset" not in reset.last_error.lower()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:6379/",
        "http://localhost:8000/hooks",
        "http://10.1.2.3/hooks",
        "http://192.168.0.9/hooks",
        "http://172.16.0.1/hooks",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0:8000/",
        "http://[::1]/hooks",
        "http://[::ffff:127.0.0.1]/hooks",
        "http://[fe80::1]/hooks",
    ],
)
def test_loopback_private_link_local_and_unspecified_receivers_are_refused(admin, settings, url):
    settings.WEBHOOK_ALLOW_PRIVATE = False
    answer = client_for(admin).post(
        "/api/v1/webhooks/subscriptions/", {"url": url, "events": ["pair.resolved"]}, format="json"
    )
    assert answer.status_code == 400 and "url" in answer.json()["details"], answer.json()
    assert "WEBHOOK_ALLOW_PRIVATE" in answer.json()["message"]
    assert not Subscription.objects.exists()


@pytest.mark.django_db
def test_a_name_that_resolves_to_a_private_address_at_delivery_is_not_sent_to(receiver, settings, monkeypatch):
    """DNS rebinding: public when the subscription is saved, loopback when the POST leaves."""
    settings.WEBHOOK_ALLOW_PRIVATE = False
    answers = {"hooks.example.org": "93.184.215.14"}
    real = socket.getaddrinfo

    def lookup(host, port, *args, **kwargs):
        return real(answers.get(host, host), port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    subscription, receiver.secret = services.create_subscription(
        url=f"http://hooks.example.org:{receiver.port}/hooks", events=["pair.resolved"]
    )
    answers["hooks.example.org"] = "127.0.0.1"
    after = services.attempt(delivery_for(subscription).pk)
    assert receiver.requests == []
    assert (after.status, after.last_status_code) == (DeliveryStatus.FAILED, None)
    assert "WEBHOOK_ALLOW_PRIVATE" in after.last_error


@pytest.mark.django_db
def test_private_receivers_are_reached_when_the_site_allows_them(receiver, settings):
    settings.WEBHOOK_ALLOW_PRIVATE = True
    after = services.attempt(delivery_for(subscribe(receiver)).pk)
    assert after.status == DeliveryStatus.SUCCEEDED and len(receiver.requests) == 1


@pytest.mark.django_db
def test_it_gives_up_after_the_last_attempt_and_says_so(receiver, caplog):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(500, 500, 500, 500, 500)
    now = timezone.now()
    with caplog.at_level(logging.WARNING, logger="medpref.core.webhooks.services"):
        for wait in [0, *services.schedule()]:
            now += timedelta(seconds=wait)
            last = services.attempt(delivery.pk, now=now)
    assert (last.status, last.attempts, last.next_attempt_at) == (DeliveryStatus.FAILED, 4, None)
    assert len(receiver.requests) == 4
    assert "gave up after 4 attempts" in caplog.text


def test_the_backoff_doubles_from_the_base_up_to_the_cap(settings):
    settings.WEBHOOK_RETRY_BASE_SECONDS, settings.WEBHOOK_RETRY_MAX_SECONDS = 30, 600
    assert services.schedule(8) == [30, 60, 120, 240, 480, 600, 600]
    assert [services.backoff(n) for n in (1, 2, 3)] == [30, 60, 120]


@pytest.mark.django_db
def test_a_redirect_to_another_host_is_not_followed(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(307, headers={"Location": f"http://localhost:{receiver.port}/elsewhere"})
    after = services.attempt(delivery.pk)
    assert (after.status, after.last_status_code) == (DeliveryStatus.FAILED, 307)
    assert "another host" in after.last_error
    assert [r["path"] for r in receiver.requests] == ["/hooks"]


@pytest.mark.django_db
def test_a_permanent_redirect_on_the_same_host_is_followed_with_the_signed_body(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(308, headers={"Location": "/hooks/v2"})
    assert services.attempt(delivery.pk).status == DeliveryStatus.SUCCEEDED
    assert [r["path"] for r in receiver.requests] == ["/hooks", "/hooks/v2"]
    assert receiver.requests[1]["verified"]["data"] == {"pair": 7}


@pytest.mark.django_db
def test_other_redirects_are_not_followed(receiver):
    delivery = delivery_for(subscribe(receiver))
    receiver.answer(302, headers={"Location": "/login"})
    assert services.attempt(delivery.pk).status == DeliveryStatus.FAILED
    assert len(receiver.requests) == 1


@pytest.mark.django_db
def test_a_delivery_is_queued_by_task_name_and_a_retry_with_its_backoff(receiver, monkeypatch):
    broker = use_broker(monkeypatch)
    delivery = delivery_for(subscribe(receiver))  # announced: queued at once
    receiver.answer(500)
    services.attempt(delivery.pk)
    assert broker.taken == [(services.TASK_NAME, delivery.pk)] * 2 and broker.countdowns == [None, 30.0]


@pytest.mark.django_db
def test_a_delivery_the_broker_refused_stays_due_for_the_beat(receiver, monkeypatch, caplog):
    broker = use_broker(monkeypatch, down=True)
    delivery = delivery_for(subscribe(receiver))  # the refusal is logged, not raised
    assert broker.refused == [(services.TASK_NAME, delivery.pk)] and "send_due will retry it" in caplog.text
    assert Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.PENDING
    assert services.send_due(now=timezone.now() + timedelta(minutes=5)) == 1


@pytest.mark.django_db
def test_an_overdue_delivery_is_sent_again_by_the_beat(receiver):
    delivery = delivery_for(subscribe(receiver))
    assert services.send_due(now=timezone.now()) == 0  # just queued: its message is on its way
    assert services.send_due(now=timezone.now() + timedelta(minutes=5)) == 1
    Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED)
    assert services.send_due(now=timezone.now() + timedelta(minutes=5)) == 0


@pytest.mark.django_db
def test_an_event_is_stored_with_its_transaction_so_a_crash_after_the_commit_loses_nothing(
    receiver, django_capture_on_commit_callbacks
):
    subscribe(receiver)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.emit("pair.resolved", {"pair": 9})
        assert sent("pair.resolved") == [{"pair": 9}]  # written by the service's own transaction
    assert len(callbacks) == 1  # the process "dies" here: the task is never queued
    (delivery,) = Delivery.objects.all()
    assert delivery.status == DeliveryStatus.PENDING
    assert services.send_due(now=timezone.now() + timedelta(minutes=5)) == 1  # the beat sends it


@pytest.mark.django_db
def test_finished_deliveries_leave_the_log_after_the_kept_days(receiver, settings):
    settings.WEBHOOK_LOG_DAYS = 90
    subscription = subscribe(receiver)
    old, recent, waiting = (delivery_for(subscription) for _ in range(3))
    now = timezone.now()
    Delivery.objects.update(next_attempt_at=now - timedelta(days=200))
    services.attempt(old.pk, now=now - timedelta(days=91))
    services.attempt(recent.pk, now=now - timedelta(days=89))
    Delivery.objects.filter(pk=waiting.pk).update(created_at=now - timedelta(days=200))  # still pending: kept
    assert services.prune_log(now=now) == 1
    assert sorted(Delivery.objects.values_list("pk", flat=True)) == sorted([recent.pk, waiting.pk])


@pytest.mark.django_db
def test_a_deactivated_subscription_gets_nothing(receiver):
    subscription = subscribe(receiver)
    delivery = delivery_for(subscription)
    services.update_subscription(subscription, active=False)
    after = services.attempt(delivery.pk)
    assert after.status == DeliveryStatus.FAILED and "deactivated" in after.last_error
    assert services.dispatch(services.new_event_id(), "pair.resolved", {"data": {}}) == []
    assert receiver.requests == []


# --- events from the services --------------------------------------------------------------------


@pytest.fixture
def everything(receiver, db):
    """A subscription to every event, and one to snapshots only."""
    subscribe(receiver, events=["snapshot.created"])
    return subscribe(receiver)


@pytest.mark.django_db
def test_agreeing_annotators_send_pair_resolved(
    everything, campaign, annotator, annotator2, django_capture_on_commit_callbacks
):
    (pair,) = make_pairs(campaign, 1)
    with announced(django_capture_on_commit_callbacks):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, GOOD, POOR)
    assert sent("pair.resolved") == [
        {"pair": pair.pk, "campaign": campaign.pk, "state": "consensus", "decision": "a", "safety_conflict": False}
    ]
    assert sent("pair.disputed") == []
    (delivery,) = Delivery.objects.filter(event_type="pair.resolved")
    assert "rash" not in json.dumps(delivery.payload)  # ids and outcomes, never the conversation


@pytest.mark.django_db
def test_disagreeing_annotators_send_pair_disputed_and_the_expert_arbitration_decided(
    everything, campaign, annotator, annotator2, expert, django_capture_on_commit_callbacks
):
    (pair,) = make_pairs(campaign, 1)
    with announced(django_capture_on_commit_callbacks):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, POOR, GOOD)
    assert [(d["pair"], d["state"]) for d in sent("pair.disputed")] == [(pair.pk, "disputed")]
    with announced(django_capture_on_commit_callbacks):
        arbitration = arbitrate(expert=expert, pair_id=pair.pk, decision="b", rationale="B names the red flags.")
    assert sent("arbitration.decided") == [
        {
            "arbitration": arbitration.pk,
            "pair": pair.pk,
            "campaign": campaign.pk,
            "decision": "b",
            "state": "arbitrated",
            "previous_state": "disputed",
        }
    ]


@pytest.mark.django_db
def test_a_refused_service_call_sends_nothing(
    everything, campaign, annotator, expert, django_capture_on_commit_callbacks
):
    (pair,) = make_pairs(campaign, 1)
    with announced(django_capture_on_commit_callbacks), pytest.raises(Exception, match="only disputed pairs"):
        arbitrate(expert=expert, pair_id=pair.pk, decision="a", rationale="too early")
    assert not Delivery.objects.exists()


@pytest.mark.django_db
def test_a_snapshot_sends_snapshot_created_to_both_subscribers(
    everything, campaign, annotator, annotator2, django_capture_on_commit_callbacks
):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, GOOD, POOR)
    with announced(django_capture_on_commit_callbacks):
        snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    payloads = sent("snapshot.created")
    assert len(payloads) == 2 and payloads[0] == payloads[1]
    assert payloads[0] == {
        "snapshot": snapshot.pk,
        "name": snapshot.name,
        "kind": "dpo",
        "rows": 1,
        "sha256": snapshot.sha256,
    }


@pytest.mark.django_db
def test_a_training_job_sends_each_state_it_goes_through(
    everything, campaign, annotator, annotator2, admin, django_capture_on_commit_callbacks
):
    (pair,) = make_pairs(campaign, 1)
    judge_pair(annotator, pair, GOOD, POOR)
    judge_pair(annotator2, pair, GOOD, POOR)
    snapshot = create_snapshot(campaigns=[campaign], kind="dpo")
    version = register_base_model(name="nowhere", base_model="/nowhere/model")
    with announced(django_capture_on_commit_callbacks):
        job = create_job(kind="dpo", snapshot=snapshot, base_version=version, user=admin)
    with announced(django_capture_on_commit_callbacks):
        runs.claim(TrainingJob, job.pk)
    with announced(django_capture_on_commit_callbacks):
        runs.finish(job, RunState.FAILED, error="out of memory")
    assert sent("job.state_changed") == [
        {"job": job.pk, "state": "queued"},
        {"job": job.pk, "state": "running"},
        {"job": job.pk, "state": "failed"},
    ]


@pytest.mark.django_db
def test_an_evaluation_sends_evaluation_finished_when_its_last_pair_is_decided(
    everything, django_capture_on_commit_callbacks
):
    evaluation = scripted_evaluation(["win"])  # its one pair is decided; now one more to judge
    (pair,) = make_pairs(evaluation.campaign, 1, start=50)
    first, second = make_user("eval-doc3"), make_user("eval-doc4")
    join(evaluation.campaign, first, second)
    with django_capture_on_commit_callbacks(execute=True):
        judge_pair(first, pair, GOOD, POOR)
    assert sent("evaluation.finished") == []
    with django_capture_on_commit_callbacks(execute=True):
        judge_pair(second, pair, GOOD, POOR)
    assert sent("evaluation.finished") == [
        {
            "evaluation": evaluation.pk,
            "campaign": evaluation.campaign_id,
            "model_a": evaluation.model_a_id,
            "model_b": evaluation.model_b_id,
        }
    ]


@pytest.mark.django_db
def test_a_subscriber_gets_only_the_events_it_chose(
    receiver, campaign, annotator, annotator2, django_capture_on_commit_callbacks
):
    subscribe(receiver, events=["pair.disputed"])
    (pair,) = make_pairs(campaign, 1)
    with announced(django_capture_on_commit_callbacks):
        judge_pair(annotator, pair, GOOD, POOR)
        judge_pair(annotator2, pair, GOOD, POOR)
    assert not Delivery.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_event_of_a_rolled_back_transaction_is_never_announced(receiver):
    subscribe(receiver)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.emit("pair.resolved", {"pair": 1})
        raise RuntimeError("the service failed after announcing")
    assert not Delivery.objects.exists()
    services.emit("pair.resolved", {"pair": 2})  # outside a transaction: at once
    assert sent("pair.resolved") == [{"pair": 2}]


def test_an_unknown_event_type_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown webhook event type"):
        services.emit("pair.resolvd", {})


# --- the API -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_secret_is_shown_once_when_the_subscription_is_made(admin, receiver):
    api = client_for(admin)
    made = api.post(
        "/api/v1/webhooks/subscriptions/", {"url": receiver.url, "events": ["pair.resolved"]}, format="json"
    )
    assert made.status_code == 201, made.json()
    secret = made.json()["secret"]
    assert secret.startswith("whsec_") and made.json()["secret_hint"] == f"whsec_…{secret[-4:]}"
    pk = made.json()["id"]
    for url in ("/api/v1/webhooks/subscriptions/", f"/api/v1/webhooks/subscriptions/{pk}/"):
        shown = api.get(url)
        assert (
            shown.status_code == 200
            and secret not in shown.content.decode()
            and '"secret"' not in shown.content.decode()
        )
    patched = api.patch(
        f"/api/v1/webhooks/subscriptions/{pk}/", {"description": "CRO", "secret": "whsec_mine"}, format="json"
    )
    assert patched.status_code == 200 and secret not in patched.content.decode()
    assert Subscription.objects.get(pk=pk).secret == secret  # the secret is not a field anyone sets
    rotated = api.post(f"/api/v1/webhooks/subscriptions/{pk}/rotate-secret/").json()["secret"]
    assert rotated != secret and Subscription.objects.get(pk=pk).secret == rotated
    receiver.secret = rotated
    tested = api.post(f"/api/v1/webhooks/subscriptions/{pk}/test/")
    assert (
        tested.status_code == 200
        and tested.json()["status"] == "succeeded"
        and tested.json()["last_status_code"] == 200
    )
    assert receiver.requests[-1]["verified"]["type"] == "webhook.test"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, problem",
    [
        ("file:///etc/passwd", "http:// or https://"),
        ("ftp://example.org/hooks", "http:// or https://"),
        ("javascript:alert(1)", "http:// or https://"),
        ("example.org/hooks", "http:// or https://"),
        ("http:///hooks", "names no host"),
        ("http://exa mple.org/", "not a valid URL"),
    ],
)
def test_only_http_and_https_urls_are_accepted(admin, url, problem):
    answer = client_for(admin).post(
        "/api/v1/webhooks/subscriptions/", {"url": url, "events": ["pair.resolved"]}, format="json"
    )
    assert answer.status_code == 400 and "url" in answer.json()["details"], answer.json()
    assert problem in answer.json()["message"]
    assert not Subscription.objects.exists()


@pytest.mark.django_db
def test_unknown_or_no_events_are_refused(admin):
    api = client_for(admin)
    for events in ([], ["pair.resolvd"], ["webhook.test"]):
        answer = api.post(
            "/api/v1/webhooks/subscriptions/", {"url": "https://example.org/h", "events": events}, format="json"
        )
        assert answer.status_code == 400 and "events" in answer.json()["details"]


@pytest.mark.django_db
def test_the_delivery_log_shows_response_codes_and_filters(admin, receiver):
    subscription = subscribe(receiver)
    receiver.answer(500)
    failed = services.attempt(delivery_for(subscription).pk)
    services.send_test(subscription, sent_by=admin)
    api = client_for(admin)
    log = api.get("/api/v1/webhooks/deliveries/").json()
    assert log["count"] == 2
    assert [(row["event_type"], row["last_status_code"], row["status"]) for row in log["results"]] == [
        ("webhook.test", 200, "succeeded"),
        ("pair.resolved", 500, "pending"),
    ]
    pending = api.get(f"/api/v1/webhooks/deliveries/?status=pending&subscription={subscription.pk}").json()
    assert [row["id"] for row in pending["results"]] == [failed.pk]
    assert api.get("/api/v1/webhooks/deliveries/?subscription=x").status_code == 400
    assert api.get("/api/v1/webhooks/deliveries/?status=lost").status_code == 400


@pytest.mark.django_db
def test_deleting_a_subscription_deletes_its_log(admin, receiver):
    subscription = subscribe(receiver)
    delivery_for(subscription)
    assert client_for(admin).delete(f"/api/v1/webhooks/subscriptions/{subscription.pk}/").status_code == 204
    assert not Subscription.objects.exists() and not Delivery.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.ANNOTATOR, Role.EXPERT, None])
def test_only_admins_reach_webhooks(role, receiver):
    subscription = subscribe(receiver)
    api = client_for(make_user(f"someone-{role}", role) if role else None)
    calls = [
        ("get", "/api/v1/webhooks/events/"),
        ("get", "/api/v1/webhooks/subscriptions/"),
        ("post", "/api/v1/webhooks/subscriptions/"),
        ("get", f"/api/v1/webhooks/subscriptions/{subscription.pk}/"),
        ("patch", f"/api/v1/webhooks/subscriptions/{subscription.pk}/"),
        ("delete", f"/api/v1/webhooks/subscriptions/{subscription.pk}/"),
        ("post", f"/api/v1/webhooks/subscriptions/{subscription.pk}/rotate-secret/"),
        ("post", f"/api/v1/webhooks/subscriptions/{subscription.pk}/test/"),
        ("get", "/api/v1/webhooks/deliveries/"),
    ]
    for method, url in calls:
        assert getattr(api, method)(url, {}, format="json").status_code in (401, 403), (method, url)
    assert receiver.requests == [] and Subscription.objects.get().secret == receiver.secret


# --- through a real worker -----------------------------------------------------------------------


@pytest.fixture
def quick_retries(monkeypatch):
    """The worker reads its settings from the environment: retry after 1 s, to the receiver on 127.0.0.1."""
    monkeypatch.setenv("WEBHOOK_RETRY_BASE_SECONDS", "1")
    monkeypatch.setenv("WEBHOOK_ALLOW_PRIVATE", "1")
    monkeypatch.setenv("WEBHOOK_TIMEOUT_SECONDS", "2")


@pytest.mark.postgres
@pytest.mark.timeout(120)
def test_a_worker_delivers_an_event_and_retries_after_a_500(quick_retries, worker, receiver):
    subscribe(receiver, events=["snapshot.created"])
    receiver.answer(500)
    with transaction.atomic():
        services.emit("snapshot.created", {"snapshot": 1})
    deadline = time.time() + 60
    while time.time() < deadline and not Delivery.objects.filter(status=DeliveryStatus.SUCCEEDED).exists():
        time.sleep(0.2)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (DeliveryStatus.SUCCEEDED, 2, 200)
    assert [r["verified"]["data"] for r in receiver.requests] == [{"snapshot": 1}, {"snapshot": 1}]
    gap = delivery.last_attempt_at - delivery.created_at
    assert timedelta(seconds=1) <= gap < timedelta(seconds=30)


# --- the console page ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_page_is_for_admins_only(annotator, expert, admin):
    assert page_client(None).get("/console/webhooks/")["Location"].startswith("/login/")
    assert page_client(annotator).get("/console/webhooks/").status_code == 403
    assert page_client(expert).get("/console/webhooks/").status_code == 403
    page = page_client(admin).get("/console/webhooks/").content.decode()
    assert "No subscriptions yet" in page and "Nothing sent yet" in page


@pytest.mark.django_db
def test_the_page_shows_the_new_secret_once_and_the_test_result(admin, receiver):
    page = page_client(admin)
    made = page.post(
        "/console/webhooks/",
        {
            "action": "create",
            "url": receiver.url,
            "events": ["pair.resolved", "snapshot.created"],
            "description": "CRO",
        },
    )
    subscription = Subscription.objects.get()
    assert made.status_code == 200 and subscription.secret in made.content.decode()
    assert subscription.events == ["pair.resolved", "snapshot.created"] and subscription.created_by == admin
    again = page.get("/console/webhooks/").content.decode()
    assert subscription.secret not in again and subscription.secret_hint in again
    receiver.secret = subscription.secret
    tested = page.post("/console/webhooks/", {"action": "test", "subscription": subscription.pk}, follow=True)
    assert "the receiver answered 200" in tested.content.decode()
    assert receiver.requests[-1]["verified"]["type"] == "webhook.test"


@pytest.mark.django_db
def test_the_page_refuses_a_non_http_url_with_the_api_sentence(admin):
    answer = page_client(admin).post(
        "/console/webhooks/",
        {"action": "create", "url": "file:///etc/passwd", "events": ["pair.resolved"]},
        follow=True,
    )
    assert "http:// or https://" in answer.content.decode() and not Subscription.objects.exists()


@pytest.mark.django_db
def test_the_delivery_log_on_the_page_shows_response_codes(admin, receiver):
    subscription = subscribe(receiver)
    receiver.answer(503)
    services.attempt(delivery_for(subscription).pk)
    page = page_client(admin).get(f"/console/webhooks/?subscription={subscription.pk}&status=pending").content.decode()
    assert "<code>503</code>" in page and "pair.resolved" in page
    paused = page_client(admin).post("/console/webhooks/", {"action": "pause", "subscription": subscription.pk})
    assert paused.status_code == 302 and not Subscription.objects.get().active
    assert "No delivery matches" in page_client(admin).get("/console/webhooks/?status=failed").content.decode()
