"""Import speed (issue 15): N pairs of about 1 KB each, de-identification included, through
`annotation.services.importing.import_file`, as the API and the console run it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_medpref .venv/bin/python bench/import.py [--rankings K] [N ...]

Prints the machine (CPUs, load average: a busy machine's figures are not comparable), then for each
N (default 10,000): the file size, wall and CPU seconds, pairs per second and the process's peak
resident memory so far. `--rankings K` imports N ranking items of K candidates each (the same
prompts; answers of about the same size as the pairs') into a campaign of kind rankings instead. The scrubber's word lists are loaded once before timing, as a web worker
has them after its first import. Each import runs in a transaction that is rolled back, so the
database is left as it was. The goal of issue 15: 10,000 pairs in at most 3 s on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.annotation_loop import ensure_database, setup_django  # noqa: E402
from bench.import_speed import ordinary_file  # noqa: E402


class RolledBack(Exception):
    pass


def machine() -> str:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{platform.node()}: {os.cpu_count()} CPUs, load average {load}; Python {platform.python_version()}"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def ranking_file(items: int, k: int) -> bytes:
    """The pairs of `ordinary_file` as ranking items: K answers, each a variant of A or B."""
    rows = []
    for line in ordinary_file(items).decode().split("\n"):
        row = json.loads(line)
        answers = [row["response_a"], row["response_b"]]
        responses = [f"{answers[j % 2]} ({j + 1})" for j in range(k)]
        rows.append({"id": row["id"], "prompt": row["prompt"], "responses": responses})
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def timed_import(pairs: int, k: int = 0) -> None:
    from django.db import transaction

    from annotation.models import Campaign, CampaignKind
    from annotation.services.importing import import_file

    data = ranking_file(pairs, k) if k else ordinary_file(pairs)
    kind = CampaignKind.RANKINGS if k else CampaignKind.PAIRS
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        with transaction.atomic():
            campaign = Campaign.objects.create(name=f"bench import {time.time_ns()}", gold_rate=0, kind=kind)
            report = import_file(campaign=campaign, data=data, filename="pairs.jsonl")
            raise RolledBack
    except RolledBack:
        pass
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert report.ok and report.created == pairs, report.errors[:1]
    what = f"rankings (K={k})" if k else "pairs"
    print(
        f"{pairs:>9,} {what} {len(data) / pairs:6.0f} B/item {wall:7.2f} s wall {cpu:7.2f} s CPU "
        f"{pairs / wall:8,.0f} items/s   peak RSS {peak_rss_mb():6.0f} MB",
        flush=True,
    )


def main() -> None:
    args = sys.argv[1:]
    k = 0
    if args[:1] == ["--rankings"]:
        k, args = int(args[1]), args[2:]
    sizes = [int(arg) for arg in args] or [10_000]
    setup_django()
    ensure_database()
    from django.db import connection

    from annotation.deid import scrub_conversation

    scrub_conversation(["我叫张伟，电话13812345678。", "Dr. John Smith"])  # load the word lists once
    print(machine())
    print(f"database: {connection.vendor}")
    for pairs in sizes:
        timed_import(pairs, k)


if __name__ == "__main__":
    main()
