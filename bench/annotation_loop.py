"""Annotation throughput: N simulated annotators doing `next` + submit against a running server.

    make bench                                                  # both set-ups, one after the other
    make bench ARGS="--databases postgres --annotators 32"
    .venv/bin/python bench/annotation_loop.py --url http://127.0.0.1:8000 --annotators 16

For each database in --databases it starts the web server exactly as `make run` does (gunicorn with
medpref/gunicorn.conf.py, DEBUG off): `sqlite` is the embedded default (a fresh SQLite file under a
temporary MEDPREF_VAR_DIR, file cache, no Redis); `postgres` uses DATABASE_URL and REDIS_URL (`make
bench` finds or starts them). It prints annotations/second, p50/p95/p99 latency of `next` and
submit, errors by status, and the web server's CPU time per annotation (database CPU not included).
The bench campaign and users are created fresh and deleted afterwards unless --keep is given.
Figures, not assertions: see the README for results.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
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
        with psycopg.connect(
            host=db["HOST"],
            port=db["PORT"] or 5432,
            user=db["USER"],
            password=db["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]).fetchone():
                conn.execute(f'CREATE DATABASE "{db["NAME"]}"')
    call_command("migrate", verbosity=0)


def create_campaign(pairs: int, per_pair: int, annotators: int) -> tuple[int, list[str]]:
    from rest_framework.authtoken.models import Token

    from annotation.models import Campaign, CampaignMember, CampaignStatus, Pair, Prompt, Response, User

    run = uuid.uuid4().hex[:8]
    campaign = Campaign.objects.create(
        name=f"bench-{run}", annotations_per_pair=per_pair, gold_rate=0, lease_minutes=10, status=CampaignStatus.ACTIVE
    )
    prompts = Prompt.objects.bulk_create(
        [
            Prompt(
                campaign=campaign,
                external_id=f"b{i}",
                messages=[
                    {"role": "user", "content": f"Bench question {i}: I have had a headache for {i % 9 + 1} days."}
                ],
            )
            for i in range(pairs)
        ],
        batch_size=2000,
    )
    responses = Response.objects.bulk_create(
        [
            Response(
                prompt=p,
                text=f"Answer {k} to {p.external_id}: measure your blood pressure and see a doctor if it persists.",
                source=f"bench-{k}",
            )
            for p in prompts
            for k in "ab"
        ],
        batch_size=2000,
    )
    Pair.objects.bulk_create(
        [
            Pair(
                campaign=campaign,
                prompt=p,
                response_a=responses[2 * i],
                response_b=responses[2 * i + 1],
                external_id=p.external_id,
            )
            for i, p in enumerate(prompts)
        ],
        batch_size=2000,
    )
    tokens = []
    for i in range(annotators):
        user = User.objects.create(username=f"bench-{run}-{i:02d}", role="annotator")
        CampaignMember.objects.create(campaign=campaign, user=user)  # `next` serves members only
        tokens.append(Token.objects.create(user=user).key)
    return campaign.pk, tokens


def delete_campaign(campaign_id: int) -> None:
    from annotation.models import Annotation, Campaign, Pair, User

    campaign = Campaign.objects.get(pk=campaign_id)
    Annotation.objects.filter(pair__campaign=campaign).delete()
    Pair.objects.filter(campaign=campaign).delete()
    User.objects.filter(username__startswith=campaign.name + "-").delete()
    campaign.delete()


def start_server(port: int, workers: int | None, threads: int) -> subprocess.Popen:
    """gunicorn with the config `make run` uses; --workers/--threads only override it when given."""
    command = [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "medpref/gunicorn.conf.py"]
    if workers:
        command += ["--workers", str(workers)]
    if threads > 1:
        command += ["--threads", str(threads), "--worker-class", "gthread"]
    env = {**os.environ, "PORT": str(port), "DEBUG": "0", "LOG_LEVEL": "WARNING"}
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
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
        self.errors: list[tuple[str, int, bytes]] = []

    def call(self, connection, method: str, path: str, body: dict | None = None) -> tuple[int, bytes, float]:
        started = time.perf_counter()
        connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=self.headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, data, time.perf_counter() - started

    def run(self) -> None:
        """Keeps going after an error (counted), so one failure does not hide the ones after it."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        while time.time() < self.stop_at:
            try:
                status, data, elapsed = self.call(connection, "GET", f"/api/v1/campaigns/{self.campaign_id}/next/")
            except OSError as exc:
                self.errors.append(("next", 0, repr(exc).encode()))
                connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
                continue
            self.next_latencies.append(elapsed)
            if status == 204:
                return
            if status != 200:
                self.errors.append(("next", status, data[:200]))
                time.sleep(0.05)
                continue
            pair_id = json.loads(data)["pair_id"]
            scores = {
                "a": {"safety": 5, "professionalism": 4, "fluency": 4},
                "b": {"safety": 4, "professionalism": 4, "fluency": 3},
            }
            try:
                status, data, elapsed = self.call(
                    connection,
                    "POST",
                    f"/api/v1/pairs/{pair_id}/annotations/",
                    {"client_id": str(uuid.uuid4()), "scores": scores, "seconds_spent": 30},
                )
            except OSError as exc:
                self.errors.append(("submit", 0, repr(exc).encode()))
                connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
                continue
            if status != 201:
                self.errors.append(("submit", status, data[:200]))
                continue
            self.submit_latencies.append(elapsed)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def server_cpu_seconds(session: int) -> float:
    """CPU time of the gunicorn master and its workers so far (processes of the server's session)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # field 6 of /proc/PID/stat: the session id
            total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / os.sysconf("SC_CLK_TCK")


def measure(args: argparse.Namespace) -> dict:
    """One run against one database (the one this process's settings point at)."""
    setup_django()
    ensure_database()
    started = time.perf_counter()
    campaign_id, tokens = create_campaign(args.pairs, args.per_pair, args.annotators)
    print(
        f"campaign {campaign_id}: {args.pairs} pairs x {args.per_pair} annotations, {args.annotators} annotators (setup {time.perf_counter() - started:.1f} s)",
        flush=True,
    )
    server = None if args.url else start_server(args.port, args.workers, args.threads)
    url = args.url or f"http://127.0.0.1:{args.port}"
    cpu_before = server_cpu_seconds(server.pid) if server else 0.0
    try:
        stop_at = time.time() + args.seconds
        annotators = [Annotator(url, token, campaign_id, stop_at) for token in tokens]
        began = time.perf_counter()
        for annotator in annotators:
            annotator.start()
        for annotator in annotators:
            annotator.join()
        wall = time.perf_counter() - began
        cpu = server_cpu_seconds(server.pid) - cpu_before if server else float("nan")
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    if not args.keep:
        delete_campaign(campaign_id)
    next_latencies = [x for a in annotators for x in a.next_latencies]
    submit_latencies = [x for a in annotators for x in a.submit_latencies]
    errors = [e for a in annotators for e in a.errors]
    done = len(submit_latencies)
    from django.conf import settings

    return {
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[1],
        "server": args.url or f"gunicorn, {args.workers or 'default'} workers x {args.threads} thread(s)",
        "annotations": done,
        "seconds": wall,
        "annotations_per_s": done / wall,
        "requests_per_s": (len(next_latencies) + len(submit_latencies) + len(errors)) / wall,
        "server_cpu_ms_per_annotation": 1000 * cpu / done if done else float("nan"),
        "next": latency_summary(next_latencies),
        "submit": latency_summary(submit_latencies),
        "errors": dict(collections.Counter(f"{kind} {status}" for kind, status, _ in errors)),
        "first_error": errors[0][2].decode(errors="replace") if errors else None,
        # Other work on the machine skews every figure; say how busy it was.
        "load_average_1min_after": os.getloadavg()[0],
    }


def latency_summary(values: list[float]) -> dict:
    return {
        "n": len(values),
        **{name: 1000 * percentile(values, q) for name, q in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))},
    }


def report(result: dict) -> str:
    lines = [
        f"{result['database']}: {result['server']} (load average afterwards {result['load_average_1min_after']:.1f} on {os.cpu_count()} CPUs)",
        f"  annotations: {result['annotations']} in {result['seconds']:.1f} s = {result['annotations_per_s']:.1f}/s ({result['requests_per_s']:.0f} requests/s); web server CPU {result['server_cpu_ms_per_annotation']:.1f} ms per annotation",
    ]
    for name in ("next", "submit"):
        figures = result[name]
        lines.append(
            f"  {name:>6}: n={figures['n']} p50={figures['p50']:.1f} ms p95={figures['p95']:.1f} ms p99={figures['p99']:.1f} ms"
        )
    errors = sum(result["errors"].values())
    lines.append(
        f"  errors: {errors}" + (f" {result['errors']}, first: {result['first_error'][:200]}" if errors else "")
    )
    return "\n".join(lines)


def child_env(database: str, var_dir: str) -> dict:
    """The environment of one set-up: `make run`'s embedded default, or PostgreSQL + Redis."""
    from medpref.settings import SECRET_KEY  # the key this checkout already uses

    env = {**os.environ, "SECRET_KEY": SECRET_KEY}
    if database == "sqlite":
        for name in ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"):
            env.pop(name, None)
        env["MEDPREF_VAR_DIR"] = var_dir
    elif not env.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit(
            "--databases postgres needs DATABASE_URL=postgres://... (`make bench` finds or starts PostgreSQL)"
        )
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a running server (measures only the database this process is configured for)")
    parser.add_argument(
        "--databases", default="sqlite,postgres", help="comma-separated: sqlite (the `make run` default), postgres"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, help="gunicorn worker processes (default: medpref/gunicorn.conf.py's)")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker (gthread when > 1)")
    parser.add_argument("--annotators", type=int, default=16)
    parser.add_argument("--pairs", type=int, default=10000)
    parser.add_argument("--per-pair", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=30, help="stop after this long even if work is left")
    parser.add_argument("--keep", action="store_true", help="keep the bench campaign and users")
    parser.add_argument("--json", help=argparse.SUPPRESS)  # internal: write one measurement here
    args = parser.parse_args()

    if args.url or args.json:
        result = measure(args)
        if args.json:
            Path(args.json).write_text(json.dumps(result))
        print(report(result), flush=True)
        return
    passed = [
        "--port",
        str(args.port),
        "--threads",
        str(args.threads),
        "--annotators",
        str(args.annotators),
        "--pairs",
        str(args.pairs),
        "--per-pair",
        str(args.per_pair),
        "--seconds",
        str(args.seconds),
    ]
    passed += (["--workers", str(args.workers)] if args.workers else []) + (["--keep"] if args.keep else [])
    results = []
    for database in [d.strip() for d in args.databases.split(",") if d.strip()]:
        with tempfile.TemporaryDirectory(prefix=f"medpref-bench-{database}-") as scratch:
            out = Path(scratch) / "result.json"
            env = child_env(database, scratch)
            subprocess.run([sys.executable, __file__, *passed, "--json", str(out)], cwd=ROOT, env=env, check=True)
            results.append(json.loads(out.read_text()))
    print(
        f"\n=== {args.annotators} annotators without think time, {args.seconds:.0f} s each, {os.cpu_count()} CPUs ==="
    )
    for result in results:
        print(report(result))


if __name__ == "__main__":
    main()
