"""Import speed on hostile and ordinary files, through `annotation.services.importing.import_file`.

    .venv/bin/python bench/import_speed.py                        # the database in DATABASE_URL, else var/ SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_medpref .venv/bin/python bench/import_speed.py

Prints the wall and CPU time of: a text of 1,000,000 characters in one field (refused: above the
per-text limit); 1,000,000 characters of adversarial text for the de-identification patterns, cut
into the largest texts allowed (10 responses of 100,000 characters), one file per kind of attack
(a file's size in MB depends on its characters' UTF-8 length); and a file of 10,000 ordinary pairs. Everything runs inside a transaction that is rolled back, so the database is left as it was.
Figures, not assertions: the bound that is asserted is in tests/annotation/test_hostile_input.py.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.annotation_loop import ensure_database, setup_django  # noqa: E402

TEXT_CHARS = 100_000  # annotation.formats.MAX_TEXT_CHARS
MB = 1_000_000


class RolledBack(Exception):
    pass


def run(chars: str, length: int = TEXT_CHARS) -> str:
    return (chars * (length // len(chars) + 1))[:length]


def attacks() -> dict[str, str]:
    """100,000 characters of each kind of input that makes a backtracking pattern retry."""
    rng = random.Random(8)
    return {
        "e-mail local part, no @": run("a"),
        "e-mail without a domain": run("a", TEXT_CHARS // 2) + "@" + run("b-", TEXT_CHARS // 2 - 1),
        "digits": run("1"),
        "phone numbers one digit short": run("+86 138 1234 567 "),
        "cue then spaces": "出生日期" + run(" ", TEXT_CHARS - 4),
        "Chinese address characters": "".join(
            rng.choice("省市区县路街巷大道号楼室北京自治区") for _ in range(TEXT_CHARS)
        ),
        "capitalised words": "1 " + run("Aa ", TEXT_CHARS - 2),
        "invisible characters": run("1\u200b"),
    }


def hostile_file(text: str) -> bytes:
    rows = [
        {"id": f"h{i}", "prompt": "这个结果正常吗？", "response_a": text, "response_b": f"请复诊 {i}"}
        for i in range(MB // TEXT_CHARS)
    ]
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def ordinary_file(pairs: int) -> bytes:
    rows = []
    for i in range(pairs):
        rows.append(
            {
                "id": f"p{i}",
                "prompt": [
                    {
                        "role": "user",
                        "content": f"医生您好，我叫张伟，今年{20 + i % 50}岁，头痛{i % 9 + 1}天了，电话13812345678，怎么办？",
                    },
                    {"role": "assistant", "content": "请问有没有发烧或呕吐？"},
                    {"role": "user", "content": "没有发烧，血压140/90mmHg。"},
                ],
                "response_a": f"建议先测量血压，每天早晚各一次，连续{i % 7 + 1}天；如果头痛加重、出现呕吐或视物模糊，请立即就诊。"
                * 3,
                "response_b": f"Measure your blood pressure twice a day for {i % 7 + 1} days and see a doctor if the headache gets worse. Write to clinic@example.org with the readings.",
            }
        )
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def timed_import(label: str, data: bytes, filename: str) -> None:
    from django.db import transaction

    from annotation.models import Campaign
    from annotation.services.importing import import_file

    wall, cpu = time.perf_counter(), time.process_time()
    try:
        with transaction.atomic():
            campaign = Campaign.objects.create(name=f"bench import {time.time_ns()}", gold_rate=0)
            report = import_file(campaign=campaign, data=data, filename=filename)
            raise RolledBack
    except RolledBack:
        pass
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    outcome = f"{report.created} created" if report.ok else f"refused: {report.errors[0]['message'][:70]}"
    print(f"{label:<52} {len(data) / MB:5.2f} MB {wall:6.2f} s wall {cpu:6.2f} s CPU   {outcome}", flush=True)


def main() -> None:
    setup_django()
    ensure_database()
    from django.db import connection

    print(f"database: {connection.vendor}; Python {sys.version.split()[0]}")
    timed_import(
        "1M characters in one field",
        json.dumps({"prompt": "q", "response_a": run("a", MB), "response_b": "b"}).encode(),
        "one.jsonl",
    )
    for label, text in attacks().items():
        timed_import(f"1M characters: {label}", hostile_file(text), "hostile.jsonl")
    timed_import("10,000 ordinary pairs", ordinary_file(10_000), "pairs.jsonl")


if __name__ == "__main__":
    main()
