"""Blinding of imported placements, tested as the attack: a judge who knows how ids are made and
hashes what she sees (the prompt, the texts of A and B, the pair's external id) must do no better
than chance at telling which response the file labelled chosen, or the file's order of a ranking
item's candidates. The placements are keyed with the server's secret, yet fixed on this server."""

import hashlib
import json
import random
from itertools import permutations
from types import SimpleNamespace

import pytest
from django.test import override_settings

from annotation.formats import content_id, parse_file
from annotation.models import CampaignKind, Pair
from annotation.services.importing import candidate_positions, import_file
from tests.factories import make_campaign

ROWS = 200
#: Of ROWS fair guesses, the share right lies within this band but for one time in about 10^4.
CHANCE = (0.36, 0.64)


@pytest.fixture(autouse=True)
def server_secret(settings):
    """A fixed secret, so that each run draws the same placements (the bands hold for any secret)."""
    settings.SECRET_KEY = "this test server's secret"


def jsonl(rows: list[dict]) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()


def sha256_coin(external_id: str) -> bool:
    """What a plain hash of the id says: the placement rule a judge could recompute."""
    return hashlib.sha256(external_id.encode()).digest()[0] % 2 == 0


def trl_rows(*, with_ids: bool) -> list[dict]:
    rows = [
        {"prompt": f"Question {i}: my knee hurts after running.", "chosen": f"Rest it for a while {i}.", "rejected": f"Run more {i}."}
        for i in range(ROWS)
    ]  # fmt: skip
    return [{"id": f"row-{i}", **row} if with_ids else row for i, row in enumerate(rows)]


def chosen_is_a(pair: Pair) -> bool:
    return pair.meta["source_label"] == "a"


@pytest.mark.django_db
def test_a_judge_hashing_the_texts_she_sees_cannot_tell_which_response_was_chosen(campaign):
    assert import_file(campaign=campaign, data=jsonl(trl_rows(with_ids=False)), filename="trl.jsonl").ok
    pairs = list(Pair.objects.select_related("prompt", "response_a", "response_b"))
    assert len(pairs) == ROWS

    def guess(pair: Pair) -> bool:
        # Were A the chosen one, the row's id would be content_id(prompt, A, B) and its coin say "chosen
        # first"; were B, the id would be content_id(prompt, B, A) and its coin say "rejected first".
        messages, a, b = pair.prompt.messages, pair.response_a.text, pair.response_b.text
        a_fits, b_fits = sha256_coin(content_id(messages, a, b)), not sha256_coin(content_id(messages, b, a))
        return a_fits if a_fits != b_fits else random.Random(pair.pk).random() < 0.5

    right = sum(guess(pair) == chosen_is_a(pair) for pair in pairs) / ROWS
    assert CHANCE[0] < right < CHANCE[1], right
    assert CHANCE[0] < sum(map(chosen_is_a, pairs)) / ROWS < CHANCE[1]  # still about half chosen-first


@pytest.mark.django_db
def test_an_expert_who_sees_the_external_id_cannot_tell_which_response_was_chosen(campaign):
    assert import_file(campaign=campaign, data=jsonl(trl_rows(with_ids=True)), filename="trl.jsonl").ok
    pairs = list(Pair.objects.all())
    right = sum(sha256_coin(pair.external_id) == chosen_is_a(pair) for pair in pairs) / ROWS
    assert CHANCE[0] < right < CHANCE[1], right


def test_the_placement_is_the_same_on_every_import_but_depends_on_the_server_secret():
    data = jsonl(trl_rows(with_ids=False))
    labels = [item.meta["source_label"] for item in parse_file(data, "trl.jsonl").items]
    assert labels == [item.meta["source_label"] for item in parse_file(data, "trl.jsonl").items]
    with override_settings(SECRET_KEY="another server's secret"):
        elsewhere = [item.meta["source_label"] for item in parse_file(data, "trl.jsonl").items]
    differ = sum(a != b for a, b in zip(labels, elsewhere)) / ROWS
    assert CHANCE[0] < differ < CHANCE[1], differ  # a fresh coin per row under another key


@pytest.mark.django_db
def test_a_judge_cannot_recover_the_files_order_of_a_ranking_items_candidates():
    """She sees the prompt and the candidates by position and may know the campaign's id; the item's
    id is a hash of the texts in the file's order. Trying every order of what she sees, she keeps the
    one whose seeded draw gives back the positions she sees: right no more often than a blind guess."""
    rankings = make_campaign("Ranking round", kind=CampaignKind.RANKINGS, gold_rate=0.0)
    rows = [
        {
            "prompt": f"问题{i}：头晕怎么办？",
            "responses": [f"甲{i}：先坐下休息。", f"乙{i}：马上就医。", f"丙{i}：多喝水。"],
        }
        for i in range(60)
    ]
    assert import_file(campaign=rankings, data=jsonl(rows), filename="r.jsonl").ok
    recovered = 0
    for pair in Pair.objects.filter(campaign=rankings).select_related("prompt"):
        seen = [c.response.text for c in pair.candidates.select_related("response").order_by("position")]
        file_order = [c.response.text for c in pair.candidates.select_related("response").order_by("response_id")]
        for order in permutations(seen):
            places = list(range(len(order)))
            random.Random(f"{rankings.pk}:{content_id(pair.prompt.messages, *order)}").shuffle(places)
            if [seen[place] for place in places] == list(order):
                recovered += list(order) == file_order
                break
    # A blind guess of 3! orders is right 1 time in 6 (10 of 60); the old seed gave all 60 back.
    assert recovered < 22, recovered


def test_ranking_positions_are_the_same_draw_every_time_and_keyed():
    rows = [
        {"id": f"r{i}", "prompt": f"问题{i}", "responses": [f"甲{i}", f"乙{i}", f"丙{i}", f"丁{i}"]} for i in range(50)
    ]
    items = parse_file(jsonl(rows), "r.jsonl", kind="rankings").items
    campaign = SimpleNamespace(pk=7)  # only its id is read
    drawn = [candidate_positions(campaign, item) for item in items]
    assert drawn == [candidate_positions(campaign, item) for item in items]
    assert len({tuple(places) for places in drawn}) > 5
    seeded = []
    for item in items:
        places = list(range(4))
        random.Random(f"7:{item.external_id}").shuffle(places)
        seeded.append(places)
    assert sum(a == b for a, b in zip(drawn, seeded)) < 10  # 1 in 24 by chance: about 2 of 50
    with override_settings(SECRET_KEY="another server's secret"):
        assert [candidate_positions(campaign, item) for item in items] != drawn
