"""What makes large imports fast and flat (issue 15): scrubbing in worker processes and once per
distinct conversation gives the texts scrubbing each row here gives; files are read as a stream."""

from __future__ import annotations

import gc
import io
import json

import pytest

from annotation.deid import scrub_conversation
from annotation.formats import RowInvalid, open_records, stream_records
from annotation.models import Pair
from annotation.services import importing
from annotation.services.importing import Scrubber, import_file, scrub_texts
from tests.factories import make_campaign


def conversations() -> list[tuple[str, ...]]:
    names = ["张伟", "李娜", "John Smith", "王建国"]
    return [
        (
            f"我叫{names[i % 4]}，电话1381234{i % 7:04d}，头痛{i % 5}天。",
            f"{names[i % 4]}您好，请测血压。",
            "Call 555-0100.",
        )
        for i in range(900)
    ]


def test_workers_and_reuse_give_what_scrubbing_each_conversation_here_gives(monkeypatch):
    monkeypatch.setattr(importing, "POOL_MIN_CONVERSATIONS", 10)
    texts = conversations()
    expected = [scrub_texts(conversation) for conversation in texts]
    with Scrubber(processes=2) as scrubber:
        first, second = scrubber.submit(texts[:500]), scrubber.submit(texts[500:])
        got = first.get() + second.get()
        assert scrubber.pool is not None  # 140 distinct conversations, scrubbed by the workers
    assert got == expected
    assert scrub_texts(texts[0])[0] == scrub_conversation(texts[0]).texts


def jsonl(rows: list[dict]) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


@pytest.mark.django_db
def test_an_import_stores_the_same_texts_with_or_without_workers(campaign, monkeypatch):
    rows = [
        {
            "id": f"p{i}",
            "prompt": conversation[0],
            "response_a": conversation[1],
            "response_b": conversation[2] + f" {i}",
        }
        for i, conversation in enumerate(conversations())
    ]
    monkeypatch.setattr(importing, "CHUNK_ROWS", 300)
    monkeypatch.setattr(importing, "POOL_MIN_CONVERSATIONS", 10)
    other = make_campaign(name="single process")
    with_workers = import_file(campaign=campaign, data=jsonl(rows), filename="p.jsonl")
    monkeypatch.setattr(importing, "SCRUB_PROCESSES", 1)
    alone = import_file(campaign=other, data=jsonl(rows), filename="p.jsonl")
    assert with_workers.as_dict() == alone.as_dict() and with_workers.created == 900

    def stored(c):
        return list(
            Pair.objects.filter(campaign=c)
            .order_by("external_id")
            .values_list("external_id", "prompt__messages", "response_a__text", "response_b__text")
        )

    assert stored(campaign) == stored(other)


def test_jsonl_is_read_a_line_at_a_time_and_a_bad_line_is_named():
    first = jsonl([{"a": i, "text": "x" * 100} for i in range(1000)])  # past the bytes read to tell the format
    data = b"\xef\xbb\xbf" + first + b"\n\n" + '{"b": "\u00e9"}'.encode() + b"\n{broken\n"
    records = stream_records(io.BytesIO(data), "f.jsonl")
    assert (records.format, records.encoding) == ("jsonl", "utf-8-sig")
    rows = list(records.rows)
    assert rows[0] == (1, {"a": 0, "text": "x" * 100}) and len(rows) == 1002
    assert rows[1000] == (1002, {"b": "\u00e9"})
    assert rows[1001][0] == 1003 and "invalid JSON" in rows[1001][1].message
    # A file not UTF-8 throughout is read whole, as a request reads it: this one (a UTF-8 BOM, then
    # Latin-1) is refused as a whole, with the byte named.
    not_utf8 = data.replace("\u00e9".encode(), "\u00e9".encode("latin-1"))
    with pytest.raises(RowInvalid, match="not UTF-8"):
        stream_records(io.BytesIO(not_utf8), "f.jsonl")


def test_csv_is_streamed_and_other_files_are_read_whole():
    csv_records = stream_records(io.BytesIO(b"prompt;response_a\nq;a\n"), "f.csv")
    assert csv_records.format == "csv" and list(csv_records.rows) == [(2, {"prompt": "q", "response_a": "a"})]
    array = stream_records(io.BytesIO(b'[{"prompt": "q"},\n {"prompt": "r"}]'), "f.jsonl")
    assert array.format == "json" and [line for line, _ in array.rows] == [1, 2]
    legacy = stream_records(io.BytesIO("prompt\n医生您好，头痛三天了\n".encode("gb18030")), "f.csv")
    assert legacy.encoding == "gb18030" and list(legacy.rows) == [(2, {"prompt": "医生您好，头痛三天了"})]


def test_the_cycles_bad_rows_leave_are_freed_chunk_by_chunk_and_the_collector_runs_again_after(campaign):
    """The collector is paused while an import works (medpref.core.cycles); each refused row's error
    leaves a reference cycle (the error, its traceback, the reader's frame), which must not pile up
    over a million-row file."""
    advice = "建议先测量血压，每天早晚各一次；如果头痛加重、出现呕吐或视物模糊，请立即就诊。" * 3
    rows = [
        json.dumps(
            {"id": f"r{i}", "prompt": "头痛三天", "response_a": advice, "response_b": f"{advice} #{i}"},
            ensure_ascii=False,
        )
        for i in range(600)
    ]
    data = "\n".join(row[:-5] if i % 3 == 0 else row for i, row in enumerate(rows)).encode()  # every third cut short
    young = []  # objects made and not collected since the last collection, after each chunk
    report = importing.import_records(
        campaign=campaign,
        records=lambda: open_records(data, "bad.jsonl"),
        chunk_rows=50,
        progress=lambda rows: young.append(gc.get_count()[0]),
    )
    assert report.error_count == 200 and len(young) == 8  # 400 rows read
    assert max(young) < 100, f"collected after each chunk: {young}"
    assert gc.isenabled()
