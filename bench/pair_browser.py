"""The pair browser on many pairs (issue 12): list, filtered list, text search and one pair's history.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/medpref_pairs .venv/bin/python bench/pair_browser.py --pairs 100000

Builds a campaign of N pairs with bulk inserts through the project's models (about 0.7 KB of text
each, a medical term from a vocabulary of 400 in every prompt; 60% pending with 0-1 annotations,
25% consensus, 10% disputed of which a third are safety conflicts, 5% arbitrated; 2% gold; one
annotation in 20 flagged), runs ANALYZE as autovacuum would, then times each request kind through
the API in this process (DRF, serializers and the database, no web server) as an admin, `--repeat`
times with varied parameters, and prints p50/p95/max in ms and the queries per request. The
campaign is removed afterwards. The database is created and migrated when missing; use one of its own.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medpref.settings")

from bench.annotation_loop import ensure_database, setup_django  # noqa: E402

BATCH = 5000
TERMS = [
    f"{stem}{suffix}"
    for stem in ("cardio", "neuro", "hepato", "nephro", "derma", "gastro", "pneumo", "osteo")
    for suffix in (
        "pathy",
        "logy",
        "megaly",
        "itis",
        "plasty",
        "scopy",
        "genic",
        "trophy",
        "algia",
        "tomy",
        "lysis",
        "rrhea",
        "stasis",
        "penia",
        "ptosis",
        "sclerosis",
        "malacia",
        "spasm",
        "cele",
        "oma",
        "rrhage",
        "graphy",
        "philia",
        "phobia",
        "plegia",
        "stomy",
        "tropic",
        "lith",
        "ectomy",
        "emia",
        "cyte",
        "blast",
        "gram",
        "meter",
        "pexy",
        "rrhaphy",
        "scope",
        "tome",
        "uria",
        "osis",
        "poiesis",
        "dynia",
        "ectasia",
        "edema",
        "ischemia",
        "necrosis",
        "sepsis",
        "trauma",
        "vascular",
        "lepsy",
    )
]
FLAGS = ("needs_expert", "prompt_not_medical", "both_unusable")


def texts(i: int) -> tuple[list[dict], str, str]:
    term = TERMS[i % len(TERMS)]
    age, days = 20 + i % 60, 1 + i % 9
    prompt = [
        {
            "role": "user",
            "content": f"Case {i}: a {age}-year-old with suspected {term} for {days} days, worse at night, "
            "no fever, some nausea. Which tests come first and when is it urgent?",
        }
    ]
    a = (
        f"Start with a history and examination, then blood tests and imaging chosen for {term}. "
        f"Seek urgent care if symptoms worsen quickly, with chest pain, confusion or fainting. Note {i}."
    )
    b = (
        f"Most cases like this settle in {days + 2} days. Rest, drink fluids and take simple pain relief; "
        "see your doctor if it does not improve within a week or new symptoms appear."
    )
    return prompt, a, b


def build(campaign, count: int, *, doctors: list, expert) -> None:
    from annotation import rules
    from annotation.models import Annotation, Arbitration, Pair, PairState, Prompt, Response, Skip

    good, poor, unsafe = rules.Scores(5, 4, 4), rules.Scores(4, 2, 3), rules.Scores(2, 3, 4)
    gate, margin, settings = campaign.safety_gate, campaign.margin, campaign.rule_settings()
    rng = random.Random(7)
    for start in range(0, count, BATCH):
        indices = range(start, min(start + BATCH, count))
        prompts, answers = [], []
        for i in indices:
            messages, a, b = texts(i)
            prompts.append(Prompt(campaign=campaign, external_id=f"b{i}", messages=messages, meta={"source": "bench"}))
            answers += [a, b]
        Prompt.objects.bulk_create(prompts, batch_size=BATCH)
        responses = Response.objects.bulk_create(
            [
                Response(prompt=prompts[n // 2], text=text, source="model-a" if n % 2 == 0 else "model-b")
                for n, text in enumerate(answers)
            ],
            batch_size=2 * BATCH,
        )
        pairs, marks, skips, decisions = [], [], [], []
        for n, i in enumerate(indices):
            roll = rng.random()
            if roll < 0.6:
                state, scores = PairState.PENDING, [(good, poor)] * (i % 2)
            elif roll < 0.85:
                state, scores = PairState.CONSENSUS, [(good, poor)] * 2
            elif roll < 0.95:
                state = PairState.DISPUTED
                scores = [(good, unsafe), (unsafe, good)] if roll < 0.883 else [(good, poor), (poor, good)]
            else:
                state, scores = PairState.ARBITRATED, [(good, poor), (poor, good)]
            judgements = [rules.judge(a, b, safety_gate=gate, margin=margin) for a, b in scores]
            pair = Pair(
                campaign=campaign,
                prompt=prompts[n],
                response_a=responses[2 * n],
                response_b=responses[2 * n + 1],
                external_id=f"b{i}",
                state=state,
                is_gold=state == PairState.PENDING and i % 50 == 0,
                gold_answer="a" if state == PairState.PENDING and i % 50 == 0 else None,
                annotation_count=len(scores),
                safety_conflict=state == PairState.DISPUTED and roll < 0.883,
                decision="b" if state == PairState.ARBITRATED else judgements[0].preference if scores else None,
            )
            pairs.append(pair)
            chosen = rng.sample(doctors, 2)
            marks += [(pair, doctor, s, j) for doctor, s, j in zip(chosen, scores, judgements)]
            if i % 97 == 0:
                skips.append(Skip(pair=pair, annotator=chosen[1], reason="Outside my specialty"))
            if state == PairState.ARBITRATED:
                decisions.append(Arbitration(pair=pair, expert=expert, decision="b", rationale="B is safer"))
        Pair.objects.bulk_create(pairs, batch_size=BATCH)
        Annotation.objects.bulk_create(
            [
                Annotation(
                    pair=pair,
                    campaign_id=pair.campaign_id,
                    annotator=doctor,
                    preference=j.preference,
                    deciding_dimension=j.deciding_dimension,
                    a_unsafe=j.a_unsafe,
                    b_unsafe=j.b_unsafe,
                    a_on_left=rng.random() < 0.5,
                    flags=[FLAGS[rng.randrange(3)]] if rng.random() < 0.05 else [],
                    seconds_spent=round(rng.uniform(20, 200), 1),
                    settings=settings,
                    **{f"{key}_{d}": getattr(s, d) for key, s in zip("ab", scores) for d in rules.DIMENSIONS},
                )
                for pair, doctor, scores, j in marks
            ],
            batch_size=2 * BATCH,
        )
        Skip.objects.bulk_create(skips, batch_size=BATCH)
        Arbitration.objects.bulk_create(decisions, batch_size=BATCH)


def remove(campaign_id: int) -> None:
    """Plain DELETEs in foreign-key order: the ORM's cascade would load every id first."""
    from django.db import connection, transaction

    pairs = "SELECT id FROM annotation_pair WHERE campaign_id = %s"
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in (
            f"DELETE FROM annotation_annotationrevision WHERE annotation_id IN "
            f"(SELECT id FROM annotation_annotation WHERE pair_id IN ({pairs}))",
            f"DELETE FROM annotation_annotation WHERE pair_id IN ({pairs})",
            f"DELETE FROM annotation_arbitration WHERE pair_id IN ({pairs})",
            f"DELETE FROM annotation_skip WHERE pair_id IN ({pairs})",
            f"DELETE FROM annotation_lease WHERE pair_id IN ({pairs})",
            "DELETE FROM annotation_pair WHERE campaign_id = %s",
            "DELETE FROM annotation_response WHERE prompt_id IN (SELECT id FROM annotation_prompt WHERE campaign_id = %s)",
            "DELETE FROM annotation_prompt WHERE campaign_id = %s",
            "DELETE FROM annotation_campaign WHERE id = %s",
        ):
            cursor.execute(statement, [campaign_id])


def requests(campaign, doctors, count: int, rng: random.Random) -> dict[str, list[str]]:
    """Varied URLs per request kind, `count` of each."""
    from annotation.models import Pair

    c = campaign.pk
    ids = list(Pair.objects.filter(campaign=campaign).order_by("?").values_list("id", flat=True)[:count])
    pages = max(1, Pair.objects.filter(campaign=campaign).count() // 50)
    return {
        "list (page 1)": [f"/api/v1/pairs/?campaign={c}" for _ in range(count)],
        "list (random page)": [f"/api/v1/pairs/?campaign={c}&page={rng.randint(1, pages)}" for _ in range(count)],
        "filtered: disputed + safety conflict": [
            f"/api/v1/pairs/?campaign={c}&state=disputed&safety_conflict=true" for _ in range(count)
        ],
        "filtered: annotator": [f"/api/v1/pairs/?annotator={rng.choice(doctors).pk}" for _ in range(count)],
        "filtered: flag": [f"/api/v1/pairs/?flag={rng.choice(FLAGS)}&campaign={c}" for _ in range(count)],
        "filtered: gold": [f"/api/v1/pairs/?gold=true&campaign={c}" for _ in range(count)],
        "text search: a term": [f"/api/v1/pairs/?q={rng.choice(TERMS)}" for _ in range(count)],
        "text search: rare (one pair)": [
            f"/api/v1/pairs/?q=Case%20{rng.randrange(10**4, 10**5)}%3A" for _ in range(count)
        ],
        "text search + state": [f"/api/v1/pairs/?q={rng.choice(TERMS)}&state=consensus" for _ in range(count)],
        "history (detail)": [f"/api/v1/pairs/{pk}/history/" for pk in ids],
    }


def measure(client, urls: list[str]) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], set()
    client.get(urls[0])  # warm: plans and caches, as on a running server
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code} {response.content[:300]!r}")
        queries.add(len(captured))
    times.sort()
    return {
        "p50": statistics.median(times),
        "p95": times[max(0, round(0.95 * len(times)) - 1)],
        "max": times[-1],
        "queries": "/".join(str(q) for q in sorted(queries)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40, help="requests per kind")
    parser.add_argument("--keep", action="store_true", help="leave the campaign in the database")
    parser.add_argument("--campaign", type=int, help="measure a campaign kept by an earlier --keep run (no build)")
    args = parser.parse_args()
    setup_django()
    ensure_database()
    from django.conf import settings
    from django.db import connection
    from rest_framework.test import APIClient

    from annotation.models import Campaign, Role, User

    settings.ALLOWED_HOSTS = ["*"]
    doctors = [
        User.objects.get_or_create(username=f"browser-doctor-{n}", defaults={"role": Role.ANNOTATOR})[0]
        for n in range(8)
    ]
    expert = User.objects.get_or_create(username="browser-expert", defaults={"role": Role.EXPERT})[0]
    admin = User.objects.get_or_create(username="browser-admin", defaults={"role": Role.ADMIN})[0]
    if args.campaign:
        campaign, args.keep = Campaign.objects.get(pk=args.campaign), True
        args.pairs = campaign.pairs.count()
    else:
        campaign = Campaign.objects.create(name=f"pair-browser-{args.pairs}-{int(time.time())}", gold_rate=0)
    started = time.perf_counter()
    try:
        if not args.campaign:
            build(campaign, args.pairs, doctors=doctors, expert=expert)
            print(f"built {args.pairs:,} pairs in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        client = APIClient()
        client.force_authenticate(admin)
        rng = random.Random(11)
        print(f"| request ({args.pairs:,} pairs, {connection.vendor}) | p50 ms | p95 ms | max ms | queries |")
        print("|---|---:|---:|---:|---:|")
        for kind, urls in requests(campaign, doctors, args.repeat, rng).items():
            r = measure(client, urls)
            print(f"| {kind} | {r['p50']:.1f} | {r['p95']:.1f} | {r['max']:.1f} | {r['queries']} |", flush=True)
    finally:
        if not args.keep:
            remove(campaign.pk)


if __name__ == "__main__":
    main()
