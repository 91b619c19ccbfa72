"""Training data at scale (issue 15): N resolved pairs, then snapshots, the download, the retrain check and the pages.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/medpref_scale .venv/bin/python bench/scale.py --sizes 10000,100000

For each size, builds a campaign of N resolved pairs (about 1 KB of text each, two annotations,
one pair in 20 a tie, one in 20 arbitrated, half of those with an expert's answer) with bulk inserts
through the project's models, then runs each measured step in a fresh process so that its peak
resident memory (ru_maxrss) is the step's own: `create_snapshot` DPO (first with every text
re-scanned; then the worker's re-scan of the stored texts that an import asks for once it commits,
services.clean_texts, and the first export after it; then again) and SFT, streaming the DPO download through
the API, the retrain check (`usable_dpo_pairs`), and the pages that list or count (PAGES: progress
as each role, the agreement report computed and cached, the pair list, the arbitration queue),
each REQUESTS times through the API with p50, p95 and its queries per request. Wall and CPU time: on a shared machine the
CPU time of the step's process says more (the database's own work is not in it). Prints a table; the
campaign and the snapshot files are removed afterwards. The database is created and migrated
when missing; use one of its own (the clean-text memory of the re-scan is emptied for each size).
A million pairs take long to build: `--sizes 1000000 --keep` keeps the campaign, and
`--campaign ID` runs the steps on it again. `--rankings` builds ranking items of 4 candidates
instead, times writing their RankingChoice facts as refill_ranking_choices does, then runs the snapshot
steps (`--steps retrain` the retrain check alone: one query, as for pairs).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medpref.settings")

from bench.annotation_loop import ensure_database, setup_django  # noqa: E402

# snapshot_dpo: a first export with every text re-scanned (no worker scanned them); prescan: what the
# workers run once imports and experts' decisions commit (services.clean_texts), from an empty memory; then
# the first export as it is once they are done, an export again, SFT, the download and the retrain check.
SNAPSHOT_STEPS = (
    "snapshot_dpo",
    "prescan",
    "snapshot_dpo_prescanned",
    "snapshot_dpo_again",
    "snapshot_sft",
    "download_dpo",
    "retrain_check",
)
COMMON = "emergency department"
SPARSE = "4 years old and has had a fever of 38.2 degrees for 3 days"  # i % 180 == 2 (texts)
TWENTIETH = "fever of 38.5 degrees"  # i % 20 == 5
# The pages that list or count, as the role that reads them: (who, path, query); a name ending in
# `_next` times the page its `next` link leads to (asked for once, untimed).
PAGES = {
    # The campaign-wide counts as the worker counts them (selectors.progress.recount), once; then
    # the progress pages serve them (within COUNTS_FRESH) with her own figures counted now.
    "progress_counted": ("admin", "/api/v1/campaigns/{id}/progress/", {}),
    "progress_annotator": ("doctor", "/api/v1/campaigns/{id}/progress/", {}),
    "progress_expert": ("expert", "/api/v1/campaigns/{id}/progress/", {}),
    "progress_admin": ("admin", "/api/v1/campaigns/{id}/progress/", {}),
    # Computed as the worker does (services.agreement.compute_requested), once; then served.
    "agreement_computed": ("admin", "/api/v1/campaigns/{id}/agreement/", {"refresh": "true"}),
    "agreement_cached": ("admin", "/api/v1/campaigns/{id}/agreement/", {}),
    # Asked for again: past 20,000 annotations the page answers at once (`computing`), a worker computes.
    "agreement_refresh": ("admin", "/api/v1/campaigns/{id}/agreement/", {"refresh": "true"}),
    "pair_list": ("admin", "/api/v1/pairs/", {"campaign": "{id}"}),
    # A phrase in every prompt: its pages come from a walk over the list (`count_exact` false).
    "pair_search_common": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": "emergency department"}),
    # Its 60th and 200th pages (the 3,000th and 10,000th matches): walks of 15,000 and 50,000 pairs
    # (selectors.pair_search.WALK_MAX); before, the trigram route's count of every match (20 s at 100,000).
    "pair_search_common_p60": (
        "admin",
        "/api/v1/pairs/",
        {"campaign": "{id}", "q": "emergency department", "page": "60"},
    ),
    "pair_search_common_p200": (
        "admin",
        "/api/v1/pairs/",
        {"campaign": "{id}", "q": "emergency department", "page": "200"},
    ),
    # A phrase in one pair's answer: in few prompts and responses (selectors.pair_search.TextSearch.rare),
    # so it is paged from its candidates, counted, without a walk.
    "pair_search_rare": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": "Answer 4242:"}),
    # In 111 prompts of a million (Question 4242, 42420-42429, 424200-424299): rare as well.
    "pair_search_few": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": "Question 4242"}),
    # The shapes a walk of the first pairs cannot answer (selectors.pair_search.SEARCH_BUDGET_S bounds them):
    # a phrase in one prompt in 180, spread evenly (5,556 of a million: past the rare check's 1,000) ...
    "pair_search_sparse": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": SPARSE}),
    "pair_search_sparse_p5": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": SPARSE, "page": "5"}),
    # ... one in 20 (`fever of 38.5`), its 40th page (the 2,000th match, 40,000 pairs in) ...
    "pair_search_twentieth_p40": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": TWENTIETH, "page": "40"}),
    # ... the phrase in every prompt past its 10,000th match: pages 300 and 1,000 asked for by number,
    # and page 1,001 as page 1,000's `next` link leads to it (the walk resumed past page 1,000's last pair) ...
    "pair_search_common_p300": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": COMMON, "page": "300"}),
    "pair_search_common_p1000": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": COMMON, "page": "1000"}),
    "pair_search_common_p1000_next": ("admin", "/api/v1/pairs/", {"campaign": "{id}", "q": COMMON, "page": "1000"}),
    # ... and a text of common trigrams that no pair holds (the prompt says "wait and watch at home").
    "pair_search_nothing": (
        "admin",
        "/api/v1/pairs/",
        {"campaign": "{id}", "q": "department now or can we wait at home"},
    ),
    "arbitration_queue": ("expert", "/api/v1/arbitration/", {"campaign": "{id}"}),
}
STEPS = SNAPSHOT_STEPS + tuple(f"page_{name}" for name in PAGES)
SCALE_TABLES = [
    f"annotation_{name}"
    for name in (
        "pair",
        "annotation",
        "arbitration",
        "prompt",
        "response",
        "skip",
        "lease",
        "candidate",
        "rankingchoice",
        "cleantext",
    )
]
REQUESTS = 20  # per page; the computed agreement report is asked for once
BATCH = 5000
DAYS = 365  # the annotations of a campaign are spread over a year, the last ones made today


def texts(i: int) -> tuple[list[dict], str, str]:
    """A prompt and two answers of about 1 KB together, different for every pair, free of identifiers."""
    age, days, temperature = 2 + i % 9, 1 + i % 6, 38 + (i % 20) / 10
    prompt = [
        {
            "role": "user",
            "content": f"Question {i}: my son is {age} years old and has had a fever of {temperature:.1f} degrees for {days} days. "
            "He drinks less than usual, sleeps more, and coughs at night. He had a rash on his arms yesterday that faded this morning. "
            "Should we go to the emergency department now or can we wait and watch at home?",
        }
    ]
    a = (
        f"For a child of {age} with {days} days of fever, keep him drinking small amounts often and give paracetamol by weight "
        f"({10 + i % 5} mg per kg, at most four doses a day). Go to the emergency department now if he is hard to wake, breathes fast, "
        "has a rash that does not fade when pressed, or stops passing urine. Otherwise see his doctor within a day."
    )
    b = (
        f"Fever of {temperature:.1f} degrees is common with viral infections and usually settles by itself. Answer {i}: "
        "you can wait at home, offer fluids and rest, and watch for warning signs such as trouble breathing, "
        "unusual sleepiness or a spreading rash. If the fever lasts more than five days, book a visit with the family doctor."
    )
    return prompt, a, b


def build_resolved_pairs(campaign, count: int, *, annotators: list, expert, batch: int = BATCH, first: int = 0) -> None:
    """`count` resolved pairs in `campaign` numbered from `first`, inserted `batch` at a time (bulk inserts through the models).

    The annotations are dated over the last DAYS days, each batch later than the one before (a
    year's work: today's are the last batch), not all today.
    """
    from datetime import timedelta

    from django.utils import timezone

    from annotation import rules
    from annotation.models import Annotation, Arbitration, Pair, PairState, Prompt, Response

    good, poor, okay = rules.Scores(5, 4, 4), rules.Scores(4, 2, 3), rules.Scores(4, 4, 4)
    gate, margin = campaign.safety_gate, campaign.margin
    settings = campaign.rule_settings()
    for start in range(first, first + count, batch):
        indices = range(start, min(start + batch, first + count))
        prompts, responses = [], []
        for i in indices:
            messages, a, b = texts(i)
            prompts.append(Prompt(campaign=campaign, external_id=f"s{i}", messages=messages))
            responses += [a, b]
        Prompt.objects.bulk_create(prompts, batch_size=batch)
        answers = Response.objects.bulk_create(
            [
                Response(prompt=prompts[n // 2], text=text, source="model-a" if n % 2 == 0 else "model-b")
                for n, text in enumerate(responses)
            ],
            batch_size=2 * batch,
        )
        pairs, annotations, arbitrations = [], [], []
        for n, i in enumerate(indices):
            kind = i % 20
            scores = (
                [(okay, okay)] * 2
                if kind == 0
                else [(good, poor), (poor, good)]
                if kind == 1
                else [(good, poor)] * 2
                if i % 2
                else [(poor, good)] * 2
            )
            judgements = [rules.judge(a, b, safety_gate=gate, margin=margin) for a, b in scores]
            if kind == 1:
                state, decision = PairState.ARBITRATED, "b"
            else:
                state, decision = PairState.CONSENSUS, judgements[0].preference
            pair = Pair(
                campaign=campaign,
                prompt=prompts[n],
                response_a=answers[2 * n],
                response_b=answers[2 * n + 1],
                external_id=f"s{i}",
                state=state,
                decision=decision,
                annotation_count=2,
            )
            pairs.append(pair)
            for annotator, (a, b), judgement in zip(annotators, scores, judgements):
                annotations.append((pair, annotator, a, b, judgement))
            if kind == 1:
                corrected = (
                    f"Expert answer {i}: see a doctor today if the fever has lasted {3 + i % 4} days or more."
                    if i % 40 == 1
                    else ""
                )
                arbitrations.append((pair, corrected))
        Pair.objects.bulk_create(pairs, batch_size=batch)
        Annotation.objects.bulk_create(
            [
                Annotation(
                    pair=pair,
                    campaign_id=pair.campaign_id,
                    annotator=annotator,
                    preference=j.preference,
                    deciding_dimension=j.deciding_dimension,
                    a_unsafe=j.a_unsafe,
                    b_unsafe=j.b_unsafe,
                    settings=settings,
                    **{f"{key}_{d}": getattr(s, d) for key, s in (("a", a), ("b", b)) for d in rules.DIMENSIONS},
                )
                for pair, annotator, a, b, j in annotations
            ],
            batch_size=2 * batch,
        )
        made_at = timezone.now() - timedelta(days=DAYS * (1 - min(1.0, (start - first + batch) / count)))
        Annotation.objects.filter(pair_id__gte=pairs[0].pk, pair_id__lte=pairs[-1].pk).update(created_at=made_at)
        Arbitration.objects.bulk_create(
            [
                Arbitration(
                    pair=pair,
                    expert=expert,
                    decision="b",
                    rationale="B is safer",
                    corrected_response=corrected,
                    **{f"{key}_{d}": getattr(s, d) for key, s in (("a", poor), ("b", good)) for d in rules.DIMENSIONS},
                )
                for pair, corrected in arbitrations
            ],
            batch_size=batch,
        )


def build_resolved_rankings(campaign, count: int, *, annotators: list, expert, batch: int = BATCH) -> None:
    """`count` resolved ranking items of K = 4 candidates in a rankings campaign, bulk inserted as
    `build_resolved_pairs` does, without their RankingChoice facts (`fill_ranking_choices` writes them).

    Two annotations each, agreeing on A | B | C | D (one item in 10 with D unsafe); one in 20 with B
    and C tied; one in 20 disputed on A-B and ordered by the expert B | A | C | D, half of those with
    her own answer.
    """
    from annotation import ranking, rules
    from annotation.models import Annotation, Arbitration, Candidate, Pair, PairState, Prompt, Response
    from annotation.services.submission import judgement_fields

    good, okay, poor = rules.Scores(5, 4, 4), rules.Scores(4, 4, 4), rules.Scores(4, 2, 3)
    last, unsafe = rules.Scores(3, 2, 2), rules.Scores(1, 4, 5)
    settings = campaign.rule_settings()
    for start in range(0, count, batch):
        indices = range(start, min(start + batch, count))
        prompts, texts_of = [], []
        for i in indices:
            messages, a, b = texts(i)
            prompts.append(Prompt(campaign=campaign, external_id=f"r{i}", messages=messages))
            texts_of += [a, b, f"{a} Answer C {i}.", f"{b} Answer D {i}."]
        Prompt.objects.bulk_create(prompts, batch_size=batch)
        answers = Response.objects.bulk_create(
            [Response(prompt=prompts[n // 4], text=text, source=f"model-{n % 4}") for n, text in enumerate(texts_of)],
            batch_size=4 * batch,
        )
        items, marks, arbitrated = [], [], []
        for n, i in enumerate(indices):
            first = [good, okay, okay if i % 20 == 0 else poor, unsafe if i % 10 == 3 else last]
            second = [okay, good, *first[2:]] if i % 20 == 1 else first
            judged = [
                (scores, ranking.rank(scores, safety_gate=campaign.safety_gate, margin=campaign.margin))
                for scores in (first, second)
            ]
            disputed = i % 20 == 1
            items.append(
                Pair(
                    campaign=campaign,
                    prompt=prompts[n],
                    response_a=answers[4 * n],
                    response_b=answers[4 * n + 1],
                    external_id=f"r{i}",
                    state=PairState.ARBITRATED if disputed else PairState.CONSENSUS,
                    decision="ranked",
                    ranking=[[1], [0], [2], [3]] if disputed else judged[0][1].as_lists(),
                    annotation_count=2,
                )
            )
            marks += [(n, annotator, scores, judgement) for annotator, (scores, judgement) in zip(annotators, judged)]
            if disputed:
                arbitrated.append((n, f"Expert answer {i}: see a doctor today." if i % 40 == 1 else ""))
        Pair.objects.bulk_create(items, batch_size=batch)
        Candidate.objects.bulk_create(
            [
                Candidate(pair=item, response=answers[4 * n + k], position=k)
                for n, item in enumerate(items)
                for k in range(4)
            ],
            batch_size=4 * batch,
        )
        Annotation.objects.bulk_create(
            [
                Annotation(
                    pair=items[n],
                    campaign=campaign,
                    annotator=annotator,
                    **{f"{key}_{d}": getattr(scores[k], d) for k, key in enumerate("ab") for d in rules.DIMENSIONS},
                    **judgement_fields(
                        rules.judge(scores[0], scores[1], safety_gate=campaign.safety_gate, margin=campaign.margin)
                    ),
                    candidate_scores=[s.as_dict() for s in scores],
                    ranking=judgement.as_lists(),
                    settings=settings,
                )
                for n, annotator, scores, judgement in marks
            ],
            batch_size=2 * batch,
        )
        Arbitration.objects.bulk_create(
            [
                Arbitration(
                    pair=items[n],
                    expert=expert,
                    decision="ranked",
                    rationale="B names the red flags",
                    corrected_response=corrected,
                    ranking=[[1], [0], [2], [3]],
                )
                for n, corrected in arbitrated
            ],
            batch_size=batch,
        )


def fill_ranking_choices(campaign) -> None:
    """The RankingChoice facts of the campaign's resolved items, written as an operator writes them
    after a rolling deploy: services.ranking_facts.refill_ranking_choices (manage.py refill_ranking_choices)."""
    from annotation.services.ranking_facts import refill_ranking_choices

    refill_ranking_choices([campaign.pk])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def page_user(who: str, campaign_id: int):
    from annotation.models import User

    return User.objects.get(
        username={"doctor": "scale-doctor-1", "expert": "scale-expert", "admin": f"scale-admin-{campaign_id}"}[who]
    )


def measure_page(name: str, campaign_id: int) -> dict:
    """p50 and p95 of REQUESTS requests to one page, and its queries (the agreement report's
    computation, as its worker does it, is timed once)."""
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.test import APIClient

    who, path, query = PAGES[name]
    settings.ALLOWED_HOSTS = ["*"]
    client = APIClient()
    client.force_authenticate(page_user(who, campaign_id))
    path, query = path.format(id=campaign_id), {k: v.format(id=campaign_id) for k, v in query.items()}
    if name == "progress_counted":
        from annotation.selectors import progress

        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            progress.recount(campaign_id)
        elapsed = 1000 * (time.perf_counter() - started)
        return {"p50_ms": elapsed, "p95_ms": elapsed, "queries": len(queries), "requests": 1}
    if name.startswith("progress_"):
        from annotation.selectors import progress

        progress.recount(campaign_id)  # kept, as a worker keeps them (a fresh process has none)
    if name == "agreement_computed":
        from annotation.services import agreement

        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            agreement.compute_requested(campaign_id)
        elapsed = 1000 * (time.perf_counter() - started)
        return {"p50_ms": elapsed, "p95_ms": elapsed, "queries": len(queries), "requests": 1}
    if name == "agreement_cached":
        from annotation.models import Campaign
        from annotation.services import agreement

        agreement.compute_and_store(Campaign.objects.get(pk=campaign_id))
    client.get("/api/v1/me/")  # the process's first request (URLs, serializers, connection) is not the page's
    if name.endswith("_next"):
        query = {**query, "page": str(int(query["page"]) + 1), **next_cursor(who, campaign_id, query)}
    seconds, counts, answers = [], set(), []
    for _ in range(int(os.environ.get("SCALE_REQUESTS", REQUESTS))):  # fewer for a page that takes minutes
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, query)
        seconds.append(time.perf_counter() - started)
        counts.add(len(queries))
        if response.status_code != 200:
            raise SystemExit(f"{name}: {response.status_code} {response.content[:200]!r}")
        if name.startswith("pair_search"):
            body = response.json()
            answers.append(
                (body["count"], body["count_exact"], body.get("search_complete", True), len(body["results"]))
            )
    seconds.sort()
    searched = {}
    if answers:
        # What the searches answered: a time-boxed one may stop short (search_complete false), and
        # how often it did says as much as its time.
        searched = {
            "stopped": sum(not complete for _, _, complete, _ in answers),
            "count": f"{min(a[0] for a in answers)}-{max(a[0] for a in answers)}",
            "exact": sum(exact for _, exact, _, _ in answers),
            "rows": f"{min(a[3] for a in answers)}-{max(a[3] for a in answers)}",
        }
    return {
        "p50_ms": 1000 * seconds[len(seconds) // 2],
        "p95_ms": 1000 * seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))],
        "queries": max(counts),
        "requests": len(seconds),
        **searched,
    }


def next_cursor(who: str, campaign_id: int, query: dict) -> dict:
    """The `cursor` of the `next` link of a full page of COMMON (in every prompt: its Nth match is the
    campaign's Nth pair), as that page gives it; none before keyset pages (the page number alone)."""
    from annotation.models import Pair
    from annotation.selectors import pairs as browser

    try:  # the text search's own module since the split; before it, the browser's
        from annotation.selectors import pair_search
    except ImportError:
        pair_search = browser
    if not hasattr(pair_search, "Resume"):
        return {}
    assert query["q"] == COMMON, "a page's next cursor is known for the phrase in every pair only"
    end = int(query["page"]) * 50
    last = Pair.objects.filter(campaign_id=campaign_id).order_by("id").values_list("id", flat=True)[end - 1]
    filters = browser.PairFilters(text=COMMON, campaign_id=campaign_id)
    search = browser.browse_search(page_user(who, campaign_id), filters, order=("id",))
    resume = pair_search.Resume(number=int(query["page"]) + 1, per_page=50, before=end, after=last)
    return {"cursor": search.resume_token(resume)}


class QueryCounter:
    """Counts queries without keeping their SQL: CaptureQueriesContext keeps every statement's text,
    which for an export of a million pairs (6,000 digests in each clean-text lookup) is itself
    hundreds of MB of the process's peak RSS."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure(step: str, campaign_id: int) -> dict:
    """Run one step in this (fresh) process; its time, peak RSS and what it produced."""
    from django.conf import settings
    from django.db import connection
    from rest_framework.test import APIClient

    from annotation.models import Campaign, Snapshot, User
    from annotation.selectors.export import usable_dpo_pairs
    from annotation.services.clean_texts import prescan
    from annotation.services.snapshots import create_snapshot

    campaign = Campaign.objects.get(pk=campaign_id)
    if step == "prescan":
        forget_clean_texts()  # the worker scans texts no export has seen
    baseline = peak_rss_mb()
    started, cpu = time.perf_counter(), cpu_seconds()
    with connection.execute_wrapper(counter := QueryCounter()):
        if step.startswith("snapshot_"):
            snapshot = create_snapshot(campaigns=[campaign], kind=step.split("_")[1])
            result = {"rows": snapshot.row_count, "mb": snapshot.manifest["bytes"] / 1e6}
        elif step == "prescan":
            result = prescan(campaign_id).as_dict()
        elif step == "download_dpo":
            snapshot = Snapshot.objects.filter(kind="dpo", campaigns=campaign).latest("id")
            settings.ALLOWED_HOSTS = ["*"]
            client = APIClient()
            client.force_authenticate(User.objects.get(username=f"scale-admin-{campaign_id}"))
            response = client.get(f"/api/v1/snapshots/{snapshot.pk}/download/")
            size = sum(len(chunk) for chunk in response.streaming_content)
            result = {"status": response.status_code, "mb": size / 1e6}
        elif step == "retrain_check":
            result = {"usable": usable_dpo_pairs([campaign])}
        elif step.startswith("page_"):
            result = measure_page(step.removeprefix("page_"), campaign_id)
        else:
            raise SystemExit(f"unknown step {step}")
    return {
        "step": step,
        "seconds": time.perf_counter() - started,
        "cpu_s": cpu_seconds() - cpu,
        "peak_rss_mb": peak_rss_mb(),
        "rss_before_mb": baseline,
        "queries": counter.count,
        **result,  # a page's queries are per request
    }


def forget_clean_texts() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE annotation_cleantext")


def run_step(step: str, campaign_id: int, artifacts: str) -> dict:
    env = {**os.environ, "MEDPREF_ARTIFACTS_DIR": artifacts}
    done = subprocess.run(
        [sys.executable, __file__, "--measure", step, "--campaign", str(campaign_id)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return {"step": step, "error": (done.stderr or done.stdout).strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def remove_campaign(campaign_id: int) -> None:
    """Plain DELETEs in foreign-key order: the ORM's cascade would load a million ids first."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        pairs = "SELECT id FROM annotation_pair WHERE campaign_id = %s"
        snapshots = "SELECT snapshot_id FROM annotation_snapshot_campaigns WHERE campaign_id = %s"
        cursor.execute(f"CREATE TEMPORARY TABLE scale_snapshots ON COMMIT DROP AS {snapshots}", [campaign_id])
        for statement in (
            f"DELETE FROM annotation_annotation WHERE pair_id IN ({pairs})",
            f"DELETE FROM annotation_arbitration WHERE pair_id IN ({pairs})",
            f"DELETE FROM annotation_candidate WHERE pair_id IN ({pairs})",
            f"DELETE FROM annotation_rankingchoice WHERE pair_id IN ({pairs})",
            "DELETE FROM annotation_pair WHERE campaign_id = %s",
            "DELETE FROM annotation_response WHERE prompt_id IN (SELECT id FROM annotation_prompt WHERE campaign_id = %s)",
            "DELETE FROM annotation_prompt WHERE campaign_id = %s",
            "DELETE FROM annotation_snapshot_campaigns WHERE campaign_id = %s",
            "DELETE FROM annotation_campaignmember WHERE campaign_id = %s",
            "DELETE FROM annotation_auditevent WHERE campaign_id = %s",
        ):
            cursor.execute(statement, [campaign_id])
        cursor.execute("DELETE FROM annotation_snapshot WHERE id IN (SELECT snapshot_id FROM scale_snapshots)")
        cursor.execute("DELETE FROM annotation_campaign WHERE id = %s", [campaign_id])


def ensure_team(campaign) -> None:
    """The two physicians, the expert and the admin of `campaign`, members of it, and the campaign open."""
    from annotation.models import CampaignMember, CampaignStatus, Role, User

    campaign.status = CampaignStatus.ACTIVE
    campaign.save(update_fields=["status"])

    users = [
        User.objects.get_or_create(username=f"scale-doctor-{n}", defaults={"role": Role.ANNOTATOR})[0] for n in (1, 2)
    ]
    users.append(User.objects.get_or_create(username="scale-expert", defaults={"role": Role.EXPERT})[0])
    users.append(User.objects.get_or_create(username=f"scale-admin-{campaign.pk}", defaults={"role": Role.ADMIN})[0])
    CampaignMember.objects.bulk_create(
        [CampaignMember(campaign=campaign, user=user) for user in users], ignore_conflicts=True
    )


def run_steps(size: int, campaign_id: int, artifacts: str, steps: tuple[str, ...] = STEPS) -> list[dict]:
    from django.db import connection

    if "snapshot_dpo" in steps:
        forget_clean_texts()  # the first export re-scans every text, as on a new database
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # What autovacuum does after a bulk insert: plans from the real sizes, and the visibility
            # map that lets counts read an index alone (index-only scans). The tables the steps
            # read only: the database may be shared with other work.
            cursor.execute(f"VACUUM ANALYZE {', '.join(SCALE_TABLES)}")
    results = []
    for step in steps:
        results.append(run_step(step, campaign_id, artifacts))
        print(f"  {size:>9,} {results[-1]}", file=sys.stderr, flush=True)
    return results


def bench_kept(campaign_id: int, artifacts: str, steps: tuple[str, ...] = STEPS) -> tuple[int, list[dict]]:
    """Its number of pairs and the steps on a campaign built before (--keep), which stays."""
    from annotation.models import Campaign

    campaign = Campaign.objects.get(pk=campaign_id)
    ensure_team(campaign)
    size = campaign.pairs.count()
    return size, run_steps(size, campaign_id, artifacts, steps)


def bench_size(
    size: int, artifacts: str, keep: bool = False, steps: tuple[str, ...] = STEPS, rankings: bool = False
) -> list[dict]:
    """Build a campaign of `size` resolved pairs (`rankings`: ranking items, with a step that writes
    their RankingChoice facts), run the steps, and remove it (unless `keep`)."""
    from annotation.models import Campaign, CampaignKind, Role, User

    stamp = f"{size}-{int(time.time())}"
    kind = CampaignKind.RANKINGS if rankings else CampaignKind.PAIRS
    campaign = Campaign.objects.create(name=f"scale-{stamp}", gold_rate=0, kind=kind)
    annotators = [
        User.objects.get_or_create(username=f"scale-doctor-{n}", defaults={"role": Role.ANNOTATOR})[0] for n in (1, 2)
    ]
    expert = User.objects.get_or_create(username="scale-expert", defaults={"role": Role.EXPERT})[0]
    User.objects.get_or_create(username=f"scale-admin-{campaign.pk}", defaults={"role": Role.ADMIN})
    ensure_team(campaign)
    started, cpu = time.perf_counter(), cpu_seconds()
    build = build_resolved_rankings if rankings else build_resolved_pairs
    build(campaign, size, annotators=annotators, expert=expert)
    results = [
        {
            "step": "build",
            "seconds": time.perf_counter() - started,
            "cpu_s": cpu_seconds() - cpu,
            "peak_rss_mb": peak_rss_mb(),
        }
    ]
    if rankings:
        started, cpu = time.perf_counter(), cpu_seconds()
        fill_ranking_choices(campaign)
        results.append(
            {
                "step": "ranking facts (as refill_ranking_choices writes them)",
                "seconds": time.perf_counter() - started,
                "cpu_s": cpu_seconds() - cpu,
                "peak_rss_mb": peak_rss_mb(),
            }
        )
        steps = tuple(step for step in steps if step in SNAPSHOT_STEPS)
    if keep:
        print(f"  campaign {campaign.pk} kept: --campaign {campaign.pk} runs the steps again", file=sys.stderr)
        return results + run_steps(size, campaign.pk, artifacts, steps)
    try:
        results += run_steps(size, campaign.pk, artifacts, steps)
    finally:
        remove_campaign(campaign.pk)
        User.objects.filter(username=f"scale-admin-{campaign.pk}").delete()
    return results


def table(results: dict[int, list[dict]]) -> str:
    lines = [
        "| pairs | step | wall s | CPU s (this process) | peak RSS MB | queries | result |",
        "|---:|---|---:|---:|---:|---:|---|",
    ]
    for size, steps in results.items():
        for r in steps:
            extra = ", ".join(
                f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}"
                for k, v in r.items()
                if k not in ("step", "seconds", "cpu_s", "peak_rss_mb", "queries", "rss_before_mb")
            )
            seconds, cpu = (f"{r[k]:.2f}" if k in r else "-" for k in ("seconds", "cpu_s"))
            rss = f"{r['peak_rss_mb']:.0f}" if "peak_rss_mb" in r else "-"
            lines.append(f"| {size:,} | {r['step']} | {seconds} | {cpu} | {rss} | {r.get('queries', '-')} | {extra} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated numbers of resolved pairs")
    parser.add_argument("--keep", action="store_true", help="keep the campaigns built (a million pairs take ~40 min)")
    parser.add_argument("--campaign", type=int, help="run the steps on this campaign, built before with --keep")
    parser.add_argument(
        "--rankings",
        action="store_true",
        help="ranking items of 4 candidates instead of pairs (their facts written, then the snapshot steps)",
    )
    parser.add_argument(
        "--steps",
        default="",
        help="comma-separated steps to run, or prefixes of them (page_ runs every page); all when empty",
    )
    parser.add_argument("--measure", choices=STEPS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    setup_django()
    if args.measure:
        print(json.dumps(measure(args.measure, args.campaign)))
        return
    ensure_database()
    wanted = [w for w in args.steps.split(",") if w]
    steps = tuple(step for step in STEPS if not wanted or any(step.startswith(w) for w in wanted))
    results = {}
    with tempfile.TemporaryDirectory(prefix="medpref-scale-") as artifacts:
        if args.campaign:
            size, measured = bench_kept(args.campaign, artifacts, steps)
            results[size] = measured
        else:
            for size in (int(s) for s in args.sizes.split(",")):
                results[size] = bench_size(size, artifacts, keep=args.keep, steps=steps, rankings=args.rankings)
    print(table(results))


if __name__ == "__main__":
    main()
