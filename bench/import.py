"""Import speed and memory (issue 15): N pairs of about 1 KB each, de-identification included.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/medpref_bench .venv/bin/python bench/import.py [--rankings K] [--unique] [N ...]
    DATABASE_URL=... .venv/bin/python bench/import.py --streamed 1000000
    DATABASE_URL=... .venv/bin/python bench/import.py --today-only --unique 10000   # without the import of bbbc15d
    DATABASE_URL=... .venv/bin/python bench/import.py --today-only --without-scrubbing --unique 10000

The first form times `annotation.services.importing.import_file`, as the API and the console run
it for a file up to 16 MB, side by side with the import of commit bbbc15d (before issue 15's work:
parse the whole file, scrub every conversation in this process, then store), each in a transaction
that is rolled back. `--unique` makes every text of the file different (no conversation repeats, so
only the worker processes help); `--rankings K` imports N ranking items of K candidates instead.
Wall and CPU seconds count the worker processes too (CPU: this process and its children).
`--today-only` leaves out the import of bbbc15d: to compare two checkouts of today's import (run this
script in each, alternating, on the same machine), e.g. a scrubber before and after a change.
`--without-scrubbing` also times today's import with the scrubber replaced by text normalisation
alone, side by side: the floor that no speed-up of the scrubber can go below (parsing, checks,
PostgreSQL's COPY and index upkeep on the same CPUs).

`--streamed N` writes a JSONL file of N pairs to a temporary folder and imports it as a background
import runs on a worker (`services.import_runs.run_import`: stored upload, streamed, one
transaction, heartbeat with progress), committed: run it on a database of its own and drop it after.
It prints the time, the rows per second and the peak resident memory of this process and of its
scrubbing workers, which must not grow with N.

Each run first prints the machine (CPUs, load average: on a busy machine figures are not comparable).
The scrubber's word lists are loaded once before timing, as a web worker has them after its first
import. The goal of issue 15: 10,000 pairs in at most 3 s on PostgreSQL.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.annotation_loop import ensure_database, setup_django  # noqa: E402

BEFORE = "bbbc15d"  # the last commit before issue 15's import work


class RolledBack(Exception):
    pass


def machine() -> str:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{platform.node()}: {os.cpu_count()} CPUs, load average {load}; Python {platform.python_version()}"


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def cpu_seconds() -> float:
    """This process and its waited-for children (the scrubbing workers, once their pool is closed)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pair_row(i: int, unique: bool) -> dict:
    """The pair of bench/import_speed.ordinary_file (a repeated system of questions and answers,
    3,150 distinct conversations); `unique` adds the row's number to every text."""
    tag = f" #{i}" if unique else ""
    return {
        "id": f"p{i}",
        "prompt": [
            {
                "role": "user",
                "content": f"医生您好，我叫张伟，今年{20 + i % 50}岁，头痛{i % 9 + 1}天了，电话13812345678，怎么办？{tag}",
            },
            {"role": "assistant", "content": f"请问有没有发烧或呕吐？{tag}"},
            {"role": "user", "content": f"没有发烧，血压140/90mmHg。{tag}"},
        ],
        "response_a": f"建议先测量血压，每天早晚各一次，连续{i % 7 + 1}天；如果头痛加重、出现呕吐或视物模糊，请立即就诊。"
        * 3
        + tag,
        "response_b": f"Measure your blood pressure twice a day for {i % 7 + 1} days and see a doctor if the headache gets worse. Write to clinic@example.org with the readings.{tag}",
    }


def pairs_file(pairs: int, unique: bool = False) -> bytes:
    return "\n".join(json.dumps(pair_row(i, unique), ensure_ascii=False) for i in range(pairs)).encode()


def ranking_file(items: int, k: int) -> bytes:
    """The pairs as ranking items: K answers, each a variant of A or B."""
    rows = []
    for i in range(items):
        row = pair_row(i, False)
        answers = [row["response_a"], row["response_b"]]
        rows.append(
            {"id": row["id"], "prompt": row["prompt"], "responses": [f"{answers[j % 2]} ({j + 1})" for j in range(k)]}
        )
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def importer_before():
    """`import_file` of commit BEFORE, loaded from git beside today's (it reads files with today's formats)."""
    source = subprocess.run(
        ["git", "show", f"{BEFORE}:annotation/services/importing.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "importing_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("importing_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.import_file


def timed_import(label: str, import_file, data: bytes, items: int, k: int = 0) -> None:
    from django.db import transaction

    from annotation.models import Campaign, CampaignKind
    from annotation.services import search_index

    kind = CampaignKind.RANKINGS if k else CampaignKind.PAIRS
    search_index.merge_pending_entries()  # what the worker did after the import before (untimed)
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), cpu_seconds()
    try:
        with transaction.atomic():
            campaign = Campaign.objects.create(name=f"bench import {time.time_ns()}", gold_rate=0, kind=kind)
            report = import_file(campaign=campaign, data=data, filename="pairs.jsonl")
            raise RolledBack
    except RolledBack:
        pass
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    assert report.ok and report.created == items, report.errors[:1]
    merging = time.perf_counter()
    search_index.merge_pending_entries()  # the worker's merge of the import's index entries
    merging = time.perf_counter() - merging
    print(
        f"  {label:<34} {items:>7,} items {len(data) / items:5.0f} B/item {wall:6.2f} s wall {cpu:6.2f} s CPU "
        f"{items / wall:7,.0f} items/s  load {load:4.1f}  then the worker's index merge {merging:4.2f} s",
        flush=True,
    )


def normalised_only(texts) -> object:
    """`scrub_conversation` without de-identification: each text normalised, nothing replaced."""
    from collections import Counter

    from annotation.deid import Conversation
    from annotation.text import normalise

    return Conversation([normalise(text) for text in texts], Counter(), [])


def timed_without_scrubbing(data: bytes, items: int, k: int) -> None:
    from annotation.services import importing

    scrubbing = importing.scrub_conversation
    importing.scrub_conversation = normalised_only  # read by `scrub_texts`, in this process and the forked ones
    try:
        timed_import("without scrubbing (the floor)", importing.import_file, data, items, k)
    finally:
        importing.scrub_conversation = scrubbing


def synchronous(sizes: list[int], k: int, unique: bool, with_before: bool = True, floor: bool = False) -> None:
    from annotation.services import importing

    before = importer_before() if with_before else None
    for items in sizes:
        data = ranking_file(items, k) if k else pairs_file(items, unique)
        what = f"rankings (K={k})" if k else ("pairs, every text unique" if unique else "pairs")
        print(f"{items:,} {what}:")
        for _ in range(2):  # twice, alternating: the load of a shared machine changes by the second
            if before is not None:
                timed_import(f"before ({BEFORE})", before, data, items, k)
            timed_import(
                f"after, {importing.SCRUB_PROCESSES} scrubbing processes", importing.import_file, data, items, k
            )
            if floor:
                timed_without_scrubbing(data, items, k)
    print(f"peak RSS of this process {peak_rss_mb():.0f} MB")


def streamed(pairs: int, unique: bool) -> None:
    from django.conf import settings
    from django.core.files import File

    from annotation.models import Campaign, ImportRun
    from annotation.services import import_runs

    folder = Path(tempfile.mkdtemp(prefix="medpref-import-bench-"))
    settings.ARTIFACTS_DIR = folder / "artifacts"
    source = folder / "pairs.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(pairs):
            out.write(json.dumps(pair_row(i, unique), ensure_ascii=False) + "\n")
    size = source.stat().st_size
    print(
        f"{pairs:,} pairs streamed: a {size / 1e6:,.0f} MB JSONL file; peak RSS before the import {peak_rss_mb():.0f} MB"
    )
    campaign = Campaign.objects.create(name=f"bench streamed import {time.time_ns()}", gold_rate=0)
    with source.open("rb") as upload:
        run = import_runs.request_import(
            campaign=campaign, upload=File(upload, name="pairs.jsonl"), filename="pairs.jsonl"
        )
    source.unlink()
    wall, cpu = time.perf_counter(), cpu_seconds()
    state = import_runs.run_import(run.pk)
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    run = ImportRun.objects.get(pk=run.pk)
    report = run.report or {}
    print(
        f"  {state}: {report.get('created', 0):,} created in {wall:,.1f} s wall, {cpu:,.1f} s CPU "
        f"({pairs / wall:,.0f} pairs/s); load {', '.join(f'{v:.1f}' for v in os.getloadavg())}; "
        f"peak RSS: this process {peak_rss_mb():.0f} MB, a scrubbing worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB",
        flush=True,
    )
    if state != "succeeded":
        print(f"  error: {run.error[:300]}")
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    args = sys.argv[1:]
    k, unique, stream, with_before, floor = 0, False, 0, True, False
    while args and args[0].startswith("--"):
        flag, args = args[0], args[1:]
        if flag == "--rankings":
            k, args = int(args[0]), args[1:]
        elif flag == "--today-only":
            with_before = False
        elif flag == "--without-scrubbing":
            floor = True
        elif flag == "--unique":
            unique = True
        elif flag == "--streamed":
            stream, args = int(args[0]), args[1:]
    setup_django()
    ensure_database()
    from django.db import connection

    from annotation.deid import scrub_conversation

    scrub_conversation(["我叫张伟，电话13812345678。", "Dr. John Smith"])  # load the word lists once
    print(machine())
    print(f"database: {connection.vendor}")
    if stream:
        streamed(stream, unique)
    else:
        synchronous([int(arg) for arg in args] or [10_000], k, unique, with_before, floor)


if __name__ == "__main__":
    main()
