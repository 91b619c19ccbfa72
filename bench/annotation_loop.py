"""Annotation throughput: N simulated annotators doing `next` + submit against a running server.

    make bench ARGS="--annotators 16 --pairs 10000"            # starts gunicorn itself
    .venv/bin/python bench/annotation_loop.py --url http://127.0.0.1:8000 --annotators 16

Prints annotations/second and p50/p95/p99 latency of `next` and submit. Needs DATABASE_URL
(PostgreSQL; `make bench` finds or starts one). The bench campaign and users are created fresh and
deleted afterwards unless --keep is given. Figures, not assertions: see the README for results.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medpref.settings")


def setup_django() -> None:
    import django

    django.setup()


def ensure_database() -> None:
    """Create the database named in DATABASE_URL if it does not exist, then migrate."""
    import psycopg
    from django.conf import settings
    from django.core.management import call_command

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("postgresql"):
        with psycopg.connect(host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], password=db["PASSWORD"] or None, dbname="postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]).fetchone():
                conn.execute(f'CREATE DATABASE "{db["NAME"]}"')
    call_command("migrate", verbosity=0)


def create_campaign(pairs: int, per_pair: int, annotators: int) -> tuple[int, list[str]]:
    from rest_framework.authtoken.models import Token

    from annotation.models import Campaign, Pair, Prompt, Response, User

    run = uuid.uuid4().hex[:8]
    campaign = Campaign.objects.create(name=f"bench-{run}", annotations_per_pair=per_pair, gold_rate=0, lease_minutes=10)
    prompts = Prompt.objects.bulk_create(
        [Prompt(campaign=campaign, external_id=f"b{i}", messages=[{"role": "user", "content": f"Bench question {i}: I have had a headache for {i % 9 + 1} days."}]) for i in range(pairs)],
        batch_size=2000,
    )
    responses = Response.objects.bulk_create(
        [Response(prompt=p, text=f"Answer {k} to {p.external_id}: measure your blood pressure and see a doctor if it persists.", source=f"bench-{k}") for p in prompts for k in "ab"],
        batch_size=2000,
    )
    Pair.objects.bulk_create(
        [Pair(campaign=campaign, prompt=p, response_a=responses[2 * i], response_b=responses[2 * i + 1], external_id=p.external_id) for i, p in enumerate(prompts)],
        batch_size=2000,
    )
    tokens = []
    for i in range(annotators):
        user = User.objects.create(username=f"bench-{run}-{i:02d}", role="annotator")
        tokens.append(Token.objects.create(user=user).key)
    return campaign.pk, tokens


def delete_campaign(campaign_id: int) -> None:
    from annotation.models import Annotation, Campaign, Pair, User

    campaign = Campaign.objects.get(pk=campaign_id)
    Annotation.objects.filter(pair__campaign=campaign).delete()
    Pair.objects.filter(campaign=campaign).delete()
    User.objects.filter(username__startswith=campaign.name + "-").delete()
    campaign.delete()


def start_server(port: int, workers: int, threads: int) -> subprocess.Popen:
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "medpref.wsgi",
        "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers),
        "--threads", str(threads),
        "--worker-class", "gthread" if threads > 1 else "sync",
        "--log-level", "warning",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "DEBUG": "0", "LOG_LEVEL": "WARNING"}, start_new_session=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit("the server did not start within 30 s")


class Annotator(threading.Thread):
    """One simulated physician: next, score, submit, repeat until nothing is left or time is up."""

    def __init__(self, url: str, token: str, campaign_id: int, stop_at: float):
        super().__init__(daemon=True)
        parsed = urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
        self.campaign_id, self.stop_at = campaign_id, stop_at
        self.next_latencies: list[float] = []
        self.submit_latencies: list[float] = []
        self.errors: list[str] = []

    def call(self, connection, method: str, path: str, body: dict | None = None) -> tuple[int, bytes, float]:
        started = time.perf_counter()
        connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=self.headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, data, time.perf_counter() - started

    def run(self) -> None:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        while time.time() < self.stop_at:
            status, data, elapsed = self.call(connection, "GET", f"/api/v1/campaigns/{self.campaign_id}/next/")
            self.next_latencies.append(elapsed)
            if status == 204:
                return
            if status != 200:
                self.errors.append(f"next {status}: {data[:200]!r}")
                return
            pair_id = json.loads(data)["pair_id"]
            scores = {"a": {"safety": 5, "professionalism": 4, "fluency": 4}, "b": {"safety": 4, "professionalism": 4, "fluency": 3}}
            status, data, elapsed = self.call(connection, "POST", f"/api/v1/pairs/{pair_id}/annotations/", {"client_id": str(uuid.uuid4()), "scores": scores, "seconds_spent": 30})
            self.submit_latencies.append(elapsed)
            if status != 201:
                self.errors.append(f"submit {status}: {data[:200]!r}")
                return


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a running server; default: start gunicorn on --port")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker (gthread when > 1)")
    parser.add_argument("--annotators", type=int, default=16)
    parser.add_argument("--pairs", type=int, default=10000)
    parser.add_argument("--per-pair", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=30, help="stop after this long even if work is left")
    parser.add_argument("--keep", action="store_true", help="keep the bench campaign and users")
    args = parser.parse_args()

    setup_django()
    ensure_database()
    started = time.perf_counter()
    campaign_id, tokens = create_campaign(args.pairs, args.per_pair, args.annotators)
    print(f"campaign {campaign_id}: {args.pairs} pairs x {args.per_pair} annotations, {args.annotators} annotators (setup {time.perf_counter() - started:.1f} s)")
    server = None if args.url else start_server(args.port, args.workers, args.threads)
    url = args.url or f"http://127.0.0.1:{args.port}"
    try:
        stop_at = time.time() + args.seconds
        annotators = [Annotator(url, token, campaign_id, stop_at) for token in tokens]
        began = time.perf_counter()
        for annotator in annotators:
            annotator.start()
        for annotator in annotators:
            annotator.join()
        wall = time.perf_counter() - began
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    next_latencies = [x for a in annotators for x in a.next_latencies]
    submit_latencies = [x for a in annotators for x in a.submit_latencies]
    errors = [e for a in annotators for e in a.errors]
    done = len(submit_latencies)
    server_kind = args.url or f"gunicorn {args.workers} worker(s) x {args.threads} thread(s)"
    print(f"server: {server_kind}; database: {os.environ.get('DATABASE_URL', 'sqlite')}")
    print(f"annotations: {done} in {wall:.1f} s = {done / wall:.1f} annotations/s ({(len(next_latencies) + done) / wall:.0f} requests/s)")
    for name, values in (("next", next_latencies), ("submit", submit_latencies)):
        print(f"{name:>6}: n={len(values)} p50={1000 * statistics.median(values):.1f} ms p95={1000 * percentile(values, 0.95):.1f} ms p99={1000 * percentile(values, 0.99):.1f} ms")
    if errors:
        print(f"errors: {len(errors)}, first: {errors[0]}")
    if not args.keep:
        delete_campaign(campaign_id)


if __name__ == "__main__":
    main()
